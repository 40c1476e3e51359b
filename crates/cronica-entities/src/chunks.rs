//! Proper-noun chunks: runs of capitalised words, classified by their head.

use cronica_text::fold;
use cronica_types::{Entity, EntityLabel, Lang, Sentence, TokenKind};

/// Lower-case connectors allowed inside a name ("Bank of England",
/// "Defensoría del Pueblo", "Movimento dos Trabalhadores").
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "la", "las", "los", "da", "do", "das", "dos", "y", "e", "and", "for", "el",
];

/// Capitalised words that start sentences or headings but name nothing.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "as",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "our",
    "his",
    "her",
    "their",
    "there",
    "here",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "for",
    "from",
    "to",
    "with",
    "by",
    "of",
    "under",
    "over",
    "during",
    "following",
    "meanwhile",
    "however",
    "also",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    // the wires' short forms ("DHAKA, Aug 5 —")
    "jan",
    "feb",
    "apr",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "en",
    "con",
    "por",
    "para",
    "sin",
    "sobre",
    "entre",
    "desde",
    "tras",
    "según",
    "segun",
    "ante",
    "pero",
    "y",
    "o",
    "que",
    "como",
    "cuando",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "o",
    "os",
    "as",
    "um",
    "uma",
    "em",
    "no",
    "na",
    "nos",
    "nas",
    "com",
    "pelo",
    "pela",
    "segundo",
    "mas",
    "e",
    "ao",
    "aos",
    "este",
    "esta",
    "isso",
    "isto",
    "ele",
    "ela",
    "eles",
    "elas",
    "ayer",
    "hoy",
    "ontem",
    "hoje",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "we",
    "you",
    "i",
    "all",
    "some",
    "many",
    "most",
    "no",
    "not",
    "what",
    "who",
    "which",
    "why",
    "how",
    "one",
    "two",
    "against",
    "join",
    "come",
    "read",
    "click",
    "share",
    "more",
    "new",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sr",
    "sra",
    "dra",
];

/// Titles: they do not start a name ("President Joe Biden" is "Joe Biden") but
/// may sit inside one ("Confederación General de Trabajadores").
/// A word (folded) that opens a place's name ("Nova Holanda", "Nueva Italia",
/// "Villa El Salvador"), whatever country or person the rest recalls.
pub(crate) fn is_place_prefix(folded: &str) -> bool {
    matches!(
        folded,
        "nova" | "novo" | "nueva" | "nuevo" | "new" | "vila" | "villa"
    )
}

/// The state named by a word for it ("o Presidente da República", "que el Estado
/// responda"): an institution, not a person's name.
fn is_state_word(w: &str) -> bool {
    matches!(
        fold(w).as_str(),
        "republica" | "republic" | "estado" | "state" | "nacion" | "nacao" | "nation"
    )
}

/// Plural words for people that a people's name may qualify ("Aymara farmers",
/// "Mapuche communities").
const PEOPLE_NOUNS: &[&str] = &[
    "farmers",
    "workers",
    "people",
    "communities",
    "villagers",
    "families",
    "prisoners",
    "protesters",
    "students",
    "women",
    "leaders",
    "youths",
    "peasants",
    "herders",
];

/// Words that head the name of an event ("Massacre de Caarapó", "Battle of Mosul").
const EVENT_HEADS: &[&str] = &[
    "massacre",
    "masacre",
    "matanza",
    "chacina",
    "battle",
    "batalla",
    "batalha",
    "siege",
    "sitio",
    "cerco",
    "war",
    "guerra",
    "uprising",
    "levantamiento",
    "levante",
    "revolution",
    "revolucion",
    "revolucao",
    "revolta",
    "revuelta",
    "coup",
    "golpe",
    "marcha",
    "march",
    "bombing",
    "atentado",
    "estallido",
];

const TITLES: &[&str] = &[
    "president",
    "presidente",
    "minister",
    "ministro",
    "ministra",
    "senator",
    "senador",
    "general",
    "secretary",
    "secretario",
    "secretário",
    "governor",
    "gobernador",
    "governador",
    "mayor",
    "alcalde",
    "prefeito",
    "deputy",
    "diputado",
    "deputado",
];

