//! `cyberdrill run` and `cyberdrill replay`: headless exercises.
//!
//! Wiring only: load the scenario and the actions, drive the simulation,
//! write the journal, print the timeline and the outcome. Bad input is a
//! message and an exit code (1 input, 2 usage, 3 divergence), never a panic.
//! A path that does not exist (scenario, actions file, journal to replay,
//! the folder of a journal to write) is a usage error, as in `check`; what
//! is wrong inside a file that exists is an input error.
//!
//! Times are printed twice: since the start (`d2 15:26`, the form journals
//! and actions files use) and on the local clock of the first incident's
//! jurisdiction (`Mon 15:06`), so office hours and nights show. The local
//! clock is the simulation's [`Calendar`] (the bundled tz database), never
//! the host's zone files or the wall clock.
//!
//! `--until` is at most [`LONGEST_EXERCISE`], the limit the journal shares.
//! A script line stamped before the clock (a `Jump` moved it past) is
//! listed as refused and not applied, never run late; so is a line stamped
//! after a `Pause` that no `Resume` ended by then, which the clock cannot
//! reach: a run that pauses and never resumes stops at the pause. `replay`
//! checks every complete step of a journal even when its last line is
//! torn, then reports the torn line (exit 1).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use crate::journal::{self, Recorder, Step};
use crate::scenario::library::{self, Source, Unresolved};
use crate::scenario::model::{Scenario, Skill};
use crate::scenario::{Loaded, load};
use crate::sim::calendar::Calendar;
use crate::sim::{Participant, Refusal, Report, TraceEvent};
use crate::terminal::{json_escaped, printable};
use crate::time::{Duration, LONGEST_EXERCISE, LONGEST_EXERCISE_YEARS, SimTime};
use crate::words::{Lang, Words};

/// Width of the actor column in a printed trace: room for a provider's
/// name ("BrenHost Cloud Servers") so the texts line up.
pub const ACTOR_WIDTH: usize = 24;

#[derive(Debug, Default, clap::Args)]
pub struct RunArgs {
    /// Scenario file, or a library id (`cyberdrill scenarios` lists
    /// them); the built-in default when omitted.
    pub scenario: Option<PathBuf>,
    /// Seed for every random draw; the scenario's own seed when omitted.
    // `-1` is a bad seed (said so), not an unknown option.
    #[arg(long, allow_negative_numbers = true, value_parser = seed)]
    pub seed: Option<u64>,
    /// Script for some participants (journal line format); simulated
    /// actors play every role the script does not.
    #[arg(long, value_name = "FILE")]
    pub actions: Option<PathBuf>,
    /// How much simulated time to run, as in `30d` or `36h`; the
    /// scenario's end when omitted.
    // `-1h` is a value here, refused as such, not taken for an option.
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Write the journal of this run here (replay it with `cyberdrill replay`).
    #[arg(long, value_name = "FILE")]
    pub journal: Option<PathBuf>,
    /// Print one JSON object instead of the readable timeline.
    #[arg(long)]
    pub json: bool,
    /// Language of the output: en or fr. English by default, or the
    /// scenario's first language where it has no English.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Skill of the simulated teams: expert, average, novice or random;
    /// the scenario's `playtest.profile` when omitted, else expert. The
    /// journal records it.
    #[arg(long, value_name = "PROFILE", value_parser = profile())]
    pub profile: Option<Skill>,
}

/// A `--profile` value (for `run`, `play` and `serve`): one of the skill
/// names; any other is a usage error that lists them and suggests the
/// closest.
pub(super) fn profile() -> impl clap::builder::TypedValueParser<Value = Skill> {
    clap::builder::TypedValueParser::map(clap::builder::PossibleValuesParser::new(Skill::NAMES), |name| {
        name.parse::<Skill>().unwrap_or_default()
    })
}

