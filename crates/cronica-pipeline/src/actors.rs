//! ACLED's generic actors for events whose text names no one.
//!
//! A protest reported as "thousands took to the streets of Lima" has no named actor;
//! ACLED codes it with the generic actor "Protesters (Peru)", an arrest told in the
//! passive with "Police Forces of Peru", and so does this step, where the event's
//! type and mode leave no doubt who acts. The actor has no span (nothing in the text
//! names it), and the record says `actor_inferred: true`.

use cronica_geo::Gazetteer;
use cronica_types::{Event, EventType, Sector};

/// The generic actor of an event of this type and mode, as an ACLED name pattern
/// (`{}` is the country's name) and its sector.
fn generic(event_type: EventType, mode: &str) -> Option<(&'static str, Sector)> {
    match (event_type, mode) {
        (EventType::Protest, _) => Some(("Protesters ({})", Sector::Civilians)),
        (EventType::Support, "election") => Some(("Voters ({})", Sector::Civilians)),
        (EventType::Coerce, "arrest") | (EventType::Assault, "crowd-control") => {
            Some(("Police Forces of {}", Sector::Police))
        }
        (EventType::Coerce, "state-of-emergency") => Some(("Government of {}", Sector::Government)),
        _ => None,
    }
}

/// Gives the events that have no actor their generic one, where there is one.
pub(crate) fn fill_generic_actors(events: &mut [Event], gazetteer: &Gazetteer) {
    for e in events.iter_mut().filter(|e| e.actor.is_none()) {
        let Some((pattern, sector)) = generic(e.event_type, &e.mode) else {
            continue;
        };
        let Some(country) = e.country.as_deref().and_then(|c| gazetteer.country(c)) else {
            continue;
        };
        e.actor = Some(pattern.replace("{}", &country.name_en));
        e.actor_span = None;
        e.actor_country = Some(country.iso2.clone());
        e.actor_sector = Some(sector);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_by_type_and_mode() {
        assert_eq!(
            generic(EventType::Protest, "demonstrate").map(|g| g.0),
            Some("Protesters ({})")
        );
        assert_eq!(
            generic(EventType::Coerce, "arrest").map(|g| g.1),
            Some(Sector::Police)
        );
        // who staged a coup or fired is not for a rule to say
        assert_eq!(generic(EventType::Coerce, "coup"), None);
        assert_eq!(generic(EventType::Assault, "firearms"), None);
    }
}
