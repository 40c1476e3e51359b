//! The entity stage: runs the embedded model of the document's language over the
//! sentences the sentence stage produced and turns BIO labels into byte-span entities.

use cronica_types::stage::EntityTagger;
use cronica_types::{Entity, EntityLabel, Lang, Sentence, Span};

use crate::label::{chunks, Class};
use crate::model::NerModel;

/// Tags PER, ORG, LOC and MISC with the committed model of each language.
#[derive(Debug, Clone, Copy, Default)]
pub struct PerceptronTagger;

impl PerceptronTagger {
    pub fn new() -> PerceptronTagger {
        PerceptronTagger
    }
}

fn entity_label(c: Class) -> EntityLabel {
    match c {
        Class::Per => EntityLabel::Per,
        Class::Org => EntityLabel::Org,
        Class::Loc => EntityLabel::Loc,
        Class::Misc => EntityLabel::Misc,
    }
}

/// Entities found by `model` in `sentences` of `text`.
pub fn tag_sentences(model: &NerModel, text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    let mut out = Vec::new();
    let spans: Vec<Vec<Span>> = sentences
        .iter()
        .map(|s| {
            s.tokens
                .iter()
                .map(|t| t.span)
                .filter(|sp| {
                    sp.end <= text.len()
                        && text.is_char_boundary(sp.start)
                        && text.is_char_boundary(sp.end)
                })
                .collect()
        })
        .collect();
    let toks: Vec<Vec<&str>> = spans
        .iter()
        .map(|s| s.iter().map(|sp| sp.text(text)).collect())
        .collect();
    let labels = model.tag_document(&toks);
    for (spans, labels) in spans.iter().zip(&labels) {
        for c in chunks(labels) {
            let span = Span::new(spans[c.start].start, spans[c.end - 1].end);
            out.push(Entity {
                span,
                label: entity_label(c.class),
                text: span.text(text).to_string(),
                canonical: None,
                country: None,
                source: "tagger".to_string(),
            });
        }
    }
    out
}

impl EntityTagger for PerceptronTagger {
    fn tag(&self, text: &str, sentences: &[Sentence], lang: Lang) -> Vec<Entity> {
        match NerModel::embedded(lang) {
            Some(model) => tag_sentences(model, text, sentences),
            None => Vec::new(),
        }
    }
}
