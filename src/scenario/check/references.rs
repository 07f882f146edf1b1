//! Every id a scenario refers to must be defined: jurisdictions, providers,
//! leads, evidence, stages, suspects (and what locates them, and the
//! conditions of stages); every inject must reach a human; a data item
//! must be of a category its provider holds; a jurisdiction has one team,
//! which lists each role once and never the trainer.

use std::collections::BTreeMap;

use super::{Names, Origins, duplicates};
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::{Findings, Place};
use crate::scenario::model::{Condition, Framework, Instrument, Locator, Recipient, Role, Scenario};
use crate::scenario::said::Said;

/// The ids a scenario defines, by kind.
pub(crate) struct Index<'a> {
    pub jurisdictions: Names<'a>,
    pub providers: Names<'a>,
    pub leads: Names<'a>,
    pub evidence: Names<'a>,
    pub stages: Names<'a>,
    pub suspects: Names<'a>,
    /// The codes of the jurisdictions represented at Eurojust.
    pub at_eurojust: Vec<&'a str>,
}

impl<'a> Index<'a> {
    pub fn new(scenario: &'a Scenario) -> Self {
        Index {
            jurisdictions: Names::new(
                "jurisdiction",
                scenario.jurisdictions.iter().map(|j| j.code.as_str()),
            ),
            providers: Names::new("provider", scenario.providers.iter().map(|p| p.id.as_str())),
            leads: Names::new("lead", scenario.leads.iter().map(|l| l.id.as_str())),
            evidence: Names::new("evidence", scenario.evidence.iter().map(|e| e.id.as_str())),
            stages: Names::new(
                "stage",
                scenario
                    .incidents
                    .iter()
                    .flat_map(|i| i.stages.iter().map(|s| s.id.as_str())),
            ),
            suspects: Names::new("suspect", scenario.suspects.iter().map(|s| s.id.as_str())),
            at_eurojust: scenario
                .jurisdictions
                .iter()
                .filter(|j| j.parties.contains(&Framework::Eurojust))
                .map(|j| j.code.as_str())
                .collect(),
        }
    }
}

