//! The simulation never panics on a scenario the checker would refuse: each
//! broken scenario of tests/data/invalid that still parses is built and run
//! headless for a month, unchecked, and keeps the simulation's invariants
//! (`check_invariants`) after every event. (The checker stops these first;
//! this is the last guard, for hosts that build scenarios in code.)

use std::path::Path;

use cyberdrill::scenario::model::{Fragment, Scenario};
use cyberdrill::sim::Simulation;
use cyberdrill::time::SimTime;

#[test]
fn broken_scenarios_never_panic_the_simulation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/invalid");
    let (mut parsed, mut built) = (0, 0);
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let options =
            ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let Ok(mut scenario) = options.from_str::<Scenario>(&text) else {
            continue;
        };
        // Merge includes naively (one level), as the checker would, minus its checks.
        for include in scenario.includes.clone() {
            let fragment = std::fs::read_to_string(dir.join(&include))
                .ok()
                .and_then(|t| options.from_str::<Fragment>(&t).ok());
            if let Some(fragment) = fragment {
                scenario.jurisdictions.extend(fragment.jurisdictions);
                scenario.providers.extend(fragment.providers);
            }
        }
        parsed += 1;
        let run = std::panic::catch_unwind(|| {
            let sim = Simulation::with_humans(&scenario, 1, []);
            let built = sim.is_ok();
            if let Ok(mut sim) = sim {
                // Event by event, so a broken invariant is caught when it breaks.
                let month = SimTime(30 * 1440);
                let mut steps = 0;
                loop {
                    if let Err(broken) = sim.check_invariants() {
                        return Err(format!("after {steps} events, at {}: {broken}", sim.now()));
                    }
                    match sim.next_event() {
                        Some(next) if next <= month && sim.ended().is_none() => {
                            sim.advance_to(next);
                        }
                        _ => break,
                    }
                    steps += 1;
                }
                sim.advance_to(month);
                let _ = sim.state_hash();
                let _ = sim.report();
                for p in sim.participants() {
                    let _ = sim.view(&p);
                    let _ = sim.options(&p);
                }
            }
            Ok(built)
        });
        match run {
            Ok(Ok(true)) => built += 1,
            Ok(Ok(false)) => {}
            Ok(Err(broken)) => panic!("{}: {broken}", path.display()),
            Err(_) => panic!("{} panicked the simulation", path.display()),
        }
    }
    assert!(
        parsed > 10,
        "only {parsed} broken scenarios parse: the test covers too little"
    );
    assert!(
        built > 5,
        "only {built} of {parsed} build: the test covers too little"
    );
}
