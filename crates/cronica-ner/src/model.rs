//! The trained tagger: a hashed weight table, greedy left-to-right decoding, and the
//! compact binary form the committed models are stored in.

use std::sync::OnceLock;

use cronica_types::Lang;

use crate::features::{extract, SentenceFeatures, Vocab, FEATURE_VERSION};
use crate::label::Label;
use crate::lexicon;
use crate::typer::{Typer, CLASSES};
use crate::NerError;

const MAGIC: &[u8; 5] = b"CRNER";
const FORMAT_VERSION: u8 = 2;
/// Bit of the label mask that says the model decodes under the token masks of
/// `lexicon::allowed_mask`.
pub(crate) const CONSTRAINED: u16 = 1 << 15;
/// Bit of the label mask that says sentences in capitals are rewritten in running-text case
/// (`features::truecase`) before tagging, as they were in training.
pub(crate) const TRUECASE: u16 = 1 << 14;
/// Bit of the label mask that says ordinals written in figures may open a name ("3ª
/// Turma"; `lexicon::allowed_mask`).
pub(crate) const ORDINALS: u16 = 1 << 13;
const HEADER_LEN: usize = 5 + 1 + 1 + 1 + 1 + 4 + 4;

/// Something that adds the label scores of a feature row.
pub(crate) trait Weights {
    fn add(&self, row: u32, acc: &mut [f32; Label::COUNT]);
}

/// Greedy decoding under the IOB2 constraint: the best label for each token in turn, given
/// the labels already chosen for the tokens before it.
pub(crate) fn decode<W: Weights>(w: &W, f: &SentenceFeatures, labels: u16) -> Vec<Label> {
    let mut out = Vec::with_capacity(f.len());
    let (mut prev, mut prev2) = (Label::O, Label::O);
    for i in 0..f.len() {
        let scores = score(w, f, i, prev, prev2);
        // Bit 15 of `labels` turns the per-token masks on.
        let token_mask = if labels & CONSTRAINED != 0 {
            f.mask[i]
        } else {
            u16::MAX
        };
        let best = best_label(&scores, prev, token_mask & labels);
        out.push(best);
        prev2 = prev;
        prev = best;
    }
    out
}

#[inline]
pub(crate) fn score<W: Weights>(
    w: &W,
    f: &SentenceFeatures,
    i: usize,
    prev: Label,
    prev2: Label,
) -> [f32; Label::COUNT] {
    let mut acc = [0f32; Label::COUNT];
    for &r in f.static_rows(i) {
        w.add(r, &mut acc);
    }
    for r in f.dynamic_rows(i, prev.index(), prev2.index()) {
        w.add(r, &mut acc);
    }
    acc
}

#[inline]
pub(crate) fn best_label(scores: &[f32; Label::COUNT], prev: Label, mask: u16) -> Label {
    let mut best = Label::O;
    let mut best_score = f32::NEG_INFINITY;
    for (k, &s) in scores.iter().enumerate() {
        let l = Label::from_index(k);
        if s > best_score && mask & (1 << k) != 0 && l.may_follow(prev) {
            best = l;
            best_score = s;
        }
    }
    best
}

/// Reads the chunk-classifier section: one byte of hash bits (0: none), one byte of
/// classes, then `2^bits × 4` little-endian `i16` weights.
fn read_typer(b: &[u8]) -> Option<Option<Typer>> {
    let bits = *b.first()? as u32;
    if bits == 0 {
        return (b.len() == 1).then_some(None);
    }
    if !(8..=24).contains(&bits) || b.len() != 2 + 2 * (1usize << bits) * CLASSES {
        return None;
    }
    let weights = b[2..]
        .chunks_exact(2)
        .map(|c| i16::from_le_bytes([c[0], c[1]]))
        .collect();
    Some(Some(Typer {
        bits,
        weights,
        classes: b[1],
    }))
}

