//! The journal: an append-only record of an exercise, from which
//! [`replay`] rebuilds the exact same state, and the same line format for
//! the actions files authors script a team with.
//!
//! ```text
//! cyberdrill-journal 1 {"scenario":"hospital-ransomware","scenario_hash":"9f…","seed":7,"engine":"0.1.0","humans":["VL/247"]}
//! 1 d0 00:20 VL/investigator #3fa1c2d4e5f60718 LookUp(lead:"c2-server")
//! 2 d0 01:05 VL/247 #0b1c2d3e4f506172 Draft(instrument:Preservation247,to:"BR",items:["vps-netflow"],fields:[…])
//! end d90 00:00 5e0c…(full state hash)
//! ```
//!
//! One line per action: sequence number, simulated time, participant, an
//! optional `#` and the first 16 hex digits of the state hash after the
//! action, then the action in RON. Blank lines and `//` comments are
//! skipped (actions files use them; a journal never writes them). Times run
//! from `d0 00:00` to [`SimTime::LATEST`], the limit every clock-moving
//! input shares (see [`crate::time::LONGEST_EXERCISE`]), so the reader
//! reads every time the writer can write.
//!
//! Durability: [`JournalWriter::append`] writes the whole line, flushes and
//! syncs before it returns; [`Recorder::act`] applies an action, appends
//! it with the state hash it produced, and only then returns for the host
//! to acknowledge. A crash loses at most an action nobody was told about.
//! A write that fails cuts the journal back to its last complete line and
//! poisons the writer and its [`Recorder`]: every later call returns that
//! error, so the journal on disk is always a valid prefix of the session,
//! never a line glued onto half of another.
//!
//! A last line without its newline is torn: [`parse`] reports it and never
//! replays it; [`parse_prefix`] keeps the complete lines before it so that
//! [`replay_prefix`] can still check every recorded step and then report
//! the torn line (a torn header, a torn step or a torn `end`). Replay
//! refuses a journal recorded for another scenario, or another version of
//! the same one, saying which.
//!
//! The pure part (formatting, parsing, replay) does no I/O; only
//! [`JournalWriter`] (through a [`Sink`], a file by default) and [`read`] /
//! [`read_prefix`] touch files.

use std::fmt;
use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::scenario::model::Scenario;
use crate::sim::{Action, Participant, Simulation};
use crate::time::SimTime;

const MAGIC: &str = "cyberdrill-journal";
const FORMAT_VERSION: u32 = 1;
/// Hex digits of the state hash kept per action line: enough to name the
/// first step where two runs part, short enough to read.
const STEP_HASH_LEN: usize = 16;

/// What a journal was recorded with: enough to refuse the wrong scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub scenario: String,
    /// blake3 of the scenario's canonical form: see [`scenario_hash`].
    pub scenario_hash: String,
    pub seed: u64,
    /// `cyberdrill` version that wrote it.
    pub engine: String,
    /// Participants played by people or the script.
    pub humans: Vec<Participant>,
}

impl Header {
    pub fn new(scenario: &Scenario, seed: u64, humans: Vec<Participant>) -> Header {
        Header {
            scenario: scenario.id.clone(),
            scenario_hash: scenario_hash(scenario),
            seed,
            engine: env!("CARGO_PKG_VERSION").to_string(),
            humans,
        }
    }
}

/// One action at one time by one participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub at: SimTime,
    pub participant: Participant,
    pub action: Action,
    /// First digits of the state hash after the action (journals only).
    pub hash: Option<String>,
}

