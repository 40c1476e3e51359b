//! Sentence splitting for English, Spanish and Portuguese news text.
//!
//! A sentence ends at `.`, `!`, `?` or `…` followed by space and a likely
//! sentence start, unless the word before the stop is a known abbreviation
//! ("Mr.", "Sr.", "Dra.", "Gen.") or a single initial ("Joseph R. Biden").
//! Line structure matters in news pages: a blank line ends a sentence unless
//! the next line goes on in lower case (a broken paragraph), and a single line
//! break ends one after a heading or before a list item; otherwise a single
//! line break is a hard wrap inside the sentence.

use cronica_types::stage::SentenceSplitter;
use cronica_types::{Lang, Sentence, Span};

use crate::tokens::tokenize;

/// Abbreviations (lower case, without the final dot) that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    // titles, en/es/pt
    "mr", "mrs", "ms", "dr", "drs", "prof", "sr", "sra", "srta", "sres", "dra", "dña", "d", "lic",
    "ing", "gen", "col", "lt", "sgt", "capt", "cap", "cmdr", "adm", "gov", "sen", "rep", "pres",
    "hon", "rev", "fr", "st", "sto", "sta", "jr", "sr", "mons", "gral", "cel", "ten", "dep", "ex",
    "cia", // common
    "vs", "etc", "inc", "ltd", "co", "corp", "dept", "approx", "est", "ed", "eds", "av", "avda",
    "aprox",
];

/// Abbreviations that are also words ("no", "ago", "set", "out", "mar"): they do not
/// end a sentence only next to a number ("No. 5", "Aug. 5", "5 ago. 2023").
const NUMBER_ABBREVIATIONS: &[&str] = &[
    "no", "nº", "nos", "núm", "num", "art", "arts", "fig", "p", "pp", "vol", "pág", "pag", "tel",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene",
    "abr", "ago", "dic", "fev", "mai", "set", "out", "dez",
];

/// Splits text into sentences with tokens.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleSentenceSplitter;

impl RuleSentenceSplitter {
    pub fn new() -> Self {
        RuleSentenceSplitter
    }

    /// Sentence spans inside `span` of `text`, trimmed of surrounding whitespace.
    pub fn sentence_spans(&self, text: &str, span: Span) -> Vec<Span> {
        let s = &text[span.start..span.end];
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut i = 0usize;
        while i < b.len() {
            let c = b[i];
            if c == b'\n' {
                // measure the run of line breaks (with spaces between)
                let mut j = i;
                let mut breaks = 0;
                while j < b.len()
                    && (b[j] == b'\n' || b[j] == b'\r' || b[j] == b' ' || b[j] == b'\t')
                {
                    if b[j] == b'\n' {
                        breaks += 1;
                    }
                    j += 1;
                }
                let prev_line = line_before(s, i);
                let next_line = line_after(s, j);
                let cut = if breaks >= 2 {
                    (!starts_lowercase(next_line) || ends_sentence(prev_line))
                        && !ends_in_function_word(prev_line)
                } else {
                    is_list_item(next_line)
                        || (is_heading(prev_line) || ends_sentence(prev_line))
                            && !starts_lowercase(next_line)
                        // ("Terça-feira, 9 de novembro · 00h00–24h00 · Porto da Horta ·
                        // Greve de 24 horas" over the next day's line: the lines of an
                        // agenda, in fields set apart by middle dots)
                        || in_fields(prev_line) && in_fields(next_line)
                };
                if cut {
                    push_trimmed(s, start, i, span.start, &mut out);
                    start = j;
                }
                i = j;
                continue;
            }
            if c == b'.'
                || c == b'!'
                || c == b'?'
                || (c == 0xE2 && s.is_char_boundary(i) && s[i..].starts_with('…'))
            {
                let stop_len = if c == b'.' || c == b'!' || c == b'?' {
                    1
                } else {
                    '…'.len_utf8()
                };
                // absorb repeated stops and closing quotes/brackets
                let mut j = i + stop_len;
                while j < b.len() {
                    let rest = &s[j..];
                    let ch = rest.chars().next().unwrap_or(' ');
                    if matches!(
                        ch,
                        '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '…'
                    ) {
                        j += ch.len_utf8();
                    } else {
                        break;
                    }
                }
                let followed_by_space = j >= b.len() || space_at(s, j) > 0;
                if followed_by_space && c == b'.' && is_abbreviation_before(s, i) {
                    i = j;
                    continue;
                }
                if followed_by_space {
                    let mut k = j;
                    while k < b.len() && space_at(s, k) > 0 {
                        k += space_at(s, k);
                    }
                    let next = s[k..].chars().next();
                    let starts = match next {
                        None => true,
                        Some(ch) => {
                            ch.is_uppercase()
                                || ch.is_ascii_digit()
                                || matches!(
                                    ch,
                                    '"' | '“'
                                        | '«'
                                        | '¿'
                                        | '¡'
                                        | '('
                                        | '['
                                        | '-'
                                        | '—'
                                        | '–'
                                        | '\''
                                        | '‘'
                                        | '•'
                                        | '*'
                                )
                                || ch == '\n'
                        }
                    };
                    // ("Emergency demonstration: Stop the bombing of Mexico! – outside
                    // the US Embassy": a cry a dash goes on from is a slogan inside an
                    // announcement's line)
                    // (... or anywhere in a bulleted line: "• Wednesday 30th January,
                    // 7pm - Hands Off Venezuela! Oppose the imperialist coup! - central
                    // London venue TBC")
                    let bulleted = line_before(s, i).starts_with(['•', '·', '*', '▪'])
                        && !line_after(s, j).is_empty();
                    let slogan = c != b'.' && (matches!(next, Some('-' | '—' | '–')) || bulleted);
                    if starts && !slogan {
                        push_trimmed(s, start, j, span.start, &mut out);
                        start = j;
                    }
                }
                i = j;
                continue;
            }
            i += 1;
        }
        push_trimmed(s, start, b.len(), span.start, &mut out);
        out
    }
}

