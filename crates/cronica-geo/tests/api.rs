//! The public API on the embedded gazetteer: countries, demonyms, find_places
//! and resolution in context.

use cronica_geo::{Gazetteer, GazetteerGeocoder};
use cronica_types::stage::Geocoder;
use cronica_types::{EntityLabel, Lang, Span};

fn iso(name: &str) -> Option<String> {
    Gazetteer::embedded()
        .country_by_name(name)
        .map(|c| c.iso2.clone())
}

#[test]
fn countries_by_name_and_demonym() {
    for (name, want) in [
        ("Peru", "PE"),
        ("Perú", "PE"),
        ("Peruvian", "PE"),
        ("peruano", "PE"),
        ("peruanos", "PE"),
        ("peruanas", "PE"),
        ("Brasil", "BR"),
        ("brasileiro", "BR"),
        ("brasileiras", "BR"),
        ("the US", "US"),
        ("United States", "US"),
        ("EE.UU.", "US"),
        ("Estados Unidos", "US"),
        ("EUA", "US"),
        ("British", "GB"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("Venezuelan", "VE"),
        ("venezolano", "VE"),
        ("venezuelano", "VE"),
        ("Alemania", "DE"),
        ("alemães", "DE"),
    ] {
        assert_eq!(iso(name).as_deref(), Some(want), "{name}");
    }
    assert_eq!(iso("Lima"), None, "a city is not a country");
    let ve = Gazetteer::embedded().country("ve").unwrap();
    assert_eq!(ve.name_es, "Venezuela");
    assert_eq!(ve.capital.as_deref(), Some("Caracas"));
}

#[test]
fn finds_places_in_spanish_text() {
    let text = "Los manifestantes peruanos marcharon en Juliaca, Puno, y en Lima el lunes.";
    let g = Gazetteer::embedded();
    let found = g.find_places(text, Span::new(0, text.len()), Lang::Es);
    let got: Vec<(&str, EntityLabel, Option<&str>)> = found
        .iter()
        .map(|e| (e.text.as_str(), e.label, e.country.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("peruanos", EntityLabel::Norp, Some("PE")),
            ("Juliaca", EntityLabel::Loc, Some("PE")),
            ("Puno", EntityLabel::Loc, Some("PE")),
            ("Lima", EntityLabel::Loc, Some("PE")),
        ]
    );
}

#[test]
fn lima_in_a_peruvian_article_is_in_peru() {
    let text = "Peruvian police clashed with protesters in Lima on Monday.";
    let g = Gazetteer::embedded();
    let ents = g.find_places(text, Span::new(0, text.len()), Lang::En);
    let places = GazetteerGeocoder.resolve(text, &ents);
    let lima = places
        .iter()
        .find(|p| p.name == "Lima")
        .expect("Lima resolved");
    assert_eq!(lima.country, "PE");
    assert!((lima.lat.unwrap() + 12.05).abs() < 0.5);
}

#[test]
fn regions_carry_their_geonames_ids() {
    let text =
        "Protesters blocked roads in the Apurímac region and marched in Travis County, Texas.";
    let g = Gazetteer::embedded();
    let ents = g.find_places(text, Span::new(0, text.len()), Lang::En);
    let places = GazetteerGeocoder.resolve(text, &ents);
    let id = |name: &str| {
        places
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} resolved"))
            .geonames_id
    };
    assert_eq!(id("Apurímac"), Some(3947421));
    assert_eq!(id("Travis County"), Some(4737316));
    assert_eq!(id("Texas"), Some(4736286));
}

#[test]
fn portfolios_squares_and_dates_are_no_places() {
    let text = "A ministra da Saúde demitiu-se. A polícia dispersou uma vigília no \
                Largo 1.º de Maio, em Luanda.";
    let g = Gazetteer::embedded();
    let found = g.find_places(text, Span::new(0, text.len()), Lang::Pt);
    let names: Vec<&str> = found.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(names, vec!["Luanda"]);
    // a common word the tagger takes for a place is none either
    let entities = vec![cronica_types::Entity {
        span: Span::new(text.find("Largo").unwrap(), text.find("Largo").unwrap() + 5),
        label: EntityLabel::Loc,
        text: "Largo".into(),
        canonical: None,
        country: None,
        source: "tagger".into(),
    }];
    assert!(GazetteerGeocoder.resolve(text, &entities).is_empty());
}

