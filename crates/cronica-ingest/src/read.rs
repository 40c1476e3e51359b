//! Reading documents from files, directories, standard input and JSON Lines.
//!
//! Inputs are expanded into a deterministic list (directories recursively, in
//! sorted order) and read one by one, lazily: one `Result` per document, where
//! an unreadable or unusable input is a [`Diagnostic`] and never stops the rest.

use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use cronica_types::{Diagnostic, Document, DocumentMeta, Lang, Span};
use serde::Deserialize;

use crate::decode::{decode, huge_line};
use crate::error::IngestError;
use crate::header::parse_header;
use crate::html;

/// How documents are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestOptions {
    /// Largest document (or JSON Lines line) accepted, in bytes.
    pub max_bytes: usize,
    /// Largest single line of text accepted, in bytes.
    pub max_line_bytes: usize,
    /// Read every input (and stdin) as JSON Lines whatever its extension.
    pub force_jsonl: bool,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_bytes: 20 * 1024 * 1024,
            max_line_bytes: 1024 * 1024,
            force_jsonl: false,
        }
    }
}

/// File extensions read when walking a directory.
const TEXT_EXTS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "jsonl", "ndjson",
];

/// Names of project files found next to documents, not documents themselves.
const DOC_FILES: &[&str] = &[
    "readme",
    "source",
    "license",
    "licence",
    "changelog",
    "copying",
];

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Input {
    Stdin,
    File(PathBuf),
    Skipped(PathBuf, SkipReason),
}

/// Why an input found while walking was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SkipReason {
    Unsupported(String),
    Io(String),
}

fn extension(name: &str) -> String {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn is_jsonl(name: &str, opts: &IngestOptions) -> bool {
    opts.force_jsonl || matches!(extension(name).as_str(), "jsonl" | "ndjson")
}

/// Expands `paths` into the inputs to read, directories recursively and sorted.
fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if p.is_dir() {
            walk_dir(p, &mut out);
        } else {
            out.push(Input::File(p.clone()));
        }
    }
    out
}

fn walk_dir(dir: &Path, out: &mut Vec<Input>) {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            out.push(Input::Skipped(
                dir.to_path_buf(),
                SkipReason::Io(e.to_string()),
            ));
            return;
        }
    };
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk_dir(&path, out);
            continue;
        }
        let stem = Path::new(name)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if DOC_FILES.contains(&stem.as_str()) {
            continue;
        }
        let ext = extension(name);
        if TEXT_EXTS.contains(&ext.as_str()) {
            out.push(Input::File(path));
        } else {
            out.push(Input::Skipped(path, SkipReason::Unsupported(ext)));
        }
    }
}

/// How many inputs `paths` hold (a JSON Lines file counts as one), for progress bars.
pub fn count_inputs(paths: &[PathBuf]) -> usize {
    expand(paths)
        .iter()
        .filter(|i| !matches!(i, Input::Skipped(..)))
        .count()
}

/// Every document under `paths` (`-` is standard input), in a deterministic
/// order: one `Result` per document or per unusable input.
pub fn read_paths(
    paths: &[PathBuf],
    opts: &IngestOptions,
) -> impl Iterator<Item = std::result::Result<Document, Diagnostic>> {
    Reader {
        inputs: expand(paths).into(),
        opts: opts.clone(),
        jsonl: None,
    }
}

struct JsonlState {
    origin: String,
    lines: Box<dyn BufRead>,
    line_no: usize,
}

struct Reader {
    inputs: VecDeque<Input>,
    opts: IngestOptions,
    jsonl: Option<JsonlState>,
}

impl Iterator for Reader {
    type Item = std::result::Result<Document, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(state) = &mut self.jsonl {
                match next_jsonl(state, &self.opts) {
                    Some(item) => return Some(item),
                    None => self.jsonl = None,
                }
            }
            let input = self.inputs.pop_front()?;
            match input {
                Input::Skipped(path, why) => {
                    let origin = path.display().to_string();
                    let err = match why {
                        SkipReason::Unsupported(ext) => IngestError::Unsupported(ext),
                        SkipReason::Io(msg) => IngestError::Io(std::io::Error::other(msg)),
                    };
                    return Some(Err(err.to_diagnostic(&origin)));
                }
                Input::Stdin => {
                    if self.opts.force_jsonl {
                        self.jsonl = Some(JsonlState {
                            origin: "-".into(),
                            lines: Box::new(BufReader::new(std::io::stdin())),
                            line_no: 0,
                        });
                        continue;
                    }
                    let mut bytes = Vec::new();
                    let limit = self.opts.max_bytes as u64 + 1;
                    if let Err(e) = std::io::stdin().take(limit).read_to_end(&mut bytes) {
                        return Some(Err(IngestError::Io(e).to_diagnostic("-")));
                    }
                    return Some(read_bytes("-", "stdin", &bytes, &self.opts));
                }
                Input::File(path) => {
                    let origin = path.display().to_string();
                    let name = path
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or(&origin)
                        .to_string();
                    if is_jsonl(&name, &self.opts) {
                        match fs::File::open(&path) {
                            Ok(f) => {
                                self.jsonl = Some(JsonlState {
                                    origin,
                                    lines: Box::new(BufReader::new(f)),
                                    line_no: 0,
                                });
                                continue;
                            }
                            Err(e) => return Some(Err(IngestError::Io(e).to_diagnostic(&origin))),
                        }
                    }
                    return Some(read_file(&path, &origin, &name, &self.opts));
                }
            }
        }
    }
}

