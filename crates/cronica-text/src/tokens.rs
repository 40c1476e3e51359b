//! Tokenisation with byte spans.
//!
//! Words are runs of letters and digits; a hyphen or an apostrophe between two
//! letters stays inside the word ("right-wing", "d'état"), except the English
//! possessive "'s", which becomes its own token. Dotted abbreviations
//! ("U.S.", "EE.UU.") and numbers with separators ("1,000", "3.5") are one token.

use cronica_types::{Span, Token, TokenKind};

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenise `text[span]`; spans are into `text`.
/// Common top-level domains, for web names ("ecosocialist.scot"); short words
/// such as "it" or "no" are left out, for a stop missing its space ("ended.it").
const WEB_SUFFIXES: &[&str] = &[
    "com", "org", "net", "info", "gov", "edu", "int", "io", "uk", "scot", "es", "pt", "br", "ar",
    "mx", "pe", "ve", "cl", "ec", "bo", "uy", "py", "cu", "ni", "gt", "hn", "sv", "cr", "eu", "fr",
    "ch", "nl", "ca", "au", "us", "news", "online", "site", "tv", "fm", "lat",
];

/// Whether a web name's suffix starts at `i`: a common top-level domain up to a
/// space, a punctuation mark other than a hyphen, or the end.
fn web_suffix(chars: &[(usize, char)], i: usize) -> bool {
    let rest = &chars[i.min(chars.len())..];
    let len = rest
        .iter()
        .take_while(|(_, c)| c.is_ascii_lowercase())
        .count();
    let suffix: String = rest[..len].iter().map(|&(_, c)| c).collect();
    WEB_SUFFIXES.contains(&suffix.as_str())
        && rest
            .get(len)
            .is_none_or(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
}

pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let slice = &text[span.start..span.end];
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| if i < n { chars[i].0 } else { slice.len() };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            // 1,000 / 1.000 / 3.5 / 72h stays "72" + "h"
            i += 1;
            while i < n {
                let d = chars[i].1;
                let separator_in_number =
                    (d == ',' || d == '.') && at(i + 1).is_some_and(|e| e.is_ascii_digit());
                if d.is_ascii_digit() || separator_in_number {
                    i += 1;
                } else {
                    break;
                }
            }
            out.push(Token {
                span: Span::new(byte(start), byte(i)).offset(span.start),
                kind: TokenKind::Number,
            });
            continue;
        }
        if c.is_alphabetic() {
            // Dotted abbreviation: single letters separated by dots (U.S., EE.UU., a.m.)
            if let Some(end) = dotted_abbreviation(&chars, i) {
                out.push(Token {
                    span: Span::new(byte(start), byte(end)).offset(span.start),
                    kind: TokenKind::Word,
                });
                i = end;
                continue;
            }
            i += 1;
            loop {
                match at(i) {
                    Some(d) if d.is_alphanumeric() => i += 1,
                    // a web name: "ecosocialist.scot", "change.org"
                    Some('.') if web_suffix(&chars, i + 1) && i - start >= 2 => i += 1,
                    Some(d)
                        if (d == '-' || d == '‐' || is_apostrophe(d))
                            && at(i + 1).is_some_and(char::is_alphabetic) =>
                    {
                        // English possessive: split "'s" off.
                        if is_apostrophe(d)
                            && matches!(at(i + 1), Some('s') | Some('S'))
                            && !at(i + 2).is_some_and(char::is_alphanumeric)
                        {
                            break;
                        }
                        i += 2;
                    }
                    _ => break,
                }
            }
            out.push(Token {
                span: Span::new(byte(start), byte(i)).offset(span.start),
                kind: TokenKind::Word,
            });
            continue;
        }
        if is_apostrophe(c)
            && matches!(at(i + 1), Some('s') | Some('S'))
            && !at(i + 2).is_some_and(char::is_alphanumeric)
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
        {
            i += 2;
            out.push(Token {
                span: Span::new(byte(start), byte(i)).offset(span.start),
                kind: TokenKind::Word,
            });
            continue;
        }
        i += 1;
        let kind = if c.is_ascii_punctuation() || is_unicode_punct(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        out.push(Token {
            span: Span::new(byte(start), byte(i)).offset(span.start),
            kind,
        });
    }
    out
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '«' | '»' | '–' | '—' | '…' | '¿' | '¡' | '•' | '·'
    )
}

/// End (exclusive char index) of a dotted abbreviation starting at `i`:
/// one or two letters followed by a dot, repeated at least twice ("U.S.", "EE.UU.").
fn dotted_abbreviation(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let mut j = i;
    let mut groups = 0;
    loop {
        let mut k = j;
        while k < chars.len() && chars[k].1.is_alphabetic() && k - j < 2 {
            k += 1;
        }
        if k == j || k >= chars.len() || chars[k].1 != '.' {
            break;
        }
        // a third letter means an ordinary word ("etc.")
        if k < chars.len() && k > j && chars.get(k).is_some_and(|c| c.1.is_alphabetic()) {
            break;
        }
        groups += 1;
        j = k + 1;
        if !chars.get(j).is_some_and(|c| c.1.is_alphabetic()) {
            break;
        }
    }
    (groups >= 2).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.span.text(s))
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("More than 100 people, in 2025."),
            ["More", "than", "100", "people", ",", "in", "2025", "."]
        );
        assert_eq!(
            words("the USA's right-wing coup d'état"),
            ["the", "USA", "'s", "right-wing", "coup", "d'état"]
        );
        assert_eq!(
            words("$550 million and 1,000.5 or 1.000"),
            ["$", "550", "million", "and", "1,000.5", "or", "1.000"]
        );
    }

    #[test]
    fn keeps_dotted_abbreviations() {
        assert_eq!(
            words("the U.S. and EE.UU. said"),
            ["the", "U.S.", "and", "EE.UU.", "said"]
        );
        assert_eq!(
            words("São Paulo, 31 de janeiro"),
            ["São", "Paulo", ",", "31", "de", "janeiro"]
        );
    }

    #[test]
    fn keeps_web_names_whole() {
        assert_eq!(
            words("ecosocialist.scot is holding a meeting. Sign at change.org."),
            [
                "ecosocialist.scot",
                "is",
                "holding",
                "a",
                "meeting",
                ".",
                "Sign",
                "at",
                "change.org",
                "."
            ]
        );
        // a stop between sentences stays a stop
        assert_eq!(
            words("in Lima.The march"),
            ["in", "Lima", ".", "The", "march"]
        );
        assert_eq!(words("ended.it was"), ["ended", ".", "it", "was"]);
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let s = "xx Perú bombed";
        let t = tokenize(s, Span::new(3, s.len()));
        assert_eq!(t[0].span, Span::new(3, 8));
        assert_eq!(t[0].span.text(s), "Perú");
    }
}
