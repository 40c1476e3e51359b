//! Event-type accuracy on sentences coded with PLOVER types.
//!
//! Two kinds of gold files are read, told apart by their content:
//!
//! - the PLOVER gold-standard records (a JSON array of records with `text`,
//!   `event` and `date`; the `DOCUMENT` record documents the file);
//! - UniversalPetrarch validation XML (`<Sentence date=.. id=..>` blocks with one
//!   `<EventCoding plover=..>` per gold event and the raw `<Text>`).
//!
//! Each sentence is run through the whole pipeline as a one-sentence document
//! dated by its record. It counts as right when one of its gold types is among
//! the types of the events found; `top1` asks the most confident event's type
//! to be a gold type; `coverage` is the share of sentences with any event.
//!
//! Older PLOVER names are read as their current types (DEMAND as REQUEST,
//! DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT). In the
//! UniversalPetrarch protest set MOBILIZE labels civilian mobilisation
//! (marches, strikes, roadblocks), which the current PLOVER manual codes as
//! PROTEST ("mobilizing supporters to demonstrate"): there a gold MOBILIZE is
//! also met by PROTEST. `accuracy_literal` counts without that reading.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use cronica_ingest::{read_bytes, IngestOptions};
use cronica_pipeline::Pipeline;
use cronica_types::{EventType, Lang};

use crate::error::{EvalError, Result};

/// The kind of gold file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// The PLOVER gold-standard records (JSON array).
    PloverJson,
    /// UniversalPetrarch validation records (XML).
    PetrarchXml,
}

impl Format {
    pub fn name(&self) -> &'static str {
        match self {
            Format::PloverJson => "plover-gsr",
            Format::PetrarchXml => "petrarch-xml",
        }
    }
}

/// One gold label: as written, and the types that meet it (the first is the
/// label's own type).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldLabel {
    pub raw: String,
    pub accepted: Vec<EventType>,
}

/// One coded sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoldSentence {
    pub id: String,
    pub text: String,
    pub date: Option<NaiveDate>,
    /// The language the record states (`language` in PLOVER records, the
    /// `category` of validation sentences).
    pub lang: Option<Lang>,
    pub labels: Vec<GoldLabel>,
}

/// The sentences of a gold file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoldSet {
    pub format: Format,
    pub sentences: Vec<GoldSentence>,
    /// Records left out: marked not to evaluate, empty, or with no PLOVER label.
    pub skipped: usize,
}

/// What the pipeline found in one sentence: event types with their confidence,
/// most confident first.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceResult {
    pub id: String,
    pub predicted: Vec<(EventType, f32)>,
    pub right: bool,
    pub right_literal: bool,
    pub top1: bool,
}

/// Per gold type: how many sentences carry it, how many of those found it,
/// and what the most confident prediction was when it was missed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeTally {
    pub gold: usize,
    pub found: usize,
    /// Top prediction (or `NONE`) on the sentences that missed it.
    pub missed_as: BTreeMap<String, usize>,
}

