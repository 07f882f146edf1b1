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

use crate::law::RequestField;
use crate::sim::view::{RequestStatus, View};
use crate::sim::{Due, Participant, Simulation};
use crate::words::{Lang, Words};

use super::app::{App, CaseLine, DraftPart, Phase, Tab, case_lines, form_elements, nameable_items, sendable};
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

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App, sim: Option<&Simulation>) {
    let area = frame.area();
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
        frame.render_widget(
            Paragraph::new(format!("{}_", typing.text))
                .block(Block::default().borders(Borders::ALL).title(prompt)),
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

/// A seat as people read it: `VL — 24/7 contact`, or the trainer.
pub fn seat_name(words: &Words, seat: &Participant) -> String {
    match seat {
        Participant::Trainer => words.text("seat-trainer", &[]),
        Participant::Player { jurisdiction, role } => words.text(
            "seat-player",
            &[
                ("jurisdiction", jurisdiction.clone()),
                ("role", words.term_of("role", role)),
            ],
        ),
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
            format!("  {tick} {}", seat_name(words, seat)),
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
                    .map(|p| seat_name(words, p))
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
        words.text("clock-ended", &[("at", at.to_string())])
    } else if sim.paused() {
        words.text("clock-paused", &[])
    } else {
        words.text("clock-running", &[("speed", sim.speed().to_string())])
    };
    let mut seat = seat_name(words, app.shown_seat());
    if app.viewing.is_some() {
        seat = words.text("viewing", &[("seat", seat)]);
    }
    let first = Line::from(vec![
        Span::styled(format!("{} ", sim.now()), bold()),
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
    let [head, tab_bar, body, status, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
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
    let mut spans = Vec::new();
    for (i, tab) in tabs.iter().enumerate() {
        let mut title = format!(" {} {} ", i + 1, words.text(tab.title(), &[]));
        if *tab == Tab::Inbox && unread > 0 {
            title = format!(" {} {} ({unread}) ", i + 1, words.text(tab.title(), &[]));
        }
        let style = if *tab == app.current_tab() {
            reversed()
        } else {
            Style::default()
        };
        spans.push(Span::styled(title, style));
    }
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
    };
    // Only the lines that can show are laid out (wrapping every note of a
    // long exercise would cost a redraw milliseconds): a window of the
    // body's height that keeps the selected line in its upper half, so
    // that lines wrapping above it cannot push it out of sight.
    let inner = usize::from(body.height.saturating_sub(2));
    let first = selected.map_or(0, |s| s.saturating_sub(inner / 2));
    let lines: Vec<Line> = lines.into_iter().skip(first).take(inner).collect();
    frame.render_widget(
        Wrapped::new(lines).block(Block::default().borders(Borders::ALL)),
        body,
    );
    if let Some(said) = &app.said {
        let style = if said.refused { bold() } else { Style::default() };
        let mark = if said.refused { "! " } else { "" };
        frame.render_widget(
            Paragraph::new(format!("{mark}{}", said.text)).style(style),
            status,
        );
    }
    let keys = if app.draft.is_some() {
        "keys-form"
    } else if seat == Participant::Trainer && app.viewing.is_none() {
        "keys-trainer"
    } else {
        match app.current_tab() {
            Tab::Inbox => "keys-inbox",
            Tab::Case => "keys-case",
            Tab::Requests => "keys-requests",
            Tab::Law => "keys-law",
            _ => "keys-desk",
        }
    };
    frame.render_widget(Paragraph::new(words.text(keys, &[])).style(dim()), footer);
    if app.draft.is_some() {
        draft_form(frame, app, sim, body);
    }
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
            Some(at) => words.text("objective-met-at", &[("at", at.to_string())]),
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
    if let Some(journal) = &app.journal {
        lines.push(Line::from(
            words.text("play-journal-ended", &[("path", journal.clone())]),
        ));
    }
    lines.push(Line::styled(words.text("keys-debrief", &[]), dim()));
    let popup = centered(area, area.width, area.height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Wrapped::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .title(words.text("debrief-title", &[])),
        ),
        popup,
    );
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
            let mark = if unread { "•" } else { " " };
            let (actor, event) = app.note_words(s, note);
            let line = Line::from(vec![
                Span::raw(format!("{mark} {} ", note.at)),
                Span::styled(format!("{actor} "), bold()),
                Span::raw(event.to_string()),
            ]);
            let line = if unread { line.style(bold()) } else { line };
            pick(line, i == cursor)
        })
        .collect();
    (lines, Some(cursor))
}

fn case(app: &App, sim: &Simulation, view: &View, cursor: usize) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    let lang = words.lang().code();
    let listed = case_lines(sim, &view.participant);
    let cursor = cursor.min(listed.len().saturating_sub(1));
    let mut lines = vec![Line::styled(words.text("case-leads", &[]), bold())];
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
                format!(
                    "{} @ {} ({}) — {}",
                    seen.id,
                    provider.name,
                    provider.jurisdiction,
                    words.message(s, &seen.told)
                )
            }
        };
        if i == cursor {
            selected = Some(lines.len());
        }
        lines.push(pick(Line::from(format!("  {text}")), i == cursor));
    }
    (lines, selected)
}

