//! `cyberdrill check PATH...`: load and check scenario files, print diagnostics.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Scenario files or folders to check.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

pub fn execute(_args: CheckArgs) -> ExitCode {
    eprintln!("cyberdrill check: not built yet");
    ExitCode::from(2)
}
