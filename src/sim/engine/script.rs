//! The scenario's script: incident stages (averted or delayed when their
//! `unless` holds at their time), injects (timed or on a condition),
//! suspects located, objectives met in time, and the end of the exercise.
//!
//! Conditions are read from the state as it is (what each team holds,
//! which requests left whom), never from a record of earlier evaluations,
//! so a stage's `unless` sees a suspect located in the same step.

use crate::scenario::model::Instrument;
use crate::sim::condition::{Compiled, CompiledLocator, Reads};

use super::*;

/// An incident stage's time has come. If its `unless` holds now, it is
/// averted, or put off by its `delayed_by` (once: when a delayed stage
/// comes round again it happens); otherwise the stage is reached.
pub fn stage_reached(world: &mut World, incident: usize, stage: usize) {
    let setup = setup(world);
    let now = now(world);
    let inc = &setup.scenario.incidents[incident];
    let st = &inc.stages[stage];
    let key = (incident, stage);
    let j = setup.jurisdictions[&inc.jurisdiction];
    let mut told = SeatId::team(j).to_vec();
    told.push(SeatId::TRAINER);
    let already_delayed = world.resource::<Progress>().delayed.contains_key(&key);
    if let Some(unless) = &st.unless
        && !already_delayed
        && holds(world, &setup, unless)
    {
        let event = match st.delayed_by {
            Some(by) => {
                let until = now.after(by);
                progress_mut(world).delayed.insert(key, now);
                schedule(world, until, Due::Stage(incident, stage));
                Event::StageDelayed { stage: key, until }
            }
            None => {
                progress_mut(world).averted.insert(key, now);
                Event::StageAverted { stage: key }
            }
        };
        emit(world, Actor::Incident, event, told);
        return;
    }
    progress_mut(world).stages.insert((incident, stage), now);
    if st.risk_to_life {
        casefile_mut(world, j).emergency_known = true;
    }
    emit(
        world,
        Actor::Incident,
        Event::StageReached {
            stage: (incident, stage),
            risk_to_life: st.risk_to_life,
        },
        told,
    );
}

/// Whether team `j` holds something that locates `suspect`: a data item
/// it obtained (as intelligence or as evidence) or a lead it found.
pub fn locates(world: &World, setup: &Setup, suspect: usize, j: usize) -> bool {
    Facts::of(world, setup).locates(suspect, j)
}

pub fn recipients(setup: &Setup, to: &[Recipient]) -> Vec<Participant> {
    let mut out = std::collections::BTreeSet::new();
    for recipient in to {
        match recipient {
            Recipient::Everyone => {
                out.insert(Participant::Trainer);
                for j in 0..setup.scenario.jurisdictions.len() {
                    out.extend(team(setup, j));
                }
            }
            Recipient::Trainer => {
                out.insert(Participant::Trainer);
            }
            Recipient::Team(code) => {
                if let Some(&j) = setup.jurisdictions.get(code) {
                    out.extend(team(setup, j));
                }
            }
            Recipient::Participant(code, role) => {
                out.insert(Participant::player(code, *role));
            }
        }
    }
    out.into_iter().collect()
}

pub fn fire_inject(world: &mut World, inject: usize) {
    let setup = setup(world);
    let now = now(world);
    if world.resource::<Progress>().injects_fired.contains_key(&inject) {
        return;
    }
    progress_mut(world).injects_fired.insert(inject, now);
    // The news of a stage that puts lives at risk tells the case's team of
    // the risk however it arrives: at the stage, or fired early by the
    // trainer (CETS 224 Art. 3 turns on what is known).
    if let Condition::StageReached(stage) = &setup.scenario.injects[inject].when {
        for incident in &setup.scenario.incidents {
            if incident.stages.iter().any(|s| &s.id == stage && s.risk_to_life) {
                let j = setup.jurisdictions[&incident.jurisdiction];
                casefile_mut(world, j).emergency_known = true;
            }
        }
    }
    let to = recipients(&setup, &setup.scenario.injects[inject].to);
    emit(world, Actor::Inject, Event::InjectFired { inject }, to);
}

