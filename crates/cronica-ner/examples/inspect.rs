//! Prints gold and predicted labels side by side for the first sentences of a gold file.
//!
//! `cargo run -p cronica-ner --example inspect -- MODEL FILE [N]`

use std::path::Path;

use cronica_ner::data::{read, ClassMap};
use cronica_ner::NerModel;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (model, file) = match args.as_slice() {
        [m, f, ..] => (m, f),
        _ => return Err("usage: inspect MODEL FILE [N]".into()),
    };
    let n: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(20);
    let model = NerModel::from_bytes(&std::fs::read(model)?)?;
    let gold = read(Path::new(file), None, ClassMap::default())?;
    let gold = &gold[..n.min(gold.len())];
    // Tagged document by document, as the entity stage tags an article.
    let preds = model.tag_gold(gold);
    for (s, pred) in gold.iter().zip(preds) {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        if s.doc_start {
            println!("-- document");
        }
        let line: Vec<String> = toks
            .iter()
            .zip(&s.labels)
            .zip(&pred)
            .map(|((t, g), p)| {
                if g == p {
                    format!("{t}/{g}")
                } else {
                    format!("{t}/{g}|{p}")
                }
            })
            .collect();
        println!("{}\n", line.join(" "));
    }
    Ok(())
}
