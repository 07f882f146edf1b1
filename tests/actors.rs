//! Other actors a scenario can include: the national CERT/CSIRT, played
//! on `tests/data/sim/cert-handoff.ron`, and the financial intelligence
//! units, on `tests/data/sim/freeze.ron` (further down).
//!
//! Ransomware hits a hospital in A; its command server is with a host in
//! B, whose logs live two days; only a bilateral MLA treaty links A and B
//! (no Art. 29, MLA takes weeks). Handing the server's address to A's CERT
//! gets it, CSIRT to CSIRT, to B's police, who preserve the logs at home
//! (Budapest Art. 16); a team that only knows the treaty routes loses them.
//!
//! Every expected time is worked out by hand from the fixture (the CSIRT
//! relay fixed at two hours, UTC clocks), in the comment next to it.

mod common;

use common::draft_action;

use std::collections::BTreeMap;
use std::path::Path;

use cyberdrill::law::{Needs, RequestField as F};
use cyberdrill::scenario::check_path;
use cyberdrill::scenario::load::load_with;
use cyberdrill::scenario::model::{Instrument, Scenario};
use cyberdrill::scenario::source::Embedded;
use cyberdrill::sim::event::{Actor, Deletion, LeadSource};
use cyberdrill::sim::{Action, Event, Participant, Refusal, Simulation};
use cyberdrill::time::SimTime;

const FIXTURE: &str = "tests/data/sim/cert-handoff.ron";

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

fn scenario() -> Scenario {
    common::load_clean(FIXTURE)
}

fn at(hours: i64, minutes: i64) -> SimTime {
    SimTime(hours * 60 + minutes)
}

fn apply(sim: &mut Simulation, who: &str, action: Action) -> Option<u32> {
    match sim.apply(&p(who), action.clone()) {
        Ok(outcome) => outcome.request,
        Err(refusal) => panic!("{who} {action:?} refused: {refusal}"),
    }
}

fn refused(sim: &mut Simulation, who: &str, action: Action) -> Refusal {
    sim.check(&p(who), action).unwrap_err()
}

fn lead(sim: &Simulation, id: &str) -> usize {
    sim.scenario().leads.iter().position(|l| l.id == id).unwrap()
}

/// Objectives as (id, when met).
fn met(sim: &Simulation) -> Vec<(String, Option<String>)> {
    sim.report()
        .objectives
        .into_iter()
        .map(|o| (o.id, o.met_at.map(|t| t.to_string())))
        .collect()
}

/// B's team learnt the server's address through the CSIRTs, at this time.
fn b_told_by_the_csirts(sim: &Simulation) -> Vec<String> {
    let c2 = lead(sim, "c2-ip");
    sim.trace()
        .iter()
        .filter(|line| {
            line.actor == Actor::Team { jurisdiction: 1 }
                && line.event
                    == Event::LeadsFound {
                        how: LeadSource::Csirt { from: 0 },
                        leads: vec![c2],
                    }
        })
        .map(|line| line.at.to_string())
        .collect()
}

fn requests_sent_by_b(sim: &Simulation) -> Vec<Instrument> {
    sim.view(&p("B/investigator"))
        .unwrap()
        .requests
        .iter()
        .filter(|r| r.sent_at.is_some() && r.from == 1)
        .map(|r| r.instrument)
        .collect()
}

/// When the provider deleted `item`, and why.
fn deleted(sim: &Simulation, item: &str) -> Vec<(String, Deletion)> {
    let i = sim.scenario().evidence.iter().position(|e| e.id == item).unwrap();
    sim.trace()
        .iter()
        .filter_map(|line| match &line.event {
            Event::Deleted { item, why } if *item == i => Some((line.at.to_string(), why.clone())),
            _ => None,
        })
        .collect()
}

/// The reference play: at 00:10 A's investigator hands the server's
/// address to A's CERT for B.
fn reference() -> Simulation {
    let mut sim = Simulation::new(&scenario(), 1).unwrap();
    sim.advance_to(at(0, 10));
    let id = apply(
        &mut sim,
        "A/investigator",
        draft_action(Instrument::CsirtSharing, "B", &["c2-ip"], &[]),
    )
    .unwrap();
    apply(&mut sim, "A/investigator", Action::Send { request: id });
    sim.advance_to(SimTime(3 * 1440));
    sim
}

