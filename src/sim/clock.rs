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

use crate::time::{Duration, LONGEST_EXERCISE_YEARS, SimTime};

use super::Simulation;
use super::engine::{self, To};
use super::event::{Actor, Event};
use super::refusal::{Done, Refusal};
use super::types::{Action, Outcome, Participant};
use super::world::{Agenda, Clock, World};

fn done(done: Done) -> Result<Outcome, Refusal> {
    Ok(Outcome { done, request: None })
}

/// The trainer, as the actor of the clock's trace lines.
fn trainer() -> Actor {
    Actor::Seat {
        participant: Participant::Trainer,
    }
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
            let clock = sim.world.resource_mut::<Clock>();
            clock.now = clock.now.max(next.at);
        }
        sim.agenda_entries_processed += 1;
        sim.run_step(Some(next));
    }
    let clock = sim.world.resource_mut::<Clock>();
    clock.now = clock.now.max(until);
    clock.now
}

/// `Jump(to)`: move the clock forward to `to` since the start, running
/// every event due on the way. Refused while paused: a pause means the
/// clock stands still until the trainer resumes, so that "paused" never
/// hides a clock that moved. With `dry`, only the checks (the answer is
/// the time asked for; the exercise may end before it).
pub(super) fn jump(
    sim: &mut Simulation,
    participant: &Participant,
    to: Duration,
    dry: bool,
) -> Result<Outcome, Refusal> {
    let to = SimTime::START.after(to);
    if *participant != Participant::Trainer {
        return Err(Refusal::OnlyTrainerMovesClock);
    }
    let now = sim.now();
    if to <= now {
        return Err(Refusal::TimeOnlyForward { now });
    }
    // The journal cannot record a time past the longest exercise.
    if to > SimTime::LATEST {
        return Err(Refusal::PastLatest {
            latest: SimTime::LATEST,
            years: LONGEST_EXERCISE_YEARS as u32,
        });
    }
    if let Some(at) = sim.ended() {
        return Err(Refusal::Ended { at });
    }
    if sim.paused() {
        return Err(Refusal::PausedNoJump { now });
    }
    if dry {
        return done(Done::ClockAt { now: to });
    }
    engine::emit(&mut sim.world, trainer(), Event::Jumped { to }, To::nobody());
    sim.run_step(None);
    sim.advance_to(to);
    done(Done::ClockAt { now: sim.now() })
}

/// `Pause`, `Resume` and `SetSpeed`, by the trainer (`actions::apply` has
/// checked who asks). With `dry`, only the checks.
pub(super) fn control(world: &mut World, action: Action, dry: bool) -> Result<Outcome, Refusal> {
    let (outcome, event) = match action {
        Action::Pause => {
            if world.resource::<Clock>().paused {
                return Err(Refusal::AlreadyPaused);
            }
            (Done::Paused, Event::Paused)
        }
        Action::Resume => {
            if !world.resource::<Clock>().paused {
                return Err(Refusal::NotPaused);
            }
            (Done::Resumed, Event::Resumed)
        }
        Action::SetSpeed { factor } => {
            if !crate::time::is_speed(factor) {
                return Err(Refusal::SpeedOutOfRange);
            }
            (Done::SpeedSet { factor }, Event::SpeedSet { factor })
        }
        _ => return Err(Refusal::ClockMovedByHost),
    };
    if dry {
        return done(outcome);
    }
    {
        let clock = world.resource_mut::<Clock>();
        match action {
            Action::Pause => clock.paused = true,
            Action::Resume => clock.paused = false,
            Action::SetSpeed { factor } => clock.speed = factor,
            _ => unreachable!("refused above"),
        }
    }
    engine::emit(world, trainer(), event, To::nobody());
    done(outcome)
}
