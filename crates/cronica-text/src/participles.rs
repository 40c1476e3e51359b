//! Past participles of Spanish and Portuguese, and the verbs that carry them: "una
//! orden firmada el 2 de julio" names a thing by a participle, "la orden fue
//! firmada el 2 de julio" tells an act.

/// Whether a folded word has the ending of a past participle ("firmada",
/// "aprovado", "detenidos"), and more than two letters before it.
pub fn is_participle(folded: &str) -> bool {
    ["ada", "ado", "adas", "ados", "ida", "ido", "idas", "idos"]
        .iter()
        .any(|end| folded.len() > end.len() + 2 && folded.ends_with(end))
}

/// Whether a folded word is a verb or a clitic that a participle after it
/// completes ("fue firmada", "resultaron heridas", "siguen detenidos", "se
/// realizada"), so that the participle tells an act, not a thing named in
/// passing.
pub fn carries_participle(folded: &str) -> bool {
    matches!(
        folded,
        "fue"
            | "fueron"
            | "fui"
            | "ha"
            | "han"
            | "habia"
            | "habian"
            | "sido"
            | "es"
            | "son"
            | "era"
            | "eran"
            | "esta"
            | "estan"
            | "estaba"
            | "estaban"
            | "quedo"
            | "quedaron"
            | "queda"
            | "quedan"
            | "resultaron"
            | "resulto"
            | "salieron"
            | "salio"
            | "siguen"
            | "sigue"
            | "permanecen"
            | "continuan"
            | "seran"
            | "sera"
            | "sean"
            | "foi"
            | "foram"
            | "tem"
            | "tinha"
            | "tinham"
            | "sao"
            | "estava"
            | "estavam"
            | "estao"
            | "ficou"
            | "ficaram"
            | "fica"
            | "ficam"
            | "resultaram"
            | "resultou"
            | "seguem"
            | "segue"
            | "permanecem"
            | "continuam"
            | "serao"
            | "sejam"
            | "se"
            | "nos"
            | "lo"
            | "la"
            | "los"
            | "las"
            | "le"
            | "les"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participles_and_their_verbs() {
        assert!(is_participle("firmada"));
        assert!(is_participle("detenidos"));
        assert!(!is_participle("nada"));
        assert!(carries_participle("fue"));
        assert!(carries_participle("resultaron"));
        assert!(!carries_participle("desalojo"));
    }
}
