//! Reads the given files or directories and prints each document's articles.
//!
//! `cargo run -p cronica-ingest --example split -- FILE...`

use std::path::PathBuf;

use cronica_ingest::{read_paths, IngestOptions, RuleArticleSplitter};
use cronica_types::stage::ArticleSplitter;

fn main() {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let splitter = RuleArticleSplitter::new();
    for item in read_paths(&paths, &IngestOptions::default()) {
        match item {
            Err(d) => println!("{d}"),
            Ok(doc) => {
                println!(
                    "== {} ({}, {}, {} bytes)",
                    doc.name,
                    doc.id,
                    doc.encoding,
                    doc.text.len()
                );
                for a in splitter.split(&doc) {
                    println!(
                        "  #{} {:?} {:?} [{}] date={} ({:?}) by={:?} bytes={}",
                        a.index,
                        a.kind,
                        a.title.as_deref().unwrap_or("-"),
                        a.lang,
                        a.date.as_ref().map_or("-".into(), |d| d.iso()),
                        a.date_source,
                        a.byline.as_deref().unwrap_or("-"),
                        a.span.len()
                    );
                }
            }
        }
    }
}
