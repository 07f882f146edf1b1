//! Playtesting a scenario: many seeded runs in which simulated teams of a
//! given skill play every role, and the statistics an author reads to tune
//! it (win rate, when objectives are met, what becomes of each data item
//! and why, refusals, dead ends), built from the typed events each run
//! emits — never from rendered text.
//!
//! Runs are independent and spread over the cores with rayon; each run is
//! single-threaded and deterministic (its seed and profile decide all),
//! and the results are kept in (profile, seed) order, so the statistics do
//! not depend on the number of threads. The scenario is prepared once and
//! shared by every run. This module chooses no words: the shell renders
//! its typed [`Summary`].
//!
//! A **win** is a run in which every objective of the scenario is met by
//! the time it stops (the scenario's end, or 30 days when it has none).
//! A **dead end** is the first moment of a run after which no objective
//! still unmet can be met any more, because each needs (through its
//! condition) a data item that has just been deleted at its provider and
//! that the team had not obtained in the way the objective asks. The test
//! is conservative: an objective whose condition does not hang on data
//! (a lead, a request sent, a suspect) never counts as dead, and a
//! condition naming a team (`EvidenceProducedFor`) counts as met if any
//! team had the data; so a dead end is certain, and some hopeless runs are
//! not reported as one.
//!
//! The **time to spare** of an item obtained as evidence is how long
//! before its retention ran out the team first made it safe, by a freeze
//! at the provider or the production itself ([`time_to_spare`]); judged
//! once the whole run is known, since a freeze may be confirmed after the
//! production it made possible. Refusals keep, beside their counts,
//! the first of each code as typed data, for the shell to say it in the
//! players' words.
//!
//! **Why an objective was missed** is read from the run's end state only
//! (never step by step: a playtest plays thousands of runs): *too late*
//! when its condition holds at the end but was not met by its deadline;
//! *impossible* when it can no longer hold because data it needs was
//! lost (the test a dead end uses), naming the items; else *unmet*,
//! with the parts of its condition (each part of an `All`, or the whole)
//! that do not hold at the end, as [`parts`] lists them and [`written`]
//! writes them in the scenario's own notation.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use crate::report::instrument_of;
use crate::scenario::model::{Condition, Scenario, Skill};
use crate::sim::condition::Compiled;
use crate::sim::event::{Clause, RequestResult};
use crate::sim::view::Fate;
use crate::sim::{Event, Message, Prepared, Refusal, RequestId, SetupError, Simulation};
use crate::time::SimTime;

/// What to run: `runs` seeds from `first_seed` for each skill.
#[derive(Debug, Clone)]
pub struct Plan {
    pub skills: Vec<Skill>,
    pub runs: u32,
    pub first_seed: u64,
    /// When each run stops, unless the scenario ends first.
    pub until: SimTime,
}

impl Plan {
    /// The seed of run `n` (from 0): consecutive seeds, the same for every
    /// profile, so profiles are compared on the same draws of the world.
    pub fn seed(&self, n: u32) -> u64 {
        self.first_seed.wrapping_add(u64::from(n))
    }
}

/// What became of one data item at the end of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum ItemEnd {
    /// Obtained as evidence (produced, or collected in real time).
    Produced,
    /// Handed over as intelligence only, never as evidence.
    IntelligenceOnly,
    /// Deleted at the provider, with the stable code of why
    /// (`deletion-retention-unpreserved`, ...).
    Lost(&'static str),
    /// Still at the provider (preserved or not), or never kept: the fate's code.
    Other(&'static str),
}

/// A refusal as its team was told it, typed: the shell renders it with
/// the same messages the players read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Reason {
    /// The law refused an action of a simulated actor.
    Refused(Refusal),
    /// A request sent back for clarification (the `SentBack` event).
    SentBack(Event),
    /// A request the other side refused or declined.
    Result(RequestResult),
}

