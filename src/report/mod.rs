//! The after-action report: what an exercise taught, built from its
//! journal so that it can be written during the exercise, at its end or
//! years later from the archive.
//!
//! [`build`] replays the journal ([`crate::journal::replay_observed`],
//! its last recorded hash checked, which covers every event before it) and reads what happened from the typed
//! trace ([`crate::sim::event`]), the refusals the replay met and the
//! read model ([`crate::sim::Simulation::report`],
//! [`crate::sim::Simulation::holds`]); never from English text. The
//! result, [`AfterAction`], is data: ids, indices, times and typed
//! events. [`markdown`], [`json`] and [`html`] put it into words through
//! [`crate::words::Words`], in the reader's language.
//!
//! It must never change an exercise: it owns its own replay, reads the
//! live world of no running exercise, and nothing it computes reaches a
//! state hash. It reads no wall clock, so the same journal gives the same
//! report, byte for byte.
//!
//! Each team is credited and blamed for its own requests only (a
//! simulated foreign authority's orders are its team's, not the
//! trainees'), and data deleted after a copy of it was produced is no
//! loss ([`ItemStory::loss`]).
//!
//! The report's tables are built once, in words, as [`Table`]s
//! ([`tables`]), and drawn twice: by [`markdown`] and by [`html`]; a cell
//! says what it holds ([`Cell`]), each renderer how it looks.
//!
//! How objectives are rated (HSEEP's P/S/M/U), as [`rate`] does it:
//! - **P** (performed without challenges): met by its deadline, before the
//!   last quarter of its window (start to deadline), and no request on its
//!   path (a request naming an item or the instrument the objective's
//!   condition names, sent before it was met, and sent by, or for
//!   `RequestReceivedBy` to, the State that part of the condition names,
//!   if it names one) was returned for clarification or refused;
//! - **S** (with some challenges): met by its deadline, but in the last
//!   quarter of its window or after a return or refusal on its path;
//! - **M** (with major challenges): its condition came true only after its
//!   deadline (met late), or, never met, some but not all parts of an
//!   `All([...])` condition held at the end (met partly);
//! - **U** (unable to perform): missed;
//! - not rated (`None`, *open*): not met when a journal of an exercise
//!   still running ends (no end line) before the objective's deadline, or
//!   it has none: it may still be met.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::journal::{Journal, ReplayError, Step, Verify, replay_observed};
use crate::law::{Basis, RequestField};
use crate::scenario::model::{Condition, Instrument, Scenario};
use crate::sim::event::{Clause, Deletion, RequestResult};
use crate::sim::{Actor, Event, Participant, Prepared, Refusal, RequestId, Simulation, TraceEvent};
use crate::time::{Duration, SimTime};

pub mod html;
pub mod json;
pub mod markdown;
mod said;
mod tables;

/// A table of the report in the reader's words, built once ([`tables`])
/// and drawn by each renderer: the caption (HTML shows it; Markdown's
/// heading above says it), the column headings, and rows whose first
/// cell heads the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// What a cell of a [`Table`] holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    /// A short value read as one (a time, `a person`): never broken
    /// across lines in HTML.
    Short(String),
    /// Several statements: one per line in HTML, joined with the
    /// language's semicolon in Markdown.
    Lines(Vec<String>),
    /// An objective's rating, which the page makes stand out.
    Rating(Rating),
    /// Left blank for the trainer to complete.
    Blank,
}

impl Cell {
    /// The cell as one line of plain text (Markdown, JSON): several
    /// statements joined with the language's `separator`.
    pub fn plain(&self, separator: &str) -> String {
        match self {
            Cell::Text(text) | Cell::Short(text) => text.clone(),
            Cell::Lines(lines) => lines.join(separator),
            Cell::Rating(rating) => format!("{rating:?}"),
            Cell::Blank => String::new(),
        }
    }
}

/// The whole report, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AfterAction {
    pub overview: Overview,
    pub objectives: Vec<Rated>,
    /// Significant events and refused actions, in order.
    pub timeline: Vec<Moment>,
    pub teams: Vec<TeamRecord>,
    pub strengths: Vec<Finding>,
    /// Areas for improvement; each is a row of the improvement plan.
    pub improvements: Vec<Finding>,
    /// Each data item's story, for the figure: retention, preservation,
    /// requests, loss or production.
    pub items: Vec<ItemStory>,
    /// The trainer's annotations, where they were made.
    pub annotations: Vec<(SimTime, String)>,
    /// The exercise's stages as they happened (incident, stage), for the
    /// figure's markers.
    pub stages: Vec<(SimTime, (usize, usize))>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overview {
    pub scenario: String,
    pub scenario_hash: String,
    /// The cyberdrill version that recorded the journal.
    pub engine: String,
    pub seed: u64,
    /// The start as the scenario writes it, with its zone.
    pub start: String,
    /// Where the replay stopped: the journal's end line, or its last step.
    pub end: SimTime,
    /// Whether the journal's end line was reached and its hash matched.
    pub finished: bool,
    /// Local times beside simulated ones: the first incident's jurisdiction.
    pub local: Option<LocalTimes>,
    /// The jurisdictions in play (scenario indices).
    pub countries: Vec<usize>,
    pub seats: Vec<SeatPlay>,
    pub steps: usize,
    pub score: u32,
    pub max_score: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalTimes {
    pub jurisdiction: usize,
    pub zone: String,
    /// RFC 3339 with the offset in force.
    pub start: String,
    pub end: String,
}

/// Who played a seat, as the journal's header records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeatPlay {
    pub participant: Participant,
    /// A person (or a script) played it; else a simulated actor.
    pub person: bool,
    /// Actions the journal records for it (refused ones included).
    pub actions: usize,
}

/// HSEEP's rating of an objective.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Rating {
    P,
    S,
    M,
    U,
}

