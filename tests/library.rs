//! The scenario library teaches its lessons: each scenario under
//! `scenarios/library/` (drawn from a real case or failure mode of the
//! Council of Europe's reports, set in a region pack of
//! `scenarios/regions/`) comes with a reference play (`X.actions`) that
//! meets every objective and a naive play (`X.naive.actions`) that fails
//! the way the case teaches. Both are run here, as `cyberdrill run
//! --actions` runs them, on the scenario's own seed and three others, and
//! the outcome is asserted: objectives met or missed, evidence produced
//! or lost, stages reached or averted.
//!
//! Where a scenario fixes a delay, the time it yields is worked out by
//! hand in the comment next to it (times since the start, `dD HH:MM`);
//! where a seeded actor (a foreign 24/7 desk, a judge) stands in the way,
//! within the window its delays allow.

mod common;

use std::path::Path;

use cyberdrill::scenario::model::Instrument;
use cyberdrill::sim::event::{Clause, RequestResult};
use cyberdrill::sim::view::Fate;
use cyberdrill::sim::{Event, Refusal, Simulation};
use cyberdrill::words::{Lang, Words};

const LIBRARY: &str = "scenarios/library";

/// The library's scenarios, by id (the file stem).
const SCENARIOS: [&str; 6] = [
    "airport-bomb-threat",
    "atm-jackpot-phishing",
    "botnet-action-day",
    "election-ddos-booter",
    "portal-leak-vpn",
    "water-ransomware-kyc",
];

/// The scenario's own seed (`None`) and three others: every assertion
/// below must hold on each.
const SEEDS: [Option<u64>; 4] = [None, Some(1), Some(2), Some(3)];

use common::Played;

/// A library scenario played to its end from an actions file, as
/// `cyberdrill run --actions` plays it.
fn play(id: &str, actions: &str, seed: Option<u64>) -> Played {
    common::play_script(LIBRARY, id, actions, seed)
}

/// The reference play on `seed`; none of its lines may be refused.
fn reference(id: &str, seed: Option<u64>) -> Simulation {
    let played = play(id, &format!("{id}.actions"), seed);
    let refused: Vec<String> = played
        .refused
        .iter()
        .map(|(seq, r)| format!("step {seq}: {}", common::said(&played.sim, r)))
        .collect();
    assert!(
        refused.is_empty(),
        "the reference play of {id} is refused on seed {seed:?}: {refused:?}"
    );
    played.sim
}

fn naive(id: &str, seed: Option<u64>) -> Played {
    play(id, &format!("{id}.naive.actions"), seed)
}

/// Each objective's id and when it was met (`None`: missed).
fn objectives(sim: &Simulation) -> Vec<(String, Option<String>)> {
    sim.report()
        .objectives
        .into_iter()
        .map(|o| (o.id, o.met_at.map(|t| t.to_string())))
        .collect()
}

/// When objective `id` was met, if it was.
fn met_at(sim: &Simulation, id: &str) -> Option<String> {
    objectives(sim)
        .into_iter()
        .find(|(o, _)| o == id)
        .unwrap_or_else(|| panic!("no objective {id}"))
        .1
}

fn expect_objectives(sim: &Simulation, expected: &[(&str, Option<&str>)], seed: Option<u64>) {
    let expected: Vec<(String, Option<String>)> = expected
        .iter()
        .map(|(id, at)| (id.to_string(), at.map(str::to_string)))
        .collect();
    assert_eq!(objectives(sim), expected, "seed {seed:?}");
}

/// What became of each data item, by id.
fn fates(sim: &Simulation) -> Vec<(String, Fate)> {
    sim.report()
        .evidence
        .into_iter()
        .map(|e| (e.id, e.fate))
        .collect()
}

fn expect_fates(sim: &Simulation, expected: &[(&str, Fate)], seed: Option<u64>) {
    let expected: Vec<(String, Fate)> = expected
        .iter()
        .map(|(id, fate)| (id.to_string(), *fate))
        .collect();
    assert_eq!(fates(sim), expected, "seed {seed:?}");
}

