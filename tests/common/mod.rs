//! Helpers shared by the integration tests: reading test scenarios, and
//! holding every scenario a test plays to the checker's standard.
//!
//! A test that plays a scenario no author could ship proves nothing about
//! the product, so every scenario a test builds a simulation from goes
//! through [`checked`] (or comes from a file that [`load_clean`] read):
//! any error or warning `cyberdrill check` would report fails the test.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use cyberdrill::scenario::load::{check_path, load_with, to_ron_string};
use cyberdrill::scenario::model::Scenario;
use cyberdrill::scenario::source::Embedded;

pub fn parse(text: &str) -> Scenario {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .unwrap_or_else(|e| panic!("test scenario does not parse: {e}"))
}

/// A scenario file, read and checked as `cyberdrill check` would: it must
/// have no error and no warning.
pub fn load_clean(path: &str) -> Scenario {
    let report = check_path(Path::new(path));
    assert!(
        report.diagnostics.is_empty(),
        "{path} does not check clean; fix the fixture:\n{}",
        report.diagnostics
    );
    report.into_scenario().expect("a clean report has a scenario")
}

/// A scenario a test built or changed in code, written out as RON and
/// checked like a file: a test may only play what an author could ship.
pub fn checked(scenario: Scenario) -> Scenario {
    let text = to_ron_string(&scenario).expect("a scenario serialises");
    // The embedded resolver takes 'static text; a test process may leak it.
    let name: &'static str = Box::leak(format!("{}.ron", scenario.id).into_boxed_str());
    let text: &'static str = Box::leak(text.into_boxed_str());
    let report = load_with(&Embedded(BTreeMap::from([(name, text)])), Path::new(name));
    assert!(
        report.diagnostics.is_empty(),
        "the scenario `{}` this test built does not check clean:\n{}",
        scenario.id,
        report.diagnostics
    );
    scenario
}

pub fn two_hops() -> Scenario {
    load_clean("tests/data/sim/two-hops.ron")
}

/// The English words, as `cyberdrill run` prints them.
pub fn english() -> &'static cyberdrill::words::Words {
    static WORDS: std::sync::OnceLock<cyberdrill::words::Words> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| cyberdrill::words::Words::new(cyberdrill::words::Lang::En))
}

/// One trace line in English: who, and what.
#[derive(Debug, Clone)]
pub struct Line {
    pub at: cyberdrill::time::SimTime,
    pub actor: String,
    pub text: String,
}

/// The trace as people read it in English.
pub fn lines(sim: &cyberdrill::sim::Simulation) -> Vec<Line> {
    sim.trace()
        .iter()
        .map(|event| Line {
            at: event.at,
            actor: said(sim, &event.actor),
            text: said(sim, &event.event),
        })
        .collect()
}

/// A message in English, with the names of this simulation's scenario.
pub fn said(sim: &cyberdrill::sim::Simulation, message: &impl cyberdrill::sim::Message) -> String {
    english().message(sim.scenario(), message)
}

/// Every request field, by a match that stops compiling when one is added.
pub fn every_field() -> Vec<cyberdrill::law::RequestField> {
    use cyberdrill::law::RequestField as F;
    let all = [
        F::RequestingAuthority,
        F::OffenceAndFacts,
        F::DataAndRelation,
        F::CustodianLocation,
        F::Necessity,
        F::MlaToFollow,
        F::AssistanceSought,
        F::LegalBasis,
        F::Signature,
        F::Translation,
        F::EmergencyFacts,
        F::Urgency,
        F::FormalConfirmationToFollow,
        F::CopyToCentralAuthority,
        F::PersonToBeHeard,
    ];
    for field in all {
        match field {
            F::RequestingAuthority
            | F::OffenceAndFacts
            | F::DataAndRelation
            | F::CustodianLocation
            | F::Necessity
            | F::MlaToFollow
            | F::AssistanceSought
            | F::LegalBasis
            | F::Signature
            | F::Translation
            | F::EmergencyFacts
            | F::Urgency
            | F::FormalConfirmationToFollow
            | F::CopyToCentralAuthority
            | F::PersonToBeHeard => {}
        }
    }
    all.to_vec()
}