#[derive(Debug, clap::Args)]
pub struct ReplayArgs {
    /// Journal file to replay.
    pub journal: PathBuf,
    /// The scenario the journal was recorded with (a file or a library
    /// id); when omitted, the library scenario the journal names, else the
    /// built-in default.
    #[arg(long, value_name = "FILE|ID")]
    pub scenario: Option<PathBuf>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of the output: en or fr.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
}

/// Run time when neither `--until` nor the scenario says.
pub(super) const DEFAULT_RUN: Duration = Duration::days(30);

/// When a run without `--until` stops: the scenario's end, else [`DEFAULT_RUN`].
pub(super) fn scenario_until(scenario: &Scenario) -> SimTime {
    SimTime::START.after(scenario.end.after.unwrap_or(DEFAULT_RUN))
}

/// A path the command line names that is not there (or is a folder where
/// a file is wanted) is a usage error, exit 2, as in `check`. Anything
/// else (unreadable, not text, bad content) is left to the reader, exit 1.
pub(super) fn missing_path(path: &Path, what: &str) -> Option<ExitCode> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(fail(
            2,
            format!("no such file: {} (the {what}); check the path", path.display()),
        )),
        Ok(meta) if meta.is_dir() => Some(fail(
            2,
            format!("{} is a folder; the {what} must be a file", path.display()),
        )),
        _ => None,
    }
}

/// The folder a new journal is to be written in must exist (exit 2).
fn missing_folder(journal: &Path) -> Option<ExitCode> {
    let folder = journal.parent().filter(|d| !d.as_os_str().is_empty())?;
    match std::fs::metadata(folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(fail(
            2,
            format!(
                "cannot write the journal {}: the folder {} does not exist; create it or choose another path",
                journal.display(),
                folder.display()
            ),
        )),
        _ => None,
    }
}

/// A journal that already exists is never overwritten: running a command
/// twice with the same `--journal` is a usage error (exit 2), said in
/// `words` with a free name beside it and the `resume` command (`play`
/// or `serve`) that continues the exercise it records.
pub(super) fn existing_journal(journal: &Path, resume: &str, words: &Words) -> Option<String> {
    if std::fs::symlink_metadata(journal).is_err() {
        return None;
    }
    // `team.journal` → `team-2.journal`, `team-3.journal`...: the first
    // name not taken.
    let stem = journal
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let extension = journal
        .extension()
        .map_or_else(String::new, |e| format!(".{}", e.to_string_lossy()));
    let free = (2..)
        .map(|n| journal.with_file_name(format!("{stem}-{n}{extension}")))
        .find(|candidate| std::fs::symlink_metadata(candidate).is_err())?;
    let args = [
        ("path", journal.display().to_string()),
        ("free", free.display().to_string()),
        ("resume", resume.to_string()),
    ];
    Some(printable(&words.text("journal-exists", &args)).into_owned())
}

/// Local time beside simulated time: the clock of one jurisdiction (the
/// first incident's), read through the simulation's calendar.
struct LocalClock {
    calendar: Calendar,
    /// `Valdoria`, as the scenario names it in its first language.
    name: String,
    /// `Europe/Chisinau`.
    zone: String,
}

impl LocalClock {
    /// The first incident's jurisdiction; else the first team's; else the
    /// first jurisdiction. `None` when the scenario has none (or its zone
    /// does not resolve, which the checker refuses first): times are then
    /// printed since the start only.
    fn for_scenario(scenario: &Scenario, words: &Words) -> Option<LocalClock> {
        let code = scenario
            .incidents
            .first()
            .map(|i| i.jurisdiction.as_str())
            .or_else(|| scenario.teams.first().map(|t| t.jurisdiction.as_str()))
            .or_else(|| scenario.jurisdictions.first().map(|j| j.code.as_str()))?;
        let jurisdiction = scenario.jurisdictions.iter().find(|j| j.code == code)?;
        let calendar = Calendar::new(&scenario.start, &[jurisdiction.time_zone.as_str()]).ok()?;
        let name = match jurisdiction.name.get(words.lang().code()) {
            "" => jurisdiction.code.clone(),
            name => name.to_string(),
        };
        Some(LocalClock {
            calendar,
            name,
            zone: jurisdiction.time_zone.clone(),
        })
    }

