//! Coordination through Eurojust and the FIU-to-FIU trace, played on
//! `tests/data/sim/coordination.ron`: A and B are EU Member States
//! (represented at Eurojust), C a Budapest Party that is not; the ransom
//! wallet is at an exchange in B, the command server's logs with a host
//! there.
//!
//! - The trace (Egmont Group principles, no treaty): A's unit asks B's,
//!   which has the exchange search its records; what the KYC record shows
//!   (the holder's bank account) reaches A as a lead, financial
//!   intelligence, never the record itself as evidence.
//! - The coordination meeting (Eurojust Regulation (EU) 2018/1727): asked
//!   by A's prosecutor, held with B's judicial authorities; from then on
//!   B's central authority has A's MLA request executed at the agreed
//!   pace instead of its own twenty working days.
//!
//! Every expected time is worked out by hand from the fixture (UTC clocks,
//! every delay fixed), in the comment next to it.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{draft, refused};

use cyberdrill::law::{Needs, RequestField as F};
use cyberdrill::scenario::check_path;
use cyberdrill::scenario::load::load_with;
use cyberdrill::scenario::model::Instrument;
use cyberdrill::scenario::source::Embedded;
use cyberdrill::sim::event::{Actor, LeadSource, RequestResult};
use cyberdrill::sim::{Action, Event, Participant, Refusal, Simulation};
use cyberdrill::time::SimTime;

const FIXTURE: &str = "tests/data/sim/coordination.ron";

const FACTS: &[F] = &[F::RequestingAuthority, F::OffenceAndFacts];

const MLA_FIELDS: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::AssistanceSought,
    F::LegalBasis,
];

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

fn at(days: i64, hours: i64, minutes: i64) -> SimTime {
    SimTime(days * 1440 + hours * 60 + minutes)
}

fn apply(sim: &mut Simulation, who: &str, action: Action) -> Option<u32> {
    match sim.apply(&p(who), action.clone()) {
        Ok(outcome) => outcome.request,
        Err(refusal) => panic!("{who} {action:?} refused: {refusal}"),
    }
}

/// The exercise, A's investigator having looked the ransom wallet up at
/// 00:10 (Borcoin, in B) and the command server (Borhost, in B).
fn exercise() -> Simulation {
    let scenario = common::load_clean(FIXTURE);
    let mut sim = Simulation::new(&scenario, 1).unwrap();
    sim.advance_to(at(0, 0, 10));
    for lead in ["ransom-wallet", "c2-ip"] {
        apply(&mut sim, "A/investigator", Action::LookUp { lead: lead.into() });
    }
    sim
}

/// Objectives as (id, when met).
fn met(sim: &Simulation) -> Vec<(String, Option<String>)> {
    sim.report()
        .objectives
        .into_iter()
        .map(|o| (o.id, o.met_at.map(|t| t.to_string())))
        .collect()
}

fn met_at(sim: &Simulation, objective: &str) -> Option<String> {
    met(sim).into_iter().find(|(id, _)| id == objective).unwrap().1
}

fn lead(sim: &Simulation, id: &str) -> usize {
    sim.scenario().leads.iter().position(|l| l.id == id).unwrap()
}

#[test]
fn the_coordination_fixture_checks_clean() {
    let report = check_path(Path::new(FIXTURE));
    assert!(
        report.diagnostics.is_empty(),
        "{FIXTURE}:\n{}",
        report.diagnostics
    );
}

/// A's investigator asks for the trace at 00:30 and sends it.
fn traced() -> Simulation {
    let mut sim = exercise();
    sim.advance_to(at(0, 0, 30));
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::FiuTrace,
        "B",
        &["ransom-wallet"],
        FACTS,
    );
    apply(&mut sim, "A/investigator", Action::Send { request: id });
    sim.advance_to(at(5, 0, 0));
    sim
}

