//! Where a model goes wrong on a gold set: span-only scores (any class), the class
//! confusion of names found with the right span, and the most frequent missed and spurious
//! names.
//!
//! `cargo run --release -p cronica-ner --example diag -- MODEL FILE [N]`

use std::collections::HashMap;
use std::path::Path;

use cronica_ner::data::{read, ClassMap};
use cronica_ner::label::{chunks, Class};
use cronica_ner::NerModel;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (model, file) = match args.as_slice() {
        [m, f, ..] => (m, f),
        _ => return Err("usage: diag MODEL FILE [N]".into()),
    };
    let n: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(25);
    let model = NerModel::from_bytes(&std::fs::read(model)?)?;
    let gold = read(Path::new(file), None, ClassMap::default())?;
    let misc = gold
        .iter()
        .any(|s| s.labels.iter().any(|l| l.class() == Some(Class::Misc)));
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    let mut confusion: HashMap<(Class, Class), usize> = HashMap::new();
    let mut missed: HashMap<String, usize> = HashMap::new();
    let mut spurious: HashMap<String, usize> = HashMap::new();
    let mut wrong_class: HashMap<String, usize> = HashMap::new();
    // Tagged document by document, as the entity stage tags an article.
    let preds = model.tag_gold(&gold);
    for (s, pred) in gold.iter().zip(preds) {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        let keep = |c: &cronica_ner::label::Chunk| misc || c.class != Class::Misc;
        let g: Vec<_> = chunks(&s.labels).into_iter().filter(keep).collect();
        let p: Vec<_> = chunks(&pred).into_iter().filter(keep).collect();
        np += p.len();
        ng += g.len();
        for c in &p {
            let text = toks[c.start..c.end].join(" ");
            match g.iter().find(|x| x.start == c.start && x.end == c.end) {
                Some(x) => {
                    tp += 1;
                    *confusion.entry((x.class, c.class)).or_default() += 1;
                    if x.class != c.class {
                        *wrong_class
                            .entry(format!("{text} {}->{}", x.class, c.class))
                            .or_default() += 1;
                    }
                }
                None => *spurious.entry(format!("{text} {}", c.class)).or_default() += 1,
            }
        }
        for c in &g {
            if !p.iter().any(|x| x.start == c.start && x.end == c.end) {
                let text = toks[c.start..c.end].join(" ");
                *missed.entry(format!("{text} {}", c.class)).or_default() += 1;
            }
        }
    }
    let (p, r) = (tp as f64 / np as f64, tp as f64 / ng as f64);
    println!(
        "span_only: p {p:.3} r {r:.3} f1 {:.3} (gold {ng}, predicted {np})",
        2.0 * p * r / (p + r)
    );
    println!("confusion (gold -> predicted) on right spans:");
    for g in Class::ALL {
        let row: Vec<String> = Class::ALL
            .iter()
            .map(|&q| format!("{q}:{}", confusion.get(&(g, q)).unwrap_or(&0)))
            .collect();
        println!("  {g}: {}", row.join(" "));
    }
    for (name, m) in [
        ("missed", &missed),
        ("spurious", &spurious),
        ("wrong class", &wrong_class),
    ] {
        let mut v: Vec<_> = m.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let total: usize = m.values().sum();
        println!("{name} ({total}):");
        for (k, c) in v.iter().take(n) {
            println!("  {c} {k}");
        }
    }
    Ok(())
}
