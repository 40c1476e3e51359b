//! BIO labels over the four entity classes, and conlleval chunking.
//!
//! Every reader normalises its tags into [`Label`] (IOB2), and the scorer turns label
//! sequences back into chunks the way conlleval does, so IOB1, IOB2 and IO input give the
//! same spans.

use std::fmt;

/// The four entity classes the tagger knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Class {
    Per,
    Org,
    Loc,
    Misc,
}

impl Class {
    pub const ALL: [Class; 4] = [Class::Per, Class::Org, Class::Loc, Class::Misc];

    pub fn name(self) -> &'static str {
        match self {
            Class::Per => "PER",
            Class::Org => "ORG",
            Class::Loc => "LOC",
            Class::Misc => "MISC",
        }
    }

    fn index(self) -> u8 {
        match self {
            Class::Per => 0,
            Class::Org => 1,
            Class::Loc => 2,
            Class::Misc => 3,
        }
    }

    /// Reads a class name from any of the gold sets (CoNLL, WikiANN, HAREM, LeNER-Br,
    /// OntoNotes-like). Classes outside the four give `None`.
    pub fn from_name(name: &str) -> Option<Class> {
        match name.to_ascii_uppercase().as_str() {
            "PER" | "PERSON" | "PESSOA" | "PERS" => Some(Class::Per),
            "ORG" | "ORGANIZATION" | "ORGANISATION" | "ORGANIZACAO" => Some(Class::Org),
            "LOC" | "LOCATION" | "LOCAL" | "GPE" => Some(Class::Loc),
            "MISC" => Some(Class::Misc),
            _ => None,
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One BIO label: `O`, `B-X` or `I-X`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    O,
    B(Class),
    I(Class),
}

impl Label {
    /// Number of distinct labels (O plus B/I of four classes).
    pub const COUNT: usize = 9;

    /// Dense index: O = 0, B-X = 1 + 2k, I-X = 2 + 2k.
    pub fn index(self) -> usize {
        match self {
            Label::O => 0,
            Label::B(c) => 1 + 2 * c.index() as usize,
            Label::I(c) => 2 + 2 * c.index() as usize,
        }
    }

    pub fn from_index(i: usize) -> Label {
        match i {
            0 => Label::O,
            i if i % 2 == 1 => Label::B(Class::ALL[(i - 1) / 2]),
            i => Label::I(Class::ALL[(i - 2) / 2]),
        }
    }

    pub fn class(self) -> Option<Class> {
        match self {
            Label::O => None,
            Label::B(c) | Label::I(c) => Some(c),
        }
    }

    /// Whether this label may follow `prev` in IOB2 (`I-X` only after `B-X` or `I-X`).
    pub fn may_follow(self, prev: Label) -> bool {
        match self {
            Label::I(c) => prev.class() == Some(c),
            _ => true,
        }
    }

    /// Parses a tag as written in a data set: `B-X`, `I-X`, `E-X`, `S-X`, a bare class
    /// name (IO tagging) or `O`. Classes outside the four become `O`. The prefix is kept
    /// as written; [`to_iob2`] turns a whole sequence into IOB2.
    pub fn parse(tag: &str, map: &dyn Fn(&str) -> Option<Class>) -> Label {
        let tag = tag.trim();
        if tag.is_empty() || tag == "O" || tag == "_" {
            return Label::O;
        }
        let (prefix, name) = match tag.split_once(['-', '_']) {
            Some((p, n)) if matches!(p, "B" | "I" | "E" | "S" | "L" | "U") => (p, n),
            _ => ("I", tag),
        };
        match map(name) {
            None => Label::O,
            Some(c) if matches!(prefix, "B" | "S" | "U") => Label::B(c),
            Some(c) => Label::I(c),
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Label::O => f.write_str("O"),
            Label::B(c) => write!(f, "B-{c}"),
            Label::I(c) => write!(f, "I-{c}"),
        }
    }
}

/// A chunk: tokens `start..end` of one class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub class: Class,
}

/// conlleval chunking: a chunk starts at `B-X`, or at `I-X` after anything but `B-X`/`I-X`,
/// and ends before `O`, a `B-`, or a change of class.
pub fn chunks(labels: &[Label]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Class)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let starts = match (l, open) {
            (Label::O, _) => false,
            (Label::B(_), _) => true,
            (Label::I(c), Some((_, oc))) => c != oc,
            (Label::I(_), None) => true,
        };
        if let Some((s, c)) = open {
            if l == Label::O || starts {
                out.push(Chunk {
                    start: s,
                    end: i,
                    class: c,
                });
                open = None;
            }
        }
        if starts {
            open = l.class().map(|c| (i, c));
        }
    }
    if let Some((s, c)) = open {
        out.push(Chunk {
            start: s,
            end: labels.len(),
            class: c,
        });
    }
    out
}

/// Rewrites a label sequence as IOB2 (every chunk opens with `B-`), keeping its chunks.
pub fn to_iob2(labels: &mut [Label]) {
    let cs = chunks(labels);
    for l in labels.iter_mut() {
        *l = Label::O;
    }
    for c in cs {
        labels[c.start] = Label::B(c.class);
        for l in &mut labels[c.start + 1..c.end] {
            *l = Label::I(c.class);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(tags: &[&str]) -> Vec<Label> {
        tags.iter()
            .map(|t| Label::parse(t, &Class::from_name))
            .collect()
    }

    #[test]
    fn index_round_trips() {
        for i in 0..Label::COUNT {
            assert_eq!(Label::from_index(i).index(), i);
        }
        assert_eq!(Label::B(Class::Misc).to_string(), "B-MISC");
    }

    #[test]
    fn iob1_and_iob2_give_the_same_chunks() {
        let iob1 = parse_all(&["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]);
        let iob2 = parse_all(&["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"]);
        assert_eq!(chunks(&iob1), chunks(&iob2));
        assert_eq!(chunks(&iob1).len(), 4);
    }

    #[test]
    fn io_tags_and_foreign_classes() {
        let l = parse_all(&["PESSOA", "PESSOA", "TEMPO", "LOCAL", "O", "ORGANIZACAO"]);
        let c = chunks(&l);
        assert_eq!(
            c,
            vec![
                Chunk {
                    start: 0,
                    end: 2,
                    class: Class::Per
                },
                Chunk {
                    start: 3,
                    end: 4,
                    class: Class::Loc
                },
                Chunk {
                    start: 5,
                    end: 6,
                    class: Class::Org
                },
            ]
        );
    }

    #[test]
    fn class_change_inside_i_run_splits() {
        let l = parse_all(&["B-PER", "I-PER", "I-ORG", "I-ORG"]);
        assert_eq!(chunks(&l).len(), 2);
        let mut m = l.clone();
        to_iob2(&mut m);
        assert_eq!(m[2], Label::B(Class::Org));
        assert_eq!(chunks(&m), chunks(&l));
    }

    #[test]
    fn constraint_forbids_i_after_o() {
        assert!(!Label::I(Class::Per).may_follow(Label::O));
        assert!(!Label::I(Class::Per).may_follow(Label::B(Class::Org)));
        assert!(Label::I(Class::Per).may_follow(Label::B(Class::Per)));
    }
}
