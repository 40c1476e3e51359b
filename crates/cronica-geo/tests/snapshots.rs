//! Golden snapshots of `find_places` and geocoding on one small fixture per
//! language (`data/fixture_*.txt`).

use cronica_geo::{Gazetteer, GazetteerGeocoder};
use cronica_types::stage::Geocoder;
use cronica_types::{Lang, Span};
use serde_json::json;

fn run(text: &str, lang: Lang) -> serde_json::Value {
    let g = Gazetteer::embedded();
    let entities = g.find_places(text, Span::new(0, text.len()), lang);
    let places = GazetteerGeocoder.resolve(text, &entities);
    json!({ "entities": entities, "places": places })
}

#[test]
fn english_fixture() {
    let text = include_str!("data/fixture_en.txt");
    insta::assert_json_snapshot!(run(text, Lang::En));
}

#[test]
fn spanish_fixture() {
    let text = include_str!("data/fixture_es.txt");
    insta::assert_json_snapshot!(run(text, Lang::Es));
}

#[test]
fn portuguese_fixture() {
    let text = include_str!("data/fixture_pt.txt");
    insta::assert_json_snapshot!(run(text, Lang::Pt));
}
