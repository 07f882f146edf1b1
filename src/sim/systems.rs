//! The step schedule: what runs, in which order, each time the clock
//! reaches a due event (or after an action).
//!
//! The order is stated once, in [`step_schedule`], as a chain:
//! 1. `handle_script` — incident stages, timed injects, the end time;
//! 2. `handle_retention` — data whose retention or preservation ran out;
//! 3. `handle_requests` — judges, desks, central authorities, providers;
//! 4. `handle_thinking` — a non-player actor decides and acts;
//! 5. `evaluate_conditions` — conditional injects, objectives, end condition;
//! 6. `record_happenings` — turns this step's [`Happened`] messages into trace
//!    lines and inbox notes, and wakes the non-player actors they reach.
//!
//! Systems 1-5 are exclusive (`&mut World`): a due event may touch any part
//! of the case (a provider's answer changes evidence, a case file, inboxes
//! and the agenda), the handlers are shared with [`super::actions`], and
//! only one event is handled per run, so nothing would be gained from
//! parallel access. Ambiguity detection is set to error anyway, so a system
//! added later without an order fails the build of the schedule, not a run.

use bevy_ecs::prelude::*;
use bevy_ecs::schedule::{LogLevel, ScheduleBuildSettings, ScheduleLabel, SingleThreadedExecutor};

use super::engine;
use super::types::{Participant, TraceEvent};
use super::world::*;
use crate::scenario::model::{Delay, Role};
use crate::time::Duration;

#[derive(ScheduleLabel, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Step;

/// The schedule run once per due event and once after each action.
pub fn step_schedule() -> Schedule {
    let mut schedule = Schedule::new(Step);
    schedule.set_executor(SingleThreadedExecutor::new());
    schedule.set_build_settings(ScheduleBuildSettings {
        ambiguity_detection: LogLevel::Error,
        ..ScheduleBuildSettings::default()
    });
    schedule.add_systems(
        (
            handle_script,
            handle_retention,
            handle_requests,
            handle_thinking,
            engine::evaluate_conditions,
            record_happenings,
        )
            .chain(),
    );
    schedule
}

fn current(world: &World) -> Option<Due> {
    world.resource::<Current>().0.as_ref().map(|s| s.due.clone())
}

fn handle_script(world: &mut World) {
    match current(world) {
        Some(Due::Stage(incident, stage)) => engine::stage_reached(world, incident, stage),
        Some(Due::Inject(inject)) => engine::fire_inject(world, inject),
        Some(Due::End) => engine::end_exercise(world, super::event::Event::TimeUp),
        _ => {}
    }
}

fn handle_retention(world: &mut World) {
    if let Some(Due::RetentionCheck(item)) = current(world) {
        engine::retention_check(world, item);
    }
}

fn handle_requests(world: &mut World) {
    match current(world) {
        Some(Due::RequestStep(id)) => engine::request_step(world, id),
        Some(Due::JudgeSigns(id)) => engine::judge_signs(world, id),
        Some(Due::Collect(id, item)) => engine::collect(world, id, item),
        _ => {}
    }
}

fn handle_thinking(world: &mut World) {
    let Some(Due::Think(participant)) = current(world) else {
        return;
    };
    if let Some(mut seat) = engine::seat_mut(world, &participant) {
        seat.think_pending = false;
    }
    if world.resource::<Clock>().ended.is_some() {
        return;
    }
    let Some(action) = super::npc::decide(world, &participant) else {
        return; // nothing to do until news arrives
    };
    // A non-player actor goes through the same rules as a person; a refusal
    // would be a policy bug, changes nothing, and ends this actor's turn;
    // unless the team's skill profile slips, when it is their mistake: they
    // read the refusal, mend what it names, and try again after their
    // reaction delay.
    let profile = engine::setup(world).profile;
    let acted = match super::actions::apply(world, &participant, action.clone(), false) {
        Ok(_) => true,
        Err(refusal) => {
            let now = engine::now(world);
            let recovery = profile
                .slips()
                .then(|| super::npc::recover(&action, &refusal))
                .flatten();
            world
                .resource_mut::<NpcRefusals>()
                .0
                .push((now, participant.clone(), refusal));
            if let Some(mended) = recovery {
                let _ = super::actions::apply(world, &participant, mended, false);
            }
            profile.slips()
        }
    };
    if acted {
        // Having acted, it looks again after its reaction delay.
        let now = engine::now(world);
        let emergency = participant
            .jurisdiction()
            .and_then(|code| engine::setup(world).jurisdictions.get(code).copied())
            .is_some_and(|j| engine::casefile(world, j).emergency_known);
        let pace = reaction(participant.role(), emergency);
        let drawn = engine::delay(world, &format!("npc/{participant}"), pace);
        let wait = profile.reaction(drawn);
        if let Some(mut seat) = engine::seat_mut(world, &participant) {
            seat.think_pending = true;
        }
        engine::schedule(world, now.after(wait), Due::Think(participant));
    }
}

