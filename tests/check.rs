//! The scenario checker as authors meet it: every broken file in
//! `tests/data/invalid/` renders exactly its snapshot, every shipped
//! scenario checks clean, hostile input never panics, and the CLI's exit
//! codes and JSON are what scripts rely on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::LazyLock;

use cyberdrill::scenario::{
    self, Code, DEFAULT_SCENARIO, Loaded, Severity, check_default, check_path, load_default, load_path,
    to_ron_string,
};
use cyberdrill::words::{Lang, Words};

/// The checker's words in English, as `cyberdrill check` prints them by default.
static ENGLISH: LazyLock<Words> = LazyLock::new(|| Words::new(Lang::En));

/// The `*.ron` files under `folder`, sorted, recursively.
fn ron_files(folder: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![PathBuf::from(folder)];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "ron") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// What `cyberdrill check` prints for one file, without colour, in English.
fn rendered(path: &Path) -> String {
    check_path(path).diagnostics.to_text(&*ENGLISH)
}

#[test]
fn every_invalid_file_renders_its_snapshot() {
    let files = ron_files("tests/data/invalid");
    assert!(files.len() >= 15, "only {} invalid scenarios", files.len());
    for path in files {
        let report = check_path(&path);
        assert!(
            !report.diagnostics.is_empty(),
            "{} produced no diagnostic",
            path.display()
        );
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::with_settings!({
            snapshot_path => "snapshots/invalid",
            prepend_module_to_snapshot => false,
            omit_expression => true,
            description => path.display().to_string(),
        }, {
            insta::assert_snapshot!(name, rendered(&path));
        });
    }
}

#[test]
fn every_diagnostic_code_has_a_broken_example_and_a_line_in_the_guide() {
    let mut seen = std::collections::BTreeSet::new();
    for path in ron_files("tests/data/invalid") {
        seen.extend(check_path(&path).diagnostics.iter().map(|d| d.code));
    }
    let guide = std::fs::read_to_string("docs/SCENARIO-FORMAT.md").unwrap();
    for code in Code::ALL {
        assert!(seen.contains(&code), "no file in tests/data/invalid shows {code}");
        assert!(
            guide.contains(&format!("`{code}`")),
            "docs/SCENARIO-FORMAT.md does not list {code}"
        );
    }
}

#[test]
fn every_shipped_scenario_checks_clean() {
    let files = ron_files("scenarios");
    assert!(files.iter().any(|f| f.ends_with("hospital-ransomware.ron")));
    for path in files {
        let report = check_path(&path);
        assert!(
            report.diagnostics.is_empty(),
            "{} is not clean:\n{}",
            path.display(),
            report.diagnostics
        );
    }
}

#[test]
fn test_fixtures_that_should_be_valid_are() {
    for path in [
        "tests/data/valid/minimal.ron",
        "tests/data/fragments/two-countries.ron",
    ] {
        let report = check_path(Path::new(path));
        assert!(report.diagnostics.is_empty(), "{path}:\n{}", report.diagnostics);
    }
}

/// Notepad starts a UTF-8 file with a byte-order mark (U+FEFF): the file
/// loads as if it were not there, and positions stay those an editor shows.
#[test]
fn a_byte_order_mark_is_accepted_and_positions_are_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let minimal = std::fs::read_to_string("tests/data/valid/minimal.ron")
        .unwrap()
        .replace("../fragments/two-countries.ron", "two-countries.ron");
    std::fs::copy(
        "tests/data/fragments/two-countries.ron",
        dir.path().join("two-countries.ron"),
    )
    .unwrap();
    let path = dir.path().join("notepad.ron");
    std::fs::write(&path, format!("\u{FEFF}{minimal}")).unwrap();
    let report = check_path(&path);
    assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
    // `seed: "1"` is on line 9, its value at column 11, BOM or not.
    std::fs::write(
        &path,
        format!("\u{FEFF}{}", minimal.replace("seed: 1,", r#"seed: "1","#)),
    )
    .unwrap();
    let json = check_path(&path).diagnostics.to_json(&*ENGLISH);
    assert_eq!((json[0].line, json[0].column), (Some(9), Some(11)), "{json:?}");
}

/// Notepad ends lines with `\r\n`: the lines a diagnostic quotes are drawn
/// as in a file with `\n` alone, with no `?` for the `\r`, at the same
/// line and column.
#[test]
fn windows_line_ends_are_drawn_as_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notepad.ron");
    let unix = std::fs::read_to_string("tests/data/invalid/syntax-quoted-number.ron").unwrap();
    std::fs::write(&path, &unix).unwrap();
    let from_unix = rendered(&path);
    std::fs::write(&path, unix.replace('\n', "\r\n")).unwrap();
    let from_windows = rendered(&path);
    assert!(from_windows.contains("points: \"10\","), "{from_windows}");
    assert!(!from_windows.contains('?'), "{from_windows}");
    assert!(!from_windows.contains('\r'), "{from_windows:?}");
    assert_eq!(from_windows, from_unix);
}

