//! Common nouns for organised bodies in the three languages.

/// Whether `folded` (lower case, accents removed) is a common noun for an organised
/// body: "organisation", "movimiento", "confederação" (folded "confederacao").
/// Used to read a name set beside it as that body's ("Ecuador's largest indigenous
/// organisation, Conaie") and "the confederation" as the body named before.
pub fn is_body_word(folded: &str) -> bool {
    matches!(
        folded,
        "organisation"
            | "organization"
            | "organizacion"
            | "organizacao"
            | "group"
            | "grupo"
            | "party"
            | "partido"
            | "union"
            | "sindicato"
            | "coalition"
            | "coalicion"
            | "coalizao"
            | "movement"
            | "movimiento"
            | "movimento"
            | "entidade"
            | "entidad"
            | "association"
            | "asociacion"
            | "associacao"
            | "confederation"
            | "confederacion"
            | "confederacao"
            | "federation"
            | "federacion"
            | "federacao"
            | "committee"
            | "comite"
            | "network"
            | "red"
            | "rede"
            | "platform"
            | "plataforma"
            | "front"
            | "frente"
            | "commission"
            | "comision"
            | "comissao"
            | "council"
            | "consejo"
            | "conselho"
            | "colectivo"
            | "coletivo"
            | "collective"
            // "The alliance on Wednesday demanded", "the forum said", "la
            // coordinadora exigió", "a articulação denunciou"
            | "alliance"
            | "alianza"
            | "alianca"
            | "forum"
            | "foro"
            | "coordinadora"
            | "coordenadora"
            | "articulacao"
            | "league"
            | "liga"
            | "observatory"
            | "observatorio"
            | "trust"
            // "El gremio exige ...": the trade union named before
            | "gremio"
    )
}

/// A little word that joins the words of a name and stays in lower case inside it
/// ("Polícia Militar do Distrito Federal", "Ministry of Labour and Employment
/// Creation", "Unidad Nacional de Protección", "Rio de Janeiro").
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "do"
            | "da"
            | "dos"
            | "das"
            | "of"
            | "the"
            | "la"
            | "el"
            | "los"
            | "las"
            | "y"
            | "e"
            | "and"
            | "for"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_bodies() {
        assert!(is_body_word("confederacao"));
        assert!(is_body_word("organisation"));
        assert!(is_body_word("alliance") && is_body_word("forum"));
        assert!(!is_body_word("president"));
    }
}
