//! The step: what runs, in which order, each time the clock reaches a due
//! event (or after an action).
//!
//! The order is stated once, in [`STEP`], and [`run_step`] runs it:
//! 1. `handle_script` — incident stages, timed injects, the end time;
//! 2. `handle_retention` — data whose retention or preservation ran out;
//! 3. `handle_requests` — judges, desks, central authorities, providers;
//! 4. `handle_thinking` — a non-player actor decides and acts;
//! 5. `evaluate_conditions` — conditional injects, objectives, end condition;
//! 6. `record_happenings` — turns this step's [`Happened`] messages into trace
//!    lines and inbox notes, and wakes the non-player actors they reach
//!    (not for a teammate's paperwork: [`wakes_teammates`]).
//!
//! Each is a plain function of `&mut World`, called in that order: a due
//! event may touch any part of the case (a provider's answer changes
//! evidence, a case file, inboxes and the agenda), the handlers are shared
//! with [`super::actions`], and only one event is handled per step, so
//! there is nothing to run in parallel and nothing for a scheduler to
//! order. The World stays the storage; a bevy `Schedule` per step cost a
//! fifth of a run (issue 12) and is not used. This module must never run
//! the steps in another order or skip one: a step is the whole chain.

use super::engine;
use super::rng::ActorKey;
use super::types::TraceEvent;
use super::world::*;
use crate::scenario::model::{Delay, Role};
use crate::time::Duration;

/// One part of a step: the world, and the due event the step handles
/// (none after an action).
type Part = fn(&mut World, Option<&Due>);

/// The step's six parts, by name, in the order they run.
pub const STEP: [(&str, Part); 6] = [
    ("handle_script", handle_script),
    ("handle_retention", handle_retention),
    ("handle_requests", handle_requests),
    ("handle_thinking", handle_thinking),
    ("evaluate_conditions", |world, _| {
        engine::evaluate_conditions(world)
    }),
    ("record_happenings", |world, _| record_happenings(world)),
];

/// One step: `due` (none after an action) handled by the six parts in
/// their order.
pub fn run_step(world: &mut World, due: Option<Scheduled>) {
    let due = due.map(|scheduled| scheduled.due);
    for (_, part) in STEP {
        part(world, due.as_ref());
    }
}

fn handle_script(world: &mut World, due: Option<&Due>) {
    match due {
        Some(&Due::Stage(incident, stage)) => engine::stage_reached(world, incident, stage),
        Some(&Due::Inject(inject)) => engine::fire_inject(world, inject),
        Some(Due::End) => engine::end_exercise(world, super::event::Event::TimeUp),
        _ => {}
    }
}

fn handle_retention(world: &mut World, due: Option<&Due>) {
    if let Some(&Due::RetentionCheck(item)) = due {
        engine::retention_check(world, item);
    }
}

fn handle_requests(world: &mut World, due: Option<&Due>) {
    match due {
        Some(&Due::RequestStep(id)) => engine::request_step(world, id),
        Some(&Due::JudgeSigns(id)) => engine::judge_signs(world, id),
        Some(&Due::Collect(id, item)) => engine::collect(world, id, item),
        _ => {}
    }
}

