//! What each line of a document looks like.
//!
//! The splitter works on lines, each given one kind from surface cues: a
//! short title-like line, a byline, a dateline, a share-button row, a URL, a
//! separator, an ALL CAPS section head, or body text. The cues are general
//! habits of news pages and statements, in English, Spanish and Portuguese.

use cronica_types::Span;

use super::dates::{find_dates, FoundDate};

/// The kind of one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Prose: a paragraph, a list item, a slogan.
    Body,
    /// A short line that could be a headline.
    Title,
    /// A short label (one to three words): a section name, a photo credit, a name.
    Label,
    /// An ALL CAPS or well-known section head ("MOST RECENT", "Related").
    Section { teasers: bool },
    /// "By NAME", "Por NAME".
    Byline,
    /// A line that is mostly a date (a dateline or a signature date).
    Date,
    /// A note that the text was published elsewhere: ends an article.
    SourceNote,
    /// Only a URL.
    Url,
    /// `***`, `---`, `###`.
    Separator,
    /// Share buttons, menus, copyright, donation and subscription appeals.
    Boilerplate,
}

/// One non-empty line of the body.
#[derive(Debug, Clone)]
pub struct Line {
    /// The trimmed line.
    pub span: Span,
    pub kind: LineKind,
    /// Dates found on the line (spans relative to the document text).
    pub dates: Vec<FoundDate>,
    pub words: usize,
}

/// Words that do not end a headline and do not count for title case.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "into", "than", "that", "is", "are", "was", "our", "their", "his", "her", "its",
    "de", "del", "la", "las", "el", "los", "y", "e", "o", "u", "en", "con", "por", "para", "un",
    "una", "que", "al", "a", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "um", "uma",
    "com", "pelo", "pela", "se", "su", "sus", "lo", "ao", "aos", "à", "às", "os", "as", "ou",
];

/// Words of navigation rows and share bars.
const NAV_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "instagram",
    "youtube",
    "whatsapp",
    "telegram",
    "linkedin",
    "tiktok",
    "reddit",
    "email",
    "e-mail",
    "print",
    "imprimir",
    "share",
    "compartir",
    "compartilhar",
    "compartir:",
    "share:",
    "tweet",
    "mastodon",
    "bluesky",
    "rss",
    "home",
    "inicio",
    "início",
    "menu",
    "search",
    "buscar",
    "login",
    "subscribe",
    "suscribirse",
    "assine",
    "donate",
    "donar",
    "copy",
    "link",
    "whatsapp",
    "flipboard",
    "pinterest",
    "threads",
    "messenger",
    "sms",
    "compartilhe",
    "comparte",
    "this",
    "on",
    "en",
    "no",
    "via",
    "|",
    "·",
    "-",
    "/",
    "•",
];

/// Phrases that mark page furniture anywhere in a short paragraph.
const BOILER_PHRASES: &[&str] = &[
    "all rights reserved",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "copyright",
    "©",
    "please consider donating",
    "consider donating",
    "donate",
    "subscribe to",
    "sign up for",
    "newsletter",
    "suscríbete",
    "suscribete",
    "assine a",
    "assine nossa",
    "cookies",
    "leave a comment",
    "leave a reply",
    "deja un comentario",
    "deixe um comentário",
    "skip to content",
    "ir al contenido",
    "read in english",
    "leer en español",
    "ler em português",
    "leer en inglés",
    "read in spanish",
    "lea también en",
    "follow us",
    "síguenos",
    "siga-nos",
    "share this",
    "comparte esta",
    "compartilhe esta",
    "click here to",
    "haz clic aquí",
    "clique aqui",
    "log in to",
    "support our work",
    "apoya nuestro",
    "apoie o",
    // bank details of a donation appeal ("use o IBAN indicado")
    " iban",
    "paypal",
    "bank transfer",
    "transferencia bancaria",
    "transferência bancária",
    "make a donation",
    "haz una donación",
    "faça uma doação",
    "doe agora",
    "dona ahora",
];

