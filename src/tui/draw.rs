//! The terminal UI's view: draws the model and the simulation's read model
//! into a frame. Pure: it changes nothing and reads no clock, so any screen
//! renders the same in a test (ratatui's `TestBackend`) as in a terminal.
//!
//! Every word comes from the seat's language ([`crate::words`]); every fact
//! from the seat's own view, so a screen shows only what its seat may know
//! (the trainer's console adds the truth). Colour only underlines what the
//! words and marks already say, so the screen reads on light and dark
//! terminals and without colour (`NO_COLOR`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::law::{Names, RequestField};
use crate::scenario::model::{Instrument, Role, Scenario};
use crate::sim::view::{EvidenceView, RequestStatus, RequestView, RetentionSource, Told, View};
use crate::sim::{Due, Event, Participant, Simulation, TraceEvent};
use crate::time::SimTime;
use crate::words::{Lang, Words};

use super::app::{
    App, CaseLine, DraftPart, Named, Phase, Tab, case_lines, form_choices, form_elements, form_names,
    sendable,
};
use super::wrap::Wrapped;

/// Whether colour is allowed (`NO_COLOR` unset); decided by the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub bool);

fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

fn reversed() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

fn dim() -> Style {
    Style::default().add_modifier(Modifier::DIM)
}

/// The smallest screen the UI is laid out for.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App, sim: Option<&Simulation>) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(frame, app, area);
        return;
    }
    match (&app.phase, sim) {
        (Phase::Start, _) | (_, None) => start(frame, app, area),
        (Phase::Briefing, Some(sim)) => briefing(frame, app, sim, area),
        (Phase::Desk, Some(sim)) => desk(frame, app, sim, area),
    }
    if let Some(typing) = &app.typing {
        let prompt = app.words.text(typing.purpose.prompt(), &[]);
        let height = 3;
        let popup = Rect::new(
            area.x,
            area.bottom().saturating_sub(height),
            area.width,
            height.min(area.height),
        );
        frame.render_widget(Clear, popup);
        let shown = tail(&typing.text, usize::from(popup.width.saturating_sub(3)));
        frame.render_widget(
            Paragraph::new(format!("{shown}_")).block(Block::default().borders(Borders::ALL).title(prompt)),
            popup,
        );
    }
    if app.help {
        help(frame, app, area);
    }
    if app.confirm_quit {
        let text = app.words.text("quit-confirm", &[]);
        let popup = centered(area, (text.chars().count() as u16 + 4).min(area.width), 3);
        frame.render_widget(Clear, popup);
        frame.render_widget(
            Paragraph::new(text).block(Block::default().borders(Borders::ALL)),
            popup,
        );
    }
}

/// The end of `text` in at most `width` columns: a line being typed
/// keeps its end, where the cursor is, in sight; `…` marks what scrolled
/// out on the left.
fn tail(text: &str, width: usize) -> String {
    let columns = |s: &str| Span::raw(s).width();
    if columns(text) <= width {
        return text.to_string();
    }
    let mut start = text.len();
    let mut used = 1; // the `…`
    for (i, c) in text.char_indices().rev() {
        let w = columns(c.encode_utf8(&mut [0; 4]));
        if used + w > width {
            break;
        }
        used += w;
        start = i;
    }
    format!("…{}", &text[start..])
}

/// Below 80x24 a screen would be cut: it says so instead (and still
/// asks before quitting).
fn too_small(frame: &mut Frame, app: &App, area: Rect) {
    let words = &app.words;
    let mut lines = vec![Line::from(words.text(
        "too-small",
        &[
            ("width", area.width.to_string()),
            ("height", area.height.to_string()),
            ("min_width", MIN_SIZE.0.to_string()),
            ("min_height", MIN_SIZE.1.to_string()),
        ],
    ))];
    if app.confirm_quit {
        lines.push(Line::styled(words.text("quit-confirm", &[]), bold()));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "Français",
    }
}

/// A seat as people read it: `VL — 24/7 contact`, the trainer, or
/// `BrenHost Cloud Servers — provider's law-enforcement liaison`.
pub fn seat_name(words: &Words, s: &Scenario, seat: &Participant) -> String {
    match seat {
        Participant::Trainer => words.text("seat-trainer", &[]),
        Participant::Player { jurisdiction, role } => words.text(
            "seat-player",
            &[
                ("jurisdiction", jurisdiction.clone()),
                ("role", words.term_of("role", role)),
            ],
        ),
        Participant::Liaison { provider } => words.text(
            "seat-player",
            &[
                ("jurisdiction", provider_name(s, provider)),
                ("role", words.term_of("role", &Role::Liaison)),
            ],
        ),
    }
}

/// A provider's company name, by its id.
fn provider_name(s: &Scenario, id: &str) -> String {
    s.providers
        .iter()
        .find(|p| p.id == id)
        .map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// A country as a list names it: its code and its name in the reader's
/// language (`VL Valdoria`).
fn country(words: &Words, jurisdiction: &crate::scenario::model::Jurisdiction) -> String {
    format!(
        "{} {}",
        jurisdiction.code,
        jurisdiction.name.get(words.lang().code())
    )
}

/// A seat with its country's name, where seats are chosen.
fn seat_named(words: &Words, s: &Scenario, seat: &Participant) -> String {
    match seat {
        Participant::Player { jurisdiction, role } => {
            let named = s
                .jurisdictions
                .iter()
                .find(|j| j.code == *jurisdiction)
                .map_or_else(|| jurisdiction.clone(), |j| country(words, j));
            words.text(
                "seat-player",
                &[("jurisdiction", named), ("role", words.term_of("role", role))],
            )
        }
        Participant::Liaison { .. } | Participant::Trainer => seat_name(words, s, seat),
    }
}

fn start(frame: &mut Frame, app: &App, area: Rect) {
    let words = &app.words;
    let lang = words.lang().code();
    let s = &app.scenario;
    let mut about = vec![
        Line::styled(s.title.get(lang).to_string(), bold()),
        Line::from(s.summary.get(lang).to_string()),
    ];
    if !s.learning_objectives.is_empty() {
        about.push(Line::styled(words.text("start-objectives", &[]), bold()));
        for objective in &s.learning_objectives {
            about.push(Line::from(format!("  - {}", objective.get(lang))));
        }
    }
    let marker = |line: usize| {
        if app.start.cursor == line {
            reversed()
        } else {
            Style::default()
        }
    };
    let mut choices = vec![Line::styled(
        words.text(
            "start-language",
            &[("language", lang_name(words.lang()).to_string())],
        ),
        marker(0),
    )];
    for (i, seat) in app.start.seats.iter().enumerate() {
        let tick = if app.start.chosen.contains(&i) {
            "[x]"
        } else {
            "[ ]"
        };
        choices.push(Line::styled(
            format!("  {tick} {}", seat_named(words, s, seat)),
            marker(i + 1),
        ));
    }
    choices.push(Line::styled(
        words.text("start-go", &[]),
        marker(app.start.seats.len() + 1).add_modifier(Modifier::BOLD),
    ));
    // The choices keep the room they need (up to half the screen); the
    // scenario's presentation takes the rest and wraps.
    let wanted = choices.len() as u16 + 2;
    let [top, bottom, status, footer] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(wanted.min(area.height / 2).max(3)),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(about)
            .wrap(Wrap { trim: false })
            .scroll((app.start.scroll, 0))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(" cyberdrill ")
                    .title_bottom(words.text("start-more", &[])),
            ),
        top,
    );
    let inner = bottom.height.saturating_sub(2);
    let scroll = (app.start.cursor as u16).saturating_sub(inner.saturating_sub(1));
    frame.render_widget(
        Paragraph::new(choices).scroll((scroll, 0)).block(
            Block::default()
                .borders(Borders::ALL)
                .title(words.text("start-seats", &[])),
        ),
        bottom,
    );
    if let Some(said) = &app.said {
        frame.render_widget(Paragraph::new(said.text.clone()).style(bold()), status);
    }
    frame.render_widget(Paragraph::new(words.text("keys-start", &[])).style(dim()), footer);
}

