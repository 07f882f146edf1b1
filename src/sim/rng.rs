//! Seeded random streams: one ChaCha8 stream per office or actor
//! (`"desk/B"`, `"provider/bulletproof-vps"`, `"npc/A/247"`), each derived
//! from the exercise seed and the stream's name. An office's stream is
//! asked for by its place among the scenario's offices ([`Office`], whose
//! names [`super::Prepared`] writes once), an actor's
//! ([`StreamKey::Actor`]) by its seat, so that a draw neither formats nor
//! hashes a name.
//!
//! Deriving by name means adding a new actor never shifts the draws of the
//! others, and the order in which streams are first used does not matter.
//! This module never touches `thread_rng`, `StdRng`, `SmallRng` or the OS:
//! only the seed decides. The range mapping is our own (rejection sampling
//! on `next_u64`) so that a change in `rand`'s distributions cannot change
//! an exercise; the golden test in `tests/determinism.rs` pins the outputs.

use std::sync::LazyLock;

use blake3::hazmat::{ContextKey, HasherExt, hash_derive_key_context};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};

use super::types::Participant;
use super::world::SeatId;
use crate::scenario::model::{Delay, Scenario};
use crate::time::Duration;

/// Context string for blake3's key derivation; changing it changes every
/// exercise, so it carries a version.
const STREAM_CONTEXT: &str = "cyberdrill 2026 rng stream v1";

/// [`STREAM_CONTEXT`] hashed, once per process: blake3's `derive_key`
/// would hash it again for every stream, and a run starts some thirty.
static STREAM_CONTEXT_KEY: LazyLock<ContextKey> = LazyLock::new(|| hash_derive_key_context(STREAM_CONTEXT));

/// The seed of one named stream: blake3's `derive_key(STREAM_CONTEXT,
/// seed ‖ name)`, the seed's eight bytes little-endian.
pub fn stream_seed(seed: u64, name: &str) -> [u8; 32] {
    let mut hasher = blake3::Hasher::new_from_context_key(&STREAM_CONTEXT_KEY);
    hasher.update(&seed.to_le_bytes());
    hasher.update(name.as_bytes());
    *hasher.finalize().as_bytes()
}

/// A fresh stream, as the simulation would first use it.
pub fn stream(seed: u64, name: &str) -> ChaCha8Rng {
    ChaCha8Rng::from_seed(stream_seed(seed, name))
}

/// A uniform integer in `low..=high` without modulo bias.
pub fn uniform_inclusive(rng: &mut ChaCha8Rng, low: i64, high: i64) -> i64 {
    let (low, high) = if low <= high { (low, high) } else { (high, low) };
    let span = (high - low) as u64 + 1;
    if span == 0 {
        // The whole u64 range.
        return low.wrapping_add(rng.next_u64() as i64);
    }
    // Reject the top slice of u64 that would bias the modulo.
    let zone = u64::MAX - (u64::MAX % span);
    loop {
        let draw = rng.next_u64();
        if draw < zone {
            return low + (draw % span) as i64;
        }
    }
}

/// The streams an actor draws from, each named `"{prefix}/{participant}"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorStream {
    /// A simulated actor's reaction times and choices (`npc/A/247`).
    Npc,
    /// A skill profile's slips (`skill/A/247`), never a stream the expert uses.
    Skill,
}

impl ActorStream {
    pub const ALL: [ActorStream; 2] = [ActorStream::Npc, ActorStream::Skill];

    /// The name this stream of `participant`'s derives from (`npc/A/247`).
    pub fn name(self, participant: &Participant) -> String {
        let prefix = match self {
            ActorStream::Npc => "npc",
            ActorStream::Skill => "skill",
        };
        format!("{prefix}/{participant}")
    }
}