    /// `Mon 15:06`, the day in the reader's language.
    fn short(&self, at: SimTime, words: &Words) -> String {
        let zoned = self.calendar.zoned(0, at);
        let day = words.text(
            &format!("weekday-{}", zoned.weekday().to_monday_one_offset()),
            &[],
        );
        format!("{day} {}", zoned.strftime("%H:%M"))
    }

    /// `2026-03-02T15:06:00+02:00` (RFC 3339, with the offset in force).
    fn rfc3339(&self, at: SimTime) -> String {
        self.calendar
            .zoned(0, at)
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    }
}

/// How a run is shown: in which words, with which local clock.
struct Shown<'a> {
    words: &'a Words,
    scenario: &'a Scenario,
    local: Option<&'a LocalClock>,
}

impl Shown<'_> {
    /// `d2 15:26 Mon 15:06`; the elapsed time alone without a local clock.
    fn stamp(&self, at: SimTime) -> String {
        match self.local {
            Some(clock) => format!("{at} {}", clock.short(at, self.words)),
            None => at.to_string(),
        }
    }

    /// [`Shown::stamp`] right-aligned, so that a timeline's columns line
    /// up from `d0` to `d99` (a day's name is padded to three letters).
    fn column(&self, at: SimTime) -> String {
        let width = if self.local.is_some() { 19 } else { 9 };
        format!("{:>width$}", self.stamp(at))
    }

    fn actor(&self, event: &TraceEvent) -> String {
        self.words.message(self.scenario, &event.actor)
    }

    fn event(&self, event: &TraceEvent) -> String {
        self.words.message(self.scenario, &event.event)
    }
}

/// The scenario `name` says (the built-in default without one): a file
/// when one is there, else a library id ([`library::resolve`]). An
/// unknown id is a usage error, exit 2, naming the closest id; the
/// scenario's errors, printed in `lang` (or the scenario's language), are
/// exit 1. Every command that takes a scenario loads it here.
pub(super) fn load_scenario(name: Option<&Path>, lang: Option<Lang>) -> Result<Scenario, ExitCode> {
    let Some(name) = name else {
        return Ok(load::load_default());
    };
    let source = match library::resolve(name) {
        Ok(source) => source,
        // The reader says what is missing, in the loader's words.
        Err(Unresolved::NoSuchFile) => Source::File(name.to_path_buf()),
        Err(Unresolved::UnknownId { closest }) => return Err(unknown_scenario(name, closest, lang)),
    };
    load_source(&source, lang)
}

/// The scenario a journal was recorded on: `explicit` (`--scenario`) when
/// given, else the library scenario its header names, else the built-in
/// default. A journal of a scenario kept in a file needs `--scenario`;
/// without it the replay says the journal belongs to another scenario.
pub(super) fn journal_scenario(
    explicit: Option<&Path>,
    recorded: &journal::Journal,
    lang: Option<Lang>,
) -> Result<Scenario, ExitCode> {
    let named = recorded
        .header
        .as_ref()
        .and_then(|header| library::find(&header.scenario));
    match (explicit, named) {
        (None, Some(entry)) => load_source(&Source::Library(entry), lang),
        _ => load_scenario(explicit, lang),
    }
}

/// Reads and checks the scenario `source` names; its errors, printed in
/// `lang` (or the scenario's language), are exit 1.
fn load_source(source: &Source, lang: Option<Lang>) -> Result<Scenario, ExitCode> {
    let report = source.check();
    let lang = lang.unwrap_or(match &report.loaded {
        Some(Loaded::Scenario(scenario)) => Lang::default_for(scenario),
        _ => Lang::En,
    });
    report.into_scenario().map_err(|diagnostics| {
        eprintln!("{}", diagnostics.to_text(&Words::new(lang)));
        eprintln!(
            "cyberdrill: {} has errors; fix them (see `cyberdrill check`) and run again",
            source.display_name()
        );
        ExitCode::from(1)
    })
}