pub fn check(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    check_duplicates(scenario, origins, findings);
    let index = Index::new(scenario);

    for (i, incident) in scenario.incidents.iter().enumerate() {
        let place = origins.item("incidents", i);
        index.jurisdictions.require(
            &incident.jurisdiction,
            place.clone().field("jurisdiction"),
            findings,
        );
        for (k, lead) in incident.initial_leads.iter().enumerate() {
            index
                .leads
                .require(lead, place.clone().field("initial_leads").index(k), findings);
        }
        for (k, stage) in incident.stages.iter().enumerate() {
            if let Some(unless) = &stage.unless {
                let place = place.clone().field("stages").index(k).field("unless");
                check_condition(unless, place, &index, findings);
            }
        }
    }

    for (i, suspect) in scenario.suspects.iter().enumerate() {
        let place = origins.item("suspects", i);
        index.jurisdictions.require(
            &suspect.jurisdiction,
            place.clone().field("jurisdiction"),
            findings,
        );
        if let Some(nationality) = &suspect.nationality {
            index
                .jurisdictions
                .require(nationality, place.clone().field("nationality"), findings);
        }
        for (k, locator) in suspect.located_by.iter().enumerate() {
            let argument = place.clone().field("located_by").index(k).index(0);
            match locator {
                Locator::Evidence(item) => index.evidence.require(item, argument, findings),
                Locator::Lead(lead) => index.leads.require(lead, argument, findings),
            };
        }
        if suspect.located_by.is_empty() {
            findings
                .add(
                    Code::NeverHolds,
                    place.field("located_by"),
                    Said::new("check-never-located").text("suspect", &suspect.id),
                )
                .label(Said::new("check-never-located-label"))
                .help(Said::new("check-never-located-help"));
        }
    }

    for (i, lead) in scenario.leads.iter().enumerate() {
        let place = origins.item("leads", i);
        for (k, revealed) in lead.reveals.iter().enumerate() {
            index
                .leads
                .require(revealed, place.clone().field("reveals").index(k), findings);
        }
        // An unknown provider is reported once, not again for each item.
        let provider_known = match &lead.provider {
            Some(provider) => index
                .providers
                .require(provider, place.clone().field("provider"), findings)
                .is_some(),
            None => true,
        };
        for (k, item) in lead.evidence.iter().enumerate() {
            let item_place = place.clone().field("evidence").index(k);
            let Some(found) = index.evidence.require(item, item_place.clone(), findings) else {
                continue;
            };
            let holder = &scenario.evidence[found].provider;
            if provider_known && lead.provider.as_ref() != Some(holder) {
                let message = match &lead.provider {
                    Some(provider) => Said::new("check-evidence-elsewhere").text("provider", provider),
                    None => Said::new("check-evidence-elsewhere-no-provider"),
                };
                findings
                    .add(
                        Code::EvidenceElsewhere,
                        item_place,
                        message.text("item", item).text("holder", holder),
                    )
                    .label(Said::new("check-evidence-elsewhere-label").text("holder", holder))
                    .help(
                        Said::new("check-evidence-elsewhere-help")
                            .text("holder", holder)
                            .text("item", item),
                    );
            }
        }
    }

    for (i, item) in scenario.evidence.iter().enumerate() {
        let place = origins.item("evidence", i);
        let provider = index
            .providers
            .require(&item.provider, place.clone().field("provider"), findings)
            .map(|p| &scenario.providers[p]);
        if let Some(provider) = provider {
            let held = provider.holds.iter().any(|h| h.category == item.category);
            let category = format!("{:?}", item.category);
            if !item.kept && held {
                findings
                    .add(
                        Code::NotKeptButHeld,
                        place.clone().field("kept"),
                        Said::new("check-not-kept-but-held")
                            .text("provider", &provider.id)
                            .text("category", &category),
                    )
                    .label(Said::new("check-not-kept-but-held-label"))
                    .help(
                        Said::new("check-not-kept-but-held-help")
                            .text("provider", &provider.id)
                            .text("category", &category),
                    );
            }
            if item.kept && !held {
                let held: Vec<String> = provider
                    .holds
                    .iter()
                    .map(|h| format!("{:?}", h.category))
                    .collect();
                let help = if held.is_empty() {
                    Said::new("check-category-not-held-help-nothing").text("provider", &provider.id)
                } else {
                    Said::new("check-category-not-held-help")
                        .text("provider", &provider.id)
                        .text("held", held.join(", "))
                        .text("category", &category)
                };
                findings
                    .add(
                        Code::CategoryNotHeld,
                        place.clone().field("category"),
                        Said::new("check-category-not-held")
                            .text("provider", &provider.id)
                            .text("category", &category),
                    )
                    .label(Said::new("check-category-not-held-label"))
                    .help(help);
            }
        }
        for (k, revealed) in item.reveals.iter().enumerate() {
            index
                .leads
                .require(revealed, place.clone().field("reveals").index(k), findings);
        }
        for (k, lead) in item.consent_by.iter().enumerate() {
            index
                .leads
                .require(lead, place.clone().field("consent_by").index(k), findings);
        }
        for (k, holder) in item.reachable_from.iter().enumerate() {
            index
                .providers
                .require(holder, place.clone().field("reachable_from").index(k), findings);
        }
    }

    for (i, team) in scenario.teams.iter().enumerate() {
        index.jurisdictions.require(
            &team.jurisdiction,
            origins.item("teams", i).field("jurisdiction"),
            findings,
        );
    }
    check_teams(scenario, origins, findings);

    for (i, inject) in scenario.injects.iter().enumerate() {
        let place = origins.item("injects", i);
        check_condition(&inject.when, place.clone().field("when"), &index, findings);
        for (k, recipient) in inject.to.iter().enumerate() {
            check_recipient(
                scenario,
                recipient,
                place.clone().field("to").index(k),
                &index,
                findings,
            );
        }
    }

    for (i, objective) in scenario.objectives.iter().enumerate() {
        let place = origins.item("objectives", i).field("when");
        check_condition(&objective.when, place, &index, findings);
    }

    if let Some(when) = &scenario.end.when {
        check_condition(when, origins.root_field("end").field("when"), &index, findings);
    }
}