/// One run, reduced to what the statistics need.
#[derive(Debug, Clone, Serialize)]
pub struct RunRecord {
    pub skill: Skill,
    pub seed: u64,
    pub won: bool,
    pub score: u32,
    pub end: SimTime,
    /// When each objective was met, in scenario order.
    pub objectives: Vec<Option<SimTime>>,
    /// Each data item's end, in scenario order.
    pub evidence: Vec<ItemEnd>,
    /// For each item obtained as evidence: minutes to spare before it
    /// would have been deleted, had it not been obtained then (see
    /// [`time_to_spare`]).
    pub margins: Vec<Option<i64>>,
    /// For each item, the States (by scenario index) whose requests
    /// obtained it as evidence: an item one State produced for itself is
    /// not evidence another State's objective can use.
    pub produced_for: Vec<BTreeSet<usize>>,
    /// When a provider first froze data at a preservation request.
    pub first_preservation: Option<SimTime>,
    /// Refusals by stable code: what the law refused the simulated actors
    /// (`refused-...`), requests sent back (`request-sent-back`), requests
    /// refused or declined by the other side (`result-...`).
    pub refusals: BTreeMap<&'static str, u32>,
    /// The first refusal of each code in this run, as the team was told it:
    /// for the shell to put the code into words.
    pub refusal_examples: BTreeMap<&'static str, Reason>,
    /// Per objective, in scenario order: minutes to spare before its
    /// deadline (`by`) when it was met; `None` if unmet or without one.
    pub objective_margins: Vec<Option<i64>>,
    /// Which injects fired, in scenario order.
    pub injects_fired: Vec<bool>,
    /// The dead end, if the run reached one: when, and the item whose
    /// deletion made it.
    pub dead_end: Option<(SimTime, usize)>,
    /// Per objective, in scenario order: why it was missed (`None`: met).
    pub misses: Vec<Option<Miss>>,
}

/// Why one run missed an objective, read from the run's end state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Miss {
    /// Its condition holds at the end, but it did not by the deadline:
    /// how many minutes after the deadline it first held, when the trace
    /// tells ([`first_held`]).
    TooLate(Option<i64>),
    /// Its condition does not hold at the end: the indices (in
    /// [`parts`] of the condition) of the parts that do not.
    Unmet(Vec<usize>),
    /// It can never hold: the items it needs that were lost, each with
    /// when it was deleted.
    Impossible(Vec<(usize, SimTime)>),
}

