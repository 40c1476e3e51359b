//! Ingest and article stages of cronica.
//!
//! [`read_paths`] turns files, directories, standard input and JSON Lines into
//! [`Document`](cronica_types::Document)s (decoded, with header metadata read
//! and a stable content id); [`RuleArticleSplitter`] then cuts each document
//! into dated, language-tagged [`Article`](cronica_types::Article)s.

pub mod articles;
mod decode;
pub mod error;
pub mod eval;
mod header;
mod html;
mod read;

pub use articles::RuleArticleSplitter;
pub use decode::{decode, Decoded};
pub use error::IngestError;
pub use eval::{evaluate_titles, TitleReport};
pub use header::{parse_header, Header};
pub use html::{extract as extract_html, HtmlText};
pub use read::{count_inputs, hash_id, read_bytes, read_paths, IngestOptions};
