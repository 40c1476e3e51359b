use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::{DateValue, Lang, Span};

/// Metadata a document came with (file headers, front matter, JSON Lines fields).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DocumentMeta {
    pub title: Option<String>,
    pub url: Option<String>,
    /// The date as written in the metadata (normalised by the articles stage).
    pub date: Option<String>,
    pub lang: Option<Lang>,
    pub source: Option<String>,
    pub license: Option<String>,
    /// Every other `Key: value` pair read from headers or front matter.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

/// One input document: its decoded text and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Hex hash of the document's original bytes: ingesting twice stores once.
    pub id: String,
    /// The name events are reported under: a file name, or the JSON Lines `id`.
    pub name: String,
    /// Where it was read from (a path, `-` for stdin, `path:line` for JSON Lines).
    pub origin: String,
    /// The encoding the bytes were decoded from.
    pub encoding: String,
    pub meta: DocumentMeta,
    /// The decoded text. Every span of every stage indexes into this string.
    pub text: String,
    /// Where the body starts (after headers and front matter).
    pub body: Span,
}

/// What an article of a file is, for event extraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleKind {
    /// A full article or statement: events are read from it.
    Article,
    /// A teaser or index entry that repeats another article: no events.
    Teaser,
    /// Navigation, share buttons, newsletter boxes, comment threads: no events.
    Boilerplate,
    /// A translation of an earlier article of the file into another language (a
    /// statement followed by its English version): its events are that article's.
    Translation,
}

/// Where an article's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A dateline, byline or signature in the article itself.
    Stated,
    /// The document's metadata (header, front matter, JSON Lines `date`).
    Metadata,
    /// None of its own: taken from the file (another article's date).
    Inherited,
    /// None of its own: the latest month or day another article of the file writes
    /// out in a sentence that names the country this article is about.
    Context,
    /// No date at all.
    Unknown,
}

/// One article inside a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub index: usize,
    pub span: Span,
    pub kind: ArticleKind,
    pub title: Option<String>,
    pub title_span: Option<Span>,
    /// Headings inside the body ("A foiled mutiny", "Mass opposition demonstrations
    /// today"): like the title, they name what the text under them tells.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subheads: Vec<Span>,
    pub byline: Option<String>,
    pub date: Option<DateValue>,
    /// Where the date was written, when it was read from the text.
    pub date_span: Option<Span>,
    pub date_source: DateSource,
    pub lang: Lang,
}
