//! Join codes: what a participant types as the SSH user name to take a
//! seat (`ssh -p 2222 CODE@host`), or to watch one. One code per seat, one
//! for the trainer, one observer code per seat and one for the whole
//! exercise. Drawn from the operating system's randomness (never from the
//! exercise's seeded streams, which would make them guessable from the
//! journal), written to a file the trainer hands out, read back on
//! `--resume` so that participants keep their codes after a crash.
//!
//! A code is never compared with `==` on text: every lookup hashes the
//! offered name and compares it with every entry's hash, so the time it
//! takes says nothing about which code, or how much of one, was right.

use std::io::Write;
use std::path::Path;

use crate::scenario::model::Scenario;
use crate::sim::Participant;

/// Letters and digits nobody confuses when reading them out or copying
/// them from paper: no 0/o, 1/l/i.
pub const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// 12 characters of 31: about 59 bits.
pub const LENGTH: usize = 12;

/// What a code lets its holder do.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Access {
    /// Play this seat (the trainer's console included).
    Seat(Participant),
    /// Watch this seat's screen, or the whole exercise (`None`), without
    /// acting.
    Observe(Option<Participant>),
}

impl Access {
    /// As the codes file writes it: `247@VL`, `trainer`,
    /// `observe:247@VL`, `observe`.
    pub fn name(&self) -> String {
        match self {
            Access::Seat(seat) => seat.seat_name(),
            Access::Observe(Some(seat)) => format!("observe:{}", seat.seat_name()),
            Access::Observe(None) => "observe".to_string(),
        }
    }

    fn from_name(text: &str) -> Result<Access, String> {
        match text.strip_prefix("observe") {
            Some("") => Ok(Access::Observe(None)),
            Some(rest) => {
                let seat = rest
                    .strip_prefix(':')
                    .ok_or_else(|| format!("{text}: write observe or observe:ROLE@CC"))?;
                Ok(Access::Observe(Some(Participant::from_seat_name(seat)?)))
            }
            None => Ok(Access::Seat(Participant::from_seat_name(text)?)),
        }
    }
}

/// The codes of one exercise.
#[derive(Debug, Clone)]
pub struct Codes {
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    access: Access,
    code: String,
    hash: blake3::Hash,
}

impl Codes {
    /// Fresh codes for these seats (the trainer's is added), and an
    /// observer code for each and for the whole exercise.
    pub fn generate(seats: &[Participant]) -> Result<Codes, String> {
        let mut access: Vec<Access> = seats.iter().cloned().map(Access::Seat).collect();
        if !seats.contains(&Participant::Trainer) {
            access.push(Access::Seat(Participant::Trainer));
        }
        access.extend(
            seats
                .iter()
                .filter(|s| **s != Participant::Trainer)
                .cloned()
                .map(|s| Access::Observe(Some(s))),
        );
        access.push(Access::Observe(None));
        let mut entries: Vec<Entry> = Vec::new();
        for access in access {
            // A repeat is astronomically unlikely; draw again all the same.
            let code = loop {
                let code = random_code()?;
                if entries.iter().all(|e| e.code != code) {
                    break code;
                }
            };
            entries.push(Entry::new(access, code));
        }
        Ok(Codes { entries })
    }

    /// What `user` (an SSH user name) opens, if it is a code.
    pub fn lookup(&self, user: &str) -> Option<Access> {
        let offered = blake3::hash(user.as_bytes());
        // Every entry is compared, and `blake3::Hash`'s equality is
        // constant-time: no early exit tells which entry matched.
        let mut found = None;
        for entry in &self.entries {
            if entry.hash == offered {
                found = Some(entry.access.clone());
            }
        }
        found
    }

    /// The seats the codes open for play, the trainer's excepted.
    pub fn seats(&self) -> Vec<Participant> {
        self.entries
            .iter()
            .filter_map(|e| match &e.access {
                Access::Seat(Participant::Trainer) => None,
                Access::Seat(seat) => Some(seat.clone()),
                Access::Observe(_) => None,
            })
            .collect()
    }

    /// Each code with what it opens, in the order they were made.
    pub fn list(&self) -> impl Iterator<Item = (&Access, &str)> {
        self.entries.iter().map(|e| (&e.access, e.code.as_str()))
    }

    /// The codes file: one `ACCESS CODE` line each, after a comment.
    pub fn to_text(&self) -> String {
        let mut text = String::from(
            "# cyberdrill join codes: ssh -p PORT CODE@HOST (append -fr or -en to the code for a language)\n",
        );
        for (access, code) in self.list() {
            text.push_str(&format!("{} {code}\n", access.name()));
        }
        text
    }

