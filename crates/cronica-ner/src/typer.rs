//! The class of a name, chosen from the name itself.
//!
//! The tagger finds where names begin and end well on news, but its choice of class leans
//! on the context of its training sentences (Wikipedia titles and list fragments), which
//! news does not share: "el presidente de Telefónica do Brasil, Fernando Xavier Ferreira"
//! came out ORG. This second classifier sees one chunk at a time: its words, their endings
//! and shapes, the whole name, its length and the word before it. It is an averaged
//! perceptron over the gold chunks of the training data, stored as a small hashed table,
//! and it relabels every chunk the tagger found.

use cronica_types::{EntityLabel, Lang, Span};

use crate::features::{finish, mix, SentenceFeatures, SEED};
use crate::label::{chunks, Class, Label};

/// Number of classes the typer scores (PER, ORG, LOC, MISC).
pub(crate) const CLASSES: usize = 4;

fn class_index(c: Class) -> usize {
    Class::ALL.iter().position(|&x| x == c).unwrap_or(0)
}

#[inline]
fn row(bits: u32, parts: &[u64]) -> u32 {
    let mut h = mix(SEED, 0x7E);
    for &p in parts {
        h = mix(h, p);
    }
    (finish(h) >> (64 - bits)) as u32
}

/// What the place gazetteer of `cronica-geo` says of a chunk: 0 nothing, 1 the whole chunk
/// is a place, 2 a demonym, 3 a place inside it, 4 a demonym inside it.
pub(crate) fn place_code(tokens: &[&str], start: usize, end: usize, lang: Lang) -> u64 {
    let text = tokens[start..end].join(" ");
    let places =
        cronica_geo::Gazetteer::embedded().find_places(&text, Span::new(0, text.len()), lang);
    let mut code = 0;
    for p in places {
        let whole = p.span.start == 0 && p.span.end == text.len();
        let c = match (p.label, whole) {
            (EntityLabel::Norp, true) => 2,
            (EntityLabel::Norp, false) => 4,
            (_, true) => 1,
            (_, false) => 3,
        };
        if code == 0 || c < code {
            code = c;
        }
    }
    code
}

/// Cached [`place_code`]: names recur within and across documents, and asking the
/// gazetteer costs more than the rest of tagging. The cache is per thread and is emptied
/// when it holds `PLACE_CACHE` names.
fn cached_place_code(
    tokens: &[&str],
    f: &SentenceFeatures,
    start: usize,
    end: usize,
    lang: Lang,
) -> u64 {
    use std::cell::RefCell;
    use std::collections::HashMap;
    const PLACE_CACHE: usize = 1 << 16;
    thread_local! {
        static CACHE: RefCell<HashMap<u64, u8>> = RefCell::new(HashMap::new());
    }
    let mut key = mix(0x0091_ACE5 ^ lang as u64, (end - start) as u64);
    for k in start..end {
        key = mix(key, f.word[k]);
    }
    CACHE.with(|c| {
        if let Some(&v) = c.borrow().get(&key) {
            return v as u64;
        }
        let v = place_code(tokens, start, end, lang);
        let mut c = c.borrow_mut();
        if c.len() >= PLACE_CACHE {
            c.clear();
        }
        c.insert(key, v as u8);
        v
    })
}