/// Heads of teaser and index lists.
const TEASER_HEADS: &[&str] = &[
    "most recent",
    "most read",
    "related",
    "related articles",
    "related posts",
    "read more",
    "read also",
    "see also",
    "more stories",
    "more from",
    "latest",
    "latest news",
    "recommended",
    "you may also like",
    "lo más leído",
    "más leídas",
    "más leído",
    "relacionados",
    "relacionadas",
    "artículos relacionados",
    "noticias relacionadas",
    "te puede interesar",
    "lee también",
    "leer más",
    "leia também",
    "veja também",
    "mais lidas",
    "leia mais",
    "notícias relacionadas",
    "contents",
    "table of contents",
    "índice",
    "indice",
    "sumario",
    "sumário",
    "in this issue",
    "en este número",
    "nesta edição",
    "últimas noticias",
    "últimas notícias",
    "destacados",
    "destaques",
];

/// Starts of a wire story's credits and trust notes ("Reporting by ...; Editing
/// by ...", "Our Standards: ...").
const CREDIT_STARTS: &[&str] = &[
    "reporting by ",
    "additional reporting by ",
    "editing by ",
    "writing by ",
    "compiled by ",
    "our standards:",
    "con información de ",
    "con reportes de ",
    "edición de ",
    "com informações de ",
    "edição de ",
];

/// Starts of lines that say when the piece below them was published.
const PUBLISHED: &[&str] = &[
    "publicado em ",
    "publicado el ",
    "publicado a ",
    "publicado: ",
    "publicada em ",
    "publicada el ",
    "published on ",
    "published: ",
    "posted on ",
];

/// Starts of a line that gives only the hour a piece went out ("Difundida a las
/// 10.40 · Actualizada a las 15.20", "Publicado às 8h12", "Updated at 14:05").
const PUBLISHED_AT: &[&str] = &[
    "difundida a las ",
    "difundido a las ",
    "publicada a las ",
    "publicado a las ",
    "actualizada a las ",
    "actualizado a las ",
    "publicada às ",
    "publicado às ",
    "atualizada às ",
    "atualizado às ",
    "divulgada às ",
    "divulgado às ",
    "published at ",
    "posted at ",
    "updated at ",
];

/// Words of a line that gives the day a piece first ran.
const ORIGINALLY: &[&str] = &[
    "originally published",
    "first published",
    "publicada originalmente",
    "publicado originalmente",
    "originalmente publicada",
    "originalmente publicado",
];

/// Starts of notes saying where a text was first published.
const SOURCE_NOTES: &[&str] = &[
    "originally published",
    "this article was originally",
    "this article first appeared",
    "this article was first published",
    "first published",
    "publicado originalmente",
    "originalmente publicado",
    "este artículo fue publicado",
    "este artigo foi publicado",
    "publicado em",
    "source:",
    "fuente:",
    "fonte:",
    "translated by",
    "traducción:",
    "tradução:",
    "traducido por",
    "traduzido por",
    "this version is",
    "republished",
];

/// The line with markdown emphasis, heading marks and surrounding quotes removed.
pub fn clean(line: &str) -> &str {
    line.trim()
        .trim_start_matches('#')
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
}

pub(crate) fn is_function_word(w: &str) -> bool {
    let w = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    FUNCTION_WORDS.contains(&w.as_str())
}