/// A scenario named on the command line that is neither a file nor a
/// library id: said in `lang` (English by default), with the closest id
/// and where the library is listed; exit 2.
pub(super) fn unknown_scenario(name: &Path, closest: Option<&str>, lang: Option<Lang>) -> ExitCode {
    let words = Words::new(lang.unwrap_or(Lang::En));
    let mut args = vec![("name", name.display().to_string())];
    let id = match closest {
        Some(best) => {
            args.push(("best", best.to_string()));
            "scenario-unknown-id-did-you-mean"
        }
        None => "scenario-unknown-id",
    };
    fail(2, words.text(id, &args))
}

/// The usage error for a scenario named on the command line, if any: a
/// missing file or a folder (as [`missing_path`] says), or an unknown
/// library id.
pub(super) fn missing_scenario(name: &Path, lang: Option<Lang>) -> Option<ExitCode> {
    match library::resolve(name) {
        Ok(Source::Library(_)) => None,
        Ok(Source::File(_)) | Err(Unresolved::NoSuchFile) => missing_path(name, "scenario"),
        Err(Unresolved::UnknownId { closest }) => Some(unknown_scenario(name, closest, lang)),
    }
}

/// A `--seed` value (for `run`, `play` and `serve`): a whole number, or a
/// usage error that says what a seed is, before any language is chosen
/// (so in English).
pub(super) fn seed(text: &str) -> Result<u64, String> {
    text.trim().parse().map_err(|_| {
        let negative = text
            .trim()
            .strip_prefix('-')
            .is_some_and(|n| n.parse::<u64>().is_ok());
        let id = if negative {
            "usage-seed-negative"
        } else {
            "usage-seed"
        };
        printable(&Words::new(Lang::En).text(id, &[("value", text.to_string())])).into_owned()
    })
}

/// Prints an error and returns its exit code. The message may quote an
/// actions file or a journal (a participant, a line): shown, never obeyed.
pub(super) fn fail(code: u8, message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{}", error_line(&message.to_string()));
    ExitCode::from(code)
}

/// An error line as `run` and `replay` print it (the fuzz targets check it).
pub(crate) fn error_line(message: &str) -> String {
    format!("cyberdrill: {}", printable(message))
}

