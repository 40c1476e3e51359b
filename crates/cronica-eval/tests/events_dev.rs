//! The event stage on documents coded by hand for cronica, scored as
//! `score_events.py` scores: twelve documents written for it in three languages
//! (`tests/data/events-dev`), eight White House statements
//! (`tests/data/events-heldout`), and eight Wikinews articles with six more White
//! House statements (`tests/data/events-heldout2`), ten Spanish and Portuguese
//! news texts written for it (`tests/data/events-dev2`), eight more
//! (`tests/data/events-dev3`), seven English ones (`tests/data/events-dev4`) and
//! nine more in the three languages (`tests/data/events-dev5`), eleven more White
//! House texts (`tests/data/events-heldout3`), nine more texts in the three
//! languages (`tests/data/events-dev6`), eight English statements, briefings and
//! stories (`tests/data/events-dev7`), eight Spanish and Portuguese texts
//! (`tests/data/events-dev8`), eight more in the three languages
//! (`tests/data/events-dev9`), five campaign and news pages of several
//! articles each (`tests/data/events-dev10`), six more wire stories,
//! statements and pages (`tests/data/events-dev11`), six more
//! (`tests/data/events-dev12`), six more (`tests/data/events-dev13`), six
//! more of other layouts (`tests/data/events-dev14`), six more
//! (`tests/data/events-dev15`), six more (`tests/data/events-dev16`), six
//! more (`tests/data/events-dev17`), six more (`tests/data/events-dev18`), six
//! more (`tests/data/events-dev19`), six more (`tests/data/events-dev20`), six
//! of still other layouts (`tests/data/events-dev21`), six more
//! (`tests/data/events-dev22`), six more (`tests/data/events-dev23`), six
//! political texts of still other kinds (`tests/data/events-dev24`), six more of
//! other layouts (`tests/data/events-dev25`), six more
//! (`tests/data/events-dev26`), six more (`tests/data/events-dev27`), six more
//! (`tests/data/events-dev28`), six more (`tests/data/events-dev29`), six more
//! (`tests/data/events-dev30`), six more (`tests/data/events-dev31`), six more
//! (`tests/data/events-dev32`), six more (`tests/data/events-dev33`), six more
//! (`tests/data/events-dev34`), six more (`tests/data/events-dev35`), six more
//! (`tests/data/events-dev36`), six more (`tests/data/events-dev37`), six more
//! (`tests/data/events-dev38`), six more (`tests/data/events-dev39`), six more
//! (`tests/data/events-dev40`), six more (`tests/data/events-dev41`), six more
//! (`tests/data/events-dev42`), six more (`tests/data/events-dev43`), six more
//! (`tests/data/events-dev44`), six more (`tests/data/events-dev45`), six more
//! (`tests/data/events-dev46`), six more (`tests/data/events-dev47`), six more
//! (`tests/data/events-dev48`), six more (`tests/data/events-dev49`) and six more
//! (`tests/data/events-dev50`).
//! The figures must not fall below what the stage reads today.

use std::path::{Path, PathBuf};

fn data(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(set)
}

fn score(set: &str, docs: usize, events: usize) -> cronica_eval::events::EventScore {
    let dir = data(set);
    let paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the data folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    assert_eq!(paths.len(), docs);
    let score = cronica_eval::events::run(&dir.join("gold.jsonl"), &paths).expect("scores");
    assert_eq!(score.gold_events, events);
    score
}

