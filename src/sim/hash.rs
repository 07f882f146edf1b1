//! The state hash: blake3 over a canonical serialisation of everything that
//! changes, each collection sorted by its domain id (never by `Entity`).
//!
//! Two runs agree on the hash exactly when they agree on the clock, the
//! agenda, every data item, request, case file and inbox, the RNG streams'
//! positions, the trace and the progress. Reads only.

use serde::Serialize;

use super::engine;
use super::world::*;

#[derive(Serialize)]
struct Canonical<'a> {
    clock: &'a Clock,
    agenda: Vec<Entry<'a>>,
    rng: Vec<(String, u128)>,
    trace_len: usize,
    trace_digest: String,
    progress: &'a Progress,
    evidence: Vec<&'a Evidence>,
    requests: Vec<&'a Request>,
    casefiles: Vec<&'a Casefile>,
    seats: Vec<SeatHashed<'a>>,
}

/// A seat as the hash reads it: with whether its simulated turn is on the
/// agenda, which the agenda keeps ([`Agenda::turn_pending`]) and the seat
/// once did, at the same place, so that every recorded hash stays the same.
#[derive(Serialize)]
struct SeatHashed<'a> {
    participant: &'a crate::sim::Participant,
    human: bool,
    inbox: &'a [u64],
    read_upto: u64,
    think_pending: bool,
}

/// An agenda entry as the hash reads it: a simulated turn names its
/// participant, as [`Due::Think`] did before it carried a seat number, so
/// that every recorded hash stays the same.
#[derive(Serialize)]
struct Entry<'a> {
    at: crate::time::SimTime,
    seq: u64,
    due: DueNamed<'a>,
}

enum DueNamed<'a> {
    Think(&'a crate::sim::Participant),
    Other(Due),
}

impl Serialize for DueNamed<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DueNamed::Think(participant) => {
                serializer.serialize_newtype_variant("Due", 6, "Think", participant)
            }
            DueNamed::Other(due) => due.serialize(serializer),
        }
    }
}

pub fn state_hash(world: &World) -> String {
    let setup = engine::setup(world);
    let index = world.resource::<Index>();
    let trace = world.resource::<Trace>();
    let canonical = Canonical {
        clock: world.resource::<Clock>(),
        agenda: (world.resource::<Agenda>().sorted().into_iter())
            .map(|Scheduled { at, seq, due }| Entry {
                at,
                seq,
                due: match due {
                    Due::Think(seat) => DueNamed::Think(&engine::seat(world, seat).participant),
                    other => DueNamed::Other(other),
                },
            })
            .collect(),
        rng: world.resource::<Rngs>().0.positions(),
        trace_len: trace.events.len(),
        trace_digest: blake3::Hash::from(trace.digest()).to_hex().to_string(),
        progress: world.resource::<Progress>(),
        // Index vectors are in domain order: item index, request id, jurisdiction index.
        evidence: (0..setup.scenario.evidence.len())
            .map(|i| engine::evidence(world, i))
            .collect(),
        requests: world.resource::<Requests>().all().iter().collect(),
        casefiles: (0..setup.scenario.jurisdictions.len())
            .map(|j| engine::casefile(world, j))
            .collect(),
        seats: (index.seats.iter())
            .map(|(_, &id)| {
                let seat = engine::seat(world, id);
                SeatHashed {
                    participant: &seat.participant,
                    human: seat.human,
                    inbox: &seat.inbox,
                    read_upto: seat.read_upto,
                    think_pending: world.resource::<Agenda>().turn_pending(id),
                }
            })
            .collect(),
    };
    let bytes = serde_json::to_vec(&canonical).expect("the canonical form is plain data");
    blake3::hash(&bytes).to_hex().to_string()
}
