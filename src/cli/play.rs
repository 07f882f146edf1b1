//! `cyberdrill play`: an exercise live in this terminal. Wiring only:
//! read the scenario, the seats and the journal, set the terminal up (and
//! always back: ratatui restores it on exit and on a panic), run the
//! host, say where the journal is.

use std::io::IsTerminal;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::journal::Recorder;
use crate::scenario::model::{Scenario, Skill};
use crate::sim::{Action, Participant};
use crate::tui::app::App;
use crate::tui::host;
use crate::words::{Lang, Words};

#[derive(Debug, Default, clap::Args)]
pub struct PlayArgs {
    /// Scenario file, or a library id (`cyberdrill scenarios` lists
    /// them); the built-in default when omitted.
    pub scenario: Option<PathBuf>,
    /// A seat played at this terminal, as ROLE@COUNTRY (`247@VL`,
    /// `investigator@VL`, `prosecutor@BR`); repeat for several seats.
    /// Without seats (and without --trainer), a start screen asks.
    #[arg(long = "seat", value_name = "ROLE@CC")]
    pub seats: Vec<String>,
    /// Also (or only) the trainer's console.
    #[arg(long)]
    pub trainer: bool,
    /// Language: en or fr.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Seed for every random draw; the scenario's own seed when omitted.
    // `-1` is a bad seed (said so), not an unknown option.
    #[arg(long, allow_negative_numbers = true, value_parser = super::run::seed)]
    pub seed: Option<u64>,
    /// Simulated seconds per real second (1 to 100000); the scenario's
    /// speed when omitted.
    #[arg(long, allow_negative_numbers = true)]
    pub speed: Option<u32>,
    /// Write the journal here; a new file named after the scenario and the
    /// time when omitted.
    #[arg(long, value_name = "FILE")]
    pub journal: Option<PathBuf>,
    /// Skill of the simulated teams the people here play with: expert,
    /// average, novice or random; the scenario's `playtest.profile` when
    /// omitted, else expert. The journal records it.
    #[arg(long, value_name = "PROFILE", value_parser = super::run::profile())]
    pub profile: Option<Skill>,
    /// Continue the exercise recorded in this journal, where it stopped.
    #[arg(long, value_name = "JOURNAL", conflicts_with_all = ["journal", "seats", "seed", "profile"])]
    pub resume: Option<PathBuf>,
}

/// Prints an error and returns its exit code. The message may quote a
/// journal being resumed: shown, never obeyed by the terminal.
fn fail(code: u8, message: impl std::fmt::Display) -> ExitCode {
    eprintln!("cyberdrill: {}", crate::terminal::printable(&message.to_string()));
    ExitCode::from(code)
}

/// `247@VL` is VL's 24/7 contact.
fn seat(text: &str) -> Result<Participant, String> {
    Participant::from_seat_name(text).map_err(|e| format!("--seat {e}"))
}

/// The journal's default name: the scenario and the time, in this folder.
pub(crate) fn default_journal(scenario: &Scenario) -> PathBuf {
    let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
    PathBuf::from(format!("{}-{stamp}.journal", scenario.id))
}

pub fn execute(args: PlayArgs) -> ExitCode {
    if !std::io::stdout().is_terminal() {
        return fail(
            2,
            "play needs a terminal; to run an exercise without one, use `cyberdrill run` (see --help)",
        );
    }
    let scenario = match super::run::load_scenario(args.scenario.as_deref(), args.lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let lang = args.lang.unwrap_or_else(|| Lang::default_for(&scenario));
    let mut seats = Vec::new();
    for text in &args.seats {
        match seat(text) {
            Ok(p) if p.is_seat_of(&scenario) && p != Participant::Trainer => seats.push(p),
            Ok(_) => {
                return fail(
                    2,
                    format!(
                        "--seat {text}: no such seat in this scenario; its seats are {}",
                        Participant::seat_names(&scenario)
                    ),
                );
            }
            Err(e) => return fail(2, e),
        }
    }
    if args.trainer {
        seats.push(Participant::Trainer);
    }
    let mut recorder = None;
    let journal_path;
    if let Some(path) = &args.resume {
        match Recorder::resume(path, &scenario) {
            Ok(resumed) => {
                let humans = resumed
                    .recorder
                    .simulation()
                    .map(|_| ())
                    .ok()
                    .map(|()| journal_humans(path))
                    .unwrap_or_default();
                seats = humans;
                seats.push(Participant::Trainer);
                recorder = Some(resumed.recorder);
            }
            Err(e) => return fail(1, format!("{}: {e}", path.display())),
        }
        journal_path = path.clone();
    } else {
        journal_path = args.journal.clone().unwrap_or_else(|| default_journal(&scenario));
        if let Some(message) = super::run::existing_journal(&journal_path, "play", &Words::new(lang)) {
            return fail(2, message);
        }
    }
    let seed = args.seed.unwrap_or(scenario.seed);
    let skill = args.profile.unwrap_or_else(|| scenario.default_skill());
    let speed = args.speed;
    let mut app = App::new(scenario.clone(), lang, seats);
    app.journal = Some(journal_path.display().to_string());
    let mut start = |app: &App| -> Result<Recorder, String> {
        let humans: Vec<Participant> = app
            .seats
            .iter()
            .filter(|p| **p != Participant::Trainer)
            .cloned()
            .collect();
        let mut recorder = Recorder::start_as(Some(&journal_path), &scenario, seed, humans, skill)
            .map_err(|e| e.to_string())?;
        if let Some(factor) = speed {
            let _ = recorder.act(&Participant::Trainer, Action::SetSpeed { factor });
        }
        Ok(recorder)
    };
    let mut terminal = ratatui::init();
    let result = host::play(&mut terminal, &mut app, recorder, &mut start);
    ratatui::restore();
    let words = Words::new(app.words.lang());
    match result {
        Ok((_, Some(recorder))) => {
            // An exercise over gets its end line (and the full state hash);
            // one left midway stays open for `--resume`.
            let over = recorder.simulation().is_ok_and(|sim| sim.ended().is_some());
            if over && let Err(e) = recorder.finish() {
                return fail(1, e);
            }
            let id = if over {
                "play-journal-ended"
            } else {
                "play-journal-at"
            };
            println!(
                "{}",
                words.text(id, &[("path", journal_path.display().to_string())])
            );
            say_report(&journal_path, &scenario, &words);
            ExitCode::SUCCESS
        }
        Ok((_, None)) => ExitCode::SUCCESS,
        Err(e) => fail(1, e),
    }
}

/// The after-action report written beside the journal at the end of a
/// session, and where; a report that cannot be written is said, and the
/// exit stays a success: the journal, which matters, is safe.
pub(super) fn say_report(journal: &Path, scenario: &crate::scenario::model::Scenario, words: &Words) {
    match crate::report::write_html_beside(journal, scenario, words) {
        // Not `println!`: whoever read the output may have gone (a pipe
        // closed once the journal's path was read), and that is no panic.
        Ok(path) => {
            let line = words.text("report-written", &[("path", path.display().to_string())]);
            let _ = writeln!(std::io::stdout(), "{line}");
        }
        Err(e) => eprintln!(
            "cyberdrill: {}",
            crate::terminal::printable(&words.text("report-export-failed", &[("error", e)]))
        ),
    }
}

/// The seats a journal was recorded with (its header's humans).
fn journal_humans(path: &Path) -> Vec<Participant> {
    crate::journal::read_prefix(path)
        .ok()
        .and_then(|prefix| prefix.journal.header)
        .map(|header| header.humans)
        .unwrap_or_default()
}
