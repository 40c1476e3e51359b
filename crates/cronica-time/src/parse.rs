//! The rules: read date expressions off the token stream and normalise them.
//!
//! The scanner walks the tokens left to right and, at each token that can start a
//! date expression (a number, a month or weekday name, a relative word, a
//! keyword), tries every rule and keeps the longest reading. Rules read partial
//! dates ([`Pd`]) which are then resolved against the anchor, the tense of the
//! sentence and any modifier ("last", "pasado", "que vem").

use chrono::{Datelike, Duration, NaiveDate};
use cronica_types::{DateValue, Lang, Precision, Span, TimeExpr};

use crate::calendar;
use crate::holiday;
use crate::lexicon::{Kw, Lex, Unit};
use crate::scan::{self, Kind, Tok};

/// How far from the article's date a weekday with a day ("Sunday 31") is looked for
/// first, in either direction.
const NEAR_DAYS: i64 = 31;

/// A direction a modifier gives: "last", "next", "this".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Past,
    Next,
    This,
}

/// The tense of the sentence around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// A partial date as written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Pd {
    /// Whether the year was read relative to the anchor ("del año pasado").
    rel: bool,
    y: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
    wd: Option<u32>,
}

/// One reading of the tokens `start..end`.
#[derive(Debug, Clone)]
struct Hit {
    start: usize,
    end: usize,
    value: DateValue,
    relative: bool,
    warning: Option<String>,
}

impl Hit {
    fn new(start: usize, end: usize, value: DateValue, relative: bool) -> Self {
        Hit {
            start,
            end,
            value,
            relative,
            warning: None,
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    t: &'a [Tok],
    lang: Lang,
    anchor: Option<NaiveDate>,
    /// The day of the last expression read, for "the next day" and "that night".
    last_day: Option<NaiveDate>,
    /// The days of the last few expressions read, latest last, for "that same
    /// Monday" told after another day.
    recent_days: Vec<NaiveDate>,
    /// The month and year of the last date written with its year, and the token
    /// after it: "in June 2024, when ... on June 25" means June 25 of 2024.
    last_stated_month: Option<(i32, u32, usize)>,
    /// The last year written out on its own ("in 2024"), for "on 14 June that year".
    last_stated_year: Option<i32>,
    /// The first of the last day or days told with their month's name, and the
    /// token after them: "de 12 a 14 de Janeiro. No dia 14, ..." is 14 January.
    last_named_month: Option<(NaiveDate, usize)>,
}

/// How many of the last days told "that same Monday" may go back to.
const RECENT_DAYS: usize = 4;

/// How many tokens after days told with their month a bare day still falls in it.
const NAMED_MONTH_REACH: usize = 40;

/// How many tokens after a month written with its year a day of that month
/// without one still takes its year.
const STATED_YEAR_REACH: usize = 60;

/// Finds every date expression in `text[span]`.
pub(crate) fn tag(text: &str, span: Span, lang: Lang, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    let end = span.end.min(text.len());
    let start = span.start.min(end);
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Vec::new();
    }
    let toks = scan::tokenize(text, start, end, lang);
    let mut p = Parser {
        text,
        t: &toks,
        lang,
        anchor,
        last_day: None,
        recent_days: Vec::new(),
        last_stated_month: None,
        last_stated_year: None,
        last_named_month: None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    // Articles, prepositions and number words start expressions only next to a
    // stronger word; checking that first keeps the common words cheap.
    let strong: Vec<bool> = toks.iter().map(is_strong).collect();
    // the month (and year) of a chronology's heading line ("MARÇO", "June 2027")
    // whose lines open with their day ("16 – Um jovem ...")
    let mut chronicle: Option<(Option<i32>, u32)> = None;
    while i < toks.len() {
        let tok = &toks[i];
        if i == 0 || tok.line_before {
            // (the heading itself dates nothing, and is not read with the day
            // on the line under it as one date: "FEVEREIRO / 8 – ...")
            // (the first only over a line that opens with its day: "September 2025"
            // alone is a month)
            if let Some((year, month, end)) =
                month_heading(&toks, text, i).filter(|&(y, m, end)| {
                    chronicle.is_some() || chronicle_day(&p, &toks, end, y, m).is_some()
                })
            {
                chronicle = Some((year, month));
                i = end;
                continue;
            } else if let Some((month_year, m)) = chronicle {
                match chronicle_day(&p, &toks, i, month_year, m) {
                    Some(hit) => {
                        p.last_day = Some(hit.value.end);
                        out.push(TimeExpr {
                            span: Span::new(toks[hit.start].start, toks[hit.end - 1].end),
                            value: hit.value,
                            anchor: None,
                            relative: false,
                            warning: None,
                            heading: false,
                        });
                        i = hit.end;
                        continue;
                    }
                    // (a paragraph of prose after the list ends it)
                    None if i > 0 && text[toks[i - 1].end..tok.start].matches('\n').count() > 1 => {
                        chronicle = None;
                    }
                    None => {}
                }
            }
        }
        if tok.kind == Kind::Word && tok.lex.is_empty() {
            i += 1;
            continue;
        }
        if !strong[i] && !strong[i + 1..toks.len().min(i + 6)].iter().any(|s| *s) {
            i += 1;
            continue;
        }
        let Some(hit) = p.best_at(i) else {
            // An impossible date ("30 de febrero") is skipped whole, not read in parts.
            i = match p.date_core(i) {
                Some((end, _)) => end.max(i + 1),
                None => i + 1,
            };
            continue;
        };
        // ("como todos los miércoles", "every Tuesday", "cada lunes": a weekday of
        // a habit is no day)
        if p.habitual_weekday(hit.start) {
            i = hit.end;
            continue;
        }
        // A reading that starts inside this one and reaches further wins: "on 2nd
        // October" is read from "2nd", not as "on 2nd".
        let short =
            hit.end - hit.start <= 3 && hit.relative && hit.value.precision == Precision::Day;
        let overtaken = short
            && (hit.start + 1..hit.end).any(|k| {
                let t = &toks[k];
                (t.kind != Kind::Word || !t.lex.is_empty())
                    && p.best_at(k).is_some_and(|h| {
                        h.end > hit.end
                            && (hit.end..h.end).any(|x| toks[x].kind != Kind::Punct('.'))
                    })
            });
        if overtaken {
            i += 1;
            continue;
        }
        // ("una orden de desalojo firmada el 2 de julio. Ese mismo día": the day
        // of a thing named in passing is not the day "that day" refers to)
        if hit.value.precision == Precision::Day && !p.hangs_from_participle(hit.start) {
            p.last_day = Some(hit.value.start);
            p.recent_days.push(hit.value.start);
            if p.recent_days.len() > RECENT_DAYS {
                p.recent_days.remove(0);
            }
        }
        // ("27 e 28 de setembro – O Governo proíbe a marcha ...; no dia seguinte, a
        // polícia deteve": two days told together, the first of which the clause
        // tells of)
        if hit.value.precision == Precision::Range
            && (hit.value.end - hit.value.start).num_days() == 1
        {
            p.last_day = Some(hit.value.start);
        }
        if !hit.relative
            && matches!(hit.value.precision, Precision::Day | Precision::Month)
            && hit.value.start.year() == hit.value.end.year()
            && hit.value.start.month() == hit.value.end.month()
        {
            p.last_stated_month = Some((hit.value.start.year(), hit.value.start.month(), hit.end));
        }
        if !hit.relative && hit.value.precision == Precision::Year {
            p.last_stated_year = Some(hit.value.start.year());
        }
        if matches!(hit.value.precision, Precision::Day | Precision::Range)
            && hit.value.start.year() == hit.value.end.year()
            && hit.value.start.month() == hit.value.end.month()
            && (hit.start..hit.end).any(|k| p.month(k).is_some())
        {
            p.last_named_month = Some((hit.value.start, hit.end));
        }
        let stated_day = !hit.relative && hit.value.precision == Precision::Day;
        // ("AVISO AO TRADE N.º 16/2027 – Vila dos Remédios, 15 de setembro de 2027",
        // "AVISO CA-2027-0216 (Viernes 19/03/2027, 18:00; ...)": the heading of a
        // dated entry of a page of entries is the day its "today" and "yesterday"
        // count from, down to the next entry)
        let entry_day = (hit.value.precision == Precision::Day
            && entry_heading(&toks, text, hit.start, hit.end))
        .then_some(hit.value.start)
        .filter(|&d| anchor.is_some_and(|a| d <= a && (a - d).num_days() <= 366));
        out.push(TimeExpr {
            span: Span::new(toks[hit.start].start, toks[hit.end - 1].end),
            value: hit.value,
            anchor: if hit.relative { p.anchor } else { None },
            relative: hit.relative,
            warning: hit.warning,
            heading: entry_day.is_some(),
        });
        if entry_day.is_some() {
            p.anchor = entry_day;
        }
        i = hit.end.max(i + 1);
        // "Em 12 de abril de 2027, segunda-feira, ...", "El 12 de abril, lunes,":
        // the weekday after a date names that date's day, and no day of its own
        if stated_day && p.punct(hit.end) == Some(',') {
            if let Some((k, _, _)) = p.weekday(hit.end + 1) {
                i = k;
            }
        }
    }
    out
}

/// Whether the date at tokens `start..end`, written with its day's number, stands
/// in a heading line of a dated entry: a short line, not a sentence, that opens with a
/// word in capitals ("AVISO CA-2027-0219 (Domingo 21/03/2027, 09:05;
/// ...)", "DIA 5 – Sexta-feira, 19 de novembro", "UPDATE 3 – 14 March 2027, 10:32").
fn entry_heading(toks: &[Tok], text: &str, start: usize, end: usize) -> bool {
    let first = (0..=start)
        .rev()
        .find(|&k| k == 0 || toks[k].line_before)
        .unwrap_or(0);
    let last = (end..toks.len())
        .find(|&k| toks[k].line_before)
        .unwrap_or(toks.len());
    let numbered = (start..end).any(|k| toks[k].is_num());
    let opener = &text[toks[first].start..toks[first].end];
    let shouting = opener.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && opener.chars().all(|c| !c.is_lowercase());
    numbered
        && last - first <= 40
        && last > first
        && toks[last - 1].punct() != Some('.')
        && shouting
}

/// A line that is a month's name alone, in any case, with its year at most
/// ("JANEIRO", "Março de 2027", "June 2027"): the heading of a chronology's month.
fn month_heading(toks: &[Tok], text: &str, i: usize) -> Option<(Option<i32>, u32, usize)> {
    let month = toks[i].lex.iter().find_map(|l| match l {
        Lex::Month(m) => Some(*m),
        _ => None,
    })?;
    let mut k = i + 1;
    if toks
        .get(k)
        .is_some_and(|t| !t.line_before && t.kind == Kind::Word)
        && matches!(fold_word(text, &toks[k]).as_str(), "de" | "of")
    {
        k += 1;
    }
    let year = match toks.get(k) {
        Some(t) if !t.line_before && t.is_num() && t.digits == 4 => {
            k += 1;
            Some(t.num as i32)
        }
        _ => None,
    };
    // (the line ends there)
    toks.get(k)
        .is_none_or(|t| t.line_before)
        .then_some((year, month, k))
}

fn fold_word(text: &str, t: &Tok) -> String {
    text[t.start..t.end].chars().map(scan::fold_char).collect()
}

/// "25 e 26 – Greve de dois dias ...", "8 – Agricultores ...", "16: Police ...": a
/// line under a month's heading that opens with its day, or two days, and a dash.
fn chronicle_day(p: &Parser, toks: &[Tok], i: usize, year: Option<i32>, month: u32) -> Option<Hit> {
    let day = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_num() && t.digits <= 2 && (1..=31).contains(&t.num))
            .map(|t| t.num)
    };
    let Some(first) = day(i) else {
        return chronicle_month_line(p, toks, i, year, month);
    };
    let mut k = i + 1;
    let mut last = first;
    // ("25 e 26", "6 y 7", "6 and 7", "6-7", "6 a 8")
    if let Some(t) = toks.get(k) {
        let joins = t.punct().is_some_and(|c| matches!(c, '-' | '–'))
            && day(k + 1).is_some()
            && toks.get(k + 2).is_some_and(|n| n.punct().is_some())
            || t.kind == Kind::Word
                && matches!(
                    fold_word(p.text, t).as_str(),
                    "e" | "y" | "and" | "a" | "to"
                );
        if joins {
            if let Some(d) = day(k + 1).filter(|&d| d > first) {
                last = d;
                k += 2;
            }
        }
    }
    let dash = toks.get(k)?;
    if dash.line_before
        || !dash
            .punct()
            .is_some_and(|c| matches!(c, '–' | '—' | '-' | ':'))
    {
        return None;
    }
    let year = chronicle_year(p, year, month, first)?;
    let start = date(year, month, first)?;
    let end = date(year, month, last)?;
    let value = if start == end {
        DateValue::day(start)
    } else {
        DateValue::range(start, end)
    };
    Some(Hit::new(
        i,
        if last == first { i + 1 } else { k },
        value,
        false,
    ))
}

/// The year of a chronology's day: its heading's, else the one that puts the day at
/// most a month after the article's (a year's review written at its end).
fn chronicle_year(p: &Parser, year: Option<i32>, month: u32, day: u32) -> Option<i32> {
    if year.is_some() {
        return year;
    }
    let anchor = p.anchor?;
    let y = anchor.year();
    Some(match date(y, month, day) {
        Some(d) if (d - anchor).num_days() > 31 => y - 1,
        _ => y,
    })
}

/// "Durante todo o mês – Professores fazem greve ...", "Fim do mês – Seca ...", "All
/// month – ...": a chronology's line that names its month, or a third of it, before
/// its dash.
fn chronicle_month_line(
    p: &Parser,
    toks: &[Tok],
    i: usize,
    year: Option<i32>,
    month: u32,
) -> Option<Hit> {
    let mut words = Vec::new();
    let mut k = i;
    while let Some(t) = toks
        .get(k)
        .filter(|t| t.kind == Kind::Word && words.len() < 5)
    {
        if k > i && t.line_before {
            return None;
        }
        words.push(fold_word(p.text, t));
        k += 1;
    }
    let dash = toks.get(k)?;
    if dash.line_before || !dash.punct().is_some_and(|c| matches!(c, '–' | '—' | '-')) {
        return None;
    }
    let phrase = words.join(" ");
    let part = match phrase.as_str() {
        "durante todo o mes"
        | "todo o mes"
        | "o mes todo"
        | "durante todo el mes"
        | "todo el mes"
        | "all month"
        | "throughout the month"
        | "all month long" => None,
        "inicio do mes"
        | "no inicio do mes"
        | "principios de mes"
        | "a principios de mes"
        | "early in the month"
        | "early month" => Some(Kw::Early),
        "meados do mes" | "em meados do mes" | "mediados de mes" | "a mediados de mes"
        | "mid-month" | "mid month" => Some(Kw::Mid),
        "fim do mes" | "no fim do mes" | "final do mes" | "no final do mes" | "finales de mes"
        | "a finales de mes" | "fin de mes" | "late in the month" | "end of the month"
        | "end of month" => Some(Kw::Late),
        _ => return None,
    };
    let year = chronicle_year(p, year, month, 1)?;
    let whole = DateValue::month(year, month)?;
    let value = match part {
        None => whole,
        Some(kw) => third(&whole, kw)?,
    };
    Some(Hit::new(i, k, value, false))
}

/// Whether a token can anchor a date expression by itself (a number, a month, a
/// weekday, "yesterday", "last", "ago"...), as opposed to "the", "de", "one".
fn is_strong(t: &Tok) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Punct(c) => matches!(c, '\'' | '’'),
        Kind::Word => t.lex.iter().any(|l| match l {
            Lex::Card(_) | Lex::Tens(_) | Lex::OrdSuffix => false,
            Lex::Kw(k) => !matches!(
                k,
                Kw::The
                    | Kw::On
                    | Kw::In
                    | Kw::Of
                    | Kw::To
                    | Kw::And
                    | Kw::A
                    | Kw::From
                    | Kw::Que
                    | Kw::S
                    | Kw::At
            ),
            _ => true,
        }),
    }
}

