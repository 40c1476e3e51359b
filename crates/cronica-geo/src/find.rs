//! Finding place names and demonyms in running text.
//!
//! Names are matched longest-first over capitalised words; lower-case words
//! start a match only for es/pt demonyms ("los manifestantes peruanos"). A match
//! that is a frequent capitalised word, part of a longer proper noun ("Bank of
//! England", "Ingram Street") or a person's name ("Mr Lima") is dropped unless
//! it names a country or region.

use std::cell::{Cell, OnceCell};

use cronica_types::{Entity, EntityLabel, Lang, Span};

use crate::fold::{words, Word};
use crate::fx::{FxMap, FxSet};
use crate::gazetteer::{Cursor, Gazetteer, Hit, Kind};
use crate::resolve::{choose, Toponym};

/// Institutions and parties that are never the town some of them are also named
/// for ("Congress", Arizona; "Hamas", an old name of Hamm). Folded forms.
const INSTITUTIONS: &[&str] = &[
    "congress",
    "congreso",
    "congresso",
    "senate",
    "senado",
    "parliament",
    "parlamento",
    "court",
    "tribunal",
    "council",
    "government",
    "gobierno",
    "governo",
    "police",
    "policia",
    "army",
    "ejercito",
    "exercito",
    "hamas",
    "wagner",
];

/// Capitalised words that are common words or titles first and place names a
/// distant second ("May", "Police", "Para", "Sur"). Folded forms.
const STOPLIST: &[&str] = &[
    // function words that start sentences
    // ("Cerca de 300 moradores": about, not the Angolan town)
    "cerca",
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "we",
    "they",
    "i",
    "you",
    "his",
    "her",
    "our",
    "their",
    "my",
    "in",
    "on",
    "at",
    "of",
    "to",
    "for",
    "from",
    "by",
    "with",
    "as",
    "and",
    "or",
    "but",
    "if",
    "so",
    "not",
    "no",
    "yes",
    "all",
    "after",
    "before",
    "when",
    "while",
    "since",
    "most",
    "more",
    "many",
    "some",
    "one",
    "two",
    "also",
    "there",
    "here",
    "then",
    "what",
    "who",
    "how",
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "de",
    "del",
    "en",
    "y",
    "e",
    "o",
    "u",
    "con",
    "sin",
    "por",
    "para",
    "pero",
    "que",
    "como",
    "mas",
    "muy",
    "este",
    "esta",
    "ese",
    "esa",
    "todo",
    "todos",
    "ya",
    "se",
    "os",
    "as",
    "um",
    "uma",
    "do",
    "da",
    "dos",
    "das",
    "em",
    "no",
    "na",
    "nos",
    "nas",
    "com",
    "sem",
    "pelo",
    "pela",
    "mais",
    "ao",
    "aos",
    "isso",
    "isto",
    "ele",
    "ela",
    "eles",
    "elas",
    "sao",
    "foi",
    "ser",
    "bem",
    // ("Sus familiares", "Paro cívico en Buenaventura": a possessive, a strike)
    "sus",
    "su",
    "nuestro",
    "nuestra",
    "nosso",
    "nossa",
    "seu",
    "sua",
    "seus",
    "suas",
    "tras",
    "entre",
    "desde",
    "hasta",
    "hacia",
    "sobre",
    "segun",
    "durante",
    "ante",
    "bajo",
    "cada",
    "otro",
    "otra",
    "paro",
    "huelga",
    "greve",
    "marcha",
    "protesta",
    // months and days
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janeiro",
    "fevereiro",
    "marco",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "segunda",
    "terca",
    "quarta",
    "quinta",
    "sexta",
    // titles, institutions, common nouns
    "mr",
    "mrs",
    "ms",
    "dr",
    "sr",
    "sra",
    "srta",
    "st",
    "pope",
    "papa",
    "president",
    "presidente",
    "presidenta",
    "minister",
    "ministro",
    "ministra",
    "governor",
    "gobernador",
    "governador",
    "mayor",
    "alcalde",
    "prefeito",
    "general",
    "police",
    "policia",
    "bank",
    "banco",
    "street",
    "calle",
    "rua",
    "avenue",
    "avenida",
    "road",
    "union",
    "union",
    "uniao",
    "central",
    "centro",
    "center",
    "centre",
    "mar",
    "sur",
    "sul",
    "norte",
    "north",
    "south",
    "east",
    "west",
    "este",
    "oeste",
    "leste",
    "new",
    "nuevo",
    "nueva",
    "novo",
    "nova",
    "san",
    "santa",
    "santo",
    "city",
    "ciudad",
    "cidade",
    "state",
    "estado",
    "republic",
    "republica",
    "national",
    "nacional",
    "government",
    "gobierno",
    "governo",
    "party",
    "partido",
    "army",
    "ejercito",
    "exercito",
    "congress",
    "congreso",
    "congresso",
    "senate",
    "senado",
    "court",
    "corte",
    "tribunal",
    "supreme",
    "federal",
    "council",
    "consejo",
    "conselho",
    "university",
    "universidad",
    "universidade",
    "school",
    "church",
    "iglesia",
    "igreja",
    "hospital",
    "airport",
    "aeropuerto",
    "aeroporto",
    "port",
    "puerto",
    "porto",
    "river",
    "rio",
    "lake",
    "lago",
    "mount",
    "monte",
    "valley",
    "valle",
    "island",
    "isla",
    "ilha",
    "beach",
    "playa",
    "praia",
    "park",
    "parque",
    "plaza",
    "praca",
    "largo",
    "square",
    "market",
    "mercado",
    "office",
    "house",
    "casa",
    "palacio",
    "palace",
    "home",
    "press",
    "news",
    "times",
    "post",
    "radio",
    "media",
    "world",
    "mundo",
    "global",
    "international",
    "internacional",
    "europa",
    "democracy",
    "liberty",
    "libertad",
    "independence",
    "victory",
    "victoria",
    "esperanza",
    "paz",
    "progreso",
    "progress",
    "reforma",
    "concordia",
    "providence",
    "unity",
    "hope",
    "mission",
    "mision",
    "orange",
    "mobile",
    "reading",
    "nice",
    "bath",
    "split",
    "deal",
    "best",
    "born",
    "man",
    "long",
    "said",
    "say",
    "van",
    "bar",
    "male",
    "salt",
    "sale",
    "must",
    "gap",
    "ore",
    "will",
    "good",
    "royal",
    "real",
    "grand",
    "gran",
    "grande",
    "alto",
    "bajo",
    "baixo",
    "villa",
    "vila",
    "pueblo",
    "union",
    "federation",
    "federacion",
    "embassy",
    "embajada",
    "embaixada",
    "prison",
    "carcel",
    "jail",
    "station",
    "capital",
    "interior",
    "media",
    "agency",
    "agencia",
    "ministry",
    "ministerio",
    "department",
    "departamento",
    "commission",
    "comision",
    "comissao",
    "committee",
    "comite",
    "assembly",
    "asamblea",
    "assembleia",
    "social",
    "popular",
    "democratic",
    "democratico",
    "liberal",
    "national",
    "patria",
    "justice",
    "justicia",
    "justica",
    "security",
    "seguridad",
    "seguranca",
    "defense",
    "defensa",
    "defesa",
    "health",
    "salud",
    "saude",
    "education",
    "trade",
    "comercio",
    "energy",
    "energia",
    "oil",
    "petroleo",
    "gas",
    "water",
    "agua",
    "fire",
    "fuego",
    "fogo",
    "power",
    "poder",
    "guard",
    "guardia",
    "guarda",
    "march",
    "marcha",
    "strike",
    "huelga",
    "greve",
    "crisis",
    "crise",
    "war",
    "guerra",
    "peace",
    "forces",
    "fuerzas",
    "forcas",
    "front",
    "frente",
    "movement",
    "movimiento",
    "movimento",
    "alliance",
    "alianza",
    "alianca",
    "council",
    "ocean",
    "oceano",
    "gulf",
    "golfo",
    "bay",
    "bahia",
    "coast",
    "costa",
    "cape",
    "cabo",
    "industry",
    "industria",
    "chad",
    "jordan",
    "victor",
    "max",
    "ali",
    "jose",
    "maria",
    "ana",
    "juan",
    "luis",
    "carlos",
    "pedro",
    "silva",
    "sousa",
    "souza",
    "oliveira",
    "pereira",
    "ferreira",
    "rodrigues",
    "alves",
    "martins",
    "gomes",
    "ribeiro",
    "carvalho",
    "lopez",
    "garcia",
    "gonzalez",
    "rodriguez",
    "fernandez",
    "perez",
    "sanchez",
    "ramirez",
    "torres",
    "flores",
    "rivera",
    "gomez",
    "diaz",
    "cruz",
    "morales",
    "reyes",
    "ortiz",
    "castillo",
    "mendoza",
    "dolores",
    "mercedes",
    "lourdes",
    "soledad",
    "pilar",
    "florence",
    "charlotte",
    "elizabeth",
    "jackson",
    // landforms written with a capital as common nouns
    "highlands",
    "lowlands",
    "plains",
    "hills",
    "mountains",
    "islands",
    "delta",
    "desert",
    "jungle",
    "selva",
    "sierra",
    "cordillera",
    "bay",
    "western",
    "eastern",
    "northern",
    "southern",
    // the wires' month abbreviations ("BISSAU, Nov 26 (AFP)")
    "jan",
    "feb",
    "apr",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    // phrases
    "white house",
    "casa blanca",
    "casa branca",
    "casa rosada",
];

