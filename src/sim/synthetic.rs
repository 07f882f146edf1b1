//! Synthetic exercises for benchmarks and scale tests: many jurisdictions,
//! providers, data items and a scripted plan of requests, generated from a
//! few numbers, deterministically (no randomness at all).
//!
//! Not a teaching scenario, but one an author could ship (`cyberdrill
//! check` finds nothing in it; the scale test holds it to that): every lead
//! names its provider and data, the plan looks each lead up before its
//! first request, so all the plan's requests are accepted and the engine
//! does the full work of each. Never used by the simulation itself.

use std::collections::BTreeMap;

use crate::law::RequestField as F;
use crate::scenario::model::*;
use crate::time::{Duration, OfficeHours, SimTime};

use super::types::{Action, Participant};

/// `scenario` with `extra` more countries, copies of its first under the
/// codes `Z00`, `Z01`, ..., each with a team at the table (a copy of the
/// first team), that no incident, lead or provider involves: their seats
/// are simulated and never have anything to do. For measuring what idle
/// seats cost.
pub fn with_idle_countries(mut scenario: Scenario, extra: usize) -> Scenario {
    let (model, team) = (scenario.jurisdictions[0].clone(), scenario.teams[0].clone());
    for n in 0..extra {
        let mut idle = model.clone();
        idle.code = format!("Z{n:02}");
        let mut seats = team.clone();
        seats.jurisdiction = idle.code.clone();
        scenario.jurisdictions.push(idle);
        scenario.teams.push(seats);
    }
    scenario
}

/// How big, and over how many days the plan and the data are spread.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub jurisdictions: usize,
    pub providers: usize,
    pub items: usize,
    pub requests: usize,
    pub span_days: i64,
}

impl Size {
    /// The benchmark's large exercise: 40 jurisdictions, 400 providers,
    /// 10,000 data items, 2,000 requests over a year.
    pub const LARGE: Size = Size {
        jurisdictions: 40,
        providers: 400,
        items: 10_000,
        requests: 2_000,
        span_days: 365,
    };
}

/// One scripted action.
pub type Step = (SimTime, Participant, Action);

/// The report benchmark's exercise (`benches/report.rs`): 12 countries,
/// 120 providers, 3,000 data items and 2,100 requests over a year.
pub const TWELVE_COUNTRIES: Size = Size {
    jurisdictions: 12,
    providers: 120,
    items: 3_000,
    requests: 2_100,
    span_days: 365,
};

/// [`exercise`], with the law-enforcement liaisons of its first
/// `liaisons` providers played by people (`played: true`): seats beyond
/// the teams' three each, for a report of many seats (12 countries and
/// 14 liaisons: 50 seats). The plan is the teams' alone; what the
/// liaisons do, they do as requests reach them ([`liaisons_comply`]).
pub fn exercise_with_liaisons(size: Size, liaisons: usize) -> (Scenario, Vec<Step>) {
    let (mut scenario, plan) = exercise(size);
    for provider in scenario.providers.iter_mut().take(liaisons) {
        provider.played = true;
    }
    (scenario, plan)
}

/// What played liaisons do: each complies, at `now`, with every request
/// that reached its provider since trace event `seen` (which it moves to
/// the end). A request waits at a played provider until its liaison acts
/// (the trace's `ReachedProvider`), so a driver calls this after every
/// advance of the clock and applies what it returns.
pub fn liaisons_comply(
    trace: &[super::TraceEvent],
    seen: &mut usize,
    now: SimTime,
    scenario: &Scenario,
) -> Vec<Step> {
    let steps = trace[(*seen).min(trace.len())..]
        .iter()
        .filter_map(|e| match e.event {
            super::Event::ReachedProvider {
                request, provider, ..
            } => Some((
                now,
                Participant::Liaison {
                    provider: scenario.providers[provider].id.clone(),
                },
                Action::Comply { request },
            )),
            _ => None,
        })
        .collect();
    *seen = trace.len();
    steps
}

