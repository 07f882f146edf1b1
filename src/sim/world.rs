//! The simulation's state: what is static (the prepared scenario and
//! this run's seed and humans, in [`Setup`]) and what changes, as plain
//! fields of [`World`]: the participants' seats, the requests, data items
//! and case files (vectors by domain index, [`Ticked`]), the clock, the
//! agenda, the RNG streams, the trace, the progress and the indexes.
//!
//! A seat is found by its [`SeatId`] (through [`Index`] by participant), a
//! request by its id, a data item and a case file by their index, each
//! its place in its vector. Nothing here draws randomness or does I/O.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap};
use std::sync::Arc;

use rustc_hash::FxBuildHasher;

use crate::law::{Basis, RequestField};
use crate::scenario::model::{Instrument, Role, Scenario};
use crate::time::{Duration, SimTime};

use super::dense::{DenseMap, DenseSet};
use super::event::{Actor, Deletion, Event, RequestResult};
use super::prepared::Prepared;
use super::rng::Streams;
use super::types::{Participant, RequestId};
use super::view::RetentionSource;

/// What one run reads and never changes: the [`Prepared`] scenario,
/// shared by every run of it, and this run's seed and humans. It derefs
/// to the prepared scenario, so `setup.scenario` and `setup.item_id(i)`
/// read through it.
pub struct Setup {
    pub prepared: Arc<Prepared>,
    pub seed: u64,
    /// Participants played by people; every other seat is a non-player actor.
    pub humans: BTreeSet<Participant>,
    /// How well the non-player actors play (`expert` unless told).
    pub profile: super::profile::Profile,
}

impl std::ops::Deref for Setup {
    type Target = Prepared;
    fn deref(&self) -> &Prepared {
        &self.prepared
    }
}

impl Setup {
    pub fn is_human(&self, participant: &Participant) -> bool {
        self.humans.contains(participant)
    }
}

/// The static part of the world; cloning it is cheap.
#[derive(Clone)]
pub struct Static(pub Arc<Setup>);

/// The world of one run: the state every step reads (the seats, the
/// requests, the clock, the agenda, the streams, the indexes...) as plain
/// fields, and the run's change tick.
///
/// Those were bevy resources, and each look-up by type cost about ninety
/// instructions, some five thousand times a run, and each resource an
/// entity to build and drop (issue 12). Here a look-up is a field: code
/// reads them as before, `world.resource::<Clock>()`, through [`Part`].
/// The screens learn what is new from change ticks ([`super::news`]): the
/// agenda, the progress and the trace keep the tick of their last write,
/// and each seat, request, data item and case file its own ([`Ticked`]).
/// Those were bevy entities and left for the same reason as the
/// resources: a simulated turn reads every one of its team's requests,
/// conditions read data items and case files after most steps, every note
/// is written to its seats' inboxes, and a look-up by entity cost
/// seventy-five to a hundred and fifty instructions where an index costs
/// a few. With the seats gone too, bevy's world kept only the tick, and
/// building and dropping it was a fortieth of a run: the tick is a
/// counter here ([`Tick`]).
pub struct World {
    /// The tick every write is noted with until the next step begins.
    tick: Tick,
    setup: Static,
    seats: Seats,
    requests: Requests,
    items: DataItems,
    casefiles: Casefiles,
    clock: Clock,
    agenda: Agenda,
    rngs: Rngs,
    index: Index,
    trace: Trace,
    progress: Progress,
    watch: ConditionWatch,
    refusals: NpcRefusals,
    /// This step's [`Happened`], turned into trace lines at its end.
    happened: Vec<Happened>,
    /// When the agenda, the progress and the trace were last written.
    pub written: Written,
}

/// When something was written, counted in steps: every write of a step
/// is noted with the same tick, and a step's end starts the next one
/// ([`super::news`]). Sixty-four bits never wrap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tick(u64);

impl Tick {
    const FIRST: Tick = Tick(1);

    /// Whether this write came after the step that ended at `since`.
    pub fn is_newer_than(self, since: Tick) -> bool {
        self > since
    }
}

/// Change ticks of the parts the screens' news reads (see [`World`]).
#[derive(Clone, Copy)]
pub struct Written {
    pub agenda: Tick,
    pub progress: Tick,
    pub trace: Tick,
}

/// A part of the [`World`] found by its type, as bevy finds a resource.
pub trait Part: Sized {
    fn of(world: &World) -> &Self;
    fn of_mut(world: &mut World) -> &mut Self;
}

macro_rules! parts {
    ($($part:ty => $field:ident $(, noting $written:ident)?;)*) => {$(
        impl Part for $part {
            #[inline]
            fn of(world: &World) -> &Self {
                &world.$field
            }
            #[inline]
            fn of_mut(world: &mut World) -> &mut Self {
                $(world.written.$written = world.tick;)?
                &mut world.$field
            }
        }
    )*};
}

