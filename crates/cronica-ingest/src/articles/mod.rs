//! Splitting a document into articles.
//!
//! One file often holds several pieces: a statement followed by an event
//! notice, a newspaper issue with its index, a web page with "Most recent"
//! teasers. [`RuleArticleSplitter`] finds where each piece starts from general
//! cues (a headline-like line after the end of the previous piece, a headline
//! followed by a byline or dateline, an index whose entries come back as
//! headlines), then gives each its title, byline, publication date, kind and
//! language.

mod dates;
mod lang;
mod lines;

use std::collections::{HashMap, HashSet};

use cronica_types::stage::ArticleSplitter;
use cronica_types::{Article, ArticleKind, DateSource, DateValue, Document, Lang, Precision, Span};

pub use dates::{find_dates, parse_meta_date, FoundDate};
pub use lines::{classify, LineKind};
use lines::{clean, is_name, title_case_ratio, Line};

/// Splits documents into articles with rules on line shapes; see the module docs.
#[derive(Debug, Clone, Default)]
pub struct RuleArticleSplitter;

impl RuleArticleSplitter {
    pub fn new() -> Self {
        RuleArticleSplitter
    }
}

impl ArticleSplitter for RuleArticleSplitter {
    fn split(&self, doc: &Document) -> Vec<Article> {
        split_document(doc)
    }
}

/// Where an article starts and what heads it.
#[derive(Debug, Clone)]
struct Start {
    line: usize,
    /// First and last line of the headline.
    title: Option<(usize, usize)>,
    kind: ArticleKind,
}

fn is_end_marker(k: LineKind) -> bool {
    matches!(
        k,
        LineKind::Date
            | LineKind::SourceNote
            | LineKind::Url
            | LineKind::Separator
            | LineKind::Boilerplate
            | LineKind::Section { .. }
    )
}

/// How many lines from an article's start its headline may stand (under a
/// site's name, menu, byline and share bar).
const HEAD_LINES: usize = 12;

/// Text used to compare headlines: lower case letters and digits only.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A lower-case start continuing a headline broken over two lines.
fn is_continuation(text: &str, l: &Line) -> bool {
    let s = clean(l.span.text(text));
    let first = s.chars().next().unwrap_or('A');
    first.is_lowercase() && l.words <= 10 && !s.ends_with(['.', ':', ',', ';'])
}

struct Ctx<'a> {
    text: &'a str,
    lines: &'a [Line],
    /// How many times each normalised title-like line occurs in the document.
    title_counts: HashMap<String, usize>,
}

impl Ctx<'_> {
    fn line_text(&self, i: usize) -> &str {
        clean(self.lines[i].span.text(self.text))
    }
    fn kind(&self, i: usize) -> LineKind {
        self.lines[i].kind
    }

    fn score(&self, i: usize, first_after_end: bool) -> i32 {
        let s = self.line_text(i);
        let mut score = match s.chars().last() {
            Some('!') => 0,
            Some('?') => 1,
            _ => 2,
        };
        if title_case_ratio(s) >= 0.6 {
            score += 3;
        }
        if first_after_end {
            score += 2;
        }
        if (4..=25).contains(&self.lines[i].words) {
            score += 2;
        }
        // (a byline or the hour it went out, right under it, marks a headline more
        // than a masthead's title case does)
        match self.lines.get(i + 1).map(|l| l.kind) {
            Some(LineKind::Byline | LineKind::Date) => score += 4,
            Some(LineKind::Body) => score += 1,
            _ => {}
        }
        if matches!(self.kind(i), LineKind::Section { .. } | LineKind::Label) {
            score -= 3;
        }
        // ("Servicio en español · Guinea Ecuatorial · miércoles 16 de junio": a page's
        // furniture heads no story)
        if is_furniture(s) {
            score -= 3;
        }
        score
    }

    /// Is line `i` a headline candidate?
    fn candidate(&self, i: usize) -> bool {
        match self.kind(i) {
            LineKind::Title => true,
            LineKind::Label => self
                .lines
                .get(i + 1)
                .is_some_and(|n| is_continuation(self.text, n)),
            _ => false,
        }
    }

    /// Headline lines `(first, last)` starting at `i`, joining a broken headline.
    fn title_lines(&self, i: usize) -> (usize, usize) {
        match self.lines.get(i + 1) {
            Some(n) if is_continuation(self.text, n) && !matches!(n.kind, LineKind::Title) => {
                (i, i + 1)
            }
            _ => (i, i),
        }
    }

    /// Whether the paragraph at `body` is the lead of a news story headlined by
    /// line `t`: a long headline ("Campesinos del Macizo marcharán hacia Popayán
    /// el 30 de agosto") whose words the paragraph's opening tells again ("La
    /// Asociación Campesina del Macizo ... marchará ... hasta Popayán el lunes 30
    /// de agosto"). A section heading inside an article is short ("Background",
    /// "Killings in Ouagadougou") or tells no more than a word of what follows.
    fn lead_follows(&self, t: usize, body: usize) -> bool {
        let head = self.line_text(t);
        if self.lines[t].words < 7 || head.ends_with(['!', '?', ':']) {
            return false;
        }
        let opens = |l: &Line| {
            clean(l.span.text(self.text))
                .chars()
                .next()
                .is_some_and(|c| !c.is_lowercase())
        };
        let Some(lead) = self.lines.get(body).filter(|l| l.words >= 25 && opens(l)) else {
            return false;
        };
        // a word's stem: its first five letters, so that "marcharán" meets "marchará"
        let stems = |s: &str, n: usize| -> HashSet<String> {
            norm(s)
                .split_whitespace()
                .take(n)
                .filter(|w| w.chars().count() >= 4 && !lines::is_function_word(w))
                .map(|w| w.chars().take(5).collect())
                .collect()
        };
        let shared = stems(head, 30)
            .intersection(&stems(lead.span.text(self.text), 50))
            .count();
        shared >= 3
    }

    fn repeats(&self, i: usize) -> bool {
        self.title_counts
            .get(&norm(self.line_text(i)))
            .copied()
            .unwrap_or(0)
            > 1
            && self.lines[i].words >= 3
    }

    /// After a headline at `t` (and its run ending at `run_end`): one short
    /// standfirst, then a name or a date line. The shape of a teaser entry.
    fn teaser_shape(&self, run_end: usize) -> bool {
        let Some(stand) = self.lines.get(run_end) else {
            return false;
        };
        if stand.kind != LineKind::Body || stand.words > 80 {
            return false;
        }
        let next: Vec<LineKind> = self.lines[run_end + 1..]
            .iter()
            .take(2)
            .map(|l| l.kind)
            .collect();
        let name_next = self
            .lines
            .get(run_end + 1)
            .is_some_and(|l| is_name(clean(l.span.text(self.text))));
        match next.as_slice() {
            [LineKind::Date, ..] | [LineKind::Byline, ..] => true,
            [_, LineKind::Date, ..] => name_next,
            _ => false,
        }
    }
}