fn briefing(frame: &mut Frame, app: &App, sim: &Simulation, area: Rect) {
    let words = &app.words;
    let lang = words.lang().code();
    let s = sim.scenario();
    let mut lines = vec![
        Line::styled(s.title.get(lang).to_string(), bold()),
        Line::from(""),
    ];
    lines.push(Line::from(s.summary.get(lang).to_string()));
    lines.push(Line::from(""));
    lines.push(Line::styled(
        words.text(
            "briefing-seats",
            &[(
                "seats",
                app.seats
                    .iter()
                    .map(|p| seat_name(words, &app.scenario, p))
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        ),
        bold(),
    ));
    lines.push(Line::from(""));
    if let Some(view) = sim.view(&app.seats[0]) {
        for note in &view.inbox {
            lines.push(Line::from(format!(
                "{}  {}",
                words.message(s, &note.actor),
                words.message(s, &note.event)
            )));
        }
    }
    // Scrolled by whole lines (↑↓, PgUp PgDn): on a resumed exercise the
    // notes run long. `app::briefing_len` counts these lines.
    let lines: Vec<Line> = lines.into_iter().skip(app.briefing_scroll).collect();
    let [body, footer] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .title(words.text("briefing-title", &[])),
        ),
        body,
    );
    frame.render_widget(
        Paragraph::new(words.text("keys-briefing", &[])).style(dim()),
        footer,
    );
}

fn weekday(words: &Words, day: u8) -> String {
    words.text(&format!("weekday-{day}"), &[])
}

fn header(app: &App, sim: &Simulation) -> Vec<Line<'static>> {
    let words = &app.words;
    let s = sim.scenario();
    let state = if let Some(at) = sim.ended() {
        words.text("clock-ended", &[("at", words.time(at))])
    } else if sim.paused() {
        words.text("clock-paused", &[])
    } else {
        words.text("clock-running", &[("speed", sim.speed().to_string())])
    };
    let mut seat = seat_name(words, &app.scenario, app.shown_seat());
    if app.viewing.is_some() {
        seat = words.text("viewing", &[("seat", seat)]);
    }
    let first = Line::from(vec![
        Span::styled(format!("{} ", words.time(sim.now())), bold()),
        Span::raw(format!("{state}  ")),
        Span::styled(seat, bold()),
    ]);
    let mut clocks = Vec::new();
    for (j, jurisdiction) in s.jurisdictions.iter().enumerate() {
        let Some(clock) = sim.local_clock(j) else { continue };
        // A mark, not a word, so four countries fit in 80 columns; the
        // help says what it means.
        let office = if clock.office_open { "●" } else { "○" };
        let style = if clock.office_open {
            Style::default()
        } else {
            dim()
        };
        clocks.push(Span::styled(
            format!(
                "{} {} {:02}:{:02}{office} ",
                jurisdiction.code,
                weekday(words, clock.weekday),
                clock.hour,
                clock.minute
            ),
            style,
        ));
    }
    vec![first, Line::from(clocks)]
}

