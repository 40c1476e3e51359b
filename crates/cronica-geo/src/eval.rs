//! Place-resolution evaluation on documents with gold toponym spans and
//! coordinates (GeoVirus, WikToR in the `docs.jsonl` format): every gold span
//! is resolved in its document and scored by distance to the gold point.

use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use cronica_types::{Entity, EntityLabel, PlacePrecision, Span};
use serde::Deserialize;

use crate::error::{GeoError, Result};
use crate::gazetteer::Gazetteer;
use crate::resolve::resolve_with;

#[derive(Debug, Deserialize)]
struct GoldDoc {
    id: String,
    text: String,
    toponyms: Vec<GoldToponym>,
}

#[derive(Debug, Deserialize)]
struct GoldToponym {
    /// Code-point offsets.
    start: usize,
    end: usize,
    phrase: String,
    lat: f64,
    lon: f64,
    geonameid: Option<u64>,
}

/// One wrong or unresolved toponym, for looking at misses.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub doc: String,
    pub phrase: String,
    /// What it was resolved to, when it was.
    pub resolved: Option<String>,
    pub km: f64,
    /// Whether some entry of that name lies within 161 km of the gold point.
    pub reachable: bool,
}

/// Scores of one evaluation run.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoEvalReport {
    pub path: PathBuf,
    pub documents: usize,
    pub toponyms: usize,
    /// Toponyms the geocoder gave some reading.
    pub resolved: usize,
    pub within_161km: usize,
    pub median_km: f64,
    /// Toponyms with a gold GeoNames id, and how many got that id.
    pub with_id: usize,
    pub exact_id: usize,
    /// Toponyms for which some gazetteer entry of that name lies within
    /// 161 km of the gold point: the best accuracy resolution could reach.
    pub reachable_161km: usize,
    /// Toponyms read as a whole country, and how many of their gold points lie
    /// in that country (the country of the gazetteer's town nearest the point,
    /// within 400 km): a country's name is right wherever inside it the gold
    /// puts its one point.
    pub country_level: usize,
    pub country_level_inside: usize,
    /// Toponyms read as a country whose gold point lies in it but more than
    /// 161 km from cronica's point for it.
    pub country_inside_far: usize,
    /// Toponyms more than 161 km from their gold point that lie within 161 km of
    /// it with the gold latitude's or longitude's sign turned: gold points that
    /// have most likely lost a minus sign ("Aurora, Indiana" at 84.9° east).
    pub gold_sign_suspect: usize,
    pub misses: Vec<Miss>,
}

impl GeoEvalReport {
    /// The report as `name: value` lines, headline (`acc@161km`) last.
    pub fn render(&self) -> String {
        self.to_string()
    }

    /// One line per miss: document, phrase, what it became, how far off, and
    /// whether any gazetteer entry of that name lies near the gold point.
    pub fn miss_lines(&self) -> String {
        let mut s = String::new();
        for m in &self.misses {
            let _ = writeln!(
                s,
                "miss {} {:?} -> {} {:.0} km{}",
                m.doc,
                m.phrase,
                m.resolved.as_deref().unwrap_or("nothing"),
                m.km,
                if m.reachable { "" } else { " (unreachable)" }
            );
        }
        s
    }

    pub fn accuracy_161km(&self) -> f64 {
        if self.toponyms == 0 {
            0.0
        } else {
            self.within_161km as f64 / self.toponyms as f64
        }
    }
}

impl fmt::Display for GeoEvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "file: {}", self.path.display())?;
        writeln!(f, "documents: {}", self.documents)?;
        writeln!(f, "toponyms: {}", self.toponyms)?;
        writeln!(f, "resolved: {}", self.resolved)?;
        let reach = if self.toponyms == 0 {
            0.0
        } else {
            self.reachable_161km as f64 / self.toponyms as f64
        };
        writeln!(f, "reachable@161km: {reach:.3}")?;
        writeln!(f, "country_level: {}", self.country_level)?;
        let share = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
        writeln!(
            f,
            "country_level_right_country: {:.3}",
            share(self.country_level_inside, self.country_level)
        )?;
        writeln!(
            f,
            "acc@161km_or_inside_country: {:.3}",
            share(self.within_161km + self.country_inside_far, self.toponyms)
        )?;
        writeln!(f, "gold_sign_suspect: {}", self.gold_sign_suspect)?;
        writeln!(
            f,
            "acc@161km_gold_signs_turned: {:.3}",
            share(self.within_161km + self.gold_sign_suspect, self.toponyms)
        )?;
        if self.with_id == 0 {
            writeln!(f, "exact_id: n/a")?;
        } else {
            writeln!(
                f,
                "exact_id: {:.3}",
                self.exact_id as f64 / self.with_id as f64
            )?;
        }
        writeln!(f, "median_km: {:.1}", self.median_km)?;
        write!(f, "acc@161km: {:.3}", self.accuracy_161km())
    }
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// Byte offset of each code point offset (and of the end) of `text`.
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Resolves every gold toponym of the documents in `path` and scores it.
pub fn run(path: &Path) -> Result<GeoEvalReport> {
    run_with(Gazetteer::embedded(), path)
}