fn first_char_upper(w: &str) -> bool {
    w.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// Share of content words (not function words) that start with a capital.
pub fn title_case_ratio(s: &str) -> f32 {
    let content: Vec<&str> = s
        .split_whitespace()
        .filter(|w| !is_function_word(w) && w.chars().any(char::is_alphabetic))
        .collect();
    if content.is_empty() {
        return 0.0;
    }
    content.iter().filter(|w| first_char_upper(w)).count() as f32 / content.len() as f32
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 3
}

fn is_url(s: &str) -> bool {
    let s = s.trim_matches(|c| c == '<' || c == '>' || c == '(' || c == ')');
    (s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www."))
        && !s.contains(char::is_whitespace)
}

/// `[text](url)` alone on a line.
fn markdown_link_text(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('[')?;
    let close = inner.find("](")?;
    inner[close..].ends_with(')').then(|| &inner[..close])
}

/// A line that looks like a person's name: two to four capitalised words.
pub fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && s.len() <= 50
        && words.iter().all(|w| {
            (first_char_upper(w)
                || matches!(
                    *w,
                    "de" | "da" | "do" | "dos" | "del" | "la" | "van" | "von" | "y" | "e"
                ))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

fn is_byline(s: &str) -> bool {
    let lower = s.to_lowercase();
    let rest = [
        "by ",
        "por ",
        "por: ",
        "escrito por ",
        "texto: ",
        "texto de ",
        "reportagem: ",
        "words: ",
        "author: ",
        "autor: ",
        "autora: ",
        "de: ",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p).map(|r| &s[s.len() - r.len()..]));
    match rest {
        Some(r) => s.split_whitespace().count() <= 16 && first_char_upper(r.trim_start()),
        None => false,
    }
}

fn is_nav_row(s: &str) -> bool {
    // "Início | Quem somos | Campanhas | Agenda | Contactos | Apoiar": a menu of
    // short items between bars
    if cronica_text::is_menu_row(s) {
        return true;
    }
    let mut any = false;
    let mut long = false;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| c == ',' || c == ':');
        if !NAV_WORDS.contains(&w.to_lowercase().as_str()) {
            return false;
        }
        any = true;
        long |= w.len() > 2;
    }
    any && long
}

/// Whether a paragraph opens with a news dateline: a town and a day ("Puno, 12
/// dic.", "LIMA, 12 de diciembre"), a town and an agency ("Quito (AFP)"), or a town
/// in capitals and a dash ("CARACAS —").
pub fn opens_with_dateline(s: &str) -> bool {
    static DATELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"^(?:\p{Lu}[\p{L}'’-]+(?: (?:de |del |do |da )?\p{Lu}[\p{L}'’-]+){0,2})",
            r"(?:(?:, \p{Lu}[\p{L}'’-]+)?,? \((?:AFP|EFE|AP|Reuters|ANSA|DPA|Xinhua|Prensa Latina|Europa Press|Agência Brasil|Lusa)\)",
            r"|, (?:\d{1,2}(?:º|°)?(?: de)? (?:jan|feb|fev|mar|apr|abr|may|mai|jun|jul|aug|ago|sep|set|oct|out|nov|dec|dic|dez|ene)[\p{L}]*\.?)",
            // "LIMA, Dec 15 (Reuters) —", "WASHINGTON, Jan. 10 —": month first
            r"|, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)",
            r"|^(?:\p{Lu}{2} )?\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}[.,]? ?[—–]",
            // "QUITO - ", "EL ALTO, Bolivia - ": a hyphen between spaces, the
            // country after a comma
            r"|^(?:\p{Lu}{2} )?\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}(?:, \p{Lu}[\p{L}]+(?: [\p{L}]+)?)? [-—–] ",
            // "SANTA CRUZ (Bolivia). —", "CÚCUTA (Colombia) —": the town's country in
            // brackets
            r"|^\p{Lu}{3,}(?: \p{Lu}{2,}){0,2},? \(\p{Lu}[\p{L}]+(?: [\p{L}]+){0,2}\)[.,]? ?[—–-]",
            // "CALAMA (Chile), 16 de marzo. –": ... and the day after it
            r"|^\p{Lu}{3,}(?: \p{Lu}{2,}){0,2},? \(\p{Lu}[\p{L}]+(?: [\p{L}]+){0,2}\), \d{1,2}(?:º|°)?(?: de)? \p{L}+\.? ?[—–-]"
        ))
        .expect("valid regex")
    });
    DATELINE.is_match(s)
}

/// "7pm", "19:00", "19.00-21.00": a schedule, not a dateline.
fn has_clock_time(s: &str) -> bool {
    static CLOCK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h(?-u:\b)|hs(?-u:\b)|hrs(?-u:\b))|(?-u:\b)\d{1,2}[:.]\d{2}(?-u:\b)").expect("valid regex")
    });
    CLOCK.is_match(s)
}

/// Is this short line title-like: no final period, capital start, not ending on a function word?
fn is_title_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 30 || s.len() > 250 {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_numeric() || "\"“‘'¿¡«".contains(first)) {
        return false;
    }
    let last_char = s.chars().last().unwrap_or('.');
    if matches!(last_char, '.' | ',' | ';' | ':' | '-' | '–' | '(') && !s.ends_with("...") {
        return false;
    }
    if s.ends_with("...") || s.ends_with('…') {
        return false;
    }
    let last_word = words.last().copied().unwrap_or("");
    !(is_function_word(last_word) && words.len() > 1)
}

