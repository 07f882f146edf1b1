//! The synthetic exercise the benchmarks time is a real one: every
//! scripted request is accepted and the engine carries each to its end.
//! (Counts only; timings live in `benches/`.)

use cyberdrill::sim::Simulation;
use cyberdrill::sim::synthetic::{self, Size};
use cyberdrill::time::SimTime;

#[test]
fn synthetic_plan_is_accepted_and_runs_to_completion() {
    let size = Size {
        jurisdictions: 8,
        providers: 40,
        items: 1_000,
        requests: 200,
        span_days: 365,
    };
    let (scenario, plan) = synthetic::exercise(size);
    let mut sim = Simulation::new(&scenario, 3).unwrap();
    for (at, who, action) in plan {
        sim.advance_to(at);
        if let Err(refusal) = sim.apply(&who, action.clone()) {
            panic!("{at} {who} {action:?}: {refusal}");
        }
    }
    sim.advance_to(SimTime(2 * 365 * 1440));
    let report = sim.report();
    let produced = report.evidence.iter().filter(|e| e.state == "produced").count();
    let lost = report.evidence.iter().filter(|e| e.state == "lost").count();
    assert!(produced > 20, "produced {produced}");
    assert!(lost > 100, "lost {lost}");
    assert!(sim.check_invariants().is_ok());
    let view = sim.view(&"J01/prosecutor".parse().unwrap()).unwrap();
    assert_eq!(
        view.requests.len(),
        view.requests
            .iter()
            .filter(|r| r.from == "J01" || r.to == "J01")
            .count()
    );
}
