//! Closed word lists (folded: lower case, no accents) used around triggers.

use cronica_types::{Lang, Sector};

pub fn is_negation(w: &str, lang: Lang) -> bool {
    match lang {
        // ("sin ninguna detención", "sem qualquer detenção", "ninguna persona fue
        // detenida", "nenhum agente foi suspenso")
        Lang::Es => matches!(
            w,
            "no" | "nunca" | "jamas" | "ni" | "tampoco" | "sin" | "ningun" | "ninguna" | "nadie"
        ),
        Lang::Pt => matches!(
            w,
            "nao" | "nunca" | "jamais" | "nem" | "sem" | "nenhum" | "nenhuma" | "ninguem"
        ),
        _ => matches!(
            w,
            "not"
                | "never"
                | "no"
                | "nobody"
                | "none"
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
            "must" | "should" | "need" | "needs" | "ought" | "let's" | "shall" | "duty"
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
                | "intencion"
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
                | "intencao"
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
                | "intention"
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
                // "serán detenidos", "la marcha será el jueves"
                | "sera"
                | "seran"
                // "pretende marchar el lunes": an intention is a plan
                | "pretende"
                | "pretenden"
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
                // "serão detidos", "o ato será na sexta"
                | "sera"
                | "serao"
                | "pretende"
                | "pretendem"
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
                // "it intends to march on Monday 8 March": an intention is a plan
                | "intends"
                | "intend"
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
                | "hablo"
                | "explico"
                | "agrego"
                | "anadio"
                | "preciso"
                | "revelo"
                | "alego"
                | "dice"
                | "dicen"
                | "dijeron"
                | "informaron"
                | "declararon"
                | "anunciaron"
                | "afirmaron"
                // a tally is its counter's report ("el Foro Penal contabilizó 1.848
                // presos políticos")
                | "contabilizo"
                | "contabilizaron"
                | "registraron"
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
                | "falou"
                | "falaram"
                | "garantiu"
                | "explicou"
                | "acrescentou"
                | "assegurou"
                | "indicou"
                | "revelou"
                | "alegou"
                | "diz"
                | "dizem"
                | "informaram"
                | "declararam"
                | "anunciaram"
                | "referiu"
                | "sublinhou"
                | "salientou"
                | "adiantou"
                | "contabilizou"
                | "registrou"
                | "documentou"
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
                | "stressed"
                | "concluded"
                | "reminded"
                | "reminder"
                | "argued"
                | "counted"
                | "documented"
                | "tallied"
        ),
    }
}

/// Verbs that charge someone with an act ("accused X of", "acusó a X de", "culpou X
/// por"): the act is the accuser's claim.
pub fn is_accusation(w: &str) -> bool {
    matches!(
        w,
        "accused"
            | "accuses"
            | "accuse"
            | "blamed"
            | "blames"
            | "acuso"
            | "acusaron"
            | "acusa"
            | "acusan"
            | "culpo"
            | "culparon"
            | "responsabilizo"
            | "responsabilizaron"
            | "acusou"
            | "acusaram"
            | "acusam"
            | "culpou"
            | "culparam"
            | "responsabilizou"
            | "responsabilizaram"
    )
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
/// A word that opens a subordinate clause with a subject of its own ("after a
/// ruling declared", "when snipers fired", "cuando la policía llegó").
pub fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "before"
            | "when"
            | "while"
            | "because"
            | "although"
            | "though"
            | "until"
            | "unless"
            | "whereas"
            | "cuando"
            | "mientras"
            | "porque"
            | "aunque"
            | "quando"
            | "enquanto"
            | "embora"
    )
}

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

/// Whether a folded word ends as a Spanish or Portuguese participle does ("detenido",
/// "apoiadas").
pub fn has_romance_participle_ending(w: &str) -> bool {
    ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Whether a folded word ends as a participle does in any of the three languages
/// ("backed", "detenido", "apoiadas").
pub fn has_participle_ending(w: &str) -> bool {
    w.ends_with("ed") || has_romance_participle_ending(w)
}

pub fn is_passive_aux(w: &str) -> bool {
    matches!(
        w,
        // "getting pepper sprayed", "got arrested"
        "getting"
            | "got"
            | "was"
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
            // "os presos são acusados de", "son acusados de"
            | "sao"
            | "son"
            | "ser"
            | "sera"
            | "serao"
            | "seran"
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
            | "murio"
            | "fallecio"
            | "morreu"
            | "faleceu"
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
            // "Iza still faces charges", "enfrenta cargos": the subject undergoes them
            | "faces"
            | "face"
            | "facing"
            | "faced"
            | "enfrenta"
            | "enfrentan"
            | "enfrentaba"
            | "enfrentam"
            // "el transporte quedó paralizado", "ficou ferido": a state the subject
            // was left in
            | "quedo"
            | "quedaron"
            | "ficou"
            | "ficaram"
    )
}

/// A noun for an armed act that names its doer after "of" or "by" ("an attack by
/// gunmen", "el operativo de la Policía", "a operação da PM").
/// An operation that removes people or buildings: an eviction, a demolition, a
/// police operation ("desalojo", "demolições", "the operation").
pub fn is_removal_noun(w: &str) -> bool {
    matches!(
        w,
        "eviction"
            | "evictions"
            | "demolition"
            | "demolitions"
            | "operation"
            | "desalojo"
            | "desalojos"
            | "despejo"
            | "despejos"
            | "demolicion"
            | "demoliciones"
            | "demolicao"
            | "demolicoes"
            | "operativo"
            | "operacion"
            | "operacao"
            | "reintegracao"
    )
}

/// Works, permits and projects a suspension halts for those who opposed them
/// (folded): "suspended all exploration activity", "suspendió el permiso del pozo",
/// "suspendeu por 60 dias as obras".
pub fn is_project_noun(w: &str) -> bool {
    matches!(
        w,
        "works"
            | "obras"
            | "exploration"
            | "exploracion"
            | "exploracao"
            | "drilling"
            | "perforacion"
            | "perfuracao"
            | "permit"
            | "permits"
            | "permiso"
            | "permisos"
            | "licence"
            | "license"
            | "licencia"
            | "licenca"
            | "concession"
            | "concesion"
            | "concessao"
            | "project"
            | "proyecto"
            | "projeto"
            | "construction"
            | "construccion"
            | "construcao"
            | "logging"
            | "load"
            | "aplicacion"
            | "aplicacao"
    )
}

pub fn is_operation_noun(w: &str) -> bool {
    matches!(
        w,
        "attack"
            | "attacks"
            | "operation"
            | "raid"
            | "ambush"
            | "offensive"
            | "ataque"
            | "ataques"
            | "operativo"
            | "operacion"
            | "operacao"
            | "incursion"
            | "incursao"
            | "emboscada"
            | "ofensiva"
            | "redada"
            | "batida"
            | "intervention"
            | "intervencion"
            | "intervencao"
            | "crackdown"
    )
}

pub fn is_agent_marker(w: &str) -> bool {
    matches!(w, "by" | "por" | "pelo" | "pela" | "pelos" | "pelas")
}

/// A word for a way or a site a crowd goes along or fills (folded): "marcharon
/// por la calle Uruguay", "seguiram pela Avenida Getúlio Vargas": after "por" it is
/// the route, never the agent.
pub fn is_way_word(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "avenue"
            | "road"
            | "highway"
            | "calle"
            | "avenida"
            | "av"
            | "carretera"
            | "ruta"
            | "autopista"
            | "rua"
            | "estrada"
            | "rodovia"
            | "travessa"
            | "alameda"
            | "paseo"
            | "passeio"
            | "malecon"
            | "orla"
            | "centro"
            | "plaza"
            | "praca"
            | "puente"
            | "ponte"
    )
}

