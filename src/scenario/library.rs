//! The scenario library: every exercise shipped under `scenarios/`, by a
//! short id (`hospital-ransomware`), compiled into the binary with the
//! fragments they include, so that `cyberdrill run emergency-locate` works
//! from any folder, in a `cargo install`ed binary too.
//!
//! One table, [`SCENARIOS`], says which file each id is; [`FRAGMENTS`]
//! lists the shared files they may include. A test compares both with the
//! `.ron` files under `scenarios/`, so a scenario added without its line
//! here fails CI. This module only names and embeds files: loading and
//! checking them is the loader's, through the same [`super::source::SourceResolver`] as
//! a file on disk, and it never decides anything a listing shows (that is
//! the shell's, `cyberdrill scenarios`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::load::{CheckReport, load_with};
use super::source::Embedded;

/// One exercise of the library: its id, and the file it is, by its path
/// in the repository (the name its diagnostics show).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The scenario's own `id`, and its file's name without `.ron`.
    pub id: &'static str,
    pub path: &'static str,
    text: &'static str,
}

impl Entry {
    /// Reads and checks this scenario from the copies in the binary.
    pub fn check(&self) -> CheckReport {
        load_with(&embedded(), Path::new(self.path))
    }
}

/// `entry!("scenarios/x.ron", "x")`: the file at that path of the
/// repository, compiled in.
macro_rules! entry {
    ($id:literal, $path:literal) => {
        Entry {
            id: $id,
            path: $path,
            text: include_str!(concat!("../../", $path)),
        }
    };
}

/// `(path, text)` of a shared file, compiled in.
macro_rules! fragment {
    ($path:literal) => {
        ($path, include_str!(concat!("../../", $path)))
    };
}

/// Every exercise shipped, in the order `cyberdrill scenarios` lists them:
/// the default first, then by folder and name.
pub const SCENARIOS: &[Entry] = &[
    entry!("hospital-ransomware", "scenarios/hospital-ransomware.ron"),
    entry!("art30-third-state", "scenarios/cases/art30-third-state.ron"),
    entry!("cert-handoff", "scenarios/cases/cert-handoff.ron"),
    entry!("emergency-locate", "scenarios/cases/emergency-locate.ron"),
    entry!(
        "intelligence-to-evidence",
        "scenarios/cases/intelligence-to-evidence.ron"
    ),
    entry!("no-legal-basis", "scenarios/cases/no-legal-basis.ron"),
    entry!("two-day-netflow", "scenarios/cases/two-day-netflow.ron"),
    entry!("airport-bomb-threat", "scenarios/library/airport-bomb-threat.ron"),
    entry!(
        "atm-jackpot-phishing",
        "scenarios/library/atm-jackpot-phishing.ron"
    ),
    entry!("botnet-action-day", "scenarios/library/botnet-action-day.ron"),
    entry!(
        "election-ddos-booter",
        "scenarios/library/election-ddos-booter.ron"
    ),
    entry!("portal-leak-vpn", "scenarios/library/portal-leak-vpn.ron"),
    entry!(
        "water-ransomware-kyc",
        "scenarios/library/water-ransomware-kyc.ron"
    ),
];

/// Every shared file under `scenarios/regions/` that a library scenario
/// may include.
pub const FRAGMENTS: &[(&str, &str)] = &[
    fragment!("scenarios/regions/eastern-partnership.ron"),
    fragment!("scenarios/regions/meridian.ron"),
    fragment!("scenarios/regions/south-east-europe.ron"),
    fragment!("scenarios/regions/southern-neighbourhood.ron"),
];

/// The library's files (scenarios and fragments) as a [`SourceResolver`].
pub fn embedded() -> Embedded {
    let scenarios = SCENARIOS.iter().map(|entry| (entry.path, entry.text));
    Embedded(BTreeMap::from_iter(scenarios.chain(FRAGMENTS.iter().copied())))
}

/// The library scenario with this id.
pub fn find(id: &str) -> Option<&'static Entry> {
    SCENARIOS.iter().find(|entry| entry.id == id)
}