/// Joins chunks that touch ("Suu/B-PER Kyi/B-LOC", "NEW/B-LOC YORK/B-ORG"): the tagger
/// marked both tokens as names, and the chunk classifier then picks one class for all.
fn merge_adjacent(labels: &mut [Label]) {
    for i in 1..labels.len() {
        if let (Label::B(_), Some(c)) = (labels[i], labels[i - 1].class()) {
            labels[i] = Label::I(c);
        } else if let (Label::I(_), Some(c)) = (labels[i], labels[i - 1].class()) {
            labels[i] = Label::I(c);
        }
    }
}

/// A trained entity tagger for one language.
#[derive(Debug, Clone, PartialEq)]
pub struct NerModel {
    pub(crate) lang: Lang,
    pub(crate) bits: u32,
    /// Weights are stored as `i16`; multiply by `scale` for the trained value.
    pub(crate) scale: f32,
    pub(crate) weights: Vec<i16>,
    pub(crate) vocab: Vocab,
    /// Labels seen in training (a bit per label index); the others are never predicted.
    pub(crate) labels: u16,
    /// The chunk classifier that relabels the tagger's chunks, when trained.
    pub(crate) typer: Option<Typer>,
}

struct Quantized<'a>(&'a [i16]);

impl Weights for Quantized<'_> {
    #[inline]
    fn add(&self, row: u32, acc: &mut [f32; Label::COUNT]) {
        let base = row as usize * Label::COUNT;
        let r = &self.0[base..base + Label::COUNT];
        for k in 0..Label::COUNT {
            acc[k] += r[k] as f32;
        }
    }
}

fn lang_byte(lang: Lang) -> u8 {
    match lang {
        Lang::En => 1,
        Lang::Es => 2,
        Lang::Pt => 3,
        Lang::Other => 0,
    }
}

fn byte_lang(b: u8) -> Option<Lang> {
    match b {
        1 => Some(Lang::En),
        2 => Some(Lang::Es),
        3 => Some(Lang::Pt),
        0 => Some(Lang::Other),
        _ => None,
    }
}

static EN: &[u8] = include_bytes!("../models/en.bin");
static ES: &[u8] = include_bytes!("../models/es.bin");
static PT: &[u8] = include_bytes!("../models/pt.bin");

impl NerModel {
    /// Quantises trained `f32` weights into a model.
    pub(crate) fn from_f32(
        lang: Lang,
        bits: u32,
        w: &[f32],
        vocab: Vocab,
        labels: u16,
    ) -> NerModel {
        let max = w.iter().fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let weights = w.iter().map(|x| (x / scale).round() as i16).collect();
        NerModel {
            lang,
            bits,
            scale,
            weights,
            vocab,
            labels,
            typer: None,
        }
    }

    /// Whether the training text (or the dictionary the model was built with) writes
    /// `word` in lower case often: an ordinary word ("social", "maps", "popular"), not a
    /// name of its own. Hash collisions can make a rare word look common, never the
    /// reverse.
    pub fn is_common_word(&self, word: &str) -> bool {
        let code = u64::from(self.vocab.code(&crate::features::lower_of(word)));
        self.is_frequent_lower(word) || code & u64::from(crate::features::DICT_LOWER) != 0
    }

    /// Whether the training text writes `word` in lower case three times or more
    /// ("university", "street"; not "trump", which only the dictionary has).
    pub(crate) fn is_frequent_lower(&self, word: &str) -> bool {
        let code = u64::from(self.vocab.code(&crate::features::lower_of(word)));
        crate::features::lower_bin(code) >= 2
    }

    /// The committed model for a language (decoded once, on first use).
    pub fn embedded(lang: Lang) -> Option<&'static NerModel> {
        static CELLS: [OnceLock<Option<NerModel>>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let (cell, bytes) = match lang {
            Lang::En => (&CELLS[0], EN),
            Lang::Es => (&CELLS[1], ES),
            Lang::Pt => (&CELLS[2], PT),
            Lang::Other => return None,
        };
        cell.get_or_init(|| NerModel::from_bytes(bytes).ok())
            .as_ref()
    }

    /// The language the model was trained for.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Size of the weight table in bytes.
    pub fn weight_bytes(&self) -> usize {
        self.weights.len() * 2
    }

