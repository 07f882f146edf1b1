//! The report as Markdown: headings, tables and lists a trainer can paste
//! into a debrief or convert; every word from the reader's language.
//! Text from files others wrote (names, annotations) is escaped for table
//! cells (`|`, line breaks) and never interpreted.

use std::fmt::Write;

use super::said::Said;
use super::{AfterAction, Finding, Table, tables};
use crate::scenario::model::Scenario;
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

/// A table of the report; its caption is the heading above it.
fn table(out: &mut String, said: &Said, table: &Table) {
    header(out, &table.columns);
    let separator = said.text("list-semicolon");
    for cells in &table.rows {
        let cells: Vec<String> = cells.iter().map(|c| c.plain(&separator)).collect();
        row(out, &cells);
    }
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
    for (label, value) in tables::overview_facts(&said, report) {
        fact(&mut out, &said, &label, &value);
    }
    let _ = writeln!(out, "\n### {}\n", t("report-seats"));
    table(&mut out, &said, &tables::seats(&said, report));

    // Objectives.
    let _ = writeln!(out, "\n## {}\n", t("report-objectives"));
    let _ = writeln!(out, "{}\n", t("report-rating-legend"));
    let _ = writeln!(out, "{}\n", t("report-rating-rule"));
    table(&mut out, &said, &tables::objectives(&said, report));

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
    let plan = tables::plan(&said, report);
    if plan.rows.is_empty() {
        let _ = writeln!(out, "{}", t("report-none-found"));
    } else {
        table(&mut out, &said, &plan);
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
        let _ = writeln!(out, "\n### {}\n", cell(&tables::team_name(&said, team)));
        for (label, value, lines) in tables::team_facts(&said, team) {
            fact(&mut out, &said, &label, &value);
            for line in lines {
                let _ = writeln!(out, "  - {}", cell(&line));
            }
        }
        if !team.requests.is_empty() {
            let _ = writeln!(out);
            table(&mut out, &said, &tables::team_requests(&said, team));
        }
        if !team.seats.is_empty() {
            let _ = writeln!(out);
            table(&mut out, &said, &tables::team_seats(&said, team));
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
    table(&mut out, &said, &tables::timeline(&said, report));
    out
}