/// Play every run of `plan` on `prepared`, in parallel; `progress` is
/// called (from any thread) with the number of runs done so far.
pub fn run_all(
    prepared: &Arc<Prepared>,
    plan: &Plan,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Vec<RunRecord>, SetupError> {
    let jobs: Vec<(Skill, u64)> = plan
        .skills
        .iter()
        .flat_map(|&skill| (0..plan.runs).map(move |n| (skill, plan.seed(n))))
        .collect();
    let done = AtomicUsize::new(0);
    jobs.par_iter()
        .map(|&(skill, seed)| {
            let record = run_one(prepared, skill, seed, plan.until);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            record
        })
        .collect()
}

/// One run: simulated teams of `skill` play every role from `seed` until
/// `until` or the scenario's end, as `cyberdrill run --seed S --profile P`
/// plays it.
pub fn run_one(
    prepared: &Arc<Prepared>,
    skill: Skill,
    seed: u64,
    until: SimTime,
) -> Result<RunRecord, SetupError> {
    let mut sim = Simulation::from_prepared_as(prepared.clone(), seed, [], skill)?;
    sim.advance_to(until);
    Ok(record(prepared, &sim, skill, seed))
}

fn record(prepared: &Prepared, sim: &Simulation, skill: Skill, seed: u64) -> RunRecord {
    let scenario = &prepared.scenario;
    let report = sim.report();
    let objectives: Vec<Option<SimTime>> = report.objectives.iter().map(|o| o.met_at).collect();
    // When each item was first frozen at its provider, and first produced.
    let mut secured: Vec<Option<SimTime>> = vec![None; scenario.evidence.len()];
    let mut produced_at: Vec<Option<SimTime>> = vec![None; scenario.evidence.len()];
    let mut produced_for: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); scenario.evidence.len()];
    // Who asked, for the items collected in real time under a request.
    let mut requester: BTreeMap<RequestId, usize> = BTreeMap::new();
    let mut refusal_examples: BTreeMap<&'static str, Reason> = BTreeMap::new();
    let mut lost_why: Vec<Option<&'static str>> = vec![None; scenario.evidence.len()];
    let mut had = Facts::new(scenario.evidence.len());
    let mut first_preservation = None;
    let mut refusals: BTreeMap<&'static str, u32> = BTreeMap::new();
    let mut injects_fired = vec![false; scenario.injects.len()];
    let mut dead_end = None;
    let mut lost_at: Vec<Option<SimTime>> = vec![None; scenario.evidence.len()];
    let mut firsts = Firsts::default();
    for event in sim.trace() {
        match &event.event {
            Event::RequestArrived { request, from, .. } => {
                requester.insert(*request, *from);
            }
            Event::RequestClosed {
                basis, from, result, ..
            } => {
                if let RequestResult::Executed { clauses } = result {
                    for clause in clauses {
                        match clause {
                            Clause::Produced { items } => {
                                for &i in items {
                                    produced_for[i].insert(*from);
                                    firsts.produced_for.entry((i, *from)).or_insert(event.at);
                                    firsts.produced.entry(i).or_insert(event.at);
                                    if !had.produced[i] {
                                        produced_at[i] = Some(event.at);
                                    }
                                    had.produced[i] = true;
                                }
                            }
                            Clause::Disclosed { items } => {
                                items.iter().for_each(|&i| had.disclosed[i] = true)
                            }
                            Clause::Preserved { items, .. } => {
                                // The data is safe from the moment the provider froze
                                // it, not from the confirmation that reaches the team.
                                let law = &scenario.law;
                                let froze =
                                    crate::report::froze_at(law, instrument_of(*basis), event.at, result)
                                        .unwrap_or(event.at);
                                first_preservation =
                                    Some(first_preservation.map_or(froze, |t: SimTime| t.min(froze)));
                                for &i in items {
                                    had.preserved[i] = true;
                                    secured[i] = Some(secured[i].map_or(froze, |t| t.min(froze)));
                                }
                            }
                            _ => {}
                        }
                    }
                } else if is_refusal(result) {
                    *refusals.entry(result.code()).or_default() += 1;
                    refusal_examples
                        .entry(result.code())
                        .or_insert_with(|| Reason::Result(result.clone()));
                }
            }
            Event::Collected { request, item } => {
                if let Some(&from) = requester.get(request) {
                    produced_for[*item].insert(from);
                    firsts.produced_for.entry((*item, from)).or_insert(event.at);
                }
                firsts.produced.entry(*item).or_insert(event.at);
                if !had.produced[*item] {
                    produced_at[*item] = Some(event.at);
                }
                had.produced[*item] = true;
            }
            Event::SentBack { .. } => {
                *refusals.entry(event.event.code()).or_default() += 1;
                refusal_examples
                    .entry(event.event.code())
                    .or_insert_with(|| Reason::SentBack(event.event.clone()));
            }
            Event::InjectFired { inject } => injects_fired[*inject] = true,
            Event::SuspectLocated { suspect, by } => {
                firsts.located.entry((*suspect, *by)).or_insert(event.at);
            }
            Event::Deleted { item, why } => {
                lost_why[*item] = Some(why.code());
                lost_at[*item].get_or_insert(event.at);
                had.deleted[*item] = true;
                if dead_end.is_none() && every_unmet_objective_is_dead(prepared, &objectives, &had, event.at)
                {
                    dead_end = Some((event.at, *item));
                }
            }
            _ => {}
        }
    }
    for (_, _, refusal) in sim.npc_refusals() {
        *refusals.entry(refusal.code()).or_default() += 1;
        refusal_examples
            .entry(refusal.code())
            .or_insert_with(|| Reason::Refused(refusal.clone()));
    }
    let evidence = report
        .evidence
        .iter()
        .map(|e| match e.fate {
            Fate::Produced => ItemEnd::Produced,
            Fate::Disclosed => ItemEnd::IntelligenceOnly,
            Fate::Lost => ItemEnd::Lost(lost_why[e.item].unwrap_or("deleted")),
            other => ItemEnd::Other(other.code()),
        })
        .collect();
    let margins = (0..scenario.evidence.len())
        .map(|i| time_to_spare(prepared, i, secured[i], produced_at[i]?))
        .collect();
    let objective_margins = scenario
        .objectives
        .iter()
        .zip(&objectives)
        .map(|(objective, met)| Some(SimTime::START.after(objective.by?).minutes() - met.as_ref()?.minutes()))
        .collect();
    let misses = (scenario.objectives.iter().zip(&prepared.objective_conditions))
        .zip(&objectives)
        .map(|((objective, compiled), met)| match met {
            Some(_) => None,
            None => {
                let deadline = objective.by.map(|by| SimTime::START.after(by));
                let facts = (&had, &lost_at[..], &firsts);
                let condition = (&objective.when, compiled);
                Some(why_missed(prepared, sim, condition, deadline, facts))
            }
        })
        .collect();
    RunRecord {
        skill,
        seed,
        won: objectives.iter().all(Option::is_some),
        score: report.score,
        end: report.sim_end,
        objectives,
        evidence,
        margins,
        produced_for,
        first_preservation,
        refusals,
        refusal_examples,
        objective_margins,
        injects_fired,
        dead_end,
        misses,
    }
}