/// The naive play: A knows only the treaty routes. Its 24/7 desk's
/// Art. 29 request is refused (no convention links A and B); its
/// prosecutor sends the MLA request the treaty allows at 00:30.
fn naive() -> Simulation {
    let mut sim = Simulation::new(&scenario(), 1).unwrap();
    sim.advance_to(at(0, 10));
    apply(
        &mut sim,
        "A/investigator",
        Action::LookUp { lead: "c2-ip".into() },
    );
    let art29 = refused(
        &mut sim,
        "A/247",
        draft_action(
            Instrument::Preservation247,
            "B",
            &["c2-logs"],
            cyberdrill::law::ART29_ELEMENTS,
        ),
    );
    assert!(
        matches!(
            art29,
            Refusal::NotBetween {
                needs: Needs::BudapestOrUn,
                ..
            }
        ),
        "{art29:?}"
    );
    sim.advance_to(at(0, 30));
    let id = apply(
        &mut sim,
        "A/prosecutor",
        draft_action(
            Instrument::Mla,
            "B",
            &["c2-logs"],
            &[
                F::RequestingAuthority,
                F::OffenceAndFacts,
                F::DataAndRelation,
                F::LegalBasis,
            ],
        ),
    )
    .unwrap();
    apply(&mut sim, "A/prosecutor", Action::Sign { request: id });
    apply(&mut sim, "A/prosecutor", Action::Send { request: id });
    sim.advance_to(SimTime(3 * 1440));
    sim
}

#[test]
fn the_fixture_checks_clean() {
    let report = check_path(Path::new(FIXTURE));
    assert!(
        report.diagnostics.is_empty(),
        "{FIXTURE}:\n{}",
        report.diagnostics
    );
}

#[test]
fn a_cert_hand_off_gets_the_lead_to_the_other_police_who_preserve_in_time() {
    let sim = reference();
    // 00:10 + the two-hour CSIRT relay: B's police hold the address at 02:10.
    assert_eq!(b_told_by_the_csirts(&sim), ["d0 02:10"]);
    // B's simulated police look it up and its prosecutor has the logs
    // produced at home (Art. 18) before their retention runs out; its
    // investigator preserves them meanwhile, as traffic data (Art. 17).
    assert_eq!(
        requests_sent_by_b(&sim),
        [Instrument::ProductionOrder, Instrument::TrafficPreservation]
    );
    // Preserved, the provider keeps them past their d2 00:00 retention.
    assert_eq!(deleted(&sim, "c2-logs"), []);
    let met = met(&sim);
    assert_eq!(
        met[0],
        ("indicators-to-b".to_string(), Some("d0 02:10".to_string()))
    );
    // Met when B's order was executed, seeded reaction times apart; by
    // hand only its bound: before the logs' d2 00:00.
    assert_eq!(met[1].0, "logs-secured");
    let secured_at = met[1].1.clone().expect("the logs are secured");
    assert!(
        secured_at.starts_with("d0 ") || secured_at.starts_with("d1 "),
        "{secured_at}"
    );
}

#[test]
fn indicators_shared_holds_for_whoever_shared_and_not_for_the_receiver() {
    use cyberdrill::scenario::model::Condition;
    let mut scenario = scenario();
    scenario.objectives[0].when = Condition::IndicatorsShared("c2-ip".into());
    scenario.objectives[1].when = Condition::IndicatorsSharedBy("B".into(), "c2-ip".into());
    scenario.objectives[1].by = None;
    let scenario = common::checked(scenario);
    let mut sim = Simulation::new(&scenario, 1).unwrap();
    sim.advance_to(at(0, 10));
    let id = apply(
        &mut sim,
        "A/investigator",
        draft_action(Instrument::CsirtSharing, "B", &["c2-ip"], &[]),
    )
    .unwrap();
    apply(&mut sim, "A/investigator", Action::Send { request: id });
    sim.advance_to(SimTime(3 * 1440));
    // Anyone's hand-off counts once it reached the police (02:10), not
    // when sent (00:10); B received, it shared nothing.
    assert_eq!(
        met(&sim),
        [
            ("indicators-to-b".to_string(), Some("d0 02:10".to_string())),
            ("logs-secured".to_string(), None),
        ]
    );
}

