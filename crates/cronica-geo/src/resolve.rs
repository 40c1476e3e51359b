//! Choosing one gazetteer entry per place name, in the context of the whole
//! document.
//!
//! Each candidate starts from a prior (countries over regions over towns, towns
//! by population). The document then votes: every name spreads a weight over
//! the countries and first-level regions of its candidates, so a text that
//! names Peru, Puno and "peruanos" makes Lima the Peruvian one. Explicit
//! containment ("Juliaca, Puno", "Andahuaylas (in the Apurimac region)") binds
//! a name to the region or country written next to it.

use cronica_types::{Entity, EntityLabel, Lang, Place, PlacePrecision, Span};

use crate::find::matches_words;
use crate::fold::{fold_word, is_word_char, key, words, Word};
use crate::fx::FxMap;
use crate::gazetteer::{Gazetteer, Hit, Kind, Record};

/// A place name with its candidate readings.
#[derive(Debug, Clone)]
pub(crate) struct Toponym {
    pub span: Span,
    pub hits: Vec<Hit>,
}

impl Toponym {
    pub(crate) fn new(span: Span, hits: Vec<Hit>) -> Self {
        Toponym { span, hits }
    }
}

/// The reading chosen for a toponym.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Choice {
    /// The record (for demonyms: the country's record).
    pub record: u32,
    /// Set when the name is a demonym of this country.
    pub demonym: Option<u32>,
    pub confidence: f32,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    record: u32,
    /// The record, parsed once.
    rec: Record,
    demonym: Option<u32>,
    primary: bool,
}

fn cands(g: &Gazetteer, t: &Toponym) -> Vec<Cand> {
    let mut out = Vec::with_capacity(t.hits.len());
    for h in &t.hits {
        match *h {
            Hit::Name { record, primary } => out.push(Cand {
                record,
                rec: g.record(record),
                demonym: None,
                primary,
            }),
            Hit::Demonym { country } => {
                let record = g.countries[country as usize].record;
                out.push(Cand {
                    record,
                    rec: g.record(record),
                    demonym: Some(country),
                    primary: true,
                });
            }
        }
    }
    out
}

/// How fast a region mention's weight falls with the number of names between.
const ADMIN1_DECAY: f64 = 4.0;

/// How many names before and after a name may vote for its region.
const ADMIN1_WINDOW: usize = 24;

/// How much the other names' agreement on a country adds to its readings.
const COUNTRY_VOTE_WEIGHT: f64 = 8.0;

/// What a reading of the kind the words around its name say gains ("the state
/// of Rio de Janeiro", "the city of Puno").
const KIND_CUE: f64 = 6.0;

/// What a capital gains: a bare "Paris" or "Brussels" is the capital.
const CAPITAL_BONUS: f64 = 2.5;

/// The share of the country vote a town named like a country takes where the
/// text does not place it.
const NAMESAKE_VOTE_SHARE: f64 = 0.25;

/// How much the regions named near a town add to the towns in them.
const ADMIN1_VOTE_WEIGHT: f64 = 5.0;

/// What a reading loses when the text says the name is another kind of place.
const DEFINED_OTHER_KIND: f64 = 10.0;

/// How fast later mentions of a name count less in its one reading: the
/// k-th mention weighs 1 / (1 + k * this).
const LATER_MENTION_DECAY: f64 = 2.0;

/// How many times the names vote on each other's countries and regions.
const VOTE_ROUNDS: usize = 2;

/// The mean radius of the Earth that [`crate::eval::haversine_km`] uses.
const EARTH_RADIUS_KM: f64 = 6371.0;

/// The highest confidence of a minor place (a hamlet without a population).
const MINOR_CONFIDENCE: f32 = 0.5;

/// The most readings of one name that are weighed (by prior).
const MAX_READINGS: usize = 48;

/// How many names before and after a name count as its neighbours.
const PROXIMITY_WINDOW: usize = 12;

/// What a reading in a country that speaks the text's language gains: a
/// Portuguese text's "Paraná" is the Brazilian state before the Argentine city.
const LANGUAGE_BONUS: f64 = 1.5;

/// Countries whose official language is Spanish or Portuguese (ISO 3166-1).
const SPANISH_SPEAKING: &[&str] = &[
    "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI", "PA", "PE",
    "PR", "PY", "SV", "UY", "VE",
];
const PORTUGUESE_SPEAKING: &[&str] = &["AO", "BR", "CV", "GW", "MZ", "PT", "ST", "TL"];

/// The language prior of a reading in `country` for a text in `lang`, written
/// in Brazil's spelling or another's when `brazilian` says which.
fn language_prior(lang: Lang, brazilian: Option<bool>, country: &str) -> f64 {
    let speaks = match lang {
        Lang::Es => SPANISH_SPEAKING.contains(&country),
        Lang::Pt => PORTUGUESE_SPEAKING.contains(&country),
        _ => false,
    };
    match (speaks, lang, brazilian) {
        // "lacrimogéneo", "António", "actuação": a text of Portugal or Africa,
        // whose namesakes in Brazil come after its own ("Trindade" in São Tomé)
        (true, Lang::Pt, Some(false)) if country == "BR" => -LANGUAGE_BONUS,
        // "lacrimogêneo", "Antônio": a Brazilian text
        (true, Lang::Pt, Some(true)) if country != "BR" => 0.0,
        (true, ..) => LANGUAGE_BONUS,
        _ => 0.0,
    }
}

/// Whether a Portuguese text is spelt as in Brazil (`Some(true)`), as in Portugal
/// and Africa (`Some(false)`), or gives too few signs to tell: a stressed e or o
/// before m or n and a vowel takes a circumflex in Brazil and an acute elsewhere
/// ("econômico" / "económico", "Antônio" / "António", "gênero" / "género"), and
/// the older spellings kept in Africa write consonants Brazil drops ("actuação",
/// "director", "electricidade", "facto").
fn brazilian_spelling(text: &str) -> Option<bool> {
    let (mut brazil, mut elsewhere) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if w.len() < 4 {
            continue;
        }
        let cs: Vec<char> = w.chars().flat_map(char::to_lowercase).collect();
        for k in cs.windows(3) {
            if matches!(k[1], 'm' | 'n') && matches!(k[2], 'a' | 'e' | 'i' | 'o' | 'u') {
                match k[0] {
                    'ê' | 'ô' => brazil += 1,
                    'é' | 'ó' => elsewhere += 1,
                    _ => {}
                }
            }
        }
        if !cs
            .first()
            .is_some_and(|c| matches!(c, 'a' | 'd' | 'e' | 'f'))
        {
            continue;
        }
        let lower: String = cs.iter().collect();
        if [
            "actua", "actual", "acção", "acções", "direct", "electr", "eléctr", "facto", "factos",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        {
            elsewhere += 1;
        }
    }
    if brazil >= 2 && brazil > 2 * elsewhere {
        Some(true)
    } else if elsewhere >= 2 && elsewhere > 2 * brazil {
        Some(false)
    } else {
        None
    }
}

/// The score a candidate has before any context.
fn prior(r: &Record, primary: bool) -> f64 {
    let pop = (r.population as f64 + 1.0).log10();
    match r.kind {
        Kind::Country => 10.0 + 0.1 * pop,
        Kind::WorldRegion => 9.5,
        Kind::Admin1 => 5.0 + 0.25 * pop,
        Kind::Admin2 => 4.0 + if primary { 0.0 } else { -1.0 },
        Kind::Town => pop + if primary { 0.0 } else { -1.0 },
    }
}

fn softmax(scores: &[f64]) -> Vec<f64> {
    let max = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let exps: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
    let sum: f64 = exps.iter().sum();
    exps.into_iter().map(|e| e / sum).collect()
}

/// Whether record `inner` lies in record `outer` (same country, and same
/// first-level region when `outer` is one).
fn inside(inner: &Record, outer: &Record) -> bool {
    if inner.country.is_empty() || inner.country != outer.country {
        return false;
    }
    match outer.kind {
        Kind::Country => inner.kind != Kind::Country,
        Kind::Admin1 => {
            matches!(inner.kind, Kind::Town | Kind::Admin2) && inner.admin1 == outer.admin1
        }
        // A second-level region: the towns of its first-level region.
        Kind::Admin2 => {
            inner.kind == Kind::Town && !outer.admin1.is_empty() && inner.admin1 == outer.admin1
        }
        _ => false,
    }
}

/// Words around a name that say what kind of place it is: "the Puno region",
/// "región de Puno", "departamento de Apurímac" (a region); "the city of
/// Puno", "ciudad de Puno", "cidade de Puno" (a town).
fn kind_cue(text: &str, span: Span) -> Option<Kind> {
    if let Some(rest) = text[span.end..].strip_prefix(' ') {
        let len = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        let next = &rest[..len];
        let lowered;
        let next = if next.is_ascii() {
            if next.bytes().any(|b| b.is_ascii_uppercase()) {
                lowered = next.to_ascii_lowercase();
                lowered.as_str()
            } else {
                next
            }
        } else {
            lowered = next.to_lowercase();
            lowered.as_str()
        };
        match next {
            "region" | "province" | "state" | "department" | "county" => return Some(Kind::Admin1),
            "city" | "town" => return Some(Kind::Town),
            _ => {}
        }
    }
    let start = text.floor_char_boundary_compat(span.start.saturating_sub(24));
    let (w2, w1) = last_two_words(&text[start..span.start]);
    let (w2, w1) = (w2.map(fold_word), w1.map(fold_word));
    let head = match (w2.as_deref(), w1.as_deref()) {
        (Some(h), Some("de" | "del" | "do" | "da" | "of")) => h,
        (_, Some(h)) => h,
        _ => return None,
    };
    match head {
        "region" | "departamento" | "provincia" | "estado" | "state" | "province"
        | "department" => Some(Kind::Admin1),
        // "the governor of Oaxaca", "los gobernadores de Chiapas y Oaxaca"
        "governor" | "governors" | "gobernador" | "gobernadora" | "gobernadores" | "governador"
        | "governadora" | "governadores" => Some(Kind::Admin1),
        "city" | "ciudad" | "cidade" | "town" | "municipio" | "municipality" | "localidad" => {
            Some(Kind::Town)
        }
        _ => None,
    }
}

/// Whether the words before `span` call it a municipality ("municipio de
/// Argelia", "município de Caruaru", "the municipality of Argelia").
pub fn municipality_cue(text: &str, span: Span) -> bool {
    let start = text.floor_char_boundary_compat(span.start.saturating_sub(24));
    let (w2, w1) = last_two_words(&text[start..span.start]);
    let (w2, w1) = (w2.map(fold_word), w1.map(fold_word));
    matches!(
        (w2.as_deref(), w1.as_deref()),
        (Some("municipio" | "municipality"), Some("de" | "of"))
    )
}

