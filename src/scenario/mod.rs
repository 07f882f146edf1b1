//! Scenarios: the RON format authors write ([`model`]), reading it from
//! files with positions ([`load`]), and checking it before anyone plays
//! (`check`).
//!
//! Loading reads files; checking is pure. Neither ever panics on bad input:
//! every problem becomes a [`Diagnostic`] with a file, a line and a column,
//! and an id for each of its sentences ([`Said`]), in no language yet.

mod check;
pub mod diagnostic;
mod finding;
pub mod library;
pub mod load;
mod locate;
pub mod model;
pub mod said;
pub mod source;
mod syntax;

pub use diagnostic::{Code, Diagnostic, Diagnostics, JsonDiagnostic, Severity};
/// The known name closest to a misspelt one: the shell's suggestions too.
pub use finding::closest;
pub use load::{
    CheckReport, DEFAULT_SCENARIO, Loaded, check_default, check_path, load_default, load_path, ron_options,
    to_ron_string,
};
pub use said::{Said, Translate, Untranslated, Value};
