//! Journal and replay: a recorded run replays to the same hash; a torn
//! last line is reported, not replayed, after every step before it is
//! checked; a journal for another scenario (or another version of it) is
//! refused saying which; a changed step is named. What the writer writes
//! the reader reads (one time limit for `--until`, `Jump`, `end.after` and
//! the reader); every acknowledged line is written, flushed and synced
//! first; a failed write, flush or sync leaves a valid prefix, is not
//! acknowledged and stops the recorder; a script line stamped before the
//! clock is refused, not run late, and one stamped after a pause it cannot
//! reach is refused, not run at the paused time. Also the reference
//! solution and the `run`/`replay` commands.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use cyberdrill::journal::{
    self, Header, IDLE_LINE_EVERY, JournalError, JournalWriter, Recorder, ReplayError, ResumeError, Sink,
};
use cyberdrill::scenario::load;
use cyberdrill::scenario::model::Scenario;
use cyberdrill::sim::{Action, Participant, Refusal, Simulation};
use cyberdrill::time::{Duration, LONGEST_EXERCISE, SimTime};

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
        recorder.advance_to(entry.at).unwrap();
        recorder
            .act(&entry.participant, entry.action.clone())
            .unwrap()
            .ok();
    }
    recorder.advance_to(SimTime(90 * 1440)).unwrap();
    recorder.finish().unwrap().state_hash()
}

