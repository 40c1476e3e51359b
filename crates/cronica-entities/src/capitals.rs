//! "Venezuela's capital", "the capital of Peru", "la capital venezolana", "a capital
//! do Brasil": a country's capital named through the country. The country mention
//! becomes a place spanning the whole phrase, with the capital's name as its
//! canonical form, so that the place stage puts it on the capital.

use cronica_geo::Gazetteer;
use cronica_types::{Entity, EntityLabel, Lang, Span};

/// The word for "capital" in each language (the same in all three).
const CAPITAL: &str = "capital";

/// Rewrites country and demonym mentions that name a capital.
pub(crate) fn capital_phrases(text: &str, lang: Lang, g: &Gazetteer, entities: &mut [Entity]) {
    for e in entities.iter_mut() {
        if !matches!(e.label, EntityLabel::Loc | EntityLabel::Norp) {
            continue;
        }
        let Some(country) = e.country.as_deref().and_then(|c| g.country(c)) else {
            continue;
        };
        // a demonym must be the country's; a place must be the country itself
        if e.label == EntityLabel::Loc && g.country_by_name(&e.text).is_none() {
            continue;
        }
        let Some(capital) = country.capital.clone() else {
            continue;
        };
        let Some(span) = phrase(text, e.span, e.label, lang) else {
            continue;
        };
        e.span = span;
        e.text = text[span.start..span.end].to_string();
        e.label = EntityLabel::Loc;
        e.canonical = Some(capital);
    }
}

/// The span of the capital phrase around a country or demonym at `span`.
fn phrase(text: &str, span: Span, label: EntityLabel, lang: Lang) -> Option<Span> {
    let before = &text[..span.start];
    let after = &text[span.end..];
    match (label, lang) {
        // "Venezuela's capital", "Venezuela’s capital"
        (EntityLabel::Loc, Lang::En) => {
            for poss in ["'s ", "’s "] {
                if let Some(rest) = after.strip_prefix(poss) {
                    if starts_word(rest, CAPITAL) {
                        return Some(Span::new(span.start, span.end + poss.len() + CAPITAL.len()));
                    }
                }
            }
            // "the capital of Venezuela"
            ends_with_words(before, &["the", CAPITAL, "of"]).map(|start| Span::new(start, span.end))
        }
        // "the Venezuelan capital"
        (EntityLabel::Norp, Lang::En) => {
            let rest = after.strip_prefix(' ')?;
            starts_word(rest, CAPITAL).then(|| Span::new(span.start, span.end + 1 + CAPITAL.len()))
        }
        // "la capital de Venezuela", "a capital da Venezuela", "a capital do Brasil"
        (EntityLabel::Loc, _) => articles(lang).iter().find_map(|art| {
            ["de", "da", "do", "del"].iter().find_map(|of| {
                ends_with_words(before, &[art, CAPITAL, of]).map(|start| Span::new(start, span.end))
            })
        }),
        // "la capital venezolana", "na capital venezuelana"
        (EntityLabel::Norp, _) => articles(lang).iter().find_map(|art| {
            ends_with_words(before, &[art, CAPITAL]).map(|start| Span::new(start, span.end))
        }),
        _ => None,
    }
}

/// The article before "capital", with the prepositions Portuguese glues to it ("na",
/// "da", "à").
fn articles(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Pt => &["a", "na", "da", "à"],
        _ => &["la"],
    }
}

/// Whether `s` starts with the word `w` (any case), not with a longer word.
fn starts_word(s: &str, w: &str) -> bool {
    s.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w))
        && !s[w.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// Where the words `ws` start when `s` ends with them and one space after the last.
fn ends_with_words(s: &str, ws: &[&str]) -> Option<usize> {
    let mut rest = s.strip_suffix(' ')?;
    for (k, w) in ws.iter().enumerate().rev() {
        let cut = rest.len().checked_sub(w.len())?;
        let tail = rest.get(cut..)?;
        if !tail.eq_ignore_ascii_case(w) {
            return None;
        }
        let head = &rest[..cut];
        if head.chars().next_back().is_some_and(char::is_alphanumeric) {
            return None;
        }
        if k == 0 {
            return Some(cut);
        }
        rest = head.strip_suffix(' ')?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_in_three_languages() {
        let t = "bombed Venezuela's capital on Saturday";
        let s = Span::new(7, 16);
        assert_eq!(
            phrase(t, s, EntityLabel::Loc, Lang::En),
            Some(Span::new(7, 26))
        );
        let t = "in the capital of Peru";
        assert_eq!(
            phrase(t, Span::new(18, 22), EntityLabel::Loc, Lang::En),
            Some(Span::new(3, 22))
        );
        let t = "en la capital venezolana";
        assert_eq!(
            phrase(t, Span::new(14, 24), EntityLabel::Norp, Lang::Es),
            Some(Span::new(3, 24))
        );
        let t = "na capital do Brasil";
        assert_eq!(
            phrase(t, Span::new(14, 20), EntityLabel::Loc, Lang::Pt),
            Some(Span::new(0, 20))
        );
        let t = "a capital do Brasil";
        assert_eq!(
            phrase(t, Span::new(13, 19), EntityLabel::Loc, Lang::Pt),
            Some(Span::new(0, 19))
        );
        // "capitalism" is not "capital"
        let t = "Venezuela's capitalism";
        assert_eq!(phrase(t, Span::new(0, 9), EntityLabel::Loc, Lang::En), None);
    }
}
