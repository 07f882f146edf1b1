//! Simulated time: whole minutes since the exercise started, durations
//! written the way people write them (`"90d"`, `"36h"`, `"2d 4h"`, `"-1d"`),
//! weekly office hours, and the one time-zone database everything uses (the
//! copy compiled into the binary, never the host's zone files).
//!
//! Time is an integer everywhere the simulation hashes or replays it. This
//! module never reads the wall clock: mapping wall time to simulated time is
//! the shell's job.

use std::fmt;

use std::sync::OnceLock;

use jiff::Zoned;
use jiff::fmt::temporal::DateTimeParser;
use jiff::tz::{TimeZone, TimeZoneDatabase};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Minutes in each unit an author may write, longest first so that
/// formatting picks the largest unit that fits.
const UNITS: [(&str, i64); 6] = [
    ("y", 365 * 24 * 60),
    ("mo", 30 * 24 * 60),
    ("w", 7 * 24 * 60),
    ("d", 24 * 60),
    ("h", 60),
    ("m", 1),
];

/// Minutes in a unit written short (`d`) or long (`day`, `days`).
fn unit_minutes(unit: &str) -> Option<i64> {
    let short = match unit.to_ascii_lowercase().as_str() {
        "y" | "year" | "years" => "y",
        "mo" | "month" | "months" => "mo",
        "w" | "week" | "weeks" => "w",
        "d" | "day" | "days" => "d",
        "h" | "hour" | "hours" => "h",
        "m" | "min" | "mins" | "minute" | "minutes" => "m",
        _ => return None,
    };
    UNITS
        .iter()
        .find(|(name, _)| *name == short)
        .map(|(_, minutes)| *minutes)
}

/// A signed length of simulated time, in whole minutes.
///
/// Signed because data is often created before the exercise starts
/// (`created: "-3d"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Duration(pub i64);

impl Duration {
    pub const ZERO: Duration = Duration(0);

    pub const fn minutes(m: i64) -> Self {
        Duration(m)
    }
    pub const fn hours(h: i64) -> Self {
        Duration(h * 60)
    }
    pub const fn days(d: i64) -> Self {
        Duration(d * 24 * 60)
    }
    pub const fn as_minutes(self) -> i64 {
        self.0
    }

    /// Parses `"90d"`, `"36h"`, `"2d 4h"`, `"45m"`, `"3w"`, `"6mo"`, `"1y"`,
    /// `"-1d"`, `"14 days"` or `"0"`. Units: y (365 days), mo (30 days), w,
    /// d, h, m, or their English names.
    pub fn parse(text: &str) -> Result<Duration, DurationError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(DurationError::new(text, "the duration is empty"));
        }
        let (negative, body) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, trimmed),
        };
        if body == "0" {
            return Ok(Duration::ZERO);
        }
        let mut total: i64 = 0;
        let mut rest = body;
        while !rest.is_empty() {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 {
                return Err(DurationError::new(
                    text,
                    "expected a number before each unit, as in \"2d 4h\"",
                ));
            }
            let number: i64 = rest[..digits]
                .parse()
                .map_err(|_| DurationError::new(text, "the number is too large"))?;
            // "14 days" reads as well as "14d": space before the unit and
            // the unit's long name are accepted.
            rest = rest[digits..].trim_start();
            let unit_len = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_alphabetic()).len();
            let unit = &rest[..unit_len];
            let Some(per_unit) = unit_minutes(unit) else {
                let message = if unit.is_empty() {
                    "a number needs a unit: y, mo, w, d, h or m (as in \"36h\")".to_string()
                } else {
                    format!("unknown unit `{unit}`: use y, mo, w, d, h or m (as in \"36h\")")
                };
                return Err(DurationError::new(text, &message));
            };
            total = number
                .checked_mul(per_unit)
                .and_then(|m| total.checked_add(m))
                .ok_or_else(|| DurationError::new(text, "the duration is too large"))?;
            rest = rest[unit_len..].trim_start();
        }
        Ok(Duration(if negative { -total } else { total }))
    }
}

