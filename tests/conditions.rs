//! Every kind of scenario condition, seen from outside: an inject fires at
//! the first moment its condition holds, and never when it does not; an
//! objective counts only when its condition holds by its deadline.
//!
//! The scenario is `tests/data/sim/conditions.ron`: fixed delays, UTC
//! clocks, one inject per condition kind, each to the trainer. A scripted
//! team plays Arland (A); Borduria (B) is simulated. Each expected time
//! below is worked out by hand from the scenario and the script, in the
//! comment next to it, never by asking the engine.
//!
//! An inject fires once, so the time of its note in the trainer's inbox
//! says both halves of a truth table: the condition was false at every
//! evaluation before that time (else it would have fired earlier) and true
//! at it. `None` means it never held during the run.

mod common;

use std::path::Path;

use cyberdrill::law::RequestField as F;
use cyberdrill::scenario::model::{Instrument, Scenario};
use cyberdrill::scenario::{check_path, load_path};
use cyberdrill::sim::Event;
use cyberdrill::sim::{Action, Participant, Simulation, Stated};
use cyberdrill::time::SimTime;

const FIXTURE: &str = "tests/data/sim/conditions.ron";

/// The fixture of these tests and tests/controls.rs checks clean, as
/// `cyberdrill check` would: a test scenario an author could not load
/// would prove nothing about the engine.
#[test]
fn the_fixture_checks_clean() {
    let report = check_path(Path::new(FIXTURE));
    assert!(
        report.diagnostics.is_empty(),
        "{FIXTURE}:\n{}",
        report.diagnostics
    );
}

fn scenario() -> Scenario {
    load_path(Path::new(FIXTURE)).unwrap_or_else(|d| panic!("{d}"))
}

fn who(participant: &str) -> Participant {
    participant.parse().unwrap()
}

/// Minutes since the start, as the scenario's comments count them.
fn at(hours: i64, minutes: i64) -> SimTime {
    SimTime(hours * 60 + minutes)
}

/// A's team works the case; the times are those the expectations assume.
fn script() -> Vec<(SimTime, &'static str, Action)> {
    let draft = |instrument, to: &str, item: &str, fields: &[F]| Action::Draft {
        instrument,
        to: to.into(),
        items: vec![item.into()],
        fields: Stated::all_bare(fields),
    };
    vec![
        (
            at(0, 30),
            "A/investigator",
            Action::LookUp {
                lead: "isp-log".into(),
            },
        ),
        (
            at(0, 30),
            "A/investigator",
            Action::LookUp {
                lead: "server-ip".into(),
            },
        ),
        // Examining the server reveals the wallet: LeadFound("wallet") at d0 01:00.
        (
            at(1, 0),
            "A/investigator",
            Action::Examine {
                lead: "server-ip".into(),
            },
        ),
        // Art. 16 binds the domestic provider on arrival: preserved at d0 01:30.
        (
            at(1, 30),
            "A/investigator",
            draft(
                Instrument::DomesticPreservation,
                "A",
                "a-records",
                &[F::RequestingAuthority, F::DataAndRelation, F::LegalBasis],
            ),
        ),
        (at(1, 30), "A/investigator", Action::Send { request: 1 }),
        // Art. 29 sent at d0 02:00; B's desk forwards it at 03:00, which
        // freezes b-logs before its retention runs out at d1 00:00.
        (
            at(2, 0),
            "A/247",
            draft(
                Instrument::Preservation247,
                "B",
                "b-logs",
                cyberdrill::law::ART29_ELEMENTS,
            ),
        ),
        (at(2, 0), "A/247", Action::Send { request: 2 }),
        // Art. 18: applied for at 02:30 Monday; the judge's office opens at
        // 08:00 and signing takes 2h of office time, so it is signed at 10:00.
        (
            at(2, 30),
            "A/prosecutor",
            draft(
                Instrument::ProductionOrder,
                "A",
                "a-subscriber",
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::LegalBasis,
                ],
            ),
        ),
        (at(2, 30), "A/prosecutor", Action::Sign { request: 3 }),
        // The signed order served at 11:00; A Telecom answers in 2h:
        // produced at d0 13:00.
        (at(11, 0), "A/prosecutor", Action::Send { request: 3 }),
    ]
}

