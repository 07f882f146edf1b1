//! The report as one JSON object: the data ([`super::AfterAction`]:
//! ids, scenario indices, times in minutes since the start, typed events
//! with their stable codes) under `report`, and beside it, under `said`,
//! the same report's sentences in the reader's language, for tools that
//! show it without a words layer of their own (with, per team, its
//! requests and seats as the tables of the other formats say them).

use serde_json::json;

use super::said::Said;
use super::{AfterAction, Table, tables};
use crate::scenario::model::Scenario;
use crate::words::Words;

/// A table in words: its caption, columns, and rows of plain text.
fn table(said: &Said, table: &Table) -> serde_json::Value {
    let separator = said.text("list-semicolon");
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|cells| cells.iter().map(|c| c.plain(&separator)).collect())
        .collect();
    json!({"caption": table.caption, "columns": table.columns, "rows": rows})
}

pub fn render(report: &AfterAction, scenario: &Scenario, words: &Words) -> String {
    let said = Said::new(words, scenario, report);
    let objectives: Vec<_> = report
        .objectives
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "text": said.objective_text(r.objective),
                "rating": r.rating.map_or_else(|| said.text("report-rating-open"), |rating| format!("{rating:?}")),
                "result": said.met(r),
                "because": r.because.iter().map(|b| said.because(b)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let timeline: Vec<_> = report
        .timeline
        .iter()
        .map(|m| {
            let (who, what) = said.moment(m);
            json!({"at": said.time(m.at()), "local": said.local(m.at()), "who": who, "what": what})
        })
        .collect();
    let value = json!({
        "language": words.lang().code(),
        "report": report,
        "said": {
            "title": said.title(),
            "objectives": objectives,
            "strengths": report.strengths.iter().map(|f| said.finding(f)).collect::<Vec<_>>(),
            "improvements": report.improvements.iter().map(|f| json!({
                "issue": said.finding(f),
                "action": said.action(f),
                "learning_objective": "",
            })).collect::<Vec<_>>(),
            "timeline": timeline,
            // Per team, its requests (who sent each) and its seats, as the
            // Markdown and HTML tables say them.
            "teams": report.teams.iter().map(|team| json!({
                "name": tables::team_name(&said, team),
                "requests": table(&said, &tables::team_requests(&said, team)),
                "seats": table(&said, &tables::team_seats(&said, team)),
            })).collect::<Vec<_>>(),
        },
    });
    // DEL and the C1 controls escaped too: a name in a scenario cannot
    // command the terminal the JSON is printed on.
    let mut text =
        crate::terminal::json_escaped(&serde_json::to_string_pretty(&value).expect("the report serialises"))
            .into_owned();
    text.push('\n');
    text
}
