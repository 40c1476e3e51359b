//! Dates for articles that state none, from what the rest of the file says.
//!
//! A newsletter or a digest often carries an undated article about something one of
//! its dated articles also mentions: "the national strike in Ecuador in June 2022",
//! then, three articles on, an undated report from that strike. The file's own
//! date (what [`DateSource::Inherited`] gives) dates the newsletter, not the strike.
//! Here such an article takes the latest month or day that another article writes
//! out in full in a sentence naming the country the undated article is about, when
//! that date falls within the year before the file's date. Its relative expressions ("a month ago")
//! are then read again against that date.

use std::collections::HashMap;

use chrono::Duration;
use cronica_types::stage::{Analysis, TimeTagger};
use cronica_types::{
    Article, ArticleKind, DateSource, DateValue, EntityLabel, Precision, Span, TimeExpr,
};

/// How far before the file's date a mention may lie and still date an article.
const MAX_DAYS_BEFORE: i64 = 365;

/// How far before the file's date a mention must lie to date an article rather
/// than the file's own date.
const MIN_DAYS_BEFORE: i64 = 7;

/// New dates for undated articles: `(article index, date)`.
pub(crate) fn context_dates(a: &Analysis) -> Vec<(usize, DateValue)> {
    let mut out = Vec::new();
    if a.articles.len() < 2 {
        return out;
    }
    for art in &a.articles {
        if art.date_source != DateSource::Inherited || art.kind != ArticleKind::Article {
            continue;
        }
        let Some(file_date) = art.date.as_ref().map(|d| d.start) else {
            continue;
        };
        let Some(country) = focus_country(a, art) else {
            continue;
        };
        let best = a
            .sentences
            .iter()
            .filter(|s| s.article != art.index)
            .filter(|s| names_country(a, s.span, &country))
            .flat_map(|s| a.times.iter().filter(move |t| s.span.contains(t.span)))
            // only dates written out in full: a relative one leans on its own
            // article's date, which may be a guess as well
            .filter(|t| !t.relative)
            .map(|t| &t.value)
            .filter(|v| matches!(v.precision, Precision::Day | Precision::Month))
            .filter(|v| {
                v.end <= file_date && file_date - v.start <= Duration::days(MAX_DAYS_BEFORE)
            })
            .max_by_key(|v| (v.start, std::cmp::Reverse(v.end)));
        // a date of the same days as the file's (a page's article signed the day
        // before) tells of the same news: the file's own date stands
        if let Some(v) = best.filter(|v| file_date - v.end >= Duration::days(MIN_DAYS_BEFORE)) {
            out.push((art.index, v.clone()));
        }
    }
    out
}

/// Whether a place or people of `country` is named inside `span`.
fn names_country(a: &Analysis, span: Span, country: &str) -> bool {
    a.entities.iter().any(|e| {
        span.contains(e.span)
            && matches!(e.label, EntityLabel::Loc | EntityLabel::Norp)
            && e.country.as_deref() == Some(country)
    })
}

/// The country an article names most (its title counting three times), when one
/// stands out: named at least twice and more often than any other.
fn focus_country(a: &Analysis, art: &Article) -> Option<String> {
    let mut tally: HashMap<&str, u32> = HashMap::new();
    for e in a.entities.iter().filter(|e| art.span.contains(e.span)) {
        if !matches!(e.label, EntityLabel::Loc | EntityLabel::Norp) {
            continue;
        }
        if let Some(c) = e.country.as_deref().filter(|c| !c.is_empty()) {
            let w = if art.title_span.is_some_and(|t| t.contains(e.span)) {
                3
            } else {
                1
            };
            *tally.entry(c).or_default() += w;
        }
    }
    let mut counts: Vec<(&str, u32)> = tally.into_iter().collect();
    counts.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    match counts.as_slice() {
        [(c, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|r| r.1 < *n) => {
            Some(c.to_string())
        }
        _ => None,
    }
}

/// The article's time expressions read against a date that may be a whole month:
/// a relative expression that comes out differently from the month's first and
/// last day spans both readings ("a month ago" in June 2022: 1 to 30 May).
pub(crate) fn retag(
    tagger: &dyn TimeTagger,
    text: &str,
    art: &Article,
    date: &DateValue,
) -> Vec<TimeExpr> {
    let mut first = tagger.tag(text, art.span, art.lang, Some(date.start));
    if date.start == date.end {
        return first;
    }
    let last = tagger.tag(text, art.span, art.lang, Some(date.end));
    for t in first.iter_mut().filter(|t| t.relative) {
        if let Some(u) = last.iter().find(|u| u.span == t.span) {
            if u.value != t.value {
                let start = t.value.start.min(u.value.start);
                let end = t.value.end.max(u.value.end);
                t.value = DateValue::range(start, end);
            }
        }
    }
    first
}
