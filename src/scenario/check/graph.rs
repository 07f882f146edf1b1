//! The case as a whole: can players reach every piece of evidence from the
//! incidents' first leads, does a legal instrument reach every provider
//! abroad, and is every definition used.

use std::collections::{BTreeSet, VecDeque};

use super::Origins;
use super::references::Index;
use crate::law::applies_between;
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::Findings;
use crate::scenario::model::{Instrument, Recipient, Scenario};
use crate::scenario::said::Said;

pub fn check(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    let index = Index::new(scenario);
    let evidence_reached = reachable_evidence(scenario, &index);
    for (i, item) in scenario.evidence.iter().enumerate() {
        if !evidence_reached.contains(&i) {
            findings
                .add(
                    Code::UnreachableEvidence,
                    origins.item("evidence", i).field("id"),
                    Said::new("check-unreachable-evidence").text("item", &item.id),
                )
                .label(Said::new("check-unreachable-evidence-label"))
                .help(Said::new("check-unreachable-evidence-help").text("item", &item.id));
        }
    }
    check_instruments(scenario, origins, &index, findings);
    check_unused(scenario, origins, findings);
}

/// Breadth-first from the incidents' initial leads: a lead reaches the
/// leads it reveals and its evidence; evidence reaches the leads it reveals.
fn reachable_evidence(scenario: &Scenario, index: &Index) -> BTreeSet<usize> {
    let mut leads = BTreeSet::new();
    let mut evidence = BTreeSet::new();
    let mut queue: VecDeque<usize> = scenario
        .incidents
        .iter()
        .flat_map(|incident| &incident.initial_leads)
        .filter_map(|id| index.leads.get(id))
        .collect();
    while let Some(lead) = queue.pop_front() {
        if !leads.insert(lead) {
            continue;
        }
        let lead = &scenario.leads[lead];
        queue.extend(lead.reveals.iter().filter_map(|id| index.leads.get(id)));
        for item in lead.evidence.iter().filter_map(|id| index.evidence.get(id)) {
            if evidence.insert(item) {
                let revealed = &scenario.evidence[item].reveals;
                queue.extend(revealed.iter().filter_map(|id| index.leads.get(id)));
            }
        }
    }
    evidence
}

/// Instruments that freeze data abroad.
const PRESERVATION: [Instrument; 2] = [Instrument::Preservation247, Instrument::EuPreservationOrder];
/// Instruments that bring data back from abroad.
const DISCLOSURE: [Instrument; 8] = [
    Instrument::TrafficDisclosure,
    Instrument::Mla,
    Instrument::DirectSubscriberRequest,
    Instrument::EmergencyDisclosure,
    Instrument::EmergencyMla,
    Instrument::EuProductionOrder,
    Instrument::DomainRegistrationRequest,
    Instrument::GivingEffectToOrder,
];

/// Warns where evidence sits in a jurisdiction that no instrument reaches
/// from an incident's jurisdiction.
fn check_instruments(scenario: &Scenario, origins: &Origins, index: &Index, findings: &mut Findings) {
    let mut victims: Vec<usize> = scenario
        .incidents
        .iter()
        .filter_map(|incident| index.jurisdictions.get(&incident.jurisdiction))
        .collect();
    victims.sort_unstable();
    victims.dedup();
    for (i, item) in scenario.evidence.iter().enumerate() {
        let Some(provider) = index.providers.get(&item.provider) else {
            continue;
        };
        let Some(holder) = index
            .jurisdictions
            .get(&scenario.providers[provider].jurisdiction)
        else {
            continue;
        };
        for &victim in &victims {
            let (from, to) = (&scenario.jurisdictions[victim], &scenario.jurisdictions[holder]);
            if from.code == to.code {
                continue;
            }
            let reachable = PRESERVATION
                .iter()
                .chain(&DISCLOSURE)
                .any(|&instrument| applies_between(instrument, from, to));
            if !reachable {
                findings
                    .add(
                        Code::NoInstrument,
                        origins.item("evidence", i).field("provider"),
                        Said::new("check-no-instrument")
                            .text("from", &from.code)
                            .text("to", &to.code)
                            .text("item", &item.id),
                    )
                    .label(Said::new("check-no-instrument-label").text("to", &to.code))
                    .help(
                        Said::new("check-no-instrument-help")
                            .text("from", &from.code)
                            .text("to", &to.code),
                    );
            }
        }
    }
}

/// Warns about definitions nothing uses. Jurisdictions and providers from
/// included fragments are exempt: a region file is shared by scenarios
/// that each use part of it.
fn check_unused(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    let mut used_jurisdictions: BTreeSet<&str> = BTreeSet::new();
    used_jurisdictions.extend(scenario.providers.iter().map(|p| p.jurisdiction.as_str()));
    used_jurisdictions.extend(scenario.incidents.iter().map(|i| i.jurisdiction.as_str()));
    used_jurisdictions.extend(scenario.teams.iter().map(|t| t.jurisdiction.as_str()));
    used_jurisdictions.extend(scenario.suspects.iter().map(|s| s.jurisdiction.as_str()));
    for inject in &scenario.injects {
        for recipient in &inject.to {
            if let Recipient::Team(code) | Recipient::Participant(code, _) = recipient {
                used_jurisdictions.insert(code);
            }
        }
    }
    for (i, jurisdiction) in scenario.jurisdictions.iter().enumerate() {
        if origins.jurisdiction_is_local(i) && !used_jurisdictions.contains(jurisdiction.code.as_str()) {
            findings
                .add(
                    Code::Unused,
                    origins.jurisdiction(i).field("code"),
                    Said::new("check-unused-jurisdiction").text("code", &jurisdiction.code),
                )
                .label(Said::new("check-unused-jurisdiction-label"))
                .help(Said::new("check-unused-jurisdiction-help"));
        }
    }

    let mut used_providers: BTreeSet<&str> = BTreeSet::new();
    used_providers.extend(scenario.evidence.iter().map(|e| e.provider.as_str()));
    used_providers.extend(scenario.leads.iter().filter_map(|l| l.provider.as_deref()));
    for (i, provider) in scenario.providers.iter().enumerate() {
        if origins.provider_is_local(i) && !used_providers.contains(provider.id.as_str()) {
            findings
                .add(
                    Code::Unused,
                    origins.provider(i).field("id"),
                    Said::new("check-unused-provider").text("provider", &provider.id),
                )
                .label(Said::new("check-unused-provider-label"))
                .help(Said::new("check-unused-provider-help"));
        }
    }

    let mut found_somehow: BTreeSet<&str> = BTreeSet::new();
    found_somehow.extend(
        scenario
            .incidents
            .iter()
            .flat_map(|i| i.initial_leads.iter().map(String::as_str)),
    );
    found_somehow.extend(
        scenario
            .leads
            .iter()
            .flat_map(|l| l.reveals.iter().map(String::as_str)),
    );
    found_somehow.extend(
        scenario
            .evidence
            .iter()
            .flat_map(|e| e.reveals.iter().map(String::as_str)),
    );
    for (i, lead) in scenario.leads.iter().enumerate() {
        if !found_somehow.contains(lead.id.as_str()) {
            findings
                .add(
                    Code::Unused,
                    origins.item("leads", i).field("id"),
                    Said::new("check-unrevealed-lead").text("lead", &lead.id),
                )
                .label(Said::new("check-unrevealed-lead-label"))
                .help(Said::new("check-unrevealed-lead-help"));
        }
    }
}