/// A whole journal or actions file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Journal {
    /// Journals have one; actions files may not.
    pub header: Option<Header>,
    pub entries: Vec<Entry>,
    /// Where the session stopped and the full state hash there.
    pub end: Option<(SimTime, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalError {
    /// A line that is not in the journal format, with why.
    Line {
        line: usize,
        message: String,
    },
    /// The last line has no newline: the writer stopped in the middle.
    Torn {
        line: usize,
        text: String,
    },
    /// A time past [`SimTime::LATEST`]: no journal can record it.
    TooLate {
        at: SimTime,
    },
    Io(String),
}

impl fmt::Display for JournalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JournalError::Line { line, message } => write!(f, "line {line}: {message}"),
            JournalError::Torn { line, text } => {
                let torn = TornLine {
                    line: *line,
                    text: text.clone(),
                };
                if *line == 1 && torn.is_header() {
                    f.write_str(&torn_header(text))
                } else if *line == 1 {
                    write!(
                        f,
                        "line 1 is torn (it has no end of line): `{text}`; if the line is whole, end it with a newline"
                    )
                } else {
                    write!(
                        f,
                        "line {line} is torn (it has no end of line: the writer stopped while writing it): `{text}`; it was never acknowledged and is not replayed. Remove it to use the journal up to line {} (in an actions file written by hand, end the last line with a newline)",
                        line - 1
                    )
                }
            }
            JournalError::TooLate { at } => write!(
                f,
                "{at} is past {}, the latest time a journal can record ({} years after the start, the longest an exercise may run)",
                SimTime::LATEST,
                crate::time::LONGEST_EXERCISE_YEARS
            ),
            JournalError::Io(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for JournalError {}

fn torn_header(text: &str) -> String {
    format!(
        "the header itself is incomplete: line 1 is torn (it has no end of line: the writer stopped while writing it, before any action was recorded): `{text}`; there is nothing to replay"
    )
}

/// blake3 of the scenario's canonical JSON form (structs in declaration
/// order, maps sorted): changes whenever anything in the scenario does.
pub fn scenario_hash(scenario: &Scenario) -> String {
    let bytes = serde_json::to_vec(scenario).expect("a scenario is plain data");
    blake3::hash(&bytes).to_hex().to_string()
}

pub fn format_header(header: &Header) -> String {
    format!(
        "{MAGIC} {FORMAT_VERSION} {}",
        serde_json::to_string(header).expect("a header is plain data")
    )
}

/// `d3 14:05`-style time, the way [`SimTime`] prints, from `d0 00:00` to
/// [`SimTime::LATEST`].
fn parse_time(day: &str, clock: &str) -> Result<SimTime, String> {
    let bad = || format!("`{day} {clock}` is not a time: write dDAYS HH:MM, as in `d0 07:45`");
    let days: i64 = day
        .strip_prefix('d')
        .ok_or_else(bad)?
        .parse()
        .map_err(|_| bad())?;
    let (h, m) = clock.split_once(':').ok_or_else(bad)?;
    let (h, m): (i64, i64) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if days < 0 || !(0..24).contains(&h) || !(0..60).contains(&m) {
        return Err(bad());
    }
    let at = days
        .checked_mul(1440)
        .and_then(|minutes| minutes.checked_add(h * 60 + m))
        .map(SimTime)
        .filter(|at| *at <= SimTime::LATEST);
    at.ok_or_else(|| {
        format!(
            "`{day} {clock}` is past {}, the latest time a journal can record",
            SimTime::LATEST
        )
    })
}

pub fn format_entry(entry: &Entry) -> String {
    let action = ron::to_string(&entry.action).expect("an action is plain data");
    match &entry.hash {
        Some(hash) => format!(
            "{} {} {} #{} {}",
            entry.seq, entry.at, entry.participant, hash, action
        ),
        None => format!("{} {} {} {}", entry.seq, entry.at, entry.participant, action),
    }
}

fn parse_entry(text: &str) -> Result<Entry, String> {
    let mut parts = text.splitn(5, ' ');
    let mut next = |what: &str| {
        parts
            .next()
            .filter(|p| !p.is_empty())
            .ok_or_else(|| format!("expected {what}: a line is `SEQ dDAY HH:MM PARTICIPANT ACTION`"))
    };
    let seq: u64 = next("a sequence number")?
        .parse()
        .map_err(|_| "a line starts with its sequence number (1, 2, 3...)".to_string())?;
    let at = parse_time(next("a day")?, next("a time of day")?)?;
    let participant: Participant = next("a participant")?.parse()?;
    let mut rest = next("an action")?.trim();
    let mut hash = None;
    if let Some(tagged) = rest.strip_prefix('#') {
        let (h, action) = tagged
            .split_once(' ')
            .ok_or_else(|| "a `#hash` must be followed by the action".to_string())?;
        hash = Some(h.to_string());
        rest = action.trim();
    }
    let action: Action = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(rest)
        .map_err(|e| format!("the action `{rest}` is not understood: {e}"))?;
    Ok(Entry {
        seq,
        at,
        participant,
        action,
        hash,
    })
}

/// A last line without its newline: the writer stopped while writing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TornLine {
    /// 1-based line number.
    pub line: usize,
    /// Its first 120 characters.
    pub text: String,
}

impl TornLine {
    /// It is (the beginning of) a journal header.
    pub fn is_header(&self) -> bool {
        let text = self.text.trim();
        !text.is_empty() && (text.starts_with(MAGIC) || MAGIC.starts_with(text))
    }

    /// It is (the beginning of) an `end` line. Nothing else starts with
    /// `e`: action lines start with their sequence number.
    pub fn is_end(&self) -> bool {
        let text = self.text.trim();
        !text.is_empty() && (text.starts_with("end ") || "end ".starts_with(text))
    }
}

impl From<TornLine> for JournalError {
    fn from(torn: TornLine) -> JournalError {
        JournalError::Torn {
            line: torn.line,
            text: torn.text,
        }
    }
}

/// A journal read up to its last complete line, and the torn line after
/// it, if the writer stopped while writing one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prefix {
    pub journal: Journal,
    pub torn: Option<TornLine>,
}

