//! Small hand-written word lists the statistical model cannot learn from its training data.
//!
//! WikiANN has no MISC class, so English demonyms ("German", "Venezuelan") are marked MISC
//! in the training sentences to teach the class from context and suffix. And Wikipedia
//! titles rarely name a government body by a bare common noun, so "el Gobierno", "the
//! Congress" or "o Planalto" acting as agents are labelled ORG after tagging.

use std::collections::HashSet;
use std::sync::OnceLock;

use cronica_types::Lang;

use crate::data::GoldSentence;
use crate::label::{Class, Label};

/// English demonyms and nationality adjectives, capitalised as in running text.
const DEMONYMS_EN: &[&str] = &[
    "Afghan",
    "African",
    "Albanian",
    "Algerian",
    "American",
    "Americans",
    "Angolan",
    "Arab",
    "Arabic",
    "Argentine",
    "Argentinian",
    "Armenian",
    "Asian",
    "Australian",
    "Austrian",
    "Azerbaijani",
    "Bahraini",
    "Bangladeshi",
    "Belarusian",
    "Belgian",
    "Bolivian",
    "Bosnian",
    "Brazilian",
    "British",
    "Bulgarian",
    "Burmese",
    "Cambodian",
    "Cameroonian",
    "Canadian",
    "Caribbean",
    "Catalan",
    "Chadian",
    "Chilean",
    "Chinese",
    "Colombian",
    "Congolese",
    "Croatian",
    "Cuban",
    "Cypriot",
    "Czech",
    "Danish",
    "Dominican",
    "Dutch",
    "Ecuadorian",
    "Egyptian",
    "English",
    "Eritrean",
    "Estonian",
    "Ethiopian",
    "European",
    "Europeans",
    "Filipino",
    "Finnish",
    "French",
    "Georgian",
    "German",
    "Germans",
    "Ghanaian",
    "Greek",
    "Guatemalan",
    "Haitian",
    "Honduran",
    "Hungarian",
    "Icelandic",
    "Indian",
    "Indonesian",
    "Iranian",
    "Iraqi",
    "Irish",
    "Israeli",
    "Israelis",
    "Italian",
    "Ivorian",
    "Jamaican",
    "Japanese",
    "Jewish",
    "Jordanian",
    "Kazakh",
    "Kenyan",
    "Korean",
    "Kosovar",
    "Kurdish",
    "Kuwaiti",
    "Latin",
    "Latvian",
    "Lebanese",
    "Liberian",
    "Libyan",
    "Lithuanian",
    "Macedonian",
    "Malaysian",
    "Malian",
    "Maltese",
    "Mexican",
    "Mexicans",
    "Moldovan",
    "Mongolian",
    "Moroccan",
    "Mozambican",
    "Muslim",
    "Muslims",
    "Namibian",
    "Nepalese",
    "Nicaraguan",
    "Nigerian",
    "Nigerien",
    "Norwegian",
    "Pakistani",
    "Palestinian",
    "Palestinians",
    "Panamanian",
    "Paraguayan",
    "Persian",
    "Peruvian",
    "Polish",
    "Portuguese",
    "Puerto",
    "Qatari",
    "Romanian",
    "Russian",
    "Russians",
    "Rwandan",
    "Salvadoran",
    "Saudi",
    "Scottish",
    "Senegalese",
    "Serb",
    "Serbian",
    "Singaporean",
    "Slovak",
    "Slovenian",
    "Somali",
    "South",
    "Soviet",
    "Spanish",
    "Sri",
    "Sudanese",
    "Swedish",
    "Swiss",
    "Syrian",
    "Taiwanese",
    "Tajik",
    "Tanzanian",
    "Thai",
    "Tunisian",
    "Turkish",
    "Ugandan",
    "Ukrainian",
    "Ukrainians",
    "Uruguayan",
    "Uzbek",
    "Venezuelan",
    "Venezuelans",
    "Vietnamese",
    "Welsh",
    "Western",
    "Yemeni",
    "Zambian",
    "Zimbabwean",
    "Christian",
    "Christians",
    "Catholic",
    "Protestant",
    "Sunni",
    "Shiite",
    "Shia",
    "Hispanic",
    "Latino",
    "Latinos",
    "Olympic",
    "Olympics",
    "Islamic",
    "Republican",
    "Republicans",
    "Democrat",
    "Democrats",
    "Democratic",
    "Marxist",
    "Communist",
    "Socialist",
    "Chavista",
    "Chavistas",
    "Sandinista",
];

/// More peoples and creeds, read by the rules after tagging only (the committed English
/// model was trained with the list above).
const PEOPLES_EN: &[&str] = &[
    "Moslem", "Moslems", "Hindu", "Sikh", "Buddhist", "Jew", "Jews", "Kurd", "Kurds", "Arabs",
    "Serbs", "Croat", "Croats", "Chechen", "Tamil", "Hutu", "Tutsi", "Pashtun", "Basque",
    "Flemish",
];

/// Words that are never demonyms on their own (parts of multi-word demonyms above).
const DEMONYM_NEEDS_NEXT: &[&str] = &[
    "Puerto",
    "North",
    "East",
    "West",
    "South",
    "Sri",
    "Latin",
    "Democratic",
    "Republican",
    "Western",
];

fn is_demonym(word: &str) -> bool {
    DEMONYMS_EN.contains(&word)
}

/// Marks capitalised demonyms that sit outside every entity, or form one alone, as
/// single-token MISC.
pub(crate) fn mark_demonyms(s: &mut GoldSentence) {
    for i in 0..s.tokens.len() {
        let w = s.tokens[i].as_str();
        // A lone demonym is MISC even where the silver labels call it ORG or LOC.
        let lone = matches!(s.labels[i], Label::B(_));
        if !(s.labels[i] == Label::O || lone) || DEMONYM_NEEDS_NEXT.contains(&w) || !is_demonym(w) {
            continue;
        }
        if s.labels
            .get(i + 1)
            .is_some_and(|l| matches!(l, Label::I(_)))
        {
            continue;
        }
        s.labels[i] = Label::B(Class::Misc);
    }
}

/// Labels every name that is just a country's name (or short name: "U.S.", "Britain") as
/// LOC: the silver labels often call one ORG where it stands for a team or a government.
pub(crate) fn countries_as_loc(s: &mut GoldSentence) {
    let g = cronica_geo::Gazetteer::embedded();
    for c in crate::label::chunks(&s.labels) {
        if c.class == Class::Loc || c.end - c.start > 3 {
            continue;
        }
        let text = s.tokens[c.start..c.end].join(" ");
        if g.country_by_name(&text).is_some() {
            s.labels[c.start] = Label::B(Class::Loc);
            for l in &mut s.labels[c.start + 1..c.end] {
                *l = Label::I(Class::Loc);
            }
        }
    }
}

