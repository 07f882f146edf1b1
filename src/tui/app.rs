//! The terminal UI's model and its update: everything the screen shows
//! that is not the simulation (which seat, which tab, the cursor, an open
//! form, the last answer), and the one function that changes it.
//!
//! `update` turns a key into changes of this model and into [`Command`]s
//! for the host (an action to journal and apply, quitting). It reads the
//! simulation only through its public read model (views, options), so a
//! seat's screen can never show what the seat may not know; it never
//! applies an action itself, so every change to the exercise goes through
//! the journal. No I/O here: tests drive it with keys.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::law::{Names, RequestField};
use crate::scenario::model::{Instrument, Role, Scenario};
use crate::sim::options::Options;
use crate::sim::view::RequestStatus;
use crate::sim::{Action, Participant, Simulation, TraceEvent};
use crate::time::{Duration, SimTime};
use crate::words::{Lang, Words};

/// A note's actor and text, rendered.
pub type NoteWords = (Rc<str>, Rc<str>);

/// What the host does for the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Apply this action for this seat, journaled first.
    Act(Participant, Action),
    /// Open the prompt for this purpose if the engine would take this
    /// action from this seat now (a dry run: nothing journaled, nothing
    /// changed); else say why not, at once, before anything is typed.
    Ask(Participant, Action, Purpose),
    /// The trainer's: write the after-action report of the journal so
    /// far beside it (`report::write_html_beside`).
    ExportReport,
    Quit,
}

/// A tab of a desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Inbox,
    Case,
    Requests,
    Law,
    Clocks,
    /// The trainer's: injects, objectives and score.
    Console,
    /// The trainer's: every item's truth.
    Truth,
    /// Every note that reached the team's desks, oldest first.
    Timeline,
    /// The trainer's: what is due, up to the exercise's end.
    Agenda,
}

/// How many tabs there are: one cursor each.
const TABS: usize = 9;

/// How far PgUp and PgDn move a cursor or a scroll, in lines.
pub const PAGE: usize = 10;

impl Tab {
    pub fn for_seat(participant: &Participant) -> &'static [Tab] {
        if *participant == Participant::Trainer {
            &[Tab::Console, Tab::Agenda, Tab::Truth, Tab::Inbox]
        } else if let Participant::Liaison { .. } = participant {
            // A provider: what reached it, its own data as it knows it.
            &[Tab::Inbox, Tab::Requests, Tab::Truth, Tab::Clocks]
        } else {
            &[
                Tab::Inbox,
                Tab::Case,
                Tab::Requests,
                Tab::Law,
                Tab::Clocks,
                Tab::Timeline,
            ]
        }
    }

    /// The message id of its title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Inbox => "tab-inbox",
            Tab::Case => "tab-case",
            Tab::Requests => "tab-requests",
            Tab::Law => "tab-law",
            Tab::Clocks => "tab-clocks",
            Tab::Console => "tab-console",
            Tab::Truth => "tab-truth",
            Tab::Timeline => "tab-timeline",
            Tab::Agenda => "tab-agenda",
        }
    }

    /// Whether the tab is read rather than picked from: its cursor is the
    /// first line shown, and ↑↓ scroll it.
    pub fn scrolls(self) -> bool {
        matches!(self, Tab::Law | Tab::Clocks | Tab::Truth | Tab::Agenda)
    }
}

/// The start screen: the language and the seats this terminal plays.
#[derive(Debug, Clone)]
pub struct Start {
    /// Line 0 is the language, then one line per seat, then "start".
    pub cursor: usize,
    pub seats: Vec<Participant>,
    pub chosen: BTreeSet<usize>,
    /// How far the scenario's presentation is scrolled (PgUp, PgDn).
    pub scroll: u16,
}

/// A request being drafted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// Which part of the form the cursor is in.
    pub part: DraftPart,
    /// Index of the counterpart in the seat's options.
    pub counterpart: usize,
    /// Index among the instruments this seat sends towards it.
    pub instrument: usize,
    /// What is ticked, of every kind the form has offered: changing the
    /// instrument keeps them, and the draft names those its instrument
    /// names ([`draft_action`]).
    pub items: BTreeSet<Named>,
    pub fields: BTreeSet<RequestField>,
    /// What the participant wrote for each element (a ticked element
    /// without a text is stated bare).
    pub texts: std::collections::BTreeMap<RequestField, String>,
    /// Cursor within the items or the elements.
    pub cursor: usize,
}

/// Something a request can name, by its index in the scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Named {
    Item(usize),
    Lead(usize),
    Suspect(usize),
}

impl Named {
    /// Its id, as a `Draft`'s `items` write it.
    pub fn id(self, scenario: &Scenario) -> &str {
        match self {
            Named::Item(i) => &scenario.evidence[i].id,
            Named::Lead(l) => &scenario.leads[l].id,
            Named::Suspect(s) => &scenario.suspects[s].id,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftPart {
    Counterpart,
    Instrument,
    Items,
    Elements,
}

/// A line of text being typed, and what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typing {
    pub purpose: Purpose,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The text of one element of the request being drafted.
    Element(RequestField),
    Answer(u32),
    Decline(u32),
    Annotate,
    Jump,
}

impl Purpose {
    pub fn prompt(self) -> &'static str {
        match self {
            Purpose::Element(_) => "prompt-element",
            Purpose::Answer(_) => "prompt-answer",
            Purpose::Decline(_) => "prompt-decline",
            Purpose::Annotate => "prompt-annotate",
            Purpose::Jump => "prompt-jump",
        }
    }
}

/// The last thing the exercise answered this terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub text: String,
    pub refused: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Start,
    Briefing,
    Desk,
}

