//! The pipeline: every stage put together, from a [`Document`] to an
//! [`Analysis`] with events, and the output records and formats users see.
//!
//! A panic or failure inside one document's stages becomes a [`Diagnostic`] for
//! that document; the batch goes on.

pub mod acled;
mod actors;
mod capitals;
mod context;
pub mod output;
mod planned;
pub mod record;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use cronica_entities::MergedEntityTagger;
use cronica_events::RuleEventExtractor;
use cronica_geo::GazetteerGeocoder;
use cronica_ingest::RuleArticleSplitter;
use cronica_text::RuleSentenceSplitter;
use cronica_time::RuleTimeTagger;
use cronica_types::stage::{
    Analysis, ArticleSplitter, EntityTagger, EventExtractor, Geocoder, SentenceSplitter, TimeTagger,
};
use cronica_types::{Diagnostic, Document, StageName};

pub use record::EventRecord;

/// The stages, each behind its trait.
pub struct Pipeline {
    pub articles: Box<dyn ArticleSplitter>,
    pub sentences: Box<dyn SentenceSplitter>,
    pub time: Box<dyn TimeTagger>,
    pub entities: Box<dyn EntityTagger>,
    pub places: Box<dyn Geocoder>,
    pub events: Box<dyn EventExtractor>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            articles: Box::new(RuleArticleSplitter::new()),
            sentences: Box::new(RuleSentenceSplitter),
            time: Box::new(RuleTimeTagger::new()),
            entities: Box::new(MergedEntityTagger::new()),
            places: Box::new(GazetteerGeocoder::new()),
            events: Box::new(RuleEventExtractor::default()),
        }
    }
}

impl Pipeline {
    /// Run every stage on one document. A stage that panics is reported as a
    /// diagnostic and the stages after it are skipped.
    pub fn analyse(&self, document: Document) -> Analysis {
        self.analyse_timed(document, &mut StageTimes::default())
    }

