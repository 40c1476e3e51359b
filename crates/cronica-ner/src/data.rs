//! Readers for the gold sets: CoNLL-like column files and the HAREM JSON.
//!
//! Every reader yields [`GoldSentence`]s with IOB2 [`Label`]s over the four classes, so
//! training and scoring never see the quirks of a format (index columns, `pt:` prefixes,
//! IOB1 or IO tagging, `-DOCSTART-` lines, character offsets).

use std::path::Path;

use serde::Deserialize;

use crate::label::{to_iob2, Class, Label};
use crate::NerError;

/// How a gold file is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Token first (or after an index column), tag last; blank lines between sentences.
    Conll,
    /// A JSON list of `{doc_text, entities: [{label, start_offset, end_offset}]}` with
    /// character offsets (the HAREM release of the BERTimbau evaluation).
    HaremJson,
}

impl Format {
    /// Guesses the format from the extension, then from the first non-blank byte.
    pub fn detect(path: &Path, bytes: &[u8]) -> Format {
        let json_ext = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
        if json_ext || first == Some(&b'[') {
            Format::HaremJson
        } else {
            Format::Conll
        }
    }
}

/// One tokenised sentence with its gold labels.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldSentence {
    pub tokens: Vec<String>,
    pub labels: Vec<Label>,
    /// The sentence opens a document (a `-DOCSTART-` line, a HAREM JSON document). In sets
    /// that mark no documents every sentence has it.
    pub doc_start: bool,
}

/// How source classes are mapped onto the four.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClassMap {
    /// Read LeNER-Br's `LEGISLACAO` (names of laws) as MISC instead of dropping it.
    pub legislation_as_misc: bool,
}

impl ClassMap {
    pub fn class(&self, name: &str) -> Option<Class> {
        if self.legislation_as_misc && name.eq_ignore_ascii_case("LEGISLACAO") {
            return Some(Class::Misc);
        }
        Class::from_name(name)
    }
}

