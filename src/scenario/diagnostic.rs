//! Problems found in a scenario, with where they are and how to fix them,
//! rendered for people (miette: file, line, column, the source line with a
//! caret) or for machines (JSON).
//!
//! A diagnostic is data: checks create them, the shell decides how to show
//! them and in which language (a [`Translate`]). Nothing here reads files,
//! decides what is wrong, or holds a word meant for the author: messages,
//! labels and helps are [`Said`]s, put in words by `assets/locales/*/check.ftl`.

use std::fmt;
use std::ops::Range;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan};
use serde::Serialize;

use super::said::{Said, Translate, Untranslated};
use super::source::{FileId, SourceFile, SourceFiles};
use crate::terminal::printable;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// What kind of problem: a stable code authors can search the guide for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// The file could not be read, or is not UTF-8 text.
    Unreadable,
    /// RON syntax or shape error, as reported by the parser.
    Syntax,
    /// The file is neither `Scenario(...)` nor `Fragment(...)`.
    UnknownFileKind,
    /// An include that cannot be followed: missing, a folder, absolute,
    /// or a scenario instead of a fragment.
    BadInclude,
    IncludeCycle,
    DuplicateId,
    UnknownReference,
    /// An inject addressed to a role no human plays.
    UnplayedRole,
    InvalidTimeZone,
    InvalidStart,
    /// A time or duration that cannot happen as written.
    ImpossibleTiming,
    UnreachableEvidence,
    NoRetention,
    CategoryNotHeld,
    /// An item says `kept: false` but its provider keeps its category.
    NotKeptButHeld,
    /// A lead lists evidence held by another provider than the lead's.
    EvidenceElsewhere,
    RateOutOfRange,
    /// A clock speed no clock may run at (`SetSpeed`'s range).
    SpeedOutOfRange,
    /// A playtest band that is no range of win rates (0 to 100, low first),
    /// or a second band for one profile.
    BandOutOfRange,
    /// A playtest profile that is not expert, average, novice or random.
    UnknownProfile,
    /// Warning: a law parameter outside what the treaty allows.
    OutsideTreaty,
    /// Warning: the case needs a cross-border request no instrument allows.
    NoInstrument,
    /// Warning: a definition nothing uses.
    Unused,
    /// Warning: a text lacks one of the scenario's languages.
    MissingTranslation,
    /// Warning: a text given in a language the scenario does not list.
    UnlistedLanguage,
    /// Warning: a team lists a role twice (in `roles`, in `optional`, or in both).
    RoleListedTwice,
    /// Warning: `Trainer` used as a role of a jurisdiction.
    TrainerRole,
    /// Error: `Liaison` used as a role of a jurisdiction: a provider's
    /// liaison is the provider's seat (`played: true`).
    LiaisonRole,
    /// Warning: a 24/7 desk reduced at night with no night delay.
    NoNightDelay,
    /// Warning: a condition that can never hold: a stage's `unless` false
    /// at the stage's time, a suspect nothing locates, a stage averted
    /// that has no `unless`.
    NeverHolds,
    /// Warning: a data item whose retention runs out before the exercise
    /// starts: gone before anyone can ask for it.
    GoneBeforeStart,
    /// An incident with no offence, or a jurisdiction outside the Budapest
    /// Convention that can be asked for MLA and lists none: every request
    /// that needs dual criminality would be refused.
    NoOffences,
    /// Two fragments a file includes set different regions, and the file
    /// sets none of its own.
    ConflictingRegions,
    /// Warning: an inject to a role a team lists only as `optional`: when
    /// no one takes that seat (it is not on the start screen), no one
    /// reads the inject.
    OptionalRecipient,
}

