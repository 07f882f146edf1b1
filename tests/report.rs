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
    // Per seat, hand-read from the script: the prosecutor sent the MLA
    // requests no. 1 (Brenmark, vps-netflow, which ran out at d1 04:00 and
    // was lost) and no. 2 (Delmar, exchange-kyc, produced); VL/247 sent
    // the Art. 29 request no. 3, returned once, which froze vps-server-image
    // at d1 12:34 (its confirmation, at d4 13:21, keeps it until d61 12:34:
    // Art. 29's 60 days from the freeze), 9d 11h 26m before its retention
    // ran out (d11 00:00); vps-netflow, named too, was already gone, and
    // vps-server-image was lost when the preservation lapsed. Art. 9 asked
    // before the risk to life (d0 10:00): a refused action of VL/247, and
    // a channel error.
    assert!(
        md.contains("| VL/investigator | a person | none | 0 · 0 · 0 · 0 | 0 · 0 | 0 · 0 · 0 | 0 | 0 |"),
        "{md}"
    );
    assert!(
        md.contains("| VL/prosecutor | a person | none | 2 · 2 · 0 · 0 | 0 · 1 | 1 · 0 · 1 | 0 | 0 |"),
        "{md}"
    );
    assert!(
        md.contains(
            "| VL/247 | a person | d1 12:34 | 1 · 1 · 1 · 0 | 1 (9d 11h 26m) · 1 | 0 · 0 · 2 | 1 | 1 |"
        ),
        "{md}"
    );
    assert!(
        md.contains("| #3 | Budapest Art. 29 | BR | vps-netflow, vps-server-image | VL/247 | d0 21:05 |"),
        "{md}"
    );
    // A missed objective names the loss that made it impossible: the
    // NetFlow's two-day retention ran out at d1 04:00, unpreserved.
    assert!(
        md.contains("| U | missed | its condition never held; vps-netflow was lost at d1 04:00 (Sun 03:40); the Budapest Art. 29 request no. 3"),
        "{md}"
    );
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

/// The two-hops test scenario with every delay on the Art. 29 path fixed,
/// so that when data froze can be reasoned by hand: Country B's 24/7 desk
/// acts in exactly 1h, day and night; NimbusVPS and A Telecom answer in
/// exactly one day.
fn fixed_delays(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string("tests/data/sim/two-hops.ron").unwrap();
    let fixed = [
        (
            r#"contact_247: (staffing: ReducedAtNight, acts_in: ("30m", "3h"), night_acts_in: ("4h", "10h"))"#,
            r#"contact_247: (staffing: Always, acts_in: ("1h", "1h"))"#,
        ),
        (
            r#"disclosure: (answers_in: ("4h", "2d"), emergency_answers_in"#,
            r#"disclosure: (answers_in: ("1d", "1d"), emergency_answers_in"#,
        ),
        (
            r#"holds: [(category: SubscriberInfo)], disclosure: (answers_in: ("1d", "3d"))"#,
            r#"holds: [(category: SubscriberInfo)], disclosure: (answers_in: ("1d", "1d"))"#,
        ),
    ];
    let mut changed = text.clone();
    for (from, to) in fixed {
        assert_eq!(changed.matches(from).count(), 1, "{from}");
        changed = changed.replace(from, to);
    }
    let path = dir.join("fixed-delays.ron");
    std::fs::write(&path, changed).unwrap();
    common::load_clean(path.to_str().unwrap());
    path
}

