//! Simulated teams take the routes a competent team would, on what their
//! case file shows and on the law, and leave alone those the case does not
//! call for. Each scenario here is played by simulated actors only (no
//! humans), to its end.
//!
//! - `tests/data/sim/npc-path.ron`: the home ISP's traffic data is
//!   preserved under Art. 17, which discloses the relay abroad in time to
//!   preserve its three-day logs; other data is preserved under Art. 16,
//!   which discloses nothing.
//!
//! The simulated actors' reaction delays are seeded, not fixed, so an
//! expected time is a bound worked out by hand from the longest of them
//! (investigator 2h, 24/7 desk 1h, prosecutor 6h) and the fixtures' fixed
//! delays, in the comment next to it.

mod common;

use cyberdrill::scenario::model::{Instrument, Scenario};
use cyberdrill::sim::event::{Deletion, LeadSource};
use cyberdrill::sim::{Event, Participant, Simulation};
use cyberdrill::time::SimTime;

const PATH: &str = "tests/data/sim/npc-path.ron";

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

fn country(sim: &Simulation, code: &str) -> usize {
    sim.scenario()
        .jurisdictions
        .iter()
        .position(|j| j.code == code)
        .unwrap()
}

/// Played by simulated actors only, to the scenario's end.
fn played(scenario: &Scenario) -> Simulation {
    let scenario = common::checked(scenario.clone());
    let mut sim = Simulation::with_humans(&scenario, scenario.seed, []).unwrap();
    sim.advance_to(sim.end_time().unwrap());
    sim
}

/// The instruments `code`'s team sent, in the order it drafted them.
fn sent_by(sim: &Simulation, code: &str) -> Vec<Instrument> {
    sim.view(&p(&format!("{code}/247")))
        .unwrap()
        .requests
        .iter()
        .filter(|r| r.sent_at.is_some() && r.from == country(sim, code))
        .map(|r| r.instrument)
        .collect()
}

/// Each objective's id and when it was met (`None`: missed).
fn met(sim: &Simulation) -> Vec<(String, Option<SimTime>)> {
    sim.report()
        .objectives
        .into_iter()
        .map(|o| (o.id, o.met_at))
        .collect()
}

fn at(days: i64, hours: i64) -> SimTime {
    SimTime(days * 1440 + hours * 60)
}

// The path behind domestic traffic data, by hand: the investigator looks
// the gateway up and examines it by 04:00, drafts and sends the Art. 17
// request by 08:00; the ISP preserves in 2h and discloses the relay with
// it: by 10:00. Looked up by 12:00; the desk's Art. 29 request reaches the
// host by 17:00 (a forgotten element: a round trip), well before the logs'
// d2 00:00. An Art. 18 order waits three days for A's judge (applied for
// after 06:00 at the earliest: signed d3 at the earliest), and then the
// relay's logs are gone.

fn relay_found(sim: &Simulation) -> Vec<(SimTime, LeadSource)> {
    let relay = sim
        .scenario()
        .leads
        .iter()
        .position(|l| l.id == "relay-ip")
        .unwrap();
    sim.trace()
        .iter()
        .filter_map(|e| match &e.event {
            Event::LeadsFound { how, leads } if leads.contains(&relay) => Some((e.at, how.clone())),
            _ => None,
        })
        .collect()
}

fn deleted(sim: &Simulation, item: &str) -> Vec<(SimTime, Deletion)> {
    let i = sim.scenario().evidence.iter().position(|e| e.id == item).unwrap();
    sim.trace()
        .iter()
        .filter_map(|e| match &e.event {
            Event::Deleted { item, why } if *item == i => Some((e.at, why.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn art17_domestic_traffic_data_preserved_discloses_the_relay_abroad_in_time_to_preserve_it() {
    let sim = played(&common::load_clean(PATH));
    let sent = sent_by(&sim, "A");
    assert!(sent.contains(&Instrument::TrafficPreservation), "{sent:?}");
    assert!(!sent.contains(&Instrument::DomesticPreservation), "{sent:?}");
    let found = relay_found(&sim);
    let gateway = sim
        .scenario()
        .evidence
        .iter()
        .position(|e| e.id == "gateway-traffic")
        .unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, LeadSource::PathShown { item: gateway });
    assert!(found[0].0 <= at(0, 10), "{}", found[0].0);
    let (id, when) = &met(&sim)[0];
    assert_eq!(id, "relay-preserved");
    assert!(when.expect("the relay's logs are preserved") <= at(0, 17));
    assert_eq!(deleted(&sim, "relay-logs"), []);
}

#[test]
fn art16_other_data_is_preserved_without_the_path_which_comes_too_late_with_the_order() {
    use cyberdrill::scenario::model::DataCategory;
    let mut scenario = common::load_clean(PATH);
    // The gateway's provider keeps subscriber information, not traffic
    // data: Art. 17 does not reach it (it preserves traffic data only).
    scenario.providers[0].holds[0].category = DataCategory::SubscriberInfo;
    scenario.evidence[0].category = DataCategory::SubscriberInfo;
    let sim = played(&scenario);
    let sent = sent_by(&sim, "A");
    assert!(!sent.contains(&Instrument::TrafficPreservation), "{sent:?}");
    assert!(sent.contains(&Instrument::ProductionOrder), "{sent:?}");
    // The relay shows only when the order is answered, after the judge's
    // three days; its logs went at d2 00:00.
    let found = relay_found(&sim);
    assert!(found.iter().all(|(t, _)| *t >= at(3, 0)), "{found:?}");
    assert_eq!(met(&sim)[0], ("relay-preserved".to_string(), None));
    assert_eq!(
        deleted(&sim, "relay-logs"),
        [(
            at(2, 0),
            Deletion::RetentionUnpreserved {
                intelligence_only: false
            }
        )]
    );
}
