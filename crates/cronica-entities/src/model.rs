//! What the entity stage keeps of the trained tagger's names.
//!
//! The tagger learned from Wikipedia sentences, where a capitalised first word is
//! usually a name; in news it is usually not ("We", "Should", "Donate"). And a person
//! introduced by an apposition ("Leonidas Iza, the president of CONAIE") is a person
//! whatever the tagger thought of the name.

use std::collections::HashSet;

use cronica_types::{Entity, EntityLabel, Lang, Sentence, Span, TokenKind};

use crate::chunks::{is_org_head, is_title};

/// A word that counts people when it opens a sentence ("Miles de estudiantes",
/// "Thousands marched", "Milhares de pessoas"); "Miles" is also a town.
fn is_quantity_word(word: &str) -> bool {
    matches!(
        word,
        "Thousands"
            | "Hundreds"
            | "Dozens"
            | "Millions"
            | "Miles"
            | "Cientos"
            | "Centenares"
            | "Decenas"
            | "Millares"
            | "Millones"
            | "Milhares"
            | "Centenas"
            | "Dezenas"
            | "Milhões"
    )
}

/// Clean the tagger's entities of one document in place; `chunks` are the rules'
/// proper-noun chunks of the same document.
pub(crate) fn clean(
    text: &str,
    sentences: &[Sentence],
    lang: Lang,
    chunks: &[Entity],
    entities: &mut Vec<Entity>,
) {
    let model = cronica_ner::NerModel::embedded(lang);
    let lower_words: HashSet<&str> = sentences
        .iter()
        .flat_map(|s| &s.tokens)
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span.text(text))
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect();
    entities.retain_mut(|e| {
        // "Exigimos al Ministerio Público ...": a verb of the first person plural
        // opening a sentence is no name
        // (in capitals too: "EXIGIMOS:", "CONVOCAMOS a todas las organizaciones")
        if !e.text.contains(' ')
            && e.text.to_lowercase().ends_with("mos")
            && cronica_text::is_first_person_plural_verb(&cronica_text::fold(&e.text))
        {
            return false;
        }
        // "the Minister of Labour" tagged "of Labour": a name does not begin with
        // a small connecting word; what follows it is the name, if anything is
        let mut trimmed = false;
        while let Some((first, rest)) = e.text.split_once(' ') {
            if !(matches!(
                first,
                "of" | "de" | "del" | "da" | "do" | "das" | "dos" | "and"
            )) {
                break;
            }
            let cut = first.len() + 1;
            e.span = Span::new(e.span.start + cut, e.span.end);
            e.text = rest.to_string();
            trimmed = true;
        }
        if trimmed && !e.text.starts_with(char::is_uppercase) {
            return false;
        }
        // "la CONACIH EXIGE al Gobierno": a statement's verb in capitals ends the
        // name before it
        if let Some(cut) = e
            .text
            .split_whitespace()
            .skip(1)
            .find(|w| is_statement_verb_in_capitals(w))
            .and_then(|w| e.text.find(&format!(" {w}")))
        {
            e.text.truncate(cut);
            e.span = cronica_types::Span::new(e.span.start, e.span.start + cut);
        }
        // "Hamas accused Israel", "outside Congress": an institution or a party
        // the tagger took for a place
        if e.label == EntityLabel::Loc
            && !e.text.contains(' ')
            && cronica_geo::is_institution(&cronica_text::fold(&e.text))
        {
            e.label = EntityLabel::Org;
            e.country = None;
            e.canonical = None;
        }
        // a lone compass word ("the Western hemisphere", "el Sur") is a
        // direction, not the province some country names that way
        if e.label == EntityLabel::Loc && is_direction(&e.text) {
            return false;
        }
        // "US Secretary of State Marco Rubio", "Foreign Minister Yvan Gil": an
        // office the tagger read as one name with its holder is the holder
        if e.label != EntityLabel::Per {
            if let Some(person) = holder_after_office(text, e.span) {
                e.span = person;
                e.text = person.text(text).to_string();
                e.label = EntityLabel::Per;
                e.country = None;
                e.canonical = None;
            }
        }
        let Some(s) = sentences.iter().find(|s| s.span.contains(e.span)) else {
            return true;
        };
        let Some(first) = s.tokens.iter().position(|t| t.span.start == e.span.start) else {
            return true;
        };
        if opens_sentence(text, s, first) {
            let word = s.tokens[first].span.text(text);
            // ("13:35 – Speaking outside the Red House, the Leader of the Opposition
            // ...": a participle that opens a sentence, before a small word)
            let participle = lang == Lang::En
                && e.text == word
                && word.len() > 5
                && word.ends_with("ing")
                && s.tokens
                    .get(first + 1)
                    .is_some_and(|t| t.span.text(text).starts_with(char::is_lowercase));
            let ordinary = cronica_ner::is_function_word(word)
                || e.text == word && is_quantity_word(word)
                || participle
                || lower_words.contains(word.to_lowercase().as_str());
            if ordinary {
                // "We", "Donate": not a name; "The Bolivarian Revolution": the rest is
                let next = s.tokens[first + 1..]
                    .iter()
                    .find(|t| t.span.end <= e.span.end && t.kind == TokenKind::Word);
                match next {
                    Some(t) if t.span.text(text).starts_with(char::is_uppercase) => {
                        e.span = Span::new(t.span.start, e.span.end);
                        e.text = e.span.text(text).to_string();
                    }
                    _ => return false,
                }
            }
        }
        // "en el oeste de Maracaibo", "in the north of Kumasi": a lone name after
        // a part of a town is the town, whatever the tagger says
        if e.label == EntityLabel::Per
            && !e.text.contains(' ')
            && part_of_town_before(text, s, e.span)
        {
            e.label = EntityLabel::Loc;
        }
        // a place no gazetteer knows, where nothing says it is a place ("Trump in
        // the USA and Bolsonaro in Brazil"): the rules' person stands
        if e.label == EntityLabel::Loc
            && !place_word_before(text, s, e.span)
            && chunks
                .iter()
                .any(|c| c.span.contains(e.span) && c.label == EntityLabel::Per)
        {
            e.label = EntityLabel::Per;
        }
        if e.label != EntityLabel::Per
            && !e.text.split_whitespace().any(is_org_head)
            && (role_before(text, s, e.span)
                || apposition_with_title(text, s, e.span)
                || unknown_words_name(e, chunks, model, &lower_words))
        {
            e.label = EntityLabel::Per;
        }
        true
    });
    persons_across_document(entities, &lower_words);
}

