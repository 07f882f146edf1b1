//! The [`Recorder`]: a simulation and its journal, the one way a host feeds
//! an exercise. It applies, then writes, then returns, so that whatever a
//! host acknowledges is on disk; it never lets a host build on a state the
//! journal does not hold. Time that passes with no action is journaled
//! too (clock lines), so a host that crashes resumes ([`Recorder::resume`])
//! at the time it had reached, not at its last action.

use std::fmt;
use std::path::Path;

use crate::scenario::model::{Scenario, Skill};
use crate::sim::{Action, Participant, Simulation};
use crate::time::{Duration, SimTime};

use super::format::{ClockLine, Entry, Header, JournalError, TornLine, parse_prefix, read_text, step_hash};
use super::replay::{ReplayError, replay};
use super::writer::{JournalWriter, Sink};

/// The longest stretch of simulated time with neither an action nor an
/// event that goes unjournaled. A host's clock driver may tick every wall
/// second; a line per tick would make the journal mostly clock lines and
/// sync the disk every second. What a crash can lose is then at most this
/// much idle time, in which by definition nothing happened: the resumed
/// exercise is the same, only its clock up to a quarter of an hour behind.
/// (An advance that handled an event is always journaled at once.)
pub const IDLE_LINE_EVERY: Duration = Duration::minutes(15);

/// A simulation with its journal: the one way a host (the CLI today, the
/// terminal UI and the SSH host later) feeds actions in. Each action is
/// stamped with the next sequence number and the current simulated time,
/// applied, then made durable; only then does [`Recorder::act`] return, so
/// whatever the caller acknowledges is on disk, and a crash before that
/// loses an action nobody was told about.
///
/// If the journal cannot be written, the action that failed has been
/// applied but not recorded: the recorder is poisoned, and every later
/// call (including [`Recorder::simulation`]) returns that error, so no host
/// shows or builds on a state the journal does not hold.
pub struct Recorder {
    simulation: Simulation,
    /// `None`: a run nobody asked to keep; everything else is the same.
    writer: Option<JournalWriter>,
    seq: u64,
    /// The simulated time when the last line was written (the start, for
    /// a new journal): idle time is journaled from here.
    journaled_at: SimTime,
    /// Set when the journal could not be written.
    failed: Option<JournalError>,
}

/// A journal taken up again after a crash: see [`Recorder::resume`].
pub struct Resumed {
    /// Appending to the journal, at the time and state of its last line.
    pub recorder: Recorder,
    /// Numbered lines (actions and clock) replayed, each matching its
    /// recorded hash.
    pub steps: usize,
    /// The torn last line that was cut off the journal, if the writer
    /// stopped while writing one (it was never acknowledged).
    pub cut: Option<TornLine>,
}

/// Why a journal cannot be taken up again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeError {
    /// It cannot be read, is not in the journal format, or cannot be
    /// reopened to append.
    Journal(JournalError),
    /// It does not replay: another scenario, or a step whose recorded
    /// hash the replay does not reach. The file is left as it was.
    Replay(ReplayError),
    /// It has its `end` line: the session finished there.
    Finished { at: SimTime },
}

impl fmt::Display for ResumeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResumeError::Journal(e) => write!(f, "{e}"),
            ResumeError::Replay(e) => write!(f, "{e}"),
            ResumeError::Finished { at } => write!(
                f,
                "this session finished at {at} (the journal has its end line): there is nothing to resume; replay it, or start a new journal"
            ),
        }
    }
}

impl std::error::Error for ResumeError {}

/// The simulation a recorder drives, built before its journal's header is
/// written so that a scenario that cannot run leaves no journal behind.
fn new_simulation(
    scenario: &Scenario,
    seed: u64,
    humans: &[Participant],
    skill: Skill,
) -> Result<Simulation, JournalError> {
    Simulation::with_skill(scenario, seed, humans.iter().cloned(), skill)
        .map_err(|e| JournalError::Io(e.to_string()))
}

impl Recorder {
    /// A new simulation of `scenario`, journalled at `path` if given; its
    /// simulated teams play at the scenario's default skill.
    pub fn start(
        path: Option<&Path>,
        scenario: &Scenario,
        seed: u64,
        humans: Vec<Participant>,
    ) -> Result<Recorder, JournalError> {
        Recorder::start_as(path, scenario, seed, humans, scenario.default_skill())
    }

    /// Like [`Recorder::start`], the simulated teams playing at `skill`,
    /// which the journal's header records.
    pub fn start_as(
        path: Option<&Path>,
        scenario: &Scenario,
        seed: u64,
        humans: Vec<Participant>,
        skill: Skill,
    ) -> Result<Recorder, JournalError> {
        let simulation = new_simulation(scenario, seed, &humans, skill)?;
        let writer = match path {
            Some(path) => Some(JournalWriter::create(
                path,
                &Header::with_skill(scenario, seed, humans, skill),
            )?),
            None => None,
        };
        Ok(Recorder::new(simulation, writer))
    }

    /// Like [`Recorder::start`], journalled to `sink` (called `name` in
    /// messages) rather than to a new file.
    pub fn start_with_sink(
        sink: impl Sink + 'static,
        name: &str,
        scenario: &Scenario,
        seed: u64,
        humans: Vec<Participant>,
    ) -> Result<Recorder, JournalError> {
        let simulation = new_simulation(scenario, seed, &humans, scenario.default_skill())?;
        let writer = JournalWriter::to_sink(sink, name, &Header::new(scenario, seed, humans))?;
        Ok(Recorder::new(simulation, Some(writer)))
    }

