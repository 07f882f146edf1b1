//! The journal's line format: the header, one line per action, clock
//! lines for time that passed with no action, the `end` line; formatting
//! them and parsing them back, with the checks a reader makes (sequence
//! numbers count up across action and clock lines, times never go back, a
//! torn last line is reported, never read as a step, a journal of another
//! format version is refused saying what to do).
//!
//! What one writer writes every reader of the same format version reads:
//! times are bounded by [`SimTime::LATEST`] on both sides. Nothing here
//! runs a simulation; the only file access is [`read`] and [`read_prefix`],
//! which read a whole file and hand its text to the parser.

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::scenario::model::{Scenario, Skill};
use crate::sim::{Action, Participant};
use crate::time::SimTime;

const MAGIC: &str = "cyberdrill-journal";
/// 2: clock lines (idle time) were added. A format 1 journal is refused,
/// saying what to do: the state hashes it records are those of an engine
/// before issue 7, which no longer reproduces them.
const FORMAT_VERSION: u32 = 2;
/// The word in the participant's place that makes a line a clock line:
/// no participant is written without a slash but `trainer`.
const CLOCK: &str = "clock";
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
    /// The skill of the simulated teams. Absent means `expert`, the only
    /// skill before profiles existed, so old journals replay as they were
    /// and an expert journal is written as it always was.
    #[serde(default, skip_serializing_if = "Skill::is_expert")]
    pub profile: Skill,
}

impl Header {
    /// The header of a run whose simulated teams play at the scenario's
    /// default skill.
    pub fn new(scenario: &Scenario, seed: u64, humans: Vec<Participant>) -> Header {
        Header::with_skill(scenario, seed, humans, scenario.default_skill())
    }

    pub fn with_skill(scenario: &Scenario, seed: u64, humans: Vec<Participant>, profile: Skill) -> Header {
        Header {
            scenario: scenario.id.clone(),
            scenario_hash: scenario_hash(scenario),
            seed,
            engine: env!("CARGO_PKG_VERSION").to_string(),
            humans,
            profile,
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

/// Time that passed with no action: the clock driver advanced the
/// exercise to `at`. `7 d2 04:00 clock #3fa1c2d4e5f60718`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockLine {
    pub seq: u64,
    pub at: SimTime,
    /// First digits of the state hash once the clock reached `at`
    /// (journals only).
    pub hash: Option<String>,
}

/// A whole journal or actions file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Journal {
    /// Journals have one; actions files may not.
    pub header: Option<Header>,
    /// The action lines, in order.
    pub entries: Vec<Entry>,
    /// The clock lines, in order. One sequence numbers both kinds: see
    /// [`Journal::steps`] for them in the order they happened.
    pub clock: Vec<ClockLine>,
    /// Where the session stopped and the full state hash there.
    pub end: Option<(SimTime, String)>,
}

/// One numbered line of a journal: an action, or the clock moving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    Act(&'a Entry),
    Clock(&'a ClockLine),
}

impl Step<'_> {
    pub fn seq(&self) -> u64 {
        match self {
            Step::Act(entry) => entry.seq,
            Step::Clock(line) => line.seq,
        }
    }
    pub fn at(&self) -> SimTime {
        match self {
            Step::Act(entry) => entry.at,
            Step::Clock(line) => line.at,
        }
    }
    /// The recorded step hash, if the line has one.
    pub fn hash(&self) -> Option<&str> {
        match self {
            Step::Act(entry) => entry.hash.as_deref(),
            Step::Clock(line) => line.hash.as_deref(),
        }
    }
    /// Who moved: the participant, or `clock`.
    pub fn who(&self) -> String {
        match self {
            Step::Act(entry) => entry.participant.to_string(),
            Step::Clock(_) => CLOCK.to_string(),
        }
    }
}

