//! What happens when: the request flow through desks, central authorities,
//! judges and providers; retention and preservation; incident stages,
//! injects, objectives and the end. Used by the systems (due events) and
//! by actions (a participant sending a request), so both go one way.
//!
//! Every function reads and writes the world through domain indexes and
//! reports what happened as [`Happened`] messages; none of them iterates
//! a hash map, reads a clock other than [`Clock`], or draws randomness
//! other than from the named streams in [`Rngs`].
//!
//! In three parts along its seams: [`requests`] (the flow of a request
//! and what the provider does with it, preservation included),
//! [`retention`] (when a provider deletes data) and [`script`] (incident
//! stages, injects, objectives, the end). What a team may see is not here
//! but in [`super::visibility`].
//!
//! Engine assumptions that are not treaty figures (kept few, named here):
//! the requesting side's own central authority transmits an MLA request
//! within [`OWN_AUTHORITY_REVIEW`] of working time; a 24/7 desk staffed
//! only in office hours keeps its central authority's office hours and
//! counts its `acts_in` in working time within them.

use std::sync::Arc;

use crate::law::{self, Channel, Yields};
use crate::scenario::model::{Condition, Delay, Recipient, Role, Staffing};
use crate::time::{Duration, OfficeHours, SimTime};

use super::condition::Reads;
use super::event::{Actor, Clause, Deletion, Event, LeadSource, RequestResult};
use super::rng::{Office, OfficeKey};
use super::types::{Participant, RequestId};
use super::world::*;

mod requests;
mod retention;
mod script;

pub use requests::*;
pub use retention::*;
pub use script::*;

/// Working time the requester's own central authority takes to check and
/// transmit an outgoing MLA request.
pub const OWN_AUTHORITY_REVIEW: Delay = Delay(Duration::hours(1), Duration::hours(8));

pub fn setup(world: &World) -> Arc<Setup> {
    world.resource::<Static>().0.clone()
}

pub fn now(world: &World) -> SimTime {
    world.resource::<Clock>().now
}

pub fn schedule(world: &mut World, at: SimTime, due: Due) {
    world.resource_mut::<Agenda>().schedule(at, due);
}

/// Whom a happening tells: seats by id (a team, the trainer), or
/// participants by name, whose seats are looked up (one that has none,
/// such as a provider's liaison no person plays, is told nothing).
pub enum To {
    Seats(Vec<SeatId>),
    Named(Vec<Participant>),
}

impl To {
    /// No inbox: the trace alone records it.
    pub fn nobody() -> To {
        To::Seats(Vec::new())
    }
}

impl From<Vec<SeatId>> for To {
    fn from(seats: Vec<SeatId>) -> To {
        To::Seats(seats)
    }
}

impl<const N: usize> From<[SeatId; N]> for To {
    fn from(seats: [SeatId; N]) -> To {
        To::Seats(seats.to_vec())
    }
}

impl From<Vec<Participant>> for To {
    fn from(participants: Vec<Participant>) -> To {
        To::Named(participants)
    }
}

pub fn emit(world: &mut World, actor: Actor, event: Event, to: impl Into<To>) {
    let to = match to.into() {
        To::Seats(seats) => seats,
        To::Named(participants) => {
            let index = world.resource::<Index>();
            participants.iter().filter_map(|p| index.seat_id(p)).collect()
        }
    };
    world.write_message(Happened { actor, event, to });
}

pub fn delay<'a>(world: &mut World, stream: impl Into<super::rng::StreamKey<'a>>, delay: Delay) -> Duration {
    world.resource_mut::<Rngs>().0.delay(stream, delay)
}

/// When an office of jurisdiction `j` that keeps `hours` is done with work
/// that takes it `delay` (a judge's `signs_in`, a central authority's
/// `processing`), starting at `at`. Whole days of the delay are working
/// days, the rest open office minutes. The draw is made in office minutes
/// (a working day is one office day's minutes) so that a longer draw never
/// ends sooner: a judge sitting ten hours a day who takes "23h" would
/// otherwise need more than two working days, while "1d" is one.
pub fn after_work(
    world: &mut World,
    j: usize,
    hours: &OfficeHours,
    at: SimTime,
    stream: OfficeKey<'_>,
    delay: Delay,
) -> SimTime {
    let day = i64::from(hours.closes.saturating_sub(hours.opens));
    let work = if day == 0 {
        self::delay(world, stream, delay)
    } else {
        // A remainder longer than the office day is one working day.
        let office_minutes = |d: Duration| {
            let m = d.as_minutes().max(0);
            Duration((m / 1440) * day + (m % 1440).min(day))
        };
        let drawn = self::delay(
            world,
            stream,
            Delay(office_minutes(delay.0), office_minutes(delay.1)),
        )
        .as_minutes();
        Duration((drawn / day) * 1440 + drawn % day)
    };
    setup(world).calendar.add_work(j, hours, at, work)
}