/// Stages reached or averted, items deleted and suspects located, as
/// (time, what).
fn story(sim: &Simulation) -> Vec<(String, String)> {
    let s = sim.scenario();
    let stage = |(i, k): (usize, usize)| s.incidents[i].stages[k].id.clone();
    sim.trace()
        .iter()
        .filter_map(|line| {
            let what = match &line.event {
                Event::StageReached { stage: st, .. } => format!("reached {}", stage(*st)),
                Event::StageAverted { stage: st } => format!("averted {}", stage(*st)),
                Event::SuspectLocated { suspect, by } => format!(
                    "located {} by {}",
                    s.suspects[*suspect].id, s.jurisdictions[*by].code
                ),
                Event::Deleted { item, .. } => format!("deleted {}", s.evidence[*item].id),
                _ => return None,
            };
            Some((line.at.to_string(), what))
        })
        .collect()
}

/// Minutes since the start of a time written as the trace writes it,
/// `d3 00:35`.
fn minutes(at: &str) -> i64 {
    let (day, clock) = at.trim().split_once(' ').unwrap();
    let (h, m) = clock.split_once(':').unwrap();
    let day: i64 = day.trim_start_matches('d').parse().unwrap();
    day * 1440 + h.parse::<i64>().unwrap() * 60 + m.parse::<i64>().unwrap()
}

/// The story up to `until` (the end of the emergency or of the data's
/// life), which every seed shares.
fn story_until(sim: &Simulation, until: &str) -> Vec<(String, String)> {
    story(sim)
        .into_iter()
        .filter(|(at, _)| minutes(at) <= minutes(until))
        .collect()
}

fn expect_story_until(sim: &Simulation, until: &str, expected: &[(&str, &str)], seed: Option<u64>) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(t, w)| (t.to_string(), w.to_string()))
        .collect();
    assert_eq!(story_until(sim, until), expected, "seed {seed:?}");
}

/// `at` lies within `[from, to]`.
fn within(at: &str, from: &str, to: &str) -> bool {
    minutes(from) <= minutes(at) && minutes(at) <= minutes(to)
}

#[test]
fn every_library_scenario_checks_clean_includes_its_region_and_has_two_plays_and_a_readme_entry() {
    let readme = std::fs::read_to_string(format!("{LIBRARY}/README.md")).unwrap();
    let mut found: Vec<String> = std::fs::read_dir(LIBRARY)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, SCENARIOS);
    for id in SCENARIOS {
        let scenario = common::load_clean(&format!("{LIBRARY}/{id}.ron"));
        assert_eq!(scenario.id, id, "a library id is its file's stem");
        assert_eq!(scenario.languages, ["en", "fr"]);
        assert!(
            (3..=4).contains(&scenario.learning_objectives.len()),
            "{id}: three or four learning objectives"
        );
        let text = std::fs::read_to_string(format!("{LIBRARY}/{id}.ron")).unwrap();
        assert!(
            text.contains("includes: [\"../regions/"),
            "{id} includes no region pack"
        );
        for actions in [format!("{id}.actions"), format!("{id}.naive.actions")] {
            assert!(Path::new(LIBRARY).join(&actions).exists(), "{actions} is missing");
            assert!(readme.contains(&actions), "README.md does not show {actions}");
        }
    }
}

#[test]
fn every_region_pack_names_its_region_in_english_and_french() {
    for pack in [
        "eastern-partnership",
        "south-east-europe",
        "southern-neighbourhood",
    ] {
        let text = std::fs::read_to_string(format!("scenarios/regions/{pack}.ron")).unwrap();
        // The fragment opens with its region; `check` holds it to the
        // scenario's languages, and `cyberdrill scenarios` shows it.
        let region = text
            .lines()
            .skip_while(|l| !l.starts_with("Fragment("))
            .nth(1)
            .unwrap_or_default();
        assert!(
            region.starts_with("    region: {\"en\": \"") && region.contains(", \"fr\": \""),
            "{pack}: the fragment's first field is {region:?}"
        );
    }
}

// Water: ransomware at a utility; the ransom at an exchange in a State
// party to the UN Convention only.

