//! Tokenizer for the time tagger.
//!
//! Date expressions are read token by token, so the text is cut once into words,
//! numbers and punctuation, each with its byte span into the original text and the
//! lexicon entries its case- and accent-folded form has. Words with no entry cost
//! one hash look-up and nothing else, which keeps the tagger fast on text with
//! few dates.

use cronica_types::Lang;

use crate::lexicon::{self, Lex};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct(char),
}

/// One token, with byte offsets into the whole document text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The value of a number token (saturating).
    pub num: u32,
    /// How many digits a number token has.
    pub digits: u8,
    /// Whether whitespace comes right before the token.
    pub space_before: bool,
    /// Whether a line break comes right before the token.
    pub line_before: bool,
    /// Whether the word starts with an upper-case letter.
    pub capital: bool,
    /// Lexicon entries of the folded word.
    pub lex: &'static [Lex],
    /// What the word says about tense: -1 past, 1 future, 0 nothing.
    pub cue: i8,
}

impl Tok {
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }

    pub fn punct(&self) -> Option<char> {
        match self.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }
}

/// Folds a letter to lower case without accents (`Á` → `a`, `ç` → `c`, `ñ` → `n`).
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'a'..='z' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'Á' | 'À' | 'Â' | 'Ã' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'Ó' | 'Ò' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'º' => 'o',
        'ª' => 'a',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Cuts `text[from..to]` into tokens.