impl fmt::Display for Duration {
    /// Writes the shortest form `parse` reads back, e.g. `2d 4h`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            return f.write_str("0");
        }
        if self.0 < 0 {
            f.write_str("-")?;
        }
        let mut left = self.0.unsigned_abs() as i64;
        let mut first = true;
        // Months and years are approximations an author may write, but a
        // duration prints in exact units so that print-then-parse round
        // trips; and in days, not weeks, because the treaties count in days
        // (an author who wrote "45d" reads "45d" back, not "6w 3d").
        for (name, per_unit) in UNITS.iter().skip(3) {
            if left >= *per_unit {
                if !first {
                    f.write_str(" ")?;
                }
                write!(f, "{}{}", left / per_unit, name)?;
                left %= per_unit;
                first = false;
            }
        }
        Ok(())
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Duration::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Why a duration string could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationError {
    pub input: String,
    pub reason: String,
}

impl DurationError {
    fn new(input: &str, reason: &str) -> Self {
        DurationError {
            input: input.to_string(),
            reason: reason.to_string(),
        }
    }
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a duration: {}", self.input, self.reason)
    }
}

impl std::error::Error for DurationError {}

/// The longest an exercise may run, in years: see [`LONGEST_EXERCISE`].
pub const LONGEST_EXERCISE_YEARS: i64 = 100;

/// The longest an exercise may run (100 years of 365 days), and so the
/// latest time, [`SimTime::LATEST`], that a journal can carry. One limit
/// for everything that moves the clock: the checker refuses a longer
/// `end.after`, `run --until` a longer run, the simulation a `Jump` past
/// it, and the journal reader a time after it, so that whatever the
/// journal writer writes, the reader reads back.
pub const LONGEST_EXERCISE: Duration = Duration::days(LONGEST_EXERCISE_YEARS * 365);

/// The fastest a live exercise's clock may run: this many simulated
/// seconds per real second (100000: a simulated day in under a real
/// second). The slowest is 1, real time. One range for the trainer's
/// `SetSpeed` and a scenario's `clock.speed`, so that a scenario can only
/// start at a speed the trainer could have set.
pub const MAX_SPEED: u32 = 100_000;

/// Whether `factor` is a speed a clock may run at: 1 to [`MAX_SPEED`].
pub fn is_speed(factor: u32) -> bool {
    (1..=MAX_SPEED).contains(&factor)
}

/// A point in simulated time: minutes since the exercise started. Negative
/// before the start (data created earlier).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SimTime(pub i64);

impl SimTime {
    /// A time written as it prints, `d3 14:05`, from `d0 00:00` to
    /// [`SimTime::LATEST`]: what journals, actions files and people type.
    pub fn parse(text: &str) -> Result<SimTime, String> {
        let mut parts = text.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some(day), Some(clock), None) => SimTime::parse_parts(day, clock),
            _ => Err(format!(
                "`{text}` is not a time: write dDAYS HH:MM, as in `d0 07:45`"
            )),
        }
    }

    /// [`SimTime::parse`] of a day (`d3`) and a clock (`14:05`) given apart.
    pub fn parse_parts(day: &str, clock: &str) -> Result<SimTime, String> {
        let bad = || format!("`{day} {clock}` is not a time: write dDAYS HH:MM, as in `d0 07:45`");
        let days: i64 = day
            .strip_prefix('d')
            .ok_or_else(bad)?
            .parse()
            .map_err(|_| bad())?;
        let (h, m) = clock.split_once(':').ok_or_else(bad)?;
        let (h, m): (i64, i64) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if days < 0 || !(0..24).contains(&h) || !(0..60).contains(&m) {
            return Err(bad());
        }
        let at = days
            .checked_mul(1440)
            .and_then(|minutes| minutes.checked_add(h * 60 + m))
            .map(SimTime)
            .filter(|at| *at <= SimTime::LATEST);
        at.ok_or_else(|| {
            format!(
                "`{day} {clock}` is past {}, the latest time a journal can record",
                SimTime::LATEST
            )
        })
    }

    pub const START: SimTime = SimTime(0);
    /// The last moment an exercise can reach: [`LONGEST_EXERCISE`] after the start.
    pub const LATEST: SimTime = SimTime(LONGEST_EXERCISE.as_minutes());

    pub const fn minutes(self) -> i64 {
        self.0
    }
    pub fn after(self, d: Duration) -> SimTime {
        SimTime(self.0.saturating_add(d.0))
    }
    pub fn since(self, earlier: SimTime) -> Duration {
        Duration(self.0 - earlier.0)
    }
}

