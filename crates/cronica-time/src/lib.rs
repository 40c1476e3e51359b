//! The time stage of cronica: finds temporal expressions in English, Spanish and
//! Portuguese text and normalises them to dates.
//!
//! An event's date is the day it happened, not the day it was reported, and news
//! text gives that day in many ways: "Saturday 3 January 2026", "el pasado 15 de
//! diciembre", "ontem", "há três dias", "in mid-December". [`RuleTimeTagger`]
//! reads them with hand-written rules over a token stream and resolves the
//! relative ones against an anchor, the article's publication date.
//!
//! How relative expressions are resolved:
//!
//! - A weekday takes the tense of its sentence: in the past ("was arrested on
//!   Monday") the latest such day on or before the anchor, in the future ("will march
//!   on Monday", "va a", "vai") the next one. With no tense cue (a schedule line,
//!   a notice, a phrase on its own) the coming one: reports of what happened carry a
//!   past-tense verb. "last Monday", "el pasado lunes", "na última
//!   segunda-feira" are the latest Monday before the anchor; "el próximo lunes" is the
//!   coming one; English "next Monday" is the Monday of next week.
//! - A date without a year ("January 3") takes the anchor's year; in a past-tense
//!   sentence the year before when that puts it more than two months after the
//!   anchor, in a future one the year after when more than two months before; with no
//!   tense cue, whichever is nearest. A month alone ("in December") is, in the past,
//!   the latest such month up to the anchor's; in the future the next; else the nearest.
//! - "yesterday, Sunday" when yesterday was not a Sunday gives a range over both days
//!   and a `warning`; so does a full date whose weekday does not match.
//! - "the next day", "that night", "three days later" count from the day of the
//!   expression before them in the same span, or from the anchor.
//! - Weeks run Monday to Sunday; "early/mid/late" split a month into days 1–10,
//!   11–20 and 21–end, a year into four-month thirds.
//!
//! ```
//! use chrono::NaiveDate;
//! use cronica_time::RuleTimeTagger;
//! use cronica_types::{Lang, Span};
//!
//! let text = "Las protestas comenzaron el pasado 15 de diciembre.";
//! let anchor = NaiveDate::from_ymd_opt(2023, 1, 10);
//! let found = cronica_time::tag(text, Span::new(0, text.len()), Lang::Es, anchor);
//! assert_eq!(found[0].value.iso(), "2022-12-15");
//! ```

mod calendar;
pub mod eval;
mod holiday;
mod lexicon;
mod parse;
mod scan;

use chrono::NaiveDate;
use cronica_types::stage::TimeTagger;
use cronica_types::{Lang, Span, TimeExpr};

pub use eval::{TimeError, TimeEvalReport};

/// The rule-based temporal expression tagger.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleTimeTagger;

impl RuleTimeTagger {
    pub fn new() -> Self {
        RuleTimeTagger
    }
}

/// Finds and normalises every temporal expression inside `span` of `text`.
///
/// With `anchor == None` only expressions that need no anchor are returned
/// (full dates, months with a year, years); with an anchor (the article's
/// publication date) relative ones too ("yesterday", "el martes pasado",
/// "há três dias", "in December"). Spans are byte ranges into `text`, sorted and
/// not overlapping. A span that is not on char boundaries of `text` yields nothing.
pub fn tag(text: &str, span: Span, lang: Lang, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    parse::tag(text, span, lang, anchor)
}

impl TimeTagger for RuleTimeTagger {
    fn tag(&self, text: &str, span: Span, lang: Lang, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
        parse::tag(text, span, lang, anchor)
    }
}