/// Feature rows of the chunk `start..end` of a sentence whose token features are `f`. The
/// first row is the whole name; the caller may leave it out while training so the parts
/// learn too. `place` is the chunk's [`place_code`].
pub(crate) fn chunk_rows(
    f: &SentenceFeatures,
    start: usize,
    end: usize,
    place: u64,
    bits: u32,
    rows: &mut Vec<u32>,
) {
    rows.clear();
    rows.push(0);
    let mut whole = 0x5A_u64;
    let mut shapes = 0x5B_u64;
    for k in start..end {
        let (lh, sh) = (f.lower[k], f.shape[k]);
        whole = mix(whole, lh);
        shapes = mix(shapes, sh);
        let pos = if k == start {
            0
        } else if k + 1 == end {
            1
        } else {
            2
        };
        rows.push(row(bits, &[1, lh]));
        rows.push(row(bits, &[2, pos, lh]));
        rows.push(row(bits, &[3, f.suffix3[k]]));
        rows.push(row(bits, &[4, pos, f.suffix2[k]]));
        rows.push(row(bits, &[5, sh]));
        if end - start == 1 {
            // A lone word is the last word of its name too ("Aznar" as in "José María
            // Aznar").
            rows.push(row(bits, &[2, 1, lh]));
            rows.push(row(bits, &[4, 1, f.suffix2[k]]));
        }
    }
    rows[0] = row(bits, &[0, whole]);
    let len = (end - start).min(5) as u64;
    rows.push(row(bits, &[6, len]));
    rows.push(row(bits, &[7, shapes]));
    let before = if start > 0 { f.lower[start - 1] } else { 0xB0 };
    rows.push(row(bits, &[8, before]));

    rows.push(row(bits, &[10]));
    rows.push(row(bits, &[13, place]));
    rows.push(row(bits, &[14, place, len]));
}

/// Taken from the LOC score (in the quantised units of the table) of a name of one word
/// the place gazetteer does not know: WikiANN's lists make lone words look like places,
/// while in news a lone unknown word is more often a surname or a team ("Pinochet",
/// "Parma"). CoNLL-2003 valid 0.683 → 0.688, CoNLL-2002 testa 0.566 → 0.579, AnCora 0.575
/// → 0.588, HAREM JSON 0.444 → 0.451, WikiANN en 0.522 → 0.521, es 0.666 → 0.663 (larger
/// values gain more on news and lose more on WikiANN).
const UNKNOWN_PLACE_PENALTY: f32 = 5000.0;

/// A trained chunk classifier: `2^bits` rows of four `i16` class weights.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Typer {
    pub bits: u32,
    pub weights: Vec<i16>,
    /// Classes seen in training (a bit per class index).
    pub classes: u8,
}

impl Typer {
    pub fn scores(&self, rows: &[u32]) -> [f32; CLASSES] {
        let mut acc = [0f32; CLASSES];
        for &r in rows {
            let base = r as usize * CLASSES;
            for (a, w) in acc.iter_mut().zip(&self.weights[base..base + CLASSES]) {
                *a += *w as f32;
            }
        }
        acc
    }

    fn best(&self, scores: &[f32; CLASSES]) -> Class {
        let mut best = 0;
        let mut best_score = f32::NEG_INFINITY;
        for (k, &s) in scores.iter().enumerate() {
            if self.classes & (1 << k) != 0 && s > best_score {
                best = k;
                best_score = s;
            }
        }
        Class::ALL[best]
    }

    /// Gives every chunk of `labels` the class this model prefers.
    pub fn relabel(&self, tokens: &[&str], f: &SentenceFeatures, labels: &mut [Label], lang: Lang) {
        let mut rows = Vec::new();
        for c in chunks(labels) {
            let place = cached_place_code(tokens, f, c.start, c.end, lang);
            chunk_rows(f, c.start, c.end, place, self.bits, &mut rows);
            let mut scores = self.scores(&rows);
            if c.end - c.start == 1 && place == 0 {
                scores[2] -= UNKNOWN_PLACE_PENALTY;
            }
            let class = self.best(&scores);
            labels[c.start] = Label::B(class);
            for l in &mut labels[c.start + 1..c.end] {
                *l = Label::I(class);
            }
        }
    }