fn desk(frame: &mut Frame, app: &App, sim: &Simulation, area: Rect) {
    let words = &app.words;
    let seat = app.shown_seat().clone();
    let tabs = Tab::for_seat(&seat);
    // The status line grows to three rows for a long answer, wrapped,
    // and the body shrinks by as much.
    let status_text = app.said.as_ref().map(|said| {
        let mark = if said.refused { "! " } else { "" };
        format!("{mark}{}", said.text)
    });
    let status_rows = status_text
        .as_deref()
        .map_or(1, |text| wrapped_rows(text, usize::from(area.width)).clamp(1, 3));
    let [head, tab_bar, body, status, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(status_rows as u16),
        Constraint::Length(1),
    ])
    .areas(area);
    let view = sim.view(&seat);
    // Once the exercise has ended, the debrief covers the whole screen
    // until it is closed: the desk beneath would be drawn only to be
    // cleared (a redraw's most expensive part), so it is not drawn.
    if sim.ended().is_some() && !app.debrief_closed && view.is_some() {
        debrief(frame, app, sim, area);
        return;
    }
    frame.render_widget(Paragraph::new(header(app, sim)), head);
    let Some(view) = view else {
        return;
    };
    let unread = view.unread().count();
    let titles: Vec<String> = tabs
        .iter()
        .enumerate()
        .map(|(i, tab)| match unread {
            n if *tab == Tab::Inbox && n > 0 => format!(" {} {} ({n}) ", i + 1, words.text(tab.title(), &[])),
            _ => format!(" {} {} ", i + 1, words.text(tab.title(), &[])),
        })
        .collect();
    // Too narrow for every title: tabs shrink to their number (the inbox
    // keeps its unread count), the last first, never the current one.
    let mut titles = titles;
    let width = |titles: &[String]| titles.iter().map(|t| t.chars().count()).sum::<usize>();
    for i in (0..tabs.len()).rev() {
        if width(&titles) <= usize::from(tab_bar.width) {
            break;
        }
        if tabs[i] != app.current_tab() {
            titles[i] = match tabs[i] {
                Tab::Inbox if unread > 0 => format!(" {} ({unread}) ", i + 1),
                _ => format!(" {} ", i + 1),
            };
        }
    }
    let spans: Vec<Span> = tabs
        .iter()
        .zip(titles)
        .map(|(tab, title)| {
            let style = if *tab == app.current_tab() {
                reversed()
            } else {
                Style::default()
            };
            Span::styled(title, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), tab_bar);
    let cursor = app.cursors[app.current_tab() as usize];
    let (lines, selected) = match app.current_tab() {
        Tab::Inbox => inbox(app, sim, &view, cursor),
        Tab::Case => case(app, sim, &view, cursor),
        Tab::Requests => requests(app, sim, &view, cursor),
        Tab::Law => law(app, sim, &seat),
        Tab::Clocks => clocks(app, sim, &view),
        Tab::Console => console(app, sim, &view, cursor),
        Tab::Truth => truth(app, sim, &view),
        Tab::Timeline => timeline(app, sim, &seat, cursor),
        Tab::Agenda => agenda(app, sim, &view),
    };
    // Only the lines that can show are laid out (wrapping every note of a
    // long exercise would cost a redraw milliseconds): a window of the
    // body's height that starts the selected line in its upper half,
    // counting the rows each line wraps to.
    let inner = usize::from(body.height.saturating_sub(2));
    let width = usize::from(body.width.saturating_sub(2));
    let (first, count) = if app.current_tab().scrolls() {
        // A tab that is read, not picked from: its cursor is the first
        // line shown.
        let first = cursor.min(lines.len().saturating_sub(1));
        (first, fitting(&lines[first.min(lines.len())..], inner, width))
    } else {
        window(&lines, selected, inner, width)
    };
    let lines: Vec<Line> = lines.into_iter().skip(first).take(count).collect();
    frame.render_widget(
        Wrapped::new(lines).block(Block::default().borders(Borders::ALL)),
        body,
    );
    if let (Some(said), Some(text)) = (&app.said, status_text) {
        let style = if said.refused { bold() } else { Style::default() };
        frame.render_widget(
            Paragraph::new(text).style(style).wrap(Wrap { trim: false }),
            status,
        );
    }
    let keys = if app.draft.is_some() {
        "keys-form"
    } else if app.viewing.is_some() {
        "keys-viewing"
    } else if seat == Participant::Trainer {
        "keys-trainer"
    } else {
        match app.current_tab() {
            Tab::Inbox => "keys-inbox",
            // Only the investigator examines; the investigator and the
            // 24/7 desk look up (Art. 32(a)); everyone drafts.
            Tab::Case => match &seat {
                Participant::Player {
                    role: Role::Investigator,
                    ..
                } => "keys-case",
                Participant::Player { role, .. }
                    if crate::law::rule(Instrument::OpenSource).senders.contains(role) =>
                {
                    "keys-case-look-up"
                }
                _ => "keys-case-draft",
            },
            Tab::Requests if matches!(seat, Participant::Liaison { .. }) => "keys-liaison",
            Tab::Requests => "keys-requests",
            Tab::Law => "keys-law",
            _ => "keys-desk",
        }
    };
    let keys = fitting_keys(&words.text(keys, &[]), usize::from(footer.width));
    frame.render_widget(Paragraph::new(keys).style(dim()), footer);
    if app.draft.is_some() {
        draft_form(frame, app, sim, body);
    }
}

/// Which lines fill `rows` rows of `width` columns: from `first`, so that
/// the selected line starts no lower than the middle, `count` lines. A
/// line's rows are its width over the columns, rounded up (word wrapping
/// may take one more now and then: the middle leaves room for it).
fn window(lines: &[Line], selected: Option<usize>, rows: usize, width: usize) -> (usize, usize) {
    let height = |line: &Line| line.width().div_ceil(width.max(1)).max(1);
    let mut first = selected.unwrap_or(0).min(lines.len().saturating_sub(1));
    let mut above = 0;
    while first > 0 && above + height(&lines[first - 1]) <= rows / 2 {
        first -= 1;
        above += height(&lines[first]);
    }
    // Near the end, the window shows the last rows rather than blank ones.
    let mut below: usize = lines[first.min(lines.len())..].iter().map(height).sum();
    while first > 0 && below + height(&lines[first - 1]) <= rows {
        first -= 1;
        below += height(&lines[first]);
    }
    (first, fitting(&lines[first.min(lines.len())..], rows, width))
}

/// How many of `lines` fill `rows` rows of `width` columns (the last may
/// be cut).
fn fitting(lines: &[Line], rows: usize, width: usize) -> usize {
    let height = |line: &Line| line.width().div_ceil(width.max(1)).max(1);
    let mut used = 0;
    lines
        .iter()
        .take_while(|line| {
            let fits = used < rows;
            used += height(line);
            fits
        })
        .count()
}

/// The end of the exercise: objectives met and missed, what became of
/// each piece of evidence and why, the score, where the journal is.
fn debrief(frame: &mut Frame, app: &App, sim: &Simulation, area: Rect) {
    let words = &app.words;
    let s = sim.scenario();
    let lang = words.lang().code();
    let report = sim.report();
    let mut lines = vec![score_line(words, &report)];
    lines.push(Line::styled(words.text("console-objectives", &[]), bold()));
    for o in &report.objectives {
        let state = match o.met_at {
            Some(at) => words.text("objective-met-at", &[("at", words.time(at))]),
            None => words.text("objective-missed", &[]),
        };
        lines.push(Line::from(format!(
            "  [{:>3}] {} — {state}",
            o.points,
            s.objectives[o.objective].text.get(lang)
        )));
    }
    lines.push(Line::styled(words.text("debrief-evidence", &[]), bold()));
    for e in &report.evidence {
        let fate = words.text(&format!("fate-{}", e.fate.code()), &[]);
        lines.push(Line::from(format!(
            "  {fate:<10} {} — {}",
            e.id,
            words.message(s, &e.truth)
        )));
    }
    lines.extend(incident_debrief(words, sim, app.shown_seat()));
    // The requests as they were written, for the debrief to quote: the
    // team's own and those that reached this seat (all, for the trainer).
    if let Some(view) = sim.view(app.shown_seat())
        && !view.requests.is_empty()
    {
        lines.push(Line::styled(words.text("debrief-requests", &[]), bold()));
        for r in &view.requests {
            lines.push(Line::from(format!(
                "  {} — {}",
                request_heading(words, s, r),
                words.message(s, &r.status)
            )));
            lines.extend(stated_lines(words, r));
        }
    }
    // The trainer's notes, written during play for this moment: the
    // trainer's debrief only (they are the trainer's, not the teams').
    if *app.shown_seat() == Participant::Trainer {
        let notes: Vec<Line> = sim
            .trace()
            .iter()
            .filter_map(|note| match &note.event {
                Event::Annotated { text } => Some(Line::from(format!(
                    "  {}  {}",
                    words.time(note.at),
                    crate::terminal::printable(text)
                ))),
                _ => None,
            })
            .collect();
        if !notes.is_empty() {
            lines.push(Line::styled(words.text("debrief-notes", &[]), bold()));
            lines.extend(notes);
        }
    }
    if let Some(journal) = &app.journal {
        lines.push(Line::from(
            words.text("play-journal-ended", &[("path", journal.clone())]),
        ));
    }
    let last = u16::try_from(lines.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let popup = centered(area, area.width, area.height);
    frame.render_widget(Clear, popup);
    // The keys stay in sight below however far the facts scroll.
    let [facts, keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)])
        .areas(popup.inner(ratatui::layout::Margin::new(1, 1)));
    frame.render_widget(
        Block::default()
            .borders(Borders::ALL)
            .title(words.text("debrief-title", &[])),
        popup,
    );
    frame.render_widget(Paragraph::new(words.text("keys-debrief", &[])).style(dim()), keys);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.debrief_scroll.min(last), 0)),
        facts,
    );
}