/// Parse a journal or an actions file. Sequence numbers must count up from
/// 1 and times must never go back. A torn last line is an error: see
/// [`parse_prefix`] to keep what comes before it.
pub fn parse(text: &str) -> Result<Journal, JournalError> {
    let prefix = parse_prefix(text)?;
    match prefix.torn {
        Some(torn) => Err(torn.into()),
        None => Ok(prefix.journal),
    }
}

/// Like [`parse`], but a torn last line is handed back beside the journal
/// of the complete lines before it instead of failing the whole file. Any
/// other bad line is still an error.
pub fn parse_prefix(text: &str) -> Result<Prefix, JournalError> {
    let mut journal = Journal::default();
    let lines: Vec<&str> = text.split('\n').collect();
    let last_index = lines.len() - 1;
    for (i, raw) in lines.iter().enumerate() {
        let number = i + 1;
        if i == last_index {
            if !raw.trim().is_empty() {
                let torn = TornLine {
                    line: number,
                    text: raw.chars().take(120).collect(),
                };
                return Ok(Prefix {
                    journal,
                    torn: Some(torn),
                });
            }
            break;
        }
        let line = raw.trim_end_matches('\r').trim();
        let err = |message: String| JournalError::Line {
            line: number,
            message,
        };
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        if journal.end.is_some() {
            return Err(err("nothing may follow the `end` line".into()));
        }
        if let Some(rest) = line.strip_prefix(MAGIC) {
            if number != 1 && !(journal.header.is_none() && journal.entries.is_empty()) {
                return Err(err("the header must come first".into()));
            }
            let rest = rest.trim_start();
            let (version, json) = rest.split_once(' ').unwrap_or((rest, ""));
            if version != FORMAT_VERSION.to_string() {
                return Err(err(format!(
                    "journal format {version} is not supported; this cyberdrill reads format {FORMAT_VERSION}"
                )));
            }
            let header: Header =
                serde_json::from_str(json).map_err(|e| err(format!("the header is damaged: {e}")))?;
            journal.header = Some(header);
            continue;
        }
        if let Some(rest) = line.strip_prefix("end ") {
            let parts: Vec<&str> = rest.split_whitespace().collect();
            let [day, clock, hash] = parts[..] else {
                return Err(err("the end line is `end dDAY HH:MM STATE-HASH`".into()));
            };
            journal.end = Some((parse_time(day, clock).map_err(err)?, hash.to_string()));
            continue;
        }
        let entry = parse_entry(line).map_err(err)?;
        let expected = journal.entries.last().map_or(1, |e| e.seq + 1);
        if entry.seq != expected {
            return Err(err(format!(
                "sequence number {} where {expected} was expected",
                entry.seq
            )));
        }
        if let Some(previous) = journal.entries.last()
            && entry.at < previous.at
        {
            return Err(err(format!(
                "time goes back: {} comes after {}",
                entry.at, previous.at
            )));
        }
        journal.entries.push(entry);
    }
    Ok(Prefix { journal, torn: None })
}

