//! Training: an averaged perceptron that learns from its own greedy decisions.
//!
//! Each epoch visits the sentences in a seeded shuffled order, decodes each one left to
//! right with the current weights, and on every wrong label moves the weights towards the
//! gold label and away from the predicted one. The returned model holds the average of the
//! weights over all steps. Same inputs and seed, same bytes.

use std::fmt::Write as _;
use std::path::PathBuf;

use cronica_types::Lang;

use crate::data::{read, ClassMap, GoldSentence};
use crate::features::{extract, SentenceFeatures, Vocab};
use crate::label::{chunks, Class, Label};
use crate::lexicon;
use crate::model::{best_label, score, NerModel, Weights, CONSTRAINED, ORDINALS, TRUECASE};
use crate::typer::Typer;
use crate::NerError;

/// What to train on and how.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainOptions {
    pub lang: Lang,
    /// Gold files (CoNLL-like or HAREM JSON), read in this order.
    pub inputs: Vec<PathBuf>,
    pub epochs: usize,
    pub seed: u64,
    /// The weight table has `2^hash_bits` rows of nine labels.
    pub hash_bits: u32,
    /// Read LeNER-Br's names of laws as MISC.
    pub legislation_as_misc: bool,
    /// Label capitalised demonyms left outside any entity as MISC (English only, where
    /// "German" or "Venezuelan" are MISC in news annotation).
    pub demonyms_as_misc: bool,
    /// Label names that are just a country's name LOC whatever the silver label says
    /// (English only, where news annotation calls a country LOC even when it stands for a
    /// team; Spanish news annotation calls the team ORG).
    pub countries_as_loc: bool,
    /// Probability of hiding a training token's word-identity features, so the model also
    /// learns from context and shape (names in news are mostly unseen in training).
    pub word_dropout: f32,
    /// Decode under the case and punctuation constraints of `lexicon::allowed_mask` (gold
    /// labels are projected onto them for training).
    pub constrained: bool,
    /// Train the tagger to find names only (one class), leaving the class to the chunk
    /// classifier.
    pub spans_only: bool,
    /// Rewrite sentences in capitals in running-text case, in training and when tagging.
    pub truecase: bool,
    /// Hash bits of the chunk classifier's table (`typer`); 0 trains none.
    pub typer_bits: u32,
    /// A spelling dictionary (one word a line, proper nouns capitalised) whose words mark
    /// the word-use table; none when `None`.
    pub dictionary: Option<PathBuf>,
    /// Let ordinals written in figures open a name ("3ª Turma"), in training and when
    /// tagging.
    pub ordinals: bool,
}

impl TrainOptions {
    pub fn new(lang: Lang, inputs: Vec<PathBuf>) -> TrainOptions {
        TrainOptions {
            lang,
            inputs,
            epochs: 12,
            seed: 7,
            hash_bits: 18,
            legislation_as_misc: true,
            demonyms_as_misc: lang == Lang::En,
            countries_as_loc: lang == Lang::En,
            word_dropout: 0.0,
            constrained: true,
            typer_bits: 18,
            spans_only: false,
            truecase: false,
            dictionary: None,
            ordinals: false,
        }
    }
}

/// What training saw and how it went.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TrainReport {
    pub lang: Lang,
    pub sentences: usize,
    pub tokens: usize,
    /// Gold entities per class, in PER, ORG, LOC, MISC order.
    pub entities: Vec<(String, usize)>,
    /// Token accuracy of the greedy decoder on the training data, per epoch.
    pub epoch_accuracy: Vec<f64>,
    pub model_bytes: usize,
}

impl TrainReport {
    /// `name: value` lines, the final training accuracy last.
    pub fn lines(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "lang: {}", self.lang);
        let _ = writeln!(s, "sentences: {}", self.sentences);
        let _ = writeln!(s, "tokens: {}", self.tokens);
        for (c, n) in &self.entities {
            let _ = writeln!(s, "entities_{}: {n}", c.to_lowercase());
        }
        for (k, a) in self.epoch_accuracy.iter().enumerate() {
            let _ = writeln!(s, "epoch_{}_accuracy: {a:.4}", k + 1);
        }
        let _ = writeln!(s, "model_bytes: {}", self.model_bytes);
        let _ = write!(
            s,
            "train_accuracy: {:.4}",
            self.epoch_accuracy.last().copied().unwrap_or(0.0)
        );
        s
    }
}

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// Dense weights with the running sums the average is computed from.
struct Averaged {
    w: Vec<f32>,
    /// Sum of `step * update`; the average is `w - u / step`.
    u: Vec<f64>,
    step: f64,
}

