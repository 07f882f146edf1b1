//! The terminal UI: `cyberdrill play`, the desks of the three roles and
//! the trainer's console, in English or French.
//!
//! Model / update / view: [`app`] holds the model and its one `update`;
//! [`draw`] renders it, purely, from the simulation's read model; [`host`]
//! is the loop that reads keys and the wall clock, journals and applies
//! actions, and redraws on news. Only `host` touches the terminal, and
//! nothing here decides anything about the exercise: every action goes
//! through the journal to the simulation, which answers.

pub mod app;
pub mod draw;
pub mod host;
mod wrap;
