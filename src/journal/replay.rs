//! Replay: rebuild an exercise from its journal and check the state hash
//! recorded with every step and at the end, naming the first step where
//! the replay parts from the record.
//!
//! Pure: it reads no file (the caller parses) and never replays a torn
//! line; it refuses a journal recorded for another scenario, or another
//! version of the same one.

use std::fmt;

use crate::scenario::model::Scenario;
use crate::sim::{Outcome, Refusal, Simulation};
use crate::time::SimTime;

use super::format::{Journal, Prefix, Step, TornLine, scenario_hash, step_hash, torn_header};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayError {
    /// No header, no action, no end: the writer stopped before its header.
    Empty,
    NoHeader,
    /// The header line itself is torn.
    TornHeader {
        text: String,
        /// Where it stops, in characters from 1.
        column: usize,
    },
    /// The journal was recorded for another scenario or another version of it.
    WrongScenario {
        message: String,
    },
    Setup(String),
    /// The replay's state differs from the recorded one from this step on.
    Diverged {
        step: String,
        expected: String,
        found: String,
    },
    /// The last line is torn; every complete step before it was replayed
    /// and matched its recorded hash.
    Torn {
        torn: TornLine,
        /// Steps replayed and verified before the torn line.
        steps: usize,
    },
}

/// How to go on from a journal cut short, torn or not: resuming drops a
/// torn line and appends after the last complete one. Said the same way
/// as `replay-matches-unfinished` in the shell's messages, for a journal
/// that stopped at a line boundary.
const RESUME: &str = "to continue the exercise from there, resume it with `cyberdrill play --resume` or `cyberdrill serve --resume` and this journal (resuming drops the torn line)";

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplayError::Empty => f.write_str(
                "the journal is empty: it was probably cut off before its header was written (the run stopped before writing anything); there is nothing to replay",
            ),
            ReplayError::NoHeader => f.write_str(
                "this file has no journal header: it is an actions file; run it with `cyberdrill run --actions FILE`",
            ),
            ReplayError::TornHeader { text, column } => f.write_str(&torn_header(text, *column)),
            ReplayError::WrongScenario { message } => f.write_str(message),
            ReplayError::Setup(message) => f.write_str(message),
            ReplayError::Diverged { step, expected, found } => write!(
                f,
                "replay diverged at {step}: the journal recorded state {expected}, the replay reached {found}"
            ),
            ReplayError::Torn { torn, steps } => {
                let verified = match steps {
                    0 => "no step was recorded before it".to_string(),
                    1 => "step 1 before it was replayed and matches its recorded hash, so the journal is good up to step 1".to_string(),
                    n => format!(
                        "steps 1 to {n} before it were replayed and each matches its recorded hash, so the journal is good up to step {n}"
                    ),
                };
                if torn.is_end() {
                    write!(
                        f,
                        "the end line (line {}) is torn at column {}: the writer stopped while writing it, so the final state cannot be checked; {verified}; {RESUME}",
                        torn.line, torn.column
                    )
                } else {
                    write!(
                        f,
                        "line {} is torn at column {} (the writer stopped while writing it): `{}`; it was never acknowledged and is not replayed; {verified}; {RESUME}",
                        torn.line, torn.column, torn.text
                    )
                }
            }
        }
    }
}

impl std::error::Error for ReplayError {}

/// A finished replay.
pub struct Replayed {
    pub simulation: Simulation,
    /// Numbered lines replayed (actions and clock lines).
    pub steps: usize,
    /// The journal had an end line and the final hash matched it.
    pub verified_end: bool,
}

/// Re-run a journal against `scenario` and check every recorded hash.
pub fn replay(scenario: &Scenario, journal: &Journal) -> Result<Replayed, ReplayError> {
    replay_observed(scenario, journal, Verify::EveryStep, |_, _, _| false)
}

/// Which recorded hashes a replay checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verify {
    /// Each one, so that a divergence is named at the step where it began
    /// (`cyberdrill replay`).
    EveryStep,
    /// Only the last one the journal records (its end line, else its last
    /// step). The state hash covers the trace's hash chain, so the last
    /// hash matching means every event before it matched too; a mismatch
    /// is reported at the last step, and `cyberdrill replay` finds where
    /// it began. Hashing the whole state after each of thousands of steps
    /// is most of a long replay's cost.
    Last,
}

