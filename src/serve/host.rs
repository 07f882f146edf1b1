//! The host of a served exercise: the one thread that owns the simulation
//! (through the journal's [`Recorder`]), every seat's UI model and every
//! connected screen. Connections only carry bytes to and from it
//! ([`ToHost`], [`Out`]); it applies each key with the same `key_step` as
//! `play`, so an action is journaled and synced before any screen shows
//! it, moves the clock with the wall, and redraws each screen whose view
//! has news, at that screen's own size and in its own language.
//!
//! It never waits on a connection: frames go out through a bounded queue
//! per connection, and a screen whose queue is full misses frames and is
//! repainted whole once it drains. A dropped connection keeps its seat:
//! the seat's model is parked and taken up again by the next connection
//! with the same code; a second connection takes the seat over and the
//! first is told why.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::rc::Rc;
use std::time::{Duration as WallDuration, Instant};

use crossterm::event::KeyEvent;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use tokio::sync::mpsc;

use crate::journal::Recorder;
use crate::scenario::model::Scenario;
use crate::sim::news::Revision;
use crate::sim::{Participant, Simulation};
use crate::time::SimTime;
use crate::tui::app::{App, Phase};
use crate::tui::draw::draw;
use crate::tui::host::{Acting, Step, WallClock, key_step_as};
use crate::words::{Lang, Words};

use super::codes::Access;

/// A connection's number; [`LOCAL`] is the host's own terminal.
pub type ConnId = u64;
pub const LOCAL: ConnId = 0;

/// The smallest and largest screen served: a terminal reporting 0x0 (a
/// client without one) gets 80x24, a huge one is cut to what the UI can
/// use, so no size can make the host allocate without bound.
pub fn clamp_size(cols: u32, rows: u32) -> (u16, u16) {
    let pick = |value: u32, default: u16, low: u16, high: u16| {
        if value == 0 {
            default
        } else {
            u16::try_from(value).unwrap_or(high).clamp(low, high)
        }
    };
    (pick(cols, 80, 20, 400), pick(rows, 24, 8, 200))
}

/// What a connection tells the host.
#[derive(Debug)]
pub enum ToHost {
    /// A participant was let in with a code: show them their screen.
    Join {
        conn: ConnId,
        access: Access,
        lang: Lang,
        size: (u16, u16),
        out: mpsc::Sender<Out>,
    },
    Key {
        conn: ConnId,
        key: KeyEvent,
    },
    Resize {
        conn: ConnId,
        size: (u16, u16),
    },
    /// The connection is gone; its seat stays.
    Left {
        conn: ConnId,
    },
}

/// What the host sends a connection.
#[derive(Debug)]
pub enum Out {
    /// Bytes that bring its terminal up to date.
    Frame(Vec<u8>),
    /// Restore its terminal, say this, and close.
    Close(Vec<u8>),
}

/// Where a screen's bytes go.
enum Output {
    Remote(mpsc::Sender<Out>),
    /// The host's own terminal (the trainer's console beside the server).
    Local,
}

/// Collects what ratatui writes, to send it as one frame (the screen
/// keeps the other handle to take the bytes).
#[derive(Default, Clone)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Screen {
    access: Access,
    app: App,
    terminal: Terminal<CrosstermBackend<Sink>>,
    /// What the terminal wrote since the last frame went out.
    written: Sink,
    area: Rect,
    output: Output,
    drawn_at: Option<(SimTime, Revision)>,
    dirty: bool,
    /// Frames were dropped: repaint whole once the queue has room.
    lagging: bool,
}

/// The host's state: the exercise and its screens.
pub struct Host {
    recorder: Recorder,
    scenario: Scenario,
    journal: String,
    wall: WallClock,
    screens: BTreeMap<ConnId, Screen>,
    /// The models of seats whose connection dropped, for their return.
    parked: HashMap<Participant, App>,
    /// The trainer quit: the exercise closes for everyone.
    stop: bool,
}

/// Why the host stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// The trainer quit.
    TrainerQuit,
    /// Every connection's sender is gone (the server shut down).
    Closed,
}

impl Host {
    pub fn new(recorder: Recorder, scenario: Scenario, journal: String) -> Host {
        Host {
            recorder,
            scenario,
            journal,
            wall: WallClock::new(Instant::now()),
            screens: BTreeMap::new(),
            parked: HashMap::new(),
            stop: false,
        }
    }

    pub fn recorder(&self) -> &Recorder {
        &self.recorder
    }

    pub fn into_recorder(self) -> Recorder {
        self.recorder
    }

