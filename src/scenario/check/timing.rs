//! Times that cannot happen as written: a start that is not a date, an
//! exercise with no end or one longer than the longest an exercise may run
//! ([`LONGEST_EXERCISE`], the limit journals share), stages, injects and
//! deadlines after the end. (Delays and retention are checked with their
//! definitions.)

use super::Origins;
use super::definitions::check_delay;
use super::references::for_each_condition;
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::{Findings, Place};
use crate::scenario::model::{Condition, LawParameters, Scenario};
use crate::time::{Duration, LONGEST_EXERCISE, LONGEST_EXERCISE_YEARS, SimTime, StartError, parse_start};

pub fn check(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    check_start(&scenario.start, origins.root_field("start"), findings);
    check_law(&scenario.law, origins.root_field("law"), findings);

    let end_place = origins.root_field("end");
    let end = scenario.end.after;
    match end {
        None if scenario.end.when.is_none() => {
            findings
                .add(Code::ImpossibleTiming, end_place.clone(), "the exercise never ends")
                .label("neither `after` nor `when`")
                .help("give `after: \"3d\"`, or a condition `when: ...`, or both (whichever comes first ends it)");
        }
        Some(after) if after.as_minutes() <= 0 => {
            findings
                .add(
                    Code::ImpossibleTiming,
                    end_place.clone().field("after"),
                    format!("the exercise must last longer than zero, not `{after}`"),
                )
                .label("zero or negative")
                .help("write how long the exercise runs, like \"90d\"");
        }
        Some(after) if after > LONGEST_EXERCISE => {
            findings
                .add(
                    Code::ImpossibleTiming,
                    end_place.clone().field("after"),
                    format!(
                        "the exercise would run longer than {LONGEST_EXERCISE_YEARS} years, the longest an exercise may run"
                    ),
                )
                .label(format!("longer than {LONGEST_EXERCISE_YEARS} years"))
                .help(format!(
                    "write `\"{LONGEST_EXERCISE_YEARS}y\"` or less, like \"90d\" (a journal records times up to {})",
                    SimTime::LATEST
                ));
        }
        _ => {}
    }
    let end = end.filter(|d| d.as_minutes() > 0);

    for (i, incident) in scenario.incidents.iter().enumerate() {
        for (k, stage) in incident.stages.iter().enumerate() {
            let place = origins.item("incidents", i).field("stages").index(k).field("at");
            not_before_start(stage.at, "a stage", place.clone(), findings);
            after_end(stage.at, end, "stage", &stage.id, place, findings);
        }
    }

    for (i, inject) in scenario.injects.iter().enumerate() {
        let place = origins.item("injects", i).field("when");
        check_clock_conditions(&inject.when, place, end, "inject", &inject.id, findings);
    }

    for (i, objective) in scenario.objectives.iter().enumerate() {
        let place = origins.item("objectives", i);
        check_clock_conditions(
            &objective.when,
            place.clone().field("when"),
            end,
            "objective",
            &objective.id,
            findings,
        );
        if let Some(by) = objective.by {
            let place = place.field("by");
            if by.as_minutes() <= 0 {
                findings
                    .add(
                        Code::ImpossibleTiming,
                        place,
                        format!(
                            "objective `{}` is due at `{by}`, before anyone can act",
                            objective.id
                        ),
                    )
                    .label("zero or negative")
                    .help(
                        "`by` counts from the start of the exercise: write a positive duration like \"36h\"",
                    );
            } else {
                after_end(by, end, "objective deadline of", &objective.id, place, findings);
            }
        }
    }
}

/// Law parameters stay within what the treaties allow (a warning: an
/// exercise may bend them on purpose), and delays are delays.
fn check_law(law: &LawParameters, place: Place, findings: &mut Findings) {
    let sixty = Duration::days(60);
    if law.preservation_247_min < sixty {
        findings
            .add(
                Code::OutsideTreaty,
                place.clone().field("preservation_247_min"),
                format!(
                    "Art. 29 preservation of {} is shorter than the treaty allows",
                    in_days(law.preservation_247_min)
                ),
            )
            .label("under sixty days")
            .help("Budapest Art. 29(7) preserves \"for a period not less than sixty days\": write \"60d\" or more, or leave it out");
    }
    let ninety = Duration::days(90);
    if law.domestic_preservation_max > ninety {
        findings
            .add(
                Code::OutsideTreaty,
                place.clone().field("domestic_preservation_max"),
                format!(
                    "Art. 16 preservation of {} is longer than the treaty allows",
                    in_days(law.domestic_preservation_max)
                ),
            )
            .label("over ninety days")
            .help("Budapest Art. 16(2) preserves \"up to a maximum of ninety days\" (renewable): write \"90d\" or less, or leave it out");
    }
    check_delay(&law.emergency_answer, place.field("emergency_answer"), findings);
}

/// A period as the treaties count it: `30 days`.
fn in_days(period: Duration) -> String {
    let minutes = period.as_minutes();
    if minutes % (24 * 60) == 0 {
        format!("{} days", minutes / (24 * 60))
    } else {
        format!("`{period}`")
    }
}

/// `start` is a date-time with its zone: `"2026-03-02T07:40[Europe/Chisinau]"`,
/// parsed exactly as the calendar will parse it.
fn check_start(start: &str, place: Place, findings: &mut Findings) {
    match parse_start(start) {
        Ok(_) => {}
        Err(StartError::Unreadable(reason)) => {
            findings
                .add(
                    Code::InvalidStart,
                    place,
                    format!("`{start}` is not a start date-time with a time zone"),
                )
                .label("not a zoned date-time")
                .help(format!(
                    "write it like \"2026-03-02T07:40[Europe/Chisinau]\" ({reason})"
                ));
        }
        Err(error @ StartError::SkippedByClocks { .. }) => {
            findings
                .add(
                    Code::InvalidStart,
                    place,
                    format!("`{start}` is a time the clocks skip"),
                )
                .label("does not exist in this zone")
                .help(format!("{error}: choose a time outside the gap"));
        }
    }
}

fn check_clock_conditions(
    condition: &Condition,
    place: Place,
    end: Option<Duration>,
    what: &str,
    id: &str,
    findings: &mut Findings,
) {
    for_each_condition(condition, place, &mut |condition, place| {
        if let Condition::At(at) = condition {
            let place = place.index(0);
            not_before_start(*at, what, place.clone(), findings);
            after_end(*at, end, what, id, place, findings);
        }
    });
}

fn not_before_start(at: Duration, what: &str, place: Place, findings: &mut Findings) {
    if at.as_minutes() < 0 {
        findings
            .add(
                Code::ImpossibleTiming,
                place,
                format!("{what} cannot happen before the exercise starts (`{at}`)"),
            )
            .label("negative time")
            .help("times count from the start of the exercise: \"0m\" is the start, \"2h\" two hours later");
    }
}

fn after_end(
    at: Duration,
    end: Option<Duration>,
    what: &str,
    id: &str,
    place: Place,
    findings: &mut Findings,
) {
    let Some(end) = end else { return };
    if at > end {
        findings
            .add(
                Code::ImpossibleTiming,
                place,
                format!("{what} `{id}` at `{at}` comes after the end of the exercise (`{end}`)"),
            )
            .label("after the end")
            .help(format!("make it `{end}` or earlier, or make `end.after` longer"));
    }
}