fn check_duplicates(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    fn ids<'a>(origins: &Origins, field: &'static str, ids: Vec<&'a str>) -> Vec<(&'a str, Place)> {
        ids.into_iter()
            .enumerate()
            .map(|(i, id)| (id, origins.item(field, i).field("id")))
            .collect()
    }
    let incidents: Vec<&str> = scenario.incidents.iter().map(|x| x.id.as_str()).collect();
    duplicates("incident", ids(origins, "incidents", incidents), findings);
    let leads: Vec<&str> = scenario.leads.iter().map(|x| x.id.as_str()).collect();
    duplicates("lead", ids(origins, "leads", leads), findings);
    let evidence: Vec<&str> = scenario.evidence.iter().map(|x| x.id.as_str()).collect();
    duplicates("evidence", ids(origins, "evidence", evidence), findings);
    let injects: Vec<&str> = scenario.injects.iter().map(|x| x.id.as_str()).collect();
    duplicates("inject", ids(origins, "injects", injects), findings);
    let objectives: Vec<&str> = scenario.objectives.iter().map(|x| x.id.as_str()).collect();
    duplicates("objective", ids(origins, "objectives", objectives), findings);
    let suspects: Vec<&str> = scenario.suspects.iter().map(|x| x.id.as_str()).collect();
    duplicates("suspect", ids(origins, "suspects", suspects), findings);
    duplicates(
        "stage",
        scenario.incidents.iter().enumerate().flat_map(|(i, incident)| {
            incident.stages.iter().enumerate().map(move |(k, stage)| {
                (
                    stage.id.as_str(),
                    origins.item("incidents", i).field("stages").index(k).field("id"),
                )
            })
        }),
        findings,
    );
}

/// One team per jurisdiction; each role listed once; no `Trainer`, who
/// belongs to no jurisdiction.
fn check_teams(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    let mut first_team: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, team) in scenario.teams.iter().enumerate() {
        let place = origins.item("teams", i);
        let code = &team.jurisdiction;
        if let Some(&first) = first_team.get(code.as_str()) {
            findings
                .add(
                    Code::DuplicateId,
                    place.clone().field("jurisdiction"),
                    Said::new("check-two-teams").text("code", code),
                )
                .label(Said::new("check-two-teams-label"))
                .help(Said::new("check-two-teams-help").text("code", code))
                .first_at(origins.item("teams", first).field("jurisdiction"));
        } else {
            first_team.insert(code, i);
        }

        // Where each role is first listed, `roles` before `optional`.
        let mut listed: BTreeMap<Role, (&'static str, usize)> = BTreeMap::new();
        let entries = team
            .roles
            .iter()
            .enumerate()
            .map(|(k, role)| ("roles", k, *role))
            .chain(
                team.optional
                    .iter()
                    .enumerate()
                    .map(|(k, role)| ("optional", k, *role)),
            );
        for (field, k, role) in entries {
            let role_place = place.clone().field(field).index(k);
            if role == Role::Trainer {
                findings
                    .add(
                        Code::TrainerRole,
                        role_place,
                        Said::new("check-trainer-role").text("code", code),
                    )
                    .label(Said::new("check-trainer-role-label"))
                    .help(
                        Said::new("check-trainer-role-team-help")
                            .text("code", code)
                            .text("field", field),
                    );
                continue;
            }
            if role == Role::Liaison {
                findings
                    .add(
                        Code::LiaisonRole,
                        role_place,
                        Said::new("check-liaison-role").text("code", code),
                    )
                    .label(Said::new("check-liaison-role-label"))
                    .help(Said::new("check-liaison-role-help"));
                continue;
            }
            let Some(&(first_field, first_k)) = listed.get(&role) else {
                listed.insert(role, (field, k));
                continue;
            };
            let role_name = format!("{role:?}");
            let (message, help) = if first_field == field {
                (
                    Said::new("check-role-listed-twice")
                        .text("role", &role_name)
                        .text("code", code)
                        .text("field", field),
                    Said::new("check-role-listed-twice-help"),
                )
            } else {
                (
                    Said::new("check-role-in-roles-and-optional")
                        .text("role", &role_name)
                        .text("code", code),
                    Said::new("check-role-in-roles-and-optional-help"),
                )
            };
            findings
                .add(Code::RoleListedTwice, role_place, message)
                .label(Said::new("check-role-listed-twice-label"))
                .help(help)
                .first_at(place.clone().field(first_field).index(first_k));
        }
    }
}

