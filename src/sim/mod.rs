//! The deterministic simulation core: a scenario, a seed and a sequence of
//! actions become the same exercise on every machine, every time.
//!
//! [`Simulation`] is the whole interface: [`Simulation::apply`] an action
//! by a participant, [`Simulation::advance_to`] a time, [`Simulation::view`]
//! what a participant may see, [`Simulation::state_hash`] to compare runs.
//!
//! Inside is a [`world::World`] (plain fields for the seats, requests,
//! data items, case files, the clock, the agenda, the RNG streams and the
//! trace) and one step per due event: six functions of
//! the world run in a stated order (see [`systems`]). Time jumps from one
//! agenda entry to the next, ordered by (time, sequence), so an idle month
//! costs nothing. Randomness comes only from named ChaCha8 streams derived
//! from the seed ([`rng`]); every collection that decides an outcome is
//! ordered by a domain id; time is whole minutes.
//!
//! Why not an ECS: the state began as bevy_ecs entities and resources,
//! whose change ticks told the screens what is new. Measured, a look-up
//! by type or entity cost more than a step's work (issue 12), so each
//! part moved to a plain field or a vector by domain index that keeps the
//! tick of its last write, and with the seats, the last entities, bevy
//! went. The handlers are plain functions in [`engine`]
//! because one due event may touch every part of a case, and a clear
//! sequence of function calls reads better than a web of system
//! parameters. The static scenario stays plain data: prepared once per
//! scenario in [`Prepared`] and shared by its runs, with each run's seed
//! and humans beside it in [`world::Setup`].
//!
//! This module never does I/O, never reads the wall clock, never spawns a
//! thread and never uses an unseeded RNG. The shell (`cli`, `journal`)
//! feeds it data.
//!
//! Modelling choices (where the treaties leave room, or a scenario field
//! could be read two ways), so a reviewer can argue with them:
//! - A preservation order binds the provider when it arrives (the data is
//!   frozen then); the provider's `answers_in` is when it confirms.
//! - Art. 29 keeps data at least `preservation_247_min` and then for as long
//!   as an MLA request for it is pending (29(7)): from the moment the request
//!   reaches the requested central authority, for the items preserved then,
//!   returned for clarification included, until it is executed, refused or
//!   withdrawn (`Withdraw`). A renewal extends by the same period, at once.
//! - Art. 30 is no request of its own: while executing an Art. 29 request,
//!   the requested desk discloses the preserved traffic data that shows a
//!   provider in another State, as intelligence, and the requesting team
//!   learns only the leads of those providers (`engine::disclose_path`; a
//!   simulated desk at once, a human one by `DisclosePath`). Art. 9 and
//!   the formal channels produce evidence. Art. 26 only
//!   informs: it names no data, reaches the foreign 24/7 desk's inbox at
//!   once, and nothing comes back.
//! - An instrument reaches only the data categories its `law::Rule`
//!   covers (Art. 30: traffic data and NetFlow; CETS 224 Art. 7:
//!   subscriber information); a draft naming other data is refused.
//! - Completeness is judged by `law::missing_fields` everywhere. A 24/7
//!   desk or central authority sends an incomplete request back (a round
//!   trip); an order straight to a provider, and Art. 26 information, are
//!   refused when sent, naming what is missing; a judge refuses to sign an
//!   incomplete court order (Art. 18).
//! - The Art. 29(4) reservation refuses preservation only when no offence
//!   of the case is a Convention offence (Arts 2-11) and dual criminality
//!   is not met.
//! - Dual criminality is judged on the conduct (`law::conduct`, Art. 25(5)),
//!   and a Budapest Party punishes the Convention's offences whatever its
//!   list says (`law::criminalises`).
//! - An emergency request is answered in the provider's
//!   `emergency_answers_in`, else in the scenario's `law.emergency_answer`
//!   (1h-8h by default), never in its ordinary `answers_in`.
//! - An EU production order is answered no later than
//!   `law.eu_production_answer` (10 days), or `law.eu_emergency_answer`
//!   (8 hours) when it states `EmergencyFacts` in a case with a known risk
//!   to life: the law's deadline caps the provider's own time.
//! - A jurisdiction with the `NotifyDirectOrders` reservation has its 24/7
//!   desk told of each CETS 224 Art. 7 order sent to one of its providers
//!   (Art. 7(5)); its desk then sees the request and may answer it.
//! - A central authority's `processing: ("10d", "30d")` counts working days
//!   in its own office hours and zone; a judge's `signs_in` likewise. The
//!   delay is drawn in open office minutes (a working day being one office
//!   day), so "2h" to "1d" for a judge sitting 08:00-18:00 means two to ten
//!   office hours, never more than one working day.
//! - A data item with `kept: false` is data the provider never kept: it
//!   can be asked for (the requester cannot know), a preservation order
//!   earns the Art. 29(6) notice for it, a disclosure finds nothing, and
//!   it is never preserved, deleted or obtained.
//! - Dual criminality holds when the requested state criminalises at least
//!   one offence of the requesting state's incident.
//! - An emergency is known to the victim's jurisdiction from the first
//!   incident stage with `risk_to_life`; the emergency instruments are
//!   refused before that, whatever the calendar says.
//! - `EvidencePreserved` holds from the moment a preservation order reaches
//!   the provider (when the 24/7 desk forwards it, or an order is served),
//!   whether or not the provider has confirmed yet, and for data already
//!   produced (secured either way); it stays true after the preservation
//!   lapses.
//! - A request records at draft time the legal basis it actually rests on
//!   between its two jurisdictions (`law::basis`): the Budapest article
//!   where both are Parties, else the UN Convention against Cybercrime where
//!   both are Parties to it, else (MLA only) a bilateral treaty. Every view,
//!   trace line and report about that request shows it; refusals about an
//!   instrument in general keep the rule's article.
//! - A 24/7 desk staffed `OfficeHoursOnly` keeps its central authority's
//!   office hours (the scenario has no separate hours for the desk) and
//!   counts its `acts_in` in working time within them, so it never acts at
//!   night or at the weekend.
//! - When a preservation that outlived the retention expires, the provider
//!   deletes the data and says the preservation expired (naming when the
//!   retention had run out), so the lapse is visible in the log.
//! - A draft is checked first for whether its instrument exists between
//!   the two jurisdictions (naming what does, for the same purpose), then
//!   for who may send it.
//! - Conditions are evaluated after every event and action; a time inside
//!   a compound condition is noticed at the next event, not at its minute.
//! - A stage's `unless` is asked once, when the stage's time comes: if it
//!   holds, the stage is averted (never reached, so `StageReached` never
//!   holds for it and its `risk_to_life` opens nothing), or with
//!   `delayed_by` put off once and then reached whatever happens. What
//!   the team achieved in the same minute, before the stage's event, counts.
//! - A suspect is located by a team that holds one of its `located_by`:
//!   a data item disclosed or produced to it, or a lead it found. Located
//!   stays located. `...By`/`...For`/`...To` conditions ask the same facts
//!   for one jurisdiction; a request counts as sent (and received) once it
//!   has left its drafter.
//! - A pause stops simulated time, not the people (see `clock.rs`, the one
//!   place pause, resume, speed and jump are handled): while paused,
//!   `advance_to` processes nothing and the clock stays, whoever asks (a
//!   host's clock driver, a script, a replay), and a `Jump` is refused
//!   until `Resume` (so "paused" never hides a clock that moved);
//!   participants' actions, and the trainer's injects and notes, are still
//!   applied, at the paused time, as at a table where the clock is stopped
//!   and people keep working; what they set in motion (a request on its
//!   way, a simulated actor's reply) waits for the clock. `speed` (the
//!   scenario's `clock.speed` at the start, 1 when it gives none) is
//!   recorded for the host, which maps wall time to simulated time; the
//!   core itself only moves when told to.

