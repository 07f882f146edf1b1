//! The cooperation flows end to end on a small scenario (tests/data/sim):
//! each test plays one lesson of DOMAIN.md and checks what the players see.

mod common;

use common::status;

use cyberdrill::law::{Basis, RequestField as F};
use cyberdrill::scenario::model::Instrument;
use cyberdrill::sim::event::{Clause, Deletion, RequestResult};
use cyberdrill::sim::refusal::Rejecter;
use cyberdrill::sim::view::{Deadline, Fate, RequestStatus, Told, Truth};
use cyberdrill::sim::{Action, Actor, Event, Participant, Refusal, Simulation, Stated};
use cyberdrill::time::SimTime;

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

// What each request must state, written out from the treaty texts rather
// than taken from `law`, so a wrong table in `law` cannot confirm itself.
/// Budapest Art. 29(2)(a)-(f): authority, offence and facts, the data and
/// its relation to the offence, the custodian or location, why
/// preservation is necessary, that an MLA request will follow.
const SIX: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::CustodianLocation,
    F::Necessity,
    F::MlaToFollow,
];
/// An MLA request to B, whose central authority wants a translation.
const MLA_TO_B: [F; 6] = [
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::AssistanceSought,
    F::LegalBasis,
    F::Translation,
];
/// The EU production order: who asks, for what offence, which data.
const STATED: &[F] = &[F::RequestingAuthority, F::OffenceAndFacts, F::DataAndRelation];
/// CETS 224 Art. 9: the emergency replaces the offence's facts.
const EMERGENCY: &[F] = &[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation];
/// What an MLA request states besides a production order's elements: the
/// assistance sought (Art. 31(1)).
const MLA_STATES: [F; 5] = [
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::AssistanceSought,
    F::LegalBasis,
];
/// What an MLA request or a production order states, before signature and translation.
const FORMAL: [F; 4] = [
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::LegalBasis,
];

/// A's team has found and looked up the VPS and the VPN.
fn with_leads(humans: &[&str]) -> Simulation {
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(200));
    with_leads_in(&scenario, humans)
}

fn with_leads_in(scenario: &cyberdrill::scenario::model::Scenario, humans: &[&str]) -> Simulation {
    with_leads_seeded(scenario, humans, 11)
}

fn with_leads_seeded(
    scenario: &cyberdrill::scenario::model::Scenario,
    humans: &[&str],
    seed: u64,
) -> Simulation {
    let scenario = &common::checked(scenario.clone());
    let mut sim = Simulation::with_humans(scenario, seed, humans.iter().map(|h| p(h))).unwrap();
    let investigator = p("A/investigator");
    let examine = Action::Examine {
        lead: "firewall-log".into(),
    };
    sim.apply(&investigator, examine).unwrap();
    for lead in ["vps-ip", "vpn-ip"] {
        sim.apply(&investigator, Action::LookUp { lead: lead.into() })
            .unwrap();
    }
    sim
}

fn draft(
    sim: &mut Simulation,
    who: &str,
    instrument: Instrument,
    to: &str,
    items: &[&str],
    fields: &[F],
) -> u32 {
    sim.apply(
        &p(who),
        Action::Draft {
            instrument,
            to: to.into(),
            items: items.iter().map(|s| s.to_string()).collect(),
            fields: Stated::all_bare(fields),
        },
    )
    .unwrap()
    .request
    .unwrap()
}

/// A's 24/7 desk sends a complete Art. 29 request for one item.
fn preserve(sim: &mut Simulation, to: &str, item: &str) -> u32 {
    let id = draft(sim, "A/247", Instrument::Preservation247, to, &[item], SIX);
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    id
}

/// A's prosecutor drafts an MLA request for one item, signs and sends it.
fn send_mla(sim: &mut Simulation, to: &str, item: &str, fields: &[F]) -> u32 {
    let id = draft(sim, "A/prosecutor", Instrument::Mla, to, &[item], fields);
    sim.apply(&p("A/prosecutor"), Action::Sign { request: id })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: id })
        .unwrap();
    id
}

/// When a 24/7 desk put request `id` to the provider: when a preservation
/// takes effect.
fn forwarded_at(sim: &Simulation, id: u32) -> SimTime {
    sim.trace()
        .iter()
        .find(|e| {
            matches!(e.actor, Actor::Desk { .. })
                && matches!(e.event, Event::Forwarded { request, .. } if request == id)
        })
        .expect("the desk forwarded the request")
        .at
}

/// Two-hops over 200 days, with B's central authority taking `min` to
/// `max` working days on an MLA request.
fn with_slow_mla_in_b(min: i64, max: i64) -> cyberdrill::scenario::model::Scenario {
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(200));
    let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.central_authority.processing = cyberdrill::scenario::model::Delay(
        cyberdrill::time::Duration::days(min),
        cyberdrill::time::Duration::days(max),
    );
    scenario
}

/// A's investigator looks up a lead the team has found (Art. 32(a)).
fn look_up(sim: &mut Simulation, lead: &str) {
    sim.apply(&p("A/investigator"), Action::LookUp { lead: lead.into() })
        .unwrap();
}

fn outcome(sim: &Simulation, item: &str) -> cyberdrill::sim::EvidenceOutcome {
    sim.report()
        .evidence
        .into_iter()
        .find(|e| e.id == item)
        .expect("a data item of the scenario")
}

/// The index of the first of `list` whose id is `id`.
fn index_of<T>(list: &[T], id: &str, id_of: impl Fn(&T) -> &str, kind: &str) -> usize {
    list.iter()
        .position(|x| id_of(x) == id)
        .unwrap_or_else(|| panic!("no {kind} `{id}`"))
}

/// A data item's index in the simulation's scenario.
fn item(sim: &Simulation, id: &str) -> usize {
    index_of(&sim.scenario().evidence, id, |e| &e.id, "data item")
}

/// A provider's index in the simulation's scenario.
fn provider(sim: &Simulation, id: &str) -> usize {
    index_of(&sim.scenario().providers, id, |p| &p.id, "provider")
}

/// A jurisdiction's index in the simulation's scenario.
fn country(sim: &Simulation, code: &str) -> usize {
    index_of(&sim.scenario().jurisdictions, code, |j| &j.code, "jurisdiction")
}

/// The provider's answer to request `id`, one clause per outcome, as `who`
/// sees it: empty unless the request was executed.
fn clauses(sim: &Simulation, who: &str, id: u32) -> Vec<Clause> {
    match status(sim, who, id) {
        RequestStatus::Closed {
            result: RequestResult::Executed { clauses },
        } => clauses,
        _ => Vec::new(),
    }
}

/// The notes in `who`'s inbox, as typed events.
fn inbox(sim: &Simulation, who: &str) -> Vec<Event> {
    sim.view(&p(who))
        .unwrap()
        .inbox
        .into_iter()
        .map(|note| note.event.clone())
        .collect()
}

/// Whether a note in `who`'s inbox, as read in English, says `needle`.
fn inbox_says(sim: &Simulation, who: &str, needle: &str) -> bool {
    sim.view(&p(who))
        .unwrap()
        .inbox
        .iter()
        .any(|note| common::said(sim, &note.event).contains(needle))
}

const TEAM_A: [&str; 3] = ["A/investigator", "A/prosecutor", "A/247"];

#[test]
fn an_incomplete_art29_request_costs_a_round_trip_then_preserves_at_least_60_days() {
    let mut sim = with_leads(&TEAM_A);
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs"],
        &SIX[..5],
    );
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(6 * 60));
    assert_eq!(status(&sim, "A/247", id), RequestStatus::Returned);
    assert!(
        inbox(&sim, "A/247").iter().any(|note| matches!(
            note,
            Event::SentBack { request, missing, .. } if *request == id && missing.contains(&F::MlaToFollow)
        )),
        "{:#?}",
        inbox(&sim, "A/247")
    );
    let round_trips = |sim: &Simulation| {
        let view = sim.view(&p("A/247")).unwrap();
        view.requests.iter().find(|r| r.id == id).unwrap().round_trips
    };
    assert_eq!(round_trips(&sim), 1);
    // Sending it again unchanged is allowed (and will bounce again); amending fixes it.
    sim.apply(
        &p("A/247"),
        Action::Amend {
            request: id,
            fields: Stated::all_bare(&[F::MlaToFollow]),
        },
    )
    .unwrap();
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(4 * 1440));
    assert_eq!(round_trips(&sim), 1, "complete the second time");
    let view = sim.view(&p("A/prosecutor")).unwrap();
    let vps_logs = item(&sim, "vps-logs");
    let until = view
        .clocks
        .iter()
        .find_map(|clock| match clock {
            Deadline::Preservation { item, until } if *item == vps_logs => Some(until),
            _ => None,
        })
        .expect("a preservation clock");
    // Art. 29(7): at least 60 days from when the preservation took effect,
    // which is when B's desk put the order to the provider.
    let took_effect = forwarded_at(&sim, id);
    assert!(
        took_effect > SimTime(6 * 60),
        "forwarded after the round trip, at {took_effect}"
    );
    assert_eq!(
        *until,
        took_effect.after(cyberdrill::time::Duration::days(60)),
        "preserved until {until}, forwarded at {took_effect}"
    );
}

#[test]
fn a_provider_that_keeps_nothing_sends_a_29_6_notice() {
    let mut sim = with_leads(&TEAM_A);
    let id = preserve(&mut sim, "C", "vpn-logs");
    sim.advance_to(SimTime(15 * 1440));
    let c_vpn = provider(&sim, "c-vpn");
    let nothing_kept = RequestResult::NothingKept { provider: c_vpn };
    assert_eq!(
        status(&sim, "A/247", id),
        RequestStatus::Closed {
            result: nothing_kept.clone()
        }
    );
    assert!(
        inbox(&sim, "A/investigator").iter().any(|note| matches!(
            note,
            Event::RequestClosed { request, result, .. } if *request == id && *result == nothing_kept
        )),
        "{:#?}",
        inbox(&sim, "A/investigator")
    );
    let vpn = outcome(&sim, "vpn-logs");
    assert_eq!(
        (vpn.fate, vpn.truth),
        (Fate::NotKept, Truth::NeverKept { provider: c_vpn })
    );
}

