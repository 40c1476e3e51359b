//! Resolution of real place names in en/es/pt sentences (`data/toponyms.tsv`,
//! provenance in `data/README.md`): expected countries and coordinates were
//! set by hand; expected GeoNames ids were then read from GeoNames records of
//! that name at that point.

use std::collections::BTreeMap;

use cronica_geo::eval::haversine_km;
use cronica_geo::{Gazetteer, GazetteerGeocoder};
use cronica_types::stage::Geocoder;
use cronica_types::{Entity, EntityLabel, Lang, Span};

struct Expected {
    name: String,
    span: Span,
    country: String,
    point: Option<(f64, f64)>,
    geonames_id: Option<u64>,
}

struct Case {
    lang: Lang,
    text: String,
    toponyms: Vec<Expected>,
}

fn cases() -> Vec<Case> {
    let data = include_str!("data/toponyms.tsv");
    let mut out = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 3, "bad line {line:?}");
        let text = f[1].to_string();
        let mut toponyms = Vec::new();
        for item in f[2].split(" | ") {
            let (name, rest) = item.split_once('=').expect("Name=CC");
            let (rest, geonames_id) = match rest.split_once('#') {
                Some((r, id)) => (r, Some(id.parse().expect("GeoNames id"))),
                None => (rest, None),
            };
            let (country, point) = match rest.split_once('@') {
                Some((c, p)) => {
                    let (lat, lon) = p.split_once(',').expect("lat,lon");
                    (c, Some((lat.parse().unwrap(), lon.parse().unwrap())))
                }
                None => (rest, None),
            };
            let start = text
                .find(name)
                .unwrap_or_else(|| panic!("{name:?} not in {text:?}"));
            toponyms.push(Expected {
                name: name.to_string(),
                span: Span::new(start, start + name.len()),
                country: country.to_string(),
                point,
                geonames_id,
            });
        }
        out.push(Case {
            lang: f[0].parse().unwrap(),
            text,
            toponyms,
        });
    }
    out
}

#[derive(Default, Debug)]
struct Score {
    toponyms: usize,
    country_ok: usize,
    with_point: usize,
    within_161: usize,
    found: usize,
    with_id: usize,
    exact_id: usize,
}

#[test]
fn real_sentences_resolve_to_the_right_country_and_place() {
    let g = Gazetteer::embedded();
    let mut by_lang: BTreeMap<Lang, Score> = BTreeMap::new();
    let mut misses = Vec::new();
    for case in cases() {
        let found = g.find_places(&case.text, Span::new(0, case.text.len()), case.lang);
        let mut entities: Vec<Entity> = case
            .toponyms
            .iter()
            .map(|t| Entity {
                span: t.span,
                label: EntityLabel::Loc,
                text: t.name.clone(),
                canonical: None,
                country: None,
                source: "test".into(),
            })
            .collect();
        entities.extend(
            found
                .iter()
                .filter(|e| !case.toponyms.iter().any(|t| t.span.overlaps(e.span)))
                .cloned(),
        );
        let places = GazetteerGeocoder.resolve(&case.text, &entities);
        let s = by_lang.entry(case.lang).or_default();
        for t in &case.toponyms {
            s.toponyms += 1;
            if found.iter().any(|e| e.span == t.span) {
                s.found += 1;
            } else {
                misses.push(format!("not found: {} in {:?}", t.name, case.text));
            }
            let p = places.iter().find(|p| p.span == t.span);
            if p.is_some_and(|p| p.country == t.country) {
                s.country_ok += 1;
            } else {
                misses.push(format!(
                    "country: {} -> {:?} (want {})",
                    t.name,
                    p.map(|p| &p.country),
                    t.country
                ));
            }
            if let Some(want) = t.geonames_id {
                s.with_id += 1;
                let got = p.and_then(|p| p.geonames_id);
                if got == Some(want) {
                    s.exact_id += 1;
                } else {
                    misses.push(format!("GeoNames id: {} -> {got:?} (want {want})", t.name));
                }
            }
            if let Some((lat, lon)) = t.point {
                s.with_point += 1;
                let km = p.and_then(|p| Some(haversine_km(p.lat?, p.lon?, lat, lon)));
                if km.is_some_and(|km| km <= 161.0) {
                    s.within_161 += 1;
                } else {
                    misses.push(format!(
                        "distance: {} -> {:?} km",
                        t.name,
                        km.map(|k| k.round())
                    ));
                }
            }
        }
    }
    for m in &misses {
        eprintln!("{m}");
    }
    let mut total = Score::default();
    for (lang, s) in &by_lang {
        eprintln!("{lang}: {s:?}");
        assert!(s.toponyms >= 80, "{lang}: too few toponyms");
        assert!(
            s.country_ok as f64 >= 0.9 * s.toponyms as f64,
            "{lang}: country accuracy {s:?}"
        );
        assert!(
            s.within_161 as f64 >= 0.9 * s.with_point as f64,
            "{lang}: acc@161km {s:?}"
        );
        assert!(
            s.found as f64 >= 0.8 * s.toponyms as f64,
            "{lang}: find_places recall {s:?}"
        );
        total.toponyms += s.toponyms;
        total.country_ok += s.country_ok;
        total.within_161 += s.within_161;
        total.with_point += s.with_point;
        total.with_id += s.with_id;
        total.exact_id += s.exact_id;
    }
    eprintln!("all: {total:?}");
    assert!(total.toponyms >= 300);
    assert!(total.with_id >= 300, "expected GeoNames ids: {total:?}");
    assert!(
        total.exact_id as f64 >= 0.85 * total.with_id as f64,
        "exact GeoNames id {total:?}"
    );
    assert!(
        total.country_ok as f64 >= 0.93 * total.toponyms as f64,
        "overall {total:?}"
    );
}
