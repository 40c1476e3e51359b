//! The event scorer: extracted events against hand-annotated gold events.
//!
//! The rules are those of the project's reference scorer (`score_events.py`), so
//! the figures can be compared run to run and with that script:
//!
//! - a prediction matches a gold event of the same document (compared by file
//!   name) with the same country and a compatible date; "strict" also needs the
//!   same event type;
//! - a date is compatible when the predicted span lies inside the gold span (a
//!   day allows one day either side; a month or a year its whole span; a range
//!   its range);
//! - matching is one-to-one and greedy, best date distance first, then pairs
//!   whose sentence overlaps the gold quote;
//! - on strict matches, agreement on location, actor, target, figures and status
//!   where gold has a value;
//! - "by sentence": each gold event paired with a prediction read from the
//!   sentence it quotes, and which of its fields are right. Beyond the reference
//!   scorer, `by_sentence_actor` checks the actor where the pair's types agree: the
//!   strict pairing can meet acts of one day across sentences, this cannot.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Days, NaiveDate};
use serde::Deserialize;

use cronica_ingest::{read_paths, IngestOptions};
use cronica_pipeline::{EventRecord, Pipeline};

use crate::error::{EvalError, Result};

/// One gold event, as written in the gold JSON Lines (see the seeds' `SCHEMA.md`).
/// Fields the scorer does not read are ignored.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GoldEvent {
    pub doc: Option<String>,
    pub article: Option<String>,
    pub event_type: Option<String>,
    pub mode: Option<String>,
    pub date: Option<String>,
    pub country: Option<String>,
    pub location: Option<String>,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub killed: Option<i64>,
    pub injured: Option<i64>,
    pub arrested: Option<i64>,
    pub status: Option<String>,
    pub quote: Option<String>,
}

/// Precision, recall and F1 of one matching.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(matched: usize, n_gold: usize, n_pred: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(matched, n_pred);
        let recall = ratio(matched, n_gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            matched,
            precision,
            recall,
            f1,
        }
    }
}

/// How often one field is right, out of the events where it could be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub field: &'static str,
    pub right: usize,
    pub of: usize,
}

impl Tally {
    fn line(&self, prefix: &str) -> String {
        format!(
            "{prefix}{}: {:.3} ({}/{})",
            self.field,
            self.right as f64 / self.of as f64,
            self.right,
            self.of
        )
    }
}

/// The scorer's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct EventScore {
    pub gold_events: usize,
    pub predicted_events: usize,
    /// Country and date only.
    pub loose: Prf,
    /// Type, country and date.
    pub strict: Prf,
    /// On strict matches, agreement where gold has a value (fields with none left out).
    pub agreement: Vec<Tally>,
    /// Gold events with a prediction read from the sentence they quote.
    pub by_sentence: usize,
    /// On those pairs, which fields are right (fields never checkable left out).
    pub by_sentence_fields: Vec<Tally>,
    /// Indices of the gold events no strict match found.
    pub missed: Vec<usize>,
}

impl EventScore {
    /// `name: value` lines, strict F1 last.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![
            format!("gold_events: {}", self.gold_events),
            format!("predicted_events: {}", self.predicted_events),
        ];
        for (name, prf) in [("loose", &self.loose), ("strict", &self.strict)] {
            out.push(format!("{name}_matched: {}", prf.matched));
            out.push(format!("{name}_p: {:.3}", prf.precision));
            out.push(format!("{name}_r: {:.3}", prf.recall));
            if name == "loose" {
                out.push(format!("{name}_f1: {:.3}", prf.f1));
            }
        }
        out.extend(self.agreement.iter().map(|t| t.line("agree_")));
        out.push(format!(
            "by_sentence: {}/{}",
            self.by_sentence, self.gold_events
        ));
        out.extend(
            self.by_sentence_fields
                .iter()
                .map(|t| t.line("by_sentence_")),
        );
        out.push(format!("strict_f1: {:.3}", self.strict.f1));
        out
    }

    /// One line per gold event left unmatched: document, type, date, country, quote.
    pub fn misses(&self, gold: &[GoldEvent]) -> Vec<String> {
        self.missed
            .iter()
            .map(|&i| {
                let g = &gold[i];
                let quote: String = g.quote.as_deref().unwrap_or("").chars().take(120).collect();
                format!(
                    "miss: {} {} {} {} | {quote}",
                    g.doc.as_deref().unwrap_or("-"),
                    g.event_type.as_deref().unwrap_or("-"),
                    g.date.as_deref().unwrap_or("-"),
                    g.country.as_deref().unwrap_or("-"),
                )
            })
            .collect()
    }
}

