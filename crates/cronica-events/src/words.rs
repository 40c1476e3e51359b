//! Closed word lists (folded: lower case, no accents) used around triggers.

use cronica_types::Lang;

pub fn is_negation(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Es => matches!(w, "no" | "nunca" | "jamas" | "ni" | "tampoco"),
        Lang::Pt => matches!(w, "nao" | "nunca" | "jamais" | "nem"),
        _ => matches!(
            w,
            "not"
                | "never"
                | "no"
                | "nor"
                | "didn't"
                | "did't"
                | "don't"
                | "doesn't"
                | "wasn't"
                | "weren't"
                | "hasn't"
                | "haven't"
                | "won't"
                | "cannot"
                | "can't"
                | "without"
        ),
    }
}

/// Obligation: the clause is a call or an opinion, not an event.
pub fn is_obligation(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Es => matches!(
            w,
            "debe" | "deben" | "deberia" | "deberian" | "debemos" | "hay" | "tiene" | "tienen"
        ),
        Lang::Pt => matches!(
            w,
            "deve"
                | "devem"
                | "deveria"
                | "deveriam"
                | "devemos"
                | "precisa"
                | "precisam"
                | "tem"
                | "temos"
        ),
        _ => matches!(
            w,
            "must" | "should" | "need" | "needs" | "ought" | "let's" | "shall"
        ),
    }
}

pub fn is_hypothetical(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Es => matches!(
            w,
            "podria"
                | "podrian"
                | "si"
                | "posible"
                | "posiblemente"
                | "considera"
                | "evalua"
                | "estudia"
                | "quizas"
                | "tal"
        ),
        Lang::Pt => matches!(
            w,
            "poderia"
                | "poderiam"
                | "possivel"
                | "possivelmente"
                | "considera"
                | "avalia"
                | "talvez"
                | "caso"
        ),
        _ => matches!(
            w,
            "could"
                | "would"
                | "might"
                | "may"
                | "if"
                | "considering"
                | "consider"
                | "possible"
                | "possibly"
                | "perhaps"
                | "unless"
                | "whether"
        ),
    }
}

pub fn is_future(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Es => matches!(
            w,
            "va" | "van"
                | "convoca"
                | "convocan"
                | "convoco"
                | "convocaron"
                | "convocada"
                | "convocado"
                | "proxima"
                | "proximo"
                | "prepara"
                | "preparan"
                | "anuncio"
                | "anuncian"
        ),
        Lang::Pt => matches!(
            w,
            "vai"
                | "vao"
                | "ira"
                | "irao"
                | "convoca"
                | "convocam"
                | "convocou"
                | "convocada"
                | "convocado"
                | "proxima"
                | "proximo"
                | "prepara"
                | "preparam"
        ),
        _ => matches!(
            w,
            "will"
                | "'ll"
                | "going"
                | "plans"
                | "planned"
                | "plan"
                | "scheduled"
                | "upcoming"
                | "join"
                | "called"
                | "calls"
                | "holding"
                | "set"
                | "next"
        ),
    }
}

/// Verbs that introduce reported speech or a claim.
pub fn is_speech(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Es => matches!(
            w,
            "dijo"
                | "afirmo"
                | "aseguro"
                | "declaro"
                | "informo"
                | "senalo"
                | "indico"
                | "sostuvo"
                | "denuncio"
                | "confeso"
                | "admitio"
                | "anuncio"
                | "reporto"
        ),
        Lang::Pt => matches!(
            w,
            "disse"
                | "afirmou"
                | "declarou"
                | "informou"
                | "disseram"
                | "afirmaram"
                | "confessou"
                | "admitiu"
                | "anunciou"
                | "relatou"
        ),
        _ => matches!(
            w,
            "said"
                | "says"
                | "say"
                | "claimed"
                | "claims"
                | "claim"
                | "stated"
                | "told"
                | "reported"
                | "confessed"
                | "admitted"
                | "announced"
                | "alleged"
                | "insisted"
                | "boasted"
        ),
    }
}

