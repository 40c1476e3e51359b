//! Checks the article splitter against gold event files.
//!
//! Gold event records name, in their `article` field, the headline of the
//! article each event belongs to. A good split finds every such headline as
//! the title of one article of that file. [`evaluate_titles`] reads a gold
//! file and the documents next to it and reports how many gold headlines were
//! found.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use cronica_types::stage::ArticleSplitter;
use cronica_types::ArticleKind;
use serde::{Deserialize, Serialize};

use crate::error::IngestError;
use crate::{read_bytes, IngestOptions, RuleArticleSplitter};

/// What the splitter found against the gold headlines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TitleReport {
    pub documents: usize,
    pub articles: usize,
    pub teasers: usize,
    pub boilerplate: usize,
    pub gold_titles: usize,
    pub found: usize,
    /// `doc: title` for every gold headline not found as an article title.
    pub missing: Vec<String>,
}

impl TitleReport {
    /// Share of gold headlines found.
    pub fn recall(&self) -> f64 {
        if self.gold_titles == 0 {
            return 0.0;
        }
        self.found as f64 / self.gold_titles as f64
    }

    /// `name: value` lines, the headline figure last.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "documents: {}", self.documents);
        let _ = writeln!(s, "articles: {}", self.articles);
        let _ = writeln!(s, "teasers: {}", self.teasers);
        let _ = writeln!(s, "boilerplate: {}", self.boilerplate);
        let _ = writeln!(s, "gold titles: {}", self.gold_titles);
        for m in &self.missing {
            let _ = writeln!(s, "missing: {m}");
        }
        let _ = writeln!(s, "gold titles found: {:.3}", self.recall());
        s
    }
}

#[derive(Deserialize)]
struct GoldRecord {
    doc: String,
    article: Option<String>,
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Reads the gold JSON Lines file `gold` (records with `doc` and `article`),
/// splits each named document found next to it, and counts the gold headlines
/// found as article titles.
pub fn evaluate_titles(gold: &Path) -> Result<TitleReport, IngestError> {
    let dir = gold.parent().unwrap_or(Path::new("."));
    let mut wanted: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (n, line) in std::fs::read_to_string(gold)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: GoldRecord = serde_json::from_str(line)
            .map_err(|e| IngestError::BadJson(format!("{}:{}: {e}", gold.display(), n + 1)))?;
        let titles = wanted.entry(rec.doc).or_default();
        if let Some(t) = rec.article {
            titles.insert(t);
        }
    }
    let splitter = RuleArticleSplitter::new();
    let mut report = TitleReport {
        documents: 0,
        articles: 0,
        teasers: 0,
        boilerplate: 0,
        gold_titles: 0,
        found: 0,
        missing: Vec::new(),
    };
    for (name, titles) in &wanted {
        let path = dir.join(name);
        let bytes = std::fs::read(&path)?;
        let doc = read_bytes(
            &path.display().to_string(),
            name,
            &bytes,
            &IngestOptions::default(),
        )
        .map_err(|d| IngestError::Encoding(d.message))?;
        let arts = splitter.split(&doc);
        report.documents += 1;
        for a in &arts {
            match a.kind {
                ArticleKind::Article => report.articles += 1,
                // (a translation repeats another article, as a teaser does)
                ArticleKind::Teaser | ArticleKind::Translation => report.teasers += 1,
                ArticleKind::Boilerplate => report.boilerplate += 1,
            }
        }
        let found: BTreeSet<String> = arts
            .iter()
            .filter_map(|a| a.title.as_deref().map(norm))
            .collect();
        for t in titles {
            report.gold_titles += 1;
            if found.contains(&norm(t)) {
                report.found += 1;
            } else {
                report.missing.push(format!("{name}: {t}"));
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_recall_last() {
        let r = TitleReport {
            documents: 1,
            articles: 2,
            teasers: 0,
            boilerplate: 1,
            gold_titles: 4,
            found: 3,
            missing: vec!["a.txt: X".into()],
        };
        let out = r.render();
        assert!(out.ends_with("gold titles found: 0.750\n"), "{out}");
        assert!(out.contains("missing: a.txt: X\n"));
    }
}
