//! `cyberdrill report`: the after-action report of a journal, as a
//! trainer asks for it. Snapshots of the default scenario's reference play
//! and of a naive play (journals this test writes with `run --journal`),
//! ratings that follow from events, the same bytes from the same journal,
//! and clear errors for a journal of another scenario or version.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use cyberdrill::journal::Recorder;
use cyberdrill::sim::Participant;
use cyberdrill::time::SimTime;
use cyberdrill::tui::app::App;
use cyberdrill::tui::host::key_step;
use cyberdrill::words::Lang;

fn cyberdrill(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("the report is UTF-8")
}

/// The journal of the default scenario played with `actions`, written in `dir`.
fn journal(dir: &Path, actions: &str) -> PathBuf {
    let path = dir.join("exercise.journal");
    let path_text = path.to_str().unwrap();
    let out = cyberdrill(&["run", "--actions", actions, "--journal", path_text]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

fn report(journal: &Path, args: &[&str]) -> String {
    let mut all = vec!["report", journal.to_str().unwrap()];
    all.extend_from_slice(args);
    stdout(&cyberdrill(&all))
}

#[test]
fn the_reference_play_reports_every_objective_performed() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path(), "scenarios/hospital-ransomware.actions");
    let md = report(&journal, &[]);
    insta::assert_snapshot!("reference_md", md);
    let json = report(&journal, &["--format", "json"]);
    insta::assert_snapshot!("reference_json", json);
    // The reference play meets every objective in time, without a return.
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    for o in value["report"]["objectives"].as_array().unwrap() {
        assert_eq!(o["rating"], "P", "{o}");
    }
}

#[test]
fn the_naive_play_reports_what_went_wrong_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path(), "tests/data/hospital-ransomware.naive.actions");
    let md = report(&journal, &[]);
    insta::assert_snapshot!("naive_md", md);
    insta::assert_snapshot!("naive_json", report(&journal, &["--format", "json"]));
    insta::assert_snapshot!("naive_md_fr", report(&journal, &["--lang", "fr"]));
    // Hand-read from the naive play: the Art. 29 request (no. 3), sent at
    // d0 21:05, came back at d1 00:51 lacking (b), (e) and (f), and went
    // again at d1 06:05: a round trip of 9 hours.
    assert!(
        md.contains("the Budapest Art. 29 request to BR lacked offence and facts (Art. 29(2)(b)), necessity (Art. 29(2)(e)), MLA request to follow (Art. 29(2)(f)): a round trip of 9h"),
        "{md}"
    );
    // Art. 9 asked before the risk to life (d0 10:00): a channel error of VL/247.
    assert!(md.contains("| VL/247 | a person | 2 | 1 | 1 |"), "{md}");
    // The trainer's annotation, where it was made.
    assert!(
        md.contains("- d0 12:00 (Sat 11:40): Debrief: why did the MLA request go first"),
        "{md}"
    );
}

