//! Evaluation of the event stage against gold data.
//!
//! - [`events`]: the event scorer (doc, country, date and type matching, field
//!   agreement, per-sentence diagnostics), the same figures as
//!   `score_events.py`, computed on the pipeline's own records.
//! - [`plover`]: event-type accuracy per sentence on PLOVER-coded sentences
//!   (the PLOVER gold-standard records, or UniversalPetrarch validation XML).
//!
//! Each evaluation returns a report struct whose `lines()` renders `name: value`
//! lines, the headline figure last.

pub mod error;
pub mod events;
pub mod plover;

pub use error::EvalError;
