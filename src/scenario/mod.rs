//! Scenarios: the RON format authors write ([`model`]), reading it from
//! files with positions, and checking it before anyone plays.
//!
//! Loading reads files; checking is pure. Neither ever panics on bad input:
//! every problem becomes a diagnostic with a file, a line and a column.

pub mod model;
