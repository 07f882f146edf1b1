//! `cyberdrill serve`: host an exercise over SSH. Wiring only: read the
//! scenario, make or read the join codes and the host key, start or resume
//! the journal, say how to join, and run the server.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::journal::Recorder;
use crate::scenario::model::{Scenario, Skill};
use crate::serve::codes::Codes;
use crate::serve::hostkey;
use crate::serve::{Hosted, Server, host::Stopped};
use crate::sim::{Action, Participant};
use crate::words::{Lang, Words};

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Scenario file, or a library id (`cyberdrill scenarios` lists
    /// them); the built-in default when omitted.
    pub scenario: Option<PathBuf>,
    /// Address to listen on (port 0: any free port, printed).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:2222")]
    pub listen: SocketAddr,
    /// A seat people play, as ROLE@COUNTRY; repeat for several. Every role
    /// of the scenario's teams when omitted; the others are simulated.
    #[arg(long = "seat", value_name = "ROLE@CC")]
    pub seats: Vec<String>,
    /// Write the journal here; a new file named after the scenario and the
    /// time when omitted.
    #[arg(long, value_name = "FILE")]
    pub journal: Option<PathBuf>,
    /// The join codes file (ACCESS CODE lines, for the trainer to hand
    /// out); the journal's name with `.codes` when omitted. Written at the
    /// start, read back on --resume.
    #[arg(long, value_name = "FILE")]
    pub codes: Option<PathBuf>,
    /// The server's SSH host key, made there on the first start and kept;
    /// `cyberdrill-host-key` in this folder when omitted.
    #[arg(long, value_name = "FILE", default_value = "cyberdrill-host-key")]
    pub host_key: PathBuf,
    /// The access log (joins, departures, refused codes); the journal's
    /// name with `.access.log` when omitted.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Language of sessions that choose none, and of the console.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Seed for every random draw; the scenario's own seed when omitted.
    // `-1` is a bad seed (said so), not an unknown option.
    #[arg(long, allow_negative_numbers = true, value_parser = super::run::seed)]
    pub seed: Option<u64>,
    /// Simulated seconds per real second; the scenario's speed when omitted.
    #[arg(long, allow_negative_numbers = true)]
    pub speed: Option<u32>,
    /// No console in this terminal, even if it is one: the trainer joins
    /// with the trainer's code.
    #[arg(long)]
    pub headless: bool,
    /// Skill of the simulated teams the participants play with: expert,
    /// average, novice or random; the scenario's `playtest.profile` when
    /// omitted, else expert. The journal records it.
    #[arg(long, value_name = "PROFILE", value_parser = super::run::profile())]
    pub profile: Option<Skill>,
    /// Continue the exercise recorded in this journal, with the same codes.
    #[arg(long, value_name = "JOURNAL", conflicts_with_all = ["journal", "seats", "seed", "speed", "profile"])]
    pub resume: Option<PathBuf>,
}

/// Prints an error and returns its exit code. The message may quote a
/// journal being resumed: shown, never obeyed by the terminal.
fn fail(code: u8, message: impl std::fmt::Display) -> ExitCode {
    eprintln!("cyberdrill: {}", crate::terminal::printable(&message.to_string()));
    ExitCode::from(code)
}

/// `path` with `suffix` added to its file name.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The seats people play: those asked for, else every team role.
fn seats(args: &ServeArgs, scenario: &Scenario) -> Result<Vec<Participant>, String> {
    if args.seats.is_empty() {
        return Ok(Participant::team_seats(scenario));
    }
    args.seats
        .iter()
        .map(|text| {
            let seat = Participant::from_seat_name(text).map_err(|e| format!("--seat {e}"))?;
            match seat {
                Participant::Trainer => Err(format!("--seat {text}: the trainer always has a code")),
                _ if seat.is_seat_of(scenario) => Ok(seat),
                _ => Err(format!(
                    "--seat {text}: no such seat in this scenario; its seats are {}",
                    Participant::seat_names(scenario)
                )),
            }
        })
        .collect()
}

