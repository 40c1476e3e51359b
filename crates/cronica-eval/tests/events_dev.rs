//! The event stage on twelve documents written for cronica in three languages
//! (`tests/data/events-dev`), scored as `score_events.py` scores: the figures
//! must not fall below what the stage reads today.

use std::path::{Path, PathBuf};

fn dev() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/events-dev")
}

#[test]
fn the_event_stage_keeps_its_figures_on_documents_written_for_it() {
    let docs: Vec<PathBuf> = std::fs::read_dir(dev())
        .expect("the events-dev folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    assert_eq!(docs.len(), 12);
    let score = cronica_eval::events::run(&dev().join("gold.jsonl"), &docs).expect("scores");
    assert_eq!(score.gold_events, 82);
    let lines = score.lines().join("\n");
    // measured 0.747 strict and 0.83 loose when this test was written
    assert!(score.strict.f1 >= 0.72, "{lines}");
    assert!(score.loose.f1 >= 0.80, "{lines}");
}