/// "NOTICE No. 38/2027 · Posted Tuesday 14 December 2027 · Hon. Secretary",
/// "PINNED AT THE REQUEST OF THE YOUTH ASSOCIATION · Sunday 12 December 2027": a
/// head of fields set apart by dots, bars, dashes or brackets, one of them little
/// but a day (a word such as "Posted" before it, a clock after it): the day the
/// entry below was posted, whether the line reads as the entry's headline or not.
pub(crate) fn dated_field_row(s: &str) -> bool {
    let s = clean(s);
    // (a cheap look first: a day in figures and a mark that sets fields apart)
    if !s.bytes().any(|b| b.is_ascii_digit())
        || !(s.contains(['·', '|', '(']) || s.contains(" – ") || s.contains(" — "))
    {
        return false;
    }
    // (not the page's own publication line, "Publicado el 4 de septiembre de 2027 ·
    // Descargar en PDF": when the whole page went out, not an entry of it)
    let lower = s.to_lowercase();
    if PUBLISHED.iter().any(|p| lower.starts_with(p)) {
        return false;
    }
    if s.split_whitespace().count() > 24 {
        return false;
    }
    // ("LA PETICIÓN (16 de agosto de 2027)": a short label and its day in brackets;
    // not a headline that ends with its day, "Demonstration Alert: ... (September 14,
    // 2027)")
    let bracketed_only =
        s.contains('(') && !s.contains(['·', '|']) && !s.contains(" – ") && !s.contains(" — ");
    if bracketed_only && s.split('(').next().unwrap_or(s).split_whitespace().count() > 4 {
        return false;
    }
    // ("BOLETIM CLÍNICO N.º 1 – Sábado, 7 de Agosto de 2027, 22h00": set apart by
    // a dash between spaces too)
    let fields: Vec<&str> = s
        .split(" – ")
        .flat_map(|f| f.split(" — "))
        .flat_map(|f| f.split(['·', '|', '(', ')']))
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    fields.len() >= 2
        && fields.iter().any(|f| {
            let day: Vec<_> = find_dates(f)
                .into_iter()
                .filter(|d| d.value.precision == cronica_types::Precision::Day)
                .collect();
            let [d] = day.as_slice() else { return false };
            let rest = f[..d.span.start]
                .split_whitespace()
                .chain(f[d.span.end..].split_whitespace())
                .filter(|w| {
                    !w.chars().any(|c| c.is_ascii_digit())
                        && !matches!(*w, "a.m." | "p.m." | "am" | "pm" | "h" | "horas" | ",")
                })
                .count();
            rest <= 3
        })
}

/// The keys of a message's date in a printed e-mail.
pub(crate) const MAIL_DATE_KEYS: &[&str] = &["Data", "Date", "Fecha", "Enviado", "Enviada", "Sent"];
/// The keys of a message's sender.
pub(crate) const MAIL_FROM_KEYS: &[&str] = &["De", "From", "Remitente", "Remetente"];
/// The keys of a message's subject.
pub(crate) const MAIL_SUBJECT_KEYS: &[&str] = &["Assunto", "Subject", "Asunto"];

/// A printed e-mail's header field ("De: Domingos Nsimba", "Subject: RE: ..."):
/// its key and value.
pub(crate) fn mail_field(s: &str) -> Option<(&str, &str)> {
    let s = clean(s);
    let (key, value) = s.split_once(':')?;
    (!key.is_empty() && key.len() <= 10 && key.chars().all(char::is_alphabetic))
        .then(|| (key, value.trim()))
}

