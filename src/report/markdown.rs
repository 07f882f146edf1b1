//! The report as Markdown: headings, tables and lists a trainer can paste
//! into a debrief or convert; every word from the reader's language.
//! Text from files others wrote (names, annotations) is escaped for table
//! cells (`|`, line breaks) and never interpreted.

use std::fmt::Write;

use super::said::Said;
use super::{AfterAction, Finding};
use crate::scenario::model::Scenario;
use crate::sim::Arg;
use crate::words::Words;

/// A table cell: no column break, no line break, no HTML.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace(['\n', '\r'], " ")
}

fn row(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// `- **Label**: value`, the colon as the language sets it.
fn fact(out: &mut String, said: &Said, label: &str, value: &str) {
    let line = said.with(
        "report-fact",
        &[("label", format!("**{}**", cell(label))), ("value", cell(value))],
    );
    let _ = writeln!(out, "- {}", line.trim_end());
}

fn header(out: &mut String, cells: &[String]) {
    row(out, cells);
    let _ = writeln!(out, "|{}", "---|".repeat(cells.len()));
}

pub fn render(report: &AfterAction, scenario: &Scenario, words: &Words) -> String {
    let said = Said::new(words, scenario, report);
    let mut out = String::new();
    let o = &report.overview;
    let t = |id: &str| said.text(id);

    let _ = writeln!(
        out,
        "# {}\n",
        cell(&said.with("report-title", &[("title", said.title())]))
    );
    let _ = writeln!(
        out,
        "{}\n",
        cell(&said.with("report-generated", &[("scenario", o.scenario.clone())]))
    );

    // Overview.
    let _ = writeln!(out, "## {}\n", t("report-overview"));
    let mut facts: Vec<(String, String)> = vec![
        (t("report-scenario"), format!("{} ({})", said.title(), o.scenario)),
        (t("report-seed"), o.seed.to_string()),
    ];
    let local = |at, rfc: Option<&String>| match (rfc, &o.local) {
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
    facts.push((
        t("report-start"),
        local(crate::time::SimTime::START, o.local.as_ref().map(|l| &l.start)),
    ));
    facts.push((t("report-end"), local(o.end, o.local.as_ref().map(|l| &l.end))));
    let journal_id = if o.finished {
        "report-journal-finished"
    } else {
        "report-journal-unfinished"
    };
    facts.push((
        t("report-journal"),
        said.with(
            journal_id,
            &[("steps", o.steps.to_string()), ("engine", o.engine.clone())],
        ),
    ));
    facts.push((
        t("report-countries"),
        o.countries
            .iter()
            .map(|&j| format!("{} ({})", said.jurisdiction(j), scenario.jurisdictions[j].code))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    facts.push((
        t("report-score"),
        said.with(
            "report-score-value",
            &[("score", o.score.to_string()), ("max", o.max_score.to_string())],
        ),
    ));
    for (label, value) in facts {
        fact(&mut out, &said, &label, &value);
    }
    let _ = writeln!(out, "\n### {}\n", t("report-seats"));
    header(
        &mut out,
        &[
            t("report-col-seat"),
            t("report-col-played-by"),
            t("report-col-actions"),
        ],
    );
    for seat in &o.seats {
        let by = if seat.person {
            t("report-played-person")
        } else {
            t("report-played-simulated")
        };
        row(
            &mut out,
            &[words.participant(&seat.participant), by, seat.actions.to_string()],
        );
    }

    // Objectives.
    let _ = writeln!(out, "\n## {}\n", t("report-objectives"));
    let _ = writeln!(out, "{}\n", t("report-rating-legend"));
    let _ = writeln!(out, "{}\n", t("report-rating-rule"));
    header(
        &mut out,
        &[
            t("report-col-objective"),
            t("report-col-rating"),
            t("report-col-result"),
            t("report-col-evidence"),
        ],
    );
    for rated in &report.objectives {
        let mut what = format!("{} ({})", said.objective_text(rated.objective), rated.id);
        if let Some(by) = rated.deadline {
            what.push_str(&format!(
                ", {}",
                said.with("report-deadline", &[("at", said.stamp(by))])
            ));
        }
        let because: Vec<String> = rated.because.iter().map(|b| said.because(b)).collect();
        row(
            &mut out,
            &[
                what,
                format!("{:?}", rated.rating),
                said.met(rated),
                because.join(&t("list-semicolon")),
            ],
        );
    }

    // Strengths, areas for improvement, plan.
    let findings = |out: &mut String, title: &str, list: &[Finding]| {
        let _ = writeln!(out, "\n## {}\n", t(title));
        if list.is_empty() {
            let _ = writeln!(out, "{}", t("report-none-found"));
        }
        for f in list {
            let _ = writeln!(out, "- {}", cell(&said.finding(f)));
        }
    };
    findings(&mut out, "report-strengths", &report.strengths);
    findings(&mut out, "report-improvements", &report.improvements);

    let _ = writeln!(out, "\n## {}\n", t("report-plan"));
    let _ = writeln!(out, "{}\n", t("report-plan-intro"));
    header(
        &mut out,
        &[
            t("report-col-issue"),
            t("report-col-action"),
            t("report-col-learning-objective"),
        ],
    );
    for f in &report.improvements {
        row(&mut out, &[said.finding(f), said.action(f), String::new()]);
    }
    if !scenario.learning_objectives.is_empty() {
        let _ = writeln!(out, "\n{}\n", t("report-learning-objectives"));
        for (n, lo) in scenario.learning_objectives.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", n + 1, cell(lo.get(words.lang().code())));
        }
    }

    // Teams.
    let _ = writeln!(out, "\n## {}", t("report-teams"));
    for team in &report.teams {
        let code = &scenario.jurisdictions[team.jurisdiction].code;
        let _ = writeln!(
            out,
            "\n### {}\n",
            cell(&said.with(
                "report-team",
                &[
                    ("name", said.jurisdiction(team.jurisdiction)),
                    ("code", code.clone())
                ]
            ))
        );
        let first = team
            .first_preservation
            .map_or_else(|| t("report-no-preservation"), |at| said.stamp(at));
        fact(&mut out, &said, &t("report-first-preservation"), &first);
        let counts = said.render(
            "report-requests-counts",
            &[
                ("sent", Arg::Count(team.sent as u64)),
                ("complete", Arg::Count(team.complete as u64)),
                ("returned", Arg::Count(team.returned as u64)),
                ("refused", Arg::Count(team.refused as u64)),
            ],
        );
        fact(&mut out, &said, &t("report-requests-summary"), &counts);
        let listed = |items: &[(usize, Option<crate::time::SimTime>)]| -> String {
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
        fact(
            &mut out,
            &said,
            &t("report-evidence-admissible"),
            &listed(&team.evidence),
        );
        fact(
            &mut out,
            &said,
            &t("report-evidence-intelligence"),
            &listed(&team.intelligence),
        );
        if team.lost.is_empty() {
            fact(&mut out, &said, &t("report-evidence-lost"), &t("report-none"));
        } else {
            fact(&mut out, &said, &t("report-evidence-lost"), "");
            for (item, at, why) in &team.lost {
                let line = said.with(
                    "report-lost-line",
                    &[
                        ("item", scenario.evidence[*item].id.clone()),
                        ("at", said.stamp(*at)),
                        ("why", words.message(scenario, why)),
                    ],
                );
                let _ = writeln!(out, "  - {}", cell(&line));
            }
        }
        if !team.deadlines.is_empty() {
            fact(&mut out, &said, &t("report-deadlines"), "");
            for d in &team.deadlines {
                let item = scenario.evidence[d.item].id.clone();
                let runs_out = said.stamp(d.runs_out);
                let line = match (d.secured_at, d.margin) {
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
                };
                let _ = writeln!(out, "  - {}", cell(&line));
            }
        }
        if !team.requests.is_empty() {
            let _ = writeln!(out);
            header(
                &mut out,
                &[
                    t("report-col-request"),
                    t("report-col-basis"),
                    t("report-col-to"),
                    t("report-col-items"),
                    t("report-col-sent"),
                    t("report-col-outcome"),
                ],
            );
            for r in &team.requests {
                let basis = said.render("report-basis", &[("basis", Arg::Basis(r.basis))]);
                let sent = r
                    .sent
                    .first()
                    .map_or_else(|| t("report-not-sent"), |at| said.time(*at));
                let outcome = match &r.closed {
                    Some((at, result)) => format!("{} — {}", said.time(*at), words.message(scenario, result)),
                    None => t("report-open"),
                };
                let items: Vec<String> = r.items.iter().map(|&i| scenario.evidence[i].id.clone()).collect();
                row(
                    &mut out,
                    &[
                        r.request.to_string(),
                        basis,
                        scenario.jurisdictions[r.to].code.clone(),
                        items.join(", "),
                        sent,
                        outcome,
                    ],
                );
            }
        }
        if team.seats.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        header(
            &mut out,
            &[
                t("report-col-seat"),
                t("report-col-played-by"),
                t("report-col-sent-count"),
                t("report-col-refused"),
                t("report-col-channel"),
            ],
        );
        for seat in &team.seats {
            let by = if seat.person {
                t("report-played-person")
            } else {
                t("report-played-simulated")
            };
            row(
                &mut out,
                &[
                    words.participant(&seat.participant),
                    by,
                    seat.requests_sent.to_string(),
                    seat.refused.len().to_string(),
                    seat.channel_errors.to_string(),
                ],
            );
        }
    }

    // Annotations.
    let _ = writeln!(out, "\n## {}\n", t("report-annotations"));
    if report.annotations.is_empty() {
        let _ = writeln!(out, "{}", t("report-no-annotations"));
    }
    for (at, text) in &report.annotations {
        let _ = writeln!(out, "- {}: {}", said.stamp(*at), cell(text));
    }

    // Timeline.
    let _ = writeln!(out, "\n## {}\n", t("report-timeline"));
    header(
        &mut out,
        &[
            t("report-col-time"),
            t("report-col-local"),
            t("report-col-who"),
            t("report-col-what"),
        ],
    );
    for moment in &report.timeline {
        let (who, what) = said.moment(moment);
        row(
            &mut out,
            &[said.time(moment.at()), said.local(moment.at()), who, what],
        );
    }
    out
}
