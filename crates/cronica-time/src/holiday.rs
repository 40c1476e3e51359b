//! Holidays news text dates things by: Christmas, Easter and the days that move
//! with it, Thanksgiving and other "nth weekday" days, national days.

use chrono::{Duration, NaiveDate};
use cronica_types::{DateValue, Lang};

use crate::calendar;
use crate::scan::{fold_char, Kind, Tok};

/// How a holiday falls in a given year.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Rule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// Days from Easter Sunday.
    Easter(i64),
    /// The nth (0 = last) weekday of a month: month, weekday, n.
    Nth(u32, u32, u32),
    /// Days after the nth weekday of a month.
    NthPlus(u32, u32, u32, i64),
    /// A span of days from Easter: first and last offset.
    EasterSpan(i64, i64),
}

impl Rule {
    pub(crate) fn on(&self, y: i32) -> Option<DateValue> {
        let day = |d: NaiveDate| Some(DateValue::day(d));
        match *self {
            Rule::Fixed(m, d) => day(NaiveDate::from_ymd_opt(y, m, d)?),
            Rule::Easter(off) => day(calendar::easter(y)? + Duration::days(off)),
            Rule::Nth(m, wd, n) => day(calendar::nth_weekday(y, m, wd, n)?),
            Rule::NthPlus(m, wd, n, plus) => {
                day(calendar::nth_weekday(y, m, wd, n)? + Duration::days(plus))
            }
            Rule::EasterSpan(a, b) => {
                let e = calendar::easter(y)?;
                Some(DateValue::range(
                    e + Duration::days(a),
                    e + Duration::days(b),
                ))
            }
        }
    }
}