pub fn execute(args: RunArgs) -> ExitCode {
    let usage = [
        args.scenario
            .as_deref()
            .and_then(|p| missing_scenario(p, args.lang)),
        args.actions
            .as_deref()
            .and_then(|p| missing_path(p, "actions file")),
        args.journal.as_deref().and_then(missing_folder),
    ];
    if let Some(code) = usage.into_iter().flatten().next() {
        return code;
    }
    let scenario = match load_scenario(args.scenario.as_deref(), args.lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let words = Words::new(args.lang.unwrap_or_else(|| Lang::default_for(&scenario)));
    if let Some(message) = args
        .journal
        .as_deref()
        .and_then(|path| existing_journal(path, "play", &words))
    {
        return fail(2, message);
    }
    let seed = args.seed.unwrap_or(scenario.seed);
    let until = match &args.until {
        Some(text) => match Duration::parse(text) {
            Ok(d) if d > LONGEST_EXERCISE => {
                return fail(
                    2,
                    format!(
                        "--until {text}: an exercise runs at most {LONGEST_EXERCISE_YEARS} years (`{LONGEST_EXERCISE_YEARS}y`, to {}), the latest time a journal can record; give a shorter duration",
                        SimTime::LATEST
                    ),
                );
            }
            Ok(d) if d.as_minutes() > 0 => SimTime::START.after(d),
            Ok(_) => return fail(2, format!("--until {text}: give a positive duration, as in 30d")),
            Err(e) => return fail(2, format!("--until: {e}")),
        },
        None => scenario_until(&scenario),
    };
    let script = match &args.actions {
        None => journal::Journal::default(),
        Some(path) => match journal::read(path) {
            Ok(j) => j,
            Err(e) => return fail(1, format!("{}: {e}", path.display())),
        },
    };
    if let Some(header) = &script.header
        && header.scenario != scenario.id
    {
        let path = args.actions.as_deref().unwrap_or(Path::new(""));
        return fail(
            1,
            format!(
                "{}: the actions file was written for scenario `{}`, not `{}`",
                path.display(),
                header.scenario,
                scenario.id
            ),
        );
    }
    if let Some(path) = &args.actions
        && let Some(message) = unknown_participant(path, &script, &scenario, &words)
    {
        return fail(1, message);
    }
    let humans: Vec<Participant> = script
        .entries
        .iter()
        .map(|e| e.participant.clone())
        .filter(|p| *p != Participant::Trainer)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let skill = args.profile.unwrap_or_else(|| scenario.default_skill());
    let mut recorder = match Recorder::start_as(args.journal.as_deref(), &scenario, seed, humans, skill) {
        Ok(r) => r,
        Err(e) => return fail(1, e),
    };
    let mut refused = Vec::new();
    for step in script.steps() {
        let (seq, at) = (step.seq(), step.at());
        let sim = match recorder.simulation() {
            Ok(sim) => sim,
            Err(e) => return fail(1, e),
        };
        if at > until || sim.ended().is_some() {
            break;
        }
        let now = sim.now();
        // A clock line (a journal read as an actions file) only lets time
        // run to its stamp, as the clock driver did; one the clock is
        // already past has nothing left to do.
        let entry = match step {
            Step::Act(entry) => Some(entry),
            Step::Clock(_) if at <= now => continue,
            Step::Clock(_) => None,
        };
        // A Jump earlier in the script may have moved the clock past this
        // line's stamp: running it later than written would be silent
        // rewriting, so it is refused and not applied.
        if at < now {
            refused.push((seq, now, step.who(), Why::StampedBeforeClock { stamped: at }));
            continue;
        }
        // Paused, the clock stands still until a Resume: a line stamped
        // later cannot be reached, and applying it at the paused time
        // would rewrite the script as silently as running it late.
        if at > now && sim.paused() {
            refused.push((seq, now, step.who(), Why::StampedWhilePaused { stamped: at }));
            continue;
        }
        if let Err(e) = recorder.advance_to(at) {
            return fail(1, e);
        }
        let Some(entry) = entry else {
            continue;
        };
        match recorder.act(&entry.participant, entry.action.clone()) {
            Ok(Ok(_)) => {}
            Ok(Err(refusal)) => {
                let at = recorder.simulation().map_or(at, |sim| sim.now());
                refused.push((seq, at, step.who(), Why::Refused(refusal)));
            }
            Err(e) => return fail(1, e),
        }
    }
    if let Err(e) = recorder.advance_to(until) {
        return fail(1, e);
    }
    // A script that pauses and never resumes stops there: say so, since
    // the outcome is then at the pause, not at `--until` or the end.
    if let Ok(sim) = recorder.simulation()
        && sim.paused()
        && sim.now() < until
        && sim.ended().is_none()
    {
        let args = [("at", sim.now().to_string()), ("until", until.to_string())];
        eprintln!("cyberdrill: {}", words.text("run-paused-never-resumed", &args));
    }
    let sim = match recorder.finish() {
        Ok(sim) => sim,
        Err(e) => return fail(1, e),
    };
    let state_hash = sim.state_hash();
    let report = sim.report();
    let local = LocalClock::for_scenario(&scenario, &words);
    let shown = Shown {
        words: &words,
        scenario: &scenario,
        local: local.as_ref(),
    };
    // A closed stdout (`cyberdrill run | head`) ends the printing quietly.
    let mut out = std::io::stdout().lock();
    let _ = if args.json {
        let json = run_json(&shown, &report, sim.trace(), &state_hash, &refused).to_string();
        writeln!(out, "{}", json_escaped(&json))
    } else {
        // Scenario texts are the author's: shown, never obeyed by the terminal.
        let mut text = Vec::new();
        print_timeline(&mut text, &shown, sim.trace(), &refused)
            .and_then(|()| print_outcome(&mut text, &shown, &report, &state_hash))
            .and_then(|()| out.write_all(printable(&String::from_utf8_lossy(&text)).as_bytes()))
    };
    ExitCode::SUCCESS
}

/// The first participant of the script who has no seat in the scenario
/// (a country it does not have, a liaison nobody may play), said with
/// its file, line and column and the closest seat that exists.
fn unknown_participant(
    path: &Path,
    script: &journal::Journal,
    scenario: &Scenario,
    words: &Words,
) -> Option<String> {
    let entry = script
        .entries
        .iter()
        .find(|e| !e.participant.is_seat_of(scenario))?;
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let (line, column) = journal::participant_place(&text, entry.seq).unwrap_or((0, 0));
    // Every seat written as an actions file writes it: the same role in
    // each country, each liaison people may play, and the trainer.
    let mut seats: Vec<String> = match &entry.participant {
        Participant::Player { role, .. } => scenario
            .jurisdictions
            .iter()
            .map(|j| Participant::player(&j.code, *role).to_string())
            .collect(),
        _ => Vec::new(),
    };
    seats.extend(
        Participant::offered_seats(scenario)
            .iter()
            .map(Participant::to_string)
            .chain([Participant::Trainer.to_string()])
            .filter(|seat| !seats.contains(seat))
            .collect::<Vec<_>>(),
    );
    let wanted = entry.participant.to_string();
    let mut args = vec![
        ("file", path.display().to_string()),
        ("line", line.to_string()),
        ("column", column.to_string()),
        ("participant", wanted.clone()),
        (
            "seats",
            seats
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ];
    // A country code is two or three letters, too short for a similarity
    // score: one letter off (or two swapped, or the wrong case) is a typo.
    let best = match &entry.participant {
        Participant::Player { jurisdiction, role } => scenario
            .jurisdictions
            .iter()
            .map(|j| {
                let distance =
                    strsim::damerau_levenshtein(&jurisdiction.to_lowercase(), &j.code.to_lowercase());
                (distance, Participant::player(&j.code, *role).to_string())
            })
            .filter(|(distance, _)| *distance <= 1)
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, seat)| seat),
        _ => crate::scenario::closest(&wanted, seats.iter().map(String::as_str)).map(str::to_string),
    };
    let id = match best {
        Some(best) => {
            args.push(("best", best));
            "run-unknown-participant-did-you-mean"
        }
        None => "run-unknown-participant",
    };
    Some(printable(&words.text(id, &args)).into_owned())
}