/// The last two words of `s` as [`words`] splits it: the one before the
/// last, and the last.
fn last_two_words(s: &str) -> (Option<&str>, Option<&str>) {
    let mut end = s.len();
    let mut found: [Option<&str>; 2] = [None, None];
    for slot in &mut found {
        let rest = &s[..end];
        let Some(last) = rest.char_indices().rev().find(|(_, c)| is_word_char(*c)) else {
            break;
        };
        let word_end = last.0 + last.1.len_utf8();
        let word_start = rest[..word_end]
            .char_indices()
            .rev()
            .find(|(_, c)| !is_word_char(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        *slot = Some(&s[word_start..word_end]);
        end = word_start;
    }
    (found[1], found[0])
}

/// The words that start a definition of a place ("Dale is a town ...").
const COPULAS: &[&str] = &[
    " is a ",
    " is an ",
    " was a ",
    " was an ",
    " es un ",
    " es una ",
    " era un ",
    " era una ",
    " é um ",
    " é uma ",
    " foi um ",
    " foi uma ",
];

/// Whether the text between two names defines the first as a place in the
/// second: "Arlington is a city in Reno County", "Dale is a town in Carter
/// Township, Spencer County", "San Jose is a fifth class municipality in the
/// province of Negros Oriental", "Molina es una comuna de la provincia de".
fn defining_gap(gap: &str) -> bool {
    if gap.len() > 100 || gap.contains(['.', ';', '\n']) {
        return false;
    }
    const MORE_COPULAS: &[&str] = &[
        " is the ",
        " was the ",
        " es la ",
        " es el ",
        " é a ",
        " é o ",
    ];
    let copula_at = |s: &str| {
        COPULAS
            .iter()
            .chain(MORE_COPULAS)
            .find(|c| s.starts_with(*c))
            .map(|c| c.len())
    };
    if !gap.starts_with(" (") && copula_at(gap).is_none() {
        return false;
    }
    // Asides in brackets say nothing of where: "(formerly Cache Creek)",
    // "census-designated place (CDP) in".
    let mut plain = String::with_capacity(gap.len());
    let mut rest = gap;
    while let Some(open) = rest.find(" (") {
        plain.push_str(&rest[..open]);
        let Some(close) = rest[open..].find(')') else {
            return false;
        };
        rest = &rest[open + close + 1..];
    }
    plain.push_str(rest);
    let Some(cop) = copula_at(&plain) else {
        return false;
    };
    let ws = words(&plain[cop..]);
    // A short description, then the first preposition: one of containment.
    let Some(at) = ws.iter().position(|w| {
        matches!(
            w.folded.as_str(),
            "in" | "of"
                | "at"
                | "on"
                | "near"
                | "from"
                | "by"
                | "between"
                | "along"
                | "en"
                | "de"
                | "del"
                | "em"
                | "do"
                | "da"
                | "no"
                | "na"
                | "a"
                | "al"
                | "cerca"
                | "entre"
                | "perto"
        )
    }) else {
        return false;
    };
    if at > 6
        || ws[..at].iter().any(|w| w.capitalized)
        || !matches!(
            ws[at].folded.as_str(),
            "in" | "of" | "en" | "de" | "del" | "em" | "do" | "da" | "no" | "na"
        )
    {
        return false;
    }
    // After it only articles, the kind of the container ("the province
    // of"), and the names of places the gazetteer lacks ("Carter Township, ").
    ws[at + 1..].iter().all(|w| {
        w.capitalized
            || matches!(
                w.folded.as_str(),
                "the"
                    | "el"
                    | "la"
                    | "o"
                    | "a"
                    | "of"
                    | "de"
                    | "del"
                    | "do"
                    | "da"
                    | "province"
                    | "state"
                    | "county"
                    | "region"
                    | "department"
                    | "district"
                    | "provincia"
                    | "estado"
                    | "departamento"
                    | "distrito"
                    | "condado"
                    | "municipio"
                    | "municipality"
                    | "island"
                    | "isla"
                    | "ilha"
                    | "territory"
                    | "commonwealth"
                    | "part"
                    | "rural"
                    | "central"
                    | "este"
            )
            || cronica_text::is_compass_word(&w.folded)
    })
}

/// What the sentence says a name is: "Peru is a city in Miami County",
/// "Madison (formerly Cache Creek) is a census-designated place", "Molina es
/// una ciudad", "Lagos é uma cidade".
fn predicate_cue(text: &str, span: Span) -> Option<Kind> {
    let mut rest = &text[span.end..text.floor_char_boundary_compat(span.end + 160)];
    if let Some(inner) = rest.strip_prefix(" (") {
        rest = &inner[inner.find(')')? + 1..];
    }
    let cop = COPULAS.iter().find(|c| rest.starts_with(*c))?;
    let rest = &rest[cop.len()..];
    let rest = &rest[..rest.floor_char_boundary_compat(60)];
    for w in words(rest).iter().take(5) {
        match w.folded.as_str() {
            "town" | "city" | "village" | "hamlet" | "community" | "municipality" | "suburb"
            | "borough" | "neighborhood" | "neighbourhood" | "settlement" | "census"
            | "township" | "commune" | "locality" | "ciudad" | "pueblo" | "localidad"
            | "municipio" | "cidade" | "vila" | "aldeia" | "comuna" => return Some(Kind::Town),
            "county" | "province" | "state" | "region" | "department" | "provincia"
            | "departamento" | "estado" => return Some(Kind::Admin1),
            "in" | "of" | "on" | "de" | "en" | "em" | "and" | "y" | "e" | "that" | "which" => {
                return None
            }
            _ => {}
        }
    }
    None
}

/// Whether the text between two names says the second contains the first:
/// "Juliaca, Puno", "Andahuaylas (in the Apurimac region)", "Lima in Peru".
fn containment_gap(gap: &str) -> bool {
    if gap.len() > 24 || gap.contains(['.', ';', '\n', ')']) {
        return false;
    }
    let mut marked = gap.contains([',', '(']);
    for w in words(gap) {
        match w.folded.as_str() {
            "in" | "en" | "em" | "no" | "na" => marked = true,
            "the" | "el" | "la" | "o" | "a" | "de" | "del" | "do" | "da" | "state" | "province"
            | "provincia" | "region" | "departamento" | "department" | "estado" | "county"
            // "near Kani town in Myanmar", "la ciudad de X en Y"
            | "town" | "city" | "village" | "district" | "ciudad" | "pueblo" | "cidade"
            | "aldeia" | "distrito" | "municipality" | "municipio"
            // "El Paraíso, en el oeste de Caracas", "in the north of Lima"
            | "of" | "north" | "south" | "east" | "west" | "northern" | "southern"
            | "eastern" | "western" | "centre" | "center" | "norte" | "sur" | "este"
            | "oeste" | "centro" | "leste" | "sul" | "zona" => {}
            _ => return false,
        }
    }
    marked
}

/// No country (world regions): not counted in the voting tables.
const NO_ID: u32 = u32::MAX;

/// Sums over small dense ids that remember which ids they touched, so that
/// emptying them costs only what was added.
struct Accumulator {
    values: Vec<f64>,
    seen: Vec<bool>,
    touched: Vec<u32>,
}

impl Accumulator {
    fn new(n: usize) -> Self {
        Accumulator {
            values: vec![0.0; n],
            seen: vec![false; n],
            touched: Vec::new(),
        }
    }

    fn touch(&mut self, k: u32) -> usize {
        let k = k as usize;
        if !self.seen[k] {
            self.seen[k] = true;
            self.touched.push(k as u32);
        }
        k
    }

    fn add(&mut self, k: u32, v: f64) {
        let k = self.touch(k);
        self.values[k] += v;
    }

    /// Keeps the larger of the value held and `v`.
    fn raise(&mut self, k: u32, v: f64) {
        let k = self.touch(k);
        if v > self.values[k] {
            self.values[k] = v;
        }
    }

    fn get(&self, k: u32) -> f64 {
        self.values[k as usize]
    }

    fn has(&self, k: u32) -> bool {
        self.seen[k as usize]
    }

    /// The ids touched with their values, in the order first touched; empties it.
    fn drain(&mut self) -> Vec<(u32, f64)> {
        let out = self
            .touched
            .iter()
            .map(|&k| (k, self.values[k as usize]))
            .collect();
        self.clear();
        out
    }

    fn clear(&mut self) {
        for &k in &self.touched {
            self.values[k as usize] = 0.0;
            self.seen[k as usize] = false;
        }
        self.touched.clear();
    }
}

/// What the text around a name says of one of its readings: the same in
/// every voting round.
#[derive(Debug, Clone, Copy, Default)]
struct Fixed {
    /// A town that is its country's capital.
    capital: bool,
    /// A town as large as the small country one of whose foreign names it
    /// bears ("Granada", not Grenada).
    rivals_country: bool,
    /// A large town named like its own region ("Puno", "New York").
    same_region: bool,
    /// Words around the name say it is this kind of place.
    cue: bool,
    /// The text defines the name as another kind of place.
    defined_other: bool,
    /// The name written right after this one lies in this reading.
    contains_next: bool,
    /// ... and the text says so in a definition ("X is a town in Y").
    defined_in: bool,
    /// This reading lies in the name written right before.
    inside_prev: bool,
    /// The text writes the name without the marks of this reading's own name
    /// ("Canada" for Cañada) while another reading bears it as written.
    marks_lost: bool,
    /// A town read by another name that is its region's own ("Pará" for Belém,
    /// "Bahia" for Salvador): the region is meant.
    region_name: bool,
    /// A town named like a first-level region of its own country that it
    /// lies outside of ("Florida", a village in New York): the names around
    /// it that vote for its region say nothing of it.
    region_namesake: bool,
}

/// The [`Fixed`] cues of every reading `cs` of toponym `i`.
#[allow(clippy::too_many_arguments)]
fn fixed_cues(
    g: &Gazetteer,
    text: &str,
    toponyms: &[Toponym],
    all: &[Vec<Cand>],
    i: usize,
    cs: &[Cand],
    defined: Option<&Kind>,
    enumerated: &[Option<usize>],
) -> Vec<Fixed> {
    if cs.is_empty() {
        return Vec::new();
    }
    // Containers written right after this name, and names it contains
    // (not the next name of an enumeration: "Washington, Pennsylvania and
    // California" are three states)
    let span = toponyms[i].span;
    let same_enumeration =
        |j: usize| enumerated[i].is_some() && enumerated.get(j) == Some(&enumerated[i]);
    let contains = |gap: &str| containment_gap(gap) || defining_gap(gap);
    let next_defines = toponyms
        .get(i + 1)
        .is_some_and(|n| n.span.start >= span.end && defining_gap(&text[span.end..n.span.start]));
    let next = Some(i + 1).filter(|&n| {
        !same_enumeration(n)
            && toponyms.get(n).is_some_and(|n| {
                n.span.start >= span.end && contains(&text[span.end..n.span.start])
            })
    });
    let prev = i.checked_sub(1).filter(|&p| {
        !same_enumeration(p)
            && toponyms[p].span.end <= span.start
            && contains(&text[toponyms[p].span.end..span.start])
    });
    // ("los gobernadores de Chiapas y Oaxaca": the words before the first of two
    // joined names say what both are)
    let cue = kind_cue(text, span).or_else(|| {
        let p = toponyms.get(i.checked_sub(1)?)?;
        let gap = text.get(p.span.end..span.start)?;
        matches!(gap.trim(), "y" | "and" | "e" | "o" | "or" | "ou")
            .then(|| kind_cue(text, p.span))
            .flatten()
    });
    // A name written without diacritics matches a marked one only loosely
    // when another reading is written just so ("Canada": the country, not
    // Cañada; "Bogota" is still Bogotá where no reading is written "Bogota").
    let written = &text[span.start..span.end];
    let unmarked = written.is_ascii();
    let as_written = |r: &Record| r.name.eq_ignore_ascii_case(written);
    let exact_elsewhere = unmarked && cs.iter().any(|o| o.primary && as_written(&o.rec));
    // Towns larger than this bear the foreign name of a small country.
    let rival_size = cs
        .iter()
        .filter(|o| o.rec.kind == Kind::Country && !o.primary)
        .map(|o| o.rec.population as f64 / 2.0)
        .fold(f64::INFINITY, f64::min);
    cs.iter()
        .map(|c| {
            let r = &c.rec;
            let mut f = Fixed::default();
            if r.kind == Kind::Town {
                // Capitals are what a bare name of theirs usually means.
                // ("Salvador" is not San Salvador's own name but its last word: no
                // capital's pull then)
                let tail_only = !c.primary && {
                    let (w, n) = (key(written), key(r.name));
                    n.len() > w.len() && n.ends_with(&w) && n[..n.len() - w.len()].ends_with(' ')
                };
                f.capital = g.is_capital(r) && !tail_only;
                f.rivals_country = c.primary && (r.population as f64) > rival_size;
            }
            // A town named like its own region is usually what is meant
            // ("Puno", "New York", "Nueva York"), unless the name is the
            // region's own and only an old name of the town ("Rio Grande
            // do Sul").
            if matches!(r.kind, Kind::Town | Kind::Admin2) && r.population >= 100_000 {
                f.same_region = cs.iter().any(|o| {
                    let or = &o.rec;
                    or.kind == Kind::Admin1
                        && or.country == r.country
                        && or.admin1 == r.admin1
                        && (c.primary || !o.primary)
                });
            }
            f.cue = matches!(
                (cue, r.kind),
                (Some(Kind::Admin1), Kind::Admin1 | Kind::Admin2) | (Some(Kind::Town), Kind::Town)
            );
            f.defined_other = match (defined, r.kind) {
                (Some(Kind::Town), Kind::Town)
                | (Some(Kind::Admin1), Kind::Admin1 | Kind::Admin2) => false,
                (Some(_), _) => true,
                (None, _) => false,
            };
            f.contains_next = next.is_some_and(|n| all[n].iter().any(|o| inside(r, &o.rec)));
            f.defined_in = f.contains_next && next_defines;
            f.inside_prev = prev.is_some_and(|p| all[p].iter().any(|o| inside(&o.rec, r)));
            f.marks_lost = exact_elsewhere && c.primary && !r.name.is_ascii();
            // (unless the text says it is a town: "Washington is a city in
            // Washington County, Pennsylvania")
            f.region_namesake = r.kind == Kind::Town
                && defined != Some(&Kind::Town)
                && cue != Some(Kind::Town)
                && cs.iter().any(|o| {
                    o.primary
                        && o.rec.kind == Kind::Admin1
                        && o.rec.country == r.country
                        && o.rec.admin1 != r.admin1
                });
            f.region_name = r.kind == Kind::Town
                && !c.primary
                && cs.iter().any(|o| {
                    o.primary
                        && o.rec.kind == Kind::Admin1
                        && o.rec.country == r.country
                        && o.rec.admin1 == r.admin1
                });
            f
        })
        .collect()
}

/// What a reading loses when the text drops the marks of its name while
/// another reading is written just so.
const MARKS_LOST: f64 = 2.0;

/// What a town loses when the name it is read by is its own region's.
const REGION_NAME: f64 = 6.0;

/// What a reading of the kind of the rest of its list gains.
const LIST_KIND_BONUS: f64 = 5.0;

/// For each toponym written in a list of three or more names ("Ohio, Oregon,
/// South Carolina and Utah"), the positions of the list's names.
fn list_members(text: &str, toponyms: &[Toponym]) -> Vec<Option<Vec<usize>>> {
    let linked = |a: &Toponym, b: &Toponym| {
        a.span.end <= b.span.start && {
            let gap = &text[a.span.end..b.span.start];
            gap == ", " || CONJUNCTION_GAPS.contains(&gap)
        }
    };
    let mut out: Vec<Option<Vec<usize>>> = vec![None; toponyms.len()];
    let mut start = 0;
    while start < toponyms.len() {
        let mut end = start + 1;
        while end < toponyms.len() && linked(&toponyms[end - 1], &toponyms[end]) {
            end += 1;
        }
        if end - start >= 3 {
            let members: Vec<usize> = (start..end).collect();
            for slot in &mut out[start..end] {
                *slot = Some(members.clone());
            }
        }
        start = end;
    }
    out
}

/// What may stand between the last two names of a list ("Asia, Europe and
/// Africa", "Chiapas y Oaxaca").
const CONJUNCTION_GAPS: &[&str] = &[
    " and ", ", and ", " or ", ", or ", " y ", " e ", " o ", " ou ",
];

/// The enumeration each name stands in, by its first member: three names or
/// more joined by commas with a conjunction before the last ("Georgia,
/// Oklahoma, Pennsylvania and California"). A chain of commas alone is read
/// as containment ("Queens, New York, USA").
fn enumerations(text: &str, toponyms: &[Toponym]) -> Vec<Option<usize>> {
    let gap = |a: &Toponym, b: &Toponym| {
        (a.span.end <= b.span.start).then(|| &text[a.span.end..b.span.start])
    };
    let conjunction = |g: &str| CONJUNCTION_GAPS.contains(&g);
    let mut out = vec![None; toponyms.len()];
    let mut start = 0;
    while start < toponyms.len() {
        let mut end = start + 1;
        while end < toponyms.len() && gap(&toponyms[end - 1], &toponyms[end]) == Some(", ") {
            end += 1;
        }
        // the conjunction before the last
        if end < toponyms.len()
            && end - start >= 2
            && gap(&toponyms[end - 1], &toponyms[end]).is_some_and(conjunction)
        {
            for slot in &mut out[start..=end] {
                *slot = Some(start);
            }
            end += 1;
        }
        start = end;
    }
    out
}

/// Picks a reading for every toponym, using all of them as context.
pub(crate) fn choose(
    g: &Gazetteer,
    text: &str,
    toponyms: &[Toponym],
    lang: Lang,
) -> Vec<Option<Choice>> {
    let all: Vec<Vec<Cand>> = toponyms
        .iter()
        .map(|t| {
            let mut cs = cands(g, t);
            if cs.len() > MAX_READINGS {
                // The readings no context could lift to the top.
                cs.sort_by(|a, b| prior(&b.rec, b.primary).total_cmp(&prior(&a.rec, a.primary)));
                cs.truncate(MAX_READINGS);
            }
            cs
        })
        .collect();
    let brazilian = (lang == Lang::Pt)
        .then(|| brazilian_spelling(text))
        .flatten();
    let priors: Vec<Vec<f64>> = all
        .iter()
        .map(|cs| {
            cs.iter()
                .map(|c| prior(&c.rec, c.primary) + language_prior(lang, brazilian, c.rec.country))
                .collect()
        })
        .collect();

    // Each distinct name votes once for countries and first-level regions,
    // so that a name repeated ten times does not vote for itself.
    let mut group_of: FxMap<String, usize> = FxMap::default();
    let groups: Vec<usize> = toponyms
        .iter()
        .map(|t| {
            let n = group_of.len();
            *group_of
                .entry(key(&text[t.span.start..t.span.end]))
                .or_insert(n)
        })
        .collect();
    let n_groups = group_of.len();
    // A name the text defines ("X is a town in ...") is that kind of place
    // at every mention.
    let mut defined: FxMap<usize, Kind> = FxMap::default();
    for (t, &gi) in toponyms.iter().zip(&groups) {
        if let Some(k) = predicate_cue(text, t.span) {
            defined.entry(gi).or_insert(k);
        }
    }
    // ... and so is a name the text calls a municipality: "municipio de Argelia"
    // makes the headline's and the later "Argelia" the Colombian town, not Algeria
    for (t, &gi) in toponyms.iter().zip(&groups) {
        if municipality_cue(text, t.span) {
            defined.entry(gi).or_insert(Kind::Town);
        }
    }

    // Countries and (country, first-level region) pairs of the readings, as
    // small numbers for the voting tables.
    let mut country_ids: FxMap<&str, u32> = FxMap::default();
    let mut admin1_ids: FxMap<(&str, &str), u32> = FxMap::default();
    let ids: Vec<Vec<(u32, u32)>> = all
        .iter()
        .map(|cs| {
            cs.iter()
                .map(|c| {
                    let r = &c.rec;
                    if r.country.is_empty() {
                        return (NO_ID, NO_ID);
                    }
                    let n = country_ids.len() as u32;
                    let ci = *country_ids.entry(r.country).or_insert(n);
                    let n = admin1_ids.len() as u32;
                    let ai = *admin1_ids.entry((r.country, r.admin1)).or_insert(n);
                    (ci, ai)
                })
                .collect()
        })
        .collect();
    let (n_countries, n_admin1) = (country_ids.len(), admin1_ids.len());

    let enumerated = enumerations(text, toponyms);
    // What the text around each name says of each reading, the same in
    // every round.
    let mut fixed: Vec<Vec<Fixed>> = all
        .iter()
        .enumerate()
        .map(|(i, cs)| {
            fixed_cues(
                g,
                text,
                toponyms,
                &all,
                i,
                cs,
                defined.get(&groups[i]),
                &enumerated,
            )
        })
        .collect();
    // Where the text defines a name as a place in a region ("Atlanta is an
    // unincorporated community in Elmore County"), every mention of the name
    // lies there.
    // (The definition where the text first names it: later ones may be of
    // namesakes, "named after Windsor, in Berkshire".)
    let mut definition: FxMap<usize, Option<usize>> = FxMap::default();
    for (i, f) in fixed.iter().enumerate() {
        definition
            .entry(groups[i])
            .or_insert_with(|| f.iter().any(|f| f.defined_in).then_some(i));
    }
    for j in 0..fixed.len() {
        let Some(&Some(i)) = definition.get(&groups[j]) else {
            continue;
        };
        if i == j || fixed[i].len() != fixed[j].len() {
            continue;
        }
        for c in 0..fixed[j].len() {
            if fixed[i][c].defined_in {
                fixed[j][c].contains_next = true;
            }
        }
    }

    // Two rounds: names first vote with their readings' priors, then with
    // the scores the first round gave them in context, so that "Florida"
    // next to "Madison County" votes for the state, not for Uruguay.
    let mut vote_from: Vec<Vec<f64>> = priors.clone();
    let mut base: Vec<Vec<f64>> = Vec::new();
    let mut country_acc = Accumulator::new(n_countries);
    let mut admin1_acc = Accumulator::new(n_admin1);
    let mut group_weight = Accumulator::new(n_groups);
    for _ in 0..VOTE_ROUNDS {
        let mut votes_country: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n_groups];
        let mut votes_admin1: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n_groups];
        let mut voted = vec![false; n_groups];
        let mut total_country = vec![0.0f64; n_countries];
        for (((cs, ps), cids), &gi) in all.iter().zip(&vote_from).zip(&ids).zip(&groups) {
            if voted[gi] || cs.is_empty() {
                continue;
            }
            voted[gi] = true;
            for ((c, p), &(ci, ai)) in cs.iter().zip(softmax(ps)).zip(cids) {
                let r = &c.rec;
                if ci == NO_ID {
                    continue;
                }
                country_acc.add(ci, p);
                if matches!(r.kind, Kind::Admin1 | Kind::Town | Kind::Admin2) {
                    let w = if r.kind == Kind::Admin1 { p } else { 0.5 * p };
                    admin1_acc.add(ai, w);
                }
            }
            votes_country[gi] = country_acc.drain();
            votes_admin1[gi] = admin1_acc.drain();
            for &(k, v) in &votes_country[gi] {
                total_country[k as usize] += v;
            }
        }
        let sum_country: f64 = total_country.iter().sum();
        // The names that voted for each region, with their votes.
        let mut admin1_voters: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n_admin1];
        for (gi, votes) in votes_admin1.iter().enumerate() {
            for &(k, v) in votes {
                admin1_voters[k as usize].push((gi as u32, v));
            }
        }

        base = Vec::with_capacity(all.len());
        for (i, cs) in all.iter().enumerate() {
            if cs.is_empty() {
                base.push(Vec::new());
                continue;
            }
            let gi = groups[i];
            let own_votes = &votes_country[gi];
            let others_total = sum_country - own_votes.iter().map(|(_, v)| v).sum::<f64>();
            // Regions named near this name count most: the nearest mention of
            // each other name votes, weighted by how many names lie between.
            let lo = i.saturating_sub(ADMIN1_WINDOW);
            let hi = (i + ADMIN1_WINDOW + 1).min(groups.len());
            for (j, &gj) in groups.iter().enumerate().take(hi).skip(lo) {
                if gj == gi {
                    continue;
                }
                let w = 1.0 / (1.0 + i.abs_diff(j) as f64 / ADMIN1_DECAY);
                group_weight.raise(gj as u32, w);
            }
            let share_of = |ci: u32| {
                let own = own_votes
                    .iter()
                    .find(|(k, _)| *k == ci)
                    .map_or(0.0, |(_, v)| *v);
                ((total_country[ci as usize] - own) / others_total).clamp(0.0, 1.0)
            };
            // A world region lies in no country: the text's leaning to the
            // country of its other readings ("Pacific", a town in Missouri)
            // says nothing against it.
            let region_share = if others_total > 0.0 {
                ids[i]
                    .iter()
                    .filter(|(ci, _)| *ci != NO_ID)
                    .map(|&(ci, _)| share_of(ci))
                    .fold(0.0, f64::max)
            } else {
                0.0
            };
            let names_country = cs
                .iter()
                .any(|c| c.rec.kind == Kind::Country && c.primary && c.demonym.is_none());
            let mut scores = Vec::with_capacity(cs.len());
            for (((c, p), &(ci, ai)), f) in cs.iter().zip(&priors[i]).zip(&ids[i]).zip(&fixed[i]) {
                let r = &c.rec;
                let mut s = *p;
                if ci != NO_ID && others_total > 0.0 {
                    let own = own_votes
                        .iter()
                        .find(|(k, _)| *k == ci)
                        .map_or(0.0, |(_, v)| *v);
                    let share = (total_country[ci as usize] - own) / others_total;
                    // a town named like a country takes the text's leaning
                    // to its own country only where the text places it
                    // ("Brazil, Indiana"); the bare name is the country
                    let weight = if r.kind == Kind::Town
                        && names_country
                        && !(f.contains_next || f.inside_prev || f.cue)
                    {
                        COUNTRY_VOTE_WEIGHT * NAMESAKE_VOTE_SHARE
                    } else {
                        COUNTRY_VOTE_WEIGHT
                    };
                    s += weight * share.clamp(0.0, 1.0);
                }
                if r.kind == Kind::WorldRegion {
                    s += COUNTRY_VOTE_WEIGHT * region_share;
                }
                if r.kind == Kind::Town {
                    if f.capital {
                        s += CAPITAL_BONUS;
                    }
                    if f.rivals_country {
                        s += 8.0;
                    }
                }
                if matches!(r.kind, Kind::Town | Kind::Admin2) {
                    let a = if ci == NO_ID {
                        0.0
                    } else {
                        admin1_voters[ai as usize]
                            .iter()
                            .filter(|(gj, _)| group_weight.has(*gj))
                            .map(|&(gj, v)| group_weight.get(gj) * v)
                            .sum()
                    };
                    if !f.region_namesake {
                        s += ADMIN1_VOTE_WEIGHT * a.clamp(0.0, 1.0);
                    }
                    if f.same_region {
                        s += 2.5;
                    }
                }
                if f.cue {
                    s += KIND_CUE;
                }
                if f.defined_other {
                    s -= DEFINED_OTHER_KIND;
                }
                if f.contains_next {
                    s += 5.0;
                }
                if f.inside_prev {
                    s += 5.0;
                }
                if f.marks_lost {
                    s -= MARKS_LOST;
                }
                if f.region_name {
                    s -= REGION_NAME;
                }
                scores.push(s);
            }
            group_weight.clear();
            base.push(scores);
        }

        vote_from = base.clone();
    }

    // Places near the other places of the text are preferred: the first
    // choices of the other names are anchors.
    let first: Vec<Option<usize>> = base.iter().map(|sc| argmax(sc)).collect();
    let anchors: Vec<Option<Record>> = first
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let r = all[i][(*b)?].rec;
            matches!(r.kind, Kind::Town | Kind::Admin2 | Kind::Admin1).then_some(r)
        })
        .collect();
    let lists = list_members(text, toponyms);
    let mut finals: Vec<Vec<f64>> = Vec::with_capacity(all.len());
    for (i, cs) in all.iter().enumerate() {
        if cs.is_empty() {
            finals.push(Vec::new());
            continue;
        }
        let mut scores = base[i].clone();
        // The names of a list are places of one kind ("Ohio, Oregon, Utah
        // and Washington" are states; "Asia, Europe and Africa" continents):
        // where most of the others are read as one kind (first-level regions:
        // of one country), so is this one.
        if let Some(members) = lists.get(i).and_then(|m| m.as_ref()) {
            let mut kinds: FxMap<(Kind, &str), usize> = FxMap::default();
            let mut others = 0usize;
            for &j in members
                .iter()
                .filter(|&&j| j != i && groups[j] != groups[i])
            {
                others += 1;
                if let Some(b) = first[j] {
                    let r = &all[j][b].rec;
                    let country = if r.kind == Kind::Admin1 {
                        r.country
                    } else {
                        ""
                    };
                    if matches!(r.kind, Kind::Country | Kind::WorldRegion | Kind::Admin1) {
                        *kinds.entry((r.kind, country)).or_default() += 1;
                    }
                }
            }
            // ... and where every name of the list can be read as one kind, so
            // is each: "Washington, Pennsylvania and California" are states,
            // whatever towns bear their names
            let kind_of = |r: &Record| match r.kind {
                Kind::Admin1 => Some((Kind::Admin1, r.country)),
                Kind::Country | Kind::WorldRegion => Some((r.kind, "")),
                _ => None,
            };
            let shared = cs
                .iter()
                .filter_map(|c| kind_of(&c.rec))
                .filter(|k| {
                    members
                        .iter()
                        .filter(|&&j| j != i)
                        .all(|&j| all[j].iter().any(|o| kind_of(&o.rec) == Some(*k)))
                })
                .max_by_key(|k| {
                    members
                        .iter()
                        .filter(|&&j| first[j].is_some_and(|b| kind_of(&all[j][b].rec) == Some(*k)))
                        .count()
                });
            let voted = kinds
                .into_iter()
                .max_by_key(|(k, n)| (*n, *k))
                .filter(|(_, n)| others >= 2 && 2 * n > others)
                .map(|(k, _)| k);
            // (a kind every name can take outweighs what the list's names
            // vote for each other's towns)
            let chosen = voted.map(|k| (k, LIST_KIND_BONUS)).or(shared
                .filter(|_| others >= 2)
                .map(|k| (k, 2.0 * LIST_KIND_BONUS)));
            if let Some(((kind, country), bonus)) = chosen {
                for (c, s) in cs.iter().zip(scores.iter_mut()) {
                    let r = &c.rec;
                    if r.kind == kind && (kind != Kind::Admin1 || r.country == country) {
                        *s += bonus;
                    }
                }
            }
        }
        // Not where a country is among the readings: nearness would pull
        // "Mexico" to Mexico City.
        let no_country = !cs.iter().any(|c| c.rec.kind == Kind::Country);
        if cs.len() > 1 && no_country {
            // The names written near this one, in text order.
            let lo = i.saturating_sub(PROXIMITY_WINDOW);
            let hi = (i + PROXIMITY_WINDOW + 1).min(all.len());
            let near_anchors: Vec<&Record> = (lo..hi)
                .filter(|&j| groups[j] != groups[i])
                .filter_map(|j| anchors[j].as_ref())
                .collect();
            for (c, s) in cs.iter().zip(scores.iter_mut()) {
                let r = c.rec;
                let near = near_anchors
                    .iter()
                    .map(|a| match r.kind {
                        // A region is near the places inside it.
                        Kind::Admin1 if a.kind != Kind::Admin1 => {
                            if a.country == r.country && a.admin1 == r.admin1 {
                                0.0
                            } else {
                                f64::INFINITY
                            }
                        }
                        // Nothing from 300 km on counts: skip the distance where
                        // the latitudes alone are that far apart.
                        _ if (r.lat - a.lat).abs().to_radians() * EARTH_RADIUS_KM > 301.0 => {
                            f64::INFINITY
                        }
                        _ => crate::eval::haversine_km(r.lat, r.lon, a.lat, a.lon),
                    })
                    .fold(f64::INFINITY, f64::min);
                *s += if near < 30.0 {
                    2.5
                } else if near < 100.0 {
                    1.5
                } else if near < 300.0 {
                    0.5
                } else {
                    0.0
                };
            }
        }
        finals.push(scores);
    }

    // One sense per text: every mention of a name takes the reading its
    // mentions support together, the first ones most (a text says what a
    // place is where it first names it: "Madison County, Florida").
    let mut group_sum: FxMap<usize, Vec<f64>> = FxMap::default();
    let mut group_weight: FxMap<usize, f64> = FxMap::default();
    let mut group_seen: FxMap<usize, usize> = FxMap::default();
    for (i, sc) in finals.iter().enumerate() {
        if sc.is_empty() {
            continue;
        }
        let k = group_seen.entry(groups[i]).or_default();
        let w = 1.0 / (1.0 + LATER_MENTION_DECAY * *k as f64);
        *k += 1;
        let e = group_sum
            .entry(groups[i])
            .or_insert_with(|| vec![0.0; sc.len()]);
        if e.len() == sc.len() {
            *group_weight.entry(groups[i]).or_default() += w;
            for (t, v) in e.iter_mut().zip(sc) {
                *t += w * v;
            }
        }
    }

    let mut out = Vec::with_capacity(all.len());
    for (i, cs) in all.iter().enumerate() {
        if cs.is_empty() {
            out.push(None);
            continue;
        }
        let own = &finals[i];
        let summed = group_sum
            .get(&groups[i])
            .filter(|v| v.len() == own.len())
            .unwrap_or(own);
        let n = if std::ptr::eq(summed, own) {
            1.0
        } else {
            group_weight[&groups[i]]
        };
        let scores: Vec<f64> = summed.iter().map(|v| v / n).collect();
        let best = argmax(&scores).unwrap_or(0);
        let second = scores
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != best)
            .map(|(_, s)| *s)
            .fold(f64::NEG_INFINITY, f64::max);
        let margin = scores[best] - second;
        let confidence = if second.is_finite() {
            1.0 / (1.0 + (-margin).exp())
        } else {
            0.95
        };
        let c = cs[best];
        out.push(Some(Choice {
            record: c.record,
            demonym: c.demonym,
            confidence: confidence.min(0.99) as f32,
        }));
    }
    out
}

