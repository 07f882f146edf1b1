//! What one participant may see, and the after-action outcome.
//!
//! A [`View`] is computed from the world and filtered by role and
//! jurisdiction: a team sees its own inbox, its own case file, its own
//! requests and the requests waiting at its desk, and the data as it has
//! been *told* about it, never the provider's truth. The trainer sees
//! everything. This module only reads the world.

use serde::Serialize;

use crate::law::{self, Basis, RequestField};
use crate::scenario::model::Instrument;
use crate::time::SimTime;

use super::engine;
use super::event::{Deletion, RequestResult};
use super::message::messages;
use super::types::{Participant, RequestId, Stated, TraceEvent};
use super::visibility;
use super::world::*;

/// What one seat may see now. It borrows the simulation's trace for the
/// inbox, so computing it copies no note: ask again after the next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct View<'a> {
    pub participant: Participant,
    pub now: SimTime,
    pub paused: bool,
    /// The notes this seat was sent, oldest first. A note's id is its
    /// `seq`, its kind its event's code ([`super::Message::code`]), the
    /// request it concerns [`super::Event::request`].
    pub inbox: Vec<&'a TraceEvent>,
    /// Notes up to this `seq` have been read (`Action::Read`).
    pub read_upto: u64,
    pub leads: Vec<LeadView>,
    pub requests: Vec<RequestView>,
    pub evidence: Vec<EvidenceView>,
    pub emergency_known: bool,
    /// The times this seat should watch, soonest first: preservations its
    /// team was told of, answers the law requires by a date, the end.
    pub clocks: Vec<Deadline>,
    /// What only the trainer sees: the agenda, the injects, the objectives.
    pub overview: Option<Overview<'a>>,
}

impl View<'_> {
    /// The notes not read yet.
    pub fn unread(&self) -> impl Iterator<Item = &TraceEvent> {
        self.inbox
            .iter()
            .copied()
            .filter(|note| note.seq > self.read_upto)
    }
}