parts! {
    Static => setup;
    Seats => seats;
    Requests => requests;
    DataItems => items;
    Casefiles => casefiles;
    Clock => clock;
    Agenda => agenda, noting agenda;
    Rngs => rngs;
    Index => index;
    Trace => trace, noting trace;
    Progress => progress, noting progress;
    ConditionWatch => watch;
    NpcRefusals => refusals;
}

impl World {
    /// A world with nothing in it yet but the setup, the clock and the
    /// streams; the caller adds the seats, data items and case files.
    pub fn new(setup: Arc<Setup>, clock: Clock, rngs: Rngs) -> World {
        let tick = Tick::FIRST;
        World {
            tick,
            setup: Static(setup),
            seats: Seats::default(),
            requests: Requests::default(),
            items: DataItems::default(),
            casefiles: Casefiles::default(),
            clock,
            agenda: Agenda::default(),
            rngs,
            index: Index::default(),
            // Room for a whole run's events (the default scenario's has
            // some 150): growing from empty copied the trace eight times.
            trace: Trace {
                events: Vec::with_capacity(256),
                ..Trace::default()
            },
            progress: Progress::default(),
            watch: ConditionWatch::default(),
            refusals: NpcRefusals::default(),
            happened: Vec::new(),
            written: Written {
                agenda: tick,
                progress: tick,
                trace: tick,
            },
        }
    }

    /// The tick this step's writes are noted with.
    pub(super) fn read_change_tick(&self) -> Tick {
        self.tick
    }

    /// Ends this step's tick and starts the next; the tick that ended.
    pub(super) fn increment_change_tick(&mut self) -> Tick {
        let ended = self.tick;
        self.tick = Tick(ended.0 + 1);
        ended
    }

    #[inline]
    pub fn resource<R: Part>(&self) -> &R {
        R::of(self)
    }

    #[inline]
    pub fn resource_mut<R: Part>(&mut self) -> &mut R {
        R::of_mut(self)
    }

    /// Seat `id` to write, noted as written now for the screens' news.
    /// Panics on an id no seat has: ids come from [`Index`].
    pub(super) fn seat_mut(&mut self, id: SeatId) -> &mut Seat {
        self.seats.write(id.0 as usize, self.tick)
    }

    /// Adds the next seat, in the order [`SeatId`] counts them, under
    /// its participant in the index; its id.
    pub(super) fn add_seat(&mut self, seat: Seat) -> SeatId {
        let id = SeatId(self.seats.all.len() as u32);
        self.index.add_seat(seat.participant.clone(), id);
        self.seats.push(seat, self.tick);
        id
    }

    /// Request `id` to write, noted as written now for the screens' news.
    /// Panics on an id no request has: ids come from the world. The engine
    /// writes through `engine::request_mut`, which also tells the
    /// conditions to look again.
    pub(super) fn request_mut(&mut self, id: RequestId) -> &mut Request {
        let at = (id as usize).checked_sub(1).expect("request ids count from 1");
        self.requests.write(at, self.tick)
    }

    /// Data item `item` to write, noted as written now for the screens'
    /// news; the engine writes through `engine::evidence_mut`.
    pub(super) fn evidence_mut(&mut self, item: usize) -> &mut Evidence {
        self.items.write(item, self.tick)
    }

    /// Jurisdiction `j`'s case file to write, noted as written now for the
    /// screens' news; the engine writes through `engine::casefile_mut`.
    pub(super) fn casefile_mut(&mut self, j: usize) -> &mut Casefile {
        self.casefiles.write(j, self.tick)
    }

    /// Adds the next data item's state (in item order) and the next case
    /// file (in jurisdiction order), as a run starts.
    pub(super) fn add_evidence(&mut self, evidence: Evidence) {
        assert_eq!(
            evidence.item,
            self.items.all.len(),
            "an item's state is at its index"
        );
        self.items.push(evidence, self.tick);
    }

    pub(super) fn add_casefile(&mut self, casefile: Casefile) {
        assert_eq!(
            casefile.jurisdiction,
            self.casefiles.all.len(),
            "a case file is at its index"
        );
        self.casefiles.push(casefile, self.tick);
    }

    /// Adds a new request; its id must be the next one. The engine adds
    /// through `engine::add_request`, which also tells the conditions.
    pub(super) fn add_request(&mut self, request: Request) {
        assert_eq!(
            request.id as usize,
            self.requests.all.len() + 1,
            "a request's id is its place, counted from 1"
        );
        self.index.add_request(&request);
        self.requests.push(request, self.tick);
    }

    /// Something happened this step (see [`Happened`]).
    pub fn write_message(&mut self, happened: Happened) {
        self.happened.push(happened);
    }

    /// This step's happenings, in the order they were written. Hand the
    /// emptied vector back with [`World::recycle_happenings`]: the next
    /// step writes into it instead of growing a new one, as every step
    /// that happens anything did (issue 12).
    pub fn take_happenings(&mut self) -> Vec<Happened> {
        std::mem::take(&mut self.happened)
    }

    /// Gives back the vector [`World::take_happenings`] gave, emptied, for
    /// its room; unless something has been written since, which is kept.
    pub fn recycle_happenings(&mut self, mut spent: Vec<Happened>) {
        spent.clear();
        if self.happened.is_empty() {
            self.happened = spent;
        }
    }
}