#[test]
fn the_default_scenario_teaches_that_a_no_log_vpn_has_nothing_to_preserve() {
    // Red Ward: the VPN login leads to ShadeLink in Caspia, which never kept
    // its connection logs. Valdoria may ask (it cannot know), and learns so.
    let scenario = cyberdrill::scenario::load::load_default();
    let mut sim = Simulation::new(&scenario, scenario.seed).unwrap();
    let investigator = p("VL/investigator");
    sim.apply(
        &investigator,
        Action::Examine {
            lead: "vpn-login".into(),
        },
    )
    .unwrap();
    sim.apply(
        &investigator,
        Action::LookUp {
            lead: "vpn-exit".into(),
        },
    )
    .unwrap();
    let id = draft(
        &mut sim,
        "VL/247",
        Instrument::Preservation247,
        "CS",
        &["vpn-connection-logs"],
        SIX,
    );
    sim.apply(&p("VL/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(10 * 1440));
    assert_eq!(
        common::said(&sim, &status(&sim, "VL/247", id)),
        "could not preserve: ShadeLink VPN keeps no such data (notice under Art. 29(6)); look for another trace"
    );
    assert_eq!(outcome(&sim, "vpn-connection-logs").fate, Fate::NotKept);
    let view = sim.view(&p("VL/247")).unwrap();
    assert!(
        !view
            .clocks
            .iter()
            .any(|c| matches!(c, cyberdrill::sim::view::Deadline::Preservation { .. })),
        "nothing was preserved: {:?}",
        view.clocks
    );
}

/// The local date-time in `zone` at `at` in two-hops (which starts
/// Monday 2 March 2026, 07:40 in Chisinau, UTC+2: 05:40 UTC), from jiff.
fn two_hops_local(zone: &str, at: SimTime) -> jiff::civil::DateTime {
    let start: jiff::Timestamp = "2026-03-02T05:40:00Z".parse().unwrap();
    let when = start
        .checked_add(jiff::SignedDuration::from_mins(at.minutes()))
        .unwrap();
    when.to_zoned(cyberdrill::time::time_zone(zone).unwrap())
        .datetime()
}

#[test]
fn the_requested_central_authority_processes_mla_in_its_own_office_hours() {
    // B's central authority (Europe/Paris, Mon-Fri 09:00-17:00) processes
    // for 10 to 30 working days. Whenever it hands the request to the
    // provider, it is during its office hours on a weekday, at least ten
    // working days (two calendar weeks) after it accepted the request and
    // no more than thirty working days (six weeks, plus the wait for the
    // next opening) after.
    let mut handed_over = std::collections::BTreeSet::new();
    for seed in 1..=20 {
        let mut sim = with_leads_seeded(&common::two_hops(), &TEAM_A, seed);
        preserve(&mut sim, "B", "vps-image");
        let mla = send_mla(&mut sim, "B", "vps-image", &MLA_TO_B);
        let (mut accepted, mut at_provider) = (None, None);
        while at_provider.is_none() {
            let next = sim.next_event().expect("the request is still under way");
            sim.advance_to(next);
            let now_status = status(&sim, "A/prosecutor", mla);
            if now_status == RequestStatus::Processing && accepted.is_none() {
                accepted = Some(next);
            }
            if now_status == RequestStatus::AtProvider {
                at_provider = Some(next);
            }
        }
        let (accepted, at_provider) = (accepted.expect("accepted first"), at_provider.unwrap());
        let local = two_hops_local("Europe/Paris", at_provider);
        let weekday = local.weekday().to_monday_zero_offset();
        let minute = i32::from(local.hour()) * 60 + i32::from(local.minute());
        assert!(
            weekday < 5 && (9 * 60..=17 * 60).contains(&minute),
            "seed {seed}: handed to the provider at {at_provider}, {local} in Paris"
        );
        let days = (at_provider.minutes() - accepted.minutes()) / 1440;
        assert!(
            (14..=44).contains(&days),
            "seed {seed}: accepted at {accepted}, handed over {days} days later"
        );
        handed_over.insert(at_provider);
    }
    assert!(
        handed_over.len() > 10,
        "the processing time is drawn: {handed_over:?}"
    );
}

#[test]
fn a_team_acts_only_on_leads_and_data_it_has_found() {
    let mut sim = Simulation::with_humans(&common::two_hops(), 11, TEAM_A.iter().map(|h| p(h))).unwrap();
    let investigator = p("A/investigator");
    // The leak site is revealed by examining the ransom note, not yet done:
    // the same answer as for a lead that does not exist, so nothing leaks.
    let not_found = |sim: &mut Simulation, lead: &str| {
        sim.apply(&investigator, Action::Examine { lead: lead.into() })
            .unwrap_err()
    };
    assert_eq!(
        not_found(&mut sim, "leak-site"),
        Refusal::LeadNotFound {
            lead: "leak-site".into()
        }
    );
    assert_eq!(
        not_found(&mut sim, "no-such-lead"),
        Refusal::LeadNotFound {
            lead: "no-such-lead".into()
        }
    );
    sim.apply(
        &investigator,
        Action::Examine {
            lead: "ransom-note".into(),
        },
    )
    .unwrap();
    sim.apply(
        &investigator,
        Action::Examine {
            lead: "leak-site".into(),
        },
    )
    .unwrap();
    // A request for preservation or disclosure must name its data.
    for (who, instrument, fields) in [
        ("A/247", Instrument::Preservation247, SIX),
        ("A/prosecutor", Instrument::Mla, &FORMAL[..]),
    ] {
        let refused = sim
            .apply(
                &p(who),
                Action::Draft {
                    instrument,
                    to: "B".into(),
                    items: vec![],
                    fields: Stated::all_bare(fields),
                },
            )
            .unwrap_err();
        assert_eq!(refused, Refusal::MustNameData { instrument });
    }
}

#[test]
fn a_preservation_that_arrives_after_deletion_preserves_nothing() {
    // The VPS logs (kept 3d 12h, created 3 days before the start) are
    // deleted at d0 12:00. A complete Art. 29 request sent at d1 reaches
    // the provider after that: nothing is preserved, the objective
    // "preserve the VPS logs" (its deadline lifted here) is never met.
    let mut scenario = common::two_hops();
    scenario.objectives[0].by = None;
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    sim.advance_to(SimTime(1440));
    let id = preserve(&mut sim, "B", "vps-logs");
    sim.advance_to(SimTime(10 * 1440));
    let gone = Clause::NoLongerAvailable {
        items: vec![item(&sim, "vps-logs")],
    };
    assert!(
        clauses(&sim, "A/247", id).contains(&gone),
        "{:?}",
        status(&sim, "A/247", id)
    );
    let report = sim.report();
    let objective = report
        .objectives
        .iter()
        .find(|o| o.id == "preserve-vps-logs")
        .unwrap();
    assert_eq!(objective.met_at, None);
    assert_eq!(outcome(&sim, "vps-logs").fate, Fate::Lost);
}

#[test]
fn a_second_preservation_extends_the_first() {
    // The VPS image (kept 30d from d-1: gone at d29 unless preserved) is
    // preserved from about d0 for 60 days, then again from about d20: it is
    // still there at d75, and lost only after the second period ends.
    let mut sim = with_leads(&TEAM_A);
    preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(20 * 1440));
    preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(75 * 1440));
    assert_eq!(outcome(&sim, "vps-image").fate, Fate::Preserved);
    sim.advance_to(SimTime(90 * 1440));
    assert_eq!(outcome(&sim, "vps-image").fate, Fate::Lost);
}

#[test]
fn only_the_right_seat_changes_a_request_and_only_while_it_is_open() {
    let mut scenario = common::two_hops();
    scenario.incidents[0].initial_leads.push("home-ip".into());
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let amend = |sim: &mut Simulation, who: &str, id: u32, fields: &[F]| {
        sim.apply(
            &p(who),
            Action::Amend {
                request: id,
                fields: Stated::all_bare(fields),
            },
        )
        .map(|_| ())
    };
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-image"],
        &SIX[..5],
    );
    // Art. 29 goes through the 24/7 desk: the investigator may not touch it,
    // the prosecutor (who answers for the team's requests) may.
    assert_eq!(
        amend(&mut sim, "A/investigator", id, &[F::MlaToFollow]),
        Err(Refusal::HandledBy {
            request: id,
            basis: Basis::Rule(Instrument::Preservation247),
            seat: p("A/247"),
        })
    );
    assert_eq!(amend(&mut sim, "A/prosecutor", id, &[F::MlaToFollow]), Ok(()));
    // Nothing new: a field already stated, or a signature (which comes from signing).
    let nothing_new = Err(Refusal::AlreadyStated { request: id });
    assert_eq!(amend(&mut sim, "A/247", id, &[F::MlaToFollow]), nothing_new);
    assert_eq!(amend(&mut sim, "A/247", id, &[F::Signature]), nothing_new);
    // Once answered, it is closed.
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(5 * 1440));
    assert_eq!(
        amend(&mut sim, "A/247", id, &[F::EmergencyFacts]),
        Err(Refusal::Closed { request: id })
    );
    // A production order with the judge is out of the prosecutor's hands.
    look_up(&mut sim, "home-ip");
    let order = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::ProductionOrder,
        "A",
        &["subscriber"],
        &FORMAL,
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: order })
        .unwrap();
    assert_eq!(
        amend(&mut sim, "A/prosecutor", order, &[F::EmergencyFacts]),
        Err(Refusal::WithTheJudge { request: order })
    );
}

#[test]
fn a_request_for_kept_and_never_kept_data_answers_for_each_item() {
    // NimbusVPS keeps traffic data and server images, never content. A
    // request naming its image and its (suspected) content is answered for
    // both: the image preserved then produced, the content never kept.
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(200));
    let content = cyberdrill::scenario::model::DataCategory::Content;
    add_vps_item(
        &mut scenario,
        "vps-content",
        content,
        -1,
        "Files on the VPS",
        false,
    );
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let both = ["vps-image", "vps-content"];
    let keep = draft(&mut sim, "A/247", Instrument::Preservation247, "B", &both, SIX);
    sim.apply(&p("A/247"), Action::Send { request: keep }).unwrap();
    sim.advance_to(SimTime(5 * 1440));
    let until = forwarded_at(&sim, keep).after(cyberdrill::time::Duration::days(60));
    let (image, content, logs) = (
        item(&sim, "vps-image"),
        item(&sim, "vps-content"),
        item(&sim, "vps-logs"),
    );
    let nimbus = provider(&sim, "b-vps");
    assert_eq!(
        clauses(&sim, "A/247", keep),
        [
            Clause::Preserved {
                items: vec![image],
                until
            },
            Clause::NeverKept {
                items: vec![content],
                provider: nimbus,
                preservation: true
            },
        ],
        "{:?}",
        status(&sim, "A/247", keep)
    );
    let fields = MLA_TO_B;
    let mla = draft(&mut sim, "A/prosecutor", Instrument::Mla, "B", &both, &fields);
    sim.apply(&p("A/prosecutor"), Action::Sign { request: mla })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: mla })
        .unwrap();
    sim.advance_to(SimTime(100 * 1440));
    assert_eq!(
        clauses(&sim, "A/prosecutor", mla),
        [
            Clause::Produced { items: vec![image] },
            Clause::NeverKept {
                items: vec![content],
                provider: nimbus,
                preservation: false
            },
        ],
        "{:?}",
        status(&sim, "A/prosecutor", mla)
    );
    // Nothing obtained: each item still gets its own answer.
    let late = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs", "vps-content"],
        SIX,
    );
    sim.apply(&p("A/247"), Action::Send { request: late }).unwrap();
    let only_content = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::Mla,
        "B",
        &["vps-content"],
        &fields,
    );
    sim.apply(
        &p("A/prosecutor"),
        Action::Sign {
            request: only_content,
        },
    )
    .unwrap();
    sim.apply(
        &p("A/prosecutor"),
        Action::Send {
            request: only_content,
        },
    )
    .unwrap();
    sim.advance_to(SimTime(199 * 1440));
    assert_eq!(
        clauses(&sim, "A/247", late),
        [
            Clause::NoLongerAvailable { items: vec![logs] },
            Clause::NeverKept {
                items: vec![content],
                provider: nimbus,
                preservation: true
            },
        ],
        "{:?}",
        status(&sim, "A/247", late)
    );
    assert_eq!(
        clauses(&sim, "A/prosecutor", only_content),
        [Clause::NeverKept {
            items: vec![content],
            provider: nimbus,
            preservation: false
        }],
        "{:?}",
        status(&sim, "A/prosecutor", only_content)
    );
}

#[test]
fn a_human_desk_holds_incoming_requests_until_it_forwards_them() {
    let mut sim = with_leads(&["A/investigator", "A/prosecutor", "A/247", "B/247"]);
    let id = preserve(&mut sim, "B", "vps-logs");
    sim.advance_to(SimTime(2 * 1440));
    assert_eq!(status(&sim, "B/247", id), RequestStatus::AwaitingForward);
    assert!(
        inbox(&sim, "B/247")
            .iter()
            .any(|note| matches!(note, Event::RequestArrived { request, .. } if *request == id)),
        "{:#?}",
        inbox(&sim, "B/247")
    );
    // Nobody else in B, nor another country's desk, sees it.
    assert!(sim.view(&p("B/prosecutor")).unwrap().requests.is_empty());
    assert!(sim.view(&p("C/247")).unwrap().requests.is_empty());
    // Too late: the logs were deleted at d0 12:00 while the request waited.
    sim.apply(&p("B/247"), Action::Forward { request: id }).unwrap();
    sim.advance_to(SimTime(5 * 1440));
    let gone = Clause::NoLongerAvailable {
        items: vec![item(&sim, "vps-logs")],
    };
    assert!(
        clauses(&sim, "A/247", id).contains(&gone),
        "{:?}",
        status(&sim, "A/247", id)
    );
    let lost = outcome(&sim, "vps-logs");
    assert_eq!(lost.fate, Fate::Lost);
    assert!(
        matches!(
            lost.truth,
            Truth::Lost {
                why: Deletion::RetentionUnpreserved { .. },
                ..
            }
        ),
        "{:?}",
        lost.truth
    );
    // Forwarding twice, declining after forwarding, or someone else's request, is refused.
    let decline = Action::Decline {
        request: id,
        reason: "ordre public".into(),
    };
    assert!(sim.apply(&p("B/247"), decline).is_err());
    assert!(sim.apply(&p("B/247"), Action::Forward { request: id }).is_err());
    assert!(sim.apply(&p("A/247"), Action::Forward { request: id }).is_err());
}

