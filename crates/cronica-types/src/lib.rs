//! Types shared by every stage of the cronica pipeline.
//!
//! Every stage takes and returns owned, serialisable values defined here, and
//! every piece of text a stage points at is a [`Span`]: a byte range into the
//! original document text. Nothing downstream ever re-reads a normalised copy
//! without a way back to those bytes.

mod diagnostic;
mod document;
mod entity;
mod event;
mod lang;
mod place;
mod span;
pub mod stage;
mod time;

pub use diagnostic::{Diagnostic, Severity, StageName};
pub use document::{Article, ArticleKind, DateSource, Document, DocumentMeta};
pub use entity::{Entity, EntityLabel};
pub use event::{Count, CountQualifier, Event, EventStatus, EventType, Mention, Sector};
pub use lang::Lang;
pub use place::{Place, PlacePrecision};
pub use span::{Sentence, Span, Token, TokenKind};
pub use time::{DateValue, Precision, TimeExpr};
