//! One small trait per pipeline stage.
//!
//! Stages are stateless (`&self`), take owned or borrowed values from this crate
//! and return owned, serialisable ones. Each implementation lives in its own crate.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Article, Diagnostic, Document, Entity, Event, Lang, Place, Sentence, Span, TimeExpr};

/// Splits a document into articles and dates each one.
pub trait ArticleSplitter: Send + Sync {
    fn split(&self, doc: &Document) -> Vec<Article>;
}

/// Tells the language of a piece of text.
pub trait LanguageDetector: Send + Sync {
    fn detect(&self, text: &str) -> Lang;
}

/// Splits the text of `span` into sentences and tokens with byte spans.
pub trait SentenceSplitter: Send + Sync {
    fn split(&self, text: &str, span: Span, lang: Lang, article: usize) -> Vec<Sentence>;
}

/// Finds and normalises temporal expressions inside `span`, against `anchor`.
pub trait TimeTagger: Send + Sync {
    fn tag(&self, text: &str, span: Span, lang: Lang, anchor: Option<NaiveDate>) -> Vec<TimeExpr>;
}

/// Finds named entities in the sentences of a document.
pub trait EntityTagger: Send + Sync {
    fn tag(&self, text: &str, sentences: &[Sentence], lang: Lang) -> Vec<Entity>;
}

/// Resolves place names among the entities to gazetteer entries, in context.
pub trait Geocoder: Send + Sync {
    fn resolve(&self, text: &str, entities: &[Entity]) -> Vec<Place>;

    /// The places that end the names of bodies ("Cámara de Comercio de La
    /// Libertad", "Policía Civil de Marabá"), read in the country of the
    /// document's `places`: where those bodies sit, never where acts happen.
    fn seats(&self, _text: &str, _entities: &[Entity], _places: &[Place]) -> Vec<Place> {
        Vec::new()
    }

    /// The international bodies the text names ("African Union", "CEDEAO", "the
    /// U.N. human rights office"), each as the town it sits in, spanning the body's
    /// name: where their statements come from.
    fn bodies(&self, _text: &str) -> Vec<Place> {
        Vec::new()
    }
}

/// Reads events out of an analysed document.
pub trait EventExtractor: Send + Sync {
    fn extract(&self, analysis: &Analysis) -> Vec<Event>;
}

/// Everything the pipeline knows about one document, stage by stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub document: Document,
    pub articles: Vec<Article>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub times: Vec<TimeExpr>,
    pub places: Vec<Place>,
    /// Places named at the end of the names of bodies: where they sit
    /// ([`Geocoder::seats`]), kept apart from the places the text tells.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<Place>,
    /// International bodies named in the text, as the towns they sit in
    /// ([`Geocoder::bodies`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<Place>,
    pub events: Vec<Event>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    pub fn new(document: Document) -> Self {
        Analysis {
            document,
            articles: Vec::new(),
            sentences: Vec::new(),
            entities: Vec::new(),
            times: Vec::new(),
            places: Vec::new(),
            seats: Vec::new(),
            bodies: Vec::new(),
            events: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    pub fn text(&self) -> &str {
        &self.document.text
    }

    /// The article a byte offset falls in.
    pub fn article_at(&self, offset: usize) -> Option<&Article> {
        self.articles
            .iter()
            .find(|a| a.span.start <= offset && offset < a.span.end.max(a.span.start + 1))
    }
}