#[test]
fn the_embedded_default_is_clean_and_matches_the_file() {
    let report = check_default();
    assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
    let from_file = load_path(Path::new(DEFAULT_SCENARIO)).expect("default loads from disk");
    assert_eq!(
        load_default(),
        from_file,
        "the embedded copy differs from scenarios/"
    );
}

#[test]
fn load_serialise_load_gives_an_equal_scenario() {
    let original = load_default();
    let text = to_ron_string(&original).unwrap();
    assert!(
        !text.contains("Some("),
        "implicit_some keeps optional fields plain"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("round-trip.ron");
    std::fs::write(&path, &text).unwrap();
    let reloaded = load_path(&path).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(original, reloaded);
}

#[test]
fn fragments_merge_before_the_scenario_own_definitions() {
    let scenario = load_path(Path::new("tests/data/valid/minimal.ron")).unwrap();
    let codes: Vec<&str> = scenario.jurisdictions.iter().map(|j| j.code.as_str()).collect();
    assert_eq!(codes, ["A", "B"]);
    assert!(scenario.includes.is_empty(), "includes are resolved");
}

#[test]
fn warnings_alone_still_load() {
    let path = Path::new("tests/data/invalid/missing-translation.ron");
    let report = check_path(path);
    assert_eq!(report.diagnostics.error_count(), 0);
    assert_eq!(report.diagnostics.warning_count(), 1);
    assert!(load_path(path).is_ok());
}

#[test]
fn a_clock_runs_at_a_speed_set_speed_accepts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/data/fragments/two-countries.ron",
        dir.path().join("two-countries.ron"),
    )
    .unwrap();
    let minimal = std::fs::read_to_string("tests/data/valid/minimal.ron")
        .unwrap()
        .replace("../fragments/two-countries.ron", "two-countries.ron");
    let with_clock = |clock: &str| {
        let text = minimal.replacen(
            r#"end: (after: "3d"),"#,
            &format!(r#"end: (after: "3d"), clock: {clock},"#),
            1,
        );
        assert!(text.contains(clock));
        let path = dir.path().join("clocked.ron");
        std::fs::write(&path, text).unwrap();
        check_path(&path)
    };
    for (clock, speed) in [("(speed: 1)", 1), ("(speed: 100000)", 100_000), ("()", 1)] {
        let report = with_clock(clock);
        assert!(report.diagnostics.is_empty(), "{clock}: {}", report.diagnostics);
        assert_eq!(report.into_scenario().unwrap().speed(), speed);
    }
    for speed in [0, 100_001, u32::MAX] {
        let report = with_clock(&format!("(speed: {speed})"));
        let codes: Vec<Code> = report.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::SpeedOutOfRange], "speed {speed}");
        let text = report.diagnostics.to_text(&*ENGLISH);
        assert!(text.contains("clocked.ron:10:"), "{text}");
        assert!(
            text.contains(&format!("the clock cannot run at speed {speed}")),
            "{text}"
        );
    }
    // A typo is a positioned error too, never a clock silently at speed 1.
    let typo = with_clock("(sped: 60)");
    let codes: Vec<Code> = typo.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::Syntax]);
}