fn find_starts(ctx: &Ctx) -> Vec<Start> {
    let lines = ctx.lines;
    let mut starts = vec![Start {
        line: 0,
        title: None,
        kind: ArticleKind::Article,
    }];
    let mut i = 0;
    let mut seen_body = false;
    while i < lines.len() {
        if lines[i].kind == LineKind::Body {
            seen_body = true;
            i += 1;
            continue;
        }
        // A run of non-body lines [a, b).
        let a = i;
        let mut b = i;
        while b < lines.len() && lines[b].kind != LineKind::Body {
            b += 1;
        }
        let end_marker = (a..b)
            .filter(|&j| is_end_marker(lines[j].kind))
            .filter(|&j| (j + 1..b).any(|t| ctx.candidate(t)))
            .max();
        let from = end_marker.map_or(a, |e| e + 1);
        let cands: Vec<usize> = (from..b).filter(|&j| ctx.candidate(j)).collect();

        // An index: entries under a teaser head, or headlines that come back later.
        let teaser_head = (a..b)
            .rev()
            .find(|&j| matches!(lines[j].kind, LineKind::Section { teasers: true }));
        let repeated = cands.iter().filter(|&&j| ctx.repeats(j)).count();
        if cands.len() >= 3 && (teaser_head.is_some() || repeated >= 2) {
            let last = *cands.last().expect("non-empty");
            let index_start = teaser_head.filter(|&h| h < cands[0]).unwrap_or(cands[0]);
            push_start(
                &mut starts,
                Start {
                    line: index_start,
                    title: None,
                    kind: ArticleKind::Teaser,
                },
            );
            // Body right after the run: its last headline heads the next article.
            if b < lines.len() {
                push_start(
                    &mut starts,
                    Start {
                        line: last,
                        title: Some(ctx.title_lines(last)),
                        kind: ArticleKind::Article,
                    },
                );
            }
            i = b;
            continue;
        }

        if !cands.is_empty() {
            let best = *cands
                .iter()
                .enumerate()
                .max_by_key(|(n, &j)| {
                    (
                        ctx.score(j, *n == 0 && end_marker.is_some()),
                        std::cmp::Reverse(*n),
                    )
                })
                .map(|(_, j)| j)
                .expect("non-empty");
            let (t0, t1) = ctx.title_lines(best);
            let after_title = (t1 + 1..b).map(|j| lines[j].kind).collect::<Vec<_>>();
            let has_body_after = b < lines.len();
            // a headline, then a paragraph that opens with a dateline ("Puno, 12 dic.
            // Los manifestantes ...", "QUITO (AFP) —"): a new story
            let byline_after = after_title
                .iter()
                .any(|k| matches!(k, LineKind::Byline | LineKind::Date))
                || lines[best].kind == LineKind::Title
                    && lines
                        .get(b)
                        .is_some_and(|l| lines::opens_with_dateline(clean(l.span.text(ctx.text))));
            let first = !seen_body;
            let current = starts.last().and_then(|s| s.title).map(|(x, y)| {
                norm(
                    &(x..=y)
                        .map(|j| ctx.line_text(j))
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            });
            let echoes_current = current.is_some_and(|c| {
                let n = norm(ctx.line_text(best));
                n.split_whitespace().count() >= 3 && (c.contains(&n) || n.contains(&c))
            });
            let start_here = !echoes_current && first
                || (end_marker.is_some() && has_body_after)
                || (byline_after && has_body_after)
                || (title_case_ratio(ctx.line_text(best)) >= 0.6 && ctx.teaser_shape(b))
                || (ctx.repeats(best) && has_body_after)
                || (seen_body
                    && lines[best].kind == LineKind::Title
                    && has_body_after
                    && ctx.lead_follows(best, b));
            if start_here {
                if first {
                    starts[0].title = Some((t0, t1));
                } else {
                    let line = match end_marker {
                        Some(e) if matches!(lines[e].kind, LineKind::Section { .. }) => e,
                        Some(e) => e + 1,
                        None => t0,
                    };
                    push_start(
                        &mut starts,
                        Start {
                            line,
                            title: Some((t0, t1)),
                            kind: ArticleKind::Article,
                        },
                    );
                }
                // A headline broken over two lines swallows its continuation.
                if t1 >= b {
                    i = t1 + 1;
                    seen_body = true;
                    continue;
                }
            }
        }
        i = b;
    }
    starts
}

/// A line of a page's furniture, its parts set apart by dots or bars ("Servicio en
/// español · Guinea Ecuatorial · miércoles 16 de junio de 2027").
fn is_furniture(s: &str) -> bool {
    s.matches(" · ").count() + s.matches(" | ").count() >= 2
}

/// A printed e-mail thread: each message, from its header ("De:", "Para:",
/// "Data:", "Assunto:") on, is an article of its own, headlined by its subject and
/// dated by its sending, so that its "ontem" counts from the day it was sent.
fn with_entry_heads(ctx: &Ctx, starts: Vec<Start>) -> Vec<Start> {
    let lines = ctx.lines;
    let field = |j: usize| lines::mail_field(ctx.line_text(j)).map(|(k, _)| k);
    let mut heads: Vec<Start> = Vec::new();
    for j in 0..lines.len() {
        if !field(j).is_some_and(|k| lines::MAIL_FROM_KEYS.contains(&k)) {
            continue;
        }
        // the header's fields, one to a line
        let header: Vec<usize> = (j..lines.len().min(j + 7))
            .take_while(|&x| field(x).is_some())
            .collect();
        let dated = header.iter().any(|&x| lines[x].kind == LineKind::Date);
        let subject = header
            .iter()
            .copied()
            .find(|&x| field(x).is_some_and(|k| lines::MAIL_SUBJECT_KEYS.contains(&k)));
        if let (true, Some(t)) = (dated, subject) {
            heads.push(Start {
                line: j,
                title: Some((t, t)),
                kind: ArticleKind::Article,
            });
        }
    }
    // ... and so is each entry of a page of dated entries ("Actualización 4 · 6 de
    // septiembre de 2027", "Update 2 · 23 August 2027"), newest first or last: the
    // head of fields with the day it was posted, over the entry's text
    let entries: Vec<usize> = (0..lines.len())
        .filter(|&j| {
            lines[j].kind != LineKind::Body
                && lines::dated_field_row(ctx.line_text(j))
                && lines.get(j + 1).is_some_and(|n| n.kind == LineKind::Body)
        })
        .collect();
    if entries.len() >= 2 {
        heads.extend(entries.into_iter().map(|j| Start {
            line: j,
            title: Some((j, j)),
            kind: ArticleKind::Article,
        }));
    }
    if heads.len() < 2 {
        return starts;
    }
    // the starts the splitter found inside a header give way to the header's
    let inside = |s: &Start| {
        heads
            .iter()
            .any(|m| m.title.is_some_and(|(_, t)| (m.line..=t).contains(&s.line)))
    };
    let mut out: Vec<Start> = starts.into_iter().filter(|s| !inside(s)).collect();
    out.extend(heads);
    out.sort_by_key(|s| s.line);
    out.dedup_by_key(|s| s.line);
    out
}

/// Adds a start; one at the same line as the previous start replaces it.
fn push_start(starts: &mut Vec<Start>, s: Start) {
    match starts.last_mut() {
        Some(last) if last.line >= s.line => *last = s,
        _ => starts.push(s),
    }
}

/// Splits leading and trailing furniture (share bars, donation appeals) off an
/// article's lines `[a, b)` into boilerplate pieces.
fn trim_furniture(
    ctx: &Ctx,
    a: usize,
    b: usize,
    out: &mut Vec<(usize, usize, Start)>,
    start: Start,
) {
    let lines = ctx.lines;
    let furniture = |j: usize| {
        matches!(
            lines[j].kind,
            LineKind::Boilerplate | LineKind::Url | LineKind::Separator
        ) || (lines[j].kind == LineKind::Body
            && lines[j].words <= 2
            && clean(lines[j].span.text(ctx.text)).ends_with(':'))
    };
    let mut head = a;
    let title_line = start.title.map(|t| t.0);
    while head < b && lines[head].kind == LineKind::Boilerplate && Some(head) != title_line {
        head += 1;
    }
    let mut tail = b;
    while tail > head && furniture(tail - 1) {
        tail -= 1;
    }
    let tail_has_boiler = (tail..b).any(|j| lines[j].kind == LineKind::Boilerplate);
    let tail = if tail_has_boiler { tail } else { b };
    let boiler = |s: usize| Start {
        line: s,
        title: None,
        kind: ArticleKind::Boilerplate,
    };
    if head > a {
        out.push((a, head, boiler(a)));
    }
    if tail > head {
        out.push((
            head,
            tail,
            Start {
                line: head,
                ..start
            },
        ));
    }
    if tail < b {
        out.push((tail, b, boiler(tail)));
    }
}

/// A date on a dateline, byline or signature line in `range` of lines.
fn stated_date(
    text: &str,
    lines: &[Line],
    range: impl Iterator<Item = usize>,
) -> Option<(DateValue, Span)> {
    let mut best: Option<(DateValue, Span)> = None;
    for j in range {
        let l = &lines[j];
        let dated_line = matches!(l.kind, LineKind::Date | LineKind::Byline)
            || lines::dated_field_row(l.span.text(text));
        if !dated_line || filing_line(l.span.text(text)) {
            continue;
        }
        for d in l
            .dates
            .iter()
            .filter(|d| !deadline(&text[l.span.start..d.span.start]))
        {
            let better = match &best {
                None => true,
                Some((v, _)) => {
                    v.precision != Precision::Day && d.value.precision == Precision::Day
                }
            };
            if better {
                best = Some((d.value.clone(), d.span));
            }
        }
    }
    best
}

/// "Escribe antes del 26 de agosto de 2027", "Write before 26 August", "até 30 de
/// setembro": a day something is due by (the text before it ends with the cue),
/// not the day the text was published.
fn deadline(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    [
        "before",
        "by",
        "until",
        "no later than",
        "antes del",
        "antes de",
        "hasta el",
        "hasta",
        "até",
        "até ao",
        "até o",
        "até dia",
    ]
    .iter()
    .any(|cue| {
        lower.ends_with(cue)
            && lower[..lower.len() - cue.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// "Lodged: Wednesday 25 August 2027", "Presentada: 3 de mayo": the day a question,
/// a bill or a complaint was filed, under the heading of an item of a page
/// published later, not the day the item was published.
fn filing_line(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    lower.split_once(':').is_some_and(|(label, _)| {
        matches!(
            label.trim(),
            "lodged"
                | "submitted"
                | "received"
                | "filed"
                | "tabled"
                | "asked"
                | "deadline"
                | "presentada"
                | "presentado"
                | "recibida"
                | "recibido"
                | "ingresada"
                | "apresentada"
                | "apresentado"
                | "recebida"
                | "recebido"
                | "protocolado"
                | "protocolada"
        )
    })
}

/// The keys of a date line at an article's foot that date the text itself.
const SIGNED_KEYS: &[&str] = &[
    "Dated",
    "Signed",
    "Published",
    "Posted",
    "Updated",
    "Firmado",
    "Publicado",
    "Actualizado",
    "Assinado",
    "Publicada",
    "Atualizado",
];

/// "LIMA, 13 de diciembre de 2022 —" at the start of a first paragraph.
fn body_dateline(text: &str, l: &Line) -> Option<(DateValue, Span)> {
    let d = l.dates.first()?;
    let before = &text[l.span.start..d.span.start];
    (d.span.start - l.span.start <= 60
        && before.split_whitespace().count() <= 4
        && (before.is_empty() || before.trim_end().ends_with(',')))
    .then(|| (d.value.clone(), d.span))
}

/// The author named on a byline, a name line next to a date, or "writes NAME".
fn byline(
    ctx: &Ctx,
    header: std::ops::Range<usize>,
    title: Option<(usize, usize)>,
    first_body: Option<usize>,
) -> Option<String> {
    let lines = ctx.lines;
    let header = title.map_or(header.start, |t| t.1 + 1).max(header.start)..header.end;
    for j in header.clone() {
        let s = ctx.line_text(j);
        if lines[j].kind == LineKind::Byline {
            let rest = s
                .split_once(char::is_whitespace)
                .map_or(s, |(_, r)| r)
                .trim_start_matches(':')
                .trim();
            let name = rest.split([',', '|', '(']).next().unwrap_or(rest);
            let name = name.split(" - ").next().unwrap_or(name).trim();
            if !name.is_empty() {
                return Some(name.to_string());
            }
        }
    }
    for j in header {
        let near_date = |k: Option<usize>| {
            k.and_then(|k| lines.get(k))
                .is_some_and(|l| l.kind == LineKind::Date)
        };
        if matches!(lines[j].kind, LineKind::Label | LineKind::Title)
            && is_name(ctx.line_text(j))
            && (near_date(Some(j + 1)) || near_date(j.checked_sub(1)))
        {
            return Some(ctx.line_text(j).to_string());
        }
    }
    let body = ctx.line_text(first_body?);
    for cue in ["writes ", "escribe ", "escreve ", "reports ", "informa "] {
        if let Some(pos) = body.find(cue) {
            let after = &body[pos + cue.len()..];
            let mut name: Vec<&str> = Vec::new();
            for raw in after.split_whitespace().take(4) {
                let w = raw.trim_matches(|c: char| !c.is_alphabetic());
                if !w.chars().next().is_some_and(char::is_uppercase) {
                    break;
                }
                name.push(w);
                if raw.ends_with(|c: char| !c.is_alphabetic()) {
                    break;
                }
            }
            if name.len() >= 2 {
                return Some(name.join(" "));
            }
        }
    }
    None
}

/// The signer of a statement: "Stop Trump Coalition, 3 January 2026" or
/// "— Fourth International Bureau, 4 January 2023" on a date line at its foot.
fn signature(ctx: &Ctx, range: std::ops::Range<usize>) -> Option<String> {
    let lines = ctx.lines;
    let from = range.end.saturating_sub(3).max(range.start);
    (from..range.end).rev().find_map(|j| {
        if lines[j].kind != LineKind::Date {
            return None;
        }
        let s = ctx.line_text(j);
        let (name, _) = s.rsplit_once(',')?;
        // a Markdown link keeps its text: "[Stop Trump Coalition](#)"
        let name = match (name.find('['), name.find("](")) {
            (Some(a), Some(b)) if a < b => &name[a + 1..b],
            _ => name,
        };
        let name = name.trim_matches(|c: char| !c.is_alphanumeric()).trim();
        // ("Tegucigalpa, M.D.C., 9 de octubre de 2025": a place and its district,
        // not who signs)
        if name.contains([',', '.']) {
            return None;
        }
        let words = name.split_whitespace().count();
        let capitalised = name.chars().next().is_some_and(char::is_uppercase);
        let has_digit = name.chars().any(|c| c.is_ascii_digit());
        (capitalised && !has_digit && (2..=6).contains(&words)).then(|| name.to_string())
    })
}

/// The title of an article without a headline line: the metadata title, or a
/// short first sentence.
fn fallback_title(
    doc: &Document,
    first_body: Option<&Line>,
    is_first: bool,
) -> (Option<String>, Option<Span>) {
    if is_first {
        if let Some(t) = doc.meta.title.as_deref() {
            let span = doc.text[..doc.body.start]
                .find(t)
                .map(|p| Span::new(p, p + t.len()));
            return (Some(t.to_string()), span);
        }
    }
    let Some(l) = first_body else {
        return (None, None);
    };
    let s = l.span.text(&doc.text);
    let end = s
        .char_indices()
        .find(|&(i, c)| c == '.' && s[i + 1..].starts_with(' ') && i > 20)
        .map(|(i, _)| i);
    match end {
        Some(e) if s[..e].split_whitespace().count() <= 20 && is_first => (
            Some(s[..e].to_string()),
            Some(Span::new(l.span.start, l.span.start + e)),
        ),
        _ => (None, None),
    }
}

/// Splits `doc` into articles; see [`RuleArticleSplitter`].
pub fn split_document(doc: &Document) -> Vec<Article> {
    let text = doc.text.as_str();
    let lines = lines::lines(text, doc.body);
    // the file's language, detected only when an article needs it (a boilerplate
    // block, or an article too short to tell): most files are one article, and
    // detection is a tenth of the splitting's time
    let file_lang = std::cell::OnceCell::new();
    let file_lang = || {
        *file_lang.get_or_init(|| {
            doc.meta
                .lang
                .unwrap_or_else(|| lang::detect(doc.body.text(text), Lang::En))
        })
    };
    if lines.is_empty() {
        return Vec::new();
    }
    let mut title_counts = HashMap::new();
    for l in &lines {
        if matches!(l.kind, LineKind::Title | LineKind::Label) {
            *title_counts
                .entry(norm(clean(l.span.text(text))))
                .or_insert(0) += 1;
        }
    }
    let ctx = Ctx {
        text,
        lines: &lines,
        title_counts,
    };
    let starts = with_entry_heads(&ctx, find_starts(&ctx));

    let mut pieces = Vec::new();
    let page_day = doc.meta.date.as_deref().and_then(parse_meta_date);
    for (n, s) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(lines.len(), |x| x.line);
        if end > s.line {
            trim_furniture(&ctx, s.line, end, &mut pieces, s.clone());
        }
    }

    let mut articles: Vec<Article> = Vec::new();
    let mut first_content = true;
    for (a, b, start) in &pieces {
        let (a, b) = (*a, *b);
        let span = Span::new(lines[a].span.start, lines[b - 1].span.end);
        let body_lines: Vec<usize> = (a..b)
            .filter(|&j| lines[j].kind == LineKind::Body)
            .collect();
        let mut kind = start.kind;
        if kind == ArticleKind::Article && body_lines.is_empty() && start.title.is_none() {
            kind = ArticleKind::Boilerplate;
        }
        let (mut title, mut title_span) = match start.title {
            Some((t0, t1)) => {
                let joined = (t0..=t1)
                    .map(|j| ctx.line_text(j))
                    .collect::<Vec<_>>()
                    .join(" ");
                (
                    Some(joined),
                    Some(Span::new(lines[t0].span.start, lines[t1].span.end)),
                )
            }
            None => (None, None),
        };
        // A pull quote opening a one-article file is not its headline.
        if first_content && kind == ArticleKind::Article {
            if let (Some(t), Some(meta_title)) = (&title, &doc.meta.title) {
                if t.starts_with(['"', '“', '«', '\'']) && norm(t) != norm(meta_title) {
                    title = None;
                }
            }
            // The page's own headline, repeated under the site's name, menu and
            // share bar, is the first article's title, whatever line above or
            // below it looked like one ("Partilhar: Facebook | WhatsApp | X").
            // (unless the page's title is the site's furniture, its parts set apart
            // by dots or bars: "Servicio en español · Guinea Ecuatorial · miércoles
            // 16 de junio de 2027")
            let furniture = doc.meta.title.as_deref().is_some_and(is_furniture);
            if let Some(meta_title) = doc.meta.title.as_deref().map(norm).filter(|_| !furniture) {
                let head_end = body_lines.first().map_or(b, |&j| j + 1).min(a + HEAD_LINES);
                let own = (a..head_end)
                    .find(|&j| !meta_title.is_empty() && norm(ctx.line_text(j)) == meta_title);
                if let Some(j) = own {
                    if title_span != Some(lines[j].span) {
                        title = Some(ctx.line_text(j).to_string());
                        title_span = Some(lines[j].span);
                    }
                }
            }
        }
        // A short headline ("Protests in Peru") reads like a label; above the first
        // body line of an article that has no other, it is the headline.
        if title.is_none() && kind == ArticleKind::Article {
            let first_body = body_lines.first().copied().unwrap_or(b);
            if let Some(j) = (a..first_body).find(|&j| {
                lines[j].kind == LineKind::Label && ctx.line_text(j).split_whitespace().count() >= 2
            }) {
                title = Some(ctx.line_text(j).to_string());
                title_span = Some(lines[j].span);
            }
        }
        if title.is_none() && kind == ArticleKind::Article {
            (title, title_span) =
                fallback_title(doc, body_lines.first().map(|&j| &lines[j]), first_content);
        }
        if kind == ArticleKind::Teaser {
            title = (a..b)
                .find(|&j| matches!(lines[j].kind, LineKind::Section { .. }))
                .map(|j| ctx.line_text(j).to_string());
            title_span = None;
        }

        // Header zone: up to the first body line, or past a short standfirst.
        let first_body = body_lines.first().copied();
        let mut header_end = first_body.unwrap_or(b);
        if let Some(fb) = first_body {
            if lines[fb].words <= 80 {
                let mut k = fb + 1;
                while k < b && k < fb + 6 && lines[k].kind != LineKind::Body {
                    k += 1;
                }
                if (fb + 1..k).any(|j| matches!(lines[j].kind, LineKind::Date | LineKind::Byline)) {
                    header_end = k;
                }
            }
        }
        // ("DIA 1 – Segunda-feira, 15 de novembro de 2027" over a diary's first
        // entry, with two or more days heading entries further down: the days of
        // the entries, not the day of the page)
        // (a later day, often with no year, is a short line of its own)
        let day_line = |j: usize| {
            lines[j].kind == LineKind::Date
                || matches!(lines[j].kind, LineKind::Title | LineKind::Label)
                    && lines[j].words <= 10
                    && dates::names_day_of_month(lines[j].span.text(text))
        };
        let heads_entry = |j: usize| {
            day_line(j)
                && (j + 1..b)
                    .take_while(|&x| !day_line(x))
                    .any(|x| lines[x].kind == LineKind::Body)
        };
        let days_head_entries = (header_end..b).filter(|&j| heads_entry(j)).count() >= 2;
        let mut date = stated_date(
            text,
            &lines,
            (a..header_end).filter(|&j| !(days_head_entries && heads_entry(j))),
        );
        if date.is_none() {
            if let Some(fb) = first_body {
                date = body_dateline(text, &lines[fb]);
            }
        }
        if date.is_none() {
            // A signature at the foot: the last date line of the article. (Not a
            // field of a record that heads the next entry, "Início: 15/03/2027" or
            // "Start: 20/03/2027 · End: 22/03/2027": only a day keyed as when the
            // text was dated, sent or put out.)
            let signed = |j: usize| {
                lines::mail_field(ctx.line_text(j)).is_none_or(|(key, _)| {
                    lines::MAIL_DATE_KEYS.contains(&key) || SIGNED_KEYS.contains(&key)
                })
            };
            date = (header_end..b)
                .rev()
                .find(|&j| lines[j].kind == LineKind::Date && signed(j))
                .and_then(|j| stated_date(text, &lines, j..j + 1));
        }
        // (never a day after the page's own: "Next brief: Monday 26 July 2027" at
        // the foot of a brief of the 19th is the next issue's day)
        let date = date.filter(|(d, _)| page_day.as_ref().is_none_or(|p| d.start <= p.end));
        let article_lang = if kind == ArticleKind::Boilerplate {
            file_lang()
        } else if let Some(declared) = doc.meta.lang {
            lang::detect_declared(span.text(text), declared)
        } else {
            lang::detect_clear(span.text(text)).unwrap_or_else(file_lang)
        };
        let byline = if kind == ArticleKind::Article {
            byline(&ctx, a..header_end, start.title, first_body).or_else(|| signature(&ctx, a..b))
        } else {
            None
        };
        if kind == ArticleKind::Article {
            first_content = false;
        }
        let (date, date_span, date_source) = match date {
            Some((v, s)) => (Some(v), Some(s), DateSource::Stated),
            None => (None, None, DateSource::Unknown),
        };
        // headings between body paragraphs: short title-like lines after the first
        // body line, with body after them; a line that the next one continues in
        // lower case ("there have been very strong" / "acts of repression") is a
        // broken sentence
        let subheads = match body_lines.first() {
            Some(&fb) if kind == ArticleKind::Article => (fb + 1..b)
                .filter(|&j| {
                    matches!(lines[j].kind, LineKind::Title | LineKind::Label)
                        && lines[j].words <= 12
                        && lines.get(j + 1).is_some_and(|n| {
                            n.kind == LineKind::Body
                                && !clean(n.span.text(text)).starts_with(char::is_lowercase)
                        })
                        && title_span.is_none_or(|t| !t.overlaps(lines[j].span))
                })
                .map(|j| lines[j].span)
                .collect(),
            _ => Vec::new(),
        };
        articles.push(Article {
            index: articles.len(),
            span,
            kind,
            title,
            title_span,
            subheads,
            byline,
            date,
            date_span,
            date_source,
            lang: article_lang,
        });
    }
    mark_repeated_teasers(&mut articles, &lines);
    mark_indexes(&doc.text, &mut articles);
    mark_page_pointers(&doc.text, &mut articles);
    mark_translations(&doc.text, &mut articles);
    // A document always has something to read: when every piece looks like
    // furniture (a one-line report, a bare dateline and sentence), the longest
    // piece is the article.
    if !articles.iter().any(|a| a.kind == ArticleKind::Article) {
        if let Some(a) = articles
            .iter_mut()
            .filter(|a| a.kind == ArticleKind::Boilerplate)
            .max_by_key(|a| a.span.len())
        {
            a.kind = ArticleKind::Article;
        }
    }
    inherit_dates(doc, &mut articles);
    articles
}

/// An article's headline, normalised, when it is long enough (three words) for a
/// repeat of it to be one.
fn title_key(a: &Article) -> Option<String> {
    // (the messages of a thread share their subject, and none is a teaser)
    a.title
        .as_deref()
        .filter(|t| {
            !lines::mail_field(t).is_some_and(|(k, _)| lines::MAIL_SUBJECT_KEYS.contains(&k))
        })
        .map(norm)
        .filter(|t| t.split_whitespace().count() >= 3)
}

/// An article whose headline repeats another's with less text under it is a teaser.
fn mark_repeated_teasers(articles: &mut [Article], _lines: &[Line]) {
    let keys: Vec<Option<String>> = articles.iter().map(title_key).collect();
    for i in 0..articles.len() {
        let Some(k) = &keys[i] else { continue };
        let longer = (0..articles.len()).any(|j| {
            j != i && keys[j].as_ref() == Some(k) && articles[j].span.len() > articles[i].span.len()
        });
        if longer && articles[i].kind == ArticleKind::Article {
            articles[i].kind = ArticleKind::Teaser;
        }
    }
}

/// "EN ESTA EDICIÓN / - Juliaca: 17 muertos en protestas / - Gobierno decreta ...":
/// a piece whose lines are mostly the headlines of the file's other articles is
/// their index, and tells nothing of its own.
fn mark_indexes(text: &str, articles: &mut [Article]) {
    let titles: Vec<(usize, String)> = articles
        .iter()
        .filter_map(|a| Some((a.index, title_key(a)?)))
        .collect();
    // an index lists at least two other headlines, in a short piece
    if titles.len() < 2 {
        return;
    }
    for a in articles.iter_mut() {
        if a.kind != ArticleKind::Article || a.span.len() > 3000 {
            continue;
        }
        let lines: Vec<String> = text[a.span.start..a.span.end]
            .lines()
            .map(|l| norm(l.trim_start_matches(['-', '•', '*', '·', '–', '—', ' '])))
            .filter(|l| !l.is_empty())
            .collect();
        let repeated = lines
            .iter()
            .filter(|l| titles.iter().any(|(i, t)| *i != a.index && t == *l))
            .count();
        if repeated >= 2 && repeated * 2 >= lines.len() {
            a.kind = ArticleKind::Teaser;
        }
    }
}

/// The numbers an article writes, in order ("640", "12", "2027", "37"): what a
/// translation keeps of its original word for word.
fn numbers_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect()
}

/// "Comunicado N.º 9 ... / ENGLISH VERSION / Communiqué No. 9 ...": an article in
/// another language than an earlier one of the file, of about its length and
/// writing the same numbers (its dates, tolls and sums), is its translation, and
/// tells its events again.
fn mark_translations(text: &str, articles: &mut [Article]) {
    for i in 1..articles.len() {
        if articles[i].kind != ArticleKind::Article {
            continue;
        }
        let later = numbers_of(articles[i].span.text(text));
        if later.len() < 5 {
            continue;
        }
        let translated = (0..i).any(|j| {
            let (a, b) = (&articles[j], &articles[i]);
            if a.kind != ArticleKind::Article || a.lang == b.lang {
                return false;
            }
            let ratio = b.span.len() as f64 / a.span.len().max(1) as f64;
            if !(0.6..=1.7).contains(&ratio) {
                return false;
            }
            let mut earlier = numbers_of(a.span.text(text));
            let written = earlier.len();
            let shared = later
                .iter()
                .filter(|n| {
                    earlier
                        .iter()
                        .position(|m| m == *n)
                        .map(|k| earlier.swap_remove(k))
                        .is_some()
                })
                .count();
            shared * 4 >= later.len().max(written) * 3
        });
        if translated {
            articles[i].kind = ArticleKind::Translation;
        }
    }
}

/// "EN PORTADA: Sube a cinco la cifra de muertos en Potosí (págs. 4 y 5)", "NA
/// CAPA: ...", "Inside: Miners strike at the copper pit (Page 6)": a short piece
/// whose every line is a front-page summary or points to the page where its story
/// is told repeats those stories and tells nothing of its own.
fn mark_page_pointers(text: &str, articles: &mut [Article]) {
    for a in articles.iter_mut() {
        if a.kind != ArticleKind::Article {
            continue;
        }
        // a summary line over the headline of the story it points to is no part
        // of that story
        if let Some(t) = a
            .title_span
            .filter(|t| t.start > a.span.start && t.start < a.span.end)
        {
            let head: Vec<&str> = text[a.span.start..t.start]
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            if !head.is_empty() && head.iter().all(|l| points_to_a_page(l)) {
                a.span = Span::new(t.start, a.span.end);
            }
            continue;
        }
        if a.span.len() > 1500 {
            continue;
        }
        let lines: Vec<&str> = text[a.span.start..a.span.end]
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() && lines.iter().all(|l| points_to_a_page(l)) {
            a.kind = ArticleKind::Teaser;
        }
    }
}

/// A line labelled as a front-page or edition summary ("EN PORTADA:", "Nesta
/// edição:", "In this issue:"), or ending with a page reference ("(págs. 4 y 5)",
/// "(p. 6)", "(Page 12)").
fn points_to_a_page(line: &str) -> bool {
    const LABELS: [&str; 16] = [
        "en portada",
        "portada",
        "en esta edición",
        "en esta edicion",
        "en este número",
        "en este numero",
        "na capa",
        "nesta edição",
        "nesta edicao",
        "destaques",
        "in this issue",
        "inside",
        "front page",
        "on the front page",
        "sumario",
        "sumário",
    ];
    let labelled = line
        .char_indices()
        .take(32)
        .find(|&(_, c)| c == ':')
        .is_some_and(|(k, _)| LABELS.contains(&norm(&line[..k]).as_str()));
    let page_ref = line
        .strip_suffix(')')
        .and_then(|l| l.rfind('(').map(|o| &l[o + 1..]));
    let page_ref = page_ref.is_some_and(|inner| {
        let n = norm(inner);
        let mut words = n.split_whitespace();
        let first = words.next().unwrap_or("");
        matches!(
            first,
            "pág"
                | "págs"
                | "pag"
                | "pags"
                | "p"
                | "pp"
                | "página"
                | "páginas"
                | "pagina"
                | "paginas"
                | "page"
                | "pages"
                | "pg"
                | "pgs"
        ) && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    });
    labelled || page_ref
}

/// Dates for articles without their own: the metadata date for a one-article
/// file, else the file's date (metadata, else the nearest stated date).
fn inherit_dates(doc: &Document, articles: &mut [Article]) {
    let meta = doc.meta.date.as_deref().and_then(parse_meta_date);
    let content = articles
        .iter()
        .filter(|a| a.kind == ArticleKind::Article)
        .count();
    let stated: Vec<(usize, DateValue)> = articles
        .iter()
        .filter(|a| a.date_source == DateSource::Stated)
        .filter_map(|a| a.date.clone().map(|d| (a.index, d)))
        .collect();
    for a in articles.iter_mut() {
        if a.date.is_some() {
            // ("CHITRÉ (Panamá), 21 de marzo. – ...", and at the story's foot
            // "Próximo boletín: lunes 29 de marzo de 2027": the dateline dates the
            // story, not a date line below it)
            let below = a
                .date_span
                .zip(a.title_span)
                .is_some_and(|(d, t)| d.start > t.end);
            if below {
                date_by_dateline(doc, a);
            }
            continue;
        }
        if let Some(m) = &meta {
            a.date = Some(m.clone());
            a.date_source = if content <= 1 {
                DateSource::Metadata
            } else {
                DateSource::Inherited
            };
        } else if let Some((_, d)) = stated
            .iter()
            .min_by_key(|(i, _)| (i.abs_diff(a.index), *i < a.index))
        {
            a.date = Some(d.clone());
            a.date_source = DateSource::Inherited;
        }
        date_by_dateline(doc, a);
    }
}

/// "Juliaca, 10 de enero. Al menos ...": a dateline without a year dates the
/// article, in the year the date it has so far gives it.
fn date_by_dateline(doc: &Document, a: &mut Article) {
    let Some(page) = a.date.clone() else {
        return;
    };
    let body_start = a
        .title_span
        .map_or(a.span.start, |t| t.end.clamp(a.span.start, a.span.end));
    let rest = &doc.text[body_start..a.span.end];
    let body = rest.trim_start();
    let offset = body_start + (rest.len() - body.len());
    let Some((month, day, span)) = dates::yearless_dateline(body) else {
        return;
    };
    let year = chrono::Datelike::year(&page.end);
    let day_in = |y: i32| chrono::NaiveDate::from_ymd_opt(y, month, day);
    // the latest such day not after the page's date (a few days' grace)
    let value = [year + 1, year, year - 1]
        .into_iter()
        .filter_map(day_in)
        .find(|d| (*d - page.end).num_days() <= 3);
    if let Some(d) = value {
        a.date = Some(DateValue::day(d));
        a.date_span = Some(Span::new(offset + span.start, offset + span.end));
        a.date_source = DateSource::Stated;
    }
}

#[cfg(test)]
mod tests;
