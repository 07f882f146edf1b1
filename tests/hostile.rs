//! Hostile or broken input (issue 11): files that are not files, includes
//! that leave the scenario's folders, values and lines too long to print,
//! and text that would drive the terminal. Each test builds its files in a
//! temporary folder; the scenarios there are `tests/data/valid/minimal.ron`
//! (checked clean by tests/check.rs) with one include changed.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use cyberdrill::scenario::check_path;
use cyberdrill::words::{Lang, Words};

/// The checker's report on `path`, in English, or a failure if it takes
/// longer than `seconds` (a file that is read forever must not hang the
/// test suite too).
fn checked_within(path: &Path, seconds: u64) -> String {
    let (send, receive) = mpsc::channel();
    let owned = path.to_path_buf();
    std::thread::spawn(move || {
        let text = check_path(&owned).diagnostics.to_text(&Words::new(Lang::En));
        let _ = send.send(text);
    });
    receive
        .recv_timeout(Duration::from_secs(seconds))
        .unwrap_or_else(|_| panic!("checking {} took over {seconds} s", path.display()))
}

/// A copy of the minimal scenario at `dir/valid/minimal.ron`, with its
/// fragment at `dir/fragments/`, and `extra` added to its includes.
fn scenario_including(dir: &Path, extra: &str) -> PathBuf {
    let fragments = dir.join("fragments");
    std::fs::create_dir_all(&fragments).unwrap();
    std::fs::copy(
        "tests/data/fragments/two-countries.ron",
        fragments.join("two-countries.ron"),
    )
    .unwrap();
    let text = std::fs::read_to_string("tests/data/valid/minimal.ron").unwrap();
    let from = "[\"../fragments/two-countries.ron\"]";
    assert!(text.contains(from), "minimal.ron no longer includes {from}");
    let text = text.replace(
        from,
        &format!("[\"../fragments/two-countries.ron\", \"{extra}\"]"),
    );
    std::fs::create_dir_all(dir.join("valid")).unwrap();
    let path = dir.join("valid/minimal.ron");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_copied_scenario_checks_clean_without_the_extra_include() {
    let dir = tempfile::tempdir().unwrap();
    let path = scenario_including(dir.path(), "../fragments/two-countries.ron");
    let report = check_path(&path);
    assert!(report.diagnostics.is_empty(), "{}", checked_within(&path, 60));
}

#[cfg(unix)]
#[test]
fn an_included_named_pipe_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("fragments/pipe.ron");
    std::fs::create_dir_all(pipe.parent().unwrap()).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo is needed to test named pipes");
    assert!(made.success(), "mkfifo failed");
    let path = scenario_including(dir.path(), "../fragments/pipe.ron");
    let text = checked_within(&path, 30);
    assert!(text.contains("is not a regular file"), "{text}");
}

#[cfg(unix)]
#[test]
fn a_device_is_refused_without_being_read() {
    // Reading /dev/urandom up to the 256 MiB limit takes seconds; refusing
    // it takes none.
    let started = std::time::Instant::now();
    let text = checked_within(Path::new("/dev/urandom"), 30);
    assert!(text.contains("this is not a regular file"), "{text}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[cfg(unix)]
#[test]
fn an_include_linked_out_of_the_scenario_folders_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.ron");
    std::fs::write(&secret, "not-a-scenario SECRET-LINE").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("fragments")).unwrap();
    std::os::unix::fs::symlink(&secret, dir.path().join("fragments/link.ron")).unwrap();
    let path = scenario_including(dir.path(), "../fragments/link.ron");
    let text = checked_within(&path, 30);
    assert!(text.contains("leads outside the folders"), "{text}");
    assert!(!text.contains("SECRET-LINE"), "{text}");
}

#[test]
fn an_include_that_is_not_a_ron_file_is_refused_unshown() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "SECRET-LINE").unwrap();
    let path = scenario_including(dir.path(), "../notes.txt");
    let text = checked_within(&path, 30);
    assert!(text.contains("is not a .ron file"), "{text}");
    assert!(!text.contains("SECRET-LINE"), "{text}");
}