/// The seats' ids by participant, and each jurisdiction's requests.
#[derive(Default)]
pub struct Index {
    /// For each jurisdiction, the requests it sent or received, by id.
    pub involving: Vec<Vec<RequestId>>,
    /// For each jurisdiction, the requests it drafted (its team's own), by id.
    pub own: Vec<Vec<RequestId>>,
    /// For each jurisdiction and data item, the instruments of the team's
    /// own requests that name the item, one bit each ([`instrument_bit`]);
    /// an item no request names may lie past the end. A request's
    /// instrument and items never change once drafted, so this is kept as
    /// requests are added: a simulated turn asks it of every item it could
    /// target, and scanning the team's requests each turn was most of a
    /// turn's cost (issue 12).
    pub asked: Vec<Vec<u64>>,
    /// For each jurisdiction and lead, where the team's own requests that
    /// carry the lead go (the State) and their instruments, one bit each:
    /// the leads a team has shared, frozen or handed on, asked at every
    /// turn of the sharing steps, as [`Index::asked`] is of items. A
    /// request's leads never change once drafted.
    pub carried: Vec<Vec<Vec<(usize, u64)>>>,
    pub seats: BTreeMap<Participant, SeatId>,
    /// The seats' ids for look-ups by participant (a search of the ordered
    /// map compared strings a dozen times). Never iterated: [`Index::seats`]
    /// gives the order.
    pub seat_ids: HashMap<Participant, SeatId, FxBuildHasher>,
}

impl Index {
    /// `participant`'s seat is `id`: seats are added in the order
    /// `SeatId` describes ([`World::add_seat`]).
    fn add_seat(&mut self, participant: Participant, id: SeatId) {
        debug_assert!(
            id != SeatId::TRAINER || participant == Participant::Trainer,
            "the trainer's seat comes first"
        );
        self.seat_ids.insert(participant.clone(), id);
        self.seats.insert(participant, id);
    }

    /// The id of `participant`'s seat, if it has one.
    pub fn seat_id(&self, participant: &Participant) -> Option<SeatId> {
        self.seat_ids.get(participant).copied()
    }

    /// `request` is new.
    fn add_request(&mut self, request: &Request) {
        let (id, from, to) = (request.id, request.from, request.to);
        for j in [from, to] {
            grow_to(&mut self.involving, j);
            if self.involving[j].last() != Some(&id) {
                self.involving[j].push(id);
            }
        }
        grow_to(&mut self.own, from);
        self.own[from].push(id);
        grow_to(&mut self.asked, from);
        let asked = &mut self.asked[from];
        for &item in &request.items {
            grow_to(asked, item);
            asked[item] |= instrument_bit(request.instrument);
        }
        grow_to(&mut self.carried, from);
        let carried = &mut self.carried[from];
        for &lead in &request.leads {
            grow_to(carried, lead);
            match carried[lead].iter_mut().find(|(state, _)| *state == to) {
                Some((_, bits)) => *bits |= instrument_bit(request.instrument),
                None => carried[lead].push((to, instrument_bit(request.instrument))),
            }
        }
    }

    /// The requests jurisdiction `j` drafted, by id.
    pub fn requests_from(&self, j: usize) -> &[RequestId] {
        self.own.get(j).map_or(&[], Vec::as_slice)
    }

    /// Whether one of team `j`'s own requests of `instrument` to State `to`
    /// (to any State when `None`) carries `lead`.
    pub fn carries(&self, j: usize, instrument: Instrument, to: Option<usize>, lead: usize) -> bool {
        let carried = self.carried.get(j).and_then(|leads| leads.get(lead));
        carried.is_some_and(|states| {
            (states.iter()).any(|&(state, bits)| {
                to.is_none_or(|to| to == state) && bits & instrument_bit(instrument) != 0
            })
        })
    }

    /// Whether one of team `j`'s own requests of one of `instruments` names `item`.
    pub fn already_asked(&self, j: usize, instruments: &[Instrument], item: usize) -> bool {
        let wanted = instruments.iter().fold(0, |bits, &i| bits | instrument_bit(i));
        let asked = self.asked.get(j).and_then(|items| items.get(item));
        asked.is_some_and(|&bits| bits & wanted != 0)
    }
}

/// Makes `v[i]` exist.
fn grow_to<T: Default + Clone>(v: &mut Vec<T>, i: usize) {
    if v.len() <= i {
        v.resize(i + 1, T::default());
    }
}

/// An instrument's bit in [`Index::asked`] and [`Index::carried`].
fn instrument_bit(instrument: Instrument) -> u64 {
    const _: () = assert!(
        crate::law::ALL_INSTRUMENTS.len() <= 64,
        "an instrument is one bit of a u64"
    );
    1 << instrument as u32
}

/// The exercise clock. While `paused`, simulated time stands still (see
/// `clock.rs`); `speed` is the host's business (mapping wall time). Both
/// live here so that a journal replays them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Clock {
    pub now: SimTime,
    pub paused: bool,
    pub speed: u32,
    /// Set once the end condition or the end time is reached.
    pub ended: Option<SimTime>,
}