/// The fields the scorer compares, borrowed from a gold event or a prediction.
struct View<'a> {
    doc: &'a str,
    event_type: Option<&'a str>,
    date: Option<&'a str>,
    country: Option<&'a str>,
    location: Option<&'a str>,
    actor: Option<&'a str>,
    target: Option<&'a str>,
    counts: [Option<i64>; 3],
    status: Option<&'a str>,
    /// The gold quote, or the sentence a prediction was read from.
    text: Option<&'a str>,
}

fn gold_view(g: &GoldEvent) -> View<'_> {
    View {
        doc: g.doc.as_deref().unwrap_or("None"),
        event_type: g.event_type.as_deref(),
        date: g.date.as_deref(),
        country: g.country.as_deref(),
        location: g.location.as_deref(),
        actor: g.actor.as_deref(),
        target: g.target.as_deref(),
        counts: [g.killed, g.injured, g.arrested],
        status: g.status.as_deref(),
        text: g.quote.as_deref(),
    }
}

fn pred_view(p: &EventRecord) -> View<'_> {
    let count = |c: Option<u64>| c.map(|v| i64::try_from(v).unwrap_or(i64::MAX));
    View {
        doc: &p.doc,
        event_type: Some(&p.event_type),
        date: p.date.as_deref(),
        country: p.country.as_deref(),
        location: p.location.as_deref(),
        actor: p.actor.as_deref(),
        target: p.target.as_deref(),
        counts: [count(p.killed), count(p.injured), count(p.arrested)],
        status: Some(&p.status),
        text: Some(p.sentence.as_str()).filter(|s| !s.is_empty()),
    }
}

/// The file name part of a document name.
fn basename(doc: &str) -> &str {
    doc.rsplit('/').next().unwrap_or(doc)
}