/// Event-type accuracy figures.
#[derive(Debug, Clone, PartialEq)]
pub struct PloverReport {
    pub format: Format,
    pub sentences: usize,
    pub skipped: usize,
    /// Sentences with at least one event.
    pub covered: usize,
    /// Sentences whose predicted types include a gold type.
    pub right: usize,
    /// The same, each label met only by its own type.
    pub right_literal: usize,
    /// Sentences whose most confident event has a gold type.
    pub top1: usize,
    /// Gold labels, and those whose type was predicted on their sentence.
    pub labels: usize,
    pub labels_found: usize,
    /// By the label's own type name.
    pub by_type: BTreeMap<String, TypeTally>,
    pub results: Vec<SentenceResult>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl PloverReport {
    /// `name: value` lines, accuracy last.
    pub fn lines(&self) -> Vec<String> {
        let n = self.sentences;
        let mut out = vec![
            format!("format: {}", self.format.name()),
            format!("sentences: {n}"),
            format!("skipped: {}", self.skipped),
            format!(
                "coverage: {:.3} ({}/{n})",
                ratio(self.covered, n),
                self.covered
            ),
            format!(
                "labels_found: {:.3} ({}/{})",
                ratio(self.labels_found, self.labels),
                self.labels_found,
                self.labels
            ),
        ];
        for (name, t) in &self.by_type {
            let mut line = format!(
                "type_{name}: {:.3} ({}/{})",
                ratio(t.found, t.gold),
                t.found,
                t.gold
            );
            let mut missed: Vec<(&String, &usize)> = t.missed_as.iter().collect();
            missed.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            if !missed.is_empty() {
                let list: Vec<String> = missed
                    .iter()
                    .take(4)
                    .map(|(ty, c)| format!("{ty} {c}"))
                    .collect();
                line.push_str(&format!(" missed as {}", list.join(", ")));
            }
            out.push(line);
        }
        out.push(format!(
            "accuracy_literal: {:.3} ({}/{n})",
            ratio(self.right_literal, n),
            self.right_literal
        ));
        out.push(format!(
            "top1: {:.3} ({}/{n})",
            ratio(self.top1, n),
            self.top1
        ));
        out.push(format!(
            "accuracy: {:.3} ({}/{n})",
            ratio(self.right, n),
            self.right
        ));
        out
    }

    /// One line per sentence counted wrong: id, gold labels, predictions, text.
    pub fn misses(&self, gold: &GoldSet) -> Vec<String> {
        self.results
            .iter()
            .zip(&gold.sentences)
            .filter(|(r, _)| !r.right)
            .map(|(r, s)| {
                let labels: Vec<&str> = s.labels.iter().map(|l| l.raw.as_str()).collect();
                let pred: Vec<String> = r
                    .predicted
                    .iter()
                    .map(|(t, c)| format!("{t}:{c:.2}"))
                    .collect();
                format!(
                    "miss: {} gold={} pred=[{}] | {}",
                    r.id,
                    labels.join(","),
                    pred.join(","),
                    s.text
                )
            })
            .collect()
    }
}

/// Reads a gold file, its format told by its content.
pub fn load(path: &Path) -> Result<GoldSet> {
    let text = fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
    parse(&text).map_err(|message| EvalError::Format {
        path: path.to_path_buf(),
        message,
    })
}

/// Parses a gold file's text: a JSON array of PLOVER records, or XML.
pub fn parse(text: &str) -> std::result::Result<GoldSet, String> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('[') {
        parse_plover_json(head)
    } else if head.starts_with('<') {
        parse_petrarch_xml(head)
    } else {
        Err("neither a JSON array of PLOVER records nor validation XML".into())
    }
}

#[derive(Deserialize)]
struct PloverRecord {
    #[serde(default)]
    id: String,
    #[serde(default)]
    event: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

fn parse_plover_json(text: &str) -> std::result::Result<GoldSet, String> {
    let records: Vec<PloverRecord> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON array of records: {e}"))?;
    let mut set = GoldSet {
        format: Format::PloverJson,
        sentences: Vec::new(),
        skipped: 0,
    };
    for r in records {
        if r.event.eq_ignore_ascii_case("DOCUMENT") {
            continue;
        }
        let label = label(&r.event, Format::PloverJson);
        if r.text.trim().is_empty() || label.is_none() {
            set.skipped += 1;
            continue;
        }
        set.sentences.push(GoldSentence {
            id: r.id,
            text: r.text.trim().to_string(),
            date: r
                .date
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            lang: r.language.as_deref().and_then(language),
            labels: label.into_iter().collect(),
        });
    }
    Ok(set)
}

/// A gold label read with the conventions of its file.
fn label(raw: &str, format: Format) -> Option<GoldLabel> {
    let name = raw.trim().to_ascii_uppercase();
    let name = match name.as_str() {
        // a misspelling in the UniversalPetrarch protest set
        "SACTION" => "SANCTION",
        other => other,
    };
    let ty: EventType = name.parse().ok()?;
    let mut accepted = vec![ty];
    if format == Format::PetrarchXml && ty == EventType::Mobilize {
        accepted.push(EventType::Protest);
    }
    Some(GoldLabel {
        raw: raw.trim().to_string(),
        accepted,
    })
}

/// A language named by a code or in English ("es", "spanish").
fn language(name: &str) -> Option<Lang> {
    match name.trim().to_ascii_lowercase().as_str() {
        "en" | "english" => Some(Lang::En),
        "es" | "spanish" => Some(Lang::Es),
        "pt" | "portuguese" => Some(Lang::Pt),
        _ => None,
    }
}

/// The attributes of a start tag's inner text (`Sentence date="..." id="..."`).
fn attributes(tag: &str) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].split_whitespace().next_back().unwrap_or("");
        let after = rest[eq + 1..].trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(end) = after[1..].find(quote) else {
            break;
        };
        out.push((name, unescape(&after[1..1 + end])));
        rest = &after[end + 2..];
    }
    out
}

