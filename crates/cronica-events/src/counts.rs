//! Killed, injured and arrested figures in a sentence.
//!
//! A figure is a count phrase ([`cronica_text::parse_count`]) followed within a
//! few words by a word of the category ("30 dead", "eight demonstrators were
//! killed", "más de 50 detenidos"), or preceded by one ("killing at least 12",
//! "death toll rises to 53", the latter marked as a running toll).

use cronica_types::{CountQualifier, Lang, Span};

/// The three tolls a monitor counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Killed,
    Injured,
    Arrested,
}

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub category: Category,
    pub value: u64,
    pub qualifier: CountQualifier,
    /// From the number to the category word.
    pub span: Span,
    pub toll: bool,
}

pub fn category(w: &str) -> Option<Category> {
    use Category::*;
    Some(match w {
        "killed" | "dead" | "deaths" | "died" | "dies" | "fatalities" | "lives" | "murdered"
        | "bodies" | "slain" | "muertos" | "muertas" | "fallecidos" | "fallecidas"
        | "asesinados" | "asesinadas" | "murieron" | "muertes" | "mortos" | "mortas"
        | "assassinados" | "assassinadas" | "morreram" | "mortes" | "obitos" | "victimas" => Killed,
        "injured" | "wounded" | "hurt" | "injuries" | "heridos" | "heridas" | "lesionados"
        | "lesionadas" | "feridos" | "feridas" => Injured,
        "arrested" | "detained" | "detainees" | "jailed" | "imprisoned" | "arrests"
        | "detentions" | "detenidos" | "detenidas" | "arrestados" | "arrestadas" | "capturados"
        | "encarcelados" | "presos" | "presas" | "detidos" | "detidas" | "prisioneros"
        | "prisioneiros" | "aprehendidos" | "aprehendidas" | "retenidos" | "retenidas"
        | "apresados" | "apresadas" | "capturadas" | "encarceladas" | "capturas"
        | "detenciones" | "prisoes" | "detencoes" => Arrested,
        _ => return None,
    })
}

fn is_toll_word(w: &str) -> bool {
    matches!(
        w,
        "toll" | "balance" | "saldo" | "cifra" | "numero" | "number"
    )
}

/// Words told before a figure that say what it counts: "killing 12", "the killing
/// of 12", "el asesinato de ocho ciudadanos", "detaining 40".
fn stem_category(w: &str) -> Option<Category> {
    match w {
        "killing" | "killed" | "matando" | "mato" | "mataron" | "matou" | "mataram"
        | "killings" | "murder" | "murders" | "deaths" | "dead" | "massacre" | "asesinato"
        | "asesinatos" | "masacre" | "muerte" | "muertes" | "assassinato" | "assassinatos"
        | "morte" | "mortes" | "chacina" | "matado" | "asesinado" | "assassinado" => {
            Some(Category::Killed)
        }
        "injuring" | "wounding" | "injured" | "wounded" | "hiriendo" | "hirio" | "hirieron"
        | "ferindo" | "feriu" | "feriram" | "herido" | "ferido" => Some(Category::Injured),
        "arresting" | "detaining" | "arrested" | "detained" | "deteniendo" | "detuvo"
        | "detuvieron" | "arresto" | "arrestaron" | "prendendo" | "prendeu" | "prenderam"
        | "deteve" | "detiveram" | "arrest" | "arrests" | "detention" | "detentions"
        | "detencion" | "detenciones" | "detencao" | "detencoes" | "prisao" | "prisoes"
        | "detenido" | "detido" | "arrestado" | "capturado" | "capturaron" | "capturo"
        | "captura" | "capturou" | "capturaram" | "aprehendio" | "aprehendieron"
        | "aprehension" | "aprehensiones" | "aprehendido" | "retuvo" | "retuvieron" => {
            Some(Category::Arrested)
        }
        _ => None,
    }
}

/// Words that may sit between a number and its category word.
fn is_filler(w: &str, lang: Lang) -> bool {
    // (Portuguese "o" is "the": "subiu para nove o número de mortos")
    if w == "o" {
        return lang == Lang::Pt;
    }
    !matches!(
        w,
        "," | ";" | ":" | "." | "and" | "y" | "e" | "or" | "ou" | "but" | "pero" | "mas"
    )
}

