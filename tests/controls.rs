//! The trainer's controls have effects, not only acceptance: an inject
//! fired by hand reaches exactly its recipients, once; a jump runs every
//! event due on the way; pause and resume show in every view, and a pause
//! stops simulated time (nothing is processed, the clock stays, a jump
//! waits for `Resume`) but not the players; the speed is bounded and
//! starts at the scenario's `clock.speed`; an annotation lands in the trace. Each refusal changes nothing.
//!
//! The scenario is `tests/data/sim/conditions.ron` (checked clean by
//! tests/conditions.rs); expected times are worked out from it by hand.

mod common;

use std::path::Path;

use common::said;
use cyberdrill::law::ART29_ELEMENTS;
use cyberdrill::scenario::load_path;
use cyberdrill::scenario::model::{ClockSettings, Instrument};
use cyberdrill::sim::view::Fate;
use cyberdrill::sim::{Action, Participant, Simulation, Stated};
use cyberdrill::time::{Duration, SimTime};

const FIXTURE: &str = "tests/data/sim/conditions.ron";

/// The exercise with Arland's three roles played by people.
fn exercise() -> Simulation {
    let scenario = load_path(Path::new(FIXTURE)).unwrap_or_else(|d| panic!("{d}"));
    Simulation::new(&scenario, 1).unwrap()
}

fn trainer(sim: &mut Simulation, action: Action) -> Result<String, String> {
    let result = sim.apply(&Participant::Trainer, action);
    result.map(|o| said(sim, &o.done)).map_err(|r| said(sim, &r))
}

/// `action` is refused with a reason containing `expected`, and the
/// state is exactly what it was.
fn check_refused(sim: &mut Simulation, participant: &Participant, action: Action, expected: &str) {
    let before = sim.state_hash();
    let refusal = sim
        .apply(participant, action.clone())
        .expect_err(&format!("{action:?} should be refused"));
    let reason = said(sim, &refusal);
    assert!(reason.contains(expected), "`{reason}` should say `{expected}`");
    assert_eq!(before, sim.state_hash(), "refused {action:?} changed the state");
}

/// The trace lines by `actor`, as `"d0 00:10 text"`.
fn lines_by(sim: &Simulation, actor: &str) -> Vec<String> {
    common::lines(sim)
        .into_iter()
        .filter(|e| e.actor == actor)
        .map(|e| format!("{} {}", e.at, e.text))
        .collect()
}

/// Who holds a note of inject `id` in their inbox, and when it arrived.
fn delivered(sim: &Simulation, id: &str) -> Vec<(String, String)> {
    let prefix = format!("{id}: ");
    let mut seen = Vec::new();
    for participant in sim.participants() {
        for note in sim.view(&participant).unwrap().inbox {
            if said(sim, &note.actor) == "inject" && said(sim, &note.event).starts_with(&prefix) {
                seen.push((participant.to_string(), note.at.to_string()));
            }
        }
    }
    seen
}

#[test]
fn fire_inject_reaches_exactly_its_recipients_once() {
    let mut sim = exercise();
    sim.advance_to(SimTime(10));
    assert_eq!(delivered(&sim, "tip"), vec![]);
    assert_eq!(
        trainer(&mut sim, Action::FireInject { inject: "tip".into() }).as_deref(),
        Ok("fired tip")
    );
    // `tip` goes to A's investigator and the trainer: not to A's
    // prosecutor or 24/7 contact, nor to anyone in B.
    let expected = vec![
        ("trainer".to_string(), "d0 00:10".to_string()),
        ("A/investigator".to_string(), "d0 00:10".to_string()),
    ];
    assert_eq!(delivered(&sim, "tip"), expected);
    let text = "tip: An informant names the wallet's owner.";
    let note = sim.view(&"A/investigator".parse().unwrap()).unwrap().inbox;
    assert!(note.iter().any(|n| said(&sim, &n.event) == text), "{note:?}");
    // Its own time (d29) passes: it does not fire again.
    sim.advance_to(SimTime(29 * 1440 + 60));
    assert_eq!(delivered(&sim, "tip"), expected);
    check_refused(
        &mut sim,
        &Participant::Trainer,
        Action::FireInject { inject: "tip".into() },
        "inject `tip` already fired at d0 00:10",
    );
}