#[test]
fn an_fiu_trace_brings_back_the_holder_as_intelligence_in_two_days() {
    let sim = traced();
    // Sent d0 00:30 + `fiu_trace` of two days: back at d2 00:30.
    assert_eq!(met_at(&sim, "traced"), Some("d2 00:30".to_string()));
    // What the KYC record shows reaches A as a lead, from B's unit...
    let account = lead(&sim, "holder-account");
    let learnt: Vec<String> = sim
        .trace()
        .iter()
        .filter(|line| {
            line.event
                == Event::LeadsFound {
                    how: LeadSource::FiuTrace { by: 1 },
                    leads: vec![account],
                }
        })
        .map(|line| line.at.to_string())
        .collect();
    assert_eq!(learnt, ["d2 00:30"]);
    // ... and the record itself stays with the exchange: intelligence is
    // not evidence (the providing unit's consent and a formal request are).
    assert_eq!(met_at(&sim, "kyc-as-evidence"), None);
    let note = sim
        .view(&p("A/investigator"))
        .unwrap()
        .inbox
        .into_iter()
        .find(|note| note.actor == Actor::Fiu { jurisdiction: 1 })
        .expect("B's unit answers");
    assert!(matches!(
        &note.event,
        Event::RequestClosed {
            result: RequestResult::AssetsTraced { by: 1, found, .. },
            ..
        } if *found == vec![account]
    ));
    assert_eq!(
        common::said(&sim, &note.event),
        "request #1 (FIU trace (FATF Rec. 40, Egmont Group)) from A: \
         traced through the B financial intelligence unit: bc1q-ransom (ransom-wallet); \
         its records show BD12 3456 7890 (holder-account) (financial intelligence, not evidence: \
         to use it as evidence, ask that unit's consent and send a formal request)"
    );
    let french = cyberdrill::words::Words::new(cyberdrill::words::Lang::Fr);
    assert_eq!(
        french.message(sim.scenario(), &note.event),
        "demande #1 (traçage par les CRF (recommandation 40 du GAFI, Groupe Egmont)) de A : \
         tracé par l'intermédiaire de la cellule de renseignement financier de B : bc1q-ransom (ransom-wallet) ; \
         ses informations révèlent BD12 3456 7890 (holder-account) (du renseignement financier, non des preuves : \
         pour en faire usage comme preuve, demandez l'accord de cette cellule et adressez une demande formelle)"
    );
}

#[test]
fn an_fiu_trace_is_refused_when_misused() {
    let mut sim = exercise();
    // Police and prosecutors go to their unit; the 24/7 desk does not.
    assert!(matches!(
        refused(
            &mut sim,
            "A/247",
            Instrument::FiuTrace,
            "B",
            &["ransom-wallet"],
            FACTS
        ),
        Refusal::WrongSender { .. }
    ));
    // It traces wallets and accounts: not an address, not a data item.
    for id in ["c2-ip", "wallet-kyc"] {
        assert!(matches!(
            refused(
                &mut sim,
                "A/investigator",
                Instrument::FiuTrace,
                "B",
                &[id],
                FACTS
            ),
            Refusal::NotAnAsset { .. }
        ));
    }
    // No leads: nothing to trace.
    assert!(matches!(
        refused(&mut sim, "A/investigator", Instrument::FiuTrace, "B", &[], FACTS),
        Refusal::MustNameAssets { .. }
    ));
    // A self-hosted wallet: no exchange or bank, no unit can ask anyone.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::FiuTrace,
            "B",
            &["cold-wallet"],
            FACTS
        ),
        Refusal::CustodianUnknown { .. }
    ));
    // The unit asked is the one where the exchange is: B, not C.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::FiuTrace,
            "C",
            &["ransom-wallet"],
            FACTS
        ),
        Refusal::AssetsHeldElsewhere {
            held_in: 1,
            to: 2,
            instrument: Instrument::FiuTrace,
            ..
        }
    ));
    // The refusal says trace, not freeze.
    let refusal = refused(
        &mut sim,
        "A/investigator",
        Instrument::FiuTrace,
        "C",
        &["ransom-wallet"],
        FACTS,
    );
    assert_eq!(
        common::said(&sim, &refusal),
        "bc1q-ransom is held by Borcoin in B, not in C: address the trace to B"
    );
}

/// A's prosecutor asks Eurojust for a meeting with B at 00:30 on d0.
fn meeting_asked(sim: &mut Simulation) {
    sim.advance_to(at(0, 0, 30));
    let id = draft(
        &mut *sim,
        "A/prosecutor",
        Instrument::EurojustCoordination,
        "B",
        &[],
        FACTS,
    );
    apply(sim, "A/prosecutor", Action::Send { request: id });
}

