//! The scenario library as a trainer meets it: `cyberdrill scenarios` in
//! both languages and as JSON, library ids wherever a scenario file goes
//! (from any folder), an unknown id answered with the closest one, paths
//! working as before; the library's table agreeing with the files under
//! `scenarios/`; and a scenario's `region`, its own or its fragments'.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cyberdrill::scenario::library::{FRAGMENTS, SCENARIOS};
use cyberdrill::scenario::model::Text;
use cyberdrill::scenario::{Code, check_path};

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, run in `folder`.
fn cyberdrill_in(folder: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(args)
        .current_dir(folder)
        .output()
        .expect("the binary runs")
}

fn cyberdrill(args: &[&str]) -> Output {
    cyberdrill_in(repository(), args)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every `.ron` file under `scenarios/`, as a path from the repository's
/// root, split into region packs (`scenarios/regions/`) and the rest.
fn shipped_files() -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut scenarios, mut regions) = (BTreeSet::new(), BTreeSet::new());
    let mut pending = vec![PathBuf::from("scenarios")];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(repository().join(&folder)).unwrap() {
            let name = folder.join(entry.unwrap().file_name());
            if repository().join(&name).is_dir() {
                pending.push(name);
            } else if name.extension().is_some_and(|e| e == "ron") {
                let text = name.to_string_lossy().into_owned();
                if name.starts_with("scenarios/regions") {
                    regions.insert(text);
                } else {
                    scenarios.insert(text);
                }
            }
        }
    }
    (scenarios, regions)
}

#[test]
fn the_library_table_lists_every_file_under_scenarios_and_nothing_else() {
    let (scenarios, regions) = shipped_files();
    let listed: BTreeSet<String> = SCENARIOS.iter().map(|e| e.path.to_string()).collect();
    assert_eq!(
        listed, scenarios,
        "src/scenario/library.rs SCENARIOS and the .ron files under scenarios/ differ: give each scenario its line"
    );
    let packs: BTreeSet<String> = FRAGMENTS.iter().map(|(path, _)| path.to_string()).collect();
    assert_eq!(
        packs, regions,
        "src/scenario/library.rs FRAGMENTS and scenarios/regions/ differ: give each region pack its line"
    );
    // Seven at least: the default and the six case families.
    assert!(SCENARIOS.len() >= 7, "{}", SCENARIOS.len());
}

/// The table a trainer reads, reviewed in both languages: every scenario,
/// its title wrapped within 80 columns, its sectors and region, countries,
/// seats, length and languages.
#[test]
fn the_listing_reads_as_reviewed_in_english_and_french() {
    for lang in ["en", "fr"] {
        let out = cyberdrill(&["scenarios", "--lang", lang]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
        }
        insta::assert_snapshot!(format!("scenarios_{lang}"), text);
    }
}

