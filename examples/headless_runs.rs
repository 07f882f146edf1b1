//! Runs the built-in scenario headless (every role simulated) RUNS times
//! from one prepared scenario, as a playtest does, and prints the last
//! run's state hash (the others are not hashed, as a playtest's are not): a small program to profile one run with callgrind or perf
//! (docs/PERFORMANCE.md gives the commands). With IDLE, the scenario gets
//! that many more countries with a team at the table that the case never
//! involves, as the `idle_seats` benchmark does.
//!
//!   cargo run --release --example headless_runs -- [RUNS] [IDLE]

use cyberdrill::scenario::load;
use cyberdrill::sim::{Prepared, Simulation, synthetic};
use cyberdrill::time::SimTime;

pub fn main() {
    let number = |n: usize| {
        std::env::args()
            .nth(n)
            .map(|n| n.parse().expect("RUNS and IDLE are whole numbers"))
            .unwrap_or(0)
    };
    let (runs, idle) = (number(1).max(1), number(2));
    let scenario = synthetic::with_idle_countries(load::load_default(), idle);
    let prepared = Prepared::new(&scenario).expect("the built-in scenario prepares");
    let play = || {
        let mut sim = Simulation::from_prepared(prepared.clone(), scenario.seed, []).expect("a run starts");
        let end = sim.end_time().unwrap_or(SimTime(90 * 1440));
        sim.advance_to(end);
        sim
    };
    // As a playtest, the runs but the last are played and dropped unhashed;
    // the last one's state hash shows every run played the same.
    for _ in 1..runs {
        drop(play());
    }
    println!("{}", play().state_hash());
}