#[test]
fn a_small_namesake_abroad_among_places_of_one_country_is_dropped() {
    let text = "MORELIA, Michoacán. Los estudiantes de Tiripetío marcharon en Morelia y \
                Uruapan, en México. El domingo, agentes detuvieron en Nueva Italia a dos \
                hombres.";
    let g = Gazetteer::embedded();
    let ents = g.find_places(text, Span::new(0, text.len()), Lang::Es);
    let places = GazetteerGeocoder.resolve(text, &ents);
    assert!(
        places.iter().filter(|p| p.country == "MX").count() >= 3,
        "{places:#?}"
    );
    // Nueva Italia, Paraguay, is no place of this story
    assert!(places.iter().all(|p| p.country != "PY"), "{places:#?}");
    // a capital abroad stays
    let text = "Protesters marched in Morelia, Uruapan and Pátzcuaro, in Mexico, and in \
                Bogotá.";
    let ents = g.find_places(text, Span::new(0, text.len()), Lang::En);
    let places = GazetteerGeocoder.resolve(text, &ents);
    assert!(places.iter().any(|p| p.country == "CO"), "{places:#?}");
}

#[test]
fn a_hamlet_abroad_in_a_country_the_story_never_names_is_a_namesake() {
    let g = Gazetteer::embedded();
    let text = "MONROVIA, Sept 9 - Soldiers seized power in Liberia on Tuesday. Troops \
                fired on marchers in Paynesville, and the UN in New York called for calm.";
    let ents = g.find_places(text, Span::new(0, text.len()), Lang::En);
    let places = GazetteerGeocoder.resolve(text, &ents);
    // Paynesville, Minnesota, is no place of this story (New York stays)
    assert!(
        places.iter().all(|p| p.canonical != "Paynesville"),
        "{places:#?}"
    );
    assert!(
        places.iter().any(|p| p.canonical == "New York"),
        "{places:#?}"
    );
    // ... however far from the story's other places it is told
    let text = format!(
        "MONROVIA - Soldiers seized power in Liberia on Tuesday. {} Troops fired on \
         marchers in Paynesville.",
        "The council read a statement on the radio. ".repeat(40)
    );
    let ents = g.find_places(&text, Span::new(0, text.len()), Lang::En);
    let places = GazetteerGeocoder.resolve(&text, &ents);
    assert!(
        places.iter().all(|p| p.canonical != "Paynesville"),
        "{places:#?}"
    );
    // ... but a hamlet of a country the story names is read
    let text = "Minnesota, United States: protesters marched in Paynesville on Monday, \
                from Monrovia Street to the town hall, as in Liberia.";
    let ents = g.find_places(text, Span::new(0, text.len()), Lang::En);
    let places = GazetteerGeocoder.resolve(text, &ents);
    assert!(
        places
            .iter()
            .any(|p| p.canonical == "Paynesville" && p.country == "US"),
        "{places:#?}"
    );
}

#[test]
fn a_name_read_in_two_countries_is_read_where_the_document_lies() {
    let g = Gazetteer::embedded();
    // "Golfe" is a prefecture of Togo and a town of Angola; wherever the document
    // read it in Togo, it reads it in Togo everywhere
    let text = "In Togo, the prefect of Golfe banned gatherings in Lomé. Protesters met in \
                Sokodé and Kara, Togo. The prefect of Golfe said the ban would stay.";
    let ents = g.find_places(text, Span::new(0, text.len()), Lang::En);
    let places = GazetteerGeocoder.resolve(text, &ents);
    let golfe: Vec<_> = places.iter().filter(|p| p.name == "Golfe").collect();
    assert!(
        golfe.iter().all(|p| p.country == golfe[0].country),
        "{places:#?}"
    );
}

#[test]
fn seas_and_world_regions_are_found_in_three_languages() {
    let g = Gazetteer::embedded();
    for (text, lang, name) in [
        (
            "The boat sank in the Indian Ocean on Monday.",
            Lang::En,
            "Indian Ocean",
        ),
        (
            "La sequía afecta al Cuerno de África desde marzo.",
            Lang::Es,
            "Cuerno de África",
        ),
        (
            "Os navios cruzaram o Mar Vermelho ontem.",
            Lang::Pt,
            "Mar Vermelho",
        ),
    ] {
        let found = g.find_places(text, Span::new(0, text.len()), lang);
        assert!(
            found
                .iter()
                .any(|e| e.text == name && e.label == EntityLabel::Loc),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_community_named_like_a_state_is_no_state() {
    let text = "Un grupo de colonos armados atacó la comunidad de Wisconsin, en la Costa Caribe \
                Norte de Nicaragua.";
    let g = Gazetteer::embedded();
    let ents = g.find_places(text, Span::new(0, text.len()), Lang::Es);
    let places = GazetteerGeocoder.resolve(text, &ents);
    assert!(places.iter().all(|p| p.country != "US"), "{places:#?}");
}