#[test]
fn fire_inject_refuses_an_unknown_inject_and_anyone_but_the_trainer() {
    let mut sim = exercise();
    check_refused(
        &mut sim,
        &Participant::Trainer,
        Action::FireInject {
            inject: "tipp".into(),
        },
        "no inject `tipp`",
    );
    check_refused(
        &mut sim,
        &"A/investigator".parse().unwrap(),
        Action::FireInject { inject: "tip".into() },
        "only the trainer",
    );
    assert_eq!(delivered(&sim, "tip"), vec![]);
}

#[test]
fn jump_runs_every_event_due_on_the_way_and_moves_the_clock() {
    let mut sim = exercise();
    assert_eq!(
        trainer(
            &mut sim,
            Action::Jump {
                to: Duration::hours(7)
            }
        )
        .as_deref(),
        Ok("now d0 07:00")
    );
    assert_eq!(sim.now(), SimTime(7 * 60));
    // Due on the way: the inject at 05:00 and the stage at 06:00, at their
    // own times, not at the time of the jump.
    let trainer_inbox: Vec<String> = sim
        .view(&Participant::Trainer)
        .unwrap()
        .inbox
        .iter()
        .map(|n| format!("{} {}", n.at, said(&sim, &n.event)))
        .collect();
    for expected in [
        "d0 05:00 at-5h: Five hours in.",
        "d0 06:00 attack: The records are encrypted too.",
    ] {
        assert!(
            trainer_inbox.iter().any(|n| n == expected),
            "{expected} not in {trainer_inbox:#?}"
        );
    }
    assert_eq!(
        lines_by(&sim, "trainer"),
        ["d0 00:00 jumped the clock to d0 07:00"]
    );
    // Not due yet: b-old-logs is deleted at d1 00:00.
    let report = sim.report();
    let old = report.evidence.iter().find(|e| e.id == "b-old-logs").unwrap();
    assert_eq!(old.fate, Fate::Live);
    assert!(sim.next_event().is_some_and(|t| t > SimTime(7 * 60)));
}

#[test]
fn jump_goes_forward_only_by_the_trainer_and_not_past_the_end() {
    let mut sim = exercise();
    trainer(
        &mut sim,
        Action::Jump {
            to: Duration::hours(7),
        },
    )
    .unwrap();
    for to in [Duration::hours(7), Duration::hours(6)] {
        check_refused(
            &mut sim,
            &Participant::Trainer,
            Action::Jump { to },
            "time only moves forward: it is already d0 07:00",
        );
    }
    check_refused(
        &mut sim,
        &"A/247".parse().unwrap(),
        Action::Jump {
            to: Duration::hours(8),
        },
        "only the trainer",
    );
    // The scenario ends after 30 days: a jump there ends it, and then
    // the clock stays.
    trainer(
        &mut sim,
        Action::Jump {
            to: Duration::days(31),
        },
    )
    .unwrap();
    assert_eq!(sim.ended(), Some(SimTime(30 * 1440)));
    check_refused(
        &mut sim,
        &Participant::Trainer,
        Action::Jump {
            to: Duration::days(32),
        },
        "the exercise ended at d30 00:00",
    );
}

#[test]
fn pause_and_resume_show_in_every_view_and_do_not_repeat() {
    let mut sim = exercise();
    let paused = |sim: &Simulation| -> Vec<bool> {
        sim.participants()
            .iter()
            .map(|p| sim.view(p).unwrap().paused)
            .collect()
    };
    let seats = sim.participants().len();
    assert_eq!(paused(&sim), vec![false; seats]);
    sim.advance_to(SimTime(15));
    assert_eq!(trainer(&mut sim, Action::Pause).as_deref(), Ok("paused"));
    assert_eq!(paused(&sim), vec![true; seats]);
    check_refused(&mut sim, &Participant::Trainer, Action::Pause, "already paused");
    check_refused(
        &mut sim,
        &"A/prosecutor".parse().unwrap(),
        Action::Resume,
        "only the trainer",
    );
    // Paused, the clock stays at 00:15 however far the host asks.
    sim.advance_to(SimTime(20));
    assert_eq!(trainer(&mut sim, Action::Resume).as_deref(), Ok("resumed"));
    assert_eq!(paused(&sim), vec![false; seats]);
    check_refused(&mut sim, &Participant::Trainer, Action::Resume, "not paused");
    assert_eq!(
        lines_by(&sim, "trainer"),
        ["d0 00:15 paused the exercise", "d0 00:15 resumed the exercise"]
    );
}