/// A definite or indefinite article of the three languages (lower case).
pub fn is_article(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "el"
            | "la"
            | "los"
            | "las"
            | "o"
            | "os"
            | "as"
            | "un"
            | "una"
            | "um"
            | "uma"
    )
}

/// A preposition that makes a name the complement of a noun ("decisions of the NA").
pub fn is_genitive(w: &str) -> bool {
    matches!(w, "of" | "de" | "del" | "do" | "da" | "dos" | "das")
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

/// The news agencies whose name a dateline gives in brackets ("LIMA, Peru (AP) —").
pub fn is_wire_agency(name: &str) -> bool {
    matches!(
        cronica_text::fold(name).as_str(),
        "ap" | "afp"
            | "reuters"
            | "efe"
            | "dpa"
            | "ansa"
            | "xinhua"
            | "anadolu"
            | "upi"
            | "bloomberg"
            | "europa press"
            | "prensa latina"
            | "telam"
            | "andina"
            | "agencia brasil"
            | "ips"
            | "associated press"
            | "agence france-presse"
            | "lusa"
            | "agencia lusa"
            | "agencia efe"
            | "colprensa"
            | "notimex"
            | "tass"
            | "ria novosti"
            | "interfax"
            | "kyodo"
            | "yonhap"
            | "pti"
            | "ani"
            | "sputnik"
            | "abi"
            | "ap news"
    )
}

/// English past tenses that do not end in "-ed" and stand before a group noun
/// ("met union leaders", "led protesters", "shot demonstrators").
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "met"
            | "led"
            | "held"
            | "took"
            | "sent"
            | "shot"
            | "fought"
            | "hit"
            | "struck"
            | "beat"
            | "told"
            | "urged"
            | "left"
            | "freed"
            | "kept"
            | "drove"
            | "threw"
            | "sought"
            | "brought"
            | "caught"
            | "won"
            | "lost"
            | "saw"
            | "gave"
            | "made"
            | "let"
            | "put"
            | "set"
            | "ran"
            | "cut"
            | "bore"
            | "spoke"
    )
}

