//! `cyberdrill run` and `cyberdrill replay`: headless exercises.
//!
//! Wiring only: load the scenario and the actions, drive the simulation,
//! write the journal, print the timeline and the outcome. Bad input is a
//! message and an exit code (1 input, 2 usage, 3 divergence), never a panic.
//!
//! `--until` is at most [`LONGEST_EXERCISE`], the limit the journal shares.
//! A script line stamped before the clock (a `Jump` moved it past) is
//! listed as refused and not applied, never run late. `replay` checks every
//! complete step of a journal even when its last line is torn, then
//! reports the torn line (exit 1).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use crate::journal::{self, Recorder};
use crate::scenario::load;
use crate::scenario::model::Scenario;
use crate::sim::{Participant, Report, TraceEvent};
use crate::time::{Duration, LONGEST_EXERCISE, LONGEST_EXERCISE_YEARS, SimTime};

#[derive(Debug, Default, clap::Args)]
pub struct RunArgs {
    /// Scenario file; the built-in default when omitted.
    pub scenario: Option<PathBuf>,
    /// Seed for every random draw; the scenario's own seed when omitted.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Script for some participants (journal line format); simulated
    /// actors play every role the script does not.
    #[arg(long, value_name = "FILE")]
    pub actions: Option<PathBuf>,
    /// How much simulated time to run, as in `30d` or `36h`; the
    /// scenario's end when omitted.
    #[arg(long, value_name = "DURATION")]
    pub until: Option<String>,
    /// Write the journal of this run here (replay it with `cyberdrill replay`).
    #[arg(long, value_name = "FILE")]
    pub journal: Option<PathBuf>,
    /// Print one JSON object instead of the readable timeline.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct ReplayArgs {
    /// Journal file to replay.
    pub journal: PathBuf,
    /// The scenario the journal was recorded with; the built-in default when omitted.
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Run time when neither `--until` nor the scenario says.
const DEFAULT_RUN: Duration = Duration::days(30);

fn load_scenario(path: Option<&Path>) -> Result<Scenario, ExitCode> {
    match path {
        None => Ok(load::load_default()),
        Some(path) => load::load_path(path).map_err(|diagnostics| {
            eprintln!("{diagnostics}");
            eprintln!(
                "cyberdrill: {} has errors; fix them (see `cyberdrill check`) and run again",
                path.display()
            );
            ExitCode::from(1)
        }),
    }
}

fn fail(code: u8, message: impl std::fmt::Display) -> ExitCode {
    eprintln!("cyberdrill: {message}");
    ExitCode::from(code)
}

pub fn execute(args: RunArgs) -> ExitCode {
    let scenario = match load_scenario(args.scenario.as_deref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
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
        None => SimTime::START.after(scenario.end.after.unwrap_or(DEFAULT_RUN)),
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
        return fail(
            1,
            format!(
                "the actions file was written for scenario `{}`, not `{}`",
                header.scenario, scenario.id
            ),
        );
    }
    let humans: Vec<Participant> = script
        .entries
        .iter()
        .map(|e| e.participant.clone())
        .filter(|p| *p != Participant::Trainer)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut recorder = match Recorder::start(args.journal.as_deref(), &scenario, seed, humans) {
        Ok(r) => r,
        Err(e) => return fail(1, e),
    };
    let mut refused = Vec::new();
    for entry in &script.entries {
        let sim = match recorder.simulation() {
            Ok(sim) => sim,
            Err(e) => return fail(1, e),
        };
        if entry.at > until || sim.ended().is_some() {
            break;
        }
        // A Jump earlier in the script may have moved the clock past this
        // line's stamp: running it later than written would be silent
        // rewriting, so it is refused and not applied.
        let now = sim.now();
        if entry.at < now {
            refused.push((
                entry.seq,
                now,
                entry.participant.clone(),
                format!(
                    "stamped {}, but an earlier Jump had already moved the clock to {now}: not applied (a line never runs later than its stamp; stamp it {now} or later, or jump less far)",
                    entry.at
                ),
            ));
            continue;
        }
        if let Err(e) = recorder.advance_to(entry.at) {
            return fail(1, e);
        }
        match recorder.act(&entry.participant, entry.action.clone()) {
            Ok(Ok(_)) => {}
            Ok(Err(refusal)) => {
                let at = recorder.simulation().map_or(entry.at, |sim| sim.now());
                refused.push((entry.seq, at, entry.participant.clone(), refusal.reason));
            }
            Err(e) => return fail(1, e),
        }
    }
    if let Err(e) = recorder.advance_to(until) {
        return fail(1, e);
    }
    let sim = match recorder.finish() {
        Ok(sim) => sim,
        Err(e) => return fail(1, e),
    };
    let state_hash = sim.state_hash();
    let report = sim.report();
    if args.json {
        let refused: Vec<_> = refused
            .iter()
            .map(|(seq, at, who, why)| json!({"step": seq, "at": at.to_string(), "participant": who, "reason": why}))
            .collect();
        println!("{}", run_json(&report, sim.trace(), &state_hash, refused));
    } else {
        print_timeline(sim.trace(), &refused);
        print_outcome(&report, &state_hash);
    }
    ExitCode::SUCCESS
}

fn run_json(
    report: &Report,
    trace: &[TraceEvent],
    state_hash: &str,
    refused: Vec<serde_json::Value>,
) -> serde_json::Value {
    let events: Vec<_> = trace
        .iter()
        .map(|e| json!({"seq": e.seq, "at": e.at.to_string(), "minute": e.at.minutes(), "actor": e.actor, "text": e.text}))
        .collect();
    json!({
        "scenario": report.scenario,
        "seed": report.seed,
        "sim_end": report.sim_end.to_string(),
        "sim_end_minutes": report.sim_end.minutes(),
        "events": events,
        "state_hash": state_hash,
        "evidence": report.evidence,
        "objectives": report.objectives.iter().map(|o| json!({
            "id": o.id, "points": o.points, "met": o.met_at.is_some(),
            "met_at": o.met_at.map(|t| t.to_string()), "text": o.text,
        })).collect::<Vec<_>>(),
        "score": report.score,
        "max_score": report.max_score,
        "refused": refused,
    })
}

/// The trace, with the script's refused actions where they happened.
fn print_timeline(trace: &[TraceEvent], refused: &[(u64, SimTime, Participant, String)]) {
    let mut refused = refused.iter().peekable();
    for event in trace {
        while let Some((seq, at, who, why)) = refused.next_if(|(_, at, _, _)| *at < event.at) {
            println!("{at}  {:<18} REFUSED (step {seq}): {why}", who.to_string());
        }
        println!("{event}");
    }
    for (seq, at, who, why) in refused {
        println!("{at}  {:<18} REFUSED (step {seq}): {why}", who.to_string());
    }
}

fn print_outcome(report: &Report, state_hash: &str) {
    println!();
    println!(
        "Outcome of `{}` (seed {}) at {}",
        report.scenario, report.seed, report.sim_end
    );
    println!("Evidence:");
    for e in &report.evidence {
        println!("  {:<10} {:<26} {}", e.state, e.id, e.detail);
    }
    println!("Objectives:");
    for o in &report.objectives {
        let met = match o.met_at {
            Some(at) => format!("met at {at}"),
            None => "not met".to_string(),
        };
        println!("  [{:>3}] {:<24} {:<16} {}", o.points, o.id, met, o.text);
    }
    println!("Score: {} / {}", report.score, report.max_score);
    println!("State hash: {state_hash}");
}

pub fn replay(args: ReplayArgs) -> ExitCode {
    // A torn last line does not stop the replay: every complete step
    // before it is still checked, then the torn line is reported.
    let recorded = match journal::read_prefix(&args.journal) {
        Ok(j) => j,
        Err(e) => return fail(1, format!("{}: {e}", args.journal.display())),
    };
    let scenario = match load_scenario(args.scenario.as_deref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match journal::replay_prefix(&scenario, &recorded) {
        Ok(done) => {
            let hash = done.simulation.state_hash();
            if args.json {
                println!(
                    "{}",
                    json!({"result": "match", "steps": done.steps, "verified_end": done.verified_end,
                           "sim_end": done.simulation.now().to_string(), "state_hash": hash})
                );
            } else if done.verified_end {
                println!(
                    "replayed {} steps to {}: state hash matches ({hash})",
                    done.steps,
                    done.simulation.now()
                );
            } else {
                println!(
                    "replayed {} steps to {}: every recorded step matches, but the journal has no end line (the session did not finish)",
                    done.steps,
                    done.simulation.now()
                );
            }
            ExitCode::SUCCESS
        }
        Err(journal::ReplayError::Diverged {
            step,
            expected,
            found,
        }) => {
            if args.json {
                println!(
                    "{}",
                    json!({"result": "diverged", "step": step, "expected": expected, "found": found})
                );
            } else {
                eprintln!("cyberdrill: replay diverged at {step}: recorded {expected}, replayed {found}");
            }
            ExitCode::from(3)
        }
        Err(e) => fail(1, format!("{}: {e}", args.journal.display())),
    }
}