#[test]
fn a_team_that_knows_only_the_treaty_routes_loses_the_logs() {
    let sim = naive();
    // The lead never reaches B's police: they preserve nothing.
    assert!(b_told_by_the_csirts(&sim).is_empty());
    assert!(requests_sent_by_b(&sim).is_empty());
    // Created at 00:00, kept two days: deleted at d2 00:00, the MLA
    // request still with B's central authority (20 days).
    assert_eq!(
        deleted(&sim, "c2-logs"),
        [(
            "d2 00:00".to_string(),
            Deletion::RetentionUnpreserved {
                intelligence_only: false
            }
        )]
    );
    assert_eq!(
        met(&sim),
        [
            ("indicators-to-b".to_string(), None),
            ("logs-secured".to_string(), None),
        ]
    );
}

#[test]
fn a_cert_hand_off_is_refused_when_misused() {
    let mut sim = Simulation::new(&scenario(), 1).unwrap();
    let share = |items: &[&str]| draft_action(Instrument::CsirtSharing, "B", items, &[]);
    // Police and the 24/7 desk hand indicators to the CERT; a prosecutor does not.
    assert!(matches!(
        refused(&mut sim, "A/prosecutor", share(&["c2-ip"])),
        Refusal::WrongSender { .. }
    ));
    // The CSIRTs link two countries; A's own CERT is not a cross-border route.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            draft_action(Instrument::CsirtSharing, "A", &["c2-ip"], &[])
        ),
        Refusal::NotBetween {
            needs: Needs::OtherJurisdiction,
            ..
        }
    ));
    // It carries leads the team has, never data to obtain.
    apply(
        &mut sim,
        "A/investigator",
        Action::LookUp { lead: "c2-ip".into() },
    );
    assert!(matches!(
        refused(&mut sim, "A/investigator", share(&["c2-logs"])),
        Refusal::InformsNamesNoData { .. }
    ));
    assert!(matches!(
        refused(&mut sim, "A/investigator", share(&["no-such-lead"])),
        Refusal::LeadNotFound { .. }
    ));
}

#[test]
fn the_other_team_is_told_in_words_where_its_new_lead_came_from() {
    let sim = reference();
    let note = sim
        .view(&p("B/investigator"))
        .unwrap()
        .inbox
        .into_iter()
        .find(|note| matches!(note.event, Event::LeadsFound { .. }))
        .unwrap();
    assert_eq!(
        common::said(&sim, &note.event),
        "indicators from A through the national CSIRTs (leads, not evidence): new lead 203.0.113.66 (c2-ip)"
    );
}

/// The fixture with `from` replaced by `to`, checked as a file would be.
fn check_changed(from: &str, to: &str) -> String {
    check_file_changed(FIXTURE, from, to)
}

fn check_file_changed(file: &str, from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{from}");
    let text: &'static str = Box::leak(text.replacen(from, to, 1).into_boxed_str());
    let report = load_with(
        &Embedded(BTreeMap::from([("cert.ron", text)])),
        Path::new("cert.ron"),
    );
    report.diagnostics.to_text(common::english())
}

