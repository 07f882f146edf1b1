//! The report as one self-contained HTML page a trainer can hand out or
//! print: inline CSS, no script, no network; headings, table headers with
//! `scope` and captions; an SVG figure (each data item over time: its
//! retention window, preservation spans, the requests that named it and
//! their answers, the moment it was lost or produced, the stages) with a
//! text alternative, readable without colour (hatching, shapes, labels
//! and line styles carry the meaning) and laid out for A4.
//!
//! Every text that comes from a file someone else wrote (scenario names,
//! annotations, the words of a refusal quoting them) is HTML-escaped
//! ([`escape`]); nothing from a file is ever markup.

use std::fmt::Write;

use super::said::Said;
use super::{AfterAction, Cell, Finding, ItemStory, Table, tables};
use crate::scenario::model::Scenario;
use crate::sim::Arg;
use crate::time::SimTime;
use crate::words::Words;

/// Text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters have no business in a page.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6em; margin: 0 0 .3em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #333; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin-top: 1.2em; }
p.note { color: #333; font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .92em; }
caption { text-align: left; font-weight: bold; padding: .2em 0; }
th, td { border: 1px solid #777; padding: .25em .45em; vertical-align: top; text-align: left; }
thead th { background: #e8e8e8; }
td.rating { font-weight: bold; text-align: center; font-size: 1.1em; }
td.blank { min-width: 10em; }
.short { white-space: nowrap; }
ul.findings li { margin: .25em 0; }
figure { margin: 1em 0; }
figure svg { width: 100%; height: auto; border: 1px solid #999; }
figcaption { font-size: .9em; margin-top: .3em; }
svg text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  tr, figure, li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The page's geometry, in SVG user units.
const WIDTH: f64 = 1000.0;
const LABEL: f64 = 250.0;
const PLOT_END: f64 = 955.0;
const ROW: f64 = 38.0;
const TOP: f64 = 46.0;

/// Time on a square-root scale from the start to `end`: the first hours,
/// where retention is lost or won, take the room they need beside the
/// weeks of mutual legal assistance. The axis says so, with its ticks.
struct Scale {
    end: f64,
}

impl Scale {
    fn x(&self, at: SimTime) -> f64 {
        let t = (at.minutes().max(0) as f64).min(self.end);
        LABEL + (PLOT_END - LABEL) * (t / self.end).sqrt()
    }
}

fn svg_text(out: &mut String, x: f64, y: f64, anchor: &str, size: f64, text: &str) {
    let _ = write!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" font-size="{size}">{}</text>"#,
        escape(text)
    );
}

fn figure(out: &mut String, report: &AfterAction, scenario: &Scenario, said: &Said) {
    let end = report.overview.end.minutes().max(60) as f64;
    let scale = Scale { end };
    let items: Vec<&ItemStory> = {
        let mut items: Vec<&ItemStory> = report
            .items
            .iter()
            .filter(|i| !matches!(i.fate, crate::sim::view::Fate::NotKept))
            .collect();
        // Grouped by provider, in the scenario's order.
        items.sort_by_key(|i| (i.provider, i.item));
        items
    };
    let height = TOP + ROW * items.len() as f64 + 40.0;
    let title = said.text("report-figure");
    let _ = write!(
        out,
        r#"<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0}" role="img" aria-labelledby="figure-title figure-desc"><title id="figure-title">{}</title><desc id="figure-desc">{}</desc>"#,
        escape(&title),
        escape(&said.text("report-figure-alt"))
    );
    out.push_str(
        r##"<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1f4e79" stroke-width="3"/></pattern></defs>"##,
    );
    // Axis: ticks at the times people reason in.
    let axis_y = TOP + ROW * items.len() as f64 + 6.0;
    let _ = write!(
        out,
        r##"<line x1="{LABEL}" y1="{axis_y:.1}" x2="{PLOT_END}" y2="{axis_y:.1}" stroke="#000" stroke-width="1"/>"##
    );
    let ticks: Vec<i64> = [
        0,
        6 * 60,
        12 * 60,
        24 * 60,
        48 * 60,
        72 * 60,
        7 * 1440,
        14 * 1440,
        30 * 1440,
        60 * 1440,
        90 * 1440,
    ]
    .into_iter()
    .chain((180..=36500).step_by(90).map(|d| d * 1440))
    .filter(|&m| (m as f64) <= end)
    .collect();
    let mut last_label = f64::NEG_INFINITY;
    for m in ticks {
        let x = scale.x(SimTime(m));
        // Labels that would overlap are left out; their tick stays.
        if x - last_label < 60.0 {
            let _ = write!(
                out,
                r##"<line x1="{x:.1}" y1="{axis_y:.1}" x2="{x:.1}" y2="{:.1}" stroke="#000"/>"##,
                axis_y + 3.0
            );
            continue;
        }
        last_label = x;
        let _ = write!(
            out,
            r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#000"/>"##,
            axis_y,
            axis_y + 5.0
        );
        svg_text(out, x, axis_y + 17.0, "middle", 10.0, &said.time(SimTime(m)));
    }
    // Stages: dashed vertical lines, labelled at the top.
    for (n, (at, (incident, stage))) in report.stages.iter().enumerate() {
        let x = scale.x(*at);
        let _ = write!(
            out,
            r##"<g><title>{}</title><line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{axis_y:.1}" stroke="#555" stroke-width="1" stroke-dasharray="5 3"/>"##,
            escape(&format!(
                "{} — {}",
                said.time(*at),
                scenario.incidents[*incident].stages[*stage]
                    .text
                    .get(said.words.lang().code())
            )),
            TOP - 8.0
        );
        let label_y = 14.0 + 11.0 * (n % 3) as f64;
        svg_text(
            out,
            x + 2.0,
            label_y,
            "start",
            9.5,
            &scenario.incidents[*incident].stages[*stage].id,
        );
        out.push_str("</g>");
    }
    for (row, item) in items.iter().enumerate() {
        let y = TOP + ROW * row as f64 + ROW / 2.0;
        let provider = &scenario.providers[item.provider].name;
        let _ = write!(
            out,
            r#"<g><title>{}</title>"#,
            escape(&said.render(
                "report-figure-item",
                &[
                    ("item", Arg::Item(item.item)),
                    ("provider", Arg::Provider(item.provider))
                ],
            ))
        );
        svg_text(out, LABEL - 8.0, y - 2.0, "end", 11.0, &item.id);
        svg_text(out, LABEL - 8.0, y + 11.0, "end", 9.0, provider);
        let from = scale.x(item.created);
        let held_until = item.lost.unwrap_or(report.overview.end);
        // Retention window: a grey band.
        if let Some(runs_out) = item.retention_runs_out {
            let (a, b) = (from, scale.x(runs_out));
            let _ = write!(
                out,
                r##"<rect x="{a:.1}" y="{:.1}" width="{:.1}" height="8" fill="#d0d0d0" stroke="#888" stroke-width=".5"><title>{}</title></rect>"##,
                y - 4.0,
                (b - a).max(1.0),
                escape(&format!("{} → {}", said.time(item.created), said.time(runs_out)))
            );
        }
        // Held by its provider: a thin line.
        let _ = write!(
            out,
            r##"<line x1="{from:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#000" stroke-width="1"/>"##,
            scale.x(held_until)
        );
        // Preserved: a hatched band above the line.
        for (start, until, request) in &item.preserved {
            let (a, b) = (scale.x(*start), scale.x(*until));
            let _ = write!(
                out,
                r##"<rect x="{a:.1}" y="{:.1}" width="{:.1}" height="9" fill="url(#hatch)" stroke="#1f4e79" stroke-width="1"><title>#{request}: {} → {}</title></rect>"##,
                y - 14.0,
                (b - a).max(2.0),
                escape(&said.time(*start)),
                escape(&said.time(*until))
            );
        }
        // Requests: ▲ sent, ● answered, joined by a dotted line, labelled.
        for (request, basis, sent, closed) in &item.requests {
            let Some(sent) = sent else { continue };
            let x = scale.x(*sent);
            let ry = y + 9.0;
            let basis = said.render("report-basis", &[("basis", Arg::Basis(*basis))]);
            if let Some(closed) = closed {
                let x2 = scale.x(*closed);
                let _ = write!(
                    out,
                    r##"<line x1="{x:.1}" y1="{ry:.1}" x2="{x2:.1}" y2="{ry:.1}" stroke="#7a3b00" stroke-width="1" stroke-dasharray="2 2"/><circle cx="{x2:.1}" cy="{ry:.1}" r="3.5" fill="#7a3b00"><title>#{request} ({}): {}</title></circle>"##,
                    escape(&basis),
                    escape(&said.time(*closed))
                );
            }
            let _ = write!(
                out,
                r##"<path d="M{:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z" fill="#fff" stroke="#7a3b00" stroke-width="1.3"><title>#{request} ({}): {}</title></path>"##,
                x,
                ry - 4.5,
                x - 4.5,
                ry + 3.5,
                x + 4.5,
                ry + 3.5,
                escape(&basis),
                escape(&said.time(*sent))
            );
            svg_text(out, x + 5.0, ry + 12.0, "start", 8.5, &format!("#{request}"));
        }
        // Lost: ✕ (not when a copy was produced first: the bar just
        // ends); produced: ★.
        if let Some(lost) = item.loss() {
            let x = scale.x(lost);
            let _ = write!(
                out,
                r##"<g stroke="#a00000" stroke-width="2.5"><title>{}</title><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}"/><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}"/></g>"##,
                escape(&format!("✕ {}", said.time(lost))),
                x - 5.0,
                y - 5.0,
                x + 5.0,
                y + 5.0,
                x - 5.0,
                y + 5.0,
                x + 5.0,
                y - 5.0
            );
        }
        if let Some(produced) = item.produced {
            let x = scale.x(produced);
            let mut points = String::new();
            for k in 0..10 {
                let r = if k % 2 == 0 { 7.0 } else { 3.0 };
                let a = std::f64::consts::PI * (k as f64) / 5.0 - std::f64::consts::FRAC_PI_2;
                let _ = write!(points, "{:.1},{:.1} ", x + r * a.cos(), y + r * a.sin());
            }
            let _ = write!(
                out,
                r##"<polygon points="{}" fill="#000"><title>{}</title></polygon>"##,
                points.trim_end(),
                escape(&format!("★ {}", said.time(produced)))
            );
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    let _ = write!(
        out,
        "<figcaption>{}</figcaption></figure>",
        escape(&said.text("report-figure-legend"))
    );
}

fn table_head(out: &mut String, caption: &str, columns: &[String]) {
    let _ = write!(out, "<table><caption>{}</caption><thead><tr>", escape(caption));
    for c in columns {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(c));
    }
    out.push_str("</tr></thead><tbody>");
}

/// A table of the report with its caption; the first cell of a row heads it.
fn table(out: &mut String, table: &Table) {
    table_head(out, &table.caption, &table.columns);
    for cells in &table.rows {
        out.push_str("<tr>");
        for (n, c) in cells.iter().enumerate() {
            match c {
                Cell::Text(text) if n == 0 => {
                    let _ = write!(out, r#"<th scope="row">{}</th>"#, escape(text));
                }
                Cell::Short(text) if n == 0 => {
                    let _ = write!(out, r#"<th scope="row" class="short">{}</th>"#, escape(text));
                }
                Cell::Text(text) => {
                    let _ = write!(out, "<td>{}</td>", escape(text));
                }
                Cell::Short(text) => {
                    let _ = write!(out, r#"<td class="short">{}</td>"#, escape(text));
                }
                Cell::Lines(lines) => {
                    let lines: Vec<String> = lines.iter().map(|l| escape(l)).collect();
                    let _ = write!(out, "<td>{}</td>", lines.join("<br>"));
                }
                Cell::Rating(rating) => {
                    let _ = write!(out, r#"<td class="rating">{rating:?}</td>"#);
                }
                Cell::Blank => out.push_str(r#"<td class="blank"></td>"#),
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

fn findings(out: &mut String, said: &Said, title: &str, list: &[Finding]) {
    let _ = write!(out, "<h2>{}</h2>", escape(&said.text(title)));
    if list.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(&said.text("report-none-found")));
        return;
    }
    out.push_str(r#"<ul class="findings">"#);
    for f in list {
        let _ = write!(out, "<li>{}</li>", escape(&said.finding(f)));
    }
    out.push_str("</ul>");
}

pub fn render(report: &AfterAction, scenario: &Scenario, words: &Words) -> String {
    let said = Said::new(words, scenario, report);
    let t = |id: &str| said.text(id);
    let o = &report.overview;
    let title = said.with("report-title", &[("title", said.title())]);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<!DOCTYPE html><html lang="{}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{}</title><style>{STYLE}</style></head><body><main>"#,
        words.lang().code(),
        escape(&title)
    );
    let _ = write!(out, "<h1>{}</h1>", escape(&title));
    let _ = write!(
        out,
        r#"<p class="note">{}</p>"#,
        escape(&said.with("report-generated", &[("scenario", o.scenario.clone())]))
    );

    // Overview.
    let _ = write!(
        out,
        "<h2>{}</h2><dl class=\"facts\">",
        escape(&t("report-overview"))
    );
    for (label, value) in tables::overview_facts(&said, report) {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(&label), escape(&value));
    }
    out.push_str("</dl>");
    table(&mut out, &tables::seats(&said, report));

    // Objectives.
    let _ = write!(out, "<h2>{}</h2>", escape(&t("report-objectives")));
    let _ = write!(out, "<p>{}</p>", escape(&t("report-rating-legend")));
    let _ = write!(out, r#"<p class="note">{}</p>"#, escape(&t("report-rating-rule")));
    table(&mut out, &tables::objectives(&said, report));

    // The figure.
    let _ = write!(out, "<h2>{}</h2>", escape(&t("report-figure")));
    figure(&mut out, report, scenario, &said);

    findings(&mut out, &said, "report-strengths", &report.strengths);
    findings(&mut out, &said, "report-improvements", &report.improvements);

    let _ = write!(out, "<h2>{}</h2>", escape(&t("report-plan")));
    let _ = write!(out, r#"<p class="note">{}</p>"#, escape(&t("report-plan-intro")));
    let plan = tables::plan(&said, report);
    if plan.rows.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(&t("report-none-found")));
    } else {
        table(&mut out, &plan);
    }
    if !scenario.learning_objectives.is_empty() {
        let _ = write!(out, "<p>{}</p><ol>", escape(&t("report-learning-objectives")));
        for lo in &scenario.learning_objectives {
            let _ = write!(out, "<li>{}</li>", escape(lo.get(words.lang().code())));
        }
        out.push_str("</ol>");
    }

    // Teams.
    let _ = write!(out, "<h2>{}</h2>", escape(&t("report-teams")));
    for team in &report.teams {
        let name = tables::team_name(&said, team);
        let _ = write!(out, "<h3>{}</h3><dl class=\"facts\">", escape(&name));
        for (label, value, lines) in tables::team_facts(&said, team) {
            let value = if lines.is_empty() {
                escape(&value)
            } else {
                lines.iter().map(|l| escape(l)).collect::<Vec<_>>().join("<br>")
            };
            let _ = write!(out, "<dt>{}</dt><dd>{value}</dd>", escape(&label));
        }
        out.push_str("</dl>");
        if !team.requests.is_empty() {
            table(&mut out, &tables::team_requests(&said, team));
        }
        if !team.seats.is_empty() {
            table(&mut out, &tables::team_seats(&said, team));
        }
    }

    // Annotations.
    let _ = write!(out, "<h2>{}</h2>", escape(&t("report-annotations")));
    if report.annotations.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(&t("report-no-annotations")));
    } else {
        out.push_str("<ul>");
        for (at, text) in &report.annotations {
            // The language's colon; each argument escaped, the message is ours.
            let line = said.with(
                "report-fact",
                &[
                    ("label", format!("<strong>{}</strong>", escape(&said.stamp(*at)))),
                    ("value", escape(text)),
                ],
            );
            let _ = write!(out, "<li>{line}</li>");
        }
        out.push_str("</ul>");
    }

    // Timeline.
    let _ = write!(out, "<h2>{}</h2>", escape(&t("report-timeline")));
    table(&mut out, &tables::timeline(&said, report));
    out.push_str("</main></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escape_leaves_no_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(escape("a\u{1b}[2Jb"), "a\u{fffd}[2Jb");
    }
}