/// Resolves the predefined entities and character references of XML text.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let resolved = tail.find(';').filter(|&e| e <= 10).and_then(|end| {
            let entity = &tail[1..end];
            let c = match entity {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .map(|h| u32::from_str_radix(h, 16))
                    .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(|n| n.ok())
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end + 1))
        });
        match resolved {
            Some((c, len)) => {
                out.push(c);
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The inner text of the first `<name>` element in `block`.
fn element_text<'a>(block: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = block.find(&open)? + open.len();
    let end = block[start..].find(&close)? + start;
    Some(&block[start..end])
}

/// The inner text of every `<name ...>` start tag in `block`.
fn tags<'a>(block: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    let mut out = Vec::new();
    let mut rest = block;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        let Some(end) = after.find('>') else { break };
        out.push(after[..end].trim_end_matches('/'));
        rest = &after[end..];
    }
    out
}

fn parse_petrarch_xml(text: &str) -> std::result::Result<GoldSet, String> {
    let mut set = GoldSet {
        format: Format::PetrarchXml,
        sentences: Vec::new(),
        skipped: 0,
    };
    let mut rest = text;
    while let Some(i) = rest.find("<Sentence ") {
        let block_start = &rest[i..];
        let end = block_start
            .find("</Sentence>")
            .ok_or_else(|| "a <Sentence> is never closed".to_string())?;
        let block = &block_start[..end];
        rest = &block_start[end + "</Sentence>".len()..];
        let head_end = block.find('>').unwrap_or(block.len());
        let attrs = attributes(&block["<Sentence ".len()..head_end]);
        let attr = |k: &str| attrs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str());
        let labels: Vec<GoldLabel> = tags(block, "EventCoding")
            .into_iter()
            .filter_map(|t| {
                let a = attributes(t);
                let raw = a.iter().find(|(n, _)| *n == "plover")?.1.clone();
                label(&raw, Format::PetrarchXml)
            })
            .collect();
        let text = element_text(block, "Text").map(|t| unescape(t.trim()));
        match text {
            Some(t) if !t.is_empty() && !labels.is_empty() && attr("evaluate") != Some("false") => {
                set.sentences.push(GoldSentence {
                    id: attr("id").unwrap_or("").to_string(),
                    text: t,
                    date: attr("date").and_then(|d| NaiveDate::parse_from_str(d, "%Y%m%d").ok()),
                    lang: attr("category").and_then(language),
                    labels,
                })
            }
            _ => set.skipped += 1,
        }
    }
    if set.sentences.is_empty() && set.skipped == 0 {
        return Err("no <Sentence> records".into());
    }
    Ok(set)
}

