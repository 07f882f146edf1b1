//! Scenario conditions compiled for evaluation: every id a condition names
//! (data item, lead, country, suspect, stage) resolved to its scenario
//! index once per scenario, in [`super::Prepared`], so that the conditions
//! judged after a step look nothing up by name (issue 12).
//!
//! A compiled condition means exactly what its source means: an id the
//! scenario does not define compiles to [`Compiled::Never`], which is what
//! the source evaluated to (the checker refuses such scenarios first).
//! This module only translates; it never reads the world.

use std::collections::BTreeMap;

use crate::scenario::model::{Condition, Instrument, Locator, Scenario};
use crate::time::SimTime;

/// A [`Condition`] with its ids resolved to scenario indexes.
#[derive(Debug, Clone, PartialEq)]
pub enum Compiled {
    /// Names something the scenario does not define: never holds.
    Never,
    At(SimTime),
    /// Any of these (incident, stage) pairs reached: a stage id may recur
    /// across incidents.
    StageReached(Vec<(usize, usize)>),
    LeadFound(usize),
    EvidencePreserved(usize),
    EvidenceDisclosed(usize),
    EvidenceProduced(usize),
    EvidenceLost(usize),
    RequestSent(Instrument),
    All(Vec<Compiled>),
    Any(Vec<Compiled>),
    Not(Box<Compiled>),
    SuspectLocated(usize),
    StageAverted((usize, usize)),
    RequestSentBy(usize, Instrument),
    RequestReceivedBy(usize, Instrument),
    LeadFoundBy(usize, usize),
    EvidencePreservedBy(usize, usize),
    EvidenceDisclosedTo(usize, usize),
    EvidenceProducedFor(usize, usize),
    SuspectLocatedBy(usize, usize),
    IndicatorsShared(usize),
    IndicatorsSharedBy(usize, usize),
    AssetsFrozen(usize),
    RedNoticeIssued(usize),
    SuspectExtradited(usize),
    SuspectProsecuted(usize),
    AssetsTraced(usize),
    CoordinationMeetingHeld(usize, usize),
}

/// The parts of a run's state a compiled condition reads, one bit each:
/// after a step, a condition is judged again only when a part it reads
/// was written since it was last judged, or, for the clock, when the
/// clock passed an instant one of the conditions names
/// ([`super::engine::evaluate_conditions`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reads(u8);

impl Reads {
    pub const NOTHING: Reads = Reads(0);
    pub const CLOCK: Reads = Reads(1);
    pub const EVIDENCE: Reads = Reads(1 << 1);
    pub const CASEFILES: Reads = Reads(1 << 2);
    /// The requests and the index of who sent and received them.
    pub const REQUESTS: Reads = Reads(1 << 3);
    /// The script's progress: stages reached and averted, instruments
    /// sent, coordination meetings held.
    pub const PROGRESS: Reads = Reads(1 << 4);
    pub const EVERYTHING: Reads = Reads(0b1_1111);
    /// What a suspect's locators read: data items obtained, leads found.
    pub const LOCATORS: Reads = Reads(Reads::EVIDENCE.0 | Reads::CASEFILES.0);

    pub fn with(self, other: Reads) -> Reads {
        Reads(self.0 | other.0)
    }

    /// Whether the two share a part.
    pub fn meets(self, other: Reads) -> bool {
        self.0 & other.0 != 0
    }
}

impl Compiled {
    /// What judging this condition reads ([`super::engine`]'s `Facts::holds`).
    pub fn reads(&self) -> Reads {
        use Compiled as C;
        match self {
            C::Never => Reads::NOTHING,
            C::At(_) => Reads::CLOCK,
            C::StageReached(_) | C::StageAverted(_) | C::RequestSent(_) | C::CoordinationMeetingHeld(..) => {
                Reads::PROGRESS
            }
            C::LeadFound(_) | C::LeadFoundBy(..) => Reads::CASEFILES,
            C::EvidencePreserved(_)
            | C::EvidenceDisclosed(_)
            | C::EvidenceProduced(_)
            | C::EvidenceLost(_)
            | C::EvidenceDisclosedTo(..)
            | C::EvidenceProducedFor(..) => Reads::EVIDENCE,
            C::EvidencePreservedBy(..) => Reads::EVIDENCE.with(Reads::REQUESTS),
            C::SuspectLocated(_) | C::SuspectLocatedBy(..) => Reads::LOCATORS,
            C::RequestSentBy(..)
            | C::RequestReceivedBy(..)
            | C::IndicatorsShared(_)
            | C::IndicatorsSharedBy(..)
            | C::AssetsFrozen(_)
            | C::AssetsTraced(_)
            | C::RedNoticeIssued(_)
            | C::SuspectExtradited(_)
            | C::SuspectProsecuted(_) => Reads::REQUESTS,
            C::All(parts) | C::Any(parts) => {
                (parts.iter()).fold(Reads::NOTHING, |reads, c| reads.with(c.reads()))
            }
            C::Not(inner) => inner.reads(),
        }
    }
}