#[test]
fn water_the_fius_freeze_within_hours_and_un_convention_preservation_keeps_the_logins_for_mla() {
    for seed in SEEDS {
        let sim = reference("water-ransomware-kyc", seed);
        expect_story_until(
            &sim,
            "d30 00:00",
            // Freeze sent d0 00:25 + `fiu_freeze` 6h: in effect at 06:25,
            // before the cash-out on Wednesday 08:00 (d2 00:00).
            &[
                ("d0 00:00", "reached encrypted"),
                ("d2 00:00", "averted cash-out"),
            ],
            seed,
        );
        assert_eq!(
            met_at(&sim, "ransom-frozen").as_deref(),
            Some("d0 06:25"),
            "seed {seed:?}"
        );
        // Trace sent d0 00:35 + `fiu_trace` 3d.
        assert_eq!(
            met_at(&sim, "wallet-traced").as_deref(),
            Some("d3 00:35"),
            "seed {seed:?}"
        );
        // Nilea's ministry executes the MLA request weeks later; the
        // preservation held the log-in records past d28 until then.
        for id in ["logins-as-evidence", "kyc-as-evidence"] {
            let at = met_at(&sim, id).unwrap_or_else(|| panic!("seed {seed:?}: {id} missed"));
            assert!(
                within(&at, "d28 00:00", "d120 00:00"),
                "seed {seed:?}: {id} at {at}"
            );
        }
        expect_fates(
            &sim,
            &[
                ("wallet-kyc", Fate::Produced),
                ("exchange-logins", Fate::Produced),
            ],
            seed,
        );
    }
}

#[test]
fn water_the_budapest_routes_do_not_exist_with_a_un_convention_state_and_mla_alone_loses_money_and_logins() {
    for seed in SEEDS {
        let Played { sim, refused } = naive("water-ransomware-kyc", seed);
        // Art. 35 (step 3) and Art. 31(3) (step 4): Budapest only.
        let refused_instruments: Vec<(u64, Instrument)> = refused
            .iter()
            .map(|(step, r)| match r {
                Refusal::NotBetween { instrument, .. } => (*step, *instrument),
                other => panic!("seed {seed:?}: step {step}: {other:?}"),
            })
            .collect();
        assert_eq!(
            refused_instruments,
            [(3, Instrument::Assistance247), (4, Instrument::ExpeditedMla)],
            "seed {seed:?}"
        );
        // The refusal names the UN Convention's preservation first, then its MLA.
        let fr = Words::new(Lang::Fr).message(sim.scenario(), &refused[0].1);
        assert!(
            fr.contains("Convention des Nations unies contre la cybercriminalité (conservation rapide)"),
            "{fr}"
        );
        let en = common::said(&sim, &refused[0].1);
        let preservation = en.find("UN Convention against Cybercrime (expedited preservation)");
        let mla = en.find("UN Convention against Cybercrime (MLA)");
        assert!(preservation.is_some() && preservation < mla, "{en}");
        expect_story_until(
            &sim,
            "d30 00:00",
            &[
                ("d0 00:00", "reached encrypted"),
                // Nobody froze the wallet.
                ("d2 00:00", "reached cash-out"),
                // Log-ins created d-2, kept thirty days: deleted at d28.
                ("d28 00:00", "deleted exchange-logins"),
            ],
            seed,
        );
        let kyc = met_at(&sim, "kyc-as-evidence").unwrap_or_else(|| panic!("seed {seed:?}"));
        expect_objectives(
            &sim,
            &[
                ("ransom-frozen", None),
                ("wallet-traced", None),
                ("logins-as-evidence", None),
                ("kyc-as-evidence", Some(&kyc)),
            ],
            seed,
        );
        expect_fates(
            &sim,
            &[("wallet-kyc", Fate::Produced), ("exchange-logins", Fate::Lost)],
            seed,
        );
    }
}

// Elections: a DDoS bought from a stresser service (Finland 2017-18).

