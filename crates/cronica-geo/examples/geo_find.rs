//! Prints the places found in a text read from standard input, and how each
//! resolves: `echo "Protestas en Juliaca, Puno" | cargo run -p cronica-geo --example geo_find -- es`

use std::io::Read;

use cronica_geo::{Gazetteer, GazetteerGeocoder};
use cronica_types::stage::Geocoder;
use cronica_types::{Lang, Span};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lang: Lang = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "en".into())
        .parse()?;
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let g = Gazetteer::embedded();
    let found = g.find_places(&text, Span::new(0, text.len()), lang);
    for p in GazetteerGeocoder.resolve(&text, &found) {
        println!(
            "{:?}\t{}\t{}\t{:?}\t{:.3},{:.3}\t{:?}\t{:.2}",
            p.name,
            p.canonical,
            p.country,
            p.admin1,
            p.lat.unwrap_or(0.0),
            p.lon.unwrap_or(0.0),
            p.precision,
            p.confidence
        );
    }
    for e in found
        .iter()
        .filter(|e| e.label == cronica_types::EntityLabel::Norp)
    {
        println!("{:?}\tNORP\t{:?}", e.text, e.country);
    }
    Ok(())
}
