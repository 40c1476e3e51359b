use serde::{Deserialize, Serialize};

use crate::Span;

/// The kinds of entity the entity stage finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityLabel {
    /// A person.
    Per,
    /// An organisation, including government bodies acting as agents.
    Org,
    /// A place: country, region, city, street.
    Loc,
    /// A nationality, demonym or other group named after a place ("Peruvian").
    Norp,
    /// Other names (events, laws, works).
    Misc,
    /// A date or time expression.
    Date,
    /// A number or quantity.
    Num,
}

/// A named entity or value mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub span: Span,
    pub label: EntityLabel,
    /// The text as written.
    pub text: String,
    /// A normalised name ("United States" for "the US", "Peru" for "peruanos").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// The ISO 3166-1 alpha-2 country the entity belongs to or names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Where the entity came from (`gazetteer`, `rules`, `tagger`).
    pub source: String,
}