/// Group nouns that can be actors or targets without a name.
pub fn is_group_noun(w: &str) -> bool {
    is_office_noun(w)
        || matches!(
            w,
            "cancilleria"
            | "chancelaria"
            | "police"
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
            | "feminists"
            | "dissidents"
            | "disidentes"
            | "dissidentes"
            | "movement"
            | "movements"
            | "movimiento"
            | "movimientos"
            | "movimento"
            | "movimentos"
            | "feministas"
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
            | "minga"
            | "comunitarios"
            | "campesinos"
            | "oposicion"
            | "congreso"
            | "autoridades"
            | "dirigentes"
            | "periodistas"
            | "policiais"
            // "la intervención policial", "a operação policial": the police's act
            | "policial"
            | "policiales"
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
            | "pistoleiros"
            | "milicianos"
            | "agentes"
            | "uniformados"
            | "carabineros"
            | "gendarmes"
            | "aircraft"
            | "warplanes"
            | "jets"
            | "drones"
            | "helicopters"
            // who takes to the streets
            | "mothers"
            | "madres"
            | "maes"
            | "families"
            | "familias"
            | "familiares"
            | "relatives"
            | "retirees"
            | "aviones"
            | "avioes"
            | "supporters"
            | "simpatizantes"
            | "apoiadores"
            | "seguidores"
            | "militantes"
            | "administration"
            | "junta"
            | "juntas"
            // "homens armados mataram", "hombres armados irrumpieron"
            | "homens"
            | "hombres"
            // prosecutors: "the prosecutor charged", "la Fiscalía acusó"
            | "prosecutor"
            | "prosecutors"
            | "fiscalia"
            | "procurador"
            | "procuradoria"
            // offices of a government, named without their holder ("the minister
            // accused", "el ministerio informó")
            | "minister"
            | "ministry"
            | "ministro"
            | "ministra"
            | "ministerio"
            // who calls and leads a protest: "protest organisers have called"
            | "organisers"
            | "organizers"
            | "organizadores"
            | "convocantes"
            // the press, and people displaced: "state media said", "15 Syrian
            // refugees who protested"
            | "media"
            | "refugees"
            | "migrants"
            | "refugiados"
            | "migrantes"
            // trades and groups that act together: "los pescadores exigen"
            | "fishermen"
            | "truckers"
            | "drivers"
            | "doctors"
            | "nurses"
            | "pensioners"
            | "settlers"
            | "rioters"
            | "insurgents"
            | "guerrillas"
            | "gunmen"
            | "snipers"
            | "assailants"
            | "attackers"
            | "paramilitaries"
            | "militias"
            | "milicias"
            | "insurgentes"
            | "jihadists"
            | "extremists"
            | "mercenaries"
            | "mercenarios"
            | "bandits"
            | "bandidos"
            | "pandilleros"
            | "narcotraficantes"
            | "francotiradores"
            | "pistoleros"
            | "sicarios"
            | "atiradores"
            | "fighters"
            | "militiamen"
            | "inmates"
            | "lawmakers"
            | "legislators"
            | "pescadores"
            | "obreros"
            | "operarios"
            | "sindicalistas"
            | "huelguistas"
            | "grevistas"
            | "maestros"
            | "docentes"
            | "profesores"
            | "medicos"
            | "enfermeras"
            | "enfermeiros"
            | "agricultores"
            | "productores"
            | "produtores"
            | "transportistas"
            | "camioneros"
            | "caminhoneiros"
            | "taxistas"
            | "conductores"
            | "motoristas"
            | "mineros"
            | "mineiros"
            | "cocaleros"
            | "jubilados"
            | "aposentados"
            | "pensionistas"
            | "desempleados"
            | "desocupados"
            | "desempregados"
            | "piqueteros"
            | "comerciantes"
            | "funcionarios"
            | "servidores"
            | "empleados"
            | "ahorristas"
            | "habitantes"
            | "colonos"
            | "activistas"
            | "ativistas"
            | "rebeldes"
            | "guerrilleros"
            | "guerrilheiros"
            | "paramilitares"
            | "reclusos"
            | "presos"
            | "detenidos"
            | "detentos"
            | "hinchas"
            | "torcedores"
            | "opositores"
            | "partidarios"
            | "encapuchados"
            | "amotinados"
            | "revoltosos"
            | "agitadores"
            | "vandalos"
            // officials who act together: "foreign ministers", "los gobernadores"
            | "ministers"
            | "ministros"
            | "officials"
            | "governors"
            | "gobernadores"
            | "governadores"
            | "mayors"
            | "alcaldes"
            | "prefeitos"
            // one office's holder, named by the office ("o bispo de Pemba condenou",
            // "la gobernadora del Valle del Cauca advirtió"): see `is_office_noun`
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "portavoz"
            | "vocero"
            | "vocera"
            | "ombudsman"
            // courts and judges: "el tribunal ordenó su libertad"
            | "court"
            | "courts"
            | "tribunal"
            | "judge"
            | "judges"
            | "magistrate"
            | "magistrates"
            | "juez"
            | "jueza"
            | "juiz"
            | "juiza"
            | "youths"
            | "jovenes"
            | "jovens"
            | "organizations"
            | "organisations"
            | "organizaciones"
            | "organizacoes"
            // people by who they are, taking to the streets: "about 200 women held
            // a sit-in", "las comunidades de Ercilla anunciaron una marcha",
            // "traders kept their shops shut", "parentes das vítimas fizeram um ato"
            | "women"
            | "mujeres"
            | "mulheres"
            | "traders"
            | "vendors"
            | "vendedores"
            | "vendedoras"
            | "vendedeiras"
            | "villagers"
            | "comunidades"
            | "gremios"
            | "parentes"
            | "residentes"
            | "mototaxistas"
            | "pupils"
            | "alumnos"
            | "alunos"
            | "normalistas"
            | "pobladoras"
            | "moradoras"
            | "men"
            | "committees"
            | "comites"
        )
}

/// An office one person holds, named by what it is ("o bispo", "la gobernadora",
/// "the minister"): its holder is told by the place or body after it ("de Pemba",
/// "del Valle del Cauca", "da Saúde").
pub fn is_office_noun(w: &str) -> bool {
    matches!(
        w,
        "bishop"
            | "archbishop"
            | "obispo"
            | "arzobispo"
            | "bispo"
            | "arcebispo"
    )
    // (a senator or a general is told by a party or a rank, not by a place)
    || OFFICES.contains(&w) && !matches!(w, "senator" | "senador" | "senadora" | "general")
}

/// A word that opens an office's title before its holder's name: an office
/// ("President Boluarte") or the first word of a longer title ("US Secretary of
/// State Marco Rubio", "Iraqi Prime Minister Mustafa al-Kadhimi").
pub fn opens_title(w: &str) -> bool {
    is_office_noun(w)
        || matches!(
            w,
            "secretary"
                | "secretario"
                | "secretaria"
                | "chancellor"
                | "canciller"
                | "chanceler"
                | "ambassador"
                | "embajador"
                | "embajadora"
                | "embaixador"
                | "embaixadora"
                | "prime"
                | "primer"
                | "primeiro"
        )
}

/// Offices a person is named by (folded): "President Boluarte", "el presidente",
/// "US Senator Marco Rubio".
pub const OFFICES: &[&str] = &[
    "president",
    "presidente",
    "presidenta",
    "minister",
    "ministro",
    "ministra",
    "governor",
    "gobernador",
    "gobernadora",
    "governador",
    "governadora",
    "mayor",
    "alcalde",
    "alcaldesa",
    "prefeito",
    "prefeita",
    // a department's or province's head: "the prefect of Golfe", "el prefecto del
    // Azuay", "la intendenta de Montevideo"
    "prefect",
    "prefecto",
    "prefecta",
    "intendente",
    "intendenta",
    "senator",
    "senador",
    "senadora",
    "general",
];

/// A feeling a party voices ("su preocupación por", "seu repúdio pela"): the
/// "por" after it gives the cause, never an agent.
pub fn is_feeling_noun(w: &str) -> bool {
    matches!(
        w,
        "preocupacion"
            | "preocupacao"
            | "inquietud"
            | "indignacion"
            | "indignacao"
            | "repudio"
            | "rechazo"
            | "solidaridad"
            | "solidariedade"
            | "condolencias"
            | "pesar"
            | "tristeza"
            | "alarma"
            | "alarme"
            | "satisfaccion"
            | "satisfacao"
            | "apoyo"
            | "apoio"
    )
}