/// Calls `visit` on `condition` and every condition inside it, each with
/// its place.
pub(crate) fn for_each_condition(
    condition: &Condition,
    place: Place,
    visit: &mut dyn FnMut(&Condition, Place),
) {
    visit(condition, place.clone());
    match condition {
        Condition::All(parts) | Condition::Any(parts) => {
            for (k, part) in parts.iter().enumerate() {
                for_each_condition(part, place.clone().index(0).index(k), visit);
            }
        }
        Condition::Not(inner) => for_each_condition(inner, place.index(0), visit),
        _ => {}
    }
}

fn check_condition(condition: &Condition, place: Place, index: &Index, findings: &mut Findings) {
    for_each_condition(condition, place, &mut |condition, place| {
        let argument = place.clone().index(0);
        match condition {
            Condition::StageReached(stage) | Condition::StageAverted(stage) => {
                index.stages.require(stage, argument, findings);
            }
            Condition::SuspectLocated(suspect)
            | Condition::RedNoticeIssued(suspect)
            | Condition::SuspectExtradited(suspect)
            | Condition::SuspectProsecuted(suspect) => {
                index.suspects.require(suspect, argument, findings);
            }
            Condition::LeadFound(lead) => {
                index.leads.require(lead, argument, findings);
            }
            Condition::EvidencePreserved(item)
            | Condition::EvidenceDisclosed(item)
            | Condition::EvidenceProduced(item)
            | Condition::EvidenceLost(item) => {
                index.evidence.require(item, argument, findings);
            }
            // Who achieved it: a jurisdiction's code, then what.
            Condition::RequestSentBy(code, instrument) | Condition::RequestReceivedBy(code, instrument) => {
                index.jurisdictions.require(code, argument, findings);
                never_sent(*instrument, place.index(1), findings);
            }
            Condition::LeadFoundBy(code, lead) => {
                index.jurisdictions.require(code, argument, findings);
                index.leads.require(lead, place.index(1), findings);
            }
            Condition::EvidencePreservedBy(code, item)
            | Condition::EvidenceDisclosedTo(code, item)
            | Condition::EvidenceProducedFor(code, item) => {
                index.jurisdictions.require(code, argument, findings);
                index.evidence.require(item, place.index(1), findings);
            }
            Condition::SuspectLocatedBy(code, suspect) => {
                index.jurisdictions.require(code, argument, findings);
                index.suspects.require(suspect, place.index(1), findings);
            }
            Condition::IndicatorsShared(lead)
            | Condition::AssetsFrozen(lead)
            | Condition::AssetsTraced(lead) => {
                index.leads.require(lead, argument, findings);
            }
            Condition::CoordinationMeetingHeld(a, b) => {
                let second = place.clone().index(1);
                let known_a = index.jurisdictions.require(a, argument, findings).is_some();
                let known_b = index.jurisdictions.require(b, second.clone(), findings).is_some();
                // A meeting at Eurojust brings together two States
                // represented there: with itself, or with one that is not
                // represented, it is never held.
                let absent = |code: &String| !index.at_eurojust.contains(&code.as_str());
                let (message, help, code, at) = if known_a && known_b && a == b {
                    (
                        "check-meeting-with-itself",
                        "check-meeting-with-itself-help",
                        b,
                        second,
                    )
                } else if known_a && absent(a) {
                    (
                        "check-not-at-eurojust",
                        "check-not-at-eurojust-help",
                        a,
                        place.clone().index(0),
                    )
                } else if known_b && absent(b) {
                    ("check-not-at-eurojust", "check-not-at-eurojust-help", b, second)
                } else {
                    return;
                };
                findings
                    .add(Code::NeverHolds, at, Said::new(message).text("code", code))
                    .label(Said::new("check-never-held-label"))
                    .help(Said::new(help).text("code", code));
            }
            Condition::IndicatorsSharedBy(code, lead) => {
                index.jurisdictions.require(code, argument, findings);
                index.leads.require(lead, place.index(1), findings);
            }
            Condition::RequestSent(instrument) => never_sent(*instrument, argument, findings),
            _ => {}
        }
    });
}

