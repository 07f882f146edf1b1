//! Times that cannot happen as written: a start that is not a date, an
//! exercise with no end or one longer than the longest an exercise may run
//! ([`LONGEST_EXERCISE`], the limit journals share), stages, injects and
//! deadlines after the end, a clock that cannot run at its speed, a
//! stage's `unless` that cannot hold by the stage's time, a `delayed_by`
//! that is not a delay or has nothing to delay it, a stage said averted that cannot be. (Delays
//! and retention are checked with their definitions.)

use super::Origins;
use super::definitions::{check_delay, closest_time_zone};
use super::references::for_each_condition;
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::{Findings, Place, did_you_mean};
use crate::scenario::model::{ClockSettings, Condition, LawParameters, Scenario, Stage};
use crate::scenario::said::Said;
use crate::time::{
    Duration, LONGEST_EXERCISE, LONGEST_EXERCISE_YEARS, MAX_SPEED, SimTime, StartError, is_speed,
    parse_start, time_zone,
};

pub fn check(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    // The scenario's own first country, not one a shared file brought.
    let home_zone = scenario
        .jurisdictions
        .iter()
        .zip(&origins.jurisdictions)
        .find(|(_, origin)| origin.file == origins.root)
        .or_else(|| scenario.jurisdictions.iter().zip(&origins.jurisdictions).next())
        .map(|(jurisdiction, _)| jurisdiction.time_zone.as_str());
    check_start(&scenario.start, home_zone, origins.root_field("start"), findings);
    check_law(&scenario.law, origins.root_field("law"), findings);
    if let Some(clock) = &scenario.clock {
        check_clock(clock, origins.root_field("clock"), findings);
    }

    let end_place = origins.root_field("end");
    let end = scenario.end.after;
    match end {
        None if scenario.end.when.is_none() => {
            findings
                .add(
                    Code::ImpossibleTiming,
                    end_place.clone(),
                    Said::new("check-never-ends"),
                )
                .label(Said::new("check-never-ends-label"))
                .help(Said::new("check-never-ends-help"));
        }
        Some(after) if after.as_minutes() <= 0 => {
            findings
                .add(
                    Code::ImpossibleTiming,
                    end_place.clone().field("after"),
                    Said::new("check-end-not-positive").text("after", after),
                )
                .label(Said::new("check-zero-or-negative"))
                .help(Said::new("check-end-not-positive-help"));
        }
        Some(after) if after > LONGEST_EXERCISE => {
            findings
                .add(
                    Code::ImpossibleTiming,
                    end_place.clone().field("after"),
                    Said::new("check-end-too-long").text("years", LONGEST_EXERCISE_YEARS),
                )
                .label(Said::new("check-end-too-long-label").text("years", LONGEST_EXERCISE_YEARS))
                .help(
                    Said::new("check-end-too-long-help")
                        .text("years", LONGEST_EXERCISE_YEARS)
                        .text("latest", SimTime::LATEST),
                );
        }
        _ => {}
    }
    let end = end.filter(|d| d.as_minutes() > 0);

    for (i, incident) in scenario.incidents.iter().enumerate() {
        for (k, stage) in incident.stages.iter().enumerate() {
            let place = origins.item("incidents", i).field("stages").index(k).field("at");
            not_before_start(stage.at, "stage", place.clone(), findings);
            after_end(stage.at, end, "stage", &stage.id, place, findings);
        }
    }

    check_conditional_stages(scenario, origins, findings);
    check_gone_before_start(scenario, origins, findings);

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
                        Said::new("check-deadline-not-positive")
                            .text("objective", &objective.id)
                            .text("by", by),
                    )
                    .label(Said::new("check-zero-or-negative"))
                    .help(Said::new("check-deadline-not-positive-help"));
            } else {
                after_end(by, end, "deadline", &objective.id, place, findings);
            }
        }
    }
}