#[test]
fn check_places_a_bad_csirt_relay_and_an_unknown_lead_or_country_in_a_condition() {
    let said = check_changed(r#"csirt_relay: ("2h", "2h")"#, r#"csirt_relay: ("6h", "2h")"#);
    for part in [
        "the shortest delay `6h` is longer than the longest `2h`",
        "cert.ron:25:24",
        r#"write the shortest first: ("2h", "6h")"#,
    ] {
        assert!(said.contains(part), "{part}: {said}");
    }
    let said = check_changed(
        r#"IndicatorsSharedBy("A", "c2-ip")"#,
        r#"IndicatorsSharedBy("Z", "c2-up")"#,
    );
    for part in [
        "unknown jurisdiction `Z`",
        "cert.ron:115:38",
        "known jurisdictions: `A`, `B`",
        "unknown lead `c2-up`",
        "cert.ron:115:43",
        "did you mean `c2-ip`?",
    ] {
        assert!(said.contains(part), "{part}: {said}");
    }
}

// The financial intelligence units, on `tests/data/sim/freeze.ron`: a
// ransom in a wallet at an exchange in B, cashed out at 12:00 unless
// frozen; a freeze is in effect six hours after it is sent.

const FREEZE: &str = "tests/data/sim/freeze.ron";

/// The exercise, A's investigator having looked the ransom wallet up
/// (it is held by Borcoin, in B) at 00:10.
fn freeze_exercise() -> Simulation {
    let scenario = common::load_clean(FREEZE);
    let mut sim = Simulation::new(&scenario, 1).unwrap();
    sim.advance_to(at(0, 10));
    apply(
        &mut sim,
        "A/investigator",
        Action::LookUp {
            lead: "ransom-wallet".into(),
        },
    );
    sim
}

const FACTS: &[F] = &[F::RequestingAuthority, F::OffenceAndFacts];

/// A's prosecutor asks for the freeze at `sent`; the exercise runs to d1.
fn freeze_at(sent: SimTime) -> Simulation {
    let mut sim = freeze_exercise();
    sim.advance_to(sent);
    let id = apply(
        &mut sim,
        "A/prosecutor",
        draft_action(Instrument::FiuFreeze, "B", &["ransom-wallet"], FACTS),
    )
    .unwrap();
    apply(&mut sim, "A/prosecutor", Action::Send { request: id });
    sim.advance_to(SimTime(1440));
    sim
}

/// The cash-out stage: reached or averted, and when.
fn cash_out(sim: &Simulation) -> Vec<(String, &'static str)> {
    sim.trace()
        .iter()
        .filter_map(|line| match line.event {
            Event::StageReached { stage: (0, 1), .. } => Some((line.at.to_string(), "reached")),
            Event::StageAverted { stage: (0, 1) } => Some((line.at.to_string(), "averted")),
            _ => None,
        })
        .collect()
}

#[test]
fn the_freeze_fixture_checks_clean() {
    let report = check_path(Path::new(FREEZE));
    assert!(report.diagnostics.is_empty(), "{FREEZE}:\n{}", report.diagnostics);
}

#[test]
fn a_freeze_asked_in_time_is_in_effect_before_the_cash_out() {
    // 00:30 + the six-hour freeze: in effect at 06:30, before 12:00.
    let sim = freeze_at(at(0, 30));
    assert_eq!(
        met(&sim),
        [("ransom-frozen".to_string(), Some("d0 06:30".to_string()))]
    );
    assert_eq!(cash_out(&sim), [("d0 12:00".to_string(), "averted")]);
    // A is told, by B's unit, in words.
    let note = sim
        .view(&p("A/prosecutor"))
        .unwrap()
        .inbox
        .into_iter()
        .find(|note| note.actor == Actor::Fiu { jurisdiction: 1 })
        .expect("B's unit answers");
    assert_eq!(note.at.to_string(), "d0 06:30");
    assert_eq!(
        common::said(&sim, &note.event),
        "request #1 (FIU freeze (FATF Rec. 40, Egmont Group)) from A: frozen in B: bc1q-ransom (ransom-wallet)"
    );
}

#[test]
fn the_freeze_is_drafted_and_answered_in_words_in_english_and_french() {
    let sim = freeze_at(at(0, 30));
    let french = cyberdrill::words::Words::new(cyberdrill::words::Lang::Fr);
    let inbox = sim.view(&p("A/prosecutor")).unwrap().inbox;
    let said: Vec<(String, String)> = inbox
        .iter()
        .filter(|note| matches!(note.event, Event::Drafted { .. } | Event::RequestClosed { .. }))
        .map(|note| {
            (
                common::said(&sim, &note.event),
                french.message(sim.scenario(), &note.event),
            )
        })
        .collect();
    let freeze_en = "FIU freeze (FATF Rec. 40, Egmont Group)";
    let freeze_fr = "gel par les CRF (recommandation 40 du GAFI, Groupe Egmont)";
    assert_eq!(
        said,
        [
            (
                format!(
                    "drafted request #1: {freeze_en} to B freezing what bc1q-ransom (ransom-wallet) holds"
                ),
                format!(
                    "demande #1 rédigée : {freeze_fr}, à destination de B gelant les fonds de bc1q-ransom (ransom-wallet)"
                ),
            ),
            (
                format!("request #1 ({freeze_en}) from A: frozen in B: bc1q-ransom (ransom-wallet)"),
                format!("demande #1 ({freeze_fr}) de A : gel en vigueur en B : bc1q-ransom (ransom-wallet)"),
            ),
        ]
    );
}

#[test]
fn a_freeze_asked_too_late_comes_after_the_cash_out() {
    // 07:00 + 6h: 13:00, an hour after the ransom is gone.
    let sim = freeze_at(at(7, 0));
    assert_eq!(met(&sim), [("ransom-frozen".to_string(), None)]);
    assert_eq!(cash_out(&sim), [("d0 12:00".to_string(), "reached")]);
}

#[test]
fn a_freeze_is_refused_when_misused() {
    let mut sim = freeze_exercise();
    let freeze = |to: &str, items: &[&str]| draft_action(Instrument::FiuFreeze, to, items, FACTS);
    // Police and prosecutors go to their unit; the 24/7 desk does not.
    assert!(matches!(
        refused(&mut sim, "A/247", freeze("B", &["ransom-wallet"])),
        Refusal::WrongSender { .. }
    ));
    // It freezes what a wallet or an account holds: not an address, not data.
    for id in ["c2-ip", "wallet-kyc"] {
        assert!(matches!(
            refused(&mut sim, "A/investigator", freeze("B", &[id])),
            Refusal::NotAnAsset { .. }
        ));
    }
    assert!(matches!(
        refused(&mut sim, "A/investigator", freeze("B", &[])),
        Refusal::MustNameAssets { .. }
    ));
    // A self-hosted wallet: no exchange or bank holds it.
    assert!(matches!(
        refused(&mut sim, "A/investigator", freeze("B", &["cold-wallet"])),
        Refusal::CustodianUnknown { .. }
    ));
    // Where the exchange is: B, not A.
    assert!(matches!(
        refused(&mut sim, "A/investigator", freeze("A", &["ransom-wallet"])),
        Refusal::AssetsHeldElsewhere {
            held_in: 1,
            to: 0,
            ..
        }
    ));
}

#[test]
fn a_wallet_not_yet_looked_up_has_no_known_custodian() {
    let scenario = common::load_clean(FREEZE);
    let mut sim = Simulation::new(&scenario, 1).unwrap();
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            draft_action(Instrument::FiuFreeze, "B", &["ransom-wallet"], FACTS)
        ),
        Refusal::CustodianUnknown { .. }
    ));
}

