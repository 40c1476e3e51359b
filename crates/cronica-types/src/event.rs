use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::{DateValue, Place, Span};

/// PLOVER event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "UPPERCASE")]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventType {
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    /// Acts that happen in the world, as opposed to statements, calls, decisions
    /// and meetings.
    pub fn is_material(&self) -> bool {
        matches!(
            self,
            EventType::Assault
                | EventType::Coerce
                | EventType::Mobilize
                | EventType::Protest
                | EventType::Retreat
                | EventType::Aid
        )
    }

    pub fn name(&self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown event type {0:?}: expected one of the 16 PLOVER types (AGREE … ASSAULT)")]
pub struct UnknownEventType(String);

impl FromStr for EventType {
    type Err = UnknownEventType;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let up = s.trim().to_ascii_uppercase();
        // Older PLOVER names still found in data sets.
        let up = match up.as_str() {
            "DEMAND" => "REQUEST",
            "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
            "FIGHT" => "ASSAULT",
            other => other,
        };
        EventType::ALL
            .iter()
            .copied()
            .find(|t| t.name() == up)
            .ok_or_else(|| UnknownEventType(s.to_string()))
    }
}

/// What kind of party an actor or target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Government,
    Military,
    Police,
    Opposition,
    Party,
    Labour,
    Civilians,
    Rebels,
    InternationalOrganisation,
    Media,
    Religious,
    Judiciary,
    Legislature,
}

impl Sector {
    pub fn name(&self) -> &'static str {
        match self {
            Sector::Government => "government",
            Sector::Military => "military",
            Sector::Police => "police",
            Sector::Opposition => "opposition",
            Sector::Party => "party",
            Sector::Labour => "labour",
            Sector::Civilians => "civilians",
            Sector::Rebels => "rebels",
            Sector::InternationalOrganisation => "international_organisation",
            Sector::Media => "media",
            Sector::Religious => "religious",
            Sector::Judiciary => "judiciary",
            Sector::Legislature => "legislature",
        }
    }
}

/// Whether the event happened, is announced, is one party's claim, or is hypothetical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    Occurred,
    Planned,
    Claimed,
    Hypothetical,
}

impl EventStatus {
    pub fn name(&self) -> &'static str {
        match self {
            EventStatus::Occurred => "occurred",
            EventStatus::Planned => "planned",
            EventStatus::Claimed => "claimed",
            EventStatus::Hypothetical => "hypothetical",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountQualifier {
    Exact,
    AtLeast,
    Approx,
    AtMost,
}

impl CountQualifier {
    pub fn name(&self) -> &'static str {
        match self {
            CountQualifier::Exact => "exact",
            CountQualifier::AtLeast => "at_least",
            CountQualifier::Approx => "approx",
            CountQualifier::AtMost => "at_most",
        }
    }
}

/// A figure (killed, injured, arrested) with where it was read and who gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    pub value: u64,
    pub qualifier: CountQualifier,
    pub span: Span,
    /// Who the text credits with this figure.
    pub source: Option<String>,
    /// A running toll of an ongoing event ("the death toll rises to 53").
    #[serde(default)]
    pub toll: bool,
}

/// One sentence that reports an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub sentence: Span,
    /// The words that name the act ("bombed", "detenidos").
    pub trigger: Span,
    /// The act is named by a noun ("the bombing", "la detención"), not a verb.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nominal: bool,
    /// The sentence introduces the act as a new one ("there were protests", "hubo
    /// enfrentamientos"): it tells of no act already told.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub introduced: bool,
}

/// An event: who did what to whom, where, when, with what toll, and who says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// The document's name (file name or JSON Lines id).
    pub doc: String,
    pub document_id: String,
    pub article_index: usize,
    /// Headline of the article that reports it.
    pub article: Option<String>,
    pub event_type: EventType,
    pub mode: String,
    pub date: Option<DateValue>,
    /// The date expression the date was read from; none when the article date was used.
    pub date_span: Option<Span>,
    pub country: Option<String>,
    pub place: Option<Place>,
    pub actor: Option<String>,
    pub actor_span: Option<Span>,
    /// The actor's country (ISO 3166-1 alpha-2) and sector, when the text says.
    #[serde(default)]
    pub actor_country: Option<String>,
    #[serde(default)]
    pub actor_sector: Option<Sector>,
    pub target: Option<String>,
    pub target_span: Option<Span>,
    #[serde(default)]
    pub target_country: Option<String>,
    #[serde(default)]
    pub target_sector: Option<Sector>,
    pub killed: Vec<Count>,
    pub injured: Vec<Count>,
    pub arrested: Vec<Count>,
    pub attributed_to: Option<String>,
    pub attributed_span: Option<Span>,
    pub status: EventStatus,
    /// Every sentence that reports it; the first is the main one.
    pub mentions: Vec<Mention>,
    pub confidence: f32,
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parses_old_plover_names() {
        assert_eq!("fight".parse::<EventType>().unwrap(), EventType::Assault);
        assert_eq!("DEMAND".parse::<EventType>().unwrap(), EventType::Request);
        assert_eq!("Protest".parse::<EventType>().unwrap(), EventType::Protest);
        assert!("DANCE".parse::<EventType>().is_err());
    }
}