/// The trainer's overview of the exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overview<'a> {
    /// What is due next, in the order it will happen.
    pub agenda: Vec<Scheduled>,
    pub injects: Vec<InjectState<'a>>,
    pub objectives: Vec<ObjectiveState>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InjectState<'a> {
    pub inject: usize,
    pub id: &'a str,
    pub fired_at: Option<SimTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObjectiveState {
    pub objective: usize,
    pub points: u32,
    /// Met by then, or not at all.
    pub by: Option<SimTime>,
    pub met_at: Option<SimTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeadView {
    /// Index in the scenario's leads: the shell shows its value and text.
    pub lead: usize,
    pub id: String,
    pub examined: bool,
    /// The provider behind it, once looked up.
    pub provider: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestView {
    pub id: RequestId,
    pub instrument: Instrument,
    pub basis: Basis,
    pub from: usize,
    pub to: usize,
    pub items: Vec<usize>,
    /// The leads it carries instead of data (Art. 26, indicators for the
    /// CSIRTs, the wallets and accounts of a freeze).
    pub leads: Vec<usize>,
    /// The suspect it names (Art. 24 extradition, a red notice).
    pub suspect: Option<usize>,
    /// What it states so far, in field order, each with the text its
    /// sender wrote for it (none for a field stated bare), as written:
    /// whoever sees the request reads them (its sender's team, the
    /// requested desk once it reached it, the trainer; see
    /// [`visibility::sees_request`]). And what it still lacks to be
    /// complete (the signature included until it is signed).
    pub fields: Vec<Stated>,
    pub missing: Vec<RequestField>,
    pub status: RequestStatus,
    /// How many times it was sent back for clarification: each round trip
    /// is time lost, and the debrief counts them.
    pub round_trips: u32,
    /// How many times a preservation was renewed before it lapsed.
    pub renewals: u32,
    /// When it was sent: how long the requested side has had it.
    pub sent_at: Option<SimTime>,
    /// The law's latest answer, while it is on its way to the provider or
    /// with it ([`Deadline::AnswerDue`]).
    pub answer_due: Option<SimTime>,
}

messages! {
    /// Where a request stands, as its engine state.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum RequestStatus {
        Drafting = "status-drafting",
        WithTheJudge = "status-with-the-judge",
        AtForeignDesk = "status-at-foreign-desk",
        /// Waiting for a person at the requested 24/7 desk.
        AwaitingForward = "status-awaiting-forward",
        AtOwnCentralAuthority = "status-at-own-central-authority",
        AtForeignCentralAuthority = "status-at-foreign-central-authority",
        AtForeignJudicialAuthority = "status-at-foreign-judicial-authority",
        Processing = "status-processing",
        AtProvider = "status-at-provider",
        /// With a provider, waiting for the person who plays its liaison.
        AwaitingLiaison = "status-awaiting-liaison",
        /// Waiting for the requested prosecutor, played by a person, to decide.
        AwaitingDecision = "status-awaiting-decision",
        Returned = "status-returned",
        /// Indicators passing from CSIRT to CSIRT to the other State's police.
        WithTheCsirts = "status-with-the-csirts",
        /// A freeze on its way through the financial intelligence units.
        WithTheFius = "status-with-the-fius",
        /// A red notice under review at INTERPOL.
        AtInterpol = "status-at-interpol",
        Closed { result: RequestResult => nested } = "status-closed",
        /// A trace on its way through the financial intelligence units.
        TracingWithTheFius = "status-tracing-with-the-fius",
        /// A coordination meeting being convened at Eurojust.
        AtEurojust = "status-at-eurojust",
        /// Leads on their way over SIENA, Europol cross-checking them.
        AtEuropol = "status-at-europol",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceView {
    pub item: usize,
    pub id: String,
    pub provider: usize,
    /// What the team has been told.
    pub told: Told,
    /// The provider's truth: the trainer's view only.
    pub truth: Option<Truth>,
    /// When the item's published retention runs out, if anyone says.
    pub retention: Option<Retention>,
}

/// When a team may expect a data item to be deleted if nothing keeps it:
/// its creation plus the retention its provider states, or else its
/// country's law. What the team can know, not what the provider does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Retention {
    pub runs_out: SimTime,
    pub source: RetentionSource,
}

/// Who says how long data is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RetentionSource {
    /// The provider, for this category of data.
    Provider,
    /// The retention law of the provider's country.
    Law,
}

messages! {
    /// What a team has been told about a data item.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Told {
        NotRequested = "told-not-requested",
        Requested = "told-requested",
        PreservedUntil { until: SimTime => time } = "told-preserved-until",
        CouldNotPreserve = "told-could-not-preserve",
        NotAvailable = "told-not-available",
        NotYetStored = "told-not-yet-stored",
        Disclosed = "told-disclosed",
        /// Disclosed as intelligence, and the provider's copy preserved until then.
        DisclosedPreservedUntil { until: SimTime => time } = "told-disclosed-preserved-until",
        Produced = "told-produced",
    }
}

messages! {
    /// The provider's truth about a data item: the trainer and the debrief see it.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Truth {
        NeverKept { provider: usize => provider } = "truth-never-kept",
        /// Produced, and later deleted at the provider.
        ProducedThenDeleted { at: SimTime => time } = "truth-produced-then-deleted",
        Lost { at: SimTime => time, why: Deletion => nested } = "truth-lost",
        Produced = "truth-produced",
        PreservedUntil { until: SimTime => time, disclosed: bool => flag } = "truth-preserved-until",
        PreservedWhileMla { disclosed: bool => flag } = "truth-preserved-while-mla",
        Live { disclosed: bool => flag } = "truth-live",
    }
}

messages! {
    /// A time a participant should watch.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Deadline {
        /// The preservation its team was told of runs out.
        Preservation { item: usize => item, until: SimTime => time } = "deadline-preservation",
        /// The published retention of a data item its team may name runs
        /// out, and nothing the team knows of keeps it.
        Retention { item: usize => item, at: SimTime => time } = "deadline-retention",
        /// The law's latest answer to one of its team's requests (the EU
        /// production order's 10 days, or 8 hours in an emergency).
        AnswerDue { request: RequestId => request, by: SimTime => time } = "deadline-answer-due",
        /// The requested Party's latest service on the provider of an
        /// order it gives effect to (CETS 224 Art. 8(6): 45 days from
        /// accepting it; the provider's answer is due from service).
        ServiceDue { request: RequestId => request, by: SimTime => time } = "deadline-service-due",
        /// An objective must be met by then (the trainer's view).
        Objective { objective: usize => objective, by: SimTime => time } = "deadline-objective",
        /// The exercise ends.
        End { at: SimTime => time } = "deadline-end",
    }
}