/// A draft of `instrument` to `to` naming `items`, with `fields` stated
/// without their texts.
pub fn draft_action(
    instrument: cyberdrill::scenario::model::Instrument,
    to: &str,
    items: &[&str],
    fields: &[cyberdrill::law::RequestField],
) -> cyberdrill::sim::Action {
    cyberdrill::sim::Action::Draft {
        instrument,
        to: to.into(),
        items: items.iter().map(|s| s.to_string()).collect(),
        fields: cyberdrill::sim::Stated::all_bare(fields),
    }
}

/// `who` drafts ([`draft_action`]); the draft must be accepted. Its number.
pub fn draft(
    sim: &mut cyberdrill::sim::Simulation,
    who: &str,
    instrument: cyberdrill::scenario::model::Instrument,
    to: &str,
    items: &[&str],
    fields: &[cyberdrill::law::RequestField],
) -> u32 {
    let who = who.parse().expect("a participant");
    sim.apply(&who, draft_action(instrument, to, items, fields))
        .unwrap()
        .request
        .unwrap()
}

/// Why `who` may not draft ([`draft_action`]): the draft must be refused.
pub fn refused(
    sim: &mut cyberdrill::sim::Simulation,
    who: &str,
    instrument: cyberdrill::scenario::model::Instrument,
    to: &str,
    items: &[&str],
    fields: &[cyberdrill::law::RequestField],
) -> cyberdrill::sim::Refusal {
    let who = who.parse().expect("a participant");
    sim.check(&who, draft_action(instrument, to, items, fields))
        .unwrap_err()
}

/// The index of data item `id` in the simulation's scenario.
pub fn item(sim: &cyberdrill::sim::Simulation, id: &str) -> usize {
    sim.scenario().evidence.iter().position(|e| e.id == id).unwrap()
}

/// Where request `id` stands as seat `who` sees it; the seat must see it.
pub fn status(sim: &cyberdrill::sim::Simulation, who: &str, id: u32) -> cyberdrill::sim::view::RequestStatus {
    let seat: cyberdrill::sim::Participant = who.parse().expect("a participant");
    let view = sim.view(&seat).unwrap();
    view.requests
        .iter()
        .find(|r| r.id == id)
        .map(|r| r.status.clone())
        .unwrap_or_else(|| panic!("{who} sees no request #{id}"))
}

/// A run of a scenario with a script of actions: the scenario's file and
/// its actions file in `folder`, on `seed` or the scenario's own. The
/// script's participants are played by people; simulated actors play
/// every other seat. A refused line changes nothing and is kept, with its
/// sequence number.
pub struct Played {
    pub sim: cyberdrill::sim::Simulation,
    pub refused: Vec<(u64, cyberdrill::sim::Refusal)>,
}

pub fn play_script(folder: &str, scenario: &str, actions: &str, seed: Option<u64>) -> Played {
    use cyberdrill::sim::{Participant, Simulation};
    let scenario = load_clean(&format!("{folder}/{scenario}.ron"));
    let text = std::fs::read_to_string(format!("{folder}/{actions}")).unwrap();
    let script = cyberdrill::journal::parse(&text).unwrap_or_else(|e| panic!("{actions}: {e}"));
    let mut humans: Vec<Participant> = script
        .entries
        .iter()
        .map(|e| e.participant.clone())
        .filter(|p| *p != Participant::Trainer)
        .collect();
    humans.sort();
    humans.dedup();
    let seed = seed.unwrap_or(scenario.seed);
    let mut sim = Simulation::with_humans(&scenario, seed, humans).unwrap();
    let mut refused = Vec::new();
    for entry in &script.entries {
        sim.advance_to(entry.at);
        if let Err(refusal) = sim.apply(&entry.participant, entry.action.clone()) {
            refused.push((entry.seq, refusal));
        }
    }
    sim.advance_to(sim.end_time().unwrap());
    Played { sim, refused }
}
