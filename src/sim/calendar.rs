//! Local clocks: which weekday and minute it is in a jurisdiction at a
//! simulated time, when an office next opens, and adding working time
//! (weeks of central-authority processing counted in office hours).
//!
//! Office hours are civil (wall-clock) times: an office that opens at 09:00
//! opens at 09:00 local time on the day after a daylight-saving change too,
//! and a working day is the next open calendar day at the same local hour,
//! whether 23, 24 or 25 real hours later. The arithmetic is done on civil
//! dates and converted back to whole sim minutes; cost grows with the days
//! walked, never with minutes.
//!
//! Every zone, here and in the scenario checker, comes from
//! [`crate::time::time_zones`]:
//! the tz database compiled into the binary. Never resolve a zone or parse
//! a start with jiff's global database (`TimeZone::get`, `str::parse`):
//! that one reads `$TZDIR` or `/usr/share/zoneinfo` first, so results
//! would depend on the machine. Pure: reads no clock, no file, no
//! environment.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

use crate::time::{Duration, OfficeHours, SimTime, parse_start, time_zone};

/// The exercise start instant and each jurisdiction's zone.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// UTC seconds of the exercise start (sim time 0).
    start_utc: i64,
    zones: Vec<TimeZone>,
}

/// Upper bound on the day walks below, so a calendar with no open day
/// (which the checker refuses) can never hang the simulation.
const MAX_STEPS: usize = 20_000;

/// How many calendar days `next_open` looks ahead: a week, plus a week
/// more in case a daylight-saving gap swallows a whole opening.
const MAX_DAYS_TO_OPEN: usize = 15;

/// Beyond this much work, or this far from the start, office hours no
/// longer matter to anyone: the result is simply `at + work` (and absurd
/// inputs cost nothing).
const CALENDAR_HORIZON: Duration = Duration::days(20 * 365);

fn beyond_horizon(at: SimTime) -> bool {
    at.minutes().unsigned_abs() > CALENDAR_HORIZON.as_minutes().unsigned_abs()
}

/// Monday = 0.
fn weekday(date: Date) -> usize {
    date.weekday().to_monday_zero_offset() as usize
}

fn minute_of_day(when: DateTime) -> u16 {
    (i32::from(when.hour()) * 60 + i32::from(when.minute())) as u16
}

/// `minute` (0..=1440) of `date` as a civil date-time; 1440 is the next
/// day's midnight.
fn civil_at(date: Date, minute: u16) -> Option<DateTime> {
    if minute >= 1440 {
        return Some(date.tomorrow().ok()?.at(0, 0, 0, 0));
    }
    Some(date.at((minute / 60) as i8, (minute % 60) as i8, 0, 0))
}