fn script_humans(script: &journal::Journal) -> Vec<Participant> {
    script
        .entries
        .iter()
        .map(|e| e.participant.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
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

/// Texts in a request's elements: the reference solution (bare fields,
/// the form every journal had before texts), with its first draft written
/// out instead. Both forms are read, recorded and replayed; a bare field is
/// written back exactly as it was.
#[test]
fn old_and_written_fields_are_recorded_and_replay_to_the_same_hash() {
    let reference = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hospital-ransomware.actions"),
    )
    .unwrap();
    let bare = "CustodianLocation, Necessity, MlaToFollow])";
    let written = r#"CustodianLocation, (Necessity, "NetFlow is kept two days at most"), (MlaToFollow, "An MLA request follows")])"#;
    assert_eq!(
        reference.matches(bare).count(),
        1,
        "the reference's first draft changed"
    );
    let script = journal::parse(&reference.replace(bare, written)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.journal");
    let scenario = load::load_default();
    let hash = record(&scenario, &script, &path);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(r#"CustodianLocation,(Necessity,"NetFlow is kept two days at most"),(MlaToFollow,"An MLA request follows")])"#),
        "{text}"
    );
    assert!(
        text.contains("fields:[RequestingAuthority,DataAndRelation,LegalBasis])"),
        "a bare field is recorded as before:\n{text}"
    );
    let replayed = journal::replay(&scenario, &journal::read(&path).unwrap()).unwrap();
    assert!(replayed.verified_end);
    assert_eq!(replayed.simulation.state_hash(), hash);
    let view = replayed.simulation.view(&"VL/247".parse().unwrap()).unwrap();
    let texts: Vec<Option<&str>> = view.requests[0]
        .fields
        .iter()
        .map(|f| f.text.as_deref())
        .collect();
    assert_eq!(
        texts,
        [
            None,
            None,
            None,
            None,
            Some("NetFlow is kept two days at most"),
            Some("An MLA request follows")
        ]
    );
    // The texts are state: the same play without them ends elsewhere.
    assert_ne!(
        hash,
        record(&scenario, &reference_actions(), &dir.path().join("bare.journal"))
    );
}

#[test]
fn a_torn_last_line_is_reported_and_not_replayed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.journal");
    let scenario = load::load_default();
    record(&scenario, &reference_actions(), &path);
    let text = std::fs::read_to_string(&path).unwrap();
    // A crash mid-write: everything up to step 5, then half of step 6
    // (steps are the numbered lines: actions and clock lines).
    let lines: Vec<&str> = text.lines().collect();
    let torn = format!("{}\n{}", lines[..6].join("\n"), &lines[6][..lines[6].len() / 2]);
    match journal::parse(&torn) {
        Err(JournalError::Torn { line: 7, .. }) => {}
        other => panic!("expected a torn line 7, got {other:?}"),
    }
    // Cut at a line end, the same prefix is a valid journal without an end.
    let whole = format!("{}\n", lines[..6].join("\n"));
    let prefix = journal::parse(&whole).unwrap();
    assert_eq!(prefix.step_count(), 5);
    let replayed = journal::replay(&scenario, &prefix).unwrap();
    assert_eq!(replayed.steps, 5);
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
    // Someone edits the ninth action: the investigator looks up another
    // lead. It is named by its step number in the journal, where clock
    // lines are numbered too.
    recorded.entries[8].action = cyberdrill::sim::Action::LookUp {
        lead: "leak-site".into(),
    };
    let seq = recorded.entries[8].seq;
    assert!(seq > 9, "clock lines come before it: {seq}");
    match journal::replay(&scenario, &recorded) {
        Err(ReplayError::Diverged { step, .. }) => {
            assert!(step.starts_with(&format!("step {seq} (")), "{step}")
        }
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
    // A path that is not there is a usage error (2), as in `check`.
    let out = cyberdrill(&["run", "no/such/scenario.ron"]);
    assert_eq!(out.status.code(), Some(2));

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

/// tests/data/valid/minimal.ron with `end: (after: END)`, written into
/// `dir` beside the fragment it includes.
fn minimal_lasting(dir: &Path, end: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    std::fs::create_dir_all(dir.join("valid")).unwrap();
    std::fs::create_dir_all(dir.join("fragments")).unwrap();
    std::fs::copy(
        root.join("fragments/two-countries.ron"),
        dir.join("fragments/two-countries.ron"),
    )
    .unwrap();
    let text = std::fs::read_to_string(root.join("valid/minimal.ron")).unwrap();
    assert!(text.contains(r#"end: (after: "3d")"#));
    let path = dir.join(format!("valid/lasting-{end}.ron"));
    std::fs::write(
        &path,
        text.replace(r#"end: (after: "3d")"#, &format!(r#"end: (after: "{end}")"#)),
    )
    .unwrap();
    path
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// One limit for every input that moves the clock, so that whatever the
/// writer writes the reader reads: `--until` past it is a usage error, a
/// `Jump` past it is refused, and a run to the limit itself replays.
/// (The checker's side, `end.after`, is tests/data/invalid/end-too-long.ron.)
#[test]
fn the_reader_reads_every_time_the_writer_can_write() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = minimal_lasting(dir.path(), "100y");
    let scenario_arg = scenario.to_str().unwrap();

    let out = cyberdrill(&["run", scenario_arg, "--until", "101y"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("at most 100 years"), "{}", stderr(&out));

    // Right at the limit: the end line is the latest time, and it reads back.
    let at_limit = dir.path().join("limit.journal");
    let out = cyberdrill(&[
        "run",
        scenario_arg,
        "--until",
        "100y",
        "--journal",
        at_limit.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&at_limit).unwrap();
    assert!(text.contains(&format!("end {} ", SimTime::LATEST)), "{text}");
    let out = cyberdrill(&["replay", at_limit.to_str().unwrap(), "--scenario", scenario_arg]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // The reader's limit is exactly the writer's.
    let end = |at: SimTime| format!("end {at} {}\n", "0".repeat(64));
    assert!(journal::parse(&end(SimTime::LATEST)).is_ok());
    let err = journal::parse(&end(SimTime(SimTime::LATEST.minutes() + 1))).unwrap_err();
    assert!(
        err.to_string().contains("the latest time a journal can record"),
        "{err}"
    );

    // A Jump past the limit is refused, and the journal of it replays.
    let loaded = load::load_path(&scenario).unwrap();
    let journal_path = dir.path().join("jump.journal");
    let mut recorder = Recorder::start(Some(&journal_path), &loaded, 1, vec![]).unwrap();
    let too_far = Action::Jump {
        to: Duration(LONGEST_EXERCISE.as_minutes() + 1),
    };
    let refusal = recorder
        .act(&Participant::Trainer, too_far)
        .unwrap()
        .expect_err("a Jump past the limit is refused");
    assert!(
        matches!(refusal, Refusal::PastLatest { latest, .. } if latest.to_string() == "d36500 00:00"),
        "{refusal:?}"
    );
    assert_eq!(recorder.simulation().unwrap().now(), SimTime::START);
    let to_limit = Action::Jump { to: LONGEST_EXERCISE };
    recorder.act(&Participant::Trainer, to_limit).unwrap().unwrap();
    assert!(
        recorder
            .advance_to(SimTime(SimTime::LATEST.minutes() + 1))
            .is_err()
    );
    recorder.finish().unwrap();
    let recorded = journal::read(&journal_path).unwrap();
    assert!(journal::replay(&loaded, &recorded).unwrap().verified_end);
}

/// A journal stand-in whose disk fills once, part-way through a line, and
/// then has room again: without cutting back and stopping, the next line
/// would be glued onto the half line, in the middle of the journal.
#[derive(Clone, Default)]
struct FillsOnce {
    bytes: Arc<Mutex<Vec<u8>>>,
    /// Fail when the journal would grow past this many bytes (once).
    room: Arc<Mutex<Option<usize>>>,
}

impl FillsOnce {
    fn text(&self) -> String {
        String::from_utf8(self.bytes.lock().unwrap().clone()).unwrap()
    }
}

impl Write for FillsOnce {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut bytes = self.bytes.lock().unwrap();
        let mut room = self.room.lock().unwrap();
        let Some(limit) = *room else {
            bytes.extend_from_slice(buf);
            return Ok(buf.len());
        };
        if bytes.len() >= limit {
            *room = None;
            return Err(std::io::Error::other("no space left on device"));
        }
        let n = buf.len().min(limit - bytes.len());
        bytes.extend_from_slice(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Sink for FillsOnce {
    fn sync(&mut self) -> std::io::Result<()> {
        Ok(())
    }

    fn truncate(&mut self, len: u64) -> std::io::Result<()> {
        self.bytes.lock().unwrap().truncate(len as usize);
        Ok(())
    }
}

#[test]
fn a_failed_write_leaves_a_valid_prefix_and_stops_the_recorder() {
    let scenario = load::load_default();
    let script = reference_actions();
    let humans = script_humans(&script);
    // Plays the script; says which script line's calls failed first, and
    // how many journal lines there were after each script line.
    let play = |sink: &FillsOnce| {
        let mut recorder = Recorder::start_with_sink(
            sink.clone(),
            "test.journal",
            &scenario,
            scenario.seed,
            humans.clone(),
        )
        .unwrap();
        let mut failed = None;
        let mut written = Vec::new();
        for entry in &script.entries {
            let step = recorder
                .advance_to(entry.at)
                .and_then(|_| recorder.act(&entry.participant, entry.action.clone()));
            if let Err(e) = step {
                failed.get_or_insert((entry.seq, e));
            }
            written.push((entry.seq, sink.text().lines().count()));
        }
        let finished = recorder
            .advance_to(SimTime(90 * 1440))
            .and_then(|_| recorder.finish().map(|_| ()));
        (failed, finished, written)
    };

    let whole = FillsOnce::default();
    let (failed, finished, written) = play(&whole);
    assert!(failed.is_none() && finished.is_ok());
    let whole = whole.text();
    let lines: Vec<&str> = whole.lines().collect();
    // The disk fills halfway through step 5 (line 6), which the calls for
    // this script line write (its action, or a clock line before it):
    let writes_line_6 = written.iter().find(|(_, lines)| *lines >= 6).unwrap().0;
    let before: usize = lines[..5].iter().map(|l| l.len() + 1).sum();
    let full = FillsOnce::default();
    *full.room.lock().unwrap() = Some(before + lines[5].len() / 2);
    let (failed, finished, _) = play(&full);

    let (seq, error) = failed.expect("the write fails");
    assert_eq!(seq, writes_line_6);
    assert!(error.to_string().contains("no space left on device"), "{error}");
    assert!(error.to_string().contains("cut back"), "{error}");
    // Every later call returns the same error; nothing more is written.
    assert_eq!(finished.unwrap_err(), error);
    let text = full.text();
    assert_eq!(
        text,
        format!("{}\n", lines[..5].join("\n")),
        "a valid prefix, nothing glued"
    );
    let prefix = journal::parse(&text).unwrap();
    assert_eq!(prefix.step_count(), 4);
    assert!(journal::replay(&scenario, &prefix).is_ok());

    // The header itself failing leaves nothing, and no recorder.
    let empty = FillsOnce::default();
    *empty.room.lock().unwrap() = Some(10);
    assert!(Recorder::start_with_sink(empty.clone(), "test.journal", &scenario, 1, vec![]).is_err());
    assert_eq!(empty.text(), "");
}

#[test]
fn a_poisoned_recorder_refuses_every_later_call() {
    let scenario = load::load_default();
    let sink = FillsOnce::default();
    let mut recorder = Recorder::start_with_sink(sink.clone(), "test.journal", &scenario, 1, vec![]).unwrap();
    let header = sink.text();
    *sink.room.lock().unwrap() = Some(header.len() + 3);
    let note = || Action::Annotate { text: "note".into() };
    let error = recorder.act(&Participant::Trainer, note()).unwrap_err();
    assert_eq!(recorder.act(&Participant::Trainer, note()).unwrap_err(), error);
    assert_eq!(recorder.advance_to(SimTime(60)).unwrap_err(), error);
    assert_eq!(recorder.simulation().err(), Some(error.clone()));
    assert_eq!(recorder.finish().err(), Some(error));
    assert_eq!(sink.text(), header);
}

#[test]
fn a_script_line_stamped_before_the_clock_is_refused_not_run_late() {
    let dir = tempfile::tempdir().unwrap();
    let actions = dir.path().join("jump.actions");
    std::fs::write(
        &actions,
        "1 d0 00:00 trainer Jump(to: \"5d\")\n2 d1 00:00 trainer Annotate(text: \"written for day one\")\n3 d6 00:00 trainer Annotate(text: \"on time\")\n",
    )
    .unwrap();
    let actions = actions.to_str().unwrap();
    let out = cyberdrill(&["run", "--actions", actions, "--until", "10d", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let refused = json["refused"].as_array().unwrap();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0]["step"], 2);
    let reason = refused[0]["reason"].as_str().unwrap();
    assert!(
        reason.contains("stamped d1 00:00") && reason.contains("not applied"),
        "{reason}"
    );
    let texts: Vec<&str> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["text"].as_str())
        .collect();
    assert!(
        !texts.iter().any(|t| t.contains("written for day one")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("on time")), "{texts:?}");

    let out = cyberdrill(&["run", "--actions", actions, "--until", "10d"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("REFUSED (step 2): stamped d1 00:00"), "{text}");
}

/// A script that pauses: lines stamped at the time of the pause run (the
/// people still act), a `Resume` at that time lets the clock go on; after
/// a pause never resumed, every later line is refused as out of reach,
/// never applied at the paused time, and the run stops at the pause. Its
/// journal replays to the same end.
#[test]
fn a_script_that_pauses_stops_the_clock_and_reports_the_lines_it_cannot_reach() {
    let dir = tempfile::tempdir().unwrap();
    let actions = dir.path().join("pause.actions");
    std::fs::write(
        &actions,
        "1 d0 01:00 trainer Pause\n\
         2 d0 01:00 trainer Annotate(text: \"during the pause\")\n\
         3 d0 01:00 trainer Resume\n\
         4 d0 02:00 trainer Pause\n\
         5 d0 03:00 trainer Annotate(text: \"never reached\")\n\
         6 d0 04:00 trainer Resume\n",
    )
    .unwrap();
    let actions = actions.to_str().unwrap();
    let journal_path = dir.path().join("pause.journal");
    let out = cyberdrill(&[
        "run",
        "--actions",
        actions,
        "--until",
        "10d",
        "--json",
        "--journal",
        journal_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("paused at d0 02:00 and never resumed: the run stops there"),
        "{}",
        stderr(&out)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sim_end"], "d0 02:00");
    let refused = json["refused"].as_array().unwrap();
    let steps: Vec<u64> = refused.iter().map(|r| r["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, [5, 6], "{refused:?}");
    for r in refused {
        assert_eq!(r["at"], "d0 02:00", "{r}");
        let reason = r["reason"].as_str().unwrap();
        assert!(
            reason.contains("paused at d0 02:00") && reason.contains("not applied"),
            "{reason}"
        );
    }
    let events: Vec<(String, String, u64)> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let at = e["at"].as_str().unwrap().into();
            (
                at,
                e["text"].as_str().unwrap().into(),
                e["minute"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        events.contains(&("d0 01:00".into(), "note: during the pause".into(), 60)),
        "{events:?}"
    );
    assert!(
        !events.iter().any(|(_, t, _)| t.contains("never reached")),
        "{events:?}"
    );
    assert!(events.iter().all(|(_, _, minute)| *minute <= 120), "{events:?}");

    let out = cyberdrill(&["replay", journal_path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let replayed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(replayed["sim_end"], "d0 02:00");
    assert_eq!(replayed["state_hash"], json["state_hash"]);

    let out = cyberdrill(&["run", "--actions", actions, "--until", "10d"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("REFUSED (step 5): stamped d0 03:00, but the exercise is paused at d0 02:00"),
        "{text}"
    );
}

/// Clock lines in an actions file (a journal read as one) let the clock
/// run to their time; one the clock cannot reach because of a pause is
/// refused like any other line, under the name `clock`. A whole journal
/// read as an actions file plays the same exercise again.
#[test]
fn clock_lines_in_an_actions_file_run_the_clock_and_a_pause_stops_them() {
    let dir = tempfile::tempdir().unwrap();
    let actions = dir.path().join("clock.actions");
    std::fs::write(
        &actions,
        "1 d0 00:10 trainer Annotate(text: \"one\")\n\
         2 d0 02:00 clock\n\
         3 d0 02:00 trainer Pause\n\
         4 d0 03:00 clock\n",
    )
    .unwrap();
    let out = cyberdrill(&["run", "--actions", actions.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sim_end"], "d0 02:00");
    let refused = json["refused"].as_array().unwrap();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(
        (&refused[0]["step"], &refused[0]["participant"], &refused[0]["at"]),
        (&4.into(), &"clock".into(), &"d0 02:00".into())
    );
    let reason = refused[0]["reason"].as_str().unwrap();
    assert!(reason.contains("stamped d0 03:00") && reason.contains("paused at d0 02:00"));

    let path = dir.path().join("reference.journal");
    let ran = cyberdrill(&[
        "run",
        "--actions",
        "scenarios/hospital-ransomware.actions",
        "--journal",
        path.to_str().unwrap(),
        "--json",
    ]);
    assert!(std::fs::read_to_string(&path).unwrap().contains(" clock #"));
    let again = cyberdrill(&["run", "--actions", path.to_str().unwrap(), "--json"]);
    assert!(again.status.success(), "{}", stderr(&again));
    let hash = |out: &std::process::Output| {
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["state_hash"].clone()
    };
    assert_eq!(hash(&again), hash(&ran));
}

#[test]
fn an_empty_journal_a_torn_header_and_a_torn_end_say_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let replay = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        cyberdrill(&["replay", path.to_str().unwrap()])
    };

    let out = replay("empty.journal", "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("empty") && stderr(&out).contains("before its header"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("actions file"), "{}", stderr(&out));

    let out = replay("torn-header.journal", "cyberdrill-journal 1 {\"scenario\":\"hosp");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("header itself is incomplete"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("line 0"), "{}", stderr(&out));
    let err = journal::parse("cyberdrill-journal 1 {\"sc").unwrap_err();
    assert!(err.to_string().contains("header itself is incomplete"), "{err}");

    // A journal torn in its end line: every step is still checked.
    let path = dir.path().join("run.journal");
    let scenario = load::load_default();
    record(&scenario, &reference_actions(), &path);
    let text = std::fs::read_to_string(&path).unwrap();
    // Every numbered line is a step: actions and clock lines.
    let steps = text
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .count();
    assert!(steps > reference_actions().entries.len(), "no clock line");
    let torn_end = &text[..text.len() - 20];
    let out = replay("torn-end.journal", torn_end);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(message.contains("end line"), "{message}");
    assert!(message.contains(&format!("steps 1 to {steps}")), "{message}");
    match journal::replay_prefix(&scenario, &journal::parse_prefix(torn_end).unwrap()) {
        Err(ReplayError::Torn {
            torn,
            steps: verified,
        }) => {
            assert!(torn.is_end());
            assert_eq!(verified, steps);
        }
        other => panic!("expected a torn end, got {:?}", other.err()),
    }

    // A torn end after a step that no longer replays: the divergence wins.
    let mut lines: Vec<String> = torn_end.split('\n').map(str::to_string).collect();
    let third_action = lines
        .iter()
        .position(|l| l.starts_with("3 ") && !l.contains(" clock #"))
        .unwrap_or_else(|| panic!("step 3 is an action: {torn_end}"));
    let head: Vec<&str> = lines[third_action].splitn(6, ' ').take(5).collect();
    assert!(head[4].starts_with('#'), "{}", lines[third_action]);
    lines[third_action] = format!("{} Annotate(text:\"edited\")", head.join(" "));
    let out = replay("edited.journal", &lines.join("\n"));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

/// A sink call a [`Disk`] can be told to fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Call {
    Flush,
    Sync,
}

/// What a [`Disk`] holds and has been asked to do.
#[derive(Default)]
struct DiskState {
    bytes: Vec<u8>,
    /// How many bytes the last successful sync made durable: what a crash
    /// would leave.
    durable: usize,
    /// Every call in order (`write`, `flush`, `sync`, `truncate N`), and
    /// `ack N` where the test acknowledged step N.
    calls: Vec<String>,
    /// Fail this call once, when the journal holds this many lines.
    fail: Option<(Call, usize)>,
}

impl DiskState {
    fn lines(&self) -> usize {
        self.bytes.iter().filter(|b| **b == b'\n').count()
    }

    fn maybe_fail(&mut self, call: Call) -> std::io::Result<()> {
        if self.fail == Some((call, self.lines())) {
            self.fail = None;
            return Err(std::io::Error::other(format!(
                "{call:?} failed: input/output error"
            )));
        }
        Ok(())
    }
}

/// A journal stand-in that logs every call and tracks what is durable.
#[derive(Clone, Default)]
struct Disk(Arc<Mutex<DiskState>>);

impl Disk {
    fn failing(call: Call, at_line: usize) -> Disk {
        let disk = Disk::default();
        disk.0.lock().unwrap().fail = Some((call, at_line));
        disk
    }

    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().bytes.clone()).unwrap()
    }
}

impl Write for Disk {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut disk = self.0.lock().unwrap();
        disk.calls.push("write".into());
        disk.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let mut disk = self.0.lock().unwrap();
        disk.calls.push("flush".into());
        disk.maybe_fail(Call::Flush)
    }
}

impl Sink for Disk {
    fn sync(&mut self) -> std::io::Result<()> {
        let mut disk = self.0.lock().unwrap();
        disk.calls.push("sync".into());
        disk.maybe_fail(Call::Sync)?;
        disk.durable = disk.bytes.len();
        Ok(())
    }

    fn truncate(&mut self, len: u64) -> std::io::Result<()> {
        let mut disk = self.0.lock().unwrap();
        disk.calls.push(format!("truncate {len}"));
        disk.bytes.truncate(len as usize);
        disk.durable = disk.durable.min(len as usize);
        Ok(())
    }
}

/// Every line the recorder acknowledges is written, flushed and synced
/// before [`Recorder::act`] returns: at each acknowledgement the whole
/// journal, ending with that step's line, is durable, and the calls since
/// the previous one are exactly write(s), flush, sync.
#[test]
fn each_line_is_synced_before_its_action_is_acknowledged() {
    let scenario = load::load_default();
    let script = reference_actions();
    let disk = Disk::default();
    let mut recorder = Recorder::start_with_sink(
        disk.clone(),
        "test.journal",
        &scenario,
        scenario.seed,
        script_humans(&script),
    )
    .unwrap();
    let acknowledge = |label: String, last_line_starts: &str| {
        let mut state = disk.0.lock().unwrap();
        assert_eq!(state.durable, state.bytes.len(), "{label}: not all synced");
        let text = String::from_utf8(state.bytes.clone()).unwrap();
        let last = text.strip_suffix('\n').and_then(|t| t.lines().last());
        assert!(
            last.is_some_and(|l| l.starts_with(last_line_starts)),
            "{label}: the journal ends with {last:?}"
        );
        state.calls.push(label);
    };
    acknowledge("ack header".into(), "cyberdrill-journal ");
    // Steps written so far: the journal's lines after its header.
    let steps = || disk.text().lines().count() - 1;
    // A clock line, if the advance wrote one, is as durable as an action
    // line when the advance returns (a host may show the new time then).
    let advance = |recorder: &mut Recorder, at: SimTime| {
        let before = steps();
        let reached = recorder.advance_to(at).unwrap();
        if steps() > before {
            assert_eq!(steps(), before + 1, "one clock line per advance");
            let seq = before + 1;
            acknowledge(format!("ack clock {seq}"), &format!("{seq} {reached} clock #"));
        }
    };
    for entry in &script.entries {
        advance(&mut recorder, entry.at);
        recorder
            .act(&entry.participant, entry.action.clone())
            .expect("the journal is written")
            .expect("the reference solution is accepted");
        let seq = steps();
        acknowledge(
            format!("ack {seq}"),
            &format!("{seq} {} {} #", entry.at, entry.participant),
        );
    }
    advance(&mut recorder, SimTime(90 * 1440));
    recorder.finish().unwrap();
    acknowledge("ack end".into(), "end ");

    let calls = disk.0.lock().unwrap().calls.clone();
    let mut since_last = Vec::new();
    let mut acks = 0;
    for call in &calls {
        if call.starts_with("ack ") {
            let writes = since_last.iter().take_while(|c| **c == "write").count();
            assert!(
                writes >= 1 && since_last[writes..] == ["flush", "sync"],
                "before {call}: {since_last:?}"
            );
            since_last.clear();
            acks += 1;
        } else {
            since_last.push(call.as_str());
        }
    }
    // Every line acknowledged once: the header, each step, the end.
    let lines = disk.text().lines().count();
    assert_eq!(acks, lines, "{calls:?}");
    assert!(lines > script.entries.len() + 2, "no clock line was written");
}

/// A flush or a sync that fails on the line of step 5 (line 6, after the
/// header; an action or a clock line): the script line whose calls write
/// it is not acknowledged, the journal is cut back to its
/// last complete line (the line was written whole but never made
/// durable), and the recorder stops: every later call fails with the same
/// error and nothing more is written.
#[test]
fn a_failed_flush_or_sync_is_not_acknowledged_and_stops_the_recorder() {
    let scenario = load::load_default();
    let script = reference_actions();
    let humans = script_humans(&script);
    let play = |disk: &Disk| {
        let mut recorder = Recorder::start_with_sink(
            disk.clone(),
            "test.journal",
            &scenario,
            scenario.seed,
            humans.clone(),
        )
        .unwrap();
        let mut results = Vec::new();
        let mut written = Vec::new();
        for entry in &script.entries {
            let step = recorder
                .advance_to(entry.at)
                .and_then(|_| recorder.act(&entry.participant, entry.action.clone()));
            results.push(step.map(|accepted| accepted.is_ok()));
            written.push(disk.0.lock().unwrap().lines());
        }
        // No host may show (or build on) a state the journal does not hold.
        let shown = recorder.simulation().err();
        let finished = recorder
            .advance_to(SimTime(90 * 1440))
            .and_then(|_| recorder.finish().map(|_| ()));
        (results, shown, finished, written)
    };
    let healthy = Disk::default();
    let (results, shown, finished, written) = play(&healthy);
    assert!(results.iter().all(|r| r == &Ok(true)) && shown.is_none() && finished.is_ok());
    let whole = healthy.text();
    let lines: Vec<&str> = whole.lines().collect();
    // The script line whose calls write line 6.
    let failing = written.iter().position(|lines| *lines >= 6).unwrap();
    assert!(failing < 5, "clock lines come before the fifth action");

    for call in [Call::Flush, Call::Sync] {
        let disk = Disk::failing(call, 6);
        let (results, shown, finished, _) = play(&disk);
        assert!(
            results[..failing].iter().all(|r| r == &Ok(true)),
            "{call:?}: {results:?}"
        );
        let error = results[failing].clone().expect_err("step 5 is not acknowledged");
        let message = error.to_string();
        assert!(
            message.contains(&format!("{call:?} failed: input/output error")),
            "{call:?}: {message}"
        );
        assert!(
            message.contains("cut back to its last complete line"),
            "{message}"
        );
        // The recorder stopped: the same error for every later step and
        // the end, and not one more write after the cut.
        for later in &results[failing + 1..] {
            assert_eq!(later.as_ref().unwrap_err(), &error, "{call:?}");
        }
        assert_eq!(shown, Some(error.clone()), "{call:?}");
        assert_eq!(finished.unwrap_err(), error);
        let state = disk.0.lock().unwrap();
        let failed_at = state
            .calls
            .iter()
            .position(|c| c.starts_with("truncate"))
            .unwrap();
        assert_eq!(
            state.calls[failed_at..],
            [
                format!(
                    "truncate {}",
                    lines[..5].iter().map(|l| l.len() + 1).sum::<usize>()
                ),
                "sync".to_string()
            ],
            "{call:?}"
        );
        // Header and steps 1 to 4, durable, and a valid journal.
        let text = String::from_utf8(state.bytes.clone()).unwrap();
        assert_eq!(text, format!("{}\n", lines[..5].join("\n")), "{call:?}");
        assert_eq!(state.durable, text.len(), "{call:?}: the cut itself is synced");
        let prefix = journal::parse(&text).unwrap();
        assert_eq!(prefix.step_count(), 4);
        assert!(journal::replay(&scenario, &prefix).is_ok());
        drop(state);

        // The writer stops by itself too, whoever drives it.
        let disk = Disk::failing(call, 2);
        let header = Header::new(&scenario, 1, vec![]);
        let mut writer = JournalWriter::to_sink(disk.clone(), "test.journal", &header).unwrap();
        let entry = journal::Entry {
            seq: 1,
            at: SimTime(10),
            participant: Participant::Trainer,
            action: Action::Annotate { text: "note".into() },
            hash: None,
        };
        let error = writer.append(&entry).unwrap_err();
        assert_eq!(writer.failed(), Some(&error));
        let calls = disk.0.lock().unwrap().calls.len();
        assert_eq!(writer.append(&entry).unwrap_err(), error);
        assert_eq!(writer.finish(SimTime(20), "0").unwrap_err(), error);
        assert_eq!(
            disk.0.lock().unwrap().calls.len(),
            calls,
            "{call:?}: written after the failure"
        );
        assert_eq!(disk.text(), format!("{}\n", journal::format_header(&header)));
    }
}

/// A's team, the humans of `tests/data/sim/conditions.ron`.
fn conditions_team() -> Vec<Participant> {
    ["A/investigator", "A/prosecutor", "A/247"]
        .iter()
        .map(|p| p.parse().unwrap())
        .collect()
}

/// Idle time is journaled, but not tick by tick: an advance that handled
/// an event is a clock line at once; otherwise a line once
/// [`IDLE_LINE_EVERY`] (15 simulated minutes) has passed since the last
/// one. Worked out by hand from `tests/data/sim/conditions.ron`, where
/// nothing is due on the first day but the inject at 05:00 and the stage
/// at 06:00. Each clock line's hash is the state's there: replay checks
/// them all.
#[test]
fn idle_time_is_journaled_every_quarter_hour_and_at_every_event() {
    assert_eq!(IDLE_LINE_EVERY, Duration::minutes(15));
    let scenario = common::load_clean("tests/data/sim/conditions.ron");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("idle.journal");
    let mut recorder = Recorder::start(Some(&path), &scenario, 1, conditions_team()).unwrap();
    // A clock driver ticking every simulated minute for two hours: a line
    // at 00:15, 00:30, ... 02:00, none for the ticks between.
    for minute in 1..=120 {
        assert_eq!(recorder.advance_to(SimTime(minute)).unwrap(), SimTime(minute));
    }
    // Then coarser ticks: 04:50 is idle (170 minutes since 02:00); 04:55
    // is five minutes on; 05:01 handles the inject at 05:00, six minutes
    // after the last line; 05:05 is four minutes on.
    for at in [4 * 60 + 50, 4 * 60 + 55, 5 * 60 + 1, 5 * 60 + 5] {
        recorder.advance_to(SimTime(at)).unwrap();
    }
    let written = journal::read(&path).unwrap();
    let times: Vec<String> = written.clock.iter().map(|c| c.at.to_string()).collect();
    let mut expected: Vec<String> = (1..=8).map(|q| SimTime(q * 15).to_string()).collect();
    expected.extend(["d0 04:50".to_string(), "d0 05:01".to_string()]);
    assert_eq!(times, expected);
    assert!(written.entries.is_empty() && written.end.is_none());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\n9 d0 04:50 clock #"), "{text}");

    let replayed = journal::replay(&scenario, &written).unwrap();
    assert_eq!(replayed.steps, 10);
    assert_eq!(replayed.simulation.now(), SimTime(5 * 60 + 1));
    assert_eq!(
        replayed.simulation.state_hash(),
        Simulation::with_humans(&scenario, 1, conditions_team())
            .map(|mut sim| {
                sim.advance_to(SimTime(5 * 60 + 1));
                sim.state_hash()
            })
            .unwrap()
    );
    // Paused, the clock stays and nothing is written, however long.
    recorder
        .act(&Participant::Trainer, Action::Pause)
        .unwrap()
        .unwrap();
    let before = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        recorder.advance_to(SimTime(3 * 1440)).unwrap(),
        SimTime(5 * 60 + 5)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

/// The host's state at its last journaled line: what a crash leaves.
struct Journaled {
    lines: usize,
    now: SimTime,
    hash: String,
}

impl Journaled {
    fn note(&mut self, path: &Path, recorder: &Recorder) {
        let lines = std::fs::read_to_string(path).unwrap().lines().count();
        if lines > self.lines {
            let sim = recorder.simulation().unwrap();
            *self = Journaled {
                lines,
                now: sim.now(),
                hash: sim.state_hash(),
            };
        }
    }
}

/// A live host plays the reference solution's first 21 actions with its
/// clock driver ticking every 7 simulated minutes, then lets the clock
/// run idle through the night, and crashes at d1 05:53 (dropped: no end
/// line). Resumed from its journal, the exercise is at the time of the
/// last line written (late in the idle night, not at the last action at
/// d0 12:10) with the same full state hash; appending goes on, and the
/// whole journal, crash and all, ends where a host that never crashed
/// ends.
#[test]
fn a_crashed_host_resumes_at_the_time_it_had_reached_with_the_same_hash() {
    let scenario = load::load_default();
    let script = reference_actions();
    let humans = script_humans(&script);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live.journal");
    let mut host = Recorder::start(Some(&path), &scenario, scenario.seed, humans.clone()).unwrap();
    let mut twin = Recorder::start(None, &scenario, scenario.seed, humans).unwrap();
    let mut journaled = Journaled {
        lines: 1,
        now: SimTime::START,
        hash: String::new(),
    };
    let mut clock = SimTime::START;
    let mut tick_until = |to: SimTime, host: &mut Recorder, twin: &mut Recorder, j: &mut Journaled| {
        while clock < to {
            clock = SimTime((clock.minutes() + 7).min(to.minutes()));
            host.advance_to(clock).unwrap();
            twin.advance_to(clock).unwrap();
            j.note(&path, host);
        }
    };
    let (before, after) = script.entries.split_at(21);
    assert_eq!(before.last().unwrap().at.to_string(), "d0 12:10");
    for entry in before {
        tick_until(entry.at, &mut host, &mut twin, &mut journaled);
        host.act(&entry.participant, entry.action.clone())
            .unwrap()
            .unwrap();
        twin.act(&entry.participant, entry.action.clone())
            .unwrap()
            .unwrap();
        journaled.note(&path, &host);
    }
    let crash = SimTime(1440 + 5 * 60 + 53);
    tick_until(crash, &mut host, &mut twin, &mut journaled);
    assert_eq!(host.simulation().unwrap().now(), crash);
    drop(host);

    // Idle time is in the journal: the last line is within a quarter of
    // an hour of the crash, hours after the last action.
    assert!(journaled.now > SimTime(1440 + 5 * 60), "{}", journaled.now);
    assert!(crash.minutes() - journaled.now.minutes() < IDLE_LINE_EVERY.as_minutes());
    let resumed = Recorder::resume(&path, &scenario).unwrap();
    assert!(resumed.cut.is_none());
    assert_eq!(resumed.steps, journaled.lines - 1);
    let mut host = resumed.recorder;
    assert_eq!(host.simulation().unwrap().now(), journaled.now);
    assert_eq!(host.simulation().unwrap().state_hash(), journaled.hash);

    for entry in after {
        for recorder in [&mut host, &mut twin] {
            recorder.advance_to(entry.at).unwrap();
            recorder
                .act(&entry.participant, entry.action.clone())
                .unwrap()
                .unwrap();
        }
    }
    for recorder in [&mut host, &mut twin] {
        recorder.advance_to(SimTime(90 * 1440)).unwrap();
    }
    let end = host.finish().unwrap().state_hash();
    assert_eq!(end, twin.finish().unwrap().state_hash());
    let replayed = journal::replay(&scenario, &journal::read(&path).unwrap()).unwrap();
    assert!(replayed.verified_end);
    assert_eq!(replayed.simulation.state_hash(), end);
}

/// A host that crashed while writing a line: resume reports the torn
/// line, cuts it off the file (it was never acknowledged) and appends
/// after the last complete line. A journal that does not replay is
/// refused and left as it was; a finished one has nothing to resume.
#[test]
fn resume_cuts_a_torn_line_and_refuses_a_journal_that_does_not_replay() {
    let scenario = common::load_clean("tests/data/sim/conditions.ron");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("torn.journal");
    let mut recorder = Recorder::start(Some(&path), &scenario, 1, conditions_team()).unwrap();
    recorder.advance_to(SimTime(30)).unwrap();
    let note = |text: &str| Action::Annotate { text: text.into() };
    recorder
        .act(&Participant::Trainer, note("kept"))
        .unwrap()
        .unwrap();
    drop(recorder);
    let whole = std::fs::read_to_string(&path).unwrap();
    assert!(whole.ends_with("Annotate(text:\"kept\")\n"), "{whole}");
    // The crash: half of step 3 on disk.
    std::fs::write(&path, format!("{whole}3 d0 00:4")).unwrap();

    let resumed = Recorder::resume(&path, &scenario).unwrap();
    let cut = resumed.cut.expect("the torn line is reported");
    assert_eq!((cut.line, cut.text.as_str()), (4, "3 d0 00:4"));
    assert_eq!(resumed.steps, 2);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), whole, "cut back");
    let mut recorder = resumed.recorder;
    assert_eq!(recorder.simulation().unwrap().now(), SimTime(30));
    recorder
        .act(&Participant::Trainer, note("after"))
        .unwrap()
        .unwrap();
    recorder.finish().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with(&whole) && text[whole.len()..].starts_with("3 d0 00:30 trainer #"),
        "{text}"
    );
    assert!(
        journal::replay(&scenario, &journal::read(&path).unwrap())
            .unwrap()
            .verified_end
    );

    // Finished: its end line is there.
    match Recorder::resume(&path, &scenario) {
        Err(ResumeError::Finished { at }) => assert_eq!(at, SimTime(30)),
        other => panic!("expected a refusal, got {:?}", other.err()),
    }
    // Step 2's hash edited: refused, naming the step, and not touched.
    let edited = whole.replace(" trainer #", " trainer #0000");
    let edited_path = dir.path().join("edited.journal");
    std::fs::write(&edited_path, format!("{edited}3 d0 00:4")).unwrap();
    match Recorder::resume(&edited_path, &scenario) {
        Err(ResumeError::Replay(ReplayError::Diverged { step, .. })) => {
            assert!(step.starts_with("step 2 "), "{step}")
        }
        other => panic!("expected a divergence, got {:?}", other.err()),
    }
    assert_eq!(
        std::fs::read_to_string(&edited_path).unwrap(),
        format!("{edited}3 d0 00:4")
    );
}

/// Journals are format 2 (clock lines). One written in format 1, by an
/// earlier cyberdrill, is refused with what it is and what to do; one
/// from a newer cyberdrill says so.
#[test]
fn a_format_1_journal_is_refused_saying_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = load::load_default();
    let header = journal::format_header(&Header::new(&scenario, 1, vec![]));
    assert!(header.starts_with("cyberdrill-journal 2 {"), "{header}");
    let v1 = header.replacen(" 2 ", " 1 ", 1);
    let path = dir.path().join("v1.journal");
    std::fs::write(
        &path,
        format!("{v1}\n1 d0 00:10 trainer #0123456789abcdef Annotate(text:\"old\")\n"),
    )
    .unwrap();
    let out = cyberdrill(&["replay", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let message = stderr(&out);
    for expected in [
        "line 1, column 1: this journal was written by an earlier cyberdrill, in journal format 1",
        "this cyberdrill reads format 2",
        "Re-run the exercise",
        "`cyberdrill run --actions`",
    ] {
        assert!(message.contains(expected), "`{expected}` not in {message}");
    }
    assert!(matches!(
        Recorder::resume(&path, &scenario),
        Err(ResumeError::Journal(JournalError::Line { line: 1, .. }))
    ));
    let v3 = header.replacen(" 2 ", " 3 ", 1);
    let err = journal::parse(&format!("{v3}\n")).unwrap_err().to_string();
    assert!(
        err.contains("written by a newer cyberdrill, in journal format 3"),
        "{err}"
    );
}

/// A journal names the content hash of its scenario and replays only
/// against that content. A field added to the format must leave the hash
/// of a scenario that does not use it as it was, or every journal recorded
/// before would be refused as "another version": the value below is
/// two-hops' hash before `clock` existed.
#[test]
fn a_scenario_that_sets_no_clock_keeps_its_content_hash() {
    let scenario = common::two_hops();
    assert_eq!(scenario.clock, None);
    assert_eq!(
        journal::scenario_hash(&scenario),
        "1764763d3a78a680355fe6330de55a1ed19257c0743e3d8ea1a61cb454e76513"
    );
}
