//! Throughput of the tagger: `cargo bench -p cronica-time` reads the files named in
//! `CRONICA_BENCH_FILES` (colon-separated; the seeds texts, say), or the test
//! sentences bundled with the crate, and prints bytes/s and words/s of `tag`.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cronica_types::{Lang, Span};

fn corpus() -> Vec<(String, Lang)> {
    if let Ok(files) = std::env::var("CRONICA_BENCH_FILES") {
        return files
            .split(':')
            .filter(|f| !f.is_empty())
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .map(|t| (t, Lang::En))
            .collect();
    }
    let data = include_str!("../tests/data/expressions.tsv");
    let mut texts: Vec<(String, Lang)> = Vec::new();
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() > 4 {
            texts.push((f[4].to_string(), f[0].parse().unwrap_or(Lang::En)));
        }
    }
    texts
}

fn main() {
    let texts = corpus();
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    let words: usize = texts
        .iter()
        .map(|(t, _)| t.split_whitespace().count())
        .sum();
    let anchor = NaiveDate::from_ymd_opt(2026, 1, 5);
    let mut found = 0usize;
    let mut rounds = 0u32;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) || rounds < 3 {
        for (t, lang) in &texts {
            found += cronica_time::tag(t, Span::new(0, t.len()), *lang, anchor).len();
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let total_bytes = bytes as f64 * f64::from(rounds);
    let total_words = words as f64 * f64::from(rounds);
    println!("texts: {}", texts.len());
    println!("bytes: {bytes}");
    println!("expressions per round: {}", found / rounds as usize);
    println!("MB/s: {:.1}", total_bytes / secs / 1e6);
    println!("words/s: {:.0}", total_words / secs);
}