/// A name found as a person once is a person everywhere in the document, and so is
/// its last word alone ("Leonidas Iza" ... "Iza was released"), and a full name that
/// ends in a person's surname ("Iza is president" ... "Leonidas Iza").
fn persons_across_document(entities: &mut [Entity], lower_words: &HashSet<&str>) {
    // "Redacción Maracaibo", "Redação Brasília": a newsroom's byline, no person
    for e in entities.iter_mut().filter(|e| e.label == EntityLabel::Per) {
        if crate::names::newsroom(&e.text) {
            e.label = EntityLabel::Org;
        }
    }
    let persons: HashSet<String> = entities
        .iter()
        .filter(|e| e.label == EntityLabel::Per)
        .flat_map(|e| {
            let last = e
                .text
                .rsplit_once(' ')
                .map(|(_, last)| last.to_string())
                .filter(|_| e.text.split_whitespace().count() >= 2);
            std::iter::once(e.text.clone()).chain(last)
        })
        .collect();
    // "Dilma Rousseff" ... "Dilma": a first name alone names the person too
    let first_names: HashSet<String> = entities
        .iter()
        .filter(|e| e.label == EntityLabel::Per)
        .filter_map(|e| {
            let words: Vec<&str> = e.text.split_whitespace().collect();
            let first = *words.first()?;
            ((2..=3).contains(&words.len())
                && first.chars().skip(1).all(char::is_lowercase)
                && !is_title(first)
                && !cronica_ner::is_person_title(first)
                && !cronica_ner::is_function_word(first)
                && !lower_words.contains(first.to_lowercase().as_str()))
            .then(|| first.to_string())
        })
        .collect();
    for e in entities.iter_mut() {
        if e.label != EntityLabel::Per && first_names.contains(&e.text) {
            e.label = EntityLabel::Per;
            continue;
        }
        let words: Vec<&str> = e.text.split_whitespace().collect();
        let full_name = (2..=3).contains(&words.len())
            && words.last().is_some_and(|w| persons.contains(*w))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && !lower_words.contains(w.to_lowercase().as_str())
                    && !cronica_ner::is_function_word(w)
            });
        if e.label != EntityLabel::Per
            && !words.iter().any(|w| is_org_head(w))
            && (persons.contains(&e.text) || full_name)
        {
            e.label = EntityLabel::Per;
        }
    }
}