/// A duty performed within another request's execution (Art. 30 within
/// Art. 29) is never sent on its own: a condition that waits for it never
/// holds; the request it comes with does.
fn never_sent(instrument: Instrument, place: Place, findings: &mut Findings) {
    if let Some(within) = crate::law::rule(instrument).within {
        findings
            .add(
                Code::NeverHolds,
                place,
                Said::new("check-never-sent")
                    .text("instrument", format!("{instrument:?}"))
                    .text("within", format!("{within:?}")),
            )
            .label(Said::new("check-never-sent-label"))
            .help(Said::new("check-never-sent-help").text("within", format!("{within:?}")));
    }
}

fn check_recipient(
    scenario: &Scenario,
    recipient: &Recipient,
    place: Place,
    index: &Index,
    findings: &mut Findings,
) {
    let (code, role) = match recipient {
        Recipient::Everyone | Recipient::Trainer => return,
        Recipient::Team(code) => (code, None),
        Recipient::Participant(code, role) => (code, Some(*role)),
    };
    if index
        .jurisdictions
        .require(code, place.clone().index(0), findings)
        .is_none()
    {
        return;
    }
    if role == Some(Role::Trainer) {
        // It does reach the trainer, whatever the jurisdiction.
        findings
            .add(
                Code::TrainerRole,
                place,
                Said::new("check-trainer-role").text("code", code),
            )
            .label(Said::new("check-trainer-role-label"))
            .help(Said::new("check-trainer-role-inject-help"));
        return;
    }
    if role == Some(Role::Liaison) {
        findings
            .add(
                Code::LiaisonRole,
                place,
                Said::new("check-liaison-role").text("code", code),
            )
            .label(Said::new("check-liaison-role-label"))
            .help(Said::new("check-liaison-role-help"));
        return;
    }
    let teams: Vec<_> = scenario
        .teams
        .iter()
        .filter(|team| team.jurisdiction == *code)
        .collect();
    let humans: Vec<Role> = teams
        .iter()
        .flat_map(|team| team.roles.iter().chain(&team.optional).copied())
        .filter(|role| *role != Role::Trainer)
        .collect();
    let played = match role {
        None => !humans.is_empty(),
        Some(role) => humans.contains(&role),
    };
    if played {
        // Played only if someone takes an optional seat, which the start
        // screen does not offer: say so, or the inject may go unread.
        let by_roles = teams
            .iter()
            .flat_map(|team| team.roles.iter().copied())
            .any(|listed| listed != Role::Trainer && role.is_none_or(|role| role == listed));
        if !by_roles {
            let message = match role {
                Some(role) => Said::new("check-optional-recipient-role").text("role", format!("{role:?}")),
                None => Said::new("check-optional-recipient-team"),
            };
            let seat = role.map_or_else(
                || {
                    let first = humans.first().copied().unwrap_or(Role::Investigator);
                    format!("{first:?}")
                },
                |role| format!("{role:?}"),
            );
            findings
                .add(Code::OptionalRecipient, place, message.text("code", code))
                .label(Said::new("check-optional-recipient-label"))
                .help(
                    Said::new("check-optional-recipient-help")
                        .text("code", code)
                        .text("role", seat),
                );
        }
        return;
    }
    let (message, label) = match role {
        Some(role) => (
            Said::new("check-unplayed-role").text("role", format!("{role:?}")),
            Said::new("check-unplayed-role-label"),
        ),
        None => (
            Said::new("check-unplayed-team"),
            Said::new("check-unplayed-team-label"),
        ),
    };
    let help = if teams.is_empty() {
        Said::new("check-unplayed-no-team-help")
    } else if humans.is_empty() {
        Said::new("check-unplayed-no-human-help")
    } else {
        let roles: Vec<String> = humans.iter().map(|r| format!("{r:?}")).collect();
        Said::new("check-unplayed-simulated-help").text("roles", roles.join(", "))
    };
    findings
        .add(Code::UnplayedRole, place, message.text("code", code))
        .label(label)
        .help(help.text("code", code));
}