/// A stage's `unless` must be able to hold by the stage's time, and
/// `delayed_by` needs an `unless`; a condition `StageAverted(x)` needs a
/// stage `x` that can be averted (an `unless` and no `delayed_by`).
fn check_conditional_stages(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    let stage = |id: &str| {
        scenario
            .incidents
            .iter()
            .flat_map(|incident| &incident.stages)
            .find(|stage| stage.id == id)
    };
    for (i, incident) in scenario.incidents.iter().enumerate() {
        for (k, st) in incident.stages.iter().enumerate() {
            let place = origins.item("incidents", i).field("stages").index(k);
            if let Some(by) = st.delayed_by
                && by.as_minutes() <= 0
            {
                findings
                    .add(
                        Code::ImpossibleTiming,
                        place.clone().field("delayed_by"),
                        Said::new("check-delay-not-positive")
                            .text("stage", &st.id)
                            .text("by", by),
                    )
                    .label(Said::new("check-zero-or-negative"))
                    .help(Said::new("check-delay-not-positive-help"));
            }
            match &st.unless {
                Some(unless) if false_at(unless, st, scenario, &stage) => {
                    findings
                        .add(
                            Code::NeverHolds,
                            place.field("unless"),
                            Said::new("check-unless-never-holds")
                                .text("stage", &st.id)
                                .text("at", st.at),
                        )
                        .label(Said::new("check-unless-never-holds-label").text("at", st.at))
                        .help(Said::new("check-unless-never-holds-help").text("at", st.at));
                }
                None if st.delayed_by.is_some() => {
                    findings
                        .add(
                            Code::Unused,
                            place.field("delayed_by"),
                            Said::new("check-delay-without-unless").text("stage", &st.id),
                        )
                        .label(Said::new("check-delay-without-unless-label"))
                        .help(Said::new("check-delay-without-unless-help"));
                }
                _ => {}
            }
        }
    }
    let mut conditions: Vec<(&Condition, Place)> = Vec::new();
    for (i, inject) in scenario.injects.iter().enumerate() {
        conditions.push((&inject.when, origins.item("injects", i).field("when")));
    }
    for (i, objective) in scenario.objectives.iter().enumerate() {
        conditions.push((&objective.when, origins.item("objectives", i).field("when")));
    }
    if let Some(when) = &scenario.end.when {
        conditions.push((when, origins.root_field("end").field("when")));
    }
    for (i, incident) in scenario.incidents.iter().enumerate() {
        for (k, st) in incident.stages.iter().enumerate() {
            if let Some(unless) = &st.unless {
                let place = origins.item("incidents", i).field("stages").index(k);
                conditions.push((unless, place.field("unless")));
            }
        }
    }
    for (condition, place) in conditions {
        for_each_condition(condition, place, &mut |condition, place| {
            let Condition::StageAverted(id) = condition else {
                return;
            };
            let Some(averted) = stage(id) else { return };
            let message = match (&averted.unless, averted.delayed_by) {
                (None, _) => "check-never-averted",
                (Some(_), Some(_)) => "check-never-averted-delayed",
                (Some(_), None) => return,
            };
            findings
                .add(
                    Code::NeverHolds,
                    place.index(0),
                    Said::new(message).text("stage", id),
                )
                .label(Said::new("check-never-averted-label"))
                .help(Said::new("check-never-averted-help").text("stage", id));
        });
    }
}

/// Whether `condition` is false when stage `at_stage` comes, whatever the
/// teams do: a time after it, this stage or a later one reached or
/// averted, a suspect nothing locates; through `All` (one such part) and
/// `Any` (every part such).
fn false_at<'s>(
    condition: &Condition,
    at_stage: &Stage,
    scenario: &'s Scenario,
    stage: &dyn Fn(&str) -> Option<&'s Stage>,
) -> bool {
    let never = |c: &Condition| false_at(c, at_stage, scenario, stage);
    match condition {
        Condition::At(at) => *at > at_stage.at,
        Condition::StageReached(id) | Condition::StageAverted(id) => {
            *id == at_stage.id || stage(id).is_some_and(|other| other.at > at_stage.at)
        }
        Condition::SuspectLocated(id) | Condition::SuspectLocatedBy(_, id) => scenario
            .suspects
            .iter()
            .find(|suspect| suspect.id == *id)
            .is_some_and(|suspect| suspect.located_by.is_empty()),
        Condition::All(parts) => parts.iter().any(never),
        Condition::Any(parts) => parts.iter().all(never),
        _ => false,
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
                Said::new("check-preservation-too-short").said("period", in_days(law.preservation_247_min)),
            )
            .label(Said::new("check-preservation-too-short-label"))
            .help(Said::new("check-preservation-too-short-help"));
    }
    let ninety = Duration::days(90);
    if law.domestic_preservation_max > ninety {
        findings
            .add(
                Code::OutsideTreaty,
                place.clone().field("domestic_preservation_max"),
                Said::new("check-domestic-preservation-too-long")
                    .said("period", in_days(law.domestic_preservation_max)),
            )
            .label(Said::new("check-domestic-preservation-too-long-label"))
            .help(Said::new("check-domestic-preservation-too-long-help"));
    }
    check_delay(
        &law.emergency_answer,
        place.clone().field("emergency_answer"),
        findings,
    );
    check_delay(
        &law.urgent_transmission,
        place.clone().field("urgent_transmission"),
        findings,
    );
    check_delay(&law.urgent_mla, place.clone().field("urgent_mla"), findings);
    check_delay(
        &law.direct_judicial,
        place.clone().field("direct_judicial"),
        findings,
    );
    check_delay(&law.csirt_relay, place.clone().field("csirt_relay"), findings);
    check_delay(&law.fiu_freeze, place.clone().field("fiu_freeze"), findings);
    check_delay(&law.red_notice, place.clone().field("red_notice"), findings);
    check_delay(&law.fiu_trace, place.clone().field("fiu_trace"), findings);
    check_delay(
        &law.eurojust_meeting,
        place.clone().field("eurojust_meeting"),
        findings,
    );
    check_delay(
        &law.coordinated_mla,
        place.clone().field("coordinated_mla"),
        findings,
    );
    check_delay(
        &law.europol_cross_match,
        place.field("europol_cross_match"),
        findings,
    );
}

