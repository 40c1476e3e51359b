//! Main text of an HTML page.
//!
//! Saved web pages carry menus, share buttons, cookie banners, footers and
//! comment boxes around the article. This module keeps the headline and the
//! article's blocks (paragraphs, headings, list items), one block per
//! paragraph separated by blank lines, and drops the rest.

use cronica_types::DocumentMeta;
use scraper::{ElementRef, Html, Node, Selector};

use crate::header::set_field;

/// Elements never part of the main text.
const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "aside", "form", "button", "iframe", "svg",
    "template", "select", "input", "textarea", "menu", "dialog", "object", "embed", "canvas",
    "head", "label", "picture", "video", "audio", "map",
];

/// Class or id fragments that mark navigation and page furniture.
const DROP_MARKS: &[&str] = &[
    "nav",
    "menu",
    "share",
    "social",
    "cookie",
    "consent",
    "banner",
    "footer",
    "comment",
    "newsletter",
    "subscri",
    "sidebar",
    "related",
    "breadcrumb",
    "advert",
    "promo",
    "popup",
    "modal",
    "masthead",
    "toolbar",
    "pagination",
    "sharing",
    "disqus",
    "gdpr",
    "paywall",
    "signup",
    "login",
    "widget",
    "tags",
    "skip",
];

/// Elements that start a new block of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "header",
    "tr",
    "dd",
    "dt",
    "figcaption",
    "table",
    "ul",
    "ol",
    "dl",
    "figure",
    "address",
    "time",
    "hr",
    "body",
];

/// Text and metadata extracted from a page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HtmlText {
    pub text: String,
    pub meta: DocumentMeta,
}

/// Extracts the headline and main text of an HTML page. `None` when no text is left.
pub fn extract(html: &str) -> Option<HtmlText> {
    let doc = Html::parse_document(html);
    let mut meta = DocumentMeta::default();
    read_meta(&doc, &mut meta);

    let root = pick_root(&doc);
    let mut out = Blocks::default();
    walk(root, &mut out);
    let mut blocks = out.finish();

    let h1 = first_text(&doc, "h1");
    let headline = h1.clone().or_else(|| meta.title.clone());
    if let Some(h) = headline.filter(|h| !h.is_empty()) {
        if !blocks.iter().any(|b| b == &h) {
            blocks.insert(0, h.clone());
        }
        if meta.title.is_none() {
            meta.title = Some(h);
        }
    }
    if blocks.is_empty() {
        return None;
    }
    let mut text = blocks.join("\n\n");
    text.push('\n');
    Some(HtmlText { text, meta })
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

fn first_text(doc: &Html, selector: &str) -> Option<String> {
    doc.select(&sel(selector))
        .next()
        .map(|e| collapse(&e.text().collect::<String>()))
        .filter(|s| !s.is_empty())
}

fn read_meta(doc: &Html, meta: &mut DocumentMeta) {
    if let Some(t) = first_text(doc, "title") {
        meta.title = Some(t);
    }
    if let Some(lang) = doc.root_element().value().attr("lang") {
        let code = lang.split(['-', '_']).next().unwrap_or(lang);
        set_field(meta, "lang", code);
    }
    for m in doc.select(&sel("meta")) {
        let key = m
            .value()
            .attr("property")
            .or_else(|| m.value().attr("name"));
        let Some(content) = m.value().attr("content") else {
            continue;
        };
        match key.map(str::to_ascii_lowercase).as_deref() {
            Some("og:title") => set_field(meta, "title", content),
            Some("article:published_time" | "date" | "pubdate" | "dc.date" | "publish-date") => {
                set_field(meta, "date", content)
            }
            Some("og:url") => set_field(meta, "url", content),
            Some("author") => set_field(meta, "author", content),
            Some("og:site_name") => set_field(meta, "source", content),
            _ => {}
        }
    }
    if meta.url.is_none() {
        if let Some(href) = doc
            .select(&sel("link[rel=canonical]"))
            .next()
            .and_then(|l| l.value().attr("href"))
        {
            set_field(meta, "url", href);
        }
    }
}

/// `<main>`, else the only `<article>`, else `<body>`.
fn pick_root(doc: &Html) -> ElementRef<'_> {
    if let Some(m) = doc.select(&sel("main, [role=main]")).next() {
        return m;
    }
    let articles: Vec<_> = doc.select(&sel("article")).collect();
    if articles.len() == 1 {
        return articles[0];
    }
    doc.select(&sel("body"))
        .next()
        .unwrap_or_else(|| doc.root_element())
}

