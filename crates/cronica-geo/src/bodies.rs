//! International bodies and where they sit: "the African Union Commission said",
//! "la CEDEAO exigiu", "the U.N. human rights office urged" speak from Addis
//! Ababa, Abuja and Geneva, not from the country they speak about.
//!
//! Only bodies whose statements come from one seat are listed; a body's office in a
//! country ("the UN human rights office in Guatemala", "la Oficina en Bolivia del
//! Alto Comisionado", "the EU Delegation to Armenia") speaks from that country and
//! is left out, as is a national body that shares a name with one ("National
//! Security Council").

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use cronica_types::{Place, Span};

use crate::gazetteer::Gazetteer;

/// The names a body goes by in English, Spanish and Portuguese, the town it sits
/// in (the gazetteer's name) and that town's country (ISO 3166-1).
const BODIES: &[(&[&str], &str, &str)] = &[
    (
        &["African Union", "Unión Africana", "União Africana", "AU"],
        "Addis Ababa",
        "ET",
    ),
    (
        &[
            "Economic Community of West African States",
            "Comunidad Económica de los Estados de África Occidental",
            "Comunidade Económica dos Estados da África Ocidental",
            "Comunidade Econômica dos Estados da África Ocidental",
            "ECOWAS",
            "CEDEAO",
        ],
        "Abuja",
        "NG",
    ),
    (
        &[
            "Economic Community of Central African States",
            "Comunidad Económica de los Estados de África Central",
            "Comunidade Económica dos Estados da África Central",
            "ECCAS",
            "CEEAC",
        ],
        "Libreville",
        "GA",
    ),
    (
        &[
            "Southern African Development Community",
            "Comunidade de Desenvolvimento da África Austral",
            "SADC",
        ],
        "Gaborone",
        "BW",
    ),
    (&["East African Community", "EAC"], "Arusha", "TZ"),
    (
        &["Intergovernmental Authority on Development", "IGAD"],
        "Djibouti",
        "DJ",
    ),
    (
        &[
            "Comunidade dos Países de Língua Portuguesa",
            "Comunidad de Países de Lengua Portuguesa",
            "Community of Portuguese Language Countries",
            "CPLP",
        ],
        "Lisbon",
        "PT",
    ),
    (
        &[
            "Organization of American States",
            "Organisation of American States",
            "Organización de los Estados Americanos",
            "Organización de Estados Americanos",
            "Organização dos Estados Americanos",
            "OAS",
            "OEA",
        ],
        "Washington",
        "US",
    ),
    (
        &[
            "European Union",
            "Unión Europea",
            "União Europeia",
            "European Commission",
            "Comisión Europea",
            "Comissão Europeia",
            "European Council",
            "Consejo Europeo",
            "Conselho Europeu",
            "EU",
            "UE",
        ],
        "Brussels",
        "BE",
    ),
    (
        &[
            "Security Council",
            "Consejo de Seguridad",
            "Conselho de Segurança",
            "UN Secretary-General",
            "U.N. Secretary-General",
            "United Nations Secretary-General",
            "Secretary-General of the United Nations",
            "Secretario General de la ONU",
            "Secretario General de las Naciones Unidas",
            "Secretário-Geral da ONU",
            "Secretário-Geral das Nações Unidas",
        ],
        "New York City",
        "US",
    ),
    (
        &[
            "UN human rights office",
            "U.N. human rights office",
            "UN Human Rights Office",
            "United Nations human rights office",
            "Office of the High Commissioner for Human Rights",
            "High Commissioner for Human Rights",
            "Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
            "Alto Comisionado de la ONU para los Derechos Humanos",
            "Alto Comissariado das Nações Unidas para os Direitos Humanos",
            "Alto Comissário das Nações Unidas para os Direitos Humanos",
            "Alto Comissário da ONU para os Direitos Humanos",
            "Human Rights Council",
            "Consejo de Derechos Humanos",
            "Conselho de Direitos Humanos",
            "OHCHR",
        ],
        "Geneva",
        "CH",
    ),
    (&["Pacific Islands Forum"], "Suva", "FJ"),
];

/// Every name, with the body it names.
fn names() -> &'static (AhoCorasick, Vec<usize>) {
    static M: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    M.get_or_init(|| {
        let (names, bodies): (Vec<&str>, Vec<usize>) = BODIES
            .iter()
            .enumerate()
            .flat_map(|(k, (names, _, _))| names.iter().map(move |n| (*n, k)))
            .unzip();
        // (a handful of names: an automaton quick to build, not the fastest to run)
        let m = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(names)
            .expect("body names build an automaton");
        (m, bodies)
    })
}