fn requests(app: &App, sim: &Simulation, view: &View, cursor: usize) -> (Vec<Line<'static>>, Option<usize>) {
    let words = &app.words;
    let s = sim.scenario();
    if view.requests.is_empty() {
        return (vec![Line::from(words.text("empty-requests", &[]))], None);
    }
    let cursor = cursor.min(view.requests.len() - 1);
    let mut lines = Vec::new();
    let mut selected = None;
    for (i, r) in view.requests.iter().enumerate() {
        let basis = instrument_name(words, s, r.instrument, r.basis);
        let items: Vec<&str> = r.items.iter().map(|&i| s.evidence[i].id.as_str()).collect();
        let status = words.message(s, &r.status);
        let wants = if super::app::waits_for_seat(&r.status) {
            "» "
        } else {
            "  "
        };
        if i == cursor {
            selected = Some(lines.len());
        }
        lines.push(pick(
            Line::from(format!(
                "{wants}#{} {} → {} [{}]",
                r.id,
                basis,
                s.jurisdictions[r.to].code,
                items.join(", ")
            )),
            i == cursor,
        ));
        lines.push(Line::from(format!("     {status}")));
        // The selected request's elements as its drafter wrote them: what
        // the requested desk reads before it forwards or declines.
        if i == cursor {
            for stated in &r.fields {
                if let Some(text) = &stated.text {
                    let text = crate::terminal::printable(text);
                    let field = words.term_of("field", &stated.field);
                    lines.push(Line::styled(format!("     {field}: “{text}”"), dim()));
                }
            }
        }
        if i == cursor && !r.missing.is_empty() && !matches!(r.status, RequestStatus::Closed { .. }) {
            lines.push(Line::styled(
                format!(
                    "     {}",
                    words.text("request-missing", &[("fields", fields(words, s, &r.missing))])
                ),
                bold(),
            ));
        }
    }
    (lines, selected)
}

