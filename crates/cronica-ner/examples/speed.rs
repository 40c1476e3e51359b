//! Tagging speed on one thread, measured the way `shared/tools/peer_spacy.py` measures
//! spaCy: one warm-up pass, then whole passes until at least `--min-seconds` have gone by;
//! words per second counts whitespace-separated words for raw texts and gold tokens for
//! gold sets.
//!
//! `cargo run --release -p cronica-ner --example speed -- --lang en [--min-seconds 3] FILE...`
//!
//! A `.txt` file is one document, split into sentences and tokens by the crate's reader
//! ([`cronica_ner::data::split_sentences`], [`cronica_ner::data::tokenize`]) inside the
//! timed passes; every other file is a gold set, read once and tagged document by document
//! from its gold tokens.

use std::path::{Path, PathBuf};
use std::time::Instant;

use cronica_ner::data::{read, split_sentences, tokenize, ClassMap};
use cronica_ner::NerModel;
use cronica_types::Lang;

fn timed(min_seconds: f64, mut once: impl FnMut() -> usize) -> (usize, f64, usize) {
    let n = once();
    let started = Instant::now();
    let mut reps = 0;
    loop {
        std::hint::black_box(once());
        reps += 1;
        let el = started.elapsed().as_secs_f64();
        if el >= min_seconds {
            return (reps, el, n);
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut lang = Lang::En;
    let mut min_seconds = 3.0;
    let mut texts: Vec<PathBuf> = Vec::new();
    let mut gold: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => lang = args.next().ok_or("--lang needs a value")?.parse()?,
            "--min-seconds" => {
                min_seconds = args.next().ok_or("--min-seconds needs a value")?.parse()?
            }
            _ if a.ends_with(".txt") && !a.contains("conll") => texts.push(a.into()),
            _ => gold.push(a.into()),
        }
    }
    let model = NerModel::embedded(lang).ok_or("no model for this language")?;
    if !texts.is_empty() {
        let docs: Vec<String> = texts
            .iter()
            .map(std::fs::read_to_string)
            .collect::<Result<_, _>>()?;
        let words: usize = docs.iter().map(|d| d.split_whitespace().count()).sum();
        let (reps, el, ents) = timed(min_seconds, || {
            let mut ents = 0;
            for d in &docs {
                let sents: Vec<Vec<&str>> = split_sentences(d)
                    .into_iter()
                    .map(|r| tokenize(d, r).into_iter().map(|(a, b)| &d[a..b]).collect())
                    .collect();
                for l in model.tag_document(&sents) {
                    ents += cronica_ner::label::chunks(&l).len();
                }
            }
            ents
        });
        println!(
            "texts ({} files, {words} words, {ents} names): {:.0} words/s over {reps} passes, {el:.2} s",
            texts.len(),
            (words * reps) as f64 / el
        );
    }
    for g in &gold {
        let sents = read(Path::new(g), None, ClassMap::default())?;
        let mut docs: Vec<Vec<Vec<&str>>> = Vec::new();
        for s in &sents {
            if s.doc_start || docs.is_empty() {
                docs.push(Vec::new());
            }
            if let Some(d) = docs.last_mut() {
                d.push(s.tokens.iter().map(String::as_str).collect());
            }
        }
        let words: usize = sents.iter().map(|s| s.tokens.len()).sum();
        let (reps, el, ents) = timed(min_seconds, || {
            docs.iter()
                .flat_map(|d| model.tag_document(d))
                .map(|l| cronica_ner::label::chunks(&l).len())
                .sum()
        });
        println!(
            "{} ({words} words, {ents} names): {:.0} words/s over {reps} passes, {el:.2} s",
            g.display(),
            (words * reps) as f64 / el
        );
    }
    Ok(())
}
