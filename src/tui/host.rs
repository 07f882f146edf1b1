//! The live host: runs an exercise in a terminal. It maps wall time to
//! simulated time at the exercise's speed, feeds keys to the model's
//! `update`, applies the commands through the journal's [`Recorder`]
//! (written and synced before an action is shown as done), and redraws
//! when the seat's view has news or the clock's minute changes.
//!
//! The only module of the UI that touches the terminal and the wall clock.
//! Idle while paused: it waits for a key, with a timeout of a second, and
//! draws nothing new.

use std::time::{Duration as WallDuration, Instant};

use crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::journal::Recorder;
use crate::sim::{Action, Message, Simulation};
use crate::time::SimTime;

use super::app::{self, App, Command, Phase};
use super::draw::draw;

/// Wall time to simulated time: carries the fraction of a simulated
/// minute between ticks, so a slow speed still moves the clock.
#[derive(Debug)]
pub struct WallClock {
    last: Instant,
    /// Simulated milliseconds not yet applied.
    carry_ms: u128,
}

impl WallClock {
    pub fn new(now: Instant) -> WallClock {
        WallClock {
            last: now,
            carry_ms: 0,
        }
    }

    /// How many whole simulated minutes pass at `speed` (simulated seconds
    /// per real second) between the last call and `now`.
    pub fn minutes(&mut self, now: Instant, speed: u32, paused: bool) -> i64 {
        let elapsed = now.saturating_duration_since(self.last).as_millis();
        self.last = now;
        if paused {
            self.carry_ms = 0;
            return 0;
        }
        self.carry_ms += elapsed * u128::from(speed);
        let minutes = self.carry_ms / 60_000;
        self.carry_ms %= 60_000;
        minutes as i64
    }
}

/// What ended the session.
#[derive(Debug)]
pub enum Ended {
    /// The participant quit.
    Quit,
}

/// Plays until the participant quits. `start` builds the exercise once
/// the start screen has chosen the seats (it is given them).
pub fn play<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    mut recorder: Option<Recorder>,
    start: &mut dyn FnMut(&App) -> Result<Recorder, String>,
) -> Result<(Ended, Option<Recorder>), String> {
    let mut wall = WallClock::new(Instant::now());
    let mut drawn_at: Option<(SimTime, crate::sim::news::Revision)> = None;
    let mut dirty = true;
    loop {
        // The start screen chose the seats: the exercise begins.
        if recorder.is_none() && app.phase != Phase::Start {
            recorder = Some(start(app)?);
            wall = WallClock::new(Instant::now());
            dirty = true;
        }
        if let Some(rec) = recorder.as_mut() {
            let sim = rec.simulation().map_err(|e| e.to_string())?;
            let minutes = wall.minutes(Instant::now(), sim.speed(), sim.paused() || sim.ended().is_some());
            if minutes > 0 && app.phase == Phase::Desk {
                let to = SimTime(sim.now().minutes() + minutes).min(SimTime::LATEST);
                rec.advance_to(to).map_err(|e| e.to_string())?;
                app.notice_news(rec.simulation().map_err(|e| e.to_string())?);
            }
            let sim = rec.simulation().map_err(|e| e.to_string())?;
            let now = (sim.now(), sim.revision());
            if let Some((at, revision)) = drawn_at
                && (at != now.0 || !sim.news_since(revision).is_empty())
            {
                dirty = true;
            }
            if dirty {
                drawn_at = Some(now);
            }
        }
        if dirty {
            let sim = recorder.as_ref().and_then(|r| r.simulation().ok());
            terminal
                .draw(|frame| draw(frame, app, sim))
                .map_err(|e| e.to_string())?;
            dirty = false;
        }
        // Wait for a key, at most until the next simulated minute is due
        // (or a second while paused, so the loop never spins).
        let wait = match recorder.as_ref().and_then(|r| r.simulation().ok()) {
            Some(sim) if !sim.paused() && sim.speed() > 0 => {
                WallDuration::from_millis((60_000 / u64::from(sim.speed())).clamp(20, 1000))
            }
            _ => WallDuration::from_secs(1),
        };
        if !event::poll(wait).map_err(|e| e.to_string())? {
            continue;
        }
        match event::read().map_err(|e| e.to_string())? {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                dirty = true;
                if let Step::Quit = key_step(app, recorder.as_mut(), key)? {
                    return Ok((Ended::Quit, recorder));
                }
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}

/// Whether to go on after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Go,
    Quit,
}

/// Who is at the keys: a seat acts; an observer only looks (its screen
/// moves, its actions are refused before they reach the exercise).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acting {
    Seat,
    Observer,
}