/// Words that stand right before a person's name: titles and roles.
const PERSON_TITLES: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "President",
    "President-elect",
    "President-Elect",
    "Vice-President",
    "Senator",
    "Sen.",
    "Gov.",
    "Governor",
    "minister",
    "Minister",
    "leader",
    "spokesman",
    "spokeswoman",
    "chairman",
    "coach",
    "Judge",
    "King",
    "Queen",
    "Pope",
    "Prince",
    "presidente",
    // "el presidente electo Edmundo González", "o presidente eleito Lula"
    "electo",
    "electa",
    "eleito",
    "eleita",
    "ministro",
    "ministra",
    "señor",
    "señora",
    "don",
    "doña",
    "alcalde",
    "alcaldesa",
    "portavoz",
    "director",
    "directora",
    "secretario",
    "secretaria",
    "juez",
    "jueza",
    "rey",
    "reina",
    "papa",
    "líder",
    "diputado",
    "diputada",
    "senador",
    "senadora",
    "gobernador",
    "gobernadora",
    "entrenador",
    "jugador",
    "dirigente",
    "senhor",
    "senhora",
    "dom",
    "dona",
    "prefeito",
    "prefeita",
    "porta-voz",
    "diretor",
    "diretora",
    "secretário",
    "secretária",
    "juiz",
    "juíza",
    "rei",
    "rainha",
    "deputado",
    "deputada",
    "governador",
    "governadora",
    "técnico",
    "jogador",
];

