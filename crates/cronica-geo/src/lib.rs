//! The places stage of cronica: an offline gazetteer of countries, regions and
//! towns with names in English, Spanish and Portuguese, a matcher that finds
//! them (and demonyms) in running text, and a geocoder that resolves each
//! place name in the context of its document.
//!
//! ```
//! use cronica_geo::Gazetteer;
//! let g = Gazetteer::embedded();
//! assert_eq!(g.country_by_name("peruanos").unwrap().iso2, "PE");
//! ```

mod bodies;
mod error;
pub mod eval;
mod find;
mod fold;
mod fx;
mod gazetteer;
mod resolve;

pub use bodies::bodies_with;
pub use error::{GeoError, Result};
pub use eval::GeoEvalReport;
pub use find::{is_common_word, is_institution, is_site_noun};
pub use fold::key as fold_key;
pub use gazetteer::{build_index, Country, Gazetteer, Kind, Record};
pub use resolve::{capital_of, municipality_cue, resolve_with, GazetteerGeocoder};