fn is_dropped(e: &scraper::node::Element) -> bool {
    let name = e.name();
    if DROP_TAGS.contains(&name) {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if matches!(
        e.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary" | "dialog")
    ) {
        return true;
    }
    // A page header without the headline is site furniture.
    let marks = e.attr("class").unwrap_or("").to_ascii_lowercase()
        + " "
        + &e.attr("id").unwrap_or("").to_ascii_lowercase();
    if marks.trim().is_empty() {
        return false;
    }
    // Words of the class list, so "shares-count" and "nav-top" hit but "canvas" does not.
    marks
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| DROP_MARKS.iter().any(|m| w.starts_with(m)))
}

#[derive(Default)]
struct Blocks {
    done: Vec<String>,
    current: String,
}

impl Blocks {
    fn push_text(&mut self, s: &str) {
        self.current.push_str(s);
    }
    fn line_break(&mut self) {
        self.current.push('\n');
    }
    fn flush(&mut self, prefix: &str) {
        let lines: Vec<String> = self
            .current
            .split('\n')
            .map(collapse)
            .filter(|l| !l.is_empty())
            .collect();
        self.current.clear();
        if !lines.is_empty() {
            self.done.push(format!("{prefix}{}", lines.join("\n")));
        }
    }
    fn finish(mut self) -> Vec<String> {
        self.flush("");
        self.done
    }
}

fn walk(el: ElementRef<'_>, out: &mut Blocks) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_text(t),
            Node::Element(e) => {
                if is_dropped(e) {
                    continue;
                }
                let Some(child_el) = ElementRef::wrap(child) else {
                    continue;
                };
                let name = e.name();
                if name == "br" {
                    out.line_break();
                    continue;
                }
                if name == "header" && child_el.select(&sel("h1, h2")).next().is_none() {
                    continue;
                }
                let block = BLOCK_TAGS.contains(&name);
                if block {
                    out.flush("");
                }
                walk(child_el, out);
                if block {
                    out.flush(if name == "li" { "- " } else { "" });
                }
            }
            _ => {}
        }
    }
}

/// Collapses runs of whitespace to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_headline_and_paragraphs_drops_furniture() {
        let page = r#"<html lang="es"><head><title>Protesta | Diario</title>
            <meta property="article:published_time" content="2022-12-13"></head><body>
            <nav><a href="/">Inicio</a> <a href="/m">Mundo</a></nav>
            <div class="cookie-banner">Usamos cookies. Aceptar</div>
            <article><h1>Miles marchan en Lima</h1>
            <div class="share-buttons">Compartir en Facebook</div>
            <p>Miles de personas   marcharon el martes.</p><p>La policía detuvo a 20.<br>Fin.</p>
            <section id="comments"><p>Comentario de un lector</p></section></article>
            <footer>© Diario 2022</footer></body></html>"#;
        let h = extract(page).unwrap();
        assert_eq!(h.text, "Miles marchan en Lima\n\nMiles de personas marcharon el martes.\n\nLa policía detuvo a 20.\nFin.\n");
        assert_eq!(h.meta.date.as_deref(), Some("2022-12-13"));
        assert_eq!(h.meta.lang, Some(cronica_types::Lang::Es));
        assert_eq!(h.meta.title.as_deref(), Some("Protesta | Diario"));
    }

    #[test]
    fn malformed_html_still_yields_text() {
        let h = extract("<p>Unclosed <b>bold<p>Second para <div>").unwrap();
        assert_eq!(h.text, "Unclosed bold\n\nSecond para\n");
    }

    #[test]
    fn page_without_text_is_none() {
        assert!(extract("<html><body><nav>Home</nav><script>x()</script></body></html>").is_none());
    }
}
