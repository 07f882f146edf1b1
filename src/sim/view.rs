//! What one participant may see, and the after-action outcome.
//!
//! A [`View`] is computed from the world and filtered by role and
//! jurisdiction: a team sees its own inbox, its own case file, its own
//! requests and the requests waiting at its desk, and the data as it has
//! been *told* about it, never the provider's truth. The trainer sees
//! everything. This module only reads the world.

use serde::Serialize;

use crate::time::SimTime;

use super::engine;
use super::types::{Participant, RequestId};
use super::world::*;
use bevy_ecs::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct View {
    pub participant: Participant,
    pub now: SimTime,
    pub paused: bool,
    pub inbox: Vec<Note>,
    pub leads: Vec<LeadView>,
    pub requests: Vec<RequestView>,
    pub evidence: Vec<EvidenceView>,
    pub emergency_known: bool,
    /// Deadlines this participant can see: preservations it was told about.
    pub clocks: Vec<(String, SimTime)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeadView {
    pub id: String,
    pub value: String,
    /// What the team knows of it (in the scenario's first language).
    pub text: String,
    pub examined: bool,
    /// Provider and its jurisdiction, once looked up.
    pub provider: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestView {
    pub id: RequestId,
    pub article: String,
    pub from: String,
    pub to: String,
    pub items: Vec<String>,
    pub status: String,
    /// How many times it was sent back for clarification: each round trip
    /// is time lost, and the debrief counts them.
    pub round_trips: u32,
    /// How many times a preservation was renewed before it lapsed.
    pub renewals: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceView {
    pub id: String,
    pub provider: String,
    /// What the team knows (players) or the truth (trainer).
    pub status: String,
}

fn request_view(setup: &Setup, req: &Request) -> RequestView {
    let status = match req.holder {
        Holder::Done => req.result.clone().unwrap_or_default(),
        other => format!("{other:?}"),
    };
    RequestView {
        id: req.id,
        article: req.basis.to_string(),
        from: setup.jurisdiction_code(req.from).to_string(),
        to: setup.jurisdiction_code(req.to).to_string(),
        items: req.items.iter().map(|&i| setup.item_id(i).to_string()).collect(),
        status,
        round_trips: req.round_trips,
        renewals: req.renewals,
    }
}

/// The provider's truth about item `i`, as the trainer and the debrief see it.
pub fn truth(setup: &Setup, i: usize, ev: &Evidence, now: SimTime) -> String {
    if !setup.is_kept(i) {
        return format!("never kept by {}", setup.item_provider_name(i));
    }
    if let Some((at, why)) = &ev.deleted {
        if ev.is_produced() {
            return format!("produced (deleted at the provider at {at})");
        }
        return format!("lost at {at}: {why}");
    }
    if ev.is_produced() {
        return "produced (admissible)".into();
    }
    let mut s = if ev.is_preserved(now) {
        match ev.preserved_until {
            Some(t) if ev.held_for_mla == 0 => format!("preserved until {t}"),
            _ => "preserved while MLA is pending".into(),
        }
    } else {
        "live (not preserved)".into()
    };
    if ev.is_disclosed() {
        s.push_str(", disclosed as intelligence");
    }
    s
}

pub fn view(world: &World, participant: &Participant) -> Option<View> {
    let setup = engine::setup(world);
    let index = world.resource::<Index>();
    let seat = world.get::<Seat>(*index.seats.get(participant)?)?;
    let clock = world.resource::<Clock>();
    let now = clock.now;
    let all_requests: Vec<&Request> = index
        .requests
        .iter()
        .filter_map(|&e| world.get::<Request>(e))
        .collect();
    let mut view = View {
        participant: participant.clone(),
        now,
        paused: clock.paused,
        inbox: seat.inbox.clone(),
        leads: Vec::new(),
        requests: Vec::new(),
        evidence: Vec::new(),
        emergency_known: false,
        clocks: Vec::new(),
    };
    let Participant::Player { jurisdiction, role } = participant else {
        view.requests = all_requests.iter().map(|r| request_view(&setup, r)).collect();
        view.evidence = (0..setup.scenario.evidence.len())
            .map(|i| EvidenceView {
                id: setup.item_id(i).to_string(),
                provider: setup.item_provider_name(i).to_string(),
                status: truth(&setup, i, engine::evidence(world, i), now),
            })
            .collect();
        return Some(view);
    };
    let j = setup.jurisdictions[jurisdiction];
    let case = engine::casefile(world, j);
    view.emergency_known = case.emergency_known;
    view.leads = case
        .found
        .iter()
        .map(|&l| {
            let lead = &setup.scenario.leads[l];
            let provider = lead
                .provider
                .as_ref()
                .filter(|_| case.looked_up.contains(&l))
                .map(|p| {
                    let data = &setup.scenario.providers[setup.providers[p]];
                    (data.name.clone(), data.jurisdiction.clone())
                });
            LeadView {
                id: lead.id.clone(),
                value: lead.value.clone(),
                text: lead.text.get(&setup.language).to_string(),
                examined: case.examined.contains(&l),
                provider,
            }
        })
        .collect();
    view.requests = all_requests
        .iter()
        // Its own team's requests and what has reached this participant.
        .filter(|r| r.from == j || engine::reached(&setup, r, j, *role))
        .map(|r| request_view(&setup, r))
        .collect();
    view.evidence = engine::targetable_items(&setup, case)
        .into_iter()
        .map(|i| EvidenceView {
            id: setup.item_id(i).to_string(),
            provider: setup.item_provider_name(i).to_string(),
            status: match case.news.get(&i) {
                None => "not requested".into(),
                Some(News::PreservedUntil(t)) => format!("preserved until {t}"),
                Some(other) => format!("{other:?}"),
            },
        })
        .collect();
    view.clocks = case
        .news
        .iter()
        .filter_map(|(&i, news)| match news {
            News::PreservedUntil(t) => Some((format!("preservation of {}", setup.item_id(i)), *t)),
            _ => None,
        })
        .collect();
    Some(view)
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
    pub id: String,
    pub provider: String,
    /// `produced`, `disclosed`, `preserved`, `live`, `lost`, or `not kept`
    /// (the provider never had it).
    pub state: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObjectiveOutcome {
    pub id: String,
    pub points: u32,
    pub met_at: Option<SimTime>,
    pub text: String,
}

pub fn report(world: &World) -> Report {
    let setup = engine::setup(world);
    let now = engine::now(world);
    let progress = world.resource::<Progress>();
    let evidence = (0..setup.scenario.evidence.len())
        .map(|i| {
            let ev = engine::evidence(world, i);
            let state = if !setup.is_kept(i) {
                "not kept"
            } else if ev.is_produced() {
                "produced"
            } else if ev.deleted.is_some() {
                "lost"
            } else if ev.is_disclosed() {
                "disclosed"
            } else if ev.is_preserved(now) {
                "preserved"
            } else {
                "live"
            };
            EvidenceOutcome {
                id: setup.item_id(i).to_string(),
                provider: setup.item_provider_name(i).to_string(),
                state: state.into(),
                detail: truth(&setup, i, ev, now),
            }
        })
        .collect();
    let objectives: Vec<ObjectiveOutcome> = setup
        .scenario
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| ObjectiveOutcome {
            id: o.id.clone(),
            points: o.points,
            met_at: progress.objectives_met.get(&i).copied(),
            text: o.text.get(&setup.language).to_string(),
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