/// The whole model.
pub struct App {
    pub words: Words,
    pub scenario: Scenario,
    pub phase: Phase,
    pub start: Start,
    /// The seats this terminal plays, in the order keys switch them.
    pub seats: Vec<Participant>,
    pub seat: usize,
    pub tab: usize,
    /// One cursor per tab (for a tab that scrolls, its first line shown).
    pub cursors: [usize; TABS],
    pub draft: Option<Draft>,
    pub typing: Option<Typing>,
    pub said: Option<Said>,
    pub help: bool,
    /// How far the help is scrolled, in lines.
    pub help_scroll: usize,
    /// The first line of the help's last full page, as it was last drawn:
    /// how far End scrolls, so the last line shows at the bottom of a
    /// page rather than alone at its top. Only drawing knows the page's
    /// size; `usize::MAX` until the help is drawn.
    pub help_last_page: Cell<usize>,
    /// How far the briefing is scrolled, in lines.
    pub briefing_scroll: usize,
    pub confirm_quit: bool,
    /// The trainer looks at this seat's screen (any seat of the
    /// exercise, simulated ones too).
    pub viewing: Option<Participant>,
    /// Counterpart shown in the law tab.
    pub law_counterpart: usize,
    /// Where the journal is written, for the debrief to say.
    pub journal: Option<String>,
    /// The debrief was closed (it opens when the exercise ends).
    pub debrief_closed: bool,
    /// How far the debrief is scrolled.
    pub debrief_scroll: u16,
    /// How many notes each seat of this terminal had when last looked at,
    /// to notify what arrived since.
    pub notes_seen: Vec<usize>,
    /// A note's words never change once written (an event is data, its
    /// words a function of the language): rendered once, by sequence
    /// number and language, so a redraw costs lookups, not Fluent.
    note_words: RefCell<HashMap<(Lang, u64), NoteWords>>,
    /// What the engine would answer the open form now (a dry run), so
    /// the law's objection shows before the request is drafted.
    pub form_check: Option<Said>,
}

impl App {
    /// The help: the keys and tabs, then the instruments under this
    /// scenario's law, as `cyberdrill instruments` lists them. Each line
    /// with the column its wrapped rows continue at.
    pub fn help_lines(&self) -> Vec<(String, usize)> {
        let mut lines: Vec<(String, usize)> = self
            .words
            .text("help", &[])
            .lines()
            .map(|line| (line.to_string(), 0))
            .collect();
        if let Some(template) = self.scenario.jurisdictions.first() {
            lines.push((String::new(), 0));
            lines.extend(
                self.words
                    .law_table(&self.scenario.law, template, None)
                    .plain_lines(),
            );
        }
        lines
    }

    /// A new terminal on `scenario`: the start screen, unless `seats` are
    /// given (then straight to the briefing).
    pub fn new(scenario: Scenario, lang: Lang, seats: Vec<Participant>) -> App {
        let mut all = Participant::offered_seats(&scenario);
        if all.is_empty() {
            all = scenario
                .jurisdictions
                .iter()
                .flat_map(|j| {
                    [Role::Investigator, Role::Prosecutor, Role::Contact247]
                        .map(|role| Participant::player(&j.code, role))
                })
                .collect();
        }
        all.push(Participant::Trainer);
        let phase = if seats.is_empty() {
            Phase::Start
        } else {
            Phase::Briefing
        };
        App {
            words: Words::new(lang),
            scenario,
            phase,
            start: Start {
                cursor: 0,
                seats: all,
                chosen: BTreeSet::new(),
                scroll: 0,
            },
            seats,
            seat: 0,
            tab: 0,
            cursors: [0; TABS],
            draft: None,
            typing: None,
            said: None,
            help: false,
            help_scroll: 0,
            help_last_page: Cell::new(usize::MAX),
            briefing_scroll: 0,
            confirm_quit: false,
            viewing: None,
            law_counterpart: 0,
            journal: None,
            debrief_closed: false,
            debrief_scroll: 0,
            notes_seen: Vec::new(),
            note_words: RefCell::new(HashMap::new()),
            form_check: None,
        }
    }

    /// The seat whose screen is shown: the trainer may look at another's.
    pub fn shown_seat(&self) -> &Participant {
        match &self.viewing {
            Some(seat) => seat,
            None => &self.seats[self.seat],
        }
    }

    /// The seat keys act for.
    pub fn acting_seat(&self) -> &Participant {
        &self.seats[self.seat]
    }

    pub fn current_tab(&self) -> Tab {
        let tabs = Tab::for_seat(self.shown_seat());
        tabs[self.tab.min(tabs.len() - 1)]
    }

    fn cursor(&mut self) -> &mut usize {
        let index = self.current_tab() as usize;
        &mut self.cursors[index]
    }

    /// The answer to a command, to show on the status line.
    pub fn answered(&mut self, text: String, refused: bool) {
        self.said = Some(Said { text, refused });
    }