/// Head words that make a chunk an organisation, in any of the three languages (folded).
const ORG_HEADS: &[&str] = &[
    "coalition",
    "party",
    "assembly",
    "congress",
    "government",
    "international",
    "council",
    "court",
    "ministry",
    "office",
    "army",
    "forces",
    "force",
    "police",
    "union",
    "unions",
    "movement",
    "campaign",
    "bank",
    "organisation",
    "organization",
    "agency",
    "front",
    "committee",
    "commission",
    "senate",
    "parliament",
    "guard",
    "department",
    "administration",
    "cabinet",
    "federation",
    "confederation",
    "association",
    "institute",
    "university",
    "company",
    "corporation",
    "group",
    "network",
    "alliance",
    "league",
    "tribunal",
    "house",
    "navy",
    "command",
    "service",
    "services",
    "authority",
    "church",
    "foundation",
    "nations",
    "states of america",
    "partido",
    "corriente",
    "corrente",
    "frente",
    "movimiento",
    "gobierno",
    "ejercito",
    "policia",
    "asamblea",
    "corte",
    "ministerio",
    "defensoria",
    "fiscalia",
    "congreso",
    "senado",
    "consejo",
    "comision",
    "sindicato",
    "central",
    "confederacion",
    "federacion",
    "fuerzas",
    "guardia",
    "armada",
    "universidad",
    "empresa",
    "coordinadora",
    "colectivo",
    "organizacion",
    "exercito",
    "governo",
    "assembleia",
    "camara",
    "supremo",
    "movimento",
    "sindicatos",
    "federacao",
    "confederacao",
    "organizacao",
    "ministerio",
    "procuradoria",
    "defensoria",
    "policia",
    "marinha",
    "planalto",
    "itamaraty",
    "stf",
    "pt",
    "red",
    "rede",
    "observatory",
    "observatorio",
    "comite",
    "coalicion",
    "coalizao",
    "alianza",
    "alianca",
    "asociacion",
    "associacao",
    "fundacion",
    "fundacao",
    "instituto",
    "liga",
    "plataforma",
    "conselho",
    "comissao",
    "uniao",
    "secretaria",
    "ordem",
    "orden",
    "colegio",
    "society",
    "articulacao",
    "articulacion",
    "comunidade",
    "comunidad",
    "community",
    "escritorio",
    "oficina",
    "comissariado",
    "comisionado",
    "conferencia",
    "conference",
    "naciones",
    "nacoes",
    "servico",
    "servicio",
    "direccion",
    "direcao",
    "directorate",
    // "Kono Land and Rights Forum", "Matabeleland Human Rights Defenders Trust"
    "forum",
    "foro",
    "trust",
    "collective",
];

/// Whether `word` is a title or office written before a name ("President", "Minister").
pub(crate) fn is_title(word: &str) -> bool {
    TITLES.contains(&fold(word).as_str())
}

pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(&fold(word).as_str())
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-' || c.is_ascii_digit())
}