/// Nouns naming people as they protest.
pub fn is_protester(w: &str) -> bool {
    matches!(
        w,
        "protesters"
            | "protestors"
            | "demonstrators"
            | "strikers"
            | "marchers"
            | "manifestantes"
            | "huelguistas"
            | "piqueteros"
            | "marchistas"
            | "grevistas"
    )
}

/// Activists, as a group that acts ("activists blocked", "activistas cerraron").
pub fn is_activist(w: &str) -> bool {
    matches!(w, "activists" | "activistas" | "militants" | "militantes")
}

/// A finite verb in the past by its ending (folded words): "blocked", "cerraron",
/// "convergieron", "fecharam". Participles after an auxiliary read the same, which is
/// what the callers want ("had blocked").
pub fn is_finite_past(w: &str, lang: Lang) -> bool {
    let n = w.chars().count();
    n > 4
        && match lang {
            Lang::En => w.ends_with("ed") && !matches!(w, "red" | "need" | "speed" | "seed"),
            Lang::Es => w.ends_with("aron") || w.ends_with("ieron") || w.ends_with("eron"),
            Lang::Pt => w.ends_with("aram") || w.ends_with("eram") || w.ends_with("iram"),
            Lang::Other => false,
        }
}

/// A word opening a condition ("if", "unless", "si", "a menos que"); Portuguese "se"
/// is left out, being as often a pronoun.
pub fn is_condition(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => matches!(w, "if" | "unless"),
        Lang::Es => matches!(w, "si"),
        Lang::Pt => matches!(w, "caso"),
        Lang::Other => false,
    }
}

/// Words naming some members of a body ("members of", "agentes de").
/// A common noun for a civil body, that its name may follow ("o movimento cívico
/// Basta", "the group Extinction Rebellion"), folded.
pub fn is_body_noun(w: &str) -> bool {
    matches!(
        w,
        "movement"
            | "group"
            | "party"
            | "collective"
            | "coalition"
            | "organisation"
            | "organization"
            | "association"
            | "campaign"
            | "network"
            | "platform"
            | "alliance"
            | "movimiento"
            | "movimento"
            | "grupo"
            | "partido"
            | "colectivo"
            | "coletivo"
            | "coalicion"
            | "coalizao"
            | "organizacion"
            | "organizacao"
            | "asociacion"
            | "associacao"
            | "plataforma"
            | "alianza"
            | "alianca"
    )
}

/// A verb that calls an act (folded): "called a strike", "convocaron una marcha".
pub fn is_call_verb(w: &str) -> bool {
    matches!(
        w,
        "called"
            | "calls"
            | "call"
            | "convoco"
            | "convocaron"
            | "convoca"
            | "convocan"
            | "convocou"
            | "convocaram"
            | "convocamos"
            | "convocar"
            // the future of a call: "convocaremos a un paro", "convocará a una marcha"
            | "convocara"
            | "convocaran"
            | "convocaremos"
            | "convocarao"
            | "llamaremos"
            | "llamara"
            | "llamaran"
            | "chamaremos"
            | "convocada"
            | "convocado"
            | "convocadas"
            | "convocados"
    )
}

/// Verbs of inviting to an act: "We invite workers ... to a rally", "Invitamos a la
/// población a una marcha", "convidamos a comunidade para o ato".
pub fn is_invitation(w: &str) -> bool {
    matches!(
        w,
        "invite"
            | "invites"
            | "invited"
            | "invitamos"
            | "invita"
            | "invitan"
            | "invito"
            | "invitaron"
            | "convidamos"
            | "convida"
            | "convidam"
            | "convidou"
            | "convidaram"
    )
}

/// A word for the press or a medium of it (folded): "radio stations", "la emisora",
/// "o jornal".
pub fn is_media_noun(w: &str) -> bool {
    matches!(
        w,
        "radio"
            | "radios"
            | "internet"
            | "station"
            | "stations"
            | "newspaper"
            | "newspapers"
            | "broadcaster"
            | "broadcasters"
            | "channel"
            | "channels"
            | "television"
            | "website"
            | "websites"
            | "outlet"
            | "outlets"
            | "publication"
            | "emisora"
            | "emisoras"
            | "periodico"
            | "diario"
            | "canal"
            | "canales"
            | "televisora"
            | "jornal"
            | "jornais"
            | "emissora"
            | "emissoras"
            | "canais"
    )
}

/// A word that tells a crowd's size before who they are (folded): "more than 2,000",
/// "cerca de 5 mil", "miles de", "dezenas de".
pub fn is_crowd_size(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        || is_article(w)
        || is_genitive(w)
        || matches!(
            w,
            "about"
                | "around"
                | "some"
                | "more"
                | "than"
                | "over"
                | "nearly"
                | "almost"
                | "at"
                | "least"
                | "hundreds"
                | "thousands"
                | "dozens"
                | "hundred"
                | "thousand"
                | "cerca"
                | "unos"
                | "unas"
                | "mas"
                | "casi"
                | "quase"
                | "mil"
                | "miles"
                | "cientos"
                | "centenares"
                | "decenas"
                | "milhares"
                | "centenas"
                | "dezenas"
                | "aproximadamente"
                | "approximately"
        )
}

pub fn is_partitive(w: &str) -> bool {
    matches!(
        w,
        "members"
            | "elements"
            | "operatives"
            | "officers"
            | "agents"
            | "units"
            | "miembros"
            | "elementos"
            | "agentes"
            | "efectivos"
            | "integrantes"
            | "membros"
            | "unidades"
    )
}