/// The clock starts at a speed the trainer could set with `SetSpeed`:
/// a clock at 0 never moves, and past [`MAX_SPEED`] a host cannot keep up.
fn check_clock(clock: &ClockSettings, place: Place, findings: &mut Findings) {
    if !is_speed(clock.speed) {
        findings
            .add(
                Code::SpeedOutOfRange,
                place.field("speed"),
                Said::new("check-speed-out-of-range")
                    .text("speed", clock.speed)
                    .text("max", MAX_SPEED),
            )
            .label(Said::new("check-speed-out-of-range-label").text("max", MAX_SPEED))
            .help(Said::new("check-speed-out-of-range-help").text("max", MAX_SPEED));
    }
}

/// A period as the treaties count it: `30 days`, or as written when it is
/// not whole days.
fn in_days(period: Duration) -> Said {
    let minutes = period.as_minutes();
    match u64::try_from(minutes / (24 * 60)) {
        Ok(days) if minutes % (24 * 60) == 0 => Said::new("check-days").count("days", days),
        _ => Said::new("check-period").text("period", period),
    }
}

/// `start` with its zone (`[Europe/Chisnau]`) replaced by the closest one
/// the database knows, when the zone written is unknown.
fn zone_suggestion(start: &str) -> Option<String> {
    let zone = start.rsplit_once('[')?.1.strip_suffix(']')?;
    if time_zone(zone).is_ok() {
        return None;
    }
    let best = closest_time_zone(zone)?;
    Some(format!("{}[{best}]", &start[..start.len() - zone.len() - 2]))
}

/// `start` as it should be written, from a date written the way people
/// write dates (`02/03/2026 03:00`, `2.3.2026 3:00`, `2026-03-02 03:00`),
/// day before month as in Europe, in the zone written in brackets or else
/// `home_zone` (the first jurisdiction's); a fixed example when the date
/// cannot be read.
fn start_example(start: &str, home_zone: Option<&str>) -> String {
    let (written, bracketed) = match start.rsplit_once('[') {
        Some((written, zone)) => (written, zone.strip_suffix(']')),
        None => (start, None),
    };
    let zone = [bracketed, home_zone]
        .into_iter()
        .flatten()
        .find(|zone| time_zone(zone).is_ok())
        .unwrap_or("Europe/Chisinau");
    let numbers: Vec<u32> = written
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map_while(|part| part.parse().ok())
        .collect();
    let (year, month, day, hour, minute) = match numbers[..] {
        [year, month, day, hour, minute, ..] if year > 31 => (year, month, day, hour, minute),
        [day, month, year, hour, minute, ..] if year > 31 => (year, month, day, hour, minute),
        [year, month, day] if year > 31 => (year, month, day, 0, 0),
        [day, month, year] if year > 31 => (year, month, day, 0, 0),
        _ => (2026, 3, 2, 7, 40),
    };
    let plausible = (1000..=9999).contains(&year)
        && (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && hour < 24
        && minute < 60;
    let (year, month, day, hour, minute) = if plausible {
        (year, month, day, hour, minute)
    } else {
        (2026, 3, 2, 7, 40)
    };
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}[{zone}]")
}