/// Whether a single capitalised word, folded, is a common word or title first
/// and a place name a distant second ("Largo", "Centro", "May").
pub fn is_common_word(folded: &str) -> bool {
    contains(STOPLIST, folded)
}

/// Whether a single word, folded, names an institution or a party, never a place
/// ("Congress", "Hamas").
pub fn is_institution(folded: &str) -> bool {
    INSTITUTIONS.contains(&folded)
}

/// A common word (folded) for a site that a name follows ("la plaza San Martín de
/// Lima", "Praça dos Três Poderes", "el aeropuerto Inca Manco Cápac de Juliaca"):
/// the town after the site's "de" is a place.
pub fn is_site_noun(folded: &str) -> bool {
    matches!(
        folded,
        "plaza"
            | "avenida"
            | "calle"
            | "parque"
            | "praca"
            | "rua"
            | "largo"
            | "square"
            | "avenue"
            | "street"
            | "park"
            | "aeropuerto"
            | "aeroporto"
            | "airport"
            | "puente"
            | "ponte"
            | "estadio"
            | "stadium"
    )
}

/// Capitalised words that name a place's type: they may stand next to a
/// place name without making it part of another proper noun.
const PLACE_HEADS: &[&str] = &[
    "city",
    "ciudad",
    "cidade",
    "province",
    "provincia",
    "region",
    "state",
    "estado",
    "department",
    "departamento",
    "county",
    "condado",
    "municipality",
    "municipio",
    "district",
    "distrito",
    "town",
    "village",
    "capital",
    "metropolitan",
    "greater",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "upper",
    "lower",
    "downtown",
    "comuna",
    "canton",
    "parish",
    "borough",
];