impl Rating {
    pub fn code(self) -> &'static str {
        match self {
            Rating::P => "p",
            Rating::S => "s",
            Rating::M => "m",
            Rating::U => "u",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Met {
    OnTime {
        at: SimTime,
    },
    /// The condition first held after the deadline, at `at` (the first
    /// journal step, or the end, at which the replay found it holding).
    Late {
        at: SimTime,
        late_by: Duration,
    },
    /// Never met; `holding` of the `of` parts of its `All` held at the end.
    Partly {
        holding: usize,
        of: usize,
    },
    Missed,
    /// Not met yet: the journal ends before its deadline (or it has none)
    /// and before the exercise ended. Not rated.
    Open,
}

/// What a rating rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Because {
    /// Met at `at`; `margin` before the deadline, if it has one.
    Met {
        at: SimTime,
        margin: Option<Duration>,
    },
    /// Met in the last quarter of its window.
    LastQuarter {
        at: SimTime,
        margin: Duration,
    },
    /// A request on its path was returned for clarification.
    Returned {
        request: RequestId,
        basis: Basis,
        to: usize,
        missing: Vec<RequestField>,
        at: SimTime,
    },
    /// A request on its path was refused or declined.
    Refused {
        request: RequestId,
        basis: Basis,
        to: usize,
        at: SimTime,
    },
    Late {
        at: SimTime,
        late_by: Duration,
    },
    Partly {
        holding: usize,
        of: usize,
    },
    Missed,
    /// Data its condition needs was lost (deleted before any copy was
    /// produced): what made it impossible.
    Lost {
        item: usize,
        at: SimTime,
    },
    /// Not met when the journal ends at `end`, with the exercise running
    /// and its deadline, if any, still ahead.
    Open {
        end: SimTime,
        deadline: Option<SimTime>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rated {
    pub objective: usize,
    pub id: String,
    pub points: u32,
    pub deadline: Option<SimTime>,
    pub met: Met,
    /// `None` while it is [`Met::Open`].
    pub rating: Option<Rating>,
    pub because: Vec<Because>,
}

/// A line of the timeline: an event of the trace, or an action the
/// simulation refused (which changed nothing, and teaches).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Moment {
    Event(TraceEvent),
    Refused {
        step: u64,
        at: SimTime,
        participant: Participant,
        refusal: Refusal,
    },
}

impl Moment {
    pub fn at(&self) -> SimTime {
        match self {
            Moment::Event(e) => e.at,
            Moment::Refused { at, .. } => *at,
        }
    }
}

/// One request as the trace tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestStory {
    pub request: RequestId,
    pub basis: Basis,
    pub from: usize,
    pub to: usize,
    pub items: Vec<usize>,
    /// The seat that drafted it.
    pub drafted_by: Option<Participant>,
    /// The seat that sent it first: the one the report credits with it.
    pub sent_by: Option<Participant>,
    pub sent: Vec<SimTime>,
    /// Each return for clarification: when, and what it lacked.
    pub returns: Vec<(SimTime, Vec<RequestField>)>,
    pub closed: Option<(SimTime, RequestResult)>,
    /// When its provider froze the data, a preservation taking effect:
    /// the moment the request reached the provider, which its answer
    /// confirms later (the answer names the preservation's end, one
    /// preservation period after it).
    pub preserved_from: Option<SimTime>,
}

impl RequestStory {
    pub fn instrument(&self) -> Instrument {
        instrument_of(self.basis)
    }
    /// Closed with a refusal or a decline.
    pub fn refused(&self) -> bool {
        matches!(
            self.closed,
            Some((
                _,
                RequestResult::RefusedReservation { .. }
                    | RequestResult::RefusedDualCriminality { .. }
                    | RequestResult::DeclinedVoluntarily { .. }
                    | RequestResult::DeclinedByProvider { .. }
                    | RequestResult::DeclinedByDesk { .. }
            ))
        )
    }
    /// Closed, and neither refused nor withdrawn.
    pub fn complete(&self) -> bool {
        self.closed.is_some()
            && !self.refused()
            && !matches!(self.closed, Some((_, RequestResult::Withdrawn { .. })))
    }
    fn clauses(&self) -> &[Clause] {
        match &self.closed {
            Some((_, RequestResult::Executed { clauses })) => clauses,
            _ => &[],
        }
    }
    /// When this request first secured item `item`: the data frozen (a
    /// preservation taking effect), or produced or disclosed (its answer).
    pub fn secured(&self, item: usize) -> Option<SimTime> {
        let (closed_at, _) = self.closed.as_ref()?;
        self.clauses()
            .iter()
            .filter(|c| c.items().contains(&item))
            .filter_map(|c| match c {
                Clause::Preserved { .. } => Some(self.preserved_from.unwrap_or(*closed_at)),
                Clause::Produced { .. } | Clause::Disclosed { .. } => Some(*closed_at),
                _ => None,
            })
            .min()
    }
    /// From the send that was returned to the next send (or, never sent
    /// again, to its close or the end): what one return cost.
    pub fn round_trip(&self, returned_at: SimTime, end: SimTime) -> Duration {
        let sent_before = self.sent.iter().copied().filter(|&t| t <= returned_at).max();
        let resent = self.sent.iter().copied().find(|&t| t > returned_at);
        let until = resent.or(self.closed.as_ref().map(|(t, _)| *t)).unwrap_or(end);
        until.since(sent_before.unwrap_or(returned_at))
    }
}

/// A retention deadline a team faced: an item it asked for, which its
/// provider deletes at `runs_out` unless kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetentionDeadline {
    pub item: usize,
    pub runs_out: SimTime,
    /// When the team first secured it (preserved, produced or disclosed).
    pub secured_at: Option<SimTime>,
    /// `runs_out - secured_at`; negative never (secured after is lost).
    pub margin: Option<Duration>,
    pub met: bool,
}

/// Per seat: what it did, counted as its team's record counts, over the
/// requests the seat sent first ([`RequestStory::sent_by`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeatRecord {
    pub participant: Participant,
    /// Played by a person (or a script), as the journal's header says.
    pub person: bool,
    /// When data first froze at a request it sent.
    pub first_preservation: Option<SimTime>,
    /// Requests it sent first; of those, complete, returned for
    /// clarification (at least once), refused or declined.
    pub requests_sent: usize,
    pub complete: usize,
    pub returned: usize,
    pub refused_requests: usize,
    /// Its team's retention deadlines that a request of this seat beat
    /// first: the item and the margin.
    pub deadlines_met: Vec<(usize, Duration)>,
    /// Its team's retention deadlines that ran out on data a request of
    /// this seat named.
    pub deadlines_missed: Vec<usize>,
    /// Its team's admissible evidence that a request of this seat
    /// produced (or, collected in real time, named).
    pub evidence: Vec<usize>,
    /// Likewise, its team's intelligence that a request of it disclosed.
    pub intelligence: Vec<usize>,
    /// Its team's lost data that a request of this seat named.
    pub lost: Vec<usize>,
    /// Refused actions (from the journal), with the refusal.
    pub refused: Vec<(SimTime, Refusal)>,
    /// Of those, the ones that chose a channel or an addressee the law
    /// does not offer.
    pub channel_errors: usize,
}

