//! Loading a scenario: read the file and its includes, parse them with ron,
//! merge the fragments' definitions, then run the semantic checks.
//!
//! There is one loader; the file system and the library's copies
//! embedded in the binary are only two [`SourceResolver`]s. The
//! loader never panics on bad input: every problem becomes a diagnostic.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;

use super::check;
use super::diagnostic::{Code, Diagnostic, Diagnostics};
use super::finding::{Findings, Place, closest, did_you_mean};
use super::locate::{first_identifier, first_identifier_span};
use super::model::{Fragment, Jurisdiction, Provider, Scenario, Text};
use super::said::{Said, Value};
use super::source::{FileId, FileSystem, ReadError, SourceFile, SourceFiles, SourceResolver, normalise};
use super::syntax;

/// The built-in scenario, by its path in the repository; compiled in, with
/// the fragments it includes, as the library's first entry
/// ([`super::library::SCENARIOS`]).
pub const DEFAULT_SCENARIO: &str = "scenarios/hospital-ransomware.ron";

/// The ron options every scenario file is read and written with:
/// `implicit_some` lets authors write `by: "3d"` instead of `by: Some("3d")`.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// A scenario written back as RON that [`load_path`] reads again to an
/// equal scenario (includes already merged in).
pub fn to_ron_string(scenario: &Scenario) -> Result<String, ron::Error> {
    let pretty = ron::ser::PrettyConfig::new().struct_names(true);
    ron_options().to_string_pretty(scenario, pretty)
}

/// What a top-level file turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Scenario(Box<Scenario>),
    Fragment(Fragment),
}

/// The outcome of checking one file: what it holds (when it could be
/// parsed) and every diagnostic, warnings included.
#[derive(Debug, Clone)]
pub struct CheckReport {
    pub loaded: Option<Loaded>,
    pub diagnostics: Diagnostics,
}

impl CheckReport {
    /// The scenario, if the file is one and has no errors.
    pub fn into_scenario(mut self) -> Result<Scenario, Diagnostics> {
        if self.diagnostics.has_errors() {
            return Err(self.diagnostics);
        }
        match self.loaded {
            Some(Loaded::Scenario(scenario)) => Ok(*scenario),
            _ => {
                // Only a fragment gets here: anything else had errors.
                let root = FileId(0);
                let word = first_identifier_span(&self.diagnostics.files.get(root).text);
                self.diagnostics.items.push(Diagnostic {
                    code: Code::UnknownFileKind,
                    message: Said::new("check-fragment-not-scenario"),
                    file: Some(root),
                    span: word,
                    label: Some(Said::new("check-fragment-not-scenario-label")),
                    help: Some(Said::new("check-fragment-not-scenario-help")),
                });
                Err(self.diagnostics)
            }
        }
    }
}

/// Reads a scenario file and its includes and checks it. `Err` only when
/// there is at least one error; use [`check_path`] to see warnings too.
pub fn load_path(path: &Path) -> Result<Scenario, Diagnostics> {
    check_path(path).into_scenario()
}

/// Reads and checks a scenario or a fragment, returning every diagnostic.
pub fn check_path(path: &Path) -> CheckReport {
    load_with(&FileSystem, path)
}

/// The default scenario embedded in the binary, checked like any other file.
pub fn check_default() -> CheckReport {
    load_with(&super::library::embedded(), Path::new(DEFAULT_SCENARIO))
}

/// The default scenario. It cannot fail: a test proves it checks clean.
pub fn load_default() -> Scenario {
    check_default()
        .into_scenario()
        .expect("the embedded default scenario checks clean (tested)")
}

