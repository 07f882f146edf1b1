//! cyberdrill: a deterministic simulation engine for cross-border
//! cybercrime-cooperation training exercises.
//!
//! The core (`time`, `law`, `scenario::model`, `sim`) is pure: no I/O, no
//! wall clock, no unseeded randomness. The shell (`cli`, file loading,
//! journal files) feeds it data. See `docs/ARCHITECTURE.md`.

// Only the command line talks to the terminal; a stray print anywhere else
// is I/O in the core (or a forgotten debug line) and fails the lint.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
#[doc(hidden)]
pub mod fuzzing;
pub mod journal;
pub mod law;
pub mod playtest;
pub mod report;
pub mod scenario;
pub mod serve;
pub mod sim;
pub mod terminal;
pub mod time;
pub mod tui;
pub mod words;