/// Classifies one trimmed line.
pub fn classify(raw: &str) -> LineKind {
    let s = clean(raw);
    if s.is_empty() || s.chars().all(|c| "*-_=#~•·+. ".contains(c)) {
        return LineKind::Separator;
    }
    if is_url(s) {
        return LineKind::Url;
    }
    let lower = s.to_lowercase();
    let words = s.split_whitespace().count();
    if is_nav_row(s) {
        return LineKind::Boilerplate;
    }
    if words <= 60 && BOILER_PHRASES.iter().any(|p| lower.contains(p)) {
        return LineKind::Boilerplate;
    }
    // (the credit names people: "Reporting by Anjali Thapa", not "Reporting by
    // local media said ...")
    let credit = CREDIT_STARTS.iter().any(|p| {
        lower.starts_with(p)
            && s.get(p.len()..)
                .is_some_and(|r| p.ends_with(':') || first_char_upper(r.trim_start()))
    });
    if words <= 60 && credit {
        return LineKind::Boilerplate;
    }
    let head = lower.trim_end_matches([':', '.']).trim();
    if TEASER_HEADS.contains(&head) {
        return LineKind::Section { teasers: true };
    }
    // "Publicado em 10/09/2027 às 11h45 · Atualizado em ...", "Published on 3 May
    // 2027, 10:05": when the piece below was published, clock and all (not
    // "Publicado em Brasil de Fato", a note on where it first ran)
    if words <= 16 && PUBLISHED.iter().any(|p| lower.starts_with(p)) && !find_dates(s).is_empty() {
        return LineKind::Date;
    }
    // "Data: terça-feira, 3 de Agosto de 2027, 08:14", "Sent: Tuesday, 3 August
    // 2027 08:14": when a message of a printed thread was sent
    if words <= 16
        && mail_field(s).is_some_and(|(key, _)| MAIL_DATE_KEYS.contains(&key))
        && find_dates(s)
            .iter()
            .any(|d| d.value.precision == cronica_types::Precision::Day)
    {
        return LineKind::Date;
    }
    if words <= 16 && PUBLISHED_AT.iter().any(|p| lower.starts_with(p)) && has_clock_time(s) {
        return LineKind::Date;
    }
    // "Versão corrigida · Publicada originalmente na edição de quarta-feira, 15 de
    // setembro de 2027", "Originally published on 3 May 2027": the day the piece
    // below first ran, which its "yesterday" counts from
    if words <= 24
        && ORIGINALLY.iter().any(|p| lower.contains(p))
        && find_dates(s)
            .iter()
            .any(|d| d.value.precision == cronica_types::Precision::Day)
    {
        return LineKind::Date;
    }
    if words <= 40 && SOURCE_NOTES.iter().any(|p| lower.starts_with(p)) {
        return LineKind::SourceNote;
    }
    if is_byline(s) {
        return LineKind::Byline;
    }
    let dates = find_dates(s);
    if !dates.is_empty() && words <= 14 {
        let date_len: usize = dates.iter().map(|d| d.span.len()).sum();
        let rest_words = words.saturating_sub(
            dates
                .iter()
                .map(|d| d.span.text(s).split_whitespace().count())
                .sum(),
        );
        // (a month with no day takes a line nearly to itself: "What July 2011 taught
        // me" is a headline)
        let day = dates
            .iter()
            .any(|d| d.value.precision == cronica_types::Precision::Day);
        if rest_words <= if day { 7 } else { 2 }
            && date_len * 3 >= s.len() / 2
            && !has_clock_time(s)
        {
            return LineKind::Date;
        }
    }
    if let Some(text) = markdown_link_text(s) {
        return if text.split_whitespace().count() >= 3 {
            LineKind::Title
        } else {
            LineKind::Boilerplate
        };
    }
    // (the head of an entry posted at an hour: "NOTICE No. 34/2027 · Posted
    // Thursday 9 December 2027, 12:30 p.m. · Chairman")
    if !dates.is_empty() && has_clock_time(s) && !dated_field_row(s) {
        return LineKind::Body;
    }
    if is_all_caps(s) && s.ends_with('!') {
        return LineKind::Body;
    }
    if is_all_caps(s) && words <= 6 && !s.ends_with(['!', '?', '.']) {
        return LineKind::Section { teasers: false };
    }
    if is_title_like(s) {
        if words <= 3 && !s.ends_with(['!', '?']) {
            return LineKind::Label;
        }
        if words <= 3 {
            return LineKind::Body;
        }
        return LineKind::Title;
    }
    LineKind::Body
}