impl Deadline {
    pub fn at(&self) -> SimTime {
        match self {
            Deadline::Preservation { until, .. } => *until,
            Deadline::AnswerDue { by, .. }
            | Deadline::ServiceDue { by, .. }
            | Deadline::Objective { by, .. } => *by,
            Deadline::End { at } | Deadline::Retention { at, .. } => *at,
        }
    }
}

/// The law's latest answer to request `req`, if it sets one and the
/// request is with the provider or on its way there; for an order given
/// effect to (CETS 224 Art. 8(6)), its latest service while the requested
/// Party processes it, then the provider's latest answer once served.
fn answer_due(setup: &Setup, world: &World, req: &Request) -> Option<Deadline> {
    let sent = req.sent_at?;
    match (req.holder, req.treaty_deadline) {
        (Holder::Done, _) => return None,
        (Holder::Processing, Some(by)) => return Some(Deadline::ServiceDue { request: req.id, by }),
        (Holder::Provider | Holder::AwaitingLiaison, Some(by)) => {
            return Some(Deadline::AnswerDue { request: req.id, by });
        }
        _ => {}
    }
    let emergency = law::is_emergency_request(
        req.instrument,
        &req.fields,
        engine::casefile(world, req.from).emergency_known,
    );
    let within = law::provider_deadline(req.instrument, &setup.scenario.law, emergency)?;
    Some(Deadline::AnswerDue {
        request: req.id,
        by: sent.after(within),
    })
}

fn end_of(setup: &Setup) -> Option<Deadline> {
    let after = setup.scenario.end.after?;
    Some(Deadline::End {
        at: SimTime::START.after(after),
    })
}

fn request_view(setup: &Setup, world: &World, req: &Request) -> RequestView {
    let status = match req.holder {
        Holder::Drafting => RequestStatus::Drafting,
        Holder::Judge => RequestStatus::WithTheJudge,
        Holder::ForeignDesk => RequestStatus::AtForeignDesk,
        Holder::AwaitingForward => RequestStatus::AwaitingForward,
        Holder::OwnCentralAuthority => RequestStatus::AtOwnCentralAuthority,
        Holder::ForeignCentralAuthority => RequestStatus::AtForeignCentralAuthority,
        Holder::ForeignJudicialAuthority => RequestStatus::AtForeignJudicialAuthority,
        Holder::Processing => RequestStatus::Processing,
        Holder::Provider => RequestStatus::AtProvider,
        Holder::AwaitingLiaison => RequestStatus::AwaitingLiaison,
        Holder::AwaitingDecision => RequestStatus::AwaitingDecision,
        Holder::Returned => RequestStatus::Returned,
        Holder::Csirt => RequestStatus::WithTheCsirts,
        Holder::Fiu if crate::law::rule(req.instrument).yields == crate::law::Yields::Trace => {
            RequestStatus::TracingWithTheFius
        }
        Holder::Fiu => RequestStatus::WithTheFius,
        Holder::Interpol => RequestStatus::AtInterpol,
        Holder::Eurojust => RequestStatus::AtEurojust,
        Holder::Europol => RequestStatus::AtEuropol,
        Holder::Done => RequestStatus::Closed {
            result: req.result.clone().unwrap_or(RequestResult::Delivered),
        },
    };
    RequestView {
        id: req.id,
        instrument: req.instrument,
        basis: req.basis,
        from: req.from,
        to: req.to,
        items: req.items.clone(),
        leads: req.leads.clone(),
        suspect: req.suspect,
        fields: req
            .fields
            .iter()
            .map(|&field| Stated {
                field,
                text: req.texts.get(&field).cloned(),
            })
            .collect(),
        missing: law::missing_fields(
            req.instrument,
            &req.fields,
            &setup.scenario.jurisdictions[req.from],
            &setup.scenario.jurisdictions[req.to],
        ),
        status,
        round_trips: req.round_trips,
        renewals: req.renewals,
        sent_at: req.sent_at,
        answer_due: match answer_due(setup, world, req) {
            Some(Deadline::AnswerDue { by, .. }) => Some(by),
            _ => None,
        },
    }
}