fn read_text(path: &Path) -> Result<String, JournalError> {
    let bytes =
        std::fs::read(path).map_err(|e| JournalError::Io(format!("cannot read {}: {e}", path.display())))?;
    String::from_utf8(bytes)
        .map_err(|_| JournalError::Io(format!("{} is not a text file (not UTF-8)", path.display())))
}

/// [`parse`] a file.
pub fn read(path: &Path) -> Result<Journal, JournalError> {
    parse(&read_text(path)?)
}

/// [`parse_prefix`] a file.
pub fn read_prefix(path: &Path) -> Result<Prefix, JournalError> {
    parse_prefix(&read_text(path)?)
}

/// Where a [`JournalWriter`] puts its lines: a file, or anything else that
/// can append, make durable and cut back (a host's own store; a test's
/// stand-in that fails part-way).
pub trait Sink: Write + Send {
    /// Make everything written so far durable (fsync for a file).
    fn sync(&mut self) -> std::io::Result<()>;
    /// Cut back to the first `len` bytes, so that the next write follows
    /// them: drops a line written only in part.
    fn truncate(&mut self, len: u64) -> std::io::Result<()>;
}

impl Sink for File {
    fn sync(&mut self) -> std::io::Result<()> {
        self.sync_data()
    }

    fn truncate(&mut self, len: u64) -> std::io::Result<()> {
        self.set_len(len)?;
        self.seek(SeekFrom::Start(len)).map(|_| ())
    }
}

/// Appends to a journal; each call returns only once the line is durable.
/// A failed write cuts the journal back to its last complete line and
/// poisons the writer: every later call returns the same error.
pub struct JournalWriter {
    sink: Box<dyn Sink>,
    /// What messages call it: the file's path.
    name: String,
    /// Bytes of complete lines written.
    len: u64,
    /// Set by the first failed write; the writer writes nothing after it.
    failed: Option<JournalError>,
}

impl JournalWriter {
    /// Creates a new journal; refuses to overwrite one (a journal is a
    /// record: losing it by re-running a command would be a surprise).
    pub fn create(path: &Path, header: &Header) -> Result<JournalWriter, JournalError> {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => JournalError::Io(format!(
                    "{} already exists: a journal is never overwritten; choose another file or delete it",
                    path.display()
                )),
                _ => JournalError::Io(format!("cannot create {}: {e}", path.display())),
            })?;
        let writer = JournalWriter::to_sink(file, &path.display().to_string(), header)?;
        // The new file's name must survive a crash too: sync its directory.
        // Best effort: not every platform can open a directory.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(dir) = File::open(dir)
        {
            let _ = dir.sync_all();
        }
        Ok(writer)
    }

    /// A new journal written to `sink` (empty), called `name` in messages.
    pub fn to_sink(
        sink: impl Sink + 'static,
        name: &str,
        header: &Header,
    ) -> Result<JournalWriter, JournalError> {
        let mut writer = JournalWriter {
            sink: Box::new(sink),
            name: name.to_string(),
            len: 0,
            failed: None,
        };
        writer.write_line(&format_header(header))?;
        Ok(writer)
    }

    /// The error that stopped this writer, if one did.
    pub fn failed(&self) -> Option<&JournalError> {
        self.failed.as_ref()
    }

    fn write_line(&mut self, line: &str) -> Result<(), JournalError> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
        let written = self
            .sink
            .write_all(&bytes)
            .and_then(|()| self.sink.flush())
            .and_then(|()| self.sink.sync());
        let Err(e) = written else {
            self.len += bytes.len() as u64;
            return Ok(());
        };
        // Part of the line may be in the journal: cut it off, or the next
        // line would be glued onto it, in the middle of the journal.
        let message = match self.sink.truncate(self.len).and_then(|()| self.sink.sync()) {
            Ok(()) => format!(
                "cannot write {}: {e}; the journal was cut back to its last complete line and nothing more is written to it",
                self.name
            ),
            Err(cut) => format!(
                "cannot write {}: {e}; cutting it back to its last complete line failed too ({cut}), so its last line may be torn; nothing more is written to it",
                self.name
            ),
        };
        let error = JournalError::Io(message);
        self.failed = Some(error.clone());
        Err(error)
    }

    /// Durable when it returns: only then may the action be acknowledged.
    pub fn append(&mut self, entry: &Entry) -> Result<(), JournalError> {
        if entry.at > SimTime::LATEST {
            return Err(JournalError::TooLate { at: entry.at });
        }
        self.write_line(&format_entry(entry))
    }

    pub fn finish(&mut self, at: SimTime, state_hash: &str) -> Result<(), JournalError> {
        if at > SimTime::LATEST {
            return Err(JournalError::TooLate { at });
        }
        self.write_line(&format!("end {at} {state_hash}"))
    }
}

