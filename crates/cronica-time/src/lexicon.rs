//! The words date expressions are built from, per language.
//!
//! Each folded word (lower case, no accents) maps to what it can mean in a date
//! expression: a month, a weekday, a number, a unit, or a keyword such as "last" or
//! "ago". A word can mean several things ("segunda" is a weekday and "second";
//! "de" is "of" and "from"), and the parser decides from its neighbours.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use cronica_types::Lang;

use crate::holiday;

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Weekend,
    Fortnight,
}

/// Keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kw {
    /// last, past, previous, pasado, passada, última.
    Last,
    /// next, coming, próximo, próxima.
    Next,
    /// this, este, esta, nesta.
    This,
    /// following, siguiente, seguinte.
    Following,
    /// ago, atrás.
    Ago,
    /// hace, há, faz.
    Hace,
    Since,
    From,
    Between,
    /// to, until, through, al, hasta, até.
    To,
    /// and, y, e.
    And,
    /// in, en, em, during.
    In,
    /// on, el, no, na (before a day).
    On,
    /// of, de, del, do, da.
    Of,
    /// the, el, la, o, a.
    The,
    /// a, an, un, una, um, uma (one, before a unit).
    A,
    Mid,
    Early,
    Late,
    Half,
    Quarter,
    /// later, after, después, depois.
    After,
    /// before, earlier, antes.
    Before,
    Night,
    /// morning, afternoon, evening, mañana (after an article), tarde, manhã.
    PartOfDay,
    /// that, ese, aquel, naquele.
    That,
    /// day as a prefix of a day number: "día 15", "dia 17".
    DayWord,
    /// "que" of "que viene", "que vem".
    Que,
    /// "viene", "vem".
    Comes,
    /// the plural "s" of "1990s".
    S,
    /// "feira" of "segunda-feira".
    Feira,
    Decade,
    /// now, ahora, agora.
    Now,
    /// "q" of "Q1".
    Q,
    /// "fin" / "fim" of "fin de semana".
    End,
    /// "momento" of "en este momento".
    Moment,
    /// "at" of "at this moment".
    At,
    /// later, hence, más tarde: after a quantity, on its own.
    Later,
    /// "partir" of "a partir de".
    Partir,
    /// "day" inside "the day before yesterday".
    Same,
}

/// One meaning of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// A month name (1..=12) that can stand alone after a preposition.
    Month(u32),
    /// A month abbreviation or ambiguous name ("may", "mar"): only next to a number.
    MonthAbbr(u32),
    /// A weekday name (0 = Monday) that is a weekday on its own.
    Weekday(u32),
    /// A weekday abbreviation or short name ("sat", "segunda"): only in context.
    WeekdayWeak(u32),
    /// A cardinal number word.
    Card(u32),
    /// A tens word that can take units after it ("twenty", "veinte", "vinte").
    Tens(u32),
    /// An ordinal number word.
    Ord(u32),
    /// An ordinal suffix after a number ("th", "º", "er").
    OrdSuffix,
    /// yesterday (-1), today (0), tomorrow (1) ...
    RelDay(i32),
    Unit(Unit),
    Kw(Kw),
    /// The first word of a holiday name.
    Holiday,
    /// A hundreds word of a year written out ("novecientos", "novecentos").
    Hundreds(u32),
    /// "hundred".
    Hundred,
    /// "thousand", "mil".
    Thousand,
}

/// A multiply-rotate hash for short keys: the lexicon is looked up once per word, and
/// the default SipHash costs more than the rest of the scan.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type Map = HashMap<&'static str, Vec<Lex>, BuildHasherDefault<WordHasher>>;

