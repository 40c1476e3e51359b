//! Runs the place-resolution evaluation on `docs.jsonl` files and prints the
//! report, with the most frequent misses when `--misses N` is given.
//!
//! `cargo run --release -p cronica-geo --example geo_eval -- FILE... [--misses N]`

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use cronica_geo::{eval, Gazetteer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut misses = 0usize;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--misses" {
            misses = it.next().ok_or("--misses needs a number")?.parse()?;
        } else {
            files.push(a.clone());
        }
    }
    let t = Instant::now();
    let g = Gazetteer::embedded();
    println!(
        "open_ms: {:.1} ({} records)",
        t.elapsed().as_secs_f64() * 1000.0,
        g.len()
    );
    for f in &files {
        let r = eval::run(Path::new(f))?;
        if misses > 0 {
            let mut c: HashMap<(String, Option<String>), usize> = HashMap::new();
            for m in &r.misses {
                *c.entry((m.phrase.clone(), m.resolved.clone())).or_default() += 1;
            }
            let mut v: Vec<_> = c.into_iter().collect();
            v.sort_by_key(|b| std::cmp::Reverse(b.1));
            for ((p, res), n) in v.into_iter().take(misses) {
                println!("  miss {n:4} {p:?} -> {res:?}");
            }
        }
        println!("{r}");
    }
    Ok(())
}