/// Why a script line was not applied.
enum Why {
    /// The simulation refused it.
    Refused(Refusal),
    /// A `Jump` had already moved the clock past its stamp.
    StampedBeforeClock { stamped: SimTime },
    /// The exercise was paused before its stamp: the clock cannot reach it.
    StampedWhilePaused { stamped: SimTime },
}

/// A script line not applied: step, when, who (a participant, or `clock`), why.
type RefusedStep = (u64, SimTime, String, Why);

impl Shown<'_> {
    fn why(&self, why: &Why, now: SimTime) -> String {
        match why {
            Why::Refused(refusal) => self.words.message(self.scenario, refusal),
            Why::StampedBeforeClock { stamped } => self.words.text(
                "run-stamped-before-clock",
                &[("stamped", stamped.to_string()), ("now", now.to_string())],
            ),
            Why::StampedWhilePaused { stamped } => self.words.text(
                "run-stamped-while-paused",
                &[("stamped", stamped.to_string()), ("now", now.to_string())],
            ),
        }
    }
}

fn run_json(
    shown: &Shown,
    report: &Report,
    trace: &[TraceEvent],
    state_hash: &str,
    refused: &[RefusedStep],
) -> serde_json::Value {
    use crate::sim::Message;
    let local_at = |at: SimTime| shown.local.map(|clock| clock.rfc3339(at));
    let events: Vec<_> = trace
        .iter()
        .map(|e| {
            json!({"seq": e.seq, "at": e.at.to_string(), "minute": e.at.minutes(), "local": local_at(e.at),
                   "code": e.event.code(), "actor": shown.actor(e), "text": shown.event(e)})
        })
        .collect();
    let refused: Vec<_> = refused
        .iter()
        .map(|(seq, at, who, why)| {
            let code = match why {
                Why::Refused(refusal) => refusal.code(),
                Why::StampedBeforeClock { .. } => "run-stamped-before-clock",
                Why::StampedWhilePaused { .. } => "run-stamped-while-paused",
            };
            json!({"step": seq, "at": at.to_string(), "local": local_at(*at), "participant": who,
                   "code": code, "reason": shown.why(why, *at)})
        })
        .collect();
    let scenario = shown.scenario;
    json!({
        "scenario": report.scenario,
        "seed": report.seed,
        "language": shown.words.lang().code(),
        "local_time": shown.local.map(|clock| json!({"jurisdiction": clock.name, "time_zone": clock.zone})),
        "sim_end": report.sim_end.to_string(),
        "sim_end_minutes": report.sim_end.minutes(),
        "sim_end_local": local_at(report.sim_end),
        "events": events,
        "state_hash": state_hash,
        "evidence": report.evidence.iter().map(|e| json!({
            "id": e.id, "provider": scenario.providers[e.provider].name, "state": e.fate.code(),
            "detail": shown.words.message(scenario, &e.truth),
        })).collect::<Vec<_>>(),
        "objectives": report.objectives.iter().map(|o| json!({
            "id": o.id, "points": o.points, "met": o.met_at.is_some(),
            "met_at": o.met_at.map(|t| t.to_string()), "met_at_local": o.met_at.and_then(local_at),
            "text": scenario.objectives[o.objective].text.get(shown.words.lang().code()),
        })).collect::<Vec<_>>(),
        "score": report.score,
        "max_score": report.max_score,
        "refused": refused,
    })
}