    /// What arrived for this terminal's seats since it last looked: the
    /// newest note becomes the status line, marked new, so an answer, a
    /// deletion, a stage or an inject never goes unseen.
    pub fn notice_news(&mut self, sim: &Simulation) {
        self.look(sim, true);
    }

    /// Takes stock of the notes without notifying: after this terminal's
    /// own action, whose answer is already on the status line.
    pub fn take_stock(&mut self, sim: &Simulation) {
        self.look(sim, false);
    }

    fn look(&mut self, sim: &Simulation, notify: bool) {
        self.notes_seen.resize(self.seats.len(), usize::MAX);
        for (i, seat) in self.seats.iter().enumerate() {
            let Some(view) = sim.view(seat) else { continue };
            let count = view.inbox.len();
            let seen = std::mem::replace(&mut self.notes_seen[i], count);
            // The first look only takes stock.
            if !notify || seen == usize::MAX || count <= seen {
                continue;
            }
            let note = view.inbox[count - 1];
            let text = self.words.text(
                "notice-new",
                &[
                    (
                        "seat",
                        crate::tui::draw::seat_name(&self.words, &self.scenario, seat),
                    ),
                    ("count", (count - seen).to_string()),
                    (
                        "note",
                        format!(
                            "{} {}",
                            self.words.message(sim.scenario(), &note.actor),
                            self.words.message(sim.scenario(), &note.event)
                        ),
                    ),
                ],
            );
            self.said = Some(Said { text, refused: false });
        }
    }

    /// A note's actor and text in this terminal's language.
    pub fn note_words(&self, scenario: &Scenario, note: &TraceEvent) -> NoteWords {
        let key = (self.words.lang(), note.seq);
        if let Some(words) = self.note_words.borrow().get(&key) {
            return words.clone();
        }
        let words: NoteWords = (
            self.words.message(scenario, &note.actor).into(),
            self.words.message(scenario, &note.event).into(),
        );
        self.note_words.borrow_mut().insert(key, words.clone());
        words
    }

    /// The seats chosen on the start screen, humans of the exercise.
    pub fn chosen_seats(&self) -> Vec<Participant> {
        self.start
            .chosen
            .iter()
            .map(|&i| self.start.seats[i].clone())
            .collect()
    }
}

fn plain(key: &KeyEvent) -> bool {
    !key.modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// Changes the model for one key; returns what the host must do. `sim` is
/// `None` before the exercise starts (the start screen).
pub fn update(app: &mut App, sim: Option<&Simulation>, key: KeyEvent) -> Vec<Command> {
    if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
        return vec![Command::Quit];
    }
    if app.confirm_quit {
        app.confirm_quit = false;
        return match key.code {
            KeyCode::Char('y') | KeyCode::Char('o') | KeyCode::Enter => vec![Command::Quit],
            _ => Vec::new(),
        };
    }
    if app.help {
        // The help scrolls; Esc, ? or q close it.
        let last = app
            .help_lines()
            .len()
            .saturating_sub(1)
            .min(app.help_last_page.get());
        // Drawn at a size where End went too far (before the first draw,
        // or larger since): ↑ moves from the last page, not from beyond it.
        app.help_scroll = app.help_scroll.min(last);
        match key.code {
            KeyCode::Esc | KeyCode::Char('?' | 'q') => {
                app.help = false;
                app.help_scroll = 0;
            }
            code => scroll(&mut app.help_scroll, code, last),
        }
        return Vec::new();
    }
    if let Some(typing) = &mut app.typing {
        let done = type_key(typing, key);
        return done.map(|done| finish_typing(app, done)).unwrap_or_default();
    }
    match app.phase {
        Phase::Start => start_key(app, key),
        Phase::Briefing => {
            match key.code {
                KeyCode::Enter | KeyCode::Char(' ') | KeyCode::Esc => app.phase = Phase::Desk,
                KeyCode::Char('q') => app.confirm_quit = true,
                code => {
                    let last = sim.map_or(0, |sim| briefing_len(app, sim)).saturating_sub(1);
                    scroll(&mut app.briefing_scroll, code, last);
                }
            }
            Vec::new()
        }
        Phase::Desk => match sim {
            Some(sim) => desk_key(app, sim, key),
            None => Vec::new(),
        },
    }
}

/// Moves a scroll or a cursor for ↑↓ (and k j), PgUp PgDn, Home End,
/// no further than `last`; other keys leave it.
fn scroll(at: &mut usize, code: KeyCode, last: usize) {
    *at = match code {
        KeyCode::Up | KeyCode::Char('k') => at.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => *at + 1,
        KeyCode::PageUp => at.saturating_sub(PAGE),
        KeyCode::PageDown => *at + PAGE,
        KeyCode::Home => 0,
        KeyCode::End => last,
        _ => *at,
    }
    .min(last);
}

/// How many lines the briefing has (as [`crate::tui::draw`] writes it:
/// the title, the summary, who plays, blank lines between, then the
/// notes the first seat has had).
fn briefing_len(app: &App, sim: &Simulation) -> usize {
    6 + app
        .seats
        .first()
        .and_then(|seat| sim.view(seat))
        .map_or(0, |view| view.inbox.len())
}

