//! The report's tables and facts, built once in the reader's words for
//! both renderers ([`super::markdown`], [`super::html`]), so that a
//! column added or a cell reworded is one change and the two formats
//! never disagree. Builds text only: no escaping and no markup, which are
//! each renderer's.

use super::said::Said;
use super::{AfterAction, Cell, Rated, RetentionDeadline, SeatRecord, Table, TeamRecord};
use crate::scenario::model::Scenario;
use crate::sim::Arg;
use crate::time::SimTime;

fn text(s: String) -> Cell {
    Cell::Text(s)
}

fn played_by(said: &Said, person: bool) -> String {
    said.text(if person {
        "report-played-person"
    } else {
        "report-played-simulated"
    })
}

/// The overview's facts (label, value): scenario, seed, start and end
/// (with the local clock), the journal, the countries, the score.
pub fn overview_facts(said: &Said, report: &AfterAction) -> Vec<(String, String)> {
    let o = &report.overview;
    let t = |id: &str| said.text(id);
    let local = |at: SimTime, rfc: Option<&String>| match (rfc, &o.local) {
        (Some(rfc), Some(local)) => format!(
            "{} — {}",
            said.time(at),
            said.with(
                "report-local",
                &[("time", rfc.clone()), ("zone", local.zone.clone())]
            )
        ),
        _ => said.time(at),
    };
    let journal_id = if o.finished {
        "report-journal-finished"
    } else {
        "report-journal-unfinished"
    };
    vec![
        (t("report-scenario"), format!("{} ({})", said.title(), o.scenario)),
        (t("report-seed"), o.seed.to_string()),
        (
            t("report-start"),
            local(SimTime::START, o.local.as_ref().map(|l| &l.start)),
        ),
        (t("report-end"), local(o.end, o.local.as_ref().map(|l| &l.end))),
        (
            t("report-journal"),
            said.words
                .counted(journal_id, &[("engine", o.engine.clone())], &[("steps", o.steps)]),
        ),
        (
            t("report-countries"),
            o.countries
                .iter()
                .map(|&j| {
                    format!(
                        "{} ({})",
                        said.jurisdiction(j),
                        said.scenario.jurisdictions[j].code
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            t("report-score"),
            said.with(
                "report-score-value",
                &[("score", o.score.to_string()), ("max", o.max_score.to_string())],
            ),
        ),
    ]
}

/// Every seat, who played it and how many actions the journal records:
/// none for a simulated seat, whose moves are the simulation's and not
/// the journal's, so its cell is left blank rather than read as idle.
pub fn seats(said: &Said, report: &AfterAction) -> Table {
    Table {
        caption: said.text("report-seats"),
        columns: vec![
            said.text("report-col-seat"),
            said.text("report-col-played-by"),
            said.text("report-col-actions"),
        ],
        rows: report
            .overview
            .seats
            .iter()
            .map(|seat| {
                vec![
                    text(said.words.participant(&seat.participant)),
                    Cell::Short(played_by(said, seat.person)),
                    text(if seat.person {
                        seat.actions.to_string()
                    } else {
                        String::new()
                    }),
                ]
            })
            .collect(),
    }
}

fn objective_row(said: &Said, rated: &Rated) -> Vec<Cell> {
    let mut what = format!("{} ({})", said.objective_text(rated.objective), rated.id);
    if let Some(by) = rated.deadline {
        what.push_str(&format!(
            ", {}",
            said.with("report-deadline", &[("at", said.stamp(by))])
        ));
    }
    vec![
        text(what),
        match rated.rating {
            Some(rating) => Cell::Rating(rating),
            None => Cell::Short(said.text("report-rating-open")),
        },
        text(said.met(rated)),
        Cell::Lines(rated.because.iter().map(|b| said.because(b)).collect()),
    ]
}

/// Each objective, its rating, result and what the rating rests on.
pub fn objectives(said: &Said, report: &AfterAction) -> Table {
    Table {
        caption: said.text("report-objectives"),
        columns: vec![
            said.text("report-col-objective"),
            said.text("report-col-rating"),
            said.text("report-col-result"),
            said.text("report-col-evidence"),
        ],
        rows: report.objectives.iter().map(|r| objective_row(said, r)).collect(),
    }
}

/// One row per area for improvement, the learning objective left blank.
pub fn plan(said: &Said, report: &AfterAction) -> Table {
    Table {
        caption: said.text("report-plan"),
        columns: vec![
            said.text("report-col-issue"),
            said.text("report-col-action"),
            said.text("report-col-learning-objective"),
        ],
        rows: report
            .improvements
            .iter()
            .map(|f| vec![text(said.finding(f)), text(said.action(f)), Cell::Blank])
            .collect(),
    }
}

/// A team's heading: `Valdoria (VL)`.
pub fn team_name(said: &Said, team: &TeamRecord) -> String {
    said.with(
        "report-team",
        &[
            ("name", said.jurisdiction(team.jurisdiction)),
            (
                "code",
                said.scenario.jurisdictions[team.jurisdiction].code.clone(),
            ),
        ],
    )
}

/// A team's requests: which seat sent each, where, and how it ended.
pub fn team_requests(said: &Said, team: &TeamRecord) -> Table {
    let scenario: &Scenario = said.scenario;
    let t = |id: &str| said.text(id);
    Table {
        caption: format!("{} — {}", team_name(said, team), t("report-requests-summary")),
        columns: vec![
            t("report-col-request"),
            t("report-col-basis"),
            t("report-col-to"),
            t("report-col-items"),
            t("report-col-sent-by"),
            t("report-col-sent"),
            t("report-col-outcome"),
        ],
        rows: team
            .requests
            .iter()
            .map(|r| {
                let sent = r
                    .sent
                    .first()
                    .map_or_else(|| t("report-not-sent"), |at| said.time(*at));
                let outcome = match &r.closed {
                    Some((at, result)) => {
                        format!("{} — {}", said.time(*at), said.words.message(scenario, result))
                    }
                    None => t("report-open"),
                };
                let items: Vec<String> = r.items.iter().map(|&i| scenario.evidence[i].id.clone()).collect();
                // A simulated team acts as a whole, not from a seat.
                let by = r
                    .sent_by
                    .as_ref()
                    .map_or_else(String::new, |p| said.words.participant(p));
                vec![
                    text(format!("#{}", r.request)),
                    text(said.render("report-basis", &[("basis", Arg::Basis(r.basis))])),
                    text(scenario.jurisdictions[r.to].code.clone()),
                    text(items.join(", ")),
                    text(by),
                    Cell::Short(sent),
                    text(outcome),
                ]
            })
            .collect(),
    }
}

fn seat_row(said: &Said, seat: &SeatRecord) -> Vec<Cell> {
    let count = |n: usize| Arg::Count(n as u64);
    let first = seat
        .first_preservation
        .map_or_else(|| said.text("report-none"), |at| said.time(at));
    let requests = said.render(
        "report-seat-requests",
        &[
            ("sent", count(seat.requests_sent)),
            ("complete", count(seat.complete)),
            ("returned", count(seat.returned)),
            ("refused", count(seat.refused_requests)),
        ],
    );
    let closest = seat.deadlines_met.iter().map(|(_, margin)| *margin).min();
    let deadlines = match closest {
        Some(margin) => said.with(
            "report-seat-deadlines",
            &[
                ("met", seat.deadlines_met.len().to_string()),
                ("margin", said.duration(margin)),
                ("missed", seat.deadlines_missed.len().to_string()),
            ],
        ),
        None => said.with(
            "report-seat-deadlines-none-met",
            &[("missed", seat.deadlines_missed.len().to_string())],
        ),
    };
    let evidence = said.render(
        "report-seat-evidence",
        &[
            ("evidence", count(seat.evidence.len())),
            ("intelligence", count(seat.intelligence.len())),
            ("lost", count(seat.lost.len())),
        ],
    );
    vec![
        text(said.words.participant(&seat.participant)),
        Cell::Short(played_by(said, seat.person)),
        Cell::Short(first),
        text(requests),
        Cell::Short(deadlines),
        text(evidence),
        text(seat.refused.len().to_string()),
        text(seat.channel_errors.to_string()),
    ]
}

/// A team's seats, one compact row each: what the requests each sent
/// first came to, and the actions refused to it.
pub fn team_seats(said: &Said, team: &TeamRecord) -> Table {
    let t = |id: &str| said.text(id);
    Table {
        caption: format!("{} — {}", team_name(said, team), t("report-seats")),
        columns: vec![
            t("report-col-seat"),
            t("report-col-played-by"),
            t("report-col-first-preservation"),
            t("report-col-seat-requests"),
            t("report-col-seat-deadlines"),
            t("report-col-seat-evidence"),
            t("report-col-refused"),
            t("report-col-channel"),
        ],
        rows: team.seats.iter().map(|s| seat_row(said, s)).collect(),
    }
}

/// A team's facts (label, value, and the lines listed under it): first
/// preservation, requests, evidence, intelligence, losses and why, and
/// the retention deadlines it faced.
pub fn team_facts(said: &Said, team: &TeamRecord) -> Vec<(String, String, Vec<String>)> {
    let scenario = said.scenario;
    let t = |id: &str| said.text(id);
    let first = team
        .first_preservation
        .map_or_else(|| t("report-no-preservation"), |at| said.stamp(at));
    let counts = said.render(
        "report-requests-counts",
        &[
            ("sent", Arg::Count(team.sent as u64)),
            ("complete", Arg::Count(team.complete as u64)),
            ("returned", Arg::Count(team.returned as u64)),
            ("refused", Arg::Count(team.refused as u64)),
        ],
    );
    let listed = |items: &[(usize, Option<SimTime>)]| -> String {
        if items.is_empty() {
            return t("report-none");
        }
        items
            .iter()
            .map(|(i, at)| match at {
                Some(at) => said.with(
                    "report-evidence-at",
                    &[("item", scenario.evidence[*i].id.clone()), ("at", said.time(*at))],
                ),
                None => scenario.evidence[*i].id.clone(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let lost: Vec<String> = team
        .lost
        .iter()
        .map(|(item, at, why)| {
            said.with(
                "report-lost-line",
                &[
                    ("item", scenario.evidence[*item].id.clone()),
                    ("at", said.stamp(*at)),
                    ("why", said.words.message(scenario, why)),
                ],
            )
        })
        .collect();
    let mut facts = vec![
        (t("report-first-preservation"), first, vec![]),
        (t("report-requests-summary"), counts, vec![]),
        (t("report-evidence-admissible"), listed(&team.evidence), vec![]),
        (
            t("report-evidence-intelligence"),
            listed(&team.intelligence),
            vec![],
        ),
        if lost.is_empty() {
            (t("report-evidence-lost"), t("report-none"), vec![])
        } else {
            (t("report-evidence-lost"), String::new(), lost)
        },
    ];
    if !team.deadlines.is_empty() {
        facts.push((
            t("report-deadlines"),
            String::new(),
            team.deadlines.iter().map(|d| deadline_line(said, d)).collect(),
        ));
    }
    facts
}

fn deadline_line(said: &Said, d: &RetentionDeadline) -> String {
    let item = said.scenario.evidence[d.item].id.clone();
    let runs_out = said.stamp(d.runs_out);
    match (d.secured_at, d.margin) {
        (Some(at), Some(margin)) => said.with(
            "report-deadline-met",
            &[
                ("item", item),
                ("at", said.stamp(at)),
                ("margin", said.duration(margin)),
                ("runs-out", runs_out),
            ],
        ),
        _ if d.met => said.with(
            "report-deadline-outlived",
            &[("item", item), ("runs-out", runs_out)],
        ),
        _ => said.with(
            "report-deadline-missed",
            &[("item", item), ("runs-out", runs_out)],
        ),
    }
}

/// The significant events and refused actions, in order.
pub fn timeline(said: &Said, report: &AfterAction) -> Table {
    Table {
        caption: said.text("report-timeline"),
        columns: vec![
            said.text("report-col-time"),
            said.text("report-col-local"),
            said.text("report-col-who"),
            said.text("report-col-what"),
        ],
        rows: report
            .timeline
            .iter()
            .map(|moment| {
                let (who, what) = said.moment(moment);
                vec![
                    Cell::Short(said.time(moment.at())),
                    Cell::Short(said.local(moment.at())),
                    text(who),
                    text(what),
                ]
            })
            .collect(),
    }
}