const ZONES: [&str; 6] = [
    "Europe/Paris",
    "Europe/Chisinau",
    "America/Toronto",
    "Asia/Tbilisi",
    "UTC",
    "Asia/Singapore",
];

fn text(s: &str) -> Text {
    Text([("en".to_string(), s.to_string())].into_iter().collect())
}

fn code(j: usize) -> String {
    format!("J{j:02}")
}

fn hours(spec: &str) -> OfficeHours {
    OfficeHours::parse(spec).expect("literal office hours")
}

fn jurisdiction(j: usize) -> Jurisdiction {
    let d = |a: &str, b: &str| Delay(Duration::parse(a).unwrap(), Duration::parse(b).unwrap());
    Jurisdiction {
        code: code(j),
        name: text(&format!("Jurisdiction {j}")),
        time_zone: ZONES[j % ZONES.len()].to_string(),
        languages: vec![if j.is_multiple_of(3) { "fr" } else { "en" }.to_string()],
        parties: if j.is_multiple_of(2) {
            vec![Framework::Budapest, Framework::SecondProtocol]
        } else {
            vec![Framework::Budapest]
        },
        reservations: vec![],
        bilateral_mla: vec![],
        offences: vec![
            Offence::IllegalAccess,
            Offence::DataInterference,
            Offence::Extortion,
        ],
        contact_247: Contact247 {
            staffing: [
                Staffing::Always,
                Staffing::ReducedAtNight,
                Staffing::OfficeHoursOnly,
            ][j % 3],
            acts_in: d("30m", "4h"),
            // Only a desk reduced at night has a night delay.
            night_acts_in: (j % 3 == 1).then(|| d("4h", "12h")),
        },
        central_authority: CentralAuthority {
            name: text("Central authority"),
            office_hours: hours("Mon-Fri 09:00-17:00"),
            processing: d("5d", "20d"),
            requires_translation: j.is_multiple_of(4),
        },
        judges: Judges {
            signs_in: d("2h", "2d"),
            office_hours: hours("Mon-Fri 08:00-18:00"),
        },
        retention_law: BTreeMap::new(),
        serious_offences: None,
    }
}

