//! Criterion benchmarks of the read model: what a screen asks for on
//! every redraw. Figures and commands are in docs/PERFORMANCE.md.
//!
//! - `view/default`: the Valdoria 24/7 contact's view at the end of the
//!   default scenario played headless.
//! - `view/large`: a prosecutor's view at the end of the large synthetic
//!   exercise (40 jurisdictions, 10,000 data items, 2,000 requests).
//! - `view/trainer_default`: the trainer's view of the default scenario.
//! - `draw/*_160x48`: a redraw of `play` at 160x48 (view built, words
//!   rendered, widgets laid out) for the busiest tabs of that seat, and
//!   for the debrief that covers the screen once the exercise has ended.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use cyberdrill::scenario::load;
use cyberdrill::sim::synthetic::{self, Size};
use cyberdrill::sim::{Participant, Simulation};
use cyberdrill::time::SimTime;
use cyberdrill::tui::app::{App, Phase};
use cyberdrill::tui::draw::draw;
use cyberdrill::words::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn views(c: &mut Criterion) {
    let scenario = load::load_default();
    let mut sim = Simulation::with_humans(&scenario, scenario.seed, []).unwrap();
    sim.advance_to(sim.end_time().unwrap());
    let seat: Participant = "VL/247".parse().unwrap();
    let mut group = c.benchmark_group("view");
    group.bench_function("default", |b| b.iter(|| black_box(sim.view(&seat))));
    group.bench_function("trainer_default", |b| {
        b.iter(|| black_box(sim.view(&Participant::Trainer)))
    });

    let (large, plan) = synthetic::exercise(Size::LARGE);
    let mut big = Simulation::new(&large, 1).unwrap();
    for (at, who, action) in &plan {
        big.advance_to(*at);
        let _ = big.apply(who, action.clone());
    }
    big.advance_to(big.end_time().unwrap_or(SimTime(2 * 365 * 1440)));
    let busiest = busiest_seat(&big);
    group.bench_function("large", |b| b.iter(|| black_box(big.view(&busiest))));
    group.finish();

    // What a screen costs per redraw: the view built and the busiest tab
    // drawn at 160x48 (the inbox of Valdoria's 24/7 contact at the end of
    // the default scenario, every note of the case in it). The exercise
    // has ended there, so the debrief covers the whole screen until it is
    // closed: the tabs are timed with it closed (else each would time the
    // same debrief), the debrief on its own.
    let mut app = App::new(scenario.clone(), Lang::En, vec![seat.clone()]);
    app.phase = Phase::Desk;
    app.debrief_closed = true;
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let mut group = c.benchmark_group("draw");
    group.bench_function("inbox_160x48", |b| {
        b.iter(|| {
            terminal.draw(|frame| draw(frame, &app, Some(&sim))).unwrap();
        })
    });
    // The floor: ratatui drawing one bordered block at 160x48 on the test
    // backend, nothing of ours.
    group.bench_function("floor_160x48", |b| {
        b.iter(|| {
            terminal
                .draw(|frame| {
                    let block = ratatui::widgets::Block::bordered();
                    frame.render_widget(block, frame.area());
                })
                .unwrap();
        })
    });
    app.tab = 1;
    group.bench_function("case_160x48", |b| {
        b.iter(|| {
            terminal.draw(|frame| draw(frame, &app, Some(&sim))).unwrap();
        })
    });
    app.tab = 2;
    group.bench_function("requests_160x48", |b| {
        b.iter(|| {
            terminal.draw(|frame| draw(frame, &app, Some(&sim))).unwrap();
        })
    });
    app.tab = 0;
    app.debrief_closed = false;
    group.bench_function("debrief_160x48", |b| {
        b.iter(|| {
            terminal.draw(|frame| draw(frame, &app, Some(&sim))).unwrap();
        })
    });
    group.finish();
}

/// The player seat with the most requests in view: the worst case a
/// screen meets.
fn busiest_seat(sim: &Simulation) -> Participant {
    sim.participants()
        .into_iter()
        .filter(|p| *p != Participant::Trainer)
        .max_by_key(|p| sim.view(p).map_or(0, |v| v.requests.len() + v.inbox.len()))
        .expect("a seat")
}

criterion_group!(benches, views);
criterion_main!(benches);