/// The scenario played by `script` up to `until`.
fn run(script: &[(SimTime, &str, Action)], until: SimTime) -> Simulation {
    run_on(&scenario(), script, until)
}

/// `scenario` (the fixture, perhaps with more injects) played by `script`.
fn run_on(scenario: &Scenario, script: &[(SimTime, &str, Action)], until: SimTime) -> Simulation {
    let mut sim = Simulation::new(scenario, 1).unwrap();
    for (when, participant, action) in script {
        sim.advance_to(*when);
        if let Err(refusal) = sim.apply(&who(participant), action.clone()) {
            panic!("{when} {participant} {action:?} refused: {refusal}");
        }
    }
    sim.advance_to(until);
    sim
}

/// The scripted run, two days long: past b-old-logs' deletion at d1 00:00.
fn scripted() -> Simulation {
    run(&script(), SimTime(2 * 1440))
}

/// When the inject `id` reached the trainer, if it did; at most once.
fn fired_at(sim: &Simulation, id: &str) -> Option<SimTime> {
    let inbox = sim.view(&Participant::Trainer).unwrap().inbox;
    let injects = &sim.scenario().injects;
    let notes: Vec<_> = inbox
        .iter()
        .filter(|note| matches!(note.event, Event::InjectFired { inject } if injects[inject].id == id))
        .collect();
    assert!(notes.len() <= 1, "inject {id} fired {} times", notes.len());
    notes.first().map(|note| note.at)
}

/// Inject `id` first held at `expected` (`"d0 05:00"`), or never (`None`).
fn check(sim: &Simulation, id: &str, expected: Option<&str>) {
    assert_eq!(
        fired_at(sim, id).map(|t| t.to_string()).as_deref(),
        expected,
        "inject {id}"
    );
}

#[test]
fn at_holds_from_its_minute_on() {
    // A timed inject is due at its minute; a time inside another
    // condition holds from then on too (and is seen at the event then).
    for inject in ["at-5h", "at-in-all"] {
        check(&scripted(), inject, Some("d0 05:00"));
        // One minute short of it, it has not held yet.
        check(&run(&[], at(4, 59)), inject, None);
    }
}

#[test]
fn stage_reached_holds_once_the_stage_is_reached() {
    check(&scripted(), "stage", Some("d0 06:00"));
    check(&run(&[], at(5, 59)), "stage", None);
}

#[test]
fn lead_found_holds_once_examining_reveals_it() {
    check(&scripted(), "lead", Some("d0 01:00"));
    // Nobody examines the server: the wallet is never found.
    check(&run(&[], SimTime(2 * 1440)), "lead", None);
}

#[test]
fn evidence_preserved_holds_once_the_order_reaches_the_provider() {
    check(&scripted(), "preserved", Some("d0 01:30"));
    check(&run(&[], SimTime(2 * 1440)), "preserved", None);
}

#[test]
fn evidence_produced_holds_once_the_provider_answers_the_order() {
    check(&scripted(), "produced", Some("d0 13:00"));
    // Signed but never served: nothing is produced.
    let unserved = &script()[..script().len() - 1];
    check(&run(unserved, SimTime(2 * 1440)), "produced", None);
}

#[test]
fn evidence_disclosed_holds_once_the_provider_discloses() {
    // Art. 30 within Art. 29: B Hosting confirms the preservation at
    // 06:00 (sent 02:00, B's desk 1h, the provider 3h), and B's desk then
    // discloses the logs, which show the uplink at A Telecom, a provider
    // in another State than B.
    check(&scripted(), "disclosed", Some("d0 06:00"));
    check(&run(&[], SimTime(2 * 1440)), "disclosed", None);
}