pub(crate) fn tokenize(text: &str, from: usize, to: usize, lang: Lang) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity((to - from) / 5 + 4);
    let mut folded = String::with_capacity(32);
    let mut i = from;
    let mut space = true;
    let mut line = true;
    while i < to {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space = true;
            if b == b'\n' {
                line = true;
            }
            i += 1;
            continue;
        }
        if b.is_ascii_digit() {
            let start = i;
            let mut n: u32 = 0;
            while i < to && bytes[i].is_ascii_digit() {
                n = n
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            let digits = (i - start).min(255) as u8;
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Num,
                num: n,
                digits,
                space_before: space,
                line_before: line,
                capital: false,
                lex: &[],
                cue: 0,
            });
            space = false;
            line = false;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_alphabetic() {
            let start = i;
            folded.clear();
            let capital = c.is_uppercase();
            while i < to {
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                if c.is_alphabetic() {
                    folded.push(fold_char(c));
                    i += c.len_utf8();
                } else if c == '\'' || c == '’' {
                    // Keep "new year's" together; a quote between letters is part of the word.
                    let next = text[i + c.len_utf8()..].chars().next();
                    if i + c.len_utf8() < to && next.is_some_and(char::is_alphabetic) {
                        folded.push('\'');
                        i += c.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // "Saturday's raids": a possessive is its word
            let mut lex = lexicon::lookup(lang, &folded);
            let mut end = i;
            if lex.is_empty() {
                if let Some(stem) = folded.strip_suffix("'s") {
                    let stem_lex = lexicon::lookup(lang, stem);
                    if !stem_lex.is_empty() {
                        lex = stem_lex;
                        end = i - 1 - text[..i - 1].chars().next_back().map_or(1, char::len_utf8);
                    }
                }
            }
            toks.push(Tok {
                start,
                end,
                kind: Kind::Word,
                num: 0,
                digits: 0,
                space_before: space,
                line_before: line,
                capital,
                lex,
                cue: tense_cue(lang, &folded, &text[start..i]),
            });
            space = false;
            line = false;
            continue;
        }
        let len = c.len_utf8();
        if c.is_whitespace() {
            space = true;
            i += len;
            continue;
        }
        toks.push(Tok {
            start: i,
            end: i + len,
            kind: Kind::Punct(c),
            num: 0,
            digits: 0,
            space_before: space,
            line_before: line,
            capital: false,
            lex: &[],
            cue: 0,
        });
        space = false;
        line = false;
        i += len;
    }
    toks
}

/// Whether a word marks the past or the future: auxiliaries, calls to action and
/// verb endings that only tenses have ("informó", "será", "celebrou").
pub(crate) fn tense_cue(lang: Lang, folded: &str, original: &str) -> i8 {
    // English names ("Mohamed", "Ahmed") end in "-ed" too: the suffix counts in lower case only.
    let lower = original.chars().next().is_some_and(char::is_lowercase);
    let folded_for_suffix = if lower { folded } else { "" };
    match lang {
        Lang::Es => match folded {
            "fue" | "fueron" | "era" | "eran" | "hubo" | "habia" | "habian" | "dijo" | "hizo"
            | "murio" | "murieron" | "ayer" | "hace" | "anoche" | "pasado" | "pasada" => -1,
            // the imperfect of the first conjugation ("bloqueaban", "marchaba")
            _ if lower
                && folded.len() > 5
                && (folded.ends_with("aba") || folded.ends_with("aban")) =>
            {
                -1
            }
            "sera" | "seran" | "va" | "van" | "vamos" | "voy" | "habra" | "manana" | "proximo"
            | "proxima" | "unete" | "participa" | "prevista" | "previsto" | "previstas"
            | "previstos" | "programada" | "programado" | "convocada" | "convocado" => 1,
            _ if original.ends_with("rá")
                || original.ends_with("rán")
                || folded.ends_with("remos") =>
            {
                1
            }
            // short preterites, told by their accent ("dejó", "mató", "votó")
            _ if lower && folded.len() > 2 && original.ends_with('ó') => -1,
            // preterite: regular -ó/-aron/-ieron, and the irregular -uvo/-ijo
            // ("detuvo", "dijo", "tuvieron", "produjeron")
            _ if folded.len() > 4
                && (original.ends_with('ó')
                    || folded.ends_with("aron")
                    || folded.ends_with("ieron")
                    || folded.ends_with("eron")
                    || folded.ends_with("uvo")
                    || folded.ends_with("ijo")) =>
            {
                -1
            }
            _ => 0,
        },
        Lang::Pt => match folded {
            "foi" | "foram" | "era" | "eram" | "houve" | "havia" | "haviam" | "tinha"
            | "tinham" | "disse" | "fez" | "morreu" | "morreram" | "ontem" | "ha" | "passado"
            | "passada" | "deteve" | "detiveram" | "esteve" | "estiveram" | "teve" | "tiveram"
            | "fizeram" | "disseram" | "pos" | "puseram" | "trouxe" | "veio" | "vieram"
            | "anteontem" => -1,
            // the imperfect of the first conjugation ("bloqueavam", "marchava")
            _ if lower
                && folded.len() > 5
                && (folded.ends_with("ava") || folded.ends_with("avam")) =>
            {
                -1
            }
            "sera" | "serao" | "vai" | "vao" | "vamos" | "vou" | "ira" | "irao" | "havera"
            | "amanha" | "proximo" | "proxima" | "participe" | "venha" | "prevista"
            | "previsto" | "marcada" | "marcado" | "agendada" | "agendado" => 1,
            _ if original.ends_with("rá")
                || original.ends_with("rão")
                || folded.ends_with("remos") =>
            {
                1
            }
            // the European first person plural of the pretérito perfeito, told by
            // its accent ("montámos", "entregámos"; not the present "montamos")
            _ if lower && folded.len() > 5 && original.ends_with("ámos") => -1,
            // pretérito perfeito: -ou/-aram, -eu/-eram, -iu/-iram ("prendeu",
            // "invadiu", "detiveram")
            _ if lower
                && folded.len() > 4
                && (folded.ends_with("ou")
                    || folded.ends_with("aram")
                    || folded.ends_with("iram")
                    || folded.ends_with("eram")
                    || folded.ends_with("eu")
                    || folded.ends_with("iu")) =>
            {
                -1
            }
            _ => 0,
        },
        _ => match folded {
            "was" | "were" | "had" | "did" | "said" | "told" | "ago" | "last" | "yesterday"
            | "took" | "came" | "went" | "began" | "met" | "held" | "killed" | "died" => -1,
            // irregular past forms that are no other word ("broke up", "fled",
            // "fought"; not "put", "set", "left")
            "broke" | "fought" | "shot" | "threw" | "struck" | "led" | "sent" | "gave" | "made"
            | "ran" | "stood" | "spoke" | "wrote" | "brought" | "caught" | "fled" | "got"
            | "kept" | "lost" | "paid" | "sought" | "sold" | "won" | "beat" | "blew" | "drove"
            | "fell" | "felt" | "flew" | "froze" | "hid" | "knew" | "rode" | "stole" | "swore"
            | "swept" | "tore" | "withdrew" | "overthrew" | "arose" | "became" | "built"
            | "bought" | "chose" | "dealt" | "drew" | "fed" | "forgot" | "grew" | "heard"
            | "sang" | "sank" | "sat" | "shook" | "slept" | "stuck" | "taught" | "thought"
            | "upheld" | "underwent" | "withheld" | "forbade" | "bore" | "spent" | "stormed"
            | "rose" | "saw" | "found" | "woke" | "slid" | "sprang" | "swam" | "hung" | "lay"
            | "laid" | "dug" | "clung" | "overran" | "overtook" | "undertook" | "outran"
            | "mistook" | "rebuilt" | "retook" | "sped" | "strove" => -1,
            "will" | "shall" | "won't" | "tomorrow" | "next" | "upcoming" | "join"
            | "scheduled" | "going" | "planned" | "plans" | "expected" => 1,
            _ if folded.ends_with("'ll") => 1,
            _ if folded_for_suffix.len() > 4 && folded.ends_with("ed") => -1,
            _ => 0,
        },
    }
}

#[cfg(test)]
mod tense_tests {
    use super::*;

    #[test]
    fn irregular_english_past_forms() {
        for w in ["broke", "fled", "fought", "struck", "sent"] {
            assert_eq!(tense_cue(Lang::En, w, w), -1, "{w}");
        }
        // forms that are also the present or a noun tell nothing
        for w in ["put", "set", "ground"] {
            assert_eq!(tense_cue(Lang::En, w, w), 0, "{w}");
        }
    }

    #[test]
    fn irregular_and_regular_past_tenses() {
        for w in [
            "dejó",
            "mató",
            "detuvo",
            "dijo",
            "detuvieron",
            "reprimieron",
            "marcharon",
            "decretó",
        ] {
            assert_eq!(
                tense_cue(Lang::Es, &w.chars().map(fold_char).collect::<String>(), w),
                -1,
                "{w}"
            );
        }
        for w in ["habían", "bloqueaban"] {
            assert_eq!(
                tense_cue(Lang::Es, &w.chars().map(fold_char).collect::<String>(), w),
                -1,
                "{w}"
            );
        }
        for w in [
            "prendeu",
            "invadiu",
            "detiveram",
            "marcharam",
            "decretou",
            "tinha",
            "bloqueavam",
            "montámos",
        ] {
            assert_eq!(
                tense_cue(Lang::Pt, &w.chars().map(fold_char).collect::<String>(), w),
                -1,
                "{w}"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_char_boundaries() {
        let text = "Ação em 3 de março, às 10h.";
        let toks = tokenize(text, 0, text.len(), Lang::Pt);
        for t in &toks {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(&text[toks[0].start..toks[0].end], "Ação");
        assert!(toks[2].is_num() && toks[2].num == 3);
    }

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold_char('Ç'), 'c');
        assert_eq!(fold_char('ñ'), 'n');
        assert_eq!(fold_char('Í'), 'i');
    }
}
