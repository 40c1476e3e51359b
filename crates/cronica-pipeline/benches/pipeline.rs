//! The whole pipeline on the example corpus, beside a baseline that only splits
//! sentences and tokens over the same text, so the two read as a ratio.
//! Run with `cargo bench -p cronica-pipeline`.

use std::path::PathBuf;

use cronica_ingest::{read_paths, IngestOptions};
use cronica_pipeline::Pipeline;
use cronica_text::RuleSentenceSplitter;
use cronica_types::stage::SentenceSplitter;
use cronica_types::{Document, Lang, Span};

fn main() {
    divan::main();
}

fn corpus() -> Vec<Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    read_paths(&[dir], &IngestOptions::default())
        .filter_map(Result::ok)
        .collect()
}

#[divan::bench(sample_count = 10)]
fn baseline_sentences_and_tokens(bencher: divan::Bencher) {
    let docs = corpus();
    let words: usize = docs
        .iter()
        .map(|d| cronica_pipeline::word_count(&d.text))
        .sum();
    bencher
        .counter(divan::counter::ItemsCount::new(words))
        .bench(|| {
            docs.iter()
                .map(|d| {
                    RuleSentenceSplitter
                        .split(&d.text, Span::new(0, d.text.len()), Lang::En, 0)
                        .len()
                })
                .sum::<usize>()
        });
}

#[divan::bench(sample_count = 10)]
fn whole_pipeline(bencher: divan::Bencher) {
    let docs = corpus();
    let words: usize = docs
        .iter()
        .map(|d| cronica_pipeline::word_count(&d.text))
        .sum();
    let pipeline = Pipeline::default();
    bencher
        .counter(divan::counter::ItemsCount::new(words))
        .bench(|| {
            docs.iter()
                .map(|d| pipeline.analyse(d.clone()).events.len())
                .sum::<usize>()
        });
}
