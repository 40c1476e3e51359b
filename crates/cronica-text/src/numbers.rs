//! Numbers and count phrases in three languages: digits with either
//! thousands separator, number words ("two", "veintitrés", "dois mil"),
//! vague quantities ("dozens", "centenas") and qualifiers ("more than",
//! "al menos", "mais de", "about", "cerca de").

use cronica_types::{CountQualifier, Lang};
use serde::{Deserialize, Serialize};

use crate::fold::fold;

/// A count read from a few words: value, qualifier and how many words it used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountPhrase {
    pub value: u64,
    pub qualifier: CountQualifier,
    /// Number of words consumed from the start of the input.
    pub words: usize,
}

/// A number word of one language that is another word in this one: Portuguese
/// "dos" is "of the" ("a libertação dos detidos"), English "once" an adverb.
fn other_word(w: &str, lang: Lang) -> bool {
    matches!((lang, w), (Lang::Pt, "dos") | (Lang::En, "once" | "dos"))
}

fn unit(w: &str) -> Option<u64> {
    Some(match w {
        "zero" | "cero" => 0,
        "one" | "a" | "an" | "uno" | "un" | "una" | "um" | "uma" | "single" => 1,
        "two" | "dos" | "dois" | "duas" | "both" | "ambos" | "ambas" => 2,
        "three" | "tres" | "tres." => 3,
        "four" | "cuatro" | "quatro" => 4,
        "five" | "cinco" => 5,
        "six" | "seis" => 6,
        "seven" | "siete" | "sete" => 7,
        "eight" | "ocho" | "oito" => 8,
        "nine" | "nueve" | "nove" => 9,
        "ten" | "diez" | "dez" => 10,
        "eleven" | "once" | "onze" => 11,
        "twelve" | "doce" | "doze" | "dozen" | "docena" | "duzia" => 12,
        "thirteen" | "trece" | "treze" => 13,
        "fourteen" | "catorce" | "quatorze" | "catorze" => 14,
        "fifteen" | "quince" | "quinze" => 15,
        "sixteen" | "dieciseis" | "dezesseis" | "dezasseis" => 16,
        "seventeen" | "diecisiete" | "dezessete" | "dezassete" => 17,
        "eighteen" | "dieciocho" | "dezoito" => 18,
        "nineteen" | "diecinueve" | "dezenove" | "dezanove" => 19,
        "twenty" | "veinte" | "vinte" | "veintena" | "vintena" => 20,
        "veintiuno" | "veintiun" | "veintiuna" => 21,
        "veintidos" => 22,
        "veintitres" => 23,
        "veinticuatro" => 24,
        "veinticinco" => 25,
        "veintiseis" => 26,
        "veintisiete" => 27,
        "veintiocho" => 28,
        "veintinueve" => 29,
        "thirty" | "treinta" | "trinta" => 30,
        "forty" | "cuarenta" | "quarenta" => 40,
        "fifty" | "cincuenta" | "cinquenta" => 50,
        "sixty" | "sesenta" | "sessenta" => 60,
        "seventy" | "setenta" => 70,
        "eighty" | "ochenta" | "oitenta" => 80,
        "ninety" | "noventa" => 90,
        "hundred" | "cien" | "ciento" | "cem" | "cento" => 100,
        "doscientos" | "doscientas" | "duzentos" | "duzentas" => 200,
        "trescientos" | "trescientas" | "trezentos" | "trezentas" => 300,
        "cuatrocientos" | "cuatrocientas" | "quatrocentos" | "quatrocentas" => 400,
        "quinientos" | "quinientas" | "quinhentos" | "quinhentas" => 500,
        "seiscientos" | "seiscientas" | "seiscentos" | "seiscentas" => 600,
        "setecientos" | "setecientas" | "setecentos" | "setecentas" => 700,
        "ochocientos" | "ochocientas" | "oitocentos" | "oitocentas" => 800,
        "novecientos" | "novecientas" | "novecentos" | "novecentas" => 900,
        _ => return None,
    })
}

fn multiplier(w: &str) -> Option<u64> {
    Some(match w {
        "hundred" => 100,
        "thousand" | "mil" => 1_000,
        "million" | "millions" | "millon" | "millones" | "milhao" | "milhoes" => 1_000_000,
        _ => return None,
    })
}

/// Vague plural quantities: a floor value with an `at_least` reading.
fn vague(w: &str) -> Option<u64> {
    Some(match w {
        "dozens" | "decenas" | "dezenas" => 24,
        "scores" => 40,
        "hundreds" | "centenares" | "cientos" | "centenas" => 200,
        "thousands" | "miles" | "milhares" => 2_000,
        "millions" | "milhoes" => 2_000_000,
        _ => return None,
    })
}