pub(crate) mod actions;
pub(crate) mod calendar;
mod clock;
pub mod condition;
pub(crate) mod dense;
pub(crate) mod engine;
pub mod event;
pub(crate) mod hash;
pub mod message;
pub mod news;
pub(crate) mod npc;
pub mod options;
mod prepared;
pub mod profile;
pub mod refusal;
pub mod rng;
pub mod synthetic;
pub(crate) mod systems;
pub mod types;
pub mod view;
pub(crate) mod visibility;
pub(crate) mod world;

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::law;
use crate::scenario::model::{Condition, Role, Scenario};
use crate::time::SimTime;

pub use event::{Actor, Event};
pub use message::{Arg, Message};
pub use prepared::Prepared;
pub use profile::Profile;
pub use refusal::{Done, Refusal};
pub use types::{Action, Outcome, Participant, RequestId, Stated, TraceEvent};
pub use view::{EvidenceOutcome, ObjectiveOutcome, Report, View};
pub use world::{Due, Scheduled, SeatId};

use world::*;

/// A running exercise.
pub struct Simulation {
    world: World,
    /// Agenda entries handled so far: the engine's work, for tests that
    /// prove idle time costs nothing. Outside the world, so outside the
    /// state hash: it measures work, not what happened.
    agenda_entries_processed: u64,
    /// Which seats have news since when (see [`news`]); outside the state.
    tracker: news::Tracker,
}

/// A jurisdiction's local clock at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LocalClock {
    /// Monday is 1, Sunday 7.
    pub weekday: u8,
    pub hour: u8,
    pub minute: u8,
    /// Its central authority is in office hours.
    pub office_open: bool,
    pub night: bool,
}