fn read_file(
    path: &Path,
    origin: &str,
    name: &str,
    opts: &IngestOptions,
) -> std::result::Result<Document, Diagnostic> {
    let size = fs::metadata(path)
        .map_err(|e| IngestError::Io(e).to_diagnostic(origin))?
        .len() as usize;
    if size > opts.max_bytes {
        return Err(IngestError::TooLarge {
            size,
            limit: opts.max_bytes,
        }
        .to_diagnostic(origin));
    }
    let bytes = fs::read(path).map_err(|e| IngestError::Io(e).to_diagnostic(origin))?;
    read_bytes(origin, name, &bytes, opts)
}

/// One JSON Lines record.
#[derive(Debug, Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    text: String,
}

fn next_jsonl(
    state: &mut JsonlState,
    opts: &IngestOptions,
) -> Option<std::result::Result<Document, Diagnostic>> {
    loop {
        let mut buf = Vec::new();
        state.line_no += 1;
        let origin = format!("{}:{}", state.origin, state.line_no);
        let limit = opts.max_bytes as u64 + 1;
        match (&mut state.lines).take(limit).read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => return Some(Err(IngestError::Io(e).to_diagnostic(&origin))),
        }
        if buf.len() > opts.max_bytes && !buf.ends_with(b"\n") {
            // Skip the rest of the oversized line.
            let len = buf.len() + skip_line(&mut state.lines);
            return Some(Err(IngestError::TooLarge {
                size: len,
                limit: opts.max_bytes,
            }
            .to_diagnostic(&origin)));
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Some(read_json_line(&origin, &buf, opts));
    }
}

fn skip_line(r: &mut Box<dyn BufRead>) -> usize {
    let mut skipped = 0;
    loop {
        let (n, done) = match r.fill_buf() {
            Ok([]) | Err(_) => return skipped,
            Ok(b) => match b.iter().position(|&c| c == b'\n') {
                Some(i) => (i + 1, true),
                None => (b.len(), false),
            },
        };
        r.consume(n);
        skipped += n;
        if done {
            return skipped;
        }
    }
}

fn read_json_line(
    origin: &str,
    line: &[u8],
    opts: &IngestOptions,
) -> std::result::Result<Document, Diagnostic> {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let rec: JsonDoc = serde_json::from_slice(line)
        .map_err(|e| IngestError::BadJson(e.to_string()).to_diagnostic(origin))?;
    let name = match &rec.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s.clone(),
        Some(v @ serde_json::Value::Number(_)) => v.to_string(),
        _ => origin
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(origin)
            .to_string(),
    };
    let id = hash_id(line);
    let text = rec.text;
    crate::decode::check_text(&text).map_err(|e| e.to_diagnostic(origin).with_document(&id))?;
    if let Some((n, len)) = huge_line(&text, opts.max_line_bytes) {
        return Err(IngestError::HugeLine {
            line: n,
            len,
            limit: opts.max_line_bytes,
        }
        .to_diagnostic(origin)
        .with_document(&id));
    }
    let header = parse_header(&text);
    let mut meta = header.meta;
    if rec.title.is_some() {
        meta.title = rec.title;
    }
    if rec.url.is_some() {
        meta.url = rec.url;
    }
    if rec.date.is_some() {
        meta.date = rec.date;
    }
    if let Some(l) = rec.lang {
        meta.lang = Some(l.parse::<Lang>().unwrap_or(Lang::Other));
    }
    Ok(Document {
        id,
        name,
        origin: origin.to_string(),
        encoding: "UTF-8".into(),
        meta,
        body: Span::new(header.body_start, text.len()),
        text,
    })
}

/// The document id: the first 16 hex characters of the BLAKE3 hash of its bytes.
pub fn hash_id(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex()[..16].to_string()
}

