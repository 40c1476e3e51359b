//! The gazetteer: countries, regions and towns with their names in many
//! languages, compiled into the binary and indexed by folded name.
//!
//! The records are `data/gazetteer.tsv`, rebuilt from registry packages by
//! `scripts/build_gazetteer.py` (see `data/SOURCE.md`); the name index is an
//! FST (`data/names.fst`) whose values point into a postings table
//! (`data/postings.bin`), both written by `examples/build_index.rs` with this
//! crate's own folding. Opening reads only the few hundred country lines;
//! a record is parsed from its line when it is looked at.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use cronica_types::{Entity, Lang, Span};

use crate::fold::key;

static TSV: &str = include_str!("../data/gazetteer.tsv");
static FST: &[u8] = include_bytes!("../data/names.fst");
static POSTINGS: &[u8] = include_bytes!("../data/postings.bin");

/// Index key holding the longest name's word count.
const MAX_WORDS_KEY: &[u8] = b"\x02max_words";
/// Index key holding the number of records.
const RECORDS_KEY: &[u8] = b"\x02records";
/// Index key holding the byte offset of the minor places (the records after
/// the `# minor places` line): found in text only with their region named.
const MINOR_KEY: &[u8] = b"\x02minor";
/// The line that starts the minor places.
const MINOR_MARKER: &str = "# minor places";

/// What kind of place a gazetteer record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Country,
    /// A continent or world region ("Africa", "Latin America").
    WorldRegion,
    /// A first-level subdivision (state, province, department, region).
    Admin1,
    /// A second-level subdivision (US counties).
    Admin2,
    /// A city, town or village.
    Town,
}

/// One place of the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Record {
    pub kind: Kind,
    /// GeoNames id, when the source gives one.
    pub geonames_id: Option<u64>,
    /// ISO 3166-1 alpha-2; empty for world regions.
    pub country: &'static str,
    /// GeoNames admin1 code of the record (its own for regions).
    pub admin1: &'static str,
    pub population: u64,
    pub lat: f64,
    pub lon: f64,
    pub name: &'static str,
}

/// A country with its names in en/es/pt.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    pub iso2: String,
    pub name_en: String,
    pub name_es: String,
    pub name_pt: String,
    pub capital: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub geonames_id: Option<u64>,
    pub population: u64,
    /// Byte offset of the country's record in the gazetteer data.
    pub(crate) record: u32,
    /// The folded name of the capital.
    pub(crate) capital_key: Option<String>,
}

/// A position in the name index: the key bytes walked so far lead here.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cursor {
    addr: fst::raw::CompiledAddr,
    out: u64,
}

/// How a name was indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hit {
    /// A name of the record at line offset `record`; `primary` when it is the record's own name.
    Name { record: u32, primary: bool },
    /// A demonym of country `n` (index into `countries`).
    Demonym { country: u32 },
}

/// The offline gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    tsv: &'static str,
    names: fst::Map<Cow<'static, [u8]>>,
    postings: Cow<'static, [u8]>,
    pub(crate) countries: Vec<Country>,
    by_iso: HashMap<&'static str, u32>,
    /// Country index by the byte offset of its `C` line.
    by_line: HashMap<u32, u32>,
    /// The longest name in words.
    pub(crate) max_words: usize,
    /// Byte offset where the minor places start.
    minor: u32,
    records: usize,
}

/// Encodes a hit: the record's line offset, a primary-name bit and a demonym bit.
fn encode(line: u32, primary: bool, demonym: bool) -> u32 {
    (line << 2) | u32::from(primary) | (u32::from(demonym) << 1)
}

fn admin1_key(country: &str, admin1: &str) -> Vec<u8> {
    format!("\x01{country}\x01{admin1}").into_bytes()
}

/// Byte offset and text of every line of `tsv`.
fn lines(tsv: &str) -> impl Iterator<Item = (u32, &str)> {
    let mut at = 0usize;
    tsv.split_inclusive('\n').map(move |l| {
        let start = at;
        at += l.len();
        (start as u32, l.trim_end_matches(['\n', '\r']))
    })
}