impl fmt::Display for SimTime {
    /// `d3 14:05`: day and clock since the start, the form traces and
    /// journals print. Before the start: `-d0 23:00` style.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let m = self.0.unsigned_abs();
        write!(f, "{sign}d{} {:02}:{:02}", m / 1440, (m % 1440) / 60, m % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_authors_write() {
        let cases = [
            ("90d", 90 * 1440),
            ("36h", 36 * 60),
            ("2d 4h", 2 * 1440 + 240),
            ("2d4h", 2 * 1440 + 240),
            ("45m", 45),
            ("3w", 21 * 1440),
            ("6mo", 180 * 1440),
            ("1y", 365 * 1440),
            ("-1d", -1440),
            ("0", 0),
            ("14 days", 14 * 1440),
            ("1 week 2 hours", 7 * 1440 + 120),
            ("90 min", 90),
        ];
        for (text, minutes) in cases {
            assert_eq!(Duration::parse(text), Ok(Duration(minutes)), "{text}");
        }
    }

    #[test]
    fn refuses_with_a_reason() {
        for bad in ["", "d", "12", "3 dayz", "5x", "99999999999999999y", "1.5d"] {
            let err = Duration::parse(bad).unwrap_err();
            assert!(!err.reason.is_empty(), "{bad}");
        }
        assert!(Duration::parse("12").unwrap_err().reason.contains("unit"));
    }

    #[test]
    fn display_round_trips() {
        for minutes in [
            0,
            1,
            59,
            60,
            61,
            1440,
            1500,
            90 * 1440,
            -1440,
            -61,
            400 * 1440 + 7,
        ] {
            let d = Duration(minutes);
            assert_eq!(Duration::parse(&d.to_string()), Ok(d), "{d}");
        }
    }

    #[test]
    fn sim_time_prints_day_and_clock() {
        assert_eq!(SimTime(0).to_string(), "d0 00:00");
        assert_eq!(SimTime(3 * 1440 + 14 * 60 + 5).to_string(), "d3 14:05");
    }
}

/// The time zone database compiled into the binary (jiff's
/// `tzdb-bundle-always`), identical on every machine whatever its system
/// zone files. The one database the simulation and the checker use.
pub fn time_zones() -> &'static TimeZoneDatabase {
    static DATABASE: OnceLock<TimeZoneDatabase> = OnceLock::new();
    DATABASE.get_or_init(TimeZoneDatabase::bundled)
}

/// The IANA zone `name` (as `"Europe/Chisinau"`), from [`time_zones`].
pub fn time_zone(name: &str) -> Result<TimeZone, jiff::Error> {
    time_zones().get(name)
}

/// A scenario start, `"2026-03-02T07:40[Europe/Chisinau]"`, its zone
/// resolved in [`time_zones`]. A local time the clocks skip (02:30 on the
/// night summer time begins) is refused rather than silently moved: the
/// exercise would otherwise start an hour away from what the author wrote.
pub fn parse_start(text: &str) -> Result<Zoned, StartError> {
    static PARSER: DateTimeParser = DateTimeParser::new();
    let unreadable = |e: jiff::Error| StartError::Unreadable(e.to_string());
    let zoned = PARSER.parse_zoned_with(time_zones(), text).map_err(unreadable)?;
    let written = PARSER.parse_datetime(text).map_err(unreadable)?;
    if zoned.datetime() != written {
        // The parser moves a skipped time forward by the length of the gap
        // (02:30 becomes 03:30); the first time that exists after the gap is
        // the local time of the transition itself (03:00).
        let zone = zoned.time_zone();
        let first_after = zone
            .preceding(
                zoned
                    .timestamp()
                    .checked_add(jiff::SignedDuration::from_nanos(1))
                    .unwrap_or(zoned.timestamp()),
            )
            .next()
            .map(|transition| transition.timestamp().to_zoned(zone.clone()).datetime())
            .unwrap_or(zoned.datetime());
        return Err(StartError::SkippedByClocks {
            written: written.to_string(),
            first_after: first_after.to_string(),
        });
    }
    Ok(zoned)
}

/// Why a scenario start cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartError {
    /// Not a date-time with a zone, or an unknown zone.
    Unreadable(String),
    /// A local time that does not exist: the clocks jump over it.
    SkippedByClocks { written: String, first_after: String },
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::Unreadable(reason) => f.write_str(reason),
            StartError::SkippedByClocks { written, first_after } => write!(
                f,
                "{written} does not exist there: the clocks skip it when summer time begins (the first time after the gap is {first_after})"
            ),
        }
    }
}