/// Whether the count at `i` follows a verb that brings a toll to it ("has risen to",
/// "ascendió a", "subiu para", "stands at").
fn rises_to(words: &[String], i: usize) -> bool {
    let prep = words[i - 1].as_str();
    // "subió ayer a cinco", "rose on Tuesday to 12": when it rose may come between
    let verb = (i.saturating_sub(6)..i - 1)
        .rev()
        .find(|&k| !is_when_word(&words[k]))
        .filter(|&k| k + 2 <= i)
        .map_or("", |k| words[k].as_str());
    matches!(prep, "to" | "at" | "a" | "para" | "em")
        && [
            "rose",
            "risen",
            "rises",
            "rising",
            "climbed",
            "climbs",
            "reached",
            "stands",
            "stood",
            "jumped",
            "increased",
            "subio",
            "ascendio",
            "asciende",
            "aumento",
            "llego",
            "elevo",
            "subiu",
            "sobe",
            "chegou",
            "aumentou",
            "elevou",
            "ascende",
        ]
        .contains(&verb)
}

/// What a figure counts when it counts shots, blows or weapons ("killed with 12
/// bullets", "assassinado com oito tiros", "lanzaron cuatro misiles"), folded.
fn is_shot_unit(w: &str) -> bool {
    matches!(
        w,
        "shots"
            | "bullets"
            | "rounds"
            | "stab"
            | "missiles"
            | "rockets"
            | "bombs"
            | "drones"
            | "grenades"
            | "tiros"
            | "disparos"
            | "balas"
            | "balazos"
            | "impactos"
            | "punaladas"
            | "facadas"
            | "misiles"
            | "misseis"
            | "cohetes"
            | "foguetes"
            | "bombas"
            | "granadas"
    )
}

/// Words that say when, between a verb and its complement ("ayer", "on Tuesday",
/// "nesta terça-feira", "this morning"), folded.
fn is_when_word(w: &str) -> bool {
    matches!(
        w,
        "ayer"
            | "hoy"
            | "anoche"
            | "anteayer"
            | "ontem"
            | "hoje"
            | "anteontem"
            | "yesterday"
            | "today"
            | "overnight"
            | "on"
            | "this"
            | "este"
            | "esta"
            | "nesta"
            | "neste"
            | "el"
            | "morning"
            | "evening"
            | "afternoon"
            | "night"
            | "manana"
            | "tarde"
            | "noche"
            | "madrugada"
    ) || crate::words::is_weekday_name(w)
}

/// Units of time ("weeks", "horas", "dias"), folded.
fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "seconds"
            | "minute"
            | "minutes"
            | "hour"
            | "hours"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "decades"
            | "segundos"
            | "minuto"
            | "minutos"
            | "hora"
            | "horas"
            | "dia"
            | "dias"
            | "semana"
            | "semanas"
            | "mes"
            | "meses"
            | "ano"
            | "anos"
            | "decada"
            | "decadas"
            // the hour of the day: "at 7 pm", "às 18 h"
            | "pm"
            | "am"
            | "h"
            | "hrs"
            | "hs"
            | "gmt"
            | "utc"
    )
}

/// Whether the word at `k` opens a clause of its own ("as hundreds marched",
/// "mientras miles marchaban"), not a count's "as many as".
fn opens_clause(words: &[String], k: usize) -> bool {
    let many = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| matches!(w.as_str(), "many" | "much"))
    };
    match words[k].as_str() {
        "as" => !(many(k + 1) || k > 0 && many(k - 1)),
        "while" | "when" | "whereas" | "mientras" | "cuando" | "enquanto" | "quando" => true,
        _ => false,
    }
}

/// All figures in the sentence whose folded words are `words` with spans `spans`.
/// `skip` marks words inside date expressions (never counts).
/// Whether the figures at `i` are a name's number: right after a capitalised word
/// inside the sentence ("the Police Regional Office 12", "Route 9", "Unit 8").
pub fn names_number(raw: &[&str], i: usize) -> bool {
    i >= 2
        && raw[i].chars().all(|ch| ch.is_ascii_digit())
        && raw[i - 1].starts_with(char::is_uppercase)
        && raw[i - 1].chars().all(char::is_alphabetic)
        && raw[i - 2].chars().any(char::is_alphanumeric)
}

