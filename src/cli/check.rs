//! `cyberdrill check PATH...`: load and check scenario files and folders,
//! print every diagnostic, and exit 0 (clean, warnings allowed), 1 (an
//! error in some file) or 2 (usage: a path that does not exist).
//!
//! Only wiring: walking folders, choosing colour, format and language. What
//! is wrong with a scenario is decided in `scenario`; its words are in
//! `assets/locales/<lang>/check.ftl`, through [`Words`] (the scenario layer
//! knows no language: it says which message, with which arguments).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::scenario::library::{self, Source, Unresolved};
use crate::scenario::{CheckReport, Loaded, Said, Translate, Value, diagnostic::summary};
use crate::words::{Lang, Words};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics drawn for people, with the source line and a caret.
    #[default]
    Human,
    /// One JSON object: `diagnostics`, a list of {file, line, column,
    /// severity, code, message, help}, and `summary` {errors, warnings,
    /// files, text}.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Scenario files or folders to check (folders: every .ron file
    /// inside), or library ids (`cyberdrill scenarios` lists them).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Language of the diagnostics: en or fr. English by default, or the
    /// first checked scenario's first language where it has no English
    /// (fragments and files that do not parse do not choose).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
}

pub fn execute(args: CheckArgs) -> ExitCode {
    // Before any scenario is read, only `--lang` can say.
    let usage_words = || Words::new(args.lang.unwrap_or(Lang::En));
    let mut files = Vec::new();
    for path in &args.paths {
        let path_text = printable_path(path);
        match library::resolve(path) {
            Ok(Source::Library(entry)) => {
                files.push(Source::Library(entry));
                continue;
            }
            Ok(Source::File(_)) => {}
            Err(Unresolved::NoSuchFile) => {
                let said = Said::new("check-no-such-path").text("path", path_text);
                eprintln!("{}", usage_words().words(&said));
                return ExitCode::from(2);
            }
            Err(Unresolved::UnknownId { closest }) => {
                return super::run::unknown_scenario(path, closest, args.lang);
            }
        }
        if path.is_dir() {
            let before = files.len();
            let mut found = Vec::new();
            collect_ron_files(path, &mut found);
            files.extend(found.into_iter().map(Source::File));
            if files.len() == before {
                let said = Said::new("check-no-ron-files").text("path", path_text);
                eprintln!("{}", usage_words().words(&said));
                return ExitCode::from(2);
            }
        } else {
            files.push(Source::File(path.clone()));
        }
    }

    let colour = args.format == Format::Human
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let (mut errors, mut warnings) = (0, 0);
    let mut records = Vec::new();
    let mut out = std::io::stdout().lock();
    // Reports wait here until the language is known: at once with
    // `--lang`, else at the first scenario.
    let mut words = args.lang.map(Words::new);
    let mut waiting: Vec<CheckReport> = Vec::new();
    let mut show = |report: CheckReport, words: &Words, out: &mut std::io::StdoutLock| {
        let diagnostics = &report.diagnostics;
        errors += diagnostics.error_count();
        warnings += diagnostics.warning_count();
        match args.format {
            Format::Human => {
                let _ = out.write_all(diagnostics.render(colour, words).as_bytes());
            }
            Format::Json => records.extend(diagnostics.to_json(words)),
        }
    };
    for file in &files {
        let report = file.check();
        if words.is_none()
            && let Some(Loaded::Scenario(scenario)) = &report.loaded
        {
            words = Some(Words::new(Lang::default_for(scenario)));
        }
        waiting.push(report);
        if let Some(words) = &words {
            for report in waiting.drain(..) {
                show(report, words, &mut out);
            }
        }
    }
    let words = words.unwrap_or_else(|| Words::new(Lang::En));
    for report in waiting.drain(..) {
        show(report, &words, &mut out);
    }
    let line = words.words(&summary(errors, warnings, files.len()));
    match args.format {
        Format::Human => {
            let _ = writeln!(out, "{line}");
        }
        // The summary goes where the human format puts it, on stdout: in
        // the one JSON document, so that stdout stays parseable.
        Format::Json => {
            let document = serde_json::json!({
                "diagnostics": records,
                "summary": {"errors": errors, "warnings": warnings, "files": files.len(), "text": line},
            });
            let json = serde_json::to_string_pretty(&document).unwrap_or_else(|_| "{}".into());
            let _ = writeln!(out, "{}", crate::terminal::json_escaped(&json));
        }
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The shell's translator: a message of `check.ftl` in this language, its
/// text arguments as written, its counts as numbers (for plurals).
impl Translate for Words {
    fn try_say(&self, id: &str, args: &[(&str, Value)]) -> Result<String, Vec<String>> {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Value::Text(text) => FluentValue::from(text.clone()),
                Value::Count(n) => FluentValue::from(*n),
                Value::Said(inner) => FluentValue::from(self.words(inner)),
            };
            fluent.set(name.to_string(), value);
        }
        self.try_format(id, Some(&fluent))
    }
}

/// A path as the command line names it, safe for a terminal.
fn printable_path(path: &Path) -> String {
    crate::terminal::printable(&path.display().to_string()).into_owned()
}

/// Every `*.ron` file under `folder`, sorted so the output is the same on
/// every machine. Unreadable folders and symbolic-link loops are skipped.
fn collect_ron_files(folder: &Path, files: &mut Vec<PathBuf>) {
    let mut pending = vec![folder.to_path_buf()];
    let mut found = Vec::new();
    let mut visited = std::collections::HashSet::new();
    while let Some(dir) = pending.pop() {
        let Ok(canonical) = dir.canonicalize() else {
            continue;
        };
        if !visited.insert(canonical) {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "ron") {
                found.push(path);
            }
        }
    }
    found.sort();
    files.extend(found);
}