/// Weekly opening hours in local time: `"Mon-Fri 09:00-17:00"`,
/// `"Mon,Wed,Fri 08:30-12:00"`, `"Mon-Sun 00:00-24:00"`, and weeks that
/// start at the weekend as people there write them: `"Sun-Thu 08:00-16:00"`,
/// `"Sat-Wed 08:00-16:00"` (a range from Saturday or Sunday runs on past
/// Sunday into the next week's days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OfficeHours {
    /// Monday first.
    pub days: [bool; 7],
    /// Minutes after local midnight.
    pub opens: u16,
    /// Minutes after local midnight; 1440 means midnight at the end of the day.
    pub closes: u16,
}

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Saturday: a day range may start here or on Sunday and wrap into the
/// next week (`"Sun-Thu"`, `"Sat-Wed"`); from any other day a backward
/// range is a mistake.
const WEEKEND_STARTS: usize = 5;

impl OfficeHours {
    /// Whether it is open at `minute_of_day` on `weekday` (0 = Monday).
    pub fn is_open(&self, weekday: usize, minute_of_day: u16) -> bool {
        self.days[weekday % 7] && minute_of_day >= self.opens && minute_of_day < self.closes
    }

    pub fn parse(text: &str) -> Result<OfficeHours, String> {
        let hint = "write days then hours, as in \"Mon-Fri 09:00-17:00\"";
        let (days_part, hours_part) = text
            .trim()
            .split_once(' ')
            .ok_or_else(|| format!("`{text}`: {hint}"))?;
        let day_index = |name: &str| {
            DAY_NAMES
                .iter()
                .position(|d| d.eq_ignore_ascii_case(name.trim()))
                .ok_or_else(|| {
                    format!(
                        "`{}` is not a day: use Mon, Tue, Wed, Thu, Fri, Sat, Sun",
                        name.trim()
                    )
                })
        };
        let mut days = [false; 7];
        for piece in days_part.split(',') {
            match piece.split_once('-') {
                Some((first, last)) => {
                    let (first, last) = (day_index(first)?, day_index(last)?);
                    if first > last && first < WEEKEND_STARTS {
                        return Err(format!(
                            "`{piece}`: a day range runs from Monday towards Sunday, or from Sat or Sun into the next week (\"Sun-Thu\")"
                        ));
                    }
                    let mut day = first;
                    loop {
                        days[day] = true;
                        if day == last {
                            break;
                        }
                        day = (day + 1) % 7;
                    }
                }
                None => days[day_index(piece)?] = true,
            }
        }
        let (opens, closes) = hours_part
            .trim()
            .split_once('-')
            .ok_or_else(|| format!("`{text}`: {hint}"))?;
        let clock = |t: &str| -> Result<u16, String> {
            let bad = || format!("`{t}` is not a time of day: write HH:MM, as in 09:00");
            let (h, m) = t.trim().split_once(':').ok_or_else(bad)?;
            let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
            if m >= 60 || h > 24 || (h == 24 && m != 0) {
                return Err(bad());
            }
            Ok(h * 60 + m)
        };
        let (opens, closes) = (clock(opens)?, clock(closes)?);
        if opens >= closes {
            return Err(format!("`{text}`: opening time must come before closing time"));
        }
        Ok(OfficeHours { days, opens, closes })
    }
}

impl OfficeHours {
    /// The open days as one range that starts on Saturday or Sunday and
    /// wraps past Monday (`Sun-Thu`, `Sat-Wed`): a week whose weekend is
    /// Friday, written as people there write it. Any other pattern
    /// (`Mon,Sun`, `Mon-Fri,Sun`) is written from Monday, as it always was.
    fn weekend_start_range(&self) -> Option<(usize, usize)> {
        const FRIDAY: usize = 4;
        if self.days[FRIDAY] || !(self.days[6] && self.days[0]) {
            return None;
        }
        let first = if self.days[WEEKEND_STARTS] {
            WEEKEND_STARTS
        } else {
            6
        };
        let last = (0..WEEKEND_STARTS)
            .take_while(|&d| self.days[d])
            .last()
            .filter(|&last| last > 0)?;
        let run = (first..7).chain(0..=last).count();
        (run == self.days.iter().filter(|&&open| open).count()).then_some((first, last))
    }
}