/// The scenario and the plan of actions (all roles are played by the plan).
pub fn exercise(size: Size) -> (Scenario, Vec<Step>) {
    let n = size.jurisdictions.max(2);
    let span = Duration::days(size.span_days.max(1));
    let d = |a: &str, b: &str| Delay(Duration::parse(a).unwrap(), Duration::parse(b).unwrap());
    let jurisdictions: Vec<Jurisdiction> = (0..n).map(jurisdiction).collect();
    let categories = [
        DataCategory::TrafficData,
        DataCategory::SubscriberInfo,
        DataCategory::ServerImage,
    ];
    let providers: Vec<Provider> = (0..size.providers.max(1))
        .map(|p| Provider {
            id: format!("p{p:03}"),
            name: format!("Provider {p}"),
            jurisdiction: code(p % n),
            kind: ProviderKind::Hosting,
            holds: categories
                .iter()
                .enumerate()
                .map(|(c, category)| Holding {
                    category: *category,
                    // Spread retentions over the span so deletions happen throughout it.
                    retention: Some(Duration(span.as_minutes() * (c as i64 + 1 + (p % 5) as i64) / 8)),
                })
                .collect(),
            disclosure: DisclosurePolicy {
                answers_in: d("2h", "3d"),
                emergency_answers_in: Some(d("1h", "4h")),
                voluntary_rate: BTreeMap::new(),
                default_rate: 50,
            },
            played: false,
        })
        .collect();
    // Item k sits at provider k % P and is the case of jurisdiction k % n.
    let owner = |k: usize| k % n;
    let evidence: Vec<DataItem> = (0..size.items)
        .map(|k| DataItem {
            id: format!("i{k:05}"),
            provider: providers[k % providers.len()].id.clone(),
            category: categories[k % categories.len()],
            created: Duration::days(-((k % 5) as i64)),
            text: text("data"),
            reveals: vec![],
            kept: true,
            consent_by: vec![],
            reachable_from: vec![],
        })
        .collect();
    // Each jurisdiction's leads point at a provider and at its items there,
    // ten to a lead, as an author would write them: a team looks a lead up
    // before naming its data (the plan does).
    let mut leads = Vec::new();
    let mut initial: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut by_owner: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut by_owner_and_provider: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for k in 0..size.items {
        by_owner[owner(k)].push(k);
        by_owner_and_provider
            .entry((owner(k), k % providers.len()))
            .or_default()
            .push(k);
    }
    let mut lead_of = vec![0; size.items];
    for ((j, p), items) in &by_owner_and_provider {
        for (c, chunk) in items.chunks(10).enumerate() {
            let id = format!("l{j:02}-{p:03}-{c:04}");
            for &k in chunk {
                lead_of[k] = leads.len();
            }
            leads.push(Lead {
                id: id.clone(),
                kind: LeadKind::IpAddress,
                value: id.clone(),
                text: text("log"),
                reveals: vec![],
                provider: Some(providers[*p].id.clone()),
                evidence: chunk.iter().map(|&k| evidence[k].id.clone()).collect(),
            });
            initial[*j].push(id);
        }
    }
    let incidents = (0..n)
        .map(|j| Incident {
            id: format!("incident-{j:02}"),
            sector: Sector::Health,
            jurisdiction: code(j),
            victim: text("victim"),
            offences: vec![Offence::IllegalAccess, Offence::Extortion],
            stages: vec![
                Stage {
                    id: format!("start-{j:02}"),
                    at: Duration::ZERO,
                    text: text("attack"),
                    risk_to_life: false,
                    unless: None,
                    delayed_by: None,
                },
                Stage {
                    id: format!("harm-{j:02}"),
                    at: Duration(span.as_minutes() / 10),
                    text: text("harm"),
                    risk_to_life: j % 2 == 0,
                    unless: None,
                    delayed_by: None,
                },
            ],
            initial_leads: std::mem::take(&mut initial[j]),
        })
        .collect();
    let teams = (0..n)
        .map(|j| Team {
            jurisdiction: code(j),
            roles: vec![Role::Investigator, Role::Prosecutor, Role::Contact247],
            optional: vec![],
        })
        .collect();
    let scenario = Scenario {
        id: format!("synthetic-{}x{}", n, size.items),
        title: text("synthetic"),
        summary: text("synthetic"),
        region: None,
        learning_objectives: vec![],
        languages: vec!["en".into()],
        start: "2026-03-02T08:00[UTC]".into(),
        seed: 1,
        end: End {
            // Twice the plan's span, so that late answers arrive.
            after: Some(Duration(span.as_minutes() * 2)),
            when: None,
        },
        clock: None,
        playtest: None,
        includes: vec![],
        law: LawParameters::default(),
        jurisdictions,
        providers,
        incidents,
        leads,
        evidence,
        teams,
        injects: vec![],
        objectives: vec![],
        suspects: vec![],
    };
    let plan = plan(&scenario, size, &by_owner, &lead_of);
    (scenario, plan)
}