/// Loads `path` through `resolver`: the one code path for files and the
/// embedded default. When an include cannot be read or parsed, the
/// semantic checks are skipped: every definition it held would otherwise
/// show up as an unknown reference, burying the one real mistake.
pub fn load_with(resolver: &dyn SourceResolver, path: &Path) -> CheckReport {
    let path = normalise(path);
    let mut loader = Loader {
        resolver,
        files: SourceFiles::default(),
        findings: Findings::default(),
        merged: HashSet::new(),
        tree: None,
        jurisdictions: Vec::new(),
        providers: Vec::new(),
        origins: check::Origins::default(),
        region_conflicts: Vec::new(),
    };
    let loaded = loader.load_root(&path);
    let root_name = path.display().to_string();
    CheckReport {
        loaded,
        diagnostics: loader.findings.into_diagnostics(loader.files, root_name),
    }
}

/// What the first word of a file says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Scenario,
    Fragment,
}

/// The top-level file being loaded and the folder its includes are relative to.
struct Root<'a> {
    file: FileId,
    directory: &'a Path,
}

/// What a scenario and a fragment share: includes, the definitions
/// includes contribute to, and a region they may take from them.
trait Definitions {
    fn definitions(&mut self) -> (&mut Vec<String>, &mut Vec<Jurisdiction>, &mut Vec<Provider>);
    fn region(&mut self) -> &mut Option<Text>;
}

impl Definitions for Scenario {
    fn definitions(&mut self) -> (&mut Vec<String>, &mut Vec<Jurisdiction>, &mut Vec<Provider>) {
        (&mut self.includes, &mut self.jurisdictions, &mut self.providers)
    }
    fn region(&mut self) -> &mut Option<Text> {
        &mut self.region
    }
}

impl Definitions for Fragment {
    fn definitions(&mut self) -> (&mut Vec<String>, &mut Vec<Jurisdiction>, &mut Vec<Provider>) {
        (&mut self.includes, &mut self.jurisdictions, &mut self.providers)
    }
    fn region(&mut self) -> &mut Option<Text> {
        &mut self.region
    }
}

/// A region an include brought: its text, the file that wrote it (the
/// fragment, or one it includes), and the include that brought it.
struct ReachedRegion {
    text: Text,
    written_in: FileId,
    included_at: Place,
    included_file: String,
}

/// Two includes of one file that bring different regions: reported once
/// the checks have run, so that it hides none of their findings.
struct RegionConflict {
    first: ReachedRegion,
    second: ReachedRegion,
}

struct Loader<'r> {
    resolver: &'r dyn SourceResolver,
    files: SourceFiles,
    findings: Findings,
    /// Fragments already merged: a fragment reached twice (A includes B
    /// and C, both include D) is merged once.
    merged: HashSet<PathBuf>,
    /// The folder includes must stay in, as its identity and as the user
    /// wrote it: the folder above the top-level file's (see
    /// [`Loader::include_tree`]).
    tree: Option<(PathBuf, String)>,
    jurisdictions: Vec<Jurisdiction>,
    providers: Vec<Provider>,
    origins: check::Origins,
    region_conflicts: Vec<RegionConflict>,
}

