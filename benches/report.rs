//! Criterion benchmark of the after-action report: a large exercise's
//! journal replayed and reported. Figures and command in docs/PERFORMANCE.md.
//!
//! - `report/build_12_countries`: `report::build` (the replay, its last
//!   hash checked, and the report's data) of the journal of a synthetic
//!   exercise with 12 countries and 50 seats, every one played by the
//!   script (36 team seats, and the liaisons of 14 of its 120 providers,
//!   who comply with each request as it reaches them), 3,000 data items
//!   and 5,000 scripted team actions over a simulated year (and the
//!   liaisons' answers besides), run to d730: the 50-seat,
//!   12-country journal of 5,000 actions.
//! - `report/html_12_countries`: the same, rendered as the HTML page in
//!   English: what `cyberdrill report --format html` costs.

use std::hint::black_box;
use std::time::Duration as WallDuration;

use criterion::{Criterion, criterion_group, criterion_main};

use cyberdrill::journal::{self, Recorder};
use cyberdrill::report;
use cyberdrill::sim::Participant;
use cyberdrill::sim::synthetic;
use cyberdrill::time::SimTime;
use cyberdrill::words::{Lang, Words};

const ACTIONS: usize = 5_000;
/// 36 team seats and 14 liaisons: 50 seats.
const LIAISONS: usize = 14;

fn report_bench(c: &mut Criterion) {
    let (scenario, mut plan) = synthetic::exercise_with_liaisons(synthetic::TWELVE_COUNTRIES, LIAISONS);
    assert!(plan.len() >= ACTIONS, "the plan has {} actions", plan.len());
    plan.truncate(ACTIONS);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.journal");
    let humans = Participant::offered_seats(&scenario);
    assert_eq!(humans.len(), 50);
    let mut recorder = Recorder::start(Some(&path), &scenario, 1, humans).unwrap();
    // The liaisons answer what reached them at each step of the clock.
    let mut seen = 0;
    let mut liaisons = |recorder: &mut Recorder| {
        let sim = recorder.simulation().unwrap();
        let answers = synthetic::liaisons_comply(sim.trace(), &mut seen, sim.now(), &scenario);
        let complied = answers.len();
        for (_, who, action) in answers {
            recorder.act(&who, action).unwrap().unwrap();
        }
        complied
    };
    let mut complied = 0;
    for (at, who, action) in plan {
        recorder.advance_to(at).unwrap();
        complied += liaisons(&mut recorder);
        recorder.act(&who, action).unwrap().unwrap();
    }
    for day in 1..=730 {
        recorder.advance_to(SimTime(day * 1440)).unwrap();
        complied += liaisons(&mut recorder);
    }
    recorder.finish().unwrap();
    let recorded = journal::read(&path).unwrap();
    eprintln!(
        "report bench: {} actions in the journal ({ACTIONS} of the teams, {complied} of the liaisons)",
        recorded.entries.len()
    );
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
