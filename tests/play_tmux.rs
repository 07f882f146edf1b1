//! `cyberdrill play` as a person meets it: the real binary in a real
//! terminal. A private tmux server (its own socket, never a user's tmux)
//! runs a shell at 80x24 in a temporary folder; the test types
//! `cyberdrill` with no arguments, drives the UI with `send-keys` and
//! reads it with `capture-pane`: seats chosen on the start screen, the
//! briefing, a lead examined and another looked up, an Art. 29
//! preservation request drafted and sent by the 24/7 contact, the
//! trainer's pause, `q` then `y`. Then the shell is back with the
//! terminal restored (main screen, cursor shown, canonical mode and echo
//! on), the binary said where the journal is, and that journal replays
//! with the five actions in it. Also: `play` without a terminal exits 2
//! and points to `cyberdrill run`.
//!
//! Every step waits for what it expects on the screen (at most 10 s,
//! looking every 100 ms): a bounded wait for a condition, never a timed
//! assertion. The cursor is found where the UI shows it, in reverse
//! video (`capture-pane -e`), not assumed from positions.
//!
//! tmux is installed by `.ci/run`. Without it the test fails in CI (`CI`
//! set) and is skipped with a note elsewhere.

#[path = "common/tmux.rs"]
mod tmux;

use std::process::{Command, Stdio};
use std::time::Instant;

use tmux::{Screen, Tmux, tmux_installed};

use cyberdrill::journal;
use cyberdrill::law::RequestField;
use cyberdrill::scenario::model::Instrument;
use cyberdrill::sim::{Action, Participant};

const BIN: &str = env!("CARGO_BIN_EXE_cyberdrill");