#[test]
fn evidence_lost_holds_when_unpreserved_data_is_deleted_and_only_then() {
    // Created at -1d, kept 2d: deleted at d1 00:00, not a minute before.
    check(&scripted(), "lost", Some("d1 00:00"));
    check(&run(&script(), at(23, 59)), "lost", None);
    // b-logs has the same retention but was preserved at d0 03:00.
    check(&scripted(), "kept", None);
    // Unpreserved, it is lost like the other.
    check(&run(&[], SimTime(2 * 1440)), "kept", Some("d1 00:00"));
}

#[test]
fn request_sent_holds_once_a_request_of_that_instrument_is_sent() {
    check(&scripted(), "sent-29", Some("d0 02:00"));
    // Drafted but not sent is not sent: the script up to the Art. 29 draft.
    let drafted_only = &script()[..6];
    assert!(matches!(drafted_only[5].2, Action::Draft { .. }));
    check(&run(drafted_only, SimTime(2 * 1440)), "sent-29", None);
    // Other instruments were sent, never MLA.
    check(&scripted(), "sent-mla", None);
}

#[test]
fn all_holds_when_every_part_holds_and_any_when_one_does() {
    // The wallet is found at 01:00, the stage comes at 06:00: between the
    // two, one part holds and the other does not.
    let sim = scripted();
    check(&sim, "any", Some("d0 01:00"));
    check(&sim, "all", Some("d0 06:00"));
    // Without the wallet, Any holds with the stage alone and All never.
    let idle = run(&[], SimTime(2 * 1440));
    check(&idle, "any", Some("d0 06:00"));
    check(&idle, "all", None);
}

#[test]
fn not_holds_exactly_when_its_condition_does_not() {
    let sim = scripted();
    // No MLA was ever sent: true from the first evaluation, at the start.
    check(&sim, "not-false", Some("d0 00:00"));
    // The server is an initial lead: found from the start, so never.
    check(&sim, "not-true", None);
    // At 06:00 the wallet has been known since 01:00: Not(...) is false then.
    check(&sim, "stage-without-lead", None);
    // Without the wallet, it is true when the stage comes.
    check(
        &run(&[], SimTime(2 * 1440)),
        "stage-without-lead",
        Some("d0 06:00"),
    );
}

#[test]
fn objectives_count_only_when_met_by_their_deadline() {
    let report = scripted().report();
    let met: Vec<(String, Option<String>)> = report
        .objectives
        .iter()
        .map(|o| (o.id.clone(), o.met_at.map(|t| t.to_string())))
        .collect();
    let expected = [
        // The wallet is found at 01:00: after a 30-minute deadline...
        ("wallet-by-30m", None),
        // ...and exactly on a one-hour one, which still counts.
        ("wallet-by-1h", Some("d0 01:00")),
        // No deadline: met whenever it happens.
        ("subscriber-any-time", Some("d0 13:00")),
    ];
    let expected: Vec<(String, Option<String>)> = expected
        .iter()
        .map(|(id, t)| (id.to_string(), t.map(str::to_string)))
        .collect();
    assert_eq!(met, expected);
    assert_eq!((report.score, report.max_score), (7 + 11, 5 + 7 + 11));
}

#[test]
fn an_objective_met_after_its_deadline_stays_unmet_however_long_it_holds() {
    // The condition keeps holding for days after the deadline; the
    // objective is still not met and scores nothing at the end.
    let sim = run(&script(), SimTime(29 * 1440));
    let late = sim
        .report()
        .objectives
        .into_iter()
        .find(|o| o.id == "wallet-by-30m")
        .unwrap();
    assert_eq!(late.met_at, None);
    let objectives = &sim.scenario().objectives;
    assert!(
        !sim.trace().iter().any(
            |e| matches!(e.event, Event::ObjectiveMet { objective, .. } if objectives[objective].id == "wallet-by-30m")
        ),
        "the trace claims the late objective"
    );
}

