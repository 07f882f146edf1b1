//! Criterion benchmark of the after-action report: a large exercise's
//! journal replayed and reported. Figures and command in docs/PERFORMANCE.md.
//!
//! - `report/build_12_countries`: `report::build` (the replay, its last
//!   hash checked, and the report's data) of the journal of a synthetic
//!   exercise with 12 countries (36 team seats, every one played by the
//!   script), 120 providers, 3,000 data items and 5,000 scripted actions
//!   over a simulated year, run to d730.
//! - `report/html_12_countries`: the same, rendered as the HTML page in
//!   English: what `cyberdrill report --format html` costs.

use std::hint::black_box;
use std::time::Duration as WallDuration;

use criterion::{Criterion, criterion_group, criterion_main};

use cyberdrill::journal::{self, Recorder};
use cyberdrill::report;
use cyberdrill::sim::Participant;
use cyberdrill::sim::synthetic::{self, Size};
use cyberdrill::time::SimTime;
use cyberdrill::words::{Lang, Words};

const ACTIONS: usize = 5_000;

fn report_bench(c: &mut Criterion) {
    let (scenario, mut plan) = synthetic::exercise(Size {
        jurisdictions: 12,
        providers: 120,
        items: 3_000,
        requests: 2_100,
        span_days: 365,
    });
    assert!(plan.len() >= ACTIONS, "the plan has {} actions", plan.len());
    plan.truncate(ACTIONS);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.journal");
    let humans = Participant::team_seats(&scenario);
    assert_eq!(humans.len(), 36);
    let mut recorder = Recorder::start(Some(&path), &scenario, 1, humans).unwrap();
    for (at, who, action) in plan {
        recorder.advance_to(at).unwrap();
        recorder.act(&who, action).unwrap().unwrap();
    }
    recorder.advance_to(SimTime(730 * 1440)).unwrap();
    recorder.finish().unwrap();
    let recorded = journal::read(&path).unwrap();
    let words = Words::new(Lang::En);

    let mut group = c.benchmark_group("report");
    group
        .sample_size(10)
        .measurement_time(WallDuration::from_secs(20));
    group.bench_function("build_12_countries", |b| {
        b.iter(|| black_box(report::build(&scenario, &recorded).unwrap()))
    });
    group.bench_function("html_12_countries", |b| {
        b.iter(|| {
            let built = report::build(&scenario, &recorded).unwrap();
            black_box(report::html::render(&built, &scenario, &words))
        })
    });
    group.finish();
}

criterion_group!(benches, report_bench);
criterion_main!(benches);