/// An office that draws its delays and choices from a stream of its own:
/// a jurisdiction's desk, judges, central authority, CSIRT or financial
/// intelligence unit (by jurisdiction index), a provider (by index), or
/// one of the international bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Office {
    Interpol,
    Eurojust,
    Europol,
    Desk(usize),
    Judges(usize),
    CentralAuthority(usize),
    Csirt(usize),
    Fiu(usize),
    Provider(usize),
}

impl Office {
    /// A jurisdiction's offices, in their order among its slots.
    const OF_A_JURISDICTION: [fn(usize) -> Office; 5] = [
        Office::Desk,
        Office::Judges,
        Office::CentralAuthority,
        Office::Csirt,
        Office::Fiu,
    ];

    /// Every office of a scenario of `jurisdictions` and `providers`, in
    /// the order of their [`Office::slot`]s.
    pub fn all(jurisdictions: usize, providers: usize) -> impl Iterator<Item = Office> {
        [Office::Interpol, Office::Eurojust, Office::Europol]
            .into_iter()
            .chain((0..jurisdictions).flat_map(|j| Office::OF_A_JURISDICTION.map(|office| office(j))))
            .chain((0..providers).map(Office::Provider))
    }

    /// This office's place in [`Office::all`] for a scenario of `jurisdictions`.
    pub fn slot(self, jurisdictions: usize) -> usize {
        let of_jurisdiction = |j: usize, kind: usize| 3 + Office::OF_A_JURISDICTION.len() * j + kind;
        match self {
            Office::Interpol => 0,
            Office::Eurojust => 1,
            Office::Europol => 2,
            Office::Desk(j) => of_jurisdiction(j, 0),
            Office::Judges(j) => of_jurisdiction(j, 1),
            Office::CentralAuthority(j) => of_jurisdiction(j, 2),
            Office::Csirt(j) => of_jurisdiction(j, 3),
            Office::Fiu(j) => of_jurisdiction(j, 4),
            Office::Provider(p) => 3 + Office::OF_A_JURISDICTION.len() * jurisdictions + p,
        }
    }

    /// The name its stream derives from (`"judge/B"`,
    /// `"provider/bulletproof-vps"`, `"interpol"`): every recorded
    /// exercise depends on these staying as they are.
    pub fn stream_name(self, scenario: &Scenario) -> String {
        let code = |j: usize| &scenario.jurisdictions[j].code;
        match self {
            Office::Interpol => "interpol".to_string(),
            Office::Eurojust => "eurojust".to_string(),
            Office::Europol => "europol".to_string(),
            Office::Desk(j) => format!("desk/{}", code(j)),
            Office::Judges(j) => format!("judge/{}", code(j)),
            Office::CentralAuthority(j) => format!("central-authority/{}", code(j)),
            Office::Csirt(j) => format!("csirt/{}", code(j)),
            Office::Fiu(j) => format!("fiu/{}", code(j)),
            Office::Provider(p) => format!("provider/{}", scenario.providers[p].id),
        }
    }
}

/// Which stream a draw comes from: an office's or an actor's.
#[derive(Debug, Clone, Copy)]
pub enum StreamKey<'a> {
    Office(OfficeKey<'a>),
    Actor(ActorStream, ActorKey<'a>),
}

/// An office as its stream is asked for: found by its [`Office::slot`]
/// at every draw, named (by [`super::Prepared::office_stream`]) for the
/// stream's first use and [`Streams::positions`].
#[derive(Debug, Clone, Copy)]
pub struct OfficeKey<'a> {
    pub slot: usize,
    pub name: &'a str,
}

/// A simulated actor as its streams are asked for: found by its seat, a
/// vector's index, at every draw; named, for the stream's first use and
/// [`Streams::positions`], by the names of its streams of each
/// [`ActorStream`] kind, which [`super::Prepared::actor`] writes once.
#[derive(Debug, Clone, Copy)]
pub struct ActorKey<'a> {
    pub seat: SeatId,
    pub participant: &'a Participant,
    pub stream_names: &'a [String; 2],
}

impl<'a> From<OfficeKey<'a>> for StreamKey<'a> {
    fn from(office: OfficeKey<'a>) -> Self {
        StreamKey::Office(office)
    }
}