#[test]
fn mla_wants_a_translation_and_keeps_data_preserved_while_pending() {
    let mut sim = with_leads(&TEAM_A);
    let preserve = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-image"],
        SIX,
    );
    sim.apply(&p("A/247"), Action::Send { request: preserve })
        .unwrap();
    let fields = MLA_STATES;
    let mla = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::Mla,
        "B",
        &["vps-image"],
        &fields,
    );
    // Unsigned MLA cannot leave.
    let unsigned = sim
        .apply(&p("A/prosecutor"), Action::Send { request: mla })
        .unwrap_err();
    assert!(matches!(unsigned, Refusal::NotSigned { .. }), "{unsigned:?}");
    sim.apply(&p("A/prosecutor"), Action::Sign { request: mla })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: mla })
        .unwrap();
    sim.advance_to(SimTime(7 * 1440));
    // B's central authority wants French; A works in Romanian.
    assert_eq!(status(&sim, "A/prosecutor", mla), RequestStatus::Returned);
    assert!(
        inbox(&sim, "A/prosecutor").iter().any(|note| matches!(
            note,
            Event::SentBack { request, missing, .. } if *request == mla && missing.contains(&F::Translation)
        )),
        "{:#?}",
        inbox(&sim, "A/prosecutor")
    );
    sim.apply(
        &p("A/prosecutor"),
        Action::Amend {
            request: mla,
            fields: Stated::all_bare(&[F::Translation]),
        },
    )
    .unwrap();
    // Amended, it is signed again (the signature covers what was signed).
    sim.apply(&p("A/prosecutor"), Action::Sign { request: mla })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: mla })
        .unwrap();
    // Processing takes weeks; the 60-day preservation would lapse around
    // d60, but the pending MLA request keeps the image (Art. 29(7)).
    sim.advance_to(SimTime(120 * 1440));
    let image = outcome(&sim, "vps-image");
    assert_eq!(image.fate, Fate::Produced, "{:?}", image.truth);
}

#[test]
fn preservation_lapses_when_no_formal_request_follows() {
    let mut sim = with_leads(&TEAM_A);
    let id = preserve(&mut sim, "B", "vps-image");
    // Retention would have deleted it at d29; preservation holds it to ~d60.
    sim.advance_to(SimTime(45 * 1440));
    let image = outcome(&sim, "vps-image");
    assert_eq!(image.fate, Fate::Preserved, "{:?}", image.truth);
    sim.advance_to(SimTime(64 * 1440));
    let image = outcome(&sim, "vps-image");
    // The lapse is the preservation's, after the retention had passed.
    assert!(
        matches!(
            image.truth,
            Truth::Lost {
                why: Deletion::PreservationExpired {
                    basis: Basis::Rule(Instrument::Preservation247),
                    retention: SimTime(r),
                    ..
                },
                ..
            } if r == 29 * 1440
        ),
        "{:?}",
        image.truth
    );
    assert_eq!(
        sim.apply(&p("A/247"), Action::Renew { request: id }).unwrap_err(),
        Refusal::PreservationLapsed { request: id }
    );
}

/// A lapsed preservation is not lost data. The subscriber record (kept a
/// year from d-30, so until d335) is preserved 90 days under Art. 16 from
/// the day it is asked; at d100 the preservation has lapsed and cannot be
/// renewed, but the record is still at A Telecom: the refusal says to send
/// a new preservation, never that the data is gone, and a new one keeps it.
#[test]
fn a_lapsed_preservation_of_data_still_there_says_to_preserve_it_again() {
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(400));
    scenario.incidents[0].initial_leads.push("home-ip".into());
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    look_up(&mut sim, "home-ip");
    let domestic = [F::RequestingAuthority, F::DataAndRelation, F::LegalBasis];
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::DomesticPreservation,
        "A",
        &["subscriber"],
        &domestic,
    );
    sim.apply(&p("A/investigator"), Action::Send { request: id })
        .unwrap();
    sim.advance_to(SimTime(100 * 1440));
    assert_eq!(
        outcome(&sim, "subscriber").fate,
        Fate::Live,
        "still at the provider"
    );
    let refused = sim
        .apply(&p("A/investigator"), Action::Renew { request: id })
        .unwrap_err();
    assert_eq!(refused, Refusal::PreservationLapsed { request: id });
    assert_eq!(
        common::said(&sim, &refused),
        format!(
            "the preservation under request #{id} has lapsed, so there is nothing to renew: what it kept is held again only as long as its retention lasts; to keep data that is still there, send a new preservation request"
        )
    );
    let again = draft(
        &mut sim,
        "A/investigator",
        Instrument::DomesticPreservation,
        "A",
        &["subscriber"],
        &domestic,
    );
    sim.apply(&p("A/investigator"), Action::Send { request: again })
        .unwrap();
    sim.advance_to(SimTime(105 * 1440));
    assert_eq!(outcome(&sim, "subscriber").fate, Fate::Preserved);
}

/// A risk to life is known however its news arrives (CETS 224 Art. 3):
/// the trainer fires the news of the ambulances' diversion (an inject on
/// that risk-to-life stage) an hour in, five hours before the stage
/// itself, and A's team may then use the emergency channel (Art. 9).
#[test]
fn a_risk_to_life_inject_fired_early_opens_the_emergency() {
    use cyberdrill::scenario::model::{Condition, Inject, Recipient, Text};
    let mut scenario = common::two_hops();
    scenario.injects.push(Inject {
        id: "ambulances-news".into(),
        when: Condition::StageReached("ambulances".into()),
        to: vec![Recipient::Everyone],
        text: Text([("en".to_string(), "Ambulances diverted.".to_string())].into()),
    });
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    sim.advance_to(SimTime(60));
    assert!(!sim.view(&p("A/247")).unwrap().emergency_known);
    sim.apply(
        &Participant::Trainer,
        Action::FireInject {
            inject: "ambulances-news".into(),
        },
    )
    .unwrap();
    assert!(sim.view(&p("A/247")).unwrap().emergency_known);
    draft(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        &["vps-logs"],
        EMERGENCY,
    );
}

/// Request elements are cited where the law asks for them: Art. 29(2)(a)-(f)
/// on an Art. 29 request only. An incomplete Art. 26 message names what it
/// lacks without citing Art. 29(2); an MLA request's data element is the
/// data sought, not "data to preserve" (in French, "données visées", not
/// "données à conserver").
#[test]
fn request_elements_are_cited_per_instrument() {
    use cyberdrill::words::{Lang, Words};
    let mut sim = with_leads(&TEAM_A);
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::SpontaneousInformation,
        "B",
        &[],
        &[F::RequestingAuthority],
    );
    let refused = sim.apply(&p("A/247"), Action::Send { request: id }).unwrap_err();
    assert_eq!(
        common::said(&sim, &refused),
        "Budapest Art. 26 is incomplete and it would not stand: it lacks offence and facts; amend it first"
    );
    let art29 = Basis::Rule(Instrument::Preservation247);
    let mla = Basis::Rule(Instrument::Mla);
    let english = common::english();
    assert_eq!(
        english.field(F::OffenceAndFacts, Some(art29)),
        "offence and facts (Art. 29(2)(b))"
    );
    assert_eq!(english.field(F::OffenceAndFacts, Some(mla)), "offence and facts");
    let french = Words::new(Lang::Fr);
    assert_eq!(
        french.field(F::DataAndRelation, Some(art29)),
        "données à conserver et lien avec l'infraction (art. 29(2)(c))"
    );
    assert_eq!(
        french.field(F::DataAndRelation, Some(mla)),
        "données visées et lien avec l'infraction"
    );
    // Under the UN Convention, Budapest's article is not cited either.
    let un = Basis::UnConvention(Instrument::Preservation247);
    assert_eq!(english.field(F::Necessity, Some(un)), "necessity");
}

/// The requested side may extend a preservation too (Art. 29; Spain
/// renewed for the United Kingdom, seed 003). B's desk, played here,
/// executes A's Art. 29 request for the VPS image (kept to d29) and
/// renews it at d50: the image outlives the first period (~d60), and A is
/// told the new deadline. A renewal does not wait for the provider's
/// confirmation: data frozen on arrival is renewed at once. And only A,
/// which sent it, may withdraw the request.
#[test]
fn the_requested_desk_renews_what_it_executed_and_only_the_sender_withdraws() {
    let mut humans = TEAM_A.to_vec();
    humans.push("B/247");
    let mut sim = with_leads(&humans);
    let id = preserve(&mut sim, "B", "vps-image");
    sim.apply(&p("B/247"), Action::Forward { request: id }).unwrap();
    // Frozen now; NimbusVPS confirms hours later. A renews at once.
    assert_eq!(status(&sim, "A/247", id), RequestStatus::AtProvider);
    let renewed = sim.apply(&p("A/247"), Action::Renew { request: id });
    assert!(renewed.is_ok(), "{renewed:?}");
    assert_eq!(
        sim.apply(&p("B/247"), Action::Withdraw { request: id }),
        Err(Refusal::WithdrawnBySender {
            request: id,
            sender: country(&sim, "A")
        })
    );
    sim.advance_to(SimTime(50 * 1440));
    sim.apply(&p("B/247"), Action::Renew { request: id }).unwrap();
    let until = SimTime(50 * 1440).after(cyberdrill::time::Duration::days(60));
    let view = sim.view(&p("A/247")).unwrap();
    let image = item(&sim, "vps-image");
    let told = &view.evidence.iter().find(|e| e.item == image).unwrap().told;
    assert_eq!(*told, Told::PreservedUntil { until });
    sim.advance_to(SimTime(75 * 1440));
    assert_eq!(outcome(&sim, "vps-image").fate, Fate::Preserved);
}

/// A simulated requested desk renews short-retention data while the MLA
/// request the Art. 29 request announced is being prepared (Art. 29(2)(f);
/// Spain for the United Kingdom, seed 003): the VPS image (kept to d29),
/// preserved for 60 days from d0, would go at the lapse (~d60); A's
/// prosecutor has an MLA request for it in hand, so B's desk renews it and
/// it is still there at d64. Without that MLA request it lapses
/// (`preservation_lapses_when_no_formal_request_follows`).
#[test]
fn a_simulated_requested_desk_renews_short_retention_data_while_the_mla_is_prepared() {
    let mut sim = with_leads(&TEAM_A);
    let id = preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(1440));
    draft(
        &mut sim,
        "A/prosecutor",
        Instrument::Mla,
        "B",
        &["vps-image"],
        &MLA_STATES,
    );
    sim.advance_to(SimTime(64 * 1440));
    let image = outcome(&sim, "vps-image");
    assert_eq!(image.fate, Fate::Preserved, "{:?}", image.truth);
    let renewal = sim
        .trace()
        .iter()
        .find(|e| matches!(e.event, Event::Renewed { request, .. } if request == id))
        .expect("B's desk renewed");
    assert_eq!(
        renewal.actor,
        Actor::Desk {
            jurisdiction: country(&sim, "B")
        }
    );
}

/// An MLA request (Art. 31) says what assistance it seeks (search or
/// access, seizure, disclosure): without it, B's central authority sends
/// it back for clarification, naming the element.
#[test]
fn an_mla_request_states_the_assistance_sought() {
    let mut sim = with_leads(&TEAM_A);
    let without: Vec<F> = MLA_TO_B
        .iter()
        .copied()
        .filter(|f| *f != F::AssistanceSought)
        .collect();
    let mla = send_mla(&mut sim, "B", "vps-image", &without);
    sim.advance_to(SimTime(30 * 1440));
    let back = inbox(&sim, "A/prosecutor")
        .into_iter()
        .find(|note| matches!(note, Event::SentBack { request, .. } if *request == mla))
        .expect("sent back");
    assert!(
        matches!(&back, Event::SentBack { missing, .. } if *missing == [F::AssistanceSought]),
        "{back:?}"
    );
    assert_eq!(
        common::said(&sim, &back),
        format!(
            "sent request #{mla} back for clarification: missing assistance sought; amend it and send it again"
        )
    );
}

#[test]
fn renewing_in_time_keeps_the_data() {
    let mut sim = with_leads(&TEAM_A);
    let id = preserve(&mut sim, "B", "vps-image");
    // Nothing to renew while the request is still on its way.
    assert_eq!(
        sim.apply(&p("A/247"), Action::Renew { request: id }).unwrap_err(),
        Refusal::PreservedNothing { request: id }
    );
    // Nor when the provider preserved nothing (the VPN never kept its logs).
    let vpn = preserve(&mut sim, "C", "vpn-logs");
    sim.advance_to(SimTime(55 * 1440));
    assert!(
        matches!(
            status(&sim, "A/247", vpn),
            RequestStatus::Closed {
                result: RequestResult::NothingKept { .. }
            }
        ),
        "{:?}",
        status(&sim, "A/247", vpn)
    );
    assert_eq!(
        sim.apply(&p("A/247"), Action::Renew { request: vpn })
            .unwrap_err(),
        Refusal::PreservedNothing { request: vpn }
    );
    sim.apply(&p("A/247"), Action::Renew { request: id }).unwrap();
    sim.advance_to(SimTime(90 * 1440));
    let image = outcome(&sim, "vps-image");
    assert_eq!(image.fate, Fate::Preserved, "{:?}", image.truth);
    sim.apply(&p("A/247"), Action::Renew { request: id }).unwrap();
    let view = sim.view(&p("A/247")).unwrap();
    let renewed = view.requests.iter().find(|r| r.id == id).unwrap();
    assert_eq!(renewed.renewals, 2);
}

