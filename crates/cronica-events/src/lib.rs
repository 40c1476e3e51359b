//! Event stage: reads PLOVER events out of an analysed document.
//!
//! Per sentence of each article (teasers and boilerplate are skipped):
//! triggers from the language's [`lexicon`] give type and mode; the clause
//! around each trigger decides negation (no event), status (occurred, planned,
//! claimed, hypothetical) and whether it is rhetoric; entities before and after
//! the trigger give actor and target; the sentence's places give country and
//! location; the time expression nearest the trigger, else the paragraph's
//! last date, else the article date, gives the date; [`counts`] reads killed,
//! injured and arrested figures; attribution phrases give the source. Mentions
//! of one event in one article are then [`merge`]d.

pub mod counts;
mod extract;
pub mod lexicon;
pub mod merge;
mod words;

pub use extract::{ExtractOptions, RuleEventExtractor};
pub use lexicon::Lexicon;
pub use words::{is_craft, tells_of_a_court};