/// A's prosecutor sends a signed MLA request for the server's logs to B at
/// d3 10:00 (Thursday); the exercise runs to d40. When B's central
/// authority accepted it, and when it closed.
fn mla_for_the_logs(sim: &mut Simulation) -> (SimTime, SimTime) {
    sim.advance_to(at(3, 10, 0));
    let id = draft(
        &mut *sim,
        "A/prosecutor",
        Instrument::Mla,
        "B",
        &["c2-logs"],
        MLA_FIELDS,
    );
    apply(sim, "A/prosecutor", Action::Sign { request: id });
    apply(sim, "A/prosecutor", Action::Send { request: id });
    sim.advance_to(at(40, 0, 0));
    let when = |wanted: &dyn Fn(&Event) -> bool| {
        sim.trace()
            .iter()
            .find(|line| wanted(&line.event))
            .map(|line| line.at)
            .expect("it happened")
    };
    let accepted = when(&|e| matches!(e, Event::Accepted { request, .. } if *request == id));
    let closed = when(&|e| matches!(e, Event::RequestClosed { request, .. } if *request == id));
    (accepted, closed)
}

#[test]
fn a_coordination_meeting_at_eurojust_is_held_in_three_days_and_b_is_told() {
    let mut sim = exercise();
    meeting_asked(&mut sim);
    sim.advance_to(at(5, 0, 0));
    // Asked d0 00:30 + `eurojust_meeting` of three days: held d3 00:30.
    assert_eq!(met_at(&sim, "coordinated"), Some("d3 00:30".to_string()));
    // B's team (simulated here) hears of it from Eurojust, at that time.
    let held: Vec<String> = sim
        .trace()
        .iter()
        .filter(|line| line.actor == Actor::Eurojust)
        .filter(|line| line.event == Event::CoordinationMeetingHeld { from: 0 })
        .map(|line| line.at.to_string())
        .collect();
    assert_eq!(held, ["d3 00:30"]);
    let note = sim
        .view(&p("A/prosecutor"))
        .unwrap()
        .inbox
        .into_iter()
        .find(|note| note.actor == Actor::Eurojust)
        .expect("A is told");
    assert_eq!(
        common::said(&sim, &note.event),
        "request #1 (Eurojust coordination meeting (Regulation (EU) 2018/1727)) from A: \
         coordination meeting held at Eurojust with the judicial authorities of Borduria (B): \
         your mutual assistance requests to each other now go at the agreed pace"
    );
}

#[test]
fn after_the_meeting_b_executes_the_mla_request_at_the_agreed_pace() {
    let mut sim = exercise();
    meeting_asked(&mut sim);
    let (accepted, closed) = mla_for_the_logs(&mut sim);
    // Accepted by B's central authority, then `coordinated_mla` (two
    // days) instead of twenty working days, then Borhost's one day.
    assert_eq!(closed.0 - accepted.0, 3 * 1440);
    assert!(met_at(&sim, "logs-produced").is_some());
}

#[test]
fn without_the_meeting_b_takes_its_twenty_working_days() {
    let mut sim = exercise();
    let (accepted, closed) = mla_for_the_logs(&mut sim);
    // Twenty working days of a Mon-Fri office are four calendar weeks
    // (28 days, no public holidays in the fixture), then Borhost's day.
    assert_eq!(closed.0 - accepted.0, 29 * 1440);
    assert_eq!(met_at(&sim, "coordinated"), None);
}