#[test]
fn election_a_search_at_home_identifies_the_attacker_and_art29_keeps_the_panel_logs_for_mla() {
    for seed in SEEDS {
        let sim = reference("election-ddos-booter", seed);
        expect_story_until(
            &sim,
            "d4 00:00",
            &[
                ("d0 00:00", "reached results-site-down"),
                // The judge signs on Monday between 11:00 and 17:00 (d0
                // 21:00 at the latest); the warrant is served at d0 21:30
                // and Ivermail answers in 4h.
                ("d1 01:30", "located attacker by IV"),
                // Thursday 20:00: the attacker is known.
                ("d4 00:00", "averted final-results-attack"),
            ],
            seed,
        );
        // Sent d0 00:35; Prutenia's desk forwards in one to three hours.
        let preserved = met_at(&sim, "panel-logs-preserved").unwrap();
        assert!(
            within(&preserved, "d0 01:35", "d0 03:35"),
            "seed {seed:?}: {preserved}"
        );
        let produced = met_at(&sim, "panel-logs-as-evidence").unwrap();
        assert!(
            within(&produced, "d4 00:00", "d90 00:00"),
            "seed {seed:?}: {produced}"
        );
        assert_eq!(met_at(&sim, "attacker-identified").as_deref(), Some("d1 01:30"));
        assert_eq!(met_at(&sim, "final-results-safe").as_deref(), Some("d4 00:00"));
        expect_fates(
            &sim,
            &[("mailbox", Fate::Produced), ("panel-logs", Fate::Produced)],
            seed,
        );
    }
}

#[test]
fn election_a_search_stops_at_the_border_and_mla_alone_finds_the_panel_wiped() {
    for seed in SEEDS {
        let Played { sim, refused } = naive("election-ddos-booter", seed);
        assert_eq!(refused.len(), 1, "seed {seed:?}: {refused:?}");
        let (step, refusal) = &refused[0];
        assert_eq!(*step, 6);
        match refusal {
            Refusal::ExtensionAbroad { first, .. } => {
                let first: Vec<Instrument> = first.iter().map(|(i, _)| *i).collect();
                assert_eq!(first, [Instrument::Preservation247]);
            }
            other => panic!("seed {seed:?}: {other:?}"),
        }
        expect_story_until(
            &sim,
            "d90 00:00",
            &[
                ("d0 00:00", "reached results-site-down"),
                // Created at the start, kept four days.
                ("d4 00:00", "deleted panel-logs"),
                ("d4 00:00", "reached final-results-attack"),
            ],
            seed,
        );
        expect_objectives(
            &sim,
            &[
                ("attacker-identified", None),
                ("final-results-safe", None),
                ("panel-logs-preserved", None),
                ("panel-logs-as-evidence", None),
            ],
            seed,
        );
        expect_fates(&sim, &[("mailbox", Fate::Live), ("panel-logs", Fate::Lost)], seed);
    }
}

// Transport: a bomb threat against an airport (Türkiye's cruise-ship case).

#[test]
fn airport_the_emergency_channel_then_art35_find_the_sender_before_18_00() {
    for seed in SEEDS {
        let sim = reference("airport-bomb-threat", seed);
        // Emergency request sent d0 00:20; the operator answers in 1h.
        let named: Vec<String> = sim
            .trace()
            .iter()
            .filter(|l| matches!(&l.event, Event::LeadsFound { leads, .. } if leads.iter().any(|&i| sim.scenario().leads[i].id == "cruise-ship")))
            .map(|l| l.at.to_string())
            .collect();
        assert_eq!(named, ["d0 01:20"], "seed {seed:?}");
        // Art. 35 sent d0 01:35; Adrania's desk acts in one to four hours
        // (by day), the cruise line answers an emergency in two.
        let found = met_at(&sim, "sender-found").unwrap_or_else(|| panic!("seed {seed:?}"));
        assert!(within(&found, "d0 04:35", "d0 07:35"), "seed {seed:?}: {found}");
        expect_story_until(
            &sim,
            "d0 08:00",
            &[
                ("d0 00:00", "reached warning-received"),
                (found.as_str(), "located sender by KR"),
                ("d0 08:00", "averted airport-evacuated"),
            ],
            seed,
        );
        let produced = met_at(&sim, "footage-as-evidence").unwrap();
        assert!(
            within(&produced, "d7 00:00", "d90 00:00"),
            "seed {seed:?}: {produced}"
        );
        expect_fates(
            &sim,
            &[("ip-subscriber", Fate::Disclosed), ("ship-cctv", Fate::Produced)],
            seed,
        );
    }
}