#[test]
fn check_places_a_bad_freeze_delay_and_an_unknown_wallet() {
    let said = check_file_changed(
        FREEZE,
        r#"fiu_freeze: ("6h", "6h")"#,
        r#"fiu_freeze: ("1d", "6h")"#,
    );
    for part in [
        "the shortest delay `1d` is longer than the longest `6h`",
        "cert.ron:22:23",
    ] {
        assert!(said.contains(part), "{part}: {said}");
    }
    let said = check_file_changed(
        FREEZE,
        r#"when: AssetsFrozen("ransom-wallet")"#,
        r#"when: AssetsFrozen("ransom-walet")"#,
    );
    for part in ["unknown lead `ransom-walet`", "did you mean `ransom-wallet`?"] {
        assert!(said.contains(part), "{part}: {said}");
    }
}

// INTERPOL, on `tests/data/sim/locate-in-time.ron`: a caller in B
// threatens a hospital in A; A's CETS 224 Art. 9 request sent at 00:15
// locates him at 03:15. A red notice then asks every INTERPOL member to
// arrest him provisionally, pending extradition; INTERPOL's review is
// fixed here at one day (`law.red_notice`).

const LOCATE: &str = "tests/data/sim/locate-in-time.ron";

/// The fixture with the red notice review fixed at a day, and an
/// objective for the notice.
fn red_notice_scenario() -> Scenario {
    use cyberdrill::scenario::model::{Condition, Delay};
    use cyberdrill::time::Duration;
    let mut scenario = common::load_clean(LOCATE);
    // A third country, where the suspect is not.
    let mut c = scenario.jurisdictions[1].clone();
    c.code = "C".into();
    scenario.jurisdictions.push(c);
    scenario.teams.push(cyberdrill::scenario::model::Team {
        jurisdiction: "C".into(),
        roles: vec![cyberdrill::scenario::model::Role::Investigator],
        optional: Vec::new(),
    });
    scenario.law.red_notice = Delay(Duration::days(1), Duration::days(1));
    scenario.objectives[0].when = Condition::RedNoticeIssued("caller".into());
    scenario.objectives[0].by = None;
    common::checked(scenario)
}

