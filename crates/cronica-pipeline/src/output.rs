//! Output formats: JSON Lines, CSV with ACLED's column names, a plain table,
//! GeoJSON (events with coordinates, for any map tool) and iCalendar (planned
//! actions: rallies, strikes, meetings, for any calendar).

use std::io::{self, Write};

use crate::record::EventRecord;

/// The formats `extract` and `events` write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    Table,
    Geojson,
    Ics,
}

/// Writes records in one format, header first where the format has one.
pub enum RecordWriter<W: Write> {
    Jsonl(W),
    Csv(Box<csv::Writer<W>>),
    Table(W),
    /// The writer and whether a feature was written yet.
    Geojson(W, bool),
    Ics(W),
}

/// CSV columns: ACLED's names first, then cronica's own.
pub const CSV_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "injuries",
    "arrests",
    "count_qualifier",
    "plover_type",
    "plover_mode",
    "actor1_country",
    "actor1_sector",
    "actor2_country",
    "actor2_sector",
    "status",
    "doc",
    "article",
    "start",
    "end",
    "confidence",
];

impl<W: Write> RecordWriter<W> {
    pub fn new(format: Format, mut out: W) -> io::Result<RecordWriter<W>> {
        Ok(match format {
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(CSV_COLUMNS)?;
                RecordWriter::Csv(Box::new(w))
            }
            Format::Table => {
                writeln!(
                    out,
                    "{:<16}  {:<24}  {:<9}  {:<2}  {:<18}  {:<22}  {:<22}  {:>6}",
                    "date", "type/mode", "status", "cc", "location", "actor", "target", "k/i/a"
                )?;
                RecordWriter::Table(out)
            }
            Format::Jsonl => RecordWriter::Jsonl(out),
            Format::Geojson => {
                out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
                RecordWriter::Geojson(out, false)
            }
            Format::Ics => {
                out.write_all(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//cronica//events//EN\r\nCALSCALE:GREGORIAN\r\n")?;
                RecordWriter::Ics(out)
            }
        })
    }

    pub fn write(&mut self, r: &EventRecord) -> io::Result<()> {
        match self {
            RecordWriter::Geojson(out, started) => {
                // only events placed on the map
                let (Some(lat), Some(lon)) = (r.lat, r.lon) else {
                    return Ok(());
                };
                if *started {
                    out.write_all(b",\n")?;
                }
                *started = true;
                let feature = serde_json::json!({
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": r,
                });
                serde_json::to_writer(&mut *out, &feature)?;
                Ok(())
            }
            RecordWriter::Ics(out) => write_ics_event(out, r),
            RecordWriter::Jsonl(out) => {
                serde_json::to_writer(&mut *out, r)?;
                out.write_all(b"\n")
            }
            RecordWriter::Csv(w) => {
                let opt = |v: &Option<String>| v.clone().unwrap_or_default();
                let num = |v: Option<u64>| v.map(|x| x.to_string()).unwrap_or_default();
                let fnum = |v: Option<f64>| v.map(|x| format!("{x:.4}")).unwrap_or_default();
                let year = r
                    .date
                    .as_deref()
                    .map(|d| d[..4.min(d.len())].to_string())
                    .unwrap_or_default();
                let precision = match r.date_precision.as_deref() {
                    Some("day") => "1",
                    Some("range") | Some("week") => "2",
                    Some(_) => "3",
                    None => "",
                };
                w.write_record([
                    r.id.clone(),
                    opt(&r.date),
                    year,
                    precision.to_string(),
                    opt(&r.acled_event_type),
                    opt(&r.acled_sub_event_type),
                    opt(&r.acled_actor1),
                    opt(&r.acled_assoc_actor1),
                    opt(&r.acled_actor2),
                    opt(&r.country),
                    opt(&r.admin1),
                    opt(&r.location_canonical),
                    fnum(r.lat),
                    fnum(r.lon),
                    r.geo_precision.map(|p| p.to_string()).unwrap_or_default(),
                    opt(&r.attributed_to),
                    r.sentence.replace('\n', " "),
                    num(r.killed),
                    num(r.injured),
                    num(r.arrested),
                    opt(&r.count_qualifier),
                    r.event_type.clone(),
                    r.mode.clone(),
                    opt(&r.actor_country),
                    opt(&r.actor_sector),
                    opt(&r.target_country),
                    opt(&r.target_sector),
                    r.status.clone(),
                    r.doc.clone(),
                    opt(&r.article),
                    r.start.to_string(),
                    r.end.to_string(),
                    format!("{:.3}", r.confidence),
                ])?;
                Ok(())
            }
            RecordWriter::Table(out) => {
                let cut = |s: &str, n: usize| -> String {
                    let s = s.replace('\n', " ");
                    if s.chars().count() <= n {
                        s
                    } else {
                        let mut t: String = s.chars().take(n - 1).collect();
                        t.push('…');
                        t
                    }
                };
                let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
                let figs = format!(
                    "{}/{}/{}",
                    r.killed.map_or("-".into(), |v| v.to_string()),
                    r.injured.map_or("-".into(), |v| v.to_string()),
                    r.arrested.map_or("-".into(), |v| v.to_string())
                );
                writeln!(
                    out,
                    "{:<16}  {:<24}  {:<9}  {:<2}  {:<18}  {:<22}  {:<22}  {:>6}",
                    r.date.as_deref().map_or_else(|| "-".into(), short_range),
                    cut(&format!("{}/{}", r.event_type, r.mode), 24),
                    r.status,
                    o(&r.country),
                    cut(&o(&r.location), 18),
                    cut(&o(&r.actor), 22),
                    cut(&o(&r.target), 22),
                    figs
                )
            }
        }
    }