/// Whether `e` is a name of two or three capitalised words that are none of them
/// ordinary words (in this document or in the tagger's training text), and that the
/// chunk rules took for a person: such a name ("Leonidas Iza") is far more often a
/// person's than an organisation's, whose names are made of ordinary words ("Truth
/// Social", "Voluntad Popular").
fn unknown_words_name(
    e: &Entity,
    chunks: &[Entity],
    model: Option<&cronica_ner::NerModel>,
    lower_words: &HashSet<&str>,
) -> bool {
    let words: Vec<&str> = e.text.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && chunks
            .iter()
            .any(|c| c.span == e.span && c.label == EntityLabel::Per)
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
                && !cronica_ner::is_function_word(w)
                && !lower_words.contains(lower.as_str())
                && !model.is_some_and(|m| m.is_common_word(w))
        })
}

/// Whether the word right before `span` is a role only a person holds ("his wife
/// Cilia Adela Flores", "CONAIE president Leonidas Iza").
fn role_before(text: &str, s: &Sentence, span: Span) -> bool {
    s.tokens
        .iter()
        .rev()
        .find(|t| t.span.end <= span.start)
        .is_some_and(|t| is_role(t.span.text(text)))
}

/// Whether the word before `span` introduces a place ("in", "near", "en", "em").
/// Whether a part of a town and "of" come right before `span`: "el oeste de",
/// "the north of", "a periferia de", "las afueras de".
fn part_of_town_before(text: &str, s: &Sentence, span: Span) -> bool {
    let before: Vec<String> = s
        .tokens
        .iter()
        .filter(|t| t.span.end <= span.start)
        .rev()
        .take(2)
        .map(|t| cronica_text::fold(t.span.text(text)))
        .collect();
    matches!(
        before.first().map(String::as_str),
        Some("de" | "of" | "do" | "da")
    ) && before.get(1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "oeste"
                | "este"
                | "norte"
                | "sur"
                | "sul"
                | "leste"
                | "centro"
                | "afueras"
                | "periferia"
                | "west"
                | "east"
                | "north"
                | "south"
                | "outskirts"
                | "centre"
                | "center"
                | "suburbs"
                | "arredores"
                | "zona"
                | "barrio"
                | "bairro"
        )
    })
}

fn place_word_before(text: &str, s: &Sentence, span: Span) -> bool {
    s.tokens
        .iter()
        .rev()
        .find(|t| t.span.end <= span.start)
        .is_some_and(|t| {
            matches!(
                t.span.text(text).to_lowercase().as_str(),
                "in" | "at"
                    | "near"
                    | "from"
                    | "to"
                    | "into"
                    | "outside"
                    | "across"
                    | "of"
                    | "en"
                    | "em"
                    | "no"
                    | "na"
                    | "desde"
                    | "hacia"
                    | "de"
                    | "del"
                    | "da"
                    | "do"
            )
        })
}

fn is_role(word: &str) -> bool {
    let lower = word.to_lowercase();
    cronica_ner::is_person_title(word)
        || cronica_ner::is_person_title(&lower)
        || PERSON_ROLES.contains(&lower.as_str())
}

/// Whether token `i` of `s` opens the sentence or a quotation or heading inside it.
fn opens_sentence(text: &str, s: &Sentence, i: usize) -> bool {
    i == 0
        || s.tokens[i - 1].kind == TokenKind::Punct
            && matches!(
                s.tokens[i - 1].span.text(text),
                "\"" | "“" | "«" | "'" | "‘" | "(" | ":" | "-" | "—" | "–" | "•" | "*"
            )
}

