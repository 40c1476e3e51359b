//! The store: one SQLite file holding documents, articles, sentences,
//! entities, events and run reports.
//!
//! Each document is written in one transaction with everything the pipeline
//! read from it, so a crash leaves a store that opens, holds only whole
//! documents, and resumes: a document already stored (same id, the hash of
//! its bytes) is skipped on the next ingest.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use cronica_pipeline::EventRecord;
use cronica_types::stage::Analysis;
use cronica_types::{Article, Diagnostic};

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("store {path} was written by a newer cronica (schema {found}, this build reads {SCHEMA_VERSION}): upgrade cronica or choose another --db")]
    NewerSchema { path: String, found: i64 },
    #[error("store query failed: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("store holds a record that does not parse: {0}")]
    Json(#[from] serde_json::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Filters for [`Store::events`].
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    pub country: Option<String>,
    pub event_type: Option<String>,
    /// Events whose date ends on or after this ISO day.
    pub from: Option<String>,
    /// Events whose date starts on or before this ISO day.
    pub to: Option<String>,
    pub doc: Option<String>,
    pub status: Option<String>,
    pub limit: Option<usize>,
}

/// An event with the document and article text around it, for `show`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventContext {
    pub record: EventRecord,
    pub origin: String,
    pub text: String,
    pub article: Option<Article>,
}

/// Totals of what the store holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreStats {
    pub documents: usize,
    pub articles: usize,
    pub sentences: usize,
    pub entities: usize,
    pub events: usize,
}