#[test]
fn shared_files_may_carry_languages_the_scenario_does_not_list() {
    let dir = tempfile::tempdir().unwrap();
    let fragment = std::fs::read_to_string("tests/data/fragments/two-countries.ron")
        .unwrap()
        .replace(r#""fr": "Arlande""#, r#""fr": "Arlande", "de": "Arland""#);
    std::fs::write(dir.path().join("two-countries.ron"), fragment).unwrap();
    let scenario = std::fs::read_to_string("tests/data/valid/minimal.ron")
        .unwrap()
        .replace("../fragments/two-countries.ron", "two-countries.ron");
    let path = dir.path().join("scenario.ron");
    std::fs::write(&path, scenario).unwrap();
    let report = check_path(&path);
    assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
    // The same text written in the scenario itself is reported.
    let own = std::fs::read_to_string(&path)
        .unwrap()
        .replace(r#""fr": "Minimal"}"#, r#""fr": "Minimal", "de": "Minimal"}"#);
    std::fs::write(&path, own).unwrap();
    let codes: Vec<Code> = check_path(&path).diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::UnlistedLanguage]);
}

#[test]
fn a_fragment_is_not_a_scenario() {
    let path = Path::new("tests/data/fragments/two-countries.ron");
    assert!(matches!(check_path(path).loaded, Some(Loaded::Fragment(_))));
    let errors = load_path(path).unwrap_err();
    assert_eq!(errors.iter().next().unwrap().code, Code::UnknownFileKind);
}

#[test]
fn every_diagnostic_of_a_semantic_check_has_a_position() {
    for path in ron_files("tests/data/invalid") {
        let diagnostics = check_path(&path).diagnostics;
        for record in diagnostics.to_json(&*ENGLISH) {
            assert!(record.line.is_some(), "{}: {:?}", path.display(), record);
            assert!(record.code.starts_with("cyberdrill::"));
        }
    }
}

mod robustness {
    //! Inputs an author never meant to write. Each must give diagnostics
    //! (or a clean result), never a panic, quickly.
    use super::*;