/// Something due to happen at a time.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Due {
    /// A data item's retention (or its preservation) may have run out.
    RetentionCheck(usize),
    /// An incident reaches a stage: (incident, stage).
    Stage(usize, usize),
    /// An inject whose condition is a time.
    Inject(usize),
    /// The exercise's `end.after`.
    End,
    /// A judge signs a court order.
    JudgeSigns(RequestId),
    /// Whoever holds a request now acts on it.
    RequestStep(RequestId),
    /// A non-player actor (a player's seat) looks at its desk and maybe acts.
    Think(SeatId),
    /// A real-time collection order collects an item as it is created.
    Collect(RequestId, usize),
}

/// One agenda entry, ordered by (time, sequence): two events at the same
/// minute happen in the order they were scheduled.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Scheduled {
    pub at: SimTime,
    pub seq: u64,
    pub due: Due,
}

/// The priority queue of future events: the simulation jumps from one to
/// the next, so idle time costs nothing.
///
/// The heap holds only each entry's (time, sequence) and the slot of its
/// [`Due`]: sifting moves and compares those few bytes, not whole entries
/// (a `Think` names its participant), a dozen times an event.
#[derive(Default)]
pub struct Agenda {
    queue: BinaryHeap<Reverse<(SimTime, u64, usize)>>,
    /// The pending entries' events by slot; a slot is reused once its
    /// entry has been taken.
    dues: Vec<Option<Due>>,
    /// Slots whose entry was taken, to reuse.
    free: Vec<usize>,
    next_seq: u64,
    /// By [`SeatId`]: the seat has a simulated turn on the agenda, so news
    /// that reaches it schedules no other (but an alarm's). Kept here, not
    /// on the seat, because it is the agenda's business, not the screens':
    /// writing a seat marks it as news.
    turn_pending: Vec<bool>,
}

impl Agenda {
    pub fn schedule(&mut self, at: SimTime, due: Due) {
        self.next_seq += 1;
        let slot = match self.free.pop() {
            Some(slot) => {
                self.dues[slot] = Some(due);
                slot
            }
            None => {
                self.dues.push(Some(due));
                self.dues.len() - 1
            }
        };
        self.queue.push(Reverse((at, self.next_seq, slot)));
    }
    /// Whether `seat` has a simulated turn on the agenda.
    pub fn turn_pending(&self, seat: SeatId) -> bool {
        self.turn_pending.get(seat.0 as usize).copied().unwrap_or(false)
    }

    /// Notes whether `seat` has a simulated turn on the agenda: set with
    /// the turn it schedules, cleared as its turn is taken.
    pub fn set_turn_pending(&mut self, seat: SeatId, pending: bool) {
        let at = seat.0 as usize;
        if self.turn_pending.len() <= at {
            self.turn_pending.resize(at + 1, false);
        }
        self.turn_pending[at] = pending;
    }

    pub fn next_time(&self) -> Option<SimTime> {
        self.queue.peek().map(|Reverse((at, ..))| *at)
    }
    pub fn pop_due(&mut self, until: SimTime) -> Option<Scheduled> {
        if self.next_time()? > until {
            return None;
        }
        let Reverse((at, seq, slot)) = self.queue.pop()?;
        self.free.push(slot);
        let due = self.dues[slot]
            .take()
            .expect("a queued entry's slot holds its event");
        Some(Scheduled { at, seq, due })
    }
    /// Pending entries in the order they will happen.
    pub fn sorted(&self) -> Vec<Scheduled> {
        let mut entries: Vec<Scheduled> = self
            .queue
            .iter()
            .map(|&Reverse((at, seq, slot))| Scheduled {
                at,
                seq,
                due: self.dues[slot]
                    .clone()
                    .expect("a queued entry's slot holds its event"),
            })
            .collect();
        entries.sort();
        entries
    }
}

/// Which parts of what scenario conditions read (data items, requests,
/// case files, the script's progress) have been written since conditions
/// were last evaluated, and when that was: a condition is evaluated again
/// only when a part it reads was written, or when the clock passed an
/// instant one of them reads ([`super::engine::evaluate_conditions`]).
/// Every write goes through the engine's `evidence_mut`, `request_mut`,
/// `add_request`, `casefile_mut` and `progress_mut`, which note their
/// part in `written`. Outside the state hash: it says what to recompute,
/// not what happened.
pub struct ConditionWatch {
    pub written: super::condition::Reads,
    pub evaluated_at: Option<SimTime>,
    /// Evaluations so far, for the test that proves idle steps skip them.
    pub evaluations: u64,
}

impl Default for ConditionWatch {
    fn default() -> Self {
        ConditionWatch {
            written: super::condition::Reads::EVERYTHING,
            evaluated_at: None,
            evaluations: 0,
        }
    }
}

