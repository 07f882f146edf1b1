//! The synthetic exercise the benchmarks time is a real one: every
//! scripted request is accepted and the engine carries each to its end.
//! (Counts only; timings live in `benches/`.)

mod common;

use cyberdrill::sim::Simulation;
use cyberdrill::sim::synthetic::{self, Size};
use cyberdrill::sim::view::Fate;
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
    let scenario = common::checked(scenario);
    let mut sim = Simulation::new(&scenario, 3).unwrap();
    for (at, who, action) in plan {
        sim.advance_to(at);
        if let Err(refusal) = sim.apply(&who, action.clone()) {
            panic!("{at} {who} {action:?}: {refusal}");
        }
    }
    sim.advance_to(SimTime(2 * 365 * 1440));
    let report = sim.report();
    let produced = report
        .evidence
        .iter()
        .filter(|e| e.fate == Fate::Produced)
        .count();
    let lost = report.evidence.iter().filter(|e| e.fate == Fate::Lost).count();
    assert!(produced > 20, "produced {produced}");
    assert!(lost > 100, "lost {lost}");
    assert!(sim.check_invariants().is_ok());
    let view = sim.view(&"J01/prosecutor".parse().unwrap()).unwrap();
    assert_eq!(
        view.requests.len(),
        view.requests.iter().filter(|r| r.from == 1 || r.to == 1).count()
    );
}

/// The synthetic exercise of the benchmarks' `span/month`, with an end far
/// enough away that it never cuts the case short.
fn month_of_events() -> (cyberdrill::scenario::model::Scenario, Vec<synthetic::Step>) {
    let (mut scenario, plan) = synthetic::exercise(Size {
        jurisdictions: 6,
        providers: 30,
        items: 300,
        requests: 60,
        span_days: 30,
    });
    scenario.end.after = Some(cyberdrill::time::Duration::days(3 * 365));
    (scenario, plan)
}

/// The plan played, then the clock advanced to `until`.
fn played_until(until: SimTime) -> Simulation {
    let (scenario, plan) = month_of_events();
    let mut sim = Simulation::new(&scenario, 3).unwrap();
    for (at, who, action) in plan {
        sim.advance_to(at);
        sim.apply(&who, action).unwrap();
    }
    sim.advance_to(until);
    sim
}

#[test]
fn idle_time_processes_no_agenda_entries() {
    // A month of requests, answers, deletions and lapsed preservations is
    // over by day 200 (the longest chain: a 90-day Art. 16 preservation
    // from day 30, or an MLA request's 20 working days plus answers):
    // by then only the end is left on the agenda.
    let done = SimTime(200 * 1440);
    let sim = played_until(done);
    let end = sim.end_time().unwrap();
    assert_eq!(sim.next_event(), Some(end), "events are still due after day 200");
    let work = sim.agenda_entries_processed();
    assert!(work > 300, "only {work} entries: the plan did not run");
    // A further idle month and a further idle year cost the same: nothing.
    for idle_days in [30, 365] {
        let idle = played_until(SimTime((200 + idle_days) * 1440));
        assert_eq!(
            idle.agenda_entries_processed(),
            work,
            "{idle_days} idle days processed agenda entries"
        );
        assert_eq!(idle.trace().len(), sim.trace().len());
    }
    // Advancing in many small steps does no more work than in one.
    let mut hourly = played_until(done);
    for hour in 1..=24 * 365 {
        hourly.advance_to(done.after(cyberdrill::time::Duration::hours(hour)));
    }
    assert_eq!(hourly.agenda_entries_processed(), work);
}

/// The built-in scenario with `extra` more countries, copies of its first
/// under other codes, each with a team at the table, that no incident,
/// lead or provider involves.
fn default_with_idle_countries(extra: usize) -> cyberdrill::scenario::model::Scenario {
    let default = cyberdrill::scenario::load::load_default();
    common::checked(cyberdrill::sim::synthetic::with_idle_countries(default, extra))
}

#[test]
fn idle_seats_process_no_agenda_entries() {
    // Every seat simulated; 36 more of them in twelve countries the case
    // never reaches: they do nothing and write nothing, and are woken only
    // by news addressed to them (what `idle_seats/*` in the benchmarks times).
    let run = |extra| {
        let scenario = default_with_idle_countries(extra);
        let mut sim = Simulation::with_humans(&scenario, scenario.seed, []).unwrap();
        sim.advance_to(sim.end_time().unwrap());
        sim
    };
    let busy = run(0);
    let with_idle = run(12);
    assert_eq!(with_idle.participants().len(), busy.participants().len() + 36);
    let work = busy.agenda_entries_processed();
    assert!(work > 100, "only {work} entries: the case did not run");
    // The one inject sent to everyone (`ambulances`) makes each of the 36
    // look at its desk once and find nothing to do; nothing else reaches them.
    assert_eq!(with_idle.agenda_entries_processed(), work + 36);
    assert_eq!(with_idle.trace().len(), busy.trace().len());
}