/// The exercise ends now; `why` is [`Event::TimeUp`] or [`Event::EndConditionHolds`].
pub fn end_exercise(world: &mut World, why: Event) {
    let now = now(world);
    if world.resource::<Clock>().ended.is_some() {
        return;
    }
    world.resource_mut::<Clock>().ended = Some(now);
    emit(world, Actor::Clock, why, vec![SeatId::TRAINER]);
}

/// Whether a scenario condition holds now.
pub fn holds(world: &World, setup: &Setup, condition: &Condition) -> bool {
    Facts::of(world, setup).holds(&setup.compile(condition))
}

/// The world as conditions read it, its resources looked up once per
/// question rather than at every clause and data item (evaluation runs
/// after every step: issue 12).
struct Facts<'w> {
    world: &'w World,
    setup: &'w Setup,
    index: &'w Index,
    progress: &'w Progress,
    now: SimTime,
}

impl<'w> Facts<'w> {
    fn of(world: &'w World, setup: &'w Setup) -> Facts<'w> {
        Facts {
            world,
            setup,
            index: world.resource::<Index>(),
            progress: world.resource::<Progress>(),
            now: now(world),
        }
    }

    fn evidence(&self, i: usize) -> &'w Evidence {
        evidence(self.world, i)
    }

    fn casefile(&self, j: usize) -> &'w Casefile {
        casefile(self.world, j)
    }

    /// The requests jurisdiction `j` sent or received, by id.
    fn requests_of(&self, j: usize) -> impl Iterator<Item = &'w Request> + use<'w> {
        let requests = self.world.resource::<Requests>();
        self.index
            .involving
            .get(j)
            .into_iter()
            .flatten()
            .filter_map(move |&id| requests.get(id))
    }

    /// The requests jurisdiction `j` drafted, by id.
    fn requests_from(&self, j: usize) -> impl Iterator<Item = &'w Request> + use<'w> {
        let requests = self.world.resource::<Requests>();
        (self.index.requests_from(j).iter()).filter_map(move |&id| requests.get(id))
    }

    /// Every request, by id.
    fn requests(&self) -> impl Iterator<Item = &'w Request> + use<'w> {
        self.world.resource::<Requests>().all().iter()
    }

    fn locates(&self, suspect: usize, j: usize) -> bool {
        self.setup.suspect_locators[suspect]
            .iter()
            .any(|locator| match *locator {
                CompiledLocator::Evidence(i) => {
                    let ev = self.evidence(i);
                    ev.disclosed_to.contains(&j) || ev.produced_for.contains(&j)
                }
                CompiledLocator::Lead(lead) => self.casefile(j).found().contains(&lead),
            })
    }

    /// Team `j` sent a request of `instrument` carrying `lead`, and it
    /// succeeded (the freeze is in effect, the hand-off over).
    fn sent_and_done(&self, j: usize, instrument: Instrument, lead: usize) -> bool {
        self.requests_from(j)
            .any(|r| r.instrument == instrument && r.succeeded && r.leads.contains(&lead))
    }

    /// Whether an extradition request (Art. 24) for `suspect` has ended
    /// with a result `ended` accepts.
    fn extradition_ended(&self, suspect: usize, ended: impl Fn(&RequestResult) -> bool) -> bool {
        self.requests()
            .any(|r| r.suspect == Some(suspect) && r.result.as_ref().is_some_and(&ended))
    }

    fn holds(&self, condition: &Compiled) -> bool {
        use Compiled as C;
        let mut jurisdictions = 0..self.setup.scenario.jurisdictions.len();
        match *condition {
            C::Never => false,
            C::At(at) => self.now >= at,
            C::StageReached(ref stages) => stages.iter().any(|key| self.progress.stages.contains_key(key)),
            C::LeadFound(lead) => jurisdictions.any(|j| self.casefile(j).found().contains(&lead)),
            // Secured counts: data obtained as evidence needs no preservation.
            C::EvidencePreserved(i) => {
                let e = self.evidence(i);
                e.ever_preserved || e.is_produced()
            }
            C::EvidenceDisclosed(i) => self.evidence(i).is_disclosed(),
            C::EvidenceProduced(i) => self.evidence(i).is_produced(),
            C::EvidenceLost(i) => self.evidence(i).is_lost(),
            C::RequestSent(instrument) => self.progress.sent.contains(&instrument),
            C::All(ref all) => all.iter().all(|c| self.holds(c)),
            C::Any(ref any) => any.iter().any(|c| self.holds(c)),
            C::Not(ref c) => !self.holds(c),
            C::SuspectLocated(s) => jurisdictions.any(|j| self.locates(s, j)),
            C::StageAverted(key) => self.progress.averted.contains_key(&key),
            C::RequestSentBy(j, instrument) => self
                .requests_from(j)
                .any(|r| r.instrument == instrument && r.sent_at.is_some()),
            C::RequestReceivedBy(j, instrument) => self
                .requests_of(j)
                .any(|r| r.instrument == instrument && r.sent_at.is_some() && r.to == j),
            C::LeadFoundBy(j, lead) => self.casefile(j).found().contains(&lead),
            // A preservation sent by `j` that froze the item at its
            // provider, or the item obtained by `j` as evidence (secured).
            C::EvidencePreservedBy(j, i) => {
                let ev = self.evidence(i);
                let froze = ev.ever_preserved
                    && self
                        .requests_from(j)
                        .any(|r| r.frozen_until.is_some() && r.items.contains(&i));
                froze || ev.produced_for.contains(&j)
            }
            C::EvidenceDisclosedTo(j, i) => {
                let ev = self.evidence(i);
                ev.disclosed_to.contains(&j) || ev.produced_for.contains(&j)
            }
            C::EvidenceProducedFor(j, i) => self.evidence(i).produced_for.contains(&j),
            C::SuspectLocatedBy(j, s) => self.locates(s, j),
            C::IndicatorsShared(lead) => {
                jurisdictions.any(|j| self.sent_and_done(j, Instrument::CsirtSharing, lead))
            }
            C::IndicatorsSharedBy(j, lead) => self.sent_and_done(j, Instrument::CsirtSharing, lead),
            C::AssetsFrozen(lead) => {
                jurisdictions.any(|j| self.sent_and_done(j, Instrument::FiuFreeze, lead))
            }
            C::RedNoticeIssued(s) => self
                .requests()
                .any(|r| r.instrument == Instrument::RedNotice && r.succeeded && r.suspect == Some(s)),
            C::SuspectExtradited(s) => {
                self.extradition_ended(s, |r| matches!(r, RequestResult::Extradited { .. }))
            }
            C::SuspectProsecuted(s) => {
                self.extradition_ended(s, |r| matches!(r, RequestResult::ProsecutedInstead { .. }))
            }
            C::AssetsTraced(lead) => jurisdictions.any(|j| self.sent_and_done(j, Instrument::FiuTrace, lead)),
            C::CoordinationMeetingHeld(a, b) => self.progress.coordinated.contains(&(a.min(b), a.max(b))),
        }
    }
}