/// A play of the default scenario that meets two objectives late or just
/// in time, reasoned by hand:
/// - `emergency-subscriber` (by 3d: a window of 72 hours, whose last
///   quarter starts at 54h, d2 06:00): the Art. 9 request goes at d2 06:05,
///   after the risk to life opened it (d0 10:00), and is answered hours
///   later, before d3: met in time, in the last quarter: **S**.
/// - `domestic-records` (by 10d): Valnet's records are preserved at once
///   (Art. 16) but the production order is signed by the judge on Tuesday and sent at d10 18:00, and
///   produced after the deadline: met late: **M**.
/// - `preserve-netflow`: no Art. 29 request, the NetFlow rolls over: **U**.
const LATE: &str = "\
1 d0 00:15 VL/investigator LookUp(lead: \"exfiltration-alert\")
2 d0 00:20 VL/investigator Examine(lead: \"exfiltration-alert\")
3 d0 00:25 VL/investigator LookUp(lead: \"c2-server\")
4 d0 00:50 VL/investigator Draft(instrument: DomesticPreservation, to: \"VL\", items: [\"valnet-flow-records\"], fields: [RequestingAuthority, DataAndRelation, LegalBasis])
5 d0 00:55 VL/investigator Send(request: 1)
6 d2 06:00 VL/247 Draft(instrument: EmergencyDisclosure, to: \"BR\", items: [\"vps-subscriber\"], fields: [RequestingAuthority, EmergencyFacts, DataAndRelation])
7 d2 06:05 VL/247 Send(request: 2)
8 d10 01:00 VL/prosecutor Draft(instrument: ProductionOrder, to: \"VL\", items: [\"valnet-flow-records\"], fields: [RequestingAuthority, OffenceAndFacts, DataAndRelation, LegalBasis])
9 d10 01:02 VL/prosecutor Sign(request: 3)
10 d10 18:00 VL/prosecutor Send(request: 3)
";

#[test]
fn ratings_follow_from_events_met_late_is_not_performed() {
    let dir = tempfile::tempdir().unwrap();
    let actions = dir.path().join("late.actions");
    std::fs::write(&actions, LATE).unwrap();
    let journal = journal(dir.path(), actions.to_str().unwrap());
    let json: serde_json::Value = serde_json::from_str(&report(&journal, &["--format", "json"])).unwrap();
    let objectives = json["report"]["objectives"].as_array().unwrap();
    let rated = |id: &str| {
        objectives
            .iter()
            .find(|o| o["id"] == id)
            .unwrap_or_else(|| panic!("no objective {id}"))
    };
    let emergency = rated("emergency-subscriber");
    assert_eq!(emergency["rating"], "S", "{emergency}");
    assert_eq!(emergency["because"][0]["kind"], "last-quarter", "{emergency}");
    let domestic = rated("domestic-records");
    assert_eq!(domestic["rating"], "M", "{domestic}");
    assert_eq!(domestic["met"]["kind"], "late", "{domestic}");
    // Deadline d10 00:00 (14400 minutes): it held only after it.
    assert!(domestic["met"]["at"].as_i64().unwrap() > 14_400, "{domestic}");
    assert_eq!(rated("preserve-netflow")["rating"], "U");
}

#[test]
fn the_same_journal_gives_the_same_report_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path(), "tests/data/hospital-ransomware.naive.actions");
    for format in ["md", "json"] {
        let first = report(&journal, &["--format", format]);
        let second = report(&journal, &["--format", format]);
        assert_eq!(first, second, "--format {format}");
        let file = dir.path().join(format!("report.{format}"));
        report(&journal, &["--format", format, "-o", file.to_str().unwrap()]);
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            first,
            "-o, --format {format}"
        );
    }
}

#[test]
fn a_journal_of_another_scenario_or_version_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path(), "scenarios/hospital-ransomware.actions");
    let path = journal.to_str().unwrap();
    let out = cyberdrill(&[
        "report",
        path,
        "--scenario",
        "scenarios/cases/two-day-netflow.ron",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("recorded for scenario `hospital-ransomware`, not `two-day-netflow`"),
        "{err}"
    );

    // The same scenario, one objective worth more: another version.
    let copy = dir.path().join("scenarios");
    std::fs::create_dir_all(copy.join("regions")).unwrap();
    std::fs::copy(
        "scenarios/regions/meridian.ron",
        copy.join("regions/meridian.ron"),
    )
    .unwrap();
    let text = std::fs::read_to_string("scenarios/hospital-ransomware.ron").unwrap();
    let changed = text.replacen("points: 20,", "points: 25,", 1);
    assert_ne!(text, changed);
    let changed_path = copy.join("hospital-ransomware.ron");
    std::fs::write(&changed_path, changed).unwrap();
    let check = cyberdrill(&["check", changed_path.to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let out = cyberdrill(&["report", path, "--scenario", changed_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("recorded with another version of scenario `hospital-ransomware`"),
        "{err}"
    );

    // Writing over the journal would lose it.
    let out = cyberdrill(&["report", path, "-o", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        std::fs::read_to_string(&journal)
            .unwrap()
            .starts_with("cyberdrill-journal")
    );
}

#[test]
fn the_html_report_escapes_what_files_say() {
    let dir = tempfile::tempdir().unwrap();
    let actions = dir.path().join("hostile.actions");
    std::fs::write(
        &actions,
        "1 d0 00:10 trainer Annotate(text: \"<script>alert('x')</script> & <b>bold</b>\")\n",
    )
    .unwrap();
    let journal = journal(dir.path(), actions.to_str().unwrap());
    let html = report(&journal, &["--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"en\">"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script") && !html.contains("<b>bold"), "{html}");
    // Accessible: the figure and every table say what they are.
    assert!(html.contains(r#"role="img" aria-labelledby="figure-title figure-desc""#));
    assert_eq!(html.matches("<table>").count(), html.matches("<caption>").count());
    assert!(html.contains(r#"<th scope="col">"#) && html.contains("@page { size: A4"));
}

/// The trainer's console exports the report so far on `r`, beside the
/// journal, and says where (help in both languages names the key).
#[test]
fn the_trainers_console_writes_the_report_beside_the_journal() {
    let scenario = common::two_hops();
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("session.journal");
    let humans = vec!["A/247".parse::<Participant>().unwrap()];
    let mut recorder = Recorder::start(Some(&journal), &scenario, scenario.seed, humans).unwrap();
    let mut app = App::new(scenario.clone(), Lang::En, vec![Participant::Trainer]);
    app.journal = Some(journal.display().to_string());
    let press = |app: &mut App, recorder: &mut Recorder, code: KeyCode| {
        key_step(app, Some(recorder), KeyEvent::new(code, KeyModifiers::NONE)).unwrap();
    };
    press(&mut app, &mut recorder, KeyCode::Enter);
    for c in "oSlow start".chars() {
        press(&mut app, &mut recorder, KeyCode::Char(c));
    }
    press(&mut app, &mut recorder, KeyCode::Enter);
    recorder.advance_to(SimTime(600)).unwrap();
    press(&mut app, &mut recorder, KeyCode::Char('r'));
    let written = dir.path().join("session.journal.report.html");
    let said = &app.said.as_ref().expect("the console says where").text;
    assert!(said.contains(&written.display().to_string()), "{said}");
    let html = std::fs::read_to_string(&written).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("Slow start"), "the trainer's note is in the report");
    // An exercise still running: the report says it had not ended.
    assert!(html.contains("no end line yet"), "{html}");
}

/// The report checks the journal's last hash, which covers every event
/// before it (the state hash holds the trace's hash chain): an action
/// changed in the middle, its own hash left as it was, is still caught,
/// and the report is refused as `replay` refuses it (exit 3).
#[test]
fn a_journal_changed_in_the_middle_gives_no_report() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path(), "scenarios/hospital-ransomware.actions");
    let text = std::fs::read_to_string(&journal).unwrap();
    let changed = text.replacen(
        "LookUp(lead:\"c2-server\")",
        "LookUp(lead:\"exfiltration-alert\")",
        1,
    );
    assert_ne!(text, changed);
    std::fs::write(&journal, changed).unwrap();
    let out = cyberdrill(&["report", journal.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}