/// The trace, with the script's refused actions where they happened,
/// under a line that says what the two times are.
fn print_timeline(
    out: &mut impl Write,
    shown: &Shown,
    trace: &[TraceEvent],
    refused: &[RefusedStep],
) -> std::io::Result<()> {
    let words = shown.words;
    match shown.local {
        Some(clock) => writeln!(
            out,
            "{}",
            words.text(
                "run-times-local",
                &[("name", clock.name.clone()), ("zone", clock.zone.clone())]
            )
        )?,
        None => writeln!(out, "{}", words.text("run-times", &[]))?,
    }
    let mut refused = refused.iter().peekable();
    let refusal = |out: &mut dyn Write, (seq, at, who, why): &RefusedStep| {
        let line = words.text(
            "run-refused",
            &[("step", seq.to_string()), ("reason", shown.why(why, *at))],
        );
        writeln!(
            out,
            "{}  {:<ACTOR_WIDTH$} {line}",
            shown.column(*at),
            // The script's seat, in the shell's words where it names one.
            who.parse::<Participant>()
                .map_or_else(|_| who.clone(), |p| words.participant(&p))
        )
    };
    for event in trace {
        while let Some(step) = refused.next_if(|(_, at, _, _)| *at < event.at) {
            refusal(out, step)?;
        }
        writeln!(
            out,
            "{}  {:<ACTOR_WIDTH$} {}",
            shown.column(event.at),
            shown.actor(event),
            shown.event(event)
        )?;
    }
    for step in refused {
        refusal(out, step)?;
    }
    Ok(())
}