/// Why each item was deleted, as the debrief shows it (two-hops; every
/// time worked out from the scenario):
/// - the VPS logs (traffic data, created d-3, kept 3d 12h: due to go at
///   d0 12:00) are preserved by Art. 29 in time and, as they show the
///   home connection at A Telecom, disclosed with it under Art. 30 as
///   intelligence only: they go when the preservation expires;
/// - the VPS image (kept 30d from d-1: due at d29) is only preserved: it
///   goes when the same preservation expires;
/// - the subscriber record (kept 1y from d-30: due at d335) is preserved
///   for 90 days under Art. 16, which lapses long before its retention.
#[test]
fn the_debrief_says_why_each_item_was_deleted() {
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(400));
    scenario.incidents[0].initial_leads.push("home-ip".into());
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    look_up(&mut sim, "home-ip");
    // The VPS logs: preserved, and disclosed as intelligence by B's desk
    // while executing (Art. 30), never produced; the image, preserved only.
    let keep = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs", "vps-image"],
        SIX,
    );
    sim.apply(&p("A/247"), Action::Send { request: keep }).unwrap();
    // The subscriber record: a domestic preservation (90 days), nothing more.
    let home = draft(
        &mut sim,
        "A/investigator",
        Instrument::DomesticPreservation,
        "A",
        &["subscriber"],
        &[F::RequestingAuthority, F::DataAndRelation, F::LegalBasis],
    );
    sim.apply(&p("A/investigator"), Action::Send { request: home })
        .unwrap();
    sim.advance_to(SimTime(399 * 1440));
    let until = forwarded_at(&sim, keep).after(cyberdrill::time::Duration::days(60));
    let reasons = [
        (
            "vps-logs",
            format!("lost at {until}: the preservation under Budapest Art. 29 expired (retention had run out at d0 12:00); no formal request had obtained it (only intelligence was obtained)"),
        ),
        (
            "vps-image",
            format!("lost at {until}: the preservation under Budapest Art. 29 expired (retention had run out at d29 00:00); no formal request had obtained it"),
        ),
        (
            "subscriber",
            "lost at d335 00:00: retention ran out after the preservation had lapsed, and no formal request had obtained it".to_string(),
        ),
    ];
    // The debrief's words, as the trainee reads them.
    for (item, why) in reasons {
        assert_eq!(common::said(&sim, &outcome(&sim, item).truth), why, "{item}");
    }
}

#[test]
fn data_produced_before_its_retention_ends_is_deleted_with_a_copy_kept() {
    // The VPS logs go at d0 12:00; the emergency request (Art. 9) sent
    // at 06:30 gets them produced before, without any preservation.
    let mut sim = with_leads(&TEAM_A);
    sim.advance_to(SimTime(6 * 60 + 30));
    let art9 = draft(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        &["vps-logs"],
        EMERGENCY,
    );
    sim.apply(&p("A/247"), Action::Send { request: art9 }).unwrap();
    sim.advance_to(SimTime(2 * 1440));
    assert_eq!(
        outcome(&sim, "vps-logs").truth,
        Truth::ProducedThenDeleted { at: SimTime(12 * 60) }
    );
    let logs = item(&sim, "vps-logs");
    assert!(
        sim.trace().iter().any(|e| e.event
            == Event::Deleted {
                item: logs,
                why: Deletion::RetentionProduced
            }),
        "{:#?}",
        sim.trace()
    );
}

/// C outside the Budapest Convention, linked to A by a bilateral MLA
/// treaty: its own law (copyright only) decides, and punishes none of the
/// conduct of A's case (access, damage, extortion).
fn c_outside_budapest_with(
    offences: Vec<cyberdrill::scenario::model::Offence>,
) -> cyberdrill::scenario::model::Scenario {
    let mut scenario = common::two_hops();
    let c = &mut scenario.jurisdictions[2];
    c.parties = vec![];
    c.bilateral_mla = vec!["A".into()];
    c.offences = offences;
    scenario
}

#[test]
fn dual_criminality_is_checked_against_the_requested_state() {
    let scenario = c_outside_budapest_with(vec![cyberdrill::scenario::model::Offence::CopyrightInfringement]);
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let mla = send_mla(&mut sim, "C", "vpn-logs", &MLA_STATES);
    sim.advance_to(SimTime(20 * 1440));
    let c = country(&sim, "C");
    assert!(
        matches!(
            status(&sim, "A/prosecutor", mla),
            RequestStatus::Closed {
                result: RequestResult::RefusedDualCriminality { by, .. }
            } if by == c
        ),
        "{:?}",
        status(&sim, "A/prosecutor", mla)
    );
    // The refusal comes from C's central authority, which decides it, not
    // from the provider the request names.
    let closed = sim
        .trace()
        .iter()
        .find(|e| matches!(e.event, Event::RequestClosed { request, .. } if request == mla))
        .unwrap();
    assert_eq!(closed.actor, Actor::CentralAuthority { jurisdiction: c });
}

#[test]
fn dual_criminality_is_judged_on_the_requesting_state_own_case() {
    // B has a case of its own: computer fraud. C criminalises computer
    // fraud and nothing else. A's case (illegal access, data interference,
    // extortion) is not an offence in C, so A's MLA request fails dual
    // criminality, whatever B's case would have allowed.
    use cyberdrill::scenario::model::{Incident, Offence, Sector, Stage, Text};
    let en = |text: &str| Text([("en".to_string(), text.to_string())].into());
    let mut scenario = c_outside_budapest_with(vec![Offence::ComputerFraud]);
    scenario.jurisdictions[2].bilateral_mla.push("B".into());
    scenario.incidents.push(Incident {
        id: "bank-fraud".into(),
        sector: Sector::Finance,
        jurisdiction: "B".into(),
        victim: en("A bank in B"),
        offences: vec![Offence::ComputerFraud],
        stages: vec![Stage {
            id: "transfers".into(),
            at: cyberdrill::time::Duration::ZERO,
            text: en("Fraudulent transfers."),
            risk_to_life: false,
            unless: None,
            delayed_by: None,
        }],
        initial_leads: vec![],
    });
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let mla = send_mla(&mut sim, "C", "vpn-logs", &MLA_STATES);
    sim.advance_to(SimTime(20 * 1440));
    let c = country(&sim, "C");
    assert!(
        matches!(
            status(&sim, "A/prosecutor", mla),
            RequestStatus::Closed {
                result: RequestResult::RefusedDualCriminality { by, .. }
            } if by == c
        ),
        "{:?}",
        status(&sim, "A/prosecutor", mla)
    );
}

/// A Party to the Budapest Convention has established its offences
/// (Arts 2-11) whatever its list says: C lists copyright infringement
/// only, yet A's MLA request for an illegal access case (Art. 2) meets
/// dual criminality there and is executed. And outside the Convention, the
/// conduct decides, not the label (Art. 25(5)): C listing computer forgery
/// executes a request for a computer fraud case.
#[test]
fn dual_criminality_holds_for_convention_offences_at_a_party_and_by_conduct_elsewhere() {
    use cyberdrill::scenario::model::Offence;
    let mut scenario = common::two_hops();
    scenario.jurisdictions[2].offences = vec![Offence::CopyrightInfringement];
    let mut outside = c_outside_budapest_with(vec![Offence::ComputerForgery]);
    outside.incidents[0].offences = vec![Offence::ComputerFraud];
    for scenario in [scenario, outside] {
        let mut sim = with_leads_in(&scenario, &TEAM_A);
        let mla = send_mla(&mut sim, "C", "vpn-logs", &MLA_STATES);
        sim.advance_to(SimTime(60 * 1440));
        let status = status(&sim, "A/prosecutor", mla);
        assert!(
            matches!(
                status,
                RequestStatus::Closed {
                    result: RequestResult::NothingKept { .. } | RequestResult::Executed { .. }
                }
            ),
            "{status:?}"
        );
    }
}

#[test]
fn a_production_order_waits_for_the_judge_in_office_hours() {
    let mut sim = with_leads(&TEAM_A);
    sim.advance_to(SimTime(2 * 60));
    let fields = FORMAL;
    // The home IP is found only through the VPS logs; the subscriber is unknown yet.
    let refused = sim.apply(
        &p("A/prosecutor"),
        Action::Draft {
            instrument: Instrument::ProductionOrder,
            to: "A".into(),
            items: vec!["subscriber".into()],
            fields: Stated::all_bare(&fields),
        },
    );
    assert_eq!(
        refused.unwrap_err(),
        Refusal::UnknownItem {
            item: "subscriber".into()
        }
    );
    sim.advance_to(SimTime(6 * 60 + 30));
    let art9 = draft(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        &["vps-logs"],
        &[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation],
    );
    sim.apply(&p("A/247"), Action::Send { request: art9 }).unwrap();
    sim.advance_to(SimTime(11 * 60 + 59));
    let logs = Clause::Produced {
        items: vec![item(&sim, "vps-logs")],
    };
    assert!(
        clauses(&sim, "A/247", art9).contains(&logs),
        "{:?}",
        status(&sim, "A/247", art9)
    );
    look_up(&mut sim, "home-ip");
    let order = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::ProductionOrder,
        "A",
        &["subscriber"],
        &fields,
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: order })
        .unwrap();
    assert_eq!(status(&sim, "A/prosecutor", order), RequestStatus::WithTheJudge);
    assert!(
        sim.apply(&p("A/prosecutor"), Action::Send { request: order })
            .is_err()
    );
    sim.advance_to(SimTime(4 * 1440));
    sim.apply(&p("A/prosecutor"), Action::Send { request: order })
        .unwrap();
    sim.advance_to(SimTime(8 * 1440));
    let subscriber = Clause::Produced {
        items: vec![item(&sim, "subscriber")],
    };
    assert!(
        clauses(&sim, "A/prosecutor", order).contains(&subscriber),
        "{:?}",
        status(&sim, "A/prosecutor", order)
    );
}

#[test]
fn a_human_desk_may_decline_with_a_ground() {
    let mut sim = with_leads(&["A/investigator", "A/prosecutor", "A/247", "B/247"]);
    let id = preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(60));
    let no_ground = Action::Decline {
        request: id,
        reason: " ".into(),
    };
    assert_eq!(
        sim.apply(&p("B/247"), no_ground).unwrap_err(),
        Refusal::DeclineNeedsGround
    );
    let decline = Action::Decline {
        request: id,
        reason: "the facts concern a political offence".into(),
    };
    sim.apply(&p("B/247"), decline).unwrap();
    let declined = RequestResult::DeclinedByDesk {
        by: p("B/247"),
        ground: "the facts concern a political offence".into(),
    };
    assert_eq!(
        status(&sim, "A/247", id),
        RequestStatus::Closed {
            result: declined.clone()
        }
    );
    assert!(
        inbox(&sim, "A/247").iter().any(|note| matches!(
            note,
            Event::RequestClosed { request, result, .. } if *request == id && *result == declined
        )),
        "{:#?}",
        inbox(&sim, "A/247")
    );
}

#[test]
fn an_mla_request_does_not_freeze_data_nobody_preserved() {
    // Art. 29(7) keeps *preserved* data while the MLA request is pending;
    // an MLA request alone, slower than the retention, finds the data gone.
    let scenario = with_slow_mla_in_b(40, 60);
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    send_mla(&mut sim, "B", "vps-image", &MLA_TO_B);
    sim.advance_to(SimTime(150 * 1440));
    let image = outcome(&sim, "vps-image");
    assert_eq!(image.fate, Fate::Lost, "{:?}", image.truth);
}

#[test]
fn data_held_for_a_pending_mla_request_goes_when_the_request_ends() {
    // The image (due at d29) is preserved by Art. 29 from about d0 to
    // about d60, then held while the MLA request is pending (Art. 29(7)).
    // B takes 50 to 60 working days (at least ten weeks): the request is
    // answered after the preservation expired, the image is produced, and
    // only then deleted, with the reason saying so.
    let scenario = with_slow_mla_in_b(50, 60);
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let keep = preserve(&mut sim, "B", "vps-image");
    let mla = send_mla(&mut sim, "B", "vps-image", &MLA_TO_B);
    sim.advance_to(SimTime(150 * 1440));
    let image = item(&sim, "vps-image");
    assert_eq!(
        status(&sim, "A/prosecutor", mla),
        RequestStatus::Closed {
            result: RequestResult::Executed {
                clauses: vec![Clause::Produced { items: vec![image] }]
            }
        }
    );
    let until = forwarded_at(&sim, keep).after(cyberdrill::time::Duration::days(60));
    let deleted = sim
        .trace()
        .iter()
        .find(|e| matches!(e.event, Event::Deleted { item, .. } if item == image))
        .expect("the image is deleted once the request ends");
    assert!(deleted.at > until, "deleted at {}, after {until}", deleted.at);
    assert_eq!(
        deleted.event,
        Event::Deleted {
            item: image,
            why: Deletion::HoldReleased {
                basis: Basis::Rule(Instrument::Preservation247),
                expired: until,
                retention: SimTime(29 * 1440),
                produced: true,
                intelligence_only: false,
            }
        }
    );
}

