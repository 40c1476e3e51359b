//! Tags every line of a JSON Lines file (`{"lang", "anchor", "text", ...}`) and prints
//! one tab-separated row per expression found: lang, anchor, text, expression, value.

use std::io::BufRead;

use chrono::NaiveDate;
use cronica_types::{Lang, Span};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: tag_jsonl FILE.jsonl");
        std::process::exit(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot open {path}: {e}");
            std::process::exit(1);
        }
    };
    for line in std::io::BufReader::new(file).lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or_default();
        let lang: Lang = v["lang"]
            .as_str()
            .unwrap_or("en")
            .parse()
            .unwrap_or(Lang::En);
        let anchor = v["anchor"]
            .as_str()
            .and_then(|a| NaiveDate::parse_from_str(a, "%Y-%m-%d").ok());
        for e in cronica_time::tag(text, Span::new(0, text.len()), lang, anchor) {
            println!(
                "{}\t{}\t{}\t{}\t{}",
                lang,
                anchor.map(|a| a.to_string()).unwrap_or_else(|| "-".into()),
                text,
                e.span.text(text),
                e.value.iso()
            );
        }
    }
}
