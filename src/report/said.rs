//! The report's data in words, shared by the Markdown and HTML renderers:
//! times (since the start and on the local clock), findings, the reasons
//! for a rating, timeline lines. Every sentence comes from
//! `assets/locales/<lang>/report.ftl` or the core's own messages; nothing
//! here builds English.

use crate::law::{Basis, RequestField};
use crate::scenario::model::Scenario;
use crate::sim::calendar::Calendar;
use crate::sim::message::{Arg, Joiner};
use crate::time::{Duration, SimTime};
use crate::words::Words;

use super::{AfterAction, Because, Finding, Met, Moment, Rated};

/// How a report speaks: in which words, about which scenario, with which
/// local clock.
pub struct Said<'a> {
    pub words: &'a Words,
    pub scenario: &'a Scenario,
    calendar: Option<Calendar>,
    /// More than one team: a finding says whose it is.
    several_teams: bool,
}

impl<'a> Said<'a> {
    pub fn new(words: &'a Words, scenario: &'a Scenario, report: &AfterAction) -> Said<'a> {
        let calendar = report
            .overview
            .local
            .as_ref()
            .and_then(|local| Calendar::new(&scenario.start, &[local.zone.as_str()]).ok());
        Said {
            words,
            scenario,
            calendar,
            several_teams: report.teams.len() > 1,
        }
    }

    pub fn text(&self, id: &str) -> String {
        self.words.text(id, &[])
    }

    pub fn with(&self, id: &str, args: &[(&str, String)]) -> String {
        self.words.text(id, args)
    }

    /// A message of report.ftl with typed arguments.
    pub fn render(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.words.render(self.scenario, id, args)
    }

    /// `d2 15:26`.
    pub fn time(&self, at: SimTime) -> String {
        self.words.time(at)
    }

    /// `Mon 15:06` on the local clock; empty without one.
    pub fn local(&self, at: SimTime) -> String {
        let Some(calendar) = &self.calendar else {
            return String::new();
        };
        let zoned = calendar.zoned(0, at);
        let day = self.text(&format!("weekday-{}", zoned.weekday().to_monday_one_offset()));
        format!("{day} {}", zoned.strftime("%H:%M"))
    }

    /// `d2 15:26 (Mon 15:06)`.
    pub fn stamp(&self, at: SimTime) -> String {
        match self.calendar {
            Some(_) => format!("{} ({})", self.time(at), self.local(at)),
            None => self.time(at),
        }
    }

    pub fn duration(&self, d: Duration) -> String {
        self.words.duration(d)
    }

    pub fn jurisdiction(&self, j: usize) -> String {
        let jurisdiction = &self.scenario.jurisdictions[j];
        match jurisdiction.name.get(self.words.lang().code()) {
            "" => jurisdiction.code.clone(),
            name => name.to_string(),
        }
    }

    pub fn objective_text(&self, o: usize) -> String {
        self.scenario.objectives[o]
            .text
            .get(self.words.lang().code())
            .to_string()
    }

    pub fn title(&self) -> String {
        self.scenario.title.get(self.words.lang().code()).to_string()
    }

    fn items(items: &[usize]) -> Arg {
        Arg::List(items.iter().map(|&i| Arg::Item(i)).collect(), Joiner::Comma)
    }

    fn fields(fields: &[RequestField]) -> Arg {
        Arg::List(fields.iter().map(|&f| Arg::Field(f)).collect(), Joiner::Comma)
    }

    pub fn met(&self, rated: &Rated) -> String {
        match &rated.met {
            Met::OnTime { at } => self.with("report-met-on-time", &[("at", self.stamp(*at))]),
            Met::Late { at, .. } => self.with("report-met-late", &[("at", self.stamp(*at))]),
            Met::Partly { holding, of } => self.with(
                "report-met-partly",
                &[("holding", holding.to_string()), ("of", of.to_string())],
            ),
            Met::Missed => self.text("report-met-missed"),
            Met::Open => self.text("report-met-open"),
        }
    }

    pub fn because(&self, because: &Because) -> String {
        match because {
            Because::Met { at, margin: None } => self.with("report-because-met", &[("at", self.stamp(*at))]),
            Because::Met {
                at,
                margin: Some(margin),
            } => self.with(
                "report-because-met-margin",
                &[("at", self.stamp(*at)), ("margin", self.duration(*margin))],
            ),
            Because::LastQuarter { at, margin } => self.with(
                "report-because-last-quarter",
                &[("at", self.stamp(*at)), ("margin", self.duration(*margin))],
            ),
            Because::Returned {
                request,
                basis,
                to,
                missing,
                at,
            } => self.render(
                "report-because-returned",
                &[
                    ("basis", Arg::Basis(*basis)),
                    ("request", Arg::Request(*request)),
                    ("to", Arg::Jurisdiction(*to)),
                    ("missing", Self::fields(missing)),
                    ("at", Arg::Time(*at)),
                ],
            ),
            Because::Refused {
                request,
                basis,
                to,
                at,
            } => self.render(
                "report-because-refused",
                &[
                    ("basis", Arg::Basis(*basis)),
                    ("request", Arg::Request(*request)),
                    ("to", Arg::Jurisdiction(*to)),
                    ("at", Arg::Time(*at)),
                ],
            ),
            Because::Late { at, late_by } => self.with(
                "report-because-late",
                &[("at", self.stamp(*at)), ("late", self.duration(*late_by))],
            ),
            Because::Partly { holding, of } => self.with(
                "report-because-partly",
                &[("holding", holding.to_string()), ("of", of.to_string())],
            ),
            Because::Missed => self.text("report-because-missed"),
            Because::Lost { item, at } => self.render(
                "report-because-lost",
                &[("item", Arg::Item(*item)), ("at", Arg::Text(self.stamp(*at)))],
            ),
            Because::Open { end, deadline: None } => {
                self.with("report-because-open-no-deadline", &[("at", self.stamp(*end))])
            }
            Because::Open {
                end,
                deadline: Some(by),
            } => self.with(
                "report-because-open",
                &[("at", self.stamp(*end)), ("deadline", self.stamp(*by))],
            ),
        }
    }

    /// A strength or an area for improvement; with several teams, the
    /// team whose requests or data it is about first.
    pub fn finding(&self, finding: &Finding) -> String {
        let sentence = self.finding_alone(finding);
        match finding {
            Finding::SecuredInTime { team, .. }
            | Finding::Produced { team, .. }
            | Finding::Returned { team, .. }
            | Finding::Refused { team, .. }
            | Finding::Lost { team, .. }
                if self.several_teams =>
            {
                self.with(
                    "report-finding-of-team",
                    &[
                        ("team", self.jurisdiction(*team)),
                        ("code", self.scenario.jurisdictions[*team].code.clone()),
                        ("finding", sentence),
                    ],
                )
            }
            _ => sentence,
        }
    }

    fn finding_alone(&self, finding: &Finding) -> String {
        let objective = |o: usize| {
            vec![
                ("objective", Arg::Objective(o)),
                ("objective-text", Arg::Text(self.objective_text(o))),
            ]
        };
        match finding {
            Finding::SecuredInTime {
                basis,
                to,
                item,
                margin,
                ..
            } => self.render(
                "report-finding-secured",
                &[
                    ("basis", Arg::Basis(*basis)),
                    ("to", Arg::Jurisdiction(*to)),
                    ("item", Arg::Item(*item)),
                    ("margin", Arg::Duration(*margin)),
                ],
            ),
            Finding::Produced {
                basis,
                to,
                items,
                after,
                ..
            } => self.render(
                "report-finding-produced",
                &[
                    ("basis", Arg::Basis(*basis)),
                    ("to", Arg::Jurisdiction(*to)),
                    ("items", Self::items(items)),
                    ("after", Arg::Duration(*after)),
                ],
            ),
            Finding::ObjectiveClean { objective: o } => {
                self.render("report-finding-objective-clean", &objective(*o))
            }
            Finding::Returned {
                basis,
                to,
                missing,
                round_trip,
                ..
            } => self.render(
                "report-finding-returned",
                &[
                    ("basis", Arg::Basis(*basis)),
                    ("to", Arg::Jurisdiction(*to)),
                    ("missing", Self::fields(missing)),
                    ("trip", Arg::Duration(*round_trip)),
                ],
            ),
            Finding::Refused {
                basis, to, result, ..
            } => {
                let result = self.words.message(self.scenario, result);
                self.render(
                    "report-finding-refused",
                    &[
                        ("basis", Arg::Basis(*basis)),
                        ("to", Arg::Jurisdiction(*to)),
                        ("result", Arg::Text(result)),
                    ],
                )
            }
            Finding::Lost {
                item, at, why, asked, ..
            } => {
                let why = self.words.message(self.scenario, why);
                let mut args = vec![
                    ("item", Arg::Item(*item)),
                    ("at", Arg::Text(self.stamp(*at))),
                    ("why", Arg::Text(why)),
                ];
                match asked {
                    Some(basis) => {
                        args.push(("basis", Arg::Basis(*basis)));
                        self.render("report-finding-lost-asked", &args)
                    }
                    None => self.render("report-finding-lost", &args),
                }
            }
            Finding::ChannelError {
                participant,
                at,
                refusal,
            } => {
                let refusal = self.words.message(self.scenario, refusal);
                self.render(
                    "report-finding-channel",
                    &[
                        ("participant", Arg::Participant(participant.clone())),
                        ("at", Arg::Text(self.stamp(*at))),
                        ("refusal", Arg::Text(refusal)),
                    ],
                )
            }
            Finding::ObjectiveNotMet { objective: o, rating } => {
                let mut args = objective(*o);
                args.push(("rating", Arg::Text(format!("{rating:?}"))));
                self.render("report-finding-objective", &args)
            }
        }
    }

    /// The improvement plan's recommended action for an area for improvement.
    pub fn action(&self, finding: &Finding) -> String {
        let basis = |id: &str, basis: &Basis| self.render(id, &[("basis", Arg::Basis(*basis))]);
        match finding {
            Finding::Returned { basis: b, .. } => basis("report-action-returned", b),
            Finding::Refused { basis: b, .. } => basis("report-action-refused", b),
            Finding::Lost { .. } => self.text("report-action-lost"),
            Finding::ChannelError { .. } => self.text("report-action-channel"),
            Finding::ObjectiveNotMet { objective, .. } => {
                let debrief = self.scenario.objectives[*objective]
                    .debrief
                    .as_ref()
                    .map(|d| d.get(self.words.lang().code()).to_string());
                match debrief {
                    Some(debrief) if !debrief.is_empty() => debrief,
                    _ => self.text("report-action-objective"),
                }
            }
            Finding::SecuredInTime { .. } | Finding::Produced { .. } | Finding::ObjectiveClean { .. } => {
                String::new()
            }
        }
    }

    /// Who, and what, for a timeline line.
    pub fn moment(&self, moment: &Moment) -> (String, String) {
        match moment {
            Moment::Event(e) => (
                self.words.message(self.scenario, &e.actor),
                self.words.message(self.scenario, &e.event),
            ),
            Moment::Refused {
                participant, refusal, ..
            } => (
                self.words.participant(participant),
                self.with(
                    "report-refused",
                    &[("reason", self.words.message(self.scenario, refusal))],
                ),
            ),
        }
    }
}
