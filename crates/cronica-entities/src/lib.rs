//! Entity stage: finds persons, organisations, places and demonyms.
//!
//! Four sources are merged, most trusted first:
//! 1. the gazetteer ([`cronica_geo::Gazetteer::find_places`]): countries,
//!    regions, cities and demonyms with their country;
//! 2. proper-noun chunks the rules know for organisations by a head word
//!    ("Coalition", "Gobierno", "Assembleia") or by shape (acronyms);
//! 3. the trained tagger ([`cronica_ner::NerModel`]), its names settled by
//!    `model.rs`'s document rules (ordinary first words, titles, given names);
//! 4. the other proper-noun chunks (runs of capitalised words joined by "of",
//!    "de", "da", ...), taken for persons when short.
//!
//! A later source only adds entities that do not overlap earlier ones.

mod capitals;
mod chunks;
mod model;
mod names;
mod seats;

use cronica_geo::Gazetteer;
use cronica_types::stage::EntityTagger;
use cronica_types::{Entity, EntityLabel, Lang, Sentence};

pub use chunks::{chunk_entities, is_org_head};

/// The entity stage.
pub struct MergedEntityTagger {
    gazetteer: &'static Gazetteer,
    use_model: bool,
}

impl Default for MergedEntityTagger {
    fn default() -> Self {
        Self::new()
    }
}

impl MergedEntityTagger {
    /// The stage as the pipeline runs it: gazetteer, rules and the trained tagger.
    pub fn new() -> Self {
        MergedEntityTagger {
            gazetteer: Gazetteer::embedded(),
            use_model: true,
        }
    }

    /// Without the trained tagger: gazetteer and proper-noun rules only (faster by
    /// about a third, and worse at telling organisations from persons).
    pub fn without_model() -> Self {
        MergedEntityTagger {
            use_model: false,
            ..Self::new()
        }
    }
}

impl EntityTagger for MergedEntityTagger {
    fn tag(&self, text: &str, sentences: &[Sentence], lang: Lang) -> Vec<Entity> {
        let mut out: Vec<Entity> = Vec::new();
        for s in sentences {
            out.extend(self.gazetteer.find_places(text, s.span, lang));
        }
        names::one_municipality_per_name(text, &mut out);
        capitals::capital_phrases(text, lang, self.gazetteer, &mut out);
        out.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        // "Downing Street", "Casa Rosada": the gazetteer's street or town inside
        // gives way to the seat of government
        replace_overlapping(&mut out, seats::seats(text));
        let mut chunked: Vec<Entity> = sentences
            .iter()
            .flat_map(|s| chunk_entities(text, s, lang))
            .collect();
        names::give_organisations_their_demonym(&mut chunked, &out);
        names::civil_organisations_of_countries(self.gazetteer, &mut chunked, &mut out);
        names::organisations_of_places(self.gazetteer, &mut chunked);
        replace_overlapping(
            &mut out,
            names::institutions_in_towns(text, self.gazetteer, &chunked),
        );
        let named_for_countries =
            names::organisations_named_for_countries(self.gazetteer, &chunked, &out);
        replace_overlapping(&mut out, named_for_countries);
        names::drop_places_inside_names(text, self.gazetteer, &chunked, &mut out);
        names::institutions_are_no_towns(text, &mut out);
        if self.use_model {
            // Names the rules know by their head word ("Stop Trump Coalition",
            // "Gobierno de Perú") keep their whole span against the model's.
            add_non_overlapping(
                &mut out,
                chunked
                    .iter()
                    .filter(|c| c.label == EntityLabel::Org)
                    .cloned()
                    .collect(),
            );
            let mut model_entities = cronica_ner::PerceptronTagger.tag(text, sentences, lang);
            model::clean(text, sentences, lang, &chunked, &mut model_entities);
            names::towns_named_as_persons(text, self.gazetteer, &model_entities, &mut out);
            // "Syrian Observatory for Human Rights": an organisation the tagger reads
            // whole takes the place of the demonym and head word the rules found in it
            let (whole, model_entities): (Vec<Entity>, Vec<Entity>) =
                model_entities.into_iter().partition(|m| {
                    m.label == EntityLabel::Org && {
                        let inside: Vec<&Entity> =
                            out.iter().filter(|e| e.span.overlaps(m.span)).collect();
                        !inside.is_empty()
                            && inside.iter().all(|e| {
                                m.span.contains(e.span)
                                    && e.span != m.span
                                    && matches!(e.label, EntityLabel::Org | EntityLabel::Norp)
                            })
                    }
                });
            // ... and keeps the country its demonym gave ("Korean People's Army")
            let whole: Vec<Entity> = whole
                .into_iter()
                .map(|mut m| {
                    if m.country.is_none() {
                        m.country = out
                            .iter()
                            .find(|e| m.span.contains(e.span) && e.country.is_some())
                            .and_then(|e| e.country.clone());
                    }
                    m
                })
                .collect();
            replace_overlapping(&mut out, whole);
            add_non_overlapping(&mut out, model_entities);
        }
        add_non_overlapping(&mut out, chunked);
        names::split_joined_names(text, &mut out);
        names::names_that_go_on(text, &mut out);
        names::names_spelled_by_their_acronyms(text, &mut out);
        names::join_person_parts(text, &mut out);
        names::bodies_in_apposition(text, &mut out);
        // ("la PR-3", "a BR-317", "Route A-1": letters joined to a number by a
        // hyphen name a road, not a body or a place)
        out.retain(|e| {
            e.text.contains(' ')
                || !text[e.span.end..]
                    .strip_prefix('-')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        });
        // Country names used as organisations keep their country.
        for e in &mut out {
            if e.country.is_none() && matches!(e.label, EntityLabel::Loc | EntityLabel::Norp) {
                if let Some(c) = self.gazetteer.country_by_name(&e.text) {
                    e.country = Some(c.iso2.clone());
                    e.canonical.get_or_insert_with(|| c.name_en.clone());
                }
            }
        }
        out
    }
}

