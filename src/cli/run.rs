//! `cyberdrill run` and `cyberdrill replay`: headless exercises.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
pub struct RunArgs {
    /// Scenario file; the built-in default when omitted.
    pub scenario: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ReplayArgs {
    /// Journal file to replay.
    pub journal: PathBuf,
}

pub fn execute(_args: RunArgs) -> ExitCode {
    eprintln!("cyberdrill run: not built yet");
    ExitCode::from(2)
}

pub fn replay(_args: ReplayArgs) -> ExitCode {
    eprintln!("cyberdrill replay: not built yet");
    ExitCode::from(2)
}