impl Journal {
    /// Action and clock lines together, in sequence order. Both lists are
    /// in sequence order and share one sequence (the parser checks it), so
    /// this is a merge.
    pub fn steps(&self) -> impl Iterator<Item = Step<'_>> {
        let mut entries = self.entries.iter().peekable();
        let mut clock = self.clock.iter().peekable();
        std::iter::from_fn(move || match (entries.peek(), clock.peek()) {
            (Some(entry), Some(line)) if line.seq < entry.seq => clock.next().map(Step::Clock),
            (Some(_), _) => entries.next().map(Step::Act),
            (None, _) => clock.next().map(Step::Clock),
        })
    }

    /// How many numbered lines (actions and clock) it has.
    pub fn step_count(&self) -> usize {
        self.entries.len() + self.clock.len()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalError {
    /// A line that is not in the journal format, with why: `line` and
    /// `column` (in characters, both from 1) in the file.
    Line {
        line: usize,
        column: usize,
        message: String,
    },
    /// The last line has no newline: the writer stopped in the middle,
    /// at `column` (in characters, from 1) of `line`.
    Torn {
        line: usize,
        column: usize,
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
            JournalError::Line {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: {message}"),
            JournalError::Torn { line, column, text } => {
                let torn = TornLine {
                    line: *line,
                    column: *column,
                    text: text.clone(),
                };
                if *line == 1 && torn.is_header() {
                    f.write_str(&torn_header(text, *column))
                } else if *line == 1 {
                    write!(
                        f,
                        "line 1 is torn at column {column} (it has no end of line): `{text}`; if the line is whole, end it with a newline"
                    )
                } else {
                    write!(
                        f,
                        "line {line} is torn at column {column} (it has no end of line: the writer stopped while writing it): `{text}`; it was never acknowledged and is not replayed. Remove it to use the journal up to line {} (in an actions file written by hand, end the last line with a newline)",
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

pub(super) fn torn_header(text: &str, column: usize) -> String {
    format!(
        "the header itself is incomplete: line 1 is torn at column {column} (it has no end of line: the writer stopped while writing it, before any action was recorded): `{text}`; there is nothing to replay"
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

/// `d3 14:05`-style time: see [`SimTime::parse_parts`].
fn parse_time(day: &str, clock: &str) -> Result<SimTime, String> {
    SimTime::parse_parts(day, clock)
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

pub fn format_clock_line(line: &ClockLine) -> String {
    match &line.hash {
        Some(hash) => format!("{} {} {CLOCK} #{hash}", line.seq, line.at),
        None => format!("{} {} {CLOCK}", line.seq, line.at),
    }
}

/// `SEQ dDAY HH:MM clock`, then `#HASH` in a journal.
fn parse_clock_line(parts: &[&str]) -> Result<ClockLine, String> {
    let shape = "a clock line is `SEQ dDAY HH:MM clock #STATE-HASH`";
    let [seq, day, time, word, rest @ ..] = parts else {
        return Err(shape.to_string());
    };
    debug_assert_eq!(*word, CLOCK);
    let seq: u64 = seq
        .parse()
        .map_err(|_| "a line starts with its sequence number (1, 2, 3...)".to_string())?;
    let at = parse_time(day, time)?;
    let hash = match rest {
        [] => None,
        [tagged] => match tagged.strip_prefix('#') {
            Some(hash) if !hash.is_empty() => Some(hash.to_string()),
            _ => return Err(format!("{shape}: `{tagged}` is not a `#hash`")),
        },
        _ => return Err(format!("{shape}: nothing follows the hash")),
    };
    Ok(ClockLine { seq, at, hash })
}

/// The next field of a line: skips spaces and tabs (an editor may put a
/// tab between the parts of a line), then reads up to the next one.
/// Returns the field and the byte offset where it starts.
fn next_field<'t>(text: &'t str, from: &mut usize) -> Option<(usize, &'t str)> {
    let start = *from + text[*from..].find(|c: char| c != ' ' && c != '\t')?;
    let end = text[start..].find([' ', '\t']).map_or(text.len(), |n| start + n);
    *from = end;
    Some((start, &text[start..end]))
}

/// An action line; an error carries the byte offset in `text` it is about.
fn parse_entry(text: &str) -> Result<Entry, (usize, String)> {
    let shape = "a line is `SEQ dDAY HH:MM PARTICIPANT ACTION`";
    let mut from = 0;
    let mut next = |what: &str| {
        let end = text.len();
        next_field(text, &mut from).ok_or_else(|| (end, format!("expected {what}: {shape}")))
    };
    let (at_seq, seq) = next("a sequence number")?;
    let seq: u64 = seq.parse().map_err(|_| {
        (
            at_seq,
            "a line starts with its sequence number (1, 2, 3...)".to_string(),
        )
    })?;
    let (at_day, day) = next("a day")?;
    let (_, time) = next("a time of day")?;
    let at = parse_time(day, time).map_err(|e| (at_day, e))?;
    let (at_participant, participant) = next("a participant")?;
    let participant: Participant = participant.parse().map_err(|e| (at_participant, e))?;
    let (mut at_action, _) = next("an action")?;
    let mut rest = text[at_action..].trim_end();
    let mut hash = None;
    if let Some(tagged) = rest.strip_prefix('#') {
        let (h, action) = tagged
            .split_once([' ', '\t'])
            .ok_or_else(|| (at_action, "a `#hash` must be followed by the action".to_string()))?;
        hash = Some(h.to_string());
        let action_start = rest.len() - action.trim_start().len();
        at_action += action_start;
        rest = &rest[action_start..];
    }
    let action: Action = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(rest)
        .map_err(|e| {
            // RON counts lines and columns in the action alone, which is
            // one line: its column, in characters, is the place in it.
            let within = rest
                .char_indices()
                .nth(e.span.start.col.saturating_sub(1))
                .map_or(rest.len(), |(byte, _)| byte);
            (
                at_action + within,
                format!("the action `{rest}` is not understood: {}", e.code),
            )
        })?;
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
    /// 1-based column, in characters, where it stops.
    pub column: usize,
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
            column: torn.column,
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
/// 1, across action and clock lines, and times must never go back. A torn last line is an error: see
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
    // The sequence number and time of the last action or clock line.
    let mut last: Option<(u64, SimTime)> = None;
    let lines: Vec<&str> = text.split('\n').collect();
    let last_index = lines.len() - 1;
    for (i, raw) in lines.iter().enumerate() {
        let number = i + 1;
        if raw.len() > MAX_LINE_BYTES {
            // Where the limit is crossed, in characters, as editors count.
            let column = raw[..raw.floor_char_boundary(MAX_LINE_BYTES)].chars().count() + 1;
            return Err(JournalError::Line {
                line: number,
                column,
                message: format!(
                    "the line is {} bytes long, past the limit of {MAX_LINE_BYTES} here; no action is that long: is this a journal or an actions file?",
                    raw.len()
                ),
            });
        }
        if i == last_index {
            if !raw.trim().is_empty() {
                let torn = TornLine {
                    line: number,
                    column: raw.chars().count() + 1,
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
        // Where `line` starts in `raw`, in bytes: a field's offset in
        // `line` plus this is its place in the file.
        let lead = raw.len() - raw.trim_start().len();
        let err_at = |byte: usize, message: String| JournalError::Line {
            line: number,
            column: raw[..lead + byte].chars().count() + 1,
            message,
        };
        let err = |message: String| err_at(0, message);
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        if journal.end.is_some() {
            return Err(err("nothing may follow the `end` line".into()));
        }
        if let Some(rest) = line.strip_prefix(MAGIC) {
            if number != 1 && !(journal.header.is_none() && journal.step_count() == 0) {
                return Err(err("the header must come first".into()));
            }
            let rest = rest.trim_start();
            let (version, json) = rest.split_once(' ').unwrap_or((rest, ""));
            if version != FORMAT_VERSION.to_string() {
                return Err(err(unsupported_version(version)));
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
        let words: Vec<&str> = line.split_whitespace().collect();
        let (seq, at, step) = if words.get(3) == Some(&CLOCK) {
            let clock = parse_clock_line(&words).map_err(err)?;
            (clock.seq, clock.at, Parsed::Clock(clock))
        } else {
            let entry = parse_entry(line).map_err(|(byte, message)| err_at(byte, message))?;
            (entry.seq, entry.at, Parsed::Act(entry))
        };
        let expected = last.map_or(1, |(seq, _)| seq + 1);
        if seq != expected {
            return Err(err(format!(
                "sequence number {seq} where {expected} was expected"
            )));
        }
        if let Some((_, previous)) = last
            && at < previous
        {
            // The time is the second field, after the sequence number.
            let mut from = 0;
            let day = next_field(line, &mut from).and_then(|_| next_field(line, &mut from));
            let byte = day.map_or(0, |(byte, _)| byte);
            return Err(err_at(
                byte,
                format!("time goes back: {at} comes after {previous}"),
            ));
        }
        last = Some((seq, at));
        match step {
            Parsed::Act(entry) => journal.entries.push(entry),
            Parsed::Clock(clock) => journal.clock.push(clock),
        }
    }
    Ok(Prefix { journal, torn: None })
}

/// Where step `seq` is written in `text` (a journal or actions file that
/// [`parse`] read): its line and the column of its participant, both
/// counted from 1 as in [`JournalError::Line`]. For a message about who
/// acts on that line, which only a scenario can judge.
pub fn participant_place(text: &str, seq: u64) -> Option<(usize, usize)> {
    text.split('\n').enumerate().find_map(|(i, raw)| {
        let mut from = 0;
        let (_, number) = next_field(raw, &mut from)?;
        if number.parse::<u64>().ok()? != seq {
            return None;
        }
        let (_, _day) = next_field(raw, &mut from)?;
        let (_, _time) = next_field(raw, &mut from)?;
        let (byte, _) = next_field(raw, &mut from)?;
        Some((i + 1, raw[..byte].chars().count() + 1))
    })
}

/// A numbered line, parsed.
enum Parsed {
    Act(Entry),
    Clock(ClockLine),
}

/// Why a header's format version cannot be read, and what to do.
fn unsupported_version(version: &str) -> String {
    match version.parse::<u32>() {
        Ok(1) => format!(
            "this journal was written by an earlier cyberdrill, in journal format 1; this cyberdrill reads format {FORMAT_VERSION} only. Re-run the exercise with this cyberdrill to record a new journal: without its first line (the header), a format 1 journal is an actions file for `cyberdrill run --actions`"
        ),
        Ok(n) if n > FORMAT_VERSION => format!(
            "this journal was written by a newer cyberdrill, in journal format {n}; this cyberdrill reads format {FORMAT_VERSION}: replay it with the cyberdrill that wrote it, or a newer one"
        ),
        _ => format!(
            "journal format {version} is not supported; this cyberdrill reads format {FORMAT_VERSION}"
        ),
    }
}

/// The longest line a journal or an actions file may have, in bytes: far
/// more than any action the writer records, and a bound on what one bad
/// line can make the reader hold and print.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// A journal's or an actions file's text, read like a scenario (the same
/// [`FileSystem`](crate::scenario::source::FileSystem) reader): a pipe or a
/// device is refused unread, and a file over
/// [`MAX_FILE_BYTES`](crate::scenario::source::MAX_FILE_BYTES) is refused
/// rather than read to the end of memory.
pub(super) fn read_text(path: &Path) -> Result<String, JournalError> {
    use crate::scenario::source::{FileSystem, ReadError, SourceResolver};
    let bytes = FileSystem.read(path).map_err(|error| {
        let why = match error {
            ReadError::NotFound => "no such file".to_string(),
            ReadError::IsFolder => "it is a folder".to_string(),
            ReadError::NotAFile => "it is not a regular file (a pipe, a device or a socket)".to_string(),
            ReadError::TooLarge { mib } => format!("it is larger than {mib} MiB, far more than any exercise"),
            ReadError::Other(reason) => reason,
        };
        JournalError::Io(format!("cannot read {}: {why}", path.display()))
    })?;
    decode_text(bytes)
}

/// The bytes of a journal or an actions file as text: a byte that is not
/// UTF-8 is an error placed by line and column.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, JournalError> {
    String::from_utf8(bytes).map_err(|e| not_utf8(e.as_bytes(), e.utf8_error().valid_up_to()))
}

/// The first byte that is not UTF-8, placed as a line error is: the line,
/// and the column counted in the characters before it on that line.
fn not_utf8(bytes: &[u8], valid_up_to: usize) -> JournalError {
    let valid = String::from_utf8_lossy(&bytes[..valid_up_to]);
    let line_start = valid.rfind('\n').map_or(0, |n| n + 1);
    JournalError::Line {
        line: valid.matches('\n').count() + 1,
        column: valid[line_start..].chars().count() + 1,
        message: "this is not text in UTF-8: save the file as UTF-8 text (in a text editor: Save As, encoding UTF-8)".to_string(),
    }
}

/// [`parse`] a file.
pub fn read(path: &Path) -> Result<Journal, JournalError> {
    parse(&read_text(path)?)
}

/// [`parse_prefix`] a file.
pub fn read_prefix(path: &Path) -> Result<Prefix, JournalError> {
    parse_prefix(&read_text(path)?)
}

/// The first 16 hex digits of a state hash, as action lines carry it.
pub fn step_hash(full: &str) -> String {
    full.chars().take(STEP_HASH_LEN).collect()
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
    fn clock_lines_round_trip_and_share_the_sequence_with_actions() {
        let line = ClockLine {
            seq: 2,
            at: SimTime(1440 + 240),
            hash: Some("0123456789abcdef".into()),
        };
        assert_eq!(format_clock_line(&line), "2 d1 04:00 clock #0123456789abcdef");
        let text = "1 d0 00:10 trainer Pause\n2 d1 04:00 clock #0123456789abcdef\n3 d1 04:00 trainer Resume\n4 d1 05:00 clock\n";
        let journal = parse(text).unwrap();
        let unhashed = ClockLine {
            seq: 4,
            at: SimTime(1440 + 300),
            hash: None,
        };
        assert_eq!(journal.clock, [line, unhashed]);
        assert_eq!(journal.entries.len(), 2);
        let order: Vec<(u64, String)> = journal.steps().map(|s| (s.seq(), s.who())).collect();
        let expected = [(1, "trainer"), (2, "clock"), (3, "trainer"), (4, "clock")];
        assert_eq!(order, expected.map(|(seq, who)| (seq, who.to_string())));
        // One sequence and one time line across both kinds.
        for bad in [
            "1 d0 00:10 trainer Pause\n3 d0 00:20 clock\n",
            "1 d0 00:10 clock\n1 d0 00:20 trainer Pause\n",
            "1 d0 00:30 clock\n2 d0 00:20 trainer Pause\n",
        ] {
            assert!(
                matches!(parse(bad), Err(JournalError::Line { line: 2, .. })),
                "{bad}"
            );
        }
        for bad in [
            "1 d0 00:10 clock #0123456789abcdef Pause\n",
            "1 d0 00:10 clock 0123456789abcdef\n",
            "1 d0 00:10 clock #\n",
            "1 d0 25:10 clock\n",
        ] {
            assert!(
                matches!(parse(bad), Err(JournalError::Line { line: 1, .. })),
                "{bad}"
            );
        }
    }

    /// An error's column is the place in the file, counted in characters
    /// from 1, not the place inside the action that RON was given.
    #[test]
    fn errors_name_the_column_in_the_file() {
        let column = |text: &str| match parse(text) {
            Err(JournalError::Line { line, column, .. }) => (line, column),
            other => panic!("{other:?}"),
        };
        // `  1 d0 00:10 VL/investigator ` is 29 characters: the action
        // starts at 30, and its `(` (8th character) at 37.
        assert_eq!(
            column("// note\n  1 d0 00:10 VL/investigator Examine(\n"),
            (2, 37)
        );
        // `Annotate(text: "é", ` is 20 characters (é is one, two bytes):
        // the unknown field starts at 28 + 20.
        assert_eq!(
            column("1 d0 00:10 VL/investigator Annotate(text: \"é\", x: 1)\n"),
            (1, 48)
        );
        // `1 d0 00:10 trainer #abc ` is 24 characters: the action is at 25.
        assert_eq!(column("1 d0 00:10 trainer #abc Paus\n"), (1, 25));
        assert_eq!(column("1 d0 00:10 VL/foo Pause\n"), (1, 12));
        assert_eq!(column("x d0 00:10 trainer Pause\n"), (1, 1));
        assert_eq!(
            column("1 d0 00:10 trainer Pause\n2 d0 00:05 trainer Resume\n"),
            (2, 3)
        );
        let shown = parse("1 d0 00:10 trainer Paus\n").unwrap_err().to_string();
        assert!(shown.starts_with("line 1, column 20: "), "{shown}");
    }

    /// A byte that is not UTF-8 is placed like any other error: `é` is
    /// one character, so the bad byte after `1 d0 é` is at column 7.
    #[test]
    fn a_byte_that_is_not_utf8_is_placed() {
        let bytes = b"// x\n1 d0 \xc3\xa9\xff\n";
        let error = not_utf8(
            bytes,
            String::from_utf8(bytes.to_vec())
                .unwrap_err()
                .utf8_error()
                .valid_up_to(),
        );
        assert!(
            matches!(
                error,
                JournalError::Line {
                    line: 2,
                    column: 7,
                    ..
                }
            ),
            "{error:?}"
        );
    }

    /// An editor may put a tab where the format has a space: it is read
    /// as one, between any two parts and after a hash.
    #[test]
    fn tabs_separate_the_parts_of_a_line() {
        let journal =
            parse("1\td0 00:10\ttrainer\t#abc\tPause\n2 d0\t00:20 VL/247 \tAnnotate(text: \"a\tb\")\n")
                .unwrap();
        assert_eq!(journal.entries.len(), 2);
        assert_eq!(journal.entries[0].action, Action::Pause);
        assert_eq!(journal.entries[0].hash.as_deref(), Some("abc"));
        assert_eq!(journal.entries[1].at, SimTime(20));
        assert_eq!(
            journal.entries[1].action,
            Action::Annotate { text: "a\tb".into() }
        );
    }

    #[test]
    fn torn_last_line_is_reported() {
        let text = "1 d0 00:10 trainer Pause\n2 d0 00:20 trainer Res";
        match parse(text) {
            Err(JournalError::Torn { line: 2, .. }) => {}
            other => panic!("{other:?}"),
        }
    }

    /// Where the writer stopped, in characters: an editor's column.
    #[test]
    fn a_torn_line_says_the_column_it_stops_at() {
        let error = parse("// é\n1 d0 00:15 é").unwrap_err();
        assert!(
            matches!(
                error,
                JournalError::Torn {
                    line: 2,
                    column: 13,
                    ..
                }
            ),
            "{error:?}"
        );
        assert!(
            error.to_string().starts_with("line 2 is torn at column 13 "),
            "{error}"
        );
        let header = parse("cyberdrill-jour").unwrap_err();
        assert!(
            header.to_string().contains("line 1 is torn at column 16 "),
            "{header}"
        );
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