#[test]
fn the_json_lists_every_library_scenario_with_what_the_table_shows() {
    let out = cyberdrill(&["scenarios", "--format", "json", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed = json["scenarios"].as_array().unwrap();
    let ids: Vec<&str> = listed.iter().map(|s| s["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = SCENARIOS.iter().map(|e| e.id).collect();
    assert_eq!(ids, expected);
    // Worked out from scenarios/cases/emergency-locate.ron: one incident
    // (Individuals), Norway and Italy, Norway's team of three and the
    // Italian operator's liaison (`played: true`), `end: (after: "21d")`.
    let locate = listed.iter().find(|s| s["id"] == "emergency-locate").unwrap();
    assert_eq!(
        locate,
        &serde_json::json!({
            "id": "emergency-locate",
            "path": "scenarios/cases/emergency-locate.ron",
            "title": "Un père en fuite : le localiser sans le Deuxième Protocole",
            "sectors": ["individuals"],
            "region": "Europe (espace Schengen)",
            "countries": ["NO", "IT"],
            "seats": ["NO/investigator", "NO/prosecutor", "NO/247", "it-mobile/liaison"],
            "length": "21d",
            "length_minutes": 21 * 1440,
            "languages": ["en", "fr"],
        })
    );
    // The default scenario's region comes from the fragment it includes.
    let default = listed.iter().find(|s| s["id"] == "hospital-ransomware").unwrap();
    assert_eq!(default["region"], "Méridien (fictif)");
}

/// `run ID` is `run PATH`, byte for byte, and an id works from a folder
/// that holds no scenario (the binary carries the library).
#[test]
fn an_id_runs_what_its_path_runs_from_any_folder() {
    let elsewhere = tempfile::tempdir().unwrap();
    for (id, path) in [
        ("hospital-ransomware", "scenarios/hospital-ransomware.ron"),
        ("cert-handoff", "scenarios/cases/cert-handoff.ron"),
    ] {
        let by_path = cyberdrill(&["run", path, "--until", "1d"]);
        assert_eq!(by_path.status.code(), Some(0), "{}", stderr(&by_path));
        let by_id = cyberdrill_in(elsewhere.path(), &["run", id, "--until", "1d"]);
        assert_eq!(by_id.status.code(), Some(0), "{}", stderr(&by_id));
        assert_eq!(stdout(&by_id), stdout(&by_path), "{id}");
        assert!(stdout(&by_id).contains(&format!("Outcome of `{id}`")));
    }
    // `check` and `replay --scenario` take the id too.
    let checked = cyberdrill_in(elsewhere.path(), &["check", "two-day-netflow"]);
    assert_eq!(checked.status.code(), Some(0), "{}", stderr(&checked));
    assert_eq!(stdout(&checked), "0 errors, 0 warnings in 1 file\n");
    let journal = elsewhere.path().join("run.journal");
    let journal = journal.to_str().unwrap();
    let run = cyberdrill_in(
        elsewhere.path(),
        &["run", "no-legal-basis", "--until", "2d", "--journal", journal],
    );
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let replay = cyberdrill_in(
        elsewhere.path(),
        &["replay", journal, "--scenario", "no-legal-basis"],
    );
    assert_eq!(replay.status.code(), Some(0), "{}", stderr(&replay));
}

#[test]
fn an_unknown_id_is_a_usage_error_that_suggests_the_closest() {
    for command in [
        vec!["run", "emergncy-locate"],
        vec!["check", "emergncy-locate"],
        vec!["serve", "emergncy-locate"],
    ] {
        let out = cyberdrill(&command);
        assert_eq!(out.status.code(), Some(2), "{command:?}: {}", stderr(&out));
        assert_eq!(
            stderr(&out),
            "cyberdrill: `emergncy-locate` is neither a scenario file nor a library id; did you mean `emergency-locate`? (`cyberdrill scenarios` lists the library)\n",
            "{command:?}"
        );
    }
    let out = cyberdrill(&["run", "bank-heist", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "cyberdrill: `bank-heist` n'est ni un fichier de scénario ni un identifiant de la bibliothèque ; `cyberdrill scenarios` liste la bibliothèque\n"
    );
}

/// A path is still a path: an existing one is read from the disk (even
/// when it has a library id's name), a missing one says so as before.
#[test]
fn a_path_still_works() {
    let out = cyberdrill(&["run", "scenarios/cases/cert-handoff.ron", "--until", "1d"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = cyberdrill(&["run", "nowhere/cert-handoff.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "cyberdrill: no such file: nowhere/cert-handoff.ron (the scenario); check the path\n"
    );
    // A file called like an id is that file, never the library's scenario
    // in its place: here two-day-netflow under the name `cert-handoff`,
    // which is read and refused because a scenario file ends in `.ron`.
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        repository().join("scenarios/cases/two-day-netflow.ron"),
        folder.path().join("cert-handoff"),
    )
    .unwrap();
    let out = cyberdrill_in(folder.path(), &["run", "cert-handoff", "--until", "1d"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("not a .ron file"), "{}", stderr(&out));
    assert!(!stdout(&out).contains("Outcome of"), "{}", stdout(&out));
}

#[test]
fn a_scenario_takes_its_fragments_region_unless_it_sets_its_own() {
    let north = Text(
        [("en", "The North"), ("fr", "Le Nord")]
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .into(),
    );
    let scenario = common::load_clean("tests/data/library/region-from-fragment.ron");
    assert_eq!(scenario.region, Some(north));

    // Its own region wins, even over includes that disagree.
    let folder = tempfile::tempdir().unwrap();
    std::fs::create_dir(folder.path().join("fragments")).unwrap();
    std::fs::create_dir(folder.path().join("own")).unwrap();
    for fragment in ["region-north.ron", "region-south.ron", "two-countries.ron"] {
        std::fs::copy(
            repository().join("tests/data/fragments").join(fragment),
            folder.path().join("fragments").join(fragment),
        )
        .unwrap();
    }
    let conflicting =
        std::fs::read_to_string(repository().join("tests/data/invalid/conflicting-regions.ron")).unwrap();
    let own = conflicting.replace(
        "    includes:",
        "    region: {\"en\": \"North and South\", \"fr\": \"Nord et Sud\"},\n    includes:",
    );
    let path = folder.path().join("own/scenario.ron");
    std::fs::write(&path, own).unwrap();
    let report = check_path(&path);
    assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
    let scenario = report.into_scenario().unwrap();
    assert_eq!(scenario.region.unwrap().get("fr"), "Nord et Sud");

    // Without it, the two includes' regions conflict: an error at the second.
    let codes: Vec<Code> = check_path(Path::new("tests/data/invalid/conflicting-regions.ron"))
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect();
    assert_eq!(codes, [Code::ConflictingRegions]);
}

/// A region is a text like any other: a missing language is a warning at
/// the `region` that lacks it.
#[test]
fn a_region_lacking_a_language_is_said_where_it_is_written() {
    let folder = tempfile::tempdir().unwrap();
    let minimal = std::fs::read_to_string(repository().join("tests/data/valid/minimal.ron")).unwrap();
    assert!(minimal.contains("    languages: [\"en\", \"fr\"],"));
    let english_only = minimal.replace(
        "    languages: [\"en\", \"fr\"],",
        "    region: {\"en\": \"Arland and Borduria\"},\n    languages: [\"en\", \"fr\"],",
    );
    std::fs::create_dir(folder.path().join("fragments")).unwrap();
    std::fs::create_dir(folder.path().join("valid")).unwrap();
    std::fs::copy(
        repository().join("tests/data/fragments/two-countries.ron"),
        folder.path().join("fragments/two-countries.ron"),
    )
    .unwrap();
    let path = folder.path().join("valid/minimal.ron");
    std::fs::write(&path, &english_only).unwrap();
    let json = check_path(&path)
        .diagnostics
        .to_json(&cyberdrill::words::Words::new(cyberdrill::words::Lang::En));
    assert_eq!(json.len(), 1, "{json:?}");
    assert_eq!(json[0].code, "cyberdrill::missing-translation");
    let line = english_only.lines().position(|l| l.contains("region:")).unwrap() + 1;
    assert_eq!(json[0].line, Some(line));
}

/// A journal names its scenario's id: `replay` and `report` find a library
/// scenario by it, from any folder, without `--scenario`.
#[test]
fn a_journal_of_a_library_scenario_replays_and_reports_without_naming_it() {
    let folder = tempfile::tempdir().unwrap();
    let actions = repository().join("scenarios/library/election-ddos-booter.actions");
    let out = cyberdrill_in(
        folder.path(),
        &[
            "run",
            "election-ddos-booter",
            "--actions",
            actions.to_str().unwrap(),
            "--journal",
            "night.journal",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = cyberdrill_in(folder.path(), &["replay", "night.journal"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("state hash matches"), "{}", stdout(&out));
    let out = cyberdrill_in(folder.path(), &["report", "night.journal"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("(election-ddos-booter)"),
        "{}",
        stdout(&out)
    );
}