fn pivot_year(yy: u32, anchor: Option<NaiveDate>) -> i32 {
    let yy = yy as i32;
    let limit = anchor.map_or(50, |a| (a.year() % 100 + 10).min(99));
    if yy <= limit {
        2000 + yy
    } else {
        1900 + yy
    }
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn third(v: &DateValue, part: Kw) -> Option<DateValue> {
    let (s, e) = match v.precision {
        Precision::Month => {
            let (y, m) = (v.start.year(), v.start.month());
            match part {
                Kw::Early => (date(y, m, 1)?, date(y, m, 10)?),
                Kw::Mid => (date(y, m, 11)?, date(y, m, 20)?),
                _ => (date(y, m, 21)?, v.end),
            }
        }
        Precision::Year => {
            let y = v.start.year();
            match part {
                Kw::Early => (date(y, 1, 1)?, date(y, 4, 30)?),
                Kw::Mid => (date(y, 5, 1)?, date(y, 8, 31)?),
                _ => (date(y, 9, 1)?, date(y, 12, 31)?),
            }
        }
        Precision::Week | Precision::Range => {
            let len = (v.end - v.start).num_days();
            let a = v.start + Duration::days(len / 3);
            let b = v.start + Duration::days(2 * len / 3);
            match part {
                Kw::Early => (v.start, a),
                Kw::Mid => (a, b),
                _ => (b, v.end),
            }
        }
        Precision::Day => return None,
    };
    Some(DateValue::range(s, e))
}

impl Parser<'_> {
    // ---- token helpers ----

    fn kw(&self, i: usize, k: Kw) -> bool {
        self.t.get(i).is_some_and(|t| t.lex.contains(&Lex::Kw(k)))
    }

    fn punct(&self, i: usize) -> Option<char> {
        self.t.get(i).and_then(Tok::punct)
    }

    fn adjacent(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        self.t.get(i)?.lex.iter().find_map(|l| match l {
            Lex::Unit(u) => Some(*u),
            _ => None,
        })
    }

    fn rel_word(&self, i: usize) -> Option<i32> {
        self.t.get(i)?.lex.iter().find_map(|l| match l {
            Lex::RelDay(n) => Some(*n),
            _ => None,
        })
    }

    /// Whether a unit word is plural ("weeks", "semanas", "meses"; not "mes").
    fn is_plural(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            let w = &self.text[t.start..t.end];
            let lower = w.to_lowercase();
            (lower.ends_with('s') || lower.ends_with("s'"))
                && lower != "mes"
                && lower != "mês"
                && !lower.ends_with("'s")
                && !lower.ends_with("’s")
        })
    }

    /// Whether token `i` is `word` (ASCII, any case).
    /// Whether the expression at `i` follows "for" or "para" ("a strike for
    /// Friday", "un paro para el viernes", "uma greve para a sexta-feira").
    fn scheduled_for(&self, i: usize) -> bool {
        let k = if i > 1
            && ["el", "la", "a", "o"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
        {
            i - 1
        } else {
            i
        };
        k > 0 && (self.word_is(k - 1, "for") || self.word_is(k - 1, "para"))
    }

    /// A weekday after "every", "cada" or "todos los" / "todas as": a habit's.
    fn habitual_weekday(&self, i: usize) -> bool {
        self.weekday(i).is_some()
            && (i >= 1 && ["every", "cada"].iter().any(|w| self.word_is(i - 1, w))
                || i >= 2
                    && ["todos", "todas"].iter().any(|w| self.word_is(i - 2, w))
                    && ["los", "las", "os", "as"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w)))
    }

    fn word_is(&self, i: usize, word: &str) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case(word))
    }

    /// Whether "n/total" at token `i` opens a line the way a thread numbers its
    /// posts: at least two other lines open with a number over the same total.
    fn numbers_a_post(&self, i: usize, total: u32) -> bool {
        // (a post's number has no leading zero: "05/10 – El Juzgado ..." opens a
        // case log's entry of 5 October)
        let unpadded =
            |j: usize| u32::from(self.t[j].digits) == self.t[j].num.to_string().len() as u32;
        let opens = |j: usize| {
            self.t[j].line_before
                && self.t[j].is_num()
                && unpadded(j)
                && self.t[j].num <= total
                && self.punct(j + 1) == Some('/')
                && self
                    .t
                    .get(j + 2)
                    .is_some_and(|t| t.is_num() && t.num == total)
        };
        opens(i)
            && (0..self.t.len())
                .filter(|&j| j != i && opens(j))
                .nth(1)
                .is_some()
    }

    fn is_boundary(&self, i: usize) -> bool {
        match self.t.get(i) {
            None => true,
            Some(t) => {
                t.line_before
                    || matches!(
                        t.punct(),
                        Some('.' | '!' | '?' | ';' | ':' | '"' | '“' | '”' | '(' | ')')
                    )
            }
        }
    }

    /// Skips articles and "on"/"el"/"no" words.
    fn skip_articles(&self, mut i: usize) -> usize {
        while self.kw(i, Kw::The) || self.kw(i, Kw::On) {
            i += 1;
        }
        i
    }

    // ---- numbers ----

    /// A number written in digits that stands on its own (not part of a time, a
    /// decimal or a measure).
    fn clean_num(&self, i: usize) -> Option<&Tok> {
        let t = self.t.get(i)?;
        if !t.is_num() {
            return None;
        }
        if i > 0 && !t.space_before {
            let p = &self.t[i - 1];
            match p.kind {
                Kind::Word if self.month(i - 1).is_none() => return None,
                Kind::Word => {}
                Kind::Punct(c) => {
                    if matches!(c, '$' | '€' | '£' | '#' | '+') {
                        return None;
                    }
                    if matches!(c, '.' | ',' | ':')
                        && i > 1
                        && self.t[i - 2].is_num()
                        && !p.space_before
                    {
                        return None;
                    }
                }
                Kind::Num => return None,
            }
        }
        if let Some(n) = self.t.get(i + 1) {
            if !n.space_before {
                match n.kind {
                    Kind::Punct(c) => {
                        // ("21:30" is an hour; "no dia 21:" ends a heading)
                        let clock = c == ':'
                            && self
                                .t
                                .get(i + 2)
                                .is_some_and(|x| x.is_num() && !x.space_before);
                        if clock || matches!(c, '%' | '€' | '$') {
                            return None;
                        }
                        if matches!(c, '.' | ',')
                            && self
                                .t
                                .get(i + 2)
                                .is_some_and(|x| x.is_num() && !x.space_before)
                        {
                            return None;
                        }
                    }
                    Kind::Word => {
                        // "3rd", "1990s", "14april", "10de agosto" are fine; "72h", "5km" are not.
                        let suffix =
                            n.lex.contains(&Lex::OrdSuffix) || n.lex.contains(&Lex::Kw(Kw::S));
                        let glued_of =
                            n.lex.contains(&Lex::Kw(Kw::Of)) && self.month(i + 2).is_some();
                        if !(suffix || glued_of || self.month(i + 1).is_some()) {
                            return None;
                        }
                    }
                    _ => {}
                }
            }
        }
        Some(t)
    }

    /// A number up to 999 in digits or words.
    fn quantity(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(t) = self.clean_num(i) {
            if t.digits <= 3 {
                return Some((i + 1, t.num));
            }
            return None;
        }
        self.number_word(i)
    }

    fn number_word(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t.get(i)?;
        let tens = t.lex.iter().find_map(|l| match l {
            Lex::Tens(n) => Some(*n),
            _ => None,
        });
        if let Some(tens) = tens {
            let mut j = i + 1;
            if self.punct(j) == Some('-') || self.kw(j, Kw::And) {
                j += 1;
            }
            if let Some(u) = self.t.get(j).and_then(|t| {
                t.lex.iter().find_map(|l| match l {
                    Lex::Card(n) if *n < 10 => Some(*n),
                    Lex::Ord(n) if *n < 10 => Some(*n),
                    _ => None,
                })
            }) {
                return Some((j + 1, tens + u));
            }
        }
        let n = t.lex.iter().find_map(|l| match l {
            Lex::Card(n) => Some(*n),
            _ => None,
        })?;
        Some((i + 1, n))
    }

    /// A day of the month: "3", "3rd", "1º", "first", "primero", "veintidós".
    fn day(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(t) = self.clean_num(i) {
            if t.digits > 2 || t.num == 0 || t.num > 31 {
                return None;
            }
            if self.adjacent(i + 1)
                && matches!(self.punct(i + 1), Some('/' | '-'))
                && self
                    .t
                    .get(i + 2)
                    .is_some_and(|n| n.is_num() && !n.space_before)
                && !(self.month(i + 3).is_some()
                    || self.kw(i + 3, Kw::Of) && self.month(i + 4).is_some())
                // ("Sept. 1-2", "September 1-2": days of the month just named)
                && !(i.saturating_sub(3)..i)
                    .any(|k| self.month(k).is_some_and(|(e, _, _)| e == i))
            {
                return None;
            }
            let mut j = i + 1;
            if self.adjacent(j) && self.t[j].lex.contains(&Lex::OrdSuffix) {
                j += 1;
            } else if self.punct(j) == Some('.')
                && self.adjacent(j)
                && self.adjacent(j + 1)
                && self
                    .t
                    .get(j + 1)
                    .is_some_and(|t| t.lex.contains(&Lex::OrdSuffix))
            {
                j += 2;
            } else if self.adjacent(j) && matches!(self.punct(j), Some('°')) {
                j += 1;
            }
            return Some((j, t.num));
        }
        let t = self.t.get(i)?;
        if let Some(n) = t.lex.iter().find_map(|l| match l {
            Lex::Ord(n) => Some(*n),
            _ => None,
        }) {
            return Some((i + 1, n));
        }
        let (j, n) = self.number_word(i)?;
        (1..=31).contains(&n).then_some((j, n))
    }

    /// A number under 100 in words: "ninety three", "noventa y dos", "vinte e cinco".
    fn num99(&self, i: usize) -> Option<(usize, u32)> {
        self.number_word(i).filter(|(_, n)| *n < 100)
    }

    /// A year in words on its own: "en mil novecientos noventa", or a whole span.
    fn year_in_words(&self, i: usize) -> Option<Hit> {
        let (e, y) = self.year_words(i)?;
        let prev_ok = i > 0
            && [Kw::In, Kw::Since, Kw::Of, Kw::From, Kw::To]
                .iter()
                .any(|k| self.kw(i - 1, *k));
        let whole = i == 0 && e == self.t.len();
        // "dos mil personas" is a count: a year in words has hundreds or units too.
        let bare_thousands = self.t[e - 1].lex.contains(&Lex::Thousand);
        if !(prev_ok && !bare_thousands || whole) {
            return None;
        }
        Some(Hit::new(i, e, DateValue::year(y)?, false))
    }

    /// A year written in words: "nineteen eighty six", "two thousand and ten",
    /// "mil novecientos noventa y dos", "dos mil dieciocho", "dois mil e vinte".
    fn year_words(&self, i: usize) -> Option<(usize, i32)> {
        let has = |k: usize, l: Lex| self.t.get(k).is_some_and(|t| t.lex.contains(&l));
        let hundreds = |k: usize| {
            self.t.get(k)?.lex.iter().find_map(|l| match l {
                Lex::Hundreds(n) => Some(*n),
                _ => None,
            })
        };
        // es/pt and "two thousand": [dos] mil [novecientos] [y] [noventa y dos]
        let (mut k, thousands) = if has(i, Lex::Thousand) {
            (i + 1, 1)
        } else if has(i + 1, Lex::Thousand)
            && self
                .number_word(i)
                .is_some_and(|(e, n)| e == i + 1 && n == 2)
        {
            (i + 2, 2)
        } else {
            // "nineteen eighty six", "seventeen hundred thirty three"
            let (e, hi) = self.number_word(i)?;
            if e != i + 1 || !(10..=20).contains(&hi) || self.lang != Lang::En {
                return None;
            }
            let mut k = e;
            let hundred = has(k, Lex::Hundred);
            if hundred {
                k += 1;
                if self.kw(k, Kw::And) {
                    k += 1;
                }
            }
            let (e2, lo) = match self.num99(k) {
                Some(x) => x,
                None if hundred => (k, 0),
                None => return None,
            };
            if !hundred && lo < 10 {
                return None;
            }
            return Some((e2, (hi * 100 + lo) as i32));
        };
        let mut year = thousands * 1000;
        if let Some(h) = hundreds(k) {
            year += h;
            k += 1;
        }
        let mut j = k;
        if self.kw(j, Kw::And) {
            j += 1;
        }
        if let Some((e, n)) = self.num99(j) {
            year += n;
            k = e;
        }
        (1000..=2200).contains(&year).then_some((k, year as i32))
    }

    /// A year in four digits, or "'19".
    fn year(&self, i: usize) -> Option<(usize, i32)> {
        if matches!(self.punct(i), Some('\'' | '’')) {
            let t = self.clean_num(i + 1)?;
            if t.digits == 2 && self.adjacent(i + 1) {
                return Some((i + 2, pivot_year(t.num, self.anchor)));
            }
            return None;
        }
        let t = self.clean_num(i)?;
        if t.digits != 4 || !(1000..=2200).contains(&t.num) {
            return None;
        }
        if self.adjacent(i + 1) && self.kw(i + 1, Kw::S) {
            return None;
        }
        Some((i + 1, t.num as i32))
    }

    fn month(&self, i: usize) -> Option<(usize, u32, bool)> {
        let t = self.t.get(i)?;
        let mut full = None;
        let mut abbr = None;
        for l in t.lex {
            match l {
                Lex::Month(m) => full = Some(*m),
                Lex::MonthAbbr(m) => abbr = Some(*m),
                _ => {}
            }
        }
        // English "march" in lower case after an article or an ordinal is the walk
        // ("a second march", "the march"), unless figures follow it ("the march 15
        // deadline"; "second of march" stays a day)
        if full == Some(3)
            && self.lang == Lang::En
            && !t.capital
            && self.word_is(i, "march")
            && i > 0
            && (self.t[i - 1].lex.iter().any(|l| matches!(l, Lex::Ord(_)))
                || [
                    "a", "an", "the", "this", "that", "their", "its", "our", "another",
                ]
                .iter()
                .any(|w| self.word_is(i - 1, w)))
            && self.clean_num(i + 1).is_none()
        {
            return None;
        }
        // Portuguese "marco" without its cedilla is a landmark ("o marco temporal"),
        // unless a day or a year stands with it ("13 de marco de 2024")
        if full == Some(3) && self.lang == Lang::Pt && self.word_is(i, "marco") {
            let day_before = i >= 2 && self.word_is(i - 1, "de") && self.clean_num(i - 2).is_some();
            let year_after = self.word_is(i + 1, "de") && self.year(i + 2).is_some();
            if !(day_before || year_after) {
                return None;
            }
        }
        // "el asentamiento 8 de Marzo", "a Avenida 9 de Julho": a Spanish or
        // Portuguese month with a capital, after a day that follows a noun, names a
        // place or a body; a date's month is written in lower case
        if full.is_some() && t.capital && self.lang != Lang::En && i >= 3 {
            // (not a day that opens a line under a heading: "CRONOLOGIA / 1 de
            // Fevereiro de 2022 – ...")
            let named = self.word_is(i - 1, "de")
                && self.clean_num(i - 2).is_some()
                && !self.t[i - 2].line_before
                && self.t.get(i - 3).is_some_and(|w| {
                    w.kind == Kind::Word
                        && w.lex.is_empty()
                        && self.text[w.start..w.end].chars().count() > 3
                });
            if named {
                return None;
            }
        }
        if let Some(m) = full {
            return Some((i + 1, m, true));
        }
        let m = abbr?;
        let j = if self.punct(i + 1) == Some('.') && self.adjacent(i + 1) {
            i + 2
        } else {
            i + 1
        };
        Some((j, m, false))
    }

    /// A weekday name; the flag says whether it is a weekday on its own.
    fn weekday(&self, i: usize) -> Option<(usize, u32, bool)> {
        let t = self.t.get(i)?;
        // "Santo Domingo", "San Martes": a saint's name, a place.
        if t.capital
            && i > 0
            && ["santo", "san", "santa", "sao", "são"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
        {
            return None;
        }
        // "Matías Caal Xol y Domingo Tiul Choc": a capitalised "Domingo" before
        // another capitalised name is a person's first name
        if t.capital && self.lang != Lang::En && self.first_name_sunday(i) {
            return None;
        }
        for l in t.lex {
            match l {
                Lex::Weekday(w) => return Some((i + 1, *w, true)),
                Lex::WeekdayWeak(w) => {
                    if self.lang == Lang::Pt && *w < 5 {
                        if self.punct(i + 1) == Some('-') && self.kw(i + 2, Kw::Feira) {
                            return Some((i + 3, *w, true));
                        }
                        if self.kw(i + 1, Kw::Feira) {
                            return Some((i + 2, *w, true));
                        }
                    }
                    let j = if self.punct(i + 1) == Some('.') && self.adjacent(i + 1) {
                        i + 2
                    } else {
                        i + 1
                    };
                    return Some((j, *w, false));
                }
                _ => {}
            }
        }
        None
    }

    /// Whether word `i`, "Domingo", is a first name: a capitalised word that is no
    /// month or number follows it.
    fn first_name_sunday(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else {
            return false;
        };
        let sunday = t.lex.iter().any(|l| matches!(l, Lex::Weekday(6)));
        let Some(n) = self.t.get(i + 1) else {
            return false;
        };
        sunday
            && n.capital
            && n.start > t.end
            && self.text[n.start..n.end].chars().all(char::is_alphabetic)
            && !n
                .lex
                .iter()
                .any(|l| matches!(l, Lex::Month(_) | Lex::MonthAbbr(_)))
    }

    /// A modifier word: "last", "next", "this", "pasado", "próxima", "que viene".
    fn modifier(&self, i: usize) -> Option<(usize, Dir)> {
        if self.kw(i, Kw::This) && self.kw(i + 1, Kw::Last) {
            return Some((i + 2, Dir::Past));
        }
        if self.kw(i, Kw::Last) {
            return Some((i + 1, Dir::Past));
        }
        if self.kw(i, Kw::Next) || self.kw(i, Kw::Following) {
            return Some((i + 1, Dir::Next));
        }
        if self.kw(i, Kw::Que) && self.kw(i + 1, Kw::Comes) {
            return Some((i + 2, Dir::Next));
        }
        if self.kw(i, Kw::This) || self.kw(i, Kw::Now) {
            return Some((i + 1, Dir::This));
        }
        None
    }

    // ---- tense ----

    /// The tense cue of token `i`, with the two-word ones: "is to", "are to", "a partir".
    fn cue_at(&self, i: usize) -> i8 {
        let t = &self.t[i];
        // ("in protest against the planned merger", "a scheduled visit": a
        // participle made an adjective by its article says nothing of the clause's
        // tense)
        if t.cue > 0
            && i > 0
            && (self.word_is(i, "planned")
                || self.word_is(i, "scheduled")
                || self.word_is(i, "expected"))
            && ["the", "a", "an", "its", "their", "his", "her"]
                .iter()
                .any(|d| self.word_is(i - 1, d))
        {
            return 0;
        }
        // ("quedaron en libertad el martes por la mañana": the morning, not
        // tomorrow)
        if t.cue > 0
            && i > 0
            && self.word_is(i, "mañana")
            && ["la", "esta", "cada", "toda", "media"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
        {
            return 0;
        }
        if t.cue != 0 {
            return t.cue;
        }
        // ("Faleceu esta tarde o jovem atingido na terça-feira", "Murieron el
        // martes": a past tense that opens the sentence is capitalised only as its
        // first word)
        let opens = i == 0
            || t.line_before
            || matches!(self.t[i - 1].punct(), Some('.' | '!' | '?' | '—' | '–'));
        if t.capital && opens && self.lang != Lang::En {
            let original = &self.text[t.start..t.end];
            let lower = original.to_lowercase();
            let folded: String = lower.chars().map(crate::scan::fold_char).collect();
            let cue = crate::scan::tense_cue(self.lang, &folded, &lower);
            if cue < 0 {
                return cue;
            }
        }
        // ("said it would hold a rally on Saturday": the future of a report; not
        // "a finance bill that would raise taxes")
        if self.lang == Lang::En
            && self.word_is(i, "would")
            && i > 0
            && ["it", "they", "he", "she", "we"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
        {
            return 1;
        }
        if i > 0 {
            // ("is due to open": "due" after its verb looks ahead; "due to the
            // strike" gives a cause)
            let to = (self.word_is(i, "to") || self.word_is(i, "due"))
                && (self.word_is(i - 1, "is") || self.word_is(i - 1, "are"));
            // (not the hour a gathering began: "se concentraron a partir de las
            // 19:00 horas", "a partir das 18h")
            let from_an_hour = (self.word_is(i + 1, "de") || self.word_is(i + 1, "das"))
                && (["las", "la", "as", "a"]
                    .iter()
                    .any(|w| self.word_is(i + 2, w))
                    || self.t.get(i + 2).is_some_and(|t| t.kind == Kind::Num));
            if to || self.kw(i, Kw::Partir) && self.kw(i - 1, Kw::To) && !from_an_hour {
                return 1;
            }
        }
        // "when protesters left Shahbagh", "left the city": "left" as a verb, after
        // its subject and before where was left, is past ("the left", "left-wing",
        // "on the left" are not)
        if self.lang == Lang::En && self.word_is(i, "left") && i > 0 {
            let after = self.t.get(i + 1);
            let verb_after = after.is_some_and(|n| {
                n.space_before
                    && (n.capital
                        || [
                            "the", "for", "home", "behind", "their", "his", "her", "office",
                        ]
                        .iter()
                        .any(|w| self.word_is(i + 1, w)))
            });
            let not_noun = !["the", "on", "to", "far", "centre", "center", "of"]
                .iter()
                .any(|w| self.word_is(i - 1, w));
            if verb_after && not_noun && self.t[i - 1].kind == Kind::Word {
                return -1;
            }
        }
        // "protesters set fire to the office on Wednesday night": a fire set, told
        // with no auxiliary before it, was set ("will set fire", "to set fire" are
        // their auxiliaries' tense)
        if self.lang == Lang::En
            && self.word_is(i, "set")
            && (self.word_is(i + 1, "fire")
                || self.word_is(i + 1, "alight")
                || self.word_is(i + 1, "ablaze")
                || self.word_is(i + 1, "on") && self.word_is(i + 2, "fire"))
            && !(i > 0
                && ["will", "would", "to", "could", "might", "may", "shall"]
                    .iter()
                    .any(|w| self.word_is(i - 1, w)))
        {
            return -1;
        }
        // "The ministry put the death toll at two on Wednesday": "put" or "set" with
        // a toll after it reports a figure already given
        if self.lang == Lang::En
            && (self.word_is(i, "put") || self.word_is(i, "set"))
            && (i + 1..(i + 5).min(self.t.len()))
                .any(|k| self.word_is(k, "toll") || self.word_is(k, "tally"))
        {
            return -1;
        }
        0
    }

    fn tense(&self, at: usize) -> Tense {
        // "convocou um ato para a sexta-feira (13)", "convocó una marcha para el
        // viernes": a day an act is called for is to come
        let before = |k: usize| at.checked_sub(k).filter(|&j| j < self.t.len());
        let for_the = before(1).is_some_and(|j| self.word_is(j, "para") || self.word_is(j, "pra"))
            || before(2).is_some_and(|j| {
                (self.word_is(j, "para") || self.word_is(j, "pra"))
                    && before(1).is_some_and(|k| self.kw(k, Kw::The))
            });
        // "invited representatives of the protesters to talks ... on Friday",
        // "invitó a los dirigentes a una reunión el viernes": the day of an
        // invitation is to come
        // (in the same sentence: "has invited CDAWU and the Kenya Ports Authority to
        // talks at the ministry in Nairobi on Thursday")
        let invited = (at.saturating_sub(18)..at).any(|j| {
            [
                "invited",
                "invites",
                "invito",
                "invitaron",
                "convidou",
                "convidaram",
            ]
            .iter()
            .any(|w| self.word_is(j, w))
                && (j + 1..at).all(|k| !matches!(self.t[k].punct(), Some('.' | '!' | '?' | ';')))
        });
        if for_the || invited {
            return Tense::Future;
        }
        // "los dos dirigentes capturados el día 4", "o jovem preso no dia 12": a
        // participle of something done, right before the day it was done, tells a
        // past day
        let done_on = self.lang != Lang::En
            && before(1).is_some_and(|j| ["el", "o", "no"].iter().any(|w| self.word_is(j, w)))
            && before(2).is_some_and(|j| {
                self.t[j].kind == Kind::Word && is_participle(self.text, &self.t[j])
            });
        if done_on {
            return Tense::Past;
        }
        let mut best: Option<(usize, i8)> = None;
        let mut consider = |dist: usize, cue: i8| {
            if cue != 0 && best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, cue));
            }
        };
        let mut i = at;
        let mut steps = 0;
        // the stop of an abbreviation ("8 p.m.", "U.S.") ends no sentence
        let abbreviation = |k: usize| {
            k > 0
                && self.t[k].punct() == Some('.')
                && !self.t[k].space_before
                && self.t[k - 1].end - self.t[k - 1].start == 1
        };
        let end_of_sentence = |k: usize| {
            self.t.get(k).is_some_and(|t| {
                t.line_before
                    || matches!(t.punct(), Some('.' | '!' | '?' | ';')) && !abbreviation(k)
            })
        };
        // thirty words back to the sentence's start, not counting its punctuation
        while i > 0 && steps < 30 {
            if end_of_sentence(i) && i != at {
                break;
            }
            i -= 1;
            steps += usize::from(self.t[i].punct().is_none());
            consider(at - i, self.cue_at(i));
        }
        let mut i = at + 1;
        while i < self.t.len() && i < at + 20 {
            if end_of_sentence(i) {
                break;
            }
            consider(i - at, self.cue_at(i));
            i += 1;
        }
        // ("Also on Monday, the Authority of Heads of State and Government of the
        // Economic Community of West African States (ECOWAS), meeting in an
        // extraordinary session by videoconference, suspended ...": a long subject
        // after a fronted day puts the verb further on)
        if best.is_none() {
            while i < self.t.len() && i < at + 45 && !end_of_sentence(i) {
                let cue = self.cue_at(i);
                if cue != 0 {
                    best = Some((i - at, cue));
                    break;
                }
                i += 1;
            }
        }
        match best {
            Some((_, c)) if c < 0 => Tense::Past,
            Some(_) => Tense::Future,
            None => Tense::Unknown,
        }
    }

    // ---- resolution ----

    /// The year of a year-less day.
    fn infer_year(
        &self,
        m: u32,
        d: u32,
        wd: Option<u32>,
        dir: Option<Dir>,
        at: usize,
    ) -> Option<NaiveDate> {
        let a = self.anchor?;
        // the year of the same month just written out with one
        // (unless the day's weekday says another year: "ended in May 2009. On
        // Saturday 15 May, the court ..." in 2027)
        if let Some((year, month, end)) = self.last_stated_month {
            if month == m && end <= at && at - end <= STATED_YEAR_REACH {
                if let Some(x) =
                    date(year, m, d).filter(|x| wd.is_none_or(|w| calendar::weekday(*x) == w))
                {
                    return Some(x);
                }
            }
        }
        let y = a.year();
        let cands: Vec<NaiveDate> = [y - 1, y, y + 1]
            .iter()
            .filter_map(|&y| date(y, m, d))
            .collect();
        if cands.is_empty() {
            return None;
        }
        let dist = |x: &NaiveDate| (*x - a).num_days().abs();
        match dir {
            Some(Dir::Past) => return cands.iter().filter(|x| **x <= a).max().copied(),
            Some(Dir::Next) => return cands.iter().filter(|x| **x >= a).min().copied(),
            Some(Dir::This) => return date(y, m, d),
            None => {}
        }
        if let Some(w) = wd {
            if let Some(best) = cands
                .iter()
                .filter(|x| calendar::weekday(**x) == w)
                .min_by_key(|x| dist(x))
            {
                return Some(*best);
            }
        }
        let on_or_before = cands.iter().filter(|x| **x <= a).max().copied();
        let on_or_after = cands.iter().filter(|x| **x >= a).min().copied();
        match dir {
            Some(Dir::Past) => return on_or_before,
            Some(Dir::Next) => return on_or_after,
            Some(Dir::This) => return date(y, m, d),
            None => {}
        }
        let this = date(y, m, d);
        match self.tense(at) {
            Tense::Past => match this {
                Some(x) if (x - a).num_days() <= 60 => Some(x),
                _ => on_or_before,
            },
            Tense::Future => match this {
                Some(x) if (a - x).num_days() <= 60 => Some(x),
                _ => on_or_after,
            },
            // (a clause that says no tense, "• 14 de março – Polícia dispara contra
            // marcha", in a text that has just named this year, "Em 2027, as
            // autoridades ...": a day of this year gone by, not of the next)
            Tense::Unknown => {
                let nearest = cands.iter().min_by_key(|x| dist(x)).copied();
                let of_this_year = self.last_stated_year == Some(y);
                match (nearest, this) {
                    (Some(n), Some(x)) if of_this_year && n.year() > y && x <= a => Some(x),
                    _ => nearest,
                }
            }
        }
    }

    /// The month a bare month name means.
    fn infer_month(&self, m: u32, dir: Option<Dir>, at: usize) -> Option<DateValue> {
        let a = self.anchor?;
        let y = a.year();
        let am = a.month();
        let past = if m <= am { y } else { y - 1 };
        let next = if m >= am { y } else { y + 1 };
        let year = match dir {
            Some(Dir::Past) => {
                if m < am {
                    y
                } else {
                    y - 1
                }
            }
            Some(Dir::Next) => {
                if m > am {
                    y
                } else {
                    y + 1
                }
            }
            Some(Dir::This) => y,
            None => match self.tense(at) {
                Tense::Past => past,
                Tense::Future => next,
                Tense::Unknown => {
                    let back = (am + 12 - m) % 12;
                    let fwd = (m + 12 - am) % 12;
                    if fwd < back {
                        next
                    } else {
                        past
                    }
                }
            },
        };
        DateValue::month(year, m)
    }

    /// Resolves a partial date. Returns the value, whether it needed the anchor, and
    /// a warning when a weekday contradicts the date.
    fn resolve(
        &self,
        pd: Pd,
        dir: Option<Dir>,
        at: usize,
    ) -> Option<(DateValue, bool, Option<String>)> {
        match (pd.y, pd.m, pd.d) {
            (Some(y), Some(m), Some(d)) => {
                let x = date(y, m, d)?;
                Some((DateValue::day(x), pd.rel, self.check_weekday(x, pd.wd)))
            }
            (None, Some(m), Some(d)) => {
                let x = self.infer_year(m, d, pd.wd, dir, at)?;
                Some((DateValue::day(x), true, self.check_weekday(x, pd.wd)))
            }
            (Some(y), Some(m), None) => Some((DateValue::month(y, m)?, pd.rel, None)),
            (None, Some(m), None) => Some((self.infer_month(m, dir, at)?, true, None)),
            (Some(y), None, None) => Some((DateValue::year(y)?, false, None)),
            (None, None, Some(d)) if pd.wd.is_some() => {
                // "Sunday 31", "sexta-feira 13": the nearest month where that day is that weekday.
                let a = self.anchor?;
                let w = pd.wd?;
                let first = date(a.year(), a.month(), 1)?;
                let mut past = None;
                let mut future = None;
                for k in 0..24 {
                    if past.is_none() {
                        past = calendar::add_months(first, -k)
                            .and_then(|m| date(m.year(), m.month(), d))
                            .filter(|x| *x <= a && calendar::weekday(*x) == w);
                    }
                    if future.is_none() {
                        future = calendar::add_months(first, k)
                            .and_then(|m| date(m.year(), m.month(), d))
                            .filter(|x| *x >= a && calendar::weekday(*x) == w);
                    }
                }
                // A weekday with a day is written of the weeks around the article;
                // a month away the writer names the month. The tense chooses only
                // between near candidates: "convocou uma manifestação para
                // sexta-feira (23)" is two days on, not nine months back.
                let near = |x: &NaiveDate| (*x - a).num_days().abs() <= NEAR_DAYS;
                let (near_past, near_future) = (past.filter(near), future.filter(near));
                let (past, future) = if near_past.is_some() || near_future.is_some() {
                    (near_past, near_future)
                } else {
                    (past, future)
                };
                let x = match (dir, self.tense(at)) {
                    (Some(Dir::Past), _) | (None, Tense::Past) => past.or(future)?,
                    (Some(Dir::Next), _) | (None, Tense::Future) => future.or(past)?,
                    _ => match (past, future) {
                        (Some(p), Some(f)) => {
                            if (a - p).num_days() <= (f - a).num_days() {
                                p
                            } else {
                                f
                            }
                        }
                        (p, f) => p.or(f)?,
                    },
                };
                Some((DateValue::day(x), true, None))
            }
            (None, None, Some(d)) => {
                let a = self.anchor?;
                // ("Fizemos uma primeira greve de 12 a 14 de Janeiro. No dia 14, ...":
                // a bare day just after days told with their month, in the same
                // paragraph, is a day of that month, when not before them nor after
                // the anchor; "a 20 de Agosto ... Depois, no dia 6" is the 6th of
                // the month after)
                let named = self.last_named_month.and_then(|(first, end)| {
                    let near = at >= end
                        && at - end <= NAMED_MONTH_REACH
                        && (first.year(), first.month()) != (a.year(), a.month())
                        && !self.text[self.t[end - 1].end..self.t[at].start].contains("\n\n");
                    near.then(|| date(first.year(), first.month(), d))
                        .flatten()
                        .filter(|x| *x >= first && *x <= a)
                });
                if let Some(x) = named {
                    return Some((DateValue::day(x), true, self.check_weekday(x, pd.wd)));
                }
                let this = date(a.year(), a.month(), d);
                let prev = calendar::add_months(a, -1).and_then(|p| date(p.year(), p.month(), d));
                let next = calendar::add_months(a, 1).and_then(|p| date(p.year(), p.month(), d));
                let x = match dir.map(Some).unwrap_or_else(|| match self.tense(at) {
                    Tense::Past => Some(Dir::Past),
                    Tense::Future => Some(Dir::Next),
                    Tense::Unknown => None,
                }) {
                    Some(Dir::Past) => this.filter(|x| *x <= a).or(prev)?,
                    Some(Dir::Next) => this.filter(|x| *x >= a).or(next)?,
                    // No tense: the coming one ("on the 1st", "el día nueve").
                    _ => this.filter(|x| *x >= a).or(next)?,
                };
                Some((DateValue::day(x), true, self.check_weekday(x, pd.wd)))
            }
            _ => None,
        }
    }

    fn check_weekday(&self, x: NaiveDate, wd: Option<u32>) -> Option<String> {
        let w = wd?;
        (calendar::weekday(x) != w).then(|| {
            format!(
                "the text names a {} but {} is a {}",
                WEEKDAYS[w as usize],
                x.format("%Y-%m-%d"),
                WEEKDAYS[calendar::weekday(x) as usize]
            )
        })
    }

    // ---- rules ----

    fn best_at(&self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        // (no reading runs on past a blank line: "Florianópolis, 4 de agosto / / O
        // primeiro ato ..." is not "1 August")
        let crosses_paragraph = |h: &Hit| {
            (h.start + 1..h.end).any(|k| {
                self.t[k].line_before
                    && self.text[self.t[k - 1].end..self.t[k].start]
                        .matches('\n')
                        .count()
                        > 1
            })
        };
        let mut take = |h: Option<Hit>| {
            if let Some(h) = h {
                if h.end > h.start
                    && best.as_ref().is_none_or(|b| h.end > b.end)
                    && !crosses_paragraph(&h)
                {
                    best = Some(h);
                }
            }
        };
        let t = self.t.get(i)?;
        if t.is_num() || matches!(t.punct(), Some('\'' | '’')) {
            take(self.numeric(i));
            take(self.date_rule(i, None));
            take(self.day_range(i));
            take(self.year_rule(i));
            take(self.decade(i));
            take(self.ago(i));
            take(self.weekday_offset(i));
            take(self.quarter(i));
            take(self.day_of_month(i));
            take(self.nth_weekday(i));
            take(self.upcoming(i));
            take(self.weekday_count(i));
            return best;
        }
        if t.lex.is_empty() {
            return None;
        }
        take(self.date_rule(i, None));
        take(self.numeric(i));
        take(self.modified_date(i));
        take(self.day_of_month(i));
        take(self.nth_weekday(i));
        take(self.prefixed_range(i));
        take(self.weekday_range(i));
        take(self.since(i));
        take(self.edge(i));
        take(self.part_of_year(i));
        take(self.quarter(i));
        take(self.decade(i));
        take(self.rel_day(i));
        take(self.weekday_rule(i));
        take(self.unit_rule(i));
        take(self.ago(i));
        take(self.weekday_offset(i));
        take(self.hace(i));
        take(self.in_future(i));
        take(self.next_day(i));
        take(self.that_day(i));
        take(self.month_alone(i));
        take(self.day_alone(i));
        take(self.holiday(i));
        take(self.year_in_words(i));
        if self.lang == Lang::En {
            take(self.upcoming(i));
            take(self.weekday_count(i));
            take(self.after_next(i));
        }
        best
    }

    /// The core of absolute dates: "[weekday,] 3 [of] January [, 2026]",
    /// "[weekday,] January 3[rd][, 2026]", "January 2026", "diciembre de 2022".
    fn date_core(&self, i: usize) -> Option<(usize, Pd)> {
        let mut j = i;
        let mut pd = Pd::default();
        let mut paren = false;
        if let Some((e, w, _)) = self.weekday(j) {
            pd.wd = Some(w);
            j = e;
            if matches!(self.punct(j), Some(',')) || self.punct(j) == Some('-') && self.adjacent(j)
            {
                j += 1;
            }
            if matches!(self.punct(j), Some('(')) {
                paren = true;
                j += 1;
            }
            j = self.skip_articles(j);
        }
        if self.kw(j, Kw::DayWord) && self.day(j + 1).is_some() {
            j += 1;
        }
        let close = |end: usize| {
            if paren && matches!(self.punct(end), Some(')')) {
                end + 1
            } else {
                end
            }
        };
        if let Some((e, d)) = self.day(j) {
            let mut k = e;
            if self.lang == Lang::En && self.unit(k) == Some(Unit::Day) && self.kw(k + 1, Kw::Of) {
                k += 1;
            }
            // "aos 17 dias do mês de novembro", "el día 3 del mes de mayo".
            if self.unit(k) == Some(Unit::Day)
                && self.kw(k + 1, Kw::Of)
                && self.unit(k + 2) == Some(Unit::Month)
                && self.kw(k + 3, Kw::Of)
                && self.month(k + 4).is_some()
            {
                k += 3;
            }
            if self.kw(k, Kw::Of)
                || matches!(self.punct(k), Some('-' | '/' | '.')) && self.adjacent(k)
            {
                k += 1;
            }
            if let Some((e2, m, _)) = self.month(k) {
                let name = self.lang != Lang::En
                    && self.t[k].capital
                    && !self.t[j].is_num()
                    && !(j == 0 || self.is_boundary(j));
                if name {
                    return None;
                }
                pd.d = Some(d);
                pd.m = Some(m);
                let (end, y) = self.year_after(e2);
                pd.y = y;
                if y.is_none() {
                    if let Some((end, y)) = self.rel_year_after(e2) {
                        pd.y = Some(y);
                        pd.rel = true;
                        return Some((end, pd));
                    }
                }
                return Some((close(end), pd));
            }
            // "el 28 de este mes", "the 20th of next month".
            if let Some((end, y, m)) = self.rel_month_after(e) {
                pd.d = Some(d);
                pd.m = Some(m);
                pd.y = Some(y);
                pd.rel = true;
                return Some((end, pd));
            }
            // "9 de 8 de 1971", "el 17 del 11".
            if self.lang != Lang::En && self.kw(e, Kw::Of) {
                if let Some(t) = self.clean_num(e + 1) {
                    if t.digits <= 2 && (1..=12).contains(&t.num) {
                        let (end, y) = self.year_after(e + 2);
                        let word_next = self.t.get(end).is_some_and(|t| t.kind == Kind::Word);
                        if y.is_some() || !word_next {
                            pd.d = Some(d);
                            pd.m = Some(t.num);
                            pd.y = y;
                            return Some((end, pd));
                        }
                    }
                }
            }
            // "Sunday 31", "sexta-feira 13", "martes 6": a weekday and a day.
            let numeric_next = self.adjacent(e)
                && matches!(self.punct(e), Some('/' | '-' | '.'))
                && self.t.get(e + 1).is_some_and(Tok::is_num);
            // "sexta 13", "jue 15", "Sat 14th"; not "sat 3 hours".
            let strong_weekday =
                self.lang != Lang::En || self.weekday(i).is_some_and(|w| w.2) || self.t[i].capital;
            // "deteve no domingo 15 activistas": a number before a plural noun counts
            // people, it is no day
            let counts_people = self.t.get(e).is_some_and(|t| {
                let w = &self.text[t.start..t.end];
                // ("By Sunday, 20 people had been killed")
                if matches!(
                    w,
                    "people" | "men" | "women" | "children" | "police" | "gente"
                ) {
                    return true;
                }
                !t.capital
                    && w.chars().count() >= 5
                    && w.ends_with('s')
                    && w.chars().all(char::is_alphabetic)
                    && !matches!(
                        w,
                        "despues"
                            | "después"
                            | "desde"
                            | "mientras"
                            | "apenas"
                            | "antes"
                            | "durante"
                            | "segundos"
                            | "minutos"
                            | "horas"
                            | "dias"
                            | "días"
                    )
            });
            if pd.wd.is_some()
                && strong_weekday
                && self.t[j].is_num()
                && !self.kw(e, Kw::Of)
                && !numeric_next
                && self.unit(e).is_none()
                && !counts_people
            {
                pd.d = Some(d);
                return Some((close(e), pd));
            }
        }
        if let Some((e, m, full)) = self.month(j) {
            let mut k = e;
            if self.kw(k, Kw::The) {
                k += 1;
            }
            // "Oct/2", "jun-15"
            if matches!(self.punct(k), Some('-' | '/'))
                && self.adjacent(k)
                && self
                    .t
                    .get(k + 1)
                    .is_some_and(|t| t.is_num() && !t.space_before && t.digits <= 2)
            {
                k += 1;
            }
            // "October, 1st": a comma, then a day with its ordinal ending.
            if matches!(self.punct(k), Some(','))
                && self.t.get(k + 1).is_some_and(Tok::is_num)
                && self.day(k + 1).is_some_and(|(e2, _)| e2 > k + 2)
            {
                k += 1;
            }
            // "en junio un ...": an article, not a day.
            let article = self.kw(k, Kw::A);
            if let Some((e2, d)) = self.day(k).filter(|_| !article) {
                // "May 2019" is a month and a year; "May 20 2019" a day.
                pd.m = Some(m);
                pd.d = Some(d);
                let (mut end, y) = self.year_after(e2);
                pd.y = y;
                // "Jul 18, Fri": a weekday after the day.
                if pd.wd.is_none() && matches!(self.punct(end), Some(',')) {
                    if let Some((e3, w, strong)) = self.weekday(end + 1) {
                        if strong || self.t[end + 1].capital {
                            pd.wd = Some(w);
                            end = e3;
                        }
                    }
                }
                return Some((end, pd));
            }
            let mut k = e;
            if matches!(self.punct(k), Some(',')) || self.kw(k, Kw::Of) {
                k += 1;
            }
            if let Some((e2, y)) = self.year(k) {
                pd.m = Some(m);
                pd.y = Some(y);
                return Some((e2, pd));
            }
            if full {
                if let Some((e2, y)) = self.rel_year_after(e) {
                    pd.m = Some(m);
                    pd.y = Some(y);
                    pd.rel = true;
                    return Some((e2, pd));
                }
            }
        }
        None
    }

    /// A year named relative to the anchor after a date: "del año pasado", "of next year".
    fn rel_year_after(&self, e: usize) -> Option<(usize, i32)> {
        let a = self.anchor?;
        if !self.kw(e, Kw::Of) {
            return None;
        }
        let (e2, unit, off) = self.unit_phrase(self.skip_articles(e + 1))?;
        (unit == Unit::Year).then_some((e2, a.year() + off as i32))
    }

    /// A month named relative to the anchor after a day: "de este mes", "of next month".
    fn rel_month_after(&self, e: usize) -> Option<(usize, i32, u32)> {
        let a = self.anchor?;
        if !self.kw(e, Kw::Of) {
            return None;
        }
        let (e2, unit, off) = self.unit_phrase(self.skip_articles(e + 1))?;
        if unit != Unit::Month {
            return None;
        }
        let m = calendar::add_months(a, off as i32)?;
        Some((e2, m.year(), m.month()))
    }

    /// An optional year after a day and month: ", 2026", " de 2022", " 2019".
    fn year_after(&self, e: usize) -> (usize, Option<i32>) {
        let mut k = e;
        if matches!(self.punct(k), Some(',')) {
            k += 1;
        }
        if self.kw(k, Kw::Of) {
            k += 1;
        }
        if self.lang == Lang::En && self.kw(k, Kw::In) {
            if let Some((e3, y)) = self.year(k + 1) {
                return (e3, Some(y));
            }
        }
        if let Some((e3, y)) = self.year(k).or_else(|| self.year_words(k)) {
            return (e3, Some(y));
        }
        // "On 14 June that year", "el 3 de mayo de ese año", "em 5 de março daquele
        // ano": the year last written out
        if let Some(y) = self.last_stated_year {
            if let Some(e3) = self.that_year(k) {
                return (e3, Some(y));
            }
        }
        // "23 de novembro 82", "15 April of 87": a two-digit year before no word.
        if let Some(t) = self.clean_num(k) {
            if t.digits == 2 && self.t.get(k + 1).is_none_or(|n| n.kind != Kind::Word) {
                return (k + 1, Some(pivot_year(t.num, self.anchor)));
            }
        }
        if matches!(self.punct(e), Some('-' | '/' | '.')) && self.adjacent(e) {
            if let Some(t) = self.clean_num(e + 1) {
                if t.digits == 2 && self.adjacent(e + 1) {
                    return (e + 2, Some(pivot_year(t.num, self.anchor)));
                }
            }
        }
        (e, None)
    }

    /// The end of "that year", "the same year", "ese (mismo) año", "aquel año",
    /// "daquele ano", "desse ano", "do mesmo ano" at token `k`.
    fn that_year(&self, k: usize) -> Option<usize> {
        let word = |j: usize| {
            self.t
                .get(j)
                .filter(|t| t.kind == Kind::Word)
                .map(|t| cronica_text::fold(&self.text[t.start..t.end]))
        };
        let phrases: [&[&str]; 12] = [
            &["that", "year"],
            &["the", "same", "year"],
            &["ese", "ano"],
            &["ese", "mismo", "ano"],
            &["aquel", "ano"],
            &["del", "mismo", "ano"],
            &["de", "ese", "ano"],
            &["de", "aquel", "ano"],
            &["daquele", "ano"],
            &["desse", "ano"],
            &["naquele", "ano"],
            &["do", "mesmo", "ano"],
        ];
        phrases.iter().find_map(|ph| {
            ph.iter()
                .enumerate()
                .all(|(n, w)| word(k + n).as_deref() == Some(*w))
                .then_some(k + ph.len())
        })
    }

    /// A date, or a range that starts with one ("3 to 5 January", "January 3-5").
    fn date_rule(&self, i: usize, dir: Option<Dir>) -> Option<Hit> {
        let Some((end, pd)) = self.date_core(i) else {
            // "friday 5/12", "segunda-feira 12/01/2016".
            let (e, w, _) = self.weekday(i)?;
            let j = if matches!(self.punct(e), Some(',' | '(')) {
                e + 1
            } else {
                e
            };
            let mut h = self.numeric_dir(j, dir)?;
            h.start = i;
            if matches!(self.punct(h.end), Some(')')) && matches!(self.punct(e), Some('(')) {
                h.end += 1;
            }
            if h.value.precision == Precision::Day {
                h.warning = self.check_weekday(h.value.start, Some(w));
            }
            return Some(h);
        };
        if let Some((end2, a, b)) = self.range_tail(end, pd, false) {
            if let Some(h) = self.range_hit(i, end2, a, b) {
                return Some(h);
            }
        }

        // "el 16 de febrero pasado", "el 28 de junio próximo".
        let (end, dir) = match self.modifier(end) {
            Some((e, d)) if pd.y.is_none() && dir.is_none() && d != Dir::This => (e, Some(d)),
            _ => (end, dir),
        };
        let (value, relative, warning) = self.resolve(pd, dir, i)?;
        let mut h = Hit::new(i, end, value, relative);
        h.warning = warning;
        Some(h)
    }

    /// "el pasado 15 de diciembre", "next Friday 5/12", "this March 3".
    fn modified_date(&self, i: usize) -> Option<Hit> {
        let (j, dir) = self.modifier(i)?;
        let j = self.skip_articles(j);
        let mut h = self
            .date_rule(j, Some(dir))
            .or_else(|| self.numeric_dir(j, Some(dir)))?;
        if !h.relative {
            return None;
        }
        h.start = i;
        Some(h)
    }

    /// The second half of a range: "- 5", " to 5 January", " al 5 de enero".
    fn range_tail(&self, end: usize, first: Pd, allow_and: bool) -> Option<(usize, Pd, Pd)> {
        let mut k = end;
        let dash = matches!(self.punct(k), Some('-' | '–' | '—'));
        if dash || self.kw(k, Kw::To) || (allow_and && self.kw(k, Kw::And)) {
            k += 1;
        } else {
            return None;
        }
        if dash && matches!(self.punct(k), Some('-')) {
            return None;
        }
        k = self.skip_articles(k);
        if self.kw(k, Kw::DayWord) {
            k += 1;
        }
        // ("DIA 2 – Terça-feira, 16 de novembro": a numbered heading's number, then
        // a day named with its weekday, is no range from the 2nd)
        if dash && first.m.is_none() && first.y.is_none() && self.weekday(k).is_some() {
            return None;
        }
        let (e, mut second) = if let Some((e, pd)) = self.date_core(k) {
            (e, pd)
        } else if let Some((e, y)) = self
            .year(k)
            .filter(|_| first.y.is_some() && first.m.is_none())
        {
            (
                e,
                Pd {
                    y: Some(y),
                    ..Pd::default()
                },
            )
        } else if let Some((e, d)) = self
            .day(k)
            .filter(|_| first.m.is_some() && first.d.is_some())
        {
            if self.month(e).is_some() || self.kw(e, Kw::Of) {
                return None;
            }
            (
                e,
                Pd {
                    d: Some(d),
                    ..Pd::default()
                },
            )
        } else if let Some((e, m, true)) = self
            .month(k)
            .filter(|_| first.m.is_some() && first.d.is_none())
        {
            (
                e,
                Pd {
                    m: Some(m),
                    ..Pd::default()
                },
            )
        } else {
            return None;
        };
        let mut first = first;
        if first.m.is_none() && first.d.is_some() {
            first.m = second.m;
        }
        if first.y.is_none() && first.m.is_some() {
            first.y = second.y;
        }
        if second.m.is_none() && second.d.is_some() {
            second.m = first.m;
        }
        if second.y.is_none() && second.m.is_some() {
            second.y = first.y;
        }
        if first.m.is_none() && first.y.is_none() {
            return None;
        }
        Some((e, first, second))
    }

    fn range_hit(&self, start: usize, end: usize, a: Pd, b: Pd) -> Option<Hit> {
        let (va, ra, _) = self.resolve(a, None, start)?;
        let (vb, rb, _) = self.resolve(b, None, start)?;
        if va.start > vb.end {
            // "December 28 - January 3" without years: the first is in the year before.
            if a.y.is_none() && b.y.is_none() && a.m > b.m {
                let prev = DateValue::range(
                    date(vb.end.year() - 1, va.start.month(), va.start.day())?,
                    vb.end,
                );
                return Some(Hit::new(start, end, prev, true));
            }
            return None;
        }
        Some(Hit::new(
            start,
            end,
            DateValue::range(va.start, vb.end),
            ra || rb,
        ))
    }

    /// "3-5 January 2026", "18 y 19 de junio", "de 3 a 5 de janeiro".
    fn day_range(&self, i: usize) -> Option<Hit> {
        let (e, d) = self.day(i)?;
        let first = Pd {
            d: Some(d),
            ..Pd::default()
        };
        let allow_and = true;
        let (end, a, b) = self.range_tail(e, first, allow_and)?;
        b.d?;
        self.range_hit(i, end, a, b)
    }

    /// Two weekdays of one week: "from Monday to Wednesday", "de segunda a
    /// quarta-feira", "del lunes al miércoles", "entre martes y jueves".
    fn weekday_range(&self, i: usize) -> Option<Hit> {
        let between = self.kw(i, Kw::Between);
        // ("stopped work on Wednesday and Thursday", "el miércoles y el jueves":
        // two days running, joined by "and", are the two days)
        let on = self.kw(i, Kw::On);
        if !between && !on && !self.kw(i, Kw::From) {
            return None;
        }
        let j = self.skip_articles(i + 1);
        let (k, w1, _) = self.weekday(j)?;
        if !(self.kw(k, Kw::To) || (between || on) && self.kw(k, Kw::And)) {
            return None;
        }
        let l = self.skip_articles(k + 1);
        let (end, w2, _) = self.weekday(l)?;
        let days = (i64::from(w2) - i64::from(w1)).rem_euclid(7);
        if days == 0 || on && days != 1 {
            return None;
        }
        // the week is the one either day names on its own ("quarta-feira" after
        // a weak "segunda")
        let (start, warning) = if let Some(h) = self.weekday_rule(j) {
            (h.value.start, h.warning)
        } else {
            let h = self.weekday_rule(l)?;
            (h.value.start - Duration::days(days), h.warning)
        };
        let mut h = Hit::new(
            i,
            end,
            DateValue::range(start, start + Duration::days(days)),
            true,
        );
        h.warning = warning;
        Some(h)
    }

    /// "between X and Y", "from X to Y", "entre X y Y", "del X al Y", "de X a Y".
    fn prefixed_range(&self, i: usize) -> Option<Hit> {
        let between = self.kw(i, Kw::Between);
        if !between && !self.kw(i, Kw::From) && !self.kw(i, Kw::Since) {
            return None;
        }
        let mut j = self.skip_articles(i + 1);
        if self.kw(j, Kw::DayWord) || self.unit(j) == Some(Unit::Day) {
            j += 1;
        }
        let (e, first) = if let Some(x) = self.date_core(j) {
            x
        } else if let Some((e, y)) = self.year(j) {
            (
                e,
                Pd {
                    y: Some(y),
                    ..Pd::default()
                },
            )
        } else if let Some((e, d)) = self.day(j) {
            (
                e,
                Pd {
                    d: Some(d),
                    ..Pd::default()
                },
            )
        } else if let Some((e, m, true)) = self.month(j) {
            (
                e,
                Pd {
                    m: Some(m),
                    ..Pd::default()
                },
            )
        } else {
            return None;
        };
        let (end, a, b) = self.range_tail(e, first, between)?;
        self.range_hit(i, end, a, b)
    }

    /// "since 15 December", "desde ayer", "desde 2019": from X to the anchor.
    fn since(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::Since) {
            return None;
        }
        let mut j = self.skip_articles(i + 1);
        if self.kw(j, Kw::DayWord) && self.day(j + 1).is_some() {
            j += 1;
        }
        // ("since early on Monday", "desde la madrugada del lunes": the part of the
        // day is the day's)
        if (self.kw(j, Kw::Early) || self.kw(j, Kw::Late)) && self.kw(j + 1, Kw::On) {
            j += 2;
        }
        let mut inner = self.best_at(j)?;
        if let Some(a) = self.anchor {
            // "desde septiembre": the September before the anchor.
            let month_name = self.month(j).is_some() && inner.relative;
            // "desde el lunes", "since Monday": the last one, not the next
            let weekday = self.weekday(j).is_some() && inner.relative;
            if weekday && inner.value.start > a {
                let back = Duration::days(7);
                inner.value = DateValue {
                    start: inner.value.start - back,
                    end: inner.value.end - back,
                    precision: inner.value.precision,
                };
            }
            if month_name && inner.value.start > a {
                let s = calendar::add_months(inner.value.start, -12)?;
                let e = calendar::add_months(inner.value.end, -12)?;
                inner.value = DateValue {
                    start: s,
                    end: e,
                    precision: inner.value.precision,
                };
            }
        }
        let mut h = inner.clone();
        h.start = i;
        // "desde hoy hasta el viernes", "since Monday until Friday".
        if self.kw(inner.end, Kw::To) {
            let k = self.skip_articles(inner.end + 1);
            let to = self.best_at(k).or_else(|| {
                let day_word =
                    self.kw(k, Kw::DayWord) && self.t.get(k + 1).is_some_and(Tok::is_num);
                if day_word {
                    self.best_at(k + 1)
                } else {
                    None
                }
            });
            if let Some(to) = to {
                if to.value.end >= inner.value.start {
                    h.end = to.end;
                    h.value = DateValue::range(inner.value.start, to.value.end);
                    h.relative = inner.relative || to.relative;
                    return Some(h);
                }
            }
        }
        if let Some(a) = self.anchor {
            if inner.value.start < a && inner.value.end < a {
                h.value = DateValue::range(inner.value.start, a);
                h.relative = true;
            }
        }
        Some(h)
    }

    /// "in mid-December", "early 2023", "a finales de mayo", "em meados de 2020",
    /// "the end of last year", "no início do mês".
    fn edge(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let part = if self.kw(j, Kw::Mid) {
            Kw::Mid
        } else if self.kw(j, Kw::Early) {
            Kw::Early
        } else if self.kw(j, Kw::Late) {
            Kw::Late
        } else {
            return None;
        };
        if self.kw(j, Kw::End) && self.kw(j + 1, Kw::Of) && self.unit(j + 2) == Some(Unit::Week) {
            return None;
        }
        // "a principios de", "no início de", "the end of": the noun needs "of";
        // "early", "late" and "mid" do not.
        let adjective =
            self.lang == Lang::En && ["early", "late", "mid"].iter().any(|w| self.word_is(j, w));
        if !adjective && !self.kw(j + 1, Kw::Of) {
            return None;
        }
        j += 1;
        if matches!(self.punct(j), Some('-')) {
            j += 1;
        }
        if self.kw(j, Kw::Of) {
            j += 1;
        }
        j = self.skip_articles(j);
        let inner = match self.best_at(j) {
            Some(h) => h,
            // "mid-December": a month name right after the word.
            None => {
                let (e, m, true) = self.month(j)? else {
                    return None;
                };
                let (v, rel, _) = self.resolve(
                    Pd {
                        m: Some(m),
                        ..Pd::default()
                    },
                    None,
                    j,
                )?;
                Hit::new(j, e, v, rel)
            }
        };
        let value = third(&inner.value, part)?;
        Some(Hit {
            start: i,
            end: inner.end,
            value,
            relative: inner.relative,
            warning: None,
        })
    }

    /// "the first half of 2023", "el primer semestre de 2022", "o segundo semestre do ano passado".
    fn part_of_year(&self, i: usize) -> Option<Hit> {
        // "the first month of 2013", "o último mês de 2013".
        if self.unit(i + 1) == Some(Unit::Month) {
            let n = if self.kw(i, Kw::Last) {
                12
            } else {
                self.t[i].lex.iter().find_map(|l| match l {
                    Lex::Ord(n) => Some(*n),
                    _ => None,
                })?
            };
            let k = if self.kw(i + 2, Kw::Of) || self.kw(i + 2, Kw::In) {
                i + 3
            } else {
                i + 2
            };
            let (e, y) = self.year(k)?;
            return Some(Hit::new(i, e, DateValue::month(y, n)?, false));
        }
        let n = self.t[i].lex.iter().find_map(|l| match l {
            Lex::Ord(n) if *n <= 4 => Some(*n),
            _ => None,
        })?;
        let j = i + 1;
        let halves = if self.kw(j, Kw::Half) {
            2
        } else if self.kw(j, Kw::Quarter) {
            4
        } else {
            return None;
        };
        if n > halves {
            return None;
        }
        let k = self.skip_articles(if self.kw(j + 1, Kw::Of) || self.kw(j + 1, Kw::In) {
            j + 2
        } else {
            j + 1
        });
        let inner = self.best_at(k)?;
        if inner.value.precision != Precision::Year {
            return None;
        }
        let y = inner.value.start.year();
        let months = 12 / halves;
        let m0 = (n - 1) * months + 1;
        let s = date(y, m0, 1)?;
        let e = calendar::last_day(y, m0 + months - 1)?;
        Some(Hit::new(
            i,
            inner.end,
            DateValue::range(s, e),
            inner.relative,
        ))
    }

    /// "Q1 2023", "Q3 of 2022".
    fn quarter(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::Q) {
            return None;
        }
        let t = self
            .t
            .get(i + 1)
            .filter(|t| t.is_num() && !t.space_before && (1..=4).contains(&t.num))?;
        let mut k = i + 2;
        if self.kw(k, Kw::Of) || matches!(self.punct(k), Some(',')) {
            k += 1;
        }
        let (e, y) = self.year(k)?;
        let m0 = (t.num - 1) * 3 + 1;
        let s = date(y, m0, 1)?;
        let end = calendar::last_day(y, m0 + 2)?;
        Some(Hit::new(i, e, DateValue::range(s, end), false))
    }

    /// "the 1990s", "the '90s", "los años 90", "a década de 1980".
    fn decade(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        let (start, y, end) = if t.is_num() {
            if t.digits == 4
                && t.num.is_multiple_of(10)
                && self.adjacent(i + 1)
                && self.kw(i + 1, Kw::S)
            {
                (i, t.num as i32, i + 2)
            } else {
                return None;
            }
        } else if matches!(t.punct(), Some('\'' | '’')) {
            let n = self.t.get(i + 1).filter(|n| {
                n.is_num() && n.digits == 2 && n.num.is_multiple_of(10) && !n.space_before
            })?;
            if !(self.adjacent(i + 2) && self.kw(i + 2, Kw::S)) {
                return None;
            }
            (i, 1900 + n.num as i32, i + 3)
        } else if self.lang != Lang::En
            && (self.unit(i) == Some(Unit::Year) || self.kw(i, Kw::Decade))
        {
            let plural = self.kw(i, Kw::Decade) || i > 0 && self.kw(i - 1, Kw::The);
            if !plural {
                return None;
            }
            let mut k = i + 1;
            if self.kw(k, Kw::Of) {
                k += 1;
            }
            let n = self.clean_num(k)?;
            if n.num % 10 != 0 {
                return None;
            }
            let y = match n.digits {
                2 => 1900 + n.num as i32,
                4 => n.num as i32,
                _ => return None,
            };
            (i, y, k + 1)
        } else {
            return None;
        };
        let s = date(y, 1, 1)?;
        let e = date(y + 9, 12, 31)?;
        Some(Hit::new(start, end, DateValue::range(s, e), false))
    }

    /// A year with a preposition before it: "in 2019", "en 2019", "desde 2020", or on its own line.
    fn year_rule(&self, i: usize) -> Option<Hit> {
        let (e, y) = self.year(i)?;
        // "nº 1708", "Lei no 1999": "número", not "in the".
        if i > 0 && self.lang == Lang::Pt {
            let p = &self.t[i - 1];
            let w = &self.text[p.start..p.end];
            if w.ends_with('º')
                || w.ends_with('°')
                || w.eq_ignore_ascii_case("no")
                || w.eq_ignore_ascii_case("n")
            {
                return None;
            }
        }
        if let Some((end, _, b)) = self.range_tail(
            e,
            Pd {
                y: Some(y),
                ..Pd::default()
            },
            false,
        ) {
            if let (Some(y2), None) = (b.y, b.m) {
                if y2 > y && self.adjacent(e) {
                    return Some(Hit::new(
                        i,
                        end,
                        DateValue::range(date(y, 1, 1)?, date(y2, 12, 31)?),
                        false,
                    ));
                }
            }
        }
        let ok = if i == 0 {
            true
        } else {
            let p = i - 1;
            self.t[p].line_before && self.is_boundary(e)
                || self.kw(p, Kw::In)
                || self.kw(p, Kw::Since)
                || self.kw(p, Kw::Of)
                || self.kw(p, Kw::From)
                || self.kw(p, Kw::To)
                || self.kw(p, Kw::Between)
                || self.kw(p, Kw::The)
                || self.kw(p, Kw::On)
                || self.unit(p) == Some(Unit::Year)
                || (self.kw(p, Kw::And) && p > 0 && self.year(p - 1).is_some())
                || matches!(self.punct(p), Some('(' | '['))
                || self.names_a_year(p, e, y)
                || self.year_before_noun(p, e, y)
        };
        if !ok {
            return None;
        }
        Some(Hit::new(i, e, DateValue::year(y)?, false))
    }

    /// Whether a year between "a" and a lower-case noun qualifies that noun: "a 2016
    /// ruling", "a 1998 study" (English; a count is "some 2000 people", not "a").
    fn year_before_noun(&self, p: usize, e: usize, y: i32) -> bool {
        let recent = self.anchor.is_none_or(|a| y <= a.year() + 1) && y >= 1900;
        let noun = self.t.get(e).is_some_and(|t| {
            t.kind == Kind::Word
                && self.text[t.start..t.end]
                    .chars()
                    .all(|c| c.is_ascii_lowercase())
                && !matches!(
                    &self.text[t.start..t.end],
                    "people"
                        | "km"
                        | "kilometres"
                        | "kilometers"
                        | "miles"
                        | "metres"
                        | "meters"
                        | "feet"
                        | "tons"
                        | "tonnes"
                        | "dollars"
                        | "euros"
                        | "times"
                        | "years"
                )
        });
        self.lang == Lang::En && recent && noun && (self.word_is(p, "a") || self.word_is(p, "an"))
    }

    /// Whether a year with no preposition before it is still a year: after a season
    /// word ("la temporada 2011", "the 2019 season" is read by the article), or
    /// closing a capitalised name ("Eurovisión 2004", "Apertura 2010 ,", "Tour de
    /// Francia 1997 .") when nothing but punctuation or a preposition follows, so
    /// that "Windows 2000 Server" or "Over 2000 people" stay numbers.
    fn names_a_year(&self, p: usize, e: usize, y: i32) -> bool {
        const SEASONS: [&str; 9] = [
            "temporada",
            "campaña",
            "campanha",
            "edición",
            "edição",
            "season",
            "edition",
            "zafra",
            "safra",
        ];
        let t = &self.t[p];
        if t.kind != Kind::Word {
            return false;
        }
        let w = self.text[t.start..t.end].to_lowercase();
        if SEASONS.contains(&w.as_str()) {
            return true;
        }
        let sentence_start = p == 0
            || t.line_before
            || matches!(
                self.t[p - 1].punct(),
                Some('.' | '!' | '?' | ';' | ':' | '"' | '“' | '(')
            );
        let closes = self.t.get(e).is_none_or(|n| {
            n.line_before
                || matches!(n.kind, Kind::Punct(c) if matches!(c, '.' | ',' | ';' | ')' | ':'))
                || [Kw::In, Kw::Of, Kw::And, Kw::On, Kw::From, Kw::To]
                    .iter()
                    .any(|k| n.lex.contains(&Lex::Kw(*k)))
        });
        t.capital && !sentence_start && (1850..=2100).contains(&y) && closes
    }

    /// Numeric dates: "2023-01-31", "12/11/2019", "31-Oct-74", "2/15".
    fn numeric(&self, i: usize) -> Option<Hit> {
        self.numeric_dir(i, None)
    }

    /// "20161016", "report-20170302.html": eight digits that make a valid day
    /// between 1900 and 2099, not part of a longer number.
    fn compact_date(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        if t.digits != 8 {
            return None;
        }
        let glued_num = |k: usize| {
            self.t.get(k).is_some_and(|n| n.is_num())
                || matches!(self.punct(k), Some('.' | ',' | '/'))
                    && self
                        .t
                        .get(k + 1)
                        .is_some_and(|n| n.is_num() && !n.space_before)
        };
        if self.adjacent(i + 1) && glued_num(i + 1)
            || i > 0 && !t.space_before && glued_num(i - 1)
            || i > 1 && !t.space_before && self.punct(i - 1).is_some() && self.t[i - 2].is_num()
        {
            return None;
        }
        let n = t.num;
        let y = (n / 10_000) as i32;
        if !(1900..2100).contains(&y) {
            return None;
        }
        let x = date(y, n / 100 % 100, n % 100)?;
        Some(Hit::new(i, i + 1, DateValue::day(x), false))
    }

    fn numeric_dir(&self, i: usize, dir: Option<Dir>) -> Option<Hit> {
        if !self.t.get(i)?.is_num() && self.month(i).is_none() {
            return None;
        }
        if i > 1
            && self.adjacent(i)
            && matches!(self.punct(i - 1), Some('/' | '-' | '.'))
            && self.t[i - 2].is_num()
        {
            return None;
        }
        if let Some(h) = self.compact_date(i) {
            return Some(h);
        }
        // Collect parts separated by one separator.
        let mut parts: Vec<(usize, bool)> = vec![(i, self.t[i].is_num())];
        let mut sep = None;
        let mut k = i + 1;
        // ("1º/6 (terça) · Teresina": the first of the month with its ordinal mark)
        if self.t[i].is_num()
            && self.adjacent(k)
            && (self
                .t
                .get(k)
                .is_some_and(|t| t.lex.contains(&Lex::OrdSuffix))
                || matches!(self.punct(k), Some('°' | 'º')))
            && matches!(self.punct(k + 1), Some('/'))
        {
            k += 1;
        }
        while parts.len() < 3 {
            let Some(c) = self.punct(k) else { break };
            if !matches!(c, '/' | '-' | '.') || sep.is_some_and(|s| s != c) {
                break;
            }
            let spaced = !self.adjacent(k) || !self.adjacent(k + 1);
            if spaced && c != '/' {
                break;
            }
            let Some(n) = self.t.get(k + 1) else { break };
            if n.is_num() {
                parts.push((k + 1, true));
            } else if self.month(k + 1).is_some() {
                parts.push((k + 1, false));
            } else {
                break;
            }
            sep = Some(c);
            k += 2;
        }
        let end = parts.last()?.0 + 1;
        let sep = sep?;
        // Part of a longer number sequence (a phone number, a version).
        if self.adjacent(end)
            && matches!(self.punct(end), Some('/' | '-' | '.'))
            && self
                .t
                .get(end + 1)
                .is_some_and(|t| t.is_num() && !t.space_before)
        {
            return None;
        }
        if self.adjacent(end)
            && self
                .t
                .get(end)
                .is_some_and(|t| t.is_num() || t.kind == Kind::Word && t.lex.is_empty())
        {
            return None;
        }
        let words = parts.iter().filter(|p| !p.1).count();
        if words > 1 {
            return None;
        }
        let val = |p: (usize, bool)| -> Option<u32> {
            if p.1 {
                Some(self.t[p.0].num)
            } else {
                self.month(p.0).map(|x| x.1)
            }
        };
        let digits = |p: (usize, bool)| if p.1 { self.t[p.0].digits } else { 0 };
        let pd = if parts.len() == 3 {
            let (a, b, c) = (parts[0], parts[1], parts[2]);
            let (va, vb, vc) = (val(a)?, val(b)?, val(c)?);
            let year_of = |v: u32, d: u8| -> Option<i32> {
                match d {
                    4 => Some(v as i32),
                    2 => Some(pivot_year(v, self.anchor)),
                    _ => None,
                }
            };
            if words == 1 {
                // One part is a month name: the others are a year and a day.
                let mi = [a, b, c].iter().position(|p| !p.1)?;
                let others: Vec<(u32, u8)> = [a, b, c]
                    .iter()
                    .filter(|p| p.1)
                    .map(|p| (self.t[p.0].num, self.t[p.0].digits))
                    .collect();
                let m = [va, vb, vc][mi];
                let (yi, di) = if others[0].1 == 4 || others[0].0 > 31 {
                    (0, 1)
                } else if others[1].1 == 4 || others[1].0 > 31 || mi == 1 {
                    (1, 0)
                } else {
                    return None;
                };
                Pd {
                    y: year_of(others[yi].0, others[yi].1),
                    m: Some(m),
                    d: Some(others[di].0),
                    wd: None,
                    rel: false,
                }
            } else if digits(a) == 4 {
                Pd {
                    y: Some(va as i32),
                    m: Some(vb),
                    d: Some(vc),
                    wd: None,
                    rel: false,
                }
            } else {
                let y = year_of(vc, digits(c))?;
                if digits(a) > 2 || digits(b) > 2 {
                    return None;
                }
                // (written with points, "10.06.2027", a day comes first in English
                // too: the month-first order is written with slashes)
                let (m, d) = if self.lang == Lang::En && sep != '.' {
                    if va > 12 {
                        (vb, va)
                    } else {
                        (va, vb)
                    }
                } else if vb > 12 {
                    (va, vb)
                } else {
                    (vb, va)
                };
                Pd {
                    y: Some(y),
                    m: Some(m),
                    d: Some(d),
                    wd: None,
                    rel: false,
                }
            }
        } else {
            let (a, b) = (parts[0], parts[1]);
            if words == 1 {
                return None;
            }
            let (va, vb) = (val(a)?, val(b)?);
            // "2014-10", "2014/10": a year and a month, but not a span of years
            // ("2010-11", "2003/04", "2019/20").
            if digits(a) == 4
                && digits(b) == 2
                && (1..=12).contains(&vb)
                && (vb <= va % 100 || vb < 10 && vb != (va + 1) % 100)
                && (1000..2100).contains(&va)
                && sep != '.'
            {
                let h = Hit::new(i, end, DateValue::month(va as i32, vb)?, false);
                return Some(h);
            }
            if sep != '/' {
                return None;
            }
            if digits(a) <= 2 && digits(b) == 4 {
                // "em 4/2016", but not "Contrato 4/2016" (a number).
                let named = i > 0 && self.t[i - 1].kind == Kind::Word && {
                    let p = i - 1;
                    ![Kw::In, Kw::Of, Kw::Since, Kw::To, Kw::From, Kw::On, Kw::The]
                        .iter()
                        .any(|k| self.kw(p, *k))
                };
                if !(1..=12).contains(&va) || named {
                    return None;
                }
                Pd {
                    y: Some(vb as i32),
                    m: Some(va),
                    d: None,
                    wd: None,
                    rel: false,
                }
            } else if digits(a) <= 2 && digits(b) <= 2 {
                // "on 2/15", "el 12/5", "dia 17/11"; not "1/2 of the votes" or "24/7".
                // ("9/14 · 07:52": the ninth post of a thread of fourteen, which
                // numbers its posts "1/14", "2/14", ... at the start of lines)
                if self.numbers_a_post(i, vb) {
                    return None;
                }
                let cue = i == 0 && end == self.t.len()
                    || i > 0
                        && ([Kw::On, Kw::In, Kw::Of, Kw::Since, Kw::To, Kw::From, Kw::The, Kw::DayWord]
                            .iter()
                            .any(|k| self.kw(i - 1, *k))
                            || self.weekday(i - 1).is_some()
                            || self.modifier(i - 1).is_some()
                            || self.is_boundary(i)
                            || matches!(self.punct(i - 1), Some('?' | '!' | '.' | ':' | '(' | '¿'))
                            // ("• 20/09 — Moradores cortam a estrada": a chronology's
                            // entry opens its line with its day after a bullet)
                            || matches!(self.punct(i - 1), Some('•' | '·' | '*' | '-' | '–' | '—'))
                                && (i == 1 || self.t[i - 1].line_before)
                            // a list: "11/20, 11/22 or 11/25"
                            || (matches!(self.punct(i - 1), Some(',')) || self.kw(i - 1, Kw::And))
                                && i > 1
                                && self.t[i - 2].is_num());
                // ("24/5 (segunda) · Teresina · 18h": its weekday after it, when the
                // day falls on it; not "3/4 (quinta parte)")
                let weekday_after = self.weekday(end).or_else(|| {
                    matches!(self.punct(end), Some('(' | ','))
                        .then(|| self.weekday(end + 1))
                        .flatten()
                });
                let falls_on = |m: u32, d: u32| {
                    weekday_after.is_some_and(|(_, w, _)| {
                        self.infer_year(m, d, None, dir, i)
                            .is_some_and(|x| calendar::weekday(x) == w)
                    })
                };
                let (pm, pdd) = if self.lang == Lang::En && va <= 12 || vb > 12 {
                    (va, vb)
                } else {
                    (vb, va)
                };
                if !cue && !falls_on(pm, pdd) {
                    return None;
                }
                // (written with points, "10.06.2027", a day comes first in English
                // too: the month-first order is written with slashes)
                let (m, d) = if self.lang == Lang::En && sep != '.' {
                    if va > 12 {
                        (vb, va)
                    } else {
                        (va, vb)
                    }
                } else if vb > 12 {
                    (va, vb)
                } else {
                    (vb, va)
                };
                if d == 0 || m == 0 || m > 12 {
                    return None;
                }
                Pd {
                    y: None,
                    m: Some(m),
                    d: Some(d),
                    wd: None,
                    rel: false,
                }
            } else {
                return None;
            }
        };
        if pd.m.is_some_and(|m| !(1..=12).contains(&m)) {
            return None;
        }
        let (value, relative, warning) = self.resolve(pd, dir, i)?;
        let mut h = Hit::new(i, end, value, relative);
        h.warning = warning;
        Some(h)
    }

    /// "yesterday", "ayer domingo", "anteontem", "the day before yesterday",
    /// "pasado mañana", "esta noche", "this morning".
    fn rel_day(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let (n, end) = if let Some(n) = self.rel_word(i) {
            if self.lang == Lang::Es && n == 1 && i > 0 {
                // "la mañana", "por la mañana", "esta mañana".
                if self.kw(i - 1, Kw::This) {
                    return Some(Hit::new(i - 1, i + 1, DateValue::day(a), true));
                }
                if self.kw(i - 1, Kw::The) || self.kw(i - 1, Kw::A) {
                    return None;
                }
            }
            // "hoy en día", "hoje em dia": nowadays.
            if n == 0
                && (self.unit(i + 1) == Some(Unit::Day)
                    || self.kw(i + 1, Kw::In) && self.unit(i + 2) == Some(Unit::Day))
            {
                return None;
            }
            (n, i + 1)
        } else if self.kw(i, Kw::The) && self.unit(i + 1) == Some(Unit::Day) {
            // the day before yesterday / the day after tomorrow
            let k = i + 2;
            match (
                self.kw(k, Kw::Before),
                self.kw(k, Kw::After),
                self.rel_word(k + 1),
            ) {
                (true, _, Some(-1)) => (-2, k + 2),
                (_, true, Some(1)) => (2, k + 2),
                _ => return None,
            }
        } else if self.kw(i, Kw::Last) && self.rel_word(i + 1) == Some(1) {
            (2, i + 2)
        } else if (self.kw(i, Kw::After) || self.kw(i, Kw::Before)) && self.kw(i + 1, Kw::Of) {
            match (self.kw(i, Kw::After), self.rel_word(i + 2)) {
                (true, Some(1)) => (2, i + 3),
                (false, Some(-1)) => (-2, i + 3),
                _ => return None,
            }
        } else if self.kw(i, Kw::This) && self.kw(i + 1, Kw::Moment) && self.lang != Lang::En
            || self.kw(i, Kw::At) && self.kw(i + 1, Kw::This) && self.kw(i + 2, Kw::Moment)
        {
            (0, if self.kw(i, Kw::At) { i + 3 } else { i + 2 })
        } else if self.kw(i, Kw::Last) && self.kw(i + 1, Kw::Night) {
            (-1, i + 2)
        } else if self.kw(i, Kw::This)
            && (self.kw(i + 1, Kw::Night) || self.kw(i + 1, Kw::PartOfDay))
        {
            (0, i + 2)
        } else {
            return None;
        };
        let day = a + Duration::days(i64::from(n));
        let mut h = Hit::new(i, end, DateValue::day(day), true);
        // "yesterday, Sunday", "ayer domingo", "ontem (domingo)".
        let mut k = end;
        if matches!(self.punct(k), Some(',' | '(')) {
            k += 1;
        }
        if let Some((e, w, strong)) = self.weekday(k) {
            if strong {
                let mut e = e;
                if let Some((e2, pd)) = self.date_core(k) {
                    if pd.d.is_some() {
                        e = e2;
                    }
                }
                if matches!(self.punct(e), Some(')')) && matches!(self.punct(end), Some('(')) {
                    e += 1;
                }
                h.end = e;
                if calendar::weekday(day) != w {
                    // The named weekday nearest the relative day.
                    let before = calendar::on_or_before(day, w);
                    let after = calendar::on_or_after(day, w);
                    let other = if day - before <= after - day {
                        before
                    } else {
                        after
                    };
                    h.value = DateValue::range(day.min(other), day.max(other));
                    h.warning = Some(format!(
                        "the text says {} but {} is a {}",
                        WEEKDAYS[w as usize],
                        day.format("%Y-%m-%d"),
                        WEEKDAYS[calendar::weekday(day) as usize]
                    ));
                }
            }
        }
        Some(h)
    }

    /// Weekdays: "on Monday", "last Tuesday", "el martes pasado", "na última
    /// segunda-feira", "wednesday of next week", "el lunes de esta semana".
    fn weekday_rule(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let mut j = i;
        let mut dir = None;
        // "this past Wednesday", "este pasado miércoles", "past Wednesday": the latest
        // one; "this upcoming Friday", "este próximo viernes": the coming one.
        let mut near: Option<Dir> = None;
        if self.kw(i, Kw::This) && self.kw(i + 1, Kw::Next) {
            near = Some(Dir::Next);
            j = i + 2;
        } else if self.kw(i, Kw::This) && self.kw(i + 1, Kw::Last) {
            near = Some(Dir::Past);
            j = i + 2;
        } else if self.lang == Lang::En && self.word_is(i, "past") {
            near = Some(Dir::Past);
            j = i + 1;
        } else if let Some((e, d)) = self.modifier(j) {
            dir = Some(d);
            j = self.skip_articles(e);
        }
        // The modifier stands before the weekday ("last Monday", "el pasado lunes").
        let pre = dir.is_some();
        if let Some(n) = near {
            let (end, w, _) = self.weekday(j)?;
            let day = if n == Dir::Past {
                calendar::before(a, w)
            } else {
                calendar::after(a, w)
            };
            return Some(Hit::new(i, end, DateValue::day(day), true));
        }
        let (mut end, w, strong) = self.weekday(j)?;
        // "el lunes siguiente", "na segunda-feira seguinte", "the following Monday",
        // after a day the text told: the first such weekday after that day, not
        // after the article's
        let following = pre && self.kw(i, Kw::Following) || self.kw(end, Kw::Following);
        if let Some(told) = self.last_day.filter(|_| following) {
            let e = if self.kw(end, Kw::Following) {
                end + 1
            } else {
                end
            };
            return Some(Hit::new(
                i,
                e,
                DateValue::day(calendar::after(told, w)),
                true,
            ));
        }
        // Post-modifiers: "el martes pasado", "segunda que vem", "tuesday next week".
        let mut week: Option<i64> = None;
        let mut k = end;
        if matches!(self.punct(k), Some(','))
            && self.unit_phrase(k + 1).is_some_and(|x| x.1 == Unit::Week)
        {
            k += 1;
        }
        let mut kk = k;
        if self.kw(kk, Kw::Of) || self.kw(kk, Kw::From) || self.kw(kk, Kw::In) {
            kk = self.skip_articles(kk + 1);
        }
        if let Some((e, unit, off)) = self.unit_phrase(kk) {
            if unit == Unit::Week {
                week = Some(off);
                end = e;
            }
        }
        if week.is_none() && matches!(dir, None | Some(Dir::This)) {
            if let Some((e, d)) = self.modifier(end) {
                if d != Dir::This {
                    // "este miércoles pasado": the latest one.
                    if dir.is_some() {
                        let day = if d == Dir::Past {
                            calendar::before(a, w)
                        } else {
                            calendar::after(a, w)
                        };
                        return Some(Hit::new(i, e, DateValue::day(day), true));
                    }
                    dir = Some(d);
                    end = e;
                }
            }
        }
        if !strong {
            // ("na noite de terça", "na manhã de quarta": a part of the day of it)
            let part_of_day = i > 1
                && self.kw(i - 1, Kw::Of)
                && [
                    "noite",
                    "manha",
                    "manhã",
                    "tarde",
                    "madrugada",
                    "noche",
                    "mañana",
                    "manana",
                ]
                .iter()
                .any(|w| self.word_is(i - 2, w));
            let cue_before = i > 0
                && (self.kw(i - 1, Kw::On)
                    || self.kw(i - 1, Kw::The)
                    || self.kw(i - 1, Kw::In)
                    || part_of_day);
            let alone = self.t.len() <= end - i + 1;
            let next_ok = self.t.get(end).is_none_or(|t| {
                t.kind != Kind::Word
                    || t.lex.iter().any(|l| {
                        matches!(
                            l,
                            Lex::Kw(Kw::DayWord | Kw::And | Kw::Of)
                                | Lex::WeekdayWeak(_)
                                | Lex::Weekday(_)
                        )
                    })
            });
            // "na terça, qua, qui ou sexta": a list of weekdays.
            let mut p = i;
            while p > 0 && (matches!(self.punct(p - 1), Some(',' | '.')) || self.kw(p - 1, Kw::And))
            {
                p -= 1;
            }
            let in_list = p < i && p > 0 && self.weekday(p - 1).is_some()
                || p > 1 && self.punct(p - 1) == Some('.') && self.weekday(p - 2).is_some();
            // ("Quarta, 21/4": a day and month in figures after it make it a weekday)
            let dated = {
                let k = if matches!(self.punct(end), Some(',')) {
                    end + 1
                } else {
                    end
                };
                self.day_slash_month(k).is_some()
            };
            if !(dir.is_some()
                || week.is_some()
                || alone
                || in_list
                || dated
                || cue_before && next_ok)
            {
                return None;
            }
        }
        let day = if let Some(off) = week {
            calendar::week_start(a) + Duration::days(7 * off + i64::from(w))
        } else {
            let week_of =
                |weeks: i64| calendar::week_start(a) + Duration::days(7 * weeks + i64::from(w));
            match dir {
                // News Spanish and Portuguese put the modifier first for the latest
                // one: "el pasado miércoles", "na última segunda-feira".
                Some(Dir::Past) if pre && self.lang != Lang::En => calendar::before(a, w),
                // "el miércoles pasado", "o sábado passado": the latest one, but not
                // yesterday, which has its own word ("ayer", "ontem").
                Some(Dir::Past) if self.lang != Lang::En => {
                    calendar::before(a - Duration::days(1), w)
                }
                // "el próximo viernes", "a quarta que vem": the coming one, but not
                // tomorrow ("mañana", "amanhã").
                Some(Dir::Next) if self.lang != Lang::En => {
                    calendar::after(a + Duration::days(1), w)
                }
                // "last Wednesday", "previous Monday": the one of the week before (weeks
                // start on Monday; on a Thursday, "last Wednesday" is eight days back,
                // yesterday being "Wednesday").
                Some(Dir::Past) => week_of(-1),
                // "the coming Friday": the next one.
                Some(Dir::Next)
                    if pre && (self.word_is(i, "coming") || self.word_is(i, "upcoming")) =>
                {
                    calendar::after(a, w)
                }
                // "next Friday", "the following Monday": the one of the week after.
                Some(Dir::Next) => week_of(1),
                // "this Sunday", "este domingo", "neste domingo": by tense, else the coming one.
                Some(Dir::This) => {
                    let (before, after) =
                        (calendar::on_or_before(a, w), calendar::on_or_after(a, w));
                    match self.tense(i) {
                        Tense::Past => before,
                        _ => after,
                    }
                }
                // A weekday with no tense around it (a schedule line, a notice, a
                // phrase on its own) is the coming one; a past-tense clause makes it
                // the latest one.
                // "called a strike for Friday", "convocó un paro para el viernes": a
                // day something is set for is the coming one, whatever the tense
                None if self.scheduled_for(i) => calendar::on_or_after(a, w),
                None => match self.tense(i) {
                    Tense::Past => calendar::on_or_before(a, w),
                    _ => calendar::on_or_after(a, w),
                },
            }
        };
        // "terça-feira dia 25", "el martes el día once": the day number decides.
        let mut k = end;
        if matches!(self.punct(k), Some(',')) {
            k += 1;
        }
        let k = self.skip_articles(k);
        // ... and so do the day and the month in figures after it ("Quarta, 21/4 –
        // Limoeiro do Norte – 6h", "jueves 22/4", "Sábado, 1º/5")
        let numbered = if self.kw(k, Kw::DayWord) {
            self.day(k + 1).map(|(e, d)| (e, d, None))
        } else {
            self.day_slash_month(k).map(|(e, d, m)| (e, d, Some(m)))
        };
        if let Some((e, d, m)) = numbered {
            let pd = Pd {
                d: Some(d),
                m,
                wd: Some(w),
                ..Pd::default()
            };
            if let Some((v, _, warn)) = self.resolve(pd, dir, i) {
                let mut h = Hit::new(i, e, v, true);
                h.warning = warn;
                return Some(h);
            }
        }
        // ... and a bare day number in figures after it corrects the week the tense
        // chose, when that weekday a week before or after falls on it ("El sábado 21
        // marchamos" written on Monday the 23rd: the 21st, not the coming 28th); the
        // number stays itself ("el domingo 15 activistas", "By Sunday, 20 people")
        let bare = self.t.get(k).is_some_and(|t| {
            t.is_num() && t.digits > 0 && t.end - t.start == usize::from(t.digits)
        });
        if let Some((_, d)) = self.day(k).filter(|_| bare) {
            let week = Duration::days(7);
            if let Some(other) = [day - week, day + week].into_iter().find(|x| x.day() == d) {
                return Some(Hit::new(i, end, DateValue::day(other), true));
            }
        }
        Some(Hit::new(i, end, DateValue::day(day), true))
    }

    /// A day and a month in figures with no year, "21/4" or "1º/5", at token `k`:
    /// its end, the day and the month.
    fn day_slash_month(&self, k: usize) -> Option<(usize, u32, u32)> {
        let d = self.clean_num(k)?;
        let mut j = k + 1;
        let ordinal_mark = self
            .t
            .get(j)
            .is_some_and(|t| t.lex.contains(&Lex::OrdSuffix))
            || matches!(self.punct(j), Some('°' | 'º'));
        if self.adjacent(j) && ordinal_mark {
            j += 1;
        }
        if !(self.adjacent(j) && self.punct(j) == Some('/') && self.adjacent(j + 1)) {
            return None;
        }
        let m = self.t.get(j + 1).filter(|t| t.is_num())?;
        // (a year after it is a full date, another rule's: "21/4/2027")
        if self.adjacent(j + 2) && matches!(self.punct(j + 2), Some('/' | '-')) {
            return None;
        }
        (d.digits <= 2 && (1..=31).contains(&d.num) && m.digits <= 2 && (1..=12).contains(&m.num))
            .then_some((j + 2, d.num, m.num))
    }

    /// A week, month, year or weekend named relative to the anchor, as a phrase:
    /// returns its end, the unit and the offset ("last week" → -1).
    fn unit_phrase(&self, i: usize) -> Option<(usize, Unit, i64)> {
        let mut j = i;
        let mut dir = None;
        if let Some((e, d)) = self.modifier(j) {
            dir = Some(d);
            j = e;
        }
        let (mut end, unit) = if self.kw(j, Kw::End)
            && self.kw(j + 1, Kw::Of)
            && self.unit(j + 2) == Some(Unit::Week)
        {
            (j + 3, Unit::Weekend)
        } else {
            (j + 1, self.unit(j)?)
        };
        // "las próximas semanas", "recent months": no single unit.
        if self.is_plural(j) {
            return None;
        }
        if unit == Unit::Day {
            return None;
        }
        if dir.is_none() {
            if let Some((e, d)) = self.modifier(end) {
                dir = Some(d);
                end = e;
            }
        }
        let off = match dir? {
            Dir::Past => -1,
            Dir::Next => 1,
            Dir::This => 0,
        };
        Some((end, unit, off))
    }

    /// "last week", "la semana pasada", "o mês que vem", "this year", "earlier this
    /// week", "el fin de semana pasado", "los últimos tres días".
    fn unit_rule(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        // "the past three days", "los últimos tres días", "nos últimos 5 anos",
        // "los dos últimos meses".
        let swapped = self.quantity(i).filter(|(e, _)| self.kw(*e, Kw::Last));
        if let Some((e, n)) = swapped {
            if let Some(u) = self.unit(e + 1) {
                let back = match u {
                    Unit::Day => Duration::days(i64::from(n)),
                    Unit::Week => Duration::days(7 * i64::from(n)),
                    Unit::Fortnight => Duration::days(14 * i64::from(n)),
                    Unit::Month => a - calendar::add_months(a, -(n as i32))?,
                    Unit::Year => a - calendar::add_months(a, -12 * n as i32)?,
                    Unit::Weekend => return None,
                };
                return Some(Hit::new(i, e + 2, DateValue::range(a - back, a), true));
            }
        }
        if self.kw(i, Kw::Last) {
            if let Some((e, n)) = self.quantity(i + 1) {
                if let Some(u) = self.unit(e) {
                    let back = match u {
                        Unit::Day => Duration::days(i64::from(n)),
                        Unit::Week => Duration::days(7 * i64::from(n)),
                        Unit::Fortnight => Duration::days(14 * i64::from(n)),
                        Unit::Month => a - calendar::add_months(a, -(n as i32))?,
                        Unit::Year => a - calendar::add_months(a, -12 * n as i32)?,
                        Unit::Weekend => return None,
                    };
                    return Some(Hit::new(i, e + 1, DateValue::range(a - back, a), true));
                }
            }
        }
        let (j, part) = if self.kw(i, Kw::Before) && self.kw(i + 1, Kw::This) {
            (i + 1, Some(Kw::Before))
        } else if self.kw(i, Kw::After) && self.kw(i + 1, Kw::This) {
            (i + 1, Some(Kw::After))
        } else {
            (i, None)
        };
        // "over the past week", "in the past year": the days up to the anchor.
        if part.is_none()
            && self.lang == Lang::En
            && self.word_is(i, "past")
            && i > 0
            && self.kw(i - 1, Kw::The)
        {
            if let Some(u) = self.unit(i + 1).filter(|_| !self.is_plural(i + 1)) {
                let s = match u {
                    Unit::Day => a - Duration::days(1),
                    Unit::Week => a - Duration::days(6),
                    Unit::Fortnight => a - Duration::days(13),
                    Unit::Month => calendar::add_months(a, -1)?,
                    Unit::Year => calendar::add_months(a, -12)?,
                    Unit::Weekend => return None,
                };
                return Some(Hit::new(i, i + 2, DateValue::range(s, a), true));
            }
        }
        // "over the weekend", "el fin de semana", "no fim de semana": by tense.
        // "las lluvias del fin de semana", "os protestos do fim de semana".
        let contracted = self.lang != Lang::En && (self.word_is(i, "del") || self.word_is(i, "do"));
        if part.is_none()
            && (self.kw(i, Kw::The) || self.kw(i, Kw::On) || self.kw(i, Kw::In) || contracted)
        {
            let (e, weekend) = if self.unit(i + 1) == Some(Unit::Weekend) {
                (i + 2, true)
            } else if self.kw(i + 1, Kw::End)
                && self.kw(i + 2, Kw::Of)
                && self.unit(i + 3) == Some(Unit::Week)
            {
                (i + 4, true)
            } else {
                (i, false)
            };
            if weekend && self.modifier(e).is_none() {
                let sat = calendar::week_start(a) + Duration::days(5);
                let sat = match self.tense(i) {
                    Tense::Future => sat,
                    _ if calendar::weekday(a) >= 5 => sat,
                    _ => sat - Duration::days(7),
                };
                return Some(Hit::new(
                    i + 1,
                    e,
                    DateValue::range(sat, sat + Duration::days(1)),
                    true,
                ));
            }
        }
        let (end, unit, off) = self.unit_phrase(j)?;
        let value = match unit {
            Unit::Week => {
                let s = calendar::week_start(a) + Duration::days(7 * off);
                // "last week's Sunday", "next week Wednesday".
                let mut k = end;
                if matches!(self.punct(k), Some(',')) {
                    k += 1;
                }
                let k = self.skip_articles(k);
                if let Some((e, w, true)) = self.weekday(k) {
                    return Some(Hit::new(
                        i,
                        e,
                        DateValue::day(s + Duration::days(i64::from(w))),
                        true,
                    ));
                }
                DateValue {
                    start: s,
                    end: s + Duration::days(6),
                    precision: Precision::Week,
                }
            }
            Unit::Month => {
                let m = calendar::add_months(a, off as i32)?;
                DateValue::month(m.year(), m.month())?
            }
            Unit::Year => DateValue::year(a.year() + off as i32)?,
            Unit::Weekend => {
                let sat = calendar::week_start(a) + Duration::days(5);
                // "this weekend" in a past-tense sentence written on a weekday is
                // the weekend just gone.
                let past = self.tense(i) == Tense::Past && calendar::weekday(a) < 5;
                let sat = match off {
                    -1 => sat - Duration::days(7),
                    1 => sat + Duration::days(7),
                    _ if past => sat - Duration::days(7),
                    _ => sat,
                };
                DateValue::range(sat, sat + Duration::days(1))
            }
            Unit::Day | Unit::Fortnight => return None,
        };
        let value = match part {
            Some(Kw::Before) if off == 0 => DateValue::range(value.start, a),
            Some(Kw::After) if off == 0 => DateValue::range(a, value.end),
            _ => value,
        };
        Some(Hit::new(i, end, value, true))
    }

    /// `from` moved by `n` units; a count of years is read to the month ("two years
    /// ago").
    fn shift(&self, from: NaiveDate, unit: Unit, n: i64) -> Option<DateValue> {
        let d = shift_day(from, unit, n)?;
        match unit {
            Unit::Year => DateValue::month(d.year(), d.month()),
            _ => Some(DateValue::day(d)),
        }
    }

    /// "upcoming two days", "2 upcoming months": the unit that many ahead.
    fn upcoming(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let (n, u, end) = if self.word_is(i, "upcoming") {
            let (e, n) = self.quantity(i + 1)?;
            (n, self.unit(e)?, e + 1)
        } else {
            let (e, n) = self.quantity(i)?;
            if !self.word_is(e, "upcoming") {
                return None;
            }
            (n, self.unit(e + 1)?, e + 2)
        };
        let n = i64::from(n);
        let value = match u {
            Unit::Day => DateValue::day(a + Duration::days(n)),
            Unit::Week | Unit::Fortnight => {
                let s = calendar::week_start(a) + Duration::days(7 * n);
                DateValue {
                    start: s,
                    end: s + Duration::days(6),
                    precision: Precision::Week,
                }
            }
            Unit::Month => {
                let m = calendar::add_months(a, n as i32)?;
                DateValue::month(m.year(), m.month())?
            }
            Unit::Year => DateValue::year(a.year() + n as i32)?,
            Unit::Weekend => return None,
        };
        Some(Hit::new(i, end, value, true))
    }

    /// "3 fridays from now", "2 thursdays ago": counted from the next (or last)
    /// such day, not the anchor.
    fn weekday_count(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let (e, n) = self.quantity(i)?;
        // "fridays": a weekday name with a plural "s".
        let t = self.t.get(e)?;
        let w = self.text[t.start..t.end].to_lowercase();
        let w = crate::lexicon::lookup(self.lang, w.strip_suffix('s')?)
            .iter()
            .find_map(|l| match l {
                Lex::Weekday(w) => Some(*w),
                _ => None,
            })?;
        let e2 = e + 1;
        let n = i64::from(n.max(1)) - 1;
        let gap = i64::from((w + 7 - calendar::weekday(a)) % 7);
        if self.kw(e2, Kw::From) && self.kw(e2 + 1, Kw::Now) {
            let first = a + Duration::days(if gap == 0 { 7 } else { gap });
            return Some(Hit::new(
                i,
                e2 + 2,
                DateValue::day(first + Duration::days(7 * n)),
                true,
            ));
        }
        if self.kw(e2, Kw::Ago) || self.word_is(e2, "back") {
            let back = (7 - gap) % 7;
            let last = a - Duration::days(if back == 0 { 7 } else { back });
            return Some(Hit::new(
                i,
                e2 + 1,
                DateValue::day(last - Duration::days(7 * n)),
                true,
            ));
        }
        None
    }

    /// "friday after next", "March after next": one past the coming one.
    fn after_next(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let after = |k: usize| self.kw(k, Kw::After) && self.word_is(k + 1, "next");
        if let Some((e, w, true)) = self.weekday(i) {
            if after(e) {
                let gap = i64::from((w + 7 - calendar::weekday(a)) % 7);
                let next = a + Duration::days(if gap == 0 { 7 } else { gap });
                return Some(Hit::new(
                    i,
                    e + 2,
                    DateValue::day(next + Duration::days(7)),
                    true,
                ));
            }
        }
        let (e, m, true) = self.month(i)? else {
            return None;
        };
        if !after(e) {
            return None;
        }
        let y = if m > a.month() {
            a.year()
        } else {
            a.year() + 1
        };
        Some(Hit::new(i, e + 2, DateValue::month(y + 1, m)?, true))
    }

    /// "three days ago", "2 semanas atrás", "two weeks later", "tres días después",
    /// "3 days from today", "dos días antes de ayer", "2 weeks after January 15".
    fn ago(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let (j, n) = if self.kw(i, Kw::A) && self.unit(i + 1).is_some() {
            (i + 1, 1)
        } else {
            self.quantity(i)?
        };
        let Some(unit) = self.unit(j) else {
            return self.hours_later(i, j, n);
        };
        let n = i64::from(n);
        let mut k = j + 1;
        // "2 weeks and 2 days ago", "2 years 1 month 21 days later": the smaller
        // units that follow.
        let mut extra: Vec<(Unit, i64)> = Vec::new();
        loop {
            let mut p = k;
            if self.kw(p, Kw::And) || matches!(self.punct(p), Some(',')) {
                p += 1;
            }
            let Some((u_at, m)) = self.quantity(p) else {
                break;
            };
            let Some(u) = self.unit(u_at) else { break };
            if u == Unit::Weekend {
                break;
            }
            extra.push((u, i64::from(m)));
            k = u_at + 1;
        }
        let compound = |from: NaiveDate, sign: i64| -> Option<DateValue> {
            let mut d = from;
            for &(u, m) in std::iter::once(&(unit, n)).chain(extra.iter()) {
                d = shift_day(d, u, sign * m)?;
            }
            Some(DateValue::day(d))
        };
        if !extra.is_empty() {
            let (sign, end) = if self.kw(k, Kw::Ago) {
                (-1, k + 1)
            } else if self.kw(k, Kw::Later)
                || self.kw(k, Kw::After) && self.is_boundary_or_comma(k + 1)
            {
                (1, k + 1)
            } else if self.kw(k, Kw::Before) && self.rel_word(k + 1) == Some(0) {
                (-1, k + 2)
            } else if self.kw(k, Kw::Before)
                && self.kw(k + 1, Kw::Of)
                && self.rel_word(k + 2) == Some(0)
            {
                (-1, k + 3)
            } else {
                return None;
            };
            let from = if self.kw(k, Kw::Later) {
                self.last_day.unwrap_or(a)
            } else {
                a
            };
            return Some(Hit::new(i, end, compound(from, sign)?, true));
        }
        if self.kw(k, Kw::Ago) {
            return Some(Hit::new(i, k + 1, self.shift(a, unit, -n)?, true));
        }
        // "N units from/after/before X": X is read first.
        let (sign, x) = if self.kw(k, Kw::From) && self.kw(k + 1, Kw::Now) {
            return Some(Hit::new(i, k + 2, self.shift(a, unit, n)?, true));
        } else if self.kw(k, Kw::To) && self.kw(k + 1, Kw::Partir) && self.kw(k + 2, Kw::Of) {
            if self.kw(k + 3, Kw::Now) {
                return Some(Hit::new(i, k + 4, self.shift(a, unit, n)?, true));
            }
            (1, k + 3)
        } else if self.kw(k, Kw::From)
            && i > 0
            && (self.word_is(i - 1, "for") || self.word_is(i - 1, "por"))
        {
            // ("banned all gatherings for 14 days from Wednesday": a span that
            // starts on the day named, read as that day)
            return None;
        } else if self.kw(k, Kw::After) || self.kw(k, Kw::From) && self.lang == Lang::En {
            (1, if self.kw(k + 1, Kw::Of) { k + 2 } else { k + 1 })
        } else if self.kw(k, Kw::Before) {
            (-1, if self.kw(k + 1, Kw::Of) { k + 2 } else { k + 1 })
        } else if self.kw(k, Kw::Later) {
            (1, k + 1)
        } else {
            return None;
        };
        if let Some(inner) = self.best_at(self.skip_articles(x)) {
            if inner.value.precision == Precision::Day && inner.start >= x {
                // Counted from a named day, the answer is a day: "3 years from today".
                let v = DateValue::day(shift_day(inner.value.start, unit, sign * n)?);
                return Some(Hit::new(i, inner.end, v, true));
            }
        }
        // "three weeks later", "tres días después", "two days before,": from the
        // day of the expression before, or the anchor.
        if self.kw(k, Kw::Later) || self.is_boundary_or_comma(x) {
            let from = self.last_day.unwrap_or(a);
            return Some(Hit::new(i, k + 1, self.shift(from, unit, sign * n)?, true));
        }
        None
    }

    /// "48 hours later", "trinta horas depois,", "36 horas después": a day or more
    /// counted in hours from the day of the expression before. Fewer than 24 hours
    /// name no day of their own.
    fn hours_later(&self, i: usize, j: usize, n: u32) -> Option<Hit> {
        let a = self.anchor?;
        if n < 24 || !["hours", "horas", "hrs"].iter().any(|w| self.word_is(j, w)) {
            return None;
        }
        let k = j + 1;
        if !(self.kw(k, Kw::Later) || self.kw(k, Kw::After) && self.is_boundary_or_comma(k + 1)) {
            return None;
        }
        let from = self.last_day.unwrap_or(a);
        let day = from + Duration::days(i64::from(n / 24));
        Some(Hit::new(i, k + 1, DateValue::day(day), true))
    }

    /// The end and the year of a counted offset from the anchor that starts at `k`:
    /// "in a year", "9 months from now", "six years hence", "two years ago".
    fn offset_year(&self, k: usize) -> Option<(usize, i32)> {
        self.t.get(k)?;
        let h = self.in_future(k).or_else(|| self.ago(k))?;
        (h.start == k).then(|| (h.end, h.value.start.year()))
    }

    /// A weekday next to a counted offset: "Monday two weeks from now", "Thursday,
    /// two years from now", "in 3 days on Friday": that weekday of the week (Sunday
    /// to Saturday, as calendars print it) the offset lands in.
    fn weekday_offset(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let offset = |k: usize| self.ago(k).or_else(|| self.in_future(k));
        let (w, h) = if let Some((e, w, strong)) = self.weekday(i) {
            if !strong && !self.t[i].capital {
                return None;
            }
            let k = if matches!(self.punct(e), Some(',')) {
                e + 1
            } else {
                e
            };
            (w, offset(k)?)
        } else {
            let h = offset(i)?;
            if !self.kw(h.end, Kw::On) {
                return None;
            }
            let (e, w, _) = self.weekday(h.end + 1)?;
            let mut h = h;
            h.end = e;
            (w, h)
        };
        let mut d = h.value.start;
        if h.value.precision == Precision::Month {
            d = date(d.year(), d.month(), a.day())
                .or_else(|| calendar::last_day(d.year(), d.month()))?;
        } else if h.value.precision != Precision::Day {
            return None;
        }
        let sunday = d - Duration::days(i64::from((calendar::weekday(d) + 1) % 7));
        let x = sunday + Duration::days(i64::from((w + 1) % 7));
        Some(Hit::new(i, h.end, DateValue::day(x), true))
    }

    fn is_boundary_or_comma(&self, i: usize) -> bool {
        self.is_boundary(i) || matches!(self.punct(i), Some(','))
    }

    /// "hace tres días", "há dois anos", "faz três semanas".
    fn hace(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::Hace) {
            return None;
        }
        let a = self.anchor?;
        let (j, n) = if self.kw(i + 1, Kw::A) && self.unit(i + 2).is_some() {
            (i + 2, 1)
        } else {
            self.quantity(i + 1)?
        };
        let unit = self.unit(j)?;
        Some(Hit::new(
            i,
            j + 1,
            self.shift(a, unit, -i64::from(n))?,
            true,
        ))
    }

    /// "in two weeks", "dentro de tres días", "daqui a um mês", "em dois meses".
    fn in_future(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::In)
            || ["during", "durante", "by", "para"]
                .iter()
                .any(|w| self.word_is(i, w))
        {
            return None;
        }
        let a = self.anchor?;
        let mut j = i + 1;
        if self.kw(j, Kw::Of) || self.kw(j, Kw::To) {
            j += 1;
        }
        if let Some(mut h) = self.ago(j) {
            // "dentro de tres semanas a partir de mañana"
            h.start = i;
            return Some(h);
        }
        let (k, n) = if self.kw(j, Kw::A) && self.unit(j + 1).is_some() {
            (j + 1, 1)
        } else {
            self.quantity(j)?
        };
        let unit = self.unit(k)?;
        if self.tense(i) == Tense::Past {
            return None;
        }
        Some(Hit::new(i, k + 1, self.shift(a, unit, i64::from(n))?, true))
    }

    /// "the next day", "al día siguiente", "no dia seguinte", "el día anterior".
    fn next_day(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let from = self.last_day.unwrap_or(a);
        // English: "the next day", "the following morning", "the previous day".
        if (self.kw(i, Kw::Next) || self.kw(i, Kw::Following) || self.kw(i, Kw::Last))
            && i > 0
            && self.kw(i - 1, Kw::The)
            && (self.unit(i + 1) == Some(Unit::Day)
                || self.kw(i + 1, Kw::PartOfDay)
                || self.kw(i + 1, Kw::Night))
            && !self.is_plural(i + 1)
        {
            let n = if self.kw(i, Kw::Last) { -1 } else { 1 };
            return Some(Hit::new(
                i,
                i + 2,
                DateValue::day(from + Duration::days(n)),
                true,
            ));
        }
        // "la mañana siguiente", "na manhã seguinte", "la noche anterior": a part of
        // the day after or before the last one told
        if self.lang != Lang::En
            && (self.kw(i, Kw::PartOfDay) || self.kw(i, Kw::Night))
            && !self.is_plural(i)
            && (self.kw(i + 1, Kw::Following) || self.word_is(i + 1, "anterior"))
        {
            let n = if self.kw(i + 1, Kw::Following) { 1 } else { -1 };
            return Some(Hit::new(
                i,
                i + 2,
                DateValue::day(from + Duration::days(n)),
                true,
            ));
        }
        if self.unit(i) == Some(Unit::Day) && !self.t[i].lex.contains(&Lex::Kw(Kw::DayWord))
            || self.kw(i, Kw::DayWord)
        {
            let before = self.lang != Lang::En && self.word_is(i + 1, "anterior");
            if self.kw(i + 1, Kw::Following) || before {
                let n = if self.kw(i + 1, Kw::Following) { 1 } else { -1 };
                return Some(Hit::new(
                    i,
                    i + 2,
                    DateValue::day(from + Duration::days(n)),
                    true,
                ));
            }
            if self.lang == Lang::En
                && i > 0
                && self.kw(i - 1, Kw::The)
                && (self.kw(i + 1, Kw::After) || self.kw(i + 1, Kw::Before))
                && self.is_boundary_or_comma(i + 2)
            {
                let n = if self.kw(i + 1, Kw::After) { 1 } else { -1 };
                return Some(Hit::new(
                    i,
                    i + 2,
                    DateValue::day(from + Duration::days(n)),
                    true,
                ));
            }
        }
        None
    }

    /// Whether the expression at token `i` hangs from a participle modifying a
    /// noun, in Spanish or Portuguese: "una orden firmada el 2 de julio", "a lei
    /// aprovada em 3 de maio" (not "fue firmada el 2 de julio").
    fn hangs_from_participle(&self, i: usize) -> bool {
        if !matches!(self.lang, Lang::Es | Lang::Pt) {
            return false;
        }
        let word = |k: usize| {
            let t = &self.t[k];
            (t.kind == Kind::Word).then(|| self.text[t.start..t.end].to_lowercase())
        };
        // past an article or a preposition before the expression or opening it
        let article = |w: &str| matches!(w, "el" | "la" | "en" | "em" | "no" | "na" | "o" | "a");
        let mut j = if word(i).is_some_and(|w| article(&w)) {
            i
        } else {
            i.saturating_sub(1)
        };
        while j > 0 && j + 2 >= i && word(j).is_some_and(|w| article(&w)) {
            j -= 1;
        }
        if j < 1 || j >= i && !word(i).is_some_and(|w| article(&w)) {
            return false;
        }
        let Some(p) = word(j) else {
            return false;
        };
        // (not a frame that opens the sentence: "Em nota divulgada na terça, a
        // Sepol afirmou")
        let opens_sentence = (j.saturating_sub(4)..j).any(|k| {
            self.t[k].line_before || matches!(self.t[k].kind, Kind::Punct('.' | ':' | ';'))
        }) || j < 4;
        cronica_text::is_participle(&cronica_text::fold(&p))
            && !opens_sentence
            && !self.t[j - 1].capital
            && word(j - 1)
                .is_some_and(|b| !cronica_text::carries_participle(&cronica_text::fold(&b)))
    }

    /// "that day", "that night", "that morning", "ese día", "naquela noite", "the
    /// same day": the day of the expression before.
    fn that_day(&self, i: usize) -> Option<Hit> {
        let d = self.last_day?;
        let j = if self.kw(i, Kw::That) || (self.kw(i, Kw::The) && self.kw(i + 1, Kw::Same)) {
            // ("that same day", "ese mismo día", "nesse mesmo dia")
            if self.kw(i, Kw::The) || self.kw(i + 1, Kw::Same) {
                i + 2
            } else {
                i + 1
            }
        } else if self.kw(i, Kw::Same) {
            i + 1
        } else {
            return None;
        };
        // ("Ese mismo lunes, el CAVG responsabilizó", "that same Friday": the weekday
        // of the day before, that day)
        // (or of one of the few days told before it: "on Monday, 8 November ...,
        // their first hearing having been fixed for Wednesday, 24 November. ... on
        // the same Monday")
        if let Some((end, w, _)) = self.weekday(j) {
            if calendar::weekday(d) == w {
                return Some(Hit::new(i, end, DateValue::day(d), true));
            }
            let earlier = self
                .recent_days
                .iter()
                .rev()
                .find(|&&r| calendar::weekday(r) == w);
            if let Some(&r) = earlier.filter(|_| self.kw(i + 1, Kw::Same) || self.kw(i, Kw::Same)) {
                return Some(Hit::new(i, end, DateValue::day(r), true));
            }
        }
        // ("That morning, about 1,500 dockworkers marched", "esa tarde")
        if self.unit(j) == Some(Unit::Day) && !self.kw(j + 1, Kw::Of)
            || self.kw(j, Kw::Night)
            || self.kw(j, Kw::PartOfDay)
        {
            return Some(Hit::new(i, j + 1, DateValue::day(d), true));
        }
        None
    }

    /// "in December", "en diciembre", "last March", "em dezembro passado".
    fn month_alone(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let mut dir = None;
        if let Some((e, d)) = self.modifier(j) {
            dir = Some(d);
            j = e;
            // "el pasado mes de diciembre"
            if self.unit(j) == Some(Unit::Month) && self.kw(j + 1, Kw::Of) {
                j += 2;
            }
        }
        let (mut end, m, full) = self.month(j)?;
        let t = &self.t[j];
        if dir.is_none() {
            if let Some((e, d)) = self.modifier(end) {
                if d != Dir::This {
                    dir = Some(d);
                    end = e;
                }
            }
        }
        let prev_ok = j > 0
            && [
                Kw::In,
                Kw::Since,
                Kw::Of,
                Kw::To,
                Kw::From,
                Kw::Mid,
                Kw::Early,
                Kw::Late,
                Kw::On,
            ]
            .iter()
            .any(|k| self.kw(j - 1, *k));
        // "March in a year": that month in the year the offset lands in.
        if dir.is_none() && (t.capital || !matches!(self.lang, Lang::En | Lang::Other)) && full {
            if let Some((e, y)) = self.offset_year(end) {
                return Some(Hit::new(i, e, DateValue::month(y, m)?, true));
            }
        }
        let ok = match self.lang {
            Lang::En | Lang::Other => {
                (full || t.end - t.start >= 3 && t.capital)
                    && (dir.is_some() || prev_ok || self.t.len() == 1 && t.capital)
                    && (t.capital || self.t.len() <= 3)
            }
            _ => {
                full && (!t.capital || self.is_boundary(j) || j == 0 || self.t.len() <= 3)
                    && (dir.is_some() || prev_ok || self.t.len() <= 2)
            }
        };
        if !ok {
            return None;
        }
        // "de mayo y junio de 2017", "de abril e setembro de 2023": a month joined
        // to another takes the year written after both
        if dir.is_none() && self.kw(end, Kw::And) {
            let first = Pd {
                m: Some(m),
                ..Pd::default()
            };
            if let Some((_, _, Pd { y: Some(y), .. })) = self.range_tail(end, first, true) {
                return Some(Hit::new(i, end, DateValue::month(y, m)?, false));
            }
        }
        let (value, relative, _) = self.resolve(
            Pd {
                m: Some(m),
                ..Pd::default()
            },
            dir,
            i,
        )?;
        Some(Hit::new(i, end, value, relative))
    }

    /// "the first Monday of March", "last Friday in October", "el último domingo de
    /// marzo", "a primeira segunda-feira do mês", "the last day of October 2015".
    fn nth_weekday(&self, i: usize) -> Option<Hit> {
        let mut j = if self.kw(i, Kw::The) { i + 1 } else { i };
        let n = if self.kw(j, Kw::Last) {
            0
        } else if let Some(t) = self.clean_num(j) {
            // "1st", "3rd": only with a suffix.
            let suffix = self.adjacent(j + 1)
                && self
                    .t
                    .get(j + 1)
                    .is_some_and(|x| x.lex.contains(&Lex::OrdSuffix));
            if !suffix {
                return None;
            }
            j += 1;
            t.num
        } else {
            self.t.get(j)?.lex.iter().find_map(|l| match l {
                Lex::Ord(n) => Some(*n),
                _ => None,
            })?
        };
        if n > 5 {
            return None;
        }
        j += 1;
        let (e, target) = if let Some((e, w, _)) = self.weekday(j) {
            (e, Some(w))
        } else if self.unit(j) == Some(Unit::Day) {
            (j + 1, None)
        } else {
            return None;
        };
        if !(self.kw(e, Kw::Of) || self.kw(e, Kw::In)) {
            return None;
        }
        let k = e + 1;
        // The month: "of March [2014]", "of this month", "of the month", "do mês".
        let bare_month =
            |k: usize| self.unit(k) == Some(Unit::Month) && self.modifier(k + 1).is_none();
        let mut month_is_bare = false;
        let (end, month) = if bare_month(k) || self.kw(k, Kw::The) && bare_month(k + 1) {
            let a = self.anchor?;
            let end = if bare_month(k) { k + 1 } else { k + 2 };
            (end, DateValue::month(a.year(), a.month())?)
        } else if let Some(inner) = self.best_at(self.skip_articles(k)) {
            if inner.value.precision != Precision::Month {
                return None;
            }
            month_is_bare = inner.relative && inner.end == self.skip_articles(k) + 1;
            (inner.end, inner.value)
        } else {
            let (e, m, true) = self.month(k)? else {
                return None;
            };
            month_is_bare = true;
            let (v, _, _) = self.resolve(
                Pd {
                    m: Some(m),
                    ..Pd::default()
                },
                None,
                i,
            )?;
            (e, v)
        };
        let (y, m) = (month.start.year(), month.start.month());
        let on = |y: i32| match (target, n) {
            (Some(w), n) => calendar::nth_weekday(y, m, w, n),
            (None, 0) => DateValue::month(y, m).map(|v| v.end),
            (None, n) => date(y, m, n),
        };
        let mut day = on(y)?;
        // "the first Tuesday of October" with no tense around it is a day to come.
        let bare = month_is_bare && self.tense(i) == Tense::Unknown;
        if let Some(a) = self.anchor.filter(|a| bare && day < *a) {
            day = on(y + 1).filter(|d| d.year() <= a.year() + 1)?;
        }
        Some(Hit::new(i, end, DateValue::day(day), self.anchor.is_some()))
    }

    /// "20 of next month", "the 15th day of next month", "el 15 del mes pasado".
    fn day_of_month(&self, i: usize) -> Option<Hit> {
        let a = self.anchor?;
        let j = if self.kw(i, Kw::The) { i + 1 } else { i };
        let (mut e, d) = self.day(j)?;
        if self.unit(e) == Some(Unit::Day) {
            e += 1;
        }
        if !self.kw(e, Kw::Of) {
            return None;
        }
        let k = self.skip_articles(e + 1);
        let (e2, unit, off) = self.unit_phrase(k)?;
        if unit != Unit::Month {
            return None;
        }
        let m = calendar::add_months(a, off as i32)?;
        Some(Hit::new(
            i,
            e2,
            DateValue::day(date(m.year(), m.month(), d)?),
            true,
        ))
    }

    /// "the 18th", "el día 15", "dia 17", "el pasado 15", "20 of next month".
    fn day_alone(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let mut dir = None;
        if let Some((e, d)) = self.modifier(j) {
            dir = Some(d);
            j = self.skip_articles(e);
        }
        let day_word = self.kw(j, Kw::DayWord);
        let the = self.kw(j, Kw::The) && self.lang == Lang::En;
        // "on 29th": a day with an ordinal suffix after "on".
        if dir.is_none() && !day_word && !the && self.lang == Lang::En && self.kw(j, Kw::On) {
            let (e, d) = self.day(j + 1)?;
            if !(self.t[j + 1].is_num() && e > j + 2) {
                return None;
            }
            // "on 2nd October" is a full date, read from the number on.
            if self.month(e).is_some() || self.kw(e, Kw::Of) {
                return None;
            }
            let (v, rel, _) = self.resolve(
                Pd {
                    d: Some(d),
                    ..Pd::default()
                },
                None,
                i,
            )?;
            return Some(Hit::new(j + 1, e, v, rel));
        }
        // "el 16": a bare day after the article, not followed by a word.
        if dir.is_none() && self.lang == Lang::Es && self.word_is(j, "el") {
            let t = self.clean_num(j + 1)?;
            if t.digits > 2 || self.t.get(j + 2).is_some_and(|n| n.kind == Kind::Word) {
                return None;
            }
            let (e, d) = self.day(j + 1)?;
            if self.month(e).is_some()
                || self.kw(e, Kw::Of)
                || self.adjacent(e)
                    && matches!(self.punct(e), Some('/' | '-' | '.'))
                    && self.t.get(e + 1).is_some_and(|n| !n.space_before)
            {
                return None;
            }
            let (v, rel, _) = self.resolve(
                Pd {
                    d: Some(d),
                    ..Pd::default()
                },
                None,
                i,
            )?;
            return Some(Hit::new(j + 1, e, v, rel));
        }
        if !(day_word || the || dir.is_some()) {
            return None;
        }
        if day_word || the {
            j += 1;
        }
        let (e, d) = self.day(j)?;
        let digits = self.t[j].is_num();
        let ordinal = if digits {
            e > j + 1
        } else {
            self.t[e - 1].lex.iter().any(|l| matches!(l, Lex::Ord(_)))
        };
        if the && !ordinal {
            return None;
        }
        // "the first boat": an ordinal before a noun is not a day.
        if the
            && !digits
            && self
                .t
                .get(e)
                .is_some_and(|t| t.kind == Kind::Word && !self.kw(e, Kw::Of))
        {
            return None;
        }
        // "el pasado 15", but not "el pasado un ..." or "the next 30 hours".
        if !day_word && !the && !digits {
            return None;
        }
        let word_after = self.t.get(e).is_some_and(|t| t.kind == Kind::Word);
        if dir.is_some() && !day_word && word_after && !self.kw(e, Kw::Of) {
            return None;
        }
        if self.month(e).is_some() || (self.kw(e, Kw::Of) && self.month(e + 1).is_some()) {
            return None;
        }
        // ("DIA 2 – Terça-feira, 16 de novembro": the number of a diary's day,
        // before the day it was, is no day of the month)
        if day_word
            && matches!(self.punct(e), Some('-' | '–' | '—'))
            && (self.weekday(e + 1).is_some() || self.date_core(e + 1).is_some())
        {
            return None;
        }
        // "20th of next month", "el 15 del mes pasado".
        let mut k = e;
        if self.kw(k, Kw::Of) {
            k = self.skip_articles(k + 1);
            if let Some((e2, Unit::Month, off)) = self.unit_phrase(k) {
                let a = self.anchor?;
                let m = calendar::add_months(a, off as i32)?;
                return Some(Hit::new(
                    i,
                    e2,
                    DateValue::day(date(m.year(), m.month(), d)?),
                    true,
                ));
            }
        }
        let (v, rel, _) = self.resolve(
            Pd {
                d: Some(d),
                ..Pd::default()
            },
            dir,
            i,
        )?;
        Some(Hit::new(i, e, v, rel))
    }

    /// Holidays: "Christmas", "Navidad de 2019", "last Thanksgiving", "Páscoa".
    fn holiday(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let mut dir = None;
        if let Some((e, d)) = self.modifier(j) {
            dir = Some(d);
            j = self.skip_articles(e);
        }
        if !self.t.get(j)?.lex.contains(&Lex::Holiday) {
            return None;
        }
        let (e, h) = holiday::match_at(self.text, self.t, j, self.lang)?;
        // "Natal (RN)", "Natal, RN": a town with its state's code, not Christmas
        let state_code = |k: usize| {
            self.t.get(k).is_some_and(|t| {
                let w = &self.text[t.start..t.end];
                w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase())
            })
        };
        if matches!(self.punct(e), Some('(' | ',')) && state_code(e + 1) {
            return None;
        }
        let mut end = e;
        let mut year = None;
        let mut year_relative = false;
        let mut k = end;
        if matches!(self.punct(k), Some(',')) || self.kw(k, Kw::Of) || self.kw(k, Kw::In) {
            k += 1;
        }
        if let Some((e2, y)) = self.year(k).or_else(|| self.year_words(k)) {
            year = Some(y);
            end = e2;
        } else if let Some((e2, Unit::Year, off)) = self.unit_phrase(self.skip_articles(k)) {
            if k > end {
                year = Some(self.anchor?.year() + off as i32);
                year_relative = true;
                end = e2;
            }
        }
        // "Thanksgiving in three years", "Diwali six years hence".
        if year.is_none() {
            if let Some((e2, y)) = self.offset_year(end) {
                year = Some(y);
                year_relative = true;
                end = e2;
            }
        }
        let (value, relative) = if let Some(y) = year {
            (h.on(y)?, year_relative)
        } else {
            let a = self.anchor?;
            let y = a.year();
            let cands: Vec<DateValue> = [y - 1, y, y + 1].iter().filter_map(|&y| h.on(y)).collect();
            // ("el sábado 5 de junio, Día Mundial del Medio Ambiente": the holiday
            // in apposition to the day just told is that day)
            let told = i > 0
                && matches!(self.punct(i - 1), Some(','))
                && self
                    .last_day
                    .and_then(|d| cands.iter().find(|v| v.start == d && v.end == d))
                    .is_some();
            if told {
                let d = self.last_day?;
                return Some(Hit::new(i, end, DateValue::day(d), true));
            }
            let before = cands
                .iter()
                .filter(|v| v.start <= a)
                .max_by_key(|v| v.start)
                .cloned();
            let after = cands
                .iter()
                .filter(|v| v.start >= a)
                .min_by_key(|v| v.start)
                .cloned();
            let v = match dir {
                Some(Dir::Past) => cands
                    .iter()
                    .filter(|v| v.start < a)
                    .max_by_key(|v| v.start)
                    .cloned(),
                Some(Dir::Next) => cands
                    .iter()
                    .filter(|v| v.start > a)
                    .min_by_key(|v| v.start)
                    .cloned(),
                // "this Christmas", "this MLK day": the coming one, or in a
                // past-tense sentence the one just gone.
                Some(Dir::This) | None => match self.tense(i) {
                    Tense::Past => before,
                    _ => after,
                },
            }?;
            (v, true)
        };
        Some(Hit::new(i, end, value, relative))
    }
}