fn handle_thinking(world: &mut World, due: Option<&Due>) {
    let Some(&Due::Think(seat)) = due else {
        return;
    };
    let setup = engine::setup(world);
    let me = setup.actor(seat).expect("only a player's seat is simulated");
    let participant = me.participant;
    world.resource_mut::<Agenda>().set_turn_pending(seat, false);
    if world.resource::<Clock>().ended.is_some() {
        return;
    }
    let Some(action) = super::npc::decide(world, me) else {
        return; // nothing to do until news arrives
    };
    // A non-player actor goes through the same rules as a person; a refusal
    // would be a policy bug, changes nothing, and ends this actor's turn;
    // unless the team's skill profile slips, when it is their mistake: they
    // read the refusal, mend what it names, and try again after their
    // reaction delay.
    let profile = setup.profile;
    // Only a team that slips reads its action again, to mend it: the
    // expert's is not copied.
    let tried = profile.slips().then(|| action.clone());
    let acted = match super::actions::apply_at(world, seat, participant, action, false) {
        Ok(_) => true,
        Err(refusal) => {
            let now = engine::now(world);
            let recovery = tried.and_then(|action| super::npc::recover(&action, &refusal));
            world
                .resource_mut::<NpcRefusals>()
                .0
                .push((now, participant.clone(), refusal));
            if let Some(mended) = recovery {
                let _ = super::actions::apply_at(world, seat, participant, mended, false);
            }
            profile.slips()
        }
    };
    if acted {
        // Having acted, it looks again after its reaction delay.
        let now = engine::now(world);
        let emergency = team_in_emergency(world, seat.jurisdiction(setup.scenario.jurisdictions.len()));
        let pace = reaction(participant.role(), emergency);
        let drawn = engine::delay(world, npc_stream(me), pace);
        let wait = profile.reaction(drawn);
        world.resource_mut::<Agenda>().set_turn_pending(seat, true);
        engine::schedule(world, now.after(wait), Due::Think(seat));
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

/// Whether a note of `event` by `actor` wakes a simulated teammate of the
/// actor's. A teammate's own paperwork on a request (drafting, amending,
/// going to the judge, signing, sending, renewing) gives nobody else
/// work: the policy never waits for it, and what it writes only narrows
/// what is left to ask. Waking the team's other seats for it made 42 of
/// the 138 turns of a default run that found nothing to do (issue 12: cost
/// grows with events, not with seats that sit idle). The note still
/// reaches their inboxes.
fn wakes_teammates(actor: &super::event::Actor, event: &super::event::Event) -> bool {
    use super::event::{Actor, Event};
    !(matches!(actor, Actor::Seat { .. })
        && matches!(
            event,
            Event::Drafted { .. }
                | Event::Amended { .. }
                | Event::AppliedToJudge { .. }
                | Event::Signed { .. }
                | Event::Sent { .. }
                | Event::Renewed { .. }
        ))
}

/// The stream of a simulated actor's reaction times and choices.
pub fn npc_stream(actor: ActorKey<'_>) -> super::rng::StreamKey<'_> {
    super::rng::StreamKey::Actor(super::rng::ActorStream::Npc, actor)
}

/// Whether team `j` (none for a seat that is no team's) knows lives are at risk.
fn team_in_emergency(world: &World, j: Option<usize>) -> bool {
    j.is_some_and(|j| engine::casefile(world, j).emergency_known)
}

fn record_happenings(world: &mut World) {
    let mut happenings = world.take_happenings();
    if happenings.is_empty() {
        world.recycle_happenings(happenings);
        return;
    }
    let setup = engine::setup(world);
    let profile = setup.profile;
    let jurisdictions = setup.scenario.jurisdictions.len();
    {
        let mut trace = std::mem::take(&mut *world.resource_mut::<Trace>());
        let (now, ended) = {
            let clock = world.resource::<Clock>();
            (clock.now, clock.ended)
        };
        for happened in happenings.drain(..) {
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
            let wakes = wakes_teammates(&happened.actor, &happened.event);
            let event = TraceEvent {
                seq,
                at: now,
                actor: happened.actor,
                event: happened.event,
            };
            trace.events.push(event);
            for &id in &happened.to {
                let human = {
                    let seat = engine::seat_mut(world, id);
                    seat.inbox.push(seq);
                    seat.human
                };
                if human
                    || !wakes
                    || (world.resource::<Agenda>().turn_pending(id) && !alarm)
                    || ended.is_some()
                    || id == SeatId::TRAINER
                {
                    continue;
                }
                world.resource_mut::<Agenda>().set_turn_pending(id, true);
                let me = setup.actor(id).expect("only a player's seat is simulated");
                let emergency = team_in_emergency(world, id.jurisdiction(jurisdictions));
                let pace = reaction(me.participant.role(), emergency);
                let wait = profile.reaction(engine::delay(world, npc_stream(me), pace));
                engine::schedule(world, now.after(wait), Due::Think(id));
            }
        }
        *world.resource_mut::<Trace>() = trace;
    }
    world.recycle_happenings(happenings);
}