/// Words before a name that mark it as a person's ("Mr Lima", "Presidente Lima").
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sr",
    "sra",
    "srta",
    "dona",
    "don",
    "dom",
    "sir",
    "lady",
    "lord",
    "pope",
    "papa",
    "president",
    "presidente",
    "presidenta",
    "minister",
    "ministro",
    "ministra",
    "senator",
    "senador",
    "senadora",
    "deputy",
    "diputado",
    "deputado",
    "governor",
    "gobernador",
    "governador",
    "mayor",
    "alcalde",
    "prefeito",
    "general",
    "gen",
    "col",
    "colonel",
    "coronel",
    "captain",
    "capitan",
    "capitao",
    "judge",
    "juez",
    "juiz",
    "father",
    "padre",
    "saint",
    "st",
    "san",
    "santa",
    "santo",
    "sao",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "prof",
    "professor",
    "profesor",
    // comrades, leaders and trades written before a person's name ("el compañero
    // Benítez", "o companheiro Lima", "activist Mendoza")
    "companero",
    "companera",
    "companheiro",
    "companheira",
    "comrade",
    "comandante",
    "dirigente",
    "lider",
    "cacique",
    "activist",
    "activista",
    "ativista",
    "journalist",
    "periodista",
    "jornalista",
    "lawyer",
    "abogado",
    "abogada",
    "advogado",
    "advogada",
    "bishop",
    "obispo",
    "bispo",
    "monsenor",
    "fray",
    "frei",
];

/// Words before a name that mark it as a place ("in Lima", "de Lima").
const LOCATIVES: &[&str] = &[
    "in", "at", "from", "to", "near", "into", "across", "outside", "inside", "around", "toward",
    "towards", "en", "desde", "hacia", "hasta", "cerca", "em", "no", "na", "para", "perto", "de",
    "del", "do", "da", "sobre", "entre", "por", "pelo", "pela", "ao", "a", "al",
];

/// Articles that may stand between a preposition and a name ("sobre o Porto").
const ARTICLES: &[&str] = &["the", "el", "la", "los", "las", "o", "a", "os", "as"];

fn contains(list: &[&str], w: &str) -> bool {
    // The long lists are looked up through sets built once.
    struct Sets {
        stoplist: FxSet<&'static str>,
        titles: FxSet<&'static str>,
        place_heads: FxSet<&'static str>,
        locatives: FxSet<&'static str>,
    }
    static SETS: std::sync::OnceLock<Sets> = std::sync::OnceLock::new();
    let sets = SETS.get_or_init(|| Sets {
        stoplist: STOPLIST.iter().copied().collect(),
        titles: TITLES.iter().copied().collect(),
        place_heads: PLACE_HEADS.iter().copied().collect(),
        locatives: LOCATIVES.iter().copied().collect(),
    });
    let set = if std::ptr::eq(list, STOPLIST) {
        &sets.stoplist
    } else if std::ptr::eq(list, TITLES) {
        &sets.titles
    } else if std::ptr::eq(list, PLACE_HEADS) {
        &sets.place_heads
    } else if std::ptr::eq(list, LOCATIVES) {
        &sets.locatives
    } else {
        return list.contains(&w);
    };
    set.contains(w)
}

/// One name found in text, before resolution.
#[derive(Debug, Clone)]
pub(crate) struct Match {
    pub span: Span,
    pub hits: Vec<Hit>,
}

/// How the words of the text are written elsewhere in it.
struct Seen<'a, 'g> {
    g: &'g Gazetteer,
    slice: &'a str,
    ws: &'a [Word<'a>],
    tables: OnceCell<Tables<'a>>,
}

/// A word the text writes capitalised: where it first does, and what the
/// text says of it once asked.
struct CapWord {
    first: u32,
    surname: Cell<Option<bool>>,
    cap_mid: Cell<Option<bool>>,
}

/// The capitalised words of a text, and which of them it also writes in
/// lower case.
struct Tables<'a> {
    caps: FxMap<&'a str, CapWord>,
    /// The next position of the same capitalised word.
    next_same: Vec<u32>,
    lower: FxSet<&'a str>,
}

const NO_WORD: u32 = u32::MAX;

/// A cheap sieve over words: which (length, first and last byte) shapes the
/// capitalised words have.
fn shape(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (
        b.first().copied().unwrap_or(0),
        b.last().copied().unwrap_or(0),
    );
    (b.len() * 31 + usize::from(first) * 7 + usize::from(last)) & 255
}

impl<'a> Tables<'a> {
    fn new(ws: &'a [Word<'a>]) -> Self {
        let mut caps: FxMap<&'a str, CapWord> = FxMap::default();
        let mut next_same = vec![NO_WORD; ws.len()];
        let mut shapes = [0u64; 4];
        for (k, w) in ws.iter().enumerate().rev() {
            if !w.capitalized {
                continue;
            }
            let f = w.folded.as_str();
            let sh = shape(f);
            shapes[sh >> 6] |= 1 << (sh & 63);
            let e = caps.entry(f).or_insert(CapWord {
                first: NO_WORD,
                surname: Cell::new(None),
                cap_mid: Cell::new(None),
            });
            next_same[k] = e.first;
            e.first = k as u32;
        }
        let mut lower = FxSet::default();
        for w in ws.iter().filter(|w| !w.capitalized) {
            let f = w.folded.as_str();
            let sh = shape(f);
            if shapes[sh >> 6] & (1 << (sh & 63)) != 0 && caps.contains_key(f) {
                lower.insert(f);
            }
        }
        Tables {
            caps,
            next_same,
            lower,
        }
    }

    /// The positions where capitalised word `cw` is written.
    fn positions(&self, cw: &CapWord) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(cw.first).filter(|&k| k != NO_WORD), |&k| {
            Some(self.next_same[k as usize]).filter(|&n| n != NO_WORD)
        })
        .map(|k| k as usize)
    }
}