impl Calendar {
    /// `start` is the scenario's `"2026-03-02T07:40[Europe/Chisinau]"`;
    /// `zones` are IANA names, one per jurisdiction in scenario order. Both
    /// resolve in the bundled database ([`crate::time::time_zones`]).
    pub fn new(start: &str, zones: &[&str]) -> Result<Calendar, String> {
        let start = parse_start(start)
            .map_err(|e| format!("the start `{start}` is not a date-time with a zone: {e}"))?;
        let zones = zones
            .iter()
            .map(|name| time_zone(name).map_err(|e| format!("unknown time zone `{name}`: {e}")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Calendar {
            start_utc: start.timestamp().as_second(),
            zones,
        })
    }

    /// The instant of sim time `at`; absurd times are clamped to what
    /// jiff can represent rather than panicking.
    fn instant(&self, at: SimTime) -> Timestamp {
        let utc = self
            .start_utc
            .saturating_add(at.minutes().saturating_mul(60))
            .clamp(Timestamp::MIN.as_second() + 1, Timestamp::MAX.as_second() - 1);
        Timestamp::from_second(utc).unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// The first whole sim minute at or after `instant`.
    fn sim_time(&self, instant: Timestamp) -> SimTime {
        let seconds = instant.as_second().saturating_sub(self.start_utc);
        SimTime(seconds.div_euclid(60) + i64::from(seconds.rem_euclid(60) != 0))
    }

    /// The wall-clock date and time in `j` at `at`.
    fn civil(&self, j: usize, at: SimTime) -> DateTime {
        self.zones[j].to_datetime(self.instant(at))
    }

    /// The sim time when the clocks of `j` show `when`, not before
    /// `not_before`. A time skipped by a spring-forward gap counts as
    /// that much after the gap (02:30 becomes 03:30); a time repeated in
    /// an autumn fold is its first occurrence, or the second if the first
    /// is before `not_before`.
    fn when_clocks_show(&self, j: usize, when: DateTime, not_before: SimTime) -> Option<SimTime> {
        let ambiguous = self.zones[j].to_ambiguous_timestamp(when);
        [ambiguous.compatible(), ambiguous.later()]
            .into_iter()
            .filter_map(Result::ok)
            .map(|instant| self.sim_time(instant))
            .find(|t| *t >= not_before)
    }

    /// The wall-clock date, time and UTC offset in jurisdiction `j` at
    /// `at`, for display (`cyberdrill run` prints local times with it).
    /// Read-only; from the bundled database like everything here.
    pub fn zoned(&self, j: usize, at: SimTime) -> jiff::Zoned {
        self.instant(at).to_zoned(self.zones[j].clone())
    }

    /// (weekday with Monday = 0, minute of the local day) in jurisdiction `j`.
    pub fn local(&self, j: usize, at: SimTime) -> (usize, u16) {
        let now = self.civil(j, at);
        (weekday(now.date()), minute_of_day(now))
    }

    /// Whether it is night (22:00-07:00 local) in `j`.
    pub fn is_night(&self, j: usize, at: SimTime) -> bool {
        let (_, minute) = self.local(j, at);
        !(7 * 60..22 * 60).contains(&minute)
    }

    /// The first moment at or after `at` when `hours` are open in `j`:
    /// the opening hour on the local calendar, whatever daylight saving
    /// did to the night before.
    pub fn next_open(&self, j: usize, hours: &OfficeHours, at: SimTime) -> SimTime {
        if !hours.days.iter().any(|d| *d) || beyond_horizon(at) {
            return at;
        }
        let (today, minute) = self.local(j, at);
        if hours.is_open(today, minute) {
            return at;
        }
        let mut date = self.civil(j, at).date();
        for _ in 0..MAX_DAYS_TO_OPEN {
            if hours.days[weekday(date)]
                && let Some(opens) = civil_at(date, hours.opens)
                && let Some(t) = self.when_clocks_show(j, opens, at)
            {
                let (day, minute) = self.local(j, t);
                // Not open if a daylight-saving gap ate the whole opening.
                if hours.is_open(day, minute) {
                    return t;
                }
            }
            let Ok(next) = date.tomorrow() else { break };
            date = next;
        }
        at
    }

    /// When the office, open at `at`, closes that local day.
    fn closes_after(&self, j: usize, hours: &OfficeHours, at: SimTime) -> SimTime {
        let now = self.civil(j, at);
        civil_at(now.date(), hours.closes)
            .and_then(|closes| self.when_clocks_show(j, closes, at))
            .unwrap_or_else(|| {
                at.after(Duration(i64::from(
                    hours.closes.saturating_sub(minute_of_day(now)),
                )))
            })
    }

    /// `at` plus `work` counted the way offices count it: each whole day of
    /// `work` is one working day (the next open day, at the same local
    /// hour), the rest is minutes of open office time. `"10d"` of
    /// processing is ten working days, whatever the weekends, time zones
    /// and daylight-saving changes in between.
    pub fn add_work(&self, j: usize, hours: &OfficeHours, at: SimTime, work: Duration) -> SimTime {
        if !hours.days.iter().any(|d| *d) || work > CALENDAR_HORIZON || beyond_horizon(at) {
            return at.after(work);
        }
        let minutes = work.as_minutes().max(0);
        let mut t = self.next_open(j, hours, at);
        let days = minutes / 1440;
        if days > 0 {
            let from = self.civil(j, t);
            let mut date = from.date();
            let mut counted = 0;
            for _ in 0..MAX_STEPS {
                if counted == days {
                    break;
                }
                let Ok(next) = date.tomorrow() else { break };
                date = next;
                counted += i64::from(hours.days[weekday(date)]);
            }
            let same_hour = self.when_clocks_show(j, date.to_datetime(from.time()), t);
            t = self.next_open(j, hours, same_hour.unwrap_or(t.after(Duration::days(days))));
        }
        self.add_working_time(j, hours, t, Duration(minutes % 1440))
    }

    /// `at` plus `work` minutes of open office time in `j`.
    pub fn add_working_time(&self, j: usize, hours: &OfficeHours, at: SimTime, work: Duration) -> SimTime {
        if !hours.days.iter().any(|d| *d) || work > CALENDAR_HORIZON || beyond_horizon(at) {
            return at.after(work);
        }
        let mut left = work.as_minutes().max(0);
        let mut t = self.next_open(j, hours, at);
        for _ in 0..MAX_STEPS {
            let open_for = self.closes_after(j, hours, t).since(t).as_minutes().max(1);
            if left <= open_for {
                return t.after(Duration(left));
            }
            left -= open_for;
            t = self.next_open(j, hours, t.after(Duration(open_for)));
        }
        t.after(Duration(left))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office() -> OfficeHours {
        OfficeHours::parse("Mon-Fri 09:00-17:00").unwrap()
    }

    #[test]
    fn local_time_follows_the_zone() {
        // Monday 2 March 2026, 07:40 in Chisinau (UTC+2 in winter).
        let cal = Calendar::new("2026-03-02T07:40[Europe/Chisinau]", &["Europe/Chisinau", "UTC"]).unwrap();
        assert_eq!(cal.local(0, SimTime(0)), (0, 7 * 60 + 40));
        assert_eq!(cal.local(1, SimTime(0)), (0, 5 * 60 + 40));
    }

    #[test]
    fn zoned_shows_the_local_date_time_and_offset() {
        let cal = Calendar::new("2026-02-27T23:40[Europe/Chisinau]", &["Europe/Chisinau"]).unwrap();
        let at = SimTime(2 * 1440 + 15 * 60 + 26);
        let local = cal.zoned(0, at);
        assert_eq!(local.strftime("%a %H:%M %:z").to_string(), "Mon 15:06 +02:00");
        let _ = cal.zoned(0, SimTime(i64::MAX));
    }

    #[test]
    fn absurd_times_do_not_panic() {
        let cal = Calendar::new("2026-03-06T18:00[UTC]", &["UTC"]).unwrap();
        let far = SimTime(i64::MAX - 5);
        let _ = cal.local(0, far);
        let _ = cal.add_work(0, &office(), far, Duration(i64::MAX));
        let _ = cal.next_open(0, &office(), SimTime(i64::MIN + 5));
    }

    fn every_day() -> OfficeHours {
        OfficeHours::parse("Mon-Sun 09:00-17:00").unwrap()
    }

    /// The local (weekday, "HH:MM") in zone 0 at `at`, for readable asserts.
    fn clock(cal: &Calendar, at: SimTime) -> (usize, String) {
        let (day, minute) = cal.local(0, at);
        (day, format!("{:02}:{:02}", minute / 60, minute % 60))
    }

    const FRIDAY: usize = 4;
    const SUNDAY: usize = 6;

    #[test]
    fn offices_open_at_nine_the_morning_clocks_spring_forward() {
        // Saturday 28 March 2026, 20:00 in Paris; at 02:00 on Sunday the
        // clocks go to 03:00, so the night is an hour short.
        let cal = Calendar::new("2026-03-28T20:00[Europe/Paris]", &["Europe/Paris"]).unwrap();
        let opens = cal.next_open(0, &every_day(), SimTime(0));
        assert_eq!(clock(&cal, opens), (SUNDAY, "09:00".into()));
        assert_eq!(opens, SimTime(12 * 60));
    }

    #[test]
    fn a_sunday_to_thursday_office_skips_friday_and_saturday() {
        // Thursday 5 November 2026, 15:00 in Jerusalem; the ministry works
        // "Sun-Thu 08:00-16:00". Two office hours of work: one on Thursday,
        // then the office is shut Friday and Saturday and the second hour
        // is Sunday 08:00-09:00.
        let cal = Calendar::new("2026-11-05T15:00[Asia/Jerusalem]", &["Asia/Jerusalem"]).unwrap();
        let week = OfficeHours::parse("Sun-Thu 08:00-16:00").unwrap();
        let done = cal.add_working_time(0, &week, SimTime(0), Duration::hours(2));
        assert_eq!(clock(&cal, done), (SUNDAY, "09:00".into()));
        // One working day from Thursday 15:00 is Sunday 15:00.
        let day = cal.add_work(0, &week, SimTime(0), Duration::days(1));
        assert_eq!(clock(&cal, day), (SUNDAY, "15:00".into()));
        assert_eq!(day, SimTime(3 * 1440));
        // Friday morning it is closed: next open is Sunday 08:00.
        let friday = SimTime(17 * 60 + 60);
        assert_eq!(clock(&cal, friday), (FRIDAY, "09:00".into()));
        assert_eq!(
            clock(&cal, cal.next_open(0, &week, friday)),
            (SUNDAY, "08:00".into())
        );
    }

    #[test]
    fn offices_in_israel_open_at_nine_on_the_friday_clocks_change() {
        // Israel starts summer time on the Friday before the last Sunday of
        // March: 27 March 2026, 02:00 -> 03:00. Thursday 20:00 before it.
        let cal = Calendar::new("2026-03-26T20:00[Asia/Jerusalem]", &["Asia/Jerusalem"]).unwrap();
        let opens = cal.next_open(0, &office(), SimTime(0));
        assert_eq!(clock(&cal, opens), (FRIDAY, "09:00".into()));
        assert_eq!(opens, SimTime(12 * 60));
    }

    #[test]
    fn a_working_day_keeps_the_local_hour_across_daylight_saving() {
        let day = Duration::days(1);
        // Spring: Saturday 10:00 plus one working day is Sunday 10:00, 23 hours on.
        let cal = Calendar::new("2026-03-28T10:00[Europe/Paris]", &["Europe/Paris"]).unwrap();
        let done = cal.add_work(0, &every_day(), SimTime(0), day);
        assert_eq!(clock(&cal, done), (SUNDAY, "10:00".into()));
        assert_eq!(done, SimTime(23 * 60));
        // Autumn: Saturday 24 October 10:00 plus one working day is Sunday
        // 10:00, 25 hours on.
        let cal = Calendar::new("2026-10-24T10:00[Europe/Paris]", &["Europe/Paris"]).unwrap();
        let done = cal.add_work(0, &every_day(), SimTime(0), day);
        assert_eq!(clock(&cal, done), (SUNDAY, "10:00".into()));
        assert_eq!(done, SimTime(25 * 60));
    }

    #[test]
    fn working_time_resumes_at_the_local_opening_after_the_change() {
        // Two working hours from Saturday 16:00: one on Saturday, one from
        // Sunday 09:00 local.
        let cal = Calendar::new("2026-03-28T16:00[Europe/Paris]", &["Europe/Paris"]).unwrap();
        let done = cal.add_working_time(0, &every_day(), SimTime(0), Duration::hours(2));
        assert_eq!(clock(&cal, done), (SUNDAY, "10:00".into()));
        // Round the clock, working time is real time, whatever the clocks say.
        let always = OfficeHours::parse("Mon-Sun 00:00-24:00").unwrap();
        let cal = Calendar::new("2026-10-24T12:00[Europe/Paris]", &["Europe/Paris"]).unwrap();
        let done = cal.add_working_time(0, &always, SimTime(0), Duration::hours(48));
        assert_eq!(done, SimTime(48 * 60));
        assert_eq!(clock(&cal, done), (0, "11:00".into()));
    }

    #[test]
    fn a_working_day_after_a_weekend_keeps_the_hour() {
        // Friday 15:00 plus one working day is Monday 15:00, not Monday 09:00.
        let cal = Calendar::new("2026-03-06T15:00[UTC]", &["UTC"]).unwrap();
        let done = cal.add_work(0, &office(), SimTime(0), Duration::days(1));
        assert_eq!(done, SimTime(3 * 1440));
    }

    #[test]
    fn an_opening_hour_skipped_by_the_clocks_opens_when_they_resume() {
        // An office opening at 02:30 on the night Paris skips 02:00-03:00
        // opens at 03:30, as much after the gap as the hour was in it.
        let night = OfficeHours::parse("Mon-Sun 02:30-05:00").unwrap();
        let cal = Calendar::new("2026-03-29T00:00[Europe/Paris]", &["Europe/Paris"]).unwrap();
        let opens = cal.next_open(0, &night, SimTime(0));
        assert_eq!(clock(&cal, opens), (SUNDAY, "03:30".into()));
        assert_eq!(opens, SimTime(150));
    }

    #[test]
    fn zones_and_the_start_come_from_the_bundled_database() {
        let bundled = jiff::tz::TimeZoneDatabase::bundled();
        for name in [
            "Europe/Chisinau",
            "Europe/Paris",
            "Asia/Jerusalem",
            "America/Toronto",
        ] {
            assert_eq!(time_zone(name).unwrap(), bundled.get(name).unwrap(), "{name}");
        }
        let cal = Calendar::new("2026-03-02T07:40[Europe/Chisinau]", &["Europe/Paris"]).unwrap();
        assert_eq!(cal.zones[0], bundled.get("Europe/Paris").unwrap());
        let start = parse_start("2026-03-02T07:40[Europe/Chisinau]").unwrap();
        assert_eq!(start.time_zone(), &bundled.get("Europe/Chisinau").unwrap());
        assert!(time_zone("Mars/Olympus_Mons").is_err());
        assert!(parse_start("2026-03-02T07:40[Mars/Olympus_Mons]").is_err());
    }

    #[test]
    fn offices_open_on_weekday_mornings() {
        let cal = Calendar::new("2026-03-06T18:00[UTC]", &["UTC"]).unwrap(); // a Friday
        let opens = cal.next_open(0, &office(), SimTime(0));
        // Monday 09:00 is 2 days 15 hours later.
        assert_eq!(opens, SimTime(2 * 1440 + 15 * 60));
        // Nine working hours from Friday 18:00: all of Monday and one hour Tuesday.
        let done = cal.add_working_time(0, &office(), SimTime(0), Duration::hours(9));
        assert_eq!(done, SimTime(3 * 1440 + 15 * 60 + 60));
        // Two working days from Friday evening: Monday 09:00, then Wednesday 09:00.
        let done = cal.add_work(0, &office(), SimTime(0), Duration::days(2));
        assert_eq!(done, SimTime(4 * 1440 + 15 * 60));
    }
}