/// What locates a suspect, resolved: a data item a team obtained, or a
/// lead it found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CompiledLocator {
    Evidence(usize),
    Lead(usize),
}

/// The scenario's ids by name, as [`super::Prepared`] indexes them.
pub struct Names<'a> {
    pub scenario: &'a Scenario,
    pub jurisdictions: &'a BTreeMap<String, usize>,
    pub items: &'a BTreeMap<String, usize>,
    pub leads: &'a BTreeMap<String, usize>,
}

impl Names<'_> {
    fn country(&self, code: &str) -> Option<usize> {
        self.jurisdictions.get(code).copied()
    }
    fn item(&self, id: &str) -> Option<usize> {
        self.items.get(id).copied()
    }
    fn lead(&self, id: &str) -> Option<usize> {
        self.leads.get(id).copied()
    }
    fn suspect(&self, id: &str) -> Option<usize> {
        self.scenario.suspects.iter().position(|s| s.id == id)
    }
    /// Every (incident, stage) with this stage id.
    fn stages(&self, id: &str) -> Vec<(usize, usize)> {
        (self.scenario.incidents.iter().enumerate())
            .filter_map(|(i, inc)| inc.stages.iter().position(|s| s.id == id).map(|s| (i, s)))
            .collect()
    }

    /// `condition` with its ids resolved.
    pub fn compile(&self, condition: &Condition) -> Compiled {
        use Compiled as C;
        let one = |id: Option<usize>, make: fn(usize) -> Compiled| id.map_or(C::Never, make);
        let two = |a: Option<usize>, b: Option<usize>, make: fn(usize, usize) -> Compiled| {
            a.zip(b).map_or(C::Never, |(a, b)| make(a, b))
        };
        match condition {
            Condition::At(d) => C::At(SimTime::START.after(*d)),
            Condition::StageReached(id) => C::StageReached(self.stages(id)),
            Condition::LeadFound(id) => one(self.lead(id), C::LeadFound),
            Condition::EvidencePreserved(id) => one(self.item(id), C::EvidencePreserved),
            Condition::EvidenceDisclosed(id) => one(self.item(id), C::EvidenceDisclosed),
            Condition::EvidenceProduced(id) => one(self.item(id), C::EvidenceProduced),
            Condition::EvidenceLost(id) => one(self.item(id), C::EvidenceLost),
            Condition::RequestSent(instrument) => C::RequestSent(*instrument),
            Condition::All(all) => C::All(all.iter().map(|c| self.compile(c)).collect()),
            Condition::Any(any) => C::Any(any.iter().map(|c| self.compile(c)).collect()),
            Condition::Not(c) => C::Not(Box::new(self.compile(c))),
            Condition::SuspectLocated(id) => one(self.suspect(id), C::SuspectLocated),
            Condition::StageAverted(id) => self
                .stages(id)
                .first()
                .map_or(C::Never, |&key| C::StageAverted(key)),
            Condition::RequestSentBy(code, instrument) => self
                .country(code)
                .map_or(C::Never, |j| C::RequestSentBy(j, *instrument)),
            Condition::RequestReceivedBy(code, instrument) => self
                .country(code)
                .map_or(C::Never, |j| C::RequestReceivedBy(j, *instrument)),
            Condition::LeadFoundBy(code, id) => two(self.country(code), self.lead(id), C::LeadFoundBy),
            Condition::EvidencePreservedBy(code, id) => {
                two(self.country(code), self.item(id), C::EvidencePreservedBy)
            }
            Condition::EvidenceDisclosedTo(code, id) => {
                two(self.country(code), self.item(id), C::EvidenceDisclosedTo)
            }
            Condition::EvidenceProducedFor(code, id) => {
                two(self.country(code), self.item(id), C::EvidenceProducedFor)
            }
            Condition::SuspectLocatedBy(code, id) => {
                two(self.country(code), self.suspect(id), C::SuspectLocatedBy)
            }
            Condition::IndicatorsShared(id) => one(self.lead(id), C::IndicatorsShared),
            Condition::IndicatorsSharedBy(code, id) => {
                two(self.country(code), self.lead(id), C::IndicatorsSharedBy)
            }
            Condition::AssetsFrozen(id) => one(self.lead(id), C::AssetsFrozen),
            Condition::RedNoticeIssued(id) => one(self.suspect(id), C::RedNoticeIssued),
            Condition::SuspectExtradited(id) => one(self.suspect(id), C::SuspectExtradited),
            Condition::SuspectProsecuted(id) => one(self.suspect(id), C::SuspectProsecuted),
            Condition::AssetsTraced(id) => one(self.lead(id), C::AssetsTraced),
            Condition::CoordinationMeetingHeld(a, b) => {
                two(self.country(a), self.country(b), C::CoordinationMeetingHeld)
            }
        }
    }

    /// What locates each suspect, resolved; an unknown id locates nothing.
    pub fn locators(&self) -> Vec<Vec<CompiledLocator>> {
        (self.scenario.suspects.iter())
            .map(|suspect| {
                (suspect.located_by.iter())
                    .filter_map(|locator| match locator {
                        Locator::Evidence(id) => self.item(id).map(CompiledLocator::Evidence),
                        Locator::Lead(id) => self.lead(id).map(CompiledLocator::Lead),
                    })
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::library::SCENARIOS;
    use crate::sim::Prepared;

    #[test]
    fn a_condition_reads_the_parts_its_clauses_read() {
        use Compiled as C;
        // A preservation by a team reads the item and the team's requests;
        // a lead found, the case files; a time, the clock; a stage, the
        // script's progress; an unknown id, nothing.
        let condition = C::All(vec![
            C::EvidencePreservedBy(0, 1),
            C::Not(Box::new(C::At(SimTime(60)))),
            C::Any(vec![C::LeadFound(2), C::Never]),
        ]);
        assert_eq!(condition.reads(), Reads(0b0_1111));
        assert_eq!(C::StageReached(vec![(0, 0)]).reads(), Reads::PROGRESS);
        assert_eq!(C::SuspectLocatedBy(0, 0).reads(), Reads(0b0_0110));
        assert_eq!(C::AssetsFrozen(0).reads(), Reads::REQUESTS);
        assert_eq!(C::Never.reads(), Reads::NOTHING);
        assert!(condition.reads().meets(Reads::CASEFILES) && !condition.reads().meets(Reads::PROGRESS));
    }

    fn contains_never(c: &Compiled) -> bool {
        match c {
            Compiled::Never => true,
            Compiled::StageReached(stages) => stages.is_empty(),
            Compiled::All(parts) | Compiled::Any(parts) => parts.iter().any(contains_never),
            Compiled::Not(inner) => contains_never(inner),
            _ => false,
        }
    }

    /// Every shipped scenario checks clean, so every id its conditions and
    /// suspects name resolves: an id looked up in the wrong table (a lead
    /// among the items) would compile to `Never`.
    #[test]
    fn every_shipped_condition_resolves_every_id() {
        for entry in SCENARIOS {
            let scenario = entry
                .check()
                .into_scenario()
                .expect("a shipped scenario checks clean");
            let prepared = Prepared::new(&scenario).expect("a shipped scenario prepares");
            let all = (prepared.inject_conditions.iter())
                .chain(&prepared.objective_conditions)
                .chain(&prepared.end_condition);
            for condition in all {
                assert!(!contains_never(condition), "{}: {condition:?}", entry.id);
            }
            for (suspect, locators) in scenario.suspects.iter().zip(&prepared.suspect_locators) {
                assert_eq!(locators.len(), suspect.located_by.len(), "{}", entry.id);
            }
        }
    }

    #[test]
    fn an_unknown_id_never_holds_and_a_stage_id_names_each_incident_it_is_in() {
        let scenario = crate::scenario::load::load_default();
        let prepared = Prepared::new(&scenario).expect("the default scenario prepares");
        let unknown = Condition::EvidenceLost("no-such-item".into());
        assert_eq!(prepared.compile(&unknown), Compiled::Never);
        let lead = &scenario.leads[1].id;
        assert_eq!(
            prepared.compile(&Condition::LeadFound(lead.clone())),
            Compiled::LeadFound(1)
        );
        let stage = &scenario.incidents[0].stages[1].id;
        assert_eq!(
            prepared.compile(&Condition::StageReached(stage.clone())),
            Compiled::StageReached(vec![(0, 1)])
        );
    }
}
