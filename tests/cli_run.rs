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

/// `--seed` reaches the simulation: another seed gives another timeline
/// (the delays are drawn from it), the same seed gives the same bytes, and
/// the scenario's own seed given explicitly is the run without `--seed`.
#[test]
fn the_seed_decides_the_run_and_the_same_seed_repeats_it_byte_for_byte() {
    let run = |seed: Option<&str>| {
        let mut args = vec!["run", "--until", "10d"];
        if let Some(seed) = seed {
            args.extend(["--seed", seed]);
        }
        let out = cyberdrill(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        out.stdout
    };
    let timeline = |bytes: &[u8]| {
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        let (timeline, _outcome) = text
            .split_once("\nOutcome of ")
            .expect("a run prints its outcome");
        timeline.to_string()
    };
    let one = run(Some("1"));
    assert_eq!(
        one,
        run(Some("1")),
        "the same seed twice must print the same bytes"
    );
    let two = run(Some("2"));
    assert!(
        timeline(&one) != timeline(&two),
        "seeds 1 and 2 gave the same timeline: is --seed ignored?"
    );
    assert!(String::from_utf8_lossy(&two).contains("(seed 2) at d10 00:00"));
    // The scenario's own seed (20260227) is the default.
    assert_eq!(run(Some("20260227")), run(None));
    assert!(
        timeline(&run(None)) != timeline(&one),
        "seed 1 ran as the default seed"
    );
}

/// The reference solution, run with `--journal`: `replay --json` parses,
/// says the journal matches, and agrees with `run --json` on what both
/// print (where the exercise ended and its state hash).
#[test]
fn replay_json_matches_the_run_that_wrote_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reference.journal");
    let path = path.to_str().unwrap();
    let ran = json(&cyberdrill(&[
        "run",
        "--actions",
        "scenarios/hospital-ransomware.actions",
        "--journal",
        path,
        "--json",
    ]));
    let replayed = json(&cyberdrill(&["replay", path, "--json"]));
    assert_eq!(replayed["result"], "match", "{replayed}");
    assert_eq!(replayed["verified_end"], true, "{replayed}");
    // Every numbered line is a step: the script's actions, and the clock
    // lines for the time that passed between them.
    let numbered = |text: &str| {
        text.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
            .count()
    };
    let written = std::fs::read_to_string(path).unwrap();
    let actions = numbered(&std::fs::read_to_string("scenarios/hospital-ransomware.actions").unwrap());
    let clock = written.lines().filter(|l| l.contains(" clock #")).count();
    assert!(clock > 0, "{written}");
    assert_eq!(numbered(&written), actions + clock, "{written}");
    assert_eq!(replayed["steps"], actions + clock, "{replayed}");
    assert_eq!(replayed["state_hash"], ran["state_hash"], "{replayed}");
    assert_eq!(replayed["sim_end"], ran["sim_end"], "{replayed}");
    // The full hash, as the journal's end line records it.
    let hash = ran["state_hash"].as_str().unwrap();
    assert_eq!(hash.len(), 64, "{hash}");
    let journal = std::fs::read_to_string(path).unwrap();
    let end = format!("end {} {hash}\n", ran["sim_end"].as_str().unwrap());
    assert!(journal.ends_with(&end), "{journal}");
}