impl Loader<'_> {
    fn load_root(&mut self, path: &Path) -> Option<Loaded> {
        let name = path.display().to_string();
        let text = match self.resolver.read(path) {
            Ok(bytes) => bytes,
            Err(error) => {
                let message = match error {
                    ReadError::NotFound => Said::new("check-not-found"),
                    ReadError::IsFolder => Said::new("check-is-folder"),
                    ReadError::NotAFile => Said::new("check-not-a-file"),
                    other => Said::new("check-cannot-read").arg("reason", read_error_reason(other)),
                };
                self.findings.add(Code::Unreadable, Place::Nowhere, message);
                return None;
            }
        };
        // The rule includes follow (only a .ron file's lines are ever
        // shown) holds for the file named on the command line too: a
        // diagnostic about any other file would print its contents.
        if path.extension().is_none_or(|extension| extension != "ron") {
            self.findings
                .add(Code::Unreadable, Place::Nowhere, Said::new("check-not-ron"))
                .help(Said::new("check-not-ron-help"));
            return None;
        }
        let file = self.decode(name, text)?;
        let kind = self.kind_of(file)?;
        let mut stack = vec![(self.resolver.identity(path), path.display().to_string())];
        let directory = path.parent().unwrap_or(Path::new("")).to_path_buf();
        self.tree = Some(self.include_tree(&directory));
        let root = Root {
            file,
            directory: &directory,
        };
        match kind {
            FileKind::Scenario => {
                let scenario: Scenario = self.merge_root(root, &mut stack)?;
                if !self.findings.has_errors() {
                    check::check_scenario(&scenario, &self.origins, &mut self.findings);
                }
                self.report_region_conflicts();
                Some(Loaded::Scenario(Box::new(scenario)))
            }
            FileKind::Fragment => {
                let fragment: Fragment = self.merge_root(root, &mut stack)?;
                if !self.findings.has_errors() {
                    check::check_fragment(&fragment, &self.origins, &mut self.findings);
                }
                self.report_region_conflicts();
                Some(Loaded::Fragment(fragment))
            }
        }
    }

    /// The folder every include must resolve into: the one above the
    /// top-level file's folder, so that `scenarios/x.ron` reaches
    /// `scenarios/regions/` and a sibling `fragments/` folder, and no
    /// include (`../../etc/passwd`, or a link pointing out) reaches a file
    /// that is not part of the exercise.
    fn include_tree(&self, directory: &Path) -> (PathBuf, String) {
        let tree = normalise(&directory.join(".."));
        let tree = if tree.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            tree
        };
        (self.resolver.identity(&tree), tree.display().to_string())
    }

    /// Parses the top-level file and merges what its includes define before
    /// its own definitions; `includes` is left empty, being resolved, and
    /// `region` is the file's own or else its includes' (see
    /// [`Loader::agreed_region`]).
    fn merge_root<T: DeserializeOwned + Definitions>(
        &mut self,
        root: Root,
        stack: &mut Vec<(PathBuf, String)>,
    ) -> Option<T> {
        let mut value: T = self.parse(root.file)?;
        self.origins.root = root.file;
        let (includes, jurisdictions, providers) = value.definitions();
        let includes = std::mem::take(includes);
        let reached = self.include_all(root.file, root.directory, &includes, stack);
        self.adopt(root.file, jurisdictions, providers);
        *jurisdictions = std::mem::take(&mut self.jurisdictions);
        *providers = std::mem::take(&mut self.providers);
        let region = value.region();
        if region.is_some() {
            self.origins.region = Some(root.file);
        } else if let Some(agreed) = self.agreed_region(reached) {
            self.origins.region = Some(agreed.written_in);
            *region = Some(agreed.text);
        }
        Some(value)
    }

    /// The region a file's includes bring: the first one's, every other
    /// one that sets a region having to agree with it (else a conflict,
    /// reported at the include that disagrees).
    fn agreed_region(&mut self, reached: Vec<ReachedRegion>) -> Option<ReachedRegion> {
        let mut reached = reached.into_iter();
        let first = reached.next()?;
        for other in reached {
            if other.text != first.text {
                self.region_conflicts.push(RegionConflict {
                    first: ReachedRegion {
                        text: first.text.clone(),
                        written_in: first.written_in,
                        included_at: first.included_at.clone(),
                        included_file: first.included_file.clone(),
                    },
                    second: other,
                });
            }
        }
        Some(first)
    }

    fn report_region_conflicts(&mut self) {
        for RegionConflict { first, second } in std::mem::take(&mut self.region_conflicts) {
            self.findings
                .add(
                    Code::ConflictingRegions,
                    second.included_at,
                    Said::new("check-region-conflict")
                        .text("file", &second.included_file)
                        .text("other", &first.included_file),
                )
                .label(Said::new("check-region-conflict-label"))
                .help(Said::new("check-region-conflict-help"))
                .first_at(first.included_at);
        }
    }

    /// Appends a file's own definitions after what its includes brought,
    /// remembering where each came from.
    fn adopt(&mut self, file: FileId, jurisdictions: &mut Vec<Jurisdiction>, providers: &mut Vec<Provider>) {
        for (index, jurisdiction) in std::mem::take(jurisdictions).into_iter().enumerate() {
            self.origins.jurisdictions.push(check::Origin { file, index });
            self.jurisdictions.push(jurisdiction);
        }
        for (index, provider) in std::mem::take(providers).into_iter().enumerate() {
            self.origins.providers.push(check::Origin { file, index });
            self.providers.push(provider);
        }
    }

    /// Follows the `includes` of `file`, depth first, in order; returns
    /// the region each include brings (its own, else its includes'), in
    /// include order.
    fn include_all(
        &mut self,
        file: FileId,
        directory: &Path,
        includes: &[String],
        stack: &mut Vec<(PathBuf, String)>,
    ) -> Vec<ReachedRegion> {
        let mut regions = Vec::new();
        for (position, include) in includes.iter().enumerate() {
            let place = Place::root(file).field("includes").index(position);
            // What to write instead of a path that leads out: the file's
            // own name, once it is copied next to the scenario.
            let file_name = Path::new(include)
                .file_name()
                .map_or_else(|| include.clone(), |name| name.to_string_lossy().into_owned());
            if Path::new(include).is_absolute() {
                self.findings
                    .add(
                        Code::BadInclude,
                        place,
                        Said::new("check-include-absolute").text("include", include),
                    )
                    .label(Said::new("check-include-absolute-label"))
                    .help(Said::new("check-include-absolute-help").text("file", &file_name));
                continue;
            }
            let path = normalise(&directory.join(include));
            let name = path.display().to_string();
            let identity = self.resolver.identity(&path);
            // An identity is absolute only for a file that exists on disk
            // (links followed); a missing one is reported as missing below.
            if let Some((tree, tree_name)) = &self.tree
                && identity.is_absolute()
                && tree.is_absolute()
                && !identity.starts_with(tree)
            {
                self.findings
                    .add(
                        Code::BadInclude,
                        place,
                        Said::new("check-include-outside")
                            .text("include", include)
                            .text("tree", tree_name),
                    )
                    .label(Said::new("check-include-outside-label"))
                    .help(Said::new("check-include-outside-help").text("file", &file_name));
                continue;
            }
            if let Some(start) = stack.iter().position(|(seen, _)| *seen == identity) {
                let cycle: Vec<&str> = stack[start..]
                    .iter()
                    .map(|(_, name)| name.as_str())
                    .chain([name.as_str()])
                    .collect();
                self.findings
                    .add(
                        Code::IncludeCycle,
                        place,
                        Said::new("check-include-cycle").text("cycle", cycle.join(" → ")),
                    )
                    .label(Said::new("check-include-cycle-label"))
                    .help(Said::new("check-include-cycle-help"));
                continue;
            }
            if self.merged.contains(&identity) {
                continue;
            }
            let bytes = match self.resolver.read(&path) {
                Ok(bytes) => bytes,
                Err(error) => {
                    let (message, help) = match error {
                        ReadError::NotFound => (
                            Said::new("check-include-not-found").text("file", &name),
                            Said::new("check-include-not-found-help"),
                        ),
                        ReadError::IsFolder => (
                            Said::new("check-include-folder").text("file", &name),
                            Said::new("check-include-folder-help"),
                        ),
                        ReadError::NotAFile => (
                            Said::new("check-include-not-a-file").text("file", &name),
                            Said::new("check-include-folder-help"),
                        ),
                        other => (
                            Said::new("check-include-unreadable")
                                .text("file", &name)
                                .arg("reason", read_error_reason(other)),
                            Said::new("check-include-unreadable-help"),
                        ),
                    };
                    self.findings
                        .add(Code::BadInclude, place, message)
                        .label(Said::new("check-included-here"))
                        .help(help);
                    continue;
                }
            };
            // Only a .ron file's lines are ever shown: a diagnostic about
            // any other file the author named would print its contents.
            if path.extension().is_none_or(|extension| extension != "ron") {
                self.findings
                    .add(
                        Code::BadInclude,
                        place,
                        Said::new("check-include-not-ron").text("file", &name),
                    )
                    .label(Said::new("check-included-here"))
                    .help(Said::new("check-include-folder-help"));
                continue;
            }
            let Some(included) = self.decode(name.clone(), bytes) else {
                continue;
            };
            match self.kind_of(included) {
                Some(FileKind::Fragment) => {}
                Some(FileKind::Scenario) => {
                    self.findings
                        .add(
                            Code::BadInclude,
                            place,
                            Said::new("check-include-scenario").text("file", &name),
                        )
                        .label(Said::new("check-include-scenario-label"))
                        .help(Said::new("check-include-scenario-help"));
                    continue;
                }
                None => continue,
            }
            let Some(mut fragment) = self.parse::<Fragment>(included) else {
                continue;
            };
            stack.push((identity.clone(), name.clone()));
            let nested = std::mem::take(&mut fragment.includes);
            let nested_directory = path.parent().unwrap_or(Path::new("")).to_path_buf();
            let nested_regions = self.include_all(included, &nested_directory, &nested, stack);
            stack.pop();
            self.merged.insert(identity);
            self.adopt(included, &mut fragment.jurisdictions, &mut fragment.providers);
            let region = match fragment.region.take() {
                Some(text) => Some((text, included)),
                None => self
                    .agreed_region(nested_regions)
                    .map(|agreed| (agreed.text, agreed.written_in)),
            };
            if let Some((text, written_in)) = region {
                regions.push(ReachedRegion {
                    text,
                    written_in,
                    included_at: place,
                    included_file: name,
                });
            }
        }
        regions
    }

    /// Registers the file; refuses text that is not UTF-8, pointing at the
    /// first bad byte.
    fn decode(&mut self, name: String, bytes: Vec<u8>) -> Option<FileId> {
        match String::from_utf8(bytes) {
            Ok(text) => {
                // Notepad starts a UTF-8 file with a byte-order mark: it
                // says nothing to a reader of UTF-8, and ron refuses it.
                let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
                Some(self.files.add(SourceFile::new(name, Arc::from(text))))
            }
            Err(error) => {
                let bad = error.utf8_error().valid_up_to();
                let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
                let file = self.files.add(SourceFile::new(name, Arc::from(lossy)));
                let end = (bad + '\u{FFFD}'.len_utf8()).min(self.files.get(file).text.len());
                self.findings
                    .add(
                        Code::Unreadable,
                        Place::Span(file, bad..end),
                        Said::new("check-not-utf8"),
                    )
                    .label(Said::new("check-not-utf8-label"))
                    .help(Said::new("check-not-utf8-help"));
                None
            }
        }
    }

    /// `Scenario(` or `Fragment(`, judged from the first word.
    fn kind_of(&mut self, file: FileId) -> Option<FileKind> {
        let text = self.files.get(file).text.clone();
        let first = first_identifier(&text);
        match first {
            Some("Scenario") => return Some(FileKind::Scenario),
            Some("Fragment") => return Some(FileKind::Fragment),
            _ => {}
        }
        if let Some(hash) = syntax::leading_hash_comment(&text) {
            let explained = syntax::hash_comment(&text, hash);
            if let Some(message) = explained.message {
                self.findings
                    .add(Code::Syntax, Place::Span(file, explained.span), message)
                    .label(explained.label)
                    .help(explained.help);
                return None;
            }
        }
        let span = first_identifier_span(&text).unwrap_or(0..0);
        let how_to_start = Said::new("check-kind-help");
        let (message, help) = match first {
            _ if text.trim().is_empty() => (Said::new("check-empty-file"), how_to_start),
            Some(word) => {
                let help = match closest(word, ["Scenario", "Fragment"]) {
                    Some(best) => did_you_mean(best),
                    None => how_to_start,
                };
                (Said::new("check-unknown-kind").text("word", word), help)
            }
            None => (Said::new("check-no-kind"), how_to_start),
        };
        self.findings
            .add(Code::UnknownFileKind, Place::Span(file, span), message)
            .label(Said::new("check-kind-label"))
            .help(help);
        None
    }

    /// Deserialises a file, turning ron's error into a positioned diagnostic.
    fn parse<T: DeserializeOwned>(&mut self, file: FileId) -> Option<T> {
        let source = self.files.get(file);
        match ron_options().from_str::<T>(&source.text) {
            Ok(value) => Some(value),
            Err(error) => {
                let start = source.offset_of(error.span.start.line, error.span.start.col);
                let end = source.offset_of(error.span.end.line, error.span.end.col);
                // ron starts a bad string's span after its opening quote:
                // underline the whole string the author wrote.
                let start = if start > 0 && source.text.as_bytes().get(start - 1) == Some(&b'"') {
                    start - 1
                } else {
                    start
                };
                let span = if end > start { start..end } else { start..start };
                let message = syntax::headline(&error.code);
                if let Some(explained) = syntax::explain(&error.code, &source.text, start) {
                    let message = explained.message.unwrap_or(message);
                    self.findings
                        .add(Code::Syntax, Place::Span(file, explained.span), message)
                        .label(explained.label)
                        .help(explained.help);
                    return None;
                }
                let (label, help) = explain_ron_error(&error.code);
                let finding = self.findings.add(Code::Syntax, Place::Span(file, span), message);
                finding.label(Said::new(label));
                if let Some(help) = help {
                    finding.help(help);
                }
                None
            }
        }
    }
}