/// While paused, `advance_to` processes no event and leaves the clock,
/// and the whole state, where they were; it returns the paused time, so
/// the caller can tell. After `Resume`, what was due on the way happens
/// at its own time, not at the time of the resume.
#[test]
fn a_pause_stops_simulated_time_until_the_trainer_resumes() {
    let mut sim = exercise();
    sim.advance_to(SimTime(15));
    trainer(&mut sim, Action::Pause).unwrap();
    let before = (
        sim.state_hash(),
        sim.agenda_entries_processed(),
        sim.trace().len(),
    );
    // Due on the way: the inject at 05:00, the stage at 06:00, b-old-logs
    // deleted at d1 00:00, the end at d30.
    for until in [
        SimTime(16),
        SimTime(7 * 60),
        SimTime(2 * 1440),
        SimTime(31 * 1440),
    ] {
        assert_eq!(sim.advance_to(until), SimTime(15), "advanced to {until}");
        assert_eq!(sim.now(), SimTime(15));
    }
    let after = (
        sim.state_hash(),
        sim.agenda_entries_processed(),
        sim.trace().len(),
    );
    assert_eq!(before, after, "time passed while paused");
    assert_eq!(sim.ended(), None);
    assert_eq!(delivered(&sim, "at-5h"), vec![]);

    trainer(&mut sim, Action::Resume).unwrap();
    assert_eq!(sim.advance_to(SimTime(7 * 60)), SimTime(7 * 60));
    assert_eq!(
        delivered(&sim, "at-5h"),
        vec![("trainer".to_string(), "d0 05:00".to_string())]
    );
}

#[test]
fn a_jump_while_paused_is_refused_until_the_trainer_resumes() {
    let mut sim = exercise();
    sim.advance_to(SimTime(15));
    trainer(&mut sim, Action::Pause).unwrap();
    check_refused(
        &mut sim,
        &Participant::Trainer,
        Action::Jump {
            to: Duration::hours(7),
        },
        "the exercise is paused at d0 00:15: resume it first, then jump",
    );
    assert_eq!(sim.now(), SimTime(15));
    trainer(&mut sim, Action::Resume).unwrap();
    assert_eq!(
        trainer(
            &mut sim,
            Action::Jump {
                to: Duration::hours(7)
            }
        )
        .as_deref(),
        Ok("now d0 07:00")
    );
}

/// A pause stops the clock, not the people: players' actions are applied
/// at the paused time, and what they set in motion waits for the clock.
/// Here an Art. 29 request sent at 02:00 reaches B's desk, which acts in
/// exactly one hour, only once time runs again: at 03:00 simulated time.
#[test]
fn players_act_while_paused_and_what_they_start_waits_for_the_clock() {
    let mut sim = exercise();
    sim.advance_to(SimTime(2 * 60));
    trainer(&mut sim, Action::Pause).unwrap();
    let investigator: Participant = "A/investigator".parse().unwrap();
    let desk: Participant = "A/247".parse().unwrap();
    sim.apply(
        &investigator,
        Action::LookUp {
            lead: "server-ip".into(),
        },
    )
    .expect("a look-up while paused");
    sim.apply(
        &desk,
        Action::Draft {
            instrument: Instrument::Preservation247,
            to: "B".into(),
            items: vec!["b-logs".into()],
            fields: Stated::all_bare(ART29_ELEMENTS),
        },
    )
    .expect("a draft while paused");
    sim.apply(&desk, Action::Send { request: 1 })
        .expect("sent while paused");
    assert_eq!(sim.now(), SimTime(2 * 60));
    let by_b_desk = |sim: &Simulation| -> Vec<String> {
        common::lines(sim)
            .iter()
            .filter(|e| e.actor.starts_with("B "))
            .map(|e| e.at.to_string())
            .collect()
    };
    sim.advance_to(SimTime(5 * 60));
    assert_eq!(by_b_desk(&sim), Vec::<String>::new(), "B acted while paused");
    trainer(&mut sim, Action::Resume).unwrap();
    sim.advance_to(SimTime(5 * 60));
    let acted = by_b_desk(&sim);
    assert_eq!(acted.first().map(String::as_str), Some("d0 03:00"), "{acted:?}");
}