/// Verbs that carry out the act a noun names ("carried out an air strike", "lanzó un
/// ataque", "realizaram uma greve").
pub fn is_support_verb(w: &str) -> bool {
    matches!(
        w,
        "carried"
            | "launched"
            | "staged"
            | "conducted"
            | "committed"
            | "perpetrated"
            | "unleashed"
            | "lanzo"
            | "lanzaron"
            | "realizo"
            | "realizaron"
            | "efectuo"
            | "efectuaron"
            | "perpetro"
            | "perpetraron"
            | "desato"
            | "lancou"
            | "lancaram"
            | "realizou"
            | "realizaram"
            | "efetuou"
            | "efetuaram"
            // "the union announced a general strike", "la COB anunció una huelga",
            // "iniciaron un paro", "a APEOESP organizou um ato": who announces,
            // starts or organises the act does it
            | "announced"
            | "announces"
            | "organised"
            | "organized"
            | "organises"
            | "organizes"
            | "began"
            | "started"
            | "held"
            | "holds"
            | "hold"
            // "fizeram esta tarde uma vigília", "hicieron un cacerolazo": who makes
            // the act does it
            | "fez"
            | "fizeram"
            | "faz"
            | "fazem"
            | "hizo"
            | "hicieron"
            | "hace"
            | "hacen"
            | "realiza"
            | "realizan"
            | "realizam"
            | "anuncio"
            | "anunciaron"
            | "anuncia"
            | "anuncian"
            | "inicio"
            | "iniciaron"
            | "inicia"
            | "inician"
            | "comenzo"
            | "comenzaron"
            | "organizo"
            | "organizaron"
            | "protagonizo"
            | "protagonizaron"
            | "anunciou"
            | "anunciaram"
            | "anunciam"
            | "iniciou"
            | "iniciaram"
            | "iniciam"
            | "comecou"
            | "comecaram"
            | "organizou"
            | "organizaram"
            | "deflagrou"
            | "deflagraram"
            // "abriu um procedimento para apurar", "opened an investigation"
            | "opened"
            | "abrio"
            | "abrieron"
            | "abriu"
            | "abriram"
            // "o Ministério autorizou o envio da Força Nacional", "ordered the
            // deployment of troops": who authorises or orders the act does it
            | "authorised"
            | "authorized"
            | "ordered"
            | "approved"
            | "autorizo"
            | "autorizaron"
            | "ordeno"
            | "ordenaron"
            | "dispuso"
            | "aprobo"
            | "autorizou"
            | "autorizaram"
            | "ordenou"
            | "ordenaram"
            | "determinou"
            | "determinaram"
            | "aprovou"
            // "apresentou a demissão", "presentó su renuncia", "tendered his
            // resignation", "presentó una denuncia": who hands it in does it
            | "apresentou"
            | "apresentaram"
            | "presento"
            | "presentaron"
            | "submitted"
            | "tendered"
            | "entregou"
            | "entrego"
            // "mantienen desde ayer un plantón", "kept up a blockade", "mantêm um
            // acampamento": who keeps the act going does it
            | "kept"
            | "keep"
            | "keeps"
            | "maintained"
            | "maintain"
            | "maintains"
            | "mantiene"
            | "mantienen"
            | "mantenia"
            | "mantenian"
            | "mantuvo"
            | "mantuvieron"
            | "mantendra"
            | "mantendran"
            | "mantem"
            | "mantinha"
            | "mantinham"
            | "manteve"
            | "mantiveram"
            | "mantera"
            | "manterao"
            // "called a general strike", "convocó un paro", "convocaram um ato":
            // who calls the act holds it
            | "called"
            | "calls"
            | "convoco"
            | "convocaron"
            | "convoca"
            | "convocan"
            | "convocara"
            | "convocaran"
            | "convocou"
            | "convocaram"
            | "convocam"
            | "convocarao"
            // "led a march", "encabezaron la marcha", "lideraram o protesto"
            | "led"
            | "leads"
            | "encabezo"
            | "encabezaron"
            | "lidero"
            | "lideraron"
            | "liderou"
            | "lideraram"
            // "Policiais militares usaram bombas de gás lacrimogêneo", "used tear gas":
            // who uses the weapon does the act
            | "used"
            | "usaron"
            | "utilizo"
            | "utilizaron"
            | "emplearon"
            | "usaram"
            | "usou"
            | "utilizaram"
            | "utilizou"
            | "empregaram"
            // the act to come: "la central realizará una caravana", "farão um ato"
            | "realizara"
            | "realizaran"
            | "realizarao"
            | "celebro"
            | "celebraron"
            | "celebrara"
            | "celebraran"
            | "hara"
            | "haran"
            | "fara"
            | "farao"
            | "iniciara"
            | "iniciaran"
            | "iniciarao"
            | "comenzara"
            | "comenzaran"
            | "promoveu"
            | "promoveram"
            | "promovera"
            | "promoverao"
    )
}

/// Nouns for a place that a name after them specifies ("the streets of Lima", "the
/// city of El Alto", "las calles de Quito").
pub fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "streets"
            | "city"
            | "town"
            | "capital"
            | "province"
            | "region"
            | "calles"
            | "ciudad"
            | "provincia"
            | "ruas"
            | "cidade"
            | "regiao"
            // "no centro de Lima", "the outskirts of Quito"
            | "centro"
            | "center"
            | "centre"
            | "outskirts"
            | "afueras"
            | "periferia"
            | "heart"
            // "vindos do sul do Peru", "from the north of the country"
            | "south"
            | "north"
            | "east"
            | "west"
            | "sur"
            | "norte"
            | "este"
            | "oeste"
            | "sul"
            | "leste"
            // "no município de Caarapó", "the village of Kani", "el barrio de
            // Petare", "el departamento del Cauca"
            | "municipio"
            | "municipality"
            | "district"
            | "distrito"
            | "village"
            | "aldeia"
            | "vila"
            | "pueblo"
            | "localidad"
            | "localidade"
            | "comuna"
            | "county"
            | "township"
            | "canton"
            | "parroquia"
            | "freguesia"
            | "corregimiento"
            | "departamento"
            | "department"
            | "estado"
            | "state"
            | "barrio"
            | "bairro"
            | "neighbourhood"
            | "neighborhood"
    )
}

