//! Golden snapshots of the ingest and article stages on the fixtures in `tests/data`.

use std::path::PathBuf;

use cronica_ingest::{read_paths, IngestOptions, RuleArticleSplitter};
use cronica_types::stage::ArticleSplitter;
use serde_json::{json, Value};

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Every document of the fixtures with its articles, or its diagnostic.
fn snapshot_value() -> Value {
    let splitter = RuleArticleSplitter::new();
    let root = data();
    let out: Vec<Value> = read_paths(std::slice::from_ref(&root), &IngestOptions::default())
        .map(|item| match item {
            Ok(doc) => {
                let articles: Vec<Value> = splitter
                    .split(&doc)
                    .into_iter()
                    .map(|a| {
                        // The title span must point at the title's words.
                        if let (Some(t), Some(s)) = (&a.title, a.title_span) {
                            let at = s.text(&doc.text).split_whitespace().collect::<Vec<_>>().join(" ");
                            assert_eq!(&at, t, "title span of {} in {}", a.index, doc.name);
                        }
                        json!({
                            "index": a.index,
                            "kind": a.kind,
                            "title": a.title,
                            "byline": a.byline,
                            "date": a.date.as_ref().map(|d| d.iso()),
                            "date_text": a.date_span.map(|s| s.text(&doc.text)),
                            "date_source": a.date_source,
                            "lang": a.lang,
                            "first_words": a.span.text(&doc.text).chars().take(40).collect::<String>(),
                        })
                    })
                    .collect();
                json!({
                    "id": doc.id,
                    "name": doc.name,
                    "encoding": doc.encoding,
                    "meta": doc.meta,
                    "body_starts": doc.body.text(&doc.text).chars().take(30).collect::<String>(),
                    "articles": articles,
                })
            }
            Err(d) => json!({
                "origin": d.origin.strip_prefix(root.to_str().unwrap()).unwrap_or(&d.origin),
                "document": d.document,
                "severity": d.severity,
                "message": d.message,
            }),
        })
        .collect();
    Value::Array(out)
}

#[test]
fn fixtures_snapshot() {
    insta::assert_json_snapshot!(snapshot_value(), {
        "[].id" => "[id]",
        "[].document" => "[id]",
    });
}

#[test]
fn counts_inputs_like_the_reader() {
    // Seven documents and one JSON Lines file; the README is not an input.
    assert_eq!(cronica_ingest::count_inputs(&[data()]), 8);
}

#[test]
fn order_is_deterministic_and_ids_stable() {
    let ids = |_: ()| -> Vec<String> {
        read_paths(&[data()], &IngestOptions::default())
            .filter_map(Result::ok)
            .map(|d| d.id)
            .collect()
    };
    let a = ids(());
    assert_eq!(a, ids(()));
    assert_eq!(a.len(), 7);
}