    /// [`Pipeline::analyse`], adding each stage's time to `times`.
    pub fn analyse_timed(&self, document: Document, times: &mut StageTimes) -> Analysis {
        let mut a = Analysis::new(document);
        let origin = a.document.origin.clone();
        let id = a.document.id.clone();
        macro_rules! stage {
            ($name:expr, $body:expr) => {{
                let started = Instant::now();
                let result = catch_unwind(AssertUnwindSafe(|| $body));
                times.add($name, started.elapsed());
                match result {
                    Ok(v) => v,
                    Err(p) => {
                        let msg = p
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| p.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "internal error".into());
                        a.diagnostics.push(
                            Diagnostic::error(&origin, $name, format!("stage failed: {msg}"))
                                .with_document(&id),
                        );
                        return a;
                    }
                }
            }};
        }
        a.articles = stage!(StageName::Articles, self.articles.split(&a.document));
        let text = a.document.text.as_str();
        a.sentences = stage!(
            StageName::Sentences,
            a.articles
                .iter()
                .flat_map(|art| {
                    // a title is a sentence of its own, whatever follows it
                    // ("EVENT – ECUADOR: ...\n\necosocialist.scot is holding ...")
                    // a title given only in the header ("Title: Statement on the
                    // Assassination of ...") is read too: it says what the text is about
                    let parts = match art.title_span {
                        Some(t) if t.start == art.span.start && t.end < art.span.end => {
                            vec![t, cronica_types::Span::new(t.end, art.span.end)]
                        }
                        Some(t) if t.end <= art.span.start => vec![t, art.span],
                        _ => vec![art.span],
                    };
                    parts
                        .into_iter()
                        .flat_map(|p| self.sentences.split(text, p, art.lang, art.index))
                        .collect::<Vec<_>>()
                })
                .collect()
        );
        a.times = stage!(
            StageName::Time,
            a.articles
                .iter()
                .flat_map(|art| {
                    let anchor = art.date.as_ref().map(|d| d.start);
                    self.time.tag(text, art.span, art.lang, anchor)
                })
                .collect()
        );
        let lang = a.articles.first().map(|x| x.lang).unwrap_or_default();
        a.entities = stage!(
            StageName::Entities,
            a.articles
                .iter()
                .flat_map(|art| {
                    let first = a.sentences.partition_point(|s| s.article < art.index);
                    let last = a.sentences.partition_point(|s| s.article <= art.index);
                    let art_lang = if art.lang == cronica_types::Lang::Other {
                        lang
                    } else {
                        art.lang
                    };
                    self.entities.tag(text, &a.sentences[first..last], art_lang)
                })
                .collect()
        );
        // Undated articles of a many-article file: a date from the rest of the file,
        // and their relative expressions read again against it.
        let redated = context::context_dates(&a);
        if !redated.is_empty() {
            let time = &self.time;
            let (articles, times) = (&mut a.articles, &mut a.times);
            stage!(StageName::Time, {
                for (index, date) in redated {
                    let Some(art) = articles.iter_mut().find(|x| x.index == index) else {
                        continue;
                    };
                    let span = art.span;
                    times.retain(|t| !span.contains(t.span));
                    times.extend(context::retag(time.as_ref(), text, art, &date));
                    art.date = Some(date);
                    art.date_source = cronica_types::DateSource::Context;
                }
                times.sort_by_key(|t| (t.span.start, t.span.end));
            });
        }
        trim_times_off_names(&mut a.entities, &a.times, text);
        let values = value_entities(&a);
        add_entities(&mut a.entities, values);
        a.places = stage!(StageName::Places, self.places.resolve(text, &a.entities));
        a.seats = stage!(
            StageName::Places,
            self.places.seats(text, &a.entities, &a.places)
        );
        a.bodies = stage!(StageName::Places, self.places.bodies(text));
        // a name goes by the place it was resolved to ("Canada" the country, not the
        // town the gazetteer first offered)
        let resolved: std::collections::HashMap<(usize, usize), &cronica_types::Place> = a
            .places
            .iter()
            .map(|p| ((p.span.start, p.span.end), p))
            .collect();
        // ... and one the place stage put nowhere, of a country no place or
        // demonym of the document names, names no country ("la finca recuperada
        // Los Almendros" in a statement from Costa Rica, not the hamlet in
        // Guerrero; "municipio de Argelia" in a story from Cauca stays Colombian)
        let named: std::collections::HashSet<String> = a
            .places
            .iter()
            .map(|p| p.country.clone())
            .chain(
                a.entities
                    .iter()
                    .filter(|e| e.label == cronica_types::EntityLabel::Norp)
                    .filter_map(|e| e.country.clone()),
            )
            .collect();
        for e in a.entities.iter_mut() {
            if let Some(p) = resolved.get(&(e.span.start, e.span.end)) {
                e.canonical = Some(p.canonical.clone());
                e.country = Some(p.country.clone());
            } else if e.label == cronica_types::EntityLabel::Loc
                && e.country.as_ref().is_some_and(|c| !named.contains(c))
            {
                e.country = None;
            }
        }
        a.events = stage!(StageName::Events, {
            let mut events = self.events.extract(&a);
            let gazetteer = cronica_geo::Gazetteer::embedded();
            actors::no_party_is_a_particle(&mut events);
            actors::bodies_of_named_states(&mut events, &a);
            actors::members_of_named_bodies(&mut events, &a);
            actors::name_leaders_governments(&mut events, &a, gazetteer);
            actors::name_state_forces(&mut events, text, gazetteer);
            actors::forces_deploy_themselves(&mut events);
            actors::fill_generic_actors(&mut events, text, gazetteer);
            actors::tie_persons_to_states(&mut events, &a);
            actors::organisers_of_listed_protests(&mut events);
            actors::name_forces_as_the_article_does(&mut events, &a);
            actors::expand_short_forms(&mut events, &a);
            actors::aim_protests(&mut events, &a, gazetteer);
            actors::address_demands(&mut events, &a, gazetteer);
            actors::aim_condemnations_at_doers(&mut events);
            actors::crowds_at_protests(&mut events, text);
            actors::strikes_on_a_state(&mut events, gazetteer);
            actors::places_are_not_parties(&mut events, &a);
            actors::resignations_leave_offices(&mut events, &a);
            actors::no_party_is_its_own_target(&mut events);
            actors::both_leaders_are_who_met(&mut events, text);
            actors::states_act_through_governments(&mut events, gazetteer);
            actors::name_in_the_articles_language(&mut events, &a, gazetteer);
            capitals::governments_speak_from_capitals(&mut events, gazetteer);
            planned::split_listed_days(&mut events, &a);
            events
        });
        a
    }
}

