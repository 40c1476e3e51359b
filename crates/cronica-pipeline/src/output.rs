//! Output formats: JSON Lines, CSV with ACLED's column names, and a plain table.

use std::io::{self, Write};

use crate::record::EventRecord;

/// The formats `extract` and `events` write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    Table,
}

/// Writes records in one format, header first where the format has one.
pub enum RecordWriter<W: Write> {
    Jsonl(W),
    Csv(Box<csv::Writer<W>>),
    Table(W),
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
                    "{:<10}  {:<24}  {:<9}  {:<2}  {:<18}  {:<22}  {:<22}  {:>6}",
                    "date", "type/mode", "status", "cc", "location", "actor", "target", "k/i/a"
                )?;
                RecordWriter::Table(out)
            }
            Format::Jsonl => RecordWriter::Jsonl(out),
        })
    }

    pub fn write(&mut self, r: &EventRecord) -> io::Result<()> {
        match self {
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
                    opt(&r.actor),
                    opt(&r.target),
                    opt(&r.country),
                    opt(&r.admin1),
                    opt(&r.location),
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
                    "{:<10}  {:<24}  {:<9}  {:<2}  {:<18}  {:<22}  {:<22}  {:>6}",
                    cut(&o(&r.date), 21),
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
            RecordWriter::Csv(mut w) => w.flush(),
        }
    }
}