/// Words that start an attribution: "according to", "según", "segundo".
/// Returns how many words the phrase takes at `i`, if one starts there.
pub fn attribution_at(words: &[String], i: usize) -> Option<usize> {
    let w = |k: usize| words.get(i + k).map(String::as_str).unwrap_or("");
    match (w(0), w(1), w(2)) {
        ("according", "to", _) => Some(2),
        ("de", "acuerdo", "con") | ("de", "acordo", "com") => Some(3),
        ("segun", _, _) | ("segundo", _, _) | ("conforme", _, _) => Some(1),
        _ => None,
    }
}

/// Words that open a subordinate clause.
pub fn is_complementizer(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "que"
            | "which"
            | "who"
            | "whom"
            | "quien"
            | "quienes"
            | "cual"
            | "cuales"
            | "qual"
            | "quais"
    )
}

pub fn is_passive_aux(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "been"
            | "be"
            | "is"
            | "are"
            | "being"
            | "fue"
            | "fueron"
            | "sido"
            | "foi"
            | "foram"
            | "seria"
            | "got"
    )
}

/// Verbs and nouns whose subject is the one who suffers ("died", "murieron").
pub fn is_unaccusative(w: &str) -> bool {
    matches!(
        w,
        "died"
            | "dead"
            | "deaths"
            | "perished"
            | "murieron"
            | "fallecieron"
            | "muertos"
            | "muertas"
            | "morreram"
            | "mortos"
            | "mortas"
            | "faleceram"
            | "injured"
            | "wounded"
            | "heridos"
            | "feridos"
    )
}

pub fn is_agent_marker(w: &str) -> bool {
    matches!(w, "by" | "por" | "pelo" | "pela" | "pelos" | "pelas")
}

pub fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "near"
            | "outside"
            | "across"
            | "throughout"
            | "inside"
            | "around"
            | "en"
            | "em"
            | "no"
            | "na"
            | "nos"
            | "nas"
            | "cerca"
            | "hacia"
            | "into"
    )
}

/// Group nouns that can be actors or targets without a name.
pub fn is_group_noun(w: &str) -> bool {
    matches!(
        w,
        "police"
            | "army"
            | "military"
            | "soldiers"
            | "troops"
            | "forces"
            | "government"
            | "regime"
            | "protesters"
            | "protestors"
            | "demonstrators"
            | "workers"
            | "students"
            | "residents"
            | "opposition"
            | "congress"
            | "parliament"
            | "authorities"
            | "guard"
            | "activists"
            | "communities"
            | "voters"
            | "people"
            | "prisoners"
            | "leaders"
            | "journalists"
            | "farmers"
            | "peasants"
            | "miners"
            | "teachers"
            | "unions"
            | "mutineers"
            | "guardsmen"
            | "officers"
            | "rebels"
            | "militants"
            | "policia"
            | "policias"
            | "militares"
            | "ejercito"
            | "soldados"
            | "gobierno"
            | "regimen"
            | "manifestantes"
            | "trabajadores"
            | "estudiantes"
            | "pobladores"
            | "vecinos"
            | "comuneros"
            | "campesinos"
            | "oposicion"
            | "congreso"
            | "autoridades"
            | "dirigentes"
            | "periodistas"
            | "policiais"
            | "exercito"
            | "governo"
            | "trabalhadores"
            | "estudantes"
            | "moradores"
            | "oposicao"
            | "camponeses"
            | "indigenas"
            | "lideres"
            | "jornalistas"
            | "professores"
            | "sindicatos"
            | "personas"
            | "pessoas"
            | "civilians"
            | "civiles"
            | "civis"
            | "detainees"
            | "supporters"
            | "simpatizantes"
            | "apoiadores"
            | "seguidores"
            | "militantes"
            | "administration"
    )
}

pub fn is_first_person(w: &str) -> bool {
    matches!(w, "we" | "nosotros" | "nos" | "nós" | "our")
}