/// Two-hops with subscriber information at the VPS host in B, named by the VPS lead.
fn with_vps_subscriber() -> cyberdrill::scenario::model::Scenario {
    use cyberdrill::scenario::model::{DataCategory, Holding};
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(200));
    let vps = scenario.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
    vps.holds.push(Holding {
        category: DataCategory::SubscriberInfo,
        retention: Some(cyberdrill::time::Duration::days(365)),
    });
    add_vps_item(
        &mut scenario,
        "vps-account",
        DataCategory::SubscriberInfo,
        -40,
        "VPS account holder",
        true,
    );
    scenario
}

/// Adds a data item at NimbusVPS, created `created_days` from the start,
/// that the VPS lead names.
fn add_vps_item(
    scenario: &mut cyberdrill::scenario::model::Scenario,
    id: &str,
    category: cyberdrill::scenario::model::DataCategory,
    created_days: i64,
    text: &str,
    kept: bool,
) {
    use cyberdrill::scenario::model::{DataItem, Text};
    scenario.evidence.push(DataItem {
        id: id.into(),
        provider: "b-vps".into(),
        category,
        created: cyberdrill::time::Duration::days(created_days),
        text: Text([("en".to_string(), text.to_string())].into()),
        reveals: vec![],
        kept,
        consent_by: vec![],
        reachable_from: vec![],
    });
    let lead = scenario.leads.iter_mut().find(|l| l.id == "vps-ip").unwrap();
    lead.evidence.push(id.into());
}

#[test]
fn spontaneous_information_informs_and_obtains_nothing() {
    let mut sim = with_leads(&["A/investigator", "A/prosecutor", "A/247", "B/247"]);
    // Art. 26 asks for nothing: it cannot name data held abroad.
    let named = sim.apply(
        &p("A/247"),
        Action::Draft {
            instrument: Instrument::SpontaneousInformation,
            to: "B".into(),
            items: vec!["vps-logs".into()],
            fields: Stated::all_bare(&[F::RequestingAuthority, F::OffenceAndFacts]),
        },
    );
    assert!(
        matches!(named, Err(Refusal::InformsNamesNoData { .. })),
        "{named:?}"
    );
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::SpontaneousInformation,
        "B",
        &[],
        &[F::RequestingAuthority, F::OffenceAndFacts],
    );
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(2 * 1440));
    assert!(
        inbox(&sim, "B/247")
            .iter()
            .any(|note| matches!(note, Event::SpontaneousInformation { request, .. } if *request == id)),
        "{:#?}",
        inbox(&sim, "B/247")
    );
    assert!(
        matches!(
            status(&sim, "A/247", id),
            RequestStatus::Closed {
                result: RequestResult::Delivered | RequestResult::InformationDelivered { .. }
            }
        ),
        "{:?}",
        status(&sim, "A/247", id)
    );
    for state in sim.evidence_states() {
        assert!(
            state.disclosed_to.is_empty() && state.produced_for.is_empty(),
            "{state:?}"
        );
    }
}

#[test]
fn an_incomplete_order_straight_to_a_provider_is_refused_on_send() {
    let mut sim = with_leads_in(&with_vps_subscriber(), &TEAM_A);
    let order = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::DirectSubscriberRequest,
        "B",
        &["vps-account"],
        &[],
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: order })
        .unwrap();
    let before = sim.state_hash();
    let refused = sim
        .apply(&p("A/prosecutor"), Action::Send { request: order })
        .unwrap_err();
    assert!(
        matches!(
            refused,
            Refusal::Incomplete { by: Rejecter::Provider, ref missing, .. }
                if missing.contains(&F::RequestingAuthority) && missing.contains(&F::OffenceAndFacts)
        ),
        "{refused:?}"
    );
    assert_eq!(sim.state_hash(), before);
    sim.apply(
        &p("A/prosecutor"),
        Action::Amend {
            request: order,
            fields: Stated::all_bare(&FORMAL),
        },
    )
    .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Sign { request: order })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: order })
        .unwrap();
}

#[test]
fn an_instrument_reaches_only_the_data_categories_it_covers() {
    let mut sim = with_leads_in(&with_vps_subscriber(), &TEAM_A);
    // CETS 224 Art. 7 reaches subscriber information only (Art. 30's
    // traffic data is tested with Art. 29, which it is part of).
    let art7 = sim.apply(
        &p("A/prosecutor"),
        Action::Draft {
            instrument: Instrument::DirectSubscriberRequest,
            to: "B".into(),
            items: vec!["vps-logs".into()],
            fields: Stated::all_bare(&FORMAL),
        },
    );
    assert!(
        matches!(
            art7,
            Err(Refusal::NotCovered {
                instrument: Instrument::DirectSubscriberRequest,
                ..
            })
        ),
        "{art7:?}"
    );
    // What it covers is accepted.
    draft(
        &mut sim,
        "A/prosecutor",
        Instrument::DirectSubscriberRequest,
        "B",
        &["vps-account"],
        &FORMAL,
    );
}

#[test]
fn the_29_4_reservation_does_not_reach_convention_offences() {
    use cyberdrill::scenario::model::Reservation;
    let mut scenario = common::two_hops();
    let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.reservations = vec![Reservation::PreservationDualCriminality];
    b.offences = vec![];
    // The hospital case is illegal access and data interference (Arts 2 and 4).
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let id = preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(4 * 1440));
    let image = item(&sim, "vps-image");
    assert!(
        clauses(&sim, "A/247", id)
            .iter()
            .any(|clause| matches!(clause, Clause::Preserved { items, .. } if *items == [image])),
        "{:?}",
        status(&sim, "A/247", id)
    );
    // Extortion alone is no Convention offence: the reservation applies.
    scenario.incidents[0].offences = vec![cyberdrill::scenario::model::Offence::Extortion];
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let id = preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(4 * 1440));
    let b = country(&sim, "B");
    assert!(
        matches!(
            status(&sim, "A/247", id),
            RequestStatus::Closed {
                result: RequestResult::RefusedReservation { by, .. }
            } if by == b
        ),
        "{:?}",
        status(&sim, "A/247", id)
    );
}

#[test]
fn the_other_side_cannot_act_on_a_draft_it_has_not_received() {
    let mut sim = with_leads(&["A/investigator", "A/prosecutor", "A/247", "B/247"]);
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs"],
        SIX,
    );
    let answer = |id| Action::Answer {
        request: id,
        text: "we see you are drafting".into(),
    };
    let before = sim.state_hash();
    let on_draft = sim.apply(&p("B/247"), answer(id)).unwrap_err();
    let on_nothing = sim.apply(&p("B/247"), answer(99)).unwrap_err();
    // The same answer, word for word, as for a request that does not exist.
    assert_eq!(
        common::said(&sim, &on_draft).replace(&format!("#{id}"), "#N"),
        common::said(&sim, &on_nothing).replace("#99", "#N")
    );
    assert_eq!(sim.state_hash(), before);
    assert!(!inbox_says(&sim, "A/247", "drafting"));
    // Once sent, it has reached B's desk, which may answer it.
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.apply(&p("B/247"), answer(id)).unwrap();
    assert!(inbox_says(&sim, "A/247", "we see you are drafting"));
}

#[test]
fn an_mla_request_holds_preserved_data_from_arrival_even_while_returned() {
    let mut sim = with_leads(&TEAM_A);
    preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(60));
    // No translation: B's central authority will send it back.
    let mla = send_mla(&mut sim, "B", "vps-image", &MLA_STATES);
    sim.advance_to(SimTime(10 * 1440));
    assert_eq!(status(&sim, "A/prosecutor", mla), RequestStatus::Returned);
    // The 60-day preservation runs out around d60; the returned request
    // is still pending, so Art. 29(7) keeps the image.
    sim.advance_to(SimTime(100 * 1440));
    let image = outcome(&sim, "vps-image");
    assert_eq!(image.fate, Fate::Preserved, "{:?}", image.truth);
    assert!(
        matches!(image.truth, Truth::PreservedWhileMla { .. }),
        "{:?}",
        image.truth
    );
    // Withdrawn, it holds nothing any more.
    sim.apply(&p("A/prosecutor"), Action::Withdraw { request: mla })
        .unwrap();
    sim.advance_to(SimTime(101 * 1440));
    let image = outcome(&sim, "vps-image");
    assert_eq!(image.fate, Fate::Lost, "{:?}", image.truth);
    assert_eq!(
        status(&sim, "A/prosecutor", mla),
        RequestStatus::Closed {
            result: RequestResult::Withdrawn {
                by: p("A/prosecutor")
            }
        }
    );
    assert!(
        sim.apply(&p("A/prosecutor"), Action::Withdraw { request: mla })
            .is_err()
    );
}

#[test]
fn emergency_disclosure_takes_hours_even_where_a_provider_names_no_emergency_time() {
    let mut scenario = common::two_hops();
    let vps = scenario.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
    vps.disclosure.emergency_answers_in = None;
    vps.disclosure.answers_in = cyberdrill::scenario::model::Delay(
        cyberdrill::time::Duration::days(5),
        cyberdrill::time::Duration::days(10),
    );
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    sim.advance_to(SimTime(6 * 60 + 30));
    let art9 = draft(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        &["vps-image"],
        EMERGENCY,
    );
    sim.apply(&p("A/247"), Action::Send { request: art9 }).unwrap();
    // The desk acts within 3h (day) and the law's default, 1h-8h, applies.
    sim.advance_to(SimTime(6 * 60 + 30 + 3 * 60 + 8 * 60));
    let image = Clause::Produced {
        items: vec![item(&sim, "vps-image")],
    };
    assert!(
        clauses(&sim, "A/247", art9).contains(&image),
        "{:?}",
        status(&sim, "A/247", art9)
    );
}

#[test]
fn the_reference_solution_gets_its_emergency_answers_within_hours() {
    let scenario = cyberdrill::scenario::load::load_default();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hospital-ransomware.actions"),
    )
    .unwrap();
    let script = cyberdrill::journal::parse(&text).unwrap();
    let humans: Vec<Participant> = script.entries.iter().map(|e| e.participant.clone()).collect();
    let mut sim = Simulation::with_humans(&scenario, scenario.seed, humans).unwrap();
    // Up to the second Art. 9 request, to Brenmark Telecom at d1 06:35.
    for entry in script
        .entries
        .iter()
        .filter(|e| e.at <= SimTime(1440 + 6 * 60 + 35))
    {
        sim.advance_to(entry.at);
        sim.apply(&entry.participant, entry.action.clone()).unwrap();
    }
    sim.advance_to(SimTime(2 * 1440));
    let view = sim.view(&p("VL/247")).unwrap();
    let art9: Vec<_> = view
        .requests
        .iter()
        .filter(|r| r.basis == Basis::Rule(Instrument::EmergencyDisclosure))
        .collect();
    assert_eq!(art9.len(), 2);
    for request in art9 {
        assert!(
            matches!(
                &request.status,
                RequestStatus::Closed {
                    result: RequestResult::Executed { clauses }
                } if clauses.iter().any(|clause| matches!(clause, Clause::Produced { .. }))
            ),
            "#{}: {:?}",
            request.id,
            request.status
        );
    }
}

#[test]
fn an_eu_production_order_is_answered_within_ten_days() {
    use cyberdrill::scenario::model::{Delay, Framework};
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(200));
    for code in ["A", "B"] {
        let j = scenario
            .jurisdictions
            .iter_mut()
            .find(|j| j.code == code)
            .unwrap();
        j.parties.push(Framework::EuEEvidence);
    }
    let vps = scenario.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
    vps.disclosure.answers_in = Delay(
        cyberdrill::time::Duration::days(20),
        cyberdrill::time::Duration::days(30),
    );
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let order = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::EuProductionOrder,
        "B",
        &["vps-image"],
        STATED,
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: order })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: order })
        .unwrap();
    sim.advance_to(SimTime(10 * 1440 + 60));
    let image = Clause::Produced {
        items: vec![item(&sim, "vps-image")],
    };
    assert!(
        clauses(&sim, "A/prosecutor", order).contains(&image),
        "{:?}",
        status(&sim, "A/prosecutor", order)
    );
}