fn plan(scenario: &Scenario, size: Size, by_owner: &[Vec<usize>], lead_of: &[usize]) -> Vec<Step> {
    let n = scenario.jurisdictions.len();
    let span = size.span_days.max(1) * 1440;
    let jurisdiction_of = |k: usize| {
        let provider = &scenario.evidence[k].provider;
        scenario.providers.iter().position(|p| &p.id == provider).unwrap() % n
    };
    let mut steps = Vec::new();
    let mut looked_up = std::collections::BTreeSet::new();
    let mut next_id = 1u32;
    for q in 0..size.requests {
        let j = q % n;
        let Some(&k) = by_owner[j].get((q / n) % by_owner[j].len().max(1)) else {
            continue;
        };
        let at = SimTime((span * q as i64) / size.requests.max(1) as i64);
        let to = jurisdiction_of(k);
        let who = |role| Participant::player(&code(j), role);
        let items = vec![scenario.evidence[k].id.clone()];
        // Art. 32(a): who holds the lead's data, before the first request for it.
        if looked_up.insert(lead_of[k]) {
            let lead = scenario.leads[lead_of[k]].id.clone();
            steps.push((at, who(Role::Investigator), Action::LookUp { lead }));
        }
        let (instrument, role) = match (to == j, q % 2) {
            (true, 0) => (Instrument::DomesticPreservation, Role::Investigator),
            (true, _) => (Instrument::ProductionOrder, Role::Prosecutor),
            (false, 0) => (Instrument::Preservation247, Role::Contact247),
            (false, _) => (Instrument::Mla, Role::Prosecutor),
        };
        let mut fields = crate::law::fields_to_fill(instrument);
        // One foreign preservation in four forgets 29(2)(f): a clarification round trip.
        if instrument == Instrument::Preservation247 && q % 8 == 0 {
            fields.retain(|f| *f != F::MlaToFollow);
        }
        let signed = crate::law::rule(instrument).required.contains(&F::Signature);
        steps.push((
            at,
            who(role),
            Action::Draft {
                instrument,
                to: code(to),
                items,
                fields: crate::sim::types::Stated::all_bare(&fields),
            },
        ));
        if signed {
            steps.push((at, who(role), Action::Sign { request: next_id }));
        }
        // A court order is served once the judge has signed (within days).
        let send_at = if instrument == Instrument::ProductionOrder {
            at.after(Duration::days(7))
        } else {
            at
        };
        steps.push((send_at, who(role), Action::Send { request: next_id }));
        next_id += 1;
    }
    // Stable: drafts keep their order, so request numbers stay as counted.
    steps.sort_by_key(|(at, _, _)| *at);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Simulation;

    /// The liaisons' shape: 12 countries, 36 team seats and 14 liaisons
    /// (50 seats), an exercise an author could ship, whose plan and
    /// liaisons' answers are all accepted. Small, for a debug build.
    #[test]
    fn fifty_seats_over_twelve_countries_play_through() {
        let size = Size {
            providers: 24,
            items: 240,
            requests: 120,
            ..TWELVE_COUNTRIES
        };
        let (scenario, plan) = exercise_with_liaisons(size, 14);
        let text = crate::scenario::load::to_ron_string(&scenario).unwrap();
        let text: &'static str = Box::leak(text.into_boxed_str());
        let report = crate::scenario::load::load_with(
            &crate::scenario::source::Embedded([("synthetic.ron", text)].into_iter().collect()),
            std::path::Path::new("synthetic.ron"),
        );
        assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
        let seats = Participant::offered_seats(&scenario);
        assert_eq!(seats.len(), 50);
        let mut sim = Simulation::with_humans(&scenario, 1, seats).unwrap();
        let (mut seen, mut complied) = (0, 0);
        let act = |sim: &mut Simulation, (at, who, action): Step| {
            if let Err(refusal) = sim.apply(&who, action.clone()) {
                panic!("{at} {who} {action:?}: {refusal}");
            }
        };
        for step in plan {
            sim.advance_to(step.0);
            for answer in liaisons_comply(sim.trace(), &mut seen, sim.now(), &scenario) {
                complied += 1;
                act(&mut sim, answer);
            }
            act(&mut sim, step);
        }
        // Twice the span: the last answers come in.
        for day in 1..=730 {
            sim.advance_to(SimTime(day * 1440));
            for answer in liaisons_comply(sim.trace(), &mut seen, sim.now(), &scenario) {
                complied += 1;
                act(&mut sim, answer);
            }
        }
        assert!(complied > 5, "the liaisons complied {complied} times");
    }
}