/// Where a scenario named on the command line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk, as named.
    File(PathBuf),
    /// A library scenario, from the copies in the binary.
    Library(&'static Entry),
}

/// Why a name on the command line is no scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// It looks like a path (a folder separator, or `.ron`) and nothing is
    /// there.
    NoSuchFile,
    /// Neither a file nor a library id; the id it is closest to, if one
    /// is close enough to be a typo.
    UnknownId { closest: Option<&'static str> },
}

/// A name is a path when something is there; otherwise a library id. A
/// name that looks like a path (`scenarios/x.ron`, `x.ron`) and is not
/// there stays a missing file: its author meant a file.
pub fn resolve(name: &Path) -> Result<Source, Unresolved> {
    if name.exists() {
        return Ok(Source::File(name.to_path_buf()));
    }
    let text = name.to_string_lossy();
    if let Some(entry) = find(&text) {
        return Ok(Source::Library(entry));
    }
    let looks_like_a_path =
        name.components().count() > 1 || name.extension().is_some() || text.contains(['/', '\\']);
    if looks_like_a_path {
        return Err(Unresolved::NoSuchFile);
    }
    let closest = super::closest(&text, SCENARIOS.iter().map(|entry| entry.id));
    Err(Unresolved::UnknownId { closest })
}

impl Source {
    /// Reads and checks the scenario, wherever it is.
    pub fn check(&self) -> CheckReport {
        match self {
            Source::File(path) => super::check_path(path),
            Source::Library(entry) => entry.check(),
        }
    }

    /// The name its diagnostics and messages give it: the path as written,
    /// or the library file's path in the repository.
    pub fn display_name(&self) -> String {
        match self {
            Source::File(path) => path.display().to_string(),
            Source::Library(entry) => entry.path.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::source::SourceResolver;

    #[test]
    fn ids_are_unique_and_name_their_files() {
        let mut ids: Vec<&str> = SCENARIOS.iter().map(|entry| entry.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), SCENARIOS.len(), "an id is listed twice");
        for entry in SCENARIOS {
            let stem = Path::new(entry.path).file_stem().unwrap().to_string_lossy();
            assert_eq!(stem, entry.id, "{} is not named after its id", entry.path);
        }
    }

    #[test]
    fn every_library_scenario_checks_clean_from_the_binary_with_its_own_id() {
        for entry in SCENARIOS {
            let report = entry.check();
            // Its reports name the file as it is in the source.
            let root = report.diagnostics.files.get(crate::scenario::source::FileId(0));
            assert_eq!(root.name, entry.path);
            assert!(
                report.diagnostics.items.is_empty(),
                "{}: {:?}",
                entry.path,
                report.diagnostics.items
            );
            let scenario = report.into_scenario().unwrap();
            assert_eq!(scenario.id, entry.id, "{}", entry.path);
            assert!(scenario.region.is_some(), "{} has no region", entry.path);
        }
    }

    #[test]
    fn a_name_is_a_file_when_one_is_there_else_an_id() {
        let here = env!("CARGO_MANIFEST_DIR");
        let file = Path::new(here).join("scenarios/cases/cert-handoff.ron");
        assert_eq!(resolve(&file), Ok(Source::File(file.clone())));
        assert_eq!(
            resolve(Path::new("cert-handoff")),
            Ok(Source::Library(find("cert-handoff").unwrap()))
        );
        assert_eq!(
            resolve(Path::new("cert-handof")),
            Err(Unresolved::UnknownId {
                closest: Some("cert-handoff")
            })
        );
        assert_eq!(
            resolve(Path::new("zzzz")),
            Err(Unresolved::UnknownId { closest: None })
        );
        assert_eq!(
            resolve(Path::new("nowhere/cert-handoff.ron")),
            Err(Unresolved::NoSuchFile)
        );
        assert_eq!(
            resolve(Path::new("cert-handoff.ron")),
            Err(Unresolved::NoSuchFile)
        );
    }

    #[test]
    fn the_embedded_files_resolve_by_their_repository_paths() {
        let embedded = embedded();
        for entry in SCENARIOS {
            assert!(embedded.read(Path::new(entry.path)).is_ok());
        }
    }
}
