//! Scoring a model on a gold set with conlleval chunking: exact span and class matches,
//! per class and micro-averaged.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use crate::data::{read, ClassMap, Format, GoldSentence};
use crate::label::{chunks, Chunk, Class, Label};
use crate::model::NerModel;
use crate::NerError;

/// Precision, recall and F1 of one class (or of all of them).
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Chunk-level scores of a model on one gold set.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NerEvalReport {
    pub set: String,
    pub sentences: usize,
    pub tokens: usize,
    /// Whether the set has MISC; when it does not, MISC predictions are ignored.
    pub misc_scored: bool,
    pub classes: Vec<(Class, Prf)>,
    pub micro: Prf,
    /// Micro scores of the statistical model alone, before the institution-word rule.
    pub micro_model_only: Prf,
    /// Tagging speed over the set (tokens per second, one thread, features included).
    pub tokens_per_sec: f64,
}

impl NerEvalReport {
    /// `name: value` lines, `micro_f1` last.
    pub fn lines(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "set: {}", self.set);
        let _ = writeln!(s, "sentences: {}", self.sentences);
        let _ = writeln!(s, "tokens: {}", self.tokens);
        let _ = writeln!(s, "misc_scored: {}", self.misc_scored);
        for (c, p) in &self.classes {
            let n = c.name().to_lowercase();
            let _ = writeln!(s, "{n}_gold: {}", p.tp + p.fn_);
            let _ = writeln!(s, "{n}_p: {:.3}", p.precision());
            let _ = writeln!(s, "{n}_r: {:.3}", p.recall());
            let _ = writeln!(s, "{n}_f1: {:.3}", p.f1());
        }
        let _ = writeln!(s, "tokens_per_sec: {:.0}", self.tokens_per_sec);
        let _ = writeln!(s, "micro_f1_model_only: {:.3}", self.micro_model_only.f1());
        let _ = writeln!(s, "micro_p: {:.3}", self.micro.precision());
        let _ = writeln!(s, "micro_r: {:.3}", self.micro.recall());
        let _ = write!(s, "micro_f1: {:.3}", self.micro.f1());
        s
    }
}

/// Scores `model` on the gold file at `path` (format detected when `None`).
pub fn run(
    model: &NerModel,
    path: &Path,
    format: Option<Format>,
) -> Result<NerEvalReport, NerError> {
    let gold = read(path, format, ClassMap::default())?;
    Ok(score_sentences(model, &gold, &path.display().to_string()))
}

/// Scores `model` on sentences already read.
pub fn score_sentences(model: &NerModel, gold: &[GoldSentence], name: &str) -> NerEvalReport {
    let misc_scored = gold
        .iter()
        .any(|s| s.labels.iter().any(|l| l.class() == Some(Class::Misc)));
    // One sentence first, so that loading the tables the model reads on first use (the
    // place gazetteer) is not counted as tagging time.
    let _ = model.tag_raw(&["Lisboa", "e", "Paris"]);
    let started = Instant::now();
    let mut raw = Vec::with_capacity(gold.len());
    for s in gold {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        raw.push(model.tag_raw(&toks));
    }
    let secs = started.elapsed().as_secs_f64();
    let tokens: usize = gold.iter().map(|s| s.tokens.len()).sum();
    let mut per = [Prf::default(); 4];
    let mut model_only = Prf::default();
    // The rules after decoding, sentence by sentence, then across each document.
    let mut fixed_all: Vec<Vec<Label>> = Vec::with_capacity(gold.len());
    let mut doc_from = 0;
    for (i, (s, pred)) in gold.iter().zip(&raw).enumerate() {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        let mut fixed = pred.clone();
        model.post_process(&toks, &mut fixed);
        fixed_all.push(fixed);
        if gold.get(i + 1).is_none_or(|n| n.doc_start) {
            let toks: Vec<Vec<&str>> = gold[doc_from..=i]
                .iter()
                .map(|s| s.tokens.iter().map(String::as_str).collect())
                .collect();
            crate::lexicon::document_consistency(&toks, &mut fixed_all[doc_from..=i]);
            doc_from = i + 1;
        }
    }
    for ((s, pred), fixed) in gold.iter().zip(&raw).zip(&fixed_all) {
        for (k, p) in compare(&s.labels, fixed, misc_scored)
            .into_iter()
            .enumerate()
        {
            per[k].add(p);
        }
        for p in compare(&s.labels, pred, misc_scored) {
            model_only.add(p);
        }
    }
    let classes: Vec<(Class, Prf)> = Class::ALL
        .iter()
        .copied()
        .zip(per)
        .filter(|(c, _)| misc_scored || *c != Class::Misc)
        .collect();
    let mut micro = Prf::default();
    for (_, p) in &classes {
        micro.add(*p);
    }
    NerEvalReport {
        set: name.to_string(),
        sentences: gold.len(),
        tokens,
        misc_scored,
        classes,
        micro,
        micro_model_only: model_only,
        tokens_per_sec: if secs > 0.0 {
            tokens as f64 / secs
        } else {
            0.0
        },
    }
}