pub fn figures(
    words: &[String],
    raw: &[&str],
    spans: &[Span],
    skip: &[bool],
    lang: Lang,
) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if skip[i] {
            i += 1;
            continue;
        }
        if !cronica_text::numbers::may_start_count(&words[i]) {
            i += 1;
            continue;
        }
        let Some(c) = cronica_text::parse_count(&raw[i..], lang) else {
            i += 1;
            continue;
        };
        let after = i + c.words;
        if c.words == 0 || (after..words.len().min(after + 1)).any(|k| skip[k]) {
            i += 1;
            continue;
        }
        // "visitó a esos dos presos", "those 12 detainees": people already counted,
        // pointed back to, are no new figure
        let pointed_back = i > 0
            && matches!(
                words[i - 1].as_str(),
                "those"
                    | "these"
                    | "esos"
                    | "esas"
                    | "estos"
                    | "estas"
                    | "esses"
                    | "essas"
                    | "estes"
                    | "aqueles"
                    | "aquelas"
                    | "aquellos"
                    | "aquellas"
            );
        if pointed_back {
            i = after.max(i + 1);
            continue;
        }
        // "officers of the Police Regional Office 12 arrested a gunman", "Route 9":
        // figures right after a capitalised word inside the sentence are a name's
        if names_number(raw, i) {
            i = after.max(i + 1);
            continue;
        }
        // "two weeks of protests", "tras 24 horas": a span of time counts nobody
        // (nor an age: "a 22-year-old man was shot dead")
        let age = {
            let next: Vec<&str> = raw[after..raw.len().min(after + 5)]
                .iter()
                .map(|w| w.trim_matches('-'))
                .filter(|w| !w.is_empty())
                .collect();
            raw[i].contains("-year")
                || next.first().is_some_and(|w| w.starts_with("year"))
                    && next.iter().take(3).any(|w| w.ends_with("old"))
        };
        // ("at 7pm": an hour written with its mark)
        let hour = {
            let w = raw[i].to_ascii_lowercase();
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && digits.len() < w.len()
                && is_time_unit(&w[digits.len()..])
        };
        if age
            || hour
            || words
                .get(after)
                .is_some_and(|w| is_time_unit(w) || is_shot_unit(w))
        {
            i = after;
            continue;
        }
        // a year or a time is not a toll
        let looks_like_year =
            (1900..=2100).contains(&c.value) && c.qualifier == CountQualifier::Exact;
        // forward: "30 dead", "eight demonstrators were killed"
        let mut found = None;
        let mut forward_toll = false;
        // "nueve comuneros, entre ellos dos menores de edad, fueron retenidos": an
        // aside between commas that says who is among them is skipped
        let aside = (after..words.len().min(after + 3))
            .find(|&k| {
                words[k] == ","
                    && words.get(k + 1).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "entre"
                                | "including"
                                | "among"
                                | "incluidos"
                                | "incluyendo"
                                | "incluindo"
                                | "dentre"
                        )
                    })
            })
            .and_then(|open| {
                (open + 2..words.len().min(open + 12))
                    .find(|&j| words[j] == ",")
                    .map(|close| (open, close))
            });
        let extra = aside.map_or(0, |(open, close)| close + 1 - open);
        for k in after..words.len().min(after + 8 + extra) {
            if aside.is_some_and(|(open, close)| (open..=close).contains(&k)) {
                continue;
            }
            if let Some(cat) = category(&words[k]) {
                // "135 unjustly detained political prisoners": a participle that
                // qualifies a noun counts people held, not arrests made
                let qualifies = cat == Category::Arrested
                    && lang == Lang::En
                    && words[k].ends_with("ed")
                    && !words[after..k].iter().any(|w| {
                        matches!(
                            w.as_str(),
                            "were" | "was" | "been" | "be" | "are" | "is" | "had" | "have" | "got"
                        )
                    })
                    && raw.get(k + 1).is_some_and(|n| {
                        n.chars().next().is_some_and(char::is_lowercase)
                            && !crate::words::follows_a_participle_verb(n)
                    });
                if !qualifies {
                    found = Some((cat, k));
                    // "elevó a 42 la cifra de fallecidos": a toll all the same
                    // ... and so is "eleva la cifra a 40 heridos", "puts the toll
                    // at 30 dead"
                    let toll_before = i >= 2
                        && matches!(
                            words[i - 1].as_str(),
                            "a" | "to" | "at" | "para" | "em" | "en"
                        )
                        && (i.saturating_sub(4)..i - 1).any(|j| {
                            // (the toll as a noun, not "cifra en 29 los aprehendidos")
                            is_toll_word(&words[j])
                                && j > 0
                                && matches!(
                                    words[j - 1].as_str(),
                                    "la" | "el" | "the" | "o" | "a" | "its" | "su" | "sua"
                                )
                        });
                    // ... or named far before the verb that brings it to the figure:
                    // "the toll of the strike on Farcha stood this morning at 23 dead"
                    let toll_far_before = i >= 2
                        && rises_to(words, i)
                        && (i.saturating_sub(16)..i - 1).any(|j| {
                            is_toll_word(&words[j])
                                && j > 0
                                && matches!(
                                    words[j - 1].as_str(),
                                    "la" | "el" | "the" | "o" | "a" | "its" | "su" | "sua"
                                )
                        });
                    forward_toll = toll_before
                        || toll_far_before
                        || words[after..k].iter().any(|w| is_toll_word(w));
                }
                break;
            }
            // "37 activistas y dirigentes opositores han sido detenidos": a
            // conjunction joining more nouns to the counted ones, with no number
            // of their own
            let joins_nouns = matches!(words[k].as_str(), "and" | "y" | "e")
                && k > after
                && raw.get(k + 1).is_some_and(|n| {
                    n.chars().next().is_some_and(char::is_alphabetic)
                        && cronica_text::parse_count(&raw[k + 1..k + 2], lang).is_none()
                        && !matches!(
                            *n,
                            "the" | "el" | "la" | "los" | "las" | "o" | "a" | "os" | "as"
                        )
                });
            if !(is_filler(&words[k], lang) || joins_nouns)
                || cronica_text::parse_count(&raw[k..k + 1], lang).is_some()
            {
                break;
            }
        }
        // backward: "killing 12", "death toll rises to 53", "toll of 30"
        let mut toll = forward_toll;
        if found.is_none() {
            // five words back, not counting a date between ("deteve na manhã deste
            // sábado (22) 19 activistas")
            let mut seen = 0;
            for k in (i.saturating_sub(12)..i).rev() {
                if skip[k] {
                    continue;
                }
                seen += 1;
                if seen > 5 {
                    break;
                }
                // "the injury toll", "the number of arrests", "la cifra de heridos"
                let of_what = words
                    .get(k + 1)
                    .filter(|w| matches!(w.as_str(), "of" | "de" | "do" | "da" | "dos" | "das"))
                    .and_then(|_| words.get(k + 2))
                    .and_then(|w| category(w).or_else(|| stem_category(w)));
                // "increased to number 3" counts nobody
                if is_toll_word(&words[k]) && (words[k] != "number" || of_what.is_some()) {
                    toll = true;
                    let kind = match k.checked_sub(1).map(|j| words[j].as_str()) {
                        Some("injury" | "heridos" | "feridos") => Category::Injured,
                        Some("arrest" | "detenidos" | "presos") => Category::Arrested,
                        _ => of_what.unwrap_or(Category::Killed),
                    };
                    found = Some((kind, k));
                    break;
                }
                if let Some(cat) = stem_category(&words[k]) {
                    // ("put the number of dead at 150": a toll all the same)
                    toll = k >= 2
                        && matches!(words[k - 1].as_str(), "of" | "de" | "do" | "da")
                        && is_toll_word(&words[k - 2]);
                    found = Some((cat, k));
                    break;
                }
                // "arrested 12 people as hundreds marched": the act before another
                // count, or before a clause of its own, is that count's
                let other_count = cronica_text::parse_count(&raw[k..k + 1], lang).is_some();
                if !is_filler(&words[k], lang) || other_count || opens_clause(words, k) {
                    break;
                }
            }
        }
        // "The death toll from three weeks of protests has risen to at least 300",
        // "el número de muertos en las protestas ascendió a 45": a toll named as
        // the subject, far before the verb that brings it to the figure
        if found.is_none() && i >= 2 && rises_to(words, i) {
            let toll_at = (i.saturating_sub(32)..i - 1).rev().find(|&k| {
                is_toll_word(&words[k])
                    && (k > 0 && category(&words[k - 1]).is_some()
                        || matches!(words[k - 1].as_str(), "death" | "casualty")
                        || words
                            .get(k + 1)
                            .is_some_and(|w| matches!(w.as_str(), "of" | "de" | "do" | "da"))
                            && words.get(k + 2).is_some_and(|w| {
                                category(w).or_else(|| stem_category(w)).is_some()
                            }))
            });
            if let Some(k) = toll_at {
                let kind = match words[k - 1].as_str() {
                    "injury" | "heridos" | "feridos" => Category::Injured,
                    "arrest" | "detenidos" | "presos" => Category::Arrested,
                    _ => words
                        .get(k + 2)
                        .and_then(|w| category(w).or_else(|| stem_category(w)))
                        .unwrap_or(Category::Killed),
                };
                toll = true;
                found = Some((kind, k));
            }
        }
        if let Some((category, k)) = found {
            if !looks_like_year || k == after {
                let (a, b) = if k >= i { (i, k) } else { (k, after - 1) };
                out.push(Figure {
                    category,
                    value: c.value,
                    qualifier: c.qualifier,
                    span: spans[a].cover(spans[b]),
                    toll,
                });
            }
        }
        i = after.max(i + 1);
    }
    sum_joined(&mut out, words, raw, spans, lang);
    // "eleva la cifra a 40 heridos y 17 detenidos", "the toll rose to 8 dead and
    // 30 injured": a count joined to a toll is a toll too
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (prev, f) = (&before[k - 1], &mut after[0]);
        let gap = spans
            .iter()
            .zip(words)
            .filter(|(s, _)| s.start >= prev.span.end && s.end <= f.span.start)
            .map(|(_, w)| w.as_str())
            .collect::<Vec<_>>();
        if prev.toll
            && matches!(
                gap.as_slice(),
                ["y" | "and" | "e"] | [",", "y" | "and" | "e"]
            )
        {
            f.toll = true;
        }
    }
    out
}

