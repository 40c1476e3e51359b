//! Absolute dates written on datelines, bylines and signatures.
//!
//! Articles state their publication date in a handful of fixed shapes
//! ("Publication date: Saturday 3 January 2026", "November 12, 2019",
//! "Lima, 13 de diciembre de 2022", "31 de janeiro de 2023", "2021-04-02").
//! This module finds those in a line, in English, Spanish and Portuguese.

use std::sync::LazyLock;

use chrono::NaiveDate;
use cronica_types::{DateValue, Span};
use regex::Regex;

/// Month names and abbreviations in the three languages, with their number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("enero", 1),
    ("ene", 1),
    ("janeiro", 1),
    ("february", 2),
    ("feb", 2),
    ("febrero", 2),
    ("fevereiro", 2),
    ("fev", 2),
    ("march", 3),
    ("mar", 3),
    ("marzo", 3),
    ("março", 3),
    ("marco", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("abr", 4),
    ("may", 5),
    ("mayo", 5),
    ("maio", 5),
    ("mai", 5),
    ("june", 6),
    ("jun", 6),
    ("junio", 6),
    ("junho", 6),
    ("july", 7),
    ("jul", 7),
    ("julio", 7),
    ("julho", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("ago", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("setembro", 9),
    ("set", 9),
    ("october", 10),
    ("oct", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("out", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("diciembre", 12),
    ("dic", 12),
    ("dezembro", 12),
    ("dez", 12),
];

fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == lower).map(|(_, m)| *m)
}

static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th|º|°|o)?\s+(?:de\s+)?({})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})(?-u:\b)",
        month_alternation()
    ))
    .expect("valid regex")
});
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)",
        month_alternation()
    ))
    .expect("valid regex")
});
/// A day of a month with no year: "16 de novembro", "Tuesday 16 November", "June 19".
static DAY_OF_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:\d{{1,2}}(?:st|nd|rd|th|º|°)?\s+(?:de\s+)?(?:{m})|(?:{m})\.?\s+\d{{1,2}})(?-u:\b)",
        m = month_alternation()
    ))
    .expect("valid regex")
});

/// Whether a line names a day of a month, with or without its year ("DIA 2 –
/// Terça-feira, 16 de novembro").
pub fn names_day_of_month(s: &str) -> bool {
    DAY_OF_MONTH.is_match(s)
}

static MY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})(?-u:\b)",
        month_alternation()
    ))
    .expect("valid regex")
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?(?-u:\b)").expect("valid regex")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?-u:\b)").expect("valid regex")
});

fn has_four_digits(s: &str) -> bool {
    let mut run = 0;
    for b in s.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

static YEARLESS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        concat!(
            // ("CALAMA (Chile), 16 de marzo. –": the town's country in brackets)
            // (a place's words, each capitalised but for particles: "Rio de
            // Janeiro, 3 de maio", not "Na manhã de segunda-feira, 12 de Abril,")
            r"^\p{{Lu}}[\p{{L}}'’.()-]*(?:\s+(?:(?:de|del|do|da|dos|das|la|el|y|e)\s+)?[\p{{Lu}}(][\p{{L}}'’.()-]*){{0,4}},\s+(?:",
            r"(\d{{1,2}})(?:º|°)?\s+(?:de\s+)?(?i:({m}))\b",
            r"|(?i:({m}))\b\.?\s+(\d{{1,2}})\b",
            r")(?:\.|\s*[,:—–-])"
        ),
        m = month_alternation()
    ))
    .expect("valid regex")
});

/// "Juliaca, 10 de enero. Al menos ...", "LIMA, Jan. 10 —": a dateline that gives a
/// day and month but no year, as (month, day, byte span of the date).
pub fn yearless_dateline(s: &str) -> Option<(u32, u32, Span)> {
    // (the fast engine finds it; groups are read only where it is)
    let m = YEARLESS_DATELINE.find(s)?;
    let c = YEARLESS_DATELINE.captures_at(&s[..m.end()], m.start())?;
    let (day, month) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
        (Some(d), Some(m), _, _) => (d, m),
        (_, _, Some(m), Some(d)) => (d, m),
        _ => return None,
    };
    let start = day.start().min(month.start());
    let end = day.end().max(month.end());
    Some((
        month_number(month.as_str())?,
        day.as_str().parse().ok()?,
        Span::new(start, end),
    ))
}

/// A date found in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// Byte span relative to the searched text.
    pub span: Span,
    pub value: DateValue,
}

fn plausible_year(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

fn day(y: &str, m: u32, d: &str) -> Option<DateValue> {
    let y: i32 = y.parse().ok()?;
    if !plausible_year(y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d.parse().ok()?).map(DateValue::day)
}

/// Every absolute date in `s`, day dates first preference over overlapping month dates,
/// in order of position.
/// The captures of every match of `re` in `s`: matches found by the fast engine,
/// groups read only where one was found.
fn captures<'h>(re: &'h Regex, s: &'h str) -> impl Iterator<Item = regex::Captures<'h>> + 'h {
    re.find_iter(s)
        .filter_map(move |m| re.captures_at(&s[..m.end()], m.start()))
}