fn looks_like_html(name: &str, text: &str) -> bool {
    match extension(name).as_str() {
        "html" | "htm" | "xhtml" => true,
        "txt" | "md" | "markdown" | "text" => false,
        _ => {
            let head = text
                .trim_start()
                .get(..200)
                .unwrap_or(text.trim_start())
                .to_ascii_lowercase();
            head.starts_with("<!doctype html") || head.starts_with("<html")
        }
    }
}

/// Reads one document from `bytes`; the format is chosen by the extension of
/// `name` (HTML is also sniffed for files without a known extension).
pub fn read_bytes(
    origin: &str,
    name: &str,
    bytes: &[u8],
    opts: &IngestOptions,
) -> std::result::Result<Document, Diagnostic> {
    let id = hash_id(bytes);
    let fail = |e: IngestError| e.to_diagnostic(origin).with_document(&id);
    if bytes.len() > opts.max_bytes {
        return Err(fail(IngestError::TooLarge {
            size: bytes.len(),
            limit: opts.max_bytes,
        }));
    }
    if is_jsonl(name, opts) {
        return Err(fail(IngestError::BadJson(
            "JSON Lines must be read with read_paths, one document per line".into(),
        )));
    }
    let decoded = decode(bytes).map_err(fail)?;
    let (text, meta, body) = if looks_like_html(name, &decoded.text) {
        let page = html::extract(&decoded.text).ok_or_else(|| fail(IngestError::NoHtmlText))?;
        let len = page.text.len();
        (page.text, page.meta, Span::new(0, len))
    } else {
        if let Some((n, len)) = huge_line(&decoded.text, opts.max_line_bytes) {
            return Err(fail(IngestError::HugeLine {
                line: n,
                len,
                limit: opts.max_line_bytes,
            }));
        }
        let header = parse_header(&decoded.text);
        let len = decoded.text.len();
        (decoded.text, header.meta, Span::new(header.body_start, len))
    };
    if text[body.start..body.end].trim().is_empty() {
        return Err(fail(IngestError::Empty));
    }
    Ok(Document {
        id,
        name: name.to_string(),
        origin: origin.to_string(),
        encoding: decoded.encoding.to_string(),
        meta: DocumentMeta { ..meta },
        text,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_bytes_same_id() {
        let opts = IngestOptions::default();
        let a = read_bytes("a.txt", "a.txt", b"Hello world.", &opts).unwrap();
        let b = read_bytes("b/a.txt", "a.txt", b"Hello world.", &opts).unwrap();
        assert_eq!(a.id, b.id);
        assert_eq!(a.id.len(), 16);
        assert_ne!(
            a.id,
            read_bytes("c", "c.txt", b"Hello world!", &opts).unwrap().id
        );
    }

    #[test]
    fn too_large_is_a_diagnostic() {
        let opts = IngestOptions {
            max_bytes: 10,
            ..Default::default()
        };
        let d = read_bytes("big.txt", "big.txt", b"0123456789ABC", &opts).unwrap_err();
        assert_eq!(d.origin, "big.txt");
        assert!(
            d.message.contains("over the 10-byte limit"),
            "{}",
            d.message
        );
    }

    #[test]
    fn huge_line_is_a_diagnostic() {
        let opts = IngestOptions {
            max_line_bytes: 20,
            ..Default::default()
        };
        let text = format!("Title\n\n{}", "word ".repeat(10));
        let d = read_bytes("x.txt", "x.txt", text.as_bytes(), &opts).unwrap_err();
        assert!(d.message.contains("line 3"), "{}", d.message);
    }

    #[test]
    fn header_only_file_is_empty() {
        let d = read_bytes(
            "h.txt",
            "h.txt",
            b"Title: x\nDate: 2020-01-01\n\n",
            &IngestOptions::default(),
        )
        .unwrap_err();
        assert!(d.message.starts_with("empty document"), "{}", d.message);
    }

    #[test]
    fn json_line_fields() {
        let line =
            br#"{"id":"n1","title":"T","date":"2023-01-31","lang":"pt","text":"Corpo do texto."}"#;
        let d = read_json_line("f.jsonl:1", line, &IngestOptions::default()).unwrap();
        assert_eq!(d.name, "n1");
        assert_eq!(d.meta.lang, Some(Lang::Pt));
        assert_eq!(d.meta.date.as_deref(), Some("2023-01-31"));
        assert_eq!(d.body, Span::new(0, d.text.len()));
        let bad =
            read_json_line("f.jsonl:2", b"{\"title\": 3}", &IngestOptions::default()).unwrap_err();
        assert_eq!(bad.origin, "f.jsonl:2");
        assert!(bad.message.starts_with("bad JSON line"));
    }
}
