//! Prints every miss of the place-resolution evaluation as tab-separated
//! lines (document, phrase, reachable, km, reading), for looking at errors.
//!
//! `cargo run --release -p cronica-geo --example geo_misses -- FILE`

use std::path::Path;

use cronica_geo::eval;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for f in std::env::args().skip(1) {
        let r = eval::run(Path::new(&f))?;
        for m in &r.misses {
            println!(
                "{}\t{}\t{}\t{:.0}\t{}",
                m.doc,
                m.phrase,
                m.reachable,
                m.km,
                m.resolved.as_deref().unwrap_or("-")
            );
        }
    }
    Ok(())
}
