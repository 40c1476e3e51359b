//! Scores a model file on gold files and prints each report.
//!
//! `cargo run --release -p cronica-ner --example eval -- MODEL FILE...`

use std::path::Path;

use cronica_ner::NerModel;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (model, files) = args.split_first().ok_or("usage: eval MODEL FILE...")?;
    let model = NerModel::from_bytes(&std::fs::read(model)?)?;
    for f in files {
        let r = cronica_ner::eval::run(&model, Path::new(f), None)?;
        println!("file: {f}\n{}", r.lines());
    }
    Ok(())
}