#[test]
fn airport_preservation_and_mla_to_the_first_provider_answer_weeks_after_the_evacuation() {
    for seed in SEEDS {
        let Played { sim, refused } = naive("airport-bomb-threat", seed);
        assert!(refused.is_empty(), "seed {seed:?}: {refused:?}");
        expect_story_until(
            &sim,
            "d90 00:00",
            &[
                ("d0 00:00", "reached warning-received"),
                ("d0 08:00", "reached airport-evacuated"),
                // Footage created 10 minutes before the start, kept 7 days.
                ("d6 23:50", "deleted ship-cctv"),
            ],
            seed,
        );
        expect_objectives(
            &sim,
            &[
                ("sender-found", None),
                ("airport-kept-open", None),
                ("footage-as-evidence", None),
            ],
            seed,
        );
        expect_fates(
            &sim,
            &[("ip-subscriber", Fate::Produced), ("ship-cctv", Fate::Lost)],
            seed,
        );
    }
}

// Finance: an ATM jackpot after phishing a civil servant (Romania 2016).

#[test]
fn atm_the_fius_freeze_the_proceeds_and_both_logs_preserved_at_once_prove_the_whole_scheme() {
    for seed in SEEDS {
        let sim = reference("atm-jackpot-phishing", seed);
        expect_story_until(
            &sim,
            "d30 00:00",
            &[
                ("d0 00:00", "reached jackpot"),
                ("d3 00:00", "averted proceeds-laundered"),
            ],
            seed,
        );
        // Freeze sent d0 00:25 + `fiu_freeze` 8h.
        assert_eq!(
            met_at(&sim, "proceeds-frozen").as_deref(),
            Some("d0 08:25"),
            "seed {seed:?}"
        );
        // The judge signs by Tuesday 16:30; the order, served on Friday
        // d5 03:00, is answered in a day.
        assert_eq!(
            met_at(&sim, "phishing-proven").as_deref(),
            Some("d6 03:00"),
            "seed {seed:?}"
        );
        // Karasia's ministry takes weeks; the preservation kept the logs
        // past their deletion on d9.
        let intrusion = met_at(&sim, "intrusion-proven").unwrap_or_else(|| panic!("seed {seed:?}"));
        assert!(
            within(&intrusion, "d9 00:00", "d120 00:00"),
            "seed {seed:?}: {intrusion}"
        );
        expect_fates(
            &sim,
            &[
                ("wallet-kyc", Fate::Live),
                ("mailbox-logins", Fate::Produced),
                ("c2-logs", Fate::Produced),
            ],
            seed,
        );
    }
}

#[test]
fn atm_the_fraud_routine_freezes_the_cash_but_loses_the_evidence_of_the_phishing_and_the_intrusion() {
    for seed in SEEDS {
        let Played { sim, refused } = naive("atm-jackpot-phishing", seed);
        assert!(refused.is_empty(), "seed {seed:?}: {refused:?}");
        expect_story_until(
            &sim,
            "d120 00:00",
            &[
                ("d0 00:00", "reached jackpot"),
                ("d3 00:00", "averted proceeds-laundered"),
                // Created the day before, kept ten days.
                ("d9 00:00", "deleted c2-logs"),
                // Created twenty days before, kept thirty.
                ("d10 00:00", "deleted mailbox-logins"),
            ],
            seed,
        );
        expect_objectives(
            &sim,
            &[
                ("proceeds-frozen", Some("d0 08:25")),
                ("phishing-proven", None),
                ("intrusion-proven", None),
            ],
            seed,
        );
        expect_fates(
            &sim,
            &[
                ("wallet-kyc", Fate::Live),
                ("mailbox-logins", Fate::Lost),
                ("c2-logs", Fate::Lost),
            ],
            seed,
        );
    }
}

// Finance: a banking botnet across borders (GozNym, 2019).