/// Whether jurisdictions `a` and `b` have set up a joint investigation
/// team (CETS 224 Art. 12).
pub fn joint_team(world: &World, a: usize, b: usize) -> bool {
    world
        .resource::<Progress>()
        .joint_teams
        .contains(&(a.min(b), a.max(b)))
}

/// What a step's evaluation found: suspects newly located (suspect,
/// team), conditional injects and objectives whose condition now holds,
/// and whether the end condition does.
#[derive(Default, Debug, PartialEq)]
struct Findings {
    located: Vec<(usize, usize)>,
    injects: Vec<usize>,
    objectives: Vec<usize>,
    end: bool,
}

impl Findings {
    fn is_empty(&self) -> bool {
        self.located.is_empty() && self.injects.is_empty() && self.objectives.is_empty() && !self.end
    }
}

/// Every condition still open that reads a part of the state in
/// `changed` (and the suspects' locators, when it holds data items or
/// case files), read against one view of the state. Nothing [`evaluate_conditions`] then
/// writes (the progress records, the end, a case file's
/// `emergency_known`, messages) is read by a condition, so judging them
/// all first and acting after gives what judging and acting one at a time
/// gave.
fn findings(world: &World, setup: &Setup, changed: Reads) -> Findings {
    let facts = Facts::of(world, setup);
    let progress = facts.progress;
    let mut found = Findings::default();
    if changed.meets(Reads::LOCATORS) {
        for s in 0..setup.scenario.suspects.len() {
            for j in 0..setup.scenario.jurisdictions.len() {
                if !progress.located.contains_key(&(s, j)) && facts.locates(s, j) {
                    found.located.push((s, j));
                }
            }
        }
    }
    found.injects = (setup.scenario.injects.iter().enumerate())
        .filter(|&(i, inject)| {
            !matches!(inject.when, Condition::At(_))
                && setup.inject_reads[i].meets(changed)
                && !progress.injects_fired.contains_key(&i)
                && facts.holds(&setup.inject_conditions[i])
        })
        .map(|(i, _)| i)
        .collect();
    found.objectives = (setup.scenario.objectives.iter().enumerate())
        .filter(|&(i, objective)| {
            setup.objective_reads[i].meets(changed)
                && !progress.objectives_met.contains_key(&i)
                && objective
                    .by
                    .is_none_or(|by| facts.now <= SimTime::START.after(by))
                && facts.holds(&setup.objective_conditions[i])
        })
        .map(|(i, _)| i)
        .collect();
    found.end = setup.end_condition.as_ref().is_some_and(|when| {
        setup.end_reads.meets(changed) && world.resource::<Clock>().ended.is_none() && facts.holds(when)
    });
    found
}