/// What typing a key did: `None` goes on typing, `Some(Some(text))` is
/// done, `Some(None)` cancelled.
fn type_key(typing: &mut Typing, key: KeyEvent) -> Option<Option<String>> {
    match key.code {
        KeyCode::Esc => Some(None),
        KeyCode::Enter => Some(Some(typing.text.clone())),
        KeyCode::Backspace => {
            typing.text.pop();
            None
        }
        KeyCode::Char(c) if plain(&key) && !c.is_control() && typing.text.chars().count() < 2000 => {
            typing.text.push(c);
            None
        }
        _ => None,
    }
}

fn finish_typing(app: &mut App, done: Option<String>) -> Vec<Command> {
    let typing = app.typing.take().expect("typing");
    let Some(text) = done else {
        return Vec::new();
    };
    if let Purpose::Element(field) = typing.purpose {
        // Back to the form: the element is stated with its text.
        if let Some(draft) = app.draft.as_mut() {
            if text.trim().is_empty() {
                draft.texts.remove(&field);
            } else {
                draft.texts.insert(field, text);
                draft.fields.insert(field);
            }
        }
        return Vec::new();
    }
    let seat = app.acting_seat().clone();
    let action = match typing.purpose {
        Purpose::Element(_) => unreachable!("handled above"),
        Purpose::Answer(request) => Action::Answer { request, text },
        Purpose::Decline(request) => Action::Decline {
            request,
            reason: text,
        },
        Purpose::Annotate => Action::Annotate { text },
        // As the clock shows it (`d2 09:00`, in French `j2 09:00`) or as a
        // duration (`2d 9h`, `2 j 9 h`).
        Purpose::Jump => match crate::time::SimTime::parse(&as_written(&text))
            .map(|at| Duration(at.minutes()))
            .or_else(|_| Duration::parse(&as_written(&text)).map_err(|e| e.to_string()))
        {
            Ok(to) => Action::Jump { to },
            Err(_) => {
                let said = app.words.text("bad-duration", &[("text", text)]);
                app.answered(said, true);
                return Vec::new();
            }
        },
    };
    vec![Command::Act(seat, action)]
}

/// A time or duration typed in either language, in the form the clock's
/// parser reads: French `j` (jour) and `min` become `d` and `m`.
fn as_written(text: &str) -> String {
    text.trim().to_lowercase().replace("min", "m").replace('j', "d")
}

fn start_key(app: &mut App, key: KeyEvent) -> Vec<Command> {
    let lines = app.start.seats.len() + 2;
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => app.start.cursor = app.start.cursor.saturating_sub(1),
        KeyCode::PageDown => app.start.scroll = app.start.scroll.saturating_add(5),
        KeyCode::PageUp => app.start.scroll = app.start.scroll.saturating_sub(5),
        KeyCode::Down | KeyCode::Char('j') => app.start.cursor = (app.start.cursor + 1).min(lines - 1),
        KeyCode::Char('q') | KeyCode::Esc => app.confirm_quit = true,
        // Enter starts, wherever the cursor is (as the footer says).
        KeyCode::Enter => start_exercise(app),
        KeyCode::Char(' ') => {
            let cursor = app.start.cursor;
            if cursor == 0 {
                let next = match app.words.lang() {
                    Lang::En => Lang::Fr,
                    Lang::Fr => Lang::En,
                };
                app.words = Words::new(next);
            } else if cursor <= app.start.seats.len() {
                let seat = cursor - 1;
                if !app.start.chosen.remove(&seat) {
                    app.start.chosen.insert(seat);
                }
            } else {
                start_exercise(app);
            }
        }
        _ => {}
    }
    Vec::new()
}

/// To the briefing with the seats chosen; with none, the start screen
/// says to choose one and stays.
fn start_exercise(app: &mut App) {
    if app.start.chosen.is_empty() {
        let said = app.words.text("start-choose-a-seat", &[]);
        app.answered(said, true);
    } else {
        app.seats = app.chosen_seats();
        app.phase = Phase::Briefing;
    }
}

/// The requests `seat` sees, in the order the requests tab lists them.
pub fn listed_requests(sim: &Simulation, seat: &Participant) -> Vec<u32> {
    sim.view(seat)
        .map(|v| v.requests.iter().map(|r| r.id).collect())
        .unwrap_or_default()
}

/// What the case tab lists: leads, then data items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseLine {
    Lead(usize),
    Item(usize),
}

pub fn case_lines(sim: &Simulation, seat: &Participant) -> Vec<CaseLine> {
    let Some(view) = sim.view(seat) else {
        return Vec::new();
    };
    view.leads
        .iter()
        .map(|l| CaseLine::Lead(l.lead))
        .chain(view.evidence.iter().map(|e| CaseLine::Item(e.item)))
        .collect()
}

/// The instruments this seat sends towards counterpart `c` of `options`.
pub fn sendable(options: &Options, c: usize) -> Vec<Instrument> {
    options.counterparts.get(c).map_or_else(Vec::new, |counterpart| {
        counterpart
            .instruments
            .iter()
            .filter(|a| a.this_seat_sends)
            .map(|a| a.instrument)
            .collect()
    })
}

