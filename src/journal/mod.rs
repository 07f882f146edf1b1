//! The journal: an append-only record of an exercise, from which
//! [`replay`] rebuilds the exact same state, and the same line format for
//! the actions files authors script a team with.
//!
//! ```text
//! cyberdrill-journal 2 {"scenario":"hospital-ransomware","scenario_hash":"9f…","seed":7,"engine":"0.1.0","humans":["VL/247"]}
//! 1 d0 00:20 VL/investigator #3fa1c2d4e5f60718 LookUp(lead:"c2-server")
//! 2 d0 01:05 clock #9c41d0e2aa3b5f61
//! 3 d0 01:05 VL/247 #0b1c2d3e4f506172 Draft(instrument:Preservation247,to:"BR",items:["vps-netflow"],fields:[…])
//! 4 d0 06:40 clock #77e0a1b2c3d4e5f6
//! end d90 00:00 5e0c…(full state hash)
//! ```
//!
//! One line per step, numbered from 1 across both kinds. An action line:
//! sequence number, simulated time, participant, an optional `#` and the
//! first 16 hex digits of the state hash after the action, then the
//! action in RON. A clock line: sequence number, the time the clock
//! reached with no action (a host's clock driver advancing the exercise),
//! the word `clock` where a participant would be (no participant is
//! called that), and the state hash there. Blank lines and `//` comments
//! are skipped (actions files use them; a journal never writes them).
//! Times run from `d0 00:00` to
//! [`SimTime::LATEST`](crate::time::SimTime::LATEST), the limit every
//! clock-moving input shares (see [`crate::time::LONGEST_EXERCISE`]), so
//! the reader reads every time the writer can write.
//!
//! Idle time is journaled so that a host that crashes resumes
//! ([`Recorder::resume`]) at the time it had reached, not at its last
//! action, with the same state hash. Not tick by tick:
//! [`Recorder::advance_to`] writes a clock line when the advance handled
//! an event, or once [`IDLE_LINE_EVERY`] of simulated time has passed since
//! the last line, so a crash loses at most that much idle time, in which
//! nothing happened. An actions file may contain clock lines (a journal is
//! an actions file too); `run` moves the clock to their time, which the
//! next action line's time would do anyway.
//!
//! Format 2 added clock lines, in the same change (issue 7) that makes
//! events typed data and so changes every state hash. A format 1 journal
//! is therefore refused up front, saying that an earlier cyberdrill wrote
//! it and what to do (re-run it: its action lines are an actions file),
//! rather than replayed to a divergence at its first step.
//!
//! Durability: [`JournalWriter::append`] writes the whole line, flushes and
//! syncs before it returns; [`Recorder::act`] applies an action, appends
//! it with the state hash it produced, and only then returns for the host
//! to acknowledge ([`Recorder::advance_to`] likewise for a clock line). A crash loses at most an action nobody was told about.
//! A write that fails cuts the journal back to its last complete line and
//! poisons the writer and its [`Recorder`]: every later call returns that
//! error, so the journal on disk is always a valid prefix of the session,
//! never a line glued onto half of another.
//!
//! A last line without its newline is torn: [`parse`] reports it and never
//! replays it; [`parse_prefix`] keeps the complete lines before it so that
//! [`replay_prefix`] can still check every recorded step and then report
//! the torn line (a torn header, a torn step or a torn `end`). Replay
//! refuses a journal recorded for another scenario, or another version of
//! the same one, saying which.
//!
//! The pure part (formatting, parsing, replay) does no I/O; only
//! [`JournalWriter`] (through a [`Sink`], a file by default) and [`read`] /
//! [`read_prefix`] touch files.
//!
//! The parts, one file each: `format.rs` (lines in and out), `writer.rs`
//! (durable appends), `recorder.rs` (apply, append, acknowledge) and
//! `replay.rs`; the public paths are the re-exports below.

mod format;
mod recorder;
mod replay;
mod writer;

pub use format::{
    ClockLine, Entry, Header, Journal, JournalError, Prefix, Step, TornLine, decode_text, format_clock_line,
    format_entry, format_header, parse, parse_prefix, participant_place, read, read_prefix, scenario_hash,
    step_hash,
};
pub use recorder::{IDLE_LINE_EVERY, Recorder, ResumeError, Resumed};
pub use replay::{ReplayError, Replayed, Verify, replay, replay_observed, replay_prefix};
pub use writer::{JournalWriter, Sink};