fn print_outcome(
    out: &mut impl Write,
    shown: &Shown,
    report: &Report,
    state_hash: &str,
) -> std::io::Result<()> {
    let (words, scenario) = (shown.words, shown.scenario);
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        words.text(
            "run-outcome",
            &[
                ("scenario", report.scenario.clone()),
                ("seed", report.seed.to_string()),
                ("at", shown.stamp(report.sim_end)),
            ]
        )
    )?;
    writeln!(out, "{}", words.text("run-evidence", &[]))?;
    for e in &report.evidence {
        let fate = words.text(&format!("fate-{}", e.fate.code()), &[]);
        writeln!(
            out,
            "  {fate:<10} {:<26} {}",
            e.id,
            words.message(scenario, &e.truth)
        )?;
    }
    writeln!(out, "{}", words.text("run-objectives", &[]))?;
    for o in &report.objectives {
        let met = match o.met_at {
            Some(at) => words.text("run-objective-met", &[("at", shown.stamp(at))]),
            None => words.text("run-objective-not-met", &[]),
        };
        let text = scenario.objectives[o.objective].text.get(words.lang().code());
        writeln!(out, "  [{:>3}] {:<24} {met:<26} {text}", o.points, o.id)?;
    }
    writeln!(
        out,
        "{}",
        words.text(
            "run-score",
            &[
                ("score", report.score.to_string()),
                ("max", report.max_score.to_string())
            ]
        )
    )?;
    writeln!(
        out,
        "{}",
        words.text("run-state-hash", &[("hash", state_hash.to_string())])
    )
}

pub fn replay(args: ReplayArgs) -> ExitCode {
    let usage = [
        missing_path(&args.journal, "journal to replay"),
        args.scenario
            .as_deref()
            .and_then(|p| missing_scenario(p, args.lang)),
    ];
    if let Some(code) = usage.into_iter().flatten().next() {
        return code;
    }
    // A torn last line does not stop the replay: every complete step
    // before it is still checked, then the torn line is reported.
    let recorded = match journal::read_prefix(&args.journal) {
        Ok(j) => j,
        Err(e) => return fail(1, format!("{}: {e}", args.journal.display())),
    };
    let scenario = match journal_scenario(args.scenario.as_deref(), &recorded.journal, args.lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let words = Words::new(args.lang.unwrap_or_else(|| Lang::default_for(&scenario)));
    match journal::replay_prefix(&scenario, &recorded) {
        Ok(done) => {
            let hash = done.simulation.state_hash();
            if args.json {
                println!(
                    "{}",
                    json!({"result": "match", "steps": done.steps, "verified_end": done.verified_end,
                           "sim_end": done.simulation.now().to_string(), "state_hash": hash})
                );
            } else {
                let id = if done.verified_end {
                    "replay-matches"
                } else {
                    "replay-matches-unfinished"
                };
                let args = [
                    ("steps", done.steps.to_string()),
                    ("at", done.simulation.now().to_string()),
                    ("hash", hash),
                    ("journal", args.journal.display().to_string()),
                ];
                // The journal's name is the user's text.
                println!("{}", printable(&words.text(id, &args)));
            }
            ExitCode::SUCCESS
        }
        Err(journal::ReplayError::Diverged {
            step,
            expected,
            found,
        }) => {
            if args.json {
                let json = json!({"result": "diverged", "step": step, "expected": expected, "found": found});
                println!("{}", json_escaped(&json.to_string()));
            } else {
                let args = [
                    ("step", step.to_string()),
                    ("expected", expected),
                    ("found", found),
                ];
                // The expected hash is the journal's text.
                let text = words.text("replay-diverged", &args);
                eprintln!("cyberdrill: {}", printable(&text));
            }
            ExitCode::from(3)
        }
        Err(e) => fail(1, format!("{}: {e}", args.journal.display())),
    }
}