fn parse_kind(s: &str) -> Option<Kind> {
    Some(match s {
        "c" => Kind::Country,
        "r" => Kind::WorldRegion,
        "a" => Kind::Admin1,
        "b" => Kind::Admin2,
        "p" => Kind::Town,
        _ => return None,
    })
}

/// A coordinate of the data ("-12.0464"), as `str::parse` reads it (0 where
/// it is not a number). Short decimals take the exact fast path: their digits
/// and power of ten are both exact doubles, so one division rounds correctly.
fn parse_coordinate(s: &str) -> f64 {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let mut mantissa: u64 = 0;
    let mut n_digits = 0u32;
    let mut decimals: Option<u32> = None;
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                n_digits += 1;
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => return s.parse().unwrap_or(0.0),
        }
        if n_digits > 15 {
            return s.parse().unwrap_or(0.0);
        }
    }
    if n_digits == 0 {
        return s.parse().unwrap_or(0.0);
    }
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let v = mantissa as f64 / POW10[decimals.unwrap_or(0) as usize];
    if negative {
        -v
    } else {
        v
    }
}

/// Builds the name index of gazetteer text: the FST bytes and the postings
/// table its values point into.
pub fn build_index(tsv: &str) -> (Vec<u8>, Vec<u8>) {
    let mut map: BTreeMap<Vec<u8>, Vec<u32>> = BTreeMap::new();
    let mut country_line: HashMap<&str, u32> = HashMap::new();
    let mut max_words = 1usize;
    let mut records = 0u64;
    let mut minor = u64::from(u32::MAX);
    let mut add = |map: &mut BTreeMap<Vec<u8>, Vec<u32>>, name: &str, code: u32| {
        let k = key(name);
        if k.is_empty() {
            return;
        }
        max_words = max_words.max(k.split(' ').count());
        let v = map.entry(k.into_bytes()).or_default();
        if !v.contains(&code) {
            v.push(code);
        }
    };
    for (off, line) in lines(tsv) {
        if line == MINOR_MARKER {
            minor = u64::from(off);
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        match f[0] {
            "C" if f.len() >= 10 => {
                country_line.insert(f[1], off);
            }
            "D" if f.len() >= 3 => {
                let Some(&c) = country_line.get(f[1]) else {
                    continue;
                };
                for form in f[2].split(';').filter(|a| !a.is_empty()) {
                    add(&mut map, form, encode(c, true, true));
                }
            }
            "E" if f.len() >= 9 => {
                let Some(kind) = parse_kind(f[1]) else {
                    continue;
                };
                records += 1;
                add(&mut map, f[8], encode(off, true, false));
                if let Some(alts) = f.get(9) {
                    for alt in alts.split(';').filter(|a| !a.is_empty()) {
                        add(&mut map, alt, encode(off, false, false));
                    }
                }
                if kind == Kind::Admin1 {
                    map.entry(admin1_key(f[3], f[4]))
                        .or_default()
                        .push(encode(off, true, false));
                }
            }
            _ => {}
        }
    }
    let mut postings: Vec<u8> = Vec::new();
    let mut builder = fst::MapBuilder::memory();
    let mut specials = vec![
        (MAX_WORDS_KEY.to_vec(), max_words as u64),
        (RECORDS_KEY.to_vec(), records),
        (MINOR_KEY.to_vec(), minor),
    ];
    specials.sort();
    let mut all: Vec<(Vec<u8>, u64)> = Vec::with_capacity(map.len() + 2);
    for (k, codes) in map {
        let at = postings.len() as u64;
        postings.extend_from_slice(&(codes.len() as u32).to_le_bytes());
        for c in codes {
            postings.extend_from_slice(&c.to_le_bytes());
        }
        all.push((k, at));
    }
    all.extend(specials);
    all.sort();
    for (k, v) in all {
        builder.insert(k, v).expect("keys are sorted and unique");
    }
    (builder.into_inner().expect("in-memory FST"), postings)
}

impl Gazetteer {
    /// The gazetteer compiled into the binary, opened on first use.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let names = fst::Map::new(Cow::Borrowed(FST)).expect("data/names.fst is a valid FST");
            Gazetteer::open(TSV, names, Cow::Borrowed(POSTINGS))
        })
    }

    /// A gazetteer over other gazetteer text (same format as
    /// `data/gazetteer.tsv`), indexed in memory.
    pub fn parse(tsv: &'static str) -> Gazetteer {
        let (fst_bytes, postings) = build_index(tsv);
        let names = fst::Map::new(Cow::Owned(fst_bytes)).expect("a freshly built FST");
        Gazetteer::open(tsv, names, Cow::Owned(postings))
    }

    fn open(
        tsv: &'static str,
        names: fst::Map<Cow<'static, [u8]>>,
        postings: Cow<'static, [u8]>,
    ) -> Gazetteer {
        let max_words = names.get(MAX_WORDS_KEY).unwrap_or(1) as usize;
        let records = names.get(RECORDS_KEY).unwrap_or(0) as usize;
        let minor = names
            .get(MINOR_KEY)
            .map_or(u32::MAX, |m| u32::try_from(m).unwrap_or(u32::MAX));
        let mut g = Gazetteer {
            tsv,
            names,
            postings,
            countries: Vec::with_capacity(260),
            by_iso: HashMap::with_capacity(260),
            by_line: HashMap::with_capacity(260),
            max_words,
            records,
            minor,
        };
        // Countries come first: their `C`, `E c` and `D` lines.
        let mut pending: Option<(u32, Vec<&'static str>)> = None;
        for (off, line) in lines(tsv) {
            if line.starts_with('#') {
                continue;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            match (f[0], f.get(1).copied()) {
                ("C", _) if f.len() >= 10 => pending = Some((off, f)),
                ("E", Some("c")) => {
                    if let Some((c_off, c)) = pending.take() {
                        let n = g.countries.len() as u32;
                        g.by_iso.insert(c[1], n);
                        g.by_line.insert(c_off, n);
                        g.countries.push(Country {
                            iso2: c[1].to_string(),
                            name_en: c[2].to_string(),
                            name_es: c[3].to_string(),
                            name_pt: c[4].to_string(),
                            capital: Some(c[5].to_string()).filter(|c| !c.is_empty()),
                            lat: c[6].parse().unwrap_or(0.0),
                            lon: c[7].parse().unwrap_or(0.0),
                            geonames_id: c[8].parse().ok(),
                            population: c[9].parse().unwrap_or(0),
                            record: off,
                            capital_key: Some(key(c[5])).filter(|_| !c[5].is_empty()),
                        });
                    }
                }
                ("D", _) => {}
                _ => break,
            }
        }
        g
    }

    /// The record whose line starts at byte `id` of the data.
    pub(crate) fn record(&self, id: u32) -> Record {
        let f = self.fields::<9>(id);
        Record {
            kind: parse_kind(f[1]).unwrap_or(Kind::Town),
            geonames_id: f[2].parse::<u64>().ok().filter(|&n| n > 0),
            country: f[3],
            admin1: f[4],
            population: f[5].parse().unwrap_or(0),
            lat: parse_coordinate(f[6]),
            lon: parse_coordinate(f[7]),
            name: f[8],
        }
    }

    /// The kind of the record at byte `id`, read without parsing the line.
    pub(crate) fn kind_of(&self, id: u32) -> Kind {
        let b = self.tsv.as_bytes().get(id as usize + 2).copied();
        match b {
            Some(b'c') => Kind::Country,
            Some(b'r') => Kind::WorldRegion,
            Some(b'a') => Kind::Admin1,
            Some(b'b') => Kind::Admin2,
            _ => Kind::Town,
        }
    }

    /// The population of the record at byte `id`, parsing only that field.
    pub(crate) fn population_of(&self, id: u32) -> u64 {
        self.fields::<6>(id)[5].parse().unwrap_or(0)
    }

    /// The first `N` tab-separated fields of the line at byte `id` (empty
    /// where the line has fewer).
    fn fields<const N: usize>(&self, id: u32) -> [&'static str; N] {
        let tsv: &'static str = self.tsv;
        let bytes = tsv.as_bytes();
        let mut f: [&'static str; N] = [""; N];
        let mut at = id as usize;
        for slot in &mut f {
            let end = bytes[at..]
                .iter()
                .position(|&b| b == b'\t' || b == b'\n')
                .map_or(bytes.len(), |n| at + n);
            *slot = &tsv[at..end];
            if end >= bytes.len() || bytes[end] == b'\n' {
                break;
            }
            at = end + 1;
        }
        f
    }

    /// A walk over the name index from its root.
    pub(crate) fn cursor(&self) -> Cursor {
        Cursor {
            addr: self.names.as_fst().root().addr(),
            out: 0,
        }
    }

    /// The cursor after `bytes`, or `None` where no indexed key goes on so.
    pub(crate) fn step(&self, c: Cursor, bytes: &[u8]) -> Option<Cursor> {
        let fst = self.names.as_fst();
        let mut node = fst.node(c.addr);
        let mut out = c.out;
        for &b in bytes {
            let t = node.transition(node.find_input(b)?);
            out += t.out.value();
            node = fst.node(t.addr);
        }
        Some(Cursor {
            addr: node.addr(),
            out,
        })
    }

    /// The records the key walked so far names (as [`Gazetteer::lookup`]).
    pub(crate) fn hits_at(&self, c: Cursor) -> Vec<Hit> {
        let node = self.names.as_fst().node(c.addr);
        if !node.is_final() {
            return Vec::new();
        }
        self.hits_of(c.out + node.final_output().value())
    }

    /// Whether some indexed key continues the key walked so far with a
    /// space, that is with more words.
    pub(crate) fn continues(&self, c: Cursor) -> bool {
        self.names.as_fst().node(c.addr).find_input(b' ').is_some()
    }

    fn postings_at(&self, at: u64) -> Vec<u32> {
        let p = &self.postings[..];
        let at = at as usize;
        let word = |i: usize| u32::from_le_bytes([p[i], p[i + 1], p[i + 2], p[i + 3]]);
        let n = word(at) as usize;
        (0..n).map(|i| word(at + 4 + 4 * i)).collect()
    }

    /// Whether a hit is a minor place (a hamlet without a known population).
    pub(crate) fn is_minor(&self, hit: &Hit) -> bool {
        matches!(*hit, Hit::Name { record, .. } if record >= self.minor)
    }

    /// The index of a country by its ISO 3166-1 alpha-2 code, as written ("VE").
    pub(crate) fn country_index(&self, iso2: &str) -> Option<&u32> {
        self.by_iso.get(iso2)
    }

    /// Country by ISO 3166-1 alpha-2 ("VE"), case-insensitive.
    pub fn country(&self, iso2: &str) -> Option<&Country> {
        let up = iso2.trim().to_ascii_uppercase();
        self.by_iso
            .get(up.as_str())
            .map(|&i| &self.countries[i as usize])
    }

    /// Country by any name or demonym in en/es/pt, case- and accent-insensitive
    /// ("Perú", "peruanos", "the US", "EE.UU.", "British").
    pub fn country_by_name(&self, name: &str) -> Option<&Country> {
        let mut k = key(name);
        for article in [
            "the ", "los ", "las ", "el ", "la ", "os ", "as ", "o ", "a ",
        ] {
            if let Some(rest) = k.strip_prefix(article) {
                if self.names.contains_key(rest) {
                    k = rest.to_string();
                }
                break;
            }
        }
        self.lookup(&k).iter().find_map(|h| match *h {
            Hit::Demonym { country } => Some(&self.countries[country as usize]),
            Hit::Name { record, .. } => {
                let r = self.record(record);
                (r.kind == Kind::Country)
                    .then(|| self.country(r.country))
                    .flatten()
            }
        })
    }

    /// Whether a town is its country's capital (by name).
    pub(crate) fn is_capital(&self, r: &Record) -> bool {
        let country = match self.by_iso.get(r.country) {
            Some(&n) => Some(&self.countries[n as usize]),
            None => self.country(r.country),
        };
        let Some(cap) = country.and_then(|c| c.capital_key.as_deref()) else {
            return false;
        };
        // Most towns differ from the capital in their first letter.
        let first = r.name.as_bytes().first().copied().unwrap_or(0);
        if first.is_ascii_alphanumeric()
            && cap.as_bytes().first() != Some(&first.to_ascii_lowercase())
        {
            return false;
        }
        key(r.name) == cap
    }

    /// The admin1 record of a (country, admin1 code) pair.
    pub(crate) fn admin1_of(&self, country: &str, admin1: &str) -> Option<Record> {
        let at = self.names.get(admin1_key(country, admin1))?;
        self.postings_at(at).first().map(|&c| self.record(c >> 2))
    }

    /// The records a folded key names, with whether it is their own name.
    /// The most populous town of at least `min_population` people called `name`
    /// (its own name, not an alternate), as (canonical name, country ISO2): the town
    /// an institution named after it ("Cambridge University") stands in.
    pub fn town_named(
        &self,
        name: &str,
        min_population: u64,
    ) -> Option<(&'static str, &'static str)> {
        self.own_names(name)
            .filter(|r| r.kind == Kind::Town && r.population >= min_population)
            .max_by_key(|r| r.population)
            .map(|r| (r.name, r.country))
    }

    /// The most populous town of `country` whose own name is `name`.
    pub(crate) fn town_of(&self, name: &str, country: &str) -> Option<Record> {
        self.own_names(name)
            .filter(|r| r.kind == Kind::Town && r.country == country)
            .max_by_key(|r| r.population)
    }

    /// The country (ISO2) of the country or first-level region called `name`: what
    /// an organisation named "of" a place ("Bank of England", "Universidad de
    /// Chile") belongs to. Towns are left out: "Defensoría del Pueblo" is not of
    /// Pueblo, Colorado.
    pub fn country_of_region_named(&self, name: &str) -> Option<String> {
        if let Some(c) = self.country_by_name(name) {
            return Some(c.iso2.clone());
        }
        let regions: Vec<Record> = self
            .own_names(name)
            .filter(|r| r.kind == Kind::Admin1)
            .collect();
        // a name several countries give a region says no country
        match regions.as_slice() {
            [one] => Some(one.country.to_string()),
            _ => None,
        }
    }

    /// The places whose own name (not an alternate) is `name`.
    fn own_names(&self, name: &str) -> impl Iterator<Item = Record> + '_ {
        self.lookup(&crate::fold::key(name))
            .into_iter()
            .filter_map(|h| match h {
                Hit::Name {
                    record,
                    primary: true,
                } => Some(self.record(record)),
                _ => None,
            })
    }

    pub(crate) fn lookup(&self, key: &str) -> Vec<Hit> {
        let Some(at) = self.names.get(key) else {
            return Vec::new();
        };
        self.hits_of(at)
    }

    fn hits_of(&self, at: u64) -> Vec<Hit> {
        self.postings_at(at)
            .into_iter()
            .filter_map(|c| {
                let line = c >> 2;
                if c & 2 != 0 {
                    self.by_line
                        .get(&line)
                        .map(|&country| Hit::Demonym { country })
                } else {
                    Some(Hit::Name {
                        record: line,
                        primary: c & 1 != 0,
                    })
                }
            })
            .collect()
    }

    /// An index of the towns' points, for telling which country a point lies
    /// in (built on each call: for evaluations, not for the pipeline).
    pub fn town_points(&self) -> TownPoints {
        let mut cells: HashMap<(i32, i32), Vec<TownPoint>> = HashMap::new();
        for (off, line) in lines(self.tsv) {
            if off >= self.minor {
                break;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            if f.len() < 8 || f[0] != "E" || f[1] != "p" || f[3].is_empty() {
                continue;
            }
            let (lat, lon) = (parse_coordinate(f[6]), parse_coordinate(f[7]));
            cells
                .entry(TownPoints::cell(lat, lon))
                .or_default()
                .push((lat, lon, f[3]));
        }
        TownPoints { cells }
    }

    /// The number of places.
    pub fn len(&self) -> usize {
        self.records
    }

    pub fn is_empty(&self) -> bool {
        self.records == 0
    }

    /// Finds country names, demonyms (label `Norp`), regions and towns (label
    /// `Loc`) inside `span` of `text`.
    pub fn find_places(&self, text: &str, span: Span, lang: Lang) -> Vec<Entity> {
        crate::find::find_places(self, text, span, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_read_as_str_parse_reads_them() {
        for (_, line) in lines(TSV) {
            let f: Vec<&str> = line.split('\t').collect();
            if f[0] != "E" || f.len() < 8 {
                continue;
            }
            for c in [f[6], f[7]] {
                let want: f64 = c.parse().unwrap_or(0.0);
                assert_eq!(parse_coordinate(c).to_bits(), want.to_bits(), "{c}");
            }
        }
        for c in [
            "",
            "-",
            "12.",
            "-0.0",
            "1e3",
            "0.1234567890123456789",
            "abc",
        ] {
            let want: f64 = c.parse().unwrap_or(0.0);
            assert_eq!(parse_coordinate(c).to_bits(), want.to_bits(), "{c}");
        }
    }

    #[test]
    fn no_demonym_is_shorter_than_a_word() {
        // (a territory with no demonym once gave Bouvet Island the form "s", and
        // the "S.A." of a company's name made it Bouvet's)
        for (_, line) in lines(TSV) {
            let f: Vec<&str> = line.split('\t').collect();
            if f[0] == "D" {
                for form in f[2].split(';') {
                    assert!(form.chars().count() >= 3, "{line}");
                }
            }
        }
        let text = "manifestantes incendiaron camionetas de la empresa Litio Andino Jujuy S.A.";
        let found = Gazetteer::embedded().find_places(text, Span::new(0, text.len()), Lang::Es);
        assert!(
            found.iter().all(|e| e.country.as_deref() != Some("BV")),
            "{found:?}"
        );
    }
}

/// A town's latitude, longitude and country code.
type TownPoint = (f64, f64, &'static str);

/// The gazetteer's towns on a one-degree grid.
#[derive(Debug)]
pub struct TownPoints {
    cells: HashMap<(i32, i32), Vec<TownPoint>>,
}

impl TownPoints {
    fn cell(lat: f64, lon: f64) -> (i32, i32) {
        (lat.floor() as i32, lon.floor() as i32)
    }

    /// The country of the town nearest to a point, when one lies within
    /// `max_km` of it.
    pub fn country_at(&self, lat: f64, lon: f64, max_km: f64) -> Option<&'static str> {
        let (ci, cj) = Self::cell(lat, lon);
        // one degree of latitude is 111 km; cells further than `max_km` hold nothing
        let reach = (max_km / 111.0).ceil() as i32 + 1;
        let mut best: Option<(f64, &'static str)> = None;
        for di in -reach..=reach {
            for dj in -reach * 3..=reach * 3 {
                let Some(points) = self.cells.get(&(ci + di, cj + dj)) else {
                    continue;
                };
                for &(plat, plon, code) in points {
                    let d = crate::eval::haversine_km(lat, lon, plat, plon);
                    if d <= max_km && best.is_none_or(|(b, _)| d < b) {
                        best = Some((d, code));
                    }
                }
            }
        }
        best.map(|(_, code)| code)
    }
}