impl Weights for Averaged {
    #[inline]
    fn add(&self, row: u32, acc: &mut [f32; Label::COUNT]) {
        let base = row as usize * Label::COUNT;
        for (a, w) in acc.iter_mut().zip(&self.w[base..base + Label::COUNT]) {
            *a += w;
        }
    }
}

impl Averaged {
    fn update(&mut self, row: u32, label: usize, delta: f32) {
        let k = row as usize * Label::COUNT + label;
        self.w[k] += delta;
        self.u[k] += self.step * delta as f64;
    }

    fn averaged(&self) -> Vec<f32> {
        self.w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| (*w as f64 - u / self.step) as f32)
            .collect()
    }
}

/// Rows 1 to 3 of each token are the word-identity templates (word, lower case, shape
/// stays); see `features::extract`.
const WORD_ROWS: std::ops::Range<usize> = 1..3;

/// Size of the word-use table (`2^VOCAB_BITS` one-byte slots).
const VOCAB_BITS: u32 = 18;

/// Reads the inputs and trains a model.
pub fn train(opts: &TrainOptions) -> Result<(NerModel, TrainReport), NerError> {
    let map = ClassMap {
        legislation_as_misc: opts.legislation_as_misc,
    };
    let mut data: Vec<GoldSentence> = Vec::new();
    for p in &opts.inputs {
        data.extend(read(p, None, map)?);
    }
    for s in &mut data {
        if opts.countries_as_loc {
            lexicon::countries_as_loc(s);
        }
        if opts.demonyms_as_misc {
            lexicon::mark_demonyms(s);
        }
        if opts.constrained {
            lexicon::project(&s.tokens, &mut s.labels, opts.ordinals);
        }
    }
    train_on(opts, &data)
}

