//! The law table in words: [`crate::law::table`] as sections of labelled
//! rows in the reader's language, for `cyberdrill instruments` (plain text
//! or Markdown, which is `docs/LAW.md`) and the terminal's help.
//!
//! Every word comes from `assets/locales/<lang>/instruments.ftl` and the
//! vocabulary of `terms.ftl`; the rows are read off the table, so an
//! instrument added to the law (its row in `law::rule` and its words) is
//! listed here with no change to this file.

use crate::law::table::{self, Between, Entry};
use crate::law::{Channel, Covers, RequestField, Urgency, Yields};
use crate::scenario::model::{Jurisdiction, LawParameters, Scenario};
use crate::sim::message::Arg;
use crate::sim::refusal::Refusal;

use super::Words;

/// The whole table in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawTable {
    pub title: String,
    pub intro: String,
    /// With two jurisdictions: how many instruments exist between them.
    pub summary: Option<String>,
    pub sections: Vec<Section>,
}

/// One instrument: a heading (its article and name) and labelled rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub rows: Vec<(String, String)>,
}

/// Two jurisdictions of a scenario, by index: the table then says, for
/// each instrument, whether it exists from the first to the second.
#[derive(Debug, Clone, Copy)]
pub struct Pair<'s> {
    pub scenario: &'s Scenario,
    pub from: usize,
    pub to: usize,
}

impl Words {
    /// The table under `law`, its needs read off `template` (any
    /// jurisdiction, see [`table::needs`]); with `pair`, what exists
    /// between those two.
    pub fn law_table(&self, law: &LawParameters, template: &Jurisdiction, pair: Option<Pair>) -> LawTable {
        let entries = table::entries(law, template);
        let summary = pair.map(|p| {
            let (from, to) = (&p.scenario.jurisdictions[p.from], &p.scenario.jurisdictions[p.to]);
            let exist: Vec<String> = entries
                .iter()
                .filter(|e| crate::law::applies_between(e.rule.instrument, from, to))
                .map(|e| self.term_of("article", &e.rule.instrument))
                .collect();
            self.text(
                "instruments-summary",
                &[
                    ("from", from.code.clone()),
                    ("to", to.code.clone()),
                    ("exist", exist.len().to_string()),
                    ("total", entries.len().to_string()),
                    ("articles", exist.join(&self.text("list-semicolon", &[]))),
                ],
            )
        });
        LawTable {
            title: self.text("instruments-title", &[]),
            intro: self.text("instruments-intro", &[]),
            summary,
            sections: entries.iter().map(|e| self.section(e, pair)).collect(),
        }
    }