/// Each table is made the first time a name asks for it.
impl<'a> Seen<'a, '_> {
    fn tables(&self) -> &Tables<'a> {
        self.tables.get_or_init(|| Tables::new(self.ws))
    }

    /// Whether `w` is written in lower case somewhere.
    fn lower(&self, w: &str) -> bool {
        let t = self.tables();
        if t.caps.contains_key(w) {
            t.lower.contains(w)
        } else {
            self.ws.iter().any(|x| !x.capitalized && x.folded == w)
        }
    }

    /// Whether `w` is written capitalised somewhere other than at a sentence
    /// start.
    fn cap_mid(&self, w: &str) -> bool {
        let t = self.tables();
        let Some(cw) = t.caps.get(w) else {
            return false;
        };
        if let Some(known) = cw.cap_mid.get() {
            return known;
        }
        let v = t
            .positions(cw)
            .any(|k| !sentence_initial(self.slice, self.ws[k].start));
        cw.cap_mid.set(Some(v));
        v
    }

    /// Whether `w` follows a first name or a title somewhere ("Marco Rubio",
    /// "Mr Lima"): a surname in this text.
    fn surname(&self, w: &str) -> bool {
        let t = self.tables();
        let Some(cw) = t.caps.get(w) else {
            return false;
        };
        if let Some(known) = cw.surname.get() {
            return known;
        }
        let v = t
            .positions(cw)
            .any(|k| k > 0 && is_surname(self.g, self.slice, &self.ws[k - 1], &self.ws[k]));
        cw.surname.set(Some(v));
        v
    }
}

/// Whether capitalised word `w` is used as a surname after word `p`: `p` is
/// a title, or a capitalised word that is neither a place nor part of a
/// place's name.
fn is_surname(g: &Gazetteer, slice: &str, p: &Word, w: &Word) -> bool {
    if !(p.capitalized && w.capitalized) || &slice[p.end..w.start] != " " {
        return false;
    }
    if contains(TITLES, &p.folded) {
        return true;
    }
    // "In Lima", "The Hague": a function word starting the sentence.
    let opener = sentence_initial(slice, p.start) && contains(STOPLIST, &p.folded);
    if contains(PLACE_HEADS, &p.folded) || contains(LOCATIVES, &p.folded) || opener {
        return false;
    }
    let both = g
        .step(g.cursor(), p.folded.as_bytes())
        .and_then(|c| g.step(c, b" "))
        .and_then(|c| g.step(c, w.folded.as_bytes()));
    !both.is_some_and(|c| g.continues(c) || !g.hits_at(c).is_empty())
}

/// Whether `at` starts a sentence: nothing but spaces, quotes and brackets
/// lie between it and the previous sentence end or the start of `text`.
fn sentence_initial(text: &str, at: usize) -> bool {
    for c in text[..at].chars().rev() {
        match c {
            ' ' | '"' | '\'' | '“' | '‘' | '(' | '[' | '¿' | '¡' | '\t' | '\u{a0}' | '«' | '—'
            | '-' | '*' => {}
            '.' | '!' | '?' | '\n' | ':' | ';' => return true,
            _ => return false,
        }
    }
    true
}

/// Matches gazetteer names inside `span` of `text`, longest first.
pub(crate) fn matches(g: &Gazetteer, text: &str, span: Span, lang: Lang) -> Vec<Match> {
    let slice = &text[span.start..span.end];
    matches_words(g, slice, span.start, &words(slice), lang)
}