/// A simulation with its journal: the one way a host (the CLI today, the
/// terminal UI and the SSH host later) feeds actions in. Each action is
/// stamped with the next sequence number and the current simulated time,
/// applied, then made durable; only then does [`Recorder::act`] return, so
/// whatever the caller acknowledges is on disk, and a crash before that
/// loses an action nobody was told about.
///
/// If the journal cannot be written, the action that failed has been
/// applied but not recorded: the recorder is poisoned, and every later
/// call (including [`Recorder::simulation`]) returns that error, so no host
/// shows or builds on a state the journal does not hold.
pub struct Recorder {
    simulation: Simulation,
    /// `None`: a run nobody asked to keep; everything else is the same.
    writer: Option<JournalWriter>,
    seq: u64,
    /// Set when the journal could not be written.
    failed: Option<JournalError>,
}

/// The simulation a recorder drives, built before its journal's header is
/// written so that a scenario that cannot run leaves no journal behind.
fn new_simulation(
    scenario: &Scenario,
    seed: u64,
    humans: &[Participant],
) -> Result<Simulation, JournalError> {
    Simulation::with_humans(scenario, seed, humans.iter().cloned())
        .map_err(|e| JournalError::Io(e.to_string()))
}

impl Recorder {
    /// A new simulation of `scenario`, journalled at `path` if given.
    pub fn start(
        path: Option<&Path>,
        scenario: &Scenario,
        seed: u64,
        humans: Vec<Participant>,
    ) -> Result<Recorder, JournalError> {
        let simulation = new_simulation(scenario, seed, &humans)?;
        let writer = match path {
            Some(path) => Some(JournalWriter::create(path, &Header::new(scenario, seed, humans))?),
            None => None,
        };
        Ok(Recorder::new(simulation, writer))
    }

    /// Like [`Recorder::start`], journalled to `sink` (called `name` in
    /// messages) rather than to a new file.
    pub fn start_with_sink(
        sink: impl Sink + 'static,
        name: &str,
        scenario: &Scenario,
        seed: u64,
        humans: Vec<Participant>,
    ) -> Result<Recorder, JournalError> {
        let simulation = new_simulation(scenario, seed, &humans)?;
        let writer = JournalWriter::to_sink(sink, name, &Header::new(scenario, seed, humans))?;
        Ok(Recorder::new(simulation, Some(writer)))
    }

    fn new(simulation: Simulation, writer: Option<JournalWriter>) -> Recorder {
        Recorder {
            simulation,
            writer,
            seq: 0,
            failed: None,
        }
    }

    fn healthy(&self) -> Result<(), JournalError> {
        match &self.failed {
            Some(error) => Err(error.clone()),
            None => Ok(()),
        }
    }

    /// The simulation, as far as the journal holds it.
    pub fn simulation(&self) -> Result<&Simulation, JournalError> {
        self.healthy()?;
        Ok(&self.simulation)
    }

