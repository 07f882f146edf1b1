//! Command-line wiring: parse arguments, call the library, choose the exit
//! code. Nothing here decides anything about the exercise.
//!
//! Exit codes: 0 success, 1 the input has errors, 2 usage error, 3 a replay
//! diverged.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod check;
mod instruments;
mod play;
mod playtest;
mod report;
pub(crate) mod run;
mod scenarios;
mod serve;

#[derive(Debug, Parser)]
#[command(
    name = "cyberdrill",
    version,
    about = "Cybercrime-cooperation training exercises, simulated deterministically"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check scenario files or folders and report every problem.
    Check(check::CheckArgs),
    /// Play an exercise live in this terminal: a seat (or several), or
    /// the trainer's console.
    Play(play::PlayArgs),
    /// Host an exercise over SSH: participants join with `ssh` and a join
    /// code; the trainer's console runs here.
    Serve(serve::ServeArgs),
    /// Run an exercise headless: simulated actors play every unscripted role.
    Run(run::RunArgs),
    /// Run a scenario many times with simulated teams of each skill
    /// profile and summarise: win rate, objectives, evidence, refusals,
    /// dead ends, and the runs to replay.
    Playtest(playtest::PlaytestArgs),
    /// Re-run a journal and verify it reproduces the recorded state.
    Replay(run::ReplayArgs),
    /// List the legal instruments: article, who may use them, channel,
    /// conditions and timings; with --between, which exist between two
    /// countries and why not.
    Instruments(instruments::InstrumentsArgs),
    /// List the scenario library: id, title, sectors, region, countries,
    /// seats, length and languages. `run`, `play`, `serve` and `check`
    /// take an id as well as a path.
    Scenarios(scenarios::ScenariosArgs),
    /// The after-action report of a journal: objectives rated, timeline,
    /// teams and seats, strengths, areas for improvement and a plan.
    Report(report::ReportArgs),
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return match err.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(2),
            };
        }
    };
    match cli.command {
        Some(Command::Check(args)) => check::execute(args),
        Some(Command::Play(args)) => play::execute(args),
        Some(Command::Run(args)) => run::execute(args),
        Some(Command::Serve(args)) => serve::execute(args),
        Some(Command::Replay(args)) => run::replay(args),
        Some(Command::Playtest(args)) => playtest::execute(args),
        Some(Command::Instruments(args)) => instruments::execute(args),
        Some(Command::Scenarios(args)) => scenarios::execute(args),
        Some(Command::Report(args)) => report::execute(args),
        // The README's main command: the game in a terminal, the timeline
        // when the output goes to a file or a pipe.
        None if std::io::IsTerminal::is_terminal(&std::io::stdout()) => {
            play::execute(play::PlayArgs::default())
        }
        None => run::execute(run::RunArgs::default()),
    }
}