impl SentenceSplitter for RuleSentenceSplitter {
    fn split(&self, text: &str, span: Span, _lang: Lang, article: usize) -> Vec<Sentence> {
        self.sentence_spans(text, span)
            .into_iter()
            .map(|sp| Sentence {
                span: sp,
                article,
                tokens: tokenize(text, sp),
            })
            .collect()
    }
}

fn push_trimmed(s: &str, start: usize, end: usize, base: usize, out: &mut Vec<Span>) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(base + start + lead, base + end - trail));
    }
}

fn line_before(s: &str, i: usize) -> &str {
    let begin = s[..i].rfind('\n').map_or(0, |p| p + 1);
    s[begin..i].trim()
}

fn line_after(s: &str, j: usize) -> &str {
    let end = s[j..].find('\n').map_or(s.len(), |p| j + p);
    s[j..end].trim()
}

/// A line in fields set apart by middle dots or bars, two at least: a row of
/// an agenda or of an incident log ("01 Aug | Kabankalan City | Killing | ...").
fn in_fields(line: &str) -> bool {
    line.matches(" · ").count() >= 2 || line.matches(" | ").count() >= 2
}

fn starts_lowercase(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', ')', '”', '’', '»', '*']);
    t.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// A short line with no final stop: a headline, a section title, a dateline.
fn is_heading(line: &str) -> bool {
    !line.is_empty()
        && line.len() < 160
        && !ends_sentence(line)
        && !line.ends_with(',')
        && line.split_whitespace().count() <= 20
        && !ends_in_function_word(line)
}

/// A line that stops on a conjunction, article or preposition ("from Hong Kong,
/// Iraq and") goes on in the next one, whatever case that starts in.
fn ends_in_function_word(line: &str) -> bool {
    line.split_whitespace().last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "and"
                | "or"
                | "but"
                | "the"
                | "of"
                | "in"
                | "to"
                | "for"
                | "with"
                | "from"
                | "including"
                | "y"
                | "e"
                | "o"
                | "de"
                | "del"
                | "la"
                | "el"
                | "a"
                | "en"
                | "con"
                | "por"
                | "para"
                | "do"
                | "da"
                | "em"
                | "com"
        )
    })
}