    /// Serves until the trainer quits or every sender is gone. `runtime`
    /// lets this (non-async) thread wait on the queue with a timeout.
    pub fn run(
        &mut self,
        inbox: &mut mpsc::Receiver<ToHost>,
        runtime: &tokio::runtime::Handle,
    ) -> Result<Stopped, String> {
        self.wall = WallClock::new(Instant::now());
        loop {
            let wait = self.next_tick();
            let first = runtime.block_on(async { tokio::time::timeout(wait, inbox.recv()).await });
            match first {
                Ok(Some(message)) => self.handle(message)?,
                Ok(None) => return Ok(Stopped::Closed),
                Err(_) => {}
            }
            // Everything already waiting, before the clock and the redraw.
            while let Ok(message) = inbox.try_recv() {
                self.handle(message)?;
            }
            if self.stop {
                self.close_all();
                return Ok(Stopped::TrainerQuit);
            }
            self.tick()?;
            self.redraw()?;
        }
    }

    /// How long to wait for input: until the next simulated minute is due,
    /// or a second while paused (the loop never spins).
    fn next_tick(&self) -> WallDuration {
        match self.recorder.simulation() {
            Ok(sim) if !sim.paused() && sim.ended().is_none() && sim.speed() > 0 => {
                WallDuration::from_millis((60_000 / u64::from(sim.speed())).clamp(20, 1000))
            }
            _ => WallDuration::from_secs(1),
        }
    }

    /// Wall time moves the simulated clock; every screen hears the news.
    fn tick(&mut self) -> Result<(), String> {
        let sim = self.recorder.simulation().map_err(|e| e.to_string())?;
        let minutes = self
            .wall
            .minutes(Instant::now(), sim.speed(), sim.paused() || sim.ended().is_some());
        if minutes <= 0 {
            return Ok(());
        }
        let to = SimTime(sim.now().minutes() + minutes).min(SimTime::LATEST);
        self.recorder.advance_to(to).map_err(|e| e.to_string())?;
        let sim = self.recorder.simulation().map_err(|e| e.to_string())?;
        for screen in self.screens.values_mut() {
            if screen.app.phase == Phase::Desk {
                screen.app.notice_news(sim);
            }
        }
        Ok(())
    }

    pub fn handle(&mut self, message: ToHost) -> Result<(), String> {
        match message {
            ToHost::Join {
                conn,
                access,
                lang,
                size,
                out,
            } => self.join(conn, access, lang, size, Output::Remote(out)),
            ToHost::Key { conn, key } => self.key(conn, key),
            ToHost::Resize { conn, size } => {
                if let Some(screen) = self.screens.get_mut(&conn) {
                    let area = Rect::new(0, 0, size.0, size.1);
                    screen.terminal.resize(area).map_err(|e| e.to_string())?;
                    screen.area = area;
                    screen.dirty = true;
                }
                Ok(())
            }
            ToHost::Left { conn } => {
                self.leave(conn);
                Ok(())
            }
        }
    }

    /// The host's own terminal shows `access` (the trainer's console).
    pub fn join_local(&mut self, access: Access, lang: Lang, size: (u16, u16)) -> Result<(), String> {
        self.join(LOCAL, access, lang, size, Output::Local)
    }

    fn join(
        &mut self,
        conn: ConnId,
        access: Access,
        lang: Lang,
        size: (u16, u16),
        output: Output,
    ) -> Result<(), String> {
        // A seat has one screen: a second connection takes it over.
        let taken = self
            .screens
            .iter()
            .find(|(_, s)| matches!(access, Access::Seat(_)) && s.access == access)
            .map(|(&id, _)| id);
        let mut app = match (&access, taken) {
            (Access::Seat(_), Some(old)) => {
                let screen = self.screens.remove(&old).expect("found above");
                let words = &screen.app.words;
                send_close(&screen.output, words.text("serve-taken-over", &[]));
                screen.app
            }
            (Access::Seat(seat), None) => match self.parked.remove(seat) {
                Some(app) => app,
                None => App::new(self.scenario.clone(), lang, vec![seat.clone()]),
            },
            (Access::Observe(seat), _) => {
                let seat = seat.clone().unwrap_or(Participant::Trainer);
                App::new(self.scenario.clone(), lang, vec![seat])
            }
        };
        if app.words.lang() != lang {
            app.words = Words::new(lang);
        }
        app.journal = Some(self.journal.clone());
        if let Ok(sim) = self.recorder.simulation() {
            app.take_stock(sim);
        }
        let area = Rect::new(0, 0, size.0, size.1);
        let mut sink = Sink::default();
        crossterm::queue!(
            sink,
            crossterm::terminal::EnterAlternateScreen,
            crossterm::cursor::Hide,
            crossterm::event::EnableBracketedPaste,
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
        )
        .map_err(|e| e.to_string())?;
        let terminal = Terminal::with_options(
            CrosstermBackend::new(sink.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(area),
            },
        )
        .map_err(|e| e.to_string())?;
        self.screens.insert(
            conn,
            Screen {
                access,
                app,
                terminal,
                written: sink,
                area,
                output,
                drawn_at: None,
                dirty: true,
                lagging: false,
            },
        );
        Ok(())
    }

