//! ACLED's own event types for cronica's events, so the two data sets can be
//! set side by side. Events with no ACLED counterpart (statements, meetings,
//! elections) get none.

use cronica_types::{Event, EventType};

/// `(event_type, sub_event_type)` in ACLED's names.
pub fn classify(e: &Event) -> (Option<&'static str>, Option<&'static str>) {
    classify_type(e.event_type, &e.mode)
}

/// `(event_type, sub_event_type)` in ACLED's names for a PLOVER type and mode.
fn classify_type(ty: EventType, m: &str) -> (Option<&'static str>, Option<&'static str>) {
    let pair = match ty {
        EventType::Assault => match m {
            "airstrike" => ("Explosions/Remote violence", "Air/drone strike"),
            "shelling" => (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
            "bombing" => (
                "Explosions/Remote violence",
                "Remote explosive/landmine/IED",
            ),
            "abduction" => (
                "Violence against civilians",
                "Abduction/forced disappearance",
            ),
            "crowd-control" | "repression" | "beat" => {
                ("Protests", "Excessive force against protesters")
            }
            "massacre" | "killing" => ("Violence against civilians", "Attack"),
            "arson" | "looting" => ("Strategic developments", "Looting/property destruction"),
            "firearms" | "attack" | "mutiny" => ("Battles", "Armed clash"),
            _ => ("Violence against civilians", "Attack"),
        },
        EventType::Protest => match m {
            "uprising" | "blockade" | "riot" => ("Riots", "Violent demonstration"),
            _ => ("Protests", "Peaceful protest"),
        },
        EventType::Coerce => match m {
            "arrest" => ("Strategic developments", "Arrests"),
            "coup" | "forced-resignation" => ("Strategic developments", "Change to group/activity"),
            _ => ("Strategic developments", "Other"),
        },
        EventType::Mobilize => ("Strategic developments", "Change to group/activity"),
        EventType::Agree => ("Strategic developments", "Agreement"),
        EventType::Retreat if m == "withdrawal" => (
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        _ => return (None, None),
    };
    (Some(pair.0), Some(pair.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looting_and_arson_destroy_property_and_a_riot_is_violent() {
        assert_eq!(
            classify_type(EventType::Assault, "looting"),
            (
                Some("Strategic developments"),
                Some("Looting/property destruction")
            )
        );
        assert_eq!(
            classify_type(EventType::Assault, "arson").1,
            Some("Looting/property destruction")
        );
        assert_eq!(
            classify_type(EventType::Protest, "riot"),
            (Some("Riots"), Some("Violent demonstration"))
        );
        assert_eq!(
            classify_type(EventType::Protest, "march"),
            (Some("Protests"), Some("Peaceful protest"))
        );
    }
}
