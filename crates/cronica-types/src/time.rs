use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Span;

/// How precise a date value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    Range,
}

/// A normalised date: a day, a month, a year, or an inclusive range of days.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// First day covered.
    pub start: NaiveDate,
    /// Last day covered (inclusive).
    pub end: NaiveDate,
    pub precision: Precision,
}

impl DateValue {
    pub fn day(d: NaiveDate) -> Self {
        DateValue {
            start: d,
            end: d,
            precision: Precision::Day,
        }
    }

    pub fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        Some(DateValue {
            start,
            end: next.pred_opt()?,
            precision: Precision::Month,
        })
    }

    pub fn year(year: i32) -> Option<Self> {
        Some(DateValue {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            precision: Precision::Year,
        })
    }

    pub fn range(start: NaiveDate, end: NaiveDate) -> Self {
        let (start, end) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        if start == end {
            return DateValue::day(start);
        }
        DateValue {
            start,
            end,
            precision: Precision::Range,
        }
    }

    /// The ISO form used in output: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `A/B`.
    pub fn iso(&self) -> String {
        match self.precision {
            Precision::Day => self.start.format("%Y-%m-%d").to_string(),
            Precision::Month => self.start.format("%Y-%m").to_string(),
            Precision::Year => self.start.format("%Y").to_string(),
            Precision::Week | Precision::Range => format!(
                "{}/{}",
                self.start.format("%Y-%m-%d"),
                self.end.format("%Y-%m-%d")
            ),
        }
    }

    /// The precision word used in output (`week` is written as a range).
    pub fn precision_name(&self) -> &'static str {
        match self.precision {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Week | Precision::Range => "range",
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d <= self.end
    }
}

/// A temporal expression found in a document, normalised against an anchor date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    pub value: DateValue,
    /// The date it was resolved against, when it is relative.
    pub anchor: Option<NaiveDate>,
    /// Whether the expression is relative to the anchor ("yesterday", "on Monday").
    pub relative: bool,
    /// A note when the text contradicts itself ("yesterday, Sunday" on a Tuesday).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
    /// Whether it is the day in the heading of a dated entry ("AVISO N.º 16/2027 –
    /// 15 de setembro de 2027"), which dates the entry's undated acts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heading: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 3).unwrap();
        assert_eq!(DateValue::day(d).iso(), "2026-01-03");
        assert_eq!(DateValue::month(2025, 12).unwrap().iso(), "2025-12");
        assert_eq!(
            DateValue::month(2025, 12).unwrap().end.to_string(),
            "2025-12-31"
        );
        assert_eq!(DateValue::year(2019).unwrap().iso(), "2019");
        let r = DateValue::range(d, NaiveDate::from_ymd_opt(2025, 9, 1).unwrap());
        assert_eq!(r.iso(), "2025-09-01/2026-01-03");
        assert_eq!(r.precision_name(), "range");
    }
}
