//! Seats of government named for the government ("Downing Street said", "la Casa
//! Rosada anunció") or as the place where something happens ("a protest outside
//! Downing Street", "frente a la Casa Rosada").
//!
//! Either way the name carries its country. After a locative word it is also a
//! place: the city the seat stands in, so that the place stage puts the event
//! there.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use cronica_types::{Entity, EntityLabel, Span};

/// Name as written, the city it stands in, and the city's country (ISO 3166-1).
const SEATS: &[(&str, &str, &str)] = &[
    ("Downing Street", "London", "GB"),
    ("Whitehall", "London", "GB"),
    ("Westminster", "London", "GB"),
    ("White House", "Washington", "US"),
    ("Casa Blanca", "Washington", "US"),
    ("Casa Branca", "Washington", "US"),
    ("Capitol Hill", "Washington", "US"),
    ("Kremlin", "Moscow", "RU"),
    ("Élysée Palace", "Paris", "FR"),
    ("Elysée Palace", "Paris", "FR"),
    ("Palacio del Elíseo", "Paris", "FR"),
    ("Palácio do Eliseu", "Paris", "FR"),
    ("Quai d'Orsay", "Paris", "FR"),
    ("Zhongnanhai", "Beijing", "CN"),
    ("Palazzo Chigi", "Rome", "IT"),
    ("La Moncloa", "Madrid", "ES"),
    ("Palacio de la Moncloa", "Madrid", "ES"),
    ("Miraflores Palace", "Caracas", "VE"),
    ("Miraflores presidential palace", "Caracas", "VE"),
    ("Miraflores Presidential Palace", "Caracas", "VE"),
    ("Palacio de Miraflores", "Caracas", "VE"),
    ("Palácio de Miraflores", "Caracas", "VE"),
    ("Casa Rosada", "Buenos Aires", "AR"),
    ("Palácio do Planalto", "Brasília", "BR"),
    ("Palacio del Planalto", "Brasília", "BR"),
    ("Planalto Palace", "Brasília", "BR"),
    ("Itamaraty", "Brasília", "BR"),
    ("Palacio de La Moneda", "Santiago", "CL"),
    ("Palacio de la Moneda", "Santiago", "CL"),
    ("La Moneda", "Santiago", "CL"),
    ("Casa de Nariño", "Bogotá", "CO"),
    ("Palacio Quemado", "La Paz", "BO"),
    ("Casa Grande del Pueblo", "La Paz", "BO"),
    ("Palacio de Carondelet", "Quito", "EC"),
    ("Carondelet Palace", "Quito", "EC"),
    ("Palacio de Pizarro", "Lima", "PE"),
    ("Palacio de Gobierno del Perú", "Lima", "PE"),
    ("Palacio Nacional de México", "Mexico City", "MX"),
    ("Los Pinos", "Mexico City", "MX"),
    ("Palacio de la Revolución", "Havana", "CU"),
    ("Casa Presidencial de Honduras", "Tegucigalpa", "HN"),
    ("Mburuvicha Róga", "Asunción", "PY"),
    ("Torre Ejecutiva", "Montevideo", "UY"),
];

/// Words after which a seat is where something happens.
const LOCATIVES: &[&str] = &[
    "outside", "at", "near", "to", "in", "inside", "towards", "toward", "before", "front", "en",
    "frente", "ante", "hacia", "hasta", "junto", "em", "no", "na", "ao", "à", "até", "perto", "al",
    "a",
];

fn matcher() -> &'static AhoCorasick {
    static M: OnceLock<AhoCorasick> = OnceLock::new();
    M.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(SEATS.iter().map(|(name, _, _)| name))
            .expect("seat names build an automaton")
    })
}

/// The seats of government named in `text`, as entities: a place (LOC, canonical
/// name the city) after a locative word, an organisation otherwise; both with the
/// country.
pub(crate) fn seats(text: &str) -> Vec<Entity> {
    let mut out = Vec::new();
    for m in matcher().find_iter(text) {
        let (start, end) = (m.start(), m.end());
        let whole_word = !text[..start].ends_with(char::is_alphanumeric)
            && !text[end..].starts_with(char::is_alphanumeric);
        if !whole_word {
            continue;
        }
        let (_, city, country) = SEATS[m.pattern().as_usize()];
        let place = after_locative(text, start) || issued_from(text, start, end);
        let span = Span::new(start, end);
        out.push(Entity {
            span,
            label: if place {
                EntityLabel::Loc
            } else {
                EntityLabel::Org
            },
            text: text[start..end].to_string(),
            canonical: place.then(|| city.to_string()),
            country: Some(country.to_string()),
            source: "seats".into(),
        });
    }
    out
}

