//! `cyberdrill serve` as participants meet it: the real binary hosting
//! the small test scenario on loopback, the real OpenSSH client joining
//! it, each in its own terminal (a private tmux server per participant).
//! Three seats in two countries join with their codes and act; a seat's
//! screen never shows another country's requests, inbox or drafts; one
//! participant drops and comes back to the same seat; a second connection
//! takes a seat over; an observer looks but cannot act; a wrong code, a
//! command (`exec`), a port forward and a stdio forward are refused; the
//! trainer closes the exercise and the journal replays with every action.
//!
//! Every wait is bounded and waits for a condition (tests/common/tmux.rs);
//! the server listens on 127.0.0.1 at a port the system picks.
//!
//! tmux and the OpenSSH client are installed by `.ci/run`; without them
//! the test fails in CI and is skipped with a note elsewhere.

#[path = "common/served.rs"]
mod served;
#[path = "common/tmux.rs"]
mod tmux;

use std::process::Command;

use cyberdrill::journal;
use cyberdrill::sim::{Action, Participant};

use served::{BIN, SCENARIO, Served, draft_preservation_of_the_vps_logs, ssh_installed, wait_exit};
use tmux::tmux_installed;

fn p(text: &str) -> Participant {
    text.parse().expect("a participant")
}

#[test]
fn three_seats_in_two_countries_play_over_ssh_and_the_journal_replays() {
    if !tmux_installed("the test of `cyberdrill serve`") || !ssh_installed() {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let served = Served::start(
        dir.path(),
        &[
            "--seat",
            "investigator@A",
            "--seat",
            "247@A",
            "--seat",
            "247@B",
            "--host-key",
            dir.path().join("host-key").to_str().unwrap(),
        ],
    );
    let mut served = served;
    // The codes file holds what serve printed.
    let codes_file = std::fs::read_to_string(dir.path().join("exercise.journal.codes")).unwrap();
    for access in [
        "investigator@A",
        "247@A",
        "247@B",
        "trainer",
        "observe:247@A",
        "observe",
    ] {
        let line = format!("{access} {}", served.code(access));
        assert!(codes_file.lines().any(|l| l == line), "{line} in\n{codes_file}");
    }

    // A's investigator joins: the briefing, then the desk; finds the VPS.
    let investigator = served.sit(
        dir.path(),
        served.code("investigator@A"),
        "You play: A — investigator",
    );
    investigator.press("2");
    investigator.cursor_to("(firewall-log)");
    investigator.press("e");
    investigator.wait_text("(firewall-log) (examined)");
    investigator.cursor_to("(vps-ip)");
    investigator.press("l");
    investigator.wait_text("(vps-ip) → NimbusVPS (B)");

    // B's 24/7 desk joins, in French (the code carries the language).
    let desk_b = served.sit(
        dir.path(),
        &format!("{}-fr", served.code("247@B")),
        "Vos rôles : B — point de contact 24/7",
    );

    // A's 24/7 contact drafts an Art. 29 request to B and sends it.
    let desk_a = served.sit(dir.path(), served.code("247@A"), "You play: A — 24/7 contact");
    draft_preservation_of_the_vps_logs(&desk_a);
    // Drafted, not sent: B sees nothing of it.
    desk_b.press("3");
    let screen = desk_b.wait_for("B's requests", |s| s.cursor_on(" 3 Demandes "));
    assert!(!screen.contains("#1"), "{}", screen.text());
    desk_a.press("3");
    desk_a.wait_for("A's requests", |s| s.cursor_on(" 3 Requests "));
    desk_a.press("Enter");
    desk_a.wait_text("sent request #1");
    // Now it has reached B's desk: B sees it, in French.
    let screen = desk_b.wait_text("#1 la conservation rapide");
    // Isolation: nothing of A's inbox (the look-up of the VPS) at B.
    assert!(!screen.contains("vps-ip"), "{}", screen.text());
    desk_b.press("1");
    let screen = desk_b.wait_for("B's inbox", |s| s.cursor_on(" 1 Réception"));
    assert!(
        !screen.contains("NimbusVPS (B) —") && !screen.contains("firewall-log"),
        "{}",
        screen.text()
    );

    // A's 24/7 contact drops (its terminal closes) and comes back: the
    // same seat, at its desk, its request still there.
    drop(desk_a);
    let desk_a = served.join(dir.path(), served.code("247@A"));
    desk_a.wait_for("A's desk again", |s| s.rows[0].text.contains("A — 24/7 contact"));
    desk_a.press("3");
    desk_a.wait_text("#1 preservation through the 24/7 network");
    // A second connection on the seat takes it over; the first is told.
    let desk_a2 = served.join(dir.path(), served.code("247@A"));
    desk_a2.wait_for("the seat taken over", |s| {
        s.rows[0].text.contains("A — 24/7 contact")
    });
    desk_a.wait_text("taken over by another connection");
    desk_a.wait_text("ssh exited: 0");

    // An observer of A's desk sees it and cannot act.
    let observer = served.join(dir.path(), served.code("observe:247@A"));
    observer.wait_text("You play: A — 24/7 contact");
    observer.press("Enter");
    observer.press("3");
    observer.wait_text("#1 preservation through the 24/7 network");
    observer.press("d");
    observer.wait_text("You are observing: you can look, not act.");

    // What the exercise does not serve.
    let (code, said) = served.run_ssh("nosuchcode234", &[]);
    assert_eq!(code, Some(255), "{said}");
    assert!(said.contains("Permission denied"), "{said}");
    let trainer = served.code("trainer").to_string();
    let (code, said) = served.run_ssh(&trainer, &[]);
    assert_eq!(code, Some(255), "exec: {said}");
    let (code, said) = served.run_ssh(
        &trainer,
        &[
            "-N",
            "-o",
            "ExitOnForwardFailure=yes",
            "-R",
            "127.0.0.1:0:127.0.0.1:9",
        ],
    );
    assert_eq!(code, Some(255), "remote forward: {said}");
    let (code, said) = served.run_ssh(&trainer, &["-N", "-W", "127.0.0.1:9"]);
    assert_eq!(code, Some(255), "stdio forward: {said}");
    // The others play on.
    desk_a2.press("1");
    desk_a2.wait_for("A's inbox", |s| s.cursor_on(" 1 Inbox"));

    // The trainer joins over SSH and closes the exercise: everyone is told,
    // the server ends.
    let console = served.sit(dir.path(), &trainer, "You play: trainer's console");
    console.press("q");
    console.wait_text("(y / n)");
    console.press("y");
    desk_b.wait_text("Le formateur a clos l'exercice.");
    let status = wait_exit(&mut served.child).expect("serve ends when the trainer quits");
    assert!(status.success(), "{status:?}");
    // The after-action report, beside the journal.
    let report = cyberdrill::report::beside(&served.journal);
    let html = std::fs::read_to_string(&report).expect("serve wrote the report beside the journal");
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");

    // The journal has every action, by the seat that did it, and replays.
    let text = std::fs::read_to_string(&served.journal).unwrap();
    let recorded = journal::parse_prefix(&text).unwrap().journal;
    let actions: Vec<(Participant, Action)> = recorded
        .entries
        .iter()
        .map(|e| (e.participant.clone(), e.action.clone()))
        .filter(|(_, a)| !matches!(a, Action::Read { .. }))
        .collect();
    let kinds: Vec<(String, &str)> = actions
        .iter()
        .map(|(who, action)| {
            let kind = match action {
                Action::Pause => "pause",
                Action::Examine { .. } => "examine",
                Action::LookUp { .. } => "look-up",
                Action::Draft { .. } => "draft",
                Action::Send { .. } => "send",
                _ => "other",
            };
            (who.to_string(), kind)
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("trainer".to_string(), "pause"),
            (p("A/investigator").to_string(), "examine"),
            (p("A/investigator").to_string(), "look-up"),
            (p("A/247").to_string(), "draft"),
            (p("A/247").to_string(), "send"),
        ]
    );
    let out = Command::new(BIN)
        .args(["replay"])
        .arg(&served.journal)
        .args(["--scenario", SCENARIO])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // The access log says who came and what was refused, never a code.
    let log = std::fs::read_to_string(dir.path().join("exercise.journal.access.log")).unwrap();
    assert!(log.contains("joined as 247@B"), "{log}");
    assert!(log.contains("refused: wrong code"), "{log}");
    assert!(log.contains("refused: exec"), "{log}");
    for code in served.codes.values() {
        assert!(!log.contains(code.as_str()), "a code in the log:\n{log}");
    }
}