/// The document a sentence is read as: a neutral `Title:` header (else the
/// article splitter may take the sentence itself for the headline, and a
/// headline reports no events), `Date:` and `Language:` when the record gives
/// them (one sentence is too short to tell its language reliably), then the
/// sentence.
fn document_text(s: &GoldSentence) -> String {
    let mut out = String::from("Title: Record\n");
    if let Some(d) = s.date {
        out.push_str(&format!("Date: {}\n", d.format("%Y-%m-%d")));
    }
    if let Some(l) = s.lang {
        out.push_str(&format!("Language: {}\n", l.code()));
    }
    out.push('\n');
    out.push_str(&s.text);
    out.push('\n');
    out
}

/// Event types the pipeline finds in one sentence, most confident first.
pub fn predict(pipeline: &Pipeline, s: &GoldSentence) -> Vec<(EventType, f32)> {
    let name = format!("{}.txt", if s.id.is_empty() { "sentence" } else { &s.id });
    let text = document_text(s);
    let Ok(doc) = read_bytes(&name, &name, text.as_bytes(), &IngestOptions::default()) else {
        return Vec::new();
    };
    let mut out: Vec<(EventType, f32)> = pipeline
        .analyse(doc)
        .events
        .iter()
        .map(|e| (e.event_type, e.confidence))
        .collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1));
    out
}

/// Scores the pipeline on gold sentences.
pub fn evaluate(pipeline: &Pipeline, gold: &GoldSet) -> PloverReport {
    let mut report = PloverReport {
        format: gold.format,
        sentences: gold.sentences.len(),
        skipped: gold.skipped,
        covered: 0,
        right: 0,
        right_literal: 0,
        top1: 0,
        labels: 0,
        labels_found: 0,
        by_type: BTreeMap::new(),
        results: Vec::new(),
    };
    for s in &gold.sentences {
        let predicted = predict(pipeline, s);
        let has = |t: &EventType| predicted.iter().any(|(p, _)| p == t);
        let met = |l: &GoldLabel| l.accepted.iter().any(has);
        let right = s.labels.iter().any(met);
        let right_literal = s.labels.iter().any(|l| has(&l.accepted[0]));
        let top = predicted.first().map(|(t, _)| *t);
        let top1 = top.is_some_and(|t| s.labels.iter().any(|l| l.accepted.contains(&t)));
        for l in &s.labels {
            let found = met(l);
            let tally = report
                .by_type
                .entry(l.accepted[0].name().to_string())
                .or_default();
            tally.gold += 1;
            report.labels += 1;
            if found {
                tally.found += 1;
                report.labels_found += 1;
            } else {
                let as_ = top.map_or("NONE", |t| t.name()).to_string();
                *tally.missed_as.entry(as_).or_default() += 1;
            }
        }
        report.covered += usize::from(!predicted.is_empty());
        report.right += usize::from(right);
        report.right_literal += usize::from(right_literal);
        report.top1 += usize::from(top1);
        report.results.push(SentenceResult {
            id: s.id.clone(),
            predicted,
            right,
            right_literal,
            top1,
        });
    }
    report
}