/// Length of a title of one to three capitalised words that opens `start..end` and ends in
/// a word of [`PERSON_TITLES`], leaving at least one word of name ("President", "Prime
/// Minister", "Deputy Foreign Minister").
fn title_len(tokens: &[&str], start: usize, end: usize) -> Option<usize> {
    // "Russian Prime Minister ...": the demonym is a name of its own.
    if is_english_demonym(tokens[start]) {
        return None;
    }
    (1..=3.min(end.saturating_sub(start + 1))).find(|&k| {
        PERSON_TITLES.contains(&tokens[start + k - 1])
            && tokens[start..start + k]
                .iter()
                .all(|t| t.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Gives the PER class to every name right after a title or role ("el presidente Nicolás
/// Maduro", "coach Bobby Robson").
pub(crate) fn titled_as_person(tokens: &[&str], labels: &mut [Label]) {
    for c in crate::label::chunks(labels) {
        let mut start = c.start;
        if let Some(k) = title_len(tokens, start, c.end) {
            // "President Nicolás Maduro", "Prime Minister Viktor Chernomyrdin": the title is
            // not part of the name.
            labels[start..start + k].fill(Label::O);
            start += k;
        } else if start == 0 || !PERSON_TITLES.contains(&tokens[start - 1]) {
            continue;
        }
        labels[start] = Label::B(Class::Per);
        for l in &mut labels[start + 1..c.end] {
            *l = Label::I(Class::Per);
        }
    }
}

/// Whether `word` is one of [`PERSON_TITLES`] ("President", "leader", "ministro").
pub fn is_person_title(word: &str) -> bool {
    PERSON_TITLES.contains(&word)
}

/// Whether `word` is a given name (`data/given_names.txt`: census first names and the
/// words that open person names in the training sets), compared without case or accents.
pub fn is_given_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../data/given_names.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
    .contains(cronica_text::fold(word).as_str())
}

/// "President-elect Edmundo Gonzalez Urrutia of Venezuela": an English person's
/// name ends before "of" and what it is of ("Catherine of Aragon" is the rare
/// exception); what follows is a name of its own, a place or a body.
pub(crate) fn persons_end_before_of(lang: Lang, tokens: &[&str], labels: &mut [Label]) {
    if lang != Lang::En {
        return;
    }
    for c in crate::label::chunks(labels) {
        if c.class != Class::Per {
            continue;
        }
        // (two words of name before it, not a ruler's number: "Henry VIII of
        // England")
        let numeral = |w: &str| w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
        let Some(k) = (c.start + 2..c.end).find(|&k| tokens[k] == "of" && !numeral(tokens[k - 1]))
        else {
            continue;
        };
        labels[k] = Label::O;
        let rest = k + 1..c.end;
        if tokens
            .get(k + 1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && !rest.is_empty()
        {
            relabel(labels, rest.start, rest.end, Class::Loc);
        } else {
            labels[rest].fill(Label::O);
        }
    }
}

/// Gives the PER class to a name of two to four capitalised words that opens with a given
/// name ("Donald Trump", "Pedro Castillo"), unless one of its words is an institution
/// ("Luis Congreso") or its last word an ordinary word (`common`: "John Hopkins
/// University", "Paul Street").
pub(crate) fn given_names_as_person(
    lang: Lang,
    tokens: &[&str],
    labels: &mut [Label],
    common: impl Fn(&str) -> bool,
) {
    for c in crate::label::chunks(labels) {
        let words = &tokens[c.start..c.end];
        if c.class == Class::Per
            || !(2..=4).contains(&words.len())
            || is_function_word(words[0])
            || !is_given_name(words[0])
            || !words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            || words.iter().any(|w| institutions(lang).contains(w))
            || words.last().is_some_and(|w| common(w))
        {
            continue;
        }
        relabel(labels, c.start, c.end, Class::Per);
    }
    // "President-elect Edmundo Gonzalez Urrutia": a name the tagger left out
    // whole, two to four capitalised words from a given name on
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut k = 0;
    while k < tokens.len() {
        let start = k;
        let mut end = k;
        while end < tokens.len() && labels[end] == Label::O && capital(tokens[end]) {
            end += 1;
        }
        let words = &tokens[start..end];
        let named = (2..=4).contains(&words.len())
            && !is_function_word(words[0])
            && is_given_name(words[0])
            && !words.iter().any(|w| institutions(lang).contains(w))
            && !words.last().is_some_and(|w| common(w))
            && !tokens.get(end).is_some_and(|w| capital(w));
        if named {
            relabel(labels, start, end, Class::Per);
        }
        k = end.max(k + 1);
    }
}

/// Capitalised words that name a government body or institution acting as an agent.
fn institutions(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "Congress",
            "Senate",
            "Pentagon",
            "Kremlin",
            "Parliament",
            "Treasury",
            "Politburo",
            "Knesset",
            "Duma",
            "Bundestag",
        ],
        Lang::Es => &[
            "Gobierno",
            "Congreso",
            "Senado",
            "Parlamento",
            "Ejecutivo",
            "Ejército",
            "Policía",
            "Fiscalía",
            "Gabinete",
            "Kremlin",
            "Pentágono",
            "Moncloa",
            "Cancillería",
            "Asamblea",
            "Legislativo",
            "Judicial",
            "Armada",
            "Generalitat",
            "Tribunal",
            "Supremo",
            "Constitucional",
            "Ministerio",
            "Xunta",
        ],
        Lang::Pt => &[
            "Governo",
            "Congresso",
            "Senado",
            "Planalto",
            "Itamaraty",
            "Parlamento",
            "Executivo",
            "Exército",
            "Câmara",
            "Kremlin",
            "Pentágono",
            "Legislativo",
            "Judiciário",
            "Supremo",
            "STF",
            "STJ",
            "Ministério",
            "Assembleia",
            "Polícia",
            "Procuradoria",
        ],
        Lang::Other => &[],
    }
}

/// Words that head an organisation's name and take a complement ("Observatory for
/// Human Rights", "Comisión de Derechos Humanos", "Conselho de Segurança").
const ORG_HEADS: &[&str] = &[
    "Observatory",
    "Office",
    "Center",
    "Centre",
    "Committee",
    "Council",
    "Commission",
    "Institute",
    "Foundation",
    "Coalition",
    "Alliance",
    "Network",
    "League",
    "Movement",
    "Front",
    "Federation",
    "Confederation",
    "Association",
    "Union",
    "Agency",
    "Ministry",
    "Department",
    "Bureau",
    "Secretariat",
    "Court",
    "Tribunal",
    "Campaign",
    "Board",
    "Observatorio",
    "Oficina",
    "Centro",
    "Comité",
    "Comisión",
    "Consejo",
    "Instituto",
    "Fundación",
    "Coalición",
    "Alianza",
    "Red",
    "Liga",
    "Movimiento",
    "Frente",
    "Federación",
    "Confederación",
    "Asociación",
    "Unión",
    "Agencia",
    "Ministerio",
    "Departamento",
    "Secretaría",
    "Corte",
    "Tribunal",
    "Defensoría",
    "Coordinadora",
    "Observatório",
    "Escritório",
    "Comitê",
    "Comissão",
    "Conselho",
    "Fundação",
    "Coalizão",
    "Aliança",
    "Rede",
    "Movimento",
    "Federação",
    "Confederação",
    "Associação",
    "União",
    "Agência",
    "Ministério",
    "Secretaria",
    "Defensoria",
];

/// Connectors between an organisation's head and its complement.
fn org_connector(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::En => matches!(w, "for" | "of" | "on"),
        Lang::Es => matches!(w, "de" | "del" | "para" | "por"),
        Lang::Pt => matches!(
            w,
            "de" | "do" | "da" | "dos" | "das" | "para" | "pelo" | "pela"
        ),
        Lang::Other => false,
    }
}

/// "the Syrian Observatory for Human Rights", tagged as "Syrian" and "Observatory"
/// and "Human Rights": an organisation whose name ends in a head word takes the
/// capitalised complement after it, and a demonym right before it.
pub(crate) fn org_names_joined(lang: Lang, tokens: &[&str], labels: &mut [Label]) {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut i = 0;
    while i < tokens.len() {
        if labels[i] != Label::B(Class::Org) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() && labels[end] == Label::I(Class::Org) {
            end += 1;
        }
        let headed = ORG_HEADS.contains(&tokens[end - 1]);
        // "Red de Solidaridad con Nicaragua", "Campaign for Peace with Cuba": a
        // name that opens with its head takes a country or people after "with"
        let opens_headed = ORG_HEADS.contains(&tokens[i]) && end - i > 1;
        if opens_headed
            && end + 1 < tokens.len()
            && matches!(tokens[end], "con" | "with" | "com")
            && capital(tokens[end + 1])
            && !matches!(labels[end + 1], Label::B(Class::Per))
        {
            let mut k = end + 1;
            while k < tokens.len()
                && capital(tokens[k])
                && !matches!(labels[k], Label::B(Class::Per))
                || k == end + 1
            {
                k += 1;
            }
            for l in labels.iter_mut().take(k).skip(end) {
                *l = Label::I(Class::Org);
            }
            end = k;
        }
        // "for Human Rights", "de Derechos Humanos": the capitalised words after
        // the connector, and connectors between them
        if headed && end + 1 < tokens.len() && org_connector(lang, tokens[end]) {
            let mut k = end + 1;
            let mut last = None;
            while k < tokens.len() {
                if capital(tokens[k])
                    && !matches!(labels[k], Label::B(Class::Per) | Label::I(Class::Per))
                {
                    last = Some(k);
                    k += 1;
                } else if org_connector(lang, tokens[k]) || matches!(tokens[k], "and" | "y" | "e") {
                    k += 1;
                } else {
                    break;
                }
            }
            if let Some(last) = last {
                for l in labels.iter_mut().take(last + 1).skip(end) {
                    *l = Label::I(Class::Org);
                }
                end = last + 1;
            }
        }
        // "Syrian Observatory": a one-word demonym before a headed name opens it
        if headed && i > 0 && labels[i - 1] == Label::B(Class::Misc) && capital(tokens[i - 1]) {
            labels[i - 1] = Label::B(Class::Org);
            labels[i] = Label::I(Class::Org);
        }
        i = end;
    }
}

/// Labels capitalised institution words as ORG: an untagged one becomes a one-token ORG,
/// and a one-token name of any class made of one becomes ORG. Entities the model found around them are
/// kept.
pub(crate) fn institutions_as_org(lang: Lang, tokens: &[&str], labels: &mut [Label]) {
    let words = institutions(lang);
    for i in 0..tokens.len() {
        if !words.contains(&tokens[i]) {
            continue;
        }
        let next_inside = labels.get(i + 1).is_some_and(|l| matches!(l, Label::I(_)));
        let joins =
            i > 0 && labels[i - 1].class() == Some(Class::Org) && words.contains(&tokens[i - 1]);
        match labels[i] {
            Label::O if joins => labels[i] = Label::I(Class::Org),
            Label::O => labels[i] = Label::B(Class::Org),
            Label::B(_) if !next_inside => labels[i] = Label::B(Class::Org),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_become_misc_outside_entities() {
        let mut s = GoldSentence {
            tokens: [
                "The", "German", "team", "met", "South", "African", "fans", "in", "Spanish", "Town",
            ]
            .map(String::from)
            .to_vec(),
            labels: vec![Label::O; 10],
            doc_start: true,
        };
        s.labels[8] = Label::B(Class::Loc);
        s.labels[9] = Label::I(Class::Loc);
        mark_demonyms(&mut s);
        let got: Vec<String> = s.labels.iter().map(Label::to_string).collect();
        assert_eq!(
            got,
            vec!["O", "B-MISC", "O", "O", "O", "B-MISC", "O", "O", "B-LOC", "I-LOC"]
        );
    }

    #[test]
    fn lone_countries_become_loc() {
        let mut s = GoldSentence {
            tokens: ["Spain", "beat", "U.S.", "and", "Real", "Madrid"]
                .map(String::from)
                .to_vec(),
            labels: vec![Label::O; 6],
            doc_start: true,
        };
        s.labels[0] = Label::B(Class::Org);
        s.labels[2] = Label::B(Class::Org);
        s.labels[4] = Label::B(Class::Org);
        s.labels[5] = Label::I(Class::Org);
        countries_as_loc(&mut s);
        assert_eq!(s.labels[0], Label::B(Class::Loc));
        assert_eq!(s.labels[2], Label::B(Class::Loc));
        assert_eq!(s.labels[4], Label::B(Class::Org));
        assert_eq!(s.labels[5], Label::I(Class::Org));
    }

    #[test]
    fn names_after_titles_are_people() {
        let toks = [
            "President",
            "Nicolás",
            "Maduro",
            "y",
            "el",
            "presidente",
            "Lula",
        ];
        let mut labels = vec![
            Label::B(Class::Org),
            Label::I(Class::Org),
            Label::I(Class::Org),
            Label::O,
            Label::O,
            Label::O,
            Label::B(Class::Loc),
        ];
        titled_as_person(&toks, &mut labels);
        assert_eq!(labels[0], Label::O);
        assert_eq!(labels[1], Label::B(Class::Per));
        assert_eq!(labels[2], Label::I(Class::Per));
        assert_eq!(labels[6], Label::B(Class::Per));
    }

    #[test]
    fn bare_government_is_org() {
        let toks = [
            "El", "Gobierno", "de", "Colombia", "y", "el", "Tribunal", "Supremo",
        ];
        let mut labels = vec![Label::O; 8];
        labels[3] = Label::B(Class::Loc);
        institutions_as_org(Lang::Es, &toks, &mut labels);
        assert_eq!(labels[1], Label::B(Class::Org));
        assert_eq!(labels[3], Label::B(Class::Loc));
        assert_eq!(labels[6], Label::B(Class::Org));
        assert_eq!(labels[7], Label::I(Class::Org));
    }
}

/// Lower-case words that may sit inside a name ("Universidad de Chile", "Bank of England").
const CONNECTORS: &[&str] = &[
    "de", "del", "da", "do", "das", "dos", "di", "du", "des", "la", "las", "los", "le", "el", "y",
    "e", "i", "of", "the", "and", "von", "van", "der", "den", "al", "bin", "ibn", "et", "und",
    "dei", "della",
];

/// Punctuation that may sit inside a name ("AT&T", "Coca-Cola", "O'Brien", "U.S.").
const INNER_PUNCT: &[&str] = &["&", "-", "'", ".", "/", "’"];

/// Capitalised words that never open a name: the English pronoun, and the names of
/// weekdays and months (capitalised in English, and at the start of a Spanish or
/// Portuguese sentence). They may still sit inside one ("World War I", "Domingo Cavallo"
/// opens with a capitalised name the tagger sees as a whole).
const NEVER_OPEN: &[&str] = &[
    "I",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Lunes",
    "Martes",
    "Miércoles",
    "Jueves",
    "Viernes",
    "Sábado",
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Setiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
    "Segunda-feira",
    "Terça-feira",
    "Quarta-feira",
    "Quinta-feira",
    "Sexta-feira",
    "Janeiro",
    "Fevereiro",
    "Março",
    "Maio",
    "Junho",
    "Julho",
    "Setembro",
    "Outubro",
    "Novembro",
    "Dezembro",
];

/// Capitalised function words of the three languages: articles, pronouns, conjunctions
/// and prepositions. At the start of a sentence they are capitalised by position only.
const FUNCTION_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "We",
    "They",
    "He",
    "She",
    "It",
    "You",
    "But",
    "And",
    "Or",
    "If",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "By",
    "As",
    "Our",
    "His",
    "Her",
    "Their",
    "Its",
    "My",
    "There",
    "When",
    "While",
    "After",
    "Before",
    "Some",
    "All",
    "No",
    "Not",
    "What",
    "Who",
    "El",
    "La",
    "Los",
    "Las",
    "Un",
    "Una",
    "Unos",
    "Unas",
    "Este",
    "Esta",
    "Estos",
    "Estas",
    "Ese",
    "Esa",
    "Él",
    "Ella",
    "Ellos",
    "Nosotros",
    // "Nuestros observadores vieron ...", "Nossos advogados" (not "Nuestra Señora")
    "Nuestro",
    "Nuestros",
    "Nuestras",
    "Pero",
    "Y",
    "Si",
    "En",
    "Con",
    "Por",
    "Para",
    "Desde",
    "Sin",
    "Según",
    "Su",
    "Sus",
    "Lo",
    "Al",
    "Del",
    "Cuando",
    "Mientras",
    "Tras",
    "Ante",
    "Sobre",
    "Que",
    "Quien",
    "Ya",
    "También",
    "O",
    "Os",
    "Um",
    "Uma",
    "Esse",
    "Essa",
    "Ele",
    "Eles",
    "Nós",
    "Nosso",
    "Nossos",
    "Nossas",
    "Mas",
    "E",
    "Ou",
    "Se",
    "Em",
    "Na",
    "Nos",
    "Nas",
    "Do",
    "Da",
    "Dos",
    "Das",
    "Com",
    "Pelo",
    "Pela",
    "Sem",
    "Segundo",
    "Seu",
    "Sua",
    "Quando",
    "Após",
    "Não",
    "Já",
    "Também",
    "Is",
    "Was",
    "Were",
    "Are",
    "More",
    "Most",
    "Many",
    "Each",
    "Every",
    "Other",
    "Another",
    "Yesterday",
    "Today",
    "Now",
    "Then",
    "How",
    "Why",
    "Where",
    "Here",
    "Also",
    "Only",
    "Even",
    "Between",
    "Until",
    "During",
    "Against",
    "Under",
    "Over",
    "About",
    "Since",
    "Although",
    "Because",
    "Despite",
    "Meanwhile",
    "However",
    "Your",
    "Such",
    "Both",
    "Any",
    "One",
    "Two",
    "Three",
    "De",
    "Yo",
    "Ni",
    "Me",
    "Te",
    "Mi",
    "Tu",
    "Tú",
    "Esto",
    "Eso",
    "Aquí",
    "Allí",
    "Ha",
    "Han",
    "Hay",
    "Es",
    "Son",
    "Fue",
    "Era",
    "Más",
    "Menos",
    "Muy",
    "Algunos",
    "Algunas",
    "Ninguno",
    "Ninguna",
    "Cada",
    "Todo",
    "Todos",
    "Todas",
    "Otro",
    "Otra",
    "Otros",
    "Otras",
    "Después",
    "Antes",
    "Ayer",
    "Hoy",
    "Mañana",
    "Ahora",
    "Luego",
    "Así",
    "Cómo",
    "Qué",
    "Dónde",
    "Cuándo",
    "Como",
    "Donde",
    "Porque",
    "Aunque",
    "Entre",
    "Hasta",
    "Hacia",
    "Durante",
    "Bajo",
    "Contra",
    "Tanto",
    "Sólo",
    "Solo",
    "Incluso",
    "Además",
    "Uno",
    "Tres",
    "Eu",
    "Nem",
    "Meu",
    "Minha",
    "Isto",
    "Isso",
    "Aqui",
    "Há",
    "É",
    "Foi",
    "Mais",
    "Muito",
    "Alguns",
    "Outro",
    "Outra",
    "Depois",
    "Ontem",
    "Hoje",
    "Amanhã",
    "Agora",
    "Assim",
    "Onde",
    "Embora",
    "Até",
    "Só",
    "Ainda",
    "Dois",
    "Três",
    "Yes",
    "Well",
    "So",
    "Still",
    "Yet",
    "Perhaps",
    "Maybe",
    "Indeed",
    "Instead",
    "Thus",
    "Therefore",
    "Hence",
    "Besides",
    "Moreover",
    "Furthermore",
    "Nevertheless",
    "Nonetheless",
    "Otherwise",
    "Later",
    "Earlier",
    "Finally",
    "Please",
    "Oh",
    "Let",
    "Thanks",
    "Just",
    "Unlike",
    "Like",
    "Among",
    "Without",
    "Within",
    "Through",
    "Across",
    "Around",
    "Near",
    "Following",
    "Asked",
    "Everyone",
    "Nobody",
    "Someone",
    "Something",
    "Nothing",
    "Everything",
    "Usted",
    "Ustedes",
    "Nosotras",
    "Ellas",
    "Vosotros",
    "Sí",
    "Bueno",
    "Bien",
    "Pues",
    "Entonces",
    "Claro",
    "Quizás",
    "Quizá",
    "Tal",
    "Oye",
    "Mira",
    "Vamos",
    "Gracias",
    "Nunca",
    "Siempre",
    "Tampoco",
    "Primero",
    "Finalmente",
    "Acaso",
    "Alrededor",
    "Mediante",
    "Junto",
    "Você",
    "Vocês",
    "Elas",
    "Sim",
    "Bem",
    "Bom",
    "Pois",
    "Então",
    "Portanto",
    "Contudo",
    "Porém",
    "Entretanto",
    "Talvez",
    "Aliás",
    "Enfim",
    "Afinal",
    "Ah",
    "Olha",
    "Olhe",
    "Veja",
    "Obrigado",
    "Obrigada",
    "Sempre",
    "Primeiro",
    "Aí",
    "Ali",
    "Lá",
    "Cá",
    "Nesse",
    "Nessa",
    "Neste",
    "Nesta",
    "Nisso",
    "Desse",
    "Dessa",
    "Deste",
    "Desta",
    "Esses",
    "Essas",
    "Estes",
    "Aquele",
    "Aquela",
    "Além",
    "Através",
    "Conforme",
    "Mesmo",
    "Quanto",
    "Qual",
    "Quais",
    "Quem",
    "Cujo",
    "Tudo",
    "Nada",
    "Ninguém",
    "Alguém",
    "Algo",
    "Outros",
    "Outras",
    "Vários",
    "Várias",
    "Muitos",
    "Muitas",
    "Pouco",
    "Poucos",
    "Nenhum",
    "Nenhuma",
];

/// Whether `word` is a lower-case connector (see [`CONNECTORS`]).
fn is_connector(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| CONNECTORS.iter().copied().collect())
        .contains(word)
}

/// Whether `word` is a capitalised function word (see [`FUNCTION_WORDS`]).
/// Whether `word` is a capitalised function word of the three languages ("The", "We",
/// "Los", "Nós"), capitalised by its place in the sentence only.
pub fn is_function_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FUNCTION_WORDS.iter().copied().collect())
        .contains(word)
}