/// [`run`] with a given gazetteer.
pub fn run_with(g: &Gazetteer, path: &Path) -> Result<GeoEvalReport> {
    let io = |source| GeoError::Io {
        path: path.to_path_buf(),
        source,
    };
    let reader = BufReader::new(File::open(path).map_err(io)?);
    let mut report = GeoEvalReport {
        path: path.to_path_buf(),
        documents: 0,
        toponyms: 0,
        resolved: 0,
        within_161km: 0,
        median_km: 0.0,
        with_id: 0,
        exact_id: 0,
        reachable_161km: 0,
        country_level: 0,
        country_level_inside: 0,
        country_inside_far: 0,
        gold_sign_suspect: 0,
        misses: Vec::new(),
    };
    let towns = g.town_points();
    let mut errors: Vec<f64> = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(io)?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: GoldDoc = serde_json::from_str(&line).map_err(|e| GeoError::Parse {
            path: path.to_path_buf(),
            line: n + 1,
            message: e.to_string(),
        })?;
        report.documents += 1;
        let offsets = char_to_byte(&doc.text);
        let mut entities = Vec::with_capacity(doc.toponyms.len());
        for t in &doc.toponyms {
            let (Some(&s), Some(&e)) = (offsets.get(t.start), offsets.get(t.end)) else {
                return Err(GeoError::Parse {
                    path: path.to_path_buf(),
                    line: n + 1,
                    message: format!("toponym {:?} out of range", t.phrase),
                });
            };
            if doc.text[s..e] != t.phrase {
                return Err(GeoError::Parse {
                    path: path.to_path_buf(),
                    line: n + 1,
                    message: format!(
                        "toponym {:?} does not match the text at {}..{}",
                        t.phrase, t.start, t.end
                    ),
                });
            }
            entities.push(Entity {
                span: Span::new(s, e),
                label: EntityLabel::Loc,
                text: doc.text[s..e].to_string(),
                canonical: None,
                country: None,
                source: "gold".to_string(),
            });
        }
        let places = resolve_with(g, &doc.text, &entities);
        for (t, e) in doc.toponyms.iter().zip(&entities) {
            report.toponyms += 1;
            let place = places.iter().find(|p| p.span == e.span);
            let km = match place.and_then(|p| Some((p.lat?, p.lon?))) {
                Some((lat, lon)) => {
                    report.resolved += 1;
                    haversine_km(lat, lon, t.lat, t.lon)
                }
                None => 20_037.5,
            };
            if let Some(id) = t.geonameid {
                report.with_id += 1;
                if place.and_then(|p| p.geonames_id) == Some(id) {
                    report.exact_id += 1;
                }
            }
            let reachable = crate::resolve::readings(g, &t.phrase)
                .iter()
                .any(|r| haversine_km(r.lat, r.lon, t.lat, t.lon) <= 161.0);
            if reachable {
                report.reachable_161km += 1;
            }
            if let Some(p) =
                place.filter(|p| p.precision == PlacePrecision::Country && !p.country.is_empty())
            {
                report.country_level += 1;
                if towns.country_at(t.lat, t.lon, 400.0) == Some(p.country.as_str()) {
                    report.country_level_inside += 1;
                    if km > 161.0 {
                        report.country_inside_far += 1;
                    }
                }
            }
            if km > 161.0 {
                if let Some((lat, lon)) = place.and_then(|p| Some((p.lat?, p.lon?))) {
                    let turned = haversine_km(lat, lon, t.lat, -t.lon) <= 161.0
                        || haversine_km(lat, lon, -t.lat, t.lon) <= 161.0;
                    if turned {
                        report.gold_sign_suspect += 1;
                    }
                }
            }
            if km <= 161.0 {
                report.within_161km += 1;
            } else {
                report.misses.push(Miss {
                    doc: doc.id.clone(),
                    phrase: t.phrase.clone(),
                    resolved: place
                        .map(|p| format!("{} ({}, {:?})", p.canonical, p.country, p.admin1)),
                    km,
                    reachable,
                });
            }
            errors.push(km);
        }
    }
    errors.sort_by(|a, b| a.total_cmp(b));
    report.median_km = match errors.len() {
        0 => 0.0,
        n if n % 2 == 1 => errors[n / 2],
        n => (errors[n / 2 - 1] + errors[n / 2]) / 2.0,
    };
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_lima_to_cusco() {
        let d = haversine_km(-12.0464, -77.0428, -13.5319, -71.9675);
        assert!((d - 580.0).abs() < 15.0, "{d}");
    }

    #[test]
    fn evaluates_a_small_file_and_renders_headline_last() {
        let dir = std::env::temp_dir().join(format!("cronica-geo-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("mini.docs.jsonl");
        let doc = r#"{"id": "d1", "text": "Protestas en Perú: la policía de Lima detuvo a diez.", "toponyms": [{"start": 13, "end": 17, "phrase": "Perú", "lat": -9.2, "lon": -74.4, "geonameid": null}, {"start": 33, "end": 37, "phrase": "Lima", "lat": -12.04, "lon": -77.03, "geonameid": 3936456}]}"#;
        std::fs::write(&path, format!("{doc}\n")).unwrap();
        let r = run(&path).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(r.toponyms, 2);
        assert_eq!(r.within_161km, 2);
        assert_eq!((r.with_id, r.exact_id), (1, 1));
        assert_eq!((r.country_level, r.country_level_inside), (1, 1));
        let text = r.render();
        assert!(
            text.lines().last().unwrap().starts_with("acc@161km: 1.000"),
            "{text}"
        );
        assert!(text.contains("exact_id: 1.000"));
        assert_eq!(r.miss_lines(), "");
    }

    #[test]
    fn a_miss_is_listed_with_what_it_became_and_whether_it_was_reachable() {
        let dir = std::env::temp_dir().join(format!("cronica-geo-miss-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("miss.docs.jsonl");
        // gold puts "Lima" in Ohio: the Peruvian capital is read, thousands of km off
        let doc = r#"{"id": "d2", "text": "Flooding closed roads in Lima on Monday.", "toponyms": [{"start": 25, "end": 29, "phrase": "Lima", "lat": 40.74, "lon": -84.10, "geonameid": null}]}"#;
        std::fs::write(&path, format!("{doc}\n")).unwrap();
        let r = run(&path).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        let lines = r.miss_lines();
        assert!(lines.starts_with("miss d2 \"Lima\" -> Lima (PE"), "{lines}");
        assert!(!lines.contains("unreachable"), "{lines}");
    }

    #[test]
    fn a_gold_point_that_lost_its_minus_sign_is_counted_apart() {
        let dir = std::env::temp_dir().join(format!("cronica-geo-sign-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sign.docs.jsonl");
        // Lima, Peru, with the gold longitude's minus sign lost
        let doc = r#"{"id": "d3", "text": "Protests in Lima, Peru.", "toponyms": [{"start": 12, "end": 16, "phrase": "Lima", "lat": -12.04, "lon": 77.03, "geonameid": null}]}"#;
        std::fs::write(&path, format!("{doc}\n")).unwrap();
        let r = run(&path).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!((r.within_161km, r.gold_sign_suspect), (0, 1));
        let text = r.render();
        assert!(
            text.contains("acc@161km_gold_signs_turned: 1.000"),
            "{text}"
        );
        assert!(text.lines().last().unwrap().starts_with("acc@161km: 0.000"));
    }

    #[test]
    fn a_point_lies_in_the_country_of_its_nearest_town() {
        let towns = Gazetteer::embedded().town_points();
        assert_eq!(towns.country_at(-12.05, -77.04, 50.0), Some("PE"));
        assert_eq!(towns.country_at(35.0, 103.0, 400.0), Some("CN"));
        // the middle of the Pacific has no town near it
        assert_eq!(towns.country_at(0.0, -140.0, 100.0), None);
    }

    #[test]
    fn code_points_become_bytes() {
        let v = char_to_byte("Perú y");
        assert_eq!(v[3], 3);
        assert_eq!(v[4], 5);
    }
}