fn fields(words: &Words, s: &crate::scenario::model::Scenario, list: &[RequestField]) -> String {
    words.render(
        s,
        "result-executed",
        &[("clauses", crate::sim::message::arg::fields(list))],
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
            let code = s.jurisdictions[o.jurisdiction].code.clone();
            if i == c { format!("[{code}]") } else { code }
        })
        .collect();
    let mut lines = vec![
        Line::from(codes.join(" ")),
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
        lines.push(Line::styled(
            format!(
                "      {who}; {}",
                words.text("law-states", &[("fields", fields(words, s, &available.fields))])
            ),
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
            let line = Line::from(format!(
                "{}  {}  ({})",
                deadline.at(),
                words.message(s, deadline),
                words.text(
                    "clock-left",
                    &[("left", crate::time::Duration(left.max(0)).to_string())]
                )
            ));
            // Within a day: what expires next stands out.
            if (0..1440).contains(&left) {
                line.style(bold())
            } else {
                line
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
        Due::Think(p) => words.text("due-think", &[("seat", p.to_string())]),
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
            Some(at) => words.text("inject-fired-at", &[("at", at.to_string())]),
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
            (Some(at), _) => words.text("objective-met-at", &[("at", at.to_string())]),
            (None, Some(by)) if by < sim.now() => words.text("objective-missed", &[]),
            (None, Some(by)) => words.text("objective-by", &[("by", by.to_string())]),
            (None, None) => words.text("objective-open", &[]),
        };
        lines.push(Line::from(format!(
            "  [{:>3}] {} — {state}",
            objective.points,
            s.objectives[objective.objective].text.get(lang)
        )));
    }
    lines.push(Line::styled(words.text("console-agenda", &[]), bold()));
    for entry in overview.agenda.iter().take(12) {
        lines.push(Line::from(format!(
            "  {}  {}",
            entry.at,
            due(words, sim, &entry.due)
        )));
    }
    (lines, selected)
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
    let items = nameable_items(sim, seat);
    let elements = form_elements(&options, draft);
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
    let mut lines = vec![
        title(DraftPart::Counterpart, "form-to"),
        Line::from(format!(
            "    ◂ {} ▸",
            s.jurisdictions[counterpart.jurisdiction].code
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
    lines.push(title(DraftPart::Items, "form-data"));
    if items.is_empty() {
        lines.push(Line::from(format!("    {}", words.text("form-no-data", &[]))));
    }
    for (i, item) in items.iter().enumerate() {
        let tick = if draft.items.contains(item) { "[x]" } else { "[ ]" };
        let line = Line::from(format!("    {tick} {}", s.evidence[*item].id));
        lines.push(pick(line, here(DraftPart::Items) && i == draft.cursor));
    }
    lines.push(title(DraftPart::Elements, "form-elements"));
    for (i, field) in elements.iter().enumerate() {
        let tick = if draft.fields.contains(field) {
            "[x]"
        } else {
            "[ ]"
        };
        let line = Line::from(format!("    {tick} {}", words.term_of("field", field)));
        lines.push(pick(line, here(DraftPart::Elements) && i == draft.cursor));
        // What the participant wrote: shown as typed, never obeyed.
        if let Some(text) = draft.texts.get(field) {
            let text = crate::terminal::printable(text);
            lines.push(Line::styled(format!("        “{text}”"), dim()));
        }
    }
    // What the engine would answer if the form were sent now.
    if let Some(check) = &app.form_check {
        let mark = if check.refused { "! " } else { "→ " };
        let style = if check.refused { bold() } else { dim() };
        lines.push(Line::styled(format!("{mark}{}", check.text), style));
    }
    let missing = elements.iter().filter(|f| !draft.fields.contains(f)).count();
    if missing > 0 {
        lines.push(Line::styled(
            words.render(
                s,
                "form-missing",
                &[("count", crate::sim::Arg::Count(missing as u64))],
            ),
            bold(),
        ));
    }
    // Keep the part under the cursor in sight on a small screen.
    let at = lines
        .iter()
        .position(|l| {
            l.style.add_modifier.contains(Modifier::REVERSED)
                || l.style.add_modifier.contains(Modifier::BOLD) && l.to_string().starts_with('>')
        })
        .unwrap_or(0) as u16;
    let scroll = at.saturating_sub(body.height.saturating_sub(4));
    let popup = body;
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(words.text("form-title", &[])),
            ),
        popup,
    );
}

fn help(frame: &mut Frame, app: &App, area: Rect) {
    let words = &app.words;
    let text = words.text("help", &[]);
    let popup = centered(area, area.width.saturating_sub(4), area.height.saturating_sub(2));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .title(words.text("help-title", &[])),
        ),
        popup,
    );
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