/// One key: the model's `update`, then its commands, each action journaled
/// and applied through `recorder` and its answer shown on the status line.
/// The loop and the tests go through here alike.
pub fn key_step(app: &mut App, recorder: Option<&mut Recorder>, key: KeyEvent) -> Result<Step, String> {
    key_step_as(app, recorder, key, Acting::Seat)
}

/// [`key_step`] for a seat or for an observer.
pub fn key_step_as(
    app: &mut App,
    recorder: Option<&mut Recorder>,
    key: KeyEvent,
    acting: Acting,
) -> Result<Step, String> {
    let sim = recorder.as_ref().and_then(|r| r.simulation().ok());
    let commands = app::update(app, sim, key);
    // An observer's screen never holds a form or a prompt: what opened
    // one closes, and says why.
    if acting == Acting::Observer && (app.draft.is_some() || app.typing.is_some()) {
        app.draft = None;
        app.typing = None;
        let text = app.words.text("observer-cannot-act", &[]);
        app.answered(text, true);
    }
    let mut recorder = recorder;
    for command in commands {
        match command {
            Command::Quit => return Ok(Step::Quit),
            Command::ExportReport if acting == Acting::Seat => {
                let Some(journal) = app.journal.clone() else {
                    continue;
                };
                let (text, failed) = match crate::report::write_html_beside(
                    std::path::Path::new(&journal),
                    &app.scenario,
                    &app.words,
                ) {
                    Ok(path) => (
                        app.words
                            .text("report-exported", &[("path", path.display().to_string())]),
                        false,
                    ),
                    Err(e) => (app.words.text("report-export-failed", &[("error", e)]), true),
                };
                app.answered(text, failed);
            }
            Command::ExportReport => {
                let text = app.words.text("observer-cannot-act", &[]);
                app.answered(text, true);
            }
            Command::Act(..) | Command::Ask(..) if acting == Acting::Observer => {
                let text = app.words.text("observer-cannot-act", &[]);
                app.answered(text, true);
            }
            Command::Act(seat, action) => {
                let Some(rec) = recorder.as_deref_mut() else {
                    continue;
                };
                let drafting = matches!(action, Action::Draft { .. });
                let answer = rec.act(&seat, action).map_err(|e| e.to_string())?;
                let sim = rec.simulation().map_err(|e| e.to_string())?;
                match answer {
                    Ok(outcome) => {
                        let text = said(app, sim, &outcome.done);
                        app.answered(text, false);
                        // Drafted: the form is done. Refused, it stays
                        // open with all that was typed in it.
                        if drafting {
                            app.draft = None;
                        }
                    }
                    Err(refusal) => {
                        let text = said(app, sim, &refusal);
                        app.answered(text, true);
                    }
                }
            }
            Command::Ask(seat, probe, purpose) => {
                let Some(rec) = recorder.as_deref_mut() else {
                    continue;
                };
                let answer = rec.check(&seat, probe).map_err(|e| e.to_string())?;
                match answer {
                    Ok(_) => {
                        app.typing = Some(app::Typing {
                            purpose,
                            text: String::new(),
                        });
                    }
                    Err(refusal) => {
                        let sim = rec.simulation().map_err(|e| e.to_string())?;
                        let text = said(app, sim, &refusal);
                        app.answered(text, true);
                    }
                }
            }
        }
    }
    if let Some(rec) = recorder {
        check_form(app, rec)?;
        if let Ok(sim) = rec.simulation() {
            app.take_stock(sim);
        }
    }
    Ok(Step::Go)
}

/// The open form, checked by a dry run: what the engine would answer if
/// it were sent now.
fn check_form(app: &mut App, recorder: &mut Recorder) -> Result<(), String> {
    let Some(draft) = &app.draft else {
        app.form_check = None;
        return Ok(());
    };
    let seat = app.acting_seat().clone();
    let sim = recorder.simulation().map_err(|e| e.to_string())?;
    let Some(options) = sim.options(&seat) else {
        return Ok(());
    };
    let Some(action) = app::draft_action(&app.scenario, &options, draft) else {
        app.form_check = None;
        return Ok(());
    };
    let answer = recorder.check(&seat, action).map_err(|e| e.to_string())?;
    let sim = recorder.simulation().map_err(|e| e.to_string())?;
    app.form_check = Some(match answer {
        Ok(outcome) => app::Said {
            text: said(app, sim, &outcome.done),
            refused: false,
        },
        Err(refusal) => app::Said {
            text: said(app, sim, &refusal),
            refused: true,
        },
    });
    Ok(())
}

/// A refusal or an outcome in the app's words.
pub fn said(app: &App, sim: &Simulation, message: &impl Message) -> String {
    app.words.message(sim.scenario(), message)
}