type Table = &'static [(&'static [&'static str], Rule)];

const EN: Table = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24)),
    (&["christmas", "day"], Rule::Fixed(12, 25)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["xmas"], Rule::Fixed(12, 25)),
    (&["new", "year's", "eve"], Rule::Fixed(12, 31)),
    (&["new", "years", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year's", "day"], Rule::Fixed(1, 1)),
    (&["new", "years", "day"], Rule::Fixed(1, 1)),
    (&["new", "year's"], Rule::Fixed(1, 1)),
    (&["new", "year"], Rule::Fixed(1, 1)),
    (&["halloween"], Rule::Fixed(10, 31)),
    (&["valentine's", "day"], Rule::Fixed(2, 14)),
    (&["valentines", "day"], Rule::Fixed(2, 14)),
    (&["valentine", "day"], Rule::Fixed(2, 14)),
    (&["independence", "day"], Rule::Fixed(7, 4)),
    (&["thanksgiving", "day"], Rule::Nth(11, 3, 4)),
    (&["thanksgiving"], Rule::Nth(11, 3, 4)),
    (&["black", "friday"], Rule::NthPlus(11, 3, 4, 1)),
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter", "mon"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    (&["palm", "sunday"], Rule::Easter(-7)),
    (&["maundy", "thursday"], Rule::Easter(-3)),
    (&["holy", "thursday"], Rule::Easter(-3)),
    (&["holy", "saturday"], Rule::Easter(-1)),
    (&["holy", "week"], Rule::EasterSpan(-7, -1)),
    (&["ascension", "day"], Rule::Easter(39)),
    (&["pentecost"], Rule::Easter(49)),
    (&["whit", "sunday"], Rule::Easter(49)),
    (&["whitsunday"], Rule::Easter(49)),
    (&["white", "sunday"], Rule::Easter(49)),
    (&["whit", "monday"], Rule::Easter(50)),
    (&["trinity", "sunday"], Rule::Easter(56)),
    (&["corpus", "christi"], Rule::Easter(60)),
    (&["shrove", "tuesday"], Rule::Easter(-47)),
    (&["pancake", "day"], Rule::Easter(-47)),
    (&["earth", "day"], Rule::Fixed(4, 22)),
    (&["juneteenth"], Rule::Fixed(6, 19)),
    (&["international", "workers'", "day"], Rule::Fixed(5, 1)),
    (&["international", "workers", "day"], Rule::Fixed(5, 1)),
    (&["international", "women's", "day"], Rule::Fixed(3, 8)),
    (&["workers'", "day"], Rule::Fixed(5, 1)),
    (&["may", "day"], Rule::Fixed(5, 1)),
    (&["new", "year", "day"], Rule::Fixed(1, 1)),
    (&["saint", "patricks", "day"], Rule::Fixed(3, 17)),
    (&["saint", "paddy's", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick"], Rule::Fixed(3, 17)),
    (&["st", "patrick"], Rule::Fixed(3, 17)),
    (&["st", "patrick's"], Rule::Fixed(3, 17)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["ash", "wednesday"], Rule::Easter(-46)),
    (&["mardi", "gras"], Rule::Easter(-47)),
    (&["memorial", "day"], Rule::Nth(5, 0, 0)),
    (&["labor", "day"], Rule::Nth(9, 0, 1)),
    (&["labour", "day"], Rule::Nth(9, 0, 1)),
    (&["boxing", "day"], Rule::Fixed(12, 26)),
    (&["mother's", "day"], Rule::Nth(5, 6, 2)),
    (&["mothers", "day"], Rule::Nth(5, 6, 2)),
    (&["father's", "day"], Rule::Nth(6, 6, 3)),
    (&["fathers", "day"], Rule::Nth(6, 6, 3)),
    (&["st", "patrick's", "day"], Rule::Fixed(3, 17)),
    (&["st", "patricks", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick's", "day"], Rule::Fixed(3, 17)),
    (&["st", "paddy's", "day"], Rule::Fixed(3, 17)),
    (
        &["martin", "luther", "king", "jr", "day"],
        Rule::Nth(1, 0, 3),
    ),
    (&["martin", "luther", "king", "day"], Rule::Nth(1, 0, 3)),
    (&["martin", "luther", "king's", "day"], Rule::Nth(1, 0, 3)),
    (&["martin", "luther", "kings", "day"], Rule::Nth(1, 0, 3)),
    (&["mlk", "day"], Rule::Nth(1, 0, 3)),
    (&["mlk", "jr", "day"], Rule::Nth(1, 0, 3)),
    (&["civil", "rights", "day"], Rule::Nth(1, 0, 3)),
    (&["all", "saints", "day"], Rule::Fixed(11, 1)),
    (&["all", "saints'", "day"], Rule::Fixed(11, 1)),
    (&["carnival"], Rule::Easter(-47)),
    (&["election", "day"], Rule::NthPlus(11, 0, 1, 1)),
];

const ES: Table = &[
    (&["navidad"], Rule::Fixed(12, 25)),
    (&["nochebuena"], Rule::Fixed(12, 24)),
    (&["nochevieja"], Rule::Fixed(12, 31)),
    (&["dia", "de", "ano", "nuevo"], Rule::Fixed(1, 1)),
    (&["ano", "nuevo"], Rule::Fixed(1, 1)),
    (&["domingo", "de", "pascua"], Rule::Easter(0)),
    (&["domingo", "de", "resurreccion"], Rule::Easter(0)),
    (&["pascua"], Rule::Easter(0)),
    (&["pascuas"], Rule::Easter(0)),
    (&["viernes", "santo"], Rule::Easter(-2)),
    (&["jueves", "santo"], Rule::Easter(-3)),
    (&["miercoles", "de", "ceniza"], Rule::Easter(-46)),
    (&["semana", "santa"], Rule::EasterSpan(-7, -1)),
    (&["carnaval"], Rule::Easter(-47)),
    (&["dia", "de", "reyes"], Rule::Fixed(1, 6)),
    (&["reyes", "magos"], Rule::Fixed(1, 6)),
    (&["dia", "del", "trabajo"], Rule::Fixed(5, 1)),
    (&["dia", "del", "trabajador"], Rule::Fixed(5, 1)),
    (&["dia", "de", "los", "muertos"], Rule::Fixed(11, 2)),
    (&["dia", "de", "muertos"], Rule::Fixed(11, 2)),
    (&["dia", "de", "todos", "los", "santos"], Rule::Fixed(11, 1)),
    (&["dia", "de", "san", "valentin"], Rule::Fixed(2, 14)),
    (&["san", "valentin"], Rule::Fixed(2, 14)),
    (&["dia", "de", "san", "patricio"], Rule::Fixed(3, 17)),
    (&["san", "patricio"], Rule::Fixed(3, 17)),
    (&["dia", "de", "la", "tierra"], Rule::Fixed(4, 22)),
    (
        &["dia", "internacional", "de", "los", "trabajadores"],
        Rule::Fixed(5, 1),
    ),
    (
        &["dia", "internacional", "del", "trabajo"],
        Rule::Fixed(5, 1),
    ),
    (
        &["dia", "internacional", "de", "la", "mujer"],
        Rule::Fixed(3, 8),
    ),
    (&["viernes", "negro"], Rule::NthPlus(11, 3, 4, 1)),
    (&["domingo", "de", "ramos"], Rule::Easter(-7)),
    (&["sabado", "santo"], Rule::Easter(-1)),
    (&["lunes", "de", "pascua"], Rule::Easter(1)),
    (&["corpus", "christi"], Rule::Easter(60)),
    (&["pentecostes"], Rule::Easter(49)),
    (&["dia", "de", "los", "enamorados"], Rule::Fixed(2, 14)),
];

const PT: Table = &[
    (&["vespera", "de", "natal"], Rule::Fixed(12, 24)),
    (&["natal"], Rule::Fixed(12, 25)),
    (&["vespera", "de", "ano", "novo"], Rule::Fixed(12, 31)),
    (&["reveillon"], Rule::Fixed(12, 31)),
    (&["dia", "de", "ano", "novo"], Rule::Fixed(1, 1)),
    (&["ano", "novo"], Rule::Fixed(1, 1)),
    (&["domingo", "de", "pascoa"], Rule::Easter(0)),
    (&["pascoa"], Rule::Easter(0)),
    (&["sexta", "feira", "santa"], Rule::Easter(-2)),
    (&["sexta", "santa"], Rule::Easter(-2)),
    (&["quarta", "feira", "de", "cinzas"], Rule::Easter(-46)),
    (&["semana", "santa"], Rule::EasterSpan(-7, -1)),
    (&["carnaval"], Rule::Easter(-47)),
    (&["dia", "de", "tiradentes"], Rule::Fixed(4, 21)),
    (&["tiradentes"], Rule::Fixed(4, 21)),
    (&["dia", "do", "trabalho"], Rule::Fixed(5, 1)),
    (&["dia", "do", "trabalhador"], Rule::Fixed(5, 1)),
    (&["dia", "da", "independencia"], Rule::Fixed(9, 7)),
    (&["dia", "de", "finados"], Rule::Fixed(11, 2)),
    (&["finados"], Rule::Fixed(11, 2)),
    (&["proclamacao", "da", "republica"], Rule::Fixed(11, 15)),
    (&["dia", "das", "maes"], Rule::Nth(5, 6, 2)),
    (&["dia", "dos", "pais"], Rule::Nth(8, 6, 2)),
    (&["dia", "dos", "namorados"], Rule::Fixed(6, 12)),
    (&["domingo", "de", "ramos"], Rule::Easter(-7)),
    (&["sabado", "de", "aleluia"], Rule::Easter(-1)),
    (&["corpus", "christi"], Rule::Easter(60)),
    (&["pentecostes"], Rule::Easter(49)),
    (&["dia", "da", "terra"], Rule::Fixed(4, 22)),
    (&["dia", "internacional", "da", "mulher"], Rule::Fixed(3, 8)),
    (&["dia", "da", "consciencia", "negra"], Rule::Fixed(11, 20)),
];

fn folded_eq(word: &str, want: &str) -> bool {
    let mut w = word
        .chars()
        .map(|c| if c == '’' { '\'' } else { fold_char(c) });
    let mut x = want.chars();
    loop {
        match (w.next(), x.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == b => {}
            _ => return false,
        }
    }
}

/// The longest holiday name starting at token `i`: its end token and rule.
pub(crate) fn match_at(text: &str, toks: &[Tok], i: usize, lang: Lang) -> Option<(usize, Rule)> {
    let table = match lang {
        Lang::Es => ES,
        Lang::Pt => PT,
        Lang::En | Lang::Other => EN,
    };
    let mut best: Option<(usize, Rule)> = None;
    'phrases: for (words, rule) in table {
        let mut k = i;
        for (n, w) in words.iter().enumerate() {
            if n > 0
                && toks
                    .get(k)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '\'' | '’')))
            {
                k += 1;
            }
            let Some(t) = toks.get(k) else {
                continue 'phrases;
            };
            if t.kind != Kind::Word || !folded_eq(&text[t.start..t.end], w) {
                continue 'phrases;
            }
            k += 1;
        }
        if best.is_none_or(|(e, _)| k > e) {
            best = Some((k, *rule));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_holidays() {
        let d = |y, m, d| DateValue::day(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        assert_eq!(Rule::Nth(11, 3, 4).on(2013), Some(d(2013, 11, 28)));
        assert_eq!(Rule::Easter(-2).on(2024), Some(d(2024, 3, 29)));
        assert_eq!(Rule::NthPlus(11, 3, 4, 1).on(2013), Some(d(2013, 11, 29)));
    }
}