/// What simulated actors tried that the law refused, in order: their
/// slips (a skill profile's) and would-be policy bugs. Outside the state
/// hash, like the news tracker: it records attempts that changed nothing,
/// for playtest statistics, and a replay rebuilds it the same.
#[derive(Default)]
pub struct NpcRefusals(pub Vec<(crate::time::SimTime, Participant, super::Refusal)>);

/// The RNG streams.
pub struct Rngs(pub Streams);

impl Rngs {
    /// The streams taken out of the world, for code that reads the world
    /// while it draws (a simulated actor's turn); give them back with
    /// [`Rngs::give_back`].
    pub fn lend(world: &mut World) -> Rngs {
        let seed = world.rngs.0.seed();
        Rngs(std::mem::replace(&mut world.rngs.0, Streams::new(seed)))
    }

    pub fn give_back(self, world: &mut World) {
        world.rngs = self;
    }
}

/// Everything that happened, one line each, and the hash chain over it, so
/// the state hash covers the whole trace without re-reading it.
///
/// The chain is folded when it is read ([`Trace::digest`]), not as events
/// are written: a playtest's thousands of runs never read it, and a journal
/// that hashes every step folds each event once all the same. The lock
/// lets a reader (`&World`) fold; nothing else takes it.
#[derive(Default)]
pub struct Trace {
    pub events: Vec<super::types::TraceEvent>,
    chain: std::sync::Mutex<Chain>,
}

/// How far the hash chain has been folded over the trace.
#[derive(Default)]
struct Chain {
    digest: [u8; 32],
    /// Events folded so far (a prefix of the trace).
    folded: usize,
    /// The last event as the chain hashes it, kept to reuse its memory:
    /// encoded whole, then hashed in one call (not written piecewise into
    /// the hasher). Never read: not state.
    encoded: Vec<u8>,
}

impl Trace {
    /// The hash chain over every event so far: each link hashes the last
    /// digest and the event encoded as JSON. The chain covers the event as
    /// data, never its words: a rewording or a translation leaves every
    /// hash as it was.
    pub fn digest(&self) -> [u8; 32] {
        let mut chain = self.chain.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let Chain {
            digest,
            folded,
            encoded,
        } = &mut *chain;
        for event in &self.events[*folded..] {
            encoded.clear();
            serde_json::to_writer(&mut *encoded, event).expect("a trace event is plain data");
            let mut link = blake3::Hasher::new();
            link.update(digest);
            link.update(encoded);
            *digest = *link.finalize().as_bytes();
        }
        *folded = self.events.len();
        *digest
    }
}

/// What the scenario script has done so far.
#[derive(Default, Debug, Clone, serde::Serialize)]
pub struct Progress {
    /// (incident, stage) reached, with when.
    #[serde(serialize_with = "as_pairs")]
    pub stages: BTreeMap<(usize, usize), SimTime>,
    /// By inject, and by objective: asked of every open one at every evaluation.
    pub injects_fired: DenseMap<SimTime>,
    pub objectives_met: DenseMap<SimTime>,
    /// Instruments some participant has sent a request of.
    pub sent: BTreeSet<Instrument>,
    /// (incident, stage) whose `unless` held at its time, with when: averted.
    /// The three maps below are skipped when empty, so that a scenario
    /// without conditional stages or suspects hashes as it did before.
    #[serde(serialize_with = "as_pairs", skip_serializing_if = "BTreeMap::is_empty")]
    pub averted: BTreeMap<(usize, usize), SimTime>,
    /// (incident, stage) put off by its `delayed_by`, with when it was put off.
    #[serde(serialize_with = "as_pairs", skip_serializing_if = "BTreeMap::is_empty")]
    pub delayed: BTreeMap<(usize, usize), SimTime>,
    /// (suspect, jurisdiction) located by that team, with when.
    #[serde(serialize_with = "as_pairs", skip_serializing_if = "BTreeMap::is_empty")]
    pub located: BTreeMap<(usize, usize), SimTime>,
    /// Pairs of jurisdictions (lower index first) that have set up a joint
    /// investigation team (CETS 224 Art. 12). Skipped when empty.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub joint_teams: BTreeSet<(usize, usize)>,
    /// (receiving jurisdiction, item, transferring jurisdiction): data
    /// received on condition that it go on to no other State without the
    /// transferring one's authorisation (CETS 224 Art. 14(10)(a)).
    /// Skipped when empty.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub onward_transfer_conditions: BTreeSet<(usize, usize, usize)>,
    /// Pairs of jurisdictions (lower index first) whose judicial
    /// authorities have met at Eurojust: the MLA requests between them go
    /// at the agreed pace. Skipped when empty.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub coordinated: BTreeSet<(usize, usize)>,
}

/// JSON maps need string keys: write a tuple-keyed map as a list of pairs.
fn as_pairs<S: serde::Serializer, K: serde::Serialize, V: serde::Serialize>(
    map: &BTreeMap<K, V>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(map.iter())
}

/// Something that happened, written by whichever system or action caused
/// it and turned into a trace line and inbox notes at the end of the step.
#[derive(Debug, Clone)]
pub struct Happened {
    pub actor: Actor,
    pub event: Event,
    /// Whose inbox gets it (the trainer sees the whole trace anyway), in
    /// the order they are told.
    pub to: Vec<SeatId>,
}