/// "14 soldiers and two civilians had been arrested", "dos policías y tres civiles
/// muertos": counts joined by a conjunction before one category word are one
/// figure, their sum.
fn sum_joined(out: &mut [Figure], words: &[String], raw: &[&str], spans: &[Span], lang: Lang) {
    let starts: Vec<usize> = out.iter().map(|f| f.span.start).collect();
    for f in out.iter_mut() {
        let Some(start) = spans.iter().position(|s| s.start == f.span.start) else {
            continue;
        };
        // back over the conjunction, then up to three words of the first noun
        // phrase, to its number
        let Some(conj) = start.checked_sub(1) else {
            continue;
        };
        if !matches!(words[conj].as_str(), "and" | "y" | "e") {
            continue;
        }
        let first = (conj.saturating_sub(4)..conj).find_map(|k| {
            let c =
                cronica_text::parse_count(&raw[k..conj], lang).filter(|c| k + c.words < conj)?;
            (k + 1..conj)
                .all(|j| {
                    raw[j].chars().next().is_some_and(char::is_alphabetic)
                        && cronica_text::parse_count(&raw[j..j + 1], lang).is_none()
                })
                .then_some((k, c))
        });
        let Some((k, c)) = first else { continue };
        // ("30 dead and 700 injured": the first count has a category of its own)
        if (k..conj).any(|j| category(&words[j]).is_some() || starts.contains(&spans[j].start)) {
            continue;
        }
        // only counts of people, not of years or times
        if (1900..=2100).contains(&c.value) {
            continue;
        }
        f.value += c.value;
        f.span = spans[k].cover(f.span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(s: &str, lang: Lang) -> Vec<(Category, u64, &'static str, bool)> {
        let raw: Vec<&str> = s.split_whitespace().collect();
        let words: Vec<String> = raw.iter().map(|w| cronica_text::fold(w)).collect();
        let mut spans = Vec::new();
        let mut pos = 0;
        for w in &raw {
            let start = s[pos..].find(w).unwrap() + pos;
            spans.push(Span::new(start, start + w.len()));
            pos = start + w.len();
        }
        let skip = vec![false; words.len()];
        figures(&words, &raw, &spans, &skip, lang)
            .into_iter()
            .map(|f| (f.category, f.value, f.qualifier.name(), f.toll))
            .collect()
    }

    #[test]
    fn a_count_in_a_clause_of_its_own_is_not_the_acts() {
        assert_eq!(
            figs("police arrested 12 people as hundreds marched", Lang::En),
            [(Category::Arrested, 12, "exact", false)]
        );
        assert_eq!(
            figs(
                "la policía detuvo a 12 personas mientras miles marchaban",
                Lang::Es
            ),
            [(Category::Arrested, 12, "exact", false)]
        );
        // a span of time counts nobody
        assert_eq!(
            figs(
                "39 killed and 361 injured in two weeks of protests",
                Lang::En
            ),
            [
                (Category::Killed, 39, "exact", false),
                (Category::Injured, 361, "exact", false)
            ]
        );
        // a toll named far before the verb that brings it to the figure
        assert_eq!(
            figs(
                "The death toll from three weeks of protests in Bangladesh has risen to at least 300",
                Lang::En
            ),
            [(Category::Killed, 300, "at_least", true)]
        );
        assert_eq!(
            figs(
                "el número de muertos en las protestas del sur ascendió a 45",
                Lang::Es
            ),
            [(Category::Killed, 45, "exact", true)]
        );
        // "as many as" still leads back to the act
        assert_eq!(
            figs("the strike killed as many as 30 people", Lang::En),
            [(Category::Killed, 30, "at_most", false)]
        );
    }

    #[test]
    fn a_toll_rises_with_its_day_between_and_shots_count_nobody() {
        assert_eq!(
            figs(
                "the toll of the strike on Farcha stood this morning at 23 dead",
                Lang::En
            ),
            [(Category::Killed, 23, "exact", true)]
        );
        assert_eq!(
            figs(
                "La cifra de muertos por el enfrentamiento subió ayer a cinco",
                Lang::Es
            ),
            [(Category::Killed, 5, "exact", true)]
        );
        assert_eq!(
            figs(
                "the death toll from the clashes rose on Tuesday to 12",
                Lang::En
            ),
            [(Category::Killed, 12, "exact", true)]
        );
        assert_eq!(
            figs("foi assassinado com pelo menos oito tiros", Lang::Pt),
            []
        );
        assert_eq!(figs("he was shot dead with 12 bullets", Lang::En), []);
        // an hour of the day counts nobody
        assert_eq!(figs("a vigil at 7pm for the man who died", Lang::En), []);
        assert_eq!(figs("a vigil at 7 pm for the man who died", Lang::En), []);
        assert_eq!(
            figs("uma vigília às 18 h pelo jovem que morreu", Lang::Pt),
            []
        );
    }

    #[test]
    fn counts_joined_before_one_category_word_are_summed() {
        assert_eq!(
            figs("14 soldiers and two civilians had been arrested", Lang::En),
            [(Category::Arrested, 16, "exact", false)]
        );
        assert_eq!(
            figs("dos policías y tres civiles murieron", Lang::Es),
            [(Category::Killed, 5, "exact", false)]
        );
        // nouns joined with no number of their own share the count
        assert_eq!(
            figs(
                "al menos 37 activistas y dirigentes opositores han sido detenidos",
                Lang::Es
            ),
            [(Category::Arrested, 37, "at_least", false)]
        );
        // two figures of their own stay two
        assert_eq!(
            figs("30 dead and 700 injured", Lang::En),
            [
                (Category::Killed, 30, "exact", false),
                (Category::Injured, 700, "exact", false)
            ]
        );
    }

    #[test]
    fn english_figures() {
        assert_eq!(
            figs("a bloody result of 30 dead and 700 injured", Lang::En),
            [
                (Category::Killed, 30, "exact", false),
                (Category::Injured, 700, "exact", false)
            ]
        );
        assert_eq!(
            figs("eight demonstrators were killed", Lang::En),
            [(Category::Killed, 8, "exact", false)]
        );
        assert_eq!(
            figs("More than 100 people have been killed", Lang::En),
            [(Category::Killed, 100, "at_least", false)]
        );
        assert_eq!(
            figs("the death toll rises to 53", Lang::En),
            [(Category::Killed, 53, "exact", true)]
        );
        assert_eq!(figs("in 2019 people were arrested", Lang::En), []);
        assert_eq!(
            figs("Subiu para nove o número de mortos na operação", Lang::Pt),
            [(Category::Killed, 9, "exact", true)]
        );
        assert_eq!(
            figs(
                "nueve comuneros , entre ellos dos menores de edad , fueron retenidos",
                Lang::Es
            ),
            [(Category::Arrested, 9, "exact", false)]
        );
        // what a figure a toll word puts counts, when its noun follows
        assert_eq!(
            figs(
                "reconoce solo dos muertos y cifra en 29 los aprehendidos",
                Lang::Es
            ),
            [
                (Category::Killed, 2, "exact", false),
                (Category::Arrested, 29, "exact", false)
            ]
        );
        // people held, named by a participle, are no arrests made
        assert_eq!(
            figs(
                "the release of 135 unjustly detained political prisoners",
                Lang::En
            ),
            []
        );
        assert_eq!(
            figs("police said 40 were detained yesterday", Lang::En),
            [(Category::Arrested, 40, "exact", false)]
        );
        assert_eq!(
            figs("100 people detained yesterday", Lang::En),
            [(Category::Arrested, 100, "exact", false)]
        );
        // a figure someone puts, and what "the number of" counts: a toll
        assert_eq!(
            figs("the ministry put the number of dead at five", Lang::En),
            [(Category::Killed, 5, "exact", true)]
        );
        assert_eq!(
            figs("the number of arrests rose to 300", Lang::En),
            [(Category::Arrested, 300, "exact", true)]
        );
        assert_eq!(
            figs(
                "the website increased to number 3 in the category",
                Lang::En
            ),
            []
        );
        assert_eq!(
            figs(
                "eight young leaders of the Guevarist Movement were arrested",
                Lang::En
            ),
            [(Category::Arrested, 8, "exact", false)]
        );
    }

    #[test]
    fn spanish_and_portuguese_figures() {
        // a date between the verb and its figure
        let words = "deteve na manha deste sabado 19 activistas";
        let raw: Vec<&str> = words.split(' ').collect();
        let folded: Vec<String> = raw.iter().map(|w| w.to_string()).collect();
        let spans: Vec<Span> = (0..raw.len()).map(|k| Span::new(k, k + 1)).collect();
        let mut skip = vec![false; raw.len()];
        for s in skip.iter_mut().take(5).skip(1) {
            *s = true;
        }
        let got = figures(&folded, &raw, &spans, &skip, Lang::Pt);
        assert_eq!(
            got.iter()
                .map(|f| (f.category, f.value))
                .collect::<Vec<_>>(),
            [(Category::Arrested, 19)]
        );
        // a perfect infinitive before the figure
        assert_eq!(
            figs("disse ter detido 112 pessoas", Lang::Pt),
            [(Category::Arrested, 112, "exact", false)]
        );
        assert_eq!(
            figs("dijo haber detenido a 40 personas", Lang::Es),
            [(Category::Arrested, 40, "exact", false)]
        );
        assert_eq!(
            figs("dejó cinco muertos y decenas de heridos", Lang::Es),
            [
                (Category::Killed, 5, "exact", false),
                (Category::Injured, 24, "at_least", false)
            ]
        );
        assert_eq!(
            figs("al menos 12 personas fueron detenidas", Lang::Es),
            [(Category::Arrested, 12, "at_least", false)]
        );
        assert_eq!(
            figs("la policía detuvo a más de 50 manifestantes", Lang::Es),
            [(Category::Arrested, 50, "at_least", false)]
        );
        assert_eq!(
            figs("mais de 50 manifestantes foram presos", Lang::Pt),
            [(Category::Arrested, 50, "at_least", false)]
        );
        // the act's noun before the figure
        assert_eq!(
            figs(
                "condena el asesinato de ocho ciudadanos en Ayacucho",
                Lang::Es
            ),
            [(Category::Killed, 8, "exact", false)]
        );
        assert_eq!(
            figs(
                "exigimos la liberación tras la detención de 25 personas",
                Lang::Es
            ),
            [(Category::Arrested, 25, "exact", false)]
        );
        // a year after the noun is no figure
        assert_eq!(figs("la masacre de 1989", Lang::Es), []);
    }
}