/// Why a run missed an objective whose condition is `condition`, from
/// the run's end state and what the teams had of each item.
fn why_missed(
    prepared: &Prepared,
    sim: &Simulation,
    (condition, compiled): (&Condition, &Compiled),
    deadline: Option<SimTime>,
    (had, lost_at, firsts): (&Facts, &[Option<SimTime>], &Firsts),
) -> Miss {
    if sim.holds(condition) {
        let held = first_held(compiled, firsts).flatten();
        return Miss::TooLate(
            held.zip(deadline)
                .map(|(held, by)| (held.minutes() - by.minutes()).max(0)),
        );
    }
    if dead(prepared, condition, had) {
        let mut items = Vec::new();
        lost_needed(prepared, condition, had, &mut items);
        items.sort_unstable();
        items.dedup();
        let end = sim.now();
        let lost: Vec<(usize, SimTime)> = (items.into_iter())
            .map(|i| (i, lost_at[i].unwrap_or(end)))
            .collect();
        // A loss after the deadline did not make the objective impossible:
        // it was missed before, and its unmet parts say why.
        if lost.iter().any(|&(_, at)| deadline.is_none_or(|by| at <= by)) {
            return Miss::Impossible(lost);
        }
    }
    Miss::Unmet(
        parts(condition)
            .iter()
            .enumerate()
            .filter(|(_, part)| !sim.holds(part))
            .map(|(k, _)| k)
            .collect(),
    )
}

/// When some things a condition may ask for first happened in a run,
/// from its trace: to say how late an objective met too late came true.
#[derive(Default)]
struct Firsts {
    /// (item, State): when a request of that State first obtained the
    /// item as evidence.
    produced_for: BTreeMap<(usize, usize), SimTime>,
    /// Item: when any team first obtained it as evidence.
    produced: BTreeMap<usize, SimTime>,
    /// (suspect, State): when that State's team located the suspect.
    located: BTreeMap<(usize, usize), SimTime>,
}

/// When `condition` first held in the run, for the conditions a trace
/// event makes true for good (evidence produced, a suspect located) and
/// `All`/`Any` of them: `Some(None)` if it never held, `None` when the
/// trace cannot tell (any other condition). Read only for an objective
/// missed and holding at the end, so never per step.
fn first_held(condition: &Compiled, firsts: &Firsts) -> Option<Option<SimTime>> {
    match *condition {
        Compiled::EvidenceProduced(i) => Some(firsts.produced.get(&i).copied()),
        Compiled::EvidenceProducedFor(j, i) => Some(firsts.produced_for.get(&(i, j)).copied()),
        Compiled::SuspectLocatedBy(j, s) => Some(firsts.located.get(&(s, j)).copied()),
        Compiled::SuspectLocated(s) => Some(
            firsts
                .located
                .range((s, 0)..=(s, usize::MAX))
                .map(|(_, &at)| at)
                .min(),
        ),
        Compiled::All(ref parts) => parts
            .iter()
            .map(|part| first_held(part, firsts))
            .collect::<Option<Option<Vec<SimTime>>>>()
            .map(|held| held.and_then(|at| at.into_iter().max())),
        Compiled::Any(ref parts) => parts
            .iter()
            .map(|part| first_held(part, firsts))
            .collect::<Option<Vec<Option<SimTime>>>>()
            .map(|held| held.into_iter().flatten().min()),
        _ => None,
    }
}

/// The parts of a condition a miss is told by: each part of an `All`,
/// else the condition itself.
pub fn parts(condition: &Condition) -> &[Condition] {
    match condition {
        Condition::All(all) => all,
        other => std::slice::from_ref(other),
    }
}

