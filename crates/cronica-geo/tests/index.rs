//! The committed name index must be the one `build_index` makes from the
//! committed gazetteer text (rebuild with `examples/build_index.rs`).

#[test]
fn committed_index_matches_the_gazetteer_text() {
    let tsv = include_str!("../data/gazetteer.tsv");
    let (fst, postings) = cronica_geo::build_index(tsv);
    assert!(
        fst == include_bytes!("../data/names.fst"),
        "data/names.fst is stale: run the build_index example"
    );
    assert!(
        postings == include_bytes!("../data/postings.bin"),
        "data/postings.bin is stale"
    );
}