/// Suspects first located now are told to their team and the trainer;
/// injects whose condition now holds fire; objectives met in time are
/// recorded; the exercise ends when its end condition holds.
///
/// Only the open conditions that read a part of the state written since
/// the last evaluation ([`ConditionWatch`]), or the clock when it passed
/// one of their instants; every other answer would be the one already
/// acted on (an objective's deadline only closes it).
/// A debug build checks that claim on every step, so every test run
/// checks it.
pub fn evaluate_conditions(world: &mut World) {
    let setup = setup(world);
    let now = now(world);
    let watch = world.resource::<ConditionWatch>();
    let clock_passed = (watch.evaluated_at).is_none_or(|since| setup.clock_passed_an_instant(since, now));
    let changed = if clock_passed {
        watch.written.with(Reads::CLOCK)
    } else {
        watch.written
    };
    if !changed.meets(setup.conditions_read) {
        debug_assert!(
            findings(world, &setup, Reads::EVERYTHING).is_empty(),
            "a condition changed though nothing it reads was written through the engine's *_mut helpers: {:?}",
            findings(world, &setup, Reads::EVERYTHING)
        );
        return;
    }
    let found = findings(world, &setup, changed);
    if changed != Reads::EVERYTHING {
        debug_assert_eq!(
            findings(world, &setup, Reads::EVERYTHING),
            found,
            "a condition changed though no part it reads ({changed:?} were) was written through the engine's *_mut helpers"
        );
    }
    for (s, j) in found.located {
        progress_mut(world).located.insert((s, j), now);
        let mut to = SeatId::team(j).to_vec();
        to.push(SeatId::TRAINER);
        emit(
            world,
            Actor::Team { jurisdiction: j },
            Event::SuspectLocated { suspect: s, by: j },
            to,
        );
    }
    for i in found.injects {
        fire_inject(world, i);
    }
    for i in found.objectives {
        progress_mut(world).objectives_met.insert(i, now);
        emit(
            world,
            Actor::Debrief,
            Event::ObjectiveMet {
                objective: i,
                points: setup.scenario.objectives[i].points,
            },
            vec![SeatId::TRAINER],
        );
    }
    if found.end {
        end_exercise(world, Event::EndConditionHolds);
    }
    // What was just written (progress records, `emergency_known`, the
    // end) is read by no condition, so the answers stay as they are.
    let watch = world.resource_mut::<ConditionWatch>();
    watch.written = Reads::NOTHING;
    watch.evaluated_at = Some(now);
    watch.evaluations += 1;
}