/// `from` moved by `n` units, to the day.
fn shift_day(from: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    Some(match unit {
        Unit::Day => from + Duration::days(n),
        Unit::Week => from + Duration::days(7 * n),
        Unit::Fortnight => from + Duration::days(14 * n),
        Unit::Month => calendar::add_months(from, n as i32)?,
        Unit::Year => calendar::add_months(from, 12 * n as i32)?,
        Unit::Weekend => return None,
    })
}

pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A past participle of something done to people (folded): "capturados",
/// "detenida", "preso", "asesinado"; not a noun that ends like one ("partido",
/// "pedido", "marido").
fn is_participle(text: &str, t: &Tok) -> bool {
    let w = cronica_text::fold(&text[t.start..t.end]);
    let noun = matches!(
        w.as_str(),
        "partido"
            | "pedido"
            | "marido"
            | "sentido"
            | "contenido"
            | "apellido"
            | "ruido"
            | "vestido"
            | "estado"
            | "mercado"
            | "lado"
            | "senado"
            | "soldado"
            | "abogado"
            | "advogado"
            | "juzgado"
            | "delegado"
            | "diputado"
            | "deputado"
            | "encargado"
            | "resultado"
            | "pasado"
            | "passado"
            | "sabado"
            | "feriado"
            | "dado"
            | "cuidado"
            | "grado"
            | "prado"
            | "periodo"
            | "comunicado"
            | "ministerio"
    );
    !noun
        && w.len() > 5
        && ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"]
            .iter()
            .any(|e| w.ends_with(e))
        || matches!(
            w.as_str(),
            "preso"
                | "presa"
                | "presos"
                | "presas"
                | "morto"
                | "morta"
                | "mortos"
                | "muerto"
                | "muerta"
                | "muertos"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// The (text, ISO value) pairs read in `text`.
    fn read(text: &str, lang: Lang, anchor: Option<&str>) -> Vec<(String, String)> {
        tag(text, Span::new(0, text.len()), lang, anchor.map(d))
            .into_iter()
            .map(|e| (e.span.text(text).to_string(), e.value.iso()))
            .collect()
    }

    fn one(text: &str, lang: Lang, anchor: Option<&str>) -> String {
        let r = read(text, lang, anchor);
        assert_eq!(r.len(), 1, "{text:?}: {r:?}");
        r[0].1.clone()
    }

    #[test]
    fn that_same_weekday_is_the_day_told_before() {
        // 2027-09-16 is a Thursday; 6 September a Monday.
        let r = read(
            "El lunes 6 de septiembre hubo disparos. Ese mismo lunes, el CAVG acusó a la empresa.",
            Lang::Es,
            Some("2027-09-16"),
        );
        assert_eq!(r.last().map(|x| x.1.as_str()), Some("2027-09-06"), "{r:?}");
        // (past another day told after it)
        let r = read(
            "They were charged on Monday, 8 November 2027, and their hearing was fixed for \
             Wednesday, 24 November 2027. On the same Monday students marched.",
            Lang::En,
            Some("2027-11-15"),
        );
        assert_eq!(r.last().map(|x| x.1.as_str()), Some("2027-11-08"), "{r:?}");
        // (a weekday of a habit is no day: "como todos los miércoles")
        let r = read(
            "Los jubilados se manifestaban, como todos los miércoles, frente al Congreso.",
            Lang::Es,
            Some("2026-09-02"),
        );
        assert!(r.is_empty(), "{r:?}");
        assert!(read("They march every Tuesday.", Lang::En, Some("2026-09-02")).is_empty());
    }

    #[test]
    fn a_first_name_domingo_is_no_sunday() {
        let a = Some("2027-09-28");
        assert!(read(
            "Seis fueron capturados, entre ellos Matías Caal Xol y Domingo Tiul Choc.",
            Lang::Es,
            a
        )
        .is_empty());
        assert!(read("O professor Domingo Nhaga foi detido.", Lang::Pt, a).is_empty());
        // (the weekday before a date, a time or a lower-case word stays one)
        assert_eq!(
            one("El Domingo 26 de septiembre hubo una marcha.", Lang::Es, a),
            "2027-09-26"
        );
        assert_eq!(
            one("Marcharon el Domingo por la tarde.", Lang::Es, a),
            "2027-09-26"
        );
    }

    #[test]
    fn a_threads_post_numbers_are_no_dates() {
        let text = "1/14 · 07:52 · Tue 9 Mar 2027\nGood morning.\n\n2/14 · 08:20\nWe wait.\n\n\
                    9/14 · 12:40\nThe march ends.\n\nOn 9/14 the march ended.";
        let found = read(text, Lang::En, Some("2027-10-01"));
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        // the post's own date, and "on 9/14" in running text; no post number
        assert_eq!(texts, ["Tue 9 Mar 2027", "9/14"], "{found:?}");
        assert_eq!(found[0].1, "2027-03-09", "{found:?}");
    }

    #[test]
    fn the_day_after_two_days_told_together_is_the_second() {
        let found = read(
            "• 21 de agosto – Bloqueio de estrada na Barra do Dande.\n• 27 e 28 de setembro – O \
             Governo Provincial proíbe a marcha; no dia seguinte, a polícia deteve 11 estudantes.",
            Lang::Pt,
            Some("2027-12-10"),
        );
        let days: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
        assert_eq!(days.last(), Some(&"2027-09-28"), "{found:?}");
    }

    #[test]
    fn a_holiday_in_apposition_to_the_day_just_told_is_that_day() {
        let found = read(
            "El sábado 5 de junio, Día Mundial del Medio Ambiente, unas 600 mujeres marchamos.",
            Lang::Es,
            Some("2027-07-15"),
        );
        let days: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
        assert!(days.iter().all(|d| *d == "2027-06-05"), "{found:?}");
    }

    #[test]
    fn a_tenseless_day_in_a_text_about_this_year_is_of_this_year() {
        let found = read(
            "Em 2027, as autoridades responderam com força.\n\n• 14 de março – Polícia \
             dispara contra marcha em Camabatela.",
            Lang::Pt,
            Some("2027-12-10"),
        );
        let days: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
        assert_eq!(days.last(), Some(&"2027-03-14"), "{found:?}");
    }

    #[test]
    fn the_following_weekday_counts_from_the_day_told_before_it() {
        let found = read(
            "El miércoles 10 de marzo la Guardia Civil disolvió la concentración. El lunes \
             siguiente, la Subdelegación prohibió la manifestación.",
            Lang::Es,
            Some("2027-04-30"),
        );
        let days: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
        assert_eq!(days, ["2027-03-10", "2027-03-15"], "{found:?}");
        let found = read(
            "On Wednesday 10 March police broke up the sit-in. The following Monday, the \
             governor banned the march.",
            Lang::En,
            Some("2027-04-30"),
        );
        let days: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
        assert_eq!(days, ["2027-03-10", "2027-03-15"], "{found:?}");
    }

    #[test]
    fn a_weekday_with_a_bare_day_number_is_that_day_when_it_falls_on_it() {
        let a = Some("2027-08-23");
        assert_eq!(
            one("El sábado 21 marchamos unas 400 personas.", Lang::Es, a),
            "2027-08-21"
        );
        // (a number that is no day of that weekday, or a word, is no day)
        assert_eq!(
            one("Conaie inició el lunes un paro nacional.", Lang::Es, a),
            "2027-08-23"
        );
    }

    #[test]
    fn a_case_logs_padded_days_are_dates_not_post_numbers() {
        let text = "Seguimiento:\n05/10 – La Gobernación firmó un acta.\n06/10 – El Juzgado revocó el fallo.\n\
                    08/10 – La empresa suspendió las obras.";
        let found = read(text, Lang::Es, Some("2027-10-15"));
        let days: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
        assert_eq!(
            days,
            ["2027-10-05", "2027-10-06", "2027-10-08"],
            "{found:?}"
        );
    }

    #[test]
    fn a_chronology_dates_its_lines_by_their_month_heading() {
        let text = "Recordamos, mês a mês, o que marcou o ano.\n\nJANEIRO\n25 e 26 – Greve de \
                    dois dias dos professores.\n28 – O Ministério anuncia descontos.\n\n\
                    FEVEREIRO\n8 – Agricultores bloqueiam a estrada. No dia seguinte, a \
                    polícia detém cinco.\nCarnaval no Mindelo bate recorde.\n\nJUNHO\n\
                    Fim do mês – Seca no interior.\n\nJULHO\n5 – Aniversário.";
        let r = read(text, Lang::Pt, Some("2027-12-30"));
        let iso = |s: &str| r.iter().find(|(t, _)| t == s).map(|(_, v)| v.clone());
        assert_eq!(
            iso("25 e 26").as_deref(),
            Some("2027-01-25/2027-01-26"),
            "{r:?}"
        );
        assert_eq!(iso("28").as_deref(), Some("2027-01-28"), "{r:?}");
        assert_eq!(iso("8").as_deref(), Some("2027-02-08"), "{r:?}");
        assert_eq!(iso("dia seguinte").as_deref(), Some("2027-02-09"), "{r:?}");
        assert_eq!(iso("5").as_deref(), Some("2027-07-05"), "{r:?}");
        assert_eq!(
            iso("Fim do mês").as_deref(),
            Some("2027-06-21/2027-06-30"),
            "{r:?}"
        );
        // (a heading alone, with no day line under it, is a month)
        assert_eq!(one("September 2025", Lang::En, None), "2025-09");
        // (a heading's year, when it has one)
        let r = read(
            "Março de 2026\n3 – Marcha em Luanda.",
            Lang::Pt,
            Some("2027-12-30"),
        );
        assert_eq!(r, vec![("3".to_string(), "2026-03-03".to_string())]);
    }

    #[test]
    fn no_date_runs_on_past_a_blank_line() {
        let text = "Florianópolis, 4 de agosto\n\nO primeiro ato reuniu cinco mil pessoas.";
        let r = read(text, Lang::Pt, Some("2027-11-05"));
        assert_eq!(
            r,
            vec![("4 de agosto".to_string(), "2027-08-04".to_string())]
        );
    }

    #[test]
    fn the_day_of_a_thing_named_in_passing_is_not_that_day() {
        let text = "En la madrugada del lunes 19 de julio llegaron los agentes a ejecutar una orden de desalojo firmada el 2 de julio por el juzgado. Ese mismo día, la policía difundió un comunicado.";
        let r = read(text, Lang::Es, Some("2027-07-21"));
        assert_eq!(r.last().map(|x| x.1.as_str()), Some("2027-07-19"), "{r:?}");
        // (a participle after its auxiliary tells the act: "fue firmada")
        let text = "El lunes 19 de julio llegaron los agentes. La orden fue firmada el 2 de julio. Ese mismo día, la policía difundió un comunicado.";
        let r = read(text, Lang::Es, Some("2027-07-21"));
        assert_eq!(r.last().map(|x| x.1.as_str()), Some("2027-07-02"), "{r:?}");
    }

    #[test]
    fn a_planned_thing_named_after_the_day_sets_no_future() {
        // 2026-12-03 is a Thursday
        assert_eq!(
            one(
                "Students blocked the bridge for three hours on Tuesday evening in protest against the planned merger.",
                Lang::En,
                Some("2026-12-03")
            ),
            "2026-12-01"
        );
        // the plan itself still looks ahead
        assert_eq!(
            one(
                "A march is planned for Tuesday.",
                Lang::En,
                Some("2026-12-03")
            ),
            "2026-12-08"
        );
        // "is due to" looks ahead; "due to" a cause does not
        assert_eq!(
            one(
                "Their trial is due to open on Tuesday.",
                Lang::En,
                Some("2026-12-03")
            ),
            "2026-12-08"
        );
        assert_eq!(
            one(
                "Due to the strike, no trains ran on Tuesday.",
                Lang::En,
                Some("2026-12-03")
            ),
            "2026-12-01"
        );
    }

    #[test]
    fn portuguese_marco_without_cedilla_is_a_landmark() {
        assert!(read(
            "o projeto de lei do marco temporal",
            Lang::Pt,
            Some("2025-08-14")
        )
        .is_empty());
        assert_eq!(one("em 13 de marco de 2024", Lang::Pt, None), "2024-03-13");
        assert_eq!(one("em março de 2024", Lang::Pt, None), "2024-03");
    }

    #[test]
    fn a_capitalised_month_after_a_noun_and_a_day_names_a_place() {
        assert!(read(
            "las familias del asentamiento 8 de Marzo",
            Lang::Es,
            Some("2025-12-10")
        )
        .is_empty());
        assert!(read("na Avenida 9 de Julho", Lang::Pt, Some("2025-12-10")).is_empty());
        // a date keeps its month, capitalised or not
        assert_eq!(
            one(
                "llegaron el 8 de Marzo de 2025",
                Lang::Es,
                Some("2025-12-10")
            ),
            "2025-03-08"
        );
        assert_eq!(
            one("marcharon el 8 de marzo", Lang::Es, Some("2025-12-10")),
            "2025-03-08"
        );
    }

    #[test]
    fn a_weekday_in_the_possessive_is_that_day() {
        let r = read(
            "32 people were killed in Saturday's raids",
            Lang::En,
            Some("2025-11-17"),
        );
        assert_eq!(r, vec![("Saturday".to_string(), "2025-11-15".to_string())]);
    }

    #[test]
    fn absolute_dates_need_no_anchor() {
        assert_eq!(one("Saturday 3 January 2026", Lang::En, None), "2026-01-03");
        assert_eq!(
            one("on November 12, 2019, they", Lang::En, None),
            "2019-11-12"
        );
        assert_eq!(
            one("el 13 de diciembre de 2022", Lang::Es, None),
            "2022-12-13"
        );
        assert_eq!(
            one("em 31 de janeiro de 2023", Lang::Pt, None),
            "2023-01-31"
        );
        assert_eq!(
            one("Wednesday 22 February 2023", Lang::En, None),
            "2023-02-22"
        );
        assert_eq!(one("2023-01-31", Lang::En, None), "2023-01-31");
        assert_eq!(one("September 2025", Lang::En, None), "2025-09");
        assert_eq!(one("en diciembre de 2022", Lang::Es, None), "2022-12");
        assert_eq!(one("It happened in 2019.", Lang::En, None), "2019");
        assert_eq!(one("1º de janeiro de 2020", Lang::Pt, None), "2020-01-01");
        assert_eq!(one("January 4th, 2021", Lang::En, None), "2021-01-04");
    }

    #[test]
    fn a_year_before_a_noun_qualifies_it() {
        assert_eq!(
            one(
                "contempt of court after a 2016 ruling declared",
                Lang::En,
                Some("2019-01-23")
            ),
            "2016"
        );
        // counts and measures are not years
        assert!(read("a 2000 km border", Lang::En, Some("2019-01-23")).is_empty());
        assert!(read("some 2000 people marched", Lang::En, Some("2019-01-23")).is_empty());
    }

    #[test]
    fn day_month_order_follows_the_language() {
        assert_eq!(one("12/11/2019", Lang::En, None), "2019-12-11");
        assert_eq!(one("12/11/2019", Lang::Es, None), "2019-11-12");
        assert_eq!(one("12/11/19", Lang::Pt, None), "2019-11-12");
    }

    #[test]
    fn relative_dates_need_an_anchor() {
        assert!(read("Monday 28th January", Lang::En, None).is_empty());
        assert_eq!(
            one("Monday 28th January", Lang::En, Some("2019-02-03")),
            "2019-01-28"
        );
        assert_eq!(one("yesterday", Lang::En, Some("2026-01-06")), "2026-01-05");
        assert_eq!(one("anteayer", Lang::Es, Some("2026-01-06")), "2026-01-04");
        assert_eq!(one("anteontem", Lang::Pt, Some("2026-01-06")), "2026-01-04");
        assert_eq!(
            one("hace 3 días", Lang::Es, Some("2026-01-06")),
            "2026-01-03"
        );
        assert_eq!(
            one("há três dias", Lang::Pt, Some("2026-01-06")),
            "2026-01-03"
        );
        assert_eq!(
            one("two days ago", Lang::En, Some("2026-01-06")),
            "2026-01-04"
        );
        assert_eq!(
            one("a month ago", Lang::En, Some("2026-03-31")),
            "2026-02-28"
        );
        assert_eq!(
            one("la semana pasada", Lang::Es, Some("2026-01-07")),
            "2025-12-29/2026-01-04"
        );
        assert_eq!(one("o ano passado", Lang::Pt, Some("2026-01-07")), "2025");
        assert_eq!(
            one("el mes que viene", Lang::Es, Some("2026-01-07")),
            "2026-02"
        );
    }

    #[test]
    fn a_day_something_is_set_for_is_the_coming_one() {
        // 2026-01-07 is a Wednesday.
        assert_eq!(
            one(
                "The union called a strike for Monday.",
                Lang::En,
                Some("2026-01-07")
            ),
            "2026-01-12"
        );
        assert_eq!(
            one(
                "La CGTP convocó un paro para el lunes.",
                Lang::Es,
                Some("2026-01-07")
            ),
            "2026-01-12"
        );
    }

    #[test]
    fn a_past_tense_that_opens_the_sentence_sets_it() {
        // 2027-03-10 is a Wednesday.
        assert_eq!(
            one(
                "Faleceu o segundo jovem atingido pelo guarda na terça-feira.",
                Lang::Pt,
                Some("2027-03-10")
            ),
            "2027-03-09"
        );
        assert_eq!(
            one(
                "Murieron los dos heridos del martes.",
                Lang::Es,
                Some("2027-03-10")
            ),
            "2027-03-09"
        );
    }

    #[test]
    fn weekdays_follow_the_tense() {
        // 2026-01-07 is a Wednesday.
        // (a day and month in figures after a weekday decide: "Quarta, 21/4")
        assert_eq!(
            one(
                "Quinta, 8/1 – Fortaleza – 9h – Ato",
                Lang::Pt,
                Some("2026-01-07")
            ),
            "2026-01-08"
        );
        assert_eq!(
            one("jueves 8/1, 9:00", Lang::Es, Some("2026-01-07")),
            "2026-01-08"
        );
        // (a fire set is past; one people will set is to come)
        assert_eq!(
            one(
                "Protesters set fire to the office on Monday night.",
                Lang::En,
                Some("2026-01-07")
            ),
            "2026-01-05"
        );
        assert_eq!(
            one(
                "They said they would set fire to the office on Monday.",
                Lang::En,
                Some("2026-01-07")
            ),
            "2026-01-12"
        );
        assert_eq!(
            one(
                "Police arrested him on Monday.",
                Lang::En,
                Some("2026-01-07")
            ),
            "2026-01-05"
        );
        assert_eq!(
            one(
                "The march will start on Monday.",
                Lang::En,
                Some("2026-01-07")
            ),
            "2026-01-12"
        );
        assert_eq!(
            one("na última segunda-feira", Lang::Pt, Some("2026-01-07")),
            "2026-01-05"
        );
        assert_eq!(
            one("el próximo viernes", Lang::Es, Some("2026-01-07")),
            "2026-01-09"
        );
        // the stop of "p.m." ends no sentence, nor do thirty words: the past tense
        // of the clause still counts
        assert_eq!(
            one(
                "El Gobierno de Dina Boluarte decretó un toque de queda de tres días en la región \
                 Puno, de 8 p.m. a 4 a.m., tras los enfrentamientos del lunes.",
                Lang::Es,
                Some("2026-01-07")
            ),
            "2026-01-05"
        );
    }

    #[test]
    fn last_and_next_weekdays() {
        // 2019-01-31 is a Thursday.
        let a = Some("2019-01-31");
        // English: the weekday of the week before or after.
        assert_eq!(one("last Wednesday", Lang::En, a), "2019-01-23");
        assert_eq!(one("next Friday", Lang::En, a), "2019-02-08");
        assert_eq!(one("this past Wednesday", Lang::En, a), "2019-01-30");
        assert_eq!(one("the coming Friday", Lang::En, a), "2019-02-01");
        // Spanish and Portuguese: the nearest one that is not yesterday or tomorrow.
        assert_eq!(one("el miércoles pasado", Lang::Es, a), "2019-01-23");
        assert_eq!(one("el lunes pasado", Lang::Es, a), "2019-01-28");
        assert_eq!(one("el próximo viernes", Lang::Es, a), "2019-02-08");
        assert_eq!(one("el próximo lunes", Lang::Es, a), "2019-02-04");
        assert_eq!(one("este miércoles pasado", Lang::Es, a), "2019-01-30");
        assert_eq!(one("o sábado que vem", Lang::Pt, a), "2019-02-02");
        // A weekday beside a counted offset: its day in the week the offset reaches.
        assert_eq!(
            one(
                "I'll go back in 3 days on Friday.",
                Lang::En,
                Some("2016-11-09")
            ),
            "2016-11-11"
        );
        assert_eq!(
            one("Monday two weeks from now", Lang::En, Some("2016-11-09")),
            "2016-11-21"
        );
    }

    #[test]
    fn a_saints_name_is_no_weekday() {
        let a = Some("2024-03-06");
        assert_eq!(
            read("Protestas en Santo Domingo contra el alza.", Lang::Es, a),
            Vec::<(String, String)>::new()
        );
        assert_eq!(
            one("Protestas el domingo en Santo Domingo.", Lang::Es, a),
            "2024-03-10"
        );
    }

    #[test]
    fn numeric_months_compact_days_and_offsets() {
        let a = Some("2013-02-12");
        assert_eq!(one("2014-10", Lang::En, a), "2014-10");
        // A span of seasons is not a month.
        assert_ne!(one("the 2010-11 season", Lang::En, a), "2010-11");
        assert_eq!(one("see report-20170302.html", Lang::En, a), "2017-03-02");
        assert_eq!(read("call 20171302 now", Lang::En, a), Vec::new());
        assert_eq!(one("thanksgiving in 3 years", Lang::En, a), "2016-11-24");
        assert_eq!(one("March in a year", Lang::En, a), "2014-03");
        assert_eq!(
            one("2 weeks and 2 days ago", Lang::En, Some("2016-11-07")),
            "2016-10-22"
        );
        assert_eq!(one("Jul 18, Fri", Lang::En, a), "2014-07-18");
        assert_eq!(one("3 years from today", Lang::En, a), "2016-02-12");
        // a date written with points puts the day first, in English too
        assert_eq!(one("released on 10.06.2027", Lang::En, a), "2027-06-10");
        assert_eq!(one("released on 06/10/2027", Lang::En, a), "2027-06-10");
    }

    #[test]
    fn international_days_and_the_parsi_new_year() {
        let a = Some("2013-02-12");
        assert_eq!(
            one("el Día Mundial de la Libertad de Prensa", Lang::Es, a),
            "2013-05-03"
        );
        assert_eq!(
            one("no Dia Internacional dos Direitos Humanos", Lang::Pt, a),
            "2013-12-10"
        );
        assert_eq!(
            one("International Day of Cooperatives 2019", Lang::En, a),
            "2019-07-06"
        );
        assert_eq!(one("el día de los inocentes", Lang::Es, a), "2013-12-28");
        assert_eq!(one("Parsi New Year 2018", Lang::En, a), "2018-08-17");
        assert_eq!(one("Parsi New Year 2022", Lang::En, a), "2022-08-16");
    }

    #[test]
    fn weekends_and_rolling_weeks() {
        // 2026-01-07 is a Wednesday.
        let a = Some("2026-01-07");
        assert_eq!(
            one("Protests spread over the weekend.", Lang::En, a),
            "2026-01-03/2026-01-04"
        );
        assert_eq!(
            one("Over the past week, 30 people died.", Lang::En, a),
            "2026-01-01/2026-01-07"
        );
        assert_eq!(
            one("They will meet this Sunday.", Lang::En, a),
            "2026-01-11"
        );
        assert_eq!(
            one("neste domingo (4), os manifestantes", Lang::Pt, a),
            "2026-01-04"
        );
        assert!(read("in the coming days", Lang::En, a).is_empty());
        assert!(read("en las próximas semanas", Lang::Es, a).is_empty());
    }

    #[test]
    fn month_names_alone_take_the_latest_year_in_the_past() {
        assert_eq!(
            one("Protests began in December.", Lang::En, Some("2026-01-07")),
            "2025-12"
        );
        assert_eq!(
            one(
                "las protestas empezaron en diciembre",
                Lang::Es,
                Some("2026-01-07")
            ),
            "2025-12"
        );
        assert_eq!(
            one(
                "He was arrested on December 28.",
                Lang::En,
                Some("2026-01-07")
            ),
            "2025-12-28"
        );
        assert_eq!(
            one("el pasado 15 de diciembre", Lang::Es, Some("2026-01-07")),
            "2025-12-15"
        );
    }

    #[test]
    fn a_town_with_its_states_code_is_no_holiday() {
        let a = Some("2027-09-15");
        assert!(read("- Natal (RN) – 15h – Praça Sete de Setembro", Lang::Pt, a).is_empty());
        assert_eq!(one("no Natal de 2026", Lang::Pt, a), "2026-12-25");
    }

    #[test]
    fn that_same_day_is_the_day_before_in_each_language() {
        let a = Some("2027-09-22");
        for (text, lang) in [
            ("Na quinta-feira, 9 de Setembro, a UIR dispersou o piquete. Nesse mesmo dia, o sindicato protestou.", Lang::Pt),
            ("Na quinta-feira, 9 de Setembro, a UIR dispersou o piquete. O porta-voz disse nesse dia que houve pedras.", Lang::Pt),
            ("El jueves 9 de septiembre la policía desalojó el bloqueo. Ese mismo día, la COB convocó a un paro.", Lang::Es),
            ("On Thursday, 9 September, police cleared the picket. That same day, the union protested.", Lang::En),
        ] {
            let found = read(text, lang, a);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            assert_eq!(found[1].1, "2027-09-09", "{text}: {found:?}");
        }
    }

    #[test]
    fn a_day_and_month_after_a_bullet_opens_a_chronology_entry() {
        let a = Some("2027-11-03");
        let text = "Cronologia\n• 20/09 — Moradores cortam a estrada\n– 23/09, 06h00 — UIR retira o bloqueio";
        let found = read(text, Lang::Pt, a);
        assert_eq!(
            found,
            vec![
                ("20/09".to_string(), "2027-09-20".to_string()),
                ("23/09".to_string(), "2027-09-23".to_string())
            ]
        );
        // (a fraction after a dash inside a line is no day)
        assert_eq!(
            read("Votaram a favor - 3/4 dos deputados.", Lang::Pt, a),
            vec![]
        );
    }

    #[test]
    fn an_entry_heading_dates_the_today_and_yesterday_under_it() {
        let a = Some("2027-09-20");
        let text = "AVISO AO TRADE N.º 17/2027 – Vila dos Remédios, 20 de setembro de 2027\n\
                    Hoje o acordo foi assinado.\n\
                    AVISO AO TRADE N.º 16/2027 – Vila dos Remédios, 15 de setembro de 2027 (quarta-feira)\n\
                    Ontem, terça-feira, o Governo suspendeu a licença.";
        let found = read(text, Lang::Pt, a);
        assert_eq!(
            found[1],
            ("Hoje".to_string(), "2027-09-20".to_string()),
            "{found:?}"
        );
        assert_eq!(found.last().unwrap().1, "2027-09-14", "{found:?}");
        let text = "AVISO CA-2027-0216 (Viernes 19/03/2027, 18:00; nivel AMARILLO)\n\
                    Texto enviado: Mañana sábado 20, a las 12:00, manifestación.";
        let found = read(text, Lang::Es, Some("2027-03-21"));
        assert_eq!(found.last().unwrap().1, "2027-03-20", "{found:?}");
        // (a sentence that tells a day is no heading)
        let text = "On 3 March 2027 police arrested him.\nYesterday he was freed.";
        let found = read(text, Lang::En, Some("2027-03-20"));
        assert_eq!(found.last().unwrap().1, "2027-03-19", "{found:?}");
    }

    #[test]
    fn a_march_in_lower_case_is_no_month() {
        let a = Some("2027-08-14");
        let found = read(
            "The FCVC plans a second march in Port Louis on Saturday 21 August.",
            Lang::En,
            a,
        );
        assert_eq!(
            found,
            vec![("Saturday 21 August".to_string(), "2027-08-21".to_string())]
        );
        assert_eq!(
            one("They were freed on the second of March.", Lang::En, a),
            "2027-03-02"
        );
        assert_eq!(
            one("Protesters marched on 3 march 2027.", Lang::En, a),
            "2027-03-03"
        );
    }

    #[test]
    fn hours_later_count_whole_days_from_the_day_before() {
        // 2027-05-05 is a Wednesday
        let a = Some("2027-05-10");
        let pt = read(
            "Foi detido a 5 de maio e libertado 48 horas depois, sem acusação.",
            Lang::Pt,
            a,
        );
        assert_eq!(
            pt.last().unwrap(),
            &("48 horas depois".to_string(), "2027-05-07".to_string())
        );
        let en = read(
            "He was held on Wednesday, May 5, and freed thirty hours later.",
            Lang::En,
            a,
        );
        assert_eq!(en.last().unwrap().1, "2027-05-06");
        // fewer than a day, or counted from an act rather than a day: no day
        assert_eq!(
            read("Dos horas después, la policía llegó.", Lang::Es, a),
            vec![]
        );
        assert_eq!(
            read("He was freed 48 hours after his arrest.", Lang::En, a),
            vec![]
        );
    }

    #[test]
    fn a_reported_future_looks_ahead() {
        // (text, language, anchor, day): 2027-03-25 is a Thursday
        let cases = [
            ("The front said it would hold a rally on Saturday.", Lang::En, "2027-03-25", "2027-03-27"),
            ("Police fired tear gas on Wednesday at protesters against a bill that would raise taxes.", Lang::En, "2027-03-25", "2027-03-24"),
            ("The office said it had invited the protesters to talks at the residence on Friday.", Lang::En, "2027-03-25", "2027-03-26"),
            // an hour is no future, nor is the morning
            ("El lunes, a partir de las 19:00 horas, unas 400 personas se concentraron frente al Ayuntamiento.", Lang::Es, "2027-10-06", "2027-10-04"),
            ("Cinco quedaron en libertad el martes por la mañana.", Lang::Es, "2027-10-06", "2027-10-05"),
        ];
        for (text, lang, anchor, day) in cases {
            assert_eq!(one(text, lang, Some(anchor)), day, "{text}");
        }
    }

    #[test]
    fn weekday_ranges() {
        // a Thursday
        let a = Some("2027-07-15");
        let range = |text: &str, lang: Lang| {
            read(text, lang, a)
                .into_iter()
                .map(|(_, v)| v)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            range(
                "A greve, de segunda a quarta-feira, deixou a cidade parada.",
                Lang::Pt
            ),
            ["2027-07-12/2027-07-14"]
        );
        assert_eq!(
            range(
                "El paro, del lunes al miércoles, dejó la ciudad sin buses.",
                Lang::Es
            ),
            ["2027-07-12/2027-07-14"]
        );
        assert_eq!(
            range(
                "The strike, from Monday to Wednesday, paralysed the city.",
                Lang::En
            ),
            ["2027-07-12/2027-07-14"]
        );
        assert_eq!(
            range("La huelga será del lunes al miércoles.", Lang::Es),
            ["2027-07-19/2027-07-21"]
        );
        // two days running joined by "and" are both; two days apart stay two
        assert_eq!(
            range("Drivers stopped work on Tuesday and Wednesday.", Lang::En),
            ["2027-07-13/2027-07-14"]
        );
        assert_eq!(
            range("Drivers stopped work on Monday and Wednesday.", Lang::En).len(),
            2
        );
    }

    #[test]
    fn ranges() {
        let a = Some("2026-01-20");
        assert_eq!(
            one("from 3 to 5 January", Lang::En, a),
            "2026-01-03/2026-01-05"
        );
        assert_eq!(
            one("del 3 al 5 de enero de 2026", Lang::Es, None),
            "2026-01-03/2026-01-05"
        );
        assert_eq!(
            one("since 15 December", Lang::En, a),
            "2025-12-15/2026-01-20"
        );
        assert_eq!(one("in mid-December", Lang::En, a), "2025-12-11/2025-12-20");
        assert_eq!(
            one("the first half of 2023", Lang::En, None),
            "2023-01-01/2023-06-30"
        );
        assert_eq!(one("in the 1990s", Lang::En, None), "1990-01-01/1999-12-31");
        // a numbered heading's number before a day with its weekday is no range
        assert_eq!(
            one(
                "DIA 2 – Terça-feira, 16 de novembro",
                Lang::Pt,
                Some("2027-11-20")
            ),
            "2027-11-16"
        );
        assert_eq!(
            one("entre 2019 y 2021", Lang::Es, None),
            "2019-01-01/2021-12-31"
        );
    }

    #[test]
    fn contradictions_give_a_range_and_a_warning() {
        // 2026-01-06 is a Tuesday: yesterday was Monday, not Sunday.
        let text = "yesterday, Sunday";
        let e = tag(
            text,
            Span::new(0, text.len()),
            Lang::En,
            Some(d("2026-01-06")),
        );
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].value.iso(), "2026-01-04/2026-01-05");
        assert!(e[0]
            .warning
            .as_deref()
            .is_some_and(|w| w.contains("Sunday")));
        let text = "ayer domingo";
        let e = tag(
            text,
            Span::new(0, text.len()),
            Lang::Es,
            Some(d("2026-01-05")),
        );
        assert_eq!(e[0].value.iso(), "2026-01-04");
        assert!(e[0].warning.is_none());
    }

    #[test]
    fn years_closing_a_name_or_after_a_season_word() {
        assert_eq!(
            one("ganó Eurovisión 2004 en Estambul", Lang::Es, None),
            "2004"
        );
        assert_eq!(one("en el Apertura 2010 , entró", Lang::Es, None), "2010");
        assert_eq!(one("Para la temporada 2011 fichó", Lang::Es, None), "2011");
        assert_eq!(
            one("12º en el Tour de Francia 1997 .", Lang::Es, None),
            "1997"
        );
        assert!(read("It runs Windows 2000 Server", Lang::En, None).is_empty());
        assert!(read("Over 2000 people marched", Lang::En, None).is_empty());
        assert!(read("the song `` 2000 Light Years from Home ''", Lang::En, None).is_empty());
    }

    #[test]
    fn festivals_of_other_calendars() {
        let a = Some("2013-02-12");
        assert_eq!(one("Eid al-Fitr 2018", Lang::En, a), "2018-06-15");
        assert_eq!(one("chinese new year", Lang::En, a), "2014-01-31");
        assert_eq!(one("last chinese new year", Lang::En, a), "2013-02-10");
        assert_eq!(one("orthodox easter 2018", Lang::En, a), "2018-04-08");
        assert_eq!(one("diwali 2019", Lang::En, a), "2019-10-27");
        assert_eq!(one("last MLK Jr. day", Lang::En, a), "2013-01-21");
        assert_eq!(one("this MLK day", Lang::En, a), "2014-01-20");
        assert_eq!(
            one("durante el Ramadán de 2024", Lang::Es, a),
            "2024-03-11/2024-04-09"
        );
        assert_eq!(one("o Ano Novo Chinês de 2020", Lang::Pt, a), "2020-01-25");
        // A sentence that ends after "Jr" does not join the next one's "Day".
        assert!(read("He met King Jr. Day two began.", Lang::En, a).is_empty());
    }

    #[test]
    fn assistant_style_counts_of_days() {
        let a = Some("2013-02-12");
        assert_eq!(one("upcoming two days", Lang::En, a), "2013-02-14");
        assert_eq!(one("2 upcoming months", Lang::En, a), "2013-04");
        assert_eq!(one("upcoming 2 years", Lang::En, a), "2015");
        assert_eq!(one("3 fridays from now", Lang::En, a), "2013-03-01");
        assert_eq!(
            one("three fridays from now", Lang::En, Some("2013-02-15")),
            "2013-03-08"
        );
        assert_eq!(one("2 thursdays ago", Lang::En, a), "2013-01-31");
        assert_eq!(one("2 thursdays back", Lang::En, a), "2013-01-31");
        assert_eq!(one("friday after next", Lang::En, a), "2013-02-22");
        assert_eq!(one("wednesday after next", Lang::En, a), "2013-02-20");
        assert_eq!(one("March after next", Lang::En, a), "2014-03");
        // With no tense, an nth weekday of a bare month is the coming one; in a
        // past-tense sentence the one gone by.
        assert_eq!(one("first tuesday of october", Lang::En, a), "2013-10-01");
        assert_eq!(one("last friday in october", Lang::En, a), "2013-10-25");
        assert_eq!(
            one("They met on the first Tuesday of October.", Lang::En, a),
            "2012-10-02"
        );
    }

    #[test]
    fn weekend_after_a_contracted_article() {
        let a = Some("2023-11-06");
        assert_eq!(
            one(
                "Las lluvias del fin de semana dejaron doce muertos.",
                Lang::Es,
                a
            ),
            "2023-11-04/2023-11-05"
        );
        assert_eq!(
            one(
                "Os protestos do fim de semana deixaram feridos.",
                Lang::Pt,
                a
            ),
            "2023-11-04/2023-11-05"
        );
    }

    #[test]
    fn numbers_that_are_not_dates() {
        let a = Some("2026-01-06");
        assert!(read("100 people were arrested", Lang::En, a).is_empty());
        assert!(read("after 72h of strike", Lang::En, a).is_empty());
        assert!(read("from 7pm to 9pm", Lang::En, a).is_empty());
        assert!(read("a las 10:30 horas", Lang::Es, a).is_empty());
        assert!(read("o Contrato 4/2016 foi assinado", Lang::Pt, a).is_empty());
        assert!(read("30 de febrero", Lang::Es, a).is_empty());
    }

    #[test]
    fn spans_are_byte_ranges_on_char_boundaries() {
        let text = "Ação: há três dias, em 3 de março de 2020, ocorreu…";
        let e = tag(
            text,
            Span::new(0, text.len()),
            Lang::Pt,
            Some(d("2020-03-10")),
        );
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].span.text(text), "há três dias");
        assert_eq!(e[1].span.text(text), "3 de março de 2020");
        // A span inside the text only reads that part, with offsets into the whole text.
        let start = text.find("em 3").unwrap();
        let e = tag(text, Span::new(start, text.len()), Lang::Pt, None);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].span.start, start + 3);
        // A span that cuts a character yields nothing rather than panicking.
        assert!(tag(text, Span::new(1, 5), Lang::Pt, None).is_empty());
    }

    #[test]
    fn any_span_of_any_text_is_safe() {
        let text = "Ayer, 3 de março—há 2 dias; 12/11/19 'ó' 1º/1 the 1990s, since May 5th- …";
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .collect();
        for (n, &s) in bounds.iter().enumerate() {
            for &e in &bounds[n..] {
                for lang in Lang::READ {
                    let found = tag(text, Span::new(s, e), lang, Some(d("2020-02-29")));
                    for w in found.windows(2) {
                        assert!(w[0].span.end <= w[1].span.start);
                    }
                    for e2 in found {
                        assert!(s <= e2.span.start && e2.span.end <= e);
                        assert!(
                            text.is_char_boundary(e2.span.start)
                                && text.is_char_boundary(e2.span.end)
                        );
                        assert!(e2.value.start <= e2.value.end);
                    }
                }
            }
        }
        // A span past the end of the text is clipped.
        assert_eq!(tag("in 2019", Span::new(0, 99), Lang::En, None).len(), 1);
    }

    #[test]
    fn relative_expressions_carry_their_anchor() {
        let text = "ontem";
        let e = tag(
            text,
            Span::new(0, text.len()),
            Lang::Pt,
            Some(d("2024-03-01")),
        );
        assert!(e[0].relative);
        assert_eq!(e[0].anchor, Some(d("2024-03-01")));
        assert_eq!(e[0].value.iso(), "2024-02-29");
    }

    #[test]
    fn a_month_joined_to_another_takes_the_year_after_both() {
        for (text, lang, first) in [
            (
                "el paro cívico de mayo y junio de 2017",
                Lang::Es,
                "2017-05",
            ),
            (
                "as manifestações de abril e setembro de 2023",
                Lang::Pt,
                "2023-04",
            ),
        ] {
            let e = tag(text, Span::new(0, text.len()), lang, Some(d("2026-04-10")));
            let values: Vec<String> = e.iter().map(|e| e.value.iso()).collect();
            assert_eq!(
                values.first().map(String::as_str),
                Some(first),
                "{text}: {values:?}"
            );
            assert!(
                values.iter().all(|v| v.starts_with(&first[..4])),
                "{text}: {values:?}"
            );
        }
        // a month alone still takes the year nearest the article
        let text = "la marcha de mayo";
        let e = tag(
            text,
            Span::new(0, text.len()),
            Lang::Es,
            Some(d("2026-04-10")),
        );
        assert_eq!(e[0].value.iso(), "2026-05");
    }

    #[test]
    fn a_part_of_a_short_weekday_is_that_day() {
        let text = "Em nota divulgada na noite de terça, a PM afirmou";
        let e = tag(
            text,
            Span::new(0, text.len()),
            Lang::Pt,
            Some(d("2026-03-11")),
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].value.iso(), "2026-03-10");
        // an ordinal stays one
        let text = "a segunda fase da greve";
        let e = tag(
            text,
            Span::new(0, text.len()),
            Lang::Pt,
            Some(d("2026-03-11")),
        );
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn since_early_on_a_weekday_is_since_that_day() {
        let text = "unavailable since early on Monday";
        let e = tag(
            text,
            Span::new(0, text.len()),
            Lang::En,
            Some(d("2025-11-20")),
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].value.start, d("2025-11-17"));
        assert_eq!(e[0].value.end, d("2025-11-20"));
    }

    #[test]
    fn the_day_of_talks_one_is_invited_to_is_to_come() {
        let r = read(
            "The Labour Cabinet Secretary has invited CDAWU and the Kenya Ports Authority \
             to talks at the ministry in Nairobi on Thursday at 10 AM.",
            Lang::En,
            Some("2027-03-16"),
        );
        assert!(r.iter().any(|(_, v)| v == "2027-03-18"), "{r:?}");
    }

    #[test]
    fn a_day_that_opens_a_line_under_a_heading_is_a_date() {
        let r = read(
            "CRONOLOGIA\n1 de Fevereiro de 2022 – Ataque armado ao Palácio do Governo.",
            Lang::Pt,
            Some("2027-03-11"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2022-02-01"], "{r:?}");
    }

    #[test]
    fn a_day_of_that_year_is_of_the_year_last_written() {
        let r = read(
            "His best-known fight came in 2024. On 14 June that year police arrested 27 people.",
            Lang::En,
            Some("2027-11-12"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2024", "2024-06-14"], "{r:?}");
        let r = read(
            "La lucha empezó en 2019. El 3 de mayo de ese año la policía desalojó la plaza.",
            Lang::Es,
            Some("2027-11-12"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2019", "2019-05-03"], "{r:?}");
    }

    #[test]
    fn a_weekday_that_the_year_just_written_does_not_fit_keeps_the_articles_year() {
        let r = read(
            "The conflict ended in May 2009. On Saturday 15 May, the court issued an order.",
            Lang::En,
            Some("2027-05-21"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2009-05", "2027-05-15"], "{r:?}");
    }

    #[test]
    fn a_day_of_a_month_just_written_with_its_year_takes_that_year() {
        let r = read(
            "memories of June 2024, when crowds broke into parliament on June 25; \
             the government withdrew the bill the following day",
            Lang::En,
            Some("2027-07-08"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2024-06", "2024-06-25", "2024-06-26"], "{r:?}");
        // another month keeps the article's year
        let r = read(
            "in June 2024, and then on July 2",
            Lang::En,
            Some("2027-07-08"),
        );
        assert_eq!(
            r.last().map(|(_, v)| v.as_str()),
            Some("2027-07-02"),
            "{r:?}"
        );
    }

    #[test]
    fn the_morning_after_or_the_night_before_the_last_day_told() {
        let r = read(
            "fecharam a estrada na terça-feira (9). Na manhã seguinte, a polícia desfez o bloqueio",
            Lang::Pt,
            Some("2027-11-17"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2027-11-09", "2027-11-10"], "{r:?}");
        let r = read(
            "el jueves 11 de noviembre hubo una marcha; la noche anterior, la policía detuvo a dos",
            Lang::Es,
            Some("2027-11-17"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2027-11-11", "2027-11-10"], "{r:?}");
    }

    #[test]
    fn a_span_for_some_days_from_a_day_is_read_as_that_day() {
        let r = read(
            "banned all public gatherings in Mongu district for 14 days from Wednesday",
            Lang::En,
            Some("2027-12-08"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2027-12-08"], "{r:?}");
        // (a day counted from another stays that day: "3 days from today")
        assert_eq!(
            one("3 days from today", Lang::En, Some("2027-12-08")),
            "2027-12-11"
        );
    }

    #[test]
    fn a_day_right_after_a_participle_of_something_done_is_past() {
        let a = Some("2027-03-10");
        assert_eq!(
            one(
                "los dos dirigentes capturados el día 4 pasan ante el juez",
                Lang::Es,
                a
            ),
            "2027-03-04"
        );
        assert_eq!(
            one("o jovem preso no dia 8 segue detido", Lang::Pt, a),
            "2027-03-08"
        );
        // (a noun that ends like one tells nothing: the match is to come)
        assert_eq!(one("el partido el día 14", Lang::Es, a), "2027-03-14");
    }

    #[test]
    fn a_bare_day_after_days_told_with_their_month_is_of_that_month() {
        let r = read(
            "Fizemos uma primeira greve de 12 a 14 de Janeiro. No dia 14, cerca de quinhentos \
             professores concentraram-se em frente ao Ministério.",
            Lang::Pt,
            Some("2027-02-15"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2027-01-12/2027-01-14", "2027-01-14"], "{r:?}");
        // (not a day before them: the story has moved on to the next month)
        let r = read(
            "Entregámos o pré-aviso a 20 de Agosto. Depois, no dia 6, despediu quarenta \
             trabalhadores.",
            Lang::Pt,
            Some("2027-09-16"),
        );
        let values: Vec<&str> = r.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2027-08-20", "2027-09-06"], "{r:?}");
        // (nor in another paragraph)
        let r = read(
            "A greve foi de 12 a 14 de Janeiro.\n\nNo dia 14, os professores reuniram-se.",
            Lang::Pt,
            Some("2027-02-15"),
        );
        assert_eq!(
            r.last().map(|(_, v)| v.as_str()),
            Some("2027-02-14"),
            "{r:?}"
        );
    }

    #[test]
    fn a_day_before_a_heading_s_colon_is_a_day_not_an_hour() {
        let a = Some("2027-10-05");
        assert_eq!(
            one("Confira os atos nas capitais no dia 21:", Lang::Pt, a),
            "2027-10-21"
        );
        let r = read("no dia 21:30", Lang::Pt, a);
        assert!(r.iter().all(|(_, v)| v != "2027-10-21"), "{r:?}");
    }

    #[test]
    fn left_as_a_verb_is_past() {
        let a = Some("2027-02-18");
        let text = "On Wednesday afternoon, when about 10,000 protesters left Shahbagh to march \
                    toward the Election Commission building in Dhaka, riot police fired tear gas.";
        assert_eq!(one(text, Lang::En, a), "2027-02-17");
        // a party of the left looks to no past
        assert_eq!(
            one("On Wednesday the left will march in Lima.", Lang::En, a),
            "2027-02-24"
        );
    }

    #[test]
    fn a_verb_far_after_a_long_subject_sets_the_tense() {
        let text = "Also on Monday, the Authority of Heads of State and Government of the \
                    Economic Community of West African States (ECOWAS), meeting in an \
                    extraordinary session by videoconference, suspended Guinea-Bissau.";
        assert_eq!(one(text, Lang::En, Some("2027-10-19")), "2027-10-18");
    }

    #[test]
    fn a_count_of_people_after_a_weekday_is_no_day() {
        let text = "By Sunday, 20 people had been killed in Dhaka.";
        assert_eq!(one(text, Lang::En, Some("2025-11-20")), "2025-11-16");
    }
}