/// Reads a gold file in the given (or detected) format.
pub fn read(
    path: &Path,
    format: Option<Format>,
    map: ClassMap,
) -> Result<Vec<GoldSentence>, NerError> {
    let bytes = std::fs::read(path).map_err(|source| NerError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let format = format.unwrap_or_else(|| Format::detect(path, &bytes));
    let text = String::from_utf8_lossy(&bytes);
    match format {
        Format::Conll => Ok(read_conll(&text, map)),
        Format::HaremJson => read_harem_json(&text, map).map_err(|e| NerError::Parse {
            path: path.to_path_buf(),
            message: e.to_string(),
        }),
    }
}

/// Parses CoNLL-like text. Columns are split on tabs when the line has one, else on spaces.
pub fn read_conll(text: &str, map: ClassMap) -> Vec<GoldSentence> {
    let lines: Vec<Vec<&str>> = text
        .lines()
        .map(|l| {
            let l = l.trim_end_matches('\r');
            if l.contains('\t') {
                l.split('\t').collect()
            } else {
                l.split_whitespace().collect()
            }
        })
        .collect();
    let indexed = has_index_column(&lines);
    let prefix = language_prefix(&lines, indexed);
    let mut out = Vec::new();
    let mut cur = GoldSentence {
        tokens: Vec::new(),
        labels: Vec::new(),
        doc_start: true,
    };
    let class = |n: &str| map.class(n);
    for cols in &lines {
        let blank = cols.iter().all(|c| c.trim().is_empty());
        if blank || cols[0].starts_with("-DOCSTART-") {
            flush(&mut cur, &mut out);
            if !blank {
                cur.doc_start = true;
            }
            continue;
        }
        if cols.len() < 2 {
            continue;
        }
        let mut tok = if indexed && cols.len() >= 3 {
            cols[1]
        } else {
            cols[0]
        };
        if let Some(p) = &prefix {
            tok = tok.strip_prefix(p.as_str()).unwrap_or(tok);
        }
        let tok = if tok.is_empty() { "_" } else { tok };
        cur.tokens.push(tok.to_string());
        cur.labels.push(Label::parse(cols[cols.len() - 1], &class));
    }
    flush(&mut cur, &mut out);
    // Without document marks, no two sentences are known to share a document.
    if !lines
        .iter()
        .any(|c| c.first().is_some_and(|t| t.starts_with("-DOCSTART-")))
    {
        for s in &mut out {
            s.doc_start = true;
        }
    }
    out
}

fn flush(cur: &mut GoldSentence, out: &mut Vec<GoldSentence>) {
    if !cur.tokens.is_empty() {
        to_iob2(&mut cur.labels);
        out.push(std::mem::replace(
            cur,
            GoldSentence {
                tokens: Vec::new(),
                labels: Vec::new(),
                doc_start: false,
            },
        ));
    }
}

/// Whether the first column counts tokens within each sentence (`0 token TAG`).
fn has_index_column(lines: &[Vec<&str>]) -> bool {
    let mut expect = 0usize;
    let mut seen = 0;
    for cols in lines.iter().take(200) {
        if cols.iter().all(|c| c.trim().is_empty()) {
            expect = 0;
            continue;
        }
        if cols.len() < 3
            || cols[0]
                .parse::<usize>()
                .ok()
                .is_none_or(|n| n != expect && n != expect + 1)
        {
            return false;
        }
        expect = cols[0].parse::<usize>().unwrap_or(0) + 1;
        seen += 1;
    }
    seen > 0
}

/// A `xx:` prefix every token carries (WikiANN's Portuguese copy writes `pt:token`).
fn language_prefix(lines: &[Vec<&str>], indexed: bool) -> Option<String> {
    let toks: Vec<&str> = lines
        .iter()
        .filter(|c| c.len() >= 2 && !c[0].trim().is_empty() && !c[0].starts_with("-DOCSTART-"))
        .take(50)
        .map(|c| if indexed && c.len() >= 3 { c[1] } else { c[0] })
        .collect();
    let first = toks.first()?;
    let p = first.get(..3)?;
    let ok = p.as_bytes()[2] == b':' && p[..2].bytes().all(|b| b.is_ascii_lowercase());
    (ok && toks.iter().all(|t| t.starts_with(p))).then(|| p.to_string())
}

#[derive(Deserialize)]
struct JsonDoc {
    doc_text: String,
    entities: Vec<JsonEntity>,
}

#[derive(Deserialize)]
struct JsonEntity {
    label: String,
    start_offset: usize,
    end_offset: usize,
}

/// Parses the HAREM JSON: each document is split into sentences and tokens by
/// [`tokenize`], and tokens overlapping an entity take its label.
pub fn read_harem_json(text: &str, map: ClassMap) -> Result<Vec<GoldSentence>, serde_json::Error> {
    let docs: Vec<JsonDoc> = serde_json::from_str(text)?;
    let mut out = Vec::new();
    for doc in docs {
        // Character offsets to byte offsets.
        let mut byte_at: Vec<usize> = doc.doc_text.char_indices().map(|(b, _)| b).collect();
        byte_at.push(doc.doc_text.len());
        let to_byte = |c: usize| byte_at[c.min(byte_at.len() - 1)];
        let mut ents: Vec<(usize, usize, Class)> = doc
            .entities
            .iter()
            .filter_map(|e| {
                Some((
                    to_byte(e.start_offset),
                    to_byte(e.end_offset),
                    map.class(&e.label)?,
                ))
            })
            .collect();
        ents.sort();
        let mut doc_start = true;
        for sent in split_sentences(&doc.doc_text) {
            let mut s = GoldSentence {
                tokens: Vec::new(),
                labels: Vec::new(),
                doc_start,
            };
            let mut last: Option<usize> = None;
            for (start, end) in tokenize(&doc.doc_text, sent) {
                s.tokens.push(doc.doc_text[start..end].to_string());
                let hit = ents.iter().position(|&(es, ee, _)| es < end && start < ee);
                let label = match hit {
                    None => Label::O,
                    Some(k) if last == Some(k) => Label::I(ents[k].2),
                    Some(k) => Label::B(ents[k].2),
                };
                last = hit;
                s.labels.push(label);
            }
            if !s.tokens.is_empty() {
                out.push(s);
                doc_start = false;
            }
        }
    }
    Ok(out)
}

/// Splits text into sentence byte ranges: at line breaks, and after `.`, `!`, `?` followed
/// by a space and an upper-case letter or digit.
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let cut = if b[i] == b'\n' {
            Some(i + 1)
        } else if matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1) == Some(&b' ') {
            let next = text[i + 2..].chars().next();
            let prev_word = text[start..i].rsplit(' ').next().unwrap_or("");
            // Abbreviations such as "Sr." or "Dr." keep the sentence going.
            let abbrev = prev_word.chars().count() <= 2
                && prev_word.chars().next().is_some_and(char::is_uppercase);
            (next.is_some_and(|c| c.is_uppercase() || c.is_numeric()) && !abbrev).then_some(i + 1)
        } else {
            None
        };
        if let Some(end) = cut {
            if !text[start..end].trim().is_empty() {
                out.push((start, end));
            }
            start = end;
        }
        i += 1;
    }
    if !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