impl fmt::Display for OfficeHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
        if let Some((first, last)) = self.weekend_start_range() {
            return write!(
                f,
                "{}-{} {}-{}",
                DAY_NAMES[first],
                DAY_NAMES[last],
                hm(self.opens),
                hm(self.closes)
            );
        }
        let mut first = true;
        let mut day = 0;
        while day < 7 {
            if !self.days[day] {
                day += 1;
                continue;
            }
            let mut last = day;
            while last + 1 < 7 && self.days[last + 1] {
                last += 1;
            }
            if !first {
                f.write_str(",")?;
            }
            if last > day {
                write!(f, "{}-{}", DAY_NAMES[day], DAY_NAMES[last])?;
            } else {
                f.write_str(DAY_NAMES[day])?;
            }
            first = false;
            day = last + 1;
        }
        write!(f, " {}-{}", hm(self.opens), hm(self.closes))
    }
}

impl Serialize for OfficeHours {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for OfficeHours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        OfficeHours::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod start_tests {
    use super::parse_start;

    #[test]
    fn a_start_the_clocks_skip_is_refused_not_moved() {
        // Paris springs forward at 02:00 to 03:00: 02:30 does not exist,
        // and the first time after the gap is 03:00 (not 02:30 + 1h).
        let error = parse_start("2026-03-29T02:30[Europe/Paris]").unwrap_err();
        assert_eq!(
            error,
            super::StartError::SkippedByClocks {
                written: "2026-03-29T02:30:00".into(),
                first_after: "2026-03-29T03:00:00".into(),
            }
        );
        // Lord Howe Island moves half an hour, 02:00 to 02:30, on the first
        // Sunday of October (4 October 2026).
        let error = parse_start("2026-10-04T02:10[Australia/Lord_Howe]").unwrap_err();
        assert_eq!(
            error,
            super::StartError::SkippedByClocks {
                written: "2026-10-04T02:10:00".into(),
                first_after: "2026-10-04T02:30:00".into(),
            }
        );
        let start = parse_start("2026-03-29T03:30[Europe/Paris]").unwrap();
        assert_eq!(start.datetime().to_string(), "2026-03-29T03:30:00");
    }
}

#[cfg(test)]
mod office_hours_tests {
    use super::OfficeHours;

    #[test]
    fn parses_and_prints_back() {
        for text in [
            "Mon-Fri 09:00-17:00",
            "Mon,Wed,Fri 08:30-12:00",
            "Mon-Sun 00:00-24:00",
            "Sat 10:00-11:00",
        ] {
            let hours = OfficeHours::parse(text).unwrap();
            assert_eq!(hours.to_string(), text);
        }
        let weekdays = OfficeHours::parse("Mon-Fri 09:00-17:00").unwrap();
        assert!(weekdays.is_open(0, 9 * 60));
        assert!(!weekdays.is_open(0, 17 * 60));
        assert!(!weekdays.is_open(5, 10 * 60));
    }

    #[test]
    fn a_week_that_starts_on_sunday_is_written_as_people_write_it() {
        let hours = OfficeHours::parse("Sun-Thu 08:00-16:00").unwrap();
        assert_eq!(hours.days, [true, true, true, true, false, false, true]);
        assert_eq!(hours.to_string(), "Sun-Thu 08:00-16:00");
        // Across the weekend: open Thursday, closed Friday and Saturday,
        // open again Sunday morning (0 = Monday).
        assert!(hours.is_open(3, 15 * 60 + 59));
        assert!(!hours.is_open(4, 10 * 60));
        assert!(!hours.is_open(5, 10 * 60));
        assert!(!hours.is_open(6, 7 * 60 + 59));
        assert!(hours.is_open(6, 8 * 60));
        let iran = OfficeHours::parse("Sat-Wed 08:00-16:00").unwrap();
        assert_eq!(iran.days, [true, true, true, false, false, true, true]);
        assert_eq!(iran.to_string(), "Sat-Wed 08:00-16:00");
        // Patterns that merely include Sunday and Monday keep their form.
        for text in [
            "Mon,Sun 09:00-17:00",
            "Mon-Fri,Sun 09:00-17:00",
            "Mon-Sun 09:00-17:00",
        ] {
            assert_eq!(OfficeHours::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn refuses_with_a_hint() {
        for bad in [
            "",
            "Mon-Fri",
            "Mon-Fri 9-17",
            "Fri-Mon 09:00-17:00",
            "Mon 17:00-09:00",
            "Lun 09:00-17:00",
        ] {
            assert!(OfficeHours::parse(bad).is_err(), "{bad}");
        }
    }
}