/// Put `new` entities in `base` in place of those they overlap; keep `base` sorted.
fn replace_overlapping(base: &mut Vec<Entity>, new: Vec<Entity>) {
    base.retain(|e| !new.iter().any(|n| n.span.overlaps(e.span)));
    add_non_overlapping(base, new);
}

/// Add `extra` entities that overlap none already in `base`; keep `base` sorted.
fn add_non_overlapping(base: &mut Vec<Entity>, extra: Vec<Entity>) {
    for e in extra {
        if !base.iter().any(|b| b.span.overlaps(e.span)) {
            base.push(e);
        }
    }
    base.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use cronica_text::RuleSentenceSplitter;
    use cronica_types::stage::SentenceSplitter;
    use cronica_types::Span;

    fn locs(text: &str, lang: Lang) -> Vec<String> {
        let sents = RuleSentenceSplitter.split(text, Span::new(0, text.len()), lang, 0);
        MergedEntityTagger::new()
            .tag(text, &sents, lang)
            .into_iter()
            .filter(|e| e.label == EntityLabel::Loc)
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn surnames_and_institutions_are_not_towns() {
        let got = locs(
            "Senator Marco Rubio spoke at the White House about Caracas. Later, Rubio flew to Bogotá.",
            Lang::En,
        );
        assert!(got.contains(&"Caracas".to_string()), "{got:?}");
        assert!(got.contains(&"Bogotá".to_string()), "{got:?}");
        // "at the White House" is the seat of government, in Washington; no town
        // called White
        assert!(!got.iter().any(|l| l == "Rubio" || l == "White"), "{got:?}");
        assert!(got.contains(&"White House".to_string()), "{got:?}");
    }

    #[test]
    fn a_name_something_happens_in_is_a_place_whatever_a_headline_made_of_it() {
        // a headline's "Lanifícios da Covilhã" read as a person's name makes no
        // surname of the town the body puts the strike in
        let got = locs(
            "Lanifícios da Covilhã: trabalhadores em greve há três dias\n\n\
             Cerca de 230 trabalhadores da Lanifícios Serra da Estrela, Lda., na Covilhã, \
             cumprem desde segunda-feira uma greve.",
            Lang::Pt,
        );
        assert!(got.contains(&"Covilhã".to_string()), "{got:?}");
        // (a surname after a verb stays a surname: "Camacho sent")
        let got = locs(
            "Fernando Camacho spoke in La Paz. Camacho sent Morales a letter.",
            Lang::En,
        );
        assert!(!got.contains(&"Camacho".to_string()), "{got:?}");
    }

    #[test]
    fn a_town_the_document_uses_as_a_person_is_that_person() {
        // Lula is also a town in the United States
        let text = "Lula probably chose him to reassure the bankers. If Lula takes any \
                    action that displeases the oligarchs, Congress will act. Lula said so.";
        let got = locs(text, Lang::En);
        assert!(!got.iter().any(|l| l == "Lula"), "{got:?}");
    }

    #[test]
    fn a_first_name_alone_names_the_person_the_document_names_in_full() {
        let text = "The right removed Dilma Rousseff in 2016. Lula will face impeachment, \
                    as was the case with Dilma in 2016.";
        let sents = RuleSentenceSplitter.split(text, Span::new(0, text.len()), Lang::En, 0);
        let got = MergedEntityTagger::new().tag(text, &sents, Lang::En);
        let dilma = got.iter().find(|e| e.text == "Dilma");
        assert_eq!(dilma.map(|e| e.label), Some(EntityLabel::Per), "{got:?}");
    }

    #[test]
    fn a_first_name_of_a_person_named_in_full_is_no_town() {
        let text = "Dos hombres asesinaron a Eusebio Ramírez Benítez frente a su casa. \
                    A Eusebio lo mataron por defender la tierra.";
        let got = locs(text, Lang::Es);
        assert!(!got.iter().any(|l| l == "Eusebio"), "{got:?}");
    }

    #[test]
    fn a_road_number_is_no_body() {
        let text = "Unos 150 vecinos bloquearon la PR-3 frente al barrio Pozuelo, en Guayama.";
        let s = RuleSentenceSplitter.split(text, Span::new(0, text.len()), Lang::Es, 0);
        let found = MergedEntityTagger::new().tag(text, &s, Lang::Es);
        assert!(found.iter().all(|e| e.text != "PR"), "{found:?}");
    }

    #[test]
    fn an_institution_is_no_town() {
        // El Congreso is also a locality in Mexico
        let got = locs(
            "El Congreso debatirá el martes en Lima el adelanto de las elecciones.",
            Lang::Es,
        );
        assert_eq!(got, ["Lima"]);
    }

    #[test]
    fn a_count_opening_a_sentence_is_no_town() {
        let got = locs(
            "Miles de estudiantes marcharon en Juliaca. La policía los dispersó.",
            Lang::Es,
        );
        assert_eq!(got, ["Juliaca"]);
    }

    #[test]
    fn a_countrys_capital_is_a_place_named_by_its_capital() {
        let text = "US forces bombed Venezuela's capital. Protests spread in the Peruvian capital.";
        let sents = RuleSentenceSplitter.split(text, Span::new(0, text.len()), Lang::En, 0);
        let got: Vec<(String, Option<String>)> = MergedEntityTagger::new()
            .tag(text, &sents, Lang::En)
            .into_iter()
            .filter(|e| e.label == EntityLabel::Loc)
            .map(|e| (e.text, e.canonical))
            .collect();
        assert!(
            got.contains(&("Venezuela's capital".into(), Some("Caracas".into()))),
            "{got:?}"
        );
        assert!(
            got.contains(&("Peruvian capital".into(), Some("Lima".into()))),
            "{got:?}"
        );
    }

    #[test]
    fn a_compass_word_is_no_place() {
        let text = "The move is backed by major powers across the Western hemisphere.";
        let sents = RuleSentenceSplitter.split(text, Span::new(0, text.len()), Lang::En, 0);
        let got = MergedEntityTagger::new().tag(text, &sents, Lang::En);
        assert!(
            !got.iter()
                .any(|e| e.label == EntityLabel::Loc && e.text == "Western"),
            "{got:?}"
        );
    }

    #[test]
    fn the_tagger_and_the_rules_agree_on_persons_and_organisations() {
        let text = "We demand the release of Nicolas Maduro and his wife Cilia Adela Flores. \
                    Leonidas Iza was arrested in Quito. Donate to Truth Social now; we donate \
                    little.";
        let sents = RuleSentenceSplitter.split(text, Span::new(0, text.len()), Lang::En, 0);
        let got: Vec<(String, EntityLabel)> = MergedEntityTagger::new()
            .tag(text, &sents, Lang::En)
            .into_iter()
            .map(|e| (e.text, e.label))
            .collect();
        for (name, label) in [
            ("Nicolas Maduro", EntityLabel::Per),
            ("Cilia Adela Flores", EntityLabel::Per),
            ("Leonidas Iza", EntityLabel::Per),
        ] {
            assert!(got.contains(&(name.to_string(), label)), "{name}: {got:?}");
        }
        assert!(
            !got.iter().any(|(n, _)| n == "We" || n == "Donate"),
            "{got:?}"
        );
        assert!(
            !got.contains(&("Truth Social".to_string(), EntityLabel::Per)),
            "{got:?}"
        );
    }

    #[test]
    fn organisations_named_for_a_country_or_a_town() {
        let text = "A Palestine Action activist protested at Cambridge University. The \
                    candidate of Peru Libre met Trump and Bolsonaro in Brazil.";
        let sents = RuleSentenceSplitter.split(text, Span::new(0, text.len()), Lang::En, 0);
        let got: Vec<(String, EntityLabel, Option<String>, Option<String>)> =
            MergedEntityTagger::new()
                .tag(text, &sents, Lang::En)
                .into_iter()
                .map(|e| (e.text, e.label, e.country, e.canonical))
                .collect();
        let has = |name: &str, label: EntityLabel, country: &str| {
            got.iter()
                .any(|(t, l, c, _)| t == name && *l == label && c.as_deref() == Some(country))
        };
        assert!(has("Palestine Action", EntityLabel::Org, "PS"), "{got:?}");
        assert!(has("Peru Libre", EntityLabel::Org, "PE"), "{got:?}");
        // where something happens at an institution named for its town, the town
        assert!(
            has("Cambridge University", EntityLabel::Loc, "GB"),
            "{got:?}"
        );
        // a list is no name
        assert!(has("Brazil", EntityLabel::Loc, "BR"), "{got:?}");
    }

    #[test]
    fn a_body_named_of_its_country_is_one_name_of_that_country() {
        let text = "El Gobierno de Perú declaró el estado de emergencia en Puno. \
                    La Polícia da República de Moçambique deteve 30 pessoas.";
        let got = locs(text, Lang::Es);
        assert!(!got.contains(&"Perú".to_string()), "{got:?}");
        assert!(got.contains(&"Puno".to_string()), "{got:?}");
        let sents = RuleSentenceSplitter.split(text, Span::new(0, text.len()), Lang::Es, 0);
        let orgs: Vec<(String, Option<String>)> = MergedEntityTagger::new()
            .tag(text, &sents, Lang::Es)
            .into_iter()
            .filter(|e| e.label == EntityLabel::Org)
            .map(|e| (e.text, e.country))
            .collect();
        for (name, country) in [
            ("Gobierno de Perú", "PE"),
            ("Polícia da República de Moçambique", "MZ"),
        ] {
            assert!(
                orgs.contains(&(name.to_string(), Some(country.to_string()))),
                "{orgs:?}"
            );
        }
    }
}