/// Why a scenario could not be turned into a simulation. The checker
/// (`cyberdrill check`) catches all of these first; this is the last guard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupError(pub String);

impl std::fmt::Display for SetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SetupError {}

/// A data item's state, for tests and reports that check invariants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceState {
    pub id: String,
    pub deleted: bool,
    pub disclosed_to: Vec<String>,
    pub produced_for: Vec<String>,
}

impl Simulation {
    /// An exercise with the scenario's teams played by people and every
    /// other role by non-player actors.
    pub fn new(scenario: &Scenario, seed: u64) -> Result<Simulation, SetupError> {
        Simulation::with_humans(scenario, seed, Participant::team_seats(scenario))
    }

    /// An exercise where exactly `humans` are played by people (or a
    /// script); non-player actors play every other role. With no humans
    /// the exercise plays itself.
    pub fn with_humans(
        scenario: &Scenario,
        seed: u64,
        humans: impl IntoIterator<Item = Participant>,
    ) -> Result<Simulation, SetupError> {
        Simulation::from_prepared(Prepared::new(scenario)?, seed, humans)
    }

    /// Like [`Simulation::with_humans`], from a scenario prepared once and
    /// shared by many runs (a playtest of thousands of seeds): the
    /// scenario is not cloned or indexed again.
    pub fn from_prepared(
        prepared: Arc<Prepared>,
        seed: u64,
        humans: impl IntoIterator<Item = Participant>,
    ) -> Result<Simulation, SetupError> {
        let skill = prepared.scenario.default_skill();
        Simulation::from_prepared_as(prepared, seed, humans, skill)
    }

    /// Like [`Simulation::with_humans`], the simulated teams playing with
    /// `skill` rather than the scenario's default (`run --profile`, a
    /// journal's header).
    pub fn with_skill(
        scenario: &Scenario,
        seed: u64,
        humans: impl IntoIterator<Item = Participant>,
        skill: crate::scenario::model::Skill,
    ) -> Result<Simulation, SetupError> {
        Simulation::from_prepared_as(Prepared::new(scenario)?, seed, humans, skill)
    }

    /// Like [`Simulation::from_prepared`], the simulated teams playing with `skill`.
    pub fn from_prepared_as(
        prepared: Arc<Prepared>,
        seed: u64,
        humans: impl IntoIterator<Item = Participant>,
        skill: crate::scenario::model::Skill,
    ) -> Result<Simulation, SetupError> {
        let mut setup = run_setup(prepared, seed, humans.into_iter().collect())?;
        Arc::get_mut(&mut setup)
            .expect("a new setup is not shared yet")
            .profile = Profile::of(skill);
        let scenario = &setup.prepared.scenario;
        let mut world = World::new(
            setup.clone(),
            Clock {
                now: SimTime::START,
                paused: false,
                speed: scenario.speed(),
                ended: None,
            },
            Rngs(rng::Streams::new(seed)),
        );

        for j in 0..scenario.jurisdictions.len() {
            world.add_casefile(Casefile::new(j));
        }
        // In the order `SeatId` counts them: notes find a team's seats by
        // arithmetic (`SeatId::team`).
        let mut seats = vec![Participant::Trainer];
        for j in 0..scenario.jurisdictions.len() {
            seats.extend(engine::team(&setup, j));
        }
        // A provider's liaison has a seat only when a person plays it;
        // otherwise the provider is the engine's, and no seat thinks for it.
        seats.extend(
            setup
                .humans
                .iter()
                .filter(|p| matches!(p, Participant::Liaison { .. }))
                .cloned(),
        );
        for participant in seats {
            let human = participant == Participant::Trainer || setup.is_human(&participant);
            world.add_seat(Seat {
                participant,
                human,
                // Room for a run's notes to most seats: growing each
                // inbox from empty cost a run dozens of copies (issue 12).
                inbox: Vec::with_capacity(64),
                read_upto: 0,
            });
        }
        for item in 0..scenario.evidence.len() {
            world.add_evidence(Evidence {
                item,
                preserved_until: None,
                held_for_mla: 0,
                ever_preserved: false,
                preserved_under: None,
                deleted: None,
                disclosed_to: dense::DenseSet::new(),
                produced_for: dense::DenseSet::new(),
                produced_by: BTreeSet::new(),
            });
        }
        {
            let agenda = world.resource_mut::<Agenda>();
            for (item, deletes_at) in setup.deletes_at.iter().enumerate() {
                if let Some(at) = deletes_at {
                    agenda.schedule((*at).max(SimTime::START), Due::RetentionCheck(item));
                }
            }
            for (i, incident) in scenario.incidents.iter().enumerate() {
                for (s, stage) in incident.stages.iter().enumerate() {
                    agenda.schedule(
                        SimTime::START.after(stage.at).max(SimTime::START),
                        Due::Stage(i, s),
                    );
                }
            }
            for (i, inject) in scenario.injects.iter().enumerate() {
                if let Condition::At(at) = inject.when {
                    agenda.schedule(SimTime::START.after(at).max(SimTime::START), Due::Inject(i));
                }
            }
            if let Some(after) = scenario.end.after {
                agenda.schedule(SimTime::START.after(after), Due::End);
            }
        }
        for (i, incident) in scenario.incidents.iter().enumerate() {
            let j = setup.jurisdictions[&incident.jurisdiction];
            engine::learn_leads(
                &mut world,
                j,
                &incident.initial_leads,
                event::LeadSource::CaseOpened { incident: i },
            );
        }

        let tracker = news::Tracker::new(&mut world);
        let mut simulation = Simulation {
            world,
            agenda_entries_processed: 0,
            tracker,
        };
        simulation.run_step(None);
        simulation.advance_to(SimTime::START);
        Ok(simulation)
    }