impl Code {
    /// Every code, for documentation and coverage tests.
    pub const ALL: [Code; 34] = [
        Code::Unreadable,
        Code::Syntax,
        Code::UnknownFileKind,
        Code::BadInclude,
        Code::IncludeCycle,
        Code::DuplicateId,
        Code::UnknownReference,
        Code::UnplayedRole,
        Code::InvalidTimeZone,
        Code::InvalidStart,
        Code::ImpossibleTiming,
        Code::UnreachableEvidence,
        Code::NoRetention,
        Code::CategoryNotHeld,
        Code::NotKeptButHeld,
        Code::EvidenceElsewhere,
        Code::RateOutOfRange,
        Code::SpeedOutOfRange,
        Code::BandOutOfRange,
        Code::UnknownProfile,
        Code::OutsideTreaty,
        Code::NoInstrument,
        Code::Unused,
        Code::MissingTranslation,
        Code::UnlistedLanguage,
        Code::RoleListedTwice,
        Code::TrainerRole,
        Code::LiaisonRole,
        Code::NoNightDelay,
        Code::NeverHolds,
        Code::GoneBeforeStart,
        Code::NoOffences,
        Code::ConflictingRegions,
        Code::OptionalRecipient,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Unreadable => "cyberdrill::unreadable",
            Code::Syntax => "cyberdrill::syntax",
            Code::UnknownFileKind => "cyberdrill::unknown-file-kind",
            Code::BadInclude => "cyberdrill::bad-include",
            Code::IncludeCycle => "cyberdrill::include-cycle",
            Code::DuplicateId => "cyberdrill::duplicate-id",
            Code::UnknownReference => "cyberdrill::unknown-reference",
            Code::UnplayedRole => "cyberdrill::unplayed-role",
            Code::InvalidTimeZone => "cyberdrill::invalid-time-zone",
            Code::InvalidStart => "cyberdrill::invalid-start",
            Code::ImpossibleTiming => "cyberdrill::impossible-timing",
            Code::UnreachableEvidence => "cyberdrill::unreachable-evidence",
            Code::NoRetention => "cyberdrill::no-retention",
            Code::CategoryNotHeld => "cyberdrill::category-not-held",
            Code::NotKeptButHeld => "cyberdrill::not-kept-but-held",
            Code::EvidenceElsewhere => "cyberdrill::evidence-elsewhere",
            Code::RateOutOfRange => "cyberdrill::rate-out-of-range",
            Code::SpeedOutOfRange => "cyberdrill::speed-out-of-range",
            Code::BandOutOfRange => "cyberdrill::band-out-of-range",
            Code::UnknownProfile => "cyberdrill::unknown-profile",
            Code::OutsideTreaty => "cyberdrill::outside-treaty",
            Code::NoInstrument => "cyberdrill::no-instrument",
            Code::Unused => "cyberdrill::unused",
            Code::MissingTranslation => "cyberdrill::missing-translation",
            Code::UnlistedLanguage => "cyberdrill::unlisted-language",
            Code::RoleListedTwice => "cyberdrill::role-listed-twice",
            Code::TrainerRole => "cyberdrill::trainer-role",
            Code::LiaisonRole => "cyberdrill::liaison-role",
            Code::NoNightDelay => "cyberdrill::no-night-delay",
            Code::NeverHolds => "cyberdrill::never-holds",
            Code::GoneBeforeStart => "cyberdrill::gone-before-start",
            Code::NoOffences => "cyberdrill::no-offences",
            Code::ConflictingRegions => "cyberdrill::conflicting-regions",
            Code::OptionalRecipient => "cyberdrill::optional-recipient",
        }
    }

    /// Errors stop an exercise from loading; warnings are worth a look.
    pub fn severity(self) -> Severity {
        match self {
            Code::OutsideTreaty
            | Code::NoInstrument
            | Code::Unused
            | Code::MissingTranslation
            | Code::UnlistedLanguage
            | Code::RoleListedTwice
            | Code::TrainerRole
            | Code::NoNightDelay
            | Code::NeverHolds
            | Code::GoneBeforeStart
            | Code::OptionalRecipient => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: Said,
    /// The file and byte span it is about, when there is one.
    pub file: Option<FileId>,
    pub span: Option<Range<usize>>,
    /// Short text under the caret.
    pub label: Option<Said>,
    /// What to do about it: a suggestion, an example.
    pub help: Option<Said>,
}

impl Diagnostic {
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// Machine-readable form of one diagnostic (`cyberdrill check --format json`):
/// `code` is stable, `message` and `help` are in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JsonDiagnostic {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub help: Option<String>,
}

/// Every problem found while loading one file, with the files they point into.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    pub(crate) files: SourceFiles,
    pub(crate) items: Vec<Diagnostic>,
    /// Name of the file that was loaded, for problems with no position.
    pub(crate) root_name: String,
}