/// Lower case, `_` as space, runs of white space as one space.
fn norm(s: Option<&str>) -> String {
    s.unwrap_or("")
        .to_lowercase()
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two names share text: one inside the other, or a word in common
/// other than a few function words.
fn overlap(a: Option<&str>, b: Option<&str>) -> bool {
    let (a, b) = (norm(a), norm(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a.contains(&b) || b.contains(&a) {
        return true;
    }
    const STOP: [&str; 6] = ["the", "of", "de", "la", "el", "and"];
    let words: HashSet<&str> = a.split_whitespace().collect();
    b.split_whitespace()
        .any(|w| words.contains(w) && !STOP.contains(&w))
}

fn parse_int(s: &str) -> Option<i64> {
    s.trim().parse().ok()
}

fn ymd(y: i64, m: i64, d: i64) -> Option<NaiveDate> {
    if !(1..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(y).ok()?,
        u32::try_from(m).ok()?,
        u32::try_from(d).ok()?,
    )
}

/// First and last day of an ISO day, month, year or `A/B` range.
fn span(date: Option<&str>) -> Option<(NaiveDate, NaiveDate)> {
    let date = date.filter(|d| !d.is_empty())?;
    if let Some((a, b)) = date.split_once('/') {
        return Some((span(Some(a))?.0, span(Some(b))?.1));
    }
    let parts: Vec<&str> = date.split('-').collect();
    match parts.len() {
        3 => {
            let d = ymd(
                parse_int(parts[0])?,
                parse_int(parts[1])?,
                parse_int(parts[2])?,
            )?;
            Some((d, d))
        }
        2 => {
            let (y, m) = (parse_int(parts[0])?, parse_int(parts[1])?);
            let first = ymd(y, m, 1)?;
            let next = if m == 12 {
                ymd(y + 1, 1, 1)?
            } else {
                ymd(y, m + 1, 1)?
            };
            Some((first, next.pred_opt()?))
        }
        _ => {
            let y = parse_int(parts[0])?;
            let first = ymd(y, 1, 1)?;
            Some((first, first.with_month(12)?.with_day(31)?))
        }
    }
}

/// 0 when the predicted date lies inside the gold date's span (a gold day
/// allows one day either side), `None` when they are incompatible.
fn date_distance(gold: Option<&str>, pred: Option<&str>) -> Option<u32> {
    let (g, p) = (span(gold)?, span(pred)?);
    let slack = Days::new(u64::from(g.0 == g.1));
    let lo = g.0.checked_sub_days(slack)?;
    let hi = g.1.checked_add_days(slack)?;
    (p.0 >= lo && p.1 <= hi).then_some(0)
}

/// One-to-one greedy matching: `(gold index, prediction index)` pairs.
fn match_events(gold: &[View], pred: &[View], strict: bool) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(u32, u8, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            if basename(g.doc) != basename(p.doc) || norm(g.country) != norm(p.country) {
                continue;
            }
            if strict && norm(g.event_type) != norm(p.event_type) {
                continue;
            }
            let Some(d) = date_distance(g.date, p.date) else {
                continue;
            };
            let quote_bonus = u8::from(!overlap(g.text, p.text));
            pairs.push((d, quote_bonus, gi, pi));
        }
    }
    pairs.sort_unstable();
    let mut used_g = HashSet::new();
    let mut used_p = HashSet::new();
    let mut out = Vec::new();
    for (_, _, gi, pi) in pairs {
        if used_g.contains(&gi) || used_p.contains(&pi) {
            continue;
        }
        used_g.insert(gi);
        used_p.insert(pi);
        out.push((gi, pi));
    }
    out
}

/// Scores predictions against gold events.
pub fn score(gold: &[GoldEvent], pred: &[EventRecord]) -> EventScore {
    let gv: Vec<View> = gold.iter().map(gold_view).collect();
    let pv: Vec<View> = pred.iter().map(pred_view).collect();
    let loose = match_events(&gv, &pv, false);
    let strict = match_events(&gv, &pv, true);

    let mut agreement = vec![
        Tally::new("location"),
        Tally::new("actor"),
        Tally::new("target"),
        Tally::new("killed"),
        Tally::new("injured"),
        Tally::new("arrested"),
        Tally::new("status"),
    ];
    for &(gi, pi) in &strict {
        let (g, p) = (&gv[gi], &pv[pi]);
        for (k, (gf, pf)) in [
            (g.location, p.location),
            (g.actor, p.actor),
            (g.target, p.target),
        ]
        .into_iter()
        .enumerate()
        {
            if gf.is_some_and(|s| !s.is_empty()) {
                agreement[k].count(overlap(gf, pf));
            }
        }
        for (k, (gc, pc)) in g.counts.iter().zip(&p.counts).enumerate() {
            if gc.is_some() {
                agreement[3 + k].count(gc == pc);
            }
        }
        if g.status.is_some_and(|s| !s.is_empty()) {
            agreement[6].count(norm(g.status) == norm(p.status));
        }
    }
    agreement.retain(|t| t.of > 0);

    // pair each gold event with a prediction read from the sentence it quotes
    let mut used = HashSet::new();
    let mut pairs: Vec<(&View, &View)> = Vec::new();
    for g in &gv {
        let q = norm(g.text);
        let mut best: Option<usize> = None;
        for (pi, p) in pv.iter().enumerate() {
            if used.contains(&pi) || basename(g.doc) != basename(p.doc) {
                continue;
            }
            let sent = norm(p.text);
            if !q.is_empty() && !sent.is_empty() && (sent.contains(&q) || q.contains(&sent)) {
                let same_type = norm(p.event_type) == norm(g.event_type);
                if best.is_none() || same_type {
                    best = Some(pi);
                    if same_type {
                        break;
                    }
                }
            }
        }
        if let Some(pi) = best {
            used.insert(pi);
            pairs.push((g, &pv[pi]));
        }
    }
    let mut fields = vec![
        Tally::new("type"),
        Tally::new("date"),
        Tally::new("country"),
        Tally::new("location"),
        Tally::new("actor"),
    ];
    for (g, p) in &pairs {
        fields[0].count(norm(g.event_type) == norm(p.event_type));
        fields[1].count(date_distance(g.date, p.date).is_some());
        fields[2].count(norm(g.country) == norm(p.country));
        if g.location.is_some_and(|s| !s.is_empty()) {
            fields[3].count(overlap(g.location, p.location));
        }
        if g.actor.is_some_and(|s| !s.is_empty()) && norm(g.event_type) == norm(p.event_type) {
            fields[4].count(overlap(g.actor, p.actor));
        }
    }
    fields.retain(|t| t.of > 0);

    let hit: HashSet<usize> = strict.iter().map(|&(gi, _)| gi).collect();
    EventScore {
        gold_events: gold.len(),
        predicted_events: pred.len(),
        loose: Prf::new(loose.len(), gold.len(), pred.len()),
        strict: Prf::new(strict.len(), gold.len(), pred.len()),
        agreement,
        by_sentence: pairs.len(),
        by_sentence_fields: fields,
        missed: (0..gold.len()).filter(|i| !hit.contains(i)).collect(),
    }
}

impl Tally {
    fn new(field: &'static str) -> Tally {
        Tally {
            field,
            right: 0,
            of: 0,
        }
    }

    fn count(&mut self, right: bool) {
        self.of += 1;
        self.right += usize::from(right);
    }
}

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>> {
    let text = fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(line).map_err(|source| EvalError::Json {
                path: path.to_path_buf(),
                line: n + 1,
                source,
            })?,
        );
    }
    Ok(out)
}