/// [`replay`], showing `observe` the simulation after each step with the
/// step and, for an action, what the simulation answered (a refusal
/// changes nothing, but the after-action report counts it); once more at
/// the end line, with no step. The observer reads; it cannot change the
/// replay. From the start, and whenever it returns `true`, it is also
/// shown the simulation at each due event's time before the next step
/// (with no step), until it returns `false`: the clock reaches a step's
/// time through the same events either way, so the state and its hashes
/// are the same. (A journal of simulated teams may have no step before
/// its end: the observer still sees the events it asks for.)
pub fn replay_observed(
    scenario: &Scenario,
    journal: &Journal,
    verify: Verify,
    mut observe: impl FnMut(&Simulation, Option<&Step>, Option<&Result<Outcome, Refusal>>) -> bool,
) -> Result<Replayed, ReplayError> {
    let Some(header) = journal.header.as_ref() else {
        if journal.entries.is_empty() && journal.end.is_none() {
            return Err(ReplayError::Empty);
        }
        return Err(ReplayError::NoHeader);
    };
    if header.scenario != scenario.id {
        return Err(ReplayError::WrongScenario {
            message: format!(
                "this journal was recorded for scenario `{}`, not `{}`: pass its scenario file with --scenario",
                header.scenario, scenario.id
            ),
        });
    }
    let hash = scenario_hash(scenario);
    if header.scenario_hash != hash {
        return Err(ReplayError::WrongScenario {
            message: format!(
                "this journal was recorded with another version of scenario `{}` (content hash {}, this file is {}; written by cyberdrill {}): replaying it would not reproduce the exercise",
                scenario.id,
                step_hash(&header.scenario_hash),
                step_hash(&hash),
                header.engine
            ),
        });
    }
    let mut simulation = Simulation::with_skill(
        scenario,
        header.seed,
        header.humans.iter().cloned(),
        header.profile,
    )
    .map_err(|e| ReplayError::Setup(e.to_string()))?;
    let mut closer = true;
    // Event by event up to (not including) `until`, while the observer asks.
    let approach = |simulation: &mut Simulation,
                    closer: &mut bool,
                    until: SimTime,
                    observe: &mut dyn FnMut(&Simulation) -> bool| {
        while *closer {
            let Some(next) = simulation
                .next_event()
                .filter(|&next| next < until && next > simulation.now())
            else {
                break;
            };
            if simulation.advance_to(next) != next {
                break;
            }
            *closer = observe(simulation);
        }
    };
    // With `Verify::Last`, the sequence number of the one step to check
    // (none when the end line is checked instead).
    let last_hashed = journal
        .steps()
        .filter(|step| step.hash().is_some())
        .map(|step| step.seq())
        .last()
        .filter(|_| journal.end.is_none());
    for step in journal.steps() {
        approach(&mut simulation, &mut closer, step.at(), &mut |sim| {
            observe(sim, None, None)
        });
        // Each line at its time: the clock driver's advance for a clock
        // line, the events due before it for an action.
        simulation.advance_to(step.at());
        let answer = match step {
            Step::Act(entry) => Some(simulation.apply(&entry.participant, entry.action.clone())),
            _ => None,
        };
        let checked = match verify {
            Verify::EveryStep => true,
            Verify::Last => Some(step.seq()) == last_hashed,
        };
        if let Some(expected) = step.hash().filter(|_| checked) {
            let found = step_hash(&simulation.state_hash());
            if found != expected {
                return Err(ReplayError::Diverged {
                    step: format!("step {} ({} {})", step.seq(), step.at(), step.who()),
                    expected: expected.to_string(),
                    found,
                });
            }
        }
        closer = observe(&simulation, Some(&step), answer.as_ref());
    }
    let mut verified_end = false;
    if let Some((at, expected)) = &journal.end {
        approach(&mut simulation, &mut closer, *at, &mut |sim| {
            observe(sim, None, None)
        });
        simulation.advance_to(*at);
        observe(&simulation, None, None);
        let found = simulation.state_hash();
        if &found != expected {
            return Err(ReplayError::Diverged {
                step: format!("the end ({at})"),
                expected: expected.clone(),
                found,
            });
        }
        verified_end = true;
    }
    Ok(Replayed {
        simulation,
        steps: journal.step_count(),
        verified_end,
    })
}

/// [`replay`] the complete lines of a journal, then report its torn last
/// line if it has one: a torn header (nothing to replay), or a torn step or
/// `end` line after every step before it has been checked, so a crash
/// while writing the end still tells whether the session is reproducible.
pub fn replay_prefix(scenario: &Scenario, prefix: &Prefix) -> Result<Replayed, ReplayError> {
    if let Some(torn) = &prefix.torn
        && prefix.journal.header.is_none()
        && prefix.journal.step_count() == 0
    {
        return Err(if torn.is_header() {
            ReplayError::TornHeader {
                text: torn.text.clone(),
                column: torn.column,
            }
        } else {
            ReplayError::NoHeader
        });
    }
    let replayed = replay(scenario, &prefix.journal)?;
    match &prefix.torn {
        None => Ok(replayed),
        Some(torn) => Err(ReplayError::Torn {
            torn: torn.clone(),
            steps: replayed.steps,
        }),
    }
}