#[test]
fn botnet_a_eurojust_meeting_asked_at_once_has_the_image_executed_in_days_before_the_action_day() {
    for seed in SEEDS {
        let sim = reference("botnet-action-day", seed);
        // Sent d0 00:25; Borystania's desk forwards in 30 minutes to two
        // hours.
        let preserved = met_at(&sim, "image-preserved").unwrap_or_else(|| panic!("seed {seed:?}"));
        assert!(
            within(&preserved, "d0 00:55", "d0 02:25"),
            "seed {seed:?}: {preserved}"
        );
        // Asked d0 00:35 + `eurojust_meeting` 3d.
        assert_eq!(
            met_at(&sim, "coordinated").as_deref(),
            Some("d3 00:35"),
            "seed {seed:?}"
        );
        // Sent d3 00:40; Prutenia's ministry reviews it in one to eight
        // working hours, Borystania's accepts it in office hours, then the
        // agreed two days and the host's one day: within the next week.
        let produced = met_at(&sim, "image-before-action-day").unwrap_or_else(|| panic!("seed {seed:?}"));
        assert!(
            within(&produced, "d6 01:40", "d10 00:00"),
            "seed {seed:?}: {produced}"
        );
        expect_fates(&sim, &[("panel-image", Fate::Produced)], seed);
    }
}

#[test]
fn botnet_preservation_and_ordinary_mla_lose_nothing_but_answer_after_the_action_day() {
    for seed in SEEDS {
        let Played { sim, refused } = naive("botnet-action-day", seed);
        assert!(refused.is_empty(), "seed {seed:?}: {refused:?}");
        expect_story_until(
            &sim,
            "d21 00:00",
            &[
                ("d0 00:00", "reached thefts-reported"),
                ("d21 00:00", "reached action-day"),
            ],
            seed,
        );
        assert!(met_at(&sim, "image-preserved").is_some(), "seed {seed:?}");
        assert_eq!(met_at(&sim, "coordinated"), None, "seed {seed:?}");
        assert_eq!(met_at(&sim, "image-before-action-day"), None, "seed {seed:?}");
        // Fifteen to thirty working days of Borystania's ministry: the
        // image is evidence, weeks after the action day.
        let produced: Vec<String> = sim
            .trace()
            .iter()
            .filter(|l| matches!(&l.event, Event::RequestClosed { request: 2, .. }))
            .map(|l| l.at.to_string())
            .collect();
        assert_eq!(produced.len(), 1, "seed {seed:?}: {produced:?}");
        assert!(
            within(&produced[0], "d21 00:00", "d60 00:00"),
            "seed {seed:?}: {produced:?}"
        );
        expect_fates(&sim, &[("panel-image", Fate::Produced)], seed);
    }
}

// Government: a citizens' database stolen through a VPN (Brčko District).