/// A ticked or an empty box.
fn tick(ticked: bool) -> &'static str {
    if ticked { "[x]" } else { "[ ]" }
}

/// Marks the line under the cursor.
fn pick(line: Line<'static>, here: bool) -> Line<'static> {
    if here { line.style(reversed()) } else { line }
}

fn inbox(app: &App, sim: &Simulation, view: &View, cursor: usize) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    if view.inbox.is_empty() {
        return (vec![Line::from(words.text("empty-inbox", &[]))], None);
    }
    let cursor = cursor.min(view.inbox.len() - 1);
    let lines = view
        .inbox
        .iter()
        .enumerate()
        .map(|(i, note)| {
            let unread = note.seq > view.read_upto;
            let line = note_line(app, s, note, if unread { "•" } else { " " });
            let line = if unread { line.style(bold()) } else { line };
            pick(line, i == cursor)
        })
        .collect();
    (lines, Some(cursor))
}

/// A note as lists show it: a mark, when, who, what.
fn note_line(app: &App, s: &Scenario, note: &TraceEvent, mark: &str) -> Line<'static> {
    let (actor, event) = app.note_words(s, note);
    Line::from(vec![
        Span::raw(format!("{mark} {} ", app.words.time(note.at))),
        Span::styled(format!("{actor} "), bold()),
        Span::raw(event.to_string()),
    ])
}

/// The case as the team lived it: every note that reached one of its
/// desks, oldest first (the inbox is this desk's alone).
fn timeline(
    app: &App,
    sim: &Simulation,
    seat: &Participant,
    cursor: usize,
) -> (Vec<Line<'static>>, Option<usize>) {
    let notes = sim.timeline(seat).unwrap_or_default();
    if notes.is_empty() {
        return (vec![Line::from(app.words.text("empty-timeline", &[]))], None);
    }
    let cursor = cursor.min(notes.len() - 1);
    let s = sim.scenario();
    let lines = notes
        .iter()
        .enumerate()
        .map(|(i, note)| pick(note_line(app, s, note, " "), i == cursor))
        .collect();
    (lines, Some(cursor))
}

fn case(app: &App, sim: &Simulation, view: &View, cursor: usize) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    let lang = words.lang().code();
    let listed = case_lines(sim, &view.participant);
    let cursor = cursor.min(listed.len().saturating_sub(1));
    let mut lines = incident_lines(app, sim, &view.participant);
    lines.push(Line::styled(words.text("case-leads", &[]), bold()));
    let mut selected = None;
    for (i, entry) in listed.iter().enumerate() {
        if let CaseLine::Item(_) = entry
            && !matches!(listed.get(i.wrapping_sub(1)), Some(CaseLine::Item(_)))
        {
            lines.push(Line::styled(words.text("case-evidence", &[]), bold()));
        }
        let text = match entry {
            CaseLine::Lead(l) => {
                let lead = view
                    .leads
                    .iter()
                    .find(|v| v.lead == *l)
                    .expect("listed from the view");
                let data = &s.leads[*l];
                let done = if lead.examined {
                    words.text("lead-examined-mark", &[])
                } else {
                    String::new()
                };
                let holder = match lead.provider {
                    Some(p) => format!(" → {} ({})", s.providers[p].name, s.providers[p].jurisdiction),
                    None if data.provider.is_some() => format!(" → {}", words.text("lead-look-up", &[])),
                    None => String::new(),
                };
                format!(
                    "{} ({}){done}{holder} — {}",
                    data.value,
                    data.id,
                    data.text.get(lang)
                )
            }
            CaseLine::Item(item) => {
                let seen = view
                    .evidence
                    .iter()
                    .find(|e| e.item == *item)
                    .expect("listed from the view");
                let provider = &s.providers[seen.provider];
                let (clock, close) = item_clock(words, sim.now(), seen);
                let text = format!(
                    "{} @ {} ({}) — {}{clock}",
                    seen.id,
                    provider.name,
                    provider.jurisdiction,
                    words.message(s, &seen.told)
                );
                if close {
                    // Within a day: a mark as well as weight, for
                    // terminals without colour or bold.
                    if i == cursor {
                        selected = Some(lines.len());
                    }
                    lines.push(pick(Line::styled(format!("! {text}"), bold()), i == cursor));
                    continue;
                }
                text
            }
        };
        if i == cursor {
            selected = Some(lines.len());
        }
        lines.push(pick(Line::from(format!("  {text}")), i == cursor));
    }
    (lines, selected)
}

/// How the incident went, for the debrief, when the team's speed could
/// change it (a stage with `unless`, or suspects to locate): each stage
/// reached, averted or put off and each suspect located, as this seat was
/// told, with their times. Nothing for a scenario that has neither, whose
/// debrief stays as it was.
fn incident_debrief(words: &Words, sim: &Simulation, seat: &Participant) -> Vec<Line<'static>> {
    let s = sim.scenario();
    let conditional = s
        .incidents
        .iter()
        .flat_map(|i| &i.stages)
        .any(|st| st.unless.is_some());
    if !conditional && s.suspects.is_empty() {
        return Vec::new();
    }
    let notes = sim.timeline(seat).unwrap_or_default();
    let happened: Vec<Line> = notes
        .iter()
        .filter(|note| {
            matches!(
                note.event,
                Event::StageReached { .. }
                    | Event::StageAverted { .. }
                    | Event::StageDelayed { .. }
                    | Event::SuspectLocated { .. }
            )
        })
        .map(|note| {
            Line::from(format!(
                "  {}  {}",
                words.time(note.at),
                words.message(s, &note.event)
            ))
        })
        .collect();
    if happened.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::styled(words.text("debrief-incident", &[]), bold())];
    lines.extend(happened);
    lines
}