/// How many lines the current tab lists: where the cursor stops.
fn list_len(app: &App, sim: &Simulation) -> usize {
    let seat = app.shown_seat();
    let Some(view) = sim.view(seat) else {
        return 0;
    };
    match app.current_tab() {
        Tab::Inbox => view.inbox.len(),
        Tab::Case => case_lines(sim, seat).len(),
        Tab::Requests => view.requests.len(),
        Tab::Console => view.overview.map_or(0, |o| o.injects.len()),
        Tab::Truth => view.evidence.len(),
        Tab::Timeline => sim.timeline(seat).map_or(0, |notes| notes.len()),
        // The tabs that scroll: as many lines as draw writes.
        Tab::Law => sim.options(seat).map_or(1, |options| {
            let c = app
                .law_counterpart
                .min(options.counterparts.len().saturating_sub(1));
            options.counterparts.get(c).map_or(0, |counterpart| {
                let missing = counterpart.missing.len();
                2 + 2 * counterpart.instruments.len() + if missing > 0 { 1 + missing } else { 0 }
            })
        }),
        Tab::Clocks => view.clocks.len().max(1),
        Tab::Agenda => 1 + view.overview.map_or(0, |o| agenda(sim, &o.agenda).len()),
    }
}

/// What the trainer's agenda lists: what is due up to the exercise's end
/// (what comes after never happens), each entry once.
pub fn agenda<'a>(sim: &Simulation, entries: &'a [crate::sim::Scheduled]) -> Vec<&'a crate::sim::Scheduled> {
    let end = sim.end_time().unwrap_or(SimTime::LATEST);
    let mut listed: Vec<&crate::sim::Scheduled> = entries.iter().filter(|e| e.at <= end).collect();
    listed.dedup_by(|a, b| a.at == b.at && a.due == b.due);
    listed
}