/// Splits `range` of `text` into token byte ranges: runs of letters and digits (keeping
/// inner `'`, `-`, `.` and `,` between alphanumerics), and each other non-space character.
pub fn tokenize(text: &str, range: (usize, usize)) -> Vec<(usize, usize)> {
    let s = &text[range.0..range.1];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = k + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                let joiner = matches!(cj, '\'' | '-' | '.' | ',' | '’')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
                    && (cj != ','
                        || (chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit()));
                if cj.is_alphanumeric() || joiner {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(s.len(), |x| x.0);
            out.push((range.0 + i, range.0 + end));
            k = j;
        } else {
            out.push((range.0 + i, range.0 + i + c.len_utf8()));
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(s: &[GoldSentence]) -> Vec<String> {
        s.iter()
            .map(|g| {
                g.tokens
                    .iter()
                    .zip(&g.labels)
                    .map(|(t, l)| format!("{t}/{l}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn four_columns_with_docstart_iob1() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n";
        let s = read_conll(text, ClassMap::default());
        assert_eq!(
            show(&s),
            vec![
                "EU/B-ORG rejects/O German/B-MISC",
                "Peter/B-PER Blackburn/I-PER"
            ]
        );
        let docs: Vec<bool> = s.iter().map(|g| g.doc_start).collect();
        assert_eq!(docs, vec![true, false]);
        let two = read_conll(
            &format!("{text}\n-DOCSTART- -X- -X- O\n\n{text}"),
            ClassMap::default(),
        );
        let docs: Vec<bool> = two.iter().map(|g| g.doc_start).collect();
        assert_eq!(docs, vec![true, false, true, false]);
        // Without document marks every sentence stands alone.
        let plain = read_conll("Paris B-LOC\n\nLima B-LOC\n", ClassMap::default());
        assert!(plain.iter().all(|g| g.doc_start));
    }

    #[test]
    fn index_column_and_language_prefix() {
        let text = "0\tR.H.\tB-ORG\n1\tSaunders\tI-ORG\n\n0\tParis\tB-LOC\n";
        assert_eq!(
            show(&read_conll(text, ClassMap::default())),
            vec!["R.H./B-ORG Saunders/I-ORG", "Paris/B-LOC"]
        );
        let text = "pt:Walt\tB-ORG\npt:Disney\tI-ORG\n\npt:em\tO\n";
        assert_eq!(
            show(&read_conll(text, ClassMap::default())),
            vec!["Walt/B-ORG Disney/I-ORG", "em/O"]
        );
    }

    #[test]
    fn numbers_in_first_column_are_tokens_when_not_counting() {
        let text = "1995 O\nfue O\n\nEn O\n";
        assert_eq!(
            show(&read_conll(text, ClassMap::default())),
            vec!["1995/O fue/O", "En/O"]
        );
    }

    #[test]
    fn legal_classes_map_as_asked() {
        let text =
            "Lei B-LEGISLACAO\n8.666 I-LEGISLACAO\nde O\nJoão B-PESSOA\nem O\n2010 B-TEMPO\n";
        assert_eq!(
            show(&read_conll(text, ClassMap::default())),
            vec!["Lei/O 8.666/O de/O João/B-PER em/O 2010/O"]
        );
        let m = ClassMap {
            legislation_as_misc: true,
        };
        assert_eq!(
            show(&read_conll(text, m)),
            vec!["Lei/B-MISC 8.666/I-MISC de/O João/B-PER em/O 2010/O"]
        );
    }

    #[test]
    fn harem_json_offsets_are_characters() {
        let json = r#"[{"doc_id":"d","doc_text":"Ação em São Paulo. O Banco do Brasil cresceu.","entities":[
            {"entity_id":0,"text":"São Paulo","label":"LOCAL","start_offset":8,"end_offset":17},
            {"entity_id":1,"text":"Banco do Brasil","label":"ORGANIZACAO","start_offset":21,"end_offset":36}]}]"#;
        let s = read_harem_json(json, ClassMap::default()).unwrap();
        assert_eq!(
            show(&s),
            vec![
                "Ação/O em/O São/B-LOC Paulo/I-LOC ./O",
                "O/O Banco/B-ORG do/I-ORG Brasil/I-ORG cresceu/O ./O"
            ]
        );
    }

    #[test]
    fn tokenizer_keeps_numbers_and_abbreviations() {
        let t = "O Sr. Silva pagou 1.234,50 reais, disse-me.";
        let toks: Vec<&str> = tokenize(t, (0, t.len()))
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(
            toks,
            vec!["O", "Sr", ".", "Silva", "pagou", "1.234,50", "reais", ",", "disse-me", "."]
        );
        assert_eq!(split_sentences(t).len(), 1);
    }
}
