//! The scenario's script: incident stages (averted or delayed when their
//! `unless` holds at their time), injects (timed or on a condition),
//! suspects located, objectives met in time, and the end of the exercise.
//!
//! Conditions are read from the state as it is (what each team holds,
//! which requests left whom), never from a record of earlier evaluations,
//! so a stage's `unless` sees a suspect located in the same step.

use crate::scenario::model::{Instrument, Locator};

use super::*;

/// An incident stage's time has come. If its `unless` holds now, it is
/// averted, or put off by its `delayed_by` (once: when a delayed stage
/// comes round again it happens); otherwise the stage is reached.
pub fn stage_reached(world: &mut World, incident: usize, stage: usize) {
    let setup = setup(world);
    let now = now(world);
    let inc = &setup.scenario.incidents[incident];
    let st = &inc.stages[stage];
    let key = (incident, stage);
    let j = setup.jurisdictions[&inc.jurisdiction];
    let mut told = team(&setup, j);
    told.push(Participant::Trainer);
    let already_delayed = world.resource::<Progress>().delayed.contains_key(&key);
    if let Some(unless) = &st.unless
        && !already_delayed
        && holds(world, &setup, unless)
    {
        let event = match st.delayed_by {
            Some(by) => {
                let until = now.after(by);
                world.resource_mut::<Progress>().delayed.insert(key, now);
                schedule(world, until, Due::Stage(incident, stage));
                Event::StageDelayed { stage: key, until }
            }
            None => {
                world.resource_mut::<Progress>().averted.insert(key, now);
                Event::StageAverted { stage: key }
            }
        };
        emit(world, Actor::Incident, event, told);
        return;
    }
    world
        .resource_mut::<Progress>()
        .stages
        .insert((incident, stage), now);
    if st.risk_to_life {
        casefile_mut(world, j).emergency_known = true;
    }
    emit(
        world,
        Actor::Incident,
        Event::StageReached {
            stage: (incident, stage),
            risk_to_life: st.risk_to_life,
        },
        told,
    );
}

/// Whether team `j` holds something that locates `suspect`: a data item
/// it obtained (as intelligence or as evidence) or a lead it found.
pub fn locates(world: &World, setup: &Setup, suspect: usize, j: usize) -> bool {
    setup.scenario.suspects[suspect]
        .located_by
        .iter()
        .any(|locator| match locator {
            Locator::Evidence(id) => setup.items.get(id).is_some_and(|&i| {
                let ev = evidence(world, i);
                ev.disclosed_to.contains(&j) || ev.produced_for.contains(&j)
            }),
            Locator::Lead(id) => setup
                .leads
                .get(id)
                .is_some_and(|lead| casefile(world, j).found.contains(lead)),
        })
}

/// The (incident, stage) of a stage id.
fn stage_by_id(setup: &Setup, id: &str) -> Option<(usize, usize)> {
    setup
        .scenario
        .incidents
        .iter()
        .enumerate()
        .find_map(|(i, inc)| inc.stages.iter().position(|s| s.id == id).map(|s| (i, s)))
}

/// Whether jurisdiction `j` sent (`sent`) or received a request of
/// `instrument` that has left its drafter.
fn request_between(world: &World, j: usize, instrument: Instrument, sent: bool) -> bool {
    let index = world.resource::<Index>();
    index.involving.get(j).is_some_and(|ids| {
        ids.iter().filter_map(|&id| request(world, id)).any(|r| {
            r.instrument == instrument && r.sent_at.is_some() && (if sent { r.from } else { r.to }) == j
        })
    })
}

pub fn recipients(setup: &Setup, to: &[Recipient]) -> Vec<Participant> {
    let mut out = std::collections::BTreeSet::new();
    for recipient in to {
        match recipient {
            Recipient::Everyone => {
                out.insert(Participant::Trainer);
                for j in 0..setup.scenario.jurisdictions.len() {
                    out.extend(team(setup, j));
                }
            }
            Recipient::Trainer => {
                out.insert(Participant::Trainer);
            }
            Recipient::Team(code) => {
                if let Some(&j) = setup.jurisdictions.get(code) {
                    out.extend(team(setup, j));
                }
            }
            Recipient::Participant(code, role) => {
                out.insert(Participant::player(code, *role));
            }
        }
    }
    out.into_iter().collect()
}

pub fn fire_inject(world: &mut World, inject: usize) {
    let setup = setup(world);
    let now = now(world);
    if world.resource::<Progress>().injects_fired.contains_key(&inject) {
        return;
    }
    world.resource_mut::<Progress>().injects_fired.insert(inject, now);
    // The news of a stage that puts lives at risk tells the case's team of
    // the risk however it arrives: at the stage, or fired early by the
    // trainer (CETS 224 Art. 3 turns on what is known).
    if let Condition::StageReached(stage) = &setup.scenario.injects[inject].when {
        for incident in &setup.scenario.incidents {
            if incident.stages.iter().any(|s| &s.id == stage && s.risk_to_life) {
                let j = setup.jurisdictions[&incident.jurisdiction];
                casefile_mut(world, j).emergency_known = true;
            }
        }
    }
    let to = recipients(&setup, &setup.scenario.injects[inject].to);
    emit(world, Actor::Inject, Event::InjectFired { inject }, to);
}