/// The incidents of the seat's country, and the stages its team has seen
/// them reach (or averted, or put off): what the case is about.
fn incident_lines(app: &App, sim: &Simulation, seat: &Participant) -> Vec<Line<'static>> {
    let words = &app.words;
    let s = sim.scenario();
    let home = seat.jurisdiction().unwrap_or_default();
    let mut lines = Vec::new();
    let notes = sim.timeline(seat).unwrap_or_default();
    for (i, incident) in s.incidents.iter().enumerate() {
        if incident.jurisdiction != home {
            continue;
        }
        lines.push(Line::styled(words.text("case-incident", &[]), bold()));
        let offences: Vec<String> = incident
            .offences
            .iter()
            .map(|o| words.term_of("offence", o))
            .collect();
        lines.push(Line::from(format!(
            "  {} — {}",
            incident.victim.get(words.lang().code()),
            offences.join(", ")
        )));
        for note in &notes {
            if let Event::StageReached { stage, .. }
            | Event::StageAverted { stage }
            | Event::StageDelayed { stage, .. } = &note.event
                && stage.0 == i
            {
                lines.push(Line::from(format!(
                    "  {} {}",
                    words.time(note.at),
                    words.message(s, &note.event)
                )));
            }
        }
    }
    // The suspects the team located, and where: whom it may seek by red
    // notice or extradition (the draft form offers them).
    let home_j = s.jurisdictions.iter().position(|j| j.code == home);
    let located: Vec<Line<'static>> = notes
        .iter()
        .filter(|note| matches!(note.event, Event::SuspectLocated { by, .. } if Some(by) == home_j))
        .map(|note| {
            Line::from(format!(
                "  {} {}",
                words.time(note.at),
                words.message(s, &note.event)
            ))
        })
        .collect();
    if !located.is_empty() {
        lines.push(Line::styled(words.text("case-suspects", &[]), bold()));
        lines.extend(located);
    }
    lines
}

/// What is left on an item's clock, as the team can know it: the
/// preservation it was told of, or else its published retention; and
/// whether that is within a day.
fn item_clock(words: &Words, now: SimTime, seen: &EvidenceView) -> (String, bool) {
    let left = |at: SimTime| words.duration(crate::time::Duration((at.minutes() - now.minutes()).max(0)));
    let close = |at: SimTime| (0..1440).contains(&(at.minutes() - now.minutes()));
    match (&seen.told, seen.retention) {
        (Told::PreservedUntil { until } | Told::DisclosedPreservedUntil { until }, _) if *until > now => (
            words.text("item-preservation-left", &[("left", left(*until))]),
            close(*until),
        ),
        (Told::NotRequested | Told::Requested | Told::Disclosed, Some(retention)) => {
            let source = match retention.source {
                RetentionSource::Provider => words.text("retention-by-provider", &[]),
                RetentionSource::Law => words.text("retention-by-law", &[]),
            };
            if retention.runs_out > now {
                let text = words.text(
                    "item-retention-left",
                    &[("left", left(retention.runs_out)), ("source", source)],
                );
                (text, close(retention.runs_out))
            } else if matches!(seen.told, Told::Requested) {
                // Preservation was asked for and may well have taken
                // effect before then: the team waits for the answer.
                let at = words.time(retention.runs_out);
                (words.text("item-retention-awaiting", &[("at", at)]), false)
            } else {
                let at = words.time(retention.runs_out);
                let text = words.text("item-retention-passed", &[("at", at), ("source", source)]);
                (text, false)
            }
        }
        (Told::NotRequested | Told::Requested | Told::Disclosed, None) => {
            (words.text("item-retention-unknown", &[]), false)
        }
        _ => (String::new(), false),
    }
}

fn requests(app: &App, sim: &Simulation, view: &View, cursor: usize) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    if view.requests.is_empty() {
        let empty = match view.participant {
            Participant::Liaison { .. } => "empty-requests-liaison",
            _ => "empty-requests",
        };
        return (vec![Line::from(words.text(empty, &[]))], None);
    }
    let cursor = cursor.min(view.requests.len() - 1);
    let mut lines = Vec::new();
    let mut selected = None;
    for (i, r) in view.requests.iter().enumerate() {
        let status = words.message(s, &r.status);
        let wants = if super::app::waits_for_seat(&view.participant, s, r) {
            "» "
        } else {
            "  "
        };
        if i == cursor {
            selected = Some(lines.len());
        }
        lines.push(pick(
            Line::from(format!("{wants}{}", seat_heading(words, s, &view.participant, r))),
            i == cursor,
        ));
        lines.push(Line::from(format!(
            "     {status}{}",
            request_clock(words, view.now, r)
        )));
        // The selected request's elements as its drafter wrote them: what
        // the requested desk reads before it forwards or declines.
        if i == cursor {
            lines.extend(stated_lines(words, r));
        }
        if i == cursor && !r.missing.is_empty() && !matches!(r.status, RequestStatus::Closed { .. }) {
            lines.push(Line::styled(
                format!(
                    "     {}",
                    words.text(
                        "request-missing",
                        &[("fields", fields(words, s, &r.missing, r.basis))]
                    )
                ),
                bold(),
            ));
        }
    }
    (lines, selected)
}

/// A request as lists name it: `#3 Art. 29 preservation (…) → BM [log-1]`,
/// `#4 extradition (…) → BM [operator]`; `#5 joint investigation team (…)
/// → BM` for a request that names nothing.
/// A request as `seat` lists it. A provider's liaison reads who asks and
/// whether the company must answer: an order binds it, a voluntary request
/// it may decline (CETS 224 Arts 6, 7, its own emergency policy).
fn seat_heading(words: &Words, s: &Scenario, seat: &Participant, r: &RequestView) -> String {
    let heading = request_heading(words, s, r);
    if !matches!(seat, Participant::Liaison { .. }) {
        return heading;
    }
    let binds = if crate::law::rule(r.instrument).provider_may_decline {
        "liaison-voluntary"
    } else {
        "liaison-binding"
    };
    let from = &s.jurisdictions[r.from];
    words.text(
        "liaison-request",
        &[
            ("heading", heading),
            ("from", country(words, from)),
            ("binds", words.text(binds, &[])),
        ],
    )
}

fn request_heading(words: &Words, s: &Scenario, r: &RequestView) -> String {
    let basis = instrument_name(words, s, r.instrument, r.basis);
    // What it names: data items, or the leads or the suspect a request
    // about no data names; nothing for a team or a hearing (Arts 11, 12).
    let items: Vec<&str> = r
        .items
        .iter()
        .map(|&i| s.evidence[i].id.as_str())
        .chain(r.leads.iter().map(|&l| s.leads[l].id.as_str()))
        .chain(r.suspect.map(|x| s.suspects[x].id.as_str()))
        .collect();
    let named = if items.is_empty() {
        String::new()
    } else {
        format!(" [{}]", items.join(", "))
    };
    format!("#{} {} → {}{named}", r.id, basis, s.jurisdictions[r.to].code)
}

/// How long an open request has been on its way, and when the law wants
/// its answer: the queues' clocks.
fn request_clock(words: &Words, now: SimTime, r: &RequestView) -> String {
    let (Some(sent), false) = (r.sent_at, matches!(r.status, RequestStatus::Closed { .. })) else {
        return String::new();
    };
    let since = now.minutes() - sent.minutes();
    let mut clock = if since > 0 {
        let ago = words.duration(crate::time::Duration(since));
        words.text("request-sent-ago", &[("at", words.time(sent)), ("ago", ago)])
    } else {
        words.text("request-sent-now", &[("at", words.time(sent))])
    };
    if let Some(due) = r.answer_due {
        let left = words.duration(crate::time::Duration((due.minutes() - now.minutes()).max(0)));
        clock += &words.text("request-answer-due", &[("by", words.time(due)), ("left", left)]);
    }
    clock
}

