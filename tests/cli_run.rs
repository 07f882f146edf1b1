//! `cyberdrill run` and `replay` as a trainer uses them: local times in
//! the timeline and the JSON, the README's actions example, exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn cyberdrill(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("run --json prints one JSON object")
}

/// The default scenario starts Friday 27 February 2026, 23:40 in Valdoria
/// (Europe/Chisinau, UTC+2 in winter, UTC+3 from 29 March).
#[test]
fn the_timeline_shows_local_time_in_the_incident_jurisdiction() {
    let out = cyberdrill(&["run", "--until", "3d"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("times: since start, and local time in Valdoria (Europe/Chisinau)")
    );
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with(" d0 00:00 Fri 23:40  ")),
        "{text}"
    );
    // The zone is named once, in the header.
    assert_eq!(text.matches("Europe/Chisinau").count(), 1, "{text}");
    // The stage at 10h (ambulances diverted) is Saturday 09:40 local.
    assert!(
        text.lines()
            .any(|l| l.starts_with(" d0 10:00 Sat 09:40  ") && l.contains("Ambulances are diverted")),
        "{text}"
    );
    assert!(
        text.contains("Outcome of `hospital-ransomware` (seed 20260227) at d3 00:00 Mon 23:40"),
        "{text}"
    );
}

#[test]
fn the_json_gives_every_event_a_local_time_with_its_offset() {
    let value = json(&cyberdrill(&["run", "--json"]));
    assert_eq!(value["local_time"]["time_zone"], "Europe/Chisinau");
    assert_eq!(value["local_time"]["jurisdiction"], "Valdoria");
    let events = value["events"].as_array().unwrap();
    assert!(!events.is_empty());
    assert_eq!(events[0]["local"], "2026-02-27T23:40:00+02:00");
    for event in events {
        let local = event["local"].as_str().expect("every event has a local time");
        // RFC 3339: date, T, time with seconds, numeric offset.
        assert_eq!(local.len(), 25, "{local}");
        assert_eq!(&local[10..11], "T", "{local}");
        assert!(local.ends_with("+02:00") || local.ends_with("+03:00"), "{local}");
    }
    // After the change to summer time the offset follows the zone's rules.
    let end = value["sim_end_local"].as_str().unwrap();
    let minutes = value["sim_end_minutes"].as_i64().unwrap();
    if minutes > 30 * 1440 {
        assert!(end.ends_with("+03:00"), "{end}");
    }
    let objective = &value["objectives"][0];
    assert_eq!(
        objective["met"].as_bool(),
        Some(objective["met_at_local"].is_string())
    );
}

#[test]
fn local_times_do_not_depend_on_the_host_zone() {
    let run = |tz: &str, tzdir: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
            .args(["run", "--json", "--until", "2d"])
            .env("TZ", tz)
            .env("TZDIR", tzdir)
            .output()
            .unwrap();
        json(&out)
    };
    let a = run("America/New_York", "/nonexistent");
    let b = run("Asia/Tokyo", "/usr/share/zoneinfo");
    assert_eq!(a["events"], b["events"]);
    assert_eq!(a["events"][0]["local"], "2026-02-27T23:40:00+02:00");
}

/// The actions example in the README, between its markers, without the
/// code fence.
fn readme_example() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("<!-- actions-example -->")
        .expect("README.md marks its actions example with <!-- actions-example -->");
    let end = readme
        .find("<!-- /actions-example -->")
        .expect("README.md ends its actions example with <!-- /actions-example -->");
    readme[start..end]
        .lines()
        .skip(1)
        .filter(|line| !line.trim_start().starts_with("```"))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// The README's example works when pasted into a file: every step is
