//! Golden snapshots of every stage on the project's small fixtures
//! (`tests/data/docs` at the workspace root), as pretty JSON with ids redacted.

use std::path::PathBuf;

use cronica_ingest::{read_paths, IngestOptions};
use cronica_pipeline::{EventRecord, Pipeline};
use cronica_types::stage::Analysis;
use serde_json::{json, Value};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/docs")
}

fn analyses() -> Vec<Analysis> {
    let pipeline = Pipeline::default();
    read_paths(&[fixtures()], &IngestOptions::default())
        .map(|d| pipeline.analyse(d.expect("fixture reads")))
        .collect()
}

fn text_of(a: &Analysis, start: usize, end: usize) -> &str {
    &a.document.text[start..end]
}

/// What each stage read, in a form a person can check: the text of each span beside it.
fn stage_view(a: &Analysis) -> Value {
    json!({
        "document": a.document.name,
        "articles": a.articles.iter().map(|x| json!({
            "title": x.title, "kind": x.kind, "lang": x.lang, "date": x.date.as_ref().map(|d| d.iso()),
            "date_source": x.date_source,
        })).collect::<Vec<_>>(),
        "sentences": a.sentences.iter().map(|s| text_of(a, s.span.start, s.span.end)).collect::<Vec<_>>(),
        "times": a.times.iter().map(|t| json!([text_of(a, t.span.start, t.span.end), t.value.iso()])).collect::<Vec<_>>(),
        "entities": a.entities.iter().map(|e| json!([e.label, e.text, e.country])).collect::<Vec<_>>(),
        "places": a.places.iter().map(|p| json!([p.name, p.canonical, p.country, p.precision])).collect::<Vec<_>>(),
    })
}

#[test]
fn every_stage_on_the_fixtures() {
    for a in analyses() {
        let name = a.document.name.clone();
        insta::assert_json_snapshot!(format!("stages-{name}"), stage_view(&a));
    }
}

#[test]
fn events_on_the_fixtures() {
    for a in analyses() {
        let records: Vec<EventRecord> = a
            .events
            .iter()
            .map(|e| EventRecord::from_event(e, &a.document.text))
            .collect();
        let name = a.document.name.clone();
        insta::assert_json_snapshot!(format!("events-{name}"), records, {
            "[].id" => "[id]",
            "[].document_id" => "[id]",
        });
    }
}

#[test]
fn spans_point_into_the_original_text() {
    for a in analyses() {
        let t = &a.document.text;
        for s in &a.sentences {
            assert!(t.is_char_boundary(s.span.start) && t.is_char_boundary(s.span.end));
            for tok in &s.tokens {
                assert!(s.span.contains(tok.span), "token outside its sentence");
            }
        }
        for e in &a.entities {
            assert_eq!(&t[e.span.start..e.span.end], e.text);
        }
        for ev in &a.events {
            for m in &ev.mentions {
                assert!(m.sentence.contains(m.trigger));
            }
        }
    }
}
