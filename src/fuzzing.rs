//! Fuzz targets: the three readers of user files (a scenario with its
//! includes, an actions file, a journal), each fed arbitrary bytes down the
//! path `cyberdrill check`, `run` and `replay` take, asserting what
//! docs/FUZZING.md promises. The coverage-guided runner (`fuzz/`, libFuzzer),
//! the CI smoke (`tests/fuzz_smoke.rs`) and the regression fixtures all call
//! these same functions, so a crash found by one reproduces in the others.
//!
//! An invariant that does not hold panics, as a fuzzer expects. No product
//! command calls this module, and it never touches the disk, the terminal
//! or the wall clock: files are held in memory, and what a command would
//! print is rendered to a string and inspected.
//!
//! The invariants:
//! - no panic (and, enforced by the runners, no input runs over 2 s);
//! - every error about a file's text carries a position: a scenario
//!   diagnostic its file and span (so a line and a column), an actions-file
//!   or journal error a line (and a column) that exists in the input;
//! - nothing reaches the terminal unescaped: the text `check` and `run`
//!   would print holds no control character but newline and tab, and the
//!   JSON `check --format json` writes holds none at all;
//! - a scenario the checker accepts, the simulation accepts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::journal::{self, JournalError, Step};
use crate::scenario::model::Scenario;
use crate::scenario::source::{ReadError, SourceResolver, normalise};
use crate::scenario::{self, Loaded};
use crate::sim::Simulation;
use crate::sim::types::Participant;
use crate::time::SimTime;
use crate::words::{Lang, Words};

/// The top-level file of a scenario input, where `check` would find it.
pub const SCENARIO_PATH: &str = "scenarios/fuzz.ron";

/// In a scenario input, a line starting with this (a RON comment, so a
/// plain scenario stays a valid input) begins another file, named by the
/// rest of the line relative to `scenarios/`: `//--- regions/x.ron`.
pub const FILE_MARKER: &[u8] = b"//--- ";

/// How many steps of an actions file the simulation plays: enough to reach
/// every kind of action and refusal, bounded so no input runs long.
const MAX_STEPS_PLAYED: usize = 64;

/// How far in simulated time an actions file is played. Cost follows
/// events, and the default scenario's events are spread over its 60 days.
const MAX_PLAYED: crate::time::Duration = crate::time::Duration::days(21);

/// Scenario text and its includes, held in memory.
struct MemoryFiles(BTreeMap<PathBuf, Vec<u8>>);

impl SourceResolver for MemoryFiles {
    fn read(&self, path: &Path) -> Result<Vec<u8>, ReadError> {
        if self.0.keys().any(|file| file.starts_with(path) && file != path) {
            return Err(ReadError::IsFolder);
        }
        self.0.get(path).cloned().ok_or(ReadError::NotFound)
    }

    fn identity(&self, path: &Path) -> PathBuf {
        normalise(path)
    }
}

/// The files of a scenario input: the first part is [`SCENARIO_PATH`], each
/// [`FILE_MARKER`] line starts the next; the shipped region fragments are
/// there too, so `includes: ["regions/meridian.ron"]` resolves.
fn files_of(data: &[u8]) -> MemoryFiles {
    let mut files = BTreeMap::new();
    files.insert(
        PathBuf::from("scenarios/regions/meridian.ron"),
        include_bytes!("../scenarios/regions/meridian.ron").to_vec(),
    );
    let mut name = PathBuf::from(SCENARIO_PATH);
    let mut start = 0;
    let mut at = 0;
    while at <= data.len() {
        let line_start = at == 0 || data[at - 1] == b'\n';
        if at < data.len() && line_start && data[at..].starts_with(FILE_MARKER) {
            files.insert(name, data[start..at].to_vec());
            let rest = &data[at + FILE_MARKER.len()..];
            let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            let named = String::from_utf8_lossy(&rest[..line_end]);
            name = normalise(&Path::new("scenarios").join(named.trim()));
            at += FILE_MARKER.len() + line_end;
            start = (at + 1).min(data.len());
            continue;
        }
        at += 1;
    }
    files.insert(name, data[start.min(data.len())..].to_vec());
    MemoryFiles(files)
}

fn words(lang: Lang) -> &'static Words {
    static EN: OnceLock<Words> = OnceLock::new();
    static FR: OnceLock<Words> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| Words::new(Lang::En)),
        Lang::Fr => FR.get_or_init(|| Words::new(Lang::Fr)),
    }
}

/// Text bound for a terminal holds no control character but newline and tab.
fn assert_printable(text: &str, what: &str) {
    if let Some(c) = text.chars().find(|&c| c.is_control() && c != '\n' && c != '\t') {
        panic!("{what} would print control character {c:?} unescaped:\n{text}");
    }
}

/// The scenario loader and checker, as `cyberdrill check` runs them:
/// diagnostics positioned and printable in every language and in JSON; a
/// scenario that checks clean starts a simulation.
pub fn scenario(data: &[u8]) {
    let files = files_of(data);
    let report = scenario::load::load_with(&files, Path::new(SCENARIO_PATH));
    let diagnostics = &report.diagnostics;
    for diagnostic in diagnostics.iter() {
        assert!(
            diagnostic.file.is_some() && diagnostic.span.is_some(),
            "a diagnostic without a position: {diagnostic:?}"
        );
    }
    for lang in [Lang::En, Lang::Fr] {
        let words = words(lang);
        assert_printable(&diagnostics.render(false, words), "check");
        for record in diagnostics.to_json(words) {
            assert!(
                record.line.is_some() && record.column.is_some(),
                "a JSON diagnostic without a line and column: {record:?}"
            );
            let json = serde_json::to_string(&record).expect("a diagnostic is plain data");
            let json = crate::terminal::json_escaped(&json);
            assert!(!json.chars().any(char::is_control), "check --format json: {json}");
        }
    }
    if diagnostics.has_errors() {
        return;
    }
    if let Some(Loaded::Scenario(checked)) = &report.loaded
        && let Err(error) = Simulation::new(checked, checked.seed)
    {
        panic!("the checker accepts a scenario the simulation refuses: {error}");
    }
}