/// Whether the name at `span` is followed by ", [the] president of", ", leader of",
/// ", el presidente de", ...: a person's title in apposition.
fn apposition_with_title(text: &str, s: &Sentence, span: Span) -> bool {
    let Some(after) = s.tokens.iter().position(|t| t.span.start >= span.end) else {
        return false;
    };
    let words: Vec<&str> = s.tokens[after..]
        .iter()
        .take(4)
        .map(|t| t.span.text(text))
        .collect();
    // ", the president of", " is president of", " fue presidente de"
    let opens = words
        .first()
        .is_some_and(|w| *w == "," || COPULAS.contains(&w.to_lowercase().as_str()));
    if !opens {
        return false;
    }
    let mut rest = &words[1..];
    if let Some(w) = rest.first() {
        if ARTICLES.contains(&w.to_lowercase().as_str()) {
            rest = &rest[1..];
        }
    }
    rest.first().is_some_and(|w| is_role(w))
}

const COPULAS: &[&str] = &["is", "was", "es", "era", "fue", "é", "foi"];

const ARTICLES: &[&str] = &["the", "a", "an", "el", "la", "o", "um", "uma", "un", "una"];

/// Roles that only a person holds, in apposition after a name or right before it.
const PERSON_ROLES: &[&str] = &[
    "president",
    "vice-president",
    "leader",
    "activist",
    "journalist",
    "general",
    "commander",
    "head",
    "founder",
    "spokesperson",
    "secretary",
    "mayor",
    "governor",
    "senator",
    "congressman",
    "congresswoman",
    "lawmaker",
    "deputy",
    "wife",
    "husband",
    "son",
    "daughter",
    "líder",
    "lider",
    "presidenta",
    "dirigente",
    "vocero",
    "vocera",
    "portavoz",
    "alcalde",
    "alcaldesa",
    "gobernador",
    "gobernadora",
    "senador",
    "senadora",
    "diputado",
    "diputada",
    "congresista",
    "esposa",
    "esposo",
    "hijo",
    "hija",
    "expresidente",
    "expresidenta",
    "porta-voz",
    "prefeito",
    "prefeita",
    "deputada",
    "ex-presidente",
    "editor",
    "editor-in-chief",
    "reporter",
    "presenter",
    "photojournalist",
    "lawyer",
    "coordinator",
    "chair",
    "chairman",
    "chairwoman",
    "director",
    "periodista",
    "abogado",
    "abogada",
    "coordinador",
    "coordinadora",
    "dirigenta",
    "defensora",
    "jornalista",
    "advogado",
    "advogada",
    "coordenador",
    "coordenadora",
];