/// Reads a gold file and scores the default pipeline on it.
pub fn run(path: &Path) -> Result<PloverReport> {
    let gold = load(path)?;
    // Event types are scored on their own: an event whose sentence names no place
    // (so no country) still has a type.
    let options = cronica_events::ExtractOptions {
        require_country_and_date: false,
        ..Default::default()
    };
    let pipeline = Pipeline {
        events: Box::new(cronica_events::RuleEventExtractor::new(options)),
        ..Pipeline::default()
    };
    Ok(evaluate(&pipeline, &gold))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name)
    }

    #[test]
    fn reads_plover_records() {
        let set = load(&data("plover-sample.json")).unwrap();
        assert_eq!(set.format, Format::PloverJson);
        // the header is no sentence; an empty text and an unknown type are skipped
        assert_eq!(set.sentences.len(), 4);
        assert_eq!(set.skipped, 2);
        let types: Vec<EventType> = set
            .sentences
            .iter()
            .map(|s| s.labels[0].accepted[0])
            .collect();
        assert_eq!(
            types,
            [
                EventType::Protest,
                EventType::Coerce,
                EventType::Request,
                EventType::Assault
            ]
        );
        assert_eq!(set.sentences[2].labels[0].raw, "DEMAND");
        assert_eq!(set.sentences[0].date, NaiveDate::from_ymd_opt(2021, 3, 2));
    }

    #[test]
    fn reads_validation_xml() {
        let set = load(&data("petrarch-sample.xml")).unwrap();
        assert_eq!(set.format, Format::PetrarchXml);
        assert_eq!(set.sentences.len(), 2);
        // one not to evaluate, one labelled with no PLOVER type
        assert_eq!(set.skipped, 2);
        let first = &set.sentences[0];
        assert_eq!(first.id, "SAMPLE_SPA_20210302.0001_1");
        assert!(
            first.text.ends_with("salarios & pensiones."),
            "{}",
            first.text
        );
        assert_eq!(
            first.labels[0].accepted,
            [EventType::Mobilize, EventType::Protest]
        );
        let second: Vec<EventType> = set.sentences[1]
            .labels
            .iter()
            .map(|l| l.accepted[0])
            .collect();
        assert_eq!(second, [EventType::Coerce, EventType::Sanction]);
    }

    #[test]
    fn xml_text_is_unescaped() {
        assert_eq!(
            unescape("a &lt;b&gt; &amp; &#233;&#xE9; &bogus; &"),
            "a <b> & éé &bogus; &"
        );
        let a = attributes(r#"eid="E1" plover='PROTEST' eventtext="a &quot;b&quot;""#);
        assert_eq!(
            a,
            [
                ("eid", "E1".to_string()),
                ("plover", "PROTEST".to_string()),
                ("eventtext", "a \"b\"".to_string())
            ]
        );
    }

    /// A one-line document would otherwise have its only sentence taken for
    /// the headline, and a headline reports no events.
    #[test]
    fn sentence_documents_carry_a_title_header() {
        let set = load(&data("petrarch-sample.xml")).unwrap();
        let text = document_text(&set.sentences[0]);
        assert!(
            text.starts_with("Title: Record\nDate: 2021-03-02\nLanguage: es\n\nMiles de maestros"),
            "{text}"
        );
        let doc = read_bytes("x.txt", "x.txt", text.as_bytes(), &IngestOptions::default()).unwrap();
        assert_eq!(doc.meta.title.as_deref(), Some("Record"));
    }

    #[test]
    fn unknown_content_is_an_error() {
        assert!(parse("hello").is_err());
        assert!(parse("<Validation></Validation>").is_err());
    }

    #[test]
    fn scores_the_pipeline_on_sentences() {
        let set = load(&data("plover-sample.json")).unwrap();
        let report = evaluate(&Pipeline::default(), &set);
        let by_id = |id: &str| report.results.iter().find(|r| r.id == id).unwrap().clone();
        assert!(by_id("SAMPLE-PROTEST-0001").right);
        assert!(by_id("SAMPLE-COERCE-0001").right);
        // a sentence naming no act has no event, and is wrong
        let weather = by_id("SAMPLE-FIGHT-0001");
        assert!(weather.predicted.is_empty() && !weather.right);
        assert_eq!(report.sentences, 4);
        assert!(report.right >= 2 && report.right <= 3);
        let lines = report.lines();
        assert!(lines.last().unwrap().starts_with("accuracy: "));
        assert!(lines.contains(&"type_ASSAULT: 0.000 (0/1) missed as NONE 1".to_string()));
    }

    #[test]
    fn xml_snapshot() {
        insta::assert_json_snapshot!(load(&data("petrarch-sample.xml")).unwrap());
    }

    #[test]
    fn json_snapshot() {
        insta::assert_json_snapshot!(load(&data("plover-sample.json")).unwrap());
    }
}