/// Words (folded) that head organisations' names: "Red de Solidaridad con
/// Nicaragua", "Stop the War Coalition", "Comité Nacional de Paro".
pub fn is_org_head(w: &str) -> bool {
    matches!(
        w,
        "red"
            | "rede"
            | "network"
            | "comite"
            | "committee"
            | "coalition"
            | "coalicion"
            | "coalizao"
            | "council"
            | "consejo"
            | "conselho"
            | "movement"
            | "movimiento"
            | "movimento"
            | "front"
            | "frente"
            | "federation"
            | "federacion"
            | "federacao"
            | "confederation"
            | "confederacion"
            | "confederacao"
            | "association"
            | "asociacion"
            | "associacao"
            | "alliance"
            | "alianza"
            | "alianca"
            | "campaign"
            | "campana"
            | "campanha"
            | "league"
            | "liga"
            | "observatory"
            | "observatorio"
            | "commission"
            | "comision"
            | "comissao"
            | "institute"
            | "instituto"
            | "foundation"
            | "fundacion"
            | "fundacao"
            | "coordinadora"
            | "colectivo"
            | "coletivo"
            | "plataforma"
            | "platform"
            | "union"
            | "sindicato"
            | "union's"
            | "international"
            | "internacional"
            | "society"
            | "ordem"
            | "orden"
            | "colegio"
            | "watch"
    )
}

/// A third-person singular subject pronoun (folded): "he", "she", "el", "ella".
/// Portuguese "ele"/"ela" likewise; Spanish "él" folds to "el", the article, and
/// is left to the caller's subject test.
pub fn is_personal_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "ella" | "ele" | "ela")
}

/// A Spanish or Portuguese verb of the first person plural (folded): "exigimos",
/// "convocamos", "repudiamos", "rechazamos".
pub fn is_first_person_verb(w: &str) -> bool {
    cronica_text::is_first_person_plural_verb(w)
}

/// A word of the first person plural, as written: "we", "our", "nosotros", "nós".
/// Portuguese "nos" without its accent is "in the" ("morreram nos confrontos"), and
/// Spanish "nos" an object ("nos atacaron"): neither says who speaks.
pub fn is_first_person(raw: &str) -> bool {
    ["we", "nosotros", "nosotras", "our"]
        .iter()
        .any(|w| raw.eq_ignore_ascii_case(w))
        || matches!(raw, "nós" | "Nós" | "NÓS")
}

/// The sector a party's name points to, from its words (folded): "the Peruvian
/// police" is police, "Gobierno de Dina Boluarte" government, "CONAIE" none.
pub fn sector_of(name: &str) -> Option<Sector> {
    let folded = cronica_text::fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    // international bodies by name first
    if has(&[
        "un", "onu", "oas", "oea", "nato", "otan", "imf", "fmi", "eu", "ue", "unasur", "mercosur",
        "celac", "icc",
    ]) || folded.contains("united nations")
        || folded.contains("naciones unidas")
        || folded.contains("nacoes unidas")
        || folded.contains("european union")
        || folded.contains("union europea")
        || folded.contains("uniao europeia")
        || folded.contains("organization of american states")
        || folded.contains("organisation of american states")
        || folded.contains("world bank")
        || folded.contains("fourth international")
    {
        return Some(Sector::InternationalOrganisation);
    }
    let table: &[(&[&str], Sector)] = &[
        (
            &[
                "police",
                "policia",
                "policias",
                "policiais",
                "carabineros",
                "gendarmeria",
            ],
            Sector::Police,
        ),
        (
            &[
                "army",
                "military",
                "soldiers",
                "troops",
                "forces",
                "navy",
                "marines",
                "guard",
                "guardsmen",
                "ejercito",
                "militares",
                "soldados",
                "fuerzas",
                "armada",
                "exercito",
                "forcas",
                "guardia",
                "mutineers",
            ],
            Sector::Military,
        ),
        (
            &[
                "court",
                "tribunal",
                "judge",
                "judges",
                "magistrate",
                "magistrates",
                "prosecutor",
                "prosecutors",
                "corte",
                "juez",
                "jueces",
                "juiz",
                "fiscalia",
                "procuradoria",
                "judiciary",
                "stf",
            ],
            Sector::Judiciary,
        ),
        (
            &[
                "congress",
                "parliament",
                "assembly",
                "senate",
                "congreso",
                "asamblea",
                "senado",
                "camara",
                "assembleia",
                "legislature",
                "mps",
                "deputies",
                "diputados",
                "deputados",
            ],
            Sector::Legislature,
        ),
        (
            &[
                "government",
                "regime",
                "administration",
                "ministry",
                "minister",
                "president",
                "presidency",
                "cabinet",
                "department",
                "treasury",
                "gobierno",
                "regimen",
                "ministerio",
                "ministro",
                "ministra",
                "presidente",
                "governo",
                "planalto",
                "kremlin",
                "authorities",
                "autoridades",
            ],
            Sector::Government,
        ),
        (&["opposition", "oposicion", "oposicao"], Sector::Opposition),
        (&["party", "partido", "psol"], Sector::Party),
        (
            &[
                "union",
                "unions",
                "workers",
                "sindicato",
                "sindicatos",
                "trabajadores",
                "trabalhadores",
                "confederation",
                "confederacion",
                "confederacao",
                "cut",
                "cgt",
            ],
            Sector::Labour,
        ),
        (
            &[
                "rebels",
                "militants",
                "guerrilla",
                "guerrillas",
                "insurgents",
                "farc",
                "eln",
                "gangs",
            ],
            Sector::Rebels,
        ),
        (
            &[
                "journalists",
                "media",
                "press",
                "newspaper",
                "periodistas",
                "jornalistas",
                "communicators",
                "reporters",
            ],
            Sector::Media,
        ),
        (
            &[
                "church", "bishop", "bishops", "iglesia", "igreja", "pope", "papa", "clergy",
                "obispos", "bispos",
            ],
            Sector::Religious,
        ),
        (
            &[
                "protesters",
                "protestors",
                "demonstrators",
                "residents",
                "people",
                "students",
                "civilians",
                "manifestantes",
                "pobladores",
                "vecinos",
                "personas",
                "pessoas",
                "estudiantes",
                "estudantes",
                "moradores",
                "campesinos",
                "camponeses",
                "communities",
                "comunidades",
                "voters",
                "farmers",
                "teachers",
                "activists",
                "supporters",
                "detainees",
                "prisoners",
            ],
            Sector::Civilians,
        ),
    ];
    table.iter().find(|(list, _)| has(list)).map(|(_, s)| *s)
}