/// Per-class true/false positives and misses of one sentence, in PER, ORG, LOC, MISC order.
pub fn compare(gold: &[Label], pred: &[Label], misc_scored: bool) -> [Prf; 4] {
    let keep = |c: &Chunk| misc_scored || c.class != Class::Misc;
    let g: Vec<Chunk> = chunks(gold).into_iter().filter(keep).collect();
    let p: Vec<Chunk> = chunks(pred).into_iter().filter(keep).collect();
    let mut out = [Prf::default(); 4];
    let idx = |c: Class| Class::ALL.iter().position(|&x| x == c).unwrap_or(0);
    for c in &p {
        if g.contains(c) {
            out[idx(c.class)].tp += 1;
        } else {
            out[idx(c.class)].fp += 1;
        }
    }
    for c in &g {
        if !p.contains(c) {
            out[idx(c.class)].fn_ += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(tags: &[&str]) -> Vec<Label> {
        tags.iter()
            .map(|t| Label::parse(t, &Class::from_name))
            .collect()
    }

    #[test]
    fn exact_span_and_class_needed() {
        let gold = labels(&["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"]);
        let pred = labels(&["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O"]);
        let r = compare(&gold, &pred, true);
        assert_eq!(
            r[0],
            Prf {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            r[1],
            Prf {
                tp: 0,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            r[2],
            Prf {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        let mut m = Prf::default();
        for p in r {
            m.add(p);
        }
        assert!((m.precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!((m.recall() - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn misc_ignored_when_the_set_has_none() {
        let gold = labels(&["B-PER", "O"]);
        let pred = labels(&["B-PER", "B-MISC"]);
        let r = compare(&gold, &pred, false);
        assert_eq!(r[3], Prf::default());
        assert_eq!(compare(&gold, &pred, true)[3].fp, 1);
    }

    #[test]
    fn iob1_gold_scores_like_iob2() {
        let gold = labels(&["I-PER", "I-PER", "I-LOC"]);
        let pred = labels(&["B-PER", "I-PER", "B-LOC"]);
        let r = compare(&gold, &pred, true);
        assert_eq!(r[0].tp + r[2].tp, 2);
        assert_eq!(r[0].fp + r[2].fp + r[0].fn_ + r[2].fn_, 0);
    }

    #[test]
    fn report_lines_end_with_micro_f1() {
        let r = NerEvalReport {
            set: "x".into(),
            sentences: 1,
            tokens: 2,
            misc_scored: false,
            classes: vec![(
                Class::Per,
                Prf {
                    tp: 1,
                    fp: 1,
                    fn_: 0,
                },
            )],
            micro: Prf {
                tp: 1,
                fp: 1,
                fn_: 0,
            },
            micro_model_only: Prf::default(),
            tokens_per_sec: 0.0,
        };
        assert!(r.lines().ends_with("micro_f1: 0.667"));
    }
}
