//! Seeded random streams: one ChaCha8 stream per purpose or actor
//! (`"desk/B"`, `"provider/bulletproof-vps"`, `"npc/A/247"`), each derived
//! from the exercise seed and the stream's name. An office's stream is
//! asked for by its name; an actor's ([`StreamKey::Actor`]) by its seat,
//! so that a simulated actor's many draws neither format nor hash a name.
//!
//! Deriving by name means adding a new actor never shifts the draws of the
//! others, and the order in which streams are first used does not matter.
//! This module never touches `thread_rng`, `StdRng`, `SmallRng` or the OS:
//! only the seed decides. The range mapping is our own (rejection sampling
//! on `next_u64`) so that a change in `rand`'s distributions cannot change
//! an exercise; the golden test in `tests/determinism.rs` pins the outputs.

use std::collections::HashMap;
use std::sync::LazyLock;

use blake3::hazmat::{ContextKey, HasherExt, hash_derive_key_context};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use rustc_hash::FxBuildHasher;

use super::types::Participant;
use super::world::SeatId;
use crate::scenario::model::Delay;
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
    const ALL: [ActorStream; 2] = [ActorStream::Npc, ActorStream::Skill];

    fn prefix(self) -> &'static str {
        match self {
            ActorStream::Npc => "npc",
            ActorStream::Skill => "skill",
        }
    }
}

/// Which stream a draw comes from: an office's, by name, or an actor's.
#[derive(Debug, Clone, Copy)]
pub enum StreamKey<'a> {
    Named(&'a str),
    Actor(ActorStream, ActorKey<'a>),
}

/// A simulated actor as its streams are asked for: found by its seat, a
/// vector's index, at every draw; named by its participant, which only
/// the stream's first use and [`Streams::positions`] read.
#[derive(Debug, Clone, Copy)]
pub struct ActorKey<'a> {
    pub seat: SeatId,
    pub participant: &'a Participant,
}

impl<'a> From<&'a str> for StreamKey<'a> {
    fn from(name: &'a str) -> Self {
        StreamKey::Named(name)
    }
}

impl<'a> From<&'a String> for StreamKey<'a> {
    fn from(name: &'a String) -> Self {
        StreamKey::Named(name)
    }
}

/// Every stream the simulation has used: offices' by name (found by
/// hash), actors' by seat (by index), since every draw looks its stream
/// up (issue 12). Never iterated but in [`Streams::positions`], which
/// names every stream and sorts by name, so hashing and debugging see them
/// in a stable order whichever way a stream is found.
#[derive(Debug, Clone)]
pub struct Streams {
    seed: u64,
    streams: HashMap<String, ChaCha8Rng, FxBuildHasher>,
    /// By [`SeatId`]: the actor, and its streams of each [`ActorStream`] kind.
    actors: Vec<Option<(Participant, [Option<ChaCha8Rng>; 2])>>,
}

impl Streams {
    pub fn new(seed: u64) -> Self {
        Streams {
            seed,
            streams: HashMap::default(),
            actors: Vec::new(),
        }
    }

    fn named(&mut self, key: StreamKey<'_>) -> &mut ChaCha8Rng {
        let seed = self.seed;
        match key {
            StreamKey::Named(name) => {
                debug_assert!(
                    !ActorStream::ALL
                        .iter()
                        .any(|kind| name.starts_with(&format!("{}/", kind.prefix()))),
                    "`{name}` is an actor's stream: ask for it by StreamKey::Actor"
                );
                if !self.streams.contains_key(name) {
                    self.streams.insert(name.to_string(), stream(seed, name));
                }
                self.streams.get_mut(name).expect("inserted above")
            }
            StreamKey::Actor(kind, actor) => {
                let seat = actor.seat.0 as usize;
                if self.actors.len() <= seat {
                    self.actors.resize(seat + 1, None);
                }
                let (participant, slots) =
                    self.actors[seat].get_or_insert_with(|| (actor.participant.clone(), [None, None]));
                debug_assert_eq!(participant, actor.participant, "one seat, one actor");
                slots[kind as usize]
                    .get_or_insert_with(|| stream(seed, &format!("{}/{participant}", kind.prefix())))
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
        let mut positions: Vec<(String, u128)> = self
            .streams
            .iter()
            .map(|(name, rng)| (name.clone(), rng.get_word_pos()))
            .collect();
        for (participant, slots) in self.actors.iter().flatten() {
            for kind in ActorStream::ALL {
                if let Some(rng) = &slots[kind as usize] {
                    positions.push((format!("{}/{participant}", kind.prefix()), rng.get_word_pos()));
                }
            }
        }
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
        let mut a = Streams::new(7);
        let mut b = Streams::new(7);
        let a1 = a.delay("desk/B", delay);
        let a2 = a.delay("judge/A", delay);
        let b2 = b.delay("judge/A", delay);
        let b1 = b.delay("desk/B", delay);
        assert_eq!((a1, a2), (b1, b2));
    }

    #[test]
    fn an_actors_stream_is_the_stream_of_its_name() {
        let delay = Delay(Duration::hours(1), Duration::hours(100));
        let participant = Participant::player("A", crate::scenario::model::Role::Contact247);
        let actor = ActorKey {
            seat: SeatId(3),
            participant: &participant,
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