/// A noun naming a statement (folded): "statement", "comunicado", "nota".
pub fn is_statement_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "press"
            | "briefing"
            | "communique"
            | "declaration"
            | "comunicado"
            | "declaracion"
            | "nota"
            | "declaracao"
    )
}

/// Words that put an act in the future: "will", "vai", and the future of the
/// verbs that call or start protests ("llamará", "convocaremos", "iniciarão").
pub fn is_future_marker(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "'ll"
            | "vai"
            | "vao"
            | "ira"
            | "iran"
            | "irao"
            | "iremos"
            | "llamara"
            | "llamaran"
            | "llamaremos"
            | "convocara"
            | "convocaran"
            | "convocaremos"
            | "iniciara"
            | "iniciaran"
            | "iniciaremos"
            | "realizara"
            | "realizaran"
            | "chamara"
            | "chamarao"
            | "convocarao"
            | "iniciarao"
            | "paralizaremos"
            | "bloquearemos"
            | "marcharemos"
            | "tomaremos"
    )
}

/// Words for crimes a state cracks down on: "trafficking", "smuggling", "corrupción".
pub fn is_crime_noun(w: &str) -> bool {
    matches!(
        w,
        "trafficking"
            | "traffickers"
            | "smuggling"
            | "smugglers"
            | "corruption"
            | "crime"
            | "crimes"
            | "gangs"
            | "drugs"
            | "fraud"
            | "piracy"
            | "narcotrafico"
            | "contrabando"
            | "corrupcion"
            | "corrupcao"
            | "trafico"
            | "delincuencia"
            | "crimen"
            | "pandillas"
            | "faccoes"
    )
}

/// Words that follow a participle used as a verb, not as an adjective: "detained
/// by", "arrested in", "detained yesterday" (against "detained political
/// prisoners").
pub fn follows_a_participle_verb(w: &str) -> bool {
    matches!(
        w,
        "by" | "in"
            | "on"
            | "at"
            | "for"
            | "after"
            | "since"
            | "during"
            | "and"
            | "or"
            | "without"
            | "under"
            | "from"
            | "as"
            | "to"
            | "so"
            | "this"
            | "last"
            | "over"
            | "following"
            | "across"
            | "yesterday"
            | "today"
            | "tonight"
            | "overnight"
            | "earlier"
            | "later"
            | "when"
            | "while"
            | "amid"
            | "near"
            | "outside"
            | "inside"
            | "there"
            | "here"
            | "then"
            | "nationwide"
    )
}

/// Words for talks between parties: suspending them is a refusal, not a sanction
/// ("suspendió los acercamientos de paz", "suspended the dialogue").
pub fn is_talks_noun(w: &str) -> bool {
    matches!(
        w,
        "talks"
            | "dialogue"
            | "dialog"
            | "negotiations"
            | "negotiation"
            | "dialogo"
            | "dialogos"
            | "negociaciones"
            | "negociacion"
            | "conversaciones"
            | "acercamientos"
            | "negociacoes"
            | "negociacao"
            | "conversas"
    )
}

/// Words for a rise in what people pay: suspending it eases, not sanctions
/// ("a suspensão do aumento das tarifas", "suspended the fuel price hike").
/// A group sent to speak for others ("una delegación de la PML", "representatives
/// of the strikers").
pub fn is_delegation_noun(w: &str) -> bool {
    matches!(
        w,
        "delegation"
            | "delegacion"
            | "delegacao"
            | "representatives"
            | "representantes"
            | "comision"
            | "comissao"
            | "comitiva"
            | "delegates"
            | "delegados"
    )
}

/// A network that can be cut off ("the internet", "telecommunications"); the
/// phones' "mobile data" is told by its words around it.
pub fn is_network_noun(w: &str) -> bool {
    matches!(
        w,
        "internet" | "broadband" | "telecommunications" | "telecomunicaciones" | "telecomunicacoes"
    )
}

/// A restriction a government imposes and may lift ("the ban", "la prohibición",
/// "o recolher obrigatório", "the curfew").
pub fn is_restriction_noun(w: &str) -> bool {
    matches!(
        w,
        "ban"
            | "bans"
            | "prohibition"
            | "curfew"
            | "restrictions"
            | "prohibicion"
            | "restricciones"
            | "toque"
            | "proibicao"
            | "restricoes"
            | "recolher"
    )
}

pub fn is_increase_noun(w: &str) -> bool {
    matches!(
        w,
        "increase"
            | "increases"
            | "hike"
            | "hikes"
            | "rise"
            | "levy"
            | "tax"
            | "aumento"
            | "aumentos"
            | "alza"
            | "alzas"
            | "subida"
            | "incremento"
            | "gasolinazo"
            | "impuesto"
            | "imposto"
            | "taxa"
    )
}

/// Other burdens a party may lift, besides a rise: cuts, evictions, demolitions,
/// rationing ("suspend load-shedding", "suspender os cortes", "suspender los
/// desalojos").
pub fn is_burden_noun(w: &str) -> bool {
    matches!(
        w,
        "load-shedding"
            | "cuts"
            | "evictions"
            | "demolitions"
            | "rationing"
            | "fees"
            | "tariff"
            | "tariffs"
            | "cortes"
            | "apagones"
            | "apagoes"
            | "desalojos"
            | "despejos"
            | "derribos"
            | "demoliciones"
            | "demolicoes"
            | "racionamiento"
            | "racionamento"
            | "tarifa"
            | "tarifas"
    )
}

/// Whether a sentence tells of a court or its measures ("por orden de un
/// juzgado", "con medidas alternativas", "sujeitos a termo de identidade", "after
/// the hearing", "on bail"): a release it tells was a court's.
pub fn tells_of_a_court(sentence: &str) -> bool {
    let folded = cronica_text::fold(sentence);
    [
        "juez",
        "jueza",
        "juiz",
        "juiza",
        "judge",
        "tribunal",
        "juzgado",
        "court",
        "magistrat",
        "medidas",
        "termo de identidade",
        "audiencia",
        "hearing",
        "fianca",
        "fianza",
        "on bail",
        "justica",
        "justicia",
        "fiscal",
        "prosecutor",
    ]
    .iter()
    .any(|w| folded.contains(w))
}