fn is_list_item(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(['-', '•', '*', '·', '–', '—'])
        || t.split_once(['.', ')']).is_some_and(|(n, rest)| {
            !n.is_empty()
                && n.len() <= 2
                && n.bytes().all(|b| b.is_ascii_digit())
                && rest.starts_with(' ')
        })
        // "a) A la Fiscalía, que ...", "b) Al Ministerio": a letter and a bracket
        || t.split_once(')').is_some_and(|(n, rest)| {
            n.len() == 1 && n.bytes().all(|b| b.is_ascii_lowercase()) && rest.starts_with(' ')
        })
}

fn is_abbreviation_before(s: &str, dot: usize) -> bool {
    let before = &s[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic() && c != '.')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // single initial: "R." in "Joseph R. Biden" (upper-case letter alone); not a
    // letter after a word in lower case, which names a thing ("la red social X.",
    // "plan B.")
    let mut cs = word.chars();
    if let (Some(first), None) = (cs.next(), cs.next()) {
        let previous = before[..word_start]
            .trim_end()
            .rsplit([' ', '\t', '\n'])
            .next();
        let after_common_word = previous
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase);
        return first.is_uppercase() && !after_common_word;
    }
    // dotted abbreviations: "U.S." "EE.UU." — a dot inside the word
    if word.contains('.') {
        return true;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    if NUMBER_ABBREVIATIONS.contains(&lower.as_str()) {
        let digit_after = s[dot + 1..]
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_ascii_digit());
        let digit_before = before[..word_start]
            .trim_end_matches([' ', '\t'])
            .ends_with(|c: char| c.is_ascii_digit());
        return digit_after || digit_before;
    }
    false
}