/// Per team (a jurisdiction that plays).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamRecord {
    pub jurisdiction: usize,
    /// When data first froze at its request, since the start: the
    /// preservation taking effect ([`RequestStory::preserved_from`]), not
    /// the provider's confirmation, which may come days later.
    pub first_preservation: Option<SimTime>,
    pub requests: Vec<RequestStory>,
    pub sent: usize,
    pub complete: usize,
    pub returned: usize,
    pub refused: usize,
    pub deadlines: Vec<RetentionDeadline>,
    /// Items it holds as admissible evidence, and since when.
    pub evidence: Vec<(usize, Option<SimTime>)>,
    /// Items it holds as intelligence only.
    pub intelligence: Vec<(usize, Option<SimTime>)>,
    /// Items it asked for that were deleted, when and why.
    pub lost: Vec<(usize, SimTime, Deletion)>,
    pub seats: Vec<SeatRecord>,
}

/// A strength or an area for improvement, each about one article. The
/// ones about requests or data name the team they belong to: each team
/// is credited or blamed for its own requests only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Finding {
    /// Data secured with time to spare before its retention ran out.
    SecuredInTime {
        /// The team whose request it was (a jurisdiction).
        team: usize,
        request: RequestId,
        basis: Basis,
        to: usize,
        item: usize,
        margin: Duration,
    },
    /// Admissible evidence obtained.
    Produced {
        team: usize,
        request: RequestId,
        basis: Basis,
        to: usize,
        items: Vec<usize>,
        after: Duration,
    },
    /// An objective met without challenges.
    ObjectiveClean {
        objective: usize,
    },
    /// Returned for clarification: lacked these elements; what it cost.
    Returned {
        team: usize,
        request: RequestId,
        basis: Basis,
        to: usize,
        missing: Vec<RequestField>,
        round_trip: Duration,
    },
    Refused {
        team: usize,
        request: RequestId,
        basis: Basis,
        to: usize,
        result: RequestResult,
    },
    Lost {
        team: usize,
        item: usize,
        at: SimTime,
        why: Deletion,
        asked: Option<Basis>,
    },
    /// An action the law did not allow; the refusal says which article.
    ChannelError {
        participant: Participant,
        at: SimTime,
        refusal: Refusal,
    },
    ObjectiveNotMet {
        objective: usize,
        rating: Rating,
    },
}

/// One data item: its retention, preservations, requests and fate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemStory {
    pub item: usize,
    pub id: String,
    pub provider: usize,
    pub created: SimTime,
    /// When its provider deletes it if nobody keeps it (`None`: kept).
    pub retention_runs_out: Option<SimTime>,
    /// Preservation spans (from, until) and the request behind each.
    pub preserved: Vec<(SimTime, SimTime, RequestId)>,
    /// Requests naming it: (request, basis, sent, closed).
    pub requests: Vec<(RequestId, Basis, Option<SimTime>, Option<SimTime>)>,
    pub produced: Option<SimTime>,
    pub disclosed: Option<SimTime>,
    /// When its provider deleted it: the end of its bar; a loss only if
    /// nobody had it produced first ([`ItemStory::loss`]).
    pub lost: Option<SimTime>,
    /// The read model's word for its end state (`produced`, `lost`, …).
    pub fate: crate::sim::view::Fate,
}

impl ItemStory {
    /// When it was lost: deleted before any copy of it was produced as
    /// evidence. A deletion after production takes nothing from the case.
    pub fn loss(&self) -> Option<SimTime> {
        self.lost
            .filter(|&at| self.produced.is_none_or(|produced| produced > at))
    }
}

/// The instrument a request's basis rests on.
pub fn instrument_of(basis: Basis) -> Instrument {
    match basis {
        Basis::Rule(i) | Basis::UnConvention(i) => i,
        Basis::BilateralMla => Instrument::Mla,
    }
}

/// Refusals that chose a channel, a sender or an addressee the law does
/// not offer (as opposed to a form left incomplete or a slip of the keys).
fn channel_error(refusal: &Refusal) -> bool {
    matches!(
        refusal,
        Refusal::NotBetween { .. }
            | Refusal::WrongSender { .. }
            | Refusal::SentByRole { .. }
            | Refusal::WrongJurisdiction { .. }
            | Refusal::NeedsEmergency { .. }
            | Refusal::NeedsUrgency { .. }
            | Refusal::NotItsAddressee { .. }
            | Refusal::NotAServiceProvider { .. }
            | Refusal::NoJointTeam { .. }
            | Refusal::ExtensionAbroad { .. }
            | Refusal::NotCovered { .. }
            | Refusal::AssetsHeldElsewhere { .. }
            | Refusal::SuspectElsewhere { .. }
    )
}

/// What the replay saw beyond the final state.
struct Watched {
    refused: Vec<(u64, SimTime, Participant, Refusal)>,
    actions: BTreeMap<Participant, usize>,
    /// For each objective with a deadline, when its condition first held
    /// after it (at the first due event, step or end that found it so).
    late: Vec<Option<SimTime>>,
}