/// Parse digits: "1,000", "1.000" (es/pt thousands), "3" — not decimals.
pub fn parse_digits(w: &str, lang: Lang) -> Option<u64> {
    if !w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    let groups: Vec<&str> = w.split([',', '.']).collect();
    if groups.len() > 1 {
        let sep_is_thousands = groups[1..].iter().all(|g| g.len() == 3);
        if !sep_is_thousands {
            return None;
        }
        // "3.000" is 3000 in es/pt; in English "3.000" is unusual, accept as thousands only with commas
        if lang == Lang::En && w.contains('.') && !w.contains(',') {
            return None;
        }
    }
    groups.concat().parse().ok()
}

/// Words that make the number after them approximate ("about 30", "unos 30").
const APPROXIMATE: &[&str] = &[
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "unos",
    "unas",
    "aproximadamente",
    "casi",
    "cerca",
    "alrededor",
    "quase",
    "uns",
    "umas",
    "estimated",
    "circa",
];

/// First words of the other qualifiers ("more than", "al menos", "up to").
const QUALIFIER_STARTS: &[&str] = &[
    "more", "at", "over", "mas", "al", "por", "pelo", "ao", "mais", "no", "upwards", "up", "less",
    "fewer", "hasta", "menos", "ate", "as",
];

/// Qualifier words before a number, with how many words they take.
fn qualifier(words: &[String]) -> Option<(CountQualifier, usize)> {
    let w0 = words.first().map(String::as_str).unwrap_or("");
    let w1 = words.get(1).map(String::as_str).unwrap_or("");
    let two = |a: &str, b: &str| w0 == a && w1 == b;
    use CountQualifier::*;
    if two("more", "than")
        || two("at", "least")
        || two("over", "")
        || two("mas", "de")
        || two("al", "menos")
        || two("por", "lo")
        || two("pelo", "menos")
        || two("ao", "menos")
        || two("mais", "de")
        || two("no", "menos")
        || two("upwards", "of")
    {
        let n = if two("por", "lo") { 3 } else { 2 };
        return Some((AtLeast, n));
    }
    if w0 == "over" || APPROXIMATE.contains(&w0) {
        let q = if w0 == "over" { AtLeast } else { Approx };
        let n = if matches!(w0, "cerca" | "alrededor") && matches!(w1, "de") {
            2
        } else {
            1
        };
        return Some((q, n));
    }
    // "as many as 30": up to 30
    if two("as", "many") && words.get(2).is_some_and(|w| w == "as") {
        return Some((AtMost, 3));
    }
    if two("up", "to")
        || two("less", "than")
        || two("fewer", "than")
        || two("hasta", "")
        || two("menos", "de")
        || two("ate", "")
    {
        return Some((AtMost, 2));
    }
    None
}

/// Whether a count phrase may start with this word (folded): a cheap test
/// before [`parse_count`].
pub fn may_start_count(folded: &str) -> bool {
    folded.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || unit(folded).is_some()
        || vague(folded).is_some()
        || APPROXIMATE.contains(&folded)
        || QUALIFIER_STARTS.contains(&folded)
        || folded
            .split_once('-')
            .is_some_and(|(a, b)| unit(a).is_some() && unit(b).is_some())
}