    /// Reads a codes file back; the error names the line.
    pub fn parse(text: &str) -> Result<Codes, String> {
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, code) = line
                .split_once(' ')
                .ok_or_else(|| format!("line {}: write ACCESS CODE, as in 247@VL k7m2q9x4h3tb", n + 1))?;
            let code = code.trim();
            if code.len() < 10 || !code.bytes().all(|b| ALPHABET.contains(&b)) {
                return Err(format!(
                    "line {}: a code is at least 10 characters from {}",
                    n + 1,
                    String::from_utf8_lossy(ALPHABET)
                ));
            }
            let access = Access::from_name(name).map_err(|e| format!("line {}: {e}", n + 1))?;
            entries.push(Entry::new(access, code.to_string()));
        }
        if !entries
            .iter()
            .any(|e| e.access == Access::Seat(Participant::Trainer))
        {
            return Err("no trainer code".to_string());
        }
        Ok(Codes { entries })
    }

    /// Writes the codes file readable by its owner only, synced, and only
    /// if it does not exist yet (codes handed out are never overwritten).
    pub fn write_new(&self, path: &Path) -> Result<(), String> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(path)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        file.write_all(self.to_text().as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn read(path: &Path) -> Result<Codes, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Codes::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Every seat named exists in `scenario`.
    pub fn check_against(&self, scenario: &Scenario) -> Result<(), String> {
        for entry in &self.entries {
            let seat = match &entry.access {
                Access::Seat(seat) | Access::Observe(Some(seat)) => seat,
                Access::Observe(None) => continue,
            };
            if !seat.is_seat_of(scenario) {
                return Err(format!(
                    "{}: no such country, or provider played by a person, in this scenario",
                    entry.access.name()
                ));
            }
        }
        Ok(())
    }
}

impl Entry {
    fn new(access: Access, code: String) -> Entry {
        let hash = blake3::hash(code.as_bytes());
        Entry { access, code, hash }
    }
}

/// `LENGTH` characters of `ALPHABET`, uniformly: bytes at or above the
/// largest multiple of the alphabet's size are drawn again.
fn random_code() -> Result<String, String> {
    let n = ALPHABET.len();
    let limit = 256 - 256 % n;
    let mut code = String::with_capacity(LENGTH);
    while code.len() < LENGTH {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| format!("no randomness from the system: {e}"))?;
        for b in bytes {
            if usize::from(b) < limit && code.len() < LENGTH {
                code.push(char::from(ALPHABET[usize::from(b) % n]));
            }
        }
    }
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::Role;

    fn seats() -> Vec<Participant> {
        vec![
            Participant::player("VL", Role::Investigator),
            Participant::player("VL", Role::Contact247),
            Participant::player("BR", Role::Contact247),
        ]
    }

    #[test]
    fn every_seat_gets_a_distinct_code_and_the_file_reads_back() {
        let codes = Codes::generate(&seats()).unwrap();
        // Three seats, the trainer, three observers, the whole exercise.
        assert_eq!(codes.list().count(), 8);
        let mut seen = std::collections::BTreeSet::new();
        for (access, code) in codes.list() {
            assert_eq!(code.len(), LENGTH);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            assert!(seen.insert(code.to_string()));
            assert_eq!(codes.lookup(code).as_ref(), Some(access));
        }
        let again = Codes::parse(&codes.to_text()).unwrap();
        assert_eq!(again.list().collect::<Vec<_>>(), codes.list().collect::<Vec<_>>());
        assert!(codes.to_text().contains("\n247@VL "));
        assert!(codes.to_text().contains("\nobserve:investigator@VL "));
        assert_eq!(codes.seats(), seats());
    }

    #[test]
    fn a_wrong_or_partial_code_opens_nothing() {
        let codes = Codes::generate(&seats()).unwrap();
        let (_, code) = codes.list().next().unwrap();
        assert_eq!(codes.lookup(&code[..LENGTH - 1]), None);
        assert_eq!(codes.lookup(&format!("{code}x")), None);
        assert_eq!(codes.lookup(""), None);
        assert_eq!(codes.lookup(&code.to_uppercase()), None);
    }

    #[test]
    fn a_bad_codes_file_names_its_line() {
        let err = Codes::parse("trainer abcdefghjkmn\n247@VL short\n").unwrap_err();
        assert!(err.starts_with("line 2: a code is at least 10"), "{err}");
        let err = Codes::parse("247@VL abcdefghjkmn\n").unwrap_err();
        assert_eq!(err, "no trainer code");
        let err = Codes::parse("trainer abcdefghjkmn\nchief@VL abcdefghjkmp\n").unwrap_err();
        assert!(err.starts_with("line 2: chief@VL: the role is"), "{err}");
    }
}
