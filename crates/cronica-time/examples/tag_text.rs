//! Prints what the tagger reads in a text: `tag_text LANG YYYY-MM-DD TEXT`.

use chrono::NaiveDate;
use cronica_types::{Lang, Span};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: tag_text LANG YYYY-MM-DD TEXT");
        std::process::exit(2);
    }
    let lang: Lang = args[0].parse().unwrap_or(Lang::En);
    let anchor = NaiveDate::parse_from_str(&args[1], "%Y-%m-%d").ok();
    let text = args[2..].join(" ");
    for e in cronica_time::tag(&text, Span::new(0, text.len()), lang, anchor) {
        println!(
            "{:?} -> {} ({}){}",
            e.span.text(&text),
            e.value.iso(),
            if e.relative { "relative" } else { "absolute" },
            e.warning
                .map(|w| format!(" warning: {w}"))
                .unwrap_or_default()
        );
    }
}