/// How quickly a non-player actor playing a person's role reacts to news.
/// Engine policy, not law: kept here with the policy's other knobs. Once
/// its team knows lives are at risk it works the case at once, in minutes
/// (a threat's hour is hours away), as a team on duty for an emergency does.
pub fn reaction(role: Role, emergency: bool) -> Delay {
    match role {
        Role::Contact247 | Role::Investigator if emergency => {
            Delay(Duration::minutes(5), Duration::minutes(15))
        }
        Role::Prosecutor if emergency => Delay(Duration::minutes(15), Duration::hours(1)),
        Role::Contact247 | Role::Liaison => Delay(Duration::minutes(15), Duration::hours(1)),
        Role::Investigator => Delay(Duration::minutes(20), Duration::hours(2)),
        Role::Prosecutor | Role::Trainer => Delay(Duration::hours(1), Duration::hours(6)),
    }
}

// A bevy system names what it reads; the run's setup (its skill profile) is the eighth,
// the case files (whether a team knows lives are at risk) the ninth.
#[allow(clippy::too_many_arguments)]
fn record_happenings(
    mut messages: ResMut<Messages<Happened>>,
    mut trace: ResMut<Trace>,
    mut seats: Query<&mut Seat>,
    index: Res<Index>,
    clock: Res<Clock>,
    mut agenda: ResMut<Agenda>,
    mut rngs: ResMut<Rngs>,
    setup: Res<Static>,
    casefiles: Query<&Casefile>,
) {
    let now = clock.now;
    let profile = setup.0.profile;
    for happened in messages.drain() {
        let seq = trace.events.len() as u64 + 1;
        // News that lives are at risk wakes a simulated team at its
        // emergency pace, even while it waits to look again at its calm one.
        let alarm = matches!(
            happened.event,
            super::event::Event::StageReached {
                risk_to_life: true,
                ..
            }
        );
        let event = TraceEvent {
            seq,
            at: now,
            actor: happened.actor,
            event: happened.event,
        };
        // The chain covers the event as data, never its words: a rewording
        // or a translation leaves every hash as it was.
        let mut encoded = std::mem::take(&mut trace.encoded);
        encoded.clear();
        serde_json::to_writer(&mut encoded, &event).expect("a trace event is plain data");
        let mut chain = blake3::Hasher::new();
        chain.update(&trace.digest);
        chain.update(&encoded);
        trace.digest = *chain.finalize().as_bytes();
        trace.encoded = encoded;
        trace.events.push(event);
        for participant in &happened.to {
            let Some(&entity) = index.seats.get(participant) else {
                continue;
            };
            let Ok(mut seat) = seats.get_mut(entity) else {
                continue;
            };
            seat.inbox.push(seq);
            if !seat.human
                && (!seat.think_pending || alarm)
                && clock.ended.is_none()
                && *participant != Participant::Trainer
            {
                seat.think_pending = true;
                let emergency = participant
                    .jurisdiction()
                    .and_then(|code| setup.0.jurisdictions.get(code))
                    .and_then(|&j| casefiles.get(index.casefiles[j]).ok())
                    .is_some_and(|case| case.emergency_known);
                let wait = profile.reaction(rngs.0.delay(
                    &format!("npc/{participant}"),
                    reaction(participant.role(), emergency),
                ));
                agenda.schedule(now.after(wait), Due::Think(participant.clone()));
            }
        }
    }
}
