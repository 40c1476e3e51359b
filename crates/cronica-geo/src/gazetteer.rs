//! The gazetteer: countries, regions and towns with their names in many
//! languages, compiled into the binary and indexed by folded name.
//!
//! The data is `data/gazetteer.tsv`, rebuilt from registry packages by
//! `scripts/build_gazetteer.py` (see `data/SOURCE.md`). It is parsed once, on
//! first use; every name borrows from the embedded text.

use std::collections::HashMap;
use std::sync::OnceLock;

use cronica_types::{Entity, Lang, Span};

use crate::fold::key;

static DATA: &str = include_str!("../data/gazetteer.tsv");

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
#[derive(Debug, Clone, PartialEq)]
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
    /// Index of the country's record in the gazetteer.
    pub(crate) record: u32,
}

/// How a name was indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hit {
    /// A name of record `n`; `primary` when it is the record's own name.
    Name { record: u32, primary: bool },
    /// A demonym of country `n` (index into `countries`).
    Demonym { country: u32 },
}

/// The offline gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    pub(crate) records: Vec<Record>,
    pub(crate) countries: Vec<Country>,
    by_iso: HashMap<&'static str, u32>,
    pub(crate) index: HashMap<String, Vec<Hit>>,
    /// Admin1 record per (country, admin1 code).
    admin1: HashMap<(&'static str, &'static str), u32>,
    /// The longest name in words.
    pub(crate) max_words: usize,
}

impl Gazetteer {
    /// The gazetteer compiled into the binary, parsed on first use.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(DATA))
    }

    /// Parses gazetteer text in the format `scripts/build_gazetteer.py` writes.
    /// Malformed lines are skipped.
    pub fn parse(data: &'static str) -> Gazetteer {
        let mut g = Gazetteer {
            records: Vec::with_capacity(80_000),
            countries: Vec::with_capacity(260),
            by_iso: HashMap::new(),
            index: HashMap::with_capacity(200_000),
            admin1: HashMap::new(),
            max_words: 1,
        };
        let mut demonyms: Vec<(&'static str, &'static str)> = Vec::new();
        let mut country_lines: Vec<Vec<&'static str>> = Vec::new();
        for line in data.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            match f[0] {
                "C" if f.len() >= 10 => country_lines.push(f),
                "D" if f.len() >= 3 => demonyms.push((f[1], f[2])),
                "E" if f.len() >= 9 => {
                    let kind = match f[1] {
                        "c" => Kind::Country,
                        "r" => Kind::WorldRegion,
                        "a" => Kind::Admin1,
                        "b" => Kind::Admin2,
                        "p" => Kind::Town,
                        _ => continue,
                    };
                    let (Ok(lat), Ok(lon)) = (f[6].parse::<f64>(), f[7].parse::<f64>()) else { continue };
                    let id = g.records.len() as u32;
                    let rec = Record {
                        kind,
                        geonames_id: f[2].parse::<u64>().ok().filter(|&n| n > 0),
                        country: f[3],
                        admin1: f[4],
                        population: f[5].parse().unwrap_or(0),
                        lat,
                        lon,
                        name: f[8],
                    };
                    if kind == Kind::Admin1 {
                        g.admin1.insert((rec.country, rec.admin1), id);
                    }
                    g.records.push(rec);
                    g.add_name(f[8], Hit::Name { record: id, primary: true });
                    if let Some(alts) = f.get(9) {
                        for alt in alts.split(';').filter(|a| !a.is_empty()) {
                            g.add_name(alt, Hit::Name { record: id, primary: false });
                        }
                    }
                }
                _ => {}
            }
        }
        for f in country_lines {
            let Some(record) = g
                .records
                .iter()
                .position(|r| r.kind == Kind::Country && r.country == f[1])
            else {
                continue;
            };
            let n = g.countries.len() as u32;
            g.by_iso.insert(f[1], n);
            g.countries.push(Country {
                iso2: f[1].to_string(),
                name_en: f[2].to_string(),
                name_es: f[3].to_string(),
                name_pt: f[4].to_string(),
                capital: Some(f[5].to_string()).filter(|c| !c.is_empty()),
                lat: f[6].parse().unwrap_or(0.0),
                lon: f[7].parse().unwrap_or(0.0),
                geonames_id: f[8].parse().ok(),
                population: f[9].parse().unwrap_or(0),
                record: record as u32,
            });
        }
        for (iso, forms) in demonyms {
            if let Some(&c) = g.by_iso.get(iso) {
                for form in forms.split(';').filter(|a| !a.is_empty()) {
                    g.add_name(form, Hit::Demonym { country: c });
                }
            }
        }
        g
    }

    fn add_name(&mut self, name: &str, hit: Hit) {
        let k = key(name);
        if k.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(k.split(' ').count());
        let v = self.index.entry(k).or_default();
        if !v.contains(&hit) {
            v.push(hit);
        }
    }

    /// Country by ISO 3166-1 alpha-2 ("VE"), case-insensitive.
    pub fn country(&self, iso2: &str) -> Option<&Country> {
        let up = iso2.trim().to_ascii_uppercase();
        self.by_iso.get(up.as_str()).map(|&i| &self.countries[i as usize])
    }

    /// Country by any name or demonym in en/es/pt, case- and accent-insensitive
    /// ("Perú", "peruanos", "the US", "EE.UU.", "British").
    pub fn country_by_name(&self, name: &str) -> Option<&Country> {
        let mut k = key(name);
        for article in ["the ", "los ", "las ", "el ", "la ", "os ", "as ", "o ", "a "] {
            if let Some(rest) = k.strip_prefix(article) {
                if self.index.contains_key(rest) {
                    k = rest.to_string();
                }
                break;
            }
        }
        let hits = self.index.get(&k)?;
        hits.iter().find_map(|h| match *h {
            Hit::Demonym { country } => Some(&self.countries[country as usize]),
            Hit::Name { record, .. } => {
                let r = &self.records[record as usize];
                (r.kind == Kind::Country).then(|| self.country(r.country)).flatten()
            }
        })
    }

    /// The admin1 record of a (country, admin1 code) pair.
    pub(crate) fn admin1_of(&self, country: &str, admin1: &str) -> Option<&Record> {
        self.admin1.get(&(country, admin1)).map(|&i| &self.records[i as usize])
    }

    /// The records a folded key names, with whether it is their own name.
    pub(crate) fn lookup(&self, key: &str) -> &[Hit] {
        self.index.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// All records, for statistics.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Finds country names, demonyms (label `Norp`), regions and towns (label
    /// `Loc`) inside `span` of `text`.
    pub fn find_places(&self, text: &str, span: Span, lang: Lang) -> Vec<Entity> {
        crate::find::find_places(self, text, span, lang)
    }
}