/// Read a count from the start of `words` (as written): "more than 100",
/// "dozens of", "cinco", "mais de 50", "30", "two hundred", "1,200".
pub fn parse_count(words: &[&str], lang: Lang) -> Option<CountPhrase> {
    let folded: Vec<String> = words.iter().take(8).map(|w| fold(w)).collect();
    let (mut qual, mut i) = match qualifier(&folded) {
        Some((q, n)) => (Some(q), n),
        None => (None, 0),
    };
    // "more than" may be followed by "a" in "more than a dozen"
    let w = folded.get(i)?;
    if let Some(v) = vague(w) {
        let next = folded.get(i + 1).map(String::as_str);
        // "thousands" alone is vague; "two thousand" handled below
        let extra = usize::from(matches!(next, Some("of") | Some("de")));
        return Some(CountPhrase {
            value: v,
            qualifier: qual.unwrap_or(CountQualifier::AtLeast),
            words: i + 1 + extra,
        });
    }
    let mut value: u64;
    if let Some(d) = parse_digits(w, lang) {
        value = d;
        i += 1;
        if let Some(m) = folded.get(i).and_then(|w| multiplier(w)) {
            value *= m;
            i += 1;
        }
    } else if let Some(u) = unit(w).filter(|_| !other_word(w, lang)) {
        // "a"/"an"/"un"/"um" only count before a multiplier ("a dozen", "a hundred")
        if u == 1 && matches!(w.as_str(), "a" | "an" | "un" | "um" | "uma" | "una") {
            match folded.get(i + 1).map(String::as_str) {
                Some(n) if unit(n) == Some(12) => {
                    return Some(CountPhrase {
                        value: 12,
                        qualifier: qual.unwrap_or(CountQualifier::Approx),
                        words: i + 2,
                    });
                }
                Some(n) if multiplier(n).is_some() => {}
                _ => return None,
            }
        }
        value = u;
        i += 1;
        // compose: "twenty five", "twenty-five", "treinta y dos", "trinta e dois", "two hundred", "dos mil"
        while let Some(next) = folded.get(i) {
            if matches!(next.as_str(), "y" | "e" | "and") {
                if let Some(u2) = folded.get(i + 1).and_then(|w| unit(w)) {
                    if u2 < value {
                        value += u2;
                        i += 2;
                        continue;
                    }
                }
                break;
            }
            if let Some(m) = multiplier(next) {
                value *= m;
                i += 1;
                continue;
            }
            if let Some(u2) = unit(next) {
                if u2 < value && u2 < 100 && value.is_multiple_of(10) || value >= 100 && u2 < 100 {
                    value += u2;
                    i += 1;
                    continue;
                }
            }
            break;
        }
        if matches!(
            w.as_str(),
            "dozen" | "docena" | "duzia" | "veintena" | "vintena"
        ) {
            qual.get_or_insert(CountQualifier::Approx);
        }
    } else if let Some((a, b)) = w.split_once('-') {
        // "twenty-five"
        let v = unit(a)? + unit(b)?;
        value = v;
        i += 1;
    } else {
        return None;
    }
    Some(CountPhrase {
        value,
        qualifier: qual.unwrap_or(CountQualifier::Exact),
        words: i,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str, lang: Lang) -> Option<(u64, &'static str)> {
        let words: Vec<&str> = s.split_whitespace().collect();
        parse_count(&words, lang).map(|c| (c.value, c.qualifier.name()))
    }

    #[test]
    fn english_counts() {
        assert_eq!(count("two people", Lang::En), Some((2, "exact")));
        assert_eq!(
            count("more than 100 people", Lang::En),
            Some((100, "at_least"))
        );
        assert_eq!(
            count("at least 1,200 dead", Lang::En),
            Some((1200, "at_least"))
        );
        assert_eq!(
            count("dozens of protesters", Lang::En),
            Some((24, "at_least"))
        );
        assert_eq!(count("about 30", Lang::En), Some((30, "approx")));
        assert_eq!(
            count("veintena de detenidos", Lang::Es),
            Some((20, "approx"))
        );
        assert_eq!(count("as many as 30", Lang::En), Some((30, "at_most")));
        assert_eq!(count("twenty-five", Lang::En), Some((25, "exact")));
        assert_eq!(
            count("two hundred and five", Lang::En),
            Some((205, "exact"))
        );
        assert_eq!(count("a dozen", Lang::En), Some((12, "approx")));
        assert_eq!(count("a man", Lang::En), None);
        assert_eq!(count("eight demonstrators", Lang::En), Some((8, "exact")));
    }

    #[test]
    fn spanish_counts() {
        assert_eq!(count("cinco muertos", Lang::Es), Some((5, "exact")));
        assert_eq!(count("más de 50 heridos", Lang::Es), Some((50, "at_least")));
        assert_eq!(count("al menos 1.500", Lang::Es), Some((1500, "at_least")));
        assert_eq!(count("treinta y dos", Lang::Es), Some((32, "exact")));
        assert_eq!(
            count("decenas de detenidos", Lang::Es),
            Some((24, "at_least"))
        );
        assert_eq!(count("cerca de 200", Lang::Es), Some((200, "approx")));
        assert_eq!(count("dos mil", Lang::Es), Some((2000, "exact")));
    }

    #[test]
    fn portuguese_counts() {
        assert_eq!(count("mais de 50 mortos", Lang::Pt), Some((50, "at_least")));
        assert_eq!(
            count("pelo menos três feridos", Lang::Pt),
            Some((3, "at_least"))
        );
        assert_eq!(count("dezenas de presos", Lang::Pt), Some((24, "at_least")));
        assert_eq!(count("vinte e dois", Lang::Pt), Some((22, "exact")));
        assert_eq!(count("duas pessoas", Lang::Pt), Some((2, "exact")));
        // "a libertação dos detidos": "of the", not two
        assert_eq!(count("dos detidos", Lang::Pt), None);
        assert_eq!(count("dos detenidos", Lang::Es), Some((2, "exact")));
    }

    #[test]
    fn decimals_are_not_counts() {
        assert_eq!(count("3.5 percent", Lang::En), None);
        assert_eq!(parse_digits("1.000", Lang::Pt), Some(1000));
        assert_eq!(parse_digits("1,000", Lang::En), Some(1000));
    }
}
