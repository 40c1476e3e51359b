//! Calendar arithmetic the rules need: weekdays around an anchor, weeks that start
//! on Monday, month arithmetic that clamps to the month's last day, Easter and the
//! "nth weekday of a month" holidays.

use chrono::{Datelike, Duration, Months, NaiveDate};

/// Monday = 0 … Sunday = 6.
pub(crate) fn weekday(d: NaiveDate) -> u32 {
    d.weekday().num_days_from_monday()
}

/// The latest day with weekday `wd` on or before `d`.
pub(crate) fn on_or_before(d: NaiveDate, wd: u32) -> NaiveDate {
    let back = (weekday(d) + 7 - wd) % 7;
    d - Duration::days(i64::from(back))
}

/// The latest day with weekday `wd` strictly before `d`.
pub(crate) fn before(d: NaiveDate, wd: u32) -> NaiveDate {
    on_or_before(d - Duration::days(1), wd)
}

/// The earliest day with weekday `wd` on or after `d`.
pub(crate) fn on_or_after(d: NaiveDate, wd: u32) -> NaiveDate {
    let fwd = (wd + 7 - weekday(d)) % 7;
    d + Duration::days(i64::from(fwd))
}

/// The earliest day with weekday `wd` strictly after `d`.
pub(crate) fn after(d: NaiveDate, wd: u32) -> NaiveDate {
    on_or_after(d + Duration::days(1), wd)
}

/// The Monday of `d`'s week.
pub(crate) fn week_start(d: NaiveDate) -> NaiveDate {
    d - Duration::days(i64::from(weekday(d)))
}

/// `d` moved by `n` months, clamped to the target month's last day.
pub(crate) fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n.unsigned_abs()))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

pub(crate) fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    next.pred_opt()
}

/// Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm.
pub(crate) fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The `n`th (1-based) weekday `wd` of a month; `n = 0` is the last one.
pub(crate) fn nth_weekday(year: i32, month: u32, wd: u32, n: u32) -> Option<NaiveDate> {
    if n == 0 {
        return Some(on_or_before(last_day(year, month)?, wd));
    }
    let first = on_or_after(NaiveDate::from_ymd_opt(year, month, 1)?, wd);
    let d = first + Duration::days(7 * i64::from(n - 1));
    (d.month() == month).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter(2025), Some(d(2025, 4, 20)));
        assert_eq!(easter(2013), Some(d(2013, 3, 31)));
    }

    #[test]
    fn weekdays_around_a_tuesday() {
        let tue = d(2013, 2, 12);
        assert_eq!(on_or_before(tue, 1), tue);
        assert_eq!(before(tue, 1), d(2013, 2, 5));
        assert_eq!(on_or_before(tue, 6), d(2013, 2, 10));
        assert_eq!(after(tue, 0), d(2013, 2, 18));
        assert_eq!(week_start(tue), d(2013, 2, 11));
    }

    #[test]
    fn thanksgiving_and_memorial_day() {
        assert_eq!(nth_weekday(2013, 11, 3, 4), Some(d(2013, 11, 28)));
        assert_eq!(nth_weekday(2013, 5, 0, 0), Some(d(2013, 5, 27)));
        assert_eq!(add_months(d(2013, 1, 31), 1), Some(d(2013, 2, 28)));
    }
}
