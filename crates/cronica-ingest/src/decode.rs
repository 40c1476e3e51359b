//! Bytes to text: encoding detection and junk detection.
//!
//! Inputs come from anywhere: UTF-8 with or without a byte order mark, UTF-16
//! exports, legacy Windows-1252/Latin-1 files, and binary files that were
//! picked up by mistake. This module decodes the first three and refuses the
//! last, so later stages only ever see text.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::error::{IngestError, Result};

/// Text decoded from bytes, with the name of the encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// The largest share of control characters (other than tab, newline, carriage
/// return and form feed) a text may hold before it is taken for binary data.
const MAX_CONTROL_SHARE: f64 = 0.02;

/// Decodes `bytes` as UTF-8 (a BOM is stripped), UTF-16 (with a BOM), or
/// Windows-1252 when they are not valid UTF-8. Binary data and empty text are
/// errors.
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(IngestError::Empty);
    }
    let (text, encoding) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(IngestError::Encoding(format!(
                "invalid {} after its byte order mark",
                enc.name()
            )));
        }
        (text.into_owned(), enc.name())
    } else {
        if let Some(pos) = bytes.iter().position(|&b| b == 0) {
            if looks_like_bomless_utf16(bytes) {
                let enc = if pos % 2 == 0 { UTF_16BE } else { UTF_16LE };
                let (text, _) = enc.decode_without_bom_handling(bytes);
                (text.into_owned(), enc.name())
            } else {
                return Err(IngestError::Binary(format!("NUL byte at offset {pos}")));
            }
        } else {
            match std::str::from_utf8(bytes) {
                Ok(s) => (s.to_owned(), UTF_8.name()),
                Err(_) => {
                    let (text, _, _) = WINDOWS_1252.decode(bytes);
                    (text.into_owned(), WINDOWS_1252.name())
                }
            }
        }
    };
    check_text(&text)?;
    Ok(Decoded { text, encoding })
}

/// UTF-16 without a byte order mark: every other byte of ASCII text is zero.
fn looks_like_bomless_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 8 {
        return false;
    }
    let zeros_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let zeros_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let half = sample.len() / 2;
    (zeros_even * 10 >= half * 9 && zeros_odd == 0)
        || (zeros_odd * 10 >= half * 9 && zeros_even == 0)
}

/// Refuses text that is empty or mostly control characters.
pub fn check_text(text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return Err(IngestError::Binary("NUL character in the text".into()));
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
            control += 1;
        }
    }
    let share = control as f64 / total as f64;
    if share > MAX_CONTROL_SHARE {
        return Err(IngestError::Binary(format!(
            "{:.0}% control characters",
            share * 100.0
        )));
    }
    Ok(())
}

/// The longest line of `text` over `limit` bytes: (1-based line number, length).
pub fn huge_line(text: &str, limit: usize) -> Option<(usize, usize)> {
    text.split('\n')
        .enumerate()
        .find(|(_, l)| l.len() > limit)
        .map(|(i, l)| (i + 1, l.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_stripped() {
        let d = decode(b"\xEF\xBB\xBFHola, mundo").unwrap();
        assert_eq!(d.text, "Hola, mundo");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn latin1_is_read_as_windows_1252() {
        // "Informaç\xe3o: São Paulo, 3 de março" in Latin-1, with a 1252 quote.
        let bytes = b"Informa\xe7\xe3o: S\xe3o Paulo, 3 de mar\xe7o \x93citado\x94";
        let d = decode(bytes).unwrap();
        assert_eq!(
            d.text,
            "Informação: São Paulo, 3 de março \u{201c}citado\u{201d}"
        );
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Lima".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Lima");
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn nul_bytes_are_binary() {
        let err = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01").unwrap_err();
        assert!(matches!(err, IngestError::Binary(_)), "{err}");
    }

    #[test]
    fn control_characters_are_binary() {
        let junk: Vec<u8> = (0..200u8)
            .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
            .collect();
        assert!(matches!(decode(&junk), Err(IngestError::Binary(_))));
    }

    #[test]
    fn empty_and_blank_are_empty() {
        assert!(matches!(decode(b""), Err(IngestError::Empty)));
        assert!(matches!(decode(b" \n\t\n"), Err(IngestError::Empty)));
    }

    #[test]
    fn finds_huge_lines() {
        let text = format!("short\n{}\nend", "x".repeat(50));
        assert_eq!(huge_line(&text, 40), Some((2, 50)));
        assert_eq!(huge_line(&text, 60), None);
    }
}
