//! `headless_runs` with mimalloc as the global allocator, as the binary
//! and the benchmarks have it, against `headless_runs` on the system
//! allocator: what the allocator costs a run (docs/PERFORMANCE.md, issue 12):
//!
//!   cargo build --profile bench --example headless_runs --example headless_runs_mimalloc
//!   time target/release/examples/headless_runs 2000
//!   time target/release/examples/headless_runs_mimalloc 2000

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "headless_runs.rs"]
mod runs;

fn main() {
    runs::main();
}