/// The elements of a request its drafter wrote, quoted.
fn stated_lines(words: &Words, r: &RequestView) -> Vec<Line<'static>> {
    r.fields
        .iter()
        .filter_map(|stated| {
            let text = crate::terminal::printable(stated.text.as_deref()?);
            let field = words.field(stated.field, Some(r.basis));
            Some(Line::styled(format!("     {field}: “{text}”"), dim()))
        })
        .collect()
}

/// Request elements as a request resting on `basis` cites them.
fn fields(
    words: &Words,
    s: &crate::scenario::model::Scenario,
    list: &[RequestField],
    basis: crate::law::Basis,
) -> String {
    words.render(
        s,
        "result-executed",
        &[
            ("clauses", crate::sim::message::arg::fields(list)),
            ("basis", crate::sim::message::Arg::Basis(basis)),
        ],
    )
}

fn law(app: &App, sim: &Simulation, seat: &Participant) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    let Some(options) = sim.options(seat) else {
        return (vec![Line::from(words.text("law-trainer", &[]))], None);
    };
    let c = app
        .law_counterpart
        .min(options.counterparts.len().saturating_sub(1));
    let Some(counterpart) = options.counterparts.get(c) else {
        return (Vec::new(), None);
    };
    let to = &s.jurisdictions[counterpart.jurisdiction];
    let codes: Vec<String> = options
        .counterparts
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let named = country(words, &s.jurisdictions[o.jurisdiction]);
            if i == c { format!("[{named}]") } else { named }
        })
        .collect();
    let mut lines = vec![
        Line::from(codes.join("  ")),
        Line::styled(
            words.text(
                "law-towards",
                &[("jurisdiction", to.name.get(words.lang().code()).to_string())],
            ),
            bold(),
        ),
    ];
    for available in &counterpart.instruments {
        let name = instrument_name(words, s, available.instrument, available.basis);
        let who = words.render(
            s,
            "law-sent-by",
            &[("senders", crate::sim::message::arg::roles_or(&available.senders))],
        );
        let mut marks = String::new();
        if available.this_seat_sends {
            marks.push_str(" *");
        }
        if available.waits_for_emergency {
            marks.push_str(&format!(" ({})", words.text("law-needs-emergency", &[])));
        }
        lines.push(Line::from(format!("  {name}{marks}")));
        // An instrument that asks nothing to be stated (the CSIRTs) says so.
        let stated = if available.fields.is_empty() {
            words.text("instruments-states-nothing", &[])
        } else {
            fields(words, s, &available.fields, available.basis)
        };
        lines.push(Line::styled(
            format!("      {who}; {}", words.text("law-states", &[("fields", stated)])),
            dim(),
        ));
    }
    if !counterpart.missing.is_empty() {
        lines.push(Line::styled(words.text("law-missing", &[]), bold()));
        for why in &counterpart.missing {
            lines.push(Line::from(format!("  {}", words.message(s, why))));
        }
    }
    (lines, None)
}

fn clocks(app: &App, sim: &Simulation, view: &View) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    let now = sim.now();
    let lines = view
        .clocks
        .iter()
        .map(|deadline| {
            let left = deadline.at().minutes() - now.minutes();
            let when = if left < 0 {
                words.text("clock-passed", &[])
            } else {
                words.text(
                    "clock-left",
                    &[("left", words.duration(crate::time::Duration(left)))],
                )
            };
            let line = Line::from(format!(
                "{}  {}  ({when})",
                words.time(deadline.at()),
                words.message(s, deadline)
            ));
            // Within a day: what expires next stands out; what has passed
            // steps back.
            match left {
                0..1440 => line.style(bold()),
                ..0 => line.style(dim()),
                _ => line,
            }
        })
        .collect::<Vec<_>>();
    if lines.is_empty() {
        return (vec![Line::from(words.text("empty-clocks", &[]))], None);
    }
    (lines, None)
}

fn due(words: &Words, sim: &Simulation, due: &Due) -> String {
    let s = sim.scenario();
    match due {
        Due::RetentionCheck(item) => words.text("due-retention", &[("item", s.evidence[*item].id.clone())]),
        Due::Stage(i, st) => words.text("due-stage", &[("stage", s.incidents[*i].stages[*st].id.clone())]),
        Due::Inject(i) => words.text("due-inject", &[("inject", s.injects[*i].id.clone())]),
        Due::End => words.text("due-end", &[]),
        Due::JudgeSigns(r) => words.text("due-judge", &[("request", r.to_string())]),
        Due::RequestStep(r) => words.text("due-request", &[("request", r.to_string())]),
        Due::Think(seat) => words.text("due-think", &[("seat", sim.seat_participant(*seat).to_string())]),
        Due::Collect(r, item) => words.text(
            "due-collect",
            &[("request", r.to_string()), ("item", s.evidence[*item].id.clone())],
        ),
    }
}

fn console(app: &App, sim: &Simulation, view: &View, cursor: usize) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    let lang = words.lang().code();
    let Some(overview) = &view.overview else {
        return (Vec::new(), None);
    };
    let report = sim.report();
    let mut lines = vec![score_line(words, &report)];
    lines.push(Line::styled(words.text("console-injects", &[]), bold()));
    let cursor = cursor.min(overview.injects.len().saturating_sub(1));
    let mut selected = None;
    for (i, inject) in overview.injects.iter().enumerate() {
        let state = match inject.fired_at {
            Some(at) => words.text("inject-fired-at", &[("at", words.time(at))]),
            None => words.text("inject-waiting", &[]),
        };
        if i == cursor {
            selected = Some(lines.len());
        }
        lines.push(pick(
            Line::from(format!("  {} — {state}", inject.id)),
            i == cursor,
        ));
    }
    lines.push(Line::styled(words.text("console-objectives", &[]), bold()));
    for objective in &overview.objectives {
        let state = match (objective.met_at, objective.by) {
            (Some(at), _) => words.text("objective-met-at", &[("at", words.time(at))]),
            (None, Some(by)) if by < sim.now() => words.text("objective-missed", &[]),
            (None, Some(by)) => words.text("objective-by", &[("by", words.time(by))]),
            (None, None) => words.text("objective-open", &[]),
        };
        lines.push(Line::from(format!(
            "  [{:>3}] {} — {state}",
            objective.points,
            s.objectives[objective.objective].text.get(lang)
        )));
    }
    (lines, selected)
}

