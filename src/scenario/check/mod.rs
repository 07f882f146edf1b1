//! The semantic checks: everything serde cannot see, such as a provider in
//! a jurisdiction nobody defined, an inject after the end, evidence no lead
//! reaches. Every check runs and every problem is collected, so an author
//! fixes a file in one pass.
//!
//! Checks are pure functions over the parsed scenario: they read no files
//! and know no text positions. They name what is wrong by [`Place`] and
//! [`super::finding`] finds it in the text afterwards. They hold no words
//! either: each sentence is a [`Said`], a message id of
//! `assets/locales/*/check.ftl` with the author's text as arguments.

mod definitions;
mod graph;
mod playtest;
mod references;
mod timing;
mod translations;

use std::collections::BTreeMap;

use super::diagnostic::Code;
use super::finding::{Findings, Place, suggestion};
use super::model::{Fragment, Scenario};
use super::said::Said;
use super::source::FileId;

/// Where a merged definition was written: its file and its index in that
/// file's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Origin {
    pub file: FileId,
    pub index: usize,
}

/// Origins of the definitions that fragments may contribute. Everything
/// else is defined in the root file at its own index.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    pub root: FileId,
    pub jurisdictions: Vec<Origin>,
    pub providers: Vec<Origin>,
    /// The file whose `region` the scenario took: its own, or a fragment's.
    pub region: Option<FileId>,
}

impl Origins {
    pub fn jurisdiction(&self, index: usize) -> Place {
        let origin = self.jurisdictions.get(index).copied().unwrap_or_default();
        Place::root(origin.file)
            .field("jurisdictions")
            .index(origin.index)
    }

    pub fn provider(&self, index: usize) -> Place {
        let origin = self.providers.get(index).copied().unwrap_or_default();
        Place::root(origin.file).field("providers").index(origin.index)
    }

    /// `field[index]` of the root file: `leads[2]`.
    pub fn item(&self, field: &'static str, index: usize) -> Place {
        Place::root(self.root).field(field).index(index)
    }

    pub fn root_field(&self, field: &'static str) -> Place {
        Place::root(self.root).field(field)
    }

    /// Whether a jurisdiction was written in the root file (not a fragment).
    pub fn jurisdiction_is_local(&self, index: usize) -> bool {
        self.jurisdictions.get(index).is_none_or(|o| o.file == self.root)
    }

    pub fn provider_is_local(&self, index: usize) -> bool {
        self.providers.get(index).is_none_or(|o| o.file == self.root)
    }
}

/// The names a kind of definition is known by, for look-ups and suggestions.
pub(crate) struct Names<'a> {
    /// The kind, as messages select their words: `jurisdiction`,
    /// `provider`, `lead`, `evidence` or `stage`.
    what: &'static str,
    by_name: BTreeMap<&'a str, usize>,
}

impl<'a> Names<'a> {
    fn new(what: &'static str, names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut by_name = BTreeMap::new();
        for (index, name) in names.into_iter().enumerate() {
            by_name.entry(name).or_insert(index);
        }
        Names { what, by_name }
    }

    pub fn get(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// Reports `name` at `place` if nothing of this kind has that name.
    pub fn require(&self, name: &str, place: Place, findings: &mut Findings) -> Option<usize> {
        let found = self.get(name);
        if found.is_none() {
            let known: Vec<&str> = self.by_name.keys().copied().collect();
            findings
                .add(
                    Code::UnknownReference,
                    place,
                    Said::new("check-unknown-reference")
                        .text("what", self.what)
                        .text("name", name),
                )
                .label(Said::new("check-unknown-reference-label").text("what", self.what))
                .help(suggestion(name, self.what, &known));
        }
        found
    }
}

/// Checks a fragment on its own: only its definitions.
pub fn check_fragment(fragment: &Fragment, origins: &Origins, findings: &mut Findings) {
    definitions::check(&fragment.jurisdictions, &fragment.providers, origins, findings);
}

/// Checks a whole scenario, fragments already merged in.
pub fn check_scenario(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    definitions::check(&scenario.jurisdictions, &scenario.providers, origins, findings);
    references::check(scenario, origins, findings);
    definitions::check_offences(scenario, origins, findings);
    timing::check(scenario, origins, findings);
    // A misspelt id cuts the lead graph; its reachability and usage would
    // then repeat the one mistake as many others.
    if !findings.contains(Code::UnknownReference) {
        graph::check(scenario, origins, findings);
    }
    translations::check(scenario, origins, findings);
    if let Some(settings) = &scenario.playtest {
        playtest::check(settings, origins, findings);
    }
}

/// Reports every id that appears a second time; `what` is the kind's key
/// (`jurisdiction`, `provider`, `incident`, `lead`, `evidence`, `inject`,
/// `objective`, `stage`).
pub(crate) fn duplicates<'a>(
    what: &'static str,
    ids: impl IntoIterator<Item = (&'a str, Place)>,
    findings: &mut Findings,
) {
    let mut first_seen: BTreeMap<&str, Place> = BTreeMap::new();
    for (id, place) in ids {
        match first_seen.get(id) {
            Some(first) => {
                findings
                    .add(
                        Code::DuplicateId,
                        place,
                        Said::new("check-duplicate").text("what", what).text("id", id),
                    )
                    .label(Said::new("check-duplicate-label"))
                    .help(Said::new("check-duplicate-help").text("what", what))
                    .first_at(first.clone());
            }
            None => {
                first_seen.insert(id, place);
            }
        }
    }
}