/// The provider's truth about item `i`, as the trainer and the debrief see it.
pub(crate) fn truth(setup: &Setup, i: usize, ev: &Evidence, now: SimTime) -> Truth {
    if !setup.is_kept(i) {
        return Truth::NeverKept {
            provider: setup.item_provider(i),
        };
    }
    if let Some((at, why)) = &ev.deleted {
        if ev.is_produced() {
            return Truth::ProducedThenDeleted { at: *at };
        }
        return Truth::Lost {
            at: *at,
            why: why.clone(),
        };
    }
    if ev.is_produced() {
        return Truth::Produced;
    }
    let disclosed = ev.is_disclosed();
    if !ev.is_preserved(now) {
        return Truth::Live { disclosed };
    }
    match ev.preserved_until {
        Some(until) if ev.held_for_mla == 0 => Truth::PreservedUntil { until, disclosed },
        _ => Truth::PreservedWhileMla { disclosed },
    }
}

fn told(news: Option<&News>) -> Told {
    match news {
        None => Told::NotRequested,
        Some(News::Requested) => Told::Requested,
        Some(News::PreservedUntil(until)) => Told::PreservedUntil { until: *until },
        Some(News::CouldNotPreserve) => Told::CouldNotPreserve,
        Some(News::NotAvailable) => Told::NotAvailable,
        Some(News::NotYetStored) => Told::NotYetStored,
        Some(News::Disclosed) => Told::Disclosed,
        Some(News::DisclosedPreservedUntil(until)) => Told::DisclosedPreservedUntil { until: *until },
        Some(News::Produced) => Told::Produced,
    }
}

pub(crate) fn view<'w>(world: &'w World, participant: &Participant) -> Option<View<'w>> {
    let setup: &'w Setup = &world.resource::<Static>().0;
    let index = world.resource::<Index>();
    let seat = engine::seat(world, *index.seats.get(participant)?);
    let clock = world.resource::<Clock>();
    let trace = &world.resource::<Trace>().events;
    let now = clock.now;
    let requests = world.resource::<Requests>();
    let request = |id: RequestId| requests.get(id);
    let mut view = View {
        participant: participant.clone(),
        now,
        paused: clock.paused,
        // A note is the trace event its sequence number names (1-based).
        inbox: seat.inbox.iter().map(|&seq| &trace[seq as usize - 1]).collect(),
        read_upto: seat.read_upto,
        leads: Vec::new(),
        requests: Vec::new(),
        evidence: Vec::new(),
        emergency_known: false,
        clocks: Vec::new(),
        overview: None,
    };
    if let Participant::Liaison { provider } = participant {
        liaison_view(setup, world, setup.providers[provider], &mut view);
        return Some(view);
    }
    let Participant::Player { jurisdiction, role } = participant else {
        view.requests = requests
            .all()
            .iter()
            .map(|r| request_view(setup, world, r))
            .collect();
        view.evidence = (0..setup.scenario.evidence.len())
            .map(|i| EvidenceView {
                item: i,
                id: setup.item_id(i).to_string(),
                provider: setup.item_provider(i),
                told: Told::NotRequested,
                truth: Some(truth(setup, i, engine::evidence(world, i), now)),
                retention: setup.expected_deletion[i],
            })
            .collect();
        let progress = world.resource::<Progress>();
        let scenario = &setup.scenario;
        let objectives: Vec<ObjectiveState> = scenario
            .objectives
            .iter()
            .enumerate()
            .map(|(o, objective)| ObjectiveState {
                objective: o,
                points: objective.points,
                by: objective.by.map(|by| SimTime::START.after(by)),
                met_at: progress.objectives_met.get(&o).copied(),
            })
            .collect();
        view.clocks = objectives
            .iter()
            .filter(|o| o.met_at.is_none())
            .filter_map(|o| {
                Some(Deadline::Objective {
                    objective: o.objective,
                    by: o.by?,
                })
            })
            .chain(end_of(setup))
            .collect();
        view.clocks.sort_by_key(Deadline::at);
        view.overview = Some(Overview {
            agenda: world.resource::<Agenda>().sorted(),
            injects: scenario
                .injects
                .iter()
                .enumerate()
                .map(|(i, inject)| InjectState {
                    inject: i,
                    id: &inject.id,
                    fired_at: progress.injects_fired.get(&i).copied(),
                })
                .collect(),
            objectives,
        });
        return Some(view);
    };
    let j = setup.jurisdictions[jurisdiction];
    let case = engine::casefile(world, j);
    view.emergency_known = case.emergency_known;
    view.leads = case
        .found()
        .iter()
        .map(|l| {
            let lead = &setup.scenario.leads[l];
            LeadView {
                lead: l,
                id: lead.id.clone(),
                examined: case.examined.contains(&l),
                provider: lead
                    .provider
                    .as_ref()
                    .filter(|_| case.looked_up().contains(&l))
                    .map(|p| setup.providers[p]),
            }
        })
        .collect();
    view.requests = visibility::requests_involving(index, j)
        .iter()
        .filter_map(|&id| request(id))
        // Its own team's requests and what has reached this participant.
        .filter(|r| visibility::sees_request(setup, r, j, *role))
        .map(|r| request_view(setup, world, r))
        .collect();
    view.evidence = visibility::targetable_items(setup, case)
        .iter()
        .map(|&i| EvidenceView {
            item: i,
            id: setup.item_id(i).to_string(),
            provider: setup.item_provider(i),
            told: told(case.news.get(&i)),
            truth: None,
            retention: setup.expected_deletion[i],
        })
        .collect();
    // Retention to watch: the item may go, and nothing the team has been
    // told keeps it (not preserved, not produced, not known gone). Kept
    // once passed, like a preservation's end: a view changes with what
    // the team learns, never with the clock alone (news would miss it).
    let retention_runs_out = view.evidence.iter().filter_map(|e| {
        let at = e.retention?.runs_out;
        let watched = matches!(e.told, Told::NotRequested | Told::Requested | Told::Disclosed);
        watched.then_some(Deadline::Retention { item: e.item, at })
    });
    let answers_due = (index.requests_from(j).iter())
        .filter_map(|&id| request(id))
        .filter_map(|r| answer_due(setup, world, r));
    view.clocks = case
        .news
        .iter()
        .filter_map(|(item, news)| match news {
            News::PreservedUntil(until) | News::DisclosedPreservedUntil(until) => {
                Some(Deadline::Preservation { item, until: *until })
            }
            _ => None,
        })
        .chain(answers_due)
        .chain(retention_runs_out)
        .chain(end_of(setup))
        .collect();
    view.clocks.sort_by_key(Deadline::at);
    Some(view)
}