#[test]
fn the_event_stage_keeps_its_figures_on_documents_written_for_it() {
    let score = score("events-dev", 12, 82);
    let lines = score.lines().join("\n");
    // measured 0.818 strict and 0.862 loose when these bounds were set
    assert!(score.strict.f1 >= 0.80, "{lines}");
    assert!(score.loose.f1 >= 0.84, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_government_statements() {
    let score = score("events-heldout", 8, 49);
    let lines = score.lines().join("\n");
    // measured 0.474 strict and 0.680 loose when these bounds were first set, 0.562
    // strict once a release on a government's site spoke as that government
    assert!(score.strict.f1 >= 0.53, "{lines}");
    assert!(score.loose.f1 >= 0.66, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_news_articles_and_more_statements() {
    let score = score("events-heldout2", 14, 72);
    let lines = score.lines().join("\n");
    // measured 0.460 strict and 0.683 loose when these bounds were set
    assert!(score.strict.f1 >= 0.44, "{lines}");
    assert!(score.loose.f1 >= 0.66, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_spanish_and_portuguese_news() {
    let score = score("events-dev2", 10, 104);
    let lines = score.lines().join("\n");
    // measured 0.702 strict and 0.800 loose when these bounds were set
    assert!(score.strict.f1 >= 0.68, "{lines}");
    assert!(score.loose.f1 >= 0.78, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_more_spanish_and_portuguese_news() {
    let score = score("events-dev3", 8, 97);
    let lines = score.lines().join("\n");
    // measured 0.631 strict and 0.748 loose on first run, 0.757 and 0.845 when
    // these bounds were set
    assert!(score.strict.f1 >= 0.73, "{lines}");
    assert!(score.loose.f1 >= 0.82, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_english_statements_and_wire_stories() {
    let score = score("events-dev4", 7, 91);
    let lines = score.lines().join("\n");
    // measured 0.475 strict and 0.653 loose on first run, 0.644 and 0.822 when
    // these bounds were set
    assert!(score.strict.f1 >= 0.62, "{lines}");
    assert!(score.loose.f1 >= 0.80, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_news_and_statements_in_three_languages() {
    let score = score("events-dev5", 9, 110);
    let lines = score.lines().join("\n");
    // measured 0.590 strict and 0.679 loose on first run, 0.704 and 0.772 when
    // these bounds were set
    assert!(score.strict.f1 >= 0.68, "{lines}");
    assert!(score.loose.f1 >= 0.75, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_eleven_more_white_house_texts() {
    let score = score("events-heldout3", 11, 59);
    let lines = score.lines().join("\n");
    // measured 0.242 strict and 0.484 loose on first run, 0.368 and 0.528 when
    // these bounds were set
    assert!(score.strict.f1 >= 0.35, "{lines}");
    assert!(score.loose.f1 >= 0.50, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_sixth_set_in_three_languages() {
    let score = score("events-dev6", 9, 119);
    let lines = score.lines().join("\n");
    // measured 0.646 strict and 0.794 loose on first run, 0.749 and 0.826 when
    // these bounds were set
    assert!(score.strict.f1 >= 0.72, "{lines}");
    assert!(score.loose.f1 >= 0.80, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_english_releases_briefings_and_stories() {
    let score = score("events-dev7", 8, 112);
    let lines = score.lines().join("\n");
    // measured 0.667 strict and 0.751 loose on first run, 0.689 and 0.773 when
    // these bounds were set
    assert!(score.strict.f1 >= 0.66, "{lines}");
    assert!(score.loose.f1 >= 0.75, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_page_a_communique_and_stories_in_spanish_and_portuguese()
{
    let score = score("events-dev8", 8, 110);
    let lines = score.lines().join("\n");
    // measured 0.667 strict and 0.838 loose on first run, 0.692 and 0.846 when
    // these bounds were set
    assert!(score.strict.f1 >= 0.67, "{lines}");
    assert!(score.loose.f1 >= 0.82, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_ninth_set_in_three_languages() {
    let score = score("events-dev9", 8, 119);
    let lines = score.lines().join("\n");
    // measured 0.662 strict and 0.754 loose on first run
    assert!(score.strict.f1 >= 0.65, "{lines}");
    assert!(score.loose.f1 >= 0.74, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_campaign_and_news_pages_of_several_articles() {
    let score = score("events-dev10", 5, 120);
    let lines = score.lines().join("\n");
    // measured 0.718 strict and 0.803 loose on first run
    assert!(score.strict.f1 >= 0.70, "{lines}");
    assert!(score.loose.f1 >= 0.78, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_an_eleventh_set_of_wires_statements_and_pages() {
    let score = score("events-dev11", 6, 113);
    let lines = score.lines().join("\n");
    // measured 0.610 strict and 0.748 loose on first run
    assert!(score.strict.f1 >= 0.59, "{lines}");
    assert!(score.loose.f1 >= 0.74, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twelfth_set_of_wires_statements_and_pages() {
    let score = score("events-dev12", 6, 122);
    let lines = score.lines().join("\n");
    // measured 0.658 strict and 0.792 loose on first run
    assert!(score.strict.f1 >= 0.66, "{lines}");
    assert!(score.loose.f1 >= 0.77, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirteenth_set_of_wires_statements_and_pages() {
    let score = score("events-dev13", 6, 130);
    let lines = score.lines().join("\n");
    // measured 0.672 strict and 0.809 loose on first run
    assert!(score.strict.f1 >= 0.67, "{lines}");
    assert!(score.loose.f1 >= 0.80, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_fourteenth_set_of_pages_of_other_layouts() {
    let score = score("events-dev14", 6, 130);
    let lines = score.lines().join("\n");
    // measured 0.709 strict and 0.845 loose on first run
    assert!(score.strict.f1 >= 0.70, "{lines}");
    assert!(score.loose.f1 >= 0.84, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_fifteenth_set_of_releases_wires_and_pages() {
    let score = score("events-dev15", 6, 130);
    let lines = score.lines().join("\n");
    // measured 0.664 strict and 0.815 loose on first run (0.687 / 0.821 with the
    // rules made before it arrived)
    assert!(score.strict.f1 >= 0.66, "{lines}");
    assert!(score.loose.f1 >= 0.81, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_sixteenth_set_of_wires_statements_and_pages() {
    let score = score("events-dev16", 6, 135);
    let lines = score.lines().join("\n");
    // measured 0.592 strict and 0.794 loose on first run (0.569 / 0.757 by the
    // build of two rounds before)
    assert!(score.strict.f1 >= 0.59, "{lines}");
    assert!(score.loose.f1 >= 0.79, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_seventeenth_set_of_wires_statements_and_pages() {
    let score = score("events-dev17", 6, 134);
    let lines = score.lines().join("\n");
    // measured 0.709 strict and 0.838 loose on first run (0.690 / 0.822 by the
    // build of the start of the round whose rules it first met)
    assert!(score.strict.f1 >= 0.70, "{lines}");
    assert!(score.loose.f1 >= 0.83, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_an_eighteenth_set_of_wires_statements_and_pages() {
    let score = score("events-dev18", 6, 140);
    let lines = score.lines().join("\n");
    // measured 0.689 strict and 0.852 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.68, "{lines}");
    assert!(score.loose.f1 >= 0.84, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_nineteenth_set_of_blogs_appeals_and_pages() {
    let score = score("events-dev19", 6, 139);
    let lines = score.lines().join("\n");
    // measured 0.735 strict and 0.865 loose on first run (0.721 / 0.860 by the
    // build of the start of the round whose rules it first met)
    assert!(score.strict.f1 >= 0.72, "{lines}");
    assert!(score.loose.f1 >= 0.85, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twentieth_set_of_briefings_releases_and_pages() {
    let score = score("events-dev20", 6, 144);
    let lines = score.lines().join("\n");
    // measured 0.765 strict and 0.872 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.75, "{lines}");
    assert!(score.loose.f1 >= 0.86, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_first_set_of_live_pages_releases_and_reports() {
    let score = score("events-dev21", 6, 134);
    let lines = score.lines().join("\n");
    // measured 0.630 strict and 0.821 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.75, "{lines}");
    assert!(score.loose.f1 >= 0.90, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_second_set_of_answers_bulletins_and_minutes() {
    let score = score("events-dev22", 6, 141);
    let lines = score.lines().join("\n");
    // measured 0.621 strict and 0.736 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.78, "{lines}");
    assert!(score.loose.f1 >= 0.83, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_third_set_of_reports_blogs_and_releases() {
    let score = score("events-dev23", 6, 127);
    let lines = score.lines().join("\n");
    // measured 0.669 strict and 0.900 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.70, "{lines}");
    assert!(score.loose.f1 >= 0.89, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_fourth_set_of_communiques_debates_and_notes() {
    let score = score("events-dev24", 6, 138);
    let lines = score.lines().join("\n");
    // measured 0.635 strict and 0.774 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.63, "{lines}");
    assert!(score.loose.f1 >= 0.76, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_fifth_set_of_factboxes_decrees_and_digests() {
    let score = score("events-dev25", 6, 148);
    let lines = score.lines().join("\n");
    // measured 0.427 strict and 0.555 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.72, "{lines}");
    assert!(score.loose.f1 >= 0.81, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_sixth_set_of_threads_reports_and_alerts() {
    let score = score("events-dev26", 6, 149);
    let lines = score.lines().join("\n");
    // measured 0.633 strict and 0.806 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.67, "{lines}");
    assert!(score.loose.f1 >= 0.85, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_seventh_set_of_blogs_petitions_and_bulletins() {
    let score = score("events-dev27", 6, 149);
    let lines = score.lines().join("\n");
    // measured 0.710 strict and 0.832 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.77, "{lines}");
    assert!(score.loose.f1 >= 0.87, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_eighth_set_of_logs_explainers_and_obituaries() {
    let score = score("events-dev28", 6, 150);
    let lines = score.lines().join("\n");
    // measured 0.601 strict and 0.746 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.70, "{lines}");
    assert!(score.loose.f1 >= 0.82, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_twenty_ninth_set_of_fact_checks_alerts_and_galleries() {
    let score = score("events-dev29", 6, 124);
    let lines = score.lines().join("\n");
    // measured 0.700 strict and 0.859 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.72, "{lines}");
    assert!(score.loose.f1 >= 0.87, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirtieth_set_of_observers_letters_and_chronologies() {
    let score = score("events-dev30", 6, 149);
    let lines = score.lines().join("\n");
    // measured 0.548 strict and 0.662 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.71, "{lines}");
    assert!(score.loose.f1 >= 0.83, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_first_set_of_threads_logs_and_case_reports() {
    let score = score("events-dev31", 6, 139);
    let lines = score.lines().join("\n");
    // measured 0.608 strict and 0.718 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.64, "{lines}");
    assert!(score.loose.f1 >= 0.78, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_second_set_of_appeals_minutes_and_sentences() {
    let score = score("events-dev32", 6, 134);
    let lines = score.lines().join("\n");
    // measured 0.580 strict and 0.743 loose on first run, by the build of the
    // start of the round whose rules it first met (loose 0.816 later, 0.809 once the
    // strike told on its first day and again on its second became one record; 0.800
    // once tyres burnt "para exigir justicia" became one protest, not a protest and
    // a demand that loosely matched another record of the day)
    assert!(score.strict.f1 >= 0.66, "{lines}");
    assert!(score.loose.f1 >= 0.79, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_third_set_of_trackers_tickers_and_hearings() {
    let score = score("events-dev33", 6, 149);
    let lines = score.lines().join("\n");
    // measured 0.658 strict and 0.766 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.72, "{lines}");
    assert!(score.loose.f1 >= 0.83, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_fourth_set_of_gazettes_briefings_and_diaries() {
    let score = score("events-dev34", 6, 129);
    let lines = score.lines().join("\n");
    // measured 0.610 strict and 0.797 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.65, "{lines}");
    assert!(score.loose.f1 >= 0.84, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_fifth_set_of_fact_checks_updates_and_memorials() {
    let score = score("events-dev35", 6, 140);
    let lines = score.lines().join("\n");
    // measured 0.638 strict and 0.816 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.69, "{lines}");
    assert!(score.loose.f1 >= 0.83, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_sixth_set_of_chronologies_captions_and_letters() {
    let score = score("events-dev36", 6, 149);
    let lines = score.lines().join("\n");
    // measured 0.617 strict and 0.792 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.67, "{lines}");
    assert!(score.loose.f1 >= 0.82, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_seventh_set_of_court_lists_guides_and_bulletins() {
    let score = score("events-dev37", 6, 149);
    let lines = score.lines().join("\n");
    // measured 0.614 strict and 0.801 loose on first run, by the build of the
    // start of the round whose rules it first met (0.780 and 0.913 at its end)
    assert!(score.strict.f1 >= 0.77, "{lines}");
    assert!(score.loose.f1 >= 0.90, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_eighth_set_of_filings_records_and_reports() {
    let score = score("events-dev38", 6, 149);
    let lines = score.lines().join("\n");
    // measured 0.696 strict and 0.841 loose on first run, by the build of the
    // start of the round whose rules it first met (0.771 and 0.868 at its end)
    assert!(score.strict.f1 >= 0.76, "{lines}");
    assert!(score.loose.f1 >= 0.86, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_thirty_ninth_set_of_letters_rulings_and_threads() {
    let score = score("events-dev39", 6, 153);
    let lines = score.lines().join("\n");
    // measured 0.592 strict and 0.711 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.62, "{lines}");
    assert!(score.loose.f1 >= 0.74, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_fortieth_set_of_maps_notices_and_trackers() {
    let score = score("events-dev40", 6, 154);
    let lines = score.lines().join("\n");
    // measured 0.567 strict and 0.703 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.62, "{lines}");
    assert!(score.loose.f1 >= 0.78, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_first_set_of_reports_call_ins_and_answers() {
    let score = score("events-dev41", 6, 154);
    let lines = score.lines().join("\n");
    // measured 0.599 strict and 0.711 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.59, "{lines}");
    assert!(score.loose.f1 >= 0.70, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_second_set_of_testimonies_bulletins_and_accounts() {
    let score = score("events-dev42", 6, 152);
    let lines = score.lines().join("\n");
    // measured 0.514 strict and 0.650 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.52, "{lines}");
    assert!(score.loose.f1 >= 0.65, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_third_set_of_cables_forms_and_threads() {
    let score = score("events-dev43", 6, 154);
    let lines = score.lines().join("\n");
    // measured 0.579 strict and 0.773 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.61, "{lines}");
    assert!(score.loose.f1 >= 0.79, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_fourth_set_of_audits_briefs_and_notices() {
    let score = score("events-dev44", 6, 152);
    let lines = score.lines().join("\n");
    // measured 0.594 strict and 0.751 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.64, "{lines}");
    assert!(score.loose.f1 >= 0.77, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_fifth_set_of_notes_addresses_and_talk_pages() {
    let score = score("events-dev45", 6, 153);
    let lines = score.lines().join("\n");
    // measured 0.631 strict and 0.771 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.67, "{lines}");
    assert!(score.loose.f1 >= 0.78, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_sixth_set_of_returns_alerts_and_line_ups() {
    let score = score("events-dev46", 6, 153);
    let lines = score.lines().join("\n");
    // measured 0.570 strict and 0.815 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.61, "{lines}");
    assert!(score.loose.f1 >= 0.79, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_seventh_set_of_cause_lists_advisories_and_bulletins(
) {
    let score = score("events-dev47", 6, 154);
    let lines = score.lines().join("\n");
    // measured 0.623 strict and 0.799 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.69, "{lines}");
    assert!(score.loose.f1 >= 0.82, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_eighth_set_of_senate_decisions_notes_and_opinions()
{
    let score = score("events-dev48", 6, 154);
    let lines = score.lines().join("\n");
    // measured 0.556 strict and 0.695 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.56, "{lines}");
    assert!(score.loose.f1 >= 0.69, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_forty_ninth_set_of_digests_resolutions_and_replies() {
    let score = score("events-dev49", 6, 154);
    let lines = score.lines().join("\n");
    // measured 0.503 strict and 0.617 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.63, "{lines}");
    assert!(score.loose.f1 >= 0.74, "{lines}");
}

#[test]
fn the_event_stage_keeps_its_figures_on_a_fiftieth_set_of_alerts_advisories_and_bulletins() {
    let score = score("events-dev50", 6, 155);
    let lines = score.lines().join("\n");
    // measured 0.524 strict and 0.608 loose on first run, by the build of the
    // start of the round whose rules it first met
    assert!(score.strict.f1 >= 0.67, "{lines}");
    assert!(score.loose.f1 >= 0.81, "{lines}");
}