    fn assert_errors_without_panic(path: &Path) -> String {
        let report = check_path(path);
        assert!(report.diagnostics.has_errors(), "{} has no error", path.display());
        let text = report.diagnostics.to_text(&*ENGLISH);
        let _ = report.diagnostics.to_json(&*ENGLISH);
        let output = run(&["check", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
        text
    }

    fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn minimal() -> String {
        std::fs::read_to_string("tests/data/valid/minimal.ron").unwrap()
    }

    #[test]
    fn empty_and_blank_files() {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in [
            ("empty.ron", ""),
            ("blank.ron", "  \n\t\n"),
            ("comment.ron", "/* never closed"),
        ] {
            let text_out = assert_errors_without_panic(&write(dir.path(), name, text));
            assert!(text_out.contains("cyberdrill::unknown-file-kind"), "{text_out}");
        }
    }

    #[test]
    fn binary_garbage_and_non_utf8() {
        let dir = tempfile::tempdir().unwrap();
        let garbage: Vec<u8> = (0..20_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert_errors_without_panic(&write(dir.path(), "garbage.ron", garbage));
        let latin1 = b"Scenario(id: \"caf\xe9\")".to_vec();
        let text = assert_errors_without_panic(&write(dir.path(), "latin1.ron", latin1));
        assert!(text.contains("not UTF-8"), "{text}");
        let ascii_garbage = "Scenario(\u{0}\u{7}))]]}}\"\\".to_string();
        assert_errors_without_panic(&write(dir.path(), "ascii.ron", ascii_garbage));
    }

    #[test]
    fn control_characters_in_a_file_never_reach_the_terminal() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in [
            ("escape.ron", b"Scenario(\x1b[2J\x1b[31mRED\x9b)".to_vec()),
            (
                "escape-in-id.ron",
                minimal().replacen("\"B\"", "\"B\x1b[2J\"", 1).into_bytes(),
            ),
            ("escape-latin1.ron", b"Scenario(\xff\x1b]0;title\x07)".to_vec()),
        ] {
            let path = write(dir.path(), name, bytes);
            let output = run(&["check", path.to_str().unwrap()]);
            for stream in [&output.stdout, &output.stderr] {
                let text = String::from_utf8_lossy(stream);
                assert!(
                    !text.contains('\u{1b}') && !text.contains('\u{9b}'),
                    "{name}: {text:?}"
                );
            }
        }
    }

    #[test]
    fn ten_thousand_nested_brackets() {
        let dir = tempfile::tempdir().unwrap();
        let depth = 10_000;
        let inputs = [
            "[".repeat(depth),
            format!("Scenario(id: {}{})", "[".repeat(depth), "]".repeat(depth)),
            format!(
                "Scenario(learning_objectives: {}{})",
                "[".repeat(depth),
                "]".repeat(depth)
            ),
            format!(
                "Scenario(id: \"x\", title: {{}}, summary: {{}}, languages: [], start: \"\", seed: 1, end: (when: {}At(\"1h\"){}))",
                "Not(".repeat(depth),
                ")".repeat(depth)
            ),
            format!("Fragment(jurisdictions: [({}))", "(".repeat(depth)),
        ];
        for (i, text) in inputs.iter().enumerate() {
            assert_errors_without_panic(&write(dir.path(), &format!("deep{i}.ron"), text));
        }
    }

    #[test]
    fn a_fifty_megabyte_file() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "fragments/two-countries.ron",
            std::fs::read("tests/data/fragments/two-countries.ron").unwrap(),
        );
        let padding = "x".repeat(50 * 1024 * 1024);
        // A valid scenario whose summary is 50 MB, with one mistake at its end.
        let text = minimal()
            .replace(
                "\"A hospital is attacked from a server in B.\"",
                &format!("\"{padding}\""),
            )
            .replace("by: \"1d\"", "by: \"9d\"");
        let path = write(dir.path(), "valid/big.ron", text);
        let started = std::time::Instant::now();
        let rendered = assert_errors_without_panic(&path);
        assert!(rendered.contains("objective deadline"), "{rendered}");
        assert!(started.elapsed().as_secs() < 60);
        // The same bulk as one line of garbage: a parse error far to the right.
        let line = format!("Scenario(id: \"x\", title: {padding})");
        assert_errors_without_panic(&write(dir.path(), "line.ron", line));
    }

    #[cfg(unix)]
    #[test]
    fn an_endless_file_is_refused_not_read() {
        // A device is not read at all, not even up to the size limit.
        let text = assert_errors_without_panic(Path::new("/dev/zero"));
        assert!(text.contains("this is not a regular file"), "{text}");
    }

    #[test]
    fn includes_that_cannot_be_followed() {
        let dir = tempfile::tempdir().unwrap();
        let with_includes =
            |includes: &str| minimal().replace("[\"../fragments/two-countries.ron\"]", includes);
        let missing = write(
            dir.path(),
            "valid/missing.ron",
            with_includes("[\"nowhere.ron\"]"),
        );
        assert!(assert_errors_without_panic(&missing).contains("cannot find included file"));

        write(dir.path(), "a.ron", "Fragment(includes: [\"b.ron\"])");
        write(dir.path(), "b.ron", "Fragment(includes: [\"a.ron\"])");
        let cyclic = write(dir.path(), "valid/cycle.ron", with_includes("[\"../a.ron\"]"));
        let text = assert_errors_without_panic(&cyclic);
        assert!(
            text.contains("include cycle:") && text.contains("a.ron → ") && text.contains("b.ron"),
            "{text}"
        );

        let itself = write(dir.path(), "valid/self.ron", with_includes("[\"self.ron\"]"));
        assert!(assert_errors_without_panic(&itself).contains("include cycle"));

        let folder = write(dir.path(), "valid/folder.ron", with_includes("[\"..\"]"));
        assert!(assert_errors_without_panic(&folder).contains("is a folder"));

        let absolute = write(
            dir.path(),
            "valid/absolute.ron",
            with_includes("[\"/etc/passwd\"]"),
        );
        assert!(assert_errors_without_panic(&absolute).contains("absolute path"));

        let binary = write(dir.path(), "binary.ron", [0xffu8, 0xfe, 0x00]);
        let _ = binary;
        let bad_fragment = write(
            dir.path(),
            "valid/binary.ron",
            with_includes("[\"../binary.ron\"]"),
        );
        assert!(assert_errors_without_panic(&bad_fragment).contains("not UTF-8"));
    }