    fn run_step(&mut self, due: Option<Scheduled>) {
        systems::run_step(&mut self.world, due);
    }

    /// Process every event due up to `until`, in (time, sequence) order,
    /// then set the clock to `until`. Stops early when the exercise ends;
    /// while it is paused, moves nothing and processes nothing. Returns the
    /// time reached: a caller can tell when the clock did not move.
    pub fn advance_to(&mut self, until: SimTime) -> SimTime {
        let reached = clock::advance(self, until);
        news::step_done(self);
        reached
    }

    /// Now, as a point to ask [`Simulation::news_since`] from: a screen
    /// keeps the revision it drew at.
    pub fn revision(&self) -> news::Revision {
        news::Revision(self.tracker.last)
    }

    /// The seats whose view may have changed since `revision` (the time
    /// on the clock aside): those a screen should redraw. Never leaves out
    /// a seat whose view changed; may name one whose did not.
    pub fn news_since(&self, revision: news::Revision) -> Vec<Participant> {
        news::since(self, revision)
    }

    /// Apply one action now. A refusal changes nothing.
    pub fn apply(&mut self, participant: &Participant, action: Action) -> Result<Outcome, Refusal> {
        self.act(participant, action, false)
    }

    /// What [`Simulation::apply`] would answer now, refusal or outcome,
    /// without changing anything (no event, no draw, no clock): for a
    /// screen that checks a form before it is sent.
    pub fn check(&mut self, participant: &Participant, action: Action) -> Result<Outcome, Refusal> {
        self.act(participant, action, true)
    }

    fn act(&mut self, participant: &Participant, action: Action, dry: bool) -> Result<Outcome, Refusal> {
        let result = self.act_once(participant, action, dry);
        if !dry {
            news::step_done(self);
        }
        result
    }

    fn act_once(&mut self, participant: &Participant, action: Action, dry: bool) -> Result<Outcome, Refusal> {
        if let Action::Jump { to } = action {
            return clock::jump(self, participant, to, dry);
        }
        let outcome = actions::apply(&mut self.world, participant, action, dry)?;
        if !dry {
            self.run_step(None);
        }
        Ok(outcome)
    }