pub fn evidence(world: &World, item: usize) -> &Evidence {
    &world.resource::<DataItems>().all()[item]
}

/// The `part` of what scenario conditions read is about to be written:
/// those that read it are evaluated again after this step.
pub fn inputs_changed(world: &mut World, part: Reads) {
    let watch = world.resource_mut::<ConditionWatch>();
    watch.written = watch.written.with(part);
}

pub fn progress_mut(world: &mut World) -> &mut Progress {
    inputs_changed(world, Reads::PROGRESS);
    world.resource_mut::<Progress>()
}

pub fn evidence_mut(world: &mut World, item: usize) -> &mut Evidence {
    inputs_changed(world, Reads::EVIDENCE);
    world.evidence_mut(item)
}

pub fn request(world: &World, id: RequestId) -> Option<&Request> {
    world.resource::<Requests>().get(id)
}

/// Request `id` to write: noted for the screens' news and for the
/// conditions, which are evaluated again after this step.
pub fn request_mut(world: &mut World, id: RequestId) -> &mut Request {
    inputs_changed(world, Reads::REQUESTS);
    world.request_mut(id)
}

pub fn casefile(world: &World, j: usize) -> &Casefile {
    &world.resource::<Casefiles>().all()[j]
}

pub fn casefile_mut(world: &mut World, j: usize) -> &mut Casefile {
    inputs_changed(world, Reads::CASEFILES);
    world.casefile_mut(j)
}

pub fn seat(world: &World, seat: SeatId) -> &Seat {
    world.resource::<Seats>().get(seat)
}

pub fn seat_mut(world: &mut World, seat: SeatId) -> &mut Seat {
    world.seat_mut(seat)
}

/// The three player seats of a jurisdiction.
pub fn team(setup: &Setup, j: usize) -> Vec<Participant> {
    setup.team(j).to_vec()
}

/// Adds a new request (its id the next one); the conditions look again.
pub fn add_request(world: &mut World, request: Request) {
    inputs_changed(world, Reads::REQUESTS);
    world.add_request(request);
}

pub fn request_count(world: &World) -> usize {
    world.resource::<Requests>().all().len()
}

/// Team `j` learns leads; tells the team which ones are new.
pub fn learn_leads(world: &mut World, j: usize, leads: &[String], how: LeadSource) {
    let setup = setup(world);
    let mut new = Vec::new();
    {
        let case = casefile_mut(world, j);
        for id in leads {
            if let Some(&lead) = setup.leads.get(id)
                && case.note_found(&setup, lead)
            {
                new.push(lead);
            }
        }
    }
    if new.is_empty() {
        return;
    }
    emit(
        world,
        Actor::Team { jurisdiction: j },
        Event::LeadsFound { how, leads: new },
        SeatId::team(j),
    );
}

/// Team `j` hears news of `item`. Evidence in hand stays in hand: later
/// news about the provider's copy does not overwrite it.
pub(crate) fn tell(world: &mut World, j: usize, item: usize, news: News) {
    let case = casefile_mut(world, j);
    let known = case.news.get(&item);
    // Asking again is not news that undoes what the team knows: a request
    // for data it was told is preserved (an MLA request following Art. 29)
    // or disclosed leaves that knowledge, and its deadline, in place.
    let undoes = news == News::Requested
        && matches!(
            known,
            Some(News::PreservedUntil(_) | News::Disclosed | News::DisclosedPreservedUntil(_))
        );
    // One slot per item: a disclosure (Art. 30) and a preservation are
    // both kept, so the copy disclosed leaves the deadline of the
    // preserved one in view, and a renewal leaves the disclosure.
    let news = match (known, news) {
        (Some(News::PreservedUntil(until) | News::DisclosedPreservedUntil(until)), News::Disclosed) => {
            News::DisclosedPreservedUntil(*until)
        }
        (Some(News::Disclosed | News::DisclosedPreservedUntil(_)), News::PreservedUntil(until)) => {
            News::DisclosedPreservedUntil(until)
        }
        (_, news) => news,
    };
    if known != Some(&News::Produced) && !undoes {
        case.news.insert(item, news);
    }
}
