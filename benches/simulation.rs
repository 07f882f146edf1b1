//! Criterion benchmarks of the simulation core. Figures and the commands
//! that produced them are recorded in docs/PERFORMANCE.md.
//!
//! - `default_headless_run`: the built-in scenario, every role simulated,
//!   from the start to its end (90 days or the end condition).
//! - `large_year`: 40 jurisdictions, 400 providers, 10,000 data items,
//!   2,000 scripted requests over one simulated year.
//! - `span/month` vs `span/year`: the same events (a medium synthetic
//!   exercise) spread over 30 days or 365 days: idle time must cost nothing.
//! - `prepared/*`: building a run from the scenario (prepared anew each
//!   time) against building it from one [`Prepared`] scenario shared by
//!   every run, as a playtest of thousands of runs does: building alone,
//!   on the default and the large exercise, and a whole default run.
//! - `idle_seats/*`: a whole default run, as it is (13 seats) and with 12
//!   more countries that take no part in the case (36 more seats, every
//!   one simulated, woken only by the one inject sent to everyone): idle
//!   seats must cost (almost) nothing.
//! - `playtest/default_expert_1000`: `cyberdrill playtest` without the
//!   printing: 1000 seeded runs of the default scenario by expert teams,
//!   in parallel over the cores, and their statistics.

// As the binary: `cyberdrill playtest` runs on mimalloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::time::Duration as WallDuration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

use cyberdrill::scenario::load;
use cyberdrill::scenario::model::Scenario;
use cyberdrill::sim::synthetic::{self, Size, Step};
use cyberdrill::sim::{Prepared, Simulation};
use cyberdrill::time::SimTime;

fn headless(scenario: &Scenario) -> String {
    let mut sim = Simulation::with_humans(scenario, scenario.seed, []).unwrap();
    let end = sim.end_time().unwrap_or(SimTime(90 * 1440));
    sim.advance_to(end);
    sim.state_hash()
}

fn scripted(scenario: &Scenario, plan: &[Step]) -> usize {
    let mut sim = Simulation::new(scenario, 1).unwrap();
    for (at, who, action) in plan {
        sim.advance_to(*at);
        let _ = sim.apply(who, action.clone());
    }
    let end = sim.end_time().unwrap_or(SimTime(2 * 365 * 1440));
    sim.advance_to(end);
    sim.trace().len()
}

fn default_run(c: &mut Criterion) {
    let scenario = load::load_default();
    c.bench_function("default_headless_run", |b| {
        b.iter(|| black_box(headless(&scenario)))
    });
}

fn large(c: &mut Criterion) {
    let (scenario, plan) = synthetic::exercise(Size::LARGE);
    let mut group = c.benchmark_group("large");
    group
        .sample_size(10)
        .measurement_time(WallDuration::from_secs(20));
    group.bench_function("large_year", |b| {
        b.iter_batched(
            || plan.clone(),
            |plan| black_box(scripted(&scenario, &plan)),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn span(c: &mut Criterion) {
    let medium = |span_days| Size {
        jurisdictions: 10,
        providers: 50,
        items: 1_000,
        requests: 200,
        span_days,
    };
    let mut group = c.benchmark_group("span");
    group.sample_size(20);
    for (name, days) in [("month", 30), ("year", 365)] {
        let (scenario, plan) = synthetic::exercise(medium(days));
        group.bench_function(name, |b| b.iter(|| black_box(scripted(&scenario, &plan))));
    }
    group.finish();
}

/// Runs to the scenario's end and hashes, like [`headless`], for a run
/// already built.
fn to_the_end(mut sim: Simulation) -> String {
    let end = sim.end_time().unwrap_or(SimTime(90 * 1440));
    sim.advance_to(end);
    sim.state_hash()
}

fn prepared(c: &mut Criterion) {
    let default = load::load_default();
    let (large, _) = synthetic::exercise(Size::LARGE);
    let mut group = c.benchmark_group("prepared");
    group.sample_size(20);
    for (name, scenario) in [("default", &default), ("large", &large)] {
        let shared = Prepared::new(scenario).unwrap();
        group.bench_function(format!("build_{name}_from_scenario"), |b| {
            b.iter(|| black_box(Simulation::with_humans(scenario, 1, []).unwrap().now()))
        });
        group.bench_function(format!("build_{name}_from_prepared"), |b| {
            b.iter(|| black_box(Simulation::from_prepared(shared.clone(), 1, []).unwrap().now()))
        });
    }
    let shared = Prepared::new(&default).unwrap();
    group.bench_function("run_default_from_scenario", |b| {
        b.iter(|| black_box(to_the_end(Simulation::with_humans(&default, 1, []).unwrap())))
    });
    group.bench_function("run_default_from_prepared", |b| {
        b.iter(|| {
            black_box(to_the_end(
                Simulation::from_prepared(shared.clone(), 1, []).unwrap(),
            ))
        })
    });
    group.finish();
}

/// The default scenario with `extra` idle countries
/// ([`synthetic::with_idle_countries`]).
fn with_idle_countries(extra: usize) -> Scenario {
    synthetic::with_idle_countries(load::load_default(), extra)
}

fn idle_seats(c: &mut Criterion) {
    let mut group = c.benchmark_group("idle_seats");
    for (name, extra) in [("default_13", 0), ("plus_36", 12)] {
        let scenario = with_idle_countries(extra);
        let shared = Prepared::new(&scenario).unwrap();
        group.bench_function(name, |b| {
            b.iter(|| {
                black_box(to_the_end(
                    Simulation::from_prepared(shared.clone(), scenario.seed, []).unwrap(),
                ))
            })
        });
    }
    group.finish();
}

fn playtest(c: &mut Criterion) {
    use cyberdrill::playtest::{self, Plan};
    use cyberdrill::scenario::model::Skill;
    let scenario = load::load_default();
    let shared = Prepared::new(&scenario).unwrap();
    let plan = Plan {
        skills: vec![Skill::Expert],
        runs: 1000,
        first_seed: scenario.seed,
        until: SimTime::START.after(scenario.end.after.unwrap()),
    };
    let mut group = c.benchmark_group("playtest");
    group.sample_size(10);
    group.bench_function("default_expert_1000", |b| {
        b.iter(|| {
            let records = playtest::run_all(&shared, &plan, &|_| {}).unwrap();
            black_box(playtest::summarise(&scenario, &records).len())
        })
    });
    group.finish();
}

criterion_group!(benches, default_run, large, span, prepared, idle_seats, playtest);
criterion_main!(benches);
