//! Trigger lexicons: words that name an act, with its PLOVER type and mode.
//! The format is described in `lexicon/README.md`.

use std::collections::HashMap;
use std::sync::LazyLock;

use cronica_types::{EventType, Lang};

/// One trigger: a sequence of word patterns naming an act.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    pub event_type: EventType,
    pub mode: String,
    pub weight: f32,
    pub words: Vec<Pattern>,
    /// A noun naming the act ("the coup", "protests"): it reports an event of its
    /// own only with support in the sentence (a date, a figure, "took place").
    pub nominal: bool,
    /// A verb's bare form ("release", "visit"): it names the act only after an
    /// auxiliary or "to" ("will release", "to visit"); elsewhere it is as likely
    /// a noun ("his release", "a visit").
    pub bare: bool,
}

/// Words after which a bare verb form is a verb.
fn takes_bare_verb(w: &str) -> bool {
    matches!(
        w,
        "to" | "will"
            | "would"
            | "'ll"
            | "shall"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "did"
            | "does"
            | "do"
            | "not"
            | "n't"
            | "never"
    )
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    Exact(String),
    Prefix(String),
}

impl Pattern {
    fn matches(&self, word: &str) -> bool {
        match self {
            Pattern::Exact(w) => w == word,
            Pattern::Prefix(p) => word.starts_with(p.as_str()),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("lexicon line {line}: {message}")]
    Line { line: usize, message: String },
}

/// A parsed lexicon, indexed by its first word.
#[derive(Debug, Default)]
pub struct Lexicon {
    triggers: Vec<Trigger>,
    by_exact: HashMap<String, Vec<usize>>,
    by_prefix: HashMap<String, Vec<usize>>,
    prefix_lens: Vec<usize>,
}

impl Lexicon {
    pub fn parse(src: &str) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for (n, raw) in src.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: &str| LexiconError::Line {
                line: n + 1,
                message: message.to_string(),
            };
            let (head, patterns) = line
                .split_once('|')
                .ok_or_else(|| err("expected `TYPE mode weight | patterns`"))?;
            let mut parts = head.split_whitespace();
            let event_type: EventType = parts
                .next()
                .ok_or_else(|| err("no type"))?
                .parse()
                .map_err(|_| err("unknown event type"))?;
            let mode = parts.next().ok_or_else(|| err("no mode"))?.to_string();
            let weight: f32 = parts
                .next()
                .ok_or_else(|| err("no weight"))?
                .parse()
                .map_err(|_| err("weight is not a number"))?;
            for pat in patterns.split(';').map(str::trim).filter(|p| !p.is_empty()) {
                let (nominal, pat) = match pat.strip_prefix('~') {
                    Some(rest) => (true, rest),
                    None => (false, pat),
                };
                let (bare, pat) = match pat.strip_prefix('^') {
                    Some(rest) => (true, rest),
                    None => (false, pat),
                };
                // each word cut where the text's tokens are cut ("48-hour" is
                // "48", "-", "hour" in a sentence), the prefix mark kept on its last
                let words: Vec<Pattern> = pat
                    .split_whitespace()
                    .flat_map(|w| {
                        let (w, prefix) = match w.strip_suffix('*') {
                            Some(p) => (p, true),
                            None => (w, false),
                        };
                        // (a bare "*" stands for any one word)
                        let pieces: Vec<String> = if w.is_empty() {
                            vec![String::new()]
                        } else {
                            cronica_text::tokenize(w, cronica_types::Span::new(0, w.len()))
                                .iter()
                                .map(|t| cronica_text::fold(t.span.text(w)))
                                .collect()
                        };
                        let last = pieces.len().saturating_sub(1);
                        pieces.into_iter().enumerate().map(move |(k, piece)| {
                            if prefix && k == last {
                                Pattern::Prefix(piece)
                            } else {
                                Pattern::Exact(piece)
                            }
                        })
                    })
                    .collect();
                let idx = lex.triggers.len();
                match &words[0] {
                    Pattern::Exact(w) => lex.by_exact.entry(w.clone()).or_default().push(idx),
                    Pattern::Prefix(p) => {
                        if !lex.prefix_lens.contains(&p.len()) {
                            lex.prefix_lens.push(p.len());
                        }
                        lex.by_prefix.entry(p.clone()).or_default().push(idx)
                    }
                }
                lex.triggers.push(Trigger {
                    event_type,
                    mode: mode.clone(),
                    weight,
                    words,
                    nominal,
                    bare,
                });
            }
        }
        lex.prefix_lens.sort_unstable();
        Ok(lex)
    }

    /// The embedded lexicon for a language (English for `Other`).
    pub fn for_lang(lang: Lang) -> &'static Lexicon {
        static EN: LazyLock<Lexicon> = LazyLock::new(|| {
            Lexicon::parse(include_str!("../lexicon/en.txt")).expect("en lexicon")
        });
        static ES: LazyLock<Lexicon> = LazyLock::new(|| {
            Lexicon::parse(include_str!("../lexicon/es.txt")).expect("es lexicon")
        });
        static PT: LazyLock<Lexicon> = LazyLock::new(|| {
            Lexicon::parse(include_str!("../lexicon/pt.txt")).expect("pt lexicon")
        });
        match lang {
            Lang::Es => &ES,
            Lang::Pt => &PT,
            Lang::En | Lang::Other => &EN,
        }
    }

    pub fn len(&self) -> usize {
        self.triggers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.triggers.is_empty()
    }

    /// The longest trigger starting at word `i` of `words` (folded), with its length in words.
    /// Whether some nominal trigger begins with `word` ("release" of "~release of"):
    /// the word may name an act even where the rest of the pattern is missing.
    pub fn heads_a_noun(&self, word: &str) -> bool {
        self.by_exact
            .get(word)
            .is_some_and(|ix| ix.iter().any(|&k| self.triggers[k].nominal))
    }

    pub fn longest_at(&self, words: &[String], i: usize) -> Option<(&Trigger, usize)> {
        self.longest_at_skipping(words, i, |_| false)
    }

    /// `longest_at`, passing over the words `skip` marks inside a trigger of
    /// several words ("expresó el miércoles su preocupación", "condemned on
    /// Tuesday the attack"); the length counts the words passed over.
    pub fn longest_at_skipping(
        &self,
        words: &[String],
        i: usize,
        skip: impl Fn(usize) -> bool,
    ) -> Option<(&Trigger, usize)> {
        let first = words.get(i)?;
        // (trigger, words in the text)
        let mut best: Option<(&Trigger, usize)> = None;
        let mut consider = |idx: usize| {
            let t = &self.triggers[idx];
            if t.bare && !(i > 0 && takes_bare_verb(&words[i - 1])) {
                return;
            }
            let mut k = i;
            for (j, p) in t.words.iter().enumerate() {
                // a word the pattern names is taken before any passed over
                if j > 0 && words.get(k).is_none_or(|w| !p.matches(w)) {
                    while k < words.len() && skip(k) {
                        k += 1;
                    }
                }
                match words.get(k) {
                    Some(w) if p.matches(w) => k += 1,
                    _ => return,
                }
            }
            let n = t.words.len();
            // (at equal length and weight, a verb's form over a noun's prefix:
            // "torturados" is "torturad*", not "~tortura*")
            let better = best.is_none_or(|(b, _)| {
                n > b.words.len()
                    || n == b.words.len()
                        && (t.weight > b.weight || t.weight == b.weight && b.nominal && !t.nominal)
            });
            if better {
                best = Some((t, k - i));
            }
        };
        if let Some(ids) = self.by_exact.get(first.as_str()) {
            ids.iter().for_each(|&id| consider(id));
        }
        for &len in &self.prefix_lens {
            if len > first.len() {
                break;
            }
            if !first.is_char_boundary(len) {
                continue;
            }
            if let Some(ids) = self.by_prefix.get(&first[..len]) {
                ids.iter().for_each(|&id| consider(id));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(cronica_text::fold).collect()
    }

    #[test]
    fn embedded_lexicons_parse() {
        for lang in Lang::READ {
            assert!(
                Lexicon::for_lang(lang).len() > 100,
                "{lang} lexicon too small"
            );
        }
    }

    #[test]
    fn modes_are_plain_names() {
        for lang in Lang::READ {
            for t in &Lexicon::for_lang(lang).triggers {
                assert!(
                    !t.mode.is_empty()
                        && t.mode.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "{lang}: mode {:?} is not a lower-case name",
                    t.mode
                );
            }
        }
    }

    #[test]
    fn longest_match_wins() {
        let lex = Lexicon::for_lang(Lang::En);
        let w = words("called a general strike today");
        let (t, n) = lex.longest_at(&w, 2).unwrap();
        assert_eq!(
            (t.event_type, t.mode.as_str(), n),
            (EventType::Protest, "strike", 2)
        );
        let w = words("US strikes on Venezuelan boats");
        let (t, _) = lex.longest_at(&w, 1).unwrap();
        assert_eq!(t.event_type, EventType::Assault);
        assert!(lex.longest_at(&words("a strike"), 1).is_none());
    }

    #[test]
    fn prefixes_and_accents() {
        let lex = Lexicon::for_lang(Lang::Es);
        let (t, _) = lex.longest_at(&words("fueron detenidos"), 1).unwrap();
        assert_eq!(t.event_type, EventType::Coerce);
        let lex = Lexicon::for_lang(Lang::Pt);
        let (t, _) = lex.longest_at(&words("a repressão policial"), 1).unwrap();
        assert_eq!(t.event_type, EventType::Assault);
    }

    #[test]
    fn bare_forms_need_an_auxiliary() {
        let lex = Lexicon::for_lang(Lang::En);
        let (t, _) = lex.longest_at(&words("they will release him"), 2).unwrap();
        assert_eq!(t.event_type, EventType::Concede);
        assert!(lex.longest_at(&words("his release was"), 1).is_none());
    }

    #[test]
    fn words_marked_to_skip_are_passed_over_inside_a_trigger() {
        let lex = Lexicon::for_lang(Lang::Es);
        let w = words("expreso el miercoles su preocupacion por");
        assert!(lex
            .longest_at(&w, 0)
            .is_none_or(|(t, _)| t.event_type != EventType::Accuse));
        let (t, n) = lex
            .longest_at_skipping(&w, 0, |k| (1..3).contains(&k))
            .unwrap();
        assert_eq!((t.event_type, n), (EventType::Accuse, 5));
    }

    #[test]
    fn bad_lines_are_reported() {
        assert!(Lexicon::parse("ASSAULT x 0.5 bombed").is_err());
        assert!(Lexicon::parse("DANCE x 0.5 | tango").is_err());
    }
}
