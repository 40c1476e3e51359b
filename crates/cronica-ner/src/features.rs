//! Hashed features of a token in its sentence.
//!
//! Features are never stored as strings: each template hashes its parts straight into one
//! of `2^bits` rows of the weight table. Static features (the words around a token, its
//! shape, affixes) are computed once per sentence; the few that read the previous tags are
//! computed while decoding, left to right.

/// Version of the feature set; a model trained with another version is refused.
pub(crate) const FEATURE_VERSION: u8 = 3;

pub(crate) const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[inline]
pub(crate) fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(31)
}

#[inline]
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[inline]
pub(crate) fn finish(h: u64) -> u64 {
    let mut h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// How a word is written in the training text: a hashed table of one code per lower-case
/// form, `lower_bin | capitalised_mid_sentence_bin << 2`, each bin 0 (never), 1 (once or
/// twice), 2 (3 to 9 times), 3 (10 or more). It tells a sentence-initial "Porque" (a common
/// lower-case word) from "Castaño" (never written in lower case).
///
/// Two more bits come from a spelling dictionary when training is given one (one word a
/// line, proper nouns capitalised, as `/usr/share/dict/american-english`): [`DICT_LOWER`],
/// the dictionary has the word in lower case, and [`DICT_CAP`], it has it capitalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Vocab {
    pub bits: u32,
    pub codes: Vec<u8>,
}

/// Word-use bit: the spelling dictionary lists the word in lower case.
pub(crate) const DICT_LOWER: u8 = 0x10;
/// Word-use bit: the spelling dictionary lists the word capitalised (a proper noun).
pub(crate) const DICT_CAP: u8 = 0x20;

/// Lower-case uses (bin 0 to 3) of a word-use code.
#[inline]
pub(crate) fn lower_bin(code: u64) -> u64 {
    code & 3
}

/// Capitalised uses inside a sentence (bin 0 to 3) of a word-use code.
#[inline]
pub(crate) fn cap_bin(code: u64) -> u64 {
    (code >> 2) & 3
}

fn count_bin(n: u32) -> u8 {
    match n {
        0 => 0,
        1..=2 => 1,
        3..=9 => 2,
        _ => 3,
    }
}

pub(crate) fn lower_of(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).collect()
}

impl Vocab {
    #[cfg(test)]
    pub fn empty() -> Vocab {
        Vocab {
            bits: 0,
            codes: vec![0],
        }
    }

    fn slot(&self, lower: &str) -> usize {
        if self.bits == 0 {
            return 0;
        }
        (finish(hash_bytes(lower.as_bytes())) >> (64 - self.bits)) as usize
    }

    /// Counts lower-case and capitalised (not sentence-initial) uses of every word, and
    /// marks the words of `dictionary` (see [`DICT_LOWER`], [`DICT_CAP`]).
    pub fn build<'a>(
        sentences: impl Iterator<Item = &'a [String]>,
        bits: u32,
        dictionary: &[String],
    ) -> Vocab {
        let mut lower = vec![0u32; 1 << bits];
        let mut cap = vec![0u32; 1 << bits];
        let v = Vocab {
            bits,
            codes: Vec::new(),
        };
        for s in sentences {
            for (i, t) in s.iter().enumerate() {
                let first = t.chars().next();
                let k = v.slot(&lower_of(t));
                if first.is_some_and(char::is_lowercase) {
                    lower[k] += 1;
                } else if i > 0 && first.is_some_and(char::is_uppercase) {
                    cap[k] += 1;
                }
            }
        }
        let mut codes: Vec<u8> = lower
            .iter()
            .zip(&cap)
            .map(|(&l, &c)| count_bin(l) | count_bin(c) << 2)
            .collect();
        for w in dictionary {
            let first = w.chars().next();
            let bit = if first.is_some_and(char::is_uppercase) {
                DICT_CAP
            } else if first.is_some_and(char::is_lowercase) {
                DICT_LOWER
            } else {
                continue;
            };
            codes[v.slot(&lower_of(w))] |= bit;
        }
        Vocab { bits, codes }
    }

    pub fn code(&self, lower: &str) -> u8 {
        self.codes[self.slot(lower)]
    }
}