/// `text` as one word for a POSIX shell.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The number after `prefix` on the screen (`drafted request #` → 1).
fn number_after(screen: &Screen, prefix: &str) -> u32 {
    let row = screen.row(prefix).expect("the prefix is on the screen");
    let rest = &row[row.find(prefix).expect("found") + prefix.len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number after {prefix} in {row}"))
}

fn p(text: &str) -> Participant {
    text.parse().expect("a seat")
}

#[test]
fn a_session_played_in_a_real_terminal_restores_it_and_its_journal_replays() {
    if !tmux_installed("the terminal test of `cyberdrill play`") {
        return;
    }
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let tmux = Tmux::start(dir.path());
    tmux.wait_for("the shell's prompt", |s| !s.text().trim().is_empty());

    // `cyberdrill` with no arguments, in a terminal: the start screen of
    // the default scenario, whose one team is Valdoria's.
    tmux.type_line(&format!("{}; echo \"cyberdrill exited: $?\"", quoted(BIN)));
    let screen = tmux.wait_text("Start the exercise");
    println!("{}\n", screen.text());
    for seat in [
        "VL Valdoria — investigator",
        "VL Valdoria — prosecutor",
        "VL Valdoria — 24/7 contact",
        "trainer's console",
    ] {
        assert!(
            screen.contains(&format!("[ ] {seat}")),
            "{seat}:\n{}",
            screen.text()
        );
    }
    for seat in [
        "VL Valdoria — investigator",
        "VL Valdoria — 24/7 contact",
        "trainer's console",
    ] {
        tmux.cursor_to(seat);
        tmux.press("Space");
        tmux.wait_text(&format!("[x] {seat}"));
    }
    tmux.cursor_to("Start the exercise");
    tmux.press("Enter");
    tmux.wait_text("You play: VL — investigator, VL — 24/7 contact, trainer's console");
    tmux.press("Enter");

    // The investigator's case: examine the firewall alert, which reveals
    // the C2 server; look that up.
    tmux.wait_for("the investigator's desk", |s| {
        s.rows[0].text.contains("VL — investigator") && s.contains(" 1 Inbox")
    });
    tmux.press("2");
    tmux.wait_for("the case tab", |s| s.cursor_on(" 2 Case ") && s.contains("Leads"));
    tmux.cursor_to("(exfiltration-alert)");
    tmux.press("e");
    tmux.wait_text("(exfiltration-alert) (examined)");
    tmux.wait_text("(c2-server) → look it up");
    tmux.cursor_to("(c2-server)");
    tmux.press("l");
    let screen = tmux.wait_text("(c2-server) → BrenHost Cloud Servers (BR)");
    assert!(
        screen.contains("vps-netflow @ BrenHost Cloud Servers (BR)"),
        "{}",
        screen.text()
    );
    println!("{}\n", screen.text());

    // The 24/7 contact drafts an Art. 29 preservation request to
    // Brenmark for the NetFlow, with the six elements, and sends it.
    tmux.press("]");
    tmux.wait_for("the 24/7 contact's desk", |s| {
        s.rows[0].text.contains("VL — 24/7 contact")
    });
    tmux.press("d");
    tmux.wait_text("> To");
    tmux.press_until("Right", "Brenmark", |s| s.contains("◂ BR Brenmark ▸"));
    tmux.press("Tab");
    tmux.wait_text("> Instrument");
    tmux.press_until("Right", "the Art. 29 preservation", |s| {
        s.contains("◂ preservation through the 24/7 network (Budapest Art. 29) ▸")
    });
    tmux.press("Tab");
    tmux.wait_text("> Data it names");
    tmux.cursor_to("] vps-netflow");
    tmux.press("Space");
    tmux.wait_text("[x] vps-netflow");
    tmux.press("Tab");
    tmux.wait_text("> What it states");
    tmux.press("a");
    let screen = tmux.wait_for("the six elements ticked", |s| {
        ["a", "b", "c", "d", "e", "f"].iter().all(|letter| {
            s.row(&format!("(Art. 29(2)({letter}))"))
                .is_some_and(|row| row.contains("[x]"))
        }) && !s.contains("still missing")
    });
    println!("{}\n", screen.text());
    for item in ["vps-server-image", "vps-subscriber"] {
        assert!(screen.contains(&format!("[ ] {item}")), "{}", screen.text());
    }
    tmux.press("Enter");
    let screen = tmux.wait_text("drafted request #");
    let request = number_after(&screen, "drafted request #");
    tmux.press("3");
    tmux.wait_for("the requests tab", |s| s.cursor_on(" 3 Requests "));
    tmux.cursor_to(&format!("#{request} preservation through the 24/7 network"));
    tmux.press("Enter");
    tmux.wait_text(&format!("sent request #{request}"));

    // The trainer pauses the exercise.
    tmux.press("]");
    tmux.wait_for("the trainer's console", |s| {
        s.rows[0].text.contains("trainer's console") && s.contains("Objectives:")
    });
    tmux.press("p");
    let screen = tmux.wait_for("the header to say paused", |s| {
        s.rows[0].text.contains("❚❚ paused")
    });
    println!("{}\n", screen.text());

    // Quit: q asks, y confirms; the shell is back.
    tmux.press("q");
    tmux.wait_text("Quit the exercise? The journal keeps it. (y / n)");
    tmux.press("y");
    let screen = tmux.wait_text("cyberdrill exited: ");
    assert!(screen.contains("cyberdrill exited: 0"), "{}", screen.text());
    let after = tmux.joined();
    println!("{after}");

    // The terminal is restored: the main screen again (no trace of the
    // UI), the cursor shown, and the shell's line discipline back to
    // canonical mode with echo (raw mode turns them off).
    assert_eq!(
        tmux.format("#{alternate_on}"),
        "0",
        "still on the alternate screen"
    );
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "the cursor is hidden");
    for trace in [
        "┌",
        "│",
        "└",
        "❚❚",
        "Quit the exercise?",
        "Start the exercise",
        " 1 Inbox",
    ] {
        assert!(!after.contains(trace), "`{trace}` left on the screen:\n{after}");
    }
    tmux.type_line("stty -a");
    let screen = tmux.wait_text("icanon");
    let flags: Vec<&str> = screen
        .rows
        .iter()
        .flat_map(|r| r.text.split([' ', ';']))
        .collect();
    for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
        assert!(
            flags.contains(&flag) && !flags.contains(&format!("-{flag}").as_str()),
            "{flag} is not on after quitting:\n{}",
            screen.text()
        );
    }

    // The binary said where the journal is: the default name, in the
    // folder it ran in, the only file there.
    let said = after
        .lines()
        .find_map(|l| l.strip_prefix("The journal is at "))
        .unwrap_or_else(|| panic!("no journal path printed:\n{after}"));
    let name = &said[..said.find(": replay it").expect("the sentence goes on")];
    assert!(
        name.starts_with("hospital-ransomware-") && name.ends_with(".journal"),
        "{name}"
    );
    let mut files: Vec<String> = std::fs::read_dir(dir.path())
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    // And the after-action report beside it, which it names too.
    let report = format!("{name}.report.html");
    assert_eq!(files, [name.to_string(), report.clone()]);
    assert!(
        after.contains(&format!("The after-action report is at {report}")),
        "{after}"
    );
    let path = dir.path().join(name);

    // It replays, and holds what was done, by whom.
    let replay = Command::new(BIN)
        .args(["replay", "--json"])
        .arg(&path)
        .stdin(Stdio::null())
        .output()
        .expect("replay runs");
    assert!(
        replay.status.success(),
        "replay: {}",
        String::from_utf8_lossy(&replay.stderr)
    );
    let answer: serde_json::Value = serde_json::from_slice(&replay.stdout).expect("JSON");
    assert_eq!(answer["result"], "match", "{answer}");
    assert!(answer["steps"].as_u64().is_some_and(|n| n >= 5), "{answer}");
    let prefix = journal::read_prefix(&path).expect("the journal reads");
    assert!(prefix.torn.is_none(), "a torn line: {:?}", prefix.torn);
    let recorded = prefix.journal;
    assert_eq!(
        recorded.header.expect("a header").humans,
        [p("VL/investigator"), p("VL/247")]
    );
    let actions: Vec<(Participant, Action)> = recorded
        .entries
        .into_iter()
        .map(|e| (e.participant, e.action))
        .collect();
    assert_eq!(
        actions,
        [
            (
                p("VL/investigator"),
                Action::Examine {
                    lead: "exfiltration-alert".into()
                }
            ),
            (
                p("VL/investigator"),
                Action::LookUp {
                    lead: "c2-server".into()
                }
            ),
            (
                p("VL/247"),
                Action::Draft {
                    instrument: Instrument::Preservation247,
                    to: "BR".into(),
                    items: vec!["vps-netflow".into()],
                    fields: cyberdrill::sim::types::Stated::all_bare(&[
                        RequestField::RequestingAuthority,
                        RequestField::OffenceAndFacts,
                        RequestField::DataAndRelation,
                        RequestField::CustodianLocation,
                        RequestField::Necessity,
                        RequestField::MlaToFollow,
                    ]),
                }
            ),
            (p("VL/247"), Action::Send { request }),
            (Participant::Trainer, Action::Pause),
        ]
    );
    println!(
        "played, quit and replayed in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn play_without_a_terminal_exits_2_and_points_to_run() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = Command::new(BIN)
        .arg("play")
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("`cyberdrill run`"), "{stderr}");
    assert!(out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("the folder").count(),
        0,
        "no journal without a session"
    );
}
