//! Skill profiles and `cyberdrill playtest`: profiles change outcomes the
//! way they claim (a novice loses more than an expert; an incomplete order
//! is refused, mended and costs the team a turn), the profile a run used is
//! in its journal and replays, a playtest is the same byte for byte on one
//! thread or two, `--profile all` plays every profile, and every shipped
//! scenario stays inside the bands it states. The expert itself is pinned
//! by the golden hash in `tests/determinism.rs`.

mod common;

use std::process::Command;

use cyberdrill::playtest::{self, Plan};
use cyberdrill::scenario::model::{Role, Skill};
use cyberdrill::sim::{Event, Prepared, Refusal, Simulation};
use cyberdrill::time::SimTime;

fn cyberdrill(args: &[&str], threads: &str) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(args)
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn plan(scenario: &cyberdrill::scenario::model::Scenario, skills: Vec<Skill>, runs: u32) -> Plan {
    Plan {
        skills,
        runs,
        first_seed: scenario.seed,
        until: SimTime::START.after(scenario.end.after.expect("shipped scenarios end")),
    }
}

#[test]
fn a_novice_team_loses_more_than_an_expert_on_the_default_scenario() {
    let scenario = common::load_clean("scenarios/hospital-ransomware.ron");
    let prepared = Prepared::new(&scenario).unwrap();
    let records = playtest::run_all(
        &prepared,
        &plan(&scenario, vec![Skill::Expert, Skill::Novice], 6),
        &|_| {},
    )
    .unwrap();
    let of = |skill: Skill| records.iter().filter(move |r| r.skill == skill);
    let wins = |skill: Skill| of(skill).filter(|r| r.won).count();
    let points = |skill: Skill| of(skill).map(|r| r.score).sum::<u32>();
    // The expert meets every objective on every seed (its reference
    // figures); the novice never follows its preservations with MLA, so the
    // operator's subscriber data, preserved abroad, lapses on every seed.
    assert_eq!(wins(Skill::Expert), 6);
    assert!(
        wins(Skill::Novice) < wins(Skill::Expert),
        "novice won {}",
        wins(Skill::Novice)
    );
    assert!(points(Skill::Novice) < points(Skill::Expert));
    assert!(
        of(Skill::Novice)
            .all(|r| r.refusals.contains_key("refused-incomplete")
                || r.refusals.contains_key("request-sent-back")),
        "every novice run drafts something incomplete"
    );
}

/// An order drafted without one of its elements is refused when it is
/// signed or sent; the team reads the refusal, states the missing element
/// at once, and tries again at its next turn: one reaction delay later,
/// 150 % of the expert's for an average team.
#[test]
fn an_incomplete_order_is_refused_mended_and_costs_a_turn() {
    let scenario = common::load_clean("scenarios/hospital-ransomware.ron");
    let seed = scenario.seed;
    let mut sim = Simulation::with_skill(&scenario, seed, [], Skill::Average).unwrap();
    sim.advance_to(SimTime::START.after(scenario.end.after.unwrap()));
    let (refused_at, who, missing) = sim
        .npc_refusals()
        .iter()
        .find_map(|(at, who, refusal)| match refusal {
            Refusal::Incomplete { missing, .. } => Some((*at, who.clone(), missing.clone())),
            _ => None,
        })
        .expect("an average team on the default seed drafts an incomplete order");
    assert_eq!(missing.len(), 1, "one element is left out");
    let trace = sim.trace();
    // The element is stated in the same minute the refusal is read...
    let (request, amended_at) = trace
        .iter()
        .find_map(|e| match &e.event {
            Event::Amended { request, fields, .. } if e.at == refused_at && *fields == missing => {
                Some((*request, e.at))
            }
            _ => None,
        })
        .expect("the refused order is amended with what the refusal names");
    assert_eq!(amended_at, refused_at);
    // ... and the order goes on at the prosecutor's next turn.
    let next = trace
        .iter()
        .find(|e| {
            e.at > refused_at
                && matches!(&e.event, Event::Signed { request: r, .. } | Event::Sent { request: r, .. } | Event::AppliedToJudge { request: r, .. } if *r == request)
        })
        .expect("the mended order is taken up again");
    // An average team reacts in 200 % of the expert's time (minutes,
    // rounded down): a 24/7 desk's 15m-1h, an investigator's 20m-2h, a
    // prosecutor's 1h-6h; once lives are at risk (from 10h here), 5m-15m
    // for a desk or an investigator, 15m-1h for a prosecutor.
    let (fastest, slowest) = match who.role() {
        Role::Contact247 => (10, 120),
        Role::Investigator => (10, 240),
        Role::Prosecutor => (30, 720),
        other => panic!("{other:?} drafts no order"),
    };
    let waited = next.at.minutes() - refused_at.minutes();
    assert!(
        (fastest..=slowest).contains(&waited),
        "{who} waited {waited} minutes"
    );
    // The expert, on the same seed, has no such refusal at all.
    let mut expert = Simulation::with_skill(&scenario, seed, [], Skill::Expert).unwrap();
    expert.advance_to(SimTime::START.after(scenario.end.after.unwrap()));
    assert!(expert.npc_refusals().is_empty());
}