/// What a provider's liaison sees: the requests for its company's data
/// that reached it (an order its own State served without the requesting
/// side's texts), the data its company holds as the company knows it
/// (created by now; how long kept, preserved or deleted), and its clocks:
/// the answers the law requires by a date, the preservations it holds,
/// its own retention, the end. Nothing of any team's case file.
fn liaison_view<'w>(setup: &'w Setup, world: &'w World, provider: usize, view: &mut View<'w>) {
    let now = view.now;
    let requests: Vec<&Request> = world
        .resource::<Requests>()
        .all()
        .iter()
        .filter(|r| visibility::liaison_sees(r, provider))
        .collect();
    view.requests = requests
        .iter()
        .map(|r| {
            let mut seen = request_view(setup, world, r);
            // Served by its own State, the provider sees the order (what
            // it names, on what basis), not the requesting side's reasons.
            if visibility::served_by_requested_state(r) {
                seen.fields.iter_mut().for_each(|stated| stated.text = None);
            }
            seen
        })
        .collect();
    // What exists: data not created yet is not the company's to see.
    view.evidence = (0..setup.scenario.evidence.len())
        .filter(|&i| setup.item_provider(i) == provider && setup.created_at(i) <= now)
        .map(|i| EvidenceView {
            item: i,
            id: setup.item_id(i).to_string(),
            provider,
            told: Told::NotRequested,
            truth: Some(truth(setup, i, engine::evidence(world, i), now)),
            retention: setup.expected_deletion[i],
        })
        .collect();
    let answers_due = requests
        .iter()
        .filter(|r| r.holder == Holder::AwaitingLiaison)
        .filter_map(|r| answer_due(setup, world, r));
    // Kept once passed, as a team's are: a view changes with the state,
    // never with the clock alone (news would miss it).
    let preserved = view.evidence.iter().filter_map(|e| {
        let until = engine::evidence(world, e.item).preserved_until?;
        Some(Deadline::Preservation { item: e.item, until })
    });
    let retention = view.evidence.iter().filter_map(|e| {
        let at = e.retention?.runs_out;
        let ev = engine::evidence(world, e.item);
        // Deleted, or kept past it by a preservation or a pending MLA request.
        let outlived = ev.preserved_until.is_some_and(|until| until >= at) || ev.held_for_mla > 0;
        (ev.deleted.is_none() && !outlived).then_some(Deadline::Retention { item: e.item, at })
    });
    view.clocks = answers_due
        .chain(preserved)
        .chain(retention)
        .chain(end_of(setup))
        .collect();
    view.clocks.sort_by_key(Deadline::at);
}