/// The international bodies named in `text`, each as the town it sits in, spanning
/// the body's name.
pub fn bodies_with(g: &Gazetteer, text: &str) -> Vec<Place> {
    let (m, bodies) = names();
    let mut out = Vec::new();
    for hit in m.find_iter(text) {
        let (start, end) = (hit.start(), hit.end());
        let whole_word = !text[..start].ends_with(char::is_alphanumeric)
            && !text[end..].starts_with(char::is_alphanumeric);
        if !whole_word || national(text, start, end) || office_in_a_country(text, start, end) {
            continue;
        }
        let (_, town, country) = BODIES[bodies[hit.pattern().as_usize()]];
        let Some(r) = g.town_of(town, country) else {
            continue;
        };
        let mut p = crate::resolve::place_of(g, &r, Span::new(start, end), r.name, 0.9);
        p.name = r.name.to_string();
        out.push(p);
    }
    out
}

/// A country's own body of the same name: "National Security Council", "Consejo de
/// Seguridad Nacional", "the AU Peace and Security Council" read as the AU's, "the
/// Kenya National Human Rights Council".
fn national(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(last, "National" | "Nacional")
        || matches!(next, "Nacional" | "Nacional," | "Nacionales")
        || before.ends_with("Peace and")
        // ("Consejo de Seguridad Pública", "Conselho de Segurança Pública")
        || matches!(next, "Pública" | "Ciudadana" | "Interior")
}

/// "the UN human rights office in Guatemala", "ONU ... en Colombia", "EU
/// Delegation to Armenia", "la Oficina en Bolivia del Alto Comisionado": a body's
/// office in a country, which speaks from there.
fn office_in_a_country(text: &str, start: usize, end: usize) -> bool {
    let mut after = text[end..].split_whitespace();
    let mut next = after.next().unwrap_or("");
    if matches!(
        next,
        "Delegation" | "Mission" | "office" | "Office" | "delegation" | "mission"
    ) {
        next = after.next().unwrap_or("");
    }
    let place_next = after
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let linked_after =
        matches!(next, "in" | "en" | "em" | "to" | "no" | "na" | "para") && place_next;
    let before: Vec<&str> = text[..start].split_whitespace().rev().take(8).collect();
    // ("Oficina en Bolivia del", "Escritório no Brasil do")
    let linked_before = matches!(
        before.as_slice(),
        [link, place, "en" | "em" | "no" | "na" | "in", ..]
            if matches!(*link, "del" | "de" | "do" | "da" | "of")
            && place.starts_with(char::is_uppercase)
    );
    // ("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación": a body's
    // name inside the longer name of another)
    let inside_a_name = before
        .first()
        .is_some_and(|w| w.ends_with(',') && w.starts_with(char::is_uppercase))
        && matches!(next, "y" | "e" | "and")
        && place_next;
    // ("Escritório Regional para a América do Sul do Alto Comissariado", "the
    // Regional Office for Southern Africa of the High Commissioner")
    let regional = before
        .iter()
        .take(8)
        .any(|w| w.eq_ignore_ascii_case("regional"));
    linked_after || linked_before || regional || inside_a_name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seats(text: &str) -> Vec<(String, String)> {
        bodies_with(Gazetteer::embedded(), text)
            .into_iter()
            .map(|p| (p.span.text(text).to_string(), p.country))
            .collect()
    }

    #[test]
    fn bodies_sit_in_their_towns() {
        let s = seats("The African Union Commission and ECOWAS condemned the coup.");
        assert_eq!(
            s,
            vec![
                ("African Union".to_string(), "ET".to_string()),
                ("ECOWAS".to_string(), "NG".to_string())
            ]
        );
        assert_eq!(
            seats("A Comunidade dos Países de Língua Portuguesa (CPLP) condenou")[0].1,
            "PT"
        );
        assert_eq!(seats("The U.N. human rights office urged")[0].1, "CH");
    }

    #[test]
    fn offices_in_a_country_and_national_bodies_are_not_the_body() {
        assert!(seats("The UN human rights office in Guatemala called for").is_empty());
        assert!(seats("The EU Delegation to Armenia has called on").is_empty());
        assert!(seats("La Oficina en Bolivia del Alto Comisionado de las Naciones Unidas para los Derechos Humanos").is_empty());
        assert!(seats("the National Security Council met").is_empty());
        assert!(seats("el Consejo de Seguridad Nacional").is_empty());
        assert!(seats("The AU's Peace and Security Council")
            .iter()
            .all(|(_, c)| c == "ET"));
        assert!(seats("EUROPE").is_empty());
        assert!(
            seats("el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación").is_empty()
        );
        assert!(seats("O Escritório Regional para a América do Sul do Alto Comissariado das Nações Unidas para os Direitos Humanos").is_empty());
    }
}