#[test]
fn speed_is_a_factor_from_one_to_a_hundred_thousand() {
    let mut sim = exercise();
    for factor in [0, 100_001, u32::MAX] {
        check_refused(
            &mut sim,
            &Participant::Trainer,
            Action::SetSpeed { factor },
            "speed is a factor from 1 (real time) to 100000",
        );
    }
    check_refused(
        &mut sim,
        &"A/247".parse().unwrap(),
        Action::SetSpeed { factor: 2 },
        "only the trainer",
    );
    for factor in [1, 100_000, 60] {
        assert_eq!(
            trainer(&mut sim, Action::SetSpeed { factor }),
            Ok(format!("speed x{factor}"))
        );
    }
    // The factor is the shell's business (wall time to simulated time):
    // no view or report shows it; the trace records each change.
    assert_eq!(
        lines_by(&sim, "trainer"),
        [
            "d0 00:00 set the speed to x1",
            "d0 00:00 set the speed to x100000",
            "d0 00:00 set the speed to x60",
        ]
    );
}

#[test]
fn an_exercise_starts_at_the_speed_its_scenario_sets() {
    let mut scenario = load_path(Path::new(FIXTURE)).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(scenario.clock, None);
    assert_eq!(
        Simulation::new(&scenario, 1).unwrap().speed(),
        1,
        "real time by default"
    );
    scenario.clock = Some(ClockSettings { speed: 60 });
    let scenario = common::checked(scenario);
    let mut sim = Simulation::new(&scenario, 1).unwrap();
    assert_eq!(sim.speed(), 60);
    // The trainer changes it as before.
    trainer(&mut sim, Action::SetSpeed { factor: 600 }).unwrap();
    assert_eq!(sim.speed(), 600);
    // The default scenario plays a tabletop day: an hour a minute.
    let default = cyberdrill::scenario::load_default();
    assert_eq!(Simulation::new(&default, 1).unwrap().speed(), 60);
    // Past the checker, the simulation still will not start a clock that
    // cannot run.
    for speed in [0, cyberdrill::time::MAX_SPEED + 1] {
        let mut bad = scenario.clone();
        bad.clock = Some(ClockSettings { speed });
        assert!(Simulation::new(&bad, 1).is_err(), "speed {speed}");
    }
}

#[test]
fn annotate_writes_the_trimmed_text_into_the_trace_and_refuses_blank_text() {
    let mut sim = exercise();
    sim.advance_to(SimTime(125));
    assert_eq!(
        trainer(
            &mut sim,
            Action::Annotate {
                text: "  Ask why B was not called.\n".into()
            }
        )
        .as_deref(),
        Ok("noted")
    );
    assert_eq!(
        lines_by(&sim, "trainer"),
        ["d0 02:05 note: Ask why B was not called."]
    );
    for blank in ["", "   ", "\n\t"] {
        check_refused(
            &mut sim,
            &Participant::Trainer,
            Action::Annotate { text: blank.into() },
            "an annotation needs some text",
        );
    }
    check_refused(
        &mut sim,
        &"A/investigator".parse().unwrap(),
        Action::Annotate { text: "mine".into() },
        "only the trainer",
    );
    assert_eq!(lines_by(&sim, "trainer").len(), 1);
}