impl Diagnostics {
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count()
    }

    pub fn warning_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity() == Severity::Warning)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// How many files were read (the loaded file and its includes).
    pub fn file_count(&self) -> usize {
        self.files.len()
    }

    /// The diagnostics as JSON records, in the order of the files' lines, their
    /// words from `words`.
    pub fn to_json(&self, words: &dyn Translate) -> Vec<JsonDiagnostic> {
        self.items
            .iter()
            .map(|d| {
                let (file, position) = match d.file {
                    Some(id) => {
                        let source = self.files.get(id);
                        let position = d.span.as_ref().map(|span| source.line_column(span.start));
                        (source.name.clone(), position)
                    }
                    None => (self.root_name.clone(), None),
                };
                JsonDiagnostic {
                    file,
                    line: position.map(|p| p.0),
                    column: position.map(|p| p.1),
                    severity: d.severity(),
                    code: d.code.as_str(),
                    message: words.words(&d.message),
                    help: d.help.as_ref().map(|help| words.words(help)),
                }
            })
            .collect()
    }

    /// Every diagnostic drawn with miette, one after the other, in the
    /// words of `words`; `colour` chooses ANSI colours (for a terminal) or
    /// plain text.
    pub fn render(&self, colour: bool, words: &dyn Translate) -> String {
        let theme = if colour {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_links(false)
            .with_width(100);
        let heading = words.words(&Said::new("check-help-heading"));
        let mut out = String::new();
        for diagnostic in &self.items {
            let source = diagnostic
                .file
                .map(|id| Excerpt::around(self.files.get(id), diagnostic.span.clone()));
            let shown = Shown {
                code: diagnostic.code,
                message: words.words(&diagnostic.message),
                label: diagnostic.label.as_ref().map(|label| words.words(label)),
                help: diagnostic.help.as_ref().map(|help| words.words(help)),
                source,
                root_name: &self.root_name,
            };
            let mut report = String::new();
            if handler.render_report(&mut report, &shown).is_err() {
                // Rendering into a String cannot fail; if it ever does, the
                // plain message still reaches the author.
                report = format!("{}: {}\n", shown.code, printable(&shown.message));
            } else if shown.help.is_some() {
                report = with_help_heading(&report, &heading);
            }
            out.push_str(&report);
            out.push('\n');
        }
        out
    }

    /// What `cyberdrill check` prints for this one file without colour:
    /// every diagnostic, then the summary line (no newline after it).
    pub fn to_text(&self, words: &dyn Translate) -> String {
        let mut out = self.render(false, words);
        out.push_str(&words.words(&summary(self.error_count(), self.warning_count(), 1)));
        out
    }
}

/// miette writes `help:` in English: a report with its help under
/// `heading` instead (`aide :`), the help's wrapped lines moved right by
/// as much as the heading is longer. The help is the report's last part,
/// and the first line that starts with `  help: ` (after any colour code):
/// the lines before it start with a gutter or `×`.
fn with_help_heading(report: &str, heading: &str) -> String {
    const ENGLISH: &str = "help:";
    if heading == ENGLISH {
        return report.to_string();
    }
    let extra = heading.chars().count().saturating_sub(ENGLISH.len());
    let heading = format!("{heading:<width$}", width = ENGLISH.len());
    let mut out = String::with_capacity(report.len() + 16);
    let mut in_help = false;
    for line in report.split_inclusive('\n') {
        if in_help {
            if let Some(rest) = line.strip_prefix("        ") {
                out.push_str("        ");
                out.push_str(&" ".repeat(extra));
                out.push_str(rest);
                continue;
            }
        } else if let Some(at) = line.find("  help: ").filter(|&at| is_colour_codes(&line[..at])) {
            out.push_str(&line[..at]);
            out.push_str("  ");
            out.push_str(&heading);
            out.push(' ');
            out.push_str(&line[at + "  help: ".len()..]);
            in_help = true;
            continue;
        }
        out.push_str(line);
    }
    out
}

/// Whether `text` is nothing but ANSI colour codes (`\x1b[36m`).
fn is_colour_codes(text: &str) -> bool {
    let mut rest = text;
    while let Some(after) = rest.strip_prefix("\x1b[") {
        match after.find('m') {
            Some(end) if after[..end].bytes().all(|b| b.is_ascii_digit() || b == b';') => {
                rest = &after[end + 1..];
            }
            _ => return false,
        }
    }
    rest.is_empty()
}

impl fmt::Display for Diagnostics {
    /// Plain text with message ids instead of words ([`Untranslated`]), for
    /// logs and failing tests; people get [`Diagnostics::to_text`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text(&Untranslated))
    }
}

impl std::error::Error for Diagnostics {}

/// `2 errors, 1 warning in 3 files`.
pub fn summary(errors: usize, warnings: usize, files: usize) -> Said {
    Said::new("check-summary")
        .count("errors", errors as u64)
        .count("warnings", warnings as u64)
        .count("files", files as u64)
}

/// The few lines of a file a diagnostic shows, so that rendering costs the
/// same on a 50 MB file as on a small one, and a line of millions of
/// characters is cut to the part around the caret (miette cannot draw a
/// caret that far right).
struct Excerpt<'a> {
    file: &'a SourceFile,
    /// Byte range of the file shown.
    window: Range<usize>,
    /// 0-based line number of the window's first line.
    first_line: usize,
    /// The span to underline, inside the window.
    span: Option<Range<usize>>,
    /// The window's text as it may be printed (see [`printable`]).
    shown: String,
}

/// Longest excerpt drawn with its neighbouring lines.
const MAX_WINDOW: usize = 4000;
/// Characters kept on each side of a span in an over-long line.
const MARGIN: usize = 60;
/// Longest span underlined.
const MAX_SPAN: usize = 200;