pub fn execute(args: ServeArgs) -> ExitCode {
    let scenario = match super::run::load_scenario(args.scenario.as_deref(), args.lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let lang = args.lang.unwrap_or_else(|| Lang::default_for(&scenario));
    let journal = match &args.resume {
        Some(path) => path.clone(),
        None => args
            .journal
            .clone()
            .unwrap_or_else(|| super::play::default_journal(&scenario)),
    };
    let codes_path = args.codes.clone().unwrap_or_else(|| beside(&journal, ".codes"));
    let log = args
        .log
        .clone()
        .unwrap_or_else(|| beside(&journal, ".access.log"));
    let (recorder, codes) = if args.resume.is_some() {
        let codes = match Codes::read(&codes_path) {
            Ok(codes) => codes,
            Err(e) => return fail(1, format!("{e} (the codes of the exercise to resume)")),
        };
        match Recorder::resume(&journal, &scenario) {
            Ok(resumed) => (resumed.recorder, codes),
            Err(e) => return fail(1, format!("{}: {e}", journal.display())),
        }
    } else {
        if let Some(message) = super::run::existing_journal(&journal, "serve", &Words::new(lang)) {
            return fail(2, message);
        }
        let seats = match seats(&args, &scenario) {
            Ok(seats) => seats,
            Err(e) => return fail(2, e),
        };
        let codes = match Codes::generate(&seats) {
            Ok(codes) => codes,
            Err(e) => return fail(1, e),
        };
        if let Err(e) = codes.write_new(&codes_path) {
            return fail(1, format!("{e}; choose another --codes"));
        }
        let seed = args.seed.unwrap_or(scenario.seed);
        let skill = args.profile.unwrap_or_else(|| scenario.default_skill());
        let mut recorder = match Recorder::start_as(Some(&journal), &scenario, seed, seats, skill) {
            Ok(recorder) => recorder,
            Err(e) => return fail(1, format!("{}: {e}", journal.display())),
        };
        // The clock waits for the trainer: participants join first.
        let mut opening = vec![Action::Pause];
        opening.extend(args.speed.map(|factor| Action::SetSpeed { factor }));
        for action in opening {
            match recorder.act(&Participant::Trainer, action) {
                Ok(Ok(_)) => {}
                Ok(Err(refusal)) => return fail(2, Words::new(lang).message(&scenario, &refusal)),
                Err(e) => return fail(1, e),
            }
        }
        (recorder, codes)
    };
    if let Err(e) = codes.check_against(&scenario) {
        return fail(1, format!("{}: {e}", codes_path.display()));
    }
    let host_key = match hostkey::load_or_create(&args.host_key) {
        Ok(key) => key,
        Err(e) => return fail(1, e),
    };
    let server = match Server::bind(args.listen, host_key.clone()) {
        Ok(server) => server,
        Err(e) => return fail(1, e),
    };
    let address = match server.local_addr() {
        Ok(address) => address,
        Err(e) => return fail(1, e),
    };
    let words = Words::new(lang);
    let say = |id: &str, args: &[(&str, String)]| println!("{}", words.text(id, args));
    say(
        "serve-listening",
        &[
            ("address", address.to_string()),
            ("fingerprint", hostkey::fingerprint(&host_key)),
        ],
    );
    say(
        "serve-codes",
        &[
            ("path", codes_path.display().to_string()),
            ("port", address.port().to_string()),
        ],
    );
    for (access, code) in codes.list() {
        println!("  {:<26} {code}", access.name());
    }
    say("serve-journal", &[("path", journal.display().to_string())]);
    // Lines a script waits for: flushed before serving.
    let _ = std::io::Write::flush(&mut std::io::stdout());
    let console = (!args.headless && std::io::stdout().is_terminal()).then_some(lang);
    let reported = scenario.clone();
    let hosted = Hosted {
        recorder,
        scenario,
        codes,
        lang,
        journal: journal.display().to_string(),
        log: Some(log),
    };
    let result = server.run(hosted, console);
    match result {
        Ok((stopped, recorder)) => {
            let over = recorder.simulation().is_ok_and(|sim| sim.ended().is_some());
            if over && let Err(e) = recorder.finish() {
                return fail(1, e);
            }
            if stopped == Stopped::TrainerQuit {
                let id = if over {
                    "play-journal-ended"
                } else {
                    "serve-journal-resume"
                };
                say(id, &[("path", journal.display().to_string())]);
            }
            super::play::say_report(&journal, &reported, &words);
            ExitCode::SUCCESS
        }
        Err(e) => fail(1, e),
    }
}
