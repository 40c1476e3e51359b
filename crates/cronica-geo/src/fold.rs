//! Accent- and case-folding and word splitting shared by the gazetteer index and
//! the text matcher, so that a name and its mention in text fold to the same key.
//!
//! Keys are the folded words of a name joined by one space: "São Paulo",
//! "Sao  Paulo" and "SÃO PAULO" all become `sao paulo`; "U.S." becomes `u s`;
//! "Guinea-Bissau" becomes `guinea bissau`.

use std::borrow::Cow;

/// Folds one character to lower-case ASCII where it is a Latin letter with
/// diacritics; other characters are lower-cased as they are.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let s = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' | 'ª' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => {
            "e"
        }
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => {
            "i"
        }
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' | 'º' => {
            "o"
        }
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        _ => {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
            return;
        }
    };
    out.push_str(s);
}

/// A word's folded form: the word itself where folding leaves it as it is
/// (lower-case ASCII, most words of a text), so that those cost nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded<'a>(Cow<'a, str>);

impl Folded<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Folded<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Folded<'_> {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

/// The folded form of word `w`.
pub(crate) fn fold_word(w: &str) -> Folded<'_> {
    let bytes = w.as_bytes();
    if bytes
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return Folded(Cow::Borrowed(w));
    }
    if w.is_ascii() {
        return Folded(Cow::Owned(w.to_ascii_lowercase()));
    }
    let mut folded = String::with_capacity(w.len());
    for c in w.chars() {
        fold_char(c, &mut folded);
    }
    Folded(Cow::Owned(folded))
}

/// A word of running text: its byte range and whether it starts with a capital.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    /// Folded form.
    pub folded: Folded<'a>,
    pub capitalized: bool,
    /// Only spaces, hyphens, apostrophes or single dots lie between this word
    /// and the one before it, so both may be part of one name.
    pub joins_previous: bool,
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joining_gap(gap: &str) -> bool {
    // "New York", "Guinea-Bissau", "d'Ivoire", "U.S.", "St. Louis"; a spaced
    // dash ("Recife - PE") or any other punctuation separates names.
    matches!(gap, " " | "\u{a0}" | "-" | "'" | "’" | "." | ". ")
}

/// Splits `text` into words, with byte offsets relative to `text`.
pub fn words<'a>(text: &'a str) -> Vec<Word<'a>> {
    let mut out: Vec<Word<'a>> = Vec::with_capacity(text.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut prev_end = 0usize;
    let flush = |s: usize, e: usize, out: &mut Vec<Word<'a>>, prev_end: &mut usize| {
        let w = &text[s..e];
        let capitalized = w.chars().next().is_some_and(|c| c.is_uppercase());
        let gap = &text[*prev_end..s];
        // A dot joins only after an abbreviation ("St. Louis", "U.S."), not
        // at a sentence end ("in London. The").
        let after_abbreviation = || {
            out.last()
                .is_some_and(|p: &Word| text[p.start..p.end].chars().count() <= 3)
        };
        let joins_previous = !out.is_empty()
            && is_joining_gap(gap)
            && (!gap.starts_with('.') || after_abbreviation());
        out.push(Word {
            start: s,
            end: e,
            folded: fold_word(w),
            capitalized,
            joins_previous,
        });
        *prev_end = e;
    };
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            flush(s, i, &mut out, &mut prev_end);
        }
    }
    if let Some(s) = start {
        flush(s, text.len(), &mut out, &mut prev_end);
    }
    out
}

/// The index key of a name: its folded words joined by single spaces.
pub fn key(name: &str) -> String {
    let mut k = String::with_capacity(name.len());
    for w in words(name) {
        if !k.is_empty() {
            k.push(' ');
        }
        k.push_str(&w.folded);
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_accents_case_and_punctuation() {
        assert_eq!(key("São Paulo"), "sao paulo");
        assert_eq!(key("SÃO  PAULO"), "sao paulo");
        assert_eq!(key("U.S."), "u s");
        assert_eq!(key("Guinea-Bissau"), "guinea bissau");
        assert_eq!(key("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(key("Bogotá"), "bogota");
    }

    #[test]
    fn words_know_what_joins() {
        let w = words("in Rio de Janeiro, Brasil");
        assert_eq!(w.len(), 5);
        assert!(w[2].joins_previous && w[3].joins_previous);
        assert!(!w[4].joins_previous, "a comma breaks a name");
        assert!(w[1].capitalized && !w[2].capitalized);
        assert_eq!(
            &"in Rio de Janeiro, Brasil"[w[3].start..w[3].end],
            "Janeiro"
        );
    }
}