    fn section(&self, entry: &Entry, pair: Option<Pair>) -> Section {
        let rule = &entry.rule;
        let instrument = rule.instrument;
        let label = |code: &str| self.text(code, &[]);
        let join = |parts: Vec<String>, joiner: &str| parts.join(&self.text(joiner, &[]));
        let mut rows = Vec::new();
        let senders = rule.senders.iter().map(|r| self.term_of("role", r)).collect();
        rows.push((label("instruments-senders"), join(senders, "list-comma")));
        rows.push((
            label("instruments-channel"),
            self.term_of("channel", &rule.channel),
        ));
        let needs = match entry.needs {
            None => self.text("instruments-needs-nothing", &[]),
            Some(needs) => self.text(
                "instruments-needs-value",
                &[("needs", self.text(needs.code(), &[]))],
            ),
        };
        rows.push((label("instruments-needs"), needs));
        let mut conditions = Vec::new();
        if rule.needs_emergency {
            // CETS 224 Art. 3's definition is cited where the Protocol's
            // own routes rest on it, not on a route outside the Protocol.
            let cites = crate::law::emergency_provision(crate::law::Basis::Rule(instrument))
                == Some(crate::law::EmergencyProvision::SecondProtocolArt3);
            let cites = if cites { "cets224-art3" } else { "none" };
            conditions.push(self.text("condition-emergency", &[("emergency", cites.to_string())]));
        }
        match rule.urgency {
            Urgency::NotNeeded => {}
            Urgency::DataAtRisk => conditions.push(label("condition-data-at-risk")),
            Urgency::RiskOrDataAtRisk => conditions.push(label("condition-urgency")),
        }
        if let Some(within) = rule.within {
            conditions.push(self.text(
                "condition-within",
                &[("within", self.term_of("article", &within))],
            ));
        }
        if rule.dual_criminality {
            conditions.push(label("condition-dual-criminality"));
        }
        if rule.court_order {
            conditions.push(label("condition-court-order"));
        } else if rule.required.contains(&RequestField::Signature) {
            conditions.push(label("condition-signature"));
        }
        if rule.provider_may_decline {
            conditions.push(label("condition-provider-may-decline"));
        }
        if rule.channel == Channel::ConsentingPerson {
            conditions.push(label("condition-consent"));
        }
        if rule.serious_offences_only {
            conditions.push(label("condition-serious-offence"));
        }
        if rule.needs_joint_team {
            conditions.push(label("condition-needs-joint-team"));
        }
        if let Some(kinds) = rule.holders {
            let kinds = kinds.iter().map(|k| self.term_of("provider-kind", k)).collect();
            conditions.push(self.text("condition-holders", &[("kinds", join(kinds, "list-comma"))]));
        }
        if conditions.is_empty() {
            conditions.push(label("condition-none"));
        }
        rows.push((
            label("instruments-conditions"),
            join(conditions, "list-semicolon"),
        ));
        if rule.channel != Channel::None && rule.within.is_none() {
            let states = if rule.required.is_empty() {
                label("instruments-states-nothing")
            } else {
                // A translation is asked only where the requested side
                // requires one (`law::missing_fields`).
                let field = |f: &RequestField| match f {
                    RequestField::Translation => label("instruments-translation-if-required"),
                    _ => self.field(*f, Some(crate::law::Basis::Rule(instrument))),
                };
                join(rule.required.iter().map(field).collect(), "list-comma")
            };
            rows.push((label("instruments-states"), states));
        }
        if matches!(
            rule.yields,
            Yields::Preservation | Yields::Intelligence | Yields::Evidence
        ) {
            let reaches = match rule.covers {
                Covers::Any => label("instruments-reaches-any"),
                Covers::Only(categories) => join(
                    categories.iter().map(|c| self.term_of("category", c)).collect(),
                    "list-comma",
                ),
            };
            let reaches = if rule.real_time {
                join(
                    vec![reaches, label("instruments-reaches-future")],
                    "list-semicolon",
                )
            } else {
                reaches
            };
            let reaches = if rule.reaches_connected_systems {
                join(
                    vec![reaches, label("instruments-reaches-connected")],
                    "list-semicolon",
                )
            } else {
                reaches
            };
            rows.push((label("instruments-reaches"), reaches));
        }
        let yields = self.term_of("yields", &rule.yields);
        let yields = if rule.discloses_path {
            join(
                vec![yields, label("instruments-discloses-path")],
                "list-semicolon",
            )
        } else {
            yields
        };
        rows.push((label("instruments-yields"), yields));
        rows.push((
            label("instruments-timings"),
            self.timings(&entry.timings, instrument),
        ));
        if let Some(p) = pair {
            let (from, to) = (&p.scenario.jurisdictions[p.from], &p.scenario.jurisdictions[p.to]);
            let there = match table::between(instrument, from, to) {
                Between::Exists {
                    basis,
                    reserved,
                    notified,
                    conditioned,
                } => self.render(
                    p.scenario,
                    "instruments-exists-on",
                    &[
                        ("basis", Arg::Basis(basis)),
                        ("to", Arg::Jurisdiction(p.to)),
                        ("reserved", Arg::Flag(reserved)),
                        ("notified", Arg::Flag(notified)),
                        ("conditioned", Arg::Flag(conditioned)),
                    ],
                ),
                Between::Missing(why) => self.message(
                    p.scenario,
                    &Refusal::NotBetween {
                        instrument,
                        from: p.from,
                        to: p.to,
                        needs: why.needs,
                        instead: why.instead,
                        first: why.first,
                        only_way: why.only_way,
                    },
                ),
            };
            let heading = self.text(
                "instruments-between",
                &[("from", from.code.clone()), ("to", to.code.clone())],
            );
            rows.push((heading, there));
        }
        Section {
            heading: self.text(
                "instruments-heading",
                &[
                    ("article", self.term_of("article", &instrument)),
                    ("name", self.term_of("instrument", &instrument)),
                ],
            ),
            rows,
        }
    }