/// The length in bytes of the space at byte `j` of `s`, 0 when there is none: a
/// space, a tab, or a no-break or thin space (web pages write "out.\u{a0}Maduro").
fn space_at(s: &str, j: usize) -> usize {
    match s.get(j..).and_then(|r| r.chars().next()) {
        Some(c @ (' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}')) => c.len_utf8(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<&str> {
        RuleSentenceSplitter
            .sentence_spans(s, Span::new(0, s.len()))
            .iter()
            .map(|sp| sp.text(s))
            .collect()
    }

    #[test]
    fn words_that_abbreviate_months_end_sentences_away_from_numbers() {
        assert_eq!(
            sents("They were arrested a month ago. Courts freed them. Get out. No. 5 won."),
            [
                "They were arrested a month ago.",
                "Courts freed them.",
                "Get out.",
                "No. 5 won."
            ]
        );
        assert_eq!(
            sents("Llegó el 5 ago. 2023 a Lima. Dijo que no. Luego se fue."),
            [
                "Llegó el 5 ago. 2023 a Lima.",
                "Dijo que no.",
                "Luego se fue."
            ]
        );
    }

    #[test]
    fn each_line_of_an_agenda_in_fields_is_a_sentence_of_its_own() {
        assert_eq!(
            sents(
                "Terça-feira, 9 de novembro · 00h00–24h00 · Porto da Horta (Faial) · Greve de 24 \
                 horas\nQuinta-feira, 11 de novembro · 15h00 · Horta · Concentração em frente à \
                 Assembleia"
            ),
            [
                "Terça-feira, 9 de novembro · 00h00–24h00 · Porto da Horta (Faial) · Greve de 24 \
                 horas",
                "Quinta-feira, 11 de novembro · 15h00 · Horta · Concentração em frente à Assembleia"
            ]
        );
    }

    #[test]
    fn each_row_of_a_log_in_fields_set_apart_by_bars_is_a_sentence_of_its_own() {
        assert_eq!(
            sents(
                "01 Aug | Kabankalan City | Killing | Organiser shot dead | 1 killed\n\
                 02 Aug | Lianga | Aerial bombing | Helicopters pound slopes | none"
            ),
            [
                "01 Aug | Kabankalan City | Killing | Organiser shot dead | 1 killed",
                "02 Aug | Lianga | Aerial bombing | Helicopters pound slopes | none"
            ]
        );
    }

    #[test]
    fn a_lettered_item_of_a_list_is_a_sentence_of_its_own() {
        assert_eq!(
            sents(
                "exigimos:\n\na) A la Fiscalía, que investigue;\nb) Al Ministerio, que responda."
            ),
            [
                "exigimos:",
                "a) A la Fiscalía, que investigue;",
                "b) Al Ministerio, que responda."
            ]
        );
    }

    #[test]
    fn a_slogan_a_dash_goes_on_from_stays_in_its_line() {
        assert_eq!(
            sents("• Sunday 14 February, 1pm – Demonstration: Stop the bombing! – outside the US Embassy, London. We will be there!"),
            [
                "• Sunday 14 February, 1pm – Demonstration: Stop the bombing! – outside the US Embassy, London.",
                "We will be there!"
            ]
        );
    }

    #[test]
    fn a_no_break_space_after_a_stop_ends_the_sentence() {
        assert_eq!(
            sents("The army must force him out.\u{a0}Maduro has broken relations."),
            [
                "The army must force him out.",
                "Maduro has broken relations."
            ]
        );
    }

    #[test]
    fn a_letter_after_a_common_word_is_no_initial() {
        assert_eq!(
            sents("informó la Policía en la red social X. La Asociación anunció una marcha."),
            [
                "informó la Policía en la red social X.",
                "La Asociación anunció una marcha."
            ]
        );
        assert_eq!(
            sents("President George W. Bush spoke. He left."),
            ["President George W. Bush spoke.", "He left."]
        );
    }

    #[test]
    fn english_abbreviations_and_initials() {
        assert_eq!(
            sents("President Joseph R. Biden met Mr. Smith in the U.S. capital. Then he left."),
            [
                "President Joseph R. Biden met Mr. Smith in the U.S. capital.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn spanish_titles_and_country_abbreviations() {
        assert_eq!(
            sents("El Sr. Castillo viajó a EE.UU. con la Dra. Pérez. ¿Qué pasó después? Nadie lo sabe."),
            ["El Sr. Castillo viajó a EE.UU. con la Dra. Pérez.", "¿Qué pasó después?", "Nadie lo sabe."]
        );
    }

    #[test]
    fn portuguese_sentences_with_quotes() {
        assert_eq!(
            sents("O presidente disse: \"Vamos resistir.\" A polícia prendeu 12 pessoas."),
            [
                "O presidente disse: \"Vamos resistir.\"",
                "A polícia prendeu 12 pessoas."
            ]
        );
    }

    #[test]
    fn headlines_and_lists_end_sentences() {
        let s = "Trump attacks Venezuela\n\nThe US bombed Caracas today.\nJoin us:\n  • Monday 28th January - Demonstrate\n  • Wednesday 30th January - Meeting";
        assert_eq!(
            sents(s),
            [
                "Trump attacks Venezuela",
                "The US bombed Caracas today.",
                "Join us:",
                "• Monday 28th January - Demonstrate",
                "• Wednesday 30th January - Meeting"
            ]
        );
    }

    #[test]
    fn hard_wraps_and_broken_paragraphs_stay_inside() {
        let s = "They forced concessions from a neo-liberal government and\n\nvowed to continue the struggle. Next one.";
        assert_eq!(
            sents(s),
            ["They forced concessions from a neo-liberal government and\n\nvowed to continue the struggle.", "Next one."]
        );
        assert_eq!(
            sents("A wrapped\nline ends here."),
            ["A wrapped\nline ends here."]
        );
        // a paragraph cut after a conjunction goes on before a capital too
        assert_eq!(
            sents("Protests swept Hong Kong, Iraq and\n\nLebanon in 2019. Next one."),
            [
                "Protests swept Hong Kong, Iraq and\n\nLebanon in 2019.",
                "Next one."
            ]
        );
    }

    #[test]
    fn decimals_and_times_do_not_split() {
        assert_eq!(
            sents("It rose 3.5 percent at 4.30pm. Then fell."),
            ["It rose 3.5 percent at 4.30pm.", "Then fell."]
        );
    }
}