    pub fn view(&self, participant: &Participant) -> Option<View<'_>> {
        view::view(&self.world, participant)
    }

    /// Every note that reached a seat of `participant`'s team, oldest
    /// first: the case timeline its desks share. `None` for the trainer.
    pub fn timeline(&self, participant: &Participant) -> Option<Vec<&TraceEvent>> {
        view::timeline(&self.world, participant)
    }

    /// The local clock of jurisdiction `j` now: the weekday (Monday 1),
    /// the time of day, whether its central authority is open and whether
    /// it is night there; for screens that make office hours visible.
    pub fn local_clock(&self, j: usize) -> Option<LocalClock> {
        let setup = engine::setup(&self.world);
        let jurisdiction = setup.scenario.jurisdictions.get(j)?;
        let now = self.now();
        let zoned = setup.calendar.zoned(j, now);
        let hours = &jurisdiction.central_authority.office_hours;
        Some(LocalClock {
            weekday: zoned.weekday().to_monday_one_offset() as u8,
            hour: zoned.hour() as u8,
            minute: zoned.minute() as u8,
            office_open: setup.calendar.next_open(j, hours, now) == now,
            night: setup.calendar.is_night(j, now),
        })
    }

    /// What `participant` may request now, and from whom.
    pub fn options(&self, participant: &Participant) -> Option<options::Options> {
        options::options(&self.world, participant)
    }

    pub fn state_hash(&self) -> String {
        hash::state_hash(&self.world)
    }

    pub fn now(&self) -> SimTime {
        self.world.resource::<Clock>().now
    }

    /// Simulated seconds per real second the host should run at.
    pub fn speed(&self) -> u32 {
        self.world.resource::<Clock>().speed
    }

    /// Whether the trainer has paused the exercise: simulated time stands
    /// still until `Resume`.
    pub fn paused(&self) -> bool {
        self.world.resource::<Clock>().paused
    }

    /// When the exercise ended, if it has.
    pub fn ended(&self) -> Option<SimTime> {
        self.world.resource::<Clock>().ended
    }

    /// The scenario's end time (`end.after`), if it has one.
    pub fn end_time(&self) -> Option<SimTime> {
        engine::setup(&self.world)
            .scenario
            .end
            .after
            .map(|d| SimTime::START.after(d))
    }

    /// How many agenda entries (due events) have been handled since the
    /// start, for tests and benchmarks of the engine's cost; not part of
    /// the exercise's state or its hash.
    #[doc(hidden)]
    pub fn agenda_entries_processed(&self) -> u64 {
        self.agenda_entries_processed
    }

    /// How many times the scenario's conditions have been evaluated: only
    /// after a step that wrote something they read (or moved the clock,
    /// when one reads it). For tests of the engine's cost; not state.
    #[doc(hidden)]
    pub fn conditions_evaluated(&self) -> u64 {
        self.world.resource::<ConditionWatch>().evaluations
    }

    /// When the next event is due, if any.
    pub fn next_event(&self) -> Option<SimTime> {
        self.world.resource::<Agenda>().next_time()
    }

    pub fn trace(&self) -> &[TraceEvent] {
        &self.world.resource::<Trace>().events
    }

    /// The skill the simulated teams play with in this run.
    pub fn skill(&self) -> crate::scenario::model::Skill {
        engine::setup(&self.world).profile.skill
    }

    /// What simulated actors tried that the law refused (their slips), in
    /// order, with when and who: for playtest statistics; not state.
    pub fn npc_refusals(&self) -> &[(SimTime, Participant, Refusal)] {
        &self.world.resource::<NpcRefusals>().0
    }

    pub fn report(&self) -> Report {
        view::report(&self.world)
    }

    /// Whether a scenario condition holds now, read from the state as
    /// the engine reads it: for the after-action report, which asks
    /// whether an objective missed by its deadline came true later, or
    /// which of its parts did.
    pub fn holds(&self, condition: &Condition) -> bool {
        engine::holds(&self.world, &engine::setup(&self.world), condition)
    }

    /// Who sits at `seat` (a simulated turn on the agenda names it so).
    pub fn seat_participant(&self, seat: SeatId) -> &Participant {
        &engine::seat(&self.world, seat).participant
    }

    /// Every seat at the table: the trainer, then each jurisdiction's roles.
    pub fn participants(&self) -> Vec<Participant> {
        self.world.resource::<Index>().seats.keys().cloned().collect()
    }

    pub fn scenario(&self) -> &Scenario {
        &self.world.resource::<Static>().0.scenario
    }

    pub fn evidence_states(&self) -> Vec<EvidenceState> {
        let setup = engine::setup(&self.world);
        let code = |j: usize| setup.jurisdiction_code(j).to_string();
        (0..setup.scenario.evidence.len())
            .map(|i| {
                let ev = engine::evidence(&self.world, i);
                EvidenceState {
                    id: setup.item_id(i).to_string(),
                    deleted: ev.deleted.is_some(),
                    disclosed_to: ev.disclosed_to.iter().map(code).collect(),
                    produced_for: ev.produced_for.iter().map(code).collect(),
                }
            })
            .collect()
    }

    /// The invariants that hold in every reachable state; `Err` names the
    /// first broken one. Used by the property tests.
    pub fn check_invariants(&self) -> Result<(), String> {
        let setup = engine::setup(&self.world);
        for i in 0..setup.scenario.evidence.len() {
            let ev = engine::evidence(&self.world, i);
            let id = setup.item_id(i);
            if ev.is_produced() && ev.produced_by.is_empty() {
                return Err(format!("{id} is produced without a request"));
            }
            for &via in &ev.produced_by {
                let Some(req) = engine::request(&self.world, via) else {
                    return Err(format!(
                        "{id} is produced by a request #{via} that does not exist"
                    ));
                };
                let rule = law::rule(req.instrument);
                let (from, to) = (
                    &setup.scenario.jurisdictions[req.from],
                    &setup.scenario.jurisdictions[req.to],
                );
                if rule.yields != law::Yields::Evidence
                    || !law::covers(req.instrument, setup.scenario.evidence[i].category)
                    || !ev.produced_for.contains(&req.from)
                    || !req.items.contains(&i)
                    || !law::applies_between(req.instrument, from, to)
                    || req.holder != Holder::Done
                    || !req.succeeded
                {
                    return Err(format!(
                        "{id} is produced by request #{via} which is no legal path"
                    ));
                }
            }
            if ev.held_for_mla > 0 && ev.deleted.is_some() {
                return Err(format!("{id} is deleted while held for MLA"));
            }
            let holders: Vec<RequestId> = (1..=engine::request_count(&self.world) as RequestId)
                .filter_map(|r| engine::request(&self.world, r))
                .filter(|r| r.held.contains(&i))
                .map(|r| r.id)
                .collect();
            if holders.len() != ev.held_for_mla as usize {
                return Err(format!(
                    "{id} counts {} MLA holds but requests {holders:?} hold it",
                    ev.held_for_mla
                ));
            }
            if let Some(done) = holders
                .iter()
                .find(|&&r| engine::request(&self.world, r).is_some_and(|r| r.holder == Holder::Done))
            {
                return Err(format!("{id} is still held by request #{done}, which is closed"));
            }
        }
        Ok(())
    }
}

