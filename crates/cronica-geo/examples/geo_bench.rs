//! Measures the embedded gazetteer: time to open, memory it adds, and
//! `find_places` / geocoding throughput over the texts of `docs.jsonl` files
//! (one document at a time).
//!
//! `cargo run --release -p cronica-geo --example geo_bench -- FILE...`

use std::time::Instant;

use cronica_geo::{Gazetteer, GazetteerGeocoder};
use cronica_types::stage::Geocoder;
use cronica_types::{Lang, Span};

/// A field of /proc/self/status in kB (Linux only).
fn status_kb(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut texts = Vec::new();
    for f in std::env::args().skip(1) {
        for line in std::fs::read_to_string(&f)?.lines() {
            let v: serde_json::Value = serde_json::from_str(line)?;
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                texts.push(t.to_string());
            }
        }
    }
    let rss0 = status_kb("VmRSS:").unwrap_or(0);
    let t = Instant::now();
    let g = Gazetteer::embedded();
    let open = t.elapsed();
    let probe = "Peruvian police in Juliaca, Puno, and Lima.";
    let _ = g.find_places(probe, Span::new(0, probe.len()), Lang::En);
    let rss1 = status_kb("VmRSS:").unwrap_or(0);
    println!("open_ms: {:.2}", open.as_secs_f64() * 1000.0);
    println!(
        "rss_added_mb: {:.1}",
        (rss1.saturating_sub(rss0)) as f64 / 1024.0
    );

    let bytes: usize = texts.iter().map(String::len).sum();
    let t = Instant::now();
    let mut names = 0;
    let mut found = Vec::with_capacity(texts.len());
    for text in &texts {
        let f = g.find_places(text, Span::new(0, text.len()), Lang::En);
        names += f.len();
        found.push(f);
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "documents: {}  bytes: {}  names: {}",
        texts.len(),
        bytes,
        names
    );
    println!("find_places_mb_per_s: {:.1}", bytes as f64 / 1e6 / secs);
    let t = Instant::now();
    let mut places = 0;
    for (text, f) in texts.iter().zip(&found) {
        places += GazetteerGeocoder.resolve(text, f).len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!("places: {places}");
    println!("resolve_mb_per_s: {:.1}", bytes as f64 / 1e6 / secs);
    println!(
        "peak_rss_mb: {:.1}",
        status_kb("VmHWM:").unwrap_or(0) as f64 / 1024.0
    );
    Ok(())
}