/// The trainer's agenda: what is due, up to the exercise's end.
fn agenda(app: &App, sim: &Simulation, view: &View) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let Some(overview) = &view.overview else {
        return (Vec::new(), None);
    };
    let title = match sim.end_time() {
        Some(end) => words.text("agenda-until", &[("end", words.time(end))]),
        None => words.text("console-agenda", &[]),
    };
    let mut lines = vec![Line::styled(title, bold())];
    for entry in super::app::agenda(sim, &overview.agenda) {
        lines.push(Line::from(format!(
            "  {}  {}",
            words.time(entry.at),
            due(words, sim, &entry.due)
        )));
    }
    (lines, None)
}

fn truth(app: &App, sim: &Simulation, view: &View) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    let lines = view
        .evidence
        .iter()
        .map(|e| {
            let truth = e.truth.as_ref().map(|t| words.message(s, t)).unwrap_or_default();
            Line::from(format!("{} @ {} — {truth}", e.id, s.providers[e.provider].name))
        })
        .collect();
    (lines, None)
}

fn draft_form(frame: &mut Frame, app: &App, sim: &Simulation, body: Rect) {
    let words = &app.words;
    let s = sim.scenario();
    let seat = app.acting_seat();
    let (Some(draft), Some(options)) = (&app.draft, sim.options(seat)) else {
        return;
    };
    let instruments = sendable(&options, draft.counterpart);
    let names = form_names(&options, draft);
    let items = form_choices(sim, &options, names);
    let elements = form_elements(&options, draft);
    // The basis the drafted request would rest on: how its elements are cited.
    let basis = instruments.get(draft.instrument).and_then(|instrument| {
        options.counterparts[draft.counterpart]
            .instruments
            .iter()
            .find(|a| a.instrument == *instrument)
            .map(|a| a.basis)
    });
    let here = |part: DraftPart| draft.part == part;
    let title = |part: DraftPart, id: &str| {
        let text = words.text(id, &[]);
        if here(part) {
            Line::styled(format!("> {text}"), bold())
        } else {
            Line::from(format!("  {text}"))
        }
    };
    let counterpart = &options.counterparts[draft.counterpart];
    // The line the cursor is on, kept in sight as the list scrolls: the
    // value of the part chosen with ←→, or the item or element picked.
    let mut at = match draft.part {
        DraftPart::Counterpart => 1,
        _ => 3,
    };
    let mut lines = vec![
        title(DraftPart::Counterpart, "form-to"),
        Line::from(format!(
            "    ◂ {} ▸",
            country(words, &s.jurisdictions[counterpart.jurisdiction])
        )),
        title(DraftPart::Instrument, "form-instrument"),
    ];
    match instruments.get(draft.instrument) {
        Some(instrument) => {
            let available = counterpart
                .instruments
                .iter()
                .find(|a| a.instrument == *instrument)
                .expect("sendable");
            let name = instrument_name(words, s, available.instrument, available.basis);
            lines.push(Line::from(format!("    ◂ {name} ▸")));
        }
        None => lines.push(Line::from(format!(
            "    {}",
            words.text("draft-no-instrument", &[])
        ))),
    }
    // What the request names, as its instrument says: data, leads,
    // wallets and accounts, one suspect, or nothing (no list at all).
    let list = match names {
        Names::Data => Some(("form-data", "form-no-data")),
        Names::Leads => Some(("form-leads", "form-no-leads")),
        Names::Assets => Some(("form-assets", "form-no-assets")),
        Names::Suspect => Some(("form-suspect", "form-no-suspect")),
        Names::Nothing => None,
    };
    if let Some((heading, none)) = list {
        if here(DraftPart::Items) {
            at = lines.len();
        }
        lines.push(title(DraftPart::Items, heading));
        if items.is_empty() {
            lines.push(Line::from(format!("    {}", words.text(none, &[]))));
        }
    }
    let code = |j: usize| s.jurisdictions[j].code.as_str();
    for (i, item) in items.iter().enumerate() {
        let ticked = draft.items.contains(item);
        let text = match *item {
            Named::Item(i) => format!("{} {}", tick(ticked), s.evidence[i].id),
            Named::Lead(l) => {
                let lead = &s.leads[l];
                // A wallet or an account, with the country its custodian
                // is in once looked up: where a freeze is asked.
                let held = options
                    .assets
                    .iter()
                    .find(|a| a.lead == l && names == Names::Assets)
                    .and_then(|a| a.held_in)
                    .map(|j| format!(" → {}", code(j)))
                    .unwrap_or_default();
                format!("{} {} ({}){held}", tick(ticked), lead.id, lead.value)
            }
            Named::Suspect(x) => {
                // One suspect: a radio button, and where they are.
                let suspect = &s.suspects[x];
                let located = options
                    .suspects
                    .iter()
                    .find(|k| k.suspect == x)
                    .map_or("", |k| code(k.jurisdiction));
                let mark = if ticked { "(•)" } else { "( )" };
                format!(
                    "{mark} {} → {located} — {}",
                    suspect.id,
                    suspect.text.get(words.lang().code())
                )
            }
        };
        let line = Line::from(format!("    {text}"));
        if here(DraftPart::Items) && i == draft.cursor {
            at = lines.len();
        }
        lines.push(pick(line, here(DraftPart::Items) && i == draft.cursor));
    }
    if here(DraftPart::Elements) {
        at = lines.len();
    }
    lines.push(title(DraftPart::Elements, "form-elements"));
    for (i, field) in elements.iter().enumerate() {
        let tick = tick(draft.fields.contains(field));
        let line = Line::from(format!("    {tick} {}", words.field(*field, basis)));
        if here(DraftPart::Elements) && i == draft.cursor {
            at = lines.len();
        }
        lines.push(pick(line, here(DraftPart::Elements) && i == draft.cursor));
        // What the participant wrote: shown as typed, never obeyed.
        if let Some(text) = draft.texts.get(field) {
            let text = crate::terminal::printable(text);
            lines.push(Line::styled(format!("        “{text}”"), dim()));
        }
    }
    // Below the list, always in sight: what the engine would answer if
    // the form were sent now, and how many elements it still lacks.
    let mut foot = Vec::new();
    if let Some(check) = &app.form_check {
        let mark = if check.refused { "! " } else { "→ " };
        let style = if check.refused { bold() } else { dim() };
        foot.push(Line::styled(format!("{mark}{}", check.text), style));
    }
    let missing = elements.iter().filter(|f| !draft.fields.contains(f)).count();
    if missing > 0 {
        foot.push(Line::styled(
            words.render(
                s,
                "form-missing",
                &[("count", crate::sim::Arg::Count(missing as u64))],
            ),
            bold(),
        ));
    }
    let popup = body;
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(words.text("form-title", &[]));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let width = usize::from(inner.width);
    let foot_rows: usize = foot
        .iter()
        .map(|line| wrapped_rows(&line.to_string(), width))
        .sum();
    let foot_rows = u16::try_from(foot_rows).unwrap_or(u16::MAX).min(inner.height / 2);
    // The foot follows the list, or stays at the bottom when the list is
    // longer than the room.
    let list_rows: usize = lines
        .iter()
        .map(|line| wrapped_rows(&line.to_string(), width))
        .sum();
    let list_rows = u16::try_from(list_rows)
        .unwrap_or(u16::MAX)
        .min(inner.height - foot_rows);
    let [list_area, foot_area, _] = Layout::vertical([
        Constraint::Length(list_rows),
        Constraint::Length(foot_rows),
        Constraint::Min(0),
    ])
    .areas(inner);
    // The list scrolls to keep the cursor's line in sight.
    let (first, count) = window(&lines, Some(at), usize::from(list_area.height), width);
    let lines: Vec<Line> = lines.into_iter().skip(first).take(count).collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), list_area);
    frame.render_widget(Paragraph::new(foot).wrap(Wrap { trim: false }), foot_area);
}