/// The default scenario, loaded once: the one actions files and journals
/// are played against.
fn default_scenario() -> &'static Scenario {
    static DEFAULT: OnceLock<Scenario> = OnceLock::new();
    DEFAULT.get_or_init(scenario::load_default)
}

/// The bytes of an actions file or journal as text, as `run` and `replay`
/// read them; then parsed, its error checked for a position in `text`.
fn parse_prefix(data: &[u8]) -> Result<(String, journal::Prefix), JournalError> {
    let text = journal::decode_text(data.to_vec())?;
    let prefix = journal::parse_prefix(&text)?;
    Ok((text, prefix))
}

/// The error `run` or `replay` would print for this input: placed in it,
/// and printable.
fn assert_reported(data: &[u8], error: &JournalError, command: &str) {
    let lines = data.split(|&b| b == b'\n').count();
    match error {
        JournalError::Line { line, column, .. } => {
            assert!(
                (1..=lines).contains(line) && *column >= 1,
                "line {line}, column {column} is not in the input's {lines} lines: {error}"
            );
            let text = String::from_utf8_lossy(data.split(|&b| b == b'\n').nth(line - 1).unwrap_or(&[]));
            let width = text.chars().count() + 1;
            assert!(
                *column <= width,
                "column {column} is past the line's end ({width}): {error}"
            );
        }
        JournalError::Torn { line, column, .. } => {
            assert_eq!(*line, lines, "a torn line that is not the last: {error}");
            let last = data.rsplit(|&b| b == b'\n').next().unwrap_or(&[]);
            let width = String::from_utf8_lossy(last).chars().count() + 1;
            assert_eq!(*column, width, "a torn line stops at its end: {error}");
            assert!(error.to_string().contains(&format!("column {column}")), "{error}");
        }
        JournalError::TooLate { .. } | JournalError::Io(_) => {
            panic!("reading text in memory gave an error with no place in it: {error}")
        }
    }
    assert_printable(
        &crate::cli::run::error_line(&format!("fuzz.{command}: {error}")),
        command,
    );
}

/// The actions-file reader, as `cyberdrill run --actions` uses it: errors
/// placed in the file; a file that reads is played (a bounded part of it)
/// against the default scenario as `run` plays it, refusals rendered.
pub fn actions(data: &[u8]) {
    let (text, script) = match parse_prefix(data) {
        Err(error) => return assert_reported(data, &error, "actions"),
        Ok((text, prefix)) => match prefix.torn {
            Some(torn) => return assert_reported(data, &JournalError::from(torn), "actions"),
            None => (text, prefix.journal),
        },
    };
    let scenario = default_scenario();
    // `run` refuses a participant with no seat, pointing at it.
    if let Some(entry) = script
        .entries
        .iter()
        .find(|e| !e.participant.is_seat_of(scenario))
    {
        let place = journal::participant_place(&text, entry.seq);
        assert!(
            place.is_some_and(|(line, column)| line >= 1 && column >= 1),
            "step {} names a participant with no seat, and no place for it: {place:?}",
            entry.seq
        );
    }
    let humans: Vec<Participant> = script
        .entries
        .iter()
        .map(|entry| entry.participant.clone())
        .filter(|p| *p != Participant::Trainer && p.is_seat_of(scenario))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut simulation = Simulation::with_humans(scenario, scenario.seed, humans)
        .expect("the default scenario starts with any of its seats played");
    let until = SimTime::START.after(MAX_PLAYED);
    let words = words(Lang::En);
    for step in script.steps().take(MAX_STEPS_PLAYED) {
        if step.at() > until || simulation.ended().is_some() {
            break;
        }
        if step.at() < simulation.now() || simulation.paused() {
            continue;
        }
        simulation.advance_to(step.at());
        if let Step::Act(entry) = step
            && entry.participant.is_seat_of(scenario)
            && let Err(refusal) = simulation.apply(&entry.participant, entry.action.clone())
        {
            let said = words.message(scenario, &refusal);
            assert_printable(&crate::terminal::printable(&said), "run");
        }
    }
}

/// The journal reader and replay verification, as `cyberdrill replay`
/// runs them against the default scenario: every error placed or said of
/// the whole journal, and printable.
pub fn journal(data: &[u8]) {
    let prefix = match parse_prefix(data) {
        Err(error) => return assert_reported(data, &error, "journal"),
        Ok((_, prefix)) => prefix,
    };
    if let Some(torn) = &prefix.torn {
        assert_reported(data, &JournalError::from(torn.clone()), "journal");
    }
    let until = SimTime::START.after(MAX_PLAYED);
    let end = prefix.journal.end.as_ref().map(|(at, _)| *at);
    if prefix.journal.steps().any(|step| step.at() > until) || end.is_some_and(|at| at > until) {
        // Replaying months of simulated time is the engine's cost, not the
        // reader's: the benches measure it.
        return;
    }
    if let Err(error) = journal::replay_prefix(default_scenario(), &prefix) {
        assert_printable(
            &crate::cli::run::error_line(&format!("fuzz.journal: {error}")),
            "replay",
        );
    }
}