/// Each seat of Country A does something else, by hand:
/// - A/247 sends an Art. 29 request for the VPS logs and image at d0 01:00;
///   B's desk forwards it in 1h, and NimbusVPS freezes the data then, at
///   d0 02:00 (its confirmation comes a day later, at d1 02:00, and says
///   "until d60 02:00": 60 days from the freeze). The logs' retention
///   (3d 12h from d-3) runs out at d0 12:00: met 10h before; the image's
///   (30d from d-1) at d29 00:00: 28d 22h before. Art. 30 brings the path
///   as intelligence (vps-logs).
/// - A/investigator looks up the home IP that disclosure revealed and
///   orders A Telecom to preserve its subscriber (Art. 16) at d1 03:00: a
///   domestic order freezes the data when served, at once; answered at
///   d2 03:00. Its first look-up (of a log file) is refused.
/// - A/prosecutor drafts an Art. 9 request, which only the 24/7 contact
///   may send: a refused action, and a channel error.
const SEATS: &str = "\
1 d0 00:10 A/investigator LookUp(lead: \"firewall-log\")
2 d0 00:15 A/investigator Examine(lead: \"firewall-log\")
3 d0 00:20 A/investigator LookUp(lead: \"vps-ip\")
4 d0 00:30 A/prosecutor Draft(instrument: EmergencyDisclosure, to: \"B\", items: [\"vps-logs\"], fields: [RequestingAuthority, EmergencyFacts, DataAndRelation])
5 d0 00:50 A/247 Draft(instrument: Preservation247, to: \"B\", items: [\"vps-logs\", \"vps-image\"], fields: [RequestingAuthority, OffenceAndFacts, DataAndRelation, CustodianLocation, Necessity, MlaToFollow])
6 d0 01:00 A/247 Send(request: 1)
7 d1 03:00 A/investigator LookUp(lead: \"home-ip\")
8 d1 03:00 A/investigator Draft(instrument: DomesticPreservation, to: \"A\", items: [\"subscriber\"], fields: [RequestingAuthority, DataAndRelation, LegalBasis])
9 d1 03:00 A/investigator Send(request: 2)
";

#[test]
fn each_seat_is_credited_with_what_it_sent_and_preservation_counts_from_the_freeze() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = fixed_delays(dir.path());
    let scenario = scenario.to_str().unwrap();
    let actions = dir.path().join("seats.actions");
    std::fs::write(&actions, SEATS).unwrap();
    let journal = dir.path().join("seats.journal");
    let journal_text = journal.to_str().unwrap();
    stdout(&cyberdrill(&[
        "run",
        scenario,
        "--actions",
        actions.to_str().unwrap(),
        "--journal",
        journal_text,
    ]));
    let json: serde_json::Value =
        serde_json::from_str(&report(&journal, &["--scenario", scenario, "--format", "json"])).unwrap();
    let team = &json["report"]["teams"][0];
    // From the freeze at d0 02:00 (120 minutes), not the answer at d1 02:00.
    assert_eq!(team["first_preservation"], 120, "{team}");
    let seat = |name: &str| {
        team["seats"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["participant"] == name)
            .unwrap_or_else(|| panic!("no seat {name} in {team}"))
            .clone()
    };
    let desk = seat("A/247");
    assert_eq!(desk["first_preservation"], 120, "{desk}");
    assert_eq!(desk["requests_sent"], 1, "{desk}");
    assert_eq!(desk["deadlines_met"].as_array().unwrap().len(), 2, "{desk}");
    let investigator = seat("A/investigator");
    // d1 03:00: 1,620 minutes.
    assert_eq!(investigator["first_preservation"], 1_620, "{investigator}");
    assert_eq!(seat("A/prosecutor")["requests_sent"], 0);

    let md = report(&journal, &["--scenario", scenario]);
    for row in [
        "| A/investigator | a person | d1 03:00 | 1 · 1 · 0 · 0 | 0 · 0 | 0 · 0 · 0 | 1 | 0 |",
        "| A/prosecutor | a person | none | 0 · 0 · 0 · 0 | 0 · 0 | 0 · 0 · 0 | 1 | 1 |",
        "| A/247 | a person | d0 02:00 | 1 · 1 · 0 · 0 | 2 (10h) · 0 | 0 · 1 · 0 | 0 | 0 |",
        "| #1 | Budapest Art. 29 | B | vps-logs, vps-image | A/247 | d0 01:00 | d1 02:00 — vps-logs, vps-image: preserved until d60 02:00 |",
        "| #2 | Budapest Art. 16 | A | subscriber | A/investigator | d1 03:00 |",
        "- **Time to first preservation**: d0 02:00 (Mon 09:40)",
        "  - vps-logs: secured at d0 02:00 (Mon 09:40), 10h before its retention ran out (d0 12:00 (Mon 19:40))",
        "  - vps-image: secured at d0 02:00 (Mon 09:40), 28d 22h before its retention ran out (d29 00:00 (Tue 08:40))",
    ] {
        assert!(md.contains(row), "{row}\n{md}");
    }
    // The same table in French and in the page.
    let fr = report(&journal, &["--scenario", scenario, "--lang", "fr"]);
    assert!(
        fr.contains(
            "| A/24/7 | une personne | j0 02:00 | 1 · 1 · 0 · 0 | 2 (10 h) · 0 | 0 · 1 · 0 | 0 | 0 |"
        ),
        "{fr}"
    );
    let html = report(&journal, &["--scenario", scenario, "--format", "html"]);
    assert!(
        html.contains(r#"<tr><th scope="row">A/247</th><td class="short">a person</td><td class="short">d0 02:00</td><td>1 · 1 · 0 · 0</td><td class="short">2 (10h) · 0</td>"#),
        "{html}"
    );
}

/// The journal of the default scenario played by simulated teams of the
/// `average` profile with `seed`, written in `dir`.
fn simulated_journal(dir: &Path, seed: &str) -> PathBuf {
    let path = dir.join(format!("average-{seed}.journal"));
    stdout(&cyberdrill(&[
        "run",
        "--seed",
        seed,
        "--profile",
        "average",
        "--journal",
        path.to_str().unwrap(),
    ]));
    path
}

/// Data already produced is not lost. In the average play of seed
/// 20260233 (read from its timeline), Valdoria obtains vps-netflow as
/// evidence through Art. 9 on night one, before its retention runs out at
/// d1 04:00, and vps-server-image through Art. 25(3) long before the
/// Art. 29 preservation that kept it expires at d60 17:27: both deletions
/// take nothing from the case. So Valdoria has lost nothing, no seat
/// counts a loss, no area for improvement or plan row is about them, and
/// the figure draws no ✕ (each bar just ends).
#[test]
fn data_already_produced_is_not_called_lost() {
    let dir = tempfile::tempdir().unwrap();
    let journal = simulated_journal(dir.path(), "20260233");
    let md = report(&journal, &[]);
    assert!(!md.contains("was lost"), "{md}");
    assert!(!md.contains("Preserve data with a short retention first"), "{md}");
    assert!(md.contains("- **Lost**: none"), "{md}");
    assert!(
        md.contains("| VL/prosecutor | simulated | none | 4 · 4 · 0 · 0 | 0 · 0 | 4 · 0 · 0 |"),
        "{md}"
    );
    let html = report(&journal, &["--format", "html"]);
    assert!(
        !html.contains("✕ d60 17:27") && !html.contains("✕ d1 04:00"),
        "{html}"
    );
}

/// Each team is credited and blamed for its own requests, and says so. In
/// the average play of seed 3 (read from its teams' request tables),
/// Brenmark's own production order (Art. 18, no. 16) secured the server
/// image; Valdoria's Art. 29 request (no. 9) did too, earlier. Two teams
/// play: every finding about requests names its team, so nothing
/// Brenmark's authorities did reads as the trainees'.
#[test]
fn findings_name_the_team_whose_requests_they_are_about() {
    let dir = tempfile::tempdir().unwrap();
    let journal = simulated_journal(dir.path(), "3");
    let md = report(&journal, &[]);
    assert!(
        md.contains("- Brenmark (BR): the Budapest Art. 18 request to BR secured vps-server-image 3d 8h 46m before its retention ran out"),
        "{md}"
    );
    assert!(
        md.contains("- Valdoria (VL): the Budapest Art. 29 request to BR secured vps-server-image 10d 7h 12m before its retention ran out"),
        "{md}"
    );
    assert!(!md.contains("\n- the Budapest"), "{md}");
    let fr = report(&journal, &["--lang", "fr"]);
    assert!(fr.contains("\n- Brenmark (BR) : "), "{fr}");
    // Its journal is one clock step to the end (the teams are simulated):
    // one step, in the singular, and no action count for seats no person
    // played (not 0, which would read as idle).
    assert!(
        md.contains("- **Journal**: 1 step, replayed and verified to its end line"),
        "{md}"
    );
    assert!(
        fr.contains("- **Journal** : 1 étape, rejouée et vérifiée jusqu'à"),
        "{fr}"
    );
    assert!(md.contains("| VL/investigator | simulated |  |\n"), "{md}");
}

/// A report written mid-exercise rates no objective that may still be met.
/// The reference play's journal cut after its 27th step (d0 12:10, the MLA
/// request for the server image just sent; no end line): the Art. 9
/// request for the subscriber (deadline d3) is unanswered, Valnet's
/// production order waits for Monday (deadline d10), the server image
/// and the exchange's records await MLA (no deadline): all open, none U.
#[test]
fn a_mid_exercise_report_leaves_open_objectives_unrated() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path(), "scenarios/hospital-ransomware.actions");
    let text = std::fs::read_to_string(&journal).unwrap();
    let cut: String = text.lines().take(28).map(|l| format!("{l}\n")).collect();
    assert!(cut.trim_end().ends_with("Send(request:6)"), "{cut}");
    std::fs::write(&journal, cut).unwrap();
    let json: serde_json::Value = serde_json::from_str(&report(&journal, &["--format", "json"])).unwrap();
    let objectives = json["report"]["objectives"].as_array().unwrap();
    for id in [
        "emergency-subscriber",
        "domestic-records",
        "server-image-evidence",
        "follow-the-money",
    ] {
        let o = objectives.iter().find(|o| o["id"] == id).unwrap();
        assert_eq!(o["met"]["kind"], "open", "{o}");
        assert!(o["rating"].is_null(), "{o}");
    }
    let md = report(&journal, &[]);
    assert!(!md.contains("| U |") && !md.contains("rated U"), "{md}");
    assert!(
        md.contains("| open | not met yet | not met when the journal ends at d0 12:10 (Sat 11:50), before its deadline (d10 00:00 (Mon 23:40)), the exercise still running: not rated yet |"),
        "{md}"
    );
    assert!(report(&journal, &["--lang", "fr"]).contains("| en cours | pas encore atteint |"));
}

/// An objective met late in a journal of simulated teams says when. In the
/// novice play of airport-bomb-threat with seed 2020 (read from its
/// timeline), Karasia's team locates the sender at d0 10:10, 2h 10m after
/// the objective's deadline of d0 08:00 (18:00 local). The journal has no
/// step before its end, so the report must watch the events itself rather
/// than wait for a step: it used to say the condition held only at d90.
#[test]
fn met_late_says_when_even_in_a_journal_without_steps() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("airport.journal");
    stdout(&cyberdrill(&[
        "run",
        "airport-bomb-threat",
        "--seed",
        "2020",
        "--profile",
        "novice",
        "--journal",
        path.to_str().unwrap(),
    ]));
    let md = report(&path, &[]);
    assert!(
        md.contains("| M | met late, at d0 10:10 (Tue 20:10) | its condition held only at d0 10:10 (Tue 20:10), 2h 10m after its deadline |"),
        "{md}"
    );
}