/// Verbs of warning: "warned", "advirtió", "alertou".
pub fn is_warning_verb(w: &str) -> bool {
    matches!(
        w,
        "warned"
            | "warns"
            | "warning"
            | "advirtio"
            | "advirtieron"
            | "advierte"
            | "advertiu"
            | "advertiram"
            | "alertou"
            | "alertaram"
            | "alerto"
            | "alertaron"
    )
}

/// Modals of what may happen: "could", "podría", "poderia".
pub fn is_possibility_modal(w: &str) -> bool {
    matches!(
        w,
        "could"
            | "may"
            | "might"
            | "podria"
            | "podrian"
            | "puede"
            | "pueden"
            | "poderia"
            | "poderiam"
            | "pode"
            | "podem"
    )
}

/// Words a count measures things by, not people ("48 horas", "300 metros", "2
/// millones de dólares"), folded.
pub fn is_measure(w: &str) -> bool {
    matches!(
        w,
        "seconds"
            | "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "decades"
            | "segundos"
            | "minutos"
            | "horas"
            | "dias"
            | "semanas"
            | "meses"
            | "anos"
            | "decadas"
            | "metres"
            | "meters"
            | "metros"
            | "kilometres"
            | "kilometers"
            | "kilometros"
            | "miles"
            | "hectares"
            | "hectareas"
            | "acres"
            | "tons"
            | "tonnes"
            | "toneladas"
            | "litres"
            | "liters"
            | "litros"
            | "dollars"
            | "dolares"
            | "euros"
            | "pesos"
            | "reais"
            | "reales"
            | "soles"
            | "pounds"
            | "libras"
            | "millions"
            | "millones"
            | "milhoes"
            | "billions"
            | "percent"
            | "votes"
            | "votos"
            | "points"
            | "puntos"
            | "pontos"
            | "times"
            | "veces"
            | "vezes"
            | "cases"
            | "casos"
            | "rounds"
            | "shots"
            | "disparos"
            | "tiros"
            | "bullets"
            | "balas"
            | "vehicles"
            | "vehiculos"
            | "veiculos"
            | "buses"
            | "homes"
            | "houses"
            | "casas"
            | "viviendas"
            | "schools"
            | "escuelas"
            | "escolas"
            | "provinces"
            | "provincias"
            | "districts"
            | "distritos"
            | "cities"
            | "ciudades"
            | "cidades"
            | "towns"
            | "states"
            | "estados"
            | "countries"
            | "paises"
            | "municipios"
            | "municipalities"
            | "regions"
            | "regiones"
            | "regioes"
            | "departments"
            | "departamentos"
            | "roads"
            | "carreteras"
            | "rodovias"
            | "estradas"
            | "articles"
            | "articulos"
            | "artigos"
            | "pages"
            | "paginas"
            | "words"
            | "palabras"
            | "palavras"
            | "weapons"
            | "armas"
            | "rifles"
            | "fuzis"
            | "fusiles"
            | "kilos"
            | "kilograms"
            | "kilogramos"
            | "quilos"
    )
}

/// A word naming a part of a country by the compass (folded): "western",
/// "the north of", "el sur del país", "no interior", "the highlands".
pub fn is_compass_part(w: &str) -> bool {
    cronica_text::is_compass_word(w)
        || matches!(
            w,
            "highlands"
                | "occidente"
                | "oriente"
                | "occidental"
                | "oriental"
                | "meridional"
                | "septentrional"
                | "interior"
        )
}

/// A word for an hour or a part of the day (folded): "madrugada", "dawn", "noite".
pub fn is_part_of_day(w: &str) -> bool {
    matches!(
        w,
        "madrugada"
            | "amanecer"
            | "dawn"
            | "daybreak"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "midnight"
            | "noon"
            | "manha"
            | "noite"
            | "tarde"
            | "noche"
            | "mediodia"
            | "medianoche"
            | "meia-noite"
    )
}

/// Craft that strike for whoever flies them ("aircraft of the Sudanese Armed
/// Forces", "drones de las fuerzas estadounidenses"), folded. (Men "of" a body,
/// "agentes de la PNP", are read with their body already.)
pub fn is_craft(w: &str) -> bool {
    matches!(
        w,
        "aircraft"
            | "warplanes"
            | "planes"
            | "jets"
            | "drones"
            | "helicopters"
            | "gunboats"
            | "warships"
            | "aeronaves"
            | "aviones"
            | "avioes"
            | "helicopteros"
            | "buques"
            | "navios"
    )
}

/// An auxiliary of a finite verb ("has been suspended", "ha sido detenido", "foi
/// preso"), folded.
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "will"
            | "ha"
            | "han"
            | "fue"
            | "fueron"
            | "foi"
            | "foram"
            | "tem"
            | "teve"
    )
}

/// A day of the week, in English, Spanish or Portuguese, in lower case without
/// accents or with them.
pub fn is_weekday_name(w: &str) -> bool {
    matches!(
        cronica_text::fold(w).as_str(),
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "lunes"
            | "martes"
            | "miercoles"
            | "jueves"
            | "viernes"
            | "sabado"
            | "domingo"
            | "segunda-feira"
            | "terca-feira"
            | "quarta-feira"
            | "quinta-feira"
            | "sexta-feira"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sectors_from_names() {
        assert_eq!(sector_of("Peruvian police"), Some(Sector::Police));
        assert_eq!(
            sector_of("Gobierno de Dina Boluarte"),
            Some(Sector::Government)
        );
        assert_eq!(sector_of("Fuerzas Armadas"), Some(Sector::Military));
        assert_eq!(
            sector_of("Organization of American States"),
            Some(Sector::InternationalOrganisation)
        );
        assert_eq!(
            sector_of("Supremo Tribunal Federal"),
            Some(Sector::Judiciary)
        );
        assert_eq!(sector_of("manifestantes"), Some(Sector::Civilians));
        assert_eq!(
            sector_of("Confederación General de Trabajadores"),
            Some(Sector::Labour)
        );
        assert_eq!(sector_of("Nicolás Maduro"), None);
    }
}