/// Whether token `i` opens its sentence, or a quotation or clause inside it.
pub(crate) fn sentence_opening(tokens: &[&str], i: usize) -> bool {
    i == 0
        || matches!(
            tokens[i - 1],
            "\"" | "«" | "“" | "'" | "-" | "—" | "(" | ":" | "." | "``"
        )
}

/// Which labels a token may take, as a bit per label index: a name starts with a capital
/// (or a non-letter such as "iPhone"-like mixed case), lower-case words inside a name are
/// connectors, bare numbers and punctuation never open one.
pub(crate) fn allowed_mask(token: &str, ordinals: bool) -> u16 {
    const ALL: u16 = (1 << 9) - 1;
    const O_AND_I: u16 = 1 | (1 << 2) | (1 << 4) | (1 << 6) | (1 << 8);
    let first = match token.chars().next() {
        Some(c) => c,
        None => return 1,
    };
    if first.is_lowercase() {
        if token.chars().skip(1).any(char::is_uppercase) {
            return ALL;
        }
        return if is_connector(token) { O_AND_I } else { 1 };
    }
    if first.is_alphabetic() {
        static NEVER: OnceLock<HashSet<&'static str>> = OnceLock::new();
        if NEVER
            .get_or_init(|| NEVER_OPEN.iter().copied().collect())
            .contains(token)
        {
            return O_AND_I;
        }
        return ALL;
    }
    if token.chars().all(|c| !c.is_alphanumeric()) {
        return if INNER_PUNCT.contains(&token) {
            O_AND_I
        } else {
            1
        };
    }
    // With `ordinals`, an ordinal written in figures opens a name ("3ª Turma", "1.º
    // Batalhão"); any other number may continue one ("Apollo 11") but not open it.
    if ordinals && first.is_ascii_digit() && token.ends_with(['ª', 'º']) {
        return ALL;
    }
    O_AND_I
}