pub fn find_dates(s: &str) -> Vec<FoundDate> {
    // Every form read here has a four-digit year: most lines have none, and
    // skipping them spares the regexes.
    if !has_four_digits(s) {
        return Vec::new();
    }
    let mut found: Vec<FoundDate> = Vec::new();
    // Spans already matched, valid or not ("31 February 2023" is not February 2023).
    let mut taken: Vec<Span> = Vec::new();
    let mut push = |span: Span, value: Option<DateValue>| {
        if taken.iter().any(|t| t.overlaps(span)) {
            return;
        }
        taken.push(span);
        if let Some(value) = value {
            found.push(FoundDate { span, value });
        }
    };
    for c in captures(&DMY, s) {
        let m = c.get(0).expect("match");
        push(
            Span::new(m.start(), m.end()),
            month_number(&c[2]).and_then(|mo| day(&c[3], mo, &c[1])),
        );
    }
    for c in captures(&MDY, s) {
        let m = c.get(0).expect("match");
        push(
            Span::new(m.start(), m.end()),
            month_number(&c[1]).and_then(|mo| day(&c[3], mo, &c[2])),
        );
    }
    for c in captures(&ISO, s) {
        let m = c.get(0).expect("match");
        push(
            Span::new(m.start(), m.end()),
            c[2].parse().ok().and_then(|mo| day(&c[1], mo, &c[3])),
        );
    }
    for c in captures(&NUMERIC, s) {
        let m = c.get(0).expect("match");
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        // Day first, as in Spanish and Portuguese, unless that cannot be a date.
        let value = if b <= 12 {
            day(&c[3], b, &c[1])
        } else {
            day(&c[3], a, &c[2])
        };
        push(Span::new(m.start(), m.end()), value);
    }
    for c in captures(&MY, s) {
        let m = c.get(0).expect("match");
        let value = month_number(&c[1]).and_then(|mo| {
            let y: i32 = c[2].parse().ok()?;
            if plausible_year(y) {
                DateValue::month(y, mo)
            } else {
                None
            }
        });
        push(Span::new(m.start(), m.end()), value);
    }
    found.sort_by_key(|f| f.span.start);
    found
}

/// Parses a metadata date ("2021-04-02", "2021-04-02T10:00:00Z", "3 January 2026").
pub fn parse_meta_date(s: &str) -> Option<DateValue> {
    find_dates(s).into_iter().next().map(|f| f.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cronica_types::Precision;

    fn iso(s: &str) -> Vec<String> {
        find_dates(s).iter().map(|f| f.value.iso()).collect()
    }

    #[test]
    fn datelines_without_a_year() {
        let md = |s: &str| yearless_dateline(s).map(|(m, d, _)| (m, d));
        assert_eq!(
            md("Brasília, 10 de março. Milhares de manifestantes"),
            Some((3, 10))
        );
        assert_eq!(
            md("Juliaca, 10 de enero. Al menos 17 personas"),
            Some((1, 10))
        );
        assert_eq!(md("LIMA, Jan. 10 — Protesters marched"), Some((1, 10)));
        assert_eq!(md("São Paulo, 3 de março: A polícia"), Some((3, 3)));
        assert_eq!(
            md("CALAMA (Chile), 16 de marzo. – Trabajadores"),
            Some((3, 16))
        );
        assert_eq!(
            md("CHITRÉ (Panamá), 21 de marzo. – Productores de arroz"),
            Some((3, 21))
        );
        // a sentence with a date in it is no dateline
        assert_eq!(md("El Gobierno, 10 de enero de 2023, decretó"), None);
        assert_eq!(md("Protesters marched on 10 January in Lima."), None);
        // ... nor a sentence's opening words before a comma
        assert_eq!(
            md("Na manhã de segunda-feira, 12 de Abril, equipas da ARAEOA demoliram"),
            None
        );
        assert_eq!(md("Rio de Janeiro, 3 de maio. – A polícia"), Some((5, 3)));
    }

    #[test]
    fn english_shapes() {
        assert_eq!(
            iso("Publication date: Saturday 3 January 2026"),
            ["2026-01-03"]
        );
        assert_eq!(iso("November 12, 2019"), ["2019-11-12"]);
        assert_eq!(iso("Monday, May 18, 2015"), ["2015-05-18"]);
        assert_eq!(
            iso("By Jorge Martin, published on 23 January 2019"),
            ["2019-01-23"]
        );
        assert_eq!(iso("on 2nd October 2022"), ["2022-10-02"]);
        assert_eq!(iso("Sept. 5, 2024"), ["2024-09-05"]);
    }

    #[test]
    fn spanish_and_portuguese_shapes() {
        assert_eq!(iso("Lima, 13 de diciembre de 2022"), ["2022-12-13"]);
        assert_eq!(iso("31 de janeiro de 2023"), ["2023-01-31"]);
        assert_eq!(iso("1º de março de 2023"), ["2023-03-01"]);
        assert_eq!(iso("Caracas, 5 de julio del 2021"), ["2021-07-05"]);
        assert_eq!(iso("publicado el 13/12/2022"), ["2022-12-13"]);
    }

    #[test]
    fn month_and_iso() {
        let f = find_dates("- IV Online magazine - 2026 - IVP612 - January 2026 -");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].value.precision, Precision::Month);
        assert_eq!(iso("2021-04-02T10:00:00Z"), ["2021-04-02"]);
        assert_eq!(parse_meta_date("2015-05-18").unwrap().iso(), "2015-05-18");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(iso("31 February 2023").is_empty());
        assert!(iso("the 3 may 12345 ideas").is_empty());
        assert!(iso("In 2019 the strike").is_empty());
    }
}