    /// Move the clock to `at`; refused past [`SimTime::LATEST`], which no
    /// journal can record.
    pub fn advance_to(&mut self, at: SimTime) -> Result<(), JournalError> {
        self.healthy()?;
        if at > SimTime::LATEST {
            return Err(JournalError::TooLate { at });
        }
        self.simulation.advance_to(at);
        Ok(())
    }

    /// Apply and record (refused actions too: they are part of what happened
    /// at the table, and replaying them checks they are still refused).
    pub fn act(
        &mut self,
        participant: &Participant,
        action: Action,
    ) -> Result<Result<crate::sim::Outcome, crate::sim::Refusal>, JournalError> {
        self.healthy()?;
        let at = self.simulation.now();
        let result = self.simulation.apply(participant, action.clone());
        if let Some(writer) = self.writer.as_mut() {
            let entry = Entry {
                seq: self.seq + 1,
                at,
                participant: participant.clone(),
                action,
                hash: Some(step_hash(&self.simulation.state_hash())),
            };
            if let Err(error) = writer.append(&entry) {
                // Applied but not recorded: nothing may build on it.
                self.failed = Some(error.clone());
                return Err(error);
            }
        }
        self.seq += 1;
        Ok(result)
    }

    /// Writes the end line and hands back the simulation.
    pub fn finish(mut self) -> Result<Simulation, JournalError> {
        self.healthy()?;
        if let Some(writer) = self.writer.as_mut() {
            let hash = self.simulation.state_hash();
            writer.finish(self.simulation.now(), &hash)?;
        }
        Ok(self.simulation)
    }
}

/// The first 16 hex digits of a state hash, as action lines carry it.
pub fn step_hash(full: &str) -> String {
    full.chars().take(STEP_HASH_LEN).collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayError {
    /// No header, no action, no end: the writer stopped before its header.
    Empty,
    NoHeader,
    /// The header line itself is torn.
    TornHeader {
        text: String,
    },
    /// The journal was recorded for another scenario or another version of it.
    WrongScenario {
        message: String,
    },
    Setup(String),
    /// The replay's state differs from the recorded one from this step on.
    Diverged {
        step: String,
        expected: String,
        found: String,
    },
    /// The last line is torn; every complete step before it was replayed
    /// and matched its recorded hash.
    Torn {
        torn: TornLine,
        /// Steps replayed and verified before the torn line.
        steps: usize,
    },
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplayError::Empty => f.write_str(
                "the journal is empty: it was probably cut off before its header was written (the run stopped before writing anything); there is nothing to replay",
            ),
            ReplayError::NoHeader => f.write_str(
                "this file has no journal header: it is an actions file; run it with `cyberdrill run --actions FILE`",
            ),
            ReplayError::TornHeader { text } => f.write_str(&torn_header(text)),
            ReplayError::WrongScenario { message } => f.write_str(message),
            ReplayError::Setup(message) => f.write_str(message),
            ReplayError::Diverged { step, expected, found } => write!(
                f,
                "replay diverged at {step}: the journal recorded state {expected}, the replay reached {found}"
            ),
            ReplayError::Torn { torn, steps } => {
                let verified = match steps {
                    0 => "no step was recorded before it".to_string(),
                    1 => "step 1 before it was replayed and matches its recorded hash, so the journal is good up to step 1".to_string(),
                    n => format!(
                        "steps 1 to {n} before it were replayed and each matches its recorded hash, so the journal is good up to step {n}"
                    ),
                };
                if torn.is_end() {
                    write!(
                        f,
                        "the end line (line {}) is torn: the writer stopped while writing it, so the final state cannot be checked; {verified}",
                        torn.line
                    )
                } else {
                    write!(
                        f,
                        "line {} is torn (the writer stopped while writing it): `{}`; it was never acknowledged and is not replayed; {verified}",
                        torn.line, torn.text
                    )
                }
            }
        }
    }
}

impl std::error::Error for ReplayError {}

/// A finished replay.
pub struct Replayed {
    pub simulation: Simulation,
    pub steps: usize,
    /// The journal had an end line and the final hash matched it.
    pub verified_end: bool,
}

