//! The committed models: they load, and they tag fixture sentences sensibly.

use cronica_ner::{NerModel, PerceptronTagger};
use cronica_types::stage::EntityTagger;
use cronica_types::{EntityLabel, Lang, Sentence, Span, Token, TokenKind};

fn fixtures() -> serde_json::Value {
    serde_json::from_str(include_str!("data/sentences.json")).expect("fixture JSON")
}

fn tagged(lang: Lang, sentence: &str) -> Vec<(String, String)> {
    let model = NerModel::embedded(lang).expect("embedded model");
    let toks: Vec<&str> = sentence.split(' ').collect();
    toks.iter()
        .map(|t| t.to_string())
        .zip(model.tag(&toks))
        .collect()
}

fn label_of(pairs: &[(String, String)], token: &str) -> String {
    pairs
        .iter()
        .find(|(t, _)| t == token)
        .map(|(_, l)| l.clone())
        .unwrap_or_default()
}

#[test]
fn embedded_models_load_and_round_trip() {
    for lang in Lang::READ {
        let m = NerModel::embedded(lang).expect("model");
        assert_eq!(m.lang(), lang);
        let back = NerModel::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(&back, m);
    }
    assert!(NerModel::embedded(Lang::Other).is_none());
}

#[test]
fn names_are_found() {
    let es = tagged(
        Lang::Es,
        "La Fiscalía General de la Nación detuvo a Juan Pérez en Bogotá .",
    );
    assert_eq!(label_of(&es, "Juan"), "B-PER");
    assert_eq!(label_of(&es, "Pérez"), "I-PER");
    assert_eq!(label_of(&es, "Bogotá"), "B-LOC");
    assert_eq!(label_of(&es, "detuvo"), "O");
    let pt = tagged(
        Lang::Pt,
        "O presidente Luiz Inácio Lula da Silva viajou para Buenos Aires na segunda-feira .",
    );
    assert_eq!(label_of(&pt, "Luiz"), "B-PER");
    assert_eq!(label_of(&pt, "Silva"), "I-PER");
    assert_eq!(label_of(&pt, "Buenos"), "B-LOC");
    let pt = tagged(
        Lang::Pt,
        "O Planalto e o Supremo Tribunal Federal discutiram a reforma em Brasília .",
    );
    assert!(label_of(&pt, "Planalto").ends_with("ORG"));
    assert_eq!(label_of(&pt, "discutiram"), "O");
    let en = tagged(
        Lang::En,
        "Joe Biden spoke with Luiz Inácio Lula da Silva about the election in Brazil .",
    );
    assert_eq!(label_of(&en, "Joe"), "B-PER");
    assert_eq!(label_of(&en, "Brazil"), "B-LOC");
    assert_eq!(label_of(&en, "election"), "O");
}

#[test]
fn entity_stage_gives_byte_spans() {
    let text = "La policía detuvo a Juan Pérez en Bogotá.";
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let boundary = c == ' ' || c == '.';
        match (start, boundary) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                tokens.push(Token {
                    span: Span::new(s, i),
                    kind: TokenKind::Word,
                });
                start = None;
            }
            _ => {}
        }
        if c == '.' {
            tokens.push(Token {
                span: Span::new(i, i + 1),
                kind: TokenKind::Punct,
            });
        }
    }
    let sentence = Sentence {
        span: Span::new(0, text.len()),
        article: 0,
        tokens,
    };
    let ents = PerceptronTagger.tag(text, &[sentence], Lang::Es);
    let juan = ents
        .iter()
        .find(|e| e.text == "Juan Pérez")
        .unwrap_or_else(|| panic!("{ents:?}"));
    assert_eq!(juan.label, EntityLabel::Per);
    assert_eq!(&text[juan.span.start..juan.span.end], "Juan Pérez");
    let bogota = ents
        .iter()
        .find(|e| e.text == "Bogotá")
        .expect("Bogotá found");
    assert_eq!(bogota.label, EntityLabel::Loc);
    assert!(ents.iter().all(|e| e.source == "tagger"));
}

#[test]
fn fixture_snapshot() {
    let fx = fixtures();
    let mut out = serde_json::Map::new();
    for lang in Lang::READ {
        let sents = fx[lang.code()].as_array().expect("sentences");
        let tagged: Vec<Vec<String>> = sents
            .iter()
            .map(|s| {
                tagged(lang, s.as_str().expect("string"))
                    .into_iter()
                    .filter(|(_, l)| l != "O")
                    .map(|(t, l)| format!("{t}/{l}"))
                    .collect()
            })
            .collect();
        out.insert(lang.code().to_string(), serde_json::json!(tagged));
    }
    insta::assert_json_snapshot!("fixture_entities", out);
}
