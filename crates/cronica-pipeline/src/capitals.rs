//! Where a national government speaks from: "The Government of the Republic of
//! Chad condemns in the strongest terms ...", "the Prime Minister of Japan ...
//! strongly condemned the attack", "La República Bolivariana de Venezuela exige ...":
//! a statement of a state's government, its head or its ministries, that names no
//! place, is made in that state's capital.

use cronica_geo::Gazetteer;
use cronica_types::{Event, Sector};

/// The words of a party's name that make it a state's own government, its head or
/// a ministry, in English, Spanish and Portuguese.
const NATIONAL: &[&str] = &[
    "Government of",
    "Gobierno de",
    "Governo de",
    "Governo do",
    "Governo da",
    "Ministry",
    "Ministerio",
    "Ministério",
    "President of",
    "Presidente de",
    "Presidente do",
    "Presidente da",
    "Prime Minister",
    "Primer Ministro",
    "Primeiro-Ministro",
    "Primeira-Ministra",
    "Foreign Office",
    "State Department",
    "Department of State",
    "Cancillería",
    "República",
    "Republic of",
];

/// The words that make a government a region's or a town's, not the state's.
const LOCAL: &[&str] = &[
    "Provincial",
    "Province",
    "Provincia",
    "Província",
    "Regional",
    "Region",
    "Región",
    "Região",
    "Municipal",
    "Municipality",
    "Municipalidad",
    "Município",
    "County",
    "Governor",
    "Gobernador",
    "Governador",
    "Gobernación",
    "Mayor",
    "Alcalde",
    "Alcaldía",
    "Prefeito",
    "Prefeitura",
    "State of",
    "Estado de",
    "Estado do",
    "Department of",
    "Departamento",
    "District",
    "Distrito",
];

fn is_national(name: &str) -> bool {
    NATIONAL.iter().any(|w| name.contains(w)) && !LOCAL.iter().any(|w| name.contains(w))
}

/// Places at its capital a national government's statement, decision or meeting
/// that names no place, in the government's own country.
pub(crate) fn governments_speak_from_capitals(events: &mut [Event], gazetteer: &Gazetteer) {
    for e in events.iter_mut().filter(|e| {
        e.place.is_none()
            && !e.event_type.is_material()
            && e.actor_sector == Some(Sector::Government)
            && e.actor_country.is_some()
            && e.actor_country == e.country
    }) {
        let (Some(name), Some(country)) = (e.actor.as_deref(), e.country.as_deref()) else {
            continue;
        };
        if !is_national(name) {
            continue;
        }
        let span = e.actor_span.unwrap_or(e.mentions[0].trigger);
        e.place = cronica_geo::capital_of(gazetteer, country, span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_states_government_is_national_a_regions_is_not() {
        assert!(is_national("Government of Chad"));
        assert!(is_national("Ministério das Relações Exteriores"));
        assert!(!is_national("Provincial Government of Cuanza Norte"));
        assert!(!is_national("Gobierno Regional de Puno"));
        assert!(!is_national("Police Forces of Peru"));
    }
}