#[test]
fn a_state_that_reserved_notice_hears_of_direct_orders_to_its_providers() {
    use cyberdrill::scenario::model::Reservation;
    let notices = |sim: &Simulation| -> Vec<u32> {
        inbox(sim, "B/247")
            .into_iter()
            .filter_map(|note| match note {
                Event::DirectOrderNotice { request, .. } => Some(request),
                _ => None,
            })
            .collect()
    };
    let mut scenario = with_vps_subscriber();
    let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.reservations.push(Reservation::NotifyDirectOrders);
    let mut sim = with_leads_in(&scenario, &["A/investigator", "A/prosecutor", "A/247", "B/247"]);
    let order = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::DirectSubscriberRequest,
        "B",
        &["vps-account"],
        &FORMAL,
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: order })
        .unwrap();
    assert_eq!(notices(&sim), Vec::<u32>::new());
    sim.apply(&p("A/prosecutor"), Action::Send { request: order })
        .unwrap();
    assert!(notices(&sim).contains(&order), "{:#?}", inbox(&sim, "B/247"));
    assert!(
        sim.view(&p("B/247"))
            .unwrap()
            .requests
            .iter()
            .any(|r| r.id == order)
    );
    // Without the reservation, B hears nothing of it.
    let mut sim = with_leads_in(
        &with_vps_subscriber(),
        &["A/investigator", "A/prosecutor", "A/247", "B/247"],
    );
    let order = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::DirectSubscriberRequest,
        "B",
        &["vps-account"],
        &FORMAL,
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: order })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: order })
        .unwrap();
    assert_eq!(notices(&sim), Vec::<u32>::new());
    assert!(sim.view(&p("B/247")).unwrap().requests.is_empty());
}

#[test]
fn a_judge_does_not_sign_an_incomplete_production_order() {
    let mut scenario = common::two_hops();
    scenario.incidents[0].initial_leads.push("home-ip".into());
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    look_up(&mut sim, "home-ip");
    let order = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::ProductionOrder,
        "A",
        &["subscriber"],
        &[F::RequestingAuthority],
    );
    let refused = sim
        .apply(&p("A/prosecutor"), Action::Sign { request: order })
        .unwrap_err();
    assert!(
        matches!(
            refused,
            Refusal::Incomplete { by: Rejecter::Judge, ref missing, .. }
                if missing.contains(&F::LegalBasis) && !missing.contains(&F::Signature)
        ),
        "{refused:?}"
    );
    // Nor does a provider act on an incomplete Art. 16 order.
    let keep = draft(
        &mut sim,
        "A/investigator",
        Instrument::DomesticPreservation,
        "A",
        &["subscriber"],
        &[],
    );
    let refused = sim
        .apply(&p("A/investigator"), Action::Send { request: keep })
        .unwrap_err();
    assert!(
        matches!(
            refused,
            Refusal::Incomplete {
                by: Rejecter::Provider,
                ..
            }
        ),
        "{refused:?}"
    );
}

#[test]
fn the_judge_signs_within_signs_in_counted_in_office_hours() {
    // A's judges sign in 2h to 1d of working time, Mon-Fri 08:00-18:00,
    // Europe/Chisinau (UTC+2 in early March). The exercise starts Monday
    // 2 March 2026 at 07:40 local. An application on Friday 6 March at
    // 19:00 local (d4 11:20) waits for Monday 9 March 08:00 (d7 00:20):
    // signed no sooner than Monday 10:00 (d7 02:20), no later than one
    // working day after opening, Tuesday 08:00 (d8 00:20).
    let mut scenario = common::two_hops();
    scenario.incidents[0].initial_leads.push("home-ip".into());
    let applied = SimTime(4 * 1440 + 11 * 60 + 20);
    let (earliest, latest) = (SimTime(7 * 1440 + 2 * 60 + 20), SimTime(8 * 1440 + 20));
    let mut signed_at = std::collections::BTreeSet::new();
    for seed in 1..=40 {
        let mut sim = with_leads_seeded(&scenario, &TEAM_A, seed);
        look_up(&mut sim, "home-ip");
        sim.advance_to(applied);
        let order = draft(
            &mut sim,
            "A/prosecutor",
            Instrument::ProductionOrder,
            "A",
            &["subscriber"],
            &FORMAL,
        );
        sim.apply(&p("A/prosecutor"), Action::Sign { request: order })
            .unwrap();
        sim.advance_to(SimTime(12 * 1440));
        let signed = sim
            .trace()
            .iter()
            .find(|e| matches!(e.event, Event::OrderSigned { request, .. } if request == order))
            .unwrap_or_else(|| panic!("seed {seed}: the judge never signed"))
            .at;
        assert!(
            (earliest..=latest).contains(&signed),
            "seed {seed}: signed at {signed}, outside {earliest}..={latest}"
        );
        signed_at.insert(signed);
    }
    // The delay is drawn, not fixed.
    assert!(signed_at.len() > 10, "{signed_at:?}");
}

/// Two-hops where C is reached from A only through `link`: no common
/// convention but a bilateral MLA treaty, or the UN Convention alone.
fn c_reached_by(link: &str) -> cyberdrill::scenario::model::Scenario {
    use cyberdrill::scenario::model::Framework;
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(200));
    for j in scenario.jurisdictions.iter_mut() {
        match (j.code.as_str(), link) {
            ("C", "bilateral") => j.parties = vec![],
            ("A", "bilateral") => j.bilateral_mla = vec!["C".into()],
            ("C", "un") => j.parties = vec![Framework::UnConvention],
            ("A", "un") => j.parties.push(Framework::UnConvention),
            _ => {}
        }
    }
    scenario
}

/// Whether a line of the trace, as read in English, says `needle`.
fn trace_says(sim: &Simulation, needle: &str) -> bool {
    common::lines(sim).iter().any(|line| line.text.contains(needle))
}

#[test]
fn a_request_shows_the_legal_basis_it_rests_on_between_its_two_states() {
    let fields = MLA_TO_B;
    for (link, basis, mla_basis) in [
        ("bilateral", Basis::BilateralMla, "bilateral MLA treaty"),
        (
            "un",
            Basis::UnConvention(Instrument::Mla),
            "UN Convention against Cybercrime (MLA)",
        ),
    ] {
        let mut sim = with_leads_in(&c_reached_by(link), &TEAM_A);
        let id = draft(
            &mut sim,
            "A/prosecutor",
            Instrument::Mla,
            "C",
            &["vpn-logs"],
            &fields,
        );
        sim.apply(&p("A/prosecutor"), Action::Sign { request: id })
            .unwrap();
        sim.apply(&p("A/prosecutor"), Action::Send { request: id })
            .unwrap();
        sim.advance_to(SimTime(100 * 1440));
        for who in ["A/prosecutor", "trainer"] {
            let view = sim.view(&p(who)).unwrap();
            let request = view.requests.iter().find(|r| r.id == id).unwrap();
            assert_eq!(request.basis, basis, "{link}, {who}");
        }
        assert!(trace_says(
            &sim,
            &format!("drafted request #{id}: {mla_basis} to C")
        ));
        assert!(trace_says(
            &sim,
            &format!("sent request #{id} ({mla_basis}) to C")
        ));
        assert!(
            !trace_says(&sim, "Budapest Art. 31"),
            "{link}: {:#?}",
            common::lines(&sim)
        );
    }
    // Preservation through the UN Convention's 24/7 network says so too.
    let mut sim = with_leads_in(&c_reached_by("un"), &TEAM_A);
    let id = preserve(&mut sim, "C", "vpn-logs");
    let view = sim.view(&p("A/247")).unwrap();
    let request = view.requests.iter().find(|r| r.id == id).unwrap();
    assert_eq!(request.basis, Basis::UnConvention(Instrument::Preservation247));
    // Between two Budapest Parties, the Convention's article.
    let mut sim = with_leads(&TEAM_A);
    let id = preserve(&mut sim, "B", "vps-logs");
    let view = sim.view(&p("A/247")).unwrap();
    assert_eq!(
        view.requests.iter().find(|r| r.id == id).unwrap().basis,
        Basis::Rule(Instrument::Preservation247)
    );
}

#[test]
fn a_missing_instrument_is_the_first_refusal_and_names_what_exists() {
    let mut sim = with_leads_in(&c_reached_by("bilateral"), &TEAM_A);
    let refusal = |sim: &mut Simulation, who: &str, instrument: Instrument, to: &str, item: &str| {
        sim.apply(
            &p(who),
            Action::Draft {
                instrument,
                to: to.into(),
                items: vec![item.into()],
                fields: vec![],
            },
        )
        .unwrap_err()
    };
    // Art. 7 to a state outside CETS 224, by the 24/7 desk: the treaty comes first.
    let refused = refusal(
        &mut sim,
        "A/247",
        Instrument::DirectSubscriberRequest,
        "C",
        "vpn-logs",
    );
    assert!(
        matches!(
            refused,
            Refusal::NotBetween {
                instrument: Instrument::DirectSubscriberRequest,
                ..
            }
        ),
        "{refused:?}"
    );
    let reason = common::said(&sim, &refused);
    assert!(reason.contains("does not exist between A and C"), "{reason}");
    assert!(!reason.contains("sent by"), "{reason}");
    // Art. 29 to a state reached only by a bilateral treaty: use MLA.
    let refused = refusal(&mut sim, "A/247", Instrument::Preservation247, "C", "vpn-logs");
    assert!(
        matches!(
            refused,
            Refusal::NotBetween {
                instrument: Instrument::Preservation247,
                ref instead,
                only_way: true,
                ..
            } if *instead == [(Instrument::Mla, Basis::BilateralMla)]
        ),
        "{refused:?}"
    );
    let reason = common::said(&sim, &refused);
    assert!(
        reason
            .contains("C is reached from A only by a mutual legal assistance request (bilateral MLA treaty)"),
        "{reason}"
    );
    // Where the instrument exists, the role is named in words.
    let refused = refusal(&mut sim, "A/247", Instrument::Mla, "B", "vps-logs");
    assert!(
        matches!(
            refused,
            Refusal::WrongSender {
                instrument: Instrument::Mla,
                role: cyberdrill::scenario::model::Role::Contact247,
                ..
            }
        ),
        "{refused:?}"
    );
    let reason = common::said(&sim, &refused);
    assert!(reason.contains("not by the 24/7 contact"), "{reason}");
    let refused = refusal(
        &mut sim,
        "A/investigator",
        Instrument::Preservation247,
        "B",
        "vps-logs",
    );
    let reason = common::said(&sim, &refused);
    assert!(reason.contains("A/247 (the 24/7 contact)"), "{reason}");
    assert!(!reason.contains("the 247"), "{reason}");
    // Before the emergency, no hint that one is coming.
    let refused = refusal(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        "vps-logs",
    );
    // Between A and B (Budapest and CETS 224), without an emergency:
    // Art. 29 first, then Art. 31 (tests/instead.rs says more).
    assert!(
        matches!(
            &refused,
            Refusal::NeedsEmergency {
                instrument: Instrument::EmergencyDisclosure,
                first,
                instead,
            } if first.contains(&(Instrument::Preservation247, Basis::Rule(Instrument::Preservation247)))
                && instead.contains(&(Instrument::Mla, Basis::Rule(Instrument::Mla)))
        ),
        "{refused:?}"
    );
    let reason = common::said(&sim, &refused);
    assert!(
        reason.contains(
            "nothing known to your team shows a significant and imminent risk to life (CETS 224 Art. 3)"
        ),
        "{reason}"
    );
    assert!(!reason.contains("yet"), "{reason}");
}

#[test]
fn an_office_hours_desk_acts_only_in_office_hours() {
    // C's desk keeps C's central authority's hours: Mon-Fri 10:00-18:00 in
    // Tbilisi (UTC+4, no daylight saving), where the exercise starts on
    // Monday at 09:40. Requests sent just before closing, and at night.
    let local = |at: SimTime| {
        let minutes = at.minutes() + 9 * 60 + 40;
        (minutes.div_euclid(1440) % 7, minutes.rem_euclid(1440))
    };
    for sent in [7 * 60 + 50, 8 * 60 + 10, 14 * 60, 4 * 1440 + 7 * 60 + 30] {
        let mut sim = with_leads(&TEAM_A);
        sim.advance_to(SimTime(sent));
        preserve(&mut sim, "C", "vpn-logs");
        sim.advance_to(SimTime(sent + 7 * 1440));
        let c = country(&sim, "C");
        let acted: Vec<_> = sim
            .trace()
            .iter()
            .filter(|e| e.actor == Actor::Desk { jurisdiction: c })
            .collect();
        assert!(!acted.is_empty(), "sent at {}", SimTime(sent));
        for event in acted {
            let (day, minute) = local(event.at);
            assert!(
                day < 5 && (10 * 60..=18 * 60).contains(&minute),
                "sent at {}, the desk acted at {} (local day {day}, {:02}:{:02}): {:?}",
                SimTime(sent),
                event.at,
                minute / 60,
                minute % 60,
                event.event
            );
        }
    }
}