/// How many rows `text` takes wrapped at word boundaries to `width`
/// columns (a word longer than a row is cut across rows).
fn wrapped_rows(text: &str, width: usize) -> usize {
    let width = width.max(1);
    let mut rows = 1;
    let mut col = 0;
    for (i, word) in text.split(' ').enumerate() {
        let w = Span::raw(word).width();
        if i > 0 {
            if col + 1 + w <= width {
                col += 1 + w;
                continue;
            }
            rows += 1;
            col = 0;
        }
        col += w;
        while col > width {
            rows += 1;
            col -= width;
        }
    }
    rows
}

fn help(frame: &mut Frame, app: &App, area: Rect) {
    let words = &app.words;
    let popup = centered(area, area.width.saturating_sub(4), area.height.saturating_sub(2));
    let inner = usize::from(popup.width.saturating_sub(2));
    let page = usize::from(popup.height.saturating_sub(2));
    // Scrolled by whole lines (↑↓, PgUp PgDn); a row of the law table
    // that wraps continues under its value, not under its label.
    let rows: Vec<Vec<String>> = app
        .help_lines()
        .into_iter()
        .map(|(line, indent)| hanging(&line, indent, inner))
        .collect();
    // The last page starts at the first line from which the rest fits:
    // End shows the last line at the bottom of a full page, and no
    // scrolling goes past it.
    let mut fits = 0;
    let mut last_page = rows.len().saturating_sub(1);
    for (at, line) in rows.iter().enumerate().rev() {
        fits += line.iter().map(|row| wrapped_rows(row, inner)).sum::<usize>();
        if fits > page {
            break;
        }
        last_page = at;
    }
    app.help_last_page.set(last_page);
    let lines: Vec<Line> = rows
        .into_iter()
        .skip(app.help_scroll.min(last_page))
        .flatten()
        .map(Line::from)
        .collect();
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .title(words.text("help-title", &[]))
                .title_bottom(words.text("help-keys", &[])),
        ),
        popup,
    );
}

/// `line` cut at spaces into rows of at most `width` characters, every
/// row after the first starting `indent` columns in. A line without an
/// indent, or too narrow a screen for one, is left whole for the
/// paragraph to wrap.
fn hanging(line: &str, indent: usize, width: usize) -> Vec<String> {
    if indent == 0 || width <= indent + 10 || line.chars().count() <= width {
        return vec![line.to_string()];
    }
    let split = line.char_indices().nth(indent).map_or(line.len(), |(at, _)| at);
    let (label, value) = line.split_at(split);
    let room = width - indent;
    let mut rows = Vec::new();
    let mut row = String::new();
    for word in value.split(' ').filter(|word| !word.is_empty()) {
        let (taken, more) = (row.chars().count(), word.chars().count());
        if taken > 0 && taken + 1 + more > room {
            rows.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        row.push_str(word);
    }
    rows.push(row);
    rows.into_iter()
        .enumerate()
        .map(|(n, row)| {
            let lead = if n == 0 {
                label.to_string()
            } else {
                " ".repeat(indent)
            };
            format!("{lead}{row}")
        })
        .collect()
}

/// The score as the console and the debrief show it.
fn score_line(words: &Words, report: &crate::sim::Report) -> Line<'static> {
    Line::styled(
        words.text(
            "console-score",
            &[
                ("score", report.score.to_string()),
                ("max", report.max_score.to_string()),
            ],
        ),
        bold(),
    )
}

/// An instrument with the basis it rests on: `MLA (bilateral MLA treaty)`.
fn instrument_name(
    words: &Words,
    s: &crate::scenario::model::Scenario,
    instrument: crate::scenario::model::Instrument,
    basis: crate::law::Basis,
) -> String {
    words.render(
        s,
        "instrument-with-basis",
        &[
            ("instrument", crate::sim::Arg::Instrument(instrument)),
            ("basis", crate::sim::Arg::Basis(basis)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::hanging;

    #[test]
    fn a_wrapped_row_continues_under_its_value() {
        let line = "  Used by  investigator, prosecutor, 24/7 contact";
        assert_eq!(
            hanging(line, 11, 30),
            [
                "  Used by  investigator,",
                "           prosecutor, 24/7",
                "           contact",
            ]
        );
        assert_eq!(hanging(line, 11, 80), [line]);
        assert_eq!(hanging(line, 0, 30), [line], "no indent: the paragraph wraps it");
    }
}

/// A footer's keys, as many as fit in `width` columns. A footer lists its
/// keys most used first, separated by " · "; those that do not fit are
/// left out from the end, except the help key (`?`), which stays to say
/// where the rest are explained.
fn fitting_keys(keys: &str, width: usize) -> String {
    const SEPARATOR: &str = " · ";
    let columns = |text: &str| Line::from(text).width();
    if columns(keys) <= width {
        return keys.to_string();
    }
    let items: Vec<&str> = keys.split(SEPARATOR).collect();
    let help = items.iter().position(|item| item.starts_with('?'));
    let mut kept: Vec<&str> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if Some(i) == help {
            continue;
        }
        let mut trial = kept.clone();
        trial.push(item);
        trial.extend(help.map(|h| items[h]));
        if columns(&trial.join(SEPARATOR)) > width {
            break;
        }
        kept.push(item);
    }
    kept.extend(help.map(|h| items[h]));
    kept.join(SEPARATOR)
}

#[cfg(test)]
mod footer_tests {
    use super::fitting_keys;

    #[test]
    fn keys_that_do_not_fit_are_left_out_from_the_end_but_help_stays() {
        let keys = "p pause · n next · r report · v seat · ?";
        assert_eq!(fitting_keys(keys, 80), keys);
        // "p pause · n next · r report · ?" is 31 columns; with "v seat", 40.
        assert_eq!(fitting_keys(keys, 39), "p pause · n next · r report · ?");
        assert_eq!(fitting_keys(keys, 31), "p pause · n next · r report · ?");
        assert_eq!(fitting_keys(keys, 30), "p pause · n next · ?");
        assert_eq!(fitting_keys("↑↓ move · Esc back · q quit", 16), "↑↓ move");
        assert_eq!(fitting_keys("a all · ? help · q quit", 14), "a all · ? help");
    }
}