/// A sentence written in capitals (a headline, a table) rewritten the way running text
/// writes it: a word the training text writes in lower case more often than capitalised
/// goes to lower case, any other gets an initial capital. `None` for ordinary sentences.
/// With `datelines`, a line of one word in capitals beside a number ("BONN 1996-08-22") is
/// rewritten too.
pub(crate) fn truecase<S: AsRef<str>>(
    vocab: &Vocab,
    tokens: &[S],
    datelines: bool,
) -> Option<Vec<String>> {
    let (mut n, mut upper) = (0usize, 0usize);
    for t in tokens {
        let t = t.as_ref();
        if t.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            n += 1;
            if !t.chars().any(char::is_lowercase) {
                upper += 1;
            }
        }
    }
    let dateline = datelines
        && n == 1
        && upper == 1
        && tokens
            .iter()
            .any(|t| t.as_ref().chars().any(|c| c.is_ascii_digit()));
    if (n < 2 && !dateline) || upper * 10 < n * 7 {
        return None;
    }
    Some(
        tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let t = t.as_ref();
                if t.chars().any(char::is_lowercase) || !t.chars().any(char::is_uppercase) {
                    return t.to_string();
                }
                let lower = lower_of(t);
                let code = vocab.code(&lower);
                if i > 0 && lower_bin(code as u64) > cap_bin(code as u64) {
                    return lower;
                }
                let mut chars = lower.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            })
            .collect(),
    )
}

/// What is known about one token before any tag is chosen.
#[derive(Clone)]
struct Info {
    word: u64,
    lower: u64,
    shape: u64,
    /// Hashes of the lower-case prefixes and suffixes of 1 to 4 characters.
    prefix: [u64; 4],
    suffix: [u64; 4],
    n_affix: usize,
    flags: u64,
    /// The word-use code without the dictionary bits (the features read these).
    vocab: u64,
    /// The dictionary bits of the word-use code ([`DICT_LOWER`], [`DICT_CAP`]).
    dict: u8,
}

/// Bits of the `B-` labels in a label mask.
const B_LABELS: u16 = 0b1010_1010;

const F_TITLE: u64 = 1;
const F_UPPER: u64 = 2;
const F_DIGIT: u64 = 4;
const F_HYPHEN: u64 = 8;
const F_PERIOD: u64 = 16;
const F_LOWER: u64 = 32;
const F_LONG: u64 = 64;

pub(crate) fn shape_of(word: &str, out: &mut String) {
    out.clear();
    let mut last = '\0';
    for ch in word.chars() {
        let c = if ch.is_uppercase() {
            'X'
        } else if ch.is_lowercase() {
            'x'
        } else if ch.is_numeric() {
            'd'
        } else if ch.is_alphabetic() {
            'a'
        } else {
            ch
        };
        if c != last {
            out.push(c);
            last = c;
        }
    }
}

fn info(word: &str, lower: &mut String, shape: &mut String, vocab: &Vocab) -> Info {
    lower.clear();
    for ch in word.chars() {
        lower.extend(ch.to_lowercase());
    }
    shape_of(word, shape);
    let mut prefix = [0u64; 4];
    let mut suffix = [0u64; 4];
    // Byte ends of the first four characters and starts of the last four.
    let mut pre_end = [0usize; 4];
    let mut n_chars = 0usize;
    for (i, c) in lower.char_indices() {
        if n_chars < 4 {
            pre_end[n_chars] = i + c.len_utf8();
        }
        n_chars += 1;
    }
    let mut suf_start = [0usize; 4];
    for (k, (i, _)) in lower.char_indices().rev().take(4).enumerate() {
        suf_start[k] = i;
    }
    let n = n_chars.min(4);
    for k in 0..n {
        prefix[k] = hash_bytes(&lower.as_bytes()[..pre_end[k]]);
        suffix[k] = hash_bytes(&lower.as_bytes()[suf_start[k]..]);
    }
    let mut flags = 0;
    let mut chars = word.chars();
    let first = chars.next();
    if first.is_some_and(char::is_uppercase) {
        flags |= F_TITLE;
        if word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && word.chars().count() > 1
        {
            flags |= F_UPPER;
        }
    }
    if first.is_some_and(char::is_lowercase) {
        flags |= F_LOWER;
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        flags |= F_DIGIT;
    }
    if word.contains('-') {
        flags |= F_HYPHEN;
    }
    if word.contains('.') {
        flags |= F_PERIOD;
    }
    if n_chars > 8 {
        flags |= F_LONG;
    }
    let code = vocab.code(lower);
    Info {
        vocab: (code & 0x0f) as u64,
        dict: code & (DICT_LOWER | DICT_CAP),
        word: hash_bytes(word.as_bytes()),
        lower: hash_bytes(lower.as_bytes()),
        shape: hash_bytes(shape.as_bytes()),
        prefix,
        suffix,
        n_affix: n,
        flags,
    }
}

fn boundary(tag: u64) -> Info {
    Info {
        word: tag,
        lower: tag,
        shape: tag,
        prefix: [tag; 4],
        suffix: [tag; 4],
        n_affix: 0,
        flags: 0,
        vocab: 16,
        dict: 0,
    }
}

