//! `Key: value` header lines and Markdown/YAML front matter.
//!
//! Many saved articles start with a few metadata lines (`Title:`, `Date:`,
//! `Source:` ...) or a `---` front matter block. They are read into
//! [`DocumentMeta`] and the document body starts after them; the text itself is
//! left untouched so every span stays valid.

use cronica_types::{DocumentMeta, Lang};

/// Keys that make a leading block of `Key: value` lines a header block.
const KNOWN_KEYS: &[&str] = &[
    "title",
    "date",
    "source",
    "url",
    "link",
    "lang",
    "language",
    "license",
    "licence",
    "author",
    "byline",
    "id",
    "published",
    "publication date",
    "source_url",
    "idioma",
    "fecha",
    "titulo",
    "título",
    "fuente",
    "data",
    "fonte",
    "autor",
];

/// Metadata read from the head of a text and the byte offset where its body starts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    pub meta: DocumentMeta,
    pub body_start: usize,
}

/// Reads front matter or `Key: value` header lines at the start of `text`.
pub fn parse_header(text: &str) -> Header {
    front_matter(text)
        .or_else(|| key_value_lines(text))
        .unwrap_or_default()
}

/// Lines of `text` from byte `from`, with their byte offsets (without the newline).
fn lines_from(text: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = from;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let rest = &text[pos..];
        let (line, next) = match rest.find('\n') {
            Some(i) => (&rest[..i], pos + i + 1),
            None => (rest, text.len()),
        };
        let start = pos;
        pos = next;
        Some((start, line.trim_end_matches('\r')))
    })
}

/// Skips blank lines from `pos`.
fn skip_blank(text: &str, pos: usize) -> usize {
    for (start, line) in lines_from(text, pos) {
        if !line.trim().is_empty() {
            return start;
        }
    }
    text.len()
}

fn front_matter(text: &str) -> Option<Header> {
    let mut lines = lines_from(text, 0);
    let (_, first) = lines.next()?;
    let fence = first.trim_start_matches('\u{feff}').trim();
    if fence != "---" && fence != "+++" {
        return None;
    }
    let mut meta = DocumentMeta::default();
    for (start, line) in lines {
        if line.trim() == fence {
            let end = start + line.len();
            let body_start = skip_blank(text, (end + 1).min(text.len()));
            return Some(Header { meta, body_start });
        }
        let sep = if fence == "+++" { '=' } else { ':' };
        if let Some((k, v)) = line.split_once(sep) {
            if !k.starts_with([' ', '\t', '-']) {
                set_field(&mut meta, k, v);
            }
        }
    }
    None
}

/// Splits `Key: value` when the key looks like a field name (1 to 3 words, no URL).
fn split_key_value(line: &str) -> Option<(&str, &str)> {
    let (k, v) = line.split_once(':')?;
    let key = k.trim();
    if key.is_empty() || key.len() > 30 || !v.starts_with([' ', '\t']) && !v.is_empty() {
        return None;
    }
    if key.split_whitespace().count() > 3
        || key.eq_ignore_ascii_case("http")
        || key.eq_ignore_ascii_case("https")
    {
        return None;
    }
    if !key
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '_' || c == '-')
    {
        return None;
    }
    Some((key, v))
}

fn key_value_lines(text: &str) -> Option<Header> {
    let start = skip_blank(text, 0);
    let mut meta = DocumentMeta::default();
    let mut end = None;
    let mut known = 0;
    for (pos, line) in lines_from(text, start) {
        if line.trim().is_empty() {
            end = Some(pos);
            break;
        }
        let (k, v) = split_key_value(line)?;
        if KNOWN_KEYS.contains(&k.to_lowercase().as_str()) {
            known += 1;
        }
        set_field(&mut meta, k, v);
    }
    if known == 0 {
        return None;
    }
    let body_start = skip_blank(text, end.unwrap_or(text.len()));
    Some(Header { meta, body_start })
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    let v = v
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
        .unwrap_or(v);
    v.trim().to_string()
}

/// Stores one `key: value` pair in the right field of `meta`.
pub fn set_field(meta: &mut DocumentMeta, key: &str, value: &str) {
    let value = unquote(value);
    if value.is_empty() {
        return;
    }
    let key = key.trim().to_lowercase();
    match key.as_str() {
        "title" | "titulo" | "título" | "headline" => meta.title = Some(value),
        "date" | "published" | "publication date" | "fecha" | "data" | "pubdate" => {
            meta.date = Some(value)
        }
        "url" | "link" | "source_url" | "canonical" => meta.url = Some(value),
        "source" | "fuente" | "fonte" => {
            if value.starts_with("http") && meta.url.is_none() {
                meta.url = Some(value.clone());
            }
            meta.source = Some(value)
        }
        "license" | "licence" | "licencia" | "licença" => meta.license = Some(value),
        "lang" | "language" | "idioma" => match value.parse::<Lang>() {
            Ok(l) => meta.lang = Some(l),
            Err(_) => {
                meta.lang = Some(Lang::Other);
                meta.extra.insert(key, value);
            }
        },
        _ => {
            meta.extra.insert(key, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_key_value_headers() {
        let text = "Title: Over 900 rescued\nDate: 2015-05-18\nSource: https://example.org/a\nLicense: CC BY 2.5\n\nOver 900 rescued\n";
        let h = parse_header(text);
        assert_eq!(h.meta.title.as_deref(), Some("Over 900 rescued"));
        assert_eq!(h.meta.date.as_deref(), Some("2015-05-18"));
        assert_eq!(h.meta.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(h.meta.license.as_deref(), Some("CC BY 2.5"));
        assert_eq!(&text[h.body_start..], "Over 900 rescued\n");
    }

    #[test]
    fn reads_front_matter() {
        let text = "---\ntitle: \"Protesta en Lima\"\ndate: 2022-12-13\nlang: es\ntags: [peru]\n---\n\nCuerpo.";
        let h = parse_header(text);
        assert_eq!(h.meta.title.as_deref(), Some("Protesta en Lima"));
        assert_eq!(h.meta.lang, Some(Lang::Es));
        assert_eq!(h.meta.extra.get("tags").map(String::as_str), Some("[peru]"));
        assert_eq!(&text[h.body_start..], "Cuerpo.");
    }

    #[test]
    fn prose_with_a_colon_is_not_a_header() {
        let text = "Note: the minister said the vote would go ahead.\n\nMore text.";
        assert_eq!(parse_header(text).body_start, 0);
        let text = "Model motion: Oppose the attempted coup\n\nThis meeting notes that:";
        assert_eq!(parse_header(text).body_start, 0);
    }

    #[test]
    fn unclosed_front_matter_is_body() {
        let text = "---\ntitle: x\nno end";
        assert_eq!(parse_header(text).body_start, 0);
    }
}