/// Trains on sentences already read.
pub fn train_on(
    opts: &TrainOptions,
    data: &[GoldSentence],
) -> Result<(NerModel, TrainReport), NerError> {
    if data.is_empty() {
        return Err(NerError::NoData);
    }
    if !(8..=24).contains(&opts.hash_bits) {
        return Err(NerError::Options(format!(
            "hash_bits {} is outside 8..=24",
            opts.hash_bits
        )));
    }
    let dictionary: Vec<String> = match &opts.dictionary {
        Some(p) => std::fs::read_to_string(p)
            .map_err(|source| NerError::Io {
                path: p.clone(),
                source,
            })?
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty() && !l.contains('\''))
            .collect(),
        None => Vec::new(),
    };
    let vocab = Vocab::build(
        data.iter().map(|s| s.tokens.as_slice()),
        VOCAB_BITS,
        &dictionary,
    );
    // Sentences in capitals are read through the same rewriting as when tagging.
    let cased: Vec<Vec<String>> = data
        .iter()
        .map(|s| {
            opts.truecase
                .then(|| crate::features::truecase(&vocab, &s.tokens, false))
                .flatten()
                .unwrap_or_else(|| s.tokens.clone())
        })
        .collect();
    let feats: Vec<SentenceFeatures> = cased
        .iter()
        .map(|t| {
            let toks: Vec<&str> = t.iter().map(String::as_str).collect();
            extract(&toks, opts.hash_bits, &vocab, opts.ordinals)
        })
        .collect();
    // Gold labels under the same per-token masks the decoder obeys: a name cannot open on a
    // token whose mask forbids `B-`, so it opens on the next one.
    let golds: Vec<Vec<Label>> = data
        .iter()
        .zip(&feats)
        .map(|(s, f)| {
            let mut g = s.labels.clone();
            if opts.constrained {
                for (t, l) in g.iter_mut().enumerate() {
                    if f.mask[t] & (1 << l.index()) == 0 {
                        *l = Label::O;
                    }
                }
                crate::label::to_iob2(&mut g);
            }
            if opts.spans_only {
                for l in g.iter_mut() {
                    *l = match *l {
                        Label::B(_) => Label::B(Class::Per),
                        Label::I(_) => Label::I(Class::Per),
                        Label::O => Label::O,
                    };
                }
            }
            g
        })
        .collect();
    let size = (1usize << opts.hash_bits) * Label::COUNT;
    let mut model = Averaged {
        w: vec![0.0; size],
        u: vec![0.0; size],
        step: 1.0,
    };
    let mut rng = Rng(opts.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let tokens: usize = data.iter().map(|s| s.tokens.len()).sum();
    let mut epoch_accuracy = Vec::new();
    let mut rows: Vec<u32> = Vec::with_capacity(64);
    let mut seen: u16 = golds.iter().flatten().fold(1, |m, l| m | 1 << l.index());
    if opts.constrained {
        seen |= CONSTRAINED;
    }
    if opts.truecase {
        seen |= TRUECASE;
    }
    if opts.ordinals {
        seen |= ORDINALS;
    }
    let masked = |f: &SentenceFeatures, t: usize| {
        if opts.constrained {
            f.mask[t] & seen
        } else {
            seen
        }
    };
    for _ in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        let mut correct = 0usize;
        for &si in &order {
            let (f, gold) = (&feats[si], &golds[si]);
            let (mut prev, mut prev2) = (Label::O, Label::O);
            for (t, &g) in gold.iter().enumerate() {
                let drop = opts.word_dropout > 0.0 && rng.unit() < opts.word_dropout;
                rows.clear();
                for (k, &r) in f.static_rows(t).iter().enumerate() {
                    if !(drop && WORD_ROWS.contains(&k)) {
                        rows.push(r);
                    }
                }
                let pred = if drop {
                    let mut acc = [0f32; Label::COUNT];
                    for &r in &rows {
                        model.add(r, &mut acc);
                    }
                    for r in f.dynamic_rows(t, prev.index(), prev2.index()) {
                        model.add(r, &mut acc);
                    }
                    best_label(&acc, prev, masked(f, t))
                } else {
                    best_label(&score(&model, f, t, prev, prev2), prev, masked(f, t))
                };
                if pred == g {
                    correct += 1;
                } else {
                    rows.extend(f.dynamic_rows(t, prev.index(), prev2.index()));
                    for &r in &rows {
                        model.update(r, g.index(), 1.0);
                        model.update(r, pred.index(), -1.0);
                    }
                }
                model.step += 1.0;
                prev2 = prev;
                prev = pred;
            }
        }
        epoch_accuracy.push(correct as f64 / tokens.max(1) as f64);
    }
    let mut nm = NerModel::from_f32(opts.lang, opts.hash_bits, &model.averaged(), vocab, seen);
    if opts.typer_bits > 0 {
        let gold: Vec<(Vec<&str>, &SentenceFeatures, Vec<Label>)> = data
            .iter()
            .zip(&feats)
            .zip(&cased)
            .map(|((s, f), c)| {
                let toks = c.iter().map(String::as_str).collect();
                (toks, f, s.labels.clone())
            })
            .collect();
        nm.typer = Some(Typer::train(
            &gold,
            opts.lang,
            opts.typer_bits,
            opts.epochs.max(1),
            opts.seed,
        ));
    }
    let mut counts = [0usize; 4];
    for s in data {
        for c in chunks(&s.labels) {
            counts[Class::ALL.iter().position(|&x| x == c.class).unwrap_or(0)] += 1;
        }
    }
    let report = TrainReport {
        lang: opts.lang,
        sentences: data.len(),
        tokens,
        entities: Class::ALL
            .iter()
            .zip(counts)
            .map(|(c, n)| (c.name().to_string(), n))
            .collect(),
        epoch_accuracy,
        model_bytes: nm.to_bytes().len(),
    };
    Ok((nm, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::read_conll;

    const TOY: &str = "Maria B-PER\nSilva I-PER\nvisitou O\nLisboa B-LOC\n. O\n\n\
O O\nBanco B-ORG\nCentral I-ORG\nsubiu O\njuros O\n. O\n\n\
João B-PER\nfoi O\na O\nParis B-LOC\n. O\n";

    #[test]
    fn learns_a_toy_set_deterministically() {
        let data = read_conll(TOY, ClassMap::default());
        let mut opts = TrainOptions::new(Lang::Pt, vec![]);
        opts.hash_bits = 12;
        opts.epochs = 8;
        let (a, rep) = train_on(&opts, &data).unwrap();
        let (b, _) = train_on(&opts, &data).unwrap();
        assert_eq!(a.to_bytes(), b.to_bytes());
        assert_eq!(rep.sentences, 3);
        assert!(*rep.epoch_accuracy.last().unwrap() > 0.99);
        assert_eq!(
            a.tag(&["Maria", "Silva", "visitou", "Lisboa", "."]),
            vec!["B-PER", "I-PER", "O", "B-LOC", "O"]
        );
    }

    #[test]
    fn no_data_is_an_error() {
        let opts = TrainOptions::new(Lang::Es, vec![]);
        assert!(matches!(train_on(&opts, &[]), Err(NerError::NoData)));
    }
}