#[test]
fn the_profile_of_a_run_is_in_its_journal_and_replays() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("novice.journal");
    let journal = journal.to_str().unwrap();
    let (ok, run, err) = cyberdrill(
        &[
            "run",
            "--seed",
            "7",
            "--profile",
            "novice",
            "--journal",
            journal,
            "--json",
        ],
        "1",
    );
    assert!(ok, "{err}");
    let header = std::fs::read_to_string(journal).unwrap();
    let first = header.lines().next().unwrap();
    assert!(first.contains(r#""profile":"novice""#), "{first}");
    let (ok, replayed, err) = cyberdrill(&["replay", journal, "--json"], "1");
    assert!(ok, "{err}");
    let hash = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap()["state_hash"].clone();
    assert_eq!(hash(&run), hash(&replayed));
    // The same seed played by playtest ends with the same score.
    let (ok, summary, err) = cyberdrill(
        &[
            "playtest",
            "--runs",
            "1",
            "--seed",
            "7",
            "--profile",
            "novice",
            "--json",
        ],
        "1",
    );
    assert!(ok, "{err}");
    let summary: serde_json::Value = serde_json::from_str(&summary).unwrap();
    let run: serde_json::Value = serde_json::from_str(&run).unwrap();
    assert_eq!(summary["profiles"][0]["worst_run"]["score"], run["score"]);
    // An expert journal is written as before profiles: no profile field.
    let expert = dir.path().join("expert.journal");
    let (ok, _, err) = cyberdrill(
        &["run", "--seed", "7", "--journal", expert.to_str().unwrap()],
        "1",
    );
    assert!(ok, "{err}");
    assert!(
        !std::fs::read_to_string(expert)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .contains("profile")
    );
}

#[test]
fn a_playtest_is_the_same_on_one_thread_or_two_and_all_covers_every_profile() {
    let args = [
        "playtest",
        "scenarios/cases/cert-handoff.ron",
        "--runs",
        "3",
        "--profile",
        "all",
        "--json",
    ];
    let (ok, one, err) = cyberdrill(&args, "1");
    assert!(ok, "{err}");
    let (ok, two, err) = cyberdrill(&args, "2");
    assert!(ok, "{err}");
    assert_eq!(one, two);
    assert!(
        err.is_empty(),
        "no progress bar when stderr is not a terminal: {err:?}"
    );
    let summary: serde_json::Value = serde_json::from_str(&one).unwrap();
    let profiles: Vec<&str> = summary["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["profile"].as_str().unwrap())
        .collect();
    assert_eq!(profiles, ["expert", "average", "novice", "random"]);
    for p in summary["profiles"].as_array().unwrap() {
        assert_eq!(p["runs"], 3);
    }
    // The table says the same in French, in French words.
    let (ok, table, err) = cyberdrill(
        &[
            "playtest",
            "scenarios/cases/cert-handoff.ron",
            "--runs",
            "2",
            "--profile",
            "novice",
            "--lang",
            "fr",
        ],
        "2",
    );
    assert!(ok, "{err}");
    assert!(table.contains("parties gagnées"), "{table}");
    assert!(
        table.contains("cyberdrill run scenarios/cases/cert-handoff.ron --seed"),
        "{table}"
    );
}

/// Every shipped scenario states its bands, and a modest playtest (the
/// scenario's own seeds, so the figures are fixed) stays inside each.
#[test]
fn every_shipped_scenario_stays_inside_its_bands() {
    // The library's own table: a scenario added to the library without its
    // bands fails here.
    let paths: Vec<&str> = cyberdrill::scenario::library::SCENARIOS
        .iter()
        .map(|entry| entry.path)
        .collect();
    let mut outside = Vec::new();
    for path in paths {
        let scenario = common::load_clean(path);
        let skills: Vec<Skill> = Skill::ALL
            .into_iter()
            .filter(|&s| scenario.band(s).is_some())
            .collect();
        assert!(
            skills.contains(&Skill::Expert) && skills.contains(&Skill::Novice),
            "{path} states no expert or novice band"
        );
        let prepared = Prepared::new(&scenario).unwrap();
        let records = playtest::run_all(&prepared, &plan(&scenario, skills, 10), &|_| {}).unwrap();
        for summary in playtest::summarise(&scenario, &records) {
            if summary.in_band() != Some(true) {
                outside.push(format!(
                    "{path}: {} won {} % of {} runs, band {:?}",
                    summary.skill.name(),
                    summary.win_percent(),
                    summary.runs,
                    summary.band
                ));
            }
        }
    }
    assert!(outside.is_empty(), "outside their bands:\n{}", outside.join("\n"));
}