/// Every stream the simulation has used: offices' by slot, actors' by
/// seat, both vectors' indexes, since every draw looks its stream up
/// (issue 12): by name, each draw formatted and hashed a string. Never
/// iterated but in [`Streams::positions`], which names every stream and
/// sorts by name, so hashing and debugging see them in a stable order
/// whichever way a stream is found.
#[derive(Debug, Clone)]
pub struct Streams {
    seed: u64,
    /// By [`Office::slot`]: the office's stream.
    offices: Vec<Slot>,
    /// By [`SeatId`]: the actor's streams of each [`ActorStream`] kind.
    actors: Vec<[Slot; 2]>,
}

/// A stream once used, with the name it derives from (which
/// [`Streams::positions`] reports); none before its first draw.
type Slot = Option<(Box<str>, ChaCha8Rng)>;

/// The slot `at` of `streams`, the vector grown to hold it: by doubling,
/// since a stream is hundreds of bytes and a run starts some thirty, most
/// at a higher slot than the last.
fn slot_of<T>(streams: &mut Vec<T>, at: usize, empty: impl Fn() -> T) -> &mut T {
    if streams.len() <= at {
        let len = (at + 1).max(2 * streams.len()).max(8);
        streams.resize_with(len, empty);
    }
    &mut streams[at]
}

impl Streams {
    pub fn new(seed: u64) -> Self {
        Streams {
            seed,
            offices: Vec::new(),
            actors: Vec::new(),
        }
    }

    fn named(&mut self, key: StreamKey<'_>) -> &mut ChaCha8Rng {
        let seed = self.seed;
        match key {
            StreamKey::Office(office) => {
                let (name, rng) = slot_of(&mut self.offices, office.slot, || None)
                    .get_or_insert_with(|| (office.name.into(), stream(seed, office.name)));
                debug_assert_eq!(&**name, office.name, "one slot, one office");
                rng
            }
            StreamKey::Actor(kind, actor) => {
                let name = &actor.stream_names[kind as usize];
                debug_assert_eq!(
                    *name,
                    kind.name(actor.participant),
                    "an actor's streams are named by it"
                );
                let (known, rng) = slot_of(&mut self.actors, actor.seat.0 as usize, || [None, None])
                    [kind as usize]
                    .get_or_insert_with(|| (name.as_str().into(), stream(seed, name)));
                debug_assert_eq!(&**known, name.as_str(), "one seat, one actor");
                rng
            }
        }
    }

