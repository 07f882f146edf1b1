//! Problems as the loader and the checks first record them: by *place*
//! (a file and a path into it such as `providers[3].jurisdiction`), turned
//! into spans only once, at the end, by [`Findings::into_diagnostics`].
//!
//! This is the one mechanism every semantic diagnostic goes through, so
//! that a check never needs to know about text positions.

use std::collections::HashMap;
use std::ops::Range;

use super::diagnostic::{Code, Diagnostic, Diagnostics};
use super::locate::{Locator, Step};
use super::said::Said;
use super::source::{FileId, SourceFiles};

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A path to a value in a file.
    Path(FileId, Vec<Step>),
    /// A byte span already known (parse errors).
    Span(FileId, Range<usize>),
    /// No file at all.
    Nowhere,
}

impl Place {
    /// The top of a file; extend with [`Place::field`] and [`Place::index`].
    pub fn root(file: FileId) -> Place {
        Place::Path(file, Vec::new())
    }

    pub fn field(self, name: &'static str) -> Place {
        self.push(Step::Field(name))
    }

    pub fn index(self, index: usize) -> Place {
        self.push(Step::Index(index))
    }

    pub fn key(self, key: &str) -> Place {
        self.push(Step::Key(key.to_string()))
    }

    /// The key itself of a map entry, where the key is what is wrong.
    pub fn key_name(self, key: &str) -> Place {
        self.push(Step::KeyName(key.to_string()))
    }

    fn push(self, step: Step) -> Place {
        match self {
            Place::Path(file, mut steps) => {
                steps.push(step);
                Place::Path(file, steps)
            }
            other => other,
        }
    }
}

/// One problem, not yet positioned (nor in words: see [`Said`]).
#[derive(Debug, Clone)]
pub struct Finding {
    pub code: Code,
    pub message: Said,
    pub place: Place,
    pub label: Option<Said>,
    pub help: Option<Said>,
    /// Another place the help should point to ("the first is at 3:17").
    pub first: Option<Place>,
}

/// What the loader and the checks have found so far.
#[derive(Debug, Default)]
pub struct Findings(Vec<Finding>);

impl Findings {
    /// Records a problem; returns it so that a label or help can be added.
    pub fn add(&mut self, code: Code, place: Place, message: Said) -> &mut Finding {
        self.0.push(Finding {
            code,
            message,
            place,
            label: None,
            help: None,
            first: None,
        });
        self.0.last_mut().expect("just pushed")
    }

    /// Whether some finding has this code.
    pub fn contains(&self, code: Code) -> bool {
        self.0.iter().any(|f| f.code == code)
    }

    pub fn has_errors(&self) -> bool {
        self.0
            .iter()
            .any(|f| f.code.severity() == super::diagnostic::Severity::Error)
    }

    /// Positions every finding in the files it names.
    pub fn into_diagnostics(self, files: SourceFiles, root_name: String) -> Diagnostics {
        let texts: Vec<_> = (0..files.len())
            .map(|i| files.get(FileId(i)).text.clone())
            .collect();
        let mut locators: HashMap<FileId, Locator> = HashMap::new();
        let mut position = |place: Place| match place {
            Place::Path(file, steps) => {
                let locator = locators
                    .entry(file)
                    .or_insert_with(|| Locator::new(&texts[file.0]));
                (Some(file), Some(locator.locate(&steps)))
            }
            Place::Span(file, span) => (Some(file), Some(span)),
            Place::Nowhere => (None, None),
        };
        let items = self
            .0
            .into_iter()
            .map(|finding| {
                let (file, span) = position(finding.place);
                let mut help = finding.help;
                if let Some((Some(first_file), Some(first_span))) = finding.first.map(&mut position) {
                    let source = files.get(first_file);
                    let (line, column) = source.line_column(first_span.start);
                    let at = Said::new("check-first-at")
                        .text("file", &source.name)
                        .text("line", line)
                        .text("column", column);
                    help = Some(match help {
                        Some(help) => Said::new("check-help-and-first")
                            .said("help", help)
                            .said("first", at),
                        None => at,
                    });
                }
                Diagnostic {
                    code: finding.code,
                    message: finding.message,
                    file,
                    span,
                    label: finding.label,
                    help,
                }
            })
            .collect::<Vec<Diagnostic>>();
        // In the order of the files' lines, as an author fixes them from
        // the top: the checks run by topic (a start checked with timing,
        // after the references further down). Stable, so findings at one
        // place keep the order they were found in; those with no place
        // (a file that cannot be read) come first.
        let mut items = items;
        items.sort_by_key(|d| (d.file.map(|f| f.0), d.span.as_ref().map(|s| s.start)));
        Diagnostics {
            files,
            items,
            root_name,
        }
    }
}

impl Finding {
    pub fn label(&mut self, label: Said) -> &mut Self {
        self.label = Some(label);
        self
    }

    pub fn help(&mut self, help: Said) -> &mut Self {
        self.help = Some(help);
        self
    }

    /// Points the help at the first of two conflicting definitions.
    pub fn first_at(&mut self, place: Place) -> &mut Self {
        self.first = Some(place);
        self
    }
}

/// The known name closest to `wanted`, if one is close enough to be a typo.
pub fn closest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    known
        .into_iter()
        .map(|name| (strsim::jaro_winkler(&wanted_lower, &name.to_lowercase()), name))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, name)| name)
}

/// `did you mean `x`?`.
pub fn did_you_mean(best: &str) -> Said {
    Said::new("check-did-you-mean").text("name", best)
}

/// `did you mean `x`?`, or the list of what exists when nothing is close;
/// `what` is the kind's key (`jurisdiction`, `evidence`...).
pub fn suggestion(wanted: &str, what: &'static str, known: &[&str]) -> Said {
    if let Some(best) = closest(wanted, known.iter().copied()) {
        return did_you_mean(best);
    }
    if known.is_empty() {
        return Said::new("check-none-defined").text("what", what);
    }
    let shown: Vec<String> = known.iter().take(8).map(|k| format!("`{k}`")).collect();
    let more = if known.len() > 8 { ", …" } else { "" };
    Said::new("check-known")
        .text("what", what)
        .text("names", format!("{}{more}", shown.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_only_close_names() {
        let known = ["hospital-vpn-logs", "vps-server-image", "MD"];
        assert_eq!(closest("hospital-vpn-log", known), Some("hospital-vpn-logs"));
        assert_eq!(closest("md", known), Some("MD"));
        assert_eq!(closest("zz-totally-else", known), None);
        assert_eq!(
            suggestion("X", "jurisdiction", &["A", "B"]),
            Said::new("check-known")
                .text("what", "jurisdiction")
                .text("names", "`A`, `B`")
        );
    }
}