/// Whether the words before byte `at` make what follows a place ("outside the",
/// "frente a la", "at").
pub(crate) fn after_locative(text: &str, at: usize) -> bool {
    previous_word(text, at).is_some_and(|w| LOCATIVES.contains(&w.to_lowercase().as_str()))
}

/// Whether the seat between bytes `start` and `end` names where a statement was
/// issued ("in a White House statement", "en un comunicado de la Casa Rosada"):
/// the statement was made there.
fn issued_from(text: &str, start: usize, end: usize) -> bool {
    const STATEMENTS: &[&str] = &[
        "statement",
        "press",
        "briefing",
        "communique",
        "communiqué",
        "declaration",
        "comunicado",
        "declaración",
        "declaracion",
        "nota",
        "declaração",
    ];
    let before: Vec<String> = text[..start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let next = text[end..]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(str::to_lowercase);
    // "in a White House statement"
    let english = matches!(before.first().map(String::as_str), Some("a" | "an" | "the"))
        && matches!(before.get(1).map(String::as_str), Some("in" | "at"))
        && next.is_some_and(|w| STATEMENTS.contains(&w.as_str()));
    // "en un comunicado de la Casa Rosada", "em nota do Planalto"
    let romance = before
        .iter()
        .take(3)
        .any(|w| STATEMENTS.contains(&w.as_str()))
        && matches!(
            before.first().map(String::as_str),
            Some("de" | "del" | "la" | "do" | "da")
        );
    english || romance
}

/// The word before byte `at`, skipping a definite article ("outside the White
/// House"). After an indefinite one the seat names a kind of thing ("in a White
/// House statement"): no word.
fn previous_word(text: &str, at: usize) -> Option<&str> {
    let mut words = text[..at]
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    let w = words.next()?;
    match w.to_lowercase().as_str() {
        "the" | "la" | "el" | "o" | "os" | "number" => words.next(),
        "an" | "un" | "una" | "um" | "uma" => None,
        // a sentence's first word: an article in the three languages ("A White
        // House official", "A Casa Rosada anunció")
        _ if w == "A" => None,
        // English "a White House official"; Spanish and Portuguese "a" before a
        // name without article is "to" ("a Planalto" is rare, "ao Planalto" usual)
        "a" if text[..at].ends_with("a ") && is_english_context(text, at) => None,
        _ => Some(w),
    }
}

/// Whether the words just before `at` read as English (for the one word, "a", that
/// the three languages share with different senses).
fn is_english_context(text: &str, at: usize) -> bool {
    text[..at]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the" | "in" | "on" | "of" | "and" | "said" | "is" | "was" | "with" | "by"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, EntityLabel, Option<String>, Option<String>)> {
        seats(text)
            .into_iter()
            .map(|e| (e.text, e.label, e.canonical, e.country))
            .collect()
    }

    #[test]
    fn a_seat_is_a_place_after_a_locative_and_a_government_otherwise() {
        assert_eq!(
            found("Demonstrate against the coup outside Downing Street on Monday."),
            vec![(
                "Downing Street".into(),
                EntityLabel::Loc,
                Some("London".into()),
                Some("GB".into())
            )]
        );
        assert_eq!(
            found("The White House said the talks had failed."),
            vec![(
                "White House".into(),
                EntityLabel::Org,
                None,
                Some("US".into())
            )]
        );
        assert_eq!(
            found("Miles de personas marcharon hasta la Casa Rosada."),
            vec![(
                "Casa Rosada".into(),
                EntityLabel::Loc,
                Some("Buenos Aires".into()),
                Some("AR".into())
            )]
        );
        // part of a longer word is no seat
        assert!(found("The Kremlinology of it").is_empty());
        // a statement is made where it is issued; an official is the government's
        assert_eq!(
            found("In a White House statement on November 11, Trump spoke.")[0].1,
            EntityLabel::Loc
        );
        assert_eq!(
            found("Según un comunicado de la Casa Rosada, el acto se suspende.")[0].1,
            EntityLabel::Loc
        );
        assert_eq!(
            found("A White House official said the talks had failed.")[0].1,
            EntityLabel::Org
        );
    }
}