/// A seat by its place: the trainer's first, then the three player seats
/// of each jurisdiction in [`PLAYER_ROLES`] order, then the liaisons
/// people play. A team's seats are found by arithmetic, not by hashing
/// their names: every note is delivered to seats, some five hundred a run.
/// Never hashed or journalled; the participant is the stable name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct SeatId(pub u32);

impl SeatId {
    pub const TRAINER: SeatId = SeatId(0);

    /// Jurisdiction `j`'s player seats, in [`PLAYER_ROLES`] order.
    pub fn team(j: usize) -> [SeatId; PLAYER_ROLES.len()] {
        let first = 1 + PLAYER_ROLES.len() * j;
        std::array::from_fn(|r| SeatId((first + r) as u32))
    }

    /// This seat's place among the player seats, counted jurisdiction by
    /// jurisdiction in [`PLAYER_ROLES`] order (a liaison's is past the
    /// last player's); none for the trainer's.
    pub fn player_place(self) -> Option<usize> {
        (self.0 as usize).checked_sub(1)
    }

    /// The jurisdiction whose player seat this is, in a scenario of
    /// `jurisdiction_count` jurisdictions; none for the trainer's or a liaison's.
    pub fn jurisdiction(self, jurisdiction_count: usize) -> Option<usize> {
        let j = self.player_place()? / PLAYER_ROLES.len();
        (j < jurisdiction_count).then_some(j)
    }
}

/// A data item at its provider.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Evidence {
    pub item: usize,
    /// Kept at least until then by a preservation.
    pub preserved_until: Option<SimTime>,
    /// Kept while an MLA request for it is pending (Art. 29(7)).
    pub held_for_mla: u32,
    pub ever_preserved: bool,
    /// The legal basis of the preservation that keeps it longest (the
    /// request's `law::basis`), for the provider's log when it lapses.
    pub preserved_under: Option<Basis>,
    /// Deleted at the provider; with why.
    pub deleted: Option<(SimTime, Deletion)>,
    /// Intelligence or admissible evidence obtained, by whom.
    pub disclosed_to: DenseSet,
    pub produced_for: DenseSet,
    /// The requests that produced it: the legal path.
    pub produced_by: BTreeSet<RequestId>,
}

impl Evidence {
    pub fn is_preserved(&self, now: SimTime) -> bool {
        self.deleted.is_none() && (self.held_for_mla > 0 || self.preserved_until.is_some_and(|t| t > now))
    }
    pub fn is_produced(&self) -> bool {
        !self.produced_for.is_empty()
    }
    pub fn is_disclosed(&self) -> bool {
        !self.disclosed_to.is_empty() || self.is_produced()
    }
    /// Lost: gone at the provider before anyone obtained it as evidence.
    pub fn is_lost(&self) -> bool {
        self.deleted.is_some() && !self.is_produced()
    }
}

/// Where a request sits now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Holder {
    Drafting,
    Judge,
    /// The requested jurisdiction's 24/7 desk.
    ForeignDesk,
    /// Waiting for a human 24/7 desk to forward it.
    AwaitingForward,
    OwnCentralAuthority,
    ForeignCentralAuthority,
    /// The requested judicial authority, written to directly in urgency
    /// (Art. 27(9)).
    ForeignJudicialAuthority,
    /// Accepted by the requested central authority, being processed.
    Processing,
    Provider,
    /// With a provider whose liaison a person plays, waiting for that
    /// person to comply, ask for clarification or decline.
    AwaitingLiaison,
    /// Accepted by the requested central authority, waiting for the
    /// requested prosecutor played by a person to grant or refuse it
    /// (extradition, a joint team).
    AwaitingDecision,
    /// Sent back for clarification; amend and send again.
    Returned,
    Done,
    /// Indicators on their way through the national CSIRTs to the other
    /// State's police.
    Csirt,
    /// A freeze with the financial intelligence units, not yet in effect.
    Fiu,
    /// A red notice under review at INTERPOL's General Secretariat.
    Interpol,
    /// A coordination meeting being convened at Eurojust.
    Eurojust,
    /// Leads on their way over SIENA, Europol cross-checking them.
    Europol,
}

/// A part of the run kept as a plain vector in domain order, each element
/// with the change tick of its last write, which the screens' news reads
/// as it once read bevy components': the seats, the requests, the data items,
/// the case files. Each is read on most steps, and a look-up of a bevy entity's
/// component cost some seventy-five instructions where an index costs a
/// few (issue 12). Written only through [`World`]'s methods, which note
/// the tick.
pub struct Ticked<T> {
    all: Vec<T>,
    written: Vec<Tick>,
}

impl<T> Default for Ticked<T> {
    fn default() -> Self {
        Ticked {
            all: Vec::new(),
            written: Vec::new(),
        }
    }
}

impl<T> Ticked<T> {
    /// Every element, in domain order.
    pub fn all(&self) -> &[T] {
        &self.all
    }