/// Restricts gold labels to what [`allowed_mask`] permits, keeping chunks IOB2.
pub(crate) fn project(tokens: &[String], labels: &mut [crate::label::Label], ordinals: bool) {
    for (t, l) in tokens.iter().zip(labels.iter_mut()) {
        let m = allowed_mask(t, ordinals);
        if m & (1 << l.index()) == 0 {
            *l = match *l {
                Label::B(c) if m & (1 << Label::I(c).index()) != 0 => Label::I(c),
                _ => Label::O,
            };
        }
    }
    crate::label::to_iob2(labels);
}

/// Whether a token that ends a chunk is left out of it: a lower-case connector,
/// punctuation, or a number ("LONDON 1996-08-30", "Essex 372" in a table of scores).
/// Capitalised words stay, even those that never open a name ("Rio de Janeiro").
fn trimmable(token: &str) -> bool {
    let first = match token.chars().next() {
        Some(c) => c,
        None => return true,
    };
    if first.is_lowercase() {
        return is_connector(token);
    }
    if token.chars().all(|c| !c.is_alphanumeric()) {
        return true;
    }
    !first.is_alphabetic()
}

/// Drops connectors, punctuation and numbers from the end of every chunk, and chunks with
/// no word at all ("1ª" alone).
pub(crate) fn trim_chunk_ends(tokens: &[&str], labels: &mut [Label]) {
    trim_ends(tokens, labels);
    for c in crate::label::chunks(labels) {
        let wordless = tokens[c.start..c.end]
            .iter()
            .all(|t| !t.chars().next().is_some_and(char::is_alphabetic));
        if wordless {
            labels[c.start..c.end].fill(Label::O);
        }
    }
}