/// How the exercise went: the debrief's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub scenario: String,
    pub seed: u64,
    pub sim_end: SimTime,
    pub evidence: Vec<EvidenceOutcome>,
    pub objectives: Vec<ObjectiveOutcome>,
    pub score: u32,
    pub max_score: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceOutcome {
    pub item: usize,
    pub id: String,
    pub provider: usize,
    pub fate: Fate,
    pub truth: Truth,
}

/// What became of a data item, in one word for the outcome table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fate {
    Produced,
    Lost,
    Disclosed,
    Preserved,
    Live,
    /// The provider never had it.
    NotKept,
}

impl Fate {
    /// The stable code: `not-kept`, and the message id `fate-not-kept`.
    pub fn code(self) -> &'static str {
        match self {
            Fate::Produced => "produced",
            Fate::Lost => "lost",
            Fate::Disclosed => "disclosed",
            Fate::Preserved => "preserved",
            Fate::Live => "live",
            Fate::NotKept => "not-kept",
        }
    }
    pub const ALL: [Fate; 6] = [
        Fate::Produced,
        Fate::Lost,
        Fate::Disclosed,
        Fate::Preserved,
        Fate::Live,
        Fate::NotKept,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObjectiveOutcome {
    pub objective: usize,
    pub id: String,
    pub points: u32,
    pub met_at: Option<SimTime>,
}

pub(crate) fn report(world: &World) -> Report {
    let setup = engine::setup(world);
    let now = engine::now(world);
    let progress = world.resource::<Progress>();
    let evidence = (0..setup.scenario.evidence.len())
        .map(|i| {
            let ev = engine::evidence(world, i);
            let fate = if !setup.is_kept(i) {
                Fate::NotKept
            } else if ev.is_produced() {
                Fate::Produced
            } else if ev.deleted.is_some() {
                Fate::Lost
            } else if ev.is_disclosed() {
                Fate::Disclosed
            } else if ev.is_preserved(now) {
                Fate::Preserved
            } else {
                Fate::Live
            };
            EvidenceOutcome {
                item: i,
                id: setup.item_id(i).to_string(),
                provider: setup.item_provider(i),
                fate,
                truth: truth(&setup, i, ev, now),
            }
        })
        .collect();
    let objectives: Vec<ObjectiveOutcome> = setup
        .scenario
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| ObjectiveOutcome {
            objective: i,
            id: o.id.clone(),
            points: o.points,
            met_at: progress.objectives_met.get(&i).copied(),
        })
        .collect();
    Report {
        scenario: setup.scenario.id.clone(),
        seed: setup.seed,
        sim_end: now,
        score: objectives
            .iter()
            .filter(|o| o.met_at.is_some())
            .map(|o| o.points)
            .sum(),
        max_score: objectives.iter().map(|o| o.points).sum(),
        evidence,
        objectives,
    }
}

/// The case as `participant`'s team lived it: every note that reached
/// one of its seats, played or simulated, oldest first and each once. A
/// team shares its case file, so its timeline is the same at every desk;
/// `None` for the trainer, who reads the whole trace.
pub(crate) fn timeline<'w>(world: &'w World, participant: &Participant) -> Option<Vec<&'w TraceEvent>> {
    let Participant::Player { jurisdiction, .. } = participant else {
        return None;
    };
    let index = world.resource::<Index>();
    let trace = &world.resource::<Trace>().events;
    let mut seqs: Vec<u64> = PLAYER_ROLES
        .iter()
        .filter_map(|&role| {
            let desk = Participant::Player {
                jurisdiction: jurisdiction.clone(),
                role,
            };
            index.seats.get(&desk).map(|&id| engine::seat(world, id))
        })
        .flat_map(|seat| seat.inbox.iter().copied())
        .collect();
    seqs.sort_unstable();
    seqs.dedup();
    Some(seqs.into_iter().map(|seq| &trace[seq as usize - 1]).collect())
}