/// The exercise ends now; `why` is [`Event::TimeUp`] or [`Event::EndConditionHolds`].
pub fn end_exercise(world: &mut World, why: Event) {
    let now = now(world);
    if world.resource::<Clock>().ended.is_some() {
        return;
    }
    world.resource_mut::<Clock>().ended = Some(now);
    emit(world, Actor::Clock, why, vec![Participant::Trainer]);
}

/// Whether a scenario condition holds now.
pub fn holds(world: &World, setup: &Setup, condition: &Condition) -> bool {
    let now = now(world);
    let item = |id: &str| setup.items.get(id).map(|&i| evidence(world, i));
    let country = |code: &str| setup.jurisdictions.get(code).copied();
    let suspect = |id: &str| setup.scenario.suspects.iter().position(|s| s.id == id);
    match condition {
        Condition::At(d) => now >= SimTime::START.after(*d),
        Condition::StageReached(id) => {
            let progress = world.resource::<Progress>();
            setup.scenario.incidents.iter().enumerate().any(|(i, inc)| {
                inc.stages
                    .iter()
                    .position(|s| &s.id == id)
                    .is_some_and(|s| progress.stages.contains_key(&(i, s)))
            })
        }
        Condition::LeadFound(id) => setup.leads.get(id).is_some_and(|&lead| {
            (0..setup.scenario.jurisdictions.len()).any(|j| casefile(world, j).found.contains(&lead))
        }),
        // Secured counts: data obtained as evidence needs no preservation.
        Condition::EvidencePreserved(id) => item(id).is_some_and(|e| e.ever_preserved || e.is_produced()),
        Condition::EvidenceDisclosed(id) => item(id).is_some_and(|e| e.is_disclosed()),
        Condition::EvidenceProduced(id) => item(id).is_some_and(|e| e.is_produced()),
        Condition::EvidenceLost(id) => item(id).is_some_and(|e| e.is_lost()),
        Condition::RequestSent(instrument) => world.resource::<Progress>().sent.contains(instrument),
        Condition::All(all) => all.iter().all(|c| holds(world, setup, c)),
        Condition::Any(any) => any.iter().any(|c| holds(world, setup, c)),
        Condition::Not(c) => !holds(world, setup, c),
        Condition::SuspectLocated(id) => suspect(id)
            .is_some_and(|s| (0..setup.scenario.jurisdictions.len()).any(|j| locates(world, setup, s, j))),
        Condition::StageAverted(id) => {
            stage_by_id(setup, id).is_some_and(|key| world.resource::<Progress>().averted.contains_key(&key))
        }
        Condition::RequestSentBy(code, instrument) => {
            country(code).is_some_and(|j| request_between(world, j, *instrument, true))
        }
        Condition::RequestReceivedBy(code, instrument) => {
            country(code).is_some_and(|j| request_between(world, j, *instrument, false))
        }
        Condition::LeadFoundBy(code, id) => country(code)
            .zip(setup.leads.get(id))
            .is_some_and(|(j, lead)| casefile(world, j).found.contains(lead)),
        // A preservation sent by `code` that froze the item at its
        // provider, or the item obtained by `code` as evidence (secured).
        Condition::EvidencePreservedBy(code, id) => country(code)
            .zip(setup.items.get(id).copied())
            .is_some_and(|(j, i)| {
                let ev = evidence(world, i);
                let froze = ev.ever_preserved
                    && world.resource::<Index>().involving.get(j).is_some_and(|ids| {
                        ids.iter()
                            .filter_map(|&id| request(world, id))
                            .any(|r| r.from == j && r.frozen_until.is_some() && r.items.contains(&i))
                    });
                froze || ev.produced_for.contains(&j)
            }),
        Condition::EvidenceDisclosedTo(code, id) => country(code)
            .zip(item(id))
            .is_some_and(|(j, ev)| ev.disclosed_to.contains(&j) || ev.produced_for.contains(&j)),
        Condition::EvidenceProducedFor(code, id) => country(code)
            .zip(item(id))
            .is_some_and(|(j, ev)| ev.produced_for.contains(&j)),
        Condition::SuspectLocatedBy(code, id) => country(code)
            .zip(suspect(id))
            .is_some_and(|(j, s)| locates(world, setup, s, j)),
        Condition::IndicatorsShared(id) => setup.leads.get(id).is_some_and(|&lead| {
            (0..setup.scenario.jurisdictions.len()).any(|j| indicators_shared(world, j, lead))
        }),
        Condition::IndicatorsSharedBy(code, id) => country(code)
            .zip(setup.leads.get(id))
            .is_some_and(|(j, &lead)| indicators_shared(world, j, lead)),
        Condition::AssetsFrozen(id) => setup.leads.get(id).is_some_and(|&lead| {
            (0..setup.scenario.jurisdictions.len())
                .any(|j| sent_and_done(world, j, Instrument::FiuFreeze, lead))
        }),
        Condition::RedNoticeIssued(id) => suspect(id).is_some_and(|s| {
            world.resource::<Index>().requests.iter().any(|&e| {
                world.get::<Request>(e).is_some_and(|r| {
                    r.instrument == Instrument::RedNotice && r.succeeded && r.suspect == Some(s)
                })
            })
        }),
        Condition::SuspectExtradited(id) => suspect(id)
            .is_some_and(|s| extradition_ended(world, s, |r| matches!(r, RequestResult::Extradited { .. }))),
        Condition::SuspectProsecuted(id) => suspect(id).is_some_and(|s| {
            extradition_ended(world, s, |r| matches!(r, RequestResult::ProsecutedInstead { .. }))
        }),
        Condition::AssetsTraced(id) => setup.leads.get(id).is_some_and(|&lead| {
            (0..setup.scenario.jurisdictions.len())
                .any(|j| sent_and_done(world, j, Instrument::FiuTrace, lead))
        }),
        Condition::CoordinationMeetingHeld(a, b) => country(a)
            .zip(country(b))
            .is_some_and(|(a, b)| super::requests::coordinated(world, a, b)),
    }
}

