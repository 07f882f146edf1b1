//! Helpers shared by the integration tests: reading test scenarios.
#![allow(dead_code)]

use cyberdrill::scenario::model::Scenario;

pub fn parse(text: &str) -> Scenario {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .unwrap_or_else(|e| panic!("test scenario does not parse: {e}"))
}

pub fn two_hops() -> Scenario {
    parse(include_str!("../data/sim/two-hops.ron"))
}