/// `start` is a date-time with its zone: `"2026-03-02T07:40[Europe/Chisinau]"`,
/// parsed exactly as the calendar will parse it.
fn check_start(start: &str, home_zone: Option<&str>, place: Place, findings: &mut Findings) {
    match parse_start(start) {
        Ok(_) => {}
        Err(StartError::Unreadable(_)) => {
            // The time library's reason ("failed to parse four digit
            // integer as year") speaks of its parser: a misspelt zone gets
            // the start with the zone corrected, anything else the start
            // as it should be written, from what the author wrote.
            let help = match zone_suggestion(start) {
                Some(corrected) => did_you_mean(&corrected),
                None => {
                    Said::new("check-start-unreadable-help").text("example", start_example(start, home_zone))
                }
            };
            findings
                .add(
                    Code::InvalidStart,
                    place,
                    Said::new("check-start-unreadable").text("start", start),
                )
                .label(Said::new("check-start-unreadable-label"))
                .help(help);
        }
        Err(StartError::SkippedByClocks { written, first_after }) => {
            findings
                .add(
                    Code::InvalidStart,
                    place,
                    Said::new("check-start-skipped").text("start", start),
                )
                .label(Said::new("check-start-skipped-label"))
                .help(
                    Said::new("check-start-skipped-help")
                        .text("written", written)
                        .text("first-after", first_after),
                );
        }
    }
}

/// `what` is `inject` or `objective`.
fn check_clock_conditions(
    condition: &Condition,
    place: Place,
    end: Option<Duration>,
    what: &'static str,
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

/// `what` is `stage`, `inject` or `objective`.
fn not_before_start(at: Duration, what: &'static str, place: Place, findings: &mut Findings) {
    if at.as_minutes() < 0 {
        findings
            .add(
                Code::ImpossibleTiming,
                place,
                Said::new("check-before-start").text("what", what).text("at", at),
            )
            .label(Said::new("check-before-start-label"))
            .help(Said::new("check-before-start-help"));
    }
}

/// Warns of a data item its provider keeps, whose retention (its
/// provider's, else its country's law) runs out at or before the start:
/// it is deleted before a team can ask for it, which an author rarely
/// means (a lost item is better an item `kept: false`, or one created
/// later). The help names the creation time that keeps it half its
/// retention into the exercise.
fn check_gone_before_start(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    for (i, data) in scenario.evidence.iter().enumerate() {
        let Some(provider) = scenario.providers.iter().find(|p| p.id == data.provider) else {
            continue;
        };
        let Some(holding) = provider.holds.iter().find(|h| h.category == data.category) else {
            continue;
        };
        if !data.kept {
            continue;
        }
        let by_law = || {
            scenario
                .jurisdictions
                .iter()
                .find(|j| j.code == provider.jurisdiction)
                .and_then(|j| j.retention_law.get(&data.category).copied())
        };
        let Some(retention) = holding.retention.or_else(by_law) else {
            continue;
        };
        if retention.as_minutes() <= 0 {
            continue; // an error of its own
        }
        let gone = data.created.as_minutes() + retention.as_minutes();
        if gone > 0 {
            continue;
        }
        let instead = Duration(-(retention.as_minutes() / 2));
        findings
            .add(
                Code::GoneBeforeStart,
                origins.item("evidence", i).field("created"),
                Said::new("check-gone-before-start")
                    .text("item", &data.id)
                    .text("created", data.created)
                    .text("retention", retention)
                    .text("provider", &provider.id),
            )
            .label(Said::new("check-gone-before-start-label").text("gone", Duration(gone)))
            .help(
                Said::new("check-gone-before-start-help")
                    .text("instead", instead)
                    .text("retention", retention),
            );
    }
}

/// `what` is `stage`, `inject`, `objective` or `deadline` (an objective's `by`).
fn after_end(
    at: Duration,
    end: Option<Duration>,
    what: &'static str,
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
                Said::new("check-after-end")
                    .text("what", what)
                    .text("id", id)
                    .text("at", at)
                    .text("end", end),
            )
            .label(Said::new("check-after-end-label"))
            .help(Said::new("check-after-end-help").text("end", end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_written_as_people_write_dates_is_shown_year_first() {
        let riga = Some("Europe/Riga");
        // Day first, as in Europe; the zone in brackets before the country's.
        assert_eq!(
            start_example("02/03/2026 03:00", riga),
            "2026-03-02T03:00[Europe/Riga]"
        );
        assert_eq!(
            start_example("27.2.2026 23:40", riga),
            "2026-02-27T23:40[Europe/Riga]"
        );
        assert_eq!(
            start_example("2026-02-27 23:40[Europe/Paris]", riga),
            "2026-02-27T23:40[Europe/Paris]"
        );
        assert_eq!(
            start_example("2026-02-27", None),
            "2026-02-27T00:00[Europe/Chisinau]"
        );
        // Nothing readable: the guide's example, in the country's zone.
        assert_eq!(
            start_example("next monday", riga),
            "2026-03-02T07:40[Europe/Riga]"
        );
        assert_eq!(
            start_example("45/13/2026 25:00", Some("Nowhere/Zz")),
            "2026-03-02T07:40[Europe/Chisinau]"
        );
    }
}
