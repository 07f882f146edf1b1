//! The exercise clock's controls in one place: how far time may advance,
//! and the trainer's `Pause`, `Resume`, `SetSpeed` and `Jump`. The facade
//! ([`Simulation::advance_to`], `Jump`) and the trainer's actions (through
//! `actions::apply`) both come here, so that "a paused exercise does not
//! move" is decided once.
//!
//! While paused, simulated time stands still for everyone who would move
//! it — a host's clock driver, a script line, a replay: `advance_to`
//! processes no due event and leaves the clock where it is, and a `Jump`
//! is refused until the trainer resumes. A pause stops the clock, not the
//! people: participants' actions are still applied, at the paused time
//! (what they set in motion waits for the clock). The speed factor is
//! recorded for the host, which maps wall time to simulated time; this
//! module must never read a wall clock or decide anything by the speed.

use bevy_ecs::prelude::*;

use crate::time::{Duration, LONGEST_EXERCISE_YEARS, SimTime};

use super::Simulation;
use super::engine;
use super::types::{Action, Outcome, Participant, Refusal};
use super::world::{Agenda, Clock};

fn ok(message: impl Into<String>) -> Result<Outcome, Refusal> {
    Ok(Outcome {
        message: message.into(),
        request: None,
    })
}

fn refuse<T>(reason: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal::new(reason))
}

/// Process every event due up to `until`, in (time, sequence) order, then
/// set the clock to `until`; stop early when the exercise ends. Paused, or
/// ended: nothing at all. Returns the time reached, so a caller can tell
/// that the clock did not move.
pub(super) fn advance(sim: &mut Simulation, until: SimTime) -> SimTime {
    if sim.world.resource::<Clock>().paused {
        return sim.now();
    }
    loop {
        if sim.world.resource::<Clock>().ended.is_some() {
            return sim.now();
        }
        let Some(next) = sim.world.resource_mut::<Agenda>().pop_due(until) else {
            break;
        };
        {
            let mut clock = sim.world.resource_mut::<Clock>();
            clock.now = clock.now.max(next.at);
        }
        sim.agenda_entries_processed += 1;
        sim.run_step(Some(next));
    }
    let mut clock = sim.world.resource_mut::<Clock>();
    clock.now = clock.now.max(until);
    clock.now
}

/// `Jump(to)`: move the clock forward to `to` since the start, running
/// every event due on the way. Refused while paused: a pause means the
/// clock stands still until the trainer resumes, so that "paused" never
/// hides a clock that moved.
pub(super) fn jump(
    sim: &mut Simulation,
    participant: &Participant,
    to: Duration,
) -> Result<Outcome, Refusal> {
    let to = SimTime::START.after(to);
    if *participant != Participant::Trainer {
        return refuse("only the trainer moves the clock");
    }
    let now = sim.now();
    if to <= now {
        return refuse(format!("time only moves forward: it is already {now}"));
    }
    // The journal cannot record a time past the longest exercise.
    if to > SimTime::LATEST {
        return refuse(format!(
            "the clock cannot go past {} ({} years after the start, the longest an exercise may run)",
            SimTime::LATEST,
            LONGEST_EXERCISE_YEARS
        ));
    }
    if let Some(ended) = sim.ended() {
        return refuse(format!("the exercise ended at {ended}"));
    }
    if sim.paused() {
        return refuse(format!(
            "the exercise is paused at {now}: resume it first, then jump"
        ));
    }
    engine::emit(
        &mut sim.world,
        "trainer",
        format!("jumped the clock to {to}"),
        Vec::new(),
    );
    sim.run_step(None);
    sim.advance_to(to);
    ok(format!("now {}", sim.now()))
}

/// `Pause`, `Resume` and `SetSpeed`, by the trainer (`actions::apply` has
/// checked who asks).
pub(super) fn control(world: &mut World, action: Action) -> Result<Outcome, Refusal> {
    match action {
        Action::Pause => {
            if world.resource::<Clock>().paused {
                return refuse("the exercise is already paused");
            }
            world.resource_mut::<Clock>().paused = true;
            engine::emit(world, "trainer", "paused the exercise", Vec::new());
            ok("paused")
        }
        Action::Resume => {
            if !world.resource::<Clock>().paused {
                return refuse("the exercise is not paused");
            }
            world.resource_mut::<Clock>().paused = false;
            engine::emit(world, "trainer", "resumed the exercise", Vec::new());
            ok("resumed")
        }
        Action::SetSpeed { factor } => {
            if !(1..=100_000).contains(&factor) {
                return refuse("speed is a factor from 1 (real time) to 100000");
            }
            world.resource_mut::<Clock>().speed = factor;
            engine::emit(
                world,
                "trainer",
                format!("set the speed to x{factor}"),
                Vec::new(),
            );
            ok(format!("speed x{factor}"))
        }
        _ => refuse("the clock is moved by the host, not by this action"),
    }
}