/// Team `j` shared `lead` through the CSIRTs and it reached the other
/// State's police (the hand-off is over, not merely sent).
fn indicators_shared(world: &World, j: usize, lead: usize) -> bool {
    sent_and_done(world, j, Instrument::CsirtSharing, lead)
}

/// Team `j` sent a request of `instrument` carrying `lead`, and it
/// succeeded (the freeze is in effect, the hand-off over).
fn sent_and_done(world: &World, j: usize, instrument: Instrument, lead: usize) -> bool {
    let index = world.resource::<Index>();
    index.involving.get(j).is_some_and(|ids| {
        ids.iter()
            .filter_map(|&id| request(world, id))
            .any(|r| r.instrument == instrument && r.from == j && r.succeeded && r.leads.contains(&lead))
    })
}

/// Whether jurisdictions `a` and `b` have set up a joint investigation
/// team (CETS 224 Art. 12).
pub fn joint_team(world: &World, a: usize, b: usize) -> bool {
    world
        .resource::<Progress>()
        .joint_teams
        .contains(&(a.min(b), a.max(b)))
}

/// Whether an extradition request (Art. 24) for `suspect` has ended with a
/// result `ended` accepts.
fn extradition_ended(world: &World, suspect: usize, ended: impl Fn(&RequestResult) -> bool) -> bool {
    (1..=request_count(world) as RequestId)
        .filter_map(|id| request(world, id))
        .any(|r| r.suspect == Some(suspect) && r.result.as_ref().is_some_and(&ended))
}

/// Tells a team, and the trainer, the first time it holds what locates
/// a suspect, and records when.
fn note_suspects_located(world: &mut World, setup: &Setup) {
    let now = now(world);
    for s in 0..setup.scenario.suspects.len() {
        for j in 0..setup.scenario.jurisdictions.len() {
            if world.resource::<Progress>().located.contains_key(&(s, j)) || !locates(world, setup, s, j) {
                continue;
            }
            world.resource_mut::<Progress>().located.insert((s, j), now);
            let mut to = team(setup, j);
            to.push(Participant::Trainer);
            emit(
                world,
                Actor::Team { jurisdiction: j },
                Event::SuspectLocated { suspect: s, by: j },
                to,
            );
        }
    }
}

/// Injects whose condition now holds fire; objectives met in time are
/// recorded; the exercise ends when its end condition holds.
pub fn evaluate_conditions(world: &mut World) {
    let setup = setup(world);
    let now = now(world);
    note_suspects_located(world, &setup);
    for (i, inject) in setup.scenario.injects.iter().enumerate() {
        if matches!(inject.when, Condition::At(_))
            || world.resource::<Progress>().injects_fired.contains_key(&i)
        {
            continue;
        }
        if holds(world, &setup, &inject.when) {
            fire_inject(world, i);
        }
    }
    for (i, objective) in setup.scenario.objectives.iter().enumerate() {
        if world.resource::<Progress>().objectives_met.contains_key(&i) {
            continue;
        }
        let in_time = objective.by.is_none_or(|by| now <= SimTime::START.after(by));
        if in_time && holds(world, &setup, &objective.when) {
            world.resource_mut::<Progress>().objectives_met.insert(i, now);
            emit(
                world,
                Actor::Debrief,
                Event::ObjectiveMet {
                    objective: i,
                    points: objective.points,
                },
                vec![Participant::Trainer],
            );
        }
    }
    if let Some(when) = &setup.scenario.end.when
        && world.resource::<Clock>().ended.is_none()
        && holds(world, &setup, when)
    {
        end_exercise(world, Event::EndConditionHolds);
    }
}