#[test]
fn a_coordination_meeting_is_refused_when_misused() {
    let mut sim = exercise();
    // C is not represented at Eurojust: no meeting there with it.
    match refused(
        &mut sim,
        "A/prosecutor",
        Instrument::EurojustCoordination,
        "C",
        &[],
        FACTS,
    ) {
        Refusal::NotBetween { needs, to: 2, .. } => assert_eq!(needs, Needs::Eurojust),
        other => panic!("{other:?}"),
    }
    // Nor from C, whose prosecutor is played.
    assert!(matches!(
        refused(
            &mut sim,
            "C/prosecutor",
            Instrument::EurojustCoordination,
            "A",
            &[],
            FACTS
        ),
        Refusal::NotBetween {
            needs: Needs::Eurojust,
            ..
        }
    ));
    // A meeting brings two States together, not A with itself.
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::EurojustCoordination,
            "A",
            &[],
            FACTS
        ),
        Refusal::NotBetween {
            needs: Needs::OtherJurisdiction,
            ..
        }
    ));
    // A judicial authority asks its national desk; police do not.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::EurojustCoordination,
            "B",
            &[],
            FACTS
        ),
        Refusal::WrongSender { .. }
    ));
    // The refusal says what it needs, in words.
    let refusal = refused(
        &mut sim,
        "A/prosecutor",
        Instrument::EurojustCoordination,
        "C",
        &[],
        FACTS,
    );
    let said = common::said(&sim, &refusal);
    assert!(
        said.starts_with(
            "Eurojust coordination meeting (Regulation (EU) 2018/1727) does not exist between A and C: \
             it needs both to be represented at Eurojust"
        ),
        "{said}"
    );
    // Sent without the facts it is about, it does not leave.
    let id = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::EurojustCoordination,
        "B",
        &[],
        &[F::RequestingAuthority],
    );
    assert!(matches!(
        sim.check(&p("A/prosecutor"), Action::Send { request: id })
            .unwrap_err(),
        Refusal::Incomplete { .. }
    ));
}

/// What `check` says of the fixture with `from` replaced by `to`.
fn check_changed(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    assert!(text.contains(from), "{from}");
    let text: &'static str = Box::leak(text.replacen(from, to, 1).into_boxed_str());
    let report = load_with(
        &Embedded(BTreeMap::from([("coordination.ron", text)])),
        Path::new("coordination.ron"),
    );
    report.diagnostics.to_text(common::english())
}