    /// Trains on the gold chunks of `sentences` (tokens, IOB2 labels).
    pub fn train(
        sentences: &[(Vec<&str>, &SentenceFeatures, Vec<Label>)],
        lang: Lang,
        bits: u32,
        epochs: usize,
        seed: u64,
    ) -> Typer {
        let mut examples: Vec<(Vec<u32>, usize)> = Vec::new();
        let mut classes = 0u8;
        let mut rows = Vec::new();
        for (toks, f, labels) in sentences {
            for c in chunks(labels) {
                let k = class_index(c.class);
                classes |= 1 << k;
                let place = place_code(toks, c.start, c.end, lang);
                chunk_rows(f, c.start, c.end, place, bits, &mut rows);
                examples.push((rows.clone(), k));
            }
        }
        let size = (1usize << bits) * CLASSES;
        let mut w = vec![0f32; size];
        let mut u = vec![0f64; size];
        let mut step = 1.0f64;
        let mut rng = seed;
        let mut next = || {
            rng = rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
            finish(rng)
        };
        let mut order: Vec<usize> = (0..examples.len()).collect();
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                let j = (next() % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            for &e in &order {
                let (all, gold) = &examples[e];
                // Half of the time the whole-name row is hidden, so the words, endings and
                // context of a name learn even when the name itself is memorised.
                let skip = usize::from(next() & 1 == 0);
                let rows = &all[skip..];
                let mut acc = [0f32; CLASSES];
                for &r in rows {
                    let base = r as usize * CLASSES;
                    for (a, x) in acc.iter_mut().zip(&w[base..base + CLASSES]) {
                        *a += x;
                    }
                }
                let mut pred = 0;
                for k in 0..CLASSES {
                    if classes & (1 << k) != 0 && (classes & (1 << pred) == 0 || acc[k] > acc[pred])
                    {
                        pred = k;
                    }
                }
                if pred != *gold {
                    for &r in rows {
                        for (k, d) in [(*gold, 1.0f32), (pred, -1.0)] {
                            let i = r as usize * CLASSES + k;
                            w[i] += d;
                            u[i] += step * d as f64;
                        }
                    }
                }
                step += 1.0;
            }
        }
        let avg: Vec<f32> = w
            .iter()
            .zip(&u)
            .map(|(w, u)| (*w as f64 - u / step) as f32)
            .collect();
        let max = avg.iter().fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        Typer {
            bits,
            weights: avg.iter().map(|x| (x / scale).round() as i16).collect(),
            classes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{extract, Vocab};

    fn example<'a>(
        toks: &[&'a str],
        labels: Vec<Label>,
    ) -> (Vec<&'a str>, SentenceFeatures, Vec<Label>) {
        (
            toks.to_vec(),
            extract(toks, 12, &Vocab::empty(), false),
            labels,
        )
    }

    #[test]
    fn learns_classes_from_names() {
        let data = [
            example(
                &["Juan", "Pérez", "habló"],
                vec![Label::B(Class::Per), Label::I(Class::Per), Label::O],
            ),
            example(&["en", "Bogotá"], vec![Label::O, Label::B(Class::Loc)]),
            example(
                &["Banco", "Central"],
                vec![Label::B(Class::Org), Label::I(Class::Org)],
            ),
        ];
        let refs: Vec<(Vec<&str>, &SentenceFeatures, Vec<Label>)> = data
            .iter()
            .map(|(t, f, l)| (t.clone(), f, l.clone()))
            .collect();
        let t = Typer::train(&refs, Lang::Es, 10, 10, 7);
        let mut labels = vec![
            Label::B(Class::Org),
            Label::I(Class::Org),
            Label::O,
            Label::B(Class::Per),
        ];
        let toks = ["Juan", "Pérez", "en", "Bogotá"];
        let f = extract(&toks, 12, &Vocab::empty(), false);
        t.relabel(&toks, &f, &mut labels, Lang::Es);
        assert_eq!(labels[0], Label::B(Class::Per));
        assert_eq!(labels[1], Label::I(Class::Per));
        assert_eq!(labels[3], Label::B(Class::Loc));
        assert_eq!(t.classes, 0b111);
    }
}