/// A's team locates the caller: look-up at 00:10, Art. 9 request at 00:15
/// (B's desk an hour, the operator two): located at 03:15.
fn located_caller() -> Simulation {
    let mut sim = Simulation::new(&red_notice_scenario(), 1).unwrap();
    sim.advance_to(at(0, 10));
    apply(
        &mut sim,
        "A/investigator",
        Action::LookUp {
            lead: "caller-number".into(),
        },
    );
    sim.advance_to(at(0, 15));
    let id = apply(
        &mut sim,
        "A/247",
        draft_action(
            Instrument::EmergencyDisclosure,
            "B",
            &["caller-location"],
            &[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation],
        ),
    )
    .unwrap();
    apply(&mut sim, "A/247", Action::Send { request: id });
    sim.advance_to(at(3, 30));
    sim
}

const WARRANT: &[F] = &[F::RequestingAuthority, F::OffenceAndFacts, F::LegalBasis];

fn red_notice(to: &str, suspects: &[&str]) -> Action {
    draft_action(Instrument::RedNotice, to, suspects, WARRANT)
}

#[test]
fn a_red_notice_for_a_located_suspect_is_published_after_the_judge_and_interpol() {
    let mut sim = located_caller();
    let prosecutor = "A/prosecutor";
    let id = apply(&mut sim, prosecutor, red_notice("B", &["caller"])).unwrap();
    // The arrest warrant is the judge's: applied for at 03:30, A's judges
    // sit Mon-Fri from 08:00 and take two hours: signed at 10:00.
    apply(&mut sim, prosecutor, Action::Sign { request: id });
    sim.advance_to(at(9, 59));
    assert!(matches!(
        sim.check(&p(prosecutor), Action::Send { request: id }),
        Err(Refusal::WithTheJudge { .. })
    ));
    sim.advance_to(at(10, 0));
    apply(&mut sim, prosecutor, Action::Send { request: id });
    sim.advance_to(SimTime(2 * 1440));
    // Sent at 10:00, INTERPOL's one-day review: published at d1 10:00.
    assert_eq!(
        met(&sim)[0],
        (
            "locate-before-the-device".to_string(),
            Some("d1 10:00".to_string())
        )
    );
    // B's team hears of it: the suspect is in its country.
    let note = sim
        .view(&p("B/investigator"))
        .unwrap()
        .inbox
        .into_iter()
        .find(|note| matches!(note.event, Event::RedNoticePublished { .. }))
        .expect("B is told");
    assert_eq!(note.at.to_string(), "d1 10:00");
    assert_eq!(
        common::said(&sim, &note.event),
        "red notice published at the request of Arland (A) for suspect caller, in your country: The man who phoned in the threat."
    );
}

#[test]
fn a_red_notice_is_refused_when_misused() {
    let mut sim = Simulation::new(&red_notice_scenario(), 1).unwrap();
    // Not yet located: who and where are unknown (and an unknown id gets
    // the same answer).
    for id in ["caller", "nobody"] {
        assert!(matches!(
            refused(&mut sim, "A/prosecutor", red_notice("B", &[id])),
            Refusal::SuspectNotLocated { .. }
        ));
    }
    let mut sim = located_caller();
    assert!(matches!(
        refused(&mut sim, "A/investigator", red_notice("B", &["caller"])),
        Refusal::WrongSender { .. }
    ));
    assert!(matches!(
        refused(&mut sim, "A/prosecutor", red_notice("B", &[])),
        Refusal::OneSuspect { .. }
    ));
    assert!(matches!(
        refused(&mut sim, "A/prosecutor", red_notice("C", &["caller"])),
        Refusal::SuspectElsewhere {
            located_in: 1,
            to: 2,
            ..
        }
    ));
    // A notice aims at the State where the suspect is; at home a domestic
    // warrant does.
    assert!(matches!(
        refused(&mut sim, "A/prosecutor", red_notice("A", &["caller"])),
        Refusal::NotBetween {
            needs: Needs::OtherJurisdiction,
            ..
        }
    ));
}

#[test]
fn check_names_an_unknown_suspect_in_a_red_notice_condition_and_a_bad_review_delay() {
    let said = check_file_changed(
        LOCATE,
        r#"SuspectLocatedBy("A", "caller")"#,
        r#"RedNoticeIssued("caler")"#,
    );
    for part in ["unknown suspect `caler`", "did you mean `caller`?"] {
        assert!(said.contains(part), "{part}: {said}");
    }
    let said = check_file_changed(
        LOCATE,
        r#"end: (after: "3d"),"#,
        r#"end: (after: "3d"), law: (red_notice: ("3d", "1d")),"#,
    );
    assert!(
        said.contains("the shortest delay `3d` is longer than the longest `1d`"),
        "{said}"
    );
}