fn desk_key(app: &mut App, sim: &Simulation, key: KeyEvent) -> Vec<Command> {
    if sim.ended().is_some() && !app.debrief_closed {
        match key.code {
            KeyCode::Esc | KeyCode::Enter => app.debrief_closed = true,
            KeyCode::Char('q') => app.confirm_quit = true,
            KeyCode::Up | KeyCode::Char('k') => app.debrief_scroll = app.debrief_scroll.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => app.debrief_scroll = app.debrief_scroll.saturating_add(1),
            KeyCode::PageUp => app.debrief_scroll = app.debrief_scroll.saturating_sub(10),
            KeyCode::PageDown => app.debrief_scroll = app.debrief_scroll.saturating_add(10),
            _ => {}
        }
        return Vec::new();
    }
    if app.draft.is_some() {
        return draft_key(app, sim, key);
    }
    let tabs = Tab::for_seat(app.shown_seat()).len();
    match key.code {
        KeyCode::Char('q') => {
            app.confirm_quit = true;
            return Vec::new();
        }
        KeyCode::Char('?') => {
            app.help = true;
            return Vec::new();
        }
        KeyCode::Esc => {
            app.viewing = None;
            app.said = None;
            return Vec::new();
        }
        KeyCode::Tab | KeyCode::Right if app.current_tab() != Tab::Law || key.code == KeyCode::Tab => {
            app.tab = (app.tab + 1) % tabs;
            return Vec::new();
        }
        KeyCode::BackTab => {
            app.tab = (app.tab + tabs - 1) % tabs;
            return Vec::new();
        }
        KeyCode::Char(c @ '1'..='7') => {
            let n = c as usize - '1' as usize;
            if n < tabs {
                app.tab = n;
            }
            return Vec::new();
        }
        KeyCode::Char(']') => {
            app.seat = (app.seat + 1) % app.seats.len();
            app.tab = 0;
            app.viewing = None;
            // The last answer was another seat's.
            app.said = None;
            return Vec::new();
        }
        KeyCode::Char('[') => {
            app.seat = (app.seat + app.seats.len() - 1) % app.seats.len();
            app.tab = 0;
            app.viewing = None;
            app.said = None;
            return Vec::new();
        }
        KeyCode::Up
        | KeyCode::Char('k')
        | KeyCode::Down
        | KeyCode::Char('j')
        | KeyCode::PageUp
        | KeyCode::PageDown
        | KeyCode::Home
        | KeyCode::End => {
            let last = list_len(app, sim).saturating_sub(1);
            scroll(app.cursor(), key.code, last);
            return Vec::new();
        }
        _ => {}
    }
    if app.viewing.is_some() {
        // The trainer looks at another seat's screen: nothing to act on
        // there, but the trainer's own keys (the clock, v) still work.
        return trainer_key(app, sim, key);
    }
    let seat = app.acting_seat().clone();
    if seat == Participant::Trainer {
        return trainer_key(app, sim, key);
    }
    let act = |action| vec![Command::Act(seat.clone(), action)];
    match (app.current_tab(), key.code) {
        (_, KeyCode::Char('d')) => {
            open_draft(app, sim);
            Vec::new()
        }
        (Tab::Inbox, KeyCode::Char('m')) => {
            let view = sim.view(&seat);
            let note = view.and_then(|v| {
                let notes = v.inbox;
                notes
                    .get(app.cursors[Tab::Inbox as usize].min(notes.len().saturating_sub(1)))
                    .map(|n| n.seq)
            });
            note.map(|upto| act(Action::Read { upto })).unwrap_or_default()
        }
        (Tab::Case, KeyCode::Char(c @ ('e' | 'l'))) => {
            let lines = case_lines(sim, &seat);
            let cursor = app.cursors[Tab::Case as usize].min(lines.len().saturating_sub(1));
            match lines.get(cursor) {
                Some(CaseLine::Lead(lead)) => {
                    let lead = app.scenario.leads[*lead].id.clone();
                    act(if c == 'e' {
                        Action::Examine { lead }
                    } else {
                        Action::LookUp { lead }
                    })
                }
                _ => Vec::new(),
            }
        }
        (Tab::Requests, code) => {
            let listed = listed_requests(sim, &seat);
            let cursor = app.cursors[Tab::Requests as usize].min(listed.len().saturating_sub(1));
            let Some(&request) = listed.get(cursor) else {
                return Vec::new();
            };
            match code {
                KeyCode::Char('s') => act(Action::Sign { request }),
                KeyCode::Enter => act(Action::Send { request }),
                // A liaison complies; a requested prosecutor grants what
                // waits for their decision; a desk forwards.
                KeyCode::Char('f')
                    if matches!(seat, Participant::Liaison { .. })
                        || status_of(sim, &seat, request) == Some(RequestStatus::AwaitingDecision) =>
                {
                    act(Action::Comply { request })
                }
                KeyCode::Char('f') => act(Action::Forward { request }),
                KeyCode::Char('c') => {
                    // Back for clarification of what the drafter ticked
                    // but did not write; of every element if all are
                    // written.
                    let stated = sim
                        .view(&seat)
                        .and_then(|v| v.requests.into_iter().find(|r| r.id == request))
                        .map(|r| r.fields)
                        .unwrap_or_default();
                    let stated: Vec<_> = stated
                        .into_iter()
                        .filter(|s| s.field != RequestField::Signature)
                        .collect();
                    let bare: Vec<RequestField> = stated
                        .iter()
                        .filter(|s| s.text.is_none())
                        .map(|s| s.field)
                        .collect();
                    let fields = if bare.is_empty() {
                        stated.iter().map(|s| s.field).collect()
                    } else {
                        bare
                    };
                    act(Action::SendBack { request, fields })
                }
                KeyCode::Char('r') => act(Action::Renew { request }),
                KeyCode::Char('t') => act(Action::DisclosePath { request }),
                KeyCode::Char('w') => act(Action::Withdraw { request }),
                KeyCode::Char('a') => {
                    app.typing = Some(Typing {
                        purpose: Purpose::Answer(request),
                        text: String::new(),
                    });
                    Vec::new()
                }
                KeyCode::Char('x') => {
                    // Whether this seat may decline it is the engine's to
                    // say; the ground is typed next, so the dry run states
                    // a placeholder one.
                    let probe = Action::Decline {
                        request,
                        reason: "…".into(),
                    };
                    vec![Command::Ask(seat.clone(), probe, Purpose::Decline(request))]
                }
                KeyCode::Char('+') => {
                    // Complete the elements it lacks (the signature aside).
                    let view = sim.view(&seat);
                    let missing: Vec<RequestField> = view
                        .and_then(|v| v.requests.into_iter().find(|r| r.id == request))
                        .map(|r| {
                            r.missing
                                .into_iter()
                                .filter(|f| *f != RequestField::Signature)
                                .collect()
                        })
                        .unwrap_or_default();
                    act(Action::Amend {
                        request,
                        fields: crate::sim::types::Stated::all_bare(&missing),
                    })
                }
                _ => Vec::new(),
            }
        }
        (Tab::Law, KeyCode::Left) => {
            app.law_counterpart = app.law_counterpart.saturating_sub(1);
            app.cursors[Tab::Law as usize] = 0;
            Vec::new()
        }
        (Tab::Law, KeyCode::Right) => {
            let n = sim.options(&seat).map_or(1, |o| o.counterparts.len());
            app.law_counterpart = (app.law_counterpart + 1).min(n.saturating_sub(1));
            app.cursors[Tab::Law as usize] = 0;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn trainer_key(app: &mut App, sim: &Simulation, key: KeyEvent) -> Vec<Command> {
    let trainer = Participant::Trainer;
    let act = |action| vec![Command::Act(Participant::Trainer, action)];
    let view = sim.view(&trainer);
    match key.code {
        KeyCode::Char('p') | KeyCode::Char(' ') => act(if sim.paused() {
            Action::Resume
        } else {
            Action::Pause
        }),
        KeyCode::Char('+') | KeyCode::Char('=') => act(Action::SetSpeed {
            factor: (sim.speed().saturating_mul(2)).clamp(1, 100_000),
        }),
        KeyCode::Char('-') => act(Action::SetSpeed {
            factor: (sim.speed() / 2).max(1),
        }),
        KeyCode::Char('n') => match sim.next_event() {
            Some(at) if at > sim.now() => act(Action::Jump {
                to: Duration(at.minutes()),
            }),
            _ => Vec::new(),
        },
        KeyCode::Char('g') => {
            app.typing = Some(Typing {
                purpose: Purpose::Jump,
                text: String::new(),
            });
            Vec::new()
        }
        KeyCode::Char('o') => {
            app.typing = Some(Typing {
                purpose: Purpose::Annotate,
                text: String::new(),
            });
            Vec::new()
        }
        KeyCode::Char('i') if app.current_tab() == Tab::Console => {
            let injects = view
                .and_then(|v| v.overview)
                .map(|o| o.injects)
                .unwrap_or_default();
            let cursor = app.cursors[Tab::Console as usize].min(injects.len().saturating_sub(1));
            match injects.get(cursor) {
                Some(inject) => act(Action::FireInject {
                    inject: inject.id.to_string(),
                }),
                None => Vec::new(),
            }
        }
        KeyCode::Char('r') => vec![Command::ExportReport],
        KeyCode::Char('v') => {
            // Look at the next seat's screen as that seat sees it: every
            // seat of the exercise, the simulated ones too, in turn.
            let seats: Vec<Participant> = sim
                .participants()
                .into_iter()
                .filter(|p| *p != Participant::Trainer)
                .collect();
            let next = match &app.viewing {
                Some(seat) => seats
                    .iter()
                    .position(|s| s == seat)
                    .map_or(0, |i| (i + 1) % seats.len()),
                None => 0,
            };
            app.viewing = seats.get(next).cloned();
            app.tab = 0;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn open_draft(app: &mut App, sim: &Simulation) {
    let seat = app.acting_seat().clone();
    let Some(options) = sim.options(&seat) else {
        return;
    };
    // Start towards the first foreign jurisdiction the seat can send to.
    let home = seat.jurisdiction().unwrap_or_default().to_string();
    let counterpart = (0..options.counterparts.len())
        .find(|&c| {
            app.scenario.jurisdictions[options.counterparts[c].jurisdiction].code != home
                && !sendable(&options, c).is_empty()
        })
        .unwrap_or(0);
    // Open on the preservation request where this seat sends one: the
    // first thing a case abroad needs.
    let instrument = sendable(&options, counterpart)
        .iter()
        .position(|i| *i == Instrument::Preservation247)
        .unwrap_or(0);
    app.draft = Some(Draft {
        part: DraftPart::Counterpart,
        counterpart,
        instrument,
        items: BTreeSet::new(),
        fields: BTreeSet::new(),
        texts: Default::default(),
        cursor: 0,
    });
}

/// What the form's instrument names (data when it has none yet).
pub fn form_names(options: &Options, draft: &Draft) -> Names {
    available(options, draft).map_or(Names::Data, |a| a.names)
}

/// The instrument the form has chosen, as the seat's options offer it.
fn available<'a>(options: &'a Options, draft: &Draft) -> Option<&'a crate::sim::options::Available> {
    let instrument = *sendable(options, draft.counterpart).get(draft.instrument)?;
    options.counterparts[draft.counterpart]
        .instruments
        .iter()
        .find(|a| a.instrument == instrument)
}

/// What the seat may tick for a request that names `names`, in the order
/// the form lists them: the data items its team knows of, the leads it
/// has found, its wallets and accounts, the suspects it has located; none
/// for a request that names nothing.
pub fn form_choices(sim: &Simulation, options: &Options, names: Names) -> Vec<Named> {
    match names {
        Names::Data => sim
            .view(&options.participant)
            .map(|v| v.evidence.iter().map(|e| Named::Item(e.item)).collect())
            .unwrap_or_default(),
        Names::Leads => sim
            .view(&options.participant)
            .map(|v| v.leads.iter().map(|l| Named::Lead(l.lead)).collect())
            .unwrap_or_default(),
        Names::Assets => options.assets.iter().map(|a| Named::Lead(a.lead)).collect(),
        Names::Suspect => options
            .suspects
            .iter()
            .map(|s| Named::Suspect(s.suspect))
            .collect(),
        Names::Nothing => Vec::new(),
    }
}

/// The elements the form asks for: what the instrument requires towards
/// that counterpart (the signature comes from signing).
pub fn form_elements(options: &Options, draft: &Draft) -> Vec<RequestField> {
    available(options, draft).map_or_else(Vec::new, |a| a.fields.clone())
}

fn draft_key(app: &mut App, sim: &Simulation, key: KeyEvent) -> Vec<Command> {
    let seat = app.acting_seat().clone();
    let Some(options) = sim.options(&seat) else {
        app.draft = None;
        return Vec::new();
    };
    let draft = app.draft.as_mut().expect("a draft is open");
    let names = form_names(&options, draft);
    let items = form_choices(sim, &options, names);
    let elements = form_elements(&options, draft);
    let instruments = sendable(&options, draft.counterpart);
    // A request that names nothing has no list to pick from: Tab passes it.
    let skip_items = names == Names::Nothing;
    match key.code {
        KeyCode::Esc => app.draft = None,
        KeyCode::Tab | KeyCode::Down
            if draft.part != DraftPart::Items && draft.part != DraftPart::Elements
                || key.code == KeyCode::Tab =>
        {
            draft.part = match draft.part {
                DraftPart::Counterpart => DraftPart::Instrument,
                DraftPart::Instrument if skip_items => DraftPart::Elements,
                DraftPart::Instrument => DraftPart::Items,
                DraftPart::Items => DraftPart::Elements,
                DraftPart::Elements => DraftPart::Counterpart,
            };
            draft.cursor = 0;
        }
        KeyCode::BackTab => {
            draft.part = match draft.part {
                DraftPart::Counterpart => DraftPart::Elements,
                DraftPart::Instrument => DraftPart::Counterpart,
                DraftPart::Items => DraftPart::Instrument,
                DraftPart::Elements if skip_items => DraftPart::Instrument,
                DraftPart::Elements => DraftPart::Items,
            };
            draft.cursor = 0;
        }
        KeyCode::Up | KeyCode::Down | KeyCode::Home | KeyCode::End | KeyCode::PageUp | KeyCode::PageDown => {
            let len = match draft.part {
                DraftPart::Items => items.len(),
                _ => elements.len(),
            };
            scroll(&mut draft.cursor, key.code, len.saturating_sub(1));
        }
        KeyCode::Left | KeyCode::Right => {
            let forward = key.code == KeyCode::Right;
            let step = |value: usize, len: usize| {
                if len == 0 {
                    0
                } else if forward {
                    (value + 1) % len
                } else {
                    (value + len - 1) % len
                }
            };
            match draft.part {
                DraftPart::Counterpart => {
                    draft.counterpart = step(draft.counterpart, options.counterparts.len());
                    draft.instrument = 0;
                    draft.fields.clear();
                }
                DraftPart::Instrument => {
                    draft.instrument = step(draft.instrument, instruments.len());
                    draft.fields.clear();
                }
                _ => {}
            }
        }
        KeyCode::Char(' ') => match draft.part {
            DraftPart::Items => {
                if let Some(&item) = items.get(draft.cursor)
                    && !draft.items.remove(&item)
                {
                    // One suspect per request (Art. 24, a red notice):
                    // picking one drops the other.
                    if let Named::Suspect(_) = item {
                        draft.items.retain(|n| !matches!(n, Named::Suspect(_)));
                    }
                    draft.items.insert(item);
                }
            }
            DraftPart::Elements => {
                if let Some(&field) = elements.get(draft.cursor)
                    && !draft.fields.remove(&field)
                {
                    draft.fields.insert(field);
                }
            }
            _ => {}
        },
        KeyCode::Char('a') if draft.part == DraftPart::Elements => {
            // Every element at once (for an Art. 29 request, the six).
            draft.fields = elements.iter().copied().collect();
        }
        KeyCode::Char('w') if draft.part == DraftPart::Elements => {
            // Write what this element says: kept in the journal, shown to
            // the requested desk and to the trainer.
            if let Some(&field) = elements.get(draft.cursor) {
                let text = draft.texts.get(&field).cloned().unwrap_or_default();
                app.typing = Some(Typing {
                    purpose: Purpose::Element(field),
                    text,
                });
            }
        }
        KeyCode::Enter => {
            let Some(action) = draft_action(&app.scenario, &options, draft) else {
                let said = app.words.text("draft-no-instrument", &[]);
                app.answered(said, true);
                return Vec::new();
            };
            // The form stays open until the engine has drafted it: a
            // refusal keeps everything typed (the host closes it).
            return vec![Command::Act(seat, action)];
        }
        _ => {}
    }
    Vec::new()
}

/// The `Draft` the form would send, if it names an instrument.
pub fn draft_action(scenario: &Scenario, options: &Options, draft: &Draft) -> Option<Action> {
    let available = available(options, draft)?;
    let to = &scenario.jurisdictions[options.counterparts[draft.counterpart].jurisdiction];
    // Only what this instrument names: data ticked for another stays
    // ticked in the form, out of this request.
    let named = |n: &&Named| match (available.names, n) {
        (Names::Data, Named::Item(_)) => true,
        (Names::Leads, Named::Lead(_)) => true,
        // A lead ticked to inform of it is no asset to freeze.
        (Names::Assets, Named::Lead(l)) => options.assets.iter().any(|a| a.lead == *l),
        (Names::Suspect, Named::Suspect(_)) => true,
        _ => false,
    };
    Some(Action::Draft {
        instrument: available.instrument,
        to: to.code.clone(),
        items: draft
            .items
            .iter()
            .filter(named)
            .map(|n| n.id(scenario).to_string())
            .collect(),
        fields: draft
            .fields
            .iter()
            .map(|&field| crate::sim::types::Stated {
                field,
                text: draft.texts.get(&field).cloned(),
            })
            .collect(),
    })
}

/// The status of request `id` as `seat` sees it.
fn status_of(sim: &Simulation, seat: &Participant, id: u32) -> Option<RequestStatus> {
    sim.view(seat)?
        .requests
        .into_iter()
        .find(|r| r.id == id)
        .map(|r| r.status)
}

/// Whether request `r` waits for something `seat` can do: its team's
/// draft or a request sent back to it; on the requested side, what waits
/// at its desk, for its decision, or for its company (a liaison).
pub fn waits_for_seat(seat: &Participant, scenario: &Scenario, r: &crate::sim::view::RequestView) -> bool {
    let home = seat
        .jurisdiction()
        .and_then(|code| scenario.jurisdictions.iter().position(|j| j.code == code));
    let requested = |role: Role| home == Some(r.to) && seat.role() == role;
    match r.status {
        RequestStatus::Drafting | RequestStatus::Returned => home == Some(r.from),
        RequestStatus::AwaitingForward => requested(Role::Contact247),
        RequestStatus::AwaitingDecision => requested(Role::Prosecutor),
        RequestStatus::AwaitingLiaison => matches!(seat, Participant::Liaison { .. }),
        _ => false,
    }
}