fn trim_ends(tokens: &[&str], labels: &mut [Label]) {
    let mut i = labels.len();
    while i > 0 {
        i -= 1;
        let ends_chunk = labels[i] != Label::O && !matches!(labels.get(i + 1), Some(Label::I(_)));
        if !ends_chunk {
            continue;
        }
        let mut j = i;
        while matches!(labels[j], Label::I(_)) && trimmable(tokens[j]) {
            labels[j] = Label::O;
            j -= 1;
        }
    }
}

#[cfg(test)]
mod mask_tests {
    use super::*;

    #[test]
    fn masks_follow_case() {
        assert_eq!(allowed_mask("Maduro", false), 0x1ff);
        assert_eq!(allowed_mask("millones", false), 1);
        assert_eq!(allowed_mask("de", false) & 0b10, 0);
        assert_ne!(allowed_mask("de", false) & 0b100, 0);
        assert_eq!(allowed_mask("(", false), 1);
        assert_eq!(allowed_mask("1998", false) & 0b10, 0);
        assert_eq!(allowed_mask("3ª", false) & 0b10, 0);
        assert_ne!(allowed_mask("3ª", true) & 0b10, 0);
    }

    #[test]
    fn chunk_ends_are_trimmed() {
        let toks = ["Banco", "de", "la", "ciudad"];
        let mut l = vec![
            Label::B(Class::Org),
            Label::I(Class::Org),
            Label::I(Class::Org),
            Label::O,
        ];
        trim_chunk_ends(&toks, &mut l);
        assert_eq!(l, vec![Label::B(Class::Org), Label::O, Label::O, Label::O]);
    }
}

/// Last words of the names of competitions, prizes and festivals in English ("World Cup",
/// "U.S. Open", "Olympic Games", "Nobel Prize"): news annotation calls them MISC.
const EVENT_LAST_EN: &[&str] = &[
    "Cup",
    "Open",
    "Championship",
    "Championships",
    "Games",
    "Olympics",
    "Trophy",
    "Prix",
    "Classic",
    "Tournament",
    "Marathon",
    "Prize",
    "Award",
    "Awards",
    "Festival",
    "Series",
    "Rally",
    "Derby",
    "Tour",
];

/// First words of the names of competitions and prizes in Spanish and Portuguese ("Copa
/// del Rey", "Juegos Olímpicos", "Taça de Portugal", "Prémio Nobel").
const EVENT_FIRST_ES_PT: &[&str] = &[
    "Copa",
    "Mundial",
    "Juegos",
    "Campeonato",
    "Premio",
    "Festival",
    "Torneo",
    "Jogos",
    "Taça",
    "Prémio",
    "Prêmio",
    "Torneio",
];

/// Whether `word` names a people or a creed in English ("German", "Palestinians",
/// "Moslem"), by the list above or the place gazetteer; plurals of those count too.
fn is_english_demonym(word: &str) -> bool {
    let listed =
        |w: &str| (is_demonym(w) || PEOPLES_EN.contains(&w)) && !DEMONYM_NEEDS_NEXT.contains(&w);
    if listed(word) {
        return true;
    }
    if let Some(stem) = word.strip_suffix('s') {
        if stem.len() > 2 && listed(stem) {
            return true;
        }
    }
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static CACHE: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
    }
    CACHE.with(|c| {
        if let Some(&v) = c.borrow().get(word) {
            return v;
        }
        let places = cronica_geo::Gazetteer::embedded().find_places(
            word,
            cronica_types::Span::new(0, word.len()),
            Lang::En,
        );
        let v = places.iter().any(|p| {
            p.label == cronica_types::EntityLabel::Norp
                && p.span.start == 0
                && p.span.end == word.len()
        });
        let mut c = c.borrow_mut();
        if c.len() >= 1 << 14 {
            c.clear();
        }
        c.insert(word.to_string(), v);
        v
    })
}

fn relabel(labels: &mut [Label], start: usize, end: usize, class: Class) {
    labels[start] = Label::B(class);
    for l in &mut labels[start + 1..end] {
        *l = Label::I(class);
    }
}

/// News conventions for names of peoples and events: in English a lone demonym is MISC
/// ("the German team"), a demonym before a title and a name is split off it
/// ("Palestinian President Yasser Arafat": MISC, title, PER), and competitions and prizes
/// are MISC in all three languages.
pub(crate) fn peoples_and_events(lang: Lang, tokens: &[&str], labels: &mut [Label]) {
    for c in crate::label::chunks(labels) {
        let (start, end) = (c.start, c.end);
        match lang {
            Lang::En => {
                if end - start <= 3
                    && c.class != Class::Loc
                    && !(end - start == 1 && is_english_demonym(tokens[start]))
                    && cronica_geo::Gazetteer::embedded()
                        .country_by_name(&tokens[start..end].join(" "))
                        .is_some()
                {
                    // English news calls a country LOC even where it stands for a team
                    // or a government (as the training labels are set).
                    relabel(labels, start, end, Class::Loc);
                } else if is_english_demonym(tokens[end - 1])
                    && end - start <= 3
                    && tokens[start..end - 1]
                        .iter()
                        .all(|t| DEMONYM_NEEDS_NEXT.contains(t) || is_english_demonym(t))
                {
                    // "German", "South Korean", "Iraqi Kurds".
                    relabel(labels, start, end, Class::Misc);
                } else if let Some(k) = (end - start >= 3 && is_english_demonym(tokens[start]))
                    .then(|| title_len(tokens, start + 1, end))
                    .flatten()
                {
                    relabel(labels, start, start + 1, Class::Misc);
                    labels[start + 1..start + 1 + k].fill(Label::O);
                    relabel(labels, start + 1 + k, end, Class::Per);
                } else if end - start >= 2 && EVENT_LAST_EN.contains(&tokens[end - 1]) {
                    relabel(labels, start, end, Class::Misc);
                }
            }
            Lang::Es | Lang::Pt => {
                if end - start >= 2 && EVENT_FIRST_ES_PT.contains(&tokens[start]) {
                    relabel(labels, start, end, Class::Misc);
                }
            }
            Lang::Other => {}
        }
    }
}

