//! The scenario's script: incident stages, injects (timed or on a
//! condition), objectives met in time, and the end of the exercise.

use super::*;

pub fn stage_reached(world: &mut World, incident: usize, stage: usize) {
    let setup = setup(world);
    let now = now(world);
    let inc = &setup.scenario.incidents[incident];
    let st = &inc.stages[stage];
    world
        .resource_mut::<Progress>()
        .stages
        .insert((incident, stage), now);
    let j = setup.jurisdictions[&inc.jurisdiction];
    if st.risk_to_life {
        casefile_mut(world, j).emergency_known = true;
    }
    let mut to = team(&setup, j);
    to.push(Participant::Trainer);
    emit(
        world,
        Actor::Incident,
        Event::StageReached {
            stage: (incident, stage),
            risk_to_life: st.risk_to_life,
        },
        to,
    );
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
    }
}

/// Injects whose condition now holds fire; objectives met in time are
/// recorded; the exercise ends when its end condition holds.
pub fn evaluate_conditions(world: &mut World) {
    let setup = setup(world);
    let now = now(world);
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