/// A condition as an author writes it in a scenario file, on one line
/// (`SuspectLocatedBy("KR", "sender")`): the scenario's own notation, the
/// same in every language.
pub fn written(condition: &Condition) -> String {
    let one_line = ron::ser::PrettyConfig::new()
        .new_line("")
        .indentor("")
        .compact_arrays(true)
        .compact_structs(true);
    crate::scenario::load::ron_options()
        .to_string_pretty(condition, one_line)
        .unwrap_or_else(|_| format!("{condition:?}"))
}

/// The items whose loss makes `condition` impossible (see [`dead`]).
fn lost_needed(prepared: &Prepared, condition: &Condition, had: &Facts, items: &mut Vec<usize>) {
    let gone = |id: &str, got: &[bool]| {
        prepared
            .items
            .get(id)
            .copied()
            .filter(|&i| had.deleted[i] && !got[i] && !had.produced[i])
    };
    match condition {
        Condition::EvidenceProduced(id) | Condition::EvidenceProducedFor(_, id) => {
            items.extend(gone(id, &had.produced))
        }
        Condition::EvidenceDisclosed(id) | Condition::EvidenceDisclosedTo(_, id) => {
            items.extend(gone(id, &had.disclosed))
        }
        Condition::EvidencePreserved(id) | Condition::EvidencePreservedBy(_, id) => {
            items.extend(gone(id, &had.preserved))
        }
        Condition::All(parts) | Condition::Any(parts) => {
            for part in parts.iter().filter(|part| dead(prepared, part, had)) {
                lost_needed(prepared, part, had, items);
            }
        }
        _ => {}
    }
}

/// **Time to spare** for an item first produced at `produced`: how long
/// before its retention would have deleted it the team first made it
/// safe, by a preservation taking effect at the provider (`frozen`) or by
/// the production itself, whichever came first. One basis for every run,
/// so a team that preserved in time and produced weeks later shows the
/// margin it won when it preserved, and a team that rushed a production
/// through just before the deletion shows how close it came. Asked once
/// the run is over: a freeze is known from its confirmation, which may
/// reach the team after a production it made possible. An item no
/// retention deletes has no deadline (`None`).
fn time_to_spare(
    prepared: &Prepared,
    item: usize,
    frozen: Option<SimTime>,
    produced: SimTime,
) -> Option<i64> {
    let retention = prepared.deletes_at[item]?;
    let safe = frozen.map_or(produced, |frozen| frozen.min(produced));
    Some(retention.minutes() - safe.minutes())
}

/// A request the other side refused or declined (not one withdrawn by its
/// sender, not one that delivered).
fn is_refusal(result: &RequestResult) -> bool {
    matches!(
        result,
        RequestResult::RefusedReservation { .. }
            | RequestResult::RefusedDualCriminality { .. }
            | RequestResult::NothingKept { .. }
            | RequestResult::DeclinedVoluntarily { .. }
            | RequestResult::DeclinedByProvider { .. }
            | RequestResult::DeclinedByDesk { .. }
    )
}

/// What the teams had of each item so far in a run, any team.
struct Facts {
    produced: Vec<bool>,
    disclosed: Vec<bool>,
    preserved: Vec<bool>,
    deleted: Vec<bool>,
}

impl Facts {
    fn new(n: usize) -> Facts {
        Facts {
            produced: vec![false; n],
            disclosed: vec![false; n],
            preserved: vec![false; n],
            deleted: vec![false; n],
        }
    }
}

/// At `at`, with `had` as it stands: is there an objective still unmet,
/// and can none of them be met any more?
fn every_unmet_objective_is_dead(
    prepared: &Prepared,
    met: &[Option<SimTime>],
    had: &Facts,
    at: SimTime,
) -> bool {
    let unmet: Vec<usize> = (0..met.len())
        .filter(|&o| met[o].is_none_or(|when| when > at))
        .collect();
    !unmet.is_empty()
        && unmet
            .iter()
            .all(|&o| dead(prepared, &prepared.scenario.objectives[o].when, had))
}