/// Date and number mentions join the entity list (label `DATE` with the ISO
/// value as canonical form, `NUM` with the number), where no name is already.
fn value_entities(a: &Analysis) -> Vec<cronica_types::Entity> {
    use cronica_types::{Entity, EntityLabel, TokenKind};
    let text = a.document.text.as_str();
    let mut extra: Vec<Entity> = a
        .times
        .iter()
        .map(|t| Entity {
            span: t.span,
            label: EntityLabel::Date,
            text: t.span.text(text).to_string(),
            canonical: Some(t.value.iso()),
            country: None,
            source: "time".into(),
        })
        .collect();
    for s in &a.sentences {
        let lang = a
            .articles
            .get(s.article)
            .map(|x| x.lang)
            .unwrap_or_default();
        let raw: Vec<&str> = s.tokens.iter().map(|t| t.span.text(text)).collect();
        let mut i = 0;
        while i < raw.len() {
            let starts = s.tokens[i].kind == TokenKind::Number
                || cronica_text::numbers::may_start_count(&cronica_text::fold(raw[i]));
            match starts
                .then(|| cronica_text::parse_count(&raw[i..], lang))
                .flatten()
            {
                Some(c) if c.words > 0 => {
                    let span = s.tokens[i].span.cover(s.tokens[i + c.words - 1].span);
                    extra.push(Entity {
                        span,
                        label: EntityLabel::Num,
                        text: span.text(text).to_string(),
                        canonical: Some(c.value.to_string()),
                        country: None,
                        source: "rules".into(),
                    });
                    i += c.words;
                }
                _ => i += 1,
            }
        }
    }
    extra
}

/// "released by the Lilongwe Magistrate's Court on Thursday": a name the tagger ran
/// on into a date that the time stage read ends before the date and the word that
/// leads it in.
fn trim_times_off_names(
    entities: &mut [cronica_types::Entity],
    times: &[cronica_types::TimeExpr],
    text: &str,
) {
    const LEADS: [&str; 10] = [
        "on", "in", "at", "this", "el", "en", "este", "em", "no", "na",
    ];
    for e in entities.iter_mut() {
        let Some(t) = times
            .iter()
            .find(|t| t.span.start > e.span.start && t.span.start < e.span.end)
        else {
            continue;
        };
        // (a date that is part of the name stays: "Movimiento 26 de Julio",
        // "Avenida 9 de Julio")
        let Some((head, _)) = text[e.span.start..t.span.start]
            .trim_end()
            .rsplit_once(' ')
            .filter(|(_, last)| LEADS.contains(&last.to_lowercase().as_str()))
        else {
            continue;
        };
        let head = head.trim_end();
        if head.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            continue;
        }
        e.span = cronica_types::Span::new(e.span.start, e.span.start + head.len());
        e.text = head.to_string();
    }
}

/// Add entities that overlap none already there, keeping text order.
fn add_entities(entities: &mut Vec<cronica_types::Entity>, extra: Vec<cronica_types::Entity>) {
    for e in extra {
        if !entities.iter().any(|x| x.span.overlaps(e.span)) {
            entities.push(e);
        }
    }
    entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
}

/// Time spent in each stage, summed over documents.
#[derive(Debug, Clone, Default)]
pub struct StageTimes {
    pub stages: Vec<(StageName, Duration)>,
}

impl StageTimes {
    pub fn add(&mut self, stage: StageName, d: Duration) {
        match self.stages.iter_mut().find(|(s, _)| *s == stage) {
            Some((_, t)) => *t += d,
            None => self.stages.push((stage, d)),
        }
    }

    pub fn total(&self) -> Duration {
        self.stages.iter().map(|(_, d)| *d).sum()
    }
}

/// Words in a text, counted the way the speed figures count them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}
