//! Which seats have news: a screen redraws only when what its seat may
//! see has changed. The caller keeps the [`Revision`] it last drew at and
//! asks [`Simulation::news_since`] which seats have changed since.
//!
//! Built on change ticks (the agenda, the progress, the trace and each
//! seat, request, data item and case file keep the tick of their last
//! write, [`Tick`]), so headless runs pay nothing: a request, a data item,
//! a case file, a seat (its inbox, its reading) that was written to after
//! a revision is news for the seats that see it ([`super::visibility`]);
//! a pause, a resume or the end is news for everyone; anything at all is
//! news for the trainer, who sees everything. Writes count even when they
//! change nothing, so a seat may be told of news it cannot see; it is
//! never left out of news it can. Outside the state hash: it measures
//! when, not what.

use std::collections::BTreeSet;

use super::Simulation;
use super::engine;
use super::types::Participant;
use super::visibility;
use super::world::*;

/// A point in the exercise's history, to ask what changed since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision(pub(super) Tick);

/// What the facade remembers between steps.
pub(super) struct Tracker {
    /// The revision after the last step.
    pub last: Tick,
    /// Paused and ended, as of the last step, and when either last changed.
    pub clock: (bool, Option<crate::time::SimTime>),
    pub clock_changed: Tick,
}

impl Tracker {
    pub fn new(world: &mut World) -> Tracker {
        let tick = world.increment_change_tick();
        let clock = world.resource::<Clock>();
        Tracker {
            last: tick,
            clock: (clock.paused, clock.ended),
            clock_changed: tick,
        }
    }
}

/// Closes a step: notes a change of pause or end, and starts a new
/// revision so that every later write is newer than this one.
pub(super) fn step_done(sim: &mut Simulation) {
    let now = sim.world.read_change_tick();
    let clock = sim.world.resource::<Clock>();
    let state = (clock.paused, clock.ended);
    if state != sim.tracker.clock {
        sim.tracker.clock = state;
        sim.tracker.clock_changed = now;
    }
    sim.tracker.last = sim.world.increment_change_tick();
}

/// The seats whose view may have changed after `since`, in seat order.
pub(super) fn since(sim: &Simulation, since: Revision) -> Vec<Participant> {
    let world = &sim.world;
    let newer_tick = |tick: Tick| tick.is_newer_than(since.0);
    let index = world.resource::<Index>();
    if sim.tracker.clock_changed.is_newer_than(since.0) {
        return index.seats.keys().cloned().collect();
    }
    let setup = engine::setup(world);
    let mut news: BTreeSet<Participant> = BTreeSet::new();
    let seats = world.resource::<Seats>();
    for (participant, &id) in &index.seats {
        if newer_tick(seats.written(id)) {
            news.insert(participant.clone());
        }
    }
    for (j, (_, written)) in world.resource::<Casefiles>().with_written().enumerate() {
        if newer_tick(written) {
            news.extend(engine::team(&setup, j));
        }
    }
    for (req, written) in world.resource::<Requests>().with_written() {
        if !newer_tick(written) {
            continue;
        }
        for j in [req.from, req.to] {
            news.extend(
                engine::team(&setup, j)
                    .into_iter()
                    .filter(|p| visibility::sees_request(&setup, req, j, p.role())),
            );
        }
    }
    let trainer_news = !news.is_empty()
        || newer_tick(world.written.agenda)
        || newer_tick(world.written.progress)
        || newer_tick(world.written.trace)
        || (world.resource::<DataItems>().with_written()).any(|(_, written)| newer_tick(written));
    if trainer_news {
        news.insert(Participant::Trainer);
        // A provider's liaison sees its company's data as the trainer sees
        // all of it (a lapsing preservation changes it with the agenda
        // alone): it is told whenever the trainer is. Liaisons are few.
        news.extend(
            index
                .seats
                .keys()
                .filter(|p| matches!(p, Participant::Liaison { .. }))
                .cloned(),
        );
    }
    news.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The agenda, the progress and the trace are plain fields of the
    /// world: a write to any of them must still be
    /// news for the trainer, who sees all three, and for nobody else.
    #[test]
    fn a_write_to_the_agenda_the_progress_or_the_trace_is_news_for_the_trainer() {
        let scenario = crate::scenario::load::load_default();
        let mut sim = Simulation::new(&scenario, 7).expect("the default scenario sets up");
        let writes: [fn(&mut World); 3] = [
            |world| engine::schedule(world, crate::time::SimTime(1), Due::End),
            |world| {
                engine::progress_mut(world)
                    .sent
                    .insert(crate::scenario::model::Instrument::Mla);
            },
            |world| {
                let trace = world.resource_mut::<Trace>();
                let seq = trace.events.len() as u64 + 1;
                trace.events.push(crate::sim::types::TraceEvent {
                    seq,
                    at: crate::time::SimTime(0),
                    actor: crate::sim::event::Actor::Clock,
                    event: crate::sim::event::Event::TimeUp,
                });
            },
        ];
        for write in writes {
            let revision = sim.revision();
            assert!(sim.news_since(revision).is_empty());
            write(&mut sim.world);
            assert_eq!(sim.news_since(revision), [Participant::Trainer]);
            step_done(&mut sim);
        }
    }

    /// Data items and case files are plain vectors of the world too
    /// ([`Ticked`]): a write to a data item is news for the trainer, who
    /// sees every provider, and for no team; a write to a case file is news
    /// for its team and the trainer, and for no other team.
    #[test]
    fn a_write_to_a_data_item_or_a_case_file_is_news_for_who_sees_it() {
        let scenario = crate::scenario::load::load_default();
        let mut sim = Simulation::new(&scenario, 7).expect("the default scenario sets up");
        let revision = sim.revision();
        engine::evidence_mut(&mut sim.world, 0).held_for_mla += 1;
        assert_eq!(sim.news_since(revision), [Participant::Trainer]);
        step_done(&mut sim);
        let revision = sim.revision();
        engine::casefile_mut(&mut sim.world, 1).emergency_known = true;
        let team = engine::team(&engine::setup(&sim.world), 1);
        let mut expected = vec![Participant::Trainer];
        expected.extend(team);
        let mut news = sim.news_since(revision);
        news.sort();
        expected.sort();
        assert_eq!(news, expected);
    }

    /// Requests are plain fields of the world too, each with the tick of
    /// its last write: a write to one is news for the seats that see it
    /// (its sender's whole team) and the trainer, and not for a seat that
    /// cannot (another team's investigator never sees a foreign request).
    #[test]
    fn a_write_to_a_request_is_news_for_its_senders_team() {
        use crate::scenario::model::Role;
        let scenario = crate::scenario::load::load_default();
        let mut sim = Simulation::with_humans(&scenario, 7, []).expect("the default scenario sets up");
        sim.advance_to(crate::time::SimTime(2 * 1440));
        let (id, from) = {
            let first = &sim.world.resource::<Requests>().all()[0];
            (first.id, first.from)
        };
        let setup = engine::setup(&sim.world);
        let revision = sim.revision();
        assert!(sim.news_since(revision).is_empty());
        engine::request_mut(&mut sim.world, id);
        let news = sim.news_since(revision);
        assert!(news.contains(&Participant::Trainer));
        for role in PLAYER_ROLES {
            assert!(news.contains(&Participant::player(setup.jurisdiction_code(from), role)));
        }
        for j in (0..setup.scenario.jurisdictions.len()).filter(|&j| j != from) {
            let investigator = Participant::player(setup.jurisdiction_code(j), Role::Investigator);
            assert!(!news.contains(&investigator), "{news:?}");
        }
    }
}