    pub fn finish(self) -> io::Result<()> {
        match self {
            RecordWriter::Jsonl(mut out) | RecordWriter::Table(mut out) => out.flush(),
            RecordWriter::Geojson(mut out, _) => {
                out.write_all(b"\n]}\n")?;
                out.flush()
            }
            RecordWriter::Ics(mut out) => {
                out.write_all(b"END:VCALENDAR\r\n")?;
                out.flush()
            }
            RecordWriter::Csv(mut w) => w.flush(),
        }
    }
}

/// Escape text for an iCalendar value (RFC 5545, 3.3.11).
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Fold a content line at 75 octets (RFC 5545, 3.1).
fn ics_line(out: &mut impl Write, line: &str) -> io::Result<()> {
    let mut start = 0;
    let mut first = true;
    while start < line.len() {
        let room = if first { 75 } else { 74 };
        let mut end = (start + room).min(line.len());
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        if !first {
            out.write_all(b" ")?;
        }
        out.write_all(&line.as_bytes()[start..end])?;
        out.write_all(b"\r\n")?;
        start = end;
        first = false;
    }
    Ok(())
}

/// A planned event as an all-day VEVENT; other events are not calendar entries.
fn write_ics_event(out: &mut impl Write, r: &EventRecord) -> io::Result<()> {
    if r.status != "planned" {
        return Ok(());
    }
    let Some(date) = r.date.as_deref() else {
        return Ok(());
    };
    let (first, last) = date.split_once('/').unwrap_or((date, date));
    let day = |d: &str| d.len() == 10 && d.as_bytes()[4] == b'-';
    if !day(first) || !day(last) {
        return Ok(());
    }
    let start = first.replace('-', "");
    let end = chrono::NaiveDate::parse_from_str(last, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.succ_opt())
        .map(|d| d.format("%Y%m%d").to_string())
        .unwrap_or_else(|| start.clone());
    let what = match (&r.actor, &r.article) {
        (Some(a), _) => format!("{} {} ({})", r.mode, r.event_type.to_lowercase(), a),
        (None, _) => format!("{} {}", r.mode, r.event_type.to_lowercase()),
    };
    let place = [r.location.as_deref(), r.country.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    out.write_all(b"BEGIN:VEVENT\r\n")?;
    ics_line(out, &format!("UID:{}@cronica", r.id))?;
    ics_line(out, "DTSTAMP:19700101T000000Z")?;
    ics_line(out, &format!("DTSTART;VALUE=DATE:{start}"))?;
    ics_line(out, &format!("DTEND;VALUE=DATE:{end}"))?;
    ics_line(out, &format!("SUMMARY:{}", ics_text(&what)))?;
    if !place.is_empty() {
        ics_line(out, &format!("LOCATION:{}", ics_text(&place)))?;
    }
    if let (Some(lat), Some(lon)) = (r.lat, r.lon) {
        ics_line(out, &format!("GEO:{lat:.4};{lon:.4}"))?;
    }
    ics_line(
        out,
        &format!(
            "DESCRIPTION:{}",
            ics_text(&format!(
                "{} ({}, bytes {}..{})",
                r.sentence, r.doc, r.start, r.end
            ))
        ),
    )?;
    out.write_all(b"END:VEVENT\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ics_escapes_and_folds() {
        assert_eq!(ics_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = Vec::new();
        ics_line(&mut out, &"x".repeat(160)).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| l.len() <= 75));
        assert!(lines[1].starts_with(' '));
    }
}

/// A date range as the table shows it: "2022-05-01/30" within a month,
/// "2022-05-28/06-02" within a year; anything else as it is.
fn short_range(iso: &str) -> String {
    let Some((a, b)) = iso.split_once('/') else {
        return iso.to_string();
    };
    if a.len() == 10 && b.len() == 10 {
        if a[..8] == b[..8] {
            return format!("{a}/{}", &b[8..]);
        }
        if a[..5] == b[..5] {
            return format!("{a}/{}", &b[5..]);
        }
    }
    iso.to_string()
}

#[cfg(test)]
mod table_tests {
    use super::short_range;

    #[test]
    fn ranges_are_shortened_for_the_table() {
        assert_eq!(short_range("2022-05-01/2022-05-30"), "2022-05-01/30");
        assert_eq!(short_range("2022-05-28/2022-06-02"), "2022-05-28/06-02");
        assert_eq!(
            short_range("2021-12-30/2022-01-02"),
            "2021-12-30/2022-01-02"
        );
        assert_eq!(short_range("2022-06"), "2022-06");
    }
}