/// Replay `journal` against `scenario` (its last hash checked) and read the
/// report from it.
pub fn build(scenario: &Scenario, journal: &Journal) -> Result<AfterAction, ReplayError> {
    let deadlines: Vec<Option<SimTime>> = scenario
        .objectives
        .iter()
        .map(|o| o.by.map(|by| SimTime::START.after(by)))
        .collect();
    let mut watched = Watched {
        refused: Vec::new(),
        actions: BTreeMap::new(),
        late: vec![None; scenario.objectives.len()],
    };
    // The last recorded hash vouches for the whole history (the state hash
    // covers the trace's chain); hashing after every step was nearly all
    // of a long journal's report.
    let replayed = replay_observed(scenario, journal, Verify::Last, |sim, step, answer| {
        if let Some(Step::Act(entry)) = step {
            *watched.actions.entry(entry.participant.clone()).or_default() += 1;
            if let Some(Err(refusal)) = answer {
                watched
                    .refused
                    .push((entry.seq, entry.at, entry.participant.clone(), refusal.clone()));
            }
        }
        // An objective past its deadline that does not hold yet is
        // watched event by event, so that "met late" says when; so is the
        // time before the last deadline, so that a deadline passing
        // between two steps (or before the end of a journal of simulated
        // teams, which has none) is seen at the event after it.
        let now = sim.now();
        let mut watching = false;
        for (i, objective) in scenario.objectives.iter().enumerate() {
            if watched.late[i].is_some() {
                continue;
            }
            match deadlines[i] {
                Some(by) if now > by => {
                    if sim.holds(&objective.when) {
                        watched.late[i] = Some(now);
                    } else {
                        watching = true;
                    }
                }
                Some(_) => watching = true,
                None => {}
            }
        }
        watching
    })?;
    let header = journal
        .header
        .as_ref()
        .expect("replay refuses a journal without a header");
    let sim = &replayed.simulation;
    let prepared = Prepared::new(scenario).map_err(|e| ReplayError::Setup(e.to_string()))?;
    let end = sim.now();
    let trace = sim.trace();
    let outcome = sim.report();

    let requests = request_stories(&prepared, trace);
    let items = item_stories(&prepared, trace, &requests, &outcome);

    let humans = &header.humans;
    let mut seats: Vec<Participant> = Participant::team_seats(scenario);
    for h in humans {
        if !seats.contains(h) && *h != Participant::Trainer {
            seats.push(h.clone());
        }
    }
    let seat_plays: Vec<SeatPlay> = seats
        .iter()
        .map(|p| SeatPlay {
            participant: p.clone(),
            person: humans.contains(p),
            actions: watched.actions.get(p).copied().unwrap_or(0),
        })
        .collect();

    let objectives: Vec<Rated> = scenario
        .objectives
        .iter()
        .enumerate()
        .map(|(i, objective)| {
            let met_at = outcome.objectives[i].met_at;
            let holding = partial(sim, &objective.when);
            // An exercise still running may yet meet it.
            let open_at = (!replayed.verified_end && deadlines[i].is_none_or(|by| end < by)).then_some(end);
            rate(
                i,
                objective,
                deadlines[i],
                met_at,
                watched.late[i],
                open_at,
                holding,
                &requests,
                &items,
                &prepared,
            )
        })
        .collect();

    let teams = team_records(
        scenario,
        &prepared,
        sim,
        &requests,
        &items,
        &seat_plays,
        &watched,
        trace,
    );
    let (strengths, improvements) = findings(&objectives, &teams, &requests, &items, &watched, end);

    let mut timeline: Vec<Moment> = trace
        .iter()
        .filter(|e| significant(&e.event))
        .cloned()
        .map(Moment::Event)
        .collect();
    for (step, at, participant, refusal) in &watched.refused {
        timeline.push(Moment::Refused {
            step: *step,
            at: *at,
            participant: participant.clone(),
            refusal: refusal.clone(),
        });
    }
    // Stable: events keep their order, a refusal goes after the events of its minute.
    timeline.sort_by_key(Moment::at);

    let annotations = trace
        .iter()
        .filter_map(|e| match &e.event {
            Event::Annotated { text } => Some((e.at, text.clone())),
            _ => None,
        })
        .collect();
    let stages = trace
        .iter()
        .filter_map(|e| match e.event {
            Event::StageReached { stage, .. } => Some((e.at, stage)),
            _ => None,
        })
        .collect();

    let mut countries: Vec<usize> = scenario
        .teams
        .iter()
        .filter_map(|t| prepared.jurisdictions.get(&t.jurisdiction).copied())
        .collect();
    for (j, _) in scenario.jurisdictions.iter().enumerate() {
        if !countries.contains(&j) {
            countries.push(j);
        }
    }

    Ok(AfterAction {
        overview: Overview {
            scenario: scenario.id.clone(),
            scenario_hash: header.scenario_hash.clone(),
            engine: header.engine.clone(),
            seed: header.seed,
            start: scenario.start.clone(),
            end,
            finished: replayed.verified_end,
            local: local_times(scenario, &prepared, end),
            countries,
            seats: seat_plays,
            steps: replayed.steps,
            score: outcome.score,
            max_score: outcome.max_score,
        },
        objectives,
        timeline,
        teams,
        strengths,
        improvements,
        items,
        annotations,
        stages,
    })
}

/// Where `play`, `serve` and the trainer's console write the HTML report
/// of a journal: beside it, its name with `.report.html` added
/// (`exercise.journal.report.html`).
pub fn beside(journal: &std::path::Path) -> std::path::PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(".report.html");
    std::path::PathBuf::from(name)
}