/// How request `id` ended, as its requester was told.
fn result_of(sim: &Simulation, id: u32) -> Vec<RequestResult> {
    sim.trace()
        .iter()
        .filter_map(|l| match &l.event {
            Event::RequestClosed { request, result, .. } if *request == id => Some(result.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn portal_art17_at_home_shows_the_drop_server_and_un_convention_preservation_keeps_its_logs() {
    for seed in SEEDS {
        let sim = reference("portal-leak-vpn", seed);
        // Art. 17 sent d0 00:30; Qartel confirms in 4h and discloses the
        // path with its preservation.
        assert_eq!(
            met_at(&sim, "path-found").as_deref(),
            Some("d0 04:30"),
            "seed {seed:?}"
        );
        // UN Convention preservation sent d0 04:50; Nilea's desk forwards
        // it in two to four hours, well before the deletion on d6.
        let preserved = met_at(&sim, "drop-logs-preserved").unwrap_or_else(|| panic!("seed {seed:?}"));
        assert!(
            within(&preserved, "d0 06:50", "d0 08:50"),
            "seed {seed:?}: {preserved}"
        );
        let produced = met_at(&sim, "drop-logs-as-evidence").unwrap_or_else(|| panic!("seed {seed:?}"));
        assert!(
            within(&produced, "d6 00:00", "d120 00:00"),
            "seed {seed:?}: {produced}"
        );
        // Nothing deleted while the case needs it.
        expect_story_until(
            &sim,
            "d30 00:00",
            &[("d0 00:00", "reached database-copied")],
            seed,
        );
        expect_fates(
            &sim,
            &[
                ("vpn-logs", Fate::NotKept),
                // Preserved 90 days from d0 04:30, then kept a year.
                ("uplink-flows", Fate::Live),
                ("drop-logs", Fate::Produced),
            ],
            seed,
        );
    }
}

#[test]
fn portal_the_vpn_keeps_nothing_and_chasing_it_loses_the_drop_servers_logs() {
    for seed in SEEDS {
        let Played { sim, refused } = naive("portal-leak-vpn", seed);
        assert!(refused.is_empty(), "seed {seed:?}: {refused:?}");
        // The preservation earns the Art. 29(6) notice; MLA finds nothing.
        let vpn = common::item(&sim, "vpn-logs");
        let sahra = sim
            .scenario()
            .providers
            .iter()
            .position(|p| p.id == "sh-vpn")
            .unwrap();
        assert_eq!(
            result_of(&sim, 1),
            [RequestResult::NothingKept { provider: sahra }],
            "seed {seed:?}"
        );
        assert_eq!(
            result_of(&sim, 2),
            [RequestResult::Executed {
                clauses: vec![Clause::NeverKept {
                    items: vec![vpn],
                    provider: sahra,
                    preservation: false,
                }]
            }],
            "seed {seed:?}"
        );
        expect_story_until(
            &sim,
            "d120 00:00",
            &[
                ("d0 00:00", "reached database-copied"),
                // Created the day before, kept seven days.
                ("d6 00:00", "deleted drop-logs"),
            ],
            seed,
        );
        expect_objectives(
            &sim,
            &[
                ("path-found", None),
                ("drop-logs-preserved", None),
                ("drop-logs-as-evidence", None),
            ],
            seed,
        );
        expect_fates(
            &sim,
            &[
                ("vpn-logs", Fate::NotKept),
                ("uplink-flows", Fate::Live),
                ("drop-logs", Fate::Lost),
            ],
            seed,
        );
    }
}

/// `cyberdrill run` of a library scenario with one of its actions files,
/// as its README shows it, with `extra` arguments; what it prints.
fn run_cli(id: &str, actions: &str, extra: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args([
            "run",
            &format!("{LIBRARY}/{id}.ron"),
            "--actions",
            &format!("{LIBRARY}/{actions}"),
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_readme_commands_win_with_the_reference_play_and_lose_with_the_naive_one_in_english_and_french() {
    // Scores worked out from the objectives each play meets above; the
    // naive plays' refused steps as above.
    for (id, reference, naive, naive_refused) in [
        ("airport-bomb-threat", 50, 0, vec![]),
        ("atm-jackpot-phishing", 50, 20, vec![]),
        ("botnet-action-day", 50, 10, vec![]),
        ("election-ddos-booter", 50, 0, vec![6]),
        ("portal-leak-vpn", 40, 0, vec![]),
        ("water-ransomware-kyc", 60, 10, vec![3, 4]),
    ] {
        let json: serde_json::Value =
            serde_json::from_str(&run_cli(id, &format!("{id}.actions"), &["--json"])).unwrap();
        assert_eq!(json["score"].as_u64(), Some(reference), "{id}");
        assert_eq!(json["max_score"].as_u64(), Some(reference), "{id}");
        assert_eq!(json["refused"].as_array().map(Vec::len), Some(0), "{id}");
        let json: serde_json::Value =
            serde_json::from_str(&run_cli(id, &format!("{id}.naive.actions"), &["--json"])).unwrap();
        assert_eq!(json["score"].as_u64(), Some(naive), "{id}");
        let refused: Vec<u64> = json["refused"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["step"].as_u64().unwrap())
            .collect();
        assert_eq!(refused, naive_refused, "{id}");
        // The same outcome, told in French.
        let fr = run_cli(id, &format!("{id}.naive.actions"), &["--lang", "fr"]);
        assert!(
            fr.contains(&format!("Score : {naive} / {reference}")),
            "{id}:\n{fr}"
        );
        for step in naive_refused {
            assert!(fr.contains(&format!("REFUSÉ (étape {step})")), "{id}:\n{fr}");
        }
        let fr = run_cli(id, &format!("{id}.actions"), &["--lang", "fr"]);
        assert!(
            fr.contains(&format!("Score : {reference} / {reference}")),
            "{id}:\n{fr}"
        );
    }
}