#[test]
fn a_value_of_three_million_lines_is_quoted_in_one_line() {
    // Today's bug: the whole value went into the message, 24 MB of it.
    let dir = tempfile::tempdir().unwrap();
    let path = scenario_including(dir.path(), "../fragments/two-countries.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let from = "jurisdiction: \"B\",";
    assert!(text.contains(from));
    let huge = format!("jurisdiction: \"B{}\",", "x\n".repeat(3_000_000));
    std::fs::write(&path, text.replacen(from, &huge, 1)).unwrap();
    let shown = checked_within(&path, 120);
    assert!(
        shown.contains("unknown jurisdiction `Bx…`"),
        "{}",
        shown.chars().take(2000).collect::<String>()
    );
    assert!(shown.len() < 20_000, "{} bytes shown", shown.len());
}

/// `cyberdrill <args>` on the default scenario, within `seconds`.
fn cyberdrill(args: &[&str], seconds: u64) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(seconds) {
            let _ = child.kill();
            panic!("cyberdrill {args:?} took over {seconds} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn an_endless_actions_file_or_journal_is_refused_unread() {
    // /dev/zero used to be read until memory ran out.
    for args in [&["run", "--actions", "/dev/zero"][..], &["replay", "/dev/zero"]] {
        let output = cyberdrill(args, 30);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains("not a regular file"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_long_line_in_an_actions_file_is_refused_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.actions");
    // Line 2 is 100 000 bytes; the limit (65 536) falls at column 65 537.
    let line = format!(
        "1 d0 00:10 VL/investigator LookUp(lead:\"{}\")",
        "x".repeat(100_000)
    );
    std::fs::write(&path, format!("// a comment\n{line}\n")).unwrap();
    let output = cyberdrill(&["run", "--actions", path.to_str().unwrap()], 30);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("line 2, column 65537: "), "{stderr}");
    assert!(stderr.len() < 1000, "{} bytes of error", stderr.len());
}

#[test]
fn an_escape_sequence_in_an_actions_file_never_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("red.actions");
    let line = "1 d0 00:10 VL/\u{1b}[31mred LookUp(lead:\"c2-server\")\n";
    std::fs::write(&path, line).unwrap();
    let output = cyberdrill(&["run", "--actions", path.to_str().unwrap()], 60);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("red"),
        "the error should quote the participant: {stderr}"
    );
    for stream in [&output.stdout, &output.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains('\u{1b}'), "{text:?}");
    }
}

/// A journal of the default scenario's reference solution, recorded by
/// `cyberdrill run`, as its lines (the last is the `end` line).
fn recorded_journal(dir: &Path) -> Vec<String> {
    let path = dir.join("full.journal");
    let output = cyberdrill(
        &[
            "run",
            "--actions",
            "scenarios/hospital-ransomware.actions",
            "--journal",
            path.to_str().unwrap(),
        ],
        120,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    assert!(lines.last().unwrap().starts_with("end "), "{text}");
    lines
}

#[test]
fn a_journal_cut_at_a_line_or_in_a_line_says_what_was_verified_and_how_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let lines = recorded_journal(dir.path());
    // Without its end line and its last step: a crash between two steps.
    let kept = &lines[..lines.len() - 2];
    let cut = dir.path().join("cut.journal");
    std::fs::write(&cut, format!("{}\n", kept.join("\n"))).unwrap();
    // The same, with half of the next step after it: a crash inside one.
    let torn = dir.path().join("torn.journal");
    let half = &lines[lines.len() - 2][..10];
    std::fs::write(&torn, format!("{}\n{half}", kept.join("\n"))).unwrap();

    let at_boundary = cyberdrill(&["replay", cut.to_str().unwrap()], 120);
    let said = String::from_utf8_lossy(&at_boundary.stdout);
    assert!(at_boundary.status.success(), "{said}");
    let mid_line = cyberdrill(&["replay", torn.to_str().unwrap()], 120);
    let torn_said = String::from_utf8_lossy(&mid_line.stderr);
    assert_eq!(mid_line.status.code(), Some(1), "{torn_said}");
    // Both say that every step they hold matched, and how to go on.
    let steps = kept.len() - 1; // the header is not a step
    assert!(said.contains(&format!("replayed {steps} steps")), "{said}");
    assert!(said.contains("good up to its last step"), "{said}");
    assert!(
        torn_said.contains(&format!("good up to step {steps}")),
        "{torn_said}"
    );
    for text in [&said, &torn_said] {
        assert!(text.contains("cyberdrill play --resume"), "{text}");
    }
    assert!(said.contains(&format!("--resume {}", cut.display())), "{said}");
}

/// The file named on the command line follows the rule includes do: only
/// a .ron file's lines are ever shown, so a scenario saved as `.txt` (or
/// any file handed over) is refused without a line of it printed.
#[test]
fn a_scenario_that_is_not_a_ron_file_is_refused_without_showing_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "Scenario(\n    SECRET-LINE\n").unwrap();
    let text = checked_within(&path, 30);
    assert!(text.contains("this is not a .ron file"), "{text}");
    assert!(!text.contains("SECRET-LINE"), "{text}");
    let output = cyberdrill(&["run", path.to_str().unwrap()], 30);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("this is not a .ron file"), "{stderr}");
    assert!(!stderr.contains("SECRET-LINE"), "{stderr}");
}

/// A named pipe given as the scenario, `.ron` or not, is refused at once
/// by `check` and `run`: opening it would wait for a writer forever.
#[cfg(unix)]
#[test]
fn a_named_pipe_given_as_the_scenario_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["pipe.ron", "pipe"] {
        let pipe = dir.path().join(name);
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .expect("mkfifo is needed to test named pipes");
        assert!(made.success(), "mkfifo failed");
        let text = checked_within(&pipe, 30);
        assert!(text.contains("is not a regular file"), "{name}: {text}");
        for args in [["check", pipe.to_str().unwrap()], ["run", pipe.to_str().unwrap()]] {
            let output = cyberdrill(&args, 30);
            let all = String::from_utf8_lossy(&output.stdout).to_string()
                + &String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{args:?}: {all}");
            assert!(all.contains("is not a regular file"), "{args:?}: {all}");
        }
    }
}