/// The per-run part of the static world: the prepared scenario, this
/// run's seed and who is played by people.
fn run_setup(
    prepared: Arc<Prepared>,
    seed: u64,
    humans: BTreeSet<Participant>,
) -> Result<Arc<Setup>, SetupError> {
    for human in &humans {
        if let Participant::Liaison { provider } = human {
            let played = prepared
                .providers
                .get(provider)
                .is_some_and(|&p| prepared.scenario.providers[p].played);
            if !played {
                return Err(SetupError(format!(
                    "participant {human} is the liaison of no provider this scenario lets a person play (`played: true`)"
                )));
            }
            continue;
        }
        if let Some(code) = human.jurisdiction()
            && !prepared.jurisdictions.contains_key(code)
        {
            return Err(SetupError(format!(
                "participant {human} belongs to no jurisdiction of this scenario"
            )));
        }
        if human.role() == Role::Trainer && *human != Participant::Trainer {
            return Err(SetupError(format!("{human} is not a participant")));
        }
    }
    Ok(Arc::new(Setup {
        prepared,
        seed,
        humans,
        profile: Profile::EXPERT,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_hops() -> Scenario {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(include_str!("../../tests/data/sim/two-hops.ron"))
            .expect("the test scenario parses")
    }

    /// A step's happenings are handed back for their room, emptied; what
    /// was written between taking and handing back is never dropped.
    #[test]
    fn recycled_happenings_keep_what_was_written_since() {
        let mut sim = Simulation::new(&crate::scenario::load::load_default(), 1).unwrap();
        let happened = |event| world::Happened {
            actor: Actor::Clock,
            event,
            to: vec![SeatId::TRAINER],
        };
        sim.world.write_message(happened(Event::Paused));
        let spent = sim.world.take_happenings();
        assert_eq!(spent.len(), 1);
        sim.world.write_message(happened(Event::Resumed));
        sim.world.recycle_happenings(spent);
        let kept = sim.world.take_happenings();
        assert!(matches!(
            kept[..],
            [world::Happened {
                event: Event::Resumed,
                ..
            }]
        ));
        sim.world.recycle_happenings(kept);
        assert!(sim.world.take_happenings().is_empty(), "handed back empty");
    }

    /// Notes find a team's seats by arithmetic: seat 0 is the trainer's,
    /// then each jurisdiction's investigator, prosecutor and 24/7 desk in
    /// turn (the default scenario's VL, BR, CS, DL: BR's desk is seat 6).
    #[test]
    fn a_teams_seats_are_where_seat_ids_count_them() {
        let sim = Simulation::new(&crate::scenario::load::load_default(), 1).unwrap();
        let index = sim.world.resource::<Index>();
        assert_eq!(index.seat_id(&Participant::Trainer), Some(SeatId(0)));
        assert_eq!(
            index.seat_id(&Participant::player("VL", Role::Investigator)),
            Some(SeatId(1))
        );
        assert_eq!(
            index.seat_id(&Participant::player("BR", Role::Contact247)),
            Some(SeatId(6))
        );
        assert_eq!(
            index.seat_id(&Participant::player("DL", Role::Prosecutor)),
            Some(SeatId(11))
        );
        for j in 0..4 {
            for (role, id) in PLAYER_ROLES.iter().zip(SeatId::team(j)) {
                let code = engine::setup(&sim.world).jurisdiction_code(j).to_string();
                assert_eq!(index.seat_id(&Participant::player(&code, *role)), Some(id));
                assert_eq!(id.jurisdiction(4), Some(j));
            }
        }
        assert_eq!(SeatId::TRAINER.jurisdiction(4), None);
        assert_eq!(
            SeatId(13).jurisdiction(4),
            None,
            "past the teams: a liaison's seat"
        );
    }

    #[test]
    fn a_desk_reduced_at_night_is_slower_at_night() {
        // B (Paris) staffs its desk thinly at night: 4h-10h instead of 30m-3h.
        // The exercise starts at 07:40 in Chisinau, 06:40 in Paris: still night.
        let mut sim = Simulation::with_humans(&two_hops(), 1, []).unwrap();
        let b = 1;
        for _ in 0..20 {
            let night = engine::desk_acts_at(&mut sim.world, b, SimTime(0)).minutes();
            assert!((240..=600).contains(&night), "night: {night}");
            let day = engine::desk_acts_at(&mut sim.world, b, SimTime(4 * 60));
            let waited = day.minutes() - 4 * 60;
            assert!((30..=180).contains(&waited), "day: {waited}");
        }
        // C's desk works office hours only (Tbilisi, Mon-Fri 10:00-18:00).
        // The start, Monday 07:40 in Chisinau (UTC+2 until the last Sunday
        // of March), is 05:40 UTC, so 09:40 in Tbilisi (UTC+4, no summer
        // time): the desk waits 20 minutes for 10:00, then works 1h-4h,
        // all before its 18:00 close. Many draws, so that a range off by
        // an hour (the zone's offset mistaken) cannot pass by one lucky one.
        let c = 2;
        let acts: Vec<i64> = (0..50)
            .map(|_| engine::desk_acts_at(&mut sim.world, c, SimTime(0)).minutes())
            .collect();
        for at in &acts {
            assert!((20 + 60..=20 + 240).contains(at), "office hours: {at}");
        }
        // Both ends of the range are reached: the wait for 10:00 is exactly
        // 20 minutes, neither more nor less.
        let (first, last) = (acts.iter().min().unwrap(), acts.iter().max().unwrap());
        assert!(*first < 20 + 60 + 30 && *last > 20 + 240 - 30, "{first}..{last}");
    }

    /// Valdoria's investigator is a person, its desk and prosecutor are
    /// simulated. Once neither has a turn due, the person drafts a
    /// preservation: the note reaches both inboxes and wakes neither, as a
    /// teammate's paperwork gives them nothing to do (a look-up, which can,
    /// wakes them).
    #[test]
    fn a_teammates_paperwork_reaches_the_inbox_and_wakes_no_simulated_seat() {
        let scenario = crate::scenario::load::load_default();
        let investigator = Participant::player("VL", Role::Investigator);
        let mut sim = Simulation::with_humans(&scenario, scenario.seed, [investigator.clone()]).unwrap();
        let others = [Role::Contact247, Role::Prosecutor].map(|role| Participant::player("VL", role));
        let seats = |sim: &Simulation| {
            others.clone().map(|p| {
                let id = sim.world.resource::<Index>().seat_id(&p).unwrap();
                let seat = engine::seat(&sim.world, id);
                (seat.inbox.len(), sim.world.resource::<Agenda>().turn_pending(id))
            })
        };
        let lookup = Action::LookUp {
            lead: "exfiltration-alert".to_string(),
        };
        sim.apply(&investigator, lookup).unwrap();
        assert!(
            seats(&sim).iter().all(|&(_, pending)| pending),
            "a look-up wakes them"
        );
        let mut at = sim.now();
        while seats(&sim).iter().any(|&(_, pending)| pending) {
            at = at.after(crate::time::Duration::minutes(10));
            assert!(at < SimTime(2 * 1440), "the desk and the prosecutor fall idle");
            sim.advance_to(at);
        }
        let before = seats(&sim);
        let instrument = crate::scenario::model::Instrument::DomesticPreservation;
        let draft = Action::Draft {
            instrument,
            to: "VL".to_string(),
            items: vec!["valnet-flow-records".to_string()],
            fields: Stated::all_bare(&crate::law::fields_to_fill(instrument)),
        };
        sim.apply(&investigator, draft).unwrap();
        assert_eq!(seats(&sim), before.map(|(notes, _)| (notes + 1, false)));
    }

    #[test]
    fn a_step_runs_its_six_parts_in_the_stated_order() {
        let order: Vec<&str> = systems::STEP.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            order,
            [
                "handle_script",
                "handle_retention",
                "handle_requests",
                "handle_thinking",
                "evaluate_conditions",
                "record_happenings",
            ]
        );
    }

    #[test]
    fn only_a_step_that_writes_what_a_condition_reads_evaluates_the_conditions() {
        // The default scenario with its teams played by people: marking a
        // note read changes a seat only, so the conditions are not
        // evaluated again; examining a lead changes the case file, so they are.
        let scenario = crate::scenario::load::load_default();
        let mut sim = Simulation::new(&scenario, scenario.seed).unwrap();
        let before = sim.conditions_evaluated();
        let investigator = Participant::player("VL", Role::Investigator);
        sim.apply(&investigator, Action::Read { upto: 1 }).unwrap();
        assert_eq!(sim.conditions_evaluated(), before);
        let examine = Action::Examine {
            lead: "ransom-note".to_string(),
        };
        sim.apply(&investigator, examine).unwrap();
        assert_eq!(sim.conditions_evaluated(), before + 1);
    }

    #[test]
    fn a_step_that_writes_only_what_no_condition_reads_evaluates_nothing() {
        // intelligence-to-evidence's conditions read data items and case
        // files (a suspect located, data produced), never a request: the
        // team's draft writes a request and nothing else, so it evaluates
        // nothing, where a look-up (it writes a case file) does.
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/cases/intelligence-to-evidence.ron");
        let scenario = crate::scenario::load::load_path(&path).unwrap();
        let [investigator, contact] =
            [Role::Investigator, Role::Contact247].map(|r| Participant::player("IL", r));
        let humans = [investigator.clone(), contact.clone()];
        let mut sim = Simulation::with_humans(&scenario, scenario.seed, humans).unwrap();
        let reads = engine::setup(&sim.world).conditions_read;
        assert!(reads.meets(condition::Reads::EVIDENCE) && !reads.meets(condition::Reads::REQUESTS));
        sim.advance_to(SimTime(10));
        let examine = Action::Examine {
            lead: "news-site-records".to_string(),
        };
        sim.apply(&investigator, examine).unwrap();
        let before = sim.conditions_evaluated();
        let lookup = Action::LookUp {
            lead: "comment-ip".to_string(),
        };
        sim.apply(&investigator, lookup).unwrap();
        assert_eq!(
            sim.conditions_evaluated(),
            before + 1,
            "a look-up writes a case file"
        );
        let instrument = crate::scenario::model::Instrument::Assistance247;
        let draft = Action::Draft {
            instrument,
            to: "US".to_string(),
            items: vec!["ip-subscriber".to_string()],
            fields: Stated::all_bare(&crate::law::fields_to_fill(instrument)),
        };
        sim.apply(&contact, draft).unwrap();
        assert_eq!(
            sim.conditions_evaluated(),
            before + 1,
            "a draft writes a request only"
        );
    }

    #[test]
    fn a_step_that_only_moves_the_clock_evaluates_nothing_until_it_passes_an_instant_read() {
        // The default scenario's conditions read one instant, d45 00:00
        // (`mla-reminder`; its timed injects are the agenda's). Half an
        // hour in, with the teams played by people, marking a note read is
        // a step later than the last evaluation that writes nothing a
        // condition reads, and the clock passed no instant they read.
        let scenario = crate::scenario::load::load_default();
        let mut sim = Simulation::new(&scenario, scenario.seed).unwrap();
        assert_eq!(engine::setup(&sim.world).clock_instants, [SimTime(45 * 1440)]);
        sim.advance_to(SimTime(30));
        let watch = sim.world.resource::<ConditionWatch>();
        assert_ne!(watch.evaluated_at, Some(sim.now()), "the clock moved since");
        let before = sim.conditions_evaluated();
        let investigator = Participant::player("VL", Role::Investigator);
        sim.apply(&investigator, Action::Read { upto: 1 }).unwrap();
        assert_eq!(sim.conditions_evaluated(), before);
        // The instant is passed when the clock reaches it, once.
        let setup = engine::setup(&sim.world);
        let day45 = SimTime(45 * 1440);
        assert!(!setup.clock_passed_an_instant(SimTime(30), SimTime(45 * 1440 - 1)));
        assert!(setup.clock_passed_an_instant(SimTime(30), day45));
        assert!(setup.clock_passed_an_instant(SimTime(45 * 1440 - 1), SimTime(46 * 1440)));
        assert!(!setup.clock_passed_an_instant(day45, SimTime(46 * 1440)));
    }

    #[test]
    fn a_condition_met_by_an_event_acts_in_the_same_step_and_is_recorded_right_after_it() {
        // The default scenario's `ambulances` inject fires on the stage
        // `ambulance-diversion`. Conditions are evaluated after the event
        // is handled and the step's happenings recorded after both, so the
        // inject's line directly follows the stage's, at the same minute;
        // any other order puts it at a later step.
        let scenario = crate::scenario::load::load_default();
        let mut sim = Simulation::with_humans(&scenario, scenario.seed, []).unwrap();
        let end = sim.end_time().unwrap();
        sim.advance_to(end);
        let stage = scenario
            .incidents
            .iter()
            .enumerate()
            .find_map(|(i, inc)| {
                inc.stages
                    .iter()
                    .position(|s| s.id == "ambulance-diversion")
                    .map(|s| (i, s))
            })
            .unwrap();
        let inject = scenario
            .injects
            .iter()
            .position(|i| i.id == "ambulances")
            .unwrap();
        let trace = sim.trace();
        let reached = trace
            .iter()
            .position(|e| matches!(e.event, Event::StageReached { stage: s, .. } if s == stage))
            .expect("the stage is reached in the default run");
        let next = &trace[reached + 1];
        assert!(
            matches!(next.event, Event::InjectFired { inject: i } if i == inject),
            "{next:?}"
        );
        assert_eq!(next.at, trace[reached].at);
    }
}