/// The non-empty lines of `text[body]`, classified.
pub fn lines(text: &str, body: Span) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut pos = body.start;
    for raw in text[body.start..body.end].split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let span = Span::new(start + lead, start + lead + trimmed.len());
        let kind = classify(trimmed);
        let dates = find_dates(trimmed)
            .into_iter()
            .map(|d| FoundDate {
                span: d.span.offset(span.start),
                value: d.value,
            })
            .collect();
        out.push(Line {
            span,
            kind,
            dates,
            words: trimmed.split_whitespace().count(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use LineKind::*;

    #[test]
    fn a_wire_storys_credits_are_furniture() {
        assert_eq!(
            classify("Reporting by Anjali Thapa in Kathmandu; additional reporting by Nabin Lama in Pokhara; Editing by Martin Keane"),
            Boilerplate
        );
        assert_eq!(
            classify("Our Standards: The Trust Principles."),
            Boilerplate
        );
        assert_eq!(
            classify("Reporting by local media said the police fired tear gas at the crowd in the capital on Tuesday night, injuring at least twelve people."),
            Body
        );
    }

    #[test]
    fn a_publication_line_with_its_clock_is_a_date() {
        assert_eq!(classify("Publicado em 10/09/2027 às 11h45"), Date);
        assert_eq!(
            classify("Publicado em 17/09/2027 às 16h20 · Atualizado em 17/09/2027 às 18h05"),
            Date
        );
        assert_eq!(classify("Published on 3 May 2027, 10:05"), Date);
        assert_eq!(classify("Publicado em Brasil de Fato"), SourceNote);
    }

    #[test]
    fn a_headline_naming_a_month_is_no_date_line() {
        assert_ne!(classify("What July 2011 taught me"), Date);
        assert_eq!(classify("Tuesday, June 15, 2027"), Date);
        assert_eq!(
            classify("Data: terça-feira, 3 de Agosto de 2027, 08:14"),
            Date
        );
        assert_eq!(classify("Sent: Tuesday, 3 August 2027 08:14"), Date);
        assert!(dated_field_row(
            "NOTICE No. 38/2027 · Posted Tuesday 14 December 2027 · Hon. Secretary"
        ));
        assert!(dated_field_row(
            "NOTICE No. 34/2027 · Posted Thursday 9 December 2027, 12:30 p.m. · Chairman"
        ));
        assert!(dated_field_row("LA PETICIÓN (16 de agosto de 2027)"));
        assert!(!dated_field_row(
            "Publicado el 4 de septiembre de 2027 · Descargar en PDF"
        ));
        assert!(dated_field_row(
            "BOLETIM CLÍNICO N.º 2 – Domingo, 8 de Agosto de 2027, 12h00"
        ));
        assert!(!dated_field_row("RAZONES PARA FIRMAR (3 de 412)"));
        assert!(!dated_field_row(
            "Demonstration Alert: Planned Demonstrations in Addis Ababa (September 14, 2027)"
        ));
        assert!(!dated_field_row(
            "Protests spread · what the strike on 14 December 2027 changed for traders"
        ));
        assert_eq!(classify("Praia, 30 de Dezembro de 2027 · Redacção"), Date);
    }

    #[test]
    fn a_menu_between_bars_is_furniture() {
        assert_eq!(
            classify("Início | Quem somos | Campanhas | Agenda | Contactos | Apoiar"),
            Boilerplate
        );
        assert_ne!(
            classify("Publicado a 21 de outubro de 2027 | Partilhar: Facebook | Instagram"),
            Boilerplate
        );
        assert_eq!(
            classify("Para apoiar as famílias retidas, use o IBAN indicado na página Apoiar."),
            Boilerplate
        );
        assert_eq!(classify("Press releases > Guinea-Bissau"), Boilerplate);
        assert_eq!(classify("Inicio » Noticias » Perú"), Boilerplate);
    }

    #[test]
    fn titles_and_body() {
        assert_eq!(
            classify("Trump Declares Support for Coup in Bolivia"),
            Title
        );
        assert_eq!(classify("End of the Nightmare in Brazil?"), Title);
        assert_eq!(
            classify("Miles de personas marchan en Lima contra el Congreso"),
            Title
        );
        assert_eq!(
            classify("The president spoke to reporters on Monday."),
            Body
        );
        assert_eq!(
            classify("They forced concessions from a neo-liberal government and"),
            Body
        );
        assert_eq!(classify("this meeting notes that:"), Body);
        assert_eq!(classify("  • We call on the leader of the party"), Body);
        assert_eq!(classify("Hands off Venezuela!"), Body);
    }

    #[test]
    fn labels_sections_and_separators() {
        assert_eq!(classify("Latin America"), Label);
        assert_eq!(classify("MOST RECENT"), Section { teasers: true });
        assert_eq!(classify("Leia também"), Section { teasers: true });
        assert_eq!(classify("POLÍTICA NACIONAL"), Section { teasers: false });
        assert_eq!(classify("FOR A CONSTITUENT NATIONAL ASSEMBLY!"), Body);
        assert_eq!(classify("###"), Separator);
        assert_eq!(classify("* * *"), Separator);
    }

    #[test]
    fn news_datelines_open_paragraphs() {
        for s in [
            "Puno, 12 dic. Los manifestantes bloquearon la carretera.",
            "Andahuaylas, 12 de diciembre. Dos jóvenes murieron.",
            "Quito (AFP) — La policía detuvo a diez personas.",
            "CARACAS — The National Assembly met on Tuesday.",
            "LIMA, Peru (AP) — Protesters blocked roads on Monday.",
            "São Paulo, 10 jun. Milhares de estudantes protestaram.",
            "BUENOS AIRES. — La CGT anunció un paro general.",
            "LISBOA, — A CPLP condenou a tentativa.",
            "LIMA, Dec 15 (Reuters) — The death toll rose to 18.",
            "WASHINGTON, Jan. 10 — The State Department said it would act.",
            "SANTA CRUZ (Bolivia). — Efectivos de la Policía despejaron el bloqueo.",
            "CÚCUTA (Colombia). — Hombres armados asesinaron a un líder.",
            "QUITO - Ecuador's largest indigenous organisation called a strike.",
            "EL ALTO, Bolivia - A judge ordered the release of the leader.",
            "LA PAZ — The police cleared the road.",
            "CALAMA (Chile), 16 de marzo. – Trabajadores bloquearon el acceso.",
        ] {
            assert!(opens_with_dateline(s), "{s}");
        }
        for s in [
            "Police arrested ten people in Lima on Monday.",
            "Lima, the capital, was calm.",
            "The US said it would act.",
            "PARIS-based groups said the strike would go on.",
        ] {
            assert!(!opens_with_dateline(s), "{s}");
        }
    }

    #[test]
    fn bylines_and_datelines() {
        assert_eq!(
            classify("By Jorge Martin, published on 23 January 2019"),
            Byline
        );
        assert_eq!(classify("Por María Fernández"), Byline);
        assert_eq!(classify("November 12, 2019"), Date);
        assert_eq!(classify("Publication date: Saturday 3 January 2026"), Date);
        assert_eq!(classify("Lima, 13 de diciembre de 2022"), Date);
        assert_eq!(classify("[Stop Trump Coalition](#), 3 January 2026"), Date);
        assert_eq!(classify("Wednesday 22 February 2023. 7pm-9pm"), Body);
        assert_eq!(
            classify("The march on 3 January 2026 drew thousands of people to the capital."),
            Body
        );
    }

    #[test]
    fn furniture() {
        assert_eq!(classify("Facebook Twitter Share"), Boilerplate);
        assert_eq!(
            classify("Compartir: Facebook | WhatsApp | Email"),
            Boilerplate
        );
        assert_eq!(
            classify("**Copyright © International Viewpoint - All rights"),
            Boilerplate
        );
        assert_eq!(classify("<https://example.org/a/b?c=1>"), Url);
        assert_eq!(classify("Originally published on the website:"), SourceNote);
        assert_eq!(
            classify("Publicado originalmente en Brasil de Fato"),
            SourceNote
        );
    }

    #[test]
    fn names_and_title_case() {
        assert!(is_name("Ana Rivera"));
        assert!(is_name("María Isabel Altamirano"));
        assert!(!is_name("The capitalist world"));
        assert!(title_case_ratio("The Fight against Javier Milei Has Set The Stage") > 0.8);
        assert!(title_case_ratio("A square in Argentina is full of protesters") < 0.5);
    }

    #[test]
    fn lines_keep_spans() {
        let text = "Head\n\n  Body line here.\nnext\n";
        let ls = lines(text, Span::new(0, text.len()));
        assert_eq!(ls.len(), 3);
        assert_eq!(ls[1].span.text(text), "Body line here.");
        assert_eq!(ls[2].kind, LineKind::Body);
    }
}