/// The fixture with one more inject to the trainer per `(id, condition)`,
/// the condition written as in a scenario file; checked clean.
fn with_injects(conditions: &[(&str, &str)]) -> Scenario {
    let mut scenario = scenario();
    for (id, when) in conditions {
        let inject = format!(r#"(id: "{id}", when: {when}, to: [Trainer], text: {{"en": "{id}"}})"#);
        scenario
            .injects
            .push(ron::from_str(&inject).unwrap_or_else(|e| panic!("{inject}: {e}")));
    }
    common::checked(scenario)
}

#[test]
fn conditions_that_name_who_hold_only_for_that_jurisdiction() {
    let scenario = with_injects(&[
        // A sent the Art. 29 request at 02:00, to B; B sent none.
        ("sent-29-by-a", r#"RequestSentBy("A", Preservation247)"#),
        ("sent-29-by-b", r#"RequestSentBy("B", Preservation247)"#),
        ("received-29-by-b", r#"RequestReceivedBy("B", Preservation247)"#),
        ("received-29-by-a", r#"RequestReceivedBy("A", Preservation247)"#),
        // Art. 16 is domestic: A sends it to itself at 01:30.
        (
            "received-16-by-a",
            r#"RequestReceivedBy("A", DomesticPreservation)"#,
        ),
        // A's team examines the server at 01:00 and finds the wallet.
        ("wallet-by-a", r#"LeadFoundBy("A", "wallet")"#),
        ("wallet-by-b", r#"LeadFoundBy("B", "wallet")"#),
        // A's Art. 16 order binds A Telecom at 01:30; A's Art. 29 request,
        // forwarded by B's desk, freezes b-logs at 03:00: A's preservation,
        // not B's, though B's desk forwarded it.
        ("a-records-by-a", r#"EvidencePreservedBy("A", "a-records")"#),
        ("b-logs-by-a", r#"EvidencePreservedBy("A", "b-logs")"#),
        ("b-logs-by-b", r#"EvidencePreservedBy("B", "b-logs")"#),
        // Art. 30 discloses b-logs to A at 11:30, as intelligence only.
        ("disclosed-to-a", r#"EvidenceDisclosedTo("A", "b-logs")"#),
        ("disclosed-to-b", r#"EvidenceDisclosedTo("B", "b-logs")"#),
        ("b-logs-produced-for-a", r#"EvidenceProducedFor("A", "b-logs")"#),
        // The Art. 18 order produces a-subscriber for A at 13:00; evidence
        // in hand is held as well.
        ("produced-for-a", r#"EvidenceProducedFor("A", "a-subscriber")"#),
        ("produced-for-b", r#"EvidenceProducedFor("B", "a-subscriber")"#),
        (
            "subscriber-held-by-a",
            r#"EvidenceDisclosedTo("A", "a-subscriber")"#,
        ),
    ]);
    let sim = run_on(&scenario, &script(), SimTime(2 * 1440));
    for (id, expected) in [
        ("sent-29-by-a", Some("d0 02:00")),
        ("sent-29-by-b", None),
        ("received-29-by-b", Some("d0 02:00")),
        ("received-29-by-a", None),
        ("received-16-by-a", Some("d0 01:30")),
        ("wallet-by-a", Some("d0 01:00")),
        ("wallet-by-b", None),
        ("a-records-by-a", Some("d0 01:30")),
        ("b-logs-by-a", Some("d0 03:00")),
        ("b-logs-by-b", None),
        ("disclosed-to-a", Some("d0 06:00")),
        ("disclosed-to-b", None),
        ("b-logs-produced-for-a", None),
        ("produced-for-a", Some("d0 13:00")),
        ("produced-for-b", None),
        ("subscriber-held-by-a", Some("d0 13:00")),
    ] {
        check(&sim, id, expected);
    }
}