/// Re-run a journal against `scenario` and check every recorded hash.
pub fn replay(scenario: &Scenario, journal: &Journal) -> Result<Replayed, ReplayError> {
    let Some(header) = journal.header.as_ref() else {
        if journal.entries.is_empty() && journal.end.is_none() {
            return Err(ReplayError::Empty);
        }
        return Err(ReplayError::NoHeader);
    };
    if header.scenario != scenario.id {
        return Err(ReplayError::WrongScenario {
            message: format!(
                "this journal was recorded for scenario `{}`, not `{}`: pass its scenario file with --scenario",
                header.scenario, scenario.id
            ),
        });
    }
    let hash = scenario_hash(scenario);
    if header.scenario_hash != hash {
        return Err(ReplayError::WrongScenario {
            message: format!(
                "this journal was recorded with another version of scenario `{}` (content hash {}, this file is {}; written by cyberdrill {}): replaying it would not reproduce the exercise",
                scenario.id,
                step_hash(&header.scenario_hash),
                step_hash(&hash),
                header.engine
            ),
        });
    }
    let mut simulation = Simulation::with_humans(scenario, header.seed, header.humans.iter().cloned())
        .map_err(|e| ReplayError::Setup(e.to_string()))?;
    for entry in &journal.entries {
        simulation.advance_to(entry.at);
        let _ = simulation.apply(&entry.participant, entry.action.clone());
        if let Some(expected) = &entry.hash {
            let found = step_hash(&simulation.state_hash());
            if &found != expected {
                return Err(ReplayError::Diverged {
                    step: format!("step {} ({} {})", entry.seq, entry.at, entry.participant),
                    expected: expected.clone(),
                    found,
                });
            }
        }
    }
    let mut verified_end = false;
    if let Some((at, expected)) = &journal.end {
        simulation.advance_to(*at);
        let found = simulation.state_hash();
        if &found != expected {
            return Err(ReplayError::Diverged {
                step: format!("the end ({at})"),
                expected: expected.clone(),
                found,
            });
        }
        verified_end = true;
    }
    Ok(Replayed {
        simulation,
        steps: journal.entries.len(),
        verified_end,
    })
}

/// [`replay`] the complete lines of a journal, then report its torn last
/// line if it has one: a torn header (nothing to replay), or a torn step or
/// `end` line after every step before it has been checked, so a crash
/// while writing the end still tells whether the session is reproducible.
pub fn replay_prefix(scenario: &Scenario, prefix: &Prefix) -> Result<Replayed, ReplayError> {
    if let Some(torn) = &prefix.torn
        && prefix.journal.header.is_none()
        && prefix.journal.entries.is_empty()
    {
        return Err(if torn.is_header() {
            ReplayError::TornHeader {
                text: torn.text.clone(),
            }
        } else {
            ReplayError::NoHeader
        });
    }
    let replayed = replay(scenario, &prefix.journal)?;
    match &prefix.torn {
        None => Ok(replayed),
        Some(torn) => Err(ReplayError::Torn {
            torn: torn.clone(),
            steps: replayed.steps,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip() {
        let entry = Entry {
            seq: 3,
            at: SimTime(1440 + 65),
            participant: "VL/247".parse().unwrap(),
            action: Action::Annotate {
                text: "a note with => and # inside\nand a newline".into(),
            },
            hash: Some("0123456789abcdef".into()),
        };
        let line = format_entry(&entry);
        assert!(!line.contains('\n'));
        assert_eq!(parse_entry(&line), Ok(entry));
    }

    #[test]
    fn torn_last_line_is_reported() {
        let text = "1 d0 00:10 trainer Pause\n2 d0 00:20 trainer Res";
        match parse(text) {
            Err(JournalError::Torn { line: 2, .. }) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn sequence_and_time_are_checked() {
        assert!(matches!(
            parse("1 d0 00:10 trainer Pause\n3 d0 00:20 trainer Resume\n"),
            Err(JournalError::Line { line: 2, .. })
        ));
        assert!(matches!(
            parse("1 d0 00:10 trainer Pause\n2 d0 00:05 trainer Resume\n"),
            Err(JournalError::Line { line: 2, .. })
        ));
        assert!(parse("// a comment\n\n1 d0 00:10 trainer Pause\n").is_ok());
    }
}
