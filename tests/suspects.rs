//! Suspects, stages a team can prevent, and conditions that name who
//! achieved something, played on `tests/data/sim/locate-in-time.ron`: a
//! caller in B threatens a hospital in A; the location data his mobile
//! operator holds locates him. A fast team (an emergency request under
//! CETS 224 Art. 9 at 00:15) averts the device at 06:00 and puts the leak
//! off by a day; a slow one (the same request at 05:30) sees both happen.
//!
//! Every expected time is worked out by hand from the fixture (fixed
//! delays, UTC), in the comment next to it.

mod common;

use std::path::Path;

use cyberdrill::law::RequestField as F;
use cyberdrill::scenario::check_path;
use cyberdrill::scenario::model::{Instrument, Scenario};
use cyberdrill::sim::Event;
use cyberdrill::sim::{Action, Participant, Simulation, Stated};
use cyberdrill::time::SimTime;

const FIXTURE: &str = "tests/data/sim/locate-in-time.ron";

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
    common::load_clean(FIXTURE)
}

fn at(hours: i64, minutes: i64) -> SimTime {
    SimTime(hours * 60 + minutes)
}

/// A's investigator looks the number up at 00:10; its 24/7 desk sends an
/// emergency request for the caller's location at `sent`. B's desk acts
/// an hour later, B Mobile answers two hours after that (its
/// `emergency_answers_in`): the caller is located three hours after `sent`.
fn play(sent: SimTime, until: SimTime) -> Simulation {
    let mut sim = Simulation::new(&scenario(), 1).unwrap();
    let steps = [
        (
            at(0, 10),
            "A/investigator",
            Action::LookUp {
                lead: "caller-number".into(),
            },
        ),
        (
            sent,
            "A/247",
            Action::Draft {
                instrument: Instrument::EmergencyDisclosure,
                to: "B".into(),
                items: vec!["caller-location".into()],
                fields: Stated::all_bare(&[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation]),
            },
        ),
        (sent, "A/247", Action::Send { request: 1 }),
    ];
    for (when, who, action) in steps {
        sim.advance_to(when);
        let who: Participant = who.parse().unwrap();
        if let Err(refusal) = sim.apply(&who, action.clone()) {
            panic!("{when} {who} {action:?} refused: {refusal}");
        }
    }
    sim.advance_to(until);
    sim
}

/// Sent at 00:15: located at 03:15, three hours before the device.
fn fast() -> Simulation {
    play(at(0, 15), SimTime(2 * 1440))
}

/// Sent at 05:30: located at 08:30, after the device (06:00) and the leak (08:00).
fn slow() -> Simulation {
    play(at(5, 30), SimTime(2 * 1440))
}

/// The script's events in the trace that are about stages and suspects,
/// as (time, what) in the order they happened.
fn script_events(sim: &Simulation) -> Vec<(String, String)> {
    let s = sim.scenario();
    let stage = |(i, k): (usize, usize)| s.incidents[i].stages[k].id.clone();
    sim.trace()
        .iter()
        .filter_map(|line| {
            let what = match &line.event {
                Event::StageReached { stage: st, .. } => format!("reached {}", stage(*st)),
                Event::StageAverted { stage: st } => format!("averted {}", stage(*st)),
                Event::StageDelayed { stage: st, until } => format!("delayed {} to {until}", stage(*st)),
                Event::SuspectLocated { suspect, by } => format!(
                    "located {} by {}",
                    s.suspects[*suspect].id, s.jurisdictions[*by].code
                ),
                _ => return None,
            };
            Some((line.at.to_string(), what))
        })
        .collect()
}

fn expect(sim: &Simulation, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(t, w)| (t.to_string(), w.to_string()))
        .collect();
    assert_eq!(script_events(sim), expected);
}

#[test]
fn locating_the_suspect_in_time_averts_the_stage_and_delays_the_next() {
    expect(
        &fast(),
        &[
            ("d0 00:00", "reached threat"),
            // 00:15 + 1h (B's desk) + 2h (B Mobile, emergency): 03:15.
            ("d0 03:15", "located caller by A"),
            // `unless: SuspectLocated("caller")` holds at 06:00: averted.
            ("d0 06:00", "averted device"),
            // The leak's `delayed_by: "1d"`: 08:00 + 1d.
            ("d0 08:00", "delayed leak to d1 08:00"),
            // Once delayed, it comes: the condition is not asked again.
            ("d1 08:00", "reached leak"),
        ],
    );
}

#[test]
fn a_slow_team_locates_the_suspect_after_the_harm() {
    expect(
        &slow(),
        &[
            ("d0 00:00", "reached threat"),
            ("d0 06:00", "reached device"),
            ("d0 08:00", "reached leak"),
            // 05:30 + 1h + 2h.
            ("d0 08:30", "located caller by A"),
        ],
    );
}

#[test]
fn objectives_name_who_located_the_suspect_and_the_stage_averted() {
    let met = |sim: &Simulation| -> Vec<(String, Option<String>)> {
        sim.report()
            .objectives
            .into_iter()
            .map(|o| (o.id, o.met_at.map(|t| t.to_string())))
            .collect()
    };
    assert_eq!(
        met(&fast()),
        [
            (
                "locate-before-the-device".to_string(),
                Some("d0 03:15".to_string())
            ),
            ("device-averted".to_string(), Some("d0 06:00".to_string())),
        ]
    );
    assert_eq!(
        met(&slow()),
        [
            ("locate-before-the-device".to_string(), None),
            ("device-averted".to_string(), None),
        ]
    );
}

#[test]
fn the_victims_team_is_told_in_words_what_was_averted_and_who_located_whom() {
    let sim = fast();
    let inbox = sim.view(&"A/investigator".parse().unwrap()).unwrap().inbox;
    let told: Vec<(String, String)> = inbox
        .iter()
        .filter(|note| {
            matches!(
                note.event,
                Event::StageAverted { .. } | Event::StageDelayed { .. } | Event::SuspectLocated { .. }
            )
        })
        .map(|note| (note.at.to_string(), common::said(&sim, &note.event)))
        .collect();
    let expected = [
        (
            "d0 03:15",
            "suspect caller located by Arland (A): The man who phoned in the threat.",
        ),
        (
            "d0 06:00",
            "hospital-threat: averted in time, this did not happen: The device goes off in the car park.",
        ),
        (
            "d0 08:00",
            "hospital-threat: put off, now expected at d1 08:00: The patient files are published.",
        ),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(t, w)| (t.to_string(), w.to_string()))
        .collect();
    assert_eq!(told, expected);
}

#[test]
fn a_lead_found_locates_a_suspect_too() {
    // The caller's number itself locates him here (say, a landline): A's
    // team holds it from the start, so he is located at d0 00:00 and the
    // device is averted with nothing sent.
    use cyberdrill::scenario::model::Locator;
    let mut scenario = scenario();
    scenario.suspects[0].located_by = vec![Locator::Lead("caller-number".into())];
    let scenario = common::checked(scenario);
    let mut sim = Simulation::new(&scenario, 1).unwrap();
    sim.advance_to(at(7, 0));
    expect(
        &sim,
        &[
            // Noticed as the exercise opens, before the first stage's event.
            ("d0 00:00", "located caller by A"),
            ("d0 00:00", "reached threat"),
            ("d0 06:00", "averted device"),
        ],
    );
}
