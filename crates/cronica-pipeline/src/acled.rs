//! ACLED's own event types for cronica's events, so the two data sets can be
//! set side by side. Events with no ACLED counterpart (statements, meetings,
//! elections) get none.

use cronica_types::{Event, EventType};

/// `(event_type, sub_event_type)` in ACLED's names.
pub fn classify(e: &Event) -> (Option<&'static str>, Option<&'static str>) {
    let m = e.mode.as_str();
    let pair = match e.event_type {
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
            "firearms" | "attack" | "mutiny" => ("Battles", "Armed clash"),
            _ => ("Violence against civilians", "Attack"),
        },
        EventType::Protest => match m {
            "uprising" | "blockade" => ("Riots", "Violent demonstration"),
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
