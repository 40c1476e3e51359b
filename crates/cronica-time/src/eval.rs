//! Accuracy of the tagger on a JSON Lines set of date expressions with their
//! reference time and accepted values (the format of `data/time/dates-dev.jsonl`).
//!
//! Each item is a phrase or sentence, optionally naming the expression inside it
//! (`expr`). The tagger reads the whole text against the item's reference date;
//! the answer is the expression that overlaps `expr` most, or the longest one when
//! no `expr` is given. It is right when its ISO value is among `values`; a range is
//! also right when its first day is (the sets give ranges by their start).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use cronica_types::{Lang, Precision, Span, TimeExpr};
use serde::Deserialize;

/// Errors reading an evaluation set.
#[derive(Debug, thiserror::Error)]
pub enum TimeError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a valid item: {source}")]
    Item {
        path: PathBuf,
        line: usize,
        source: serde_json::Error,
    },
    #[error("{path}:{line}: bad reference time {value:?}")]
    RefTime {
        path: PathBuf,
        line: usize,
        value: String,
    },
}

#[derive(Debug, Deserialize)]
struct Item {
    lang: String,
    text: String,
    #[serde(default)]
    expr: Option<String>,
    ref_time: String,
    values: Vec<String>,
}

/// One item the tagger got wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub line: usize,
    pub lang: Lang,
    pub text: String,
    pub expr: Option<String>,
    pub anchor: NaiveDate,
    pub expected: Vec<String>,
    /// What the tagger said, with the text it read it from.
    pub got: Option<(String, String)>,
}

/// Right and total per language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    pub total: usize,
}

impl Tally {
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

/// The result of [`run`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimeEvalReport {
    pub en: Tally,
    pub es: Tally,
    pub pt: Tally,
    pub misses: Vec<Miss>,
}

impl TimeEvalReport {
    pub fn overall(&self) -> Tally {
        Tally {
            right: self.en.right + self.es.right + self.pt.right,
            total: self.en.total + self.es.total + self.pt.total,
        }
    }

    /// `name: value` lines, the overall accuracy last.
    pub fn lines(&self) -> String {
        let mut s = String::new();
        for (name, t) in [("en", self.en), ("es", self.es), ("pt", self.pt)] {
            let _ = writeln!(s, "items[{name}]: {}", t.total);
            let _ = writeln!(s, "accuracy[{name}]: {:.3}", t.accuracy());
        }
        let _ = writeln!(s, "accuracy: {:.3}", self.overall().accuracy());
        s
    }

    /// One line per miss: what was expected and what was read.
    pub fn miss_lines(&self) -> String {
        let mut s = String::new();
        for m in &self.misses {
            let got = match &m.got {
                Some((v, t)) => format!("{v} from {t:?}"),
                None => "nothing".to_string(),
            };
            let _ = writeln!(
                s,
                "line:{} [{}] {:?}{} @{} want {} got {}",
                m.line,
                m.lang,
                m.text,
                m.expr
                    .as_ref()
                    .map(|e| format!(" expr {e:?}"))
                    .unwrap_or_default(),
                m.anchor,
                m.expected.join("|"),
                got
            );
        }
        s
    }
}

/// Case-insensitive find of `needle` in `hay`, as a byte range of `hay`.
fn find_ci(hay: &str, needle: &str) -> Option<Span> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return None;
    }
    let starts: Vec<usize> = hay.char_indices().map(|(i, _)| i).collect();
    for &s in &starts {
        let mut it = hay[s..]
            .char_indices()
            .flat_map(|(i, c)| c.to_lowercase().map(move |l| (i, c, l)));
        let mut ok = true;
        let mut end = s;
        for want in &needle {
            match it.next() {
                Some((i, c, l)) if l == *want => end = s + i + c.len_utf8(),
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return Some(Span::new(s, end));
        }
    }
    None
}

/// The expression that answers an item.
fn pick(found: &[TimeExpr], target: Option<Span>) -> Option<&TimeExpr> {
    match target {
        Some(t) => found
            .iter()
            .filter(|e| e.span.overlaps(t))
            .max_by_key(|e| e.span.end.min(t.end) - e.span.start.max(t.start)),
        None => found
            .iter()
            .max_by_key(|e| (e.span.len(), std::cmp::Reverse(e.span.start))),
    }
}

fn is_right(e: Option<&TimeExpr>, values: &[String]) -> bool {
    let Some(e) = e else {
        return values.iter().all(|v| v == "not resolved");
    };
    let iso = e.value.iso();
    if values.contains(&iso) {
        return true;
    }
    if matches!(e.value.precision, Precision::Range | Precision::Week) {
        let start = e.value.start.format("%Y-%m-%d").to_string();
        return values.contains(&start);
    }
    false
}

/// Runs the tagger over every item of `path` and scores it.
pub fn run(path: &Path) -> Result<TimeEvalReport, TimeError> {
    let data = std::fs::read_to_string(path).map_err(|source| TimeError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut report = TimeEvalReport::default();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item: Item = serde_json::from_str(line).map_err(|source| TimeError::Item {
            path: path.to_path_buf(),
            line: n + 1,
            source,
        })?;
        let anchor = item
            .ref_time
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .ok_or_else(|| TimeError::RefTime {
                path: path.to_path_buf(),
                line: n + 1,
                value: item.ref_time.clone(),
            })?;
        let lang: Lang = item.lang.parse().unwrap_or(Lang::Other);
        let found = crate::tag(
            &item.text,
            Span::new(0, item.text.len()),
            lang,
            Some(anchor),
        );
        let target = match &item.expr {
            Some(e) => find_ci(&item.text, e),
            None => None,
        };
        let chosen = pick(&found, target);
        let right = is_right(chosen, &item.values);
        let tally = match lang {
            Lang::Es => &mut report.es,
            Lang::Pt => &mut report.pt,
            _ => &mut report.en,
        };
        tally.total += 1;
        if right {
            tally.right += 1;
        } else {
            report.misses.push(Miss {
                line: n + 1,
                lang,
                text: item.text.clone(),
                expr: item.expr.clone(),
                anchor,
                expected: item.values.clone(),
                got: chosen.map(|e| (e.value.iso(), e.span.text(&item.text).to_string())),
            });
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_case_insensitively() {
        let s = find_ci("Nos vemos el Veintidós de febrero.", "veintidós de febrero").unwrap();
        assert_eq!(s, Span::new(13, 34));
    }

    #[test]
    fn scores_a_small_set() {
        let dir = std::env::temp_dir().join(format!("cronica-time-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("set.jsonl");
        std::fs::write(
            &path,
            concat!(
                r#"{"lang":"en","text":"ayer","ref_time":"2013-02-12T04:30:00-02:00","values":["2013-02-11"]}"#,
                "\n",
                r#"{"lang":"es","text":"ayer","ref_time":"2013-02-12T04:30:00-02:00","values":["2013-02-11"]}"#,
                "\n",
                r#"{"lang":"pt","text":"Foi em 3 de março de 2020.","expr":"3 de março de 2020","ref_time":"2021-01-01","values":["2020-03-03"]}"#,
                "\n"
            ),
        )
        .unwrap();
        let r = run(&path).unwrap();
        assert_eq!(r.es, Tally { right: 1, total: 1 });
        assert_eq!(r.pt, Tally { right: 1, total: 1 });
        assert_eq!(r.en, Tally { right: 0, total: 1 });
        assert_eq!(r.misses.len(), 1);
        assert!(r.lines().trim_end().ends_with("accuracy: 0.667"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
