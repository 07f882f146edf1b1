//! `cyberdrill report`: the after-action report of a journal, in
//! Markdown, JSON or HTML, in English or French, to stdout or a file.
//!
//! Wiring only: find the scenario as `replay` does (`--scenario`, else the
//! library scenario the journal names, else the built-in default), read
//! the journal's complete lines, build the report
//! ([`crate::report::build`], which replays it and checks its last hash) and
//! render it. Exit codes as `replay`: 2 usage, 1 input (another scenario,
//! another version of it, a journal that does not parse), 3 the replay
//! diverged from the record.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::journal;
use crate::report;
use crate::scenario::model::Scenario;
use crate::terminal::printable;
use crate::words::{Lang, Words};

use super::run::{fail, journal_scenario, missing_path, missing_scenario};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One self-contained page to print or hand out.
    Html,
    /// Markdown, to paste into a debrief.
    #[default]
    Md,
    /// The data, with its sentences in the chosen language.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Journal of the exercise (written by `play`, `serve` or `run --journal`).
    pub journal: PathBuf,
    /// The scenario the journal was recorded with (a file or a library id);
    /// when omitted, the library scenario the journal names, else the
    /// built-in default.
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Language of the report: en or fr. English by default, or the
    /// scenario's first language where it has no English.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Write the report to this file instead of the standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The report of `journal` against `scenario`, rendered; the error says
/// what went wrong in the user's terms, with its exit code.
pub fn render(
    scenario: &Scenario,
    journal: &journal::Journal,
    format: Format,
    words: &Words,
) -> Result<String, (u8, String)> {
    let built = report::build(scenario, journal).map_err(|e| {
        let code = if matches!(e, journal::ReplayError::Diverged { .. }) {
            3
        } else {
            1
        };
        (code, e.to_string())
    })?;
    Ok(match format {
        Format::Md => report::markdown::render(&built, scenario, words),
        Format::Json => report::json::render(&built, scenario, words),
        Format::Html => report::html::render(&built, scenario, words),
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

pub fn execute(args: ReportArgs) -> ExitCode {
    let usage = [
        missing_path(&args.journal, "journal"),
        args.scenario
            .as_deref()
            .and_then(|p| missing_scenario(p, args.lang)),
    ];
    if let Some(code) = usage.into_iter().flatten().next() {
        return code;
    }
    if let Some(output) = &args.output
        && (same_file(output, &args.journal)
            || args.scenario.as_deref().is_some_and(|s| same_file(output, s)))
    {
        return fail(
            2,
            format!(
                "{} is the journal or the scenario: writing the report there would destroy it; choose another file, such as {}",
                output.display(),
                args.journal.with_extension("report.html").display()
            ),
        );
    }
    // A torn last line (a crash while writing it) was never acknowledged:
    // the report covers the complete lines before it.
    let recorded = match journal::read_prefix(&args.journal) {
        Ok(prefix) => prefix.journal,
        Err(e) => return fail(1, format!("{}: {e}", args.journal.display())),
    };
    let scenario = match journal_scenario(args.scenario.as_deref(), &recorded, args.lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let words = Words::new(args.lang.unwrap_or_else(|| Lang::default_for(&scenario)));
    let text = match render(&scenario, &recorded, args.format, &words) {
        Ok(text) => text,
        Err((code, message)) => return fail(code, format!("{}: {message}", args.journal.display())),
    };
    match &args.output {
        Some(path) => match std::fs::write(path, text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(1, format!("cannot write the report to {}: {e}", path.display())),
        },
        None => {
            // Names and annotations are other people's text: shown, never obeyed.
            print!("{}", printable(&text));
            ExitCode::SUCCESS
        }
    }
}