/// The static features of a sentence, flattened: token `i` owns `rows[offsets[i]..offsets[i+1]]`.
pub(crate) struct SentenceFeatures {
    pub rows: Vec<u32>,
    pub offsets: Vec<u32>,
    /// Per-token hashes the tag-dependent templates combine with the previous tags.
    pub lower: Vec<u64>,
    pub shape: Vec<u64>,
    /// Hashes of the words as written.
    pub word: Vec<u64>,
    /// Hashes of the last two and last three lower-case characters (the whole word when
    /// shorter), for the chunk classifier.
    pub suffix2: Vec<u64>,
    pub suffix3: Vec<u64>,
    /// Labels each token may take (see `lexicon::allowed_mask`).
    pub mask: Vec<u16>,
    bits: u32,
}

impl SentenceFeatures {
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    pub fn static_rows(&self, i: usize) -> &[u32] {
        &self.rows[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// The rows of the templates that read the two previous labels.
    #[inline]
    pub fn dynamic_rows(&self, i: usize, prev: usize, prev2: usize) -> [u32; 5] {
        let t1 = prev as u64 + 1;
        let t2 = prev2 as u64 + 1;
        let prev_lower = if i > 0 { self.lower[i - 1] } else { 17 };
        [
            row(self.bits, &[100, t1]),
            row(self.bits, &[101, t1, t2]),
            row(self.bits, &[102, t1, self.lower[i]]),
            row(self.bits, &[103, t1, self.shape[i]]),
            row(self.bits, &[104, t1, prev_lower]),
        ]
    }
}

#[inline]
fn row(bits: u32, parts: &[u64]) -> u32 {
    let mut h = SEED;
    for &p in parts {
        h = mix(h, p);
    }
    (finish(h) >> (64 - bits)) as u32
}

/// Computes the static features of every token of a sentence.
/// With `ordinals`, ordinals written in figures may open a name (see
/// `lexicon::allowed_mask`).
pub(crate) fn extract(
    tokens: &[&str],
    bits: u32,
    vocab: &Vocab,
    ordinals: bool,
) -> SentenceFeatures {
    let mut lower = String::new();
    let mut shape = String::new();
    let infos: Vec<Info> = tokens
        .iter()
        .map(|t| info(t, &mut lower, &mut shape, vocab))
        .collect();
    let start = boundary(0xB0);
    let end = boundary(0xE0);
    let at = |j: isize| -> &Info {
        if j < 0 {
            &start
        } else if j as usize >= infos.len() {
            &end
        } else {
            &infos[j as usize]
        }
    };
    let mut rows = Vec::with_capacity(tokens.len() * 36);
    let mut offsets = Vec::with_capacity(tokens.len() + 1);
    offsets.push(0u32);
    #[allow(clippy::needless_range_loop)]
    for i in 0..infos.len() {
        let j = i as isize;
        let w = &infos[i];
        let (p1, p2, n1, n2) = (at(j - 1), at(j - 2), at(j + 1), at(j + 2));
        let first = (i == 0) as u64;
        let mut push = |parts: &[u64]| rows.push(row(bits, parts));
        push(&[0]);
        push(&[1, w.word]);
        push(&[2, w.lower]);
        push(&[3, w.shape]);
        for k in 0..w.n_affix {
            push(&[4 + k as u64, w.prefix[k]]);
            push(&[8 + k as u64, w.suffix[k]]);
        }
        push(&[12, p1.lower]);
        push(&[13, n1.lower]);
        push(&[14, p2.lower]);
        push(&[15, n2.lower]);
        push(&[16, p1.shape]);
        push(&[17, n1.shape]);
        push(&[18, p1.lower, w.lower]);
        push(&[19, w.lower, n1.lower]);
        push(&[20, p1.shape, w.shape, n1.shape]);
        push(&[21, first, w.shape]);
        push(&[22, first, w.lower]);
        push(&[23, w.flags]);
        push(&[24, p1.flags, w.flags, n1.flags]);
        push(&[25, p1.suffix[2], w.shape]);
        push(&[26, n1.suffix[2], w.shape]);
        push(&[27, p2.lower, p1.lower]);
        push(&[28, n1.lower, n2.lower]);
        push(&[29, w.suffix[2], n1.shape]);
        push(&[30, p1.word]);
        push(&[31, n1.word]);
        push(&[32, w.vocab, w.flags & (F_TITLE | F_UPPER), first]);
        push(&[33, w.vocab, w.shape]);
        push(&[34, p1.vocab, w.vocab]);
        push(&[35, w.vocab, n1.vocab]);
        offsets.push(rows.len() as u32);
    }
    SentenceFeatures {
        rows,
        offsets,
        lower: infos.iter().map(|x| x.lower).collect(),
        shape: infos.iter().map(|x| x.shape).collect(),
        word: infos.iter().map(|x| x.word).collect(),
        suffix2: infos
            .iter()
            .map(|x| x.suffix[1.min(x.n_affix.max(1) - 1)])
            .collect(),
        suffix3: infos
            .iter()
            .map(|x| x.suffix[2.min(x.n_affix.max(1) - 1)])
            .collect(),
        mask: tokens
            .iter()
            .zip(&infos)
            .enumerate()
            .map(|(i, (t, x))| {
                // A capitalised word seen often in lower case and never capitalised inside a
                // sentence is a sentence-initial common word: it opens no name. Nor does a
                // function word that opens the sentence ("The", "El", "Os").
                let title = x.flags & F_TITLE != 0 && x.flags & F_UPPER == 0;
                let opening = crate::lexicon::sentence_opening(tokens, i);
                let common = title && lower_bin(x.vocab) >= 2 && cap_bin(x.vocab) == 0;
                // At the opening of a sentence, a word the dictionary knows only in lower
                // case and the training text rarely capitalises ("Police", "Attendance").
                // Only for a name of one word: "Police said", not "Amazing Stories".
                let next_cap = tokens
                    .get(i + 1)
                    .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
                let dict = x.dict == DICT_LOWER;
                let common =
                    common || (opening && title && dict && !next_cap && cap_bin(x.vocab) <= 1);
                let common = common || (opening && crate::lexicon::is_function_word(t));
                let m = crate::lexicon::allowed_mask(t, ordinals);
                if common {
                    m & !B_LABELS
                } else {
                    m
                }
            })
            .collect(),
        bits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs() {
        let mut s = String::new();
        shape_of("Maduro", &mut s);
        assert_eq!(s, "Xx");
        shape_of("U.S.", &mut s);
        assert_eq!(s, "X.X.");
        shape_of("COVID-19", &mut s);
        assert_eq!(s, "X-d");
    }

    #[test]
    fn capitals_are_rewritten_by_word_use() {
        let text: Vec<Vec<String>> = ["the match in Leicester", "at the top of the table"]
            .iter()
            .map(|s| s.split(' ').map(String::from).collect())
            .collect();
        let vocab = Vocab::build(text.iter().map(Vec::as_slice), 12, &[]);
        let got = truecase(
            &vocab,
            &["LEICESTER", "TAKE", "OVER", "AT", "THE", "TOP"],
            false,
        )
        .unwrap();
        assert_eq!(got, vec!["Leicester", "Take", "Over", "at", "the", "top"]);
        assert!(truecase(&vocab, &["Leicester", "won", "at", "HOME"], false).is_none());
        assert!(truecase(&vocab, &["BONN", "1996-08-22"], false).is_none());
        let got = truecase(&vocab, &["BONN", "1996-08-22"], true).unwrap();
        assert_eq!(got, vec!["Bonn", "1996-08-22"]);
    }

    #[test]
    fn dictionary_words_open_no_sentence() {
        let dict: Vec<String> = ["police", "bush", "Bush"].map(String::from).to_vec();
        let vocab = Vocab::build(std::iter::empty(), 12, &dict);
        let b_per = 1 << 1;
        let f = extract(&["Police", "said", "."], 12, &vocab, false);
        assert_eq!(f.mask[0] & b_per, 0);
        // A proper noun in the dictionary, and a longer name, may still open one.
        let f = extract(&["Bush", "said", "."], 12, &vocab, false);
        assert_ne!(f.mask[0] & b_per, 0);
        let f = extract(&["Police", "Academy", "opened"], 12, &vocab, false);
        assert_ne!(f.mask[0] & b_per, 0);
        // Inside a sentence the capital counts.
        let f = extract(&["the", "Police", "said"], 12, &vocab, false);
        assert_ne!(f.mask[1] & b_per, 0);
    }

    #[test]
    fn features_stay_in_range_and_depend_on_context() {
        let a = extract(
            &["Nicolás", "Maduro", "habló", "ayer"],
            12,
            &Vocab::empty(),
            false,
        );
        let b = extract(
            &["Nicolás", "Maduro", "habló", "hoy"],
            12,
            &Vocab::empty(),
            false,
        );
        assert_eq!(a.len(), 4);
        assert!(a.rows.iter().all(|&r| r < 4096));
        assert_eq!(a.static_rows(0), b.static_rows(0));
        assert_ne!(a.static_rows(2), b.static_rows(2));
        assert_ne!(a.dynamic_rows(1, 1, 0), a.dynamic_rows(1, 0, 0));
    }
}