/// Whether `condition` can never hold any more: it needs an item that is
/// gone and that was not had the way it asks.
fn dead(prepared: &Prepared, condition: &Condition, had: &Facts) -> bool {
    let gone = |id: &str, got: &[bool]| {
        prepared
            .items
            .get(id)
            .is_some_and(|&i| had.deleted[i] && !got[i] && !had.produced[i])
    };
    match condition {
        Condition::EvidenceProduced(id) | Condition::EvidenceProducedFor(_, id) => gone(id, &had.produced),
        Condition::EvidenceDisclosed(id) | Condition::EvidenceDisclosedTo(_, id) => gone(id, &had.disclosed),
        Condition::EvidencePreserved(id) | Condition::EvidencePreservedBy(_, id) => gone(id, &had.preserved),
        Condition::All(all) => all.iter().any(|c| dead(prepared, c, had)),
        Condition::Any(any) => !any.is_empty() && any.iter().all(|c| dead(prepared, c, had)),
        _ => false,
    }
}

/// A distribution of values (minutes, points): nearest-rank percentiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spread {
    pub count: usize,
    pub min: i64,
    pub p10: i64,
    pub median: i64,
    pub p90: i64,
    pub max: i64,
}

impl Spread {
    pub fn of(mut values: Vec<i64>) -> Option<Spread> {
        if values.is_empty() {
            return None;
        }
        values.sort_unstable();
        let rank = |p: usize| values[(p * values.len()).div_ceil(100).max(1) - 1];
        Some(Spread {
            count: values.len(),
            min: values[0],
            p10: rank(10),
            median: rank(50),
            p90: rank(90),
            max: values[values.len() - 1],
        })
    }
}

/// The statistics of one profile's runs.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileSummary {
    pub skill: Skill,
    pub runs: usize,
    pub wins: usize,
    pub score: Option<Spread>,
    /// Per objective, in scenario order: how many runs met it and when.
    pub objectives: Vec<(usize, Option<Spread>)>,
    /// Per objective with a deadline (`by`): minutes to spare before it
    /// when it was met, over the runs that met it.
    pub objective_margins: Vec<Option<Spread>>,
    /// Per item, in scenario order: how many runs ended each way, and the
    /// time to spare (minutes) when it was obtained ([`time_to_spare`]).
    pub evidence: Vec<(BTreeMap<ItemEnd, usize>, Option<Spread>)>,
    /// Per item: for each State, in how many runs its requests obtained
    /// the item as evidence.
    pub produced_for: Vec<BTreeMap<usize, usize>>,
    pub first_preservation: Option<Spread>,
    /// Runs with no preservation at all.
    pub never_preserved: usize,
    /// Refusals by code: how many in all, in how many runs.
    pub refusals: BTreeMap<&'static str, (u32, usize)>,
    /// Each refusal code's first occurrence (the lowest seed's), as the
    /// team was told it.
    pub refusal_examples: BTreeMap<&'static str, Reason>,
    /// Injects no run of this profile fired, by scenario index.
    pub injects_never_fired: Vec<usize>,
    /// Objectives no run of this profile met, by scenario index.
    pub objectives_never_met: Vec<usize>,
    /// Runs that reached a dead end, when, and by which item's loss.
    pub dead_ends: usize,
    pub dead_end_at: Option<Spread>,
    pub dead_end_items: BTreeMap<usize, usize>,
    /// The run with the lowest score (the first seed among equals), the
    /// median run by score, and the run with the highest score (the first
    /// seed among equals): to replay and watch, as (seed, score).
    pub worst: (u64, u32),
    pub median: (u64, u32),
    pub best: (u64, u32),
    /// The scenario's band for this profile and whether the win rate is in it.
    pub band: Option<(u32, u32)>,
    /// Per objective, in scenario order: why the runs that missed it did.
    pub misses: Vec<Misses>,
}

/// Why the runs of one profile that missed an objective did ([`Miss`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Misses {
    /// Runs that missed it, of all three kinds.
    pub runs: usize,
    pub too_late: usize,
    /// For the runs too late whose trace tells when: how many minutes
    /// after the deadline the condition first held.
    pub late_by: Option<Spread>,
    pub unmet: usize,
    /// For the unmet runs: each part of the condition (its index in
    /// [`parts`]) and in how many of them it did not hold at the end.
    pub failed_parts: BTreeMap<usize, usize>,
    pub impossible: usize,
    /// For the impossible runs: each item whose loss made it so, and
    /// when it was lost (minutes; `count` is the number of runs).
    pub lost_items: BTreeMap<usize, Spread>,
}