#[test]
fn check_says_a_meeting_with_a_state_not_at_eurojust_is_never_held() {
    let meeting = r#"CoordinationMeetingHeld("A", "B")"#;
    // C is a Budapest Party with no seat at Eurojust.
    let said = check_changed(meeting, r#"CoordinationMeetingHeld("A", "C")"#);
    for part in [
        "C is not represented at Eurojust, so no coordination meeting there can bring it in",
        "coordination.ron:208:48",
        "add `Eurojust` to C's `parties`",
    ] {
        assert!(said.contains(part), "{part}: {said}");
    }
    let said = check_changed(meeting, r#"CoordinationMeetingHeld("A", "A")"#);
    assert!(said.contains("not A with itself"), "{said}");
    let said = check_changed(meeting, r#"CoordinationMeetingHeld("A", "Z")"#);
    assert!(said.contains("unknown jurisdiction `Z`"), "{said}");
    // And the new delays are delays.
    let said = check_changed(
        r#"eurojust_meeting: ("3d", "3d")"#,
        r#"eurojust_meeting: ("4d", "3d")"#,
    );
    assert!(
        said.contains("the shortest delay `4d` is longer than the longest `3d`"),
        "{said}"
    );
    let said = check_changed(r#"fiu_trace: ("2d", "2d")"#, r#"fiu_trace: ("3d", "2d")"#);
    assert!(
        said.contains("the shortest delay `3d` is longer than the longest `2d`"),
        "{said}"
    );
    let said = check_changed(
        r#"coordinated_mla: ("2d", "2d")"#,
        r#"coordinated_mla: ("3d", "2d")"#,
    );
    assert!(
        said.contains("the shortest delay `3d` is longer than the longest `2d`"),
        "{said}"
    );
    let said = check_changed(
        r#"europol_cross_match: ("6h", "6h")"#,
        r#"europol_cross_match: ("7h", "6h")"#,
    );
    assert!(
        said.contains("the shortest delay `7h` is longer than the longest `6h`"),
        "{said}"
    );
    // An unknown wallet in `AssetsTraced`.
    let said = check_changed(
        r#"AssetsTraced("ransom-wallet")"#,
        r#"AssetsTraced("ransom-walet")"#,
    );
    assert!(said.contains("unknown lead `ransom-walet`"), "{said}");
}

/// A's investigator sends the command server and the ransom wallet over
/// SIENA to B at 00:30; the exercise runs to d1.
fn sent_over_siena() -> Simulation {
    let mut sim = exercise();
    sim.advance_to(at(0, 0, 30));
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::EuropolCrossMatch,
        "B",
        &["c2-ip", "ransom-wallet"],
        FACTS,
    );
    apply(&mut sim, "A/investigator", Action::Send { request: id });
    sim.advance_to(at(1, 0, 0));
    sim
}

#[test]
fn europol_cross_checks_leads_sent_over_siena_and_both_hear_of_the_hit() {
    let sim = sent_over_siena();
    let (c2, wallet) = (lead(&sim, "c2-ip"), lead(&sim, "ransom-wallet"));
    // Sent d0 00:30 + `europol_cross_match` of six hours: d0 06:30. B's
    // own bank intrusion started from the command server: a hit on it,
    // and B's team is told.
    let hit: Vec<String> = sim
        .trace()
        .iter()
        .filter(|line| line.actor == Actor::Europol)
        .filter(|line| {
            line.event
                == Event::CrossMatchHit {
                    from: 0,
                    leads: vec![c2],
                }
        })
        .map(|line| line.at.to_string())
        .collect();
    assert_eq!(hit, ["d0 06:30"]);
    // B's police learn the wallet, which they did not have: intelligence.
    let learnt: Vec<String> = sim
        .trace()
        .iter()
        .filter(|line| {
            line.event
                == Event::LeadsFound {
                    how: LeadSource::Siena { from: 0 },
                    leads: vec![wallet],
                }
        })
        .map(|line| line.at.to_string())
        .collect();
    assert_eq!(learnt, ["d0 06:30"]);
    // A is told of the hit, in words.
    let note = sim
        .view(&p("A/investigator"))
        .unwrap()
        .inbox
        .into_iter()
        .find(|note| note.actor == Actor::Europol)
        .expect("A hears from Europol");
    assert_eq!(note.at.to_string(), "d0 06:30");
    assert_eq!(
        common::said(&sim, &note.event),
        "request #1 (Europol information exchange over SIENA (Regulation (EU) 2016/794)) from A: \
         sent over SIENA to the B police, Europol cross-checking: a hit, B's own investigation \
         already holds 203.0.113.66 (c2-ip) (intelligence, not evidence)"
    );
}

#[test]
fn a_cross_match_is_refused_when_misused() {
    let mut sim = exercise();
    let cross = Instrument::EuropolCrossMatch;
    // C is not represented at Europol.
    match refused(&mut sim, "A/investigator", cross, "C", &["c2-ip"], FACTS) {
        Refusal::NotBetween { needs, to: 2, .. } => assert_eq!(needs, Needs::Europol),
        other => panic!("{other:?}"),
    }
    // Police information exchange: the prosecutor does not send it.
    assert!(matches!(
        refused(&mut sim, "A/prosecutor", cross, "B", &["c2-ip"], FACTS),
        Refusal::WrongSender { .. }
    ));
    // It carries leads your team has found: none, or data, is refused.
    assert!(matches!(
        refused(&mut sim, "A/investigator", cross, "B", &[], FACTS),
        Refusal::MustNameLeads { .. }
    ));
    assert!(matches!(
        refused(&mut sim, "A/investigator", cross, "B", &["c2-logs"], FACTS),
        Refusal::InformsNamesNoData { .. }
    ));
    assert!(matches!(
        refused(&mut sim, "A/investigator", cross, "B", &["holder-account"], FACTS),
        Refusal::LeadNotFound { .. }
    ));
}

#[test]
fn europol_matches_what_a_state_contributed_not_all_it_knows() {
    // B's police learnt the ransom wallet at d0 06:30 from A's own message
    // over SIENA: B never contributed it. A second cross-check of the
    // wallet finds no hit with B; the command server (B's own case) does.
    let mut sim = sent_over_siena();
    let (c2, wallet) = (lead(&sim, "c2-ip"), lead(&sim, "ransom-wallet"));
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::EuropolCrossMatch,
        "B",
        &["ransom-wallet", "c2-ip"],
        FACTS,
    );
    apply(&mut sim, "A/investigator", Action::Send { request: id });
    sim.advance_to(at(2, 0, 0));
    let hits: Vec<Vec<usize>> = sim
        .trace()
        .iter()
        .filter_map(|line| match &line.event {
            Event::CrossMatchHit { leads, .. } => Some(leads.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(hits, [vec![c2], vec![c2]], "no hit on {wallet}");
}
