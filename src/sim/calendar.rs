//! Local clocks: which weekday and minute it is in a jurisdiction at a
//! simulated time, when an office next opens, and adding working time
//! (weeks of central-authority processing counted in office hours).
//!
//! Time zones come from jiff's bundled tzdb, so daylight-saving changes are
//! real and identical on every machine. Pure: never reads the wall clock.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::time::{Duration, OfficeHours, SimTime};

/// The exercise start instant and each jurisdiction's zone.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// UTC seconds of the exercise start (sim time 0).
    start_utc: i64,
    zones: Vec<TimeZone>,
}

/// Upper bound on the loops below, so a calendar with no open day (which
/// the checker refuses) can never hang the simulation.
const MAX_STEPS: usize = 20_000;

/// Beyond this much work, office hours no longer matter to anyone: the
/// result is simply `at + work` (and absurd inputs cost nothing).
const CALENDAR_HORIZON: Duration = Duration::days(20 * 365);

impl Calendar {
    /// `start` is the scenario's `"2026-03-02T07:40[Europe/Chisinau]"`;
    /// `zones` are IANA names, one per jurisdiction in scenario order.
    pub fn new(start: &str, zones: &[&str]) -> Result<Calendar, String> {
        let start: jiff::Zoned = start
            .parse()
            .map_err(|e| format!("the start `{start}` is not a date-time with a zone: {e}"))?;
        let zones = zones
            .iter()
            .map(|name| TimeZone::get(name).map_err(|e| format!("unknown time zone `{name}`: {e}")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Calendar {
            start_utc: start.timestamp().as_second(),
            zones,
        })
    }

    /// (weekday with Monday = 0, minute of the local day) in jurisdiction `j`.
    pub fn local(&self, j: usize, at: SimTime) -> (usize, u16) {
        // Saturating: an absurd author-given delay must not overflow into a panic.
        let utc = self.start_utc.saturating_add(at.minutes().saturating_mul(60));
        let offset = Timestamp::from_second(utc)
            .map(|ts| self.zones[j].to_offset(ts).seconds() as i64)
            .unwrap_or(0);
        let local_minutes = utc.saturating_add(offset).div_euclid(60);
        let days = local_minutes.div_euclid(1440);
        // 1970-01-01 was a Thursday: Monday-zero weekday 3.
        let weekday = (days + 3).rem_euclid(7) as usize;
        (weekday, local_minutes.rem_euclid(1440) as u16)
    }

    /// Whether it is night (22:00-07:00 local) in `j`.
    pub fn is_night(&self, j: usize, at: SimTime) -> bool {
        let (_, minute) = self.local(j, at);
        !(7 * 60..22 * 60).contains(&minute)
    }

    /// The first moment at or after `at` when `hours` are open in `j`.
    pub fn next_open(&self, j: usize, hours: &OfficeHours, at: SimTime) -> SimTime {
        if !hours.days.iter().any(|d| *d) || at.since(SimTime::START) > CALENDAR_HORIZON {
            return at;
        }
        let mut t = at;
        for _ in 0..MAX_STEPS {
            let (weekday, minute) = self.local(j, t);
            if hours.is_open(weekday, minute) {
                return t;
            }
            let step = if hours.days[weekday] && minute < hours.opens {
                hours.opens - minute
            } else {
                1440 - minute
            };
            t = t.after(Duration(i64::from(step)));
        }
        t
    }

    /// `at` plus `work` counted the way offices count it: each whole day of
    /// `work` is one working day (the next open day at the same hour), the
    /// rest is minutes of open office time. `"10d"` of processing is ten
    /// working days, whatever the weekends and time zones in between.
    pub fn add_work(&self, j: usize, hours: &OfficeHours, at: SimTime, work: Duration) -> SimTime {
        let minutes = work.as_minutes().max(0);
        if work > CALENDAR_HORIZON || at.since(SimTime::START) > CALENDAR_HORIZON {
            return at.after(work);
        }
        let mut t = self.next_open(j, hours, at);
        for _ in 0..(minutes / 1440).min(MAX_STEPS as i64) {
            t = self.next_open(j, hours, t.after(Duration::days(1)));
        }
        self.add_working_time(j, hours, t, Duration(minutes % 1440))
    }

    /// `at` plus `work` minutes of open office time in `j`.
    pub fn add_working_time(&self, j: usize, hours: &OfficeHours, at: SimTime, work: Duration) -> SimTime {
        if !hours.days.iter().any(|d| *d)
            || work > CALENDAR_HORIZON
            || at.since(SimTime::START) > CALENDAR_HORIZON
        {
            return at.after(work);
        }
        let mut left = work.as_minutes().max(0);
        let mut t = self.next_open(j, hours, at);
        for _ in 0..MAX_STEPS {
            let (_, minute) = self.local(j, t);
            let open_for = i64::from(hours.closes.saturating_sub(minute)).max(1);
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
    fn absurd_times_do_not_panic() {
        let cal = Calendar::new("2026-03-06T18:00[UTC]", &["UTC"]).unwrap();
        let far = SimTime(i64::MAX - 5);
        let _ = cal.local(0, far);
        let _ = cal.add_work(0, &office(), far, Duration(i64::MAX));
        let _ = cal.next_open(0, &office(), SimTime(i64::MIN + 5));
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