    fn new(simulation: Simulation, writer: Option<JournalWriter>) -> Recorder {
        let journaled_at = simulation.now();
        Recorder {
            simulation,
            writer,
            seq: 0,
            journaled_at,
            failed: None,
        }
    }

    /// Takes up the journal at `path` after a crash: replays every complete
    /// line against `scenario`, checking each recorded hash, cuts off a
    /// torn last line (reported in [`Resumed::cut`]) and appends from
    /// there. The simulation is then exactly as it was at the last line
    /// written: its time (idle time included) and its state hash. A
    /// journal that does not replay, or has its end line, is refused and
    /// left as it was.
    pub fn resume(path: &Path, scenario: &Scenario) -> Result<Resumed, ResumeError> {
        let text = read_text(path).map_err(ResumeError::Journal)?;
        let prefix = parse_prefix(&text).map_err(ResumeError::Journal)?;
        if let Some((at, _)) = prefix.journal.end {
            return Err(ResumeError::Finished { at });
        }
        if prefix.journal.header.is_none()
            && let Some(torn) = &prefix.torn
            && torn.is_header()
        {
            return Err(ResumeError::Replay(ReplayError::TornHeader {
                text: torn.text.clone(),
                column: torn.column,
            }));
        }
        let replayed = replay(scenario, &prefix.journal).map_err(ResumeError::Replay)?;
        // Only once every line has been checked is the file touched.
        let complete = match &prefix.torn {
            Some(_) => text.rfind('\n').map_or(0, |i| i + 1),
            None => text.len(),
        };
        let writer = JournalWriter::reopen(path, complete as u64).map_err(ResumeError::Journal)?;
        let mut recorder = Recorder::new(replayed.simulation, Some(writer));
        recorder.seq = replayed.steps as u64;
        Ok(Resumed {
            recorder,
            steps: replayed.steps,
            cut: prefix.torn,
        })
    }

    fn healthy(&self) -> Result<(), JournalError> {
        match &self.failed {
            Some(error) => Err(error.clone()),
            None => Ok(()),
        }
    }

    /// The simulation, as far as the journal holds it.
    pub fn simulation(&self) -> Result<&Simulation, JournalError> {
        self.healthy()?;
        Ok(&self.simulation)
    }

    /// Move the clock to `at` (what a host's clock driver calls as wall
    /// time passes) and journal it as a clock line when it handled an
    /// event, or when [`IDLE_LINE_EVERY`] of simulated time has passed
    /// since the last line; returns the time reached (paused: the clock
    /// stays). Refused past [`SimTime::LATEST`], which no journal can
    /// record.
    pub fn advance_to(&mut self, at: SimTime) -> Result<SimTime, JournalError> {
        self.healthy()?;
        if at > SimTime::LATEST {
            return Err(JournalError::TooLate { at });
        }
        let handled = self.simulation.agenda_entries_processed();
        let reached = self.simulation.advance_to(at);
        let happened = self.simulation.agenda_entries_processed() > handled;
        let idle = reached.minutes() - self.journaled_at.minutes() >= IDLE_LINE_EVERY.as_minutes();
        if happened || idle {
            self.record_clock(reached)?;
        }
        Ok(reached)
    }

    fn record_clock(&mut self, at: SimTime) -> Result<(), JournalError> {
        if let Some(writer) = self.writer.as_mut() {
            let line = ClockLine {
                seq: self.seq + 1,
                at,
                hash: Some(step_hash(&self.simulation.state_hash())),
            };
            if let Err(error) = writer.append_clock(&line) {
                // Advanced but not recorded: nothing may build on it.
                self.failed = Some(error.clone());
                return Err(error);
            }
        }
        self.seq += 1;
        self.journaled_at = at;
        Ok(())
    }

    /// Apply and record (refused actions too: they are part of what happened
    /// at the table, and replaying them checks they are still refused).
    /// What [`Recorder::act`] would answer now, without applying or
    /// journaling anything: a screen checks a form before it is sent.
    pub fn check(
        &mut self,
        participant: &Participant,
        action: Action,
    ) -> Result<Result<crate::sim::Outcome, crate::sim::Refusal>, JournalError> {
        self.healthy()?;
        Ok(self.simulation.check(participant, action))
    }

    pub fn act(
        &mut self,
        participant: &Participant,
        action: Action,
    ) -> Result<Result<crate::sim::Outcome, crate::sim::Refusal>, JournalError> {
        self.healthy()?;
        let at = self.simulation.now();
        let result = self.simulation.apply(participant, action.clone());
        if let Some(writer) = self.writer.as_mut() {
            let entry = Entry {
                seq: self.seq + 1,
                at,
                participant: participant.clone(),
                action,
                hash: Some(step_hash(&self.simulation.state_hash())),
            };
            if let Err(error) = writer.append(&entry) {
                // Applied but not recorded: nothing may build on it.
                self.failed = Some(error.clone());
                return Err(error);
            }
        }
        self.seq += 1;
        // After a Jump the clock is past the line's stamp: count idle time
        // from where the action left it.
        self.journaled_at = self.simulation.now();
        Ok(result)
    }

    /// Writes the end line and hands back the simulation.
    pub fn finish(mut self) -> Result<Simulation, JournalError> {
        self.healthy()?;
        if let Some(writer) = self.writer.as_mut() {
            let hash = self.simulation.state_hash();
            writer.finish(self.simulation.now(), &hash)?;
        }
        Ok(self.simulation)
    }
}
