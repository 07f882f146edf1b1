//! `cyberdrill check PATH...`: load and check scenario files and folders,
//! print every diagnostic, and exit 0 (clean, warnings allowed), 1 (an
//! error in some file) or 2 (usage: a path that does not exist).
//!
//! Only wiring: walking folders, choosing colour and format. What is wrong
//! with a scenario is decided in `scenario`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::scenario::{self, diagnostic::summary};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics drawn for people, with the source line and a caret.
    #[default]
    Human,
    /// A JSON array of {file, line, column, severity, code, message, help}.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Scenario files or folders to check (folders: every .ron file inside).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

pub fn execute(args: CheckArgs) -> ExitCode {
    let mut files = Vec::new();
    for path in &args.paths {
        if !path.exists() {
            eprintln!("error: no such file or folder: {}", path.display());
            return ExitCode::from(2);
        }
        if path.is_dir() {
            let before = files.len();
            collect_ron_files(path, &mut files);
            if files.len() == before {
                eprintln!("error: no .ron files in {}", path.display());
                return ExitCode::from(2);
            }
        } else {
            files.push(path.clone());
        }
    }

    let colour = args.format == Format::Human
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let (mut errors, mut warnings) = (0, 0);
    let mut records = Vec::new();
    let mut out = std::io::stdout().lock();
    for file in &files {
        let report = scenario::check_path(file);
        let diagnostics = &report.diagnostics;
        errors += diagnostics.error_count();
        warnings += diagnostics.warning_count();
        match args.format {
            Format::Human => {
                let _ = out.write_all(diagnostics.render(colour).as_bytes());
            }
            Format::Json => records.extend(diagnostics.to_json()),
        }
    }
    let line = summary(errors, warnings, files.len());
    match args.format {
        Format::Human => {
            let _ = writeln!(out, "{line}");
        }
        Format::Json => {
            let json = serde_json::to_string_pretty(&records).unwrap_or_else(|_| "[]".into());
            let _ = writeln!(out, "{json}");
            eprintln!("{line}");
        }
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
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