/// One class per name in a document: a lone word that ends a longer person's name
/// elsewhere in the document, or follows a title there, is that person ("Clinton" after
/// "Bill Clinton" or "President Clinton"), and
/// every other name takes the class most of its mentions have (ties keep each mention's
/// own).
pub(crate) fn document_consistency(sentences: &[Vec<&str>], labels: &mut [Vec<Label>]) {
    use std::collections::HashMap;
    // (sentence, chunk, hash of its words)
    let mut found: Vec<(usize, crate::label::Chunk, u64)> = Vec::new();
    for (si, (toks, ls)) in sentences.iter().zip(labels.iter()).enumerate() {
        for c in crate::label::chunks(ls) {
            let mut h = crate::features::hash_bytes(b"");
            for t in &toks[c.start..c.end] {
                h = crate::features::mix(h, crate::features::hash_bytes(t.as_bytes()));
            }
            found.push((si, c, h));
        }
    }
    if found.len() < 2 {
        return;
    }
    let person_parts: Vec<&str> = found
        .iter()
        .filter(|(si, c, _)| {
            let toks = &sentences[*si];
            let titled = c.start > 0 && PERSON_TITLES.contains(&toks[c.start - 1]);
            c.class == Class::Per && (c.end - c.start >= 2 || titled)
        })
        .map(|(si, c, _)| sentences[*si][c.end - 1])
        .collect();
    let idx = |c: Class| Class::ALL.iter().position(|&x| x == c).unwrap_or(0);
    let mut votes: HashMap<u64, [usize; 4]> = HashMap::new();
    for (si, c, h) in &mut found {
        if c.end - c.start == 1 && person_parts.contains(&sentences[*si][c.start]) {
            c.class = Class::Per;
            relabel(&mut labels[*si], c.start, c.end, Class::Per);
        }
        votes.entry(*h).or_default()[idx(c.class)] += 1;
    }
    let mut names: Vec<(Vec<&str>, Class)> = Vec::new();
    for (si, c, h) in &found {
        let v = &votes[h];
        let own = idx(c.class);
        let best = (0..4).max_by_key(|&k| (v[k], k == own)).unwrap_or(own);
        if v[best] > v[own] {
            relabel(&mut labels[*si], c.start, c.end, Class::ALL[best]);
        }
        let words = sentences[*si][c.start..c.end].to_vec();
        let class = Class::ALL[best];
        let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase))
            && words.iter().map(|w| w.chars().count()).sum::<usize>() >= 3;
        if matches!(class, Class::Org | Class::Per)
            && capitalised
            && !names.iter().any(|(n, _)| *n == words)
        {
            names.push((words, class));
        }
    }
    // "la ONG Observatorio Venezolano de Libertades (Ovelib) ... Ovelib exigió": a
    // name the document tags once is that name wherever it stands untagged, a
    // sentence's first word included
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    // (one pass over the document, each word looked up among the names it opens)
    let mut by_first: HashMap<&str, Vec<&(Vec<&str>, Class)>> = HashMap::new();
    for name in &names {
        by_first.entry(name.0[0]).or_default().push(name);
    }
    for (toks, ls) in sentences.iter().zip(labels.iter_mut()) {
        let mut k = 0;
        while k < toks.len() {
            let found = by_first.get(toks[k]).and_then(|candidates| {
                candidates.iter().find(|(words, _)| {
                    let n = words.len();
                    k + n <= toks.len()
                        && toks[k..k + n] == words[..]
                        && ls[k..k + n].iter().all(|l| *l == Label::O)
                        // (nor glued to a name beside it: "Iraqi Prime Minister
                        // al-Kadhimi")
                        && !(k > 0 && (capital(toks[k - 1]) || ls[k - 1] != Label::O))
                        && !toks.get(k + n).is_some_and(|w| capital(w))
                        && ls.get(k + n).is_none_or(|l| *l == Label::O)
                })
            });
            match found {
                Some((words, class)) => {
                    relabel(ls, k, k + words.len(), *class);
                    k += words.len();
                }
                None => k += 1,
            }
        }
    }
}

#[cfg(test)]
mod news_convention_tests {
    use super::*;

    #[test]
    fn given_names_open_persons() {
        let common = |w: &str| matches!(w, "University" | "Street");
        for (toks, tags, want) in [
            (
                &["Donald", "Trump", "said"][..],
                &["B-ORG", "I-ORG", "O"][..],
                &["B-PER", "I-PER", "O"][..],
            ),
            (
                &["Pedro", "Castillo", "Terrones"],
                &["B-LOC", "I-LOC", "I-LOC"],
                &["B-PER", "I-PER", "I-PER"],
            ),
            // an ordinary word at the end, an institution inside, or a lone name: as found
            (
                &["John", "Hopkins", "University"],
                &["B-ORG", "I-ORG", "I-ORG"],
                &["B-ORG", "I-ORG", "I-ORG"],
            ),
            (
                &["Juan", "Congress"],
                &["B-ORG", "I-ORG"],
                &["B-ORG", "I-ORG"],
            ),
            (&["Juan", "came"], &["B-LOC", "O"], &["B-LOC", "O"]),
        ] {
            let mut l = labels(tags);
            given_names_as_person(Lang::En, toks, &mut l, common);
            assert_eq!(l, labels(want), "{toks:?}");
        }
    }

    fn labels(tags: &[&str]) -> Vec<Label> {
        tags.iter()
            .map(|t| Label::parse(t, &Class::from_name))
            .collect()
    }