    /// `instrument`'s timings; its key selects what its office does in
    /// the time given (deliver, freeze, trace, publish, meet).
    fn timings(&self, t: &table::Timings, instrument: crate::scenario::model::Instrument) -> String {
        let mut parts = Vec::new();
        if let Some(period) = t.preserves_for {
            parts.push(self.text("timing-preserves", &[("period", self.duration(period))]));
        }
        if let Some(deadline) = t.provider_deadline {
            parts.push(self.text(
                "timing-provider-deadline",
                &[("deadline", self.duration(deadline))],
            ));
        }
        if let Some(deadline) = t.emergency_deadline {
            parts.push(self.text(
                "timing-emergency-deadline",
                &[("deadline", self.duration(deadline))],
            ));
        }
        if let Some(answer) = t.emergency_answer {
            parts.push(self.text(
                "timing-emergency-answer",
                &[
                    ("min", self.duration(answer.min())),
                    ("max", self.duration(answer.max())),
                ],
            ));
        }
        if let Some(handling) = t.urgent_handling {
            parts.push(self.text(
                "timing-urgent-handling",
                &[
                    ("min", self.duration(handling.min())),
                    ("max", self.duration(handling.max())),
                ],
            ));
        }
        if let Some(period) = t.collects_for {
            parts.push(self.text("timing-collects-for", &[("period", self.duration(period))]));
        }
        if let Some(handling) = t.office_handling {
            parts.push(self.text(
                "timing-office-handling",
                &[
                    ("min", self.duration(handling.min())),
                    ("max", self.duration(handling.max())),
                    ("office", super::key_of(&instrument)),
                ],
            ));
        }
        if let Some(pace) = t.agreed_pace {
            parts.push(self.text(
                "timing-agreed-pace",
                &[
                    ("min", self.duration(pace.min())),
                    ("max", self.duration(pace.max())),
                ],
            ));
        }
        if let Some(within) = t.served_within {
            parts.push(self.text("timing-served-within", &[("within", self.duration(within))]));
        }
        if let (Some(subscriber), Some(traffic)) = (t.subscriber_within, t.traffic_within) {
            parts.push(self.text(
                "timing-order-answers",
                &[
                    ("subscriber", self.duration(subscriber)),
                    ("traffic", self.duration(traffic)),
                ],
            ));
        }
        if let Some(penalty) = t.min_penalty {
            parts.push(self.text("timing-min-penalty", &[("period", self.duration(penalty))]));
        }
        if parts.is_empty() {
            parts.push(self.text("timing-none", &[]));
        }
        parts.join(&self.text("list-semicolon", &[]))
    }
}

impl LawTable {
    /// For a terminal: the heading, then each row indented, its label
    /// padded so the values line up.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        for (line, _) in self.plain_lines() {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// The lines of [`LawTable::plain`], each with the column where its
    /// value starts: a screen that wraps a row continues it there (a
    /// hanging indent), so the values stay in one column.
    pub fn plain_lines(&self) -> Vec<(String, usize)> {
        let width = self
            .sections
            .iter()
            .flat_map(|s| s.rows.iter())
            .map(|(label, _)| label.chars().count())
            .max()
            .unwrap_or(0);
        let mut lines = vec![
            (self.title.clone(), 0),
            (String::new(), 0),
            (self.intro.clone(), 0),
        ];
        if let Some(summary) = &self.summary {
            lines.push((String::new(), 0));
            lines.push((summary.clone(), 0));
        }
        for section in &self.sections {
            lines.push((String::new(), 0));
            lines.push((section.heading.clone(), 0));
            for (label, value) in &section.rows {
                let pad = width - label.chars().count();
                lines.push((format!("  {label}{:pad$}  {value}", ""), width + 4));
            }
        }
        lines
    }

    /// Markdown (`docs/LAW.md`): a level-1 title, `note` as an HTML
    /// comment (how it was generated), one level-2 section per instrument.
    pub fn markdown(&self, note: &str) -> String {
        let mut out = format!("# {}\n\n<!-- {note} -->\n\n{}\n", self.title, self.intro);
        if let Some(summary) = &self.summary {
            out.push_str(&format!("\n{summary}\n"));
        }
        for section in &self.sections {
            out.push_str(&format!("\n## {}\n\n", section.heading));
            for (label, value) in &section.rows {
                out.push_str(&format!("- **{label}:** {value}\n"));
            }
        }
        out
    }
}