/// accepted, so the README cannot rot unnoticed.
#[test]
fn the_readme_actions_example_runs_without_a_refused_step() {
    let example = readme_example();
    let steps = example
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .count();
    assert!(steps >= 3, "the README example has {steps} steps:\n{example}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.actions");
    std::fs::write(&path, &example).unwrap();
    let value = json(&cyberdrill(&[
        "run",
        "--actions",
        path.to_str().unwrap(),
        "--json",
    ]));
    assert_eq!(
        value["refused"],
        serde_json::json!([]),
        "the README's actions example has refused steps:\n{example}"
    );
    // Every step ran: the run's trace holds the last step's note.
    let events = value["events"].as_array().unwrap();
    assert!(events.iter().any(|e| e["actor"] == "trainer"), "{events:?}");
    assert!(
        events.iter().any(|e| e["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("sent request #1"))),
        "{events:?}"
    );
    // And it does what its comment says: the image ends as evidence.
    let image = value["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "vps-server-image")
        .expect("the default scenario has a server image");
    assert_eq!(image["state"], "produced", "{image}");
}

/// A path that does not exist is a usage error (2), as in `check`; a file
/// that exists but is wrong is an input error (1). Never a panic.
#[test]
fn missing_paths_are_usage_errors_and_bad_content_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let nowhere = dir.path().join("nowhere.journal");
    let nowhere = nowhere.to_str().unwrap();
    let folder = dir.path().to_str().unwrap();
    let in_missing_folder = dir.path().join("no/such/folder/out.journal");
    let usage: [&[&str]; 7] = [
        &["replay", nowhere],
        &["replay", folder],
        &[
            "replay",
            "scenarios/hospital-ransomware.actions",
            "--scenario",
            nowhere,
        ],
        &["run", nowhere],
        &["run", "--actions", nowhere],
        &["run", "--actions", folder],
        &["run", "--journal", in_missing_folder.to_str().unwrap()],
    ];
    for args in usage {
        let out = cyberdrill(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).starts_with("cyberdrill: "),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{args:?} printed a run");
    }
    let out = cyberdrill(&["replay", nowhere]);
    assert!(
        stderr(&out).contains("no such file") && stderr(&out).contains(nowhere),
        "{}",
        stderr(&out)
    );
    assert!(!in_missing_folder.exists());

    let garbage = dir.path().join("garbage");
    std::fs::write(&garbage, [0xff, 0xfe, 0x00, b'\n']).unwrap();
    let bad_lines = dir.path().join("bad.actions");
    std::fs::write(&bad_lines, "1 d0 00:10 VL/investigator Examine(\n2 soon\n").unwrap();
    let bad_scenario = dir.path().join("bad.ron");
    std::fs::write(&bad_scenario, "Scenario(id: ").unwrap();
    let input: [&[&str]; 6] = [
        &["replay", garbage.to_str().unwrap()],
        &["replay", bad_lines.to_str().unwrap()],
        &["replay", "scenarios/hospital-ransomware.actions"],
        &["run", "--actions", garbage.to_str().unwrap()],
        &["run", "--actions", bad_lines.to_str().unwrap()],
        &["run", bad_scenario.to_str().unwrap()],
    ];
    for args in input {
        let out = cyberdrill(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    }
}

/// A scenario's texts are shown, never obeyed: an escape sequence an
/// author (or a corrupted file) put in an inject reaches the terminal as
/// a placeholder.
#[test]
fn scenario_texts_never_reach_the_terminal_as_control_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = std::fs::read_to_string("scenarios/hospital-ransomware.ron")
        .unwrap()
        .replacen("23:40 Friday.", "\u{1b}[2J\u{1b}]0;pwned\u{7}23:40 Friday.", 1);
    assert!(scenario.contains('\u{1b}'));
    std::fs::create_dir(dir.path().join("regions")).unwrap();
    std::fs::copy(
        "scenarios/regions/meridian.ron",
        dir.path().join("regions/meridian.ron"),
    )
    .unwrap();
    let path = dir.path().join("hostile.ron");
    std::fs::write(&path, scenario).unwrap();
    let out = cyberdrill(&["run", path.to_str().unwrap(), "--until", "1h"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("?[2J?]0;pwned?23:40 Friday."), "{text}");
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
}