    #[test]
    fn peoples_and_events_are_misc() {
        let toks = [
            "German",
            "fans",
            "saw",
            "Palestinian",
            "President",
            "Yasser",
            "Arafat",
            "at",
            "the",
            "World",
            "Cup",
        ];
        let mut l = labels(&[
            "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG",
        ]);
        peoples_and_events(Lang::En, &toks, &mut l);
        assert_eq!(
            l,
            labels(&[
                "B-MISC", "O", "O", "B-MISC", "O", "B-PER", "I-PER", "O", "O", "B-MISC", "I-MISC"
            ])
        );
        let toks = ["Russian", "Prime", "Minister", "Viktor", "Chernomyrdin"];
        let mut l = labels(&["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]);
        titled_as_person(&toks, &mut l);
        peoples_and_events(Lang::En, &toks, &mut l);
        assert_eq!(l, labels(&["B-MISC", "O", "O", "B-PER", "I-PER"]));
        let toks = ["Prime", "Minister", "Viktor", "Chernomyrdin"];
        let mut l = labels(&["B-ORG", "I-ORG", "I-ORG", "I-ORG"]);
        titled_as_person(&toks, &mut l);
        assert_eq!(l, labels(&["O", "O", "B-PER", "I-PER"]));
        let toks = ["South", "Korean", "and", "Iraqi", "Kurds", "met", "Moslems"];
        let mut l = labels(&["B-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "O", "B-LOC"]);
        peoples_and_events(Lang::En, &toks, &mut l);
        assert_eq!(
            l,
            labels(&["B-MISC", "I-MISC", "O", "B-MISC", "I-MISC", "O", "B-MISC"])
        );
        let toks = ["la", "Copa", "del", "Rey"];
        let mut l = labels(&["O", "B-ORG", "I-ORG", "I-ORG"]);
        peoples_and_events(Lang::Es, &toks, &mut l);
        assert_eq!(l, labels(&["O", "B-MISC", "I-MISC", "I-MISC"]));
    }

    #[test]
    fn a_document_names_a_person_and_a_place_one_way() {
        let s1 = vec!["Bill", "Clinton", "visited", "Paris", "."];
        let s2 = vec!["Clinton", "left", "Paris", "for", "Paris", "."];
        let mut l = vec![
            labels(&["B-PER", "I-PER", "O", "B-LOC", "O"]),
            labels(&["B-LOC", "O", "B-ORG", "O", "B-LOC", "O"]),
        ];
        document_consistency(&[s1, s2], &mut l);
        assert_eq!(l[1], labels(&["B-PER", "O", "B-LOC", "O", "B-LOC", "O"]));
    }

    #[test]
    fn an_english_persons_name_ends_before_what_it_is_of() {
        let toks = ["Edmundo", "Gonzalez", "Urrutia", "of", "Venezuela", "spoke"];
        let mut l = labels(&["B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"]);
        persons_end_before_of(Lang::En, &toks, &mut l);
        assert_eq!(l, labels(&["B-PER", "I-PER", "I-PER", "O", "B-LOC", "O"]));
        // (a ruler's number, or one word of name, keeps it)
        let toks = ["Henry", "VIII", "of", "England"];
        let mut l = labels(&["B-PER", "I-PER", "I-PER", "I-PER"]);
        persons_end_before_of(Lang::En, &toks, &mut l);
        assert_eq!(l, labels(&["B-PER", "I-PER", "I-PER", "I-PER"]));
    }

    #[test]
    fn a_name_the_tagger_left_out_that_opens_with_a_given_name_is_a_person() {
        let toks = ["met", "Edmundo", "Gonzalez", "Urrutia", "today"];
        let mut l = labels(&["O", "O", "O", "O", "O"]);
        given_names_as_person(Lang::En, &toks, &mut l, |_| false);
        assert_eq!(l, labels(&["O", "B-PER", "I-PER", "I-PER", "O"]));
    }

    #[test]
    fn a_name_tagged_once_is_tagged_where_it_stands_untagged() {
        let s1 = vec!["la", "ONG", "Provea", "(", "Ovelib", ")", "denunció", "."];
        let s2 = vec!["Ovelib", "exigió", "su", "liberación", "."];
        // (not inside a longer name the tagger left untagged)
        let s3 = vec!["la", "Fundación", "Ovelib", "Norte", "habló", "."];
        // (nor glued to a tagged name beside it)
        let mut l = vec![
            labels(&["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O"]),
            labels(&["O", "O", "O", "O", "O"]),
            labels(&["O", "O", "O", "O", "O", "O"]),
        ];
        document_consistency(&[s1, s2, s3], &mut l);
        assert_eq!(l[1], labels(&["B-ORG", "O", "O", "O", "O"]));
        assert_eq!(l[2], labels(&["O", "O", "O", "O", "O", "O"]));
    }

    #[test]
    fn chunk_ends_drop_numbers_but_keep_capitals() {
        let toks = ["LONDON", "1996-08-30", "Rio", "de", "Janeiro", "en", "1ª"];
        let mut l = labels(&["B-LOC", "I-LOC", "B-LOC", "I-LOC", "I-LOC", "O", "B-ORG"]);
        trim_chunk_ends(&toks, &mut l);
        assert_eq!(
            l,
            labels(&["B-LOC", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O"])
        );
    }

    #[test]
    fn english_countries_are_places() {
        let toks = ["Norway", "beat", "Germans", "and", "Spain"];
        let mut l = labels(&["B-ORG", "O", "B-ORG", "O", "B-LOC"]);
        peoples_and_events(Lang::En, &toks, &mut l);
        assert_eq!(l[0], Label::B(Class::Loc));
        assert_eq!(l[4], Label::B(Class::Loc));
        let mut l = labels(&["B-ORG", "O", "O", "O", "O"]);
        peoples_and_events(Lang::Es, &toks, &mut l);
        assert_eq!(l[0], Label::B(Class::Org));
    }
}

#[cfg(test)]
mod org_tests {
    use super::*;

    #[test]
    fn headed_org_names_take_their_complement_and_demonym() {
        let tokens = [
            "The",
            "Syrian",
            "Observatory",
            "for",
            "Human",
            "Rights",
            "said",
        ];
        let mut labels = vec![
            Label::O,
            Label::B(Class::Misc),
            Label::B(Class::Org),
            Label::O,
            Label::B(Class::Org),
            Label::I(Class::Org),
            Label::O,
        ];
        org_names_joined(Lang::En, &tokens, &mut labels);
        let got: Vec<String> = labels.iter().map(Label::to_string).collect();
        assert_eq!(got, ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
        // a name not headed by an institution word keeps its bounds
        let tokens = ["Amnesty", "International", "for", "Human", "Rights"];
        let mut labels = vec![
            Label::B(Class::Org),
            Label::I(Class::Org),
            Label::O,
            Label::B(Class::Org),
            Label::I(Class::Org),
        ];
        org_names_joined(Lang::En, &tokens, &mut labels);
        assert_eq!(labels[2], Label::O);
    }
}