/// The reference solution's journal, written by `run --journal` into `dir`.
fn reference_journal(dir: &Path) -> String {
    let path = dir.join("reference.journal");
    let out = cyberdrill(&[
        "run",
        "--actions",
        "scenarios/hospital-ransomware.actions",
        "--journal",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::read_to_string(path).unwrap()
}

/// A crash in the middle of writing step 10: `replay` checks steps 1 to 9
/// against their recorded hashes, names the torn line and exits 1; it
/// never replays the half line. That the steps before it are really
/// checked shows when one of them is edited: the replay diverges there.
#[test]
fn a_journal_torn_in_the_middle_of_a_step_is_checked_up_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let text = reference_journal(dir.path());
    let lines: Vec<&str> = text.lines().collect();
    // Line 1 is the header; line 11 is step 10.
    assert!(lines[10].starts_with("10 "), "{}", lines[10]);
    let half = &lines[10][..lines[10].len() / 2];
    let torn = format!("{}\n{half}", lines[..10].join("\n"));
    let replay = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let out = cyberdrill(&["replay", path.to_str().unwrap()]);
        assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
        out
    };

    let out = replay("torn.journal", &torn);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(message.contains("line 11 is torn"), "{message}");
    assert!(message.contains(&format!("`{half}`")), "{message}");
    assert!(message.contains("not replayed"), "{message}");
    assert!(
        message.contains("steps 1 to 9 before it were replayed and each matches its recorded hash"),
        "{message}"
    );
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));

    // Step 5's recorded hash edited: the replay stops there, exit 3,
    // before it reaches the torn line.
    let (head, tail) = lines[5].split_once(" #").unwrap();
    assert!(head.starts_with("5 "), "{head}");
    let edited_line = format!("{head} #{}{}", "0".repeat(16), &tail[16..]);
    let mut edited: Vec<&str> = lines[..10].to_vec();
    edited[5] = &edited_line;
    let out = replay("edited.journal", &format!("{}\n{half}", edited.join("\n")));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("diverged at step 5 "), "{}", stderr(&out));

    // A line cut in the middle of the journal, with lines after it, is not
    // a crash the writer can leave (it cuts back a failed line): the file
    // is refused as damaged, naming the line, exit 1.
    let mut damaged: Vec<&str> = lines.clone();
    damaged[10] = half;
    let out = replay("damaged.journal", &format!("{}\n", damaged.join("\n")));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 11"), "{}", stderr(&out));
}

/// `run --journal` onto a file that exists refuses before running: exit 2
/// (a usage error: the command named the wrong file, the file is not
/// wrong), with a free name beside it (`kept-2.journal`, since
/// `kept.journal` is taken) and the `--resume` that continues it; nothing
/// printed as a run, and the file's bytes as they were.
#[test]
fn run_never_writes_its_journal_over_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kept.journal");
    let before = b"an earlier session's journal\nwith two lines\n".to_vec();
    std::fs::write(&path, &before).unwrap();
    let path_arg = path.to_str().unwrap();
    for extra in [
        &[][..],
        &["--actions", "scenarios/hospital-ransomware.actions", "--json"][..],
    ] {
        let mut args = vec!["run", "--journal", path_arg];
        args.extend(extra);
        let out = cyberdrill(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let message = stderr(&out);
        assert!(
            message.starts_with("cyberdrill: ") && message.contains(path_arg),
            "{message}"
        );
        assert!(
            message.contains("already exists") && message.contains("never overwritten"),
            "{message}"
        );
        let free = dir.path().join("kept-2.journal");
        let resume = format!("`cyberdrill play --resume {path_arg}`");
        assert!(
            message.contains(&format!("`--journal {}`", free.display())) && message.contains(&resume),
            "{message}"
        );
        assert!(!free.exists(), "the suggested name was written");
        assert!(stdout(&out).is_empty(), "{args:?} printed a run");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{args:?} changed the existing journal"
        );
    }
}

/// `d60 11:56` in minutes since the start.
fn since_start(stamp: &str) -> i64 {
    let (day, clock) = stamp
        .split_once(' ')
        .unwrap_or_else(|| panic!("not a time: {stamp}"));
    let day: i64 = day.strip_prefix('d').and_then(|d| d.parse().ok()).expect(stamp);
    let (h, m) = clock.split_once(':').expect(stamp);
    day * 1440 + h.parse::<i64>().expect(stamp) * 60 + m.parse::<i64>().expect(stamp)
}

