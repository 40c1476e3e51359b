//! Accent and case folding for matching ("Perú" and "peru" meet as "peru").

/// Lower-case and strip the Latin diacritics used in en/es/pt. Characters
/// outside that set are lower-cased and kept. The output may differ in byte
/// length from the input: never use it for spans.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Fold one character into `out`.
pub fn push_folded(c: char, out: &mut String) {
    let base = match c {
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' | 'Á' | 'À' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'Ó' | 'Ò' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        '’' | '‘' | '`' | '´' => '\'',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(base);
}

/// Whether a word in lower case is a Spanish or Portuguese verb of the first person
/// plural: "exigimos", "convocamos", "denunciamos", "rechazamos". A statement
/// speaks as "we" through it, and in capitals ("EXIGIMOS:") it names no body.
pub fn is_first_person_plural_verb(lower: &str) -> bool {
    lower.len() >= 7
        && (lower.ends_with("amos") || lower.ends_with("emos") || lower.ends_with("imos"))
        && lower.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Perú"), "peru");
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("CONCEIÇÃO"), "conceicao");
        assert_eq!(fold("Venezuela’s"), "venezuela's");
        assert_eq!(fold("Ñuñoa"), "nunoa");
    }
}