impl Misses {
    fn of(runs: &[&RunRecord], objective: usize) -> Misses {
        let mut misses = Misses::default();
        let mut lost: BTreeMap<usize, Vec<i64>> = BTreeMap::new();
        let mut late_by: Vec<i64> = Vec::new();
        for miss in runs.iter().filter_map(|r| r.misses[objective].as_ref()) {
            misses.runs += 1;
            match miss {
                Miss::TooLate(late) => {
                    misses.too_late += 1;
                    late_by.extend(late);
                }
                Miss::Unmet(failed) => {
                    misses.unmet += 1;
                    for &part in failed {
                        *misses.failed_parts.entry(part).or_default() += 1;
                    }
                }
                Miss::Impossible(items) => {
                    misses.impossible += 1;
                    for &(item, at) in items {
                        lost.entry(item).or_default().push(at.minutes());
                    }
                }
            }
        }
        misses.late_by = Spread::of(late_by);
        misses.lost_items = lost
            .into_iter()
            .filter_map(|(item, at)| Some((item, Spread::of(at)?)))
            .collect();
        misses
    }
}

impl ProfileSummary {
    /// Win rate in percent, rounded down to a tenth.
    pub fn win_percent(&self) -> f64 {
        if self.runs == 0 {
            return 0.0;
        }
        (self.wins * 1000 / self.runs) as f64 / 10.0
    }

    /// Whether the win rate is inside the scenario's band (`None`: no band).
    pub fn in_band(&self) -> Option<bool> {
        let (low, high) = self.band?;
        let rate = self.win_percent();
        Some(rate >= f64::from(low) && rate <= f64::from(high))
    }
}

/// Every profile's statistics, in the order asked.
pub fn summarise(scenario: &Scenario, records: &[RunRecord]) -> Vec<ProfileSummary> {
    let mut skills: Vec<Skill> = Vec::new();
    for r in records {
        if !skills.contains(&r.skill) {
            skills.push(r.skill);
        }
    }
    skills
        .into_iter()
        .map(|skill| {
            let runs: Vec<&RunRecord> = records.iter().filter(|r| r.skill == skill).collect();
            summarise_profile(scenario, skill, &runs)
        })
        .collect()
}

fn summarise_profile(scenario: &Scenario, skill: Skill, runs: &[&RunRecord]) -> ProfileSummary {
    let objectives: Vec<(usize, Option<Spread>)> = (0..scenario.objectives.len())
        .map(|o| {
            let when: Vec<i64> = runs
                .iter()
                .filter_map(|r| r.objectives[o].map(SimTime::minutes))
                .collect();
            (when.len(), Spread::of(when))
        })
        .collect();
    let evidence = (0..scenario.evidence.len())
        .map(|i| {
            let mut ends: BTreeMap<ItemEnd, usize> = BTreeMap::new();
            for r in runs {
                *ends.entry(r.evidence[i]).or_default() += 1;
            }
            (
                ends,
                Spread::of(runs.iter().filter_map(|r| r.margins[i]).collect()),
            )
        })
        .collect();
    let produced_for = (0..scenario.evidence.len())
        .map(|i| {
            let mut states: BTreeMap<usize, usize> = BTreeMap::new();
            for &j in runs.iter().flat_map(|r| &r.produced_for[i]) {
                *states.entry(j).or_default() += 1;
            }
            states
        })
        .collect();
    let mut refusals: BTreeMap<&'static str, (u32, usize)> = BTreeMap::new();
    let mut refusal_examples: BTreeMap<&'static str, Reason> = BTreeMap::new();
    for r in runs {
        for (&code, &n) in &r.refusals {
            let entry = refusals.entry(code).or_default();
            entry.0 += n;
            entry.1 += 1;
        }
        for (&code, reason) in &r.refusal_examples {
            refusal_examples.entry(code).or_insert_with(|| reason.clone());
        }
    }
    let objective_margins = (0..scenario.objectives.len())
        .map(|o| Spread::of(runs.iter().filter_map(|r| r.objective_margins[o]).collect()))
        .collect();
    let mut dead_end_items: BTreeMap<usize, usize> = BTreeMap::new();
    for (_, item) in runs.iter().filter_map(|r| r.dead_end) {
        *dead_end_items.entry(item).or_default() += 1;
    }
    let mut by_score: Vec<(u32, u64)> = runs.iter().map(|r| (r.score, r.seed)).collect();
    by_score.sort_unstable();
    let pick = |k: usize| by_score.get(k).map_or((0, 0), |&(score, seed)| (seed, score));
    // The highest score's first seed: the first of the last equal scores.
    let top = by_score.last().map_or(0, |&(score, _)| score);
    let best = by_score.partition_point(|&(score, _)| score < top);
    ProfileSummary {
        skill,
        runs: runs.len(),
        wins: runs.iter().filter(|r| r.won).count(),
        score: Spread::of(runs.iter().map(|r| i64::from(r.score)).collect()),
        injects_never_fired: (0..scenario.injects.len())
            .filter(|&i| runs.iter().all(|r| !r.injects_fired[i]))
            .collect(),
        objectives_never_met: (0..objectives.len()).filter(|&o| objectives[o].0 == 0).collect(),
        objectives,
        objective_margins,
        evidence,
        produced_for,
        first_preservation: Spread::of(
            runs.iter()
                .filter_map(|r| r.first_preservation.map(SimTime::minutes))
                .collect(),
        ),
        never_preserved: runs.iter().filter(|r| r.first_preservation.is_none()).count(),
        refusals,
        refusal_examples,
        dead_ends: runs.iter().filter(|r| r.dead_end.is_some()).count(),
        dead_end_at: Spread::of(
            runs.iter()
                .filter_map(|r| r.dead_end.map(|(at, _)| at.minutes()))
                .collect(),
        ),
        dead_end_items,
        worst: pick(0),
        median: pick(by_score.len().saturating_sub(1) / 2),
        best: pick(best),
        band: scenario.band(skill),
        misses: (0..scenario.objectives.len())
            .map(|o| Misses::of(runs, o))
            .collect(),
    }
}