/// Gold events from a JSON Lines file.
pub fn load_gold(path: &Path) -> Result<Vec<GoldEvent>> {
    read_jsonl(path)
}

/// Event records from a JSON Lines file written by `cronica extract --format jsonl`.
pub fn load_records(path: &Path) -> Result<Vec<EventRecord>> {
    read_jsonl(path)
}

/// Scores a gold file against an extractor's JSON Lines output.
pub fn score_files(gold_path: &Path, pred_path: &Path) -> Result<EventScore> {
    Ok(score(&load_gold(gold_path)?, &load_records(pred_path)?))
}

/// Runs the pipeline over `paths` and scores its events against the gold file.
/// Inputs that cannot be read are left out (they count as missed gold events).
pub fn run(gold_path: &Path, paths: &[PathBuf]) -> Result<EventScore> {
    let gold = load_gold(gold_path)?;
    let pipeline = Pipeline::default();
    let mut pred = Vec::new();
    for doc in read_paths(paths, &IngestOptions::default()).flatten() {
        let a = pipeline.analyse(doc);
        pred.extend(
            a.events
                .iter()
                .map(|e| EventRecord::from_event(e, &a.document.text)),
        );
    }
    Ok(score(&gold, &pred))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name)
    }

    /// The figures `score_events.py` prints for the same two files.
    #[test]
    fn agrees_with_the_reference_scorer() {
        let s = score_files(&data("gold.jsonl"), &data("pred.jsonl")).unwrap();
        assert_eq!(
            s.lines(),
            [
                "gold_events: 7",
                "predicted_events: 10",
                "loose_matched: 5",
                "loose_p: 0.500",
                "loose_r: 0.714",
                "loose_f1: 0.588",
                "strict_matched: 3",
                "strict_p: 0.300",
                "strict_r: 0.429",
                "agree_location: 1.000 (3/3)",
                "agree_actor: 0.667 (2/3)",
                "agree_target: 1.000 (2/2)",
                "agree_injured: 0.000 (0/1)",
                "agree_arrested: 1.000 (2/2)",
                "agree_status: 0.667 (2/3)",
                "by_sentence: 6/7",
                "by_sentence_type: 0.833 (5/6)",
                "by_sentence_date: 0.833 (5/6)",
                "by_sentence_country: 0.833 (5/6)",
                "by_sentence_location: 1.000 (4/4)",
                "by_sentence_actor: 0.750 (3/4)",
                "strict_f1: 0.353",
            ]
        );
        let gold = load_gold(&data("gold.jsonl")).unwrap();
        let misses = s.misses(&gold);
        assert_eq!(misses.len(), 4);
        assert!(misses[0].starts_with("miss: a.txt ACCUSE 2026-01-04 VE |"));
    }

    #[test]
    fn the_quote_breaks_ties() {
        let gold = load_gold(&data("gold.jsonl")).unwrap();
        let pred = load_records(&data("pred.jsonl")).unwrap();
        // p1 (one day off, quotes the sentence) and p2 (same day, another sentence)
        // both fit the first gold event: the quoting one is taken
        let gv: Vec<View> = gold.iter().map(gold_view).collect();
        let pv: Vec<View> = pred.iter().map(pred_view).collect();
        let m = match_events(&gv, &pv, true);
        assert!(m.contains(&(0, 0)));
        assert!(!m.iter().any(|&(_, p)| p == 1));
    }

    #[test]
    fn date_spans() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            span(Some("2024-02")),
            Some((d("2024-02-01"), d("2024-02-29")))
        );
        assert_eq!(
            span(Some("2024-12")),
            Some((d("2024-12-01"), d("2024-12-31")))
        );
        assert_eq!(span(Some("2024")), Some((d("2024-01-01"), d("2024-12-31"))));
        assert_eq!(
            span(Some("2024-01-05/2024-02")),
            Some((d("2024-01-05"), d("2024-02-29")))
        );
        assert_eq!(span(Some("2024-13")), None);
        assert_eq!(span(Some("soon")), None);
        assert_eq!(span(Some("")), None);
        assert_eq!(
            date_distance(Some("2024-01-05"), Some("2024-01-04")),
            Some(0)
        );
        assert_eq!(date_distance(Some("2024-01-05"), Some("2024-01-07")), None);
        assert_eq!(date_distance(Some("2024-01"), Some("2024-01-31")), Some(0));
        assert_eq!(date_distance(Some("2024-01"), Some("2024-02-01")), None);
        assert_eq!(date_distance(Some("2024-01-05"), Some("2024-01")), None);
    }

    #[test]
    fn names_overlap_on_content_words() {
        assert!(overlap(Some("Lima"), Some("Lima Metropolitana")));
        assert!(overlap(Some("National_Police"), Some("the police")));
        assert!(!overlap(
            Some("the Republic of Peru"),
            Some("the Kingdom of Spain")
        ));
        assert!(!overlap(Some(""), Some("x")));
        assert!(!overlap(Some("x"), None));
    }

    #[test]
    fn bad_lines_name_their_place() {
        let dir = std::env::temp_dir().join(format!("cronica-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bad.jsonl");
        std::fs::write(&path, "{\"doc\": \"a.txt\"}\n\nnot json\n").unwrap();
        let err = load_gold(&path).unwrap_err();
        assert!(matches!(err, EvalError::Json { line: 3, .. }), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