fn add(map: &mut Map, words: &[&'static str], lex: Lex) {
    for w in words {
        let e = map.entry(w).or_default();
        if !e.contains(&lex) {
            e.push(lex);
        }
    }
}

fn months(map: &mut Map, full: [&[&'static str]; 12], abbr: [&[&'static str]; 12]) {
    for (i, ws) in full.iter().enumerate() {
        add(map, ws, Lex::Month(i as u32 + 1));
    }
    for (i, ws) in abbr.iter().enumerate() {
        add(map, ws, Lex::MonthAbbr(i as u32 + 1));
    }
}

fn numbers(map: &mut Map, words: &[(&'static str, u32)]) {
    for &(w, n) in words {
        add(map, &[w], Lex::Card(n));
    }
}

fn english() -> Map {
    let mut m = Map::default();
    months(
        &mut m,
        [
            &["january"],
            &["february"],
            &["march"],
            &["april"],
            &[],
            &["june"],
            &["july"],
            &["august"],
            &["september"],
            &["october"],
            &["november"],
            &["december"],
        ],
        [
            &["jan"],
            &["feb"],
            &["mar", "march"],
            &["apr"],
            &["may"],
            &["jun"],
            &["jul"],
            &["aug"],
            &["sep", "sept"],
            &["oct"],
            &["nov"],
            &["dec"],
        ],
    );
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    for (i, d) in days.iter().enumerate() {
        add(&mut m, &[d], Lex::Weekday(i as u32));
        // "mondays" in "2 thursdays ago" or "on Mondays".
    }
    let short: [&[&'static str]; 7] = [
        &["mon"],
        &["tue", "tues"],
        &["wed"],
        &["thu", "thur", "thurs"],
        &["fri"],
        &["sat"],
        &["sun"],
    ];
    for (i, ws) in short.iter().enumerate() {
        add(&mut m, ws, Lex::WeekdayWeak(i as u32));
    }
    numbers(
        &mut m,
        &[
            ("one", 1),
            ("two", 2),
            ("three", 3),
            ("four", 4),
            ("five", 5),
            ("six", 6),
            ("seven", 7),
            ("eight", 8),
            ("nine", 9),
            ("ten", 10),
            ("eleven", 11),
            ("twelve", 12),
            ("thirteen", 13),
            ("fourteen", 14),
            ("fifteen", 15),
            ("sixteen", 16),
            ("seventeen", 17),
            ("eighteen", 18),
            ("nineteen", 19),
            ("twenty", 20),
            ("thirty", 30),
        ],
    );
    add(&mut m, &["twenty"], Lex::Tens(20));
    add(&mut m, &["thirty"], Lex::Tens(30));
    let ords = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    for (i, w) in ords.iter().enumerate() {
        add(&mut m, &[w], Lex::Ord(i as u32 + 1));
    }
    add(&mut m, &["thirtieth"], Lex::Ord(30));
    add(&mut m, &["st", "nd", "rd", "th"], Lex::OrdSuffix);
    add(&mut m, &["yesterday"], Lex::RelDay(-1));
    add(&mut m, &["today", "tonight", "otd"], Lex::RelDay(0));
    add(
        &mut m,
        &["tomorrow", "tomorrows", "tmrw", "tmw"],
        Lex::RelDay(1),
    );
    add(&mut m, &["day", "days"], Lex::Unit(Unit::Day));
    add(&mut m, &["week", "weeks", "week's"], Lex::Unit(Unit::Week));
    add(
        &mut m,
        &["month", "months", "month's"],
        Lex::Unit(Unit::Month),
    );
    add(
        &mut m,
        &["year", "years", "year's", "yr", "yrs"],
        Lex::Unit(Unit::Year),
    );
    add(&mut m, &["weekend", "weekend's"], Lex::Unit(Unit::Weekend));
    add(
        &mut m,
        &["fortnight", "fortnights", "fortnight's"],
        Lex::Unit(Unit::Fortnight),
    );
    add(&mut m, &["today's"], Lex::RelDay(0));
    add(&mut m, &["yesterday's"], Lex::RelDay(-1));
    add(&mut m, &["tomorrow's"], Lex::RelDay(1));
    let kws: &[(&[&'static str], Kw)] = &[
        (&["last", "past", "previous"], Kw::Last),
        (&["next", "coming", "upcoming"], Kw::Next),
        (&["following", "subsequent"], Kw::Following),
        (&["this", "current"], Kw::This),
        (&["ago"], Kw::Ago),
        (&["since"], Kw::Since),
        (&["from"], Kw::From),
        (&["between"], Kw::Between),
        (&["to", "until", "till", "through", "thru"], Kw::To),
        (&["and", "or"], Kw::And),
        (&["in", "during", "by"], Kw::In),
        (&["on"], Kw::On),
        (&["of"], Kw::Of),
        (&["the"], Kw::The),
        (&["a", "an"], Kw::A),
        (&["mid", "middle"], Kw::Mid),
        (&["early", "beginning", "start"], Kw::Early),
        (&["late", "end"], Kw::Late),
        (&["half"], Kw::Half),
        (&["quarter"], Kw::Quarter),
        (&["after"], Kw::After),
        (&["later", "hence"], Kw::Later),
        (&["moment"], Kw::Moment),
        (&["at"], Kw::At),
        (&["before", "earlier"], Kw::Before),
        (&["night"], Kw::Night),
        (&["morning", "afternoon", "evening"], Kw::PartOfDay),
        (&["that"], Kw::That),
        (&["same"], Kw::Same),
        (&["s"], Kw::S),
        (&["now"], Kw::Now),
        (&["q"], Kw::Q),
    ];
    for (ws, k) in kws {
        add(&mut m, ws, Lex::Kw(*k));
    }
    add(
        &mut m,
        &[
            "christmas",
            "xmas",
            "easter",
            "thanksgiving",
            "halloween",
            "new",
            "valentine's",
            "valentine",
            "valentines",
            "independence",
            "memorial",
            "labor",
            "labour",
            "good",
            "ash",
            "mardi",
            "boxing",
            "mother's",
            "mothers",
            "father's",
            "fathers",
            "st",
            "saint",
            "martin",
            "mlk",
            "black",
            "carnival",
            "election",
            "all",
        ],
        Lex::Holiday,
    );
    add(
        &mut m,
        &[
            "civil",
            "earth",
            "international",
            "juneteenth",
            "palm",
            "pentecost",
            "whit",
            "white",
            "whitsunday",
            "trinity",
            "maundy",
            "ascension",
            "holy",
            "shrove",
            "pancake",
            "corpus",
            "workers",
            "may",
            "workers'",
        ],
        Lex::Holiday,
    );
    for (w, n) in [
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ] {
        add(&mut m, &[w], Lex::Tens(n));
        add(&mut m, &[w], Lex::Card(n));
    }
    add(&mut m, &["hundred"], Lex::Hundred);
    add(&mut m, &["thousand"], Lex::Thousand);
    m
}

fn spanish() -> Map {
    let mut m = Map::default();
    months(
        &mut m,
        [
            &["enero"],
            &["febrero"],
            &["marzo"],
            &["abril"],
            &["mayo"],
            &["junio"],
            &["julio"],
            &["agosto"],
            &["septiembre", "setiembre"],
            &["octubre"],
            &["noviembre"],
            &["diciembre"],
        ],
        [
            &["ene"],
            &["feb"],
            &["mar"],
            &["abr"],
            &["may"],
            &["jun"],
            &["jul"],
            &["ago"],
            &["sep", "sept", "set"],
            &["oct"],
            &["nov"],
            &["dic"],
        ],
    );
    let days = [
        "lunes",
        "martes",
        "miercoles",
        "jueves",
        "viernes",
        "sabado",
        "domingo",
    ];
    for (i, d) in days.iter().enumerate() {
        add(&mut m, &[d], Lex::Weekday(i as u32));
    }
    let short: [&[&'static str]; 7] = [
        &["lun"],
        &["mar"],
        &["mie", "mier"],
        &["jue"],
        &["vie"],
        &["sab"],
        &["dom"],
    ];
    for (i, ws) in short.iter().enumerate() {
        add(&mut m, ws, Lex::WeekdayWeak(i as u32));
    }
    numbers(
        &mut m,
        &[
            ("uno", 1),
            ("un", 1),
            ("una", 1),
            ("dos", 2),
            ("tres", 3),
            ("cuatro", 4),
            ("cinco", 5),
            ("seis", 6),
            ("siete", 7),
            ("ocho", 8),
            ("nueve", 9),
            ("diez", 10),
            ("once", 11),
            ("doce", 12),
            ("trece", 13),
            ("catorce", 14),
            ("quince", 15),
            ("dieciseis", 16),
            ("diecisiete", 17),
            ("dieciocho", 18),
            ("diecinueve", 19),
            ("veinte", 20),
            ("veintiuno", 21),
            ("veintiun", 21),
            ("veintidos", 22),
            ("veintitres", 23),
            ("veinticuatro", 24),
            ("veinticinco", 25),
            ("veintiseis", 26),
            ("veintisiete", 27),
            ("veintiocho", 28),
            ("veintinueve", 29),
            ("treinta", 30),
        ],
    );
    add(&mut m, &["treinta"], Lex::Tens(30));
    add(&mut m, &["primero", "primer", "primera"], Lex::Ord(1));
    add(&mut m, &["segundo", "segunda"], Lex::Ord(2));
    add(&mut m, &["tercero", "tercer", "tercera"], Lex::Ord(3));
    add(&mut m, &["cuarto", "cuarta"], Lex::Ord(4));
    add(&mut m, &["o", "a", "er", "ero"], Lex::OrdSuffix);
    add(&mut m, &["ayer", "anoche"], Lex::RelDay(-1));
    add(&mut m, &["hoy"], Lex::RelDay(0));
    add(&mut m, &["manana"], Lex::RelDay(1));
    add(&mut m, &["anteayer", "antier", "antiayer"], Lex::RelDay(-2));
    add(&mut m, &["dia", "dias"], Lex::Unit(Unit::Day));
    add(&mut m, &["semana", "semanas"], Lex::Unit(Unit::Week));
    add(&mut m, &["mes", "meses"], Lex::Unit(Unit::Month));
    add(&mut m, &["ano", "anos"], Lex::Unit(Unit::Year));
    let kws: &[(&[&'static str], Kw)] = &[
        (
            &[
                "pasado", "pasada", "ultimo", "ultima", "anterior", "pasados", "pasadas",
                "ultimos", "ultimas",
            ],
            Kw::Last,
        ),
        (
            &["proximo", "proxima", "entrante", "proximos", "proximas"],
            Kw::Next,
        ),
        (&["siguiente"], Kw::Following),
        (&["este", "esta", "actual", "presente"], Kw::This),
        (&["atras"], Kw::Ago),
        (&["hace"], Kw::Hace),
        (&["desde"], Kw::Since),
        (&["de", "del"], Kw::From),
        (&["entre"], Kw::Between),
        (&["a", "al", "hasta"], Kw::To),
        (&["y", "e", "o", "u"], Kw::And),
        (&["en", "durante", "dentro", "para"], Kw::In),
        (&["el", "la"], Kw::On),
        (&["de", "del"], Kw::Of),
        (&["el", "la", "los", "las", "lo"], Kw::The),
        (&["un", "una"], Kw::A),
        (&["mediados", "medio", "mitad"], Kw::Mid),
        (
            &[
                "principios",
                "inicios",
                "comienzos",
                "principio",
                "inicio",
                "comienzo",
            ],
            Kw::Early,
        ),
        (&["finales", "fines", "final", "fin"], Kw::Late),
        (&["fin"], Kw::End),
        (&["semestre", "mitad"], Kw::Half),
        (&["trimestre"], Kw::Quarter),
        (&["despues", "luego"], Kw::After),
        (&["despues", "luego"], Kw::Later),
        (&["momento"], Kw::Moment),
        (&["partir"], Kw::Partir),
        (&["antes"], Kw::Before),
        (&["noche"], Kw::Night),
        (&["tarde", "madrugada", "manana"], Kw::PartOfDay),
        (
            &["ese", "esa", "aquel", "aquella", "dicho", "dicha"],
            Kw::That,
        ),
        (&["mismo", "misma"], Kw::Same),
        (&["dia"], Kw::DayWord),
        (&["que"], Kw::Que),
        (&["viene"], Kw::Comes),
        (&["decada"], Kw::Decade),
        (&["ahora"], Kw::Now),
        (&["q"], Kw::Q),
    ];
    for (ws, k) in kws {
        add(&mut m, ws, Lex::Kw(*k));
    }
    add(
        &mut m,
        &[
            "navidad",
            "nochebuena",
            "nochevieja",
            "pascua",
            "pascuas",
            "viernes",
            "jueves",
            "miercoles",
            "ano",
            "dia",
            "carnaval",
            "reyes",
            "semana",
            "domingo",
        ],
        Lex::Holiday,
    );
    // Two-letter calendar abbreviations ("lu", "ma", "mx" for miércoles, "ju").
    add(&mut m, &["lu"], Lex::WeekdayWeak(0));
    add(&mut m, &["ma"], Lex::WeekdayWeak(1));
    add(&mut m, &["mx"], Lex::WeekdayWeak(2));
    add(&mut m, &["ju"], Lex::WeekdayWeak(3));
    add(&mut m, &["mierc"], Lex::WeekdayWeak(2));
    add(&mut m, &["juev"], Lex::WeekdayWeak(3));
    add(&mut m, &["vier"], Lex::WeekdayWeak(4));
    add(&mut m, &["o", "u"], Lex::Kw(Kw::And));
    add(
        &mut m,
        &["san", "sabado", "lunes", "pentecostes"],
        Lex::Holiday,
    );
    for (w, n) in [
        ("cuarenta", 40),
        ("cincuenta", 50),
        ("sesenta", 60),
        ("setenta", 70),
        ("ochenta", 80),
        ("noventa", 90),
    ] {
        add(&mut m, &[w], Lex::Tens(n));
        add(&mut m, &[w], Lex::Card(n));
    }
    add(&mut m, &["veinte"], Lex::Tens(20));
    for (w, n) in [
        ("cien", 100),
        ("ciento", 100),
        ("doscientos", 200),
        ("trescientos", 300),
        ("cuatrocientos", 400),
        ("quinientos", 500),
        ("seiscientos", 600),
        ("setecientos", 700),
        ("ochocientos", 800),
        ("novecientos", 900),
    ] {
        add(&mut m, &[w], Lex::Hundreds(n));
    }
    add(&mut m, &["mil"], Lex::Thousand);
    m
}

fn portuguese() -> Map {
    let mut m = Map::default();
    months(
        &mut m,
        [
            &["janeiro"],
            &["fevereiro"],
            &["marco"],
            &["abril"],
            &["maio"],
            &["junho"],
            &["julho"],
            &["agosto"],
            &["setembro"],
            &["outubro"],
            &["novembro"],
            &["dezembro"],
        ],
        [
            &["jan"],
            &["fev"],
            &["mar"],
            &["abr"],
            &["mai"],
            &["jun"],
            &["jul"],
            &["ago"],
            &["set"],
            &["out"],
            &["nov"],
            &["dez"],
        ],
    );
    add(&mut m, &["sabado"], Lex::Weekday(5));
    add(&mut m, &["domingo"], Lex::Weekday(6));
    let short: [&[&'static str]; 7] = [
        &["segunda", "seg"],
        &["terca", "ter"],
        &["quarta", "qua"],
        &["quinta", "qui"],
        &["sexta", "sex"],
        &["sab"],
        &["dom"],
    ];
    for (i, ws) in short.iter().enumerate() {
        add(&mut m, ws, Lex::WeekdayWeak(i as u32));
    }
    numbers(
        &mut m,
        &[
            ("um", 1),
            ("uma", 1),
            ("dois", 2),
            ("duas", 2),
            ("tres", 3),
            ("quatro", 4),
            ("cinco", 5),
            ("seis", 6),
            ("sete", 7),
            ("oito", 8),
            ("nove", 9),
            ("dez", 10),
            ("onze", 11),
            ("doze", 12),
            ("treze", 13),
            ("catorze", 14),
            ("quatorze", 14),
            ("quinze", 15),
            ("dezesseis", 16),
            ("dezasseis", 16),
            ("dezessete", 17),
            ("dezassete", 17),
            ("dezoito", 18),
            ("dezenove", 19),
            ("dezanove", 19),
            ("vinte", 20),
            ("trinta", 30),
        ],
    );
    add(&mut m, &["vinte"], Lex::Tens(20));
    add(&mut m, &["trinta"], Lex::Tens(30));
    add(&mut m, &["primeiro", "primeira"], Lex::Ord(1));
    add(&mut m, &["segundo", "segunda"], Lex::Ord(2));
    add(&mut m, &["terceiro", "terceira"], Lex::Ord(3));
    add(&mut m, &["quarto", "quarta"], Lex::Ord(4));
    add(&mut m, &["o", "a"], Lex::OrdSuffix);
    add(&mut m, &["ontem"], Lex::RelDay(-1));
    add(&mut m, &["hoje"], Lex::RelDay(0));
    add(&mut m, &["amanha"], Lex::RelDay(1));
    add(&mut m, &["anteontem"], Lex::RelDay(-2));
    add(&mut m, &["dia", "dias"], Lex::Unit(Unit::Day));
    add(&mut m, &["semana", "semanas"], Lex::Unit(Unit::Week));
    add(&mut m, &["mes", "meses"], Lex::Unit(Unit::Month));
    add(&mut m, &["ano", "anos"], Lex::Unit(Unit::Year));
    let kws: &[(&[&'static str], Kw)] = &[
        (
            &[
                "passado", "passada", "ultimo", "ultima", "anterior", "passados", "passadas",
                "ultimos", "ultimas",
            ],
            Kw::Last,
        ),
        (&["proximo", "proxima", "proximos", "proximas"], Kw::Next),
        (&["seguinte"], Kw::Following),
        (
            &[
                "este", "esta", "neste", "nesta", "deste", "desta", "nesse", "nessa", "desse",
                "dessa", "atual", "corrente",
            ],
            Kw::This,
        ),
        (&["atras"], Kw::Ago),
        (&["ha", "faz", "fazem"], Kw::Hace),
        (&["desde"], Kw::Since),
        (&["de", "do", "da"], Kw::From),
        (&["entre"], Kw::Between),
        (&["a", "ao", "ate"], Kw::To),
        (&["e", "ou"], Kw::And),
        (&["em", "durante", "dentro", "daqui", "para"], Kw::In),
        (&["no", "na"], Kw::On),
        (&["de", "do", "da", "dos", "das"], Kw::Of),
        (&["o", "a", "os", "as", "no", "na"], Kw::The),
        (&["um", "uma"], Kw::A),
        (&["meados", "metade", "meio"], Kw::Mid),
        (&["inicio", "comeco", "principio", "inicios"], Kw::Early),
        (&["final", "fim", "finais", "fins"], Kw::Late),
        (&["fim"], Kw::End),
        (&["semestre", "metade"], Kw::Half),
        (&["trimestre"], Kw::Quarter),
        (&["depois", "apos"], Kw::After),
        (&["depois"], Kw::Later),
        (&["momento"], Kw::Moment),
        (&["partir"], Kw::Partir),
        (&["antes"], Kw::Before),
        (&["noite"], Kw::Night),
        (&["manha", "tarde", "madrugada"], Kw::PartOfDay),
        (
            &[
                "aquele", "aquela", "naquele", "naquela", "esse", "essa", "nesse", "nessa",
            ],
            Kw::That,
        ),
        (&["mesmo", "mesma"], Kw::Same),
        (&["dia"], Kw::DayWord),
        (&["que"], Kw::Que),
        (&["vem"], Kw::Comes),
        (&["feira"], Kw::Feira),
        (&["decada"], Kw::Decade),
        (&["agora"], Kw::Now),
        (&["q"], Kw::Q),
    ];
    for (ws, k) in kws {
        add(&mut m, ws, Lex::Kw(*k));
    }
    add(
        &mut m,
        &[
            "natal",
            "vespera",
            "reveillon",
            "pascoa",
            "sexta",
            "quarta",
            "ano",
            "dia",
            "carnaval",
            "tiradentes",
            "semana",
        ],
        Lex::Holiday,
    );
    add(
        &mut m,
        &[
            "domingo",
            "finados",
            "proclamacao",
            "corpus",
            "sabado",
            "segunda",
            "pentecostes",
        ],
        Lex::Holiday,
    );
    m
}

fn portuguese_numbers(m: &mut Map) {
    for (w, n) in [
        ("quarenta", 40),
        ("cinquenta", 50),
        ("sessenta", 60),
        ("setenta", 70),
        ("oitenta", 80),
        ("noventa", 90),
    ] {
        add(m, &[w], Lex::Tens(n));
        add(m, &[w], Lex::Card(n));
    }
    for (w, n) in [
        ("cem", 100),
        ("cento", 100),
        ("duzentos", 200),
        ("trezentos", 300),
        ("quatrocentos", 400),
        ("quinhentos", 500),
        ("seiscentos", 600),
        ("setecentos", 700),
        ("oitocentos", 800),
        ("novecentos", 900),
    ] {
        add(m, &[w], Lex::Hundreds(n));
    }
    add(m, &["mil"], Lex::Thousand);
}

static MAPS: LazyLock<[Map; 3]> = LazyLock::new(|| {
    let mut pt = portuguese();
    portuguese_numbers(&mut pt);
    let mut maps = [english(), spanish(), pt];
    for (map, lang) in maps.iter_mut().zip([Lang::En, Lang::Es, Lang::Pt]) {
        for w in holiday::first_words(lang) {
            add(map, &[w], Lex::Holiday);
        }
    }
    maps
});

/// The meanings of a folded word in `lang` (English rules read text of other languages).
pub(crate) fn lookup(lang: Lang, word: &str) -> &'static [Lex] {
    let map = match lang {
        Lang::Es => &MAPS[1],
        Lang::Pt => &MAPS[2],
        Lang::En | Lang::Other => &MAPS[0],
    };
    map.get(word).map(Vec::as_slice).unwrap_or(&[])
}