/// Items that no run of any profile obtained as evidence, and objectives
/// and injects no run of any profile reached: what an author looks at first.
pub fn never_anywhere(summaries: &[ProfileSummary]) -> (BTreeSet<usize>, BTreeSet<usize>) {
    let all = |pick: fn(&ProfileSummary) -> &Vec<usize>| -> BTreeSet<usize> {
        let mut sets = summaries
            .iter()
            .map(|s| pick(s).iter().copied().collect::<BTreeSet<_>>());
        let first = sets.next().unwrap_or_default();
        sets.fold(first, |acc, s| acc.intersection(&s).copied().collect())
    };
    (all(|s| &s.objectives_never_met), all(|s| &s.injects_never_fired))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let s = Spread::of((1..=10).collect()).unwrap();
        assert_eq!((s.min, s.p10, s.median, s.p90, s.max), (1, 1, 5, 9, 10));
        let one = Spread::of(vec![7]).unwrap();
        assert_eq!((one.p10, one.median, one.p90), (7, 7, 7));
        assert!(Spread::of(vec![]).is_none());
    }

    #[test]
    fn a_condition_first_held_when_its_last_part_of_an_all_or_first_of_an_any_did() {
        let prepared = Prepared::new(&crate::scenario::load::load_default()).unwrap();
        let (netflow, image) = (prepared.items["vps-netflow"], prepared.items["vps-server-image"]);
        let mut firsts = Firsts::default();
        firsts.produced.insert(netflow, SimTime(300));
        firsts.produced.insert(image, SimTime(100));
        let produced = |id: &str| Condition::EvidenceProduced(id.into());
        let both = Condition::All(vec![produced("vps-netflow"), produced("vps-server-image")]);
        let either = Condition::Any(vec![produced("vps-netflow"), produced("vps-server-image")]);
        let first_held = |condition: &Condition| first_held(&prepared.compile(condition), &firsts);
        assert_eq!(first_held(&both), Some(Some(SimTime(300))));
        assert_eq!(first_held(&either), Some(Some(SimTime(100))));
        // A part never obtained: the All never held; the Any did, by the other.
        let never = Condition::All(vec![produced("vps-netflow"), produced("exchange-kyc")]);
        assert_eq!(first_held(&never), Some(None));
        let one = Condition::Any(vec![produced("vps-netflow"), produced("exchange-kyc")]);
        assert_eq!(first_held(&one), Some(Some(SimTime(300))));
        // A part the trace does not date (a stage): the whole cannot be told.
        let stage = Condition::All(vec![produced("vps-netflow"), Condition::StageReached("x".into())]);
        assert_eq!(first_held(&stage), None);
    }
}