    /// Reads a model written by [`NerModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, NerError> {
        let bad = |m: &str| NerError::BadModel(m.to_string());
        if bytes.len() < HEADER_LEN || &bytes[..5] != MAGIC {
            return Err(bad("not a cronica-ner model (bad magic)"));
        }
        if bytes[5] != FORMAT_VERSION {
            return Err(bad(&format!(
                "model format {} (this build reads {FORMAT_VERSION})",
                bytes[5]
            )));
        }
        if bytes[6] != FEATURE_VERSION {
            return Err(bad(&format!(
                "feature set {} (this build computes {FEATURE_VERSION})",
                bytes[6]
            )));
        }
        let lang = byte_lang(bytes[7]).ok_or_else(|| bad("unknown language byte"))?;
        let bits = bytes[8] as u32;
        if !(8..=24).contains(&bits) {
            return Err(bad(&format!("hash bits {bits} out of range")));
        }
        let scale = f32::from_le_bytes(bytes[9..13].try_into().expect("4 bytes"));
        let n = u32::from_le_bytes(bytes[13..17].try_into().expect("4 bytes")) as usize;
        let expect = (1usize << bits) * Label::COUNT;
        let wend = HEADER_LEN + 2 * n;
        if n != expect || bytes.len() < wend + 1 || !scale.is_finite() {
            return Err(bad(&format!(
                "weight table of {n} entries, expected {expect}"
            )));
        }
        let weights = bytes[HEADER_LEN..wend]
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        let vbits = bytes[wend] as u32;
        let vend = wend + 1 + (1usize << vbits.min(24));
        if vbits > 24 || bytes.len() < vend + 3 {
            return Err(bad("vocabulary table has the wrong size"));
        }
        let vocab = Vocab {
            bits: vbits,
            codes: bytes[wend + 1..vend].to_vec(),
        };
        let labels = u16::from_le_bytes([bytes[vend], bytes[vend + 1]]) | 1;
        let typer = read_typer(&bytes[vend + 2..]).ok_or_else(|| bad("bad chunk classifier"))?;
        Ok(NerModel {
            lang,
            bits,
            scale,
            weights,
            vocab,
            labels,
            typer,
        })
    }

    /// The binary form: a 17-byte header, the `i16` weight table (little-endian), then the
    /// vocabulary table (one byte of hash bits, one byte per slot) and the two-byte mask of
    /// the labels seen in training.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + 2 * self.weights.len());
        out.extend_from_slice(MAGIC);
        out.push(FORMAT_VERSION);
        out.push(FEATURE_VERSION);
        out.push(lang_byte(self.lang));
        out.push(self.bits as u8);
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(self.weights.len() as u32).to_le_bytes());
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.push(self.vocab.bits as u8);
        out.extend_from_slice(&self.vocab.codes);
        out.extend_from_slice(&self.labels.to_le_bytes());
        match &self.typer {
            None => out.push(0),
            Some(t) => {
                out.push(t.bits as u8);
                out.push(t.classes);
                for w in &t.weights {
                    out.extend_from_slice(&w.to_le_bytes());
                }
            }
        }
        out
    }

    /// BIO labels for one tokenised sentence.
    pub fn tag_labels(&self, tokens: &[&str]) -> Vec<Label> {
        let mut labels = self.tag_raw(tokens);
        self.post_process(tokens, &mut labels);
        labels
    }

    /// The statistical model's labels, before the word-list rules.
    pub(crate) fn tag_raw(&self, tokens: &[&str]) -> Vec<Label> {
        if tokens.is_empty() {
            return Vec::new();
        }
        let cased = if self.labels & TRUECASE != 0 {
            // Datelines are rewritten when tagging only: WikiANN has none, and its one-word
            // lines in capitals are acronyms.
            crate::features::truecase(&self.vocab, tokens, true)
        } else {
            None
        };
        if let Some(cased) = cased {
            let cased: Vec<&str> = cased.iter().map(String::as_str).collect();
            return self.tag_cased(&cased);
        }
        self.tag_cased(tokens)
    }

    fn tag_cased(&self, tokens: &[&str]) -> Vec<Label> {
        let f = extract(tokens, self.bits, &self.vocab, self.labels & ORDINALS != 0);
        let mut labels = decode(&Quantized(&self.weights), &f, self.labels);
        if let Some(t) = &self.typer {
            merge_adjacent(&mut labels);
            // The class is chosen for the name without the connectors, numbers or
            // punctuation the tagger let its end run into ("LONDON 1996-08-30").
            lexicon::trim_chunk_ends(tokens, &mut labels);
            t.relabel(tokens, &f, &mut labels, self.lang);
        }
        labels
    }

    /// The rules applied after decoding (names after a title as PER, government bodies as
    /// ORG).
    pub(crate) fn post_process(&self, tokens: &[&str], labels: &mut [Label]) {
        lexicon::trim_chunk_ends(tokens, labels);
        lexicon::titled_as_person(tokens, labels);
        lexicon::persons_end_before_of(self.lang, tokens, labels);
        lexicon::given_names_as_person(self.lang, tokens, labels, |w| self.is_frequent_lower(w));
        lexicon::institutions_as_org(self.lang, tokens, labels);
        lexicon::org_names_joined(self.lang, tokens, labels);
        lexicon::peoples_and_events(self.lang, tokens, labels);
    }

    /// BIO labels for the sentences of one document: each sentence as by
    /// [`NerModel::tag_labels`], then one class per name across the document (see
    /// `lexicon::document_consistency`).
    /// Tags a gold set document by document (a document opens at each sentence with
    /// `doc_start`), as the entity stage tags an article.
    pub fn tag_gold(&self, gold: &[crate::data::GoldSentence]) -> Vec<Vec<Label>> {
        let mut preds = Vec::with_capacity(gold.len());
        let mut from = 0;
        for i in 0..gold.len() {
            if gold.get(i + 1).is_none_or(|n| n.doc_start) {
                let doc: Vec<Vec<&str>> = gold[from..=i]
                    .iter()
                    .map(|s| s.tokens.iter().map(String::as_str).collect())
                    .collect();
                preds.extend(self.tag_document(&doc));
                from = i + 1;
            }
        }
        preds
    }

    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Label>> {
        let mut labels: Vec<Vec<Label>> = sentences.iter().map(|s| self.tag_labels(s)).collect();
        lexicon::document_consistency(sentences, &mut labels);
        labels
    }

    /// BIO labels for one tokenised sentence, as strings ("B-PER", "I-ORG", "O").
    pub fn tag(&self, tokens: &[&str]) -> Vec<String> {
        self.tag_labels(tokens)
            .iter()
            .map(Label::to_string)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip_and_reject_damage() {
        let w: Vec<f32> = (0..(1usize << 8) * Label::COUNT)
            .map(|i| (i as f32 * 0.37).sin())
            .collect();
        let m = NerModel::from_f32(Lang::Es, 8, &w, Vocab::empty(), 0x1ff);
        let bytes = m.to_bytes();
        let back = NerModel::from_bytes(&bytes).unwrap();
        assert_eq!(back, m);
        assert_eq!(
            back.tag(&["Nicolás", "Maduro"]),
            m.tag(&["Nicolás", "Maduro"])
        );
        assert!(NerModel::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        let mut other = bytes.clone();
        other[0] = b'X';
        assert!(NerModel::from_bytes(&other).is_err());
    }

    #[test]
    fn decoding_respects_iob2() {
        let w: Vec<f32> = (0..(1usize << 8) * Label::COUNT)
            .map(|i| (i as f32 * 1.7).cos())
            .collect();
        let m = NerModel::from_f32(Lang::En, 8, &w, Vocab::empty(), 0x1ff);
        let toks = ["a", "B", "c", "D", "E", "f", "G", "h", "I", "j"];
        let labels = m.tag_labels(&toks);
        let mut prev = Label::O;
        for l in labels {
            assert!(l.may_follow(prev));
            prev = l;
        }
    }
}