/// Proper-noun chunks of one sentence as entities (source `rules`).
pub fn chunk_entities(text: &str, sentence: &Sentence, _lang: Lang) -> Vec<Entity> {
    let toks = &sentence.tokens;
    let mut out = Vec::new();
    // a line in capitals ("END THE STATE OF EMERGENCY NOW!") shows no names by its
    // case; the trained tagger reads it in running-text case
    let (words, upper) = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span.text(text))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .fold((0usize, 0usize), |(n, u), w| {
            (n + 1, u + usize::from(!w.chars().any(char::is_lowercase)))
        });
    if words >= 3 && upper * 10 >= words * 7 {
        return out;
    }
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let w = t.span.text(text);
        // compared as written (lower case, accents kept): "Março" is a month, "Marco" a name
        let lower = w.to_lowercase();
        // "Indigenous-led", "Pro-government": a compound adjective, not a name
        let compound = w
            .split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase));
        // "ecosocialist.scot", "change.org": a body named by its web address
        if t.kind == TokenKind::Word
            && w.contains('.')
            && w.starts_with(char::is_lowercase)
            && w.split('.').all(|p| p.len() >= 2)
        {
            out.push(Entity {
                span: t.span,
                label: EntityLabel::Org,
                text: w.to_string(),
                canonical: None,
                country: None,
                source: "rules".into(),
            });
            i += 1;
            continue;
        }
        // ("CONVOCAMOS a todas las organizaciones": a verb of the first person
        // plural in capitals for emphasis)
        let first_person = cronica_text::is_first_person_plural_verb(&lower);
        if t.kind != TokenKind::Word
            || compound
            || first_person
            || !is_capitalised(w)
            || NOT_NAMES.contains(&lower.as_str())
            || TITLES.contains(&fold(w).as_str())
        {
            i += 1;
            continue;
        }
        // extend over capitalised words and inner connectors
        let start = i;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < toks.len() {
            let tj = &toks[j];
            let wj = tj.span.text(text);
            if tj.kind == TokenKind::Word
                && is_capitalised(wj)
                && !NOT_NAMES.contains(&wj.to_lowercase().as_str())
            {
                end = j + 1;
                j += 1;
                continue;
            }
            // "Red de Solidaridad con Nicaragua": "with" joins only an
            // organisation's name
            let with_org = matches!(wj, "con" | "com" | "with")
                && toks[start..end]
                    .first()
                    .is_some_and(|t| is_org_head(t.span.text(text)));
            // "National Commission on Human Rights", "Council on Foreign Relations":
            // "on" after a body's head word joins what it deals with
            let on_org = matches!(wj, "on" | "sobre")
                && toks
                    .get(end - 1)
                    .is_some_and(|t| is_org_head(t.span.text(text)));
            // "Ministry of Labour, Industrial Relations and Employment Creation": a
            // ministry's list of portfolios is one name
            let portfolio_list = wj == ","
                && matches!(
                    fold(toks[start].span.text(text)).as_str(),
                    "ministry" | "ministerio" | "department" | "secretaria" | "secretariat"
                )
                && toks[start..end]
                    .iter()
                    .any(|t| matches!(t.span.text(text), "of" | "de" | "da" | "do" | "del"))
                && {
                    // capitalised words and connectors up to a last "and" and its name
                    let run: Vec<&str> = toks[j + 1..]
                        .iter()
                        .take_while(|t| {
                            let w = t.span.text(text);
                            t.kind == TokenKind::Word
                                && (is_capitalised(w) && !is_acronym(w) || CONNECTORS.contains(&w))
                        })
                        .map(|t| t.span.text(text))
                        .collect();
                    run.len() <= 8
                        && run
                            .windows(2)
                            .any(|p| matches!(p[0], "and" | "y" | "e") && is_capitalised(p[1]))
                };
            let is_conn = tj.kind == TokenKind::Word
                && (CONNECTORS.contains(&wj) || with_org || on_org)
                || portfolio_list;
            let next_cap = toks
                .get(j + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && is_capitalised(n.span.text(text)));
            if is_conn && next_cap && j + 1 < toks.len() {
                j += 1;
                continue;
            }
            break;
        }
        // "the Law Society of Kenya and Amnesty International Kenya": two bodies
        // joined by "and", each named by its own head word, are two names
        let joined = (start + 1..end).find(|&m| {
            let w = toks[m].span.text(text);
            matches!(w, "and" | "y" | "e")
                && toks[start..m]
                    .iter()
                    .any(|t| is_org_head(t.span.text(text)))
                && toks[m + 1..end]
                    .iter()
                    .any(|t| is_org_head(t.span.text(text)))
        });
        // "o comando provincial de Luanda da Polícia Nacional": a place before "of"
        // and a body's name is the place, and the body is named after it
        // (one word before: "Unidad Nacional de Diálogo y Mantenimiento del Orden"
        // is one name)
        let of_body = (start + 1..end.saturating_sub(1).min(start + 2)).find(|&m| {
            matches!(toks[m].span.text(text), "de" | "da" | "do" | "del" | "of")
                && is_org_head(toks[m + 1].span.text(text))
                && !toks[start..m]
                    .iter()
                    .any(|t| is_org_head(t.span.text(text)) || is_title(t.span.text(text)))
                && !EVENT_HEADS.contains(&fold(toks[start].span.text(text)).as_str())
        });
        let joined = joined.or(of_body);
        let end = match joined {
            Some(m) => {
                i = m + 1;
                m
            }
            None => {
                i = end;
                end
            }
        };
        let words: Vec<&str> = toks[start..end].iter().map(|t| t.span.text(text)).collect();
        let span = toks[start].span.cover(toks[end - 1].span);
        let sentence_initial = start == 0
            || toks[start - 1].kind == TokenKind::Punct
                && matches!(
                    toks[start - 1].span.text(text),
                    // (after a dateline: "SALVADOR — Subiu para nove ...")
                    "•" | "-" | "*" | "“" | "\"" | "—" | "–"
                );
        let label = if words.iter().any(|w| is_org_head(w))
            || words.len() == 1 && (is_acronym(words[0]) || is_state_word(words[0]))
        {
            Some(EntityLabel::Org)
        } else if words.len() == 1
            && toks.get(end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && PEOPLE_NOUNS.contains(&fold(t.span.text(text)).as_str())
            })
        {
            // "Aymara farmers": a people's name before a word for its people
            // qualifies them, as a demonym does
            Some(EntityLabel::Norp)
        } else if words.len() > 1 && is_place_prefix(&fold(words[0])) {
            // "Nova Holanda", "Villa El Salvador": a place, whatever country or
            // person its name recalls
            Some(EntityLabel::Loc)
        } else if words.len() > 1 && EVENT_HEADS.contains(&fold(words[0]).as_str()) {
            // "Massacre de Caarapó", "Battle of Mosul": a named event, not a
            // person whose surname is the town
            Some(EntityLabel::Misc)
        } else if words.len() > 1
            && words.last().is_some_and(|w| {
                matches!(
                    fold(w).as_str(),
                    "region"
                        | "province"
                        | "district"
                        | "department"
                        | "county"
                        | "governorate"
                        | "oblast"
                        | "prefecture"
                        | "division"
                        | "township"
                        | "municipality"
                )
            })
        {
            // "Sagaing Region", "Kandahar Province": a place and its kind, for
            // the gazetteer to read
            None
        } else if sentence_initial && words.len() == 1 {
            // A lone capitalised first word is usually an ordinary word.
            None
        } else if words.len() <= 4 {
            Some(EntityLabel::Per)
        } else {
            Some(EntityLabel::Misc)
        };
        if let Some(label) = label {
            out.push(Entity {
                span,
                label,
                text: span.text(text).to_string(),
                canonical: None,
                country: None,
                source: "rules".into(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use cronica_text::RuleSentenceSplitter;
    use cronica_types::stage::SentenceSplitter;
    use cronica_types::Span;

    fn chunks(s: &str) -> Vec<(String, EntityLabel)> {
        let sents = RuleSentenceSplitter.split(s, Span::new(0, s.len()), Lang::En, 0);
        sents
            .iter()
            .flat_map(|x| chunk_entities(s, x, Lang::En))
            .map(|e| (e.text, e.label))
            .collect()
    }

    #[test]
    fn a_ministrys_portfolios_are_one_name() {
        let got = chunks(
            "The Ministry of Labour, Industrial Relations and Employment Creation met the unions.",
        );
        assert!(
            got.contains(&(
                "Ministry of Labour, Industrial Relations and Employment Creation".to_string(),
                EntityLabel::Org
            )),
            "{got:?}"
        );
        // a list of bodies stays a list
        let got = chunks("The Ministry of Health, UNICEF and WHO sent teams.");
        assert!(
            got.contains(&("Ministry of Health".to_string(), EntityLabel::Org)),
            "{got:?}"
        );
    }

    #[test]
    fn a_line_in_capitals_has_no_names_by_case() {
        assert!(chunks("END THE STATE OF EMERGENCY NOW!").is_empty());
        assert_eq!(
            chunks("The CGT called a strike."),
            vec![("CGT".to_string(), EntityLabel::Org)]
        );
    }

    #[test]
    fn a_named_event_is_no_person() {
        let got = chunks("It happened near the site of the Massacre de Caarapó in 2016.");
        assert_eq!(
            got,
            vec![("Massacre de Caarapó".to_string(), EntityLabel::Misc)]
        );
    }

    #[test]
    fn names_and_organisations() {
        let got = chunks("The Fourth International condemns Nicolás Maduro and the Bank of England. CONAIE called a strike.");
        assert_eq!(
            got,
            [
                ("Fourth International".to_string(), EntityLabel::Org),
                ("Nicolás Maduro".to_string(), EntityLabel::Per),
                ("Bank of England".to_string(), EntityLabel::Org),
                ("CONAIE".to_string(), EntityLabel::Org),
            ]
        );
        // a body named by its web address
        assert_eq!(
            chunks("ecosocialist.scot is holding a meeting."),
            vec![("ecosocialist.scot".to_string(), EntityLabel::Org)]
        );
        // two bodies joined by "and" are two names; a body's own "and" is not
        let got = chunks("The Law Society of Kenya and Amnesty International Kenya met the Ministry of Justice and Human Rights.");
        assert_eq!(
            got,
            [
                ("Law Society of Kenya".to_string(), EntityLabel::Org),
                ("Amnesty International Kenya".to_string(), EntityLabel::Org),
                (
                    "Ministry of Justice and Human Rights".to_string(),
                    EntityLabel::Org
                ),
            ]
        );
    }

    #[test]
    fn spanish_bodies_are_organisations() {
        let s = "Según la Defensoría del Pueblo, el Gobierno de Dina Boluarte reprimió.";
        let sents = RuleSentenceSplitter.split(s, Span::new(0, s.len()), Lang::Es, 0);
        let got: Vec<_> = chunk_entities(s, &sents[0], Lang::Es)
            .into_iter()
            .map(|e| (e.text, e.label))
            .collect();
        assert_eq!(
            got[0],
            ("Defensoría del Pueblo".to_string(), EntityLabel::Org)
        );
        assert_eq!(
            got[1],
            ("Gobierno de Dina Boluarte".to_string(), EntityLabel::Org)
        );
    }
}