    #[test]
    fn a_diamond_include_merges_once() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "fragments/two-countries.ron",
            std::fs::read("tests/data/fragments/two-countries.ron").unwrap(),
        );
        write(
            dir.path(),
            "fragments/left.ron",
            "Fragment(includes: [\"two-countries.ron\"])",
        );
        write(
            dir.path(),
            "fragments/right.ron",
            "Fragment(includes: [\"two-countries.ron\"])",
        );
        let text = minimal().replace(
            "[\"../fragments/two-countries.ron\"]",
            "[\"../fragments/left.ron\", \"../fragments/right.ron\"]",
        );
        let path = write(dir.path(), "valid/diamond.ron", text);
        let scenario = load_path(&path).unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(scenario.jurisdictions.len(), 2);
    }
}

mod cli {
    //! `cyberdrill check` from the outside: exit codes, summary, JSON.
    use super::*;

    #[test]
    fn clean_scenarios_exit_zero_with_a_summary() {
        let output = run(&["check", "scenarios"]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stdout)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains("0 errors, 0 warnings in"), "{stdout}");
    }

    #[test]
    fn warnings_alone_exit_zero() {
        let output = run(&["check", "tests/data/invalid/unused-definitions.ron"]);
        assert_eq!(output.status.code(), Some(0));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.ends_with("0 errors, 3 warnings in 1 file\n"), "{stdout}");
    }

    #[test]
    fn any_error_exits_one() {
        let output = run(&[
            "check",
            "tests/data/valid",
            "tests/data/invalid/zero-retention.ron",
        ]);
        assert_eq!(output.status.code(), Some(1));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains("1 error, 0 warnings in 2 files"), "{stdout}");
    }

    #[test]
    fn folders_are_walked_recursively() {
        let output = run(&["check", "tests/data"]);
        assert_eq!(output.status.code(), Some(1));
        let stdout = String::from_utf8_lossy(&output.stdout);
        let files = ron_files("tests/data").len();
        assert!(
            stdout.trim_end().ends_with(&format!("in {files} files")),
            "{stdout}"
        );
    }

    #[test]
    fn usage_errors_exit_two() {
        assert_eq!(run(&["check"]).status.code(), Some(2));
        let missing = run(&["check", "scenarios", "no/such/file.ron"]);
        assert_eq!(missing.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/file.ron"));
        assert_eq!(
            run(&["check", "--format", "xml", "scenarios"]).status.code(),
            Some(2)
        );
        let empty = tempfile::tempdir().unwrap();
        assert_eq!(
            run(&["check", empty.path().to_str().unwrap()]).status.code(),
            Some(2)
        );
    }

    #[test]
    fn json_lists_every_diagnostic() {
        let output = run(&[
            "check",
            "--format",
            "json",
            "tests/data/invalid/unknown-evidence.ron",
            "tests/data/invalid/missing-translation.ron",
        ]);
        assert_eq!(output.status.code(), Some(1));
        let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let records = &document["diagnostics"];
        insta::assert_json_snapshot!(records, @r#"
        [
          {
            "code": "cyberdrill::unknown-reference",
            "column": 37,
            "file": "tests/data/invalid/unknown-evidence.ron",
            "help": "did you mean `server-logs`?",
            "line": 65,
            "message": "unknown evidence item `server-log`",
            "severity": "error"
          },
          {
            "code": "cyberdrill::missing-translation",
            "column": 19,
            "file": "tests/data/invalid/missing-translation.ron",
            "help": "the scenario's `languages` include `fr`: add \"fr\": \"...\" to this text",
            "line": 57,
            "message": "this text has no `fr` translation",
            "severity": "warning"
          }
        ]
        "#);
        // The summary is on stdout, as in the human format, inside the
        // one JSON document; nothing is said on stderr.
        assert_eq!(
            document["summary"],
            serde_json::json!({"errors": 1, "warnings": 1, "files": 2, "text": "1 error, 1 warning in 2 files"})
        );
        assert!(
            output.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// serde_json escapes C0 controls only: a C1 control (U+009B starts a
    /// terminal command, as ESC `[` does) in any text leaves escaped too.
    #[test]
    fn json_escapes_every_control_character() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a\u{9b}31m\u{7f}.ron");
        std::fs::write(&path, "Scenario(id: ").unwrap();
        let output = run(&["check", "--format", "json", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1));
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
        let document: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(document["diagnostics"][0]["file"].is_string(), "{document}");
    }
}

mod french {
    //! `cyberdrill check --lang fr`: the same diagnostics, at the same
    //! places with the same codes, in French.
    use super::*;

    /// The JSON records and the summary text of `check --format json`.
    fn json(args: &[&str]) -> (Vec<serde_json::Value>, String) {
        let output = run(&[&["check", "--format", "json"], args].concat());
        let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let records = document["diagnostics"].as_array().unwrap().clone();
        (records, document["summary"]["text"].as_str().unwrap().to_string())
    }

    #[test]
    fn french_says_the_same_places_and_codes_in_french() {
        let files = [
            "tests/data/invalid/unknown-evidence.ron",
            "tests/data/invalid/missing-translation.ron",
            "tests/data/invalid/syntax-unknown-field.ron",
        ];
        let (english, english_summary) = json(&[&["--lang", "en"], &files[..]].concat());
        let (french, french_summary) = json(&[&["--lang", "fr"], &files[..]].concat());
        assert_eq!(english.len(), 3);
        assert_eq!(french.len(), english.len());
        for (en, fr) in english.iter().zip(&french) {
            for key in ["file", "line", "column", "severity", "code"] {
                assert_eq!(en[key], fr[key], "{key}");
            }
            assert_ne!(en["message"], fr["message"]);
            assert_ne!(en["help"], fr["help"]);
        }
        assert_eq!(french[0]["message"], "élément de preuve `server-log` inconnu");
        assert_eq!(french[0]["help"], "vouliez-vous dire `server-logs` ?");
        assert_eq!(french[1]["message"], "ce texte n'est pas traduit en `fr`");
        assert_eq!(
            french[1]["help"],
            "les `languages` du scénario comprennent `fr` : ajoutez \"fr\": \"...\" à ce texte"
        );
        // ron's errors have headlines of their own, in French too.
        assert_eq!(
            french[2]["message"],
            "`evidense` n'est pas un champ d'ici : les champs sont `id`, `kind`, `value`, `text`, \
             `reveals`, `provider`, `evidence`"
        );
        assert!(
            english_summary.contains("2 errors, 1 warning in 3 files"),
            "{english_summary}"
        );
        assert!(
            french_summary.contains("2 erreurs, 1 avertissement dans 3 fichiers"),
            "{french_summary}"
        );
    }

    /// Layout mistakes, which ron finds, are told in French with their help.
    #[test]
    fn layout_errors_come_in_french_with_their_help() {
        let files = [
            "tests/data/invalid/syntax-hash-comment.ron",
            "tests/data/invalid/syntax-unknown-variant.ron",
            "tests/data/invalid/syntax-unclosed-paren.ron",
            "tests/data/invalid/syntax-missing-field.ron",
        ];
        let (french, _) = json(&[&["--lang", "fr"], &files[..]].concat());
        let said: Vec<(&str, &str)> = french
            .iter()
            .map(|record| {
                (
                    record["message"].as_str().unwrap(),
                    record["help"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            said[0],
            (
                "`#` ne commence pas un commentaire dans un fichier de scénario",
                "un commentaire commence par deux barres obliques, et peut se placer partout, \
                 même avant `Scenario(` : // The smallest scenario that runs."
            )
        );
        assert!(
            said[1]
                .0
                .starts_with("`VPS` n'est pas un type de fournisseur : écrivez l'un de `Isp`"),
            "{}",
            said[1].0
        );
        assert_eq!(said[1].1, "vouliez-vous dire `Vps` ?");
        assert_eq!(
            said[2],
            (
                "le signe `(` est ouvert mais jamais refermé",
                "fermez-le par `)` avant le `]` de la ligne 29"
            )
        );
        assert_eq!(
            said[3].0,
            "l'entrée `b-host` de `providers` n'a pas de champ `disclosure`"
        );
        for (message, help) in said {
            assert!(
                !message.contains("RON") && !help.contains("RON"),
                "{message} / {help}"
            );
        }
    }

    /// A misspelt name says what it should have been, in the author's
    /// words, for every list of names the format has (`model.rs`' enums).
    #[test]
    fn every_kind_of_name_has_its_words() {
        use cyberdrill::scenario::{Said, Translate};
        let kinds = [
            "Framework",
            "Reservation",
            "Offence",
            "Staffing",
            "ProviderKind",
            "DataCategory",
            "Sector",
            "Locator",
            "LeadKind",
            "Role",
            "Recipient",
            "Condition",
            "Instrument",
        ];
        for lang in [Lang::En, Lang::Fr] {
            let words = Words::new(lang);
            let said = |kind: &str| {
                words.words(
                    &Said::new("check-syntax-message-unknown-name")
                        .text("found", "X")
                        .text("kind", kind)
                        .text("names", "`A`"),
                )
            };
            let generic = said("Other");
            for kind in kinds {
                assert_ne!(said(kind), generic, "{kind} in {lang:?}");
            }
        }
    }

    #[test]
    fn french_for_people_has_its_help_heading_and_summary_in_french() {
        let output = run(&["check", "--lang", "fr", "tests/data/invalid/duplicate-team.ron"]);
        assert_eq!(output.status.code(), Some(1));
        let expected = r#"cyberdrill::duplicate-id

  × A a deux équipes
    ╭─[tests/data/invalid/duplicate-team.ron:53:24]
 52 │         (jurisdiction: "A", roles: [Investigator]),
 53 │         (jurisdiction: "A", roles: [Prosecutor]),
    ·                        ─┬─
    ·                         ╰── seconde équipe
 54 │     ],
    ╰────
  aide : une juridiction n'a qu'une équipe : mettez tous les rôles de A dans la première et
         supprimez celle-ci (première occurrence : tests/data/invalid/duplicate-team.ron:52:24)

1 erreur, 0 avertissement dans 1 fichier
"#;
        assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
    }

    #[test]
    fn without_lang_a_scenario_with_no_english_is_checked_in_its_language() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("fragments")).unwrap();
        std::fs::create_dir_all(dir.path().join("valid")).unwrap();
        std::fs::copy(
            "tests/data/fragments/two-countries.ron",
            dir.path().join("fragments/two-countries.ron"),
        )
        .unwrap();
        // French only: every English text the file carries is unlisted.
        let text = std::fs::read_to_string("tests/data/valid/minimal.ron")
            .unwrap()
            .replace(r#"languages: ["en", "fr"]"#, r#"languages: ["fr"]"#);
        let path = dir.path().join("valid/french.ron");
        std::fs::write(&path, text).unwrap();
        let path = path.to_str().unwrap();

        let french = String::from_utf8_lossy(&run(&["check", path]).stdout).into_owned();
        assert!(french.contains("aucun participant ne lit ce texte"), "{french}");
        assert!(
            french.trim_end().ends_with("avertissements dans 1 fichier"),
            "{french}"
        );
        let english = String::from_utf8_lossy(&run(&["check", "--lang", "en", path]).stdout).into_owned();
        assert!(english.contains("no participant reads this"), "{english}");
        // An English scenario checked first keeps the whole run in English.
        let both = run(&["check", "tests/data/valid/minimal.ron", path]);
        let both = String::from_utf8_lossy(&both.stdout);
        assert!(both.contains("no participant reads this"), "{both}");
    }

    #[test]
    fn usage_errors_speak_the_asked_language() {
        let missing = run(&["check", "--lang", "fr", "no/such/file.ron"]);
        assert_eq!(missing.status.code(), Some(2));
        assert_eq!(
            String::from_utf8_lossy(&missing.stderr),
            "erreur : aucun fichier ni dossier à cet emplacement : no/such/file.ron\n"
        );
        assert_eq!(
            run(&["check", "--lang", "de", "scenarios"]).status.code(),
            Some(2)
        );
    }
}

#[test]
fn severities_follow_codes() {
    assert_eq!(Code::MissingTranslation.severity(), Severity::Warning);
    assert_eq!(Code::UnreachableEvidence.severity(), Severity::Error);
    let _ = scenario::ron_options();
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

mod mutations {
    //! Random damage to a valid scenario: whatever is cut or inserted, the
    //! checker never panics, and its answer is one an author can act on:
    //! either the mutant loads as a scenario, or there is an error; and
    //! every diagnostic names its file, line and column.
    use proptest::prelude::*;

    use super::*;

    fn workspace() -> (tempfile::TempDir, String) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("fragments")).unwrap();
        std::fs::create_dir_all(dir.path().join("valid")).unwrap();
        std::fs::copy(
            "tests/data/fragments/two-countries.ron",
            dir.path().join("fragments/two-countries.ron"),
        )
        .unwrap();
        let text = std::fs::read_to_string("tests/data/valid/minimal.ron").unwrap();
        (dir, text)
    }

    /// Checks the mutant written from `bytes`; `Err` says what an author
    /// would be left without.
    fn check_bytes(dir: &Path, bytes: &[u8]) -> Result<(), String> {
        let path = dir.join("valid/mutant.ron");
        std::fs::write(&path, bytes).unwrap();
        let report = check_path(&path);
        let _ = report.diagnostics.to_string();
        // The file exists and was read, so every finding is somewhere in it
        // (or in the fragment it includes).
        for record in report.diagnostics.to_json(&*ENGLISH) {
            if record.file.is_empty() || record.line.is_none() || record.column.is_none() {
                return Err(format!("a diagnostic without a position: {record:?}"));
            }
        }
        let loads = matches!(report.loaded, Some(Loaded::Scenario(_)));
        if !loads && !report.diagnostics.has_errors() {
            return Err(format!("neither a scenario nor an error: {}", report.diagnostics));
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn cutting_a_range_loads_or_reports_positioned_errors(start in 0.0f64..1.0, length in 0usize..400) {
            let (dir, text) = workspace();
            let bytes = text.as_bytes();
            let from = (start * bytes.len() as f64) as usize;
            let to = (from + length).min(bytes.len());
            let mut mutant = bytes[..from].to_vec();
            mutant.extend_from_slice(&bytes[to..]);
            prop_assert_eq!(check_bytes(dir.path(), &mutant), Ok(()));
        }

        #[test]
        fn inserting_anything_loads_or_reports_positioned_errors(at in 0.0f64..1.0, inserted in proptest::collection::vec(any::<u8>(), 0..40)) {
            let (dir, text) = workspace();
            let bytes = text.as_bytes();
            let at = (at * bytes.len() as f64) as usize;
            let mut mutant = bytes[..at].to_vec();
            mutant.extend_from_slice(&inserted);
            mutant.extend_from_slice(&bytes[at..]);
            prop_assert_eq!(check_bytes(dir.path(), &mutant), Ok(()));
        }

        #[test]
        fn inserting_ron_punctuation_loads_or_reports_positioned_errors(at in 0.0f64..1.0, inserted in "[\\[\\](){}:,\"/*a-z0-9 ]{0,12}") {
            let (dir, text) = workspace();
            let at = (at * text.len() as f64) as usize;
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let mutant = format!("{}{}{}", &text[..at], inserted, &text[at..]);
            prop_assert_eq!(check_bytes(dir.path(), mutant.as_bytes()), Ok(()));
        }
    }
}