    /// The exercise seed the streams derive from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// A delay drawn uniformly between the scenario's bounds, whole minutes.
    pub fn delay<'a>(&mut self, stream: impl Into<StreamKey<'a>>, delay: Delay) -> Duration {
        let rng = self.named(stream.into());
        Duration(uniform_inclusive(
            rng,
            delay.min().as_minutes().max(0),
            delay.max().as_minutes().max(0),
        ))
    }

    /// True with `percent` chance (0..=100).
    pub fn chance<'a>(&mut self, stream: impl Into<StreamKey<'a>>, percent: u8) -> bool {
        uniform_inclusive(self.named(stream.into()), 0, 99) < i64::from(percent)
    }

    /// An index in `0..len` (len > 0).
    pub fn pick<'a>(&mut self, stream: impl Into<StreamKey<'a>>, len: usize) -> usize {
        uniform_inclusive(self.named(stream.into()), 0, len as i64 - 1) as usize
    }

    /// Stream names with how far each has advanced, sorted by name: the
    /// part of the RNG state the state hash covers.
    pub fn positions(&self) -> Vec<(String, u128)> {
        let mut positions: Vec<(String, u128)> = (self.offices.iter().flatten())
            .chain(self.actors.iter().flatten().flatten())
            .map(|(name, rng)| (name.to_string(), rng.get_word_pos()))
            .collect();
        positions.sort_unstable();
        positions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_independent_of_first_use_order() {
        let delay = Delay(Duration::hours(1), Duration::hours(100));
        let desk = OfficeKey {
            slot: 8,
            name: "desk/B",
        };
        let judges = OfficeKey {
            slot: 4,
            name: "judge/A",
        };
        let mut a = Streams::new(7);
        let mut b = Streams::new(7);
        let a1 = a.delay(desk, delay);
        let a2 = a.delay(judges, delay);
        let b2 = b.delay(judges, delay);
        let b1 = b.delay(desk, delay);
        assert_eq!((a1, a2), (b1, b2));
    }

    #[test]
    fn an_offices_stream_is_the_stream_of_its_name_whatever_its_slot() {
        let delay = Delay(Duration::hours(1), Duration::hours(100));
        let mut by_name = stream(7, "provider/bulletproof-vps");
        let expected: Vec<_> = (0..5)
            .map(|_| Duration(uniform_inclusive(&mut by_name, 60, 6000)))
            .collect();
        for slot in [0, 17] {
            let mut by_office = Streams::new(7);
            let office = OfficeKey {
                slot,
                name: "provider/bulletproof-vps",
            };
            let drawn: Vec<_> = (0..5).map(|_| by_office.delay(office, delay)).collect();
            assert_eq!(drawn, expected);
            assert_eq!(
                by_office.positions(),
                vec![("provider/bulletproof-vps".to_string(), by_name.get_word_pos())]
            );
        }
    }

    #[test]
    fn every_office_has_its_own_slot_in_the_order_of_all() {
        let (jurisdictions, providers) = (3, 4);
        let slots: Vec<usize> = Office::all(jurisdictions, providers)
            .map(|office| office.slot(jurisdictions))
            .collect();
        // Three international bodies, five offices in each of three
        // jurisdictions, four providers.
        assert_eq!(slots, (0..3 + 5 * 3 + 4).collect::<Vec<_>>());
        assert_eq!(Office::Fiu(1).slot(jurisdictions), 3 + 5 + 4);
        assert_eq!(Office::Provider(0).slot(jurisdictions), 18);
    }

    #[test]
    fn an_actors_stream_is_the_stream_of_its_name() {
        let delay = Delay(Duration::hours(1), Duration::hours(100));
        let participant = Participant::player("A", crate::scenario::model::Role::Contact247);
        let names = ActorStream::ALL.map(|kind| kind.name(&participant));
        let actor = ActorKey {
            seat: SeatId(3),
            participant: &participant,
            stream_names: &names,
        };
        let mut by_actor = Streams::new(7);
        let mut by_name = stream(7, "npc/A/247");
        let drawn: Vec<_> = (0..5)
            .map(|_| by_actor.delay(StreamKey::Actor(ActorStream::Npc, actor), delay))
            .collect();
        let expected: Vec<_> = (0..5)
            .map(|_| Duration(uniform_inclusive(&mut by_name, 60, 6000)))
            .collect();
        assert_eq!(drawn, expected);
        assert_eq!(
            by_actor.positions(),
            vec![("npc/A/247".to_string(), by_name.get_word_pos())]
        );
    }

    #[test]
    fn a_streams_seed_is_blake3s_derived_key_of_the_seed_and_name() {
        for (seed, name) in [(0, ""), (7, "desk/B"), (u64::MAX, "npc/A/247")] {
            let mut material = seed.to_le_bytes().to_vec();
            material.extend_from_slice(name.as_bytes());
            assert_eq!(
                stream_seed(seed, name),
                blake3::derive_key(STREAM_CONTEXT, &material)
            );
        }
    }

    #[test]
    fn uniform_stays_in_bounds() {
        let mut rng = stream(1, "t");
        for _ in 0..1000 {
            let v = uniform_inclusive(&mut rng, -3, 4);
            assert!((-3..=4).contains(&v));
        }
        assert_eq!(uniform_inclusive(&mut rng, 5, 5), 5);
    }
}