impl<'a> Excerpt<'a> {
    fn around(file: &'a SourceFile, span: Option<Range<usize>>) -> Self {
        let text: &str = &file.text;
        let floor = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let ceil = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i += 1;
            }
            i
        };
        let Some(span) = span else {
            return Excerpt::new(file, 0..0, 0, None);
        };
        let start = floor(span.start);
        let end = floor(span.end.clamp(start, start.saturating_add(MAX_SPAN)));
        let line = file.line_index(start);
        let last_line = file.line_index(end);
        let first_line = line.saturating_sub(1);
        let window = file.line_range(first_line).start..file.line_range(last_line + 1).end;
        if window.len() <= MAX_WINDOW {
            return Excerpt::new(file, window, first_line, Some(start..end));
        }
        // An over-long line: keep the part around the span, on one line.
        let own_line = file.line_range(line);
        let end = end.min(own_line.end);
        let window = floor(start.saturating_sub(MARGIN).max(own_line.start))
            ..ceil(end.saturating_add(MARGIN).min(own_line.end));
        Excerpt::new(file, window, line, Some(start..end))
    }

    fn new(
        file: &'a SourceFile,
        mut window: Range<usize>,
        first_line: usize,
        span: Option<Range<usize>>,
    ) -> Self {
        // The last line's `\r` (a Windows line end whose `\n` is left
        // out): not shown, unless the span points at it.
        if file.text[..window.end].ends_with('\r')
            && span.as_ref().is_none_or(|span| span.end < window.end)
            && window.end > window.start
        {
            window.end -= 1;
        }
        let shown = printable_keeping_line_ends(&file.text[window.clone()]);
        Excerpt {
            file,
            window,
            first_line,
            span,
            shown,
        }
    }
}

impl miette::SourceCode for Excerpt<'_> {
    fn read_span<'b>(
        &'b self,
        span: &miette::SourceSpan,
        context_before: usize,
        context_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'b> + 'b>, miette::MietteError> {
        let shown = self.shown.as_str();
        let offset = span.offset().saturating_sub(self.window.start);
        let local = miette::SourceSpan::new(offset.into(), span.len());
        let inner = shown.read_span(&local, context_before, context_after)?;
        // The header's line and column: in characters, like ron and JSON.
        let column = if context_before == 0 {
            self.file.line_column(span.offset()).1 - 1
        } else {
            inner.column()
        };
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.file.name.clone(),
            inner.data(),
            miette::SourceSpan::new(
                (inner.span().offset() + self.window.start).into(),
                inner.span().len(),
            ),
            inner.line() + self.first_line,
            column,
            inner.line_count() + self.first_line,
        )))
    }
}

/// `text` as it may be printed, except that a Windows line end (`\r\n`,
/// what Notepad saves) stays one: miette draws it as the end of the line,
/// where [`printable`] alone would turn its `\r` into a `?` the author
/// cannot find in the file. The `\r` that ends an excerpt (its `\n` left
/// out) becomes an invisible space. Byte for byte, so spans stay where
/// they were.
fn printable_keeping_line_ends(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for piece in text.split_inclusive("\r\n") {
        if let Some(line) = piece.strip_suffix("\r\n") {
            shown.push_str(&printable(line));
            shown.push_str("\r\n");
        } else if let Some(line) = piece.strip_suffix('\r') {
            shown.push_str(&printable(line));
            shown.push(' ');
        } else {
            shown.push_str(&printable(piece));
        }
    }
    shown
}

/// A diagnostic in words, paired with its source, in the shape miette draws.
struct Shown<'a> {
    code: Code,
    message: String,
    label: Option<String>,
    help: Option<String>,
    source: Option<Excerpt<'a>>,
    root_name: &'a str,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.source.is_none() {
            write!(f, "{}: ", self.root_name)?;
        }
        f.write_str(&printable(&self.message))
    }
}

impl std::error::Error for Shown<'_> {}

impl miette::Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.code.severity() {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|help| Box::new(printable(help)) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.source.as_ref()?.span.clone()?;
        let label = self.label.as_deref().map(|l| printable(l).into_owned());
        let label = LabeledSpan::new_primary_with_span(label, span);
        Some(Box::new(std::iter::once(label)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_help_heading_in_another_language_keeps_the_help_aligned() {
        // A source line that happens to hold `  help: ` is left alone.
        let report = "  × message\n 1 │   help: x\n  help: the first line\n        the second\n";
        assert_eq!(
            with_help_heading(report, "aide :"),
            "  × message\n 1 │   help: x\n  aide : the first line\n         the second\n"
        );
        let coloured = "  × m\n\u{1b}[38;5;14m  help: \u{1b}[0mfirst\n        second\n";
        assert_eq!(
            with_help_heading(coloured, "aide :"),
            "  × m\n\u{1b}[38;5;14m  aide : \u{1b}[0mfirst\n         second\n"
        );
        assert_eq!(with_help_heading(report, "help:"), report);
    }
}