/// Read the journal at `journal` (its complete lines), build its report
/// and write it as HTML [`beside`] it, replacing the report written there
/// before; the path written, or what went wrong in words for a status
/// line. The shell's: the report itself does no I/O.
pub fn write_html_beside(
    journal: &std::path::Path,
    scenario: &Scenario,
    words: &crate::words::Words,
) -> Result<std::path::PathBuf, String> {
    let recorded = crate::journal::read_prefix(journal).map_err(|e| e.to_string())?;
    let built = build(scenario, &recorded.journal).map_err(|e| e.to_string())?;
    let path = beside(journal);
    std::fs::write(&path, html::render(&built, scenario, words))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The jurisdiction whose clock the report shows beside simulated time:
/// the first incident's, else the first team's, else the first (as `run`).
pub fn local_jurisdiction(scenario: &Scenario) -> Option<usize> {
    let code = scenario
        .incidents
        .first()
        .map(|i| i.jurisdiction.as_str())
        .or_else(|| scenario.teams.first().map(|t| t.jurisdiction.as_str()))
        .or_else(|| scenario.jurisdictions.first().map(|j| j.code.as_str()))?;
    scenario.jurisdictions.iter().position(|j| j.code == code)
}

fn local_times(scenario: &Scenario, prepared: &Prepared, end: SimTime) -> Option<LocalTimes> {
    let j = local_jurisdiction(scenario)?;
    let stamp = |at: SimTime| {
        prepared
            .calendar
            .zoned(j, at)
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    };
    Some(LocalTimes {
        jurisdiction: j,
        zone: scenario.jurisdictions[j].time_zone.clone(),
        start: stamp(SimTime::START),
        end: stamp(end),
    })
}

/// For a condition `All([...])`: how many of its parts hold now, of how
/// many. `None` for any other condition (it holds or it does not).
fn partial(sim: &Simulation, condition: &Condition) -> Option<(usize, usize)> {
    match condition {
        Condition::All(parts) => Some((parts.iter().filter(|c| sim.holds(c)).count(), parts.len())),
        _ => None,
    }
}

/// What puts a request on an objective's path: a data item or an
/// instrument its condition names, and whose request it must be when that
/// part names a State: another team's request for the same data is not on
/// the path of `EvidenceProducedFor("NL", ..)`, and its return for
/// clarification says nothing of how NL met it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum OnPath {
    Item(usize, Party),
    Instrument(Instrument, Party),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Party {
    Anyone,
    Sender(usize),
    Receiver(usize),
}

impl OnPath {
    fn admits(self, r: &RequestStory) -> bool {
        let (named, party) = match self {
            OnPath::Item(item, party) => (r.items.contains(&item), party),
            OnPath::Instrument(instrument, party) => (r.instrument() == instrument, party),
        };
        named
            && match party {
                Party::Anyone => true,
                Party::Sender(j) => r.from == j,
                Party::Receiver(j) => r.to == j,
            }
    }
}

/// The items and instruments a condition names, with the State each part
/// names: an objective's path.
fn named(condition: &Condition, prepared: &Prepared, path: &mut Vec<OnPath>) {
    let state = |code: &str, party: fn(usize) -> Party| {
        prepared
            .jurisdictions
            .get(code)
            .map_or(Party::Anyone, |&j| party(j))
    };
    let mut item = |id: &str, party: Party| {
        if let Some(&i) = prepared.items.get(id) {
            path.push(OnPath::Item(i, party));
        }
    };
    match condition {
        Condition::EvidencePreserved(id)
        | Condition::EvidenceDisclosed(id)
        | Condition::EvidenceProduced(id)
        | Condition::EvidenceLost(id) => item(id, Party::Anyone),
        Condition::EvidencePreservedBy(code, id)
        | Condition::EvidenceDisclosedTo(code, id)
        | Condition::EvidenceProducedFor(code, id) => item(id, state(code, Party::Sender)),
        Condition::RequestSent(i) => path.push(OnPath::Instrument(*i, Party::Anyone)),
        Condition::RequestSentBy(code, i) => path.push(OnPath::Instrument(*i, state(code, Party::Sender))),
        Condition::RequestReceivedBy(code, i) => {
            path.push(OnPath::Instrument(*i, state(code, Party::Receiver)))
        }
        Condition::All(parts) | Condition::Any(parts) => {
            for part in parts {
                named(part, prepared, path);
            }
        }
        Condition::Not(part) => named(part, prepared, path),
        _ => {}
    }
}

/// The items whose evidence a condition asks for (preserved, disclosed,
/// produced), whose loss can make it impossible; not under `Not`.
fn needs(condition: &Condition, prepared: &Prepared, items: &mut Vec<usize>) {
    match condition {
        Condition::EvidencePreserved(id)
        | Condition::EvidenceDisclosed(id)
        | Condition::EvidenceProduced(id)
        | Condition::EvidencePreservedBy(_, id)
        | Condition::EvidenceDisclosedTo(_, id)
        | Condition::EvidenceProducedFor(_, id) => items.extend(prepared.items.get(id).copied()),
        Condition::All(parts) | Condition::Any(parts) => {
            for part in parts {
                needs(part, prepared, items);
            }
        }
        _ => {}
    }
}

/// The rating of objective `i` and what it rests on (see the module's
/// documentation for the rule).
#[allow(clippy::too_many_arguments)]
fn rate(
    i: usize,
    objective: &crate::scenario::model::Objective,
    deadline: Option<SimTime>,
    met_at: Option<SimTime>,
    late_at: Option<SimTime>,
    open_at: Option<SimTime>,
    holding: Option<(usize, usize)>,
    requests: &[RequestStory],
    stories: &[ItemStory],
    prepared: &Prepared,
) -> Rated {
    let mut path = Vec::new();
    named(&objective.when, prepared, &mut path);
    let on_path = |r: &&RequestStory| path.iter().any(|part| part.admits(r));
    let until = met_at.unwrap_or(SimTime::LATEST);
    let mut because = Vec::new();
    for r in requests.iter().filter(on_path) {
        for (at, missing) in r.returns.iter().filter(|(at, _)| *at <= until) {
            because.push(Because::Returned {
                request: r.request,
                basis: r.basis,
                to: r.to,
                missing: missing.clone(),
                at: *at,
            });
        }
        if let Some((at, _)) = r.closed.as_ref().filter(|(at, _)| *at <= until && r.refused()) {
            because.push(Because::Refused {
                request: r.request,
                basis: r.basis,
                to: r.to,
                at: *at,
            });
        }
    }
    let (met, rating) = match (met_at, late_at, holding) {
        (Some(at), _, _) => {
            let margin = deadline.map(|by| by.since(at));
            let last_quarter = deadline.filter(|by| {
                let window = by.since(SimTime::START).0;
                at.since(SimTime::START).0 * 4 > window * 3
            });
            if let (Some(_), Some(margin)) = (last_quarter, margin) {
                because.insert(0, Because::LastQuarter { at, margin });
            } else {
                because.insert(0, Because::Met { at, margin });
            }
            let rating = if because.len() == 1 && matches!(because[0], Because::Met { .. }) {
                Rating::P
            } else {
                Rating::S
            };
            (Met::OnTime { at }, Some(rating))
        }
        (None, Some(at), _) => {
            let late_by = at.since(deadline.unwrap_or(at));
            because.insert(0, Because::Late { at, late_by });
            (Met::Late { at, late_by }, Some(Rating::M))
        }
        (None, None, _) if open_at.is_some() => {
            let end = open_at.unwrap_or(SimTime::START);
            because.insert(0, Because::Open { end, deadline });
            (Met::Open, None)
        }
        (None, None, Some((holding, of))) if holding > 0 && holding < of => {
            because.insert(0, Because::Partly { holding, of });
            (Met::Partly { holding, of }, Some(Rating::M))
        }
        _ => {
            because.insert(0, Because::Missed);
            (Met::Missed, Some(Rating::U))
        }
    };
    // Never met: the data it needed that was lost says why it could not be.
    if matches!(met, Met::Missed | Met::Partly { .. }) {
        let mut needed = Vec::new();
        needs(&objective.when, prepared, &mut needed);
        needed.sort_unstable();
        needed.dedup();
        let lost = needed.iter().filter_map(|&item| {
            Some(Because::Lost {
                item,
                at: stories[item].loss()?,
            })
        });
        because.splice(1..1, lost);
    }
    Rated {
        objective: i,
        id: objective.id.clone(),
        points: objective.points,
        deadline,
        met,
        rating,
        because,
    }
}

/// Every request, as its events tell it, in request order.
fn request_stories(prepared: &Prepared, trace: &[TraceEvent]) -> Vec<RequestStory> {
    let mut stories: BTreeMap<RequestId, RequestStory> = BTreeMap::new();
    for e in trace {
        match &e.event {
            Event::Drafted {
                request,
                basis,
                to,
                items,
                ..
            } => {
                let (from, drafted_by) = match &e.actor {
                    Actor::Seat { participant } => {
                        let from = match participant {
                            Participant::Player { jurisdiction, .. } => {
                                prepared.jurisdictions.get(jurisdiction).copied()
                            }
                            _ => None,
                        };
                        (from, Some(participant.clone()))
                    }
                    Actor::Team { jurisdiction } => (Some(*jurisdiction), None),
                    _ => (None, None),
                };
                stories.insert(
                    *request,
                    RequestStory {
                        request: *request,
                        basis: *basis,
                        from: from.unwrap_or(usize::MAX),
                        to: *to,
                        items: items.clone(),
                        drafted_by,
                        sent_by: None,
                        sent: Vec::new(),
                        returns: Vec::new(),
                        closed: None,
                        preserved_from: None,
                    },
                );
            }
            Event::Sent { request, .. } => {
                if let Some(s) = stories.get_mut(request) {
                    s.sent.push(e.at);
                    if let (None, Actor::Seat { participant }) = (&s.sent_by, &e.actor) {
                        s.sent_by = Some(participant.clone());
                    }
                }
            }
            Event::SentBack { request, missing, .. } => {
                if let Some(s) = stories.get_mut(request) {
                    s.returns.push((e.at, missing.clone()));
                }
            }
            Event::RequestClosed {
                request,
                from,
                result,
                ..
            } => {
                if let Some(s) = stories.get_mut(request) {
                    s.from = *from;
                    s.closed = Some((e.at, result.clone()));
                    s.preserved_from = froze_at(&prepared.scenario.law, s.instrument(), e.at, result);
                }
            }
            _ => {}
        }
    }
    stories.into_values().collect()
}

/// When the provider froze the data of a preservation request answered
/// at `answered` with `result`: its confirmation names the end of the
/// preservation, one preservation period after the data froze (when the
/// request reached the provider). Never before the start nor after the
/// answer.
pub fn froze_at(
    law: &crate::scenario::model::LawParameters,
    instrument: Instrument,
    answered: SimTime,
    result: &RequestResult,
) -> Option<SimTime> {
    let RequestResult::Executed { clauses } = result else {
        return None;
    };
    let until = clauses.iter().find_map(|c| match c {
        Clause::Preserved { until, .. } => Some(*until),
        _ => None,
    })?;
    let froze = match crate::law::preservation_period(instrument, law) {
        Some(period) => SimTime(until.minutes() - period.as_minutes()),
        None => answered,
    };
    Some(froze.clamp(SimTime::START, answered))
}

/// What each data item went through.
fn item_stories(
    prepared: &Prepared,
    trace: &[TraceEvent],
    requests: &[RequestStory],
    outcome: &crate::sim::Report,
) -> Vec<ItemStory> {
    let mut stories: Vec<ItemStory> = (0..prepared.scenario.evidence.len())
        .map(|i| ItemStory {
            item: i,
            id: prepared.item_id(i).to_string(),
            provider: prepared.item_provider(i),
            created: prepared.created_at(i),
            retention_runs_out: prepared.deletes_at[i],
            preserved: Vec::new(),
            requests: requests
                .iter()
                .filter(|r| r.items.contains(&i))
                .map(|r| {
                    (
                        r.request,
                        r.basis,
                        r.sent.first().copied(),
                        r.closed.as_ref().map(|c| c.0),
                    )
                })
                .collect(),
            produced: None,
            disclosed: None,
            lost: None,
            fate: outcome.evidence[i].fate,
        })
        .collect();
    for e in trace {
        match &e.event {
            Event::RequestClosed {
                request,
                result: RequestResult::Executed { clauses },
                ..
            } => {
                // A preservation's span starts when the data froze.
                let froze = requests
                    .binary_search_by_key(request, |r| r.request)
                    .ok()
                    .and_then(|n| requests[n].preserved_from)
                    .unwrap_or(e.at);
                for clause in clauses {
                    for &i in clause.items() {
                        let story = &mut stories[i];
                        match clause {
                            Clause::Preserved { until, .. } => {
                                story.preserved.push((froze, *until, *request))
                            }
                            Clause::Produced { .. } => {
                                story.produced.get_or_insert(e.at);
                            }
                            Clause::Disclosed { .. } => {
                                story.disclosed.get_or_insert(e.at);
                            }
                            _ => {}
                        }
                    }
                }
            }
            Event::Renewed { request, until, .. } => {
                for story in stories.iter_mut() {
                    if let Some(span) = story.preserved.iter_mut().rev().find(|s| s.2 == *request) {
                        span.1 = *until;
                    }
                }
            }
            Event::Collected { item, .. } => {
                stories[*item].produced.get_or_insert(e.at);
            }
            Event::Deleted { item, .. } => {
                stories[*item].lost.get_or_insert(e.at);
            }
            _ => {}
        }
    }
    stories
}

#[allow(clippy::too_many_arguments)]
fn team_records(
    scenario: &Scenario,
    prepared: &Prepared,
    sim: &Simulation,
    requests: &[RequestStory],
    items: &[ItemStory],
    seats: &[SeatPlay],
    watched: &Watched,
    trace: &[TraceEvent],
) -> Vec<TeamRecord> {
    let end = sim.now();
    let states = sim.evidence_states();
    scenario
        .teams
        .iter()
        .filter_map(|team| {
            let j = *prepared.jurisdictions.get(&team.jurisdiction)?;
            let code = &team.jurisdiction;
            let own: Vec<RequestStory> = requests.iter().filter(|r| r.from == j).cloned().collect();
            let first_preservation = own.iter().filter_map(|r| r.preserved_from).min();
            let asked: Vec<usize> = {
                let mut v: Vec<usize> = own.iter().flat_map(|r| r.items.iter().copied()).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            // When the team first held or kept each item.
            let secured = |i: usize| -> Option<SimTime> { own.iter().filter_map(|r| r.secured(i)).min() };
            let obtained_at = |i: usize, produced: bool| -> Option<SimTime> {
                own.iter()
                    .filter_map(|r| {
                        let (at, _) = r.closed.as_ref()?;
                        r.clauses()
                            .iter()
                            .any(|c| {
                                c.items().contains(&i)
                                    && if produced {
                                        matches!(c, Clause::Produced { .. })
                                    } else {
                                        matches!(c, Clause::Disclosed { .. })
                                    }
                            })
                            .then_some(*at)
                    })
                    .min()
                    .or_else(|| produced.then_some(items[i].produced).flatten())
            };
            // The retention deadlines that fell within the exercise: the
            // ones a team had to beat.
            let deadlines: Vec<RetentionDeadline> = asked
                .iter()
                .filter_map(|&i| {
                    let runs_out = items[i].retention_runs_out.filter(|&at| at <= end)?;
                    let secured_at = secured(i).filter(|&at| at <= runs_out);
                    Some(RetentionDeadline {
                        item: i,
                        runs_out,
                        secured_at,
                        margin: secured_at.map(|at| runs_out.since(at)),
                        met: secured_at.is_some() || items[i].lost.is_none_or(|lost| lost > runs_out),
                    })
                })
                .collect();
            let evidence: Vec<(usize, Option<SimTime>)> = states
                .iter()
                .enumerate()
                .filter(|(_, s)| s.produced_for.contains(code))
                .map(|(i, _)| (i, obtained_at(i, true)))
                .collect();
            let intelligence: Vec<(usize, Option<SimTime>)> = states
                .iter()
                .enumerate()
                .filter(|(_, s)| s.disclosed_to.contains(code) && !s.produced_for.contains(code))
                .map(|(i, _)| (i, obtained_at(i, false)))
                .collect();
            // Data already produced as evidence is not lost when its
            // provider deletes it later (a preserved copy expiring after
            // production, retention running out): the case has its copy.
            let lost: Vec<(usize, SimTime, Deletion)> = trace
                .iter()
                .filter_map(|e| match &e.event {
                    Event::Deleted { item, why }
                        if asked.contains(item) && items[*item].produced.is_none_or(|at| at > e.at) =>
                    {
                        Some((*item, e.at, why.clone()))
                    }
                    _ => None,
                })
                .collect();
            let seat_records = seats
                .iter()
                .filter(|s| matches!(&s.participant, Participant::Player { jurisdiction, .. } if jurisdiction == code))
                .map(|s| {
                    seat_record(
                        s,
                        &own,
                        &deadlines,
                        &evidence,
                        &intelligence,
                        &lost,
                        watched,
                    )
                })
                .collect();
            Some(TeamRecord {
                jurisdiction: j,
                first_preservation,
                sent: own.iter().filter(|r| !r.sent.is_empty()).count(),
                complete: own.iter().filter(|r| r.complete()).count(),
                returned: own.iter().filter(|r| !r.returns.is_empty()).count(),
                refused: own.iter().filter(|r| r.refused()).count(),
                requests: own,
                deadlines,
                evidence,
                intelligence,
                lost,
                seats: seat_records,
            })
        })
        .collect()
}

/// One seat's share of its team's record: what the requests it sent
/// first (`own`: the team's) did.
fn seat_record(
    seat: &SeatPlay,
    own: &[RequestStory],
    deadlines: &[RetentionDeadline],
    evidence: &[(usize, Option<SimTime>)],
    intelligence: &[(usize, Option<SimTime>)],
    lost: &[(usize, SimTime, Deletion)],
    watched: &Watched,
) -> SeatRecord {
    let mine: Vec<&RequestStory> = own
        .iter()
        .filter(|r| r.sent_by.as_ref() == Some(&seat.participant))
        .collect();
    let named = |i: usize| mine.iter().any(|r| r.items.contains(&i));
    // Credited to the seat whose request yielded it; an item no request's
    // answer yielded (collected in real time) to the seats that named it.
    let credited = |i: usize, yields: fn(&Clause) -> bool| {
        let yielded = |r: &RequestStory| r.clauses().iter().any(|c| yields(c) && c.items().contains(&i));
        if own.iter().any(yielded) {
            mine.iter().any(|r| yielded(r))
        } else {
            named(i)
        }
    };
    let refused: Vec<(SimTime, Refusal)> = watched
        .refused
        .iter()
        .filter(|(_, _, p, _)| *p == seat.participant)
        .map(|(_, at, _, r)| (*at, r.clone()))
        .collect();
    SeatRecord {
        participant: seat.participant.clone(),
        person: seat.person,
        first_preservation: mine.iter().filter_map(|r| r.preserved_from).min(),
        requests_sent: mine.len(),
        complete: mine.iter().filter(|r| r.complete()).count(),
        returned: mine.iter().filter(|r| !r.returns.is_empty()).count(),
        refused_requests: mine.iter().filter(|r| r.refused()).count(),
        deadlines_met: deadlines
            .iter()
            .filter_map(|d| {
                let (at, margin) = (d.secured_at?, d.margin?);
                mine.iter()
                    .any(|r| r.secured(d.item) == Some(at))
                    .then_some((d.item, margin))
            })
            .collect(),
        deadlines_missed: deadlines
            .iter()
            .filter(|d| !d.met && named(d.item))
            .map(|d| d.item)
            .collect(),
        evidence: evidence
            .iter()
            .map(|(i, _)| *i)
            .filter(|&i| credited(i, |c| matches!(c, Clause::Produced { .. })))
            .collect(),
        intelligence: intelligence
            .iter()
            .map(|(i, _)| *i)
            .filter(|&i| credited(i, |c| matches!(c, Clause::Disclosed { .. })))
            .collect(),
        lost: lost.iter().map(|(i, _, _)| *i).filter(|&i| named(i)).collect(),
        channel_errors: refused.iter().filter(|(_, r)| channel_error(r)).count(),
        refused,
    }
}

/// Strengths and areas for improvement, from the teams' records.
fn findings(
    objectives: &[Rated],
    teams: &[TeamRecord],
    requests: &[RequestStory],
    items: &[ItemStory],
    watched: &Watched,
    end: SimTime,
) -> (Vec<Finding>, Vec<Finding>) {
    let (mut strengths, mut improvements) = (Vec::new(), Vec::new());
    for team in teams {
        for d in &team.deadlines {
            let (Some(margin), Some(at)) = (d.margin, d.secured_at) else {
                continue;
            };
            // The request that secured it first.
            if let Some(r) = team.requests.iter().find(|r| r.secured(d.item) == Some(at)) {
                strengths.push(Finding::SecuredInTime {
                    team: team.jurisdiction,
                    request: r.request,
                    basis: r.basis,
                    to: r.to,
                    item: d.item,
                    margin,
                });
            }
        }
        for r in &team.requests {
            let produced: Vec<usize> = r
                .clauses()
                .iter()
                .filter(|c| matches!(c, Clause::Produced { .. }))
                .flat_map(|c| c.items().iter().copied())
                .collect();
            if let (false, Some(first), Some((at, _))) = (produced.is_empty(), r.sent.first(), &r.closed) {
                strengths.push(Finding::Produced {
                    team: team.jurisdiction,
                    request: r.request,
                    basis: r.basis,
                    to: r.to,
                    items: produced,
                    after: at.since(*first),
                });
            }
            for (at, missing) in &r.returns {
                improvements.push(Finding::Returned {
                    team: team.jurisdiction,
                    request: r.request,
                    basis: r.basis,
                    to: r.to,
                    missing: missing.clone(),
                    round_trip: r.round_trip(*at, end),
                });
            }
            if r.refused()
                && let Some((_, result)) = &r.closed
            {
                improvements.push(Finding::Refused {
                    team: team.jurisdiction,
                    request: r.request,
                    basis: r.basis,
                    to: r.to,
                    result: result.clone(),
                });
            }
        }
        for (item, at, why) in &team.lost {
            let asked = requests
                .iter()
                .find(|r| r.from == team.jurisdiction && r.items.contains(item));
            improvements.push(Finding::Lost {
                team: team.jurisdiction,
                item: *item,
                at: *at,
                why: why.clone(),
                asked: asked.map(|r| r.basis),
            });
        }
    }
    for (_, at, participant, refusal) in &watched.refused {
        if channel_error(refusal) {
            improvements.push(Finding::ChannelError {
                participant: participant.clone(),
                at: *at,
                refusal: refusal.clone(),
            });
        }
    }
    for o in objectives {
        match o.rating {
            Some(Rating::P) => strengths.push(Finding::ObjectiveClean {
                objective: o.objective,
            }),
            Some(Rating::S) | None => {}
            Some(rating) => improvements.push(Finding::ObjectiveNotMet {
                objective: o.objective,
                rating,
            }),
        }
    }
    let _ = items;
    said_once(&mut strengths);
    said_once(&mut improvements);
    (strengths, improvements)
}

/// Whether an event belongs on the report's timeline: requests sent,
/// returned and answered; preservations renewed; data deleted or
/// collected; stages, injects, suspects, objectives, annotations, the end.
/// Keeps the first of findings that would read the same (the same team,
/// instrument, addressee, data and figures; only the request number,
/// which no sentence shows, differing): a list, or a plan, never says
/// the same thing twice.
fn said_once(findings: &mut Vec<Finding>) {
    let unnumbered = |f: &Finding| {
        let mut f = f.clone();
        match &mut f {
            Finding::SecuredInTime { request, .. }
            | Finding::Produced { request, .. }
            | Finding::Returned { request, .. }
            | Finding::Refused { request, .. } => *request = 0,
            _ => {}
        }
        f
    };
    // Keyed by the data as JSON: one pass, however many findings a long
    // exercise leaves (a list compared pairwise would be quadratic).
    let mut said = std::collections::HashSet::with_capacity(findings.len());
    findings.retain(|f| said.insert(serde_json::to_string(&unnumbered(f)).expect("a finding serialises")));
}

fn significant(event: &Event) -> bool {
    matches!(
        event,
        Event::Sent { .. }
            | Event::SentBack { .. }
            | Event::RequestClosed { .. }
            | Event::Renewed { .. }
            | Event::Deleted { .. }
            | Event::Collected { .. }
            | Event::StageReached { .. }
            | Event::StageAverted { .. }
            | Event::StageDelayed { .. }
            | Event::InjectFired { .. }
            | Event::SuspectLocated { .. }
            | Event::ObjectiveMet { .. }
            | Event::Annotated { .. }
            | Event::TimeUp
            | Event::EndConditionHolds
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An objective that names a State (`EvidenceProducedFor("NL",
    /// "ro-logs")`) is marked down for NL's own returned request, not for
    /// another team's request for the same data.
    #[test]
    fn another_teams_returned_request_does_not_mark_down_an_objective_that_names_a_state() {
        let scenario =
            crate::scenario::load::load_path(std::path::Path::new("scenarios/cases/art30-third-state.ron"))
                .expect("the case loads");
        let prepared = Prepared::new(&scenario).expect("the case prepares");
        let (i, objective) = (scenario.objectives.iter().enumerate())
            .find(|(_, o)| o.id == "romanian-evidence")
            .expect("the case has the objective");
        let (nl, ro, item) = (
            prepared.jurisdictions["NL"],
            prepared.jurisdictions["RO"],
            prepared.items["ro-logs"],
        );
        let story = |request: RequestId, from: usize, to: usize, returned: bool| RequestStory {
            request,
            basis: Basis::Rule(Instrument::Mla),
            from,
            to,
            items: vec![item],
            drafted_by: None,
            sent_by: None,
            sent: vec![SimTime(60)],
            returns: if returned {
                vec![(SimTime(120), vec![RequestField::Necessity])]
            } else {
                Vec::new()
            },
            closed: None,
            preserved_from: None,
        };
        // Rated as met at d0 10:00 with no deadline, against `when`.
        let rating_when = |when: Condition, requests: &[RequestStory]| {
            let objective = crate::scenario::model::Objective {
                when,
                ..objective.clone()
            };
            rate(
                i,
                &objective,
                None,
                Some(SimTime(600)),
                None,
                None,
                None,
                requests,
                &[],
                &prepared,
            )
            .rating
        };
        let rating = |requests: &[RequestStory]| rating_when(objective.when.clone(), requests);
        assert_eq!(rating(&[story(1, nl, ro, false)]), Some(Rating::P));
        assert_eq!(
            rating(&[story(1, nl, ro, true)]),
            Some(Rating::S),
            "NL's own return marks it down"
        );
        assert_eq!(
            rating(&[story(1, nl, ro, false), story(2, ro, nl, true)]),
            Some(Rating::P),
            "RO's return is not on NL's path"
        );
        // The same requests, rated against other conditions on the same data.
        let ro_returned = [story(1, nl, ro, false), story(2, ro, nl, true)];
        // A part that names no State takes every team's requests.
        assert_eq!(
            rating_when(Condition::EvidenceProduced("ro-logs".into()), &ro_returned),
            Some(Rating::S)
        );
        // RequestReceivedBy names the State the request went to.
        let received_by = |code: &str| Condition::RequestReceivedBy(code.into(), Instrument::Mla);
        assert_eq!(rating_when(received_by("NL"), &ro_returned), Some(Rating::S));
        assert_eq!(rating_when(received_by("RO"), &ro_returned), Some(Rating::P));
        // RequestSentBy, the State that sent it.
        let sent_by = |code: &str| Condition::RequestSentBy(code.into(), Instrument::Mla);
        assert_eq!(rating_when(sent_by("RO"), &ro_returned), Some(Rating::S));
        assert_eq!(rating_when(sent_by("NL"), &ro_returned), Some(Rating::P));
    }

    /// Two returns of one team's Art. 29 requests to the same State, alike
    /// in all but their numbers, read the same: one row. Another team's,
    /// or another round trip, is another row.
    #[test]
    fn findings_that_read_the_same_are_said_once() {
        let returned = |team: usize, request: RequestId, hours: i64| Finding::Returned {
            team,
            request,
            basis: Basis::Rule(Instrument::Preservation247),
            to: 1,
            missing: vec![RequestField::Necessity],
            round_trip: Duration(hours * 60),
        };
        let mut findings = vec![
            returned(0, 3, 9),
            returned(0, 5, 9),
            returned(1, 7, 9),
            returned(0, 8, 2),
        ];
        said_once(&mut findings);
        assert_eq!(
            findings,
            vec![returned(0, 3, 9), returned(1, 7, 9), returned(0, 8, 2)]
        );
    }
}