/// Compass words and their adjectives in the three languages.
fn is_direction(word: &str) -> bool {
    const DIRECTIONS: &[&str] = &[
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "norte",
        "sur",
        "sul",
        "este",
        "leste",
        "oeste",
        "centro",
        "occidental",
        "oriental",
        "septentrional",
        "meridional",
    ];
    DIRECTIONS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// Words of an office's name that may stand before its holder's name.
fn is_office_word(w: &str) -> bool {
    matches!(
        cronica_text::fold(w).as_str(),
        "secretary"
            | "minister"
            | "president"
            | "vice"
            | "prime"
            | "senator"
            | "ambassador"
            | "chancellor"
            | "governor"
            | "mayor"
            | "spokesman"
            | "spokesperson"
            | "general"
            | "ministro"
            | "ministra"
            | "presidente"
            | "presidenta"
            | "canciller"
            | "chanceler"
            | "secretario"
            | "secretaria"
            | "senador"
            | "senadora"
            | "embajador"
            | "embaixador"
            | "gobernador"
            | "governador"
            | "alcalde"
            | "prefeito"
            | "vocero"
            | "portavoz"
    )
}

/// In a name that opens with an office ("Secretary of State Marco Rubio"), the
/// span of the holder's name: the words from the first given name to the end,
/// two or three of them.
fn holder_after_office(text: &str, span: Span) -> Option<Span> {
    let words: Vec<(usize, &str)> = span
        .text(text)
        .split_whitespace()
        .scan(span.start, |at, w| {
            let start = text[*at..span.end].find(w).map(|k| *at + k)?;
            *at = start + w.len();
            Some((start, w))
        })
        .collect();
    let office = words
        .iter()
        .take_while(|(_, w)| !cronica_ner::is_given_name(w))
        .any(|(_, w)| is_office_word(w));
    let k = words
        .iter()
        .position(|(_, w)| cronica_ner::is_given_name(w))
        .filter(|&k| k >= 1)?;
    let tail = words.len() - k;
    (office && (2..=3).contains(&tail)).then(|| Span::new(words[k].0, span.end))
}

/// A statement's verb written in capitals for emphasis ("EXIGE", "DENUNCIA",
/// "CONDEMNS").
fn is_statement_verb_in_capitals(w: &str) -> bool {
    w.len() >= 5
        && w.chars().all(|c| !c.is_lowercase())
        && matches!(
            cronica_text::fold(w).as_str(),
            "exige"
                | "exigen"
                | "exigimos"
                | "denuncia"
                | "denuncian"
                | "denunciamos"
                | "condena"
                | "condenamos"
                | "rechaza"
                | "rechazamos"
                | "repudia"
                | "repudiamos"
                | "convoca"
                | "convocamos"
                | "demands"
                | "condemns"
                | "rejects"
                | "denounces"
                | "calls"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use cronica_text::RuleSentenceSplitter;
    use cronica_types::stage::SentenceSplitter;

    fn entity(text: &str, name: &str, label: EntityLabel) -> Entity {
        let start = text.find(name).unwrap();
        let span = Span::new(start, start + name.len());
        Entity {
            span,
            label,
            text: name.to_string(),
            canonical: None,
            country: None,
            source: "tagger".into(),
        }
    }

    fn cleaned(text: &str, found: &[(&str, EntityLabel)]) -> Vec<(String, EntityLabel)> {
        let sents = RuleSentenceSplitter.split(text, Span::new(0, text.len()), Lang::En, 0);
        let mut es: Vec<Entity> = found.iter().map(|(n, l)| entity(text, n, *l)).collect();
        clean(text, &sents, Lang::En, &[], &mut es);
        es.into_iter().map(|e| (e.text, e.label)).collect()
    }

    #[test]
    fn capitalised_first_words_are_not_names() {
        let text = "We will march. Donate now, because we donate to the march. The Bolivarian \
                    Revolution goes on.";
        let got = cleaned(
            text,
            &[
                ("We", EntityLabel::Org),
                ("Donate", EntityLabel::Org),
                ("The Bolivarian Revolution", EntityLabel::Org),
            ],
        );
        assert_eq!(
            got,
            vec![("Bolivarian Revolution".into(), EntityLabel::Org)]
        );
    }

    #[test]
    fn a_title_in_apposition_makes_a_person() {
        let text = "Police arrested Leonidas Iza, the president of CONAIE, and the Andean \
                    Council, the federation of Quito.";
        let got = cleaned(
            text,
            &[
                ("Leonidas Iza", EntityLabel::Org),
                ("Andean Council", EntityLabel::Org),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Leonidas Iza".into(), EntityLabel::Per),
                ("Andean Council".into(), EntityLabel::Org),
            ]
        );
    }

    #[test]
    fn a_name_does_not_begin_with_a_connecting_word() {
        let text = "The meeting was called by the Minister of Labour and by Prime Minister \
                    Mustafa al-Kadhimi of Iraq.";
        let got = cleaned(
            text,
            &[
                ("of Labour", EntityLabel::Per),
                ("al-Kadhimi", EntityLabel::Per),
                ("of Iraq", EntityLabel::Loc),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Labour".into(), EntityLabel::Per),
                ("al-Kadhimi".into(), EntityLabel::Per),
                ("Iraq".into(), EntityLabel::Loc),
            ]
        );
    }
}