#[test]
fn a_preservation_that_outlives_the_retention_says_so_when_it_expires() {
    let mut sim = with_leads(&TEAM_A);
    // The VPS logs' retention runs out at d0 12:00; Art. 29 holds them to ~d60.
    preserve(&mut sim, "B", "vps-logs");
    sim.advance_to(SimTime(7 * 60));
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        &["vps-logs"],
        EMERGENCY,
    );
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(64 * 1440));
    let logs = item(&sim, "vps-logs");
    let deleted = sim
        .trace()
        .iter()
        .find(|e| matches!(e.event, Event::Deleted { item, .. } if item == logs))
        .expect("the provider deletes the logs once the preservation expires");
    // The preservation's expiry, not the retention, and a copy was produced.
    assert!(
        matches!(
            deleted.event,
            Event::Deleted {
                why: Deletion::PreservationExpired {
                    basis: Basis::Rule(Instrument::Preservation247),
                    retention: SimTime(r),
                    produced: true,
                    ..
                },
                ..
            } if r == 12 * 60
        ),
        "{:?}",
        deleted.event
    );
    assert_eq!(
        deleted.actor,
        Actor::Provider {
            provider: provider(&sim, "b-vps")
        }
    );
}

#[test]
fn providers_appear_by_name_as_look_ups_show_them() {
    let mut sim = with_leads(&TEAM_A);
    preserve(&mut sim, "B", "vps-logs");
    sim.advance_to(SimTime(3 * 1440));
    let lines = common::lines(&sim);
    assert!(
        lines
            .iter()
            .any(|l| l.actor == "NimbusVPS" && l.text.contains("preserved until")),
        "{lines:#?}"
    );
    assert!(
        !lines
            .iter()
            .any(|l| l.actor == "b-vps" || l.text.contains("b-vps")),
        "{lines:#?}"
    );
    // A view and the report hold a provider; the shell shows its name.
    let named = |provider: usize| common::said(&sim, &Actor::Provider { provider });
    let view = sim.view(&p("A/247")).unwrap();
    assert!(view.evidence.iter().all(|e| named(e.provider) != "b-vps"));
    assert!(view.evidence.iter().any(|e| named(e.provider) == "NimbusVPS"));
    assert!(
        sim.report()
            .evidence
            .iter()
            .all(|e| !named(e.provider).contains('-'))
    );
}

/// Whether `who`'s team has found `lead`.
fn knows_lead(sim: &Simulation, who: &str, lead: &str) -> bool {
    sim.view(&p(who)).unwrap().leads.iter().any(|l| l.id == lead)
}

/// Budapest Art. 30(1): while executing an Art. 29 request, a requested
/// Party that finds a provider in another State in the path of the
/// preserved traffic data discloses enough of it to identify that provider
/// and the path. B's simulated desk does so itself: the VPS logs reveal
/// the home connection at A Telecom (a provider in A, not in B), so A
/// learns the `home-ip` lead as intelligence, and nothing more: the logs
/// themselves stay preserved, not disclosed.
#[test]
fn art30_a_simulated_desk_discloses_the_path_while_executing_art29() {
    let mut sim = with_leads(&TEAM_A);
    assert!(!knows_lead(&sim, "A/247", "home-ip"));
    let id = preserve(&mut sim, "B", "vps-logs");
    sim.advance_to(SimTime(3 * 1440));
    assert!(
        matches!(clauses(&sim, "A/247", id).as_slice(), [Clause::Preserved { .. }]),
        "{:?}",
        status(&sim, "A/247", id)
    );
    assert!(
        knows_lead(&sim, "A/247", "home-ip"),
        "the path came with the preservation"
    );
    let logs = item(&sim, "vps-logs");
    let view = sim.view(&p("A/247")).unwrap();
    let told = &view.evidence.iter().find(|e| e.item == logs).unwrap().told;
    // Disclosed as intelligence, and the preservation's deadline still in
    // view: one does not hide the other.
    let until = forwarded_at(&sim, id).after(cyberdrill::time::Duration::days(60));
    assert_eq!(*told, Told::DisclosedPreservedUntil { until });
    assert!(
        view.clocks
            .contains(&Deadline::Preservation { item: logs, until })
    );
    let line = common::lines(&sim)
        .into_iter()
        .find(|l| l.text.contains("path"))
        .expect("the disclosure is in the trace");
    assert_eq!(
        line.text,
        format!(
            "the B 24/7 desk disclosed, while executing request #{id}, the traffic data that identifies a provider in another State and the path (Budapest Art. 30; intelligence): new lead 192.0.2.10 (home-ip)"
        )
    );
}

/// Art. 30 is not a request of its own: drafted alone it is refused, and
/// the refusal points to the Art. 29 request it comes with.
#[test]
fn art30_drafted_alone_is_refused_and_points_to_art29() {
    let mut sim = with_leads(&TEAM_A);
    let refused = sim
        .apply(
            &p("A/247"),
            Action::Draft {
                instrument: Instrument::TrafficDisclosure,
                to: "B".into(),
                items: vec!["vps-logs".into()],
                fields: Stated::all_bare(STATED),
            },
        )
        .unwrap_err();
    assert_eq!(
        refused,
        Refusal::DutyWithin {
            instrument: Instrument::TrafficDisclosure,
            within: Instrument::Preservation247
        }
    );
    assert_eq!(
        common::said(&sim, &refused),
        "Budapest Art. 30 is not a request of its own: the requested Party discloses the traffic data that identifies a provider in another State and the path while it executes your Budapest Art. 29 request; send Budapest Art. 29 and the path comes with it"
    );
}

/// A human requested desk chooses to disclose the path (Art. 30), once,
/// for a preservation it executed whose traffic data shows a provider in
/// another State; nobody else can, and a server image shows no path.
#[test]
fn art30_a_human_desk_chooses_to_disclose_the_path() {
    let mut humans = TEAM_A.to_vec();
    humans.push("B/247");
    let mut sim = with_leads(&humans);
    let logs = preserve(&mut sim, "B", "vps-logs");
    let image = preserve(&mut sim, "B", "vps-image");
    for id in [logs, image] {
        sim.apply(&p("B/247"), Action::Forward { request: id }).unwrap();
    }
    sim.advance_to(SimTime(3 * 1440));
    assert!(matches!(
        clauses(&sim, "A/247", logs).as_slice(),
        [Clause::Preserved { .. }]
    ));
    assert!(
        !knows_lead(&sim, "A/247", "home-ip"),
        "a person decides, not the engine"
    );
    let disclose = |request| Action::DisclosePath { request };
    assert_eq!(
        sim.apply(&p("A/247"), disclose(logs)),
        Err(Refusal::NoPathToDisclose { request: logs }),
        "only the requested desk discloses"
    );
    assert_eq!(
        sim.apply(&p("B/247"), disclose(image)),
        Err(Refusal::NoPathToDisclose { request: image }),
        "a server image is no traffic data"
    );
    sim.apply(&p("B/247"), disclose(logs)).unwrap();
    assert!(knows_lead(&sim, "A/247", "home-ip"));
    assert_eq!(
        sim.apply(&p("B/247"), disclose(logs)),
        Err(Refusal::PathAlreadyDisclosed { request: logs })
    );
}

/// Budapest Arts 16 and 29 preserve *stored* data: a data item created
/// after the request reached the provider is not preserved by it, and the
/// answer says so (collecting data still to come is real-time collection,
/// Arts 20 and 33, another measure). The VPS image is created here at d1;
/// B's desk puts the request to NimbusVPS on d0 (at most 10h after it is
/// sent at 07:40 local, its night delay), so the logs are preserved and the
/// image is not. Asked again once it exists, it is.
#[test]
fn a_preservation_covers_only_data_stored_when_it_reaches_the_provider() {
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(200));
    let image = scenario
        .evidence
        .iter_mut()
        .find(|e| e.id == "vps-image")
        .unwrap();
    image.created = cyberdrill::time::Duration::days(1);
    let mut sim = with_leads_in(&scenario, &TEAM_A);
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs", "vps-image"],
        SIX,
    );
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(3 * 1440));
    assert!(forwarded_at(&sim, id) < SimTime(1440));
    let (logs, image) = (item(&sim, "vps-logs"), item(&sim, "vps-image"));
    let got = clauses(&sim, "A/247", id);
    assert!(
        matches!(
            got.as_slice(),
            [
                Clause::Preserved { items: kept, .. },
                Clause::NotYetStored { items: later, preservation: true }
            ] if *kept == [logs] && *later == [image]
        ),
        "{got:?}"
    );
    let said = common::said(&sim, &status(&sim, "A/247", id));
    assert!(
        said.contains("vps-image: created after the request reached the provider, so not covered by it: preservation (Art. 16, 29) reaches stored data only; data still to come needs real-time collection (Art. 20, 33)"),
        "{said}"
    );
    let view = sim.view(&p("A/247")).unwrap();
    let told = &view.evidence.iter().find(|e| e.item == image).unwrap().told;
    assert_eq!(*told, Told::NotYetStored);
    assert!(outcome(&sim, "vps-image").fate == Fate::Live, "not lost either");
    // Once stored, a new request preserves it.
    let again = preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(6 * 1440));
    assert!(
        matches!(clauses(&sim, "A/247", again).as_slice(), [Clause::Preserved { items, .. }] if *items == [image])
    );
}

/// A signature covers what was signed: an MLA request (Art. 31) amended
/// after signing, here by its missing translation, is no longer signed,
/// and cannot be sent until the prosecutor signs it again.
#[test]
fn amending_a_signed_request_unsigns_it() {
    let mut sim = with_leads(&TEAM_A);
    let id = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::Mla,
        "B",
        &["vps-image"],
        &MLA_STATES,
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: id })
        .unwrap();
    sim.apply(
        &p("A/prosecutor"),
        Action::Amend {
            request: id,
            fields: Stated::all_bare(&[F::Translation]),
        },
    )
    .unwrap();
    let note = sim.trace().last().unwrap();
    assert!(
        matches!(note.event, Event::Amended { unsigned: true, .. }),
        "{:?}",
        note.event
    );
    assert!(
        common::said(&sim, &note.event).ends_with("; the signature no longer covers it: sign it again"),
        "{}",
        common::said(&sim, &note.event)
    );
    let refused = sim.apply(&p("A/prosecutor"), Action::Send { request: id });
    assert!(matches!(refused, Err(Refusal::NotSigned { .. })), "{refused:?}");
    sim.apply(&p("A/prosecutor"), Action::Sign { request: id })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: id })
        .unwrap();
}

/// A renewal extends what is still preserved, through the same mechanism
/// as the preservation itself, and never tells the team that evidence it
/// already holds is "preserved until ..." again.
#[test]
fn a_renewal_after_production_keeps_produced_evidence_produced() {
    let mut sim = with_leads(&TEAM_A);
    let keep = preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(3 * 1440));
    let mla = send_mla(&mut sim, "B", "vps-image", &MLA_TO_B);
    let image = item(&sim, "vps-image");
    // Run until the image is produced (the MLA request is answered).
    let mut day = 3;
    while outcome(&sim, "vps-image").fate != Fate::Produced {
        day += 1;
        assert!(
            day < 58,
            "the MLA request was not answered in time: {:?}",
            status(&sim, "A/prosecutor", mla)
        );
        sim.advance_to(SimTime(day * 1440));
    }
    let told = |sim: &Simulation| {
        let view = sim.view(&p("A/247")).unwrap();
        view.evidence
            .iter()
            .find(|e| e.item == image)
            .unwrap()
            .told
            .clone()
    };
    assert_eq!(told(&sim), Told::Produced);
    // The preservation still runs (60 days from d0): renewing it is allowed.
    sim.apply(&p("A/247"), Action::Renew { request: keep }).unwrap();
    assert_eq!(told(&sim), Told::Produced, "produced evidence stays produced");
    assert!(
        !sim.view(&p("A/247"))
            .unwrap()
            .clocks
            .iter()
            .any(|c| matches!(c, Deadline::Preservation { item, .. } if *item == image)),
        "no preservation deadline for evidence already in hand"
    );
}

// The elements of a request as texts the participant writes (issue 8).

/// What `who` reads of request `id`: each stated field with its text.
fn stated(sim: &Simulation, who: &str, id: u32) -> Vec<Stated> {
    sim.view(&p(who))
        .unwrap()
        .requests
        .into_iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("{who} sees no request #{id}"))
        .fields
}

/// Whether `who` sees request `id` at all.
fn sees(sim: &Simulation, who: &str, id: u32) -> bool {
    sim.view(&p(who)).unwrap().requests.iter().any(|r| r.id == id)
}

const NECESSITY: &str = "The NetFlow records are deleted after 48 hours";
const MLA_FOLLOWS: &str = "Our Ministry of Justice sends the MLA request within 10 days";

/// A's 24/7 desk drafts an Art. 29 request for the VPS logs, writing the
/// necessity and the MLA to follow, stating the other four elements bare.
fn draft_with_texts(sim: &mut Simulation) -> u32 {
    let mut fields = Stated::all_bare(&SIX[..4]);
    fields.push(Stated::written(F::Necessity, &format!("  {NECESSITY}\n")));
    fields.push(Stated::written(F::MlaToFollow, MLA_FOLLOWS));
    sim.apply(
        &p("A/247"),
        Action::Draft {
            instrument: Instrument::Preservation247,
            to: "B".into(),
            items: vec!["vps-logs".into()],
            fields,
        },
    )
    .unwrap()
    .request
    .unwrap()
}