    /// Every element with the tick of its last write, in domain order.
    pub fn with_written(&self) -> impl Iterator<Item = (&T, Tick)> {
        self.all.iter().zip(self.written.iter().copied())
    }

    fn write(&mut self, at: usize, tick: Tick) -> &mut T {
        self.written[at] = tick;
        &mut self.all[at]
    }

    fn push(&mut self, value: T, tick: Tick) {
        self.all.push(value);
        self.written.push(tick);
    }
}

/// Every seat at the table, by [`SeatId`].
pub type Seats = Ticked<Seat>;

impl Ticked<Seat> {
    /// Seat `id`; ids come from [`Index`].
    pub fn get(&self, id: SeatId) -> &Seat {
        &self.all[id.0 as usize]
    }

    /// When seat `id` was last written.
    pub fn written(&self, id: SeatId) -> Tick {
        self.written[id.0 as usize]
    }
}

/// Every request of the run, by id (the first is id 1).
pub type Requests = Ticked<Request>;

impl Ticked<Request> {
    /// Request `id`, if there is one.
    pub fn get(&self, id: RequestId) -> Option<&Request> {
        self.all.get((id as usize).checked_sub(1)?)
    }
}

/// Every data item's state at its provider, by the scenario's item index.
pub type DataItems = Ticked<Evidence>;

/// Every jurisdiction's case file, by jurisdiction index.
pub type Casefiles = Ticked<Casefile>;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Request {
    pub id: RequestId,
    pub instrument: Instrument,
    /// The legal basis it rests on between its two jurisdictions
    /// (`law::basis`), decided when it is drafted: what every view shows.
    pub basis: Basis,
    pub drafted_by: Participant,
    pub from: usize,
    pub to: usize,
    pub provider: Option<usize>,
    pub items: Vec<usize>,
    pub fields: BTreeSet<RequestField>,
    /// The text written for each stated field that was given one (a
    /// field stated bare has none). Skipped when empty, so that a request
    /// with no text hashes as it did before texts existed.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub texts: BTreeMap<RequestField, String>,
    pub signed: bool,
    pub holder: Holder,
    pub sent_at: Option<SimTime>,
    /// How many times it was sent back for clarification.
    pub round_trips: u32,
    /// How it ended, once `Done`.
    pub result: Option<RequestResult>,
    pub succeeded: bool,
    /// Preservations: until when the provider froze the data on arrival.
    pub frozen_until: Option<SimTime>,
    /// The items not yet created when it reached the provider: it covers
    /// the data stored then only (Art. 16, 18, 29). Skipped when empty, so
    /// a run without such data hashes as before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_yet_stored: Vec<usize>,
    /// The items it keeps preserved while it is pending (MLA, Art. 29(7)):
    /// those preserved when it reached the requested central authority.
    pub held: Vec<usize>,
    /// Preservation requests: renewals so far.
    pub renewals: u32,
    /// The leads spontaneous information carries (Art. 26): what the
    /// receiving team learns. Skipped when empty, so that a request
    /// without leads hashes as it did before requests carried any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub leads: Vec<usize>,
    /// Art. 29 requests: the requested desk has disclosed the path
    /// (Art. 30). Skipped when false, so a run without one hashes as before.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub path_disclosed: bool,
    /// The suspect a red notice names (one notice, one person) or an
    /// extradition request (Art. 24) seeks. Skipped when none, so that
    /// every other request hashes as it did before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspect: Option<usize>,
    /// When it first reached a provider whose liaison a person plays: from
    /// then on that seat sees it. None otherwise, so that a run without
    /// such a seat hashes as it did before liaisons could be played.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_liaison_since: Option<SimTime>,
    /// When it was put to the requested prosecutor played by a person for
    /// a decision: from then on that seat sees it. None otherwise, so
    /// that runs where the simulation decides hash as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision_since: Option<SimTime>,
    /// The latest the treaty allows for the step it is at, where it sets
    /// one counted from that step (CETS 224 Art. 8(6): the requested
    /// Party serves an order within 45 days of accepting it; the provider
    /// returns the data within 20 or 45 days of service). Skipped when
    /// none, so that a run without one hashes as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub treaty_deadline: Option<SimTime>,
}

/// A request's plain facts, copied: what the request flow reads of it
/// while it writes the world. Cloning the whole request for that (its
/// drafter's name, items, fields, texts...) cost about a fourteenth of a
/// headless run (issue 12); what else a step needs it copies by itself.
#[derive(Debug, Clone, Copy)]
pub struct RequestHead {
    pub instrument: Instrument,
    pub basis: Basis,
    pub from: usize,
    pub to: usize,
    pub provider: Option<usize>,
    pub holder: Holder,
    pub frozen_until: Option<SimTime>,
    pub path_disclosed: bool,
    pub suspect: Option<usize>,
}

impl Request {
    pub fn head(&self) -> RequestHead {
        RequestHead {
            instrument: self.instrument,
            basis: self.basis,
            from: self.from,
            to: self.to,
            provider: self.provider,
            holder: self.holder,
            frozen_until: self.frozen_until,
            path_disclosed: self.path_disclosed,
            suspect: self.suspect,
        }
    }
}