    fn leave(&mut self, conn: ConnId) {
        if let Some(mut screen) = self.screens.remove(&conn)
            && let Access::Seat(seat) = &screen.access
        {
            // Back at the desk on return, not at the question it left by.
            screen.app.confirm_quit = false;
            self.parked.insert(seat.clone(), screen.app);
        }
    }

    fn key(&mut self, conn: ConnId, key: KeyEvent) -> Result<(), String> {
        let Some(screen) = self.screens.get_mut(&conn) else {
            return Ok(());
        };
        screen.dirty = true;
        let acting = match screen.access {
            Access::Seat(_) => Acting::Seat,
            Access::Observe(_) => Acting::Observer,
        };
        match key_step_as(&mut screen.app, Some(&mut self.recorder), key, acting)? {
            Step::Go => {}
            // The trainer closes the exercise; anyone else leaves it.
            Step::Quit if screen.access == Access::Seat(Participant::Trainer) => self.stop = true,
            Step::Quit => {
                let words = &screen.app.words;
                send_close(&screen.output, words.text("serve-left", &[]));
                self.leave(conn);
            }
        }
        Ok(())
    }

    /// Draws every screen that needs it: its own key, news in its view, a
    /// new minute on the clock, or a full repaint after lagging.
    fn redraw(&mut self) -> Result<(), String> {
        let sim = self.recorder.simulation().map_err(|e| e.to_string())?;
        let now = (sim.now(), sim.revision());
        let mut gone = Vec::new();
        for (&conn, screen) in self.screens.iter_mut() {
            if let Output::Remote(out) = &screen.output
                && screen.lagging
            {
                if out.capacity() == 0 {
                    continue;
                }
                // Room again: a full repaint (resize clears and forgets
                // what the client was last sent).
                screen.terminal.resize(screen.area).map_err(|e| e.to_string())?;
                screen.lagging = false;
                screen.dirty = true;
            }
            // News for its own seat only: one seat's action redraws the
            // screens that can see it, not all forty.
            if let Some((at, revision)) = screen.drawn_at
                && (at != now.0 || sim.news_since(revision).contains(screen.app.shown_seat()))
            {
                screen.dirty = true;
            }
            if !screen.dirty {
                continue;
            }
            screen.dirty = false;
            screen.drawn_at = Some(now);
            if !deliver(screen, sim)? {
                gone.push(conn);
            }
        }
        for conn in gone {
            self.leave(conn);
        }
        Ok(())
    }

    /// Tells every connection the exercise is closed.
    fn close_all(&mut self) {
        for screen in self.screens.values() {
            send_close(&screen.output, screen.app.words.text("serve-closed", &[]));
        }
    }
}

/// Draws `screen` and sends the bytes; false when its connection is gone.
fn deliver(screen: &mut Screen, sim: &Simulation) -> Result<bool, String> {
    let app = &screen.app;
    screen
        .terminal
        .draw(|frame| draw(frame, app, Some(sim)))
        .map_err(|e| e.to_string())?;
    let bytes = std::mem::take(&mut *screen.written.0.borrow_mut());
    match &screen.output {
        Output::Local => {
            let mut stdout = std::io::stdout();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(|e| e.to_string())?;
            Ok(true)
        }
        Output::Remote(out) => match out.try_send(Out::Frame(bytes)) {
            Ok(()) => Ok(true),
            Err(mpsc::error::TrySendError::Full(_)) => {
                screen.lagging = true;
                Ok(true)
            }
            Err(mpsc::error::TrySendError::Closed(_)) => Ok(false),
        },
    }
}

/// The bytes that give a remote terminal back as it was, then `text`.
fn send_close(output: &Output, text: String) {
    let Output::Remote(out) = output else {
        return;
    };
    let mut bytes = Vec::new();
    let _ = crossterm::queue!(
        bytes,
        crossterm::event::DisableBracketedPaste,
        crossterm::cursor::Show,
        crossterm::terminal::LeaveAlternateScreen
    );
    bytes.extend_from_slice(text.as_bytes());
    bytes.extend_from_slice(b"\r\n");
    // A full queue: the connection is stalled; it closes when it drains
    // or times out, and its seat is kept either way.
    let _ = out.try_send(Out::Close(bytes));
}

#[cfg(test)]
mod tests {
    use super::clamp_size;

    #[test]
    fn a_screen_size_is_bounded_and_a_missing_one_is_80x24() {
        assert_eq!(clamp_size(0, 0), (80, 24));
        assert_eq!(clamp_size(132, 43), (132, 43));
        assert_eq!(clamp_size(5, 3), (20, 8));
        assert_eq!(clamp_size(65_535, 65_535), (400, 200));
        assert_eq!(clamp_size(u32::MAX, 30), (400, 30));
    }
}
