//! Writes `data/names.fst` and `data/postings.bin`, the name index of
//! `data/gazetteer.tsv`, with this crate's own name folding. Run it after
//! `scripts/build_gazetteer.py`:
//!
//! `cargo run --release -p cronica-geo --example build_index`

use std::path::Path;

fn main() -> std::io::Result<()> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let tsv = std::fs::read_to_string(data.join("gazetteer.tsv"))?;
    let (fst, postings) = cronica_geo::build_index(&tsv);
    std::fs::write(data.join("names.fst"), &fst)?;
    std::fs::write(data.join("postings.bin"), &postings)?;
    println!(
        "names.fst: {} bytes, postings.bin: {} bytes",
        fst.len(),
        postings.len()
    );
    Ok(())
}
