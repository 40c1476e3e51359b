//! Reads the given files or directories and prints each document's articles.
//!
//! `cargo run -p cronica-ingest --example split -- FILE...`, or
//! `... -- --gold GOLD.jsonl` to check the splitter against gold headlines.

use std::path::PathBuf;

use cronica_ingest::{read_paths, IngestOptions, RuleArticleSplitter};
use cronica_types::stage::ArticleSplitter;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--gold") {
        match args
            .get(1)
            .map(|g| cronica_ingest::evaluate_titles(g.as_ref()))
        {
            Some(Ok(report)) => print!("{}", report.render()),
            Some(Err(e)) => eprintln!("error: {e}"),
            None => eprintln!("usage: split --gold GOLD.jsonl"),
        }
        return;
    }
    let paths: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
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