pub struct Store {
    conn: Connection,
}

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    encoding TEXT NOT NULL,
    meta TEXT NOT NULL,
    text TEXT NOT NULL,
    body_start INTEGER NOT NULL,
    body_end INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT,
    date TEXT,
    lang TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
);
CREATE TABLE IF NOT EXISTS sentences (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    article INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
);
CREATE TABLE IF NOT EXISTS entities (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    canonical TEXT,
    country TEXT,
    source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(document_id);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    doc TEXT NOT NULL,
    event_type TEXT NOT NULL,
    mode TEXT NOT NULL,
    date TEXT,
    date_start TEXT,
    date_end TEXT,
    country TEXT,
    status TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_country_date ON events(country, date_start);
CREATE INDEX IF NOT EXISTS events_doc ON events(document_id);
CREATE TABLE IF NOT EXISTS diagnostics (
    run INTEGER NOT NULL,
    origin TEXT NOT NULL,
    document_id TEXT,
    stage TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL DEFAULT (datetime('now')),
    finished TEXT,
    read INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    already INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    events INTEGER NOT NULL DEFAULT 0
);
"#;

fn date_bounds(r: &EventRecord) -> (Option<String>, Option<String>) {
    let Some(d) = r.date.as_deref() else {
        return (None, None);
    };
    let (a, b) = d.split_once('/').unwrap_or((d, d));
    let first = match a.len() {
        4 => format!("{a}-01-01"),
        7 => format!("{a}-01"),
        _ => a.to_string(),
    };
    let last = match b.len() {
        4 => format!("{b}-12-31"),
        7 => format!("{b}-31"),
        _ => b.to_string(),
    };
    (Some(first), Some(last))
}

impl Store {
    /// Open (or create) the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let p = path.display().to_string();
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: p.clone(),
            source,
        })?;
        Self::init(conn, &p)
    }

    /// A store in memory (tests, `extract` without `--db`).
    pub fn in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, ":memory:")
    }

    fn init(conn: Connection, path: &str) -> Result<Store> {
        let open_err = |source| StoreError::Open {
            path: path.to_string(),
            source,
        };
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_err)?;
        conn.execute_batch(SCHEMA).map_err(open_err)?;
        let found: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| {
                r.get(0)
            })
            .optional()?;
        match found.and_then(|v| v.parse::<i64>().ok()) {
            Some(v) if v > SCHEMA_VERSION => {
                return Err(StoreError::NewerSchema {
                    path: path.to_string(),
                    found: v,
                })
            }
            Some(_) => {}
            None => {
                conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?1)",
                    [SCHEMA_VERSION.to_string()],
                )?;
            }
        }
        Ok(Store { conn })
    }

    pub fn has_document(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM documents WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Start a run; its id tags diagnostics.
    pub fn begin_run(&self) -> Result<i64> {
        self.conn.execute("INSERT INTO runs DEFAULT VALUES", [])?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn finish_run(
        &self,
        run: i64,
        read: usize,
        stored: usize,
        already: usize,
        skipped: usize,
        events: usize,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE runs SET finished = datetime('now'), read = ?2, stored = ?3, already = ?4, skipped = ?5, events = ?6 WHERE id = ?1",
            params![run, read as i64, stored as i64, already as i64, skipped as i64, events as i64],
        )?;
        Ok(())
    }

    pub fn add_diagnostic(&self, run: i64, d: &Diagnostic) -> Result<()> {
        let stage = d.stage.to_string();
        let severity = serde_json::to_value(d.severity)?
            .as_str()
            .unwrap_or("error")
            .to_string();
        self.conn.execute(
            "INSERT INTO diagnostics(run, origin, document_id, stage, severity, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![run, d.origin, d.document, stage, severity, d.message],
        )?;
        Ok(())
    }

    /// Store one analysed document and everything read from it, in one transaction.
    /// Returns false when the document was already there (nothing is written).
    pub fn put_analysis(&mut self, a: &Analysis, records: &[EventRecord]) -> Result<bool> {
        let tx = self.conn.transaction()?;
        let d = &a.document;
        let inserted = tx.execute(
            "INSERT OR IGNORE INTO documents(id, name, origin, encoding, meta, text, body_start, body_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![d.id, d.name, d.origin, d.encoding, serde_json::to_string(&d.meta)?, d.text, d.body.start as i64, d.body.end as i64],
        )?;
        if inserted == 0 {
            return Ok(false);
        }
        {
            let mut st = tx.prepare("INSERT INTO articles(document_id, idx, kind, title, date, lang, start, end, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
            for art in &a.articles {
                let kind = serde_json::to_value(art.kind)?
                    .as_str()
                    .unwrap_or("article")
                    .to_string();
                st.execute(params![
                    d.id,
                    art.index as i64,
                    kind,
                    art.title,
                    art.date.as_ref().map(|x| x.iso()),
                    art.lang.code(),
                    art.span.start as i64,
                    art.span.end as i64,
                    serde_json::to_string(art)?
                ])?;
            }
            let mut st = tx.prepare("INSERT INTO sentences(document_id, idx, article, start, end) VALUES (?1, ?2, ?3, ?4, ?5)")?;
            for (i, s) in a.sentences.iter().enumerate() {
                st.execute(params![
                    d.id,
                    i as i64,
                    s.article as i64,
                    s.span.start as i64,
                    s.span.end as i64
                ])?;
            }
            let mut st = tx.prepare("INSERT INTO entities(document_id, start, end, label, text, canonical, country, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
            for e in &a.entities {
                let label = serde_json::to_value(e.label)?
                    .as_str()
                    .unwrap_or("MISC")
                    .to_string();
                st.execute(params![
                    d.id,
                    e.span.start as i64,
                    e.span.end as i64,
                    label,
                    e.text,
                    e.canonical,
                    e.country,
                    e.source
                ])?;
            }
            let mut st = tx.prepare(
                "INSERT OR REPLACE INTO events(id, document_id, doc, event_type, mode, date, date_start, date_end, country, status, start, end, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?;
            for r in records {
                let (first, last) = date_bounds(r);
                st.execute(params![
                    r.id,
                    d.id,
                    r.doc,
                    r.event_type,
                    r.mode,
                    r.date,
                    first,
                    last,
                    r.country,
                    r.status,
                    r.start as i64,
                    r.end as i64,
                    serde_json::to_string(r)?
                ])?;
            }
        }
        tx.commit()?;
        Ok(true)
    }

    /// Events matching `q`, by date then document order.
    pub fn events(&self, q: &EventQuery) -> Result<Vec<EventRecord>> {
        let mut sql = String::from("SELECT record FROM events WHERE 1 = 1");
        let mut args: Vec<String> = Vec::new();
        let mut add = |cond: &str, v: &Option<String>| {
            if let Some(v) = v {
                args.push(v.clone());
                sql.push_str(&format!(" AND {cond} ?{}", args.len()));
            }
        };
        add("country =", &q.country.as_ref().map(|c| c.to_uppercase()));
        add(
            "event_type =",
            &q.event_type.as_ref().map(|c| c.to_uppercase()),
        );
        add("date_end >=", &q.from);
        add("date_start <=", &q.to);
        add("doc =", &q.doc);
        add("status =", &q.status.as_ref().map(|c| c.to_lowercase()));
        sql.push_str(" ORDER BY date_start, doc, start");
        if let Some(n) = q.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            r.get::<_, String>(0)
        })?;
        let mut out = Vec::new();
        for row in rows {
            out.push(serde_json::from_str(&row?)?);
        }
        Ok(out)
    }

    /// One event with its document text and article, by id or id prefix.
    pub fn event(&self, id: &str) -> Result<Option<EventContext>> {
        let pattern = format!("{}%", id.replace(['%', '_'], ""));
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT record, document_id FROM events WHERE id LIKE ?1 ORDER BY id LIMIT 1",
                [pattern],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((record, doc_id)) = row else {
            return Ok(None);
        };
        let record: EventRecord = serde_json::from_str(&record)?;
        let (origin, text): (String, String) = self.conn.query_row(
            "SELECT origin, text FROM documents WHERE id = ?1",
            [&doc_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let article: Option<String> = self
            .conn
            .query_row(
                "SELECT json FROM articles WHERE document_id = ?1 AND start <= ?2 AND end >= ?3",
                params![doc_id, record.start as i64, record.end as i64],
                |r| r.get(0),
            )
            .optional()?;
        let article = article.map(|j| serde_json::from_str(&j)).transpose()?;
        Ok(Some(EventContext {
            record,
            origin,
            text,
            article,
        }))
    }

    pub fn stats(&self) -> Result<StoreStats> {
        let count = |t: &str| -> Result<usize> {
            Ok(self
                .conn
                .query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| {
                    r.get::<_, i64>(0)
                })? as usize)
        };
        Ok(StoreStats {
            documents: count("documents")?,
            articles: count("articles")?,
            sentences: count("sentences")?,
            entities: count("entities")?,
            events: count("events")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cronica_types::{Document, DocumentMeta, Span};

    fn analysis(id: &str) -> Analysis {
        Analysis::new(Document {
            id: id.into(),
            name: format!("{id}.txt"),
            origin: format!("/tmp/{id}.txt"),
            encoding: "UTF-8".into(),
            meta: DocumentMeta::default(),
            text: "Some text.".into(),
            body: Span::new(0, 10),
        })
    }

    #[test]
    fn a_document_is_stored_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let mut store = Store::open(&path).unwrap();
        assert!(store.put_analysis(&analysis("a"), &[]).unwrap());
        assert!(!store.put_analysis(&analysis("a"), &[]).unwrap());
        assert!(store.has_document("a").unwrap());
        drop(store);
        // reopened, it still holds exactly one document
        let store = Store::open(&path).unwrap();
        assert_eq!(store.stats().unwrap().documents, 1);
    }

    #[test]
    fn a_newer_store_is_refused_with_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        drop(Store::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema'", [])
            .unwrap();
        drop(conn);
        let err = Store::open(&path).err().expect("refused");
        assert!(err.to_string().contains("newer cronica"), "{err}");
    }

    #[test]
    fn date_bounds_cover_months_years_and_ranges() {
        let mut r: EventRecord = serde_json::from_value(serde_json::json!({
            "id": "x", "doc": "d", "document_id": "d", "article": null, "event_type": "PROTEST", "mode": "m",
            "acled_event_type": null, "acled_sub_event_type": null, "date": "2022-12", "date_precision": "month",
            "country": "PE", "location": null, "admin1": null, "lat": null, "lon": null, "geonames_id": null,
            "geo_precision": 3, "actor": null, "target": null, "killed": null, "injured": null, "arrested": null,
            "count_qualifier": null, "attributed_to": null, "status": "occurred", "sentence": "", "start": 0,
            "end": 0, "trigger": "", "confidence": 1.0, "figures": {"killed": [], "injured": [], "arrested": []},
            "mentions": []
        }))
        .unwrap();
        assert_eq!(
            date_bounds(&r),
            (Some("2022-12-01".into()), Some("2022-12-31".into()))
        );
        r.date = Some("2019".into());
        assert_eq!(
            date_bounds(&r),
            (Some("2019-01-01".into()), Some("2019-12-31".into()))
        );
        r.date = Some("2025-09-01/2026-01-03".into());
        assert_eq!(
            date_bounds(&r),
            (Some("2025-09-01".into()), Some("2026-01-03".into()))
        );
    }
}