/// What a jurisdiction's team has been told about a data item.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum News {
    Requested,
    PreservedUntil(SimTime),
    CouldNotPreserve,
    /// Deleted, or never kept: the provider had nothing to give.
    NotAvailable,
    Disclosed,
    /// Created at the provider after the request reached it: a
    /// preservation or production covers stored data only (Art. 16, 18,
    /// 29); data still to come is real-time collection (Art. 20, 33).
    NotYetStored,
    /// Disclosed as intelligence (Art. 30) while a preservation it was
    /// told of keeps the provider's copy until then: both stay in view.
    DisclosedPreservedUntil(SimTime),
    Produced,
}

/// One jurisdiction's knowledge of its case, shared by its team.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Casefile {
    pub jurisdiction: usize,
    /// Leads found: written only by [`Casefile::note_found`].
    found: DenseSet,
    pub examined: DenseSet,
    /// Leads looked up: written only by [`Casefile::note_looked_up`].
    looked_up: DenseSet,
    /// A risk to life is known to this team (CETS 224 Art. 3).
    pub emergency_known: bool,
    /// By data item.
    pub news: DenseMap<News>,
    /// The data items the team may name, in item order: what the found
    /// and looked-up leads give (see `visibility::targetable_items`), kept
    /// as they change because a simulated turn asks on most turns. Derived,
    /// so not hashed.
    #[serde(skip)]
    targetable: Vec<usize>,
}

impl Casefile {
    pub fn new(jurisdiction: usize) -> Casefile {
        Casefile {
            jurisdiction,
            found: DenseSet::new(),
            examined: DenseSet::new(),
            looked_up: DenseSet::new(),
            emergency_known: false,
            news: DenseMap::new(),
            targetable: Vec::new(),
        }
    }

    pub fn found(&self) -> &DenseSet {
        &self.found
    }

    pub fn looked_up(&self) -> &DenseSet {
        &self.looked_up
    }

    /// The data items the team may name, in item order.
    pub fn targetable(&self) -> &[usize] {
        &self.targetable
    }

    /// The team found `lead`; whether it is new to it.
    pub fn note_found(&mut self, setup: &Setup, lead: usize) -> bool {
        let new = self.found.insert(lead);
        if new {
            self.add_items_named_by(setup, lead);
        }
        new
    }

    /// The team looked `lead` up: it knows the provider behind it.
    pub fn note_looked_up(&mut self, setup: &Setup, lead: usize) {
        if self.looked_up.insert(lead) {
            self.add_items_named_by(setup, lead);
        }
    }

    /// The items `lead` lets the team name, once it shows their holder.
    fn add_items_named_by(&mut self, setup: &Setup, lead: usize) {
        if !super::visibility::lead_lets_target(setup, self, lead) {
            return;
        }
        for &item in &setup.lead_items[lead] {
            if let Err(at) = self.targetable.binary_search(&item) {
                self.targetable.insert(at, item);
            }
        }
    }
}

/// A participant's place at the table: a person or a non-player actor.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Seat {
    pub participant: Participant,
    pub human: bool,
    /// The notes it was sent: sequence numbers of trace events.
    pub inbox: Vec<u64>,
    /// It has read its notes up to this sequence number.
    pub read_upto: u64,
}

/// Which human roles exist per jurisdiction.
pub const PLAYER_ROLES: [Role; 3] = [Role::Investigator, Role::Prosecutor, Role::Contact247];

/// How long a data item is kept, from its provider's holding or else its
/// jurisdiction's retention law; `None` when neither says, or when the
/// provider never kept data of its category (nothing to run out).
pub fn retention_of(scenario: &Scenario, item: usize) -> Option<Duration> {
    let data = &scenario.evidence[item];
    let provider = scenario.providers.iter().find(|p| p.id == data.provider)?;
    provider.holds.iter().find(|h| h.category == data.category)?;
    published_retention(scenario, item).map(|(retention, _)| retention)
}

/// The retention a team can know of for `item`: the period its provider
/// states for the category, else its country's retention law. Public
/// knowledge, not the provider's truth: a provider that never kept the
/// data (a no-log VPN) is still expected to keep what the law says, and
/// the team learns otherwise only by asking.
pub fn published_retention(scenario: &Scenario, item: usize) -> Option<(Duration, RetentionSource)> {
    let data = &scenario.evidence[item];
    let provider = scenario.providers.iter().find(|p| p.id == data.provider)?;
    let stated = provider
        .holds
        .iter()
        .find(|h| h.category == data.category)
        .and_then(|h| h.retention);
    if let Some(retention) = stated {
        return Some((retention, RetentionSource::Provider));
    }
    let jurisdiction = scenario
        .jurisdictions
        .iter()
        .find(|j| j.code == provider.jurisdiction)?;
    let retention = jurisdiction.retention_law.get(&data.category).copied()?;
    Some((retention, RetentionSource::Law))
}
