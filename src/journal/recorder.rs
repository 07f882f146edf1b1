//! The [`Recorder`]: a simulation and its journal, the one way a host feeds
//! an exercise. It applies, then writes, then returns, so that whatever a
//! host acknowledges is on disk; it never lets a host build on a state the
//! journal does not hold.

use std::path::Path;

use crate::scenario::model::Scenario;
use crate::sim::{Action, Participant, Simulation};
use crate::time::SimTime;

use super::format::{Entry, Header, JournalError, step_hash};
use super::writer::{JournalWriter, Sink};

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
    /// Set when the journal could not be written.
    failed: Option<JournalError>,
}

/// The simulation a recorder drives, built before its journal's header is
/// written so that a scenario that cannot run leaves no journal behind.
fn new_simulation(
    scenario: &Scenario,
    seed: u64,
    humans: &[Participant],
) -> Result<Simulation, JournalError> {
    Simulation::with_humans(scenario, seed, humans.iter().cloned())
        .map_err(|e| JournalError::Io(e.to_string()))
}

impl Recorder {
    /// A new simulation of `scenario`, journalled at `path` if given.
    pub fn start(
        path: Option<&Path>,
        scenario: &Scenario,
        seed: u64,
        humans: Vec<Participant>,
    ) -> Result<Recorder, JournalError> {
        let simulation = new_simulation(scenario, seed, &humans)?;
        let writer = match path {
            Some(path) => Some(JournalWriter::create(path, &Header::new(scenario, seed, humans))?),
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
        let simulation = new_simulation(scenario, seed, &humans)?;
        let writer = JournalWriter::to_sink(sink, name, &Header::new(scenario, seed, humans))?;
        Ok(Recorder::new(simulation, Some(writer)))
    }

    fn new(simulation: Simulation, writer: Option<JournalWriter>) -> Recorder {
        Recorder {
            simulation,
            writer,
            seq: 0,
            failed: None,
        }
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

    /// Move the clock to `at`; refused past [`SimTime::LATEST`], which no
    /// journal can record.
    pub fn advance_to(&mut self, at: SimTime) -> Result<(), JournalError> {
        self.healthy()?;
        if at > SimTime::LATEST {
            return Err(JournalError::TooLate { at });
        }
        self.simulation.advance_to(at);
        Ok(())
    }

    /// Apply and record (refused actions too: they are part of what happened
    /// at the table, and replaying them checks they are still refused).
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
