//! Journal and replay: a recorded run replays to the same hash; a torn
//! last line is reported, not replayed; a journal for another scenario (or
//! another version of it) is refused saying which; a changed step is named.
//! Also the reference solution and the `run`/`replay` commands.

use std::path::Path;
use std::process::Command;

use cyberdrill::journal::{self, Header, JournalError, JournalWriter, Recorder, ReplayError};
use cyberdrill::scenario::load;
use cyberdrill::scenario::model::Scenario;
use cyberdrill::sim::{Participant, Simulation};
use cyberdrill::time::SimTime;

fn reference_actions() -> journal::Journal {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hospital-ransomware.actions");
    journal::read(&path).expect("the reference solution parses")
}

/// Plays `script` like `cyberdrill run --journal` does, into `path`.
fn record(scenario: &Scenario, script: &journal::Journal, path: &Path) -> String {
    let humans: Vec<Participant> = script
        .entries
        .iter()
        .map(|e| e.participant.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut recorder = Recorder::start(Some(path), scenario, scenario.seed, humans).unwrap();
    for entry in &script.entries {
        recorder.advance_to(entry.at);
        recorder
            .act(&entry.participant, entry.action.clone())
            .unwrap()
            .ok();
    }
    recorder.advance_to(SimTime(90 * 1440));
    recorder.finish().unwrap().state_hash()
}

#[test]
fn reference_solution_meets_every_objective() {
    let scenario = load::load_default();
    let script = reference_actions();
    let humans: Vec<Participant> = script.entries.iter().map(|e| e.participant.clone()).collect();
    let mut sim = Simulation::with_humans(&scenario, scenario.seed, humans).unwrap();
    for entry in &script.entries {
        sim.advance_to(entry.at);
        if let Err(refusal) = sim.apply(&entry.participant, entry.action.clone()) {
            panic!("step {} refused: {refusal}", entry.seq);
        }
    }
    sim.advance_to(SimTime(90 * 1440));
    let report = sim.report();
    let unmet: Vec<&str> = report
        .objectives
        .iter()
        .filter(|o| o.met_at.is_none())
        .map(|o| o.id.as_str())
        .collect();
    assert!(unmet.is_empty(), "objectives not met: {unmet:?}");
    assert_eq!(report.score, report.max_score);
    assert!(sim.ended().is_some(), "the end condition should hold");
}

#[test]
fn a_recorded_journal_replays_to_the_same_hash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.journal");
    let scenario = load::load_default();
    let hash = record(&scenario, &reference_actions(), &path);
    let recorded = journal::read(&path).unwrap();
    assert_eq!(recorded.end.as_ref().map(|(_, h)| h.clone()), Some(hash.clone()));
    let replayed = journal::replay(&scenario, &recorded).unwrap();
    assert!(replayed.verified_end);
    assert_eq!(replayed.simulation.state_hash(), hash);
}

#[test]
fn a_torn_last_line_is_reported_and_not_replayed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.journal");
    let scenario = load::load_default();
    record(&scenario, &reference_actions(), &path);
    let text = std::fs::read_to_string(&path).unwrap();
    // A crash mid-write: everything up to step 5, then half of step 6.
    let lines: Vec<&str> = text.lines().collect();
    let torn = format!("{}\n{}", lines[..6].join("\n"), &lines[6][..lines[6].len() / 2]);
    match journal::parse(&torn) {
        Err(JournalError::Torn { line: 7, .. }) => {}
        other => panic!("expected a torn line 7, got {other:?}"),
    }
    // Cut at a line end, the same prefix is a valid journal without an end.
    let whole = format!("{}\n", lines[..6].join("\n"));
    let prefix = journal::parse(&whole).unwrap();
    assert_eq!(prefix.entries.len(), 5);
    let replayed = journal::replay(&scenario, &prefix).unwrap();
    assert!(!replayed.verified_end);
}

#[test]
fn a_journal_for_another_scenario_version_is_refused_saying_which() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.journal");
    let scenario = load::load_default();
    record(&scenario, &reference_actions(), &path);
    let recorded = journal::read(&path).unwrap();

    let mut edited = scenario.clone();
    edited.providers[0].disclosure.default_rate = 99;
    match journal::replay(&edited, &recorded) {
        Err(ReplayError::WrongScenario { message }) => {
            assert!(
                message.contains("another version of scenario `hospital-ransomware`"),
                "{message}"
            );
        }
        other => panic!("expected a refusal, got {:?}", other.err()),
    }
    let mut other = scenario.clone();
    other.id = "grid-blackout".into();
    match journal::replay(&other, &recorded) {
        Err(ReplayError::WrongScenario { message }) => {
            assert!(
                message.contains("`hospital-ransomware`, not `grid-blackout`"),
                "{message}"
            );
        }
        other => panic!("expected a refusal, got {:?}", other.err()),
    }
}

#[test]
fn a_changed_step_is_named_as_the_divergence() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.journal");
    let scenario = load::load_default();
    record(&scenario, &reference_actions(), &path);
    let mut recorded = journal::read(&path).unwrap();
    // Someone edits step 9: the investigator looks up another lead.
    recorded.entries[8].action = cyberdrill::sim::Action::LookUp {
        lead: "leak-site".into(),
    };
    match journal::replay(&scenario, &recorded) {
        Err(ReplayError::Diverged { step, .. }) => assert!(step.starts_with("step 9 "), "{step}"),
        other => panic!("expected a divergence, got {:?}", other.err()),
    }
}

fn cyberdrill(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

#[test]
fn run_and_replay_commands() {
    let dir = tempfile::tempdir().unwrap();
    let journal_path = dir.path().join("run.journal");
    let journal_arg = journal_path.to_str().unwrap();
    let out = cyberdrill(&[
        "run",
        "--actions",
        "scenarios/hospital-ransomware.actions",
        "--journal",
        journal_arg,
        "--json",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "scenario",
        "seed",
        "sim_end",
        "events",
        "state_hash",
        "evidence",
        "objectives",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["score"], json["max_score"]);

    let out = cyberdrill(&["replay", journal_arg]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Tamper with the end hash: divergence, exit 3.
    let text = std::fs::read_to_string(&journal_path).unwrap();
    let tampered = dir.path().join("tampered.journal");
    let last = text.trim_end().rsplit_once(' ').unwrap().0.to_string();
    std::fs::write(&tampered, format!("{last} {}\n", "0".repeat(64))).unwrap();
    let out = cyberdrill(&["replay", tampered.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the end"));

    // Bad input: a clear message and exit 1, never a panic.
    let garbage = dir.path().join("garbage.journal");
    std::fs::write(&garbage, [0xff, 0xfe, 0x00, b'\n']).unwrap();
    let out = cyberdrill(&["replay", garbage.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    let out = cyberdrill(&["run", "--until", "soon"]);
    assert_eq!(out.status.code(), Some(2));
    let out = cyberdrill(&["run", "no/such/scenario.ron"]);
    assert_eq!(out.status.code(), Some(1));

    // No arguments at all: a headless run of the default scenario.
    let out = cyberdrill(&[]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Score:"));
}

#[test]
fn a_journal_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.journal");
    let scenario = load::load_default();
    let header = Header::new(&scenario, 1, vec![]);
    JournalWriter::create(&path, &header).unwrap();
    let err = JournalWriter::create(&path, &header).err().expect("refused");
    assert!(err.to_string().contains("never overwritten"), "{err}");
}