/// Why a file could not be read, as the reason in "cannot read …: reason".
fn read_error_reason(error: ReadError) -> Value {
    let said = match error {
        // The operating system's words, as it gave them (in its language).
        ReadError::Other(reason) => return Value::Text(reason),
        ReadError::TooLarge { mib } => Said::new("check-too-large").text("mib", mib),
        ReadError::NotFound => Said::new("check-not-found"),
        ReadError::IsFolder => Said::new("check-is-folder"),
        ReadError::NotAFile => Said::new("check-not-a-file"),
    };
    Value::Said(Box::new(said))
}

/// A label (its message id) and, where one helps, a suggestion for a ron
/// error. The duration and office-hours errors come from `time`, through
/// serde, as text: they are recognised by it.
fn explain_ron_error(error: &ron::Error) -> (&'static str, Option<Said>) {
    use ron::Error as E;
    let suggest = |found: &str, expected: &[&str]| closest(found, expected.iter().copied()).map(did_you_mean);
    match error {
        E::NoSuchStructField { expected, found, .. } => {
            ("check-syntax-unknown-field", suggest(found, expected))
        }
        E::NoSuchEnumVariant { expected, found, .. } => (
            "check-syntax-unknown-name",
            syntax::synonym(found, expected)
                .map(did_you_mean)
                .or_else(|| suggest(found, expected)),
        ),
        E::MissingStructField { field, .. } => (
            "check-syntax-missing-field",
            Some(Said::new("check-syntax-missing-field-help").text("field", field)),
        ),
        E::DuplicateStructField { .. } => (
            "check-syntax-given-twice",
            Some(Said::new("check-syntax-given-twice-help")),
        ),
        E::Eof => ("check-syntax-eof", Some(Said::new("check-syntax-eof-help"))),
        E::ExpectedDifferentStructName { .. } => ("check-syntax-wrong-name", None),
        E::ExpectedComma => ("check-syntax-comma", Some(Said::new("check-syntax-comma-help"))),
        E::Message(message) if message.contains("is not a duration") => (
            "check-syntax-duration",
            Some(Said::new("check-syntax-duration-help")),
        ),
        E::Message(message) if message.contains("time of day") || message.contains("Mon-Fri") => (
            "check-syntax-office-hours",
            Some(Said::new("check-syntax-office-hours-help")),
        ),
        _ => ("check-syntax-here", None),
    }
}