/// [`matches`] over `slice`, the part of a text that starts at byte `base`,
/// whose words are `ws`.
pub(crate) fn matches_words(
    g: &Gazetteer,
    slice: &str,
    base: usize,
    ws: &[Word],
    lang: Lang,
) -> Vec<Match> {
    let seen = Seen {
        g,
        slice,
        ws,
        tables: OnceCell::new(),
    };
    // Where the first word of a name leads in the index, by word.
    let mut first_steps: FxMap<&str, Option<Cursor>> = FxMap::default();
    let lower_demonyms = matches!(lang, Lang::Es | Lang::Pt);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        if !w.capitalized && !lower_demonyms {
            i += 1;
            continue;
        }
        // The longest run of joined words starting here.
        let mut run = 1;
        while run < g.max_words && i + run < ws.len() && ws[i + run].joins_previous {
            run += 1;
        }
        // Grow the name word by word while some indexed name still starts
        // with it; keep the longest that is a name.
        let mut found: Option<(usize, Vec<Hit>)> = None;
        let mut at = Some(g.cursor());
        for len in 1..=run {
            let last = &ws[i + len - 1];
            if len > 1 {
                at = at.and_then(|c| g.step(c, b" "));
            }
            let stepped = if len == 1 {
                *first_steps
                    .entry(last.folded.as_str())
                    .or_insert_with(|| g.step(g.cursor(), last.folded.as_bytes()))
            } else {
                at.and_then(|c| g.step(c, last.folded.as_bytes()))
            };
            // No indexed name starts with these words.
            let Some(c) = stepped else {
                break;
            };
            at = Some(c);
            if len == 1 || (last.capitalized && w.capitalized) {
                let hits = g.hits_at(c);
                if !hits.is_empty() {
                    found = Some((len, hits));
                }
            }
            if len < run && !g.continues(c) {
                break;
            }
        }
        let Some((len, hits)) = found else {
            i += 1;
            continue;
        };
        let mut hits: Vec<Hit> = hits;
        if w.capitalized {
            hits = crate::resolve::places_first(g, hits);
            // Minor places (hamlets without a known population) only where
            // the text names their region or country right after them.
            if hits.iter().any(|h| g.is_minor(h)) {
                if hits.iter().all(|h| g.is_minor(h)) {
                    if !qualified_by_container(g, slice, ws, i + len) {
                        i += 1;
                        continue;
                    }
                } else {
                    hits.retain(|h| !g.is_minor(h));
                }
            }
        } else {
            hits.retain(|h| matches!(h, Hit::Demonym { .. }));
            if hits.is_empty() {
                i += 1;
                continue;
            }
        }
        // "Kabankalan City", "Sagay City": a town named with the word "City" after
        // it, where the gazetteer has the town alone
        if w.capitalized
            && ws
                .get(i + len)
                .is_some_and(|c| c.capitalized && c.joins_previous && c.folded.as_str() == "city")
            && slice[ws[i + len - 1].end..ws[i + len].start]
                .trim()
                .is_empty()
        {
            hits.retain(|h| matches!(h, Hit::Name { record, .. } if g.kind_of(*record) == crate::gazetteer::Kind::Town));
            if !hits.is_empty() {
                out.push(Match {
                    span: Span::new(base + w.start, base + ws[i + len].end),
                    hits,
                });
                i += len + 1;
                continue;
            }
            i += 1;
            continue;
        }
        if keep(g, slice, ws, i, len, &hits, &seen) {
            let last = &ws[i + len - 1];
            let mut end = last.end;
            // "U.S.", "EE.UU.": take the abbreviation's last dot.
            if last.folded.len() <= 2 && slice[end..].starts_with('.') && len > 1 {
                end += 1;
            }
            out.push(Match {
                span: Span::new(base + w.start, base + end),
                hits,
            });
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether the name of words `i..i+len` is a place here.
fn keep(
    g: &Gazetteer,
    slice: &str,
    ws: &[Word],
    i: usize,
    len: usize,
    hits: &[Hit],
    seen: &Seen,
) -> bool {
    let strong = hits.iter().any(|h| match *h {
        Hit::Demonym { .. } => true,
        Hit::Name { record, .. } => {
            matches!(g.kind_of(record), Kind::Country | Kind::WorldRegion)
        }
    });
    let regional = hits.iter().any(|h| match *h {
        Hit::Demonym { .. } => false,
        Hit::Name { record, .. } => g.kind_of(record) == Kind::Admin1,
    });
    let first = &ws[i];
    let raw = &slice[first.start..ws[i + len - 1].end];
    let prev = i.checked_sub(1).map(|p| &ws[p]);
    let next = ws.get(i + len);
    let prev_word = prev.map(|p| p.folded.as_str()).unwrap_or("");
    let initial = sentence_initial(slice, first.start);

    // Common phrases that are also someone's name for a place ("White
    // House", "Casa Blanca" for Casablanca).
    if len > 1
        && contains(
            STOPLIST,
            &ws[i..i + len]
                .iter()
                .map(|w| w.folded.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
    {
        return false;
    }
    // "Mataram o Raimundo", "Atacaron a los comuneros": a verb in the past plural
    // that opens a sentence, before its object's article, is no town of that name
    let plural_past = ["aram", "eram", "iram", "aron", "ieron"]
        .iter()
        .any(|e| first.folded.ends_with(e));
    if initial
        && len == 1
        && plural_past
        && next.is_some_and(|n| {
            matches!(
                n.folded.as_str(),
                "o" | "a" | "os" | "as" | "el" | "la" | "los" | "las" | "um" | "uma" | "un" | "una"
            )
        })
    {
        return false;
    }
    // A colour that names an alert level is no town ("nivel AMARILLO", "Alerta
    // Naranja", "Verde level"; not Amarillo, Texas).
    if len == 1
        && matches!(
            first.folded.as_str(),
            "amarillo" | "naranja" | "rojo" | "roja" | "verde" | "azul" | "rosa" | "blanco"
        )
        && (matches!(
            prev_word,
            "nivel" | "alerta" | "alert" | "level" | "codigo" | "code" | "semaforo" | "alarma"
        ) || next.is_some_and(|n| matches!(n.folded.as_str(), "alert" | "level")))
    {
        return false;
    }
    // A road's number is no place ("a BR-324", "la A-4", "US-1").
    let last_end = ws[i + len - 1].end;
    if slice[last_end..].starts_with('-')
        && slice[last_end + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    {
        return false;
    }
    // The name of a square, street or park is no town: "la plaza Murillo", "Plaza
    // de la Constitución", "Avenida de Mayo", "Praça da Sé" (but "la plaza de
    // Juliaca" is Juliaca's square, and "la plaza San Martín de Lima" is in Lima).
    if !strong && names_a_site(ws, i) {
        return false;
    }
    // Two-letter names only in capitals ("US", "UK"; not "Us").
    if len == 1 && raw.chars().count() == 2 && !raw.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    // A town's name that the text uses as a surname ("Marco Rubio ... Rubio said").
    if len == 1 && !strong && !regional && seen.surname(first.folded.as_str()) {
        return false;
    }
    // "Ministério da Saúde", "la ministra de Salud", "Ministry of Defence": a
    // portfolio, not a place
    if !strong
        && i >= 2
        && matches!(prev_word, "de" | "da" | "do" | "del" | "of" | "das" | "dos")
        && matches!(
            ws[i - 2].folded.as_str(),
            "ministerio"
                | "ministra"
                | "ministro"
                | "ministry"
                | "minister"
                | "secretaria"
                | "secretario"
                | "secretary"
                | "pasta"
                | "cartera"
        )
    {
        return false;
    }
    // A title before it makes it a person's name, whatever it is.
    if prev.is_some_and(|p| p.capitalized || p.joins_previous || first.joins_previous)
        && contains(TITLES, prev_word)
        && !strong
    {
        return false;
    }
    if len == 1 {
        let folded = first.folded.as_str();
        // (a mark tells "Pará" from "para", but "República" is the common word as
        // Spanish and Portuguese write it)
        let has_accent = !raw.is_ascii()
            && !matches!(
                folded,
                "republica" | "camara" | "uniao" | "nacao" | "regiao"
            );
        let direct_locative = prev.is_some_and(|p| !p.capitalized || initial_word(slice, p))
            && contains(LOCATIVES, prev_word);
        let locative = direct_locative
            || (i >= 2
                && contains(ARTICLES, prev_word)
                && !ws[i - 1].capitalized
                && contains(LOCATIVES, &ws[i - 2].folded));
        // "the Western hemisphere": a common word before a lower-case noun.
        let before_noun = next.is_some_and(|n| {
            !n.capitalized && n.folded.len() > 3 && &slice[first.end..n.start] == " "
        });
        if contains(STOPLIST, folded)
            && !has_accent
            && (!direct_locative || before_noun)
            && (!strong || initial)
        {
            return false;
        }
        // "outside Congress", "em frente ao Senado", "Hamas accused": an
        // institution or a party, even after a word of place
        if INSTITUTIONS.contains(&folded) && !has_accent {
            return false;
        }
        // "1.º de Maio", "9 de Octubre": a month after a day names a date
        let after_day = i >= 1
            && matches!(prev_word, "de" | "of")
            && slice[..ws[i - 1].start]
                .trim_end()
                .trim_end_matches(['º', 'ª', '°', '.'])
                .ends_with(|c: char| c.is_ascii_digit());
        if after_day && contains(STOPLIST, folded) {
            return false;
        }
        // "no Largo 1.º de Maio", "la Avenida 9 de Octubre": a common word that
        // heads a name with a date in it
        let before_number = next.is_some_and(|n| {
            slice[n.start..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        });
        if contains(STOPLIST, folded) && !has_accent && before_number {
            return false;
        }
        // A common word that the text also writes in lower case.
        if !strong && !locative && seen.lower(folded) {
            return false;
        }
        // "Bank of England", "Ministerio de Salud": a common word heading a name.
        let heads_name = contains(STOPLIST, folded)
            && next.is_some_and(|n| {
                matches!(
                    n.folded.as_str(),
                    "of" | "de" | "del" | "do" | "da" | "dos" | "das"
                )
            })
            && ws.get(i + 2).is_some_and(|n| n.capitalized);
        if heads_name && !strong {
            return false;
        }
        // "West Yorkshire", "Jordan Peterson": a common word before a name.
        if contains(STOPLIST, folded)
            && next.is_some_and(|n| n.joins_previous && n.capitalized)
            && !has_accent
        {
            return false;
        }
        // A small town's name starting a sentence needs the text to write it
        // capitalised somewhere else too, or a region after it.
        if initial && !strong && !regional && !seen.cap_mid(folded) {
            let big = hits.iter().any(|h| match *h {
                Hit::Name { record, .. } => g.population_of(record) >= 50_000,
                Hit::Demonym { .. } => true,
            });
            let qualified =
                slice[ws[i].end..].starts_with(", ") && next.is_some_and(|n| n.capitalized);
            if !big && !qualified {
                return false;
            }
        }
        // All-capital short words are acronyms unless they name a country, or open
        // a dateline ("LIMA, 11 de enero.", "ROMA (AFP) —").
        let dateline = initial && {
            let after = &slice[ws[i].end..];
            after.starts_with(", ") || after.starts_with(" (") || after.starts_with(" —")
        };
        if !strong && raw.len() <= 4 && raw.chars().all(|c| c.is_uppercase()) && !dateline {
            return false;
        }
    }
    // "at American House in East Legon", "Spanish Road": a people's name that heads
    // a site's name is that site, no word about the people's country
    let demonym_only = hits.iter().all(|h| matches!(h, Hit::Demonym { .. }));
    if demonym_only
        && next.is_some_and(|n| {
            n.joins_previous
                && n.capitalized
                && (is_site_noun(&n.folded)
                    || matches!(
                        n.folded.as_str(),
                        "house"
                            | "road"
                            | "junction"
                            | "roundabout"
                            | "hotel"
                            | "market"
                            | "quarter"
                    ))
        })
    {
        return false;
    }
    if strong {
        return true;
    }
    // "Florença, Itália", "Juliaca, Puno": a country or region right after a
    // comma vouches for the name.
    if qualified_by_container(g, slice, ws, i + len) {
        return true;
    }
    // Inside a longer proper noun: "Ingram Street", "Paris Hilton", "Nelson Lima".
    if let Some(n) = next {
        if n.joins_previous && n.capitalized && !contains(PLACE_HEADS, &n.folded) {
            return false;
        }
        // "St. Peter's Square": a small town's name owning a proper noun.
        let owns_name = n.folded == "s"
            && n.joins_previous
            && ws
                .get(i + len + 1)
                .is_some_and(|m| m.capitalized && m.joins_previous);
        let small = hits.iter().all(|h| match *h {
            Hit::Name { record, .. } => g.population_of(record) < 100_000,
            Hit::Demonym { .. } => false,
        });
        if owns_name && small {
            return false;
        }
    }
    if let Some(p) = prev {
        let context_word = contains(PLACE_HEADS, &p.folded)
            || contains(LOCATIVES, &p.folded)
            || (initial_word(slice, p) && contains(STOPLIST, &p.folded));
        if first.joins_previous && p.capitalized && !context_word {
            return false;
        }
        // "Maarat al-Numan", "Ras al-Ain": the tail of a name joined by an Arabic
        // article is no town of its own
        if first.joins_previous
            && &slice[p.end..first.start] == "-"
            && matches!(
                p.folded.as_str(),
                "al" | "el"
                    | "ad"
                    | "ar"
                    | "as"
                    | "ash"
                    | "at"
                    | "az"
                    | "an"
                    | "ul"
                    | "bin"
                    | "ibn"
            )
        {
            return false;
        }
        // "Bank of England": a proper noun, "of", then the name.
        if matches!(prev_word, "of" | "de" | "del" | "do" | "da" | "dos" | "das") && i >= 2 {
            let pp = &ws[i - 2];
            // "Governor of Texas", "State of Wisconsin" stay places; so does the town
            // of a site named before it ("la plaza San Martín de Lima")
            let mut start = i - 2;
            while start > 0 && ws[start - 1].capitalized && ws[start].joins_previous {
                start -= 1;
            }
            let site = start > 0
                && !ws[start - 1].capitalized
                && is_site_noun(ws[start - 1].folded.as_ref());
            if pp.capitalized
                && !contains(PLACE_HEADS, &pp.folded)
                && !contains(TITLES, &pp.folded)
                && !initial_word(slice, pp)
                && !site
            {
                return false;
            }
        }
    }
    let _ = initial;
    true
}

/// A common word (folded) for a town's quarter that a name follows ("el sector
/// Cienfuegos", "o bairro Jardim América").
pub(crate) fn is_quarter_word(folded: &str) -> bool {
    matches!(
        folded,
        "sector"
            | "barrio"
            | "bairro"
            | "colonia"
            | "reparto"
            | "urbanizacion"
            | "vereda"
            | "caserio"
            | "asentamiento"
            | "favela"
    )
}

/// Whether the name that starts at word `i` is the name of the square, street or
/// park a common word before it names: that word right before it, or before "de
/// la", "del", "dos", "da" ..., or, written with a capital, before a bare "de".
fn names_a_site(ws: &[Word], i: usize) -> bool {
    let street = |w: &Word| {
        matches!(
            w.folded.as_str(),
            "plaza"
                | "praca"
                | "avenida"
                | "calle"
                | "rua"
                | "parque"
                | "largo"
                | "square"
                | "avenue"
                | "street"
                | "park"
        )
    };
    // (the words in a row: "George Square, Glasgow" is in Glasgow)
    let joined = |from: usize| (from..=i).all(|k| ws[k].joins_previous);
    let Some(p) = i.checked_sub(1).map(|k| &ws[k]) else {
        return false;
    };
    if street(p) && joined(i) {
        return true;
    }
    // ("el contrato de exploración minera en cerro Colorado", "no rio Xingu":
    // a hill, a river or a lake a common word names is no town nor state)
    let feature = |w: &Word| {
        // ... nor a town's quarter: "el sector Cienfuegos, en el norte de
        // Santiago", "o bairro Jardim América"
        !w.capitalized
            && (is_quarter_word(&w.folded)
                || matches!(
                    w.folded.as_str(),
                    "cerro"
                        | "rio"
                        | "lago"
                        | "laguna"
                        | "lagoa"
                        | "volcan"
                        | "serra"
                        | "sierra"
                        | "cordillera"
                        | "morro"
                        | "quebrada"
                        | "arroyo"
                        | "river"
                        | "lake"
                        | "mount"
                ))
    };
    if feature(p) && joined(i) {
        return true;
    }
    let article = |w: &Word| {
        !w.capitalized && matches!(w.folded.as_str(), "la" | "las" | "los" | "el" | "a" | "o")
    };
    let contracted = |w: &Word| {
        !w.capitalized && matches!(w.folded.as_str(), "del" | "dos" | "das" | "do" | "da")
    };
    let de = |w: &Word| !w.capitalized && w.folded == "de";
    match (
        i.checked_sub(2).map(|k| &ws[k]),
        i.checked_sub(3).map(|k| &ws[k]),
    ) {
        // "Plaza de la Constitución", "plaza de la Revolución"
        (Some(d), Some(site)) if article(p) && de(d) && street(site) => joined(i - 2),
        // "Plaza del Congreso", "Praça da Sé"
        (Some(site), _) if contracted(p) && street(site) => joined(i - 1),
        // "Plaza de Mayo", not "la plaza de Juliaca"
        (Some(site), _) if de(p) && street(site) && site.capitalized => joined(i - 1),
        _ => false,
    }
}

fn qualified_by_container(g: &Gazetteer, slice: &str, ws: &[Word], next: usize) -> bool {
    let Some(n) = ws.get(next) else { return false };
    if next == 0 || !n.capitalized || slice[ws[next - 1].end..n.start].trim() != "," {
        return false;
    }
    g.lookup(&n.folded).iter().any(|h| match *h {
        Hit::Demonym { .. } => false,
        Hit::Name { record, .. } => matches!(g.kind_of(record), Kind::Country | Kind::Admin1),
    })
}

fn initial_word(slice: &str, w: &Word) -> bool {
    sentence_initial(slice, w.start)
}

/// [`Gazetteer::find_places`]: matches, resolved together so that each
/// mention gets the country the rest of the text points to.
pub(crate) fn find_places(g: &Gazetteer, text: &str, span: Span, lang: Lang) -> Vec<Entity> {
    let found = matches(g, text, span, lang);
    let toponyms: Vec<Toponym> = found
        .iter()
        .map(|m| Toponym::new(m.span, m.hits.clone()))
        .collect();
    let chosen = choose(g, text, &toponyms, lang);
    let mut out = Vec::with_capacity(found.len());
    for (t, c) in toponyms.iter().zip(chosen) {
        let Some(c) = c else { continue };
        // ("bail of US$50", "R$ 200", "NZ$5": a currency's mark, not a country)
        if text[t.span.end..].starts_with('$') {
            continue;
        }
        let (label, canonical, country) = match c.demonym {
            Some(ci) => {
                let country = &g.countries[ci as usize];
                (
                    EntityLabel::Norp,
                    country.name_en.clone(),
                    Some(country.iso2.clone()),
                )
            }
            None => {
                let r = &g.record(c.record);
                let canonical = match r.kind {
                    Kind::Country => g
                        .country(r.country)
                        .map(|c| c.name_en.clone())
                        .unwrap_or(r.name.to_string()),
                    _ => r.name.to_string(),
                };
                (
                    EntityLabel::Loc,
                    canonical,
                    Some(r.country.to_string()).filter(|c| !c.is_empty()),
                )
            }
        };
        out.push(Entity {
            span: t.span,
            label,
            text: text[t.span.start..t.span.end].to_string(),
            canonical: Some(canonical),
            country,
            source: "gazetteer".to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, lang: Lang) -> Vec<(String, EntityLabel, Option<String>)> {
        Gazetteer::embedded()
            .find_places(text, Span::new(0, text.len()), lang)
            .into_iter()
            .map(|e| (e.text, e.label, e.country))
            .collect()
    }

    fn names(text: &str, lang: Lang) -> Vec<String> {
        found(text, lang).into_iter().map(|(t, _, _)| t).collect()
    }

    #[test]
    fn a_verb_that_opens_a_sentence_is_no_town() {
        // not Mataram, on Lombok
        let n = names(
            "Mataram o Raimundo, de 27 anos, e feriram três companheiros.",
            Lang::Pt,
        );
        assert!(n.is_empty(), "{n:?}");
        let n = names("Mataram is the capital of West Nusa Tenggara.", Lang::En);
        assert!(n.contains(&"Mataram".to_string()), "{n:?}");
    }

    #[test]
    fn the_republic_of_a_title_is_no_town() {
        // not República, a district of São Paulo
        let n = names(
            "O Presidente da República reuniu-se com a Polícia da República de Moçambique em Maputo.",
            Lang::Pt,
        );
        assert!(!n.iter().any(|x| x == "República"), "{n:?}");
        assert!(n.iter().any(|x| x == "Maputo"), "{n:?}");
        // a mark still tells a place from a common word
        assert!(names("Protestos no Pará", Lang::Pt)
            .iter()
            .any(|x| x == "Pará"));
    }

    #[test]
    fn a_currencys_mark_is_no_country() {
        let n = names(
            "They were granted bail of US$50 each in Bulawayo.",
            Lang::En,
        );
        assert!(!n.iter().any(|x| x == "US"), "{n:?}");
        assert!(n.iter().any(|x| x == "Bulawayo"), "{n:?}");
    }

    #[test]
    fn an_alert_levels_colour_is_no_town() {
        // not Amarillo, Texas, nor Naranja, Florida
        let n = names(
            "AVISO CA-2027-0216 (Viernes 19/03/2027; nivel AMARILLO; zona: Centro). Alerta Naranja en Algeciras.",
            Lang::Es,
        );
        assert_eq!(n, vec!["Algeciras".to_string()], "{n:?}");
        let n = names("A storm hit Amarillo, Texas, on Monday.", Lang::En);
        assert!(n.iter().any(|x| x == "Amarillo"), "{n:?}");
    }

    #[test]
    fn a_peoples_name_heading_a_sites_name_is_no_country() {
        let n = names(
            "Drivers were attacked at American House in East Legon, Accra.",
            Lang::En,
        );
        assert!(!n.iter().any(|x| x == "American"), "{n:?}");
        assert!(n.iter().any(|x| x == "Accra"), "{n:?}");
        let n = names("American troops landed in Accra.", Lang::En);
        assert!(n.iter().any(|x| x == "American"), "{n:?}");
    }

    #[test]
    fn common_capitalised_words_are_not_places() {
        assert!(names(
            "May was a good month. Police said the Union and the Central Bank met.",
            Lang::En
        )
        .is_empty());
        assert!(names("Para el gobierno, el Mar del Sur es clave.", Lang::Es).is_empty());
        assert!(names("Mayo fue un mes difícil en el Sur del país.", Lang::Es).is_empty());
    }

    #[test]
    fn people_and_organisations_are_not_towns() {
        assert_eq!(
            names("Mr Lima met Nelson Lima at the Bank of England.", Lang::En),
            Vec::<String>::new()
        );
        assert_eq!(
            names("He walked down Queen Street to Ingram Street.", Lang::En),
            Vec::<String>::new()
        );
        assert_eq!(
            names("The Governor of Texas spoke in Lima.", Lang::En),
            vec!["Texas", "Lima"]
        );
    }

    #[test]
    fn surnames_phrases_and_adjectives_are_not_places() {
        let text = "Senator Marco Rubio spoke. Rubio said the White House and Us Weekly agreed.";
        assert!(
            names(text, Lang::En).is_empty(),
            "{:?}",
            names(text, Lang::En)
        );
        assert!(names("Powers across the Western hemisphere backed it.", Lang::En).is_empty());
        assert_eq!(
            names("La Casa Blanca habló con Caracas.", Lang::Es),
            vec!["Caracas"]
        );
        assert_eq!(
            names(
                "In Rome the Pope will greet crowds in St. Peter's Square.",
                Lang::En
            ),
            vec!["Rome"]
        );
    }

    #[test]
    fn minor_places_need_their_region() {
        assert!(names("Farmers near Zwingle voted.", Lang::En).is_empty());
        assert_eq!(
            names("Farmers near Zwingle, Iowa voted.", Lang::En),
            vec!["Zwingle", "Iowa"]
        );
    }

    #[test]
    fn a_town_with_city_after_it_is_the_town() {
        assert_eq!(
            names(
                "Gunmen struck in Kabankalan City and Sagay City, Negros Occidental.",
                Lang::En
            ),
            vec!["Kabankalan City", "Sagay City", "Negros Occidental"]
        );
    }

    #[test]
    fn longest_names_win() {
        assert_eq!(
            names(
                "Flights from New York to Buenos Aires and São Paulo via the United Kingdom.",
                Lang::En
            ),
            vec!["New York", "Buenos Aires", "São Paulo", "United Kingdom"]
        );
        assert_eq!(
            names("Los vecinos de El Alto marcharon.", Lang::Es),
            vec!["El Alto"]
        );
    }

    #[test]
    fn lower_case_demonyms_only_in_spanish_and_portuguese() {
        let es = found("los manifestantes peruanos y venezolanos", Lang::Es);
        assert_eq!(es.len(), 2);
        assert!(es.iter().all(|(_, l, _)| *l == EntityLabel::Norp));
        assert_eq!(es[1].2.as_deref(), Some("VE"));
        assert!(found("the peruvian police", Lang::En).is_empty());
        assert_eq!(found("Peruvian police", Lang::En)[0].1, EntityLabel::Norp);
    }

    #[test]
    fn abbreviations_and_spans_are_exact() {
        let text = "EE.UU. y la U.E. hablaron. Biden viajó a EE. UU. el lunes.";
        let f = Gazetteer::embedded().find_places(text, Span::new(0, text.len()), Lang::Es);
        assert_eq!(f[0].span, Span::new(0, 6));
        assert_eq!(f[0].country.as_deref(), Some("US"));
        let text = "It was a worst-case scenario for the US.";
        let f = Gazetteer::embedded().find_places(text, Span::new(0, text.len()), Lang::En);
        assert_eq!(f[0].span.text(text), "US");
    }

    #[test]
    fn spans_are_relative_to_the_whole_text() {
        let text = "Header. Protests in Cusco.";
        let f = Gazetteer::embedded().find_places(text, Span::new(8, text.len()), Lang::En);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].span.text(text), "Cusco");
    }
}