/// `minutes` since the start as the CLI prints it: `d60 11:56`.
fn stamp(minutes: i64) -> String {
    format!(
        "d{} {:02}:{:02}",
        minutes / 1440,
        minutes % 1440 / 60,
        minutes % 60
    )
}

/// The local clock in Valdoria (Europe/Chisinau), worked out by hand for
/// the default scenario: the start is Friday 27 February 2026, 23:40,
/// UTC+2; summer time begins on Sunday 29 March at 03:00 local (d29
/// 03:20), one hour later from then on, until late October.
fn valdoria(minutes: i64) -> String {
    assert!(minutes < 200 * 1440, "past October: work this one out by hand");
    let summer = if minutes >= 29 * 1440 + 3 * 60 + 20 { 60 } else { 0 };
    // Minutes since Monday 00:00 of the week the exercise starts.
    let local = minutes + summer + 4 * 1440 + 23 * 60 + 40;
    let day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(local / 1440 % 7) as usize];
    format!("{day} {:02}:{:02}", local % 1440 / 60, local % 60)
}

/// The reference play's text outcome says what became of each item and
/// when each objective was met. The expected values come from the
/// scenario and the reference actions, worked out by hand; the random
/// delays are taken from the timeline and checked against the ranges the
/// scenario gives them:
///
/// - Request #1 (Art. 29, sent d0 00:45, Friday 23:25 in Brenmark: night)
///   reaches BrenHost when Brenmark's desk forwards it, 6h-12h later, and
///   freezes the data for 60 days (Art. 29(7)). The NetFlow (kept 2d,
///   created -20h: would be gone at d1 04:00) and the server image (14d
///   from -3d: d11 00:00) are deleted when that preservation ends, if the
///   exercise runs that long, both produced before: the NetFlow by the
///   emergency request #5, the image by the MLA request #6 that kept it
///   frozen meanwhile.
/// - Subscriber data has no retention at BrenHost and Brenmark Telecom,
///   the exchange keeps KYC records 5 years, Valnet's records are
///   preserved (Art. 16) then produced (Art. 18): admissible at the end.
/// - Nobody asks for the leak domain's registration: live, not preserved.
/// - The exercise ends when the last of the end condition's three items
///   (operator-subscriber, exchange-kyc, vps-server-image) is produced.
#[test]
fn the_text_outcome_of_the_reference_play_says_what_became_of_each_item() {
    let out = cyberdrill(&["run", "--actions", "scenarios/hospital-ransomware.actions"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let (timeline, outcome) = text.split_once("\nOutcome of ").expect("an outcome");
    // When the timeline first shows a line with all these parts.
    let when = |parts: &[&str]| {
        let line = timeline
            .lines()
            .find(|l| parts.iter().all(|p| l.contains(p)))
            .unwrap_or_else(|| panic!("no line with {parts:?} in the timeline:\n{timeline}"));
        since_start(&line.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
    };
    let produced = |request: u32, items: &str| {
        when(&[
            &format!("request #{request} ("),
            &format!(": {items}: produced as evidence"),
        ])
    };
    let (header, rest) = outcome.split_once("\nEvidence:\n").expect("an Evidence section");
    let (evidence, rest) = rest.split_once("Objectives:\n").expect("an Objectives section");
    let (objectives, totals) = rest.split_once("Score: ").expect("a score");

    let frozen = when(&[
        "BR 24/7 desk",
        "forwarded request #1 (Budapest Art. 29) to the provider",
    ]);
    assert!(
        (45 + 6 * 60..=45 + 12 * 60).contains(&frozen),
        "request #1 forwarded at {}: the desk takes 6h-12h at night",
        stamp(frozen)
    );
    let lapsed = frozen + 60 * 1440;
    let ended = when(&["exercise over: the end condition holds"]);
    assert!(
        header.ends_with(&format!("at {} {}", stamp(ended), valdoria(ended))),
        "{header}"
    );

    // Evidence: one line per item, in the scenario's order.
    let found: Vec<(String, String, String)> = evidence
        .lines()
        .map(|line| {
            let mut words = line.split_whitespace();
            let state = words.next().unwrap().to_string();
            let id = words.next().unwrap().to_string();
            (state, id, words.collect::<Vec<_>>().join(" "))
        })
        .collect();
    // Whether the preservation lapsed before the end depends on how long
    // Brenmark's central authority took (10d-30d of working days); the
    // BrenHost items, produced either way, show the deletion only if it did.
    let deleted = if ended >= lapsed {
        format!("produced (deleted at the provider at {})", stamp(lapsed))
    } else {
        "produced (admissible)".to_string()
    };
    let expected = [
        ("produced", "valnet-flow-records", "produced (admissible)"),
        ("produced", "vps-netflow", deleted.as_str()),
        ("produced", "vps-server-image", deleted.as_str()),
        ("produced", "vps-subscriber", "produced (admissible)"),
        ("produced", "operator-subscriber", "produced (admissible)"),
        ("live", "leak-domain-registration", "live (not preserved)"),
        ("produced", "exchange-kyc", "produced (admissible)"),
    ]
    .map(|(state, id, detail)| (state.to_string(), id.to_string(), detail.to_string()));
    // Items added to the scenario later are left to their own tests.
    let found: Vec<_> = found
        .into_iter()
        .filter(|(_, id, _)| expected.iter().any(|e| e.1 == *id))
        .collect();
    assert_eq!(found, expected, "{evidence}");
    let lapsed_before_the_end = if ended >= lapsed {
        &[("vps-netflow", "d1 04:00"), ("vps-server-image", "d11 00:00")][..]
    } else {
        &[]
    };
    for &(item, retention_end) in lapsed_before_the_end {
        let deletion = when(&[&format!(
            "deleted {item}: the preservation under Budapest Art. 29 expired (retention had run out at {retention_end}); a copy had already been produced"
        )]);
        assert_eq!(stamp(deletion), stamp(lapsed), "{item}");
    }

    // Objectives: the scenario's points, in its order, each met when the
    // timeline shows what meets it, printed with Valdoria's local time.
    let met: Vec<(i64, String, i64)> = objectives
        .lines()
        .map(|line| {
            let (points, rest) = line.trim_start()[1..].split_once(']').expect(line);
            let (id, rest) = rest.trim_start().split_once(' ').expect(line);
            let at = rest
                .trim_start()
                .strip_prefix("met at ")
                .unwrap_or_else(|| panic!("{line}"));
            let at = since_start(&at.split_whitespace().take(2).collect::<Vec<_>>().join(" "));
            assert!(
                line.contains(&format!("met at {} {} ", stamp(at), valdoria(at))),
                "{line}"
            );
            (points.trim().parse().expect(line), id.to_string(), at)
        })
        .collect();
    let expected = [
        (20, "preserve-netflow", frozen),
        (
            15,
            "emergency-subscriber",
            produced(5, "vps-netflow, vps-subscriber"),
        ),
        (20, "server-image-evidence", produced(6, "vps-server-image")),
        (25, "identify-operator", produced(7, "operator-subscriber")),
        (10, "follow-the-money", produced(4, "exchange-kyc")),
        (10, "domestic-records", produced(3, "valnet-flow-records")),
    ]
    .map(|(points, id, at)| (points, id.to_string(), at));
    let all_points: i64 = met.iter().map(|o| o.0).sum();
    let met: Vec<_> = met
        .into_iter()
        .filter(|(_, id, _)| expected.iter().any(|e| e.1 == *id))
        .collect();
    assert_eq!(met, expected, "{objectives}");
    let at = |id: &str| met.iter().find(|o| o.1 == id).unwrap().2;
    // Within each objective's deadline and the delays the scenario allows.
    assert!(at("preserve-netflow") <= 28 * 60, "by 28h");
    // Request #5 (d0 10:35, Saturday 09:15 in Brenmark: day): the desk
    // 2h-6h, then BrenHost's emergency answer 2h-6h; by 3d.
    assert!((635 + 4 * 60..=635 + 12 * 60).contains(&at("emergency-subscriber")));
    // Request #7 (d1 06:35, Sunday 05:15 in Brenmark: night): the desk
    // 6h-12h, then Brenmark Telecom's emergency answer 2h-8h.
    assert!((1835 + 8 * 60..=1835 + 20 * 60).contains(&at("identify-operator")));
    // Order #3 is served at d3 00:00 (the judge signed on Monday); Valnet
    // answers in 4h-1d; by 10d.
    assert!((3 * 1440 + 4 * 60..=4 * 1440).contains(&at("domestic-records")));
    let last = ["identify-operator", "follow-the-money", "server-image-evidence"]
        .map(at)
        .into_iter()
        .max();
    assert_eq!(
        Some(ended),
        last,
        "the end condition holds when its last item is produced"
    );
    // Every objective met: 20 + 15 + 20 + 25 + 10 + 10 = 100 of the six above.
    assert!(all_points >= 100, "{objectives}");
    assert_eq!(
        totals.lines().next(),
        Some(format!("{all_points} / {all_points}").as_str()),
        "{totals}"
    );
}

/// `--lang fr` prints the whole exercise in French: the headings, every
/// event and the outcome; the same run, hash for hash, as in English.
#[test]
fn run_in_french_prints_the_same_exercise_in_french() {
    let english = cyberdrill(&["run"]);
    let french = cyberdrill(&["run", "--lang", "fr"]);
    assert!(french.status.success(), "{}", stderr(&french));
    let (en, fr) = (stdout(&english), stdout(&french));
    assert!(
        fr.starts_with("horaires : temps écoulé depuis le début, puis heure locale de Valdorie"),
        "{fr}"
    );
    assert!(fr.contains("\nRésultat de `hospital-ransomware`"), "{fr}");
    // The same events at the same times: only the words differ.
    assert_eq!(en.lines().count(), fr.lines().count());
    let timeline = |text: &str| -> Vec<String> {
        let lines = text.lines().skip(1).take_while(|l| !l.is_empty());
        lines.map(|l| l[..9].to_string()).collect()
    };
    assert_eq!(timeline(&en), timeline(&fr));
    assert!(timeline(&fr).len() > 50);
    let hash = |text: &str| {
        text.lines()
            .last()
            .unwrap()
            .rsplit(' ')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(hash(&en), hash(&fr));
    // No English sentence of the engine is left (scenario texts without a
    // French version may be; the default scenario has French for all).
    for english_words in [
        "sent request",
        "drafted request",
        "look-up of",
        "preserved until",
        "Score:",
    ] {
        assert!(!fr.contains(english_words), "`{english_words}` in:\n{fr}");
    }
    // A refused step names its seat in French too.
    let naive = cyberdrill(&[
        "run",
        "scenarios/cases/no-legal-basis.ron",
        "--actions",
        "scenarios/cases/no-legal-basis.naive.actions",
        "--lang",
        "fr",
    ]);
    let refused = stdout(&naive);
    let line = refused
        .lines()
        .find(|l| l.contains("REFUSÉ"))
        .expect("a refused step");
    assert!(line.contains("HU/procureur "), "{line}");
    let json = json(&cyberdrill(&["run", "--lang", "fr", "--json"]));
    assert_eq!(json["language"], "fr");
    let bad = cyberdrill(&["run", "--lang", "xx"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("en, fr"), "{}", stderr(&bad));
}

/// A participant from no country of the scenario is named with its file,
/// line and column (the participant's own, in characters from 1), and a
/// country code one letter off gets the seat it most likely meant; a code
/// nothing resembles gets the list of seats instead. Exit 1 (input error),
/// before anything runs.
#[test]
fn a_participant_of_no_country_is_placed_and_gets_the_seat_it_meant() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.actions");
    let path_arg = path.to_str().unwrap();
    // Line 3; a tab and two spaces before the participant: `\t2 d0 00:10  `
    // is 13 characters, so it starts at column 14.
    let script = "// the VL team\n1 d0 00:10 trainer Pause\n\t2 d0 00:10  VK/prosecutor Resume\n";
    std::fs::write(&path, script).unwrap();
    let out = cyberdrill(&["run", "--actions", path_arg]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let expected = format!(
        "cyberdrill: {path_arg}: line 3, column 14: `VK/prosecutor` has no seat in this scenario; did you mean `VL/prosecutor`?"
    );
    assert!(stderr(&out).starts_with(&expected), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "a run was printed");
    let out = cyberdrill(&["run", "--lang", "fr", "--actions", path_arg]);
    let expected = format!(
        "cyberdrill: {path_arg} : ligne 3, colonne 14 : `VK/prosecutor` n'a pas de place dans ce scénario ; vouliez-vous dire `VL/prosecutor` ?"
    );
    assert!(stderr(&out).starts_with(&expected), "{}", stderr(&out));

    std::fs::write(&path, "1 d0 00:10 XX/investigator Pause\n").unwrap();
    let out = cyberdrill(&["run", "--actions", path_arg]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(
        message.contains("line 1, column 12: `XX/investigator` has no seat")
            && !message.contains("did you mean")
            && message.contains("write one of `VL/investigator`"),
        "{message}"
    );
}

/// Every error in an actions file names the file, the line and the column
/// in the file: a syntax error in the action is placed where it is on the
/// line, not where it is inside the action.
#[test]
fn an_actions_file_error_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.actions");
    let path_arg = path.to_str().unwrap();
    // `1 d0 00:10 VL/investigator ` is 27 characters; in
    // `Examine(lead "x")` the colon is missing right after `lead`, at its
    // 13th character: column 27 + 13 = 40.
    std::fs::write(&path, "1 d0 00:10 VL/investigator Examine(lead \"x\")\n").unwrap();
    let out = cyberdrill(&["run", "--actions", path_arg]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let expected = format!(
        "cyberdrill: {path_arg}: line 1, column 40: the action `Examine(lead \"x\")` is not understood"
    );
    assert!(stderr(&out).starts_with(&expected), "{}", stderr(&out));
}

/// A negative or odd value is a usage error (exit 2) that names the
/// option and the value, not clap's "unexpected argument" that takes
/// `-1h` for an option of its own.
#[test]
fn odd_argument_values_are_usage_errors_that_name_the_value() {
    let cases: [(&[&str], &str); 8] = [
        (
            &["run", "--until", "-1h"],
            "cyberdrill: --until -1h: give a positive duration",
        ),
        (
            &["run", "--until=-30d"],
            "cyberdrill: --until -30d: give a positive duration",
        ),
        (
            &["run", "--until", "0m"],
            "cyberdrill: --until 0m: give a positive duration",
        ),
        (
            &["run", "--until", "1x"],
            "cyberdrill: --until: `1x` is not a duration",
        ),
        (
            &["run", "--seed", "-1"],
            "invalid value '-1' for '--seed <SEED>': `-1` is not a seed: a seed cannot be negative; give a whole number from 0 to 18446744073709551615",
        ),
        (
            &["run", "--seed", "abc"],
            "invalid value 'abc' for '--seed <SEED>': `abc` is not a seed: a seed is a whole number from 0 to 18446744073709551615, as in `--seed 7`",
        ),
        (
            &["play", "--seed", "1.5"],
            "`1.5` is not a seed: a seed is a whole number",
        ),
        (
            &["serve", "--seed", "-2"],
            "`-2` is not a seed: a seed cannot be negative",
        ),
    ];
    for (args, expected) in cases {
        let out = cyberdrill(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(expected), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("unexpected argument"), "{}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{args:?} printed a run");
    }
}