/// The six elements as A's team wrote them: four bare, two with their texts.
fn six_as_written() -> Vec<Stated> {
    let mut fields = Stated::all_bare(&SIX[..4]);
    fields.push(Stated::written(F::Necessity, NECESSITY));
    fields.push(Stated::written(F::MlaToFollow, MLA_FOLLOWS));
    fields
}

#[test]
fn a_draft_keeps_the_text_of_each_element_and_a_bare_element_counts_as_stated() {
    let mut sim = with_leads(&TEAM_A);
    let id = draft_with_texts(&mut sim);
    // Kept as written (trimmed), in field order, for the whole team and the trainer.
    for seat in ["A/247", "A/investigator", "A/prosecutor", "trainer"] {
        assert_eq!(stated(&sim, seat, id), six_as_written(), "{seat}");
    }
    let view = sim.view(&p("A/247")).unwrap();
    let request = view.requests.iter().find(|r| r.id == id).unwrap();
    assert!(request.missing.is_empty(), "{:?}", request.missing);
    // Complete: it goes, and comes back preserved with no round trip.
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(2 * 1440));
    let logs = item(&sim, "vps-logs");
    assert!(
        clauses(&sim, "A/247", id)
            .iter()
            .any(|c| matches!(c, Clause::Preserved { items, .. } if items.contains(&logs))),
        "{:?}",
        status(&sim, "A/247", id)
    );
}

#[test]
fn the_requested_desk_reads_the_texts_once_the_request_reached_it_and_no_other_country_ever() {
    let mut sim = with_leads(&["A/investigator", "A/prosecutor", "A/247", "B/247"]);
    let id = draft_with_texts(&mut sim);
    // A draft has reached nobody abroad.
    for seat in ["B/247", "B/prosecutor", "C/247", "C/prosecutor"] {
        assert!(!sees(&sim, seat, id), "{seat} sees a draft");
    }
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    // Through the 24/7 network it reached B's desk: the desk reads what A wrote.
    assert_eq!(stated(&sim, "B/247", id), six_as_written());
    // Only the desk it reached; and never a third country.
    for seat in [
        "B/prosecutor",
        "B/investigator",
        "C/247",
        "C/prosecutor",
        "C/investigator",
    ] {
        assert!(!sees(&sim, seat, id), "{seat} sees request #{id}");
    }
    // No word of it in their notes either.
    for seat in ["B/prosecutor", "C/247"] {
        let view = sim.view(&p(seat)).unwrap();
        for note in &view.inbox {
            let said = common::said(&sim, &note.event);
            assert!(!said.contains("NetFlow records"), "{seat} read: {said}");
        }
    }
}

#[test]
fn amending_a_stated_element_with_a_new_text_replaces_it_and_says_so() {
    let mut sim = with_leads(&TEAM_A);
    let id = draft_with_texts(&mut sim);
    let amend = |fields: Vec<Stated>| Action::Amend { request: id, fields };
    let rewritten = "Kept 48 hours: preserve before Monday";
    sim.apply(&p("A/247"), amend(vec![Stated::written(F::Necessity, rewritten)]))
        .unwrap();
    let mut expected = six_as_written();
    expected[4] = Stated::written(F::Necessity, rewritten);
    assert_eq!(stated(&sim, "A/investigator", id), expected);
    let note = sim.trace().last().unwrap();
    assert_eq!(
        note.event,
        Event::Amended {
            request: id,
            basis: Basis::Rule(Instrument::Preservation247),
            fields: vec![],
            rewritten: vec![F::Necessity],
            unsigned: false,
        }
    );
    // The trace names the element, never the text (the request keeps it).
    assert_eq!(
        common::said(&sim, &note.event),
        format!("amended request #{id}: rewrote necessity (Art. 29(2)(e))")
    );
    let french =
        cyberdrill::words::Words::new(cyberdrill::words::Lang::Fr).message(sim.scenario(), &note.event);
    assert_eq!(
        french,
        format!("demande #{id} complétée ; réécrit : nécessité de la conservation (art. 29(2)(e))")
    );
    // The same text again, or the element named bare, is nothing new: a
    // bare mention never erases a text.
    for again in [
        Stated::written(F::Necessity, rewritten),
        Stated::bare(F::Necessity),
    ] {
        assert_eq!(
            sim.apply(&p("A/247"), amend(vec![again])),
            Err(Refusal::AlreadyStated { request: id })
        );
    }
    assert_eq!(stated(&sim, "A/247", id), expected);
}

#[test]
fn an_amend_adds_elements_and_gives_a_bare_one_its_text() {
    let mut sim = with_leads(&TEAM_A);
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs"],
        &SIX[..5],
    );
    let authority = "Cybercrime unit, National Police of A";
    sim.apply(
        &p("A/247"),
        Action::Amend {
            request: id,
            fields: vec![
                Stated::written(F::RequestingAuthority, authority),
                Stated::written(F::MlaToFollow, MLA_FOLLOWS),
            ],
        },
    )
    .unwrap();
    let note = sim.trace().last().unwrap();
    assert_eq!(
        note.event,
        Event::Amended {
            request: id,
            basis: Basis::Rule(Instrument::Preservation247),
            fields: vec![F::MlaToFollow],
            rewritten: vec![F::RequestingAuthority],
            unsigned: false,
        }
    );
    assert_eq!(
        common::said(&sim, &note.event),
        format!(
            "amended request #{id}: added MLA request to follow (Art. 29(2)(f)); rewrote requesting authority (Art. 29(2)(a))"
        )
    );
    let fields = stated(&sim, "A/247", id);
    assert_eq!(fields[0], Stated::written(F::RequestingAuthority, authority));
    assert_eq!(fields[5], Stated::written(F::MlaToFollow, MLA_FOLLOWS));
    assert_eq!(fields[1], Stated::bare(F::OffenceAndFacts));
}

#[test]
fn a_blank_text_is_refused_and_changes_nothing() {
    let mut sim = with_leads(&TEAM_A);
    let before = sim.state_hash();
    let mut fields = Stated::all_bare(&SIX[..5]);
    fields.push(Stated::written(F::MlaToFollow, " \t\n"));
    let refused = sim.apply(
        &p("A/247"),
        Action::Draft {
            instrument: Instrument::Preservation247,
            to: "B".into(),
            items: vec!["vps-logs".into()],
            fields,
        },
    );
    let refusal = refused.unwrap_err();
    assert_eq!(
        refusal,
        Refusal::BlankFieldText {
            field: F::MlaToFollow,
            basis: Basis::Rule(Instrument::Preservation247)
        }
    );
    assert_eq!(
        common::said(&sim, &refusal),
        "the text written for MLA request to follow (Art. 29(2)(f)) is blank: write what it states, or name the field alone"
    );
    assert_eq!(sim.state_hash(), before);
    // On an amend too: the draft keeps what it had.
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs"],
        &SIX[..5],
    );
    let before = sim.state_hash();
    let refused = sim.apply(
        &p("A/247"),
        Action::Amend {
            request: id,
            fields: vec![Stated::written(F::Necessity, "")],
        },
    );
    assert_eq!(
        refused,
        Err(Refusal::BlankFieldText {
            field: F::Necessity,
            basis: Basis::Rule(Instrument::Preservation247)
        })
    );
    assert_eq!(sim.state_hash(), before);
    assert_eq!(stated(&sim, "A/247", id), Stated::all_bare(&SIX[..5]));
}

/// A human 24/7 desk may find a complete request too vague and send it
/// back for clarification of named elements: a round trip, as when an
/// element is missing. The sender rewrites the element and sends again;
/// the request is back at the desk.
#[test]
fn a_human_desk_sends_a_vague_request_back_for_clarification() {
    let mut sim = with_leads(&["A/investigator", "A/prosecutor", "A/247", "B/247"]);
    let id = preserve(&mut sim, "B", "vps-logs");
    assert_eq!(status(&sim, "B/247", id), RequestStatus::AwaitingForward);
    let desk = p("B/247");
    let before = sim.state_hash();
    // Who may, and what may be asked.
    assert_eq!(
        sim.apply(
            &p("A/investigator"),
            Action::SendBack {
                request: id,
                fields: vec![F::Necessity]
            }
        ),
        Err(Refusal::SendBackIsDesks)
    );
    assert_eq!(
        sim.apply(
            &desk,
            Action::SendBack {
                request: id,
                fields: vec![]
            }
        ),
        Err(Refusal::NothingToClarify { request: id })
    );
    assert_eq!(
        sim.apply(
            &desk,
            Action::SendBack {
                request: id,
                fields: vec![F::LegalBasis]
            }
        ),
        Err(Refusal::NotAnElement {
            instrument: Instrument::Preservation247,
            field: F::LegalBasis
        })
    );
    assert_eq!(before, sim.state_hash(), "refusals change nothing");
    sim.apply(
        &desk,
        Action::SendBack {
            request: id,
            fields: vec![F::OffenceAndFacts],
        },
    )
    .unwrap();
    assert_eq!(status(&sim, "A/247", id), RequestStatus::Returned);
    assert!(
        inbox(&sim, "A/247").contains(&Event::SentBack {
            request: id,
            basis: Basis::Rule(Instrument::Preservation247),
            missing: vec![F::OffenceAndFacts],
            // A person asked: the element is stated, too vaguely.
            asked: true,
        }),
        "{:?}",
        inbox(&sim, "A/247")
    );
    let view = sim.view(&p("A/247")).unwrap();
    assert_eq!(view.requests.iter().find(|r| r.id == id).unwrap().round_trips, 1);
    // Rewritten and sent again, it waits at the desk once more.
    sim.apply(
        &p("A/247"),
        Action::Amend {
            request: id,
            fields: vec![cyberdrill::sim::types::Stated::written(
                F::OffenceAndFacts,
                "Ransomware at Central Hospital; 203.0.113.45 is its C2 server",
            )],
        },
    )
    .unwrap();
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    assert_eq!(status(&sim, "B/247", id), RequestStatus::AwaitingForward);
}

/// An MLA request that follows an Art. 29 preservation (as 29(2)(f)
/// announced) is asked for data the team was told is preserved: the team
/// still knows it is preserved, and until when, while the MLA runs.
#[test]
fn a_following_mla_request_leaves_the_preservation_the_team_was_told_of() {
    let mut sim = with_leads(&TEAM_A);
    preserve(&mut sim, "B", "vps-image");
    sim.advance_to(SimTime(3 * 1440));
    let image = item(&sim, "vps-image");
    let told = |sim: &Simulation| {
        sim.view(&p("A/247"))
            .unwrap()
            .evidence
            .iter()
            .find(|e| e.item == image)
            .map(|e| e.told.clone())
            .unwrap()
    };
    let Told::PreservedUntil { until } = told(&sim) else {
        panic!("preserved within three days: {:?}", told(&sim));
    };
    send_mla(&mut sim, "B", "vps-image", &MLA_TO_B);
    assert_eq!(told(&sim), Told::PreservedUntil { until });
    let clocks = sim.view(&p("A/247")).unwrap().clocks;
    assert!(
        clocks.contains(&Deadline::Preservation { item: image, until }),
        "{clocks:?}"
    );
}

#[test]
fn a_direct_order_reaches_service_providers_only_art_1c() {
    // CETS 224 Art. 7 is a request to "a service provider" (Budapest Art.
    // 1(c)): an airline holding who flew is reached through its country.
    // The same holder as a virtual server host takes the same draft.
    use cyberdrill::scenario::model::ProviderKind;
    let mut airline = with_vps_subscriber();
    let holder = airline.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
    holder.kind = ProviderKind::AircraftOperator;
    holder.name = "Air Borduria".into();
    let art7 = |scenario| {
        let mut sim = with_leads_in(scenario, &TEAM_A);
        sim.apply(
            &p("A/prosecutor"),
            Action::Draft {
                instrument: Instrument::DirectSubscriberRequest,
                to: "B".into(),
                items: vec!["vps-account".into()],
                fields: Stated::all_bare(&FORMAL),
            },
        )
        .map(|_| ())
    };
    let refused = art7(&airline);
    assert!(
        matches!(
            refused,
            Err(Refusal::NotAServiceProvider {
                instrument: Instrument::DirectSubscriberRequest,
                kind: ProviderKind::AircraftOperator,
                ..
            })
        ),
        "{refused:?}"
    );
    let sim = with_leads_in(&airline, &TEAM_A);
    assert_eq!(
        common::said(&sim, &refused.unwrap_err()),
        "CETS 224 Art. 7 is addressed to service providers only (Budapest Art. 1(c)): Air Borduria \
         (aircraft operator) is not one; ask its country, through the 24/7 network (Art. 29) or by \
         mutual legal assistance"
    );
    assert_eq!(art7(&with_vps_subscriber()), Ok(()));
}
