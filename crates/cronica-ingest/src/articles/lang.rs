//! The language of an article.
//!
//! Articles of one file may be in different languages (a Spanish statement
//! followed by its English translation). Each is detected on its own with
//! `whatlang`; texts too short to tell fall back to the file's language.

use std::sync::LazyLock;

use cronica_types::Lang;
use whatlang::{Detector, Script};

/// Below this many characters a detection is not trusted.
const MIN_CHARS: usize = 40;

/// A sample this long tells the language as well as the whole article does,
/// at a fraction of the cost.
const SAMPLE_BYTES: usize = 800;

/// Latin-script languages told apart: the three read here and the ones news in them
/// is most often mistaken for. Scoring fewer candidates makes detection about three
/// times cheaper than weighing all of whatlang's Latin-script languages.
static LATIN: LazyLock<Detector> = LazyLock::new(|| {
    use whatlang::Lang::*;
    Detector::with_allowlist(vec![
        Eng, Spa, Por, Fra, Deu, Ita, Nld, Cat, Ron, Pol, Tur, Ind, Swe, Dan, Nob, Fin, Hun, Ces,
        Tgl, Lat,
    ])
});

fn map(l: whatlang::Lang) -> Lang {
    match l {
        whatlang::Lang::Eng => Lang::En,
        whatlang::Lang::Spa => Lang::Es,
        whatlang::Lang::Por => Lang::Pt,
        _ => Lang::Other,
    }
}

/// The language of `text`, or `fallback` when the text is short or unclear.
pub fn detect(text: &str, fallback: Lang) -> Lang {
    detect_clear(text).unwrap_or(fallback)
}

/// The language of `text`, when it is long and clear enough to tell.
pub fn detect_clear(text: &str) -> Option<Lang> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    // Other scripts hold none of the three languages.
    if whatlang::detect_script(text).is_some_and(|s| s != Script::Latin) {
        return Some(Lang::Other);
    }
    if text.chars().filter(|c| c.is_alphabetic()).count() < MIN_CHARS {
        return function_words(text);
    }
    match LATIN.detect(text) {
        Some(info) if info.is_reliable() || info.confidence() > 0.5 => Some(map(info.lang())),
        _ => function_words(text),
    }
}

/// The language of a text too short or unclear for the detector, told by the
/// articles and prepositions only one of the three languages writes ("la
/// policía allanó el martes la sede": Spanish), when they agree clearly.
fn function_words(text: &str) -> Option<Lang> {
    let mut votes = [0usize; 3];
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let i = match w.to_lowercase().as_str() {
            "the" | "of" | "and" | "to" | "is" | "was" | "were" | "on" | "for" | "with" | "has"
            | "have" | "from" | "by" => 0,
            "el" | "la" | "los" | "las" | "del" | "y" | "en" | "con" | "una" | "por" | "al"
            | "fue" | "es" => 1,
            "o" | "os" | "as" | "do" | "da" | "dos" | "das" | "em" | "no" | "na" | "com"
            | "uma" | "ao" | "pelo" | "pela" | "foi" => 2,
            _ => continue,
        };
        votes[i] += 1;
    }
    let best = (0..3).max_by_key(|&i| votes[i])?;
    let second = (0..3).filter(|&i| i != best).map(|i| votes[i]).max()?;
    (votes[best] >= 2 && votes[best] >= 2 * second.max(1))
        .then_some([Lang::En, Lang::Es, Lang::Pt][best])
}

/// An article's language when the file declares one (a `Language:` header, a JSON
/// Lines `lang`): the declared one, unless the article is long enough to tell and
/// clearly in another language (a translation appended to a statement). Short
/// headlines and briefs keep the declaration, which a detector confuses between
/// Spanish and Portuguese.
pub fn detect_declared(text: &str, declared: Lang) -> Lang {
    const MIN_LETTERS_TO_OVERRULE: usize = 300;
    let letters = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(MIN_LETTERS_TO_OVERRULE)
        .count();
    if letters < MIN_LETTERS_TO_OVERRULE {
        return declared;
    }
    detect(text, declared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_languages_and_fallback() {
        let es = "El gobierno anunció el martes que decretará el estado de emergencia en varias regiones del sur del país tras las protestas que dejaron decenas de muertos.";
        let pt = "O governo anunciou na terça-feira que vai decretar estado de emergência em várias regiões do sul do país depois dos protestos que deixaram dezenas de mortos.";
        let en = "The government announced on Tuesday that it will declare a state of emergency in several southern regions after protests that left dozens of people dead.";
        assert_eq!(detect(es, Lang::En), Lang::Es);
        assert_eq!(detect(pt, Lang::En), Lang::Pt);
        assert_eq!(detect(en, Lang::Es), Lang::En);
        assert_eq!(detect("Hola", Lang::Pt), Lang::Pt);
        // short texts are told by their function words when these agree
        assert_eq!(
            detect("La policía allanó el martes la sede en Lima.", Lang::En),
            Lang::Es
        );
        assert_eq!(
            detect("A polícia deteve o dirigente na sede.", Lang::En),
            Lang::Pt
        );
        assert_eq!(
            detect("Police raided the offices of the union.", Lang::Es),
            Lang::En
        );
        // A short Spanish brief in a file declared Spanish stays Spanish.
        let brief = "Protesta de camioneros en Mendoza por el precio del combustible";
        assert_eq!(detect_declared(brief, Lang::Es), Lang::Es);
        assert_eq!(detect_declared(&en.repeat(3), Lang::Es), Lang::En);
        let fr = "Le gouvernement a annoncé mardi qu'il déclarera l'état d'urgence dans plusieurs régions du sud du pays après des manifestations qui ont fait des dizaines de morts.";
        assert_eq!(detect(fr, Lang::En), Lang::Other);
        let ru = "Правительство объявило во вторник, что введет чрезвычайное положение в нескольких южных регионах страны после протестов.";
        assert_eq!(detect(ru, Lang::En), Lang::Other);
    }
}
