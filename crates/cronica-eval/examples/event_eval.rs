//! Runs the event evaluations from the command line:
//!
//! ```text
//! cargo run --release -p cronica-eval --example event_eval -- events GOLD.jsonl DOCS...
//! cargo run --release -p cronica-eval --example event_eval -- plover FILE [--misses] [--all]
//! ```
//!
//! `--misses` lists what was missed; `--all` keeps events of any confidence,
//! to see which sentences lose their event to the confidence threshold.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let lines = match rest.as_slice() {
        [cmd, gold, paths @ ..] if cmd.as_str() == "events" && !paths.is_empty() => {
            let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
            let gold_path = PathBuf::from(gold);
            cronica_eval::events::run(&gold_path, &paths).and_then(|s| {
                let mut lines = Vec::new();
                if misses {
                    lines.extend(s.misses(&cronica_eval::events::load_gold(&gold_path)?));
                }
                lines.extend(s.lines());
                Ok(lines)
            })
        }
        [cmd, file] if cmd.as_str() == "plover" => {
            let path = PathBuf::from(file);
            cronica_eval::plover::load(&path).map(|gold| {
                let mut pipeline = cronica_pipeline::Pipeline::default();
                if args.iter().any(|a| a == "--all") {
                    pipeline.events = Box::new(cronica_events::RuleEventExtractor::new(
                        cronica_events::ExtractOptions {
                            min_confidence: 0.0,
                            ..Default::default()
                        },
                    ));
                }
                let report = cronica_eval::plover::evaluate(&pipeline, &gold);
                let mut lines = Vec::new();
                if misses {
                    lines.extend(report.misses(&gold));
                }
                lines.extend(report.lines());
                lines
            })
        }
        _ => {
            eprintln!("usage: eval events GOLD.jsonl PATHS... | eval plover FILE [--misses]");
            return ExitCode::from(2);
        }
    };
    match lines {
        Ok(lines) => {
            for l in lines {
                println!("{l}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
