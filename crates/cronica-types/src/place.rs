use serde::{Deserialize, Serialize};

use crate::Span;

/// How precise a resolved place is (1 town, 2 region, 3 country).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum PlacePrecision {
    Town = 1,
    Region = 2,
    Country = 3,
}

impl PlacePrecision {
    pub fn code(&self) -> u8 {
        *self as u8
    }
}

/// A place name in the text resolved to a gazetteer entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub span: Span,
    /// As written.
    pub name: String,
    /// The gazetteer's name for it.
    pub canonical: String,
    /// A named site inside the place that the text names instead of it ("White
    /// House" for Washington, "Downing Street" for London).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames_id: Option<u64>,
    pub precision: PlacePrecision,
    /// Resolution confidence, 0..1.
    pub confidence: f32,
}