fn argmax(scores: &[f64]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (j, s) in scores.iter().enumerate() {
        if best.is_none_or(|b| *s > scores[b]) {
            best = Some(j);
        }
    }
    best
}

/// Guesses the language of a text for matching lower-case demonyms, from
/// the words of its first 4,000 bytes (`ws` are the words of `text`).
fn guess_lang(text: &str, ws: &[Word]) -> Lang {
    let cut = text.floor_char_boundary_compat(4000);
    let (mut en, mut es, mut pt) = (0, 0, 0);
    for w in ws.iter().take_while(|w| w.start < cut) {
        // A word the cut falls inside counts as far as the cut.
        let clipped;
        let folded = if w.end > cut {
            clipped = key(&text[w.start..cut]);
            clipped.as_str()
        } else {
            w.folded.as_str()
        };
        match folded {
            "the" | "and" | "of" | "is" => en += 1,
            "el" | "los" | "y" | "que" | "del" => es += 1,
            "os" | "um" | "uma" | "nao" | "com" | "dos" => pt += 1,
            _ => {}
        }
    }
    if en >= es && en >= pt {
        Lang::En
    } else if es >= pt {
        Lang::Es
    } else {
        Lang::Pt
    }
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for str {
    fn floor_char_boundary_compat(&self, i: usize) -> usize {
        let mut i = i.min(self.len());
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// Geocodes the `Loc` entities of a document with the embedded gazetteer.
#[derive(Debug, Clone, Copy, Default)]
pub struct GazetteerGeocoder;

impl GazetteerGeocoder {
    pub fn new() -> Self {
        GazetteerGeocoder
    }
}

/// The readings a name written as `name` may have.
fn hits_for(g: &Gazetteer, name: &str) -> Vec<Hit> {
    let k = key(name);
    let hits = places_first(g, g.lookup(&k));
    if !hits.is_empty() {
        return hits;
    }
    for article in [
        "the ", "el ", "la ", "los ", "las ", "o ", "a ", "os ", "as ",
    ] {
        if let Some(rest) = k.strip_prefix(article) {
            let hits = places_first(g, g.lookup(rest));
            if !hits.is_empty() {
                return hits;
            }
        }
    }
    if let Some(rest) = k.strip_suffix(" s") {
        return g.lookup(rest);
    }
    Vec::new()
}

/// Every gazetteer entry a name as written may stand for.
pub(crate) fn readings(g: &Gazetteer, name: &str) -> Vec<Record> {
    hits_for(g, name)
        .into_iter()
        .filter_map(|h| match h {
            Hit::Name { record, .. } => Some(g.record(record)),
            Hit::Demonym { .. } => None,
        })
        .collect()
}

/// A name that is a place and also a demonym ("Indiana", pt "indiana") is
/// the place, unless the only places are small towns ("Spanish", Ontario):
/// then it is the demonym.
pub(crate) fn places_first(g: &Gazetteer, mut hits: Vec<Hit>) -> Vec<Hit> {
    let demonym = hits.iter().any(|h| matches!(h, Hit::Demonym { .. }));
    let notable = |h: &Hit| match *h {
        Hit::Name { record, .. } => {
            let r = g.record(record);
            r.kind != Kind::Town || r.population >= SMALL_TOWN
        }
        Hit::Demonym { .. } => false,
    };
    if !demonym || hits.iter().any(notable) {
        if hits.iter().any(|h| matches!(h, Hit::Name { .. })) {
            hits.retain(|h| matches!(h, Hit::Name { .. }));
        }
    } else {
        hits.retain(|h| matches!(h, Hit::Demonym { .. }));
    }
    hits
}

/// Towns smaller than this give way to a demonym of the same spelling.
const SMALL_TOWN: u64 = 50_000;

/// Resolves `entities` against `g`, with the whole of `text` as context.
pub fn resolve_with(g: &Gazetteer, text: &str, entities: &[Entity]) -> Vec<Place> {
    let ws = words(text);
    let lang = guess_lang(text, &ws);
    let mut context = matches_words(g, text, 0, &ws, lang);
    let forces = institution_cues(g, text);
    context.extend(forces.iter().map(|(m, _)| m.clone()));
    let mut firms = firm_names(entities);
    // ... and a body's short form anywhere ("Petróleos Mexicanos (Pemex)", then
    // "acusa a Pemex"): the body, not the town
    firms.extend(short_forms(text, entities));
    let mut targets: Vec<(usize, Toponym, Option<String>)> = Vec::new();
    for (n, e) in entities.iter().enumerate() {
        if e.label != EntityLabel::Loc {
            continue;
        }
        // the short name of a firm the document names in full ("a Atlântida despediu
        // doze trabalhadores" after "Atlântida Resorts Cabo Verde, S.A."): the firm,
        // not the Honduran department
        if firms.contains(&*fold_word(&e.text)) {
            continue;
        }
        // a common word the tagger took for a place ("no Largo 1.º de Maio": a
        // square's name, not Largo in Florida)
        if e.source == "tagger"
            && e.text.is_ascii()
            && !e.text.contains(' ')
            && crate::find::is_common_word(&e.text.to_ascii_lowercase())
        {
            continue;
        }
        // ... and so is a word for a stretch of sea or shore after an article, however
        // written ("se desplieguen en la Bahía": the bay, not the Brazilian state)
        let after_article = text[..e.span.start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| matches!(w, "la" | "el" | "the" | "La" | "El" | "The"));
        if after_article
            && !e.text.contains(' ')
            && matches!(
                &*fold_word(&e.text),
                "bahia" | "bay" | "golfo" | "gulf" | "costa" | "coast" | "cabo" | "cape"
            )
        {
            continue;
        }
        // a name after a day of the month is a date a street or square is named
        // after ("Place du 13 Mai", "Avenida 9 de Julio", "Largo 25 de Abril"), not
        // a town
        if !e.text.contains(' ') && after_a_day(&text[..e.span.start]) {
            continue;
        }
        // the short form of the name before it, in brackets ("Assembleia Legislativa
        // do Paraná (Alep)": not Aleppo)
        if abbreviates_name_before(text, e, entities) {
            continue;
        }
        // A name that stands for another place ("Downing Street" for London, set
        // by the entity stage with its country) is read as that place first.
        let stands_for = e.source != "gazetteer" && e.country.is_some();
        let by_canonical = |g: &Gazetteer| match (&e.canonical, &e.country) {
            (Some(c), Some(cc)) => {
                let mut hits = hits_for(g, c);
                hits.retain(|h| match h {
                    Hit::Name { record, .. } => g.record(*record).country == cc.as_str(),
                    Hit::Demonym { .. } => false,
                });
                hits
            }
            (Some(c), None) => hits_for(g, c),
            _ => Vec::new(),
        };
        let mut hits = if stands_for {
            by_canonical(g)
        } else {
            Vec::new()
        };
        let mut site = !hits.is_empty();
        if hits.is_empty() {
            hits = hits_for(g, &e.text);
            site = false;
        }
        if hits.is_empty() {
            hits = by_canonical(g);
        }
        if hits.is_empty() {
            continue;
        }
        // the site a seat of government names, unless its name is the place's
        let site = (site
            && e.canonical
                .as_deref()
                .is_some_and(|c| *crate::fold::fold_word(c) != *crate::fold::fold_word(&e.text)))
        .then(|| e.text.clone());
        targets.push((n, Toponym::new(e.span, hits), site));
    }
    // The context names that overlap no target: target spans by start, with
    // the furthest end reached so far.
    let mut by_start: Vec<Span> = targets.iter().map(|(_, t, _)| t.span).collect();
    by_start.sort_by_key(|s| s.start);
    let mut furthest = Vec::with_capacity(by_start.len());
    let mut end_max = 0usize;
    for s in &by_start {
        end_max = end_max.max(s.end);
        furthest.push(end_max);
    }
    let overlaps_target = |m: Span| {
        let before = by_start.partition_point(|s| s.start < m.end);
        before > 0 && furthest[before - 1] > m.start
    };
    let n_targets = targets.len();
    // Keep text order so that neighbours are neighbours; remember where targets went.
    let mut toponyms: Vec<(usize, Toponym)> = Vec::with_capacity(n_targets + context.len());
    toponyms.extend(
        targets
            .iter()
            .enumerate()
            .map(|(k, (_, t, _))| (k, t.clone())),
    );
    for m in context {
        if !overlaps_target(m.span) {
            toponyms.push((usize::MAX, Toponym::new(m.span, m.hits)));
        }
    }
    toponyms.sort_by_key(|(_, t)| (t.span.start, t.span.end));
    let (origin, sorted): (Vec<usize>, Vec<Toponym>) = toponyms.into_iter().unzip();
    let chosen = choose(g, text, &sorted, lang);
    let mut by_target: Vec<Option<Choice>> = vec![None; n_targets];
    for (pos, &k) in origin.iter().enumerate() {
        if k != usize::MAX {
            by_target[k] = chosen[pos];
        }
    }
    let mut places = Vec::with_capacity(n_targets);
    // (each place's population and whether it is its country's capital, for
    // strays_abroad)
    let mut standing: Vec<(u64, bool)> = Vec::with_capacity(n_targets);
    for (k, (n, t, site)) in targets.iter().enumerate() {
        let Some(c) = by_target[k] else { continue };
        let e = &entities[*n];
        // ("CONCEPCIÓN.– Carabineros desalojó la toma": the force only one country
        // has, in the same paragraph, says which namesake is meant)
        let record = paragraph_force(text, t.span, &forces)
            .and_then(|country| {
                t.hits.iter().find_map(|h| match *h {
                    Hit::Name { record, .. } if g.record(record).country == country => Some(record),
                    _ => None,
                })
            })
            .filter(|&k| g.record(k).country != g.record(c.record).country)
            .unwrap_or(c.record);
        let r = &g.record(record);
        // A hamlet known only from postal data is a guess; the matcher takes one
        // only with its state named after it, and a name the tagger found with no
        // such state is not it ("no bairro de Valéria": not Valeria, Iowa).
        let minor = g.is_minor(&Hit::Name {
            record: c.record,
            primary: true,
        });
        if minor && e.source == "tagger" {
            continue;
        }
        let confidence = if minor {
            c.confidence.min(MINOR_CONFIDENCE)
        } else {
            c.confidence
        };
        let mut place = place_of(g, r, t.span, &e.text, confidence);
        place.site = site.clone();
        places.push(place);
        standing.push((r.population, g.is_capital(r)));
    }
    contained_by_their_country(text, &mut places);
    listed_with_their_region(g, text, &mut places);
    one_reading_per_name(&mut places);
    read_as_placed(text, &mut places);
    // (a country its demonym names is named: "castanheiros bolivianos fecharam em
    // Cobija a ponte")
    let by_demonym: std::collections::HashSet<&str> = entities
        .iter()
        .filter(|e| e.label == EntityLabel::Norp)
        .filter_map(|e| e.country.as_deref())
        .collect();
    strays_abroad(&mut places, &standing, &by_demonym);
    communities_are_no_regions(text, &mut places);
    quarters_everywhere(text, &mut places);
    places
}

/// Words that end or follow a firm's own name ("Resorts", "S.A.", "Ltd").
const FIRM_WORDS: &[&str] = &[
    "s.a.",
    "s.a",
    "ltd",
    "ltd.",
    "limited",
    "inc",
    "inc.",
    "lda",
    "lda.",
    "corp",
    "corp.",
    "corporation",
    "plc",
    "llc",
    "resorts",
    "hotels",
    "hoteles",
    "hoteis",
    "mining",
    "minera",
    "mineracao",
    "holdings",
    "sarl",
    "s.r.l.",
    "s.a.c.",
    "gmbh",
];

/// The first word of each organisation's name that a firm's word follows
/// ("Atlântida Resorts Cabo Verde, S.A." gives "atlantida"), folded.
/// Whether the text before a name ends with a day of the month, with the little
/// word that may join them, inside a name ("Place du 13 ", "Avenida 9 de ",
/// "Largo 1.º de "; not "arrested 12 ").
fn after_a_day(before: &str) -> bool {
    let mut rest = before.trim_end();
    for joint in [" de", " du", " do", " of", " del"] {
        if let Some(r) = rest.strip_suffix(joint) {
            rest = r.trim_end();
            break;
        }
    }
    // (an ordinal's mark, "1.º", but not a sentence's full stop: "Division No.
    // 15. Aberdeen was founded")
    let rest = match rest.strip_suffix(['º', '°']) {
        Some(r) => r.strip_suffix('.').unwrap_or(r),
        None => rest,
    };
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let head = &rest[..rest.len() - digits];
    (1..=2).contains(&digits)
        && rest[rest.len() - digits..]
            .parse::<u32>()
            .is_ok_and(|d| (1..=31).contains(&d))
        && head.ends_with(|c: char| c.is_whitespace())
        && head
            .split_whitespace()
            .rev()
            .find(|w| !matches!(*w, "de" | "du" | "do" | "del" | "of" | "the"))
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

fn firm_names(entities: &[Entity]) -> std::collections::HashSet<String> {
    entities
        .iter()
        .filter(|e| e.label == EntityLabel::Org)
        .filter_map(|e| {
            let mut words = e.text.split(|c: char| c.is_whitespace() || c == ',');
            let first = words.next()?;
            words
                .filter(|w| !w.is_empty())
                .any(|w| FIRM_WORDS.contains(&fold_word(w).as_ref()))
                .then(|| fold_word(first).to_string())
        })
        .collect()
}

/// Whether the `len` bytes at `at` stand as whole words, with no letter or digit
/// right before or after them.
fn whole_word_at(text: &str, at: usize, len: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !text[at + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// "Allanamiento en Cienfuegos deja 17 detenidos" over "el sector Cienfuegos, en
/// el norte de Santiago": a name the document calls a town's quarter once is that
/// quarter wherever it stands, not a town abroad.
fn quarters_everywhere(text: &str, places: &mut Vec<Place>) {
    let quarter = |name: &str| {
        text.match_indices(name).any(|(at, _)| {
            let before = text[..at].strip_suffix(' ').unwrap_or("");
            let word = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            whole_word_at(text, at, name.len())
                && word.chars().next().is_some_and(char::is_lowercase)
                && crate::find::is_quarter_word(&crate::fold::fold_word(word))
        })
    };
    places.retain(|p| p.precision != PlacePrecision::Town || !quarter(&p.name));
}

/// Forces and seats only one country has ("Carabineros desalojó la toma" in
/// Concepción, Chile; "a Polícia Militar" in Brazil): each names its country, as a
/// demonym does.
const INSTITUTIONS: &[(&str, &str)] = &[
    ("Carabineros", "CL"),
    ("Polícia Militar", "BR"),
    ("Policia Militar", "BR"),
    ("Guardia Civil", "ES"),
    ("Mossos d'Esquadra", "ES"),
    ("Ertzaintza", "ES"),
    ("Gendarmería Nacional", "AR"),
    ("Guardia Nacional Bolivariana", "VE"),
    ("Policía Nacional Bolivariana", "VE"),
    ("Carabinieri", "IT"),
    ("Casa Rosada", "AR"),
    ("Palacio de Miraflores", "VE"),
    ("Palácio do Planalto", "BR"),
    ("Itamaraty", "BR"),
];

/// The short forms the document gives bodies' names in brackets ("Petróleos
/// Mexicanos (Pemex)"), folded.
fn short_forms(text: &str, entities: &[Entity]) -> Vec<String> {
    let inside = entities.iter().filter_map(|e| {
        let (name, short) = e.text.strip_suffix(')')?.rsplit_once(" (")?;
        (e.label == EntityLabel::Org && name.contains(' ') && !short.contains(' '))
            .then(|| fold_word(short).to_string())
    });
    let after = entities
        .iter()
        .filter(|e| abbreviates_name_before(text, e, entities))
        .map(|e| fold_word(&e.text).to_string());
    inside.chain(after).collect()
}

/// Whether `e` is a short form in brackets right after a longer name, not a
/// place's, that starts with the same letter ("Assembleia Legislativa do Paraná
/// (Alep)"; "New South Wales (NSW)" is the place).
fn abbreviates_name_before(text: &str, e: &Entity, entities: &[Entity]) -> bool {
    let Some(before) = text[..e.span.start].strip_suffix('(') else {
        return false;
    };
    let before = before.trim_end();
    if e.text.contains(' ') || !text[e.span.end..].starts_with(')') {
        return false;
    }
    let first = |s: &str| s.chars().next().map(|c| c.to_lowercase().to_string());
    entities.iter().any(|o| {
        o.span.end == before.len()
            && o.label != EntityLabel::Loc
            && o.text.split_whitespace().count() >= 2
            && first(&o.text) == first(&e.text)
    })
}

/// The country of a force named in the paragraph of `span`, when only one is.
fn paragraph_force(
    text: &str,
    span: Span,
    forces: &[(crate::find::Match, &'static str)],
) -> Option<&'static str> {
    let from = text[..span.start].rfind("\n\n").map_or(0, |k| k + 2);
    let to = text[span.end..]
        .find("\n\n")
        .map_or(text.len(), |k| span.end + k);
    let mut countries = forces
        .iter()
        .filter(|(m, _)| m.span.start >= from && m.span.end <= to)
        .map(|(_, iso)| *iso);
    let first = countries.next()?;
    countries.all(|c| c == first).then_some(first)
}

fn institution_cues(g: &Gazetteer, text: &str) -> Vec<(crate::find::Match, &'static str)> {
    let mut out = Vec::new();
    for &(name, iso) in INSTITUTIONS {
        let Some(&country) = g.country_index(iso) else {
            continue;
        };
        for (at, _) in text.match_indices(name) {
            let end = at + name.len();
            if whole_word_at(text, at, name.len()) {
                let m = crate::find::Match {
                    span: Span::new(at, end),
                    hits: vec![Hit::Demonym { country }],
                };
                out.push((m, iso));
            }
        }
    }
    out
}

/// The country the document's places name most (of equals, the first in
/// alphabetical order of its code).
fn focus_country(places: &[Place]) -> Option<String> {
    let mut per_country: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for p in places.iter().filter(|p| !p.country.is_empty()) {
        *per_country.entry(p.country.as_str()).or_default() += 1;
    }
    per_country
        .into_iter()
        .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))
        .map(|(c, _)| c.to_string())
}

/// "the prefect of Golfe" read once as the prefecture in Togo and four times as
/// Golfe in Angola, in a story about Togo: a name read in several countries in one
/// document is read everywhere as it was where it lies in the country the
/// document names most.
fn one_reading_per_name(places: &mut [Place]) {
    let Some(focus) = focus_country(places) else {
        return;
    };
    // each name's first reading in the focus country
    let key = |p: &Place| crate::fold::fold_word(&p.name).to_string();
    let mut home: std::collections::HashMap<String, Place> = std::collections::HashMap::new();
    for p in places
        .iter()
        .filter(|p| p.country == focus && p.precision != PlacePrecision::Country)
    {
        home.entry(key(p)).or_insert_with(|| p.clone());
    }
    // (and a foreign country's name that the document gives a town of its own
    // country: "municipio de Argelia", Cauca, read then "la masacre de Argelia")
    for p in places.iter_mut().filter(|p| p.country != focus) {
        if let Some(h) = home.get(&key(p)) {
            *p = Place {
                span: p.span,
                ..h.clone()
            };
        }
    }
}

/// "LINDEN, Guyana, Oct 28 – ... the bauxite town of Linden", "Wismar": a town the
/// text once places in its country by name ("Linden, Guyana") is that town at
/// every other mention of its name, whatever namesake abroad a bare mention
/// would be read as (in a briefing of several countries, where no one country is
/// the document's focus).
fn read_as_placed(text: &str, places: &mut [Place]) {
    let key = |p: &Place| crate::fold::fold_word(&p.name).to_string();
    let mut placed: std::collections::HashMap<String, Place> = std::collections::HashMap::new();
    for w in places.windows(2) {
        let (p, q) = (&w[0], &w[1]);
        let named_with_country = p.precision == PlacePrecision::Town
            && q.precision == PlacePrecision::Country
            && p.country == q.country
            && text
                .get(p.span.end..q.span.start)
                .is_some_and(|gap| gap.trim() == ",");
        if named_with_country {
            placed.entry(key(p)).or_insert_with(|| p.clone());
        }
    }
    for p in places.iter_mut() {
        if let Some(h) = placed.get(&key(p)).filter(|h| h.country != p.country) {
            *p = Place {
                span: p.span,
                name: p.name.clone(),
                ..h.clone()
            };
        }
    }
}

/// Population under which a town alone in its country, among places of another,
/// is taken for a common word or a namesake.
const STRAY_POPULATION: u64 = 200_000;

/// Population under which a town abroad in a country the document never names is
/// taken for a namesake.
const HAMLET_POPULATION: u64 = 10_000;

/// Population under which a town that is the only name of a country the
/// document never names is taken for a namesake, as a hamlet is.
const LONE_POPULATION: u64 = 50_000;

/// Population under which a town abroad read by another of its names, the only
/// name of a country the document never names, is taken for a namesake.
const ALTERNATE_POPULATION: u64 = 1_000_000;

/// How far either side of a town the places that set its scene are looked for,
/// in bytes.
const STRAY_WINDOW: usize = 1500;

/// "detuvieron en Nueva Italia" in a story about Michoacán read as Nueva Italia,
/// Paraguay; "la Escuela Normal" as Normal, Illinois; "el Palacio de Gobierno" as
/// Palacio, Spain: a small town that is the only name the document gives its
/// country, among three or more names of one other country around it, is a
/// namesake or a common word, not a place abroad. Capitals and large cities stay.
fn strays_abroad(
    places: &mut Vec<Place>,
    standing: &[(u64, bool)],
    by_demonym: &std::collections::HashSet<&str>,
) {
    use std::collections::{HashMap, HashSet};
    // each place's folded name, once; the distinct names each country has
    let keys: Vec<String> = places
        .iter()
        .map(|p| crate::fold::fold_word(&p.canonical).to_string())
        .collect();
    let mut names: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (p, k) in places.iter().zip(&keys) {
        names
            .entry(p.country.as_str())
            .or_default()
            .insert(k.as_str());
    }
    // the countries the document names as such
    let named_countries: HashSet<&str> = places
        .iter()
        .filter(|q| q.precision == PlacePrecision::Country)
        .map(|q| q.country.as_str())
        .collect();
    let stray: Vec<bool> = places
        .iter()
        .zip(standing)
        .map(|(p, &(population, capital))| {
            // ("troops fired on marchers in Paynesville", a Monrovia suburb, in a
            // story from Liberia: a hamlet abroad in a country the document never
            // names is a namesake of a place the gazetteer lacks)
            let country_named = named_countries.contains(p.country.as_str());
            // a city read by another of its names ("Khami Remand Prison", in a story
            // from Zimbabwe: "Khami" is a spelling of Hami, in China), short of the
            // great cities whose foreign names the press uses ("Nueva York")
            // (not a site named after its town: "Cambridge University")
            let alternate = {
                let written = crate::fold::fold_word(&p.name);
                let canonical = crate::fold::fold_word(&p.canonical);
                let words: Vec<&str> = written.split_whitespace().collect();
                !canonical.split_whitespace().all(|c| words.contains(&c))
            } && population < ALTERNATE_POPULATION;
            // ("el territorio indígena de Salitre", in a statement from Costa Rica
            // that names Buenos Aires and Puntarenas: a small town, or such a city,
            // that is the only name of a country the document never names, nor its
            // people, is a namesake too)
            let lone = (population < LONE_POPULATION || alternate)
                && !country_named
                && !by_demonym.contains(p.country.as_str())
                && names.get(p.country.as_str()).is_some_and(|n| n.len() == 1);
            let hamlet = (population < HAMLET_POPULATION || lone) && !country_named;
            // ("the Office of the Governor of the South West Region", in a text from
            // Cameroon: a name made only of the points of the compass names a part of
            // the country the text is about, not a namesake in one it never names)
            if is_compass_name(&p.name)
                && !country_named
                && !by_demonym.contains(p.country.as_str())
            {
                return true;
            }
            if p.precision != PlacePrecision::Town
                || population >= STRAY_POPULATION && !lone
                || capital
                || !hamlet && names.get(p.country.as_str()).is_some_and(|n| n.len() > 1)
            {
                return false;
            }
            // the distinct names of each other country around it
            let mut near: HashMap<&str, HashSet<&str>> = HashMap::new();
            for (q, k) in places.iter().zip(&keys) {
                // (a hamlet's scene is the whole document)
                let around = hamlet
                    || q.span.start + STRAY_WINDOW >= p.span.start
                        && q.span.end <= p.span.end + STRAY_WINDOW;
                if around && q.country != p.country && !q.country.is_empty() {
                    near.entry(q.country.as_str())
                        .or_default()
                        .insert(k.as_str());
                }
            }
            near.values().any(|n| n.len() >= if hamlet { 2 } else { 3 })
        })
        .collect();
    let mut k = 0;
    places.retain(|_| {
        let keep = !stray[k];
        k += 1;
        keep
    });
}

/// A name made only of the points of the compass, two of them at least ("South
/// West", "Nord-Est", "Centro Sur"). (One alone is a town's name as often, Sur in
/// Oman; with a word for a region it is an official name, "Northern Province".)
fn is_compass_name(name: &str) -> bool {
    let folded = crate::fold::fold_word(name);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2
        && words.iter().all(|w| {
            matches!(
                *w,
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "central"
                    | "norte"
                    | "sur"
                    | "sul"
                    | "este"
                    | "leste"
                    | "oeste"
                    | "centro"
                    | "nord"
                    | "ouest"
                    | "est"
            )
        })
}

/// "la comunidad de Wisconsin", "the village of Georgia": a community or a village
/// named like a state or a country is neither; a reading as one is a namesake's.
fn communities_are_no_regions(text: &str, places: &mut Vec<Place>) {
    places.retain(|p| {
        if p.precision == PlacePrecision::Town {
            return true;
        }
        let start = text.floor_char_boundary_compat(p.span.start.saturating_sub(24));
        let (w2, w1) = last_two_words(&text[start..p.span.start]);
        let (w2, w1) = (w2.map(fold_word), w1.map(fold_word));
        !matches!(
            (w2.as_deref(), w1.as_deref()),
            (
                Some(
                    "comunidad"
                        | "comunidade"
                        | "community"
                        | "aldea"
                        | "aldeia"
                        | "village"
                        | "caserio"
                        | "vereda"
                        | "barrio"
                        | "bairro"
                        | "hamlet"
                ),
                Some("de" | "of" | "da" | "do")
            )
        )
    });
}

/// "en las provincias de San Román, Puno y Azángaro": a name listed with places
/// that all lie in one region of one country, read as a namesake abroad for want
/// of an entry there, is placed at that region.
fn listed_with_their_region(g: &Gazetteer, text: &str, places: &mut [Place]) {
    let joined = |a: &Place, b: &Place| {
        b.span.start >= a.span.end
            && text.get(a.span.end..b.span.start).is_some_and(|gap| {
                matches!(
                    gap.trim(),
                    "," | "y" | "e" | "and" | ", y" | ", and" | ", e"
                )
            })
    };
    for k in 0..places.len() {
        // the list around it
        let mut first = k;
        while first > 0 && joined(&places[first - 1], &places[first]) {
            first -= 1;
        }
        let mut last = k;
        while last + 1 < places.len() && joined(&places[last], &places[last + 1]) {
            last += 1;
        }
        let others: Vec<&Place> = (first..=last)
            .filter(|&j| j != k)
            .map(|j| &places[j])
            .collect();
        let p = &places[k];
        if others.len() < 2 || p.precision == PlacePrecision::Country {
            continue;
        }
        let (country, admin1) = (&others[0].country, &others[0].admin1);
        if p.country == *country
            || admin1.is_none()
            || !others
                .iter()
                .all(|o| o.country == *country && o.admin1 == *admin1)
        {
            continue;
        }
        let Some(name) = admin1.clone() else { continue };
        let region = hits_for(g, &name).into_iter().find_map(|h| match h {
            Hit::Name { record, .. } => {
                let r = g.record(record);
                (r.kind == Kind::Admin1 && r.country == country.as_str()).then_some(r)
            }
            Hit::Demonym { .. } => None,
        });
        if let Some(r) = region {
            let (span, written, confidence) = (p.span, p.name.clone(), p.confidence);
            places[k] = Place {
                name: written.clone(),
                ..place_of(g, &r, span, &written, confidence)
            };
        }
    }
}

/// "near Kani town in Myanmar": a town the text places in a country, read as a
/// namesake in another one (Kani, Japan) for want of an entry in that country, is
/// placed at the country the text gives, not abroad.
fn contained_by_their_country(text: &str, places: &mut [Place]) {
    for k in 0..places.len().saturating_sub(1) {
        let (head, tail) = places.split_at_mut(k + 1);
        let (p, q) = (&mut head[k], &tail[0]);
        // (or in a town: "la parroquia El Paraíso, en el oeste de Caracas", not the
        // Honduran department)
        if p.precision == PlacePrecision::Country
            || q.precision == PlacePrecision::Region
            || p.country == q.country
            || q.span.start < p.span.end
        {
            continue;
        }
        let Some(gap) = text.get(p.span.end..q.span.start) else {
            continue;
        };
        // (an explicit "in", not a list: "Lima, Peru and Bolivia")
        let explicit = words(gap)
            .iter()
            .any(|w| matches!(w.folded.as_str(), "in" | "en" | "em" | "no" | "na"));
        if explicit && containment_gap(gap) {
            let (span, name) = (p.span, p.name.clone());
            *p = Place {
                span,
                name,
                confidence: p.confidence.min(q.confidence),
                ..q.clone()
            };
        }
    }
}

pub(crate) fn place_of(
    g: &Gazetteer,
    r: &Record,
    span: Span,
    name: &str,
    confidence: f32,
) -> Place {
    let (canonical, precision) = match r.kind {
        Kind::Country => (
            g.country(r.country)
                .map(|c| c.name_en.clone())
                .unwrap_or_else(|| r.name.to_string()),
            PlacePrecision::Country,
        ),
        Kind::WorldRegion | Kind::Admin1 | Kind::Admin2 => {
            (r.name.to_string(), PlacePrecision::Region)
        }
        Kind::Town => (r.name.to_string(), PlacePrecision::Town),
    };
    let admin1 = match r.kind {
        Kind::Country | Kind::WorldRegion => None,
        Kind::Admin1 => Some(r.name.to_string()),
        _ => g.admin1_of(r.country, r.admin1).map(|a| a.name.to_string()),
    };
    Place {
        span,
        name: name.to_string(),
        canonical,
        site: None,
        country: r.country.to_string(),
        admin1,
        lat: Some(r.lat),
        lon: Some(r.lon),
        geonames_id: r.geonames_id,
        precision,
        confidence,
    }
}

/// The places that end the names of bodies ("Federación de Rondas Campesinas de
/// Hualgayoc", "Tribunal de Justiça do Rio Grande do Sul"): the first stretch after
/// a "de", "do", "of" ... that the gazetteer knows as a region or a town of the
/// country the document's places name most (a body named after a country, "Law
/// Society of Kenya", sits nowhere in particular). Among namesakes, the one in a
/// region the document names, then the region over the town, then the larger.
pub fn seats_with(g: &Gazetteer, text: &str, entities: &[Entity], places: &[Place]) -> Vec<Place> {
    let Some(focus) = focus_country(places) else {
        return Vec::new();
    };
    let regions: Vec<&str> = places.iter().filter_map(|p| p.admin1.as_deref()).collect();
    // ("Subdelegación del Gobierno en Almería", "Western embassies in Nairobi")
    const LINKS: [&str; 14] = [
        " de ", " del ", " de la ", " de los ", " do ", " da ", " dos ", " das ", " of ",
        " of the ", " de las ", " em ", " en ", " in ",
    ];
    let mut out = Vec::new();
    for e in entities.iter().filter(|e| e.label == EntityLabel::Org) {
        let Some(name) = text.get(e.span.start..e.span.end) else {
            continue;
        };
        // every stretch after a link, from the first: "Justiça do Rio Grande do Sul"
        // is no place, "Rio Grande do Sul" is
        let mut starts: Vec<usize> = LINKS
            .iter()
            .flat_map(|l| name.match_indices(l).map(move |(at, _)| at + l.len()))
            .collect();
        starts.sort_unstable();
        starts.dedup();
        // ... or the words before an institution's noun that ends it ("Lilongwe
        // Magistrate's Court", "Nairobi County Government"; not "Lima Group")
        let institution = name
            .rsplit(' ')
            .next()
            .is_some_and(|w| crate::find::is_institution(&fold_word(w)));
        let leads: Vec<(usize, usize)> = if institution {
            name.match_indices(' ')
                .take(3)
                .map(|(end, _)| (0, end))
                .collect()
        } else {
            Vec::new()
        };
        let stretches = starts.into_iter().map(|at| (at, name.len())).chain(leads);
        for (at, end) in stretches {
            let tail = &name[at..end];
            if !tail.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let read = hits_for(g, tail).into_iter().filter_map(|h| match h {
                Hit::Name { record, .. } if !g.is_minor(&h) => Some(g.record(record)),
                _ => None,
            });
            let best = read
                .filter(|r| {
                    r.country == focus.as_str() && matches!(r.kind, Kind::Admin1 | Kind::Town)
                })
                .max_by_key(|r| {
                    let region = g
                        .admin1_of(r.country, r.admin1)
                        .map(|a| a.name)
                        .or((r.kind == Kind::Admin1).then_some(r.name));
                    (
                        region.is_some_and(|n| regions.contains(&n)),
                        r.kind == Kind::Admin1,
                        r.population,
                    )
                });
            if let Some(r) = best {
                let span = Span::new(e.span.start + at, e.span.start + end);
                out.push(place_of(g, &r, span, tail, 0.9));
                break;
            }
        }
    }
    out
}

/// The capital of the country `iso2`, as a place read at `span` (a party's name
/// that stands for its government): where a government's statements come from.
pub fn capital_of(g: &Gazetteer, iso2: &str, span: Span) -> Option<Place> {
    let capital = g.country(iso2)?.capital.clone()?;
    let r = g.town_of(&capital, iso2)?;
    let mut p = place_of(g, &r, span, r.name, 0.6);
    p.name = r.name.to_string();
    Some(p)
}

impl cronica_types::stage::Geocoder for GazetteerGeocoder {
    fn resolve(&self, text: &str, entities: &[Entity]) -> Vec<Place> {
        resolve_with(Gazetteer::embedded(), text, entities)
    }

    fn seats(&self, text: &str, entities: &[Entity], places: &[Place]) -> Vec<Place> {
        seats_with(Gazetteer::embedded(), text, entities, places)
    }

    fn bodies(&self, text: &str) -> Vec<Place> {
        crate::bodies::bodies_with(Gazetteer::embedded(), text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_after_a_day_inside_a_name_is_a_date() {
        assert!(after_a_day("towards the Place du 13 "));
        assert!(after_a_day("desde la Avenida 9 de "));
        assert!(after_a_day("no Largo 1.º de "));
        assert!(!after_a_day("police arrested 12 "));
        assert!(!after_a_day("in Division No. 15. "));
        assert!(!after_a_day("the Route 66 "));
    }

    fn resolve(text: &str, lang: Lang) -> Vec<Place> {
        let g = Gazetteer::embedded();
        let e = g.find_places(text, Span::new(0, text.len()), lang);
        resolve_with(g, text, &e)
    }

    /// A place read as `name` in `country` at byte `start`, for the passes that
    /// work on places already read.
    fn at(name: &str, country: &str, start: usize, precision: PlacePrecision) -> Place {
        Place {
            span: Span::new(start, start + name.len()),
            name: name.into(),
            canonical: name.into(),
            site: None,
            country: country.into(),
            admin1: None,
            lat: None,
            lon: None,
            geonames_id: None,
            precision,
            confidence: 0.9,
        }
    }

    fn place<'a>(places: &'a [Place], name: &str) -> &'a Place {
        places
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} not resolved"))
    }

    #[test]
    fn the_short_name_of_a_firm_is_no_place() {
        let text = "A Atlântida Resorts Cabo Verde, S.A. despediu doze trabalhadores em \
                    Santa Maria, Cabo Verde. No sábado, a Atlântida acusou o sindicato.";
        let g = Gazetteer::embedded();
        let mut entities = g.find_places(text, Span::new(0, text.len()), Lang::Pt);
        let name = "Atlântida Resorts Cabo Verde, S.A.";
        entities.retain(|e| !Span::new(2, 2 + name.len()).overlaps(e.span));
        entities.push(Entity {
            span: Span::new(2, 2 + name.len()),
            label: EntityLabel::Org,
            text: name.into(),
            canonical: None,
            country: None,
            source: "rules".into(),
        });
        let places = resolve_with(g, text, &entities);
        assert!(places.iter().all(|p| p.name != "Atlântida"), "{places:?}");
        assert!(places
            .iter()
            .any(|p| p.name == "Santa Maria" && p.country == "CV"));
    }

    #[test]
    fn the_place_that_ends_a_bodys_name_is_its_seat() {
        let text = "La Federación de Rondas Campesinas de Hualgayoc y el Tribunal de \
                    Justicia de Cajamarca, en Perú. The Law Society of Kenya. The Lima \
                    Group. The Cusco Regional Government.";
        let org = |name: &str| {
            let start = text.find(name).expect("in text");
            Entity {
                span: Span::new(start, start + name.len()),
                label: EntityLabel::Org,
                text: name.into(),
                canonical: None,
                country: None,
                source: "rules".into(),
            }
        };
        let entities = vec![
            org("Federación de Rondas Campesinas de Hualgayoc"),
            org("Tribunal de Justicia de Cajamarca"),
            org("Law Society of Kenya"),
            org("Lima Group"),
            org("Cusco Regional Government"),
        ];
        let places = vec![at(
            "Perú",
            "PE",
            text.find("Perú").unwrap(),
            PlacePrecision::Country,
        )];
        let seats = seats_with(Gazetteer::embedded(), text, &entities, &places);
        let names: Vec<&str> = seats.iter().map(|p| p.name.as_str()).collect();
        // (a body named after a country sits nowhere in particular)
        assert_eq!(names, ["Hualgayoc", "Cajamarca", "Cusco"]);
        assert!(seats.iter().all(|p| p.country == "PE"));
        assert_eq!(&text[seats[0].span.start..seats[0].span.end], "Hualgayoc");
        // ... and no body's name is read in a country the document does not name
        assert!(seats_with(Gazetteer::embedded(), text, &entities, &[]).is_empty());
    }

    #[test]
    fn one_name_is_read_in_the_documents_country_everywhere() {
        let mut places = vec![
            at("Togo", "TG", 0, PlacePrecision::Country),
            at("Golfe", "TG", 10, PlacePrecision::Town),
            at("Lomé", "TG", 20, PlacePrecision::Town),
            at("Golfe", "AO", 30, PlacePrecision::Town),
            at("Luanda", "AO", 40, PlacePrecision::Town),
        ];
        one_reading_per_name(&mut places);
        let golfe: Vec<&Place> = places.iter().filter(|p| p.name == "Golfe").collect();
        assert_eq!(golfe[1].country, "TG");
        assert_eq!(golfe[1].span, Span::new(30, 35));
        // a name read only abroad stays where it was read
        assert_eq!(place(&places, "Luanda").country, "AO");
    }

    #[test]
    fn a_town_the_text_places_in_its_country_is_that_town_everywhere() {
        let text = "the Linden bridge. LINDEN, Guyana, Oct 28 - the town of Linden.";
        let at_text = |name: &str, country: &str, nth: usize, precision| {
            let start = text
                .match_indices(name)
                .nth(nth)
                .map(|(k, _)| k)
                .unwrap_or(0);
            at(name, country, start, precision)
        };
        let mut places = vec![
            at_text("Linden", "DE", 0, PlacePrecision::Town),
            at_text("LINDEN", "GY", 0, PlacePrecision::Town),
            at_text("Guyana", "GY", 0, PlacePrecision::Country),
            at_text("Linden", "DE", 1, PlacePrecision::Town),
        ];
        read_as_placed(text, &mut places);
        assert!(places.iter().all(|p| p.country == "GY"), "{places:?}");
        assert_eq!(places[3].span.start, text.rfind("Linden").unwrap_or(0));
    }

    #[test]
    fn a_text_spelt_outside_brazil_reads_its_towns_outside_brazil() {
        let text = "A Polícia Nacional disparou gás lacrimogéneo contra manifestantes na Trindade, a dez quilómetros da capital. O primeiro-ministro António Lima defendeu a actuação da polícia. No Príncipe, a calma voltou.";
        assert_eq!(brazilian_spelling(text), Some(false));
        assert_eq!(place(&resolve(text, Lang::Pt), "Trindade").country, "ST");
        // the same words in Brazil's spelling are read in Brazil
        let text = "A Polícia Militar disparou gás lacrimogêneo contra manifestantes em Trindade. O governador Antônio Lima defendeu a atuação da polícia.";
        assert_eq!(brazilian_spelling(text), Some(true));
        assert_eq!(place(&resolve(text, Lang::Pt), "Trindade").country, "BR");
        // too few signs to tell
        assert_eq!(brazilian_spelling("A polícia deteve dez pessoas."), None);
    }

    #[test]
    fn points_of_the_compass_name_no_part_of_a_country_never_named() {
        let p = resolve(
            "Students marched in Buea, Cameroon, to the Office of the Governor of the South \
             West Region.",
            Lang::En,
        );
        assert!(p.iter().all(|q| q.country == "CM"), "{p:#?}");
        // (one such name alone is a town's, and a province's name is its own)
        assert!(is_compass_name("Nord-Est") && is_compass_name("South West"));
        assert!(!is_compass_name("Sur") && !is_compass_name("Northern Province"));
    }

    #[test]
    fn a_town_the_text_puts_in_a_country_is_not_a_namesake_abroad() {
        let p = resolve(
            "Rebels overran an army outpost near Kani town in Myanmar on Sunday.",
            Lang::En,
        );
        assert_eq!(place(&p, "Kani").country, "MM");
        // a list is no containment
        let p = resolve("Protests spread to Lima, Bolivia and Ecuador.", Lang::En);
        assert_eq!(place(&p, "Lima").country, "PE");
    }

    #[test]
    fn a_district_the_text_puts_in_a_town_abroad_is_in_that_town() {
        let p = resolve(
            "Agentes detuvieron el domingo en su vivienda de la parroquia El Paraíso, en el oeste de Caracas, a la abogada.",
            Lang::Es,
        );
        assert_eq!(place(&p, "El Paraíso").country, "VE");
        assert_eq!(place(&p, "El Paraíso").canonical, "Caracas");
    }

    #[test]
    fn squares_and_streets_are_no_towns() {
        let p = resolve(
            "Los mineros detonaron dinamita cerca de la plaza Murillo, en La Paz, y acamparon en la Plaza de la Constitución y en la Avenida de Mayo.",
            Lang::Es,
        );
        for name in ["Murillo", "Constitución", "Mayo"] {
            assert!(p.iter().all(|x| x.name != name), "{name}: {p:#?}");
        }
        // a square's town after it, and a town's square, are places
        let p = resolve(
            "Miles marcharon hasta la plaza de Juliaca y a la plaza San Martín de Lima.",
            Lang::Es,
        );
        assert_eq!(place(&p, "Juliaca").country, "PE");
        assert_eq!(place(&p, "Lima").country, "PE");
        let p = resolve("A vigil will be held in George Square, Glasgow.", Lang::En);
        assert_eq!(place(&p, "Glasgow").country, "GB");
    }

    #[test]
    fn hills_palaces_and_quarters_are_no_towns() {
        // (text, language, the name that is no town, a town of it and its country)
        let cases = [
            (
                "Productores cerraron la vía en San Félix, Chiriquí, en rechazo a la mina en cerro Colorado.",
                Lang::Es,
                "Colorado",
                ("Chiriquí", "PA"),
            ),
            (
                "O ministro falou ontem numa conferência de imprensa no Palácio do Governo, em Díli.",
                Lang::Pt,
                "Palácio",
                ("Díli", "TL"),
            ),
            // a name called a town's quarter once is that quarter everywhere
            (
                "Allanamiento en Cienfuegos deja 17 detenidos. La Policía allanó una veintena de viviendas del sector Cienfuegos, en el norte de Santiago de los Caballeros.",
                Lang::Es,
                "Cienfuegos",
                ("Santiago de los Caballeros", "DO"),
            ),
        ];
        for (text, lang, not_a_town, (town, country)) in cases {
            let p = resolve(text, lang);
            assert!(p.iter().all(|x| x.name != not_a_town), "{p:#?}");
            assert_eq!(place(&p, town).country, country);
        }
    }

    #[test]
    fn predicate_cues() {
        let t = "Peru is a city in, and the county seat of, Miami County";
        assert_eq!(predicate_cue(t, Span::new(0, 4)), Some(Kind::Town));
        let t = "Madison (formerly Cache Creek) is a census-designated place";
        assert_eq!(predicate_cue(t, Span::new(0, 7)), Some(Kind::Town));
        let t = "Molina es una ciudad y comuna";
        assert_eq!(predicate_cue(t, Span::new(0, 6)), Some(Kind::Town));
        let t = "Peru is a country in South America";
        assert_eq!(predicate_cue(t, Span::new(0, 4)), None);
        let t = "Peru is in trouble";
        assert_eq!(predicate_cue(t, Span::new(0, 4)), None);
    }

    #[test]
    fn a_country_name_the_text_defines_as_a_town_is_the_town() {
        let p = resolve(
            "Cuba is a town in Allegany County, New York, United States. Cuba lies on the western border.",
            Lang::En,
        );
        assert_eq!(place(&p, "Cuba").country, "US");
        let p = resolve("Cuba and Venezuela signed an agreement.", Lang::En);
        assert_eq!(place(&p, "Cuba").country, "CU");
    }

    #[test]
    fn minor_places_are_found_with_their_state_and_held_loosely() {
        let p = resolve("Farmers near Zwingle, Iowa voted.", Lang::En);
        let z = place(&p, "Zwingle");
        assert_eq!(
            (z.country.as_str(), z.admin1.as_deref()),
            ("US", Some("Iowa"))
        );
        assert!(z.confidence <= MINOR_CONFIDENCE);
    }

    #[test]
    fn containment_gaps() {
        assert!(containment_gap(", "));
        assert!(containment_gap(" (in the "));
        assert!(containment_gap(" in "));
        assert!(!containment_gap(" and "));
        assert!(!containment_gap(". "));
    }

    #[test]
    fn last_two_words_are_those_words_finds() {
        for t in [
            "",
            "  ",
            "region",
            "la ciudad de ",
            "the city of ",
            "(departamento del ",
            "São Paulo, ",
            "x—Départ. ",
            "a1 b2",
        ] {
            let ws = words(t);
            let n = ws.len();
            let want = (
                n.checked_sub(2).map(|k| &t[ws[k].start..ws[k].end]),
                n.checked_sub(1).map(|k| &t[ws[k].start..ws[k].end]),
            );
            assert_eq!(last_two_words(t), want, "{t:?}");
        }
    }

    #[test]
    fn defining_gaps() {
        assert!(defining_gap(" is a city in "));
        assert!(defining_gap(" is a town in Carter Township, "));
        assert!(defining_gap(
            " is a fifth class municipality in the province of "
        ));
        assert!(defining_gap(" (formerly Cache Creek) is a village in "));
        assert!(defining_gap(" es una comuna de la provincia de "));
        assert!(!defining_gap(
            " is a home rule-class city at the confluence of the "
        ));
        assert!(!defining_gap(" is a city. It lies in "));
        assert!(!defining_gap(" and "));
        assert!(defining_gap(" is a census-designated place (CDP) in "));
        assert!(defining_gap(" is the capital of the island of "));
        assert!(defining_gap(" is the second largest town in "));
        assert!(defining_gap(" is a town located in the northern part of "));
    }

    #[test]
    fn a_definition_names_the_region_a_town_lies_in() {
        let p = resolve(
            "Arlington is a city in Reno County, Kansas, United States. It was named after \
             Arlington, Massachusetts.",
            Lang::En,
        );
        assert_eq!(place(&p, "Arlington").admin1.as_deref(), Some("Kansas"));
    }

    #[test]
    fn a_definition_holds_for_every_mention() {
        let p = resolve(
            "Atlanta is an unincorporated community in Elmore County, Idaho. It was named \
             after a battle at Atlanta, Georgia. Atlanta grew. Atlanta has a school. Atlanta \
             lies high. Miners left Atlanta. Atlanta is quiet. Atlanta has a post office.",
            Lang::En,
        );
        for a in p.iter().filter(|p| p.name == "Atlanta").skip(2) {
            assert_eq!(a.admin1.as_deref(), Some("Idaho"));
        }
    }

    #[test]
    fn kind_cues() {
        let t = "the Puno region";
        assert_eq!(kind_cue(t, Span::new(4, 8)), Some(Kind::Admin1));
        let t = "la ciudad de Puno";
        assert_eq!(kind_cue(t, Span::new(13, 17)), Some(Kind::Town));
        let t = "en Puno";
        assert_eq!(kind_cue(t, Span::new(3, 7)), None);
        let t = "el municipio de Argelia";
        assert!(municipality_cue(t, Span::new(16, 23)));
        let t = "la ciudad de Argelia";
        assert!(!municipality_cue(t, Span::new(13, 20)));
    }

    #[test]
    fn the_state_named_next_to_a_town_decides_which_town() {
        let p = resolve("Springfield, Illinois is the state capital.", Lang::En);
        assert_eq!(place(&p, "Springfield").admin1.as_deref(), Some("Illinois"));
        let p = resolve(
            "Springfield, Massachusetts, is a city in Hampden County.",
            Lang::En,
        );
        assert_eq!(
            place(&p, "Springfield").admin1.as_deref(),
            Some("Massachusetts")
        );
    }

    #[test]
    fn document_country_decides_ambiguous_towns() {
        let p = resolve("Protests in Peru: police in Lima arrested ten.", Lang::En);
        assert_eq!(place(&p, "Lima").country, "PE");
        let p = resolve(
            "Lima, Ohio, is a city in Allen County, Ohio, United States.",
            Lang::En,
        );
        assert_eq!(place(&p, "Lima").country, "US");
        let p = resolve(
            "Las protestas llegaron a Valencia, en el estado Carabobo de Venezuela.",
            Lang::Es,
        );
        assert_eq!(place(&p, "Valencia").country, "VE");
        let p = resolve(
            "Los agricultores de Valencia y Murcia protestaron en Madrid.",
            Lang::Es,
        );
        assert_eq!(place(&p, "Valencia").country, "ES");
    }

    #[test]
    fn places_carry_precision_and_ids() {
        let p = resolve(
            "Peru and its region Apurímac; the town of Andahuaylas.",
            Lang::En,
        );
        assert_eq!(place(&p, "Peru").precision, PlacePrecision::Country);
        assert_eq!(place(&p, "Apurímac").precision, PlacePrecision::Region);
        let a = place(&p, "Andahuaylas");
        assert_eq!(a.precision, PlacePrecision::Town);
        assert_eq!(a.admin1.as_deref(), Some("Apurímac"));
        assert!(a.geonames_id.is_some());
        assert!(a.confidence > 0.0 && a.confidence <= 1.0);
    }

    #[test]
    fn the_names_of_a_list_are_of_one_kind() {
        let p = resolve(
            "Cases were reported in Michigan, Indiana, Ohio, Oregon, Utah and Wisconsin.",
            Lang::En,
        );
        let o = place(&p, "Oregon");
        assert_eq!(o.precision, PlacePrecision::Region);
        assert_eq!(o.admin1.as_deref(), Some("Oregon"));
        let p = resolve(
            "Ducks in Pennsylvania carried a strain seen in Asia, Europe and Africa.",
            Lang::En,
        );
        assert_eq!(place(&p, "Africa").country, "");
    }

    #[test]
    fn a_region_named_beside_another_regions_city_is_the_region() {
        // not Florida, a village in the state of New York
        let p = resolve(
            "The letters targeted members of the media in New York City and Florida.",
            Lang::En,
        );
        let f = place(&p, "Florida");
        assert_eq!(f.precision, PlacePrecision::Region, "{f:?}");
        assert_eq!(f.admin1.as_deref(), Some("Florida"));
    }

    #[test]
    fn an_enumeration_is_no_containment() {
        // not Washington, Pennsylvania the town, nor California in Pennsylvania
        let p = resolve(
            "Officials are investigating cases in Washington, Pennsylvania and California.",
            Lang::En,
        );
        for name in ["Washington", "Pennsylvania", "California"] {
            let r = place(&p, name);
            assert_eq!(r.precision, PlacePrecision::Region, "{name}: {r:?}");
            assert_eq!(r.admin1.as_deref(), Some(name), "{name}: {r:?}");
        }
        // a chain of commas alone still is: "Queens, New York"
        let p = resolve("A school in Springfield, Illinois, was closed.", Lang::En);
        assert_eq!(place(&p, "Springfield").admin1.as_deref(), Some("Illinois"));
    }

    #[test]
    fn a_text_about_one_country_keeps_its_world_regions() {
        let p = resolve(
            "Game officials in Virginia and Missouri test birds that fly along the \
             Pacific and the Atlantic coasts of the US.",
            Lang::En,
        );
        assert_eq!(place(&p, "Pacific").country, "");
        assert_eq!(place(&p, "Atlantic").country, "");
    }

    #[test]
    fn a_large_city_beats_a_small_country_with_its_foreign_name() {
        let p = resolve(
            "Eu sei que na altura nós em Granada pagávamos 7 pesetas por dia.",
            Lang::Pt,
        );
        assert_eq!(place(&p, "Granada").country, "ES");
    }

    #[test]
    fn a_name_without_marks_is_the_reading_written_so() {
        // "Canada, Mexico": not Cañada (Hidalgo) in Mexico
        let places = resolve(
            "Canada, Mexico, and the United States condemn the attacks.",
            Lang::En,
        );
        assert_eq!(place(&places, "Canada").country, "CA");
        assert_eq!(place(&places, "Canada").precision, PlacePrecision::Country);
        // ... and a name written without marks still finds its marked place
        let places = resolve("Protests spread from Bogota to Medellin.", Lang::En);
        assert_eq!(place(&places, "Bogota").country, "CO");
    }

    #[test]
    fn a_country_name_beside_another_country_is_the_country() {
        let text = "The coup was backed by Trump in the US and by the government in Brazil.";
        let places = resolve(text, Lang::En);
        assert_eq!(place(&places, "Brazil").country, "BR");
    }

    #[test]
    fn a_name_is_read_first_where_the_texts_language_is_spoken() {
        let text = "As famílias acampadas no oeste do Paraná denunciam ataques armados.";
        let places = resolve(text, Lang::Pt);
        assert_eq!(place(&places, "Paraná").country, "BR");
    }

    #[test]
    fn a_name_listed_with_one_regions_towns_is_in_that_region() {
        let text = "El Ejecutivo declaró el estado de emergencia en las provincias de San Román, Puno y Azángaro, en el sur del Perú.";
        let places = resolve(text, Lang::Es);
        let p = place(&places, "San Román");
        assert_eq!(
            (p.country.as_str(), p.admin1.as_deref()),
            ("PE", Some("Puno"))
        );
    }

    #[test]
    fn a_bare_capital_abroad_is_the_capital() {
        let text =
            "El canciller viajó a Nueva York para la Asamblea General y después a Londres y París.";
        let places = resolve(text, Lang::Es);
        assert_eq!(place(&places, "París").country, "FR");
        assert_eq!(place(&places, "Londres").country, "GB");
    }

    #[test]
    fn a_region_named_as_such_or_by_its_governors_is_the_region() {
        let places = resolve(
            "Los gobernadores de Chiapas y Oaxaca pidieron recursos federales.",
            Lang::Es,
        );
        assert_eq!(place(&places, "Oaxaca").precision, PlacePrecision::Region);
        let places = resolve(
            "Niterói e o Estado do Rio de Janeiro formaram muitos jogadores.",
            Lang::Pt,
        );
        assert_eq!(
            place(&places, "Rio de Janeiro").precision,
            PlacePrecision::Region
        );
    }

    #[test]
    fn a_regions_own_name_is_the_region_not_its_capitals_other_name() {
        let places = resolve(
            "Os manifestantes bloquearam a estrada entre Belém e Marabá, no sudeste do Pará.",
            Lang::Pt,
        );
        assert_eq!(place(&places, "Pará").precision, PlacePrecision::Region);
        assert_eq!(place(&places, "Belém").precision, PlacePrecision::Town);
    }

    #[test]
    fn a_road_number_is_no_country_and_a_capitals_last_word_has_no_capitals_pull() {
        let places = resolve("Moradores bloquearam a BR-324 em Salvador.", Lang::Pt);
        assert!(places.iter().all(|p| p.name != "BR"), "{places:?}");
        assert_eq!(place(&places, "Salvador").country, "BR");
    }

    #[test]
    fn a_hamlet_the_tagger_names_without_its_state_is_not_taken() {
        let text = "Nove pessoas morreram no bairro de Valéria, no subúrbio de Salvador.";
        let start = text.find("Valéria").unwrap();
        let entities = vec![Entity {
            span: Span::new(start, start + "Valéria".len()),
            label: EntityLabel::Loc,
            text: "Valéria".into(),
            canonical: None,
            country: None,
            source: "tagger".into(),
        }];
        let places = resolve_with(Gazetteer::embedded(), text, &entities);
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn the_only_small_town_of_a_country_never_named_is_a_namesake() {
        let text = "Los territorios del cantón de Buenos Aires, en Puntarenas, denuncian el \
                    desalojo de la finca. El territorio indígena de Salitre sigue cercado.";
        let places = resolve(text, Lang::Es);
        assert!(places.iter().all(|p| p.country != "BR"), "{places:?}");
        assert!(
            places
                .iter()
                .any(|p| p.name == "Puntarenas" && p.country == "CR"),
            "{places:?}"
        );
        // ... nor a city abroad read by another of its names ("Khami" spells Hami,
        // China)
        let text = "BULAWAYO — Five members of a Bulawayo residents' movement are in Khami \
                    Remand Prison. A spokesperson told state radio in Harare on Monday.";
        let places = resolve(text, Lang::En);
        assert!(places.iter().all(|p| p.country != "CN"), "{places:?}");
        // ... but one whose people the document names is in their country
        let text = "Pescadores bolivianos bloquearon el puente en Cobija. En Puerto \
                    Maldonado, Perú, hubo una marcha.";
        let places = resolve(text, Lang::Es);
        assert!(
            places
                .iter()
                .any(|p| p.name == "Cobija" && p.country == "BO"),
            "{places:?}"
        );
        // named with its country, it stays
        let text = "Em Salitre, no Ceará, Brasil, agricultores bloquearam a estrada.";
        let places = resolve(text, Lang::Pt);
        assert!(
            places
                .iter()
                .any(|p| p.name == "Salitre" && p.country == "BR"),
            "{places:?}"
        );
    }
}
