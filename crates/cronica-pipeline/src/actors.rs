//! Actors the text names only by what they are, and ACLED's names for them.
//!
//! "La policía" and "Peruvian troops" are named by ACLED's pattern ("Police Forces
//! of Peru", the same in every language) and get their country and sector; a body
//! the text calls by its own name ("Policía Nacional del Perú") keeps it, and
//! ACLED's name for it goes into the record's `acled_actor1`/`acled_actor2` and the
//! CSV's `actor1`/`actor2`.
//!
//! A protest reported as "thousands took to the streets of Lima" has no named actor;
//! ACLED codes it with the generic actor "Protesters (Peru)", an arrest told in the
//! passive with "Police Forces of Peru", and so does this step, where the event's
//! type and mode leave no doubt who acts. The actor has no span (nothing in the text
//! names it), and the record says `actor_inferred: true`.

use cronica_geo::Gazetteer;
use cronica_types::stage::Analysis;
use cronica_types::{EntityLabel, Event, EventType, Lang, PlacePrecision, Sector, Span};

/// Bare names of a state's forces and government (and of protesters), lower case,
/// in the three languages, with ACLED's name pattern for them.
const STATE_FORCES: &[(&[&str], &str, Sector)] = &[
    (
        &[
            "police",
            "riot police",
            "national police",
            "police officers",
            "police forces",
            "policemen",
            "policia",
            "policia nacional",
            "policias",
            "policia militar",
            "policiais",
            "policial",
            "policiales",
            "carabineros",
            "agentes",
            "uniformados",
            "gendarmes",
            "antidisturbios",
        ],
        "Police Forces of {}",
        Sector::Police,
    ),
    (
        &[
            "military",
            "army",
            "soldiers",
            "troops",
            "armed forces",
            "national guard",
            "militares",
            "ejercito",
            "soldados",
            "fuerzas armadas",
            "tropas",
            "guardia nacional",
            "exercito",
            "forcas armadas",
            "fuerzas militares",
            "forcas militares",
            "aircraft",
            "warplanes",
            "jets",
            "fighter jets",
            "drones",
            "helicopters",
            "air force",
            "navy",
            "marines",
            "aviones",
            "aviacion",
            "fuerza aerea",
            "marina",
            "avioes",
            "forca aerea",
        ],
        "Military Forces of {}",
        Sector::Military,
    ),
    (
        &["protesters", "protestors", "demonstrators", "manifestantes"],
        "Protesters ({})",
        Sector::Civilians,
    ),
    (
        &[
            "government",
            "authorities",
            // (nobody calls their own government a regime: "the Cuban regime",
            // "el régimen", "a ditadura" are the state the text is about)
            "regime",
            "regimen",
            "dictatorship",
            "dictadura",
            "ditadura",
            "gobierno",
            "autoridades",
            "governo",
            "minister",
            "ministry",
            "interior minister",
            "interior ministry",
            "foreign minister",
            "foreign ministry",
            "defence minister",
            "defense minister",
            "defence ministry",
            "defense ministry",
            "justice minister",
            "justice ministry",
            "ministro",
            "ministra",
            "ministerio",
        ],
        "Government of {}",
        Sector::Government,
    ),
];

/// ACLED's pattern for a name that is only a state force ("the police", "Peruvian
/// troops", "la Policía Nacional"), with its sector. `demonym_country` says the
/// first word may be the country's adjective.
fn state_force(name: &str, demonym_country: bool) -> Option<(&'static str, Sector)> {
    let folded = cronica_text::fold(name);
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    while words.first().is_some_and(|w| {
        matches!(
            *w,
            "the" | "el" | "la" | "los" | "las" | "o" | "a" | "os" | "as"
        )
    }) {
        words.remove(0);
    }
    let phrase = |ws: &[&str]| ws.join(" ");
    let mut readings = vec![phrase(&words)];
    // "Peruvian troops" is read without its demonym, and so is "el Gobierno
    // ecuatoriano"
    if demonym_country && words.len() > 1 {
        readings.push(phrase(&words[1..]));
        readings.push(phrase(&words[..words.len() - 1]));
    }
    // "National Civil Police", "Policía Nacional Civil", "Polícia Militar do
    // Rio": a body named after the police is of the police
    let police = |w: &str| matches!(w, "police" | "policia" | "gendarmerie" | "gendarmeria");
    // (a name in capitals: "Carabineros police" keeps its own name)
    // (not a body that watches or speaks for the police: "Police Complaints
    // Authority", "Police Federation")
    let watchdog = words.last().is_some_and(|w| {
        cronica_text::is_body_word(w)
            || matches!(
                *w,
                "authority"
                    | "complaints"
                    | "ombudsman"
                    | "inspectorate"
                    | "board"
                    | "academy"
                    | "college"
                    | "foundation"
                    | "ouvidoria"
                    | "corregedoria"
                    // (nor a building of theirs: "Police Administration Building")
                    | "building"
                    | "headquarters"
                    | "station"
                    | "barracks"
                    | "hospital"
            )
    });
    // (nor an office in it: "Commissioner of Police", "Jefe de la Policía")
    let office = words.first().is_some_and(|w| {
        matches!(
            *w,
            "commissioner"
                | "chief"
                | "director"
                | "head"
                | "commander"
                | "comandante"
                | "jefe"
                | "jefa"
                | "chefe"
                | "superintendent"
                | "inspector"
                | "secretary"
                | "minister"
                | "ministro"
                | "ministra"
                | "spokesman"
                | "spokesperson"
                | "portavoz"
                | "porta-voz"
                | "delegado"
                | "delegada"
        )
    });
    if is_proper_name(name)
        && words.len() > 1
        && !watchdog
        && !office
        && (words.last().is_some_and(|w| police(w)) || police(words[0]))
    {
        readings.push("police".to_string());
    }
    // "Policía Nacional del Perú" is read without its country at the end
    if let Some(k) = words
        .iter()
        .position(|w| matches!(*w, "del" | "de" | "do" | "da" | "of"))
    {
        readings.push(phrase(&words[..k]));
    }
    STATE_FORCES.iter().find_map(|(names, pattern, sector)| {
        readings
            .iter()
            .any(|r| names.contains(&r.as_str()))
            .then_some((*pattern, *sector))
    })
}

/// A crowd named only by its size or as people ("tens of thousands of people",
/// "miles de personas"), which ACLED codes as the generic protesters of the country.
fn is_crowd(name: &str) -> bool {
    let folded = cronica_text::fold(name);
    // "students, feminists and ordinary people" names who they are (not the
    // thousands mark of "3,000 people")
    let list_comma = folded
        .char_indices()
        .any(|(i, c)| c == ',' && !folded[i + 1..].starts_with(|d: char| d.is_ascii_digit()));
    if list_comma
        || folded
            .split_whitespace()
            .any(|w| matches!(w, "and" | "y" | "e"))
    {
        return false;
    }
    let words: Vec<&str> = folded.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    // ("Displaced people at the site", "young people": a word that says who they
    // are; only counts, articles and "of" leave a crowd a crowd)
    let counting = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            || [Lang::En, Lang::Es, Lang::Pt]
                .into_iter()
                .any(|l| cronica_text::parse_count(&[w], l).is_some())
            || matches!(
                w,
                "of" | "de"
                    | "the"
                    | "los"
                    | "las"
                    | "os"
                    | "as"
                    | "some"
                    | "about"
                    | "around"
                    | "over"
                    | "more"
                    | "than"
                    | "nearly"
                    | "almost"
                    | "several"
                    | "many"
                    | "tens"
                    | "hundreds"
                    | "thousands"
                    | "dozens"
                    | "hundred"
                    | "thousand"
                    | "million"
                    | "mil"
                    | "cien"
                    | "cem"
                    | "unos"
                    | "unas"
                    | "uns"
                    | "umas"
                    | "cerca"
                    | "mas"
                    | "mais"
                    | "varios"
                    | "varias"
                    | "muchas"
                    | "muchos"
                    | "decenas"
                    | "cientos"
                    | "centenares"
                    | "miles"
                    | "dezenas"
                    | "centenas"
                    | "milhares"
                    | "muitas"
                    | "muitos"
            )
    };
    if !words[..words.len().saturating_sub(1)]
        .iter()
        .all(|w| counting(w))
    {
        return false;
    }
    matches!(
        last,
        "people"
            | "thousands"
            | "hundreds"
            | "crowd"
            | "crowds"
            | "personas"
            | "miles"
            | "cientos"
            | "centenares"
            | "multitud"
            | "pessoas"
            | "milhares"
            | "centenas"
            | "multidao"
    )
}

/// Gives an actor or target that is only a state's forces ("la policía", "Peruvian
/// troops", "el Gobierno") its country and sector: the country the name gives, or
/// else the event's. A common noun takes ACLED's name ("Police Forces of Peru"); a
/// body's own name stays, and [`acled_name`] gives ACLED's for it.
pub(crate) fn name_state_forces(events: &mut [Event], text: &str, gazetteer: &Gazetteer) {
    // ("the green light for “regime change”": a change of regime is no regime)
    let regime_change = |span: Option<Span>| {
        span.and_then(|s| text.get(s.end..)).is_some_and(|after| {
            let next = after.trim_start_matches(|c: char| !c.is_alphanumeric());
            next.starts_with("change") || next.starts_with("cambio") || next.starts_with("mudanca")
        })
    };
    for e in events.iter_mut() {
        let spans = [e.actor_span, e.target_span];
        let event_country = e.country.clone();
        let protest = e.event_type == EventType::Protest;
        for (slot, (name, country, sector)) in [
            (&mut e.actor, &mut e.actor_country, &mut e.actor_sector),
            (&mut e.target, &mut e.target_country, &mut e.target_sector),
        ]
        .into_iter()
        .enumerate()
        {
            let Some(n) = name.as_deref() else { continue };
            if regime_change(spans[slot]) {
                continue;
            }
            // "el bombardeo estadounidense", "Israeli" alone: a nation named by its
            // demonym is its state, by the state's name
            if !n.contains(' ') && n.chars().next().is_some_and(char::is_lowercase)
                || n.split_whitespace().count() == 1 && country.is_some()
            {
                // (the country the text gave it first: "Americans" are of the US,
                // whatever other lands share the word)
                // (only a word that names a nation: not "Maduro", of Venezuela)
                let known = country.as_deref().and_then(|c| gazetteer.country(c));
                if let Some(c) = gazetteer
                    .country_by_name(n)
                    .map(|by_name| known.unwrap_or(by_name))
                    .filter(|c| !c.name_en.eq_ignore_ascii_case(n))
                {
                    // ("Thousands of Israelis protested": people of a nation in
                    // the streets are its protesters, not its state)
                    let protesters = protest && slot == 0;
                    *name = Some(if protesters {
                        format!("Protesters ({})", c.name_en)
                    } else {
                        c.name_en.clone()
                    });
                    *country = Some(c.iso2.clone());
                    if protesters {
                        *sector = Some(Sector::Civilians);
                    }
                    continue;
                }
            }
            // ("el régimen de Daniel Ortega" is named by its leader's state, where
            // the text gives it: `name_leaders_governments`)
            if leader_of_government(n, gazetteer).is_some() {
                continue;
            }
            let Some((pattern, s)) = state_force(n, country.is_some()) else {
                continue;
            };
            // ("two aircraft that had entered Chadian airspace dropped bombs",
            // "drones struck a village": craft fly over borders; with no state of
            // their own named they are nobody's known force, not the home army's)
            // (a state named in the craft's own words, "Russian drones", is theirs)
            let own_state = n
                .split_whitespace()
                .any(|w| gazetteer.country_by_name(w).is_some());
            if is_craft(n) && !own_state {
                *name = None;
                *country = None;
                continue;
            }
            let Some(c) = country
                .as_deref()
                .or(event_country.as_deref())
                .and_then(|c| gazetteer.country(c))
            else {
                continue;
            };
            // a body's own name ("Policía Nacional del Perú") says more than
            // ACLED's pattern; a bare "la policía" is named by the pattern
            if !is_proper_name(n) {
                *name = Some(pattern.replace("{}", &c.name_en));
            }
            *country = Some(c.iso2.clone());
            *sector = Some(s);
        }
    }
}

/// Aircraft and drones named only as such ("two aircraft", "los drones").
fn is_craft(name: &str) -> bool {
    let folded = cronica_text::fold(name);
    folded
        .split_whitespace()
        .last()
        .is_some_and(cronica_events::is_craft)
        && !is_proper_name(name)
}

/// A body's own name: two words or more, each capitalised but for the little words
/// between them ("Polícia Militar do Distrito Federal", "National Guard"), not a
/// common noun ("police", "Kenyan police").
fn is_proper_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || cronica_text::is_name_particle(w)
        })
}

/// ACLED's name for an actor: a state's forces by ACLED's pattern ("la policía" of
/// Peru is "Police Forces of Peru"), anyone else by their own name.
pub(crate) fn acled_name(name: &str, country: Option<&str>, gazetteer: &Gazetteer) -> String {
    // a generic name written in the article's language is ACLED's in English
    if let Some(((english, _, _), c)) =
        generic_name(name).and_then(|(row, _)| Some((row, gazetteer.country(country?)?)))
    {
        return english.replace("{}", &c.name_en);
    }
    state_force(name, country.is_some())
        .zip(country.and_then(|c| gazetteer.country(c)))
        .map_or_else(
            || name.to_string(),
            |((pattern, _), c)| pattern.replace("{}", &c.name_en),
        )
}

/// ACLED's generic names with a country, and how Spanish and Portuguese articles
/// write them: (English, Spanish, Portuguese) patterns, `{}` the country's name in
/// that language.
const GENERIC_NAMES: &[(&str, &str, &str)] = &[
    ("Police Forces of {}", "Policía de {}", "Polícia de {}"),
    (
        "Military Forces of {}",
        "Fuerzas Militares de {}",
        "Forças Militares de {}",
    ),
    ("Government of {}", "Gobierno de {}", "Governo de {}"),
    (
        "Protesters ({})",
        "Manifestantes ({})",
        "Manifestantes ({})",
    ),
    ("Voters ({})", "Votantes ({})", "Eleitores ({})"),
];

/// The pattern of `GENERIC_NAMES` a name is written by, with the country's name
/// that fills it ("Policía de Perú" → the row of police forces, "Perú").
fn generic_name(name: &str) -> Option<(&'static (&'static str, &'static str, &'static str), &str)> {
    GENERIC_NAMES.iter().find_map(|row| {
        [row.0, row.1, row.2].into_iter().find_map(|pattern| {
            let (before, after) = pattern.split_once("{}")?;
            let middle = name.strip_prefix(before)?.strip_suffix(after)?;
            (!middle.is_empty()).then_some((row, middle))
        })
    })
}

/// "la policía detuvo a 14 personas": a Spanish or Portuguese article's generic
/// actors are named in its own language ("Policía de Perú", "Manifestantes
/// (Moçambique)"), as its readers write them; the record's `acled_actor1` keeps
/// ACLED's English name ("Police Forces of Peru").
pub(crate) fn name_in_the_articles_language(
    events: &mut [Event],
    a: &Analysis,
    gazetteer: &Gazetteer,
) {
    for e in events.iter_mut() {
        let Some(lang) = a
            .articles
            .iter()
            .find(|art| art.index == e.article_index)
            .map(|art| art.lang)
        else {
            continue;
        };
        if lang == Lang::En {
            continue;
        }
        for (name, country) in [
            (&mut e.actor, &e.actor_country),
            (&mut e.target, &e.target_country),
        ] {
            let Some((row, c)) = name.as_deref().and_then(|n| {
                let (row, middle) = generic_name(n)?;
                let c = country.as_deref().and_then(|c| gazetteer.country(c))?;
                (c.name_en == middle).then_some((row, c))
            }) else {
                continue;
            };
            let (pattern, local) = if lang == Lang::Es {
                (row.1, &c.name_es)
            } else {
                (row.2, &c.name_pt)
            };
            *name = Some(pattern.replace("{}", local));
        }
    }
}

/// A state force an article names by its own name ("Polícia Militar da Bahia",
/// "Policía Nacional Civil"): the first of each sector in each article, without
/// the short form the text gives it in brackets.
struct NamedForce {
    article: usize,
    sector: Sector,
    name: String,
    country: Option<String>,
}

fn named_forces(a: &Analysis) -> Vec<NamedForce> {
    let mut out: Vec<NamedForce> = Vec::new();
    for e in a.entities.iter().filter(|e| e.label == EntityLabel::Org) {
        let name = e.text.trim();
        // "Polícia de Intervenção Rápida (PIR)": the name without its short form
        let name = name.split(" (").next().unwrap_or(name).trim();
        if !is_proper_name(name) {
            continue;
        }
        let Some((_, sector)) = state_force(name, false) else {
            continue;
        };
        if !matches!(sector, Sector::Police | Sector::Military) {
            continue;
        }
        let Some(article) = a
            .articles
            .iter()
            .find(|art| art.span.contains(e.span))
            .map(|art| art.index)
        else {
            continue;
        };
        if out
            .iter()
            .any(|f| f.article == article && f.sector == sector)
        {
            continue;
        }
        out.push(NamedForce {
            article,
            sector,
            name: name.to_string(),
            country: e.country.clone(),
        });
    }
    out
}

/// "a polícia dispersou ...", "foram capturados siete compañeros": a force the
/// article has named by its own name ("Polícia da República de Moçambique") is the
/// one its bare mentions and its passive arrests mean; ACLED's name for it stays in
/// the record's ACLED fields.
pub(crate) fn name_forces_as_the_article_does(events: &mut [Event], a: &Analysis) {
    let mut forces = named_forces(a);
    if forces.is_empty() {
        return;
    }
    // a name that gives no country ("Polícia Militar") is of the country of the
    // acts it is named in: in a round-up, the police of another country are not it
    for f in forces.iter_mut().filter(|f| f.country.is_none()) {
        let named = |n: &Option<String>| n.as_deref() == Some(f.name.as_str());
        f.country = events
            .iter()
            .find(|e| e.article_index == f.article && (named(&e.actor) || named(&e.target)))
            .and_then(|e| e.country.clone());
    }
    for e in events.iter_mut() {
        let article = e.article_index;
        let event_country = e.country.clone();
        for (name, country, sector) in [
            (&mut e.actor, &mut e.actor_country, &mut e.actor_sector),
            (&mut e.target, &mut e.target_country, &mut e.target_sector),
        ] {
            let Some(n) = name.as_deref() else { continue };
            let generic =
                n.starts_with("Police Forces of ") || n.starts_with("Military Forces of ");
            if !generic {
                continue;
            }
            let Some(s) = *sector else { continue };
            let c = country.clone().or_else(|| event_country.clone());
            if let Some(f) = forces.iter().find(|f| {
                f.article == article && f.sector == s && (f.country.is_none() || f.country == c)
            }) {
                *name = Some(f.name.clone());
            }
        }
    }
}

/// "Un contingente de 400 soldados del Ejército llegó a Juliaca": a force told
/// arriving or deployed, with nobody said to send it, deploys itself; it is no
/// target of its own deployment.
pub(crate) fn forces_deploy_themselves(events: &mut [Event]) {
    for e in events.iter_mut().filter(|e| {
        e.event_type == cronica_types::EventType::Mobilize
            && e.actor.is_none()
            && matches!(e.target_sector, Some(Sector::Military | Sector::Police))
    }) {
        e.actor = e.target.take();
        e.actor_span = e.target_span.take();
        e.actor_country = e.target_country.take();
        e.actor_sector = e.target_sector.take();
    }
}

/// "os policiais usaram balas de borracha ... os agentes foram recebidos com
/// pedras": a clash told from both sides, once named, has the same force on both
/// ends; no party is its own target.
pub(crate) fn no_party_is_its_own_target(events: &mut [Event]) {
    for e in events
        .iter_mut()
        .filter(|e| e.actor.is_some() && e.actor == e.target)
    {
        clear_target(e);
    }
}

/// Words for a way or a site that a protest fills, blocks or gathers in ("marched
/// along Moi Avenue", "bloquearam a BR-324", "la vía al aeropuerto Inca Manco
/// Cápac"), folded: what follows or bears them is where, not whom.
const WAY_WORDS: &[&str] = &[
    "avenue",
    "avenida",
    "av",
    "street",
    "road",
    "highway",
    "motorway",
    "bridge",
    "square",
    "airport",
    "hospital",
    "calle",
    "via",
    "carretera",
    "autopista",
    "puente",
    "plaza",
    "aeropuerto",
    "rua",
    "estrada",
    "rodovia",
    "br",
    "ponte",
    "praca",
    "largo",
    "circular",
    "aeroporto",
    "campus",
    "park",
    "parque",
    // "marched through the Nairobi CBD"
    "cbd",
    "downtown",
];

/// Whether a name is a way's or a site's ("Moi Avenue", "Avenida Paulista",
/// "Hospital Dr. Ayres de Menezes"), by its first or last word.
fn names_a_way(name: &str) -> bool {
    let folded = cronica_text::fold(name);
    let mut words = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next();
    let last = words.next_back().or(first);
    first.is_some_and(|w| WAY_WORDS.contains(&w)) || last.is_some_and(|w| WAY_WORDS.contains(&w))
}

/// Words that say a protest stands with the state, not against it.
const FOR_THE_STATE: &[&str] = &[
    "in support of",
    "pro-government",
    "en apoyo",
    "progubernamental",
    "oficialista",
    "em apoio",
    "governista",
    "de apoio ao",
];

/// "marched along Moi Avenue chanting against the levy", "thousands rallied in
/// Nairobi": the place a protest fills is not whom it is against, and a protest
/// whose text names nobody it is against is against the government of the country
/// it is held in (ACLED's and PLOVER's reading of a protest "demanding the
/// president's resignation"); the record says `target_inferred: true`. A sit-in
/// "outside the Ministry of Education" is against the ministry. A rally "in support
/// of" the government is against no one the text does not name.
pub(crate) fn aim_protests(events: &mut [Event], a: &Analysis, gazetteer: &Gazetteer) {
    let text = a.document.text.as_str();
    for e in events
        .iter_mut()
        .filter(|e| e.event_type == EventType::Protest)
    {
        if let (Some(name), Some(span)) = (e.target.clone(), e.target_span) {
            // "rallied outside parliament": the body, without the preposition
            for lead in ["outside ", "in front of "] {
                if let Some(rest) = name.strip_prefix(lead) {
                    e.target = Some(rest.to_string());
                    e.target_span =
                        Some(cronica_types::Span::new(span.start + lead.len(), span.end));
                }
            }
            // "marched in support of the government": whom a protest stands for
            let backed = {
                let before = cronica_text::fold(text_before(text, span, 24))
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                [
                    "support of",
                    "support of the",
                    "apoyo a",
                    "apoyo al",
                    "apoyo de",
                    "apoio a",
                    "apoio ao",
                    "apoio aos",
                    "apoio de",
                ]
                .iter()
                .any(|w| before.ends_with(w))
            };
            let not_aimed_at = backed
                || a.places.iter().any(|p| p.span.overlaps(span))
                || a
                    .entities
                    .iter()
                    .any(|x| x.label == EntityLabel::Loc && x.span.overlaps(span))
                || names_a_way(&name)
                || WAY_WORDS.contains(&word_before(text, span).as_str())
                || is_crowd(&name)
                // "doce manifestantes fueron detenidos": a lone common word of no
                // known kind is no party
                || !name.contains(' ')
                    && name.chars().next().is_some_and(char::is_lowercase)
                    && e.target_sector.is_none();
            if not_aimed_at {
                clear_target(e);
            }
        }
        if e.target.is_some() {
            continue;
        }
        let Some(country) = e.country.as_deref().and_then(|c| gazetteer.country(c)) else {
            continue;
        };
        let sentence = e
            .mentions
            .first()
            .map(|m| cronica_text::fold(m.sentence.text(text)))
            .unwrap_or_default();
        if FOR_THE_STATE.iter().any(|w| sentence.contains(w)) {
            continue;
        }
        // "to protest against US strikes on Venezuela", "outside the US embassy": a
        // protest against another country's acts, or at its embassy, is against
        // that country's government
        let against = e.mentions.first().and_then(|m| {
            let s = m.sentence;
            let body = cronica_text::fold(s.text(text));
            // (folding keeps byte lengths only for plain letters: the windows are
            // read on the text itself)
            let raw = s.text(text);
            let windows: Vec<(usize, usize)> = ["against ", "contra ", "contre "]
                .iter()
                .filter_map(|w| raw.find(w).map(|k| (k + w.len(), k + w.len() + 24)))
                .chain(
                    ["embassy", "embajada", "embaixada", "consulate", "consulado"]
                        .iter()
                        .filter(|w| body.contains(*w))
                        .filter_map(|w| raw.to_lowercase().find(w))
                        .map(|k| (k.saturating_sub(24), k + 36)),
                )
                .collect();
            a.places
                .iter()
                .filter(|p| {
                    p.precision == PlacePrecision::Country
                        && p.country != country.iso2
                        && s.contains(p.span)
                        && windows.iter().any(|(from, to)| {
                            (s.start + from..=s.start + to).contains(&p.span.start)
                        })
                })
                .min_by_key(|p| p.span.start)
                .and_then(|p| gazetteer.country(&p.country))
        });
        // ("outside the US Embassy in London": a country the name of its embassy
        // gives, which no place stage reads inside the name)
        let embassy = || {
            let m = e.mentions.first()?;
            let words: Vec<&str> = m
                .sentence
                .text(text)
                .split(|c: char| !(c.is_alphanumeric() || c == '.'))
                .filter(|w| !w.is_empty())
                .collect();
            let k = words.iter().position(|w| {
                matches!(
                    cronica_text::fold(w).as_str(),
                    "embassy" | "embassies" | "embajada" | "embaixada" | "consulate" | "consulado"
                )
            })?;
            let before = (k.saturating_sub(2)..k).rev().map(|j| words[j].to_string());
            let after = (k + 1..(k + 4).min(words.len()))
                .filter(|&j| !matches!(words[j], "de" | "del" | "da" | "do" | "of" | "the"))
                .map(|j| words[j].to_string());
            before
                .chain(after)
                .filter_map(|w| gazetteer.country_by_name(&w))
                .find(|c| c.iso2 != country.iso2)
        };
        let c = against.or_else(embassy).unwrap_or(country);
        e.target = Some(format!("Government of {}", c.name_en));
        e.target_span = None;
        e.target_country = Some(c.iso2.clone());
        e.target_sector = Some(Sector::Government);
    }
}

/// Words just before a demand's object that say the object is who is to be freed
/// ("the release of the 19 activists", "la liberación de Villalobos"), folded: the
/// demand is made of whoever holds them, not of them.
const FREED: &[&str] = &[
    "release of",
    "release of all",
    "freedom of",
    "freeing of",
    "liberacion de",
    "liberacion inmediata de",
    "libertad de",
    "libertad inmediata de",
    "libertacao de",
    "libertacao imediata de",
    "libertacao dos",
    "libertacao das",
    "libertacao imediata dos",
    "libertacao imediata das",
    "liberdade de",
    "liberdade dos",
    "soltura de",
];

/// Words (folded) that make a name a state's body ("Departamento de Estado").
const STATE_WORDS: &[&str] = &[
    "department",
    "departamento",
    "ministry",
    "ministerio",
    "minister",
    "ministro",
    "ministra",
    "state",
    "estado",
    "government",
    "gobierno",
    "governo",
    "president",
    "presidente",
    "presidenta",
    "juzgado",
    "court",
    "tribunal",
    "corte",
    "fiscalia",
    "embassy",
    "embajada",
    "embaixada",
    "cancilleria",
    "chancellor",
    "secretary",
    "secretario",
    "secretaria",
];

/// "Amnesty demanded the release of all those detained", "el Departamento de
/// Estado exigió la liberación de Villalobos": a demand that names nobody it is
/// made of, or only whom it would free, is made of the government of the country
/// it is about (`target_inferred: true`), unless that government makes it.
pub(crate) fn address_demands(events: &mut [Event], a: &Analysis, gazetteer: &Gazetteer) {
    let text = a.document.text.as_str();
    for e in events
        .iter_mut()
        .filter(|e| e.event_type == EventType::Request)
    {
        if let Some(span) = e.target_span {
            let before = cronica_text::fold(text_before(text, span, 40));
            let before = before.split_whitespace().collect::<Vec<_>>().join(" ");
            // ("the immediate release of all detained officials")
            if FREED.iter().any(|w| before.contains(w)) {
                clear_target(e);
            }
        }
        // (a case brought to a court asks the court, not the government)
        if e.target.is_some() || e.mode == "legal-action" {
            continue;
        }
        let Some(country) = e.country.as_deref().and_then(|c| gazetteer.country(c)) else {
            continue;
        };
        // (a state, or a person, may ask anything of anyone: only a body of no
        // state is read as asking its government)
        let Some(actor) = e.actor.as_deref() else {
            continue;
        };
        let state = e.actor_sector.is_some_and(|s| {
            matches!(
                s,
                Sector::Government
                    | Sector::Police
                    | Sector::Military
                    | Sector::Judiciary
                    | Sector::Legislature
            )
        }) || gazetteer.country_by_name(actor).is_some()
            || cronica_text::fold(actor)
                .split_whitespace()
                .any(|w| STATE_WORDS.contains(&w));
        let person = e.actor_span.is_some_and(|span| {
            a.entities
                .iter()
                .any(|x| x.label == EntityLabel::Per && x.span.overlaps(span))
        });
        if state || person {
            continue;
        }
        e.target = Some(format!("Government of {}", country.name_en));
        e.target_span = None;
        e.target_country = Some(country.iso2.clone());
        e.target_sector = Some(Sector::Government);
    }
}

/// "The Association of Burkinabe Journalists condemned the suspension", "A UNITA
/// condenou as detenções": a condemnation that names nobody it is aimed at is aimed
/// at whoever did the act it names, told before and named again in its sentence.
pub(crate) fn aim_condemnations_at_doers(events: &mut [Event]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.event_type != EventType::Accuse || e.target.is_some() {
            continue;
        }
        let Some(m) = e.mentions.first() else {
            continue;
        };
        let (sentence, after) = (m.sentence, m.trigger.end);
        let doer = events
            .iter()
            .enumerate()
            .filter(|(j, o)| {
                *j != i
                    && o.article_index == e.article_index
                    && matches!(
                        o.event_type,
                        EventType::Assault | EventType::Coerce | EventType::Mobilize
                    )
                    && o.actor.is_some()
                    && o.actor != e.actor
            })
            .filter_map(|(_, o)| {
                o.mentions
                    .iter()
                    .find(|x| x.sentence == sentence && x.trigger.start >= after)
                    .map(|x| (x.trigger.start, o))
            })
            .min_by_key(|(at, _)| *at)
            .map(|(_, o)| {
                (
                    o.actor.clone(),
                    o.actor_span,
                    o.actor_country.clone(),
                    o.actor_sector,
                )
            });
        if let Some((actor, span, country, sector)) = doer {
            let e = &mut events[i];
            e.target = actor;
            e.target_span = span;
            e.target_country = country;
            e.target_sector = sector;
        }
    }
}

/// "police detained 57 people during Tuesday's unrest": a crowd arrested or shot
/// at in an article of protests in its country is of the protesters, as ACLED
/// names them ("Protesters (Kenya)").
pub(crate) fn crowds_at_protests(events: &mut [Event], text: &str) {
    // (a crowd is at a protest when its sentence says so: "during Tuesday's
    // unrest", "desde el inicio del paro"; "at least 30 people detained after the
    // attack" in an article that also tells of a march are not its marchers)
    let at_protest = |e: &Event| {
        e.mentions.iter().any(|m| {
            let s = cronica_text::fold(m.sentence.text(text));
            s.split(|c: char| !c.is_alphanumeric()).any(|w| {
                [
                    "protest",
                    "demonstrat",
                    "unrest",
                    "riot",
                    "rall",
                    "march",
                    "strike",
                    "blockade",
                    "clash",
                    "sit-in",
                    "vigil",
                    "desalojo",
                    "paro",
                    "huelga",
                    "manifesta",
                    "bloqueo",
                    "disturbio",
                    "enfrentamiento",
                    "concentraci",
                    "greve",
                    "confronto",
                    "vigilia",
                    "despejo",
                    "marcha",
                    "movilizaci",
                    "mobilizac",
                    "piquete",
                ]
                .iter()
                .any(|stem| w.starts_with(stem))
            })
        })
    };
    let protests: Vec<(usize, String)> = events
        .iter()
        .filter(|e| e.event_type == EventType::Protest)
        .filter_map(|e| Some((e.article_index, e.country.clone()?)))
        .collect();
    // ("Riot police used water cannon to clear Rustaveli Avenue": whom they
    // cleared from it)
    for e in events.iter_mut().filter(|e| {
        let crowd_control = e.event_type == EventType::Assault && e.mode == "crowd-control"
            || e.event_type == EventType::Coerce;
        // (tear gas fired at no one the text names, in an article of protests, is
        // fired at them)
        matches!(e.event_type, EventType::Coerce | EventType::Assault)
            && match e.target.as_deref() {
                Some(t) => (is_crowd(t) || crowd_control && names_a_way(t)) && at_protest(e),
                None => e.event_type == EventType::Assault && e.mode == "crowd-control",
            }
    }) {
        let Some((name, country)) = protesters_of(e, &protests) else {
            continue;
        };
        e.target = Some(name);
        e.target_country = Some(country);
        e.target_sector = Some(Sector::Civilians);
    }
    // "lo que provocó enfrentamientos con la policía": a clash with a state's
    // forces, in an article of protests, with no other side named, is its protesters'
    for e in events.iter_mut().filter(|e| {
        e.event_type == EventType::Assault
            && e.mode == "fighting"
            && e.actor.is_none()
            && matches!(e.target_sector, Some(Sector::Police | Sector::Military))
    }) {
        let Some((name, country)) = protesters_of(e, &protests) else {
            continue;
        };
        e.actor = Some(name);
        e.actor_country = Some(country);
        e.actor_sector = Some(Sector::Civilians);
    }
}

/// ACLED's protesters of the event's country ("Protesters (Kenya)") and that
/// country, where the event's article tells of protests in it.
fn protesters_of(e: &Event, protests: &[(usize, String)]) -> Option<(String, String)> {
    let country = e.country.clone()?;
    if !protests
        .iter()
        .any(|(art, c)| *art == e.article_index && *c == country)
    {
        return None;
    }
    let c = cronica_geo::Gazetteer::embedded().country(&country)?;
    Some((format!("Protesters ({})", c.name_en), country))
}

/// "Donald Trump's regime has bombed Venezuela's capital", "Russian forces
/// shelled Kharkiv": one state's strike on another's land, with no one the text
/// names as struck, or only a count of people, strikes that state.
pub(crate) fn strikes_on_a_state(events: &mut [Event], gazetteer: &Gazetteer) {
    for e in events.iter_mut().filter(|e| {
        e.event_type == EventType::Assault
            && matches!(
                e.mode.as_str(),
                "airstrike" | "invasion" | "shelling" | "bombing" | "attack"
            )
    }) {
        let Some(on) = e.country.as_deref() else {
            continue;
        };
        // (a government the text gives no country, "The Donald Trump
        // administration", is read as striking another's land only from the air or
        // by invasion)
        let foreign = match e.actor_country.as_deref() {
            Some(by) => by != on,
            None => matches!(e.mode.as_str(), "airstrike" | "invasion"),
        };
        if !foreign || e.target.as_deref().is_some_and(|t| !is_crowd(t)) {
            continue;
        }
        let Some(actor) = e.actor.as_deref() else {
            continue;
        };
        let folded = cronica_text::fold(actor);
        let state = matches!(e.actor_sector, Some(Sector::Government | Sector::Military))
            || gazetteer.country_by_name(actor).is_some()
            || folded.split_whitespace().any(|w| {
                matches!(
                    w,
                    "administration"
                        | "regime"
                        | "government"
                        | "gobierno"
                        | "governo"
                        | "regimen"
                        | "forces"
                        | "fuerzas"
                        | "forcas"
                        | "army"
                        | "military"
                )
            });
        let Some(country) = gazetteer.country(on).filter(|_| state) else {
            continue;
        };
        e.target = Some(country.name_en.clone());
        e.target_span = None;
        e.target_country = Some(country.iso2.clone());
        e.target_sector = Some(Sector::Government);
    }
}

/// "President Biden welcomed President-elect González ... Both leaders agreed":
/// "both leaders", "the two presidents", "ambos líderes" are the two who met in the
/// meeting the article told last.
pub(crate) fn both_leaders_are_who_met(events: &mut [Event], text: &str) {
    // (the words before the party's own: "the two leaders" is named "leaders")
    let phrase = |e: &Event| {
        let span = e.actor_span?;
        let before = cronica_text::fold(text_before(text, span, 12));
        let mut words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
        words.reverse();
        Some(format!(
            "{} {}",
            words.join(" "),
            cronica_text::fold(span.text(text))
        ))
    };
    let pair = |e: &Event| {
        phrase(e).is_some_and(|p| {
            [
                "both leaders",
                "two leaders",
                "both presidents",
                "two presidents",
                "ambos lideres",
                "dos lideres",
                "ambos presidentes",
                "dos presidentes",
                "dois lideres",
                "ambos os lideres",
                "dois presidentes",
                "ambos os presidentes",
            ]
            .iter()
            .any(|pattern| p.ends_with(pattern))
        })
    };
    for i in 0..events.len() {
        if !pair(&events[i]) {
            continue;
        }
        let at = events[i].mentions.first().map_or(0, |m| m.trigger.start);
        let article = events[i].article_index;
        let Some(names) = events
            .iter()
            .filter(|o| {
                o.event_type == EventType::Consult
                    && o.article_index == article
                    && o.mentions.first().is_some_and(|m| m.trigger.start < at)
            })
            .max_by_key(|o| o.mentions.first().map_or(0, |m| m.trigger.start))
            .and_then(|o| {
                Some(format!(
                    "{} and {}",
                    o.actor.as_deref()?,
                    o.target.as_deref()?
                ))
            })
        else {
            continue;
        };
        let e = &mut events[i];
        e.actor = Some(names);
        e.actor_country = None;
        e.actor_sector = None;
    }
}

/// "Canada condemns the arrest", "The UK has designated eight individuals",
/// "Russia shelled Kharkiv": a state named by its country acts through its
/// government, or through its armed forces when it strikes or deploys troops, and
/// is named as ACLED names them ("Government of Canada", "Military Forces of
/// Russia"); the record's `actor_text` keeps the text's word.
pub(crate) fn states_act_through_governments(events: &mut [Event], gazetteer: &Gazetteer) {
    for e in events.iter_mut() {
        let Some(c) = e.actor.as_deref().and_then(|n| {
            gazetteer
                .country_by_name(n)
                .filter(|c| c.name_en.eq_ignore_ascii_case(n))
        }) else {
            continue;
        };
        let armed = e.event_type == EventType::Assault
            || e.event_type == EventType::Mobilize && e.mode == "military-deployment";
        let (pattern, sector) = if armed {
            ("Military Forces of {}", Sector::Military)
        } else {
            ("Government of {}", Sector::Government)
        };
        e.actor = Some(pattern.replace("{}", &c.name_en));
        e.actor_country = Some(c.iso2.clone());
        e.actor_sector = Some(sector);
    }
}

/// "el estado de emergencia en Lima, Cusco, Puno y el Callao", "los
/// enfrentamientos en el puente Añashuayco": a town, a region or a street the act
/// happens in is where, not whom. A strike on a town or a measure against a
/// country names its target by the place ("bombed Caracas", "sanctions on
/// Venezuela"), and keeps it.
pub(crate) fn places_are_not_parties(events: &mut [Event], a: &Analysis) {
    let text = a.document.text.as_str();
    for e in events.iter_mut() {
        let struck = e.event_type == EventType::Assault
            && matches!(
                e.mode.as_str(),
                "airstrike" | "bombing" | "shelling" | "invasion" | "attack"
            );
        if struck || e.event_type == EventType::Sanction {
            continue;
        }
        let (Some(name), Some(span)) = (e.target.as_deref(), e.target_span) else {
            continue;
        };
        let last_before = word_before(text, span);
        let place = a
            .places
            .iter()
            .any(|p| p.span.overlaps(span) && p.precision != PlacePrecision::Country)
            || names_a_way(name)
            || WAY_WORDS.contains(&last_before.as_str())
            // ("da Nova Holanda até a Passarela 9", "desde la plaza hasta el
            // Congreso": the ends of a march's route)
            || matches!(last_before.as_str(), "ate" | "hasta")
            || matches!(last_before.as_str(), "da" | "do" | "de" | "desde" | "from")
                && text.get(span.end..).is_some_and(|after| {
                    let after = after.trim_start();
                    after.starts_with("até ") || after.starts_with("hasta ") || after.starts_with("to ")
                });
        if place {
            clear_target(e);
        }
    }
}

/// "Education Minister Patricia Correa ... resigned on Friday, citing the deaths of
/// protesters": who gives up an office does it to no one; what the text names
/// after is a reason, unless it is what they left ("resigned from the cabinet").
pub(crate) fn resignations_leave_offices(events: &mut [Event], a: &Analysis) {
    let text = a.document.text.as_str();
    for e in events
        .iter_mut()
        .filter(|e| e.event_type == EventType::Retreat && e.mode == "resignation")
    {
        let Some(span) = e.target_span else { continue };
        let left = matches!(
            word_before(text, span).as_str(),
            "from" | "de" | "del" | "do" | "da" | "al" | "ao" | "a" | "the"
        );
        if !left {
            clear_target(e);
        }
    }
}

/// "fighters of the People's Defence Force (PDF) overran an army outpost",
/// "bloqueada por seguidores del expresidente Evo Morales": members named only by
/// what they are, of a body or a person the text names, are that body's, or that
/// person's supporters.
/// "the Government of the United States", "el Gobierno de los Estados Unidos", "as
/// Forças Armadas do Brasil": a state's body named with its state's name after
/// it is that state's, whatever country the event is in.
pub(crate) fn bodies_of_named_states(events: &mut [Event], a: &Analysis) {
    let text = a.document.text.as_str();
    for e in events.iter_mut() {
        for (name, span, country) in [
            (&e.actor, e.actor_span, &mut e.actor_country),
            (&e.target, e.target_span, &mut e.target_country),
        ] {
            let (Some(n), Some(span)) = (name.as_deref(), span) else {
                continue;
            };
            if state_force(n, false).is_none() {
                continue;
            }
            // "of", perhaps an article, then the state: after the body's name or
            // inside it ("gobierno de Estados Unidos" read as one name)
            let of_state = |p: &&cronica_types::Place| {
                if p.precision != cronica_types::PlacePrecision::Country
                    || p.span.start <= span.start
                    || p.span.start > span.end + 12
                {
                    return false;
                }
                let words: Vec<String> = text[span.start..p.span.start]
                    .split_whitespace()
                    .map(cronica_text::fold)
                    .collect();
                let joins =
                    |w: &str| matches!(w, "of" | "de" | "del" | "do" | "da" | "dos" | "das");
                let article = |w: &str| {
                    matches!(
                        w,
                        "the" | "los" | "las" | "la" | "el" | "o" | "a" | "os" | "as"
                    )
                };
                let tail: Vec<&String> = words
                    .iter()
                    .rev()
                    .take_while(|w| joins(w) || article(w))
                    .collect();
                tail.len() < words.len() && tail.iter().any(|w| joins(w))
            };
            if let Some(p) = a.places.iter().find(of_state) {
                *country = Some(p.country.clone());
            }
        }
    }
}

pub(crate) fn members_of_named_bodies(events: &mut [Event], a: &Analysis) {
    let text = a.document.text.as_str();
    let members = |w: &str| {
        matches!(
            w,
            "fighters"
                | "members"
                | "militants"
                | "combatants"
                | "supporters"
                | "followers"
                | "activists"
                | "miembros"
                | "militantes"
                | "combatientes"
                | "integrantes"
                | "seguidores"
                | "simpatizantes"
                | "partidarios"
                | "membros"
                | "combatentes"
                | "apoiantes"
                | "apoiadores"
                | "ativistas"
                | "activistas"
        )
    };
    let backers = |w: &str| {
        matches!(
            w,
            "supporters"
                | "followers"
                | "seguidores"
                | "simpatizantes"
                | "partidarios"
                | "apoiantes"
                | "apoiadores"
        )
    };
    for e in events.iter_mut() {
        let Some(span) = e.actor_span else { continue };
        let name = cronica_text::fold(span.text(text));
        let Some(last) = name.split_whitespace().last() else {
            continue;
        };
        if !members(last) {
            continue;
        }
        // the body or person right after "of", "de", "del", "do", "da" (and an article
        // or a title between)
        let rest = &text[span.end..];
        let lead = rest.len() - rest.trim_start().len();
        let after = cronica_text::fold(rest.trim_start());
        let Some(of) = [
            "of the ", "of ", "de la ", "del ", "de ", "do ", "da ", "dos ", "das ",
        ]
        .iter()
        .find(|p| after.starts_with(*p)) else {
            continue;
        };
        let from = span.end + lead + of.len();
        let Some(body) = a
            .entities
            .iter()
            .filter(|x| x.span.start >= from && x.span.start <= from + 24)
            .filter(|x| matches!(x.label, EntityLabel::Org | EntityLabel::Per))
            .min_by_key(|x| x.span.start)
        else {
            continue;
        };
        // (only little words or a title between: "del expresidente Evo Morales")
        let between = text.get(from..body.span.start).unwrap_or("");
        if between.split_whitespace().count() > 2 {
            continue;
        }
        if body.label == EntityLabel::Org {
            e.actor = Some(
                body.text
                    .split(" (")
                    .next()
                    .unwrap_or(&body.text)
                    .trim()
                    .to_string(),
            );
            e.actor_span = Some(body.span);
        } else if backers(last) {
            let whole = cronica_types::Span::new(span.start, body.span.end);
            e.actor = Some(whole.text(text).to_string());
            e.actor_span = Some(whole);
        }
    }
}

/// A party read off a line in capitals ("A PARALISAÇÃO ... DO SINDICATO", "ESTUDANTES
/// DA UNIVERSIDADE FEDERAL DE OURO PRETO"), where the tagger cannot tell a name by
/// its capitals, is no "DO" or "DE": the little words that open or close it are
/// dropped, and a party that is nothing else is none.
pub(crate) fn no_party_is_a_particle(events: &mut [Event]) {
    let particle = |w: &str| {
        w.chars().all(char::is_uppercase) && cronica_text::is_name_particle(&w.to_lowercase())
    };
    for e in events.iter_mut() {
        for (name, span) in [
            (&mut e.actor, &mut e.actor_span),
            (&mut e.target, &mut e.target_span),
        ] {
            let Some(n) = name.as_deref() else { continue };
            let words: Vec<&str> = n.split_whitespace().collect();
            let first = words.iter().position(|w| !particle(w));
            let last = words.iter().rposition(|w| !particle(w));
            let kept = match (first, last) {
                (Some(f), Some(l)) if (f, l) == (0, words.len() - 1) => continue,
                (Some(f), Some(l)) => words[f..=l].join(" "),
                _ => String::new(),
            };
            if kept.is_empty() {
                *name = None;
                *span = None;
                continue;
            }
            // (the span keeps to the words kept, when it held the name as written)
            if let Some(at) = n.find(&kept) {
                if let Some(s) = span.as_mut().filter(|s| s.len() == n.len()) {
                    *s = Span::new(s.start + at, s.start + at + kept.len());
                }
            }
            *name = Some(kept);
        }
    }
}

/// Clears an event's target.
fn clear_target(e: &mut Event) {
    e.target = None;
    e.target_span = None;
    e.target_country = None;
    e.target_sector = None;
}

/// Up to `n` bytes of the text right before `span`, from a character's start.
fn text_before(text: &str, span: Span, n: usize) -> &str {
    let mut from = span.start.saturating_sub(n);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..span.start).unwrap_or("")
}

/// Up to `n` bytes of the text right after `span`, cut at a character boundary.
fn text_after(text: &str, span: Span, n: usize) -> &str {
    let mut to = (span.end + n).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(span.end..to).unwrap_or("")
}

/// The word (folded) right before `span` in the text.
fn word_before(text: &str, span: Span) -> String {
    let before = cronica_text::fold(text_before(text, span, 40));
    before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
        .to_string()
}

/// The initials of a name's capitalised words: "Polícia Militar da Bahia" gives
/// "PMB".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// A short form in capitals: "PM", "CONACIH", "SITRACHILCO".
fn is_short_form(n: &str) -> bool {
    (2..=12).contains(&n.chars().count())
        && n.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && n.chars().next().is_some_and(char::is_uppercase)
}

/// The short forms a document gives its long names: "Coordinadora Nacional
/// Campesina e Indígena de Honduras (CONACIH)", and in a signature "Coordinadora
/// ... – CONACIH". Pairs of (long, short).
fn given_short_forms(a: &Analysis) -> Vec<(String, String)> {
    let text = a.document.text.as_str();
    let mut out: Vec<(String, String)> = Vec::new();
    for e in a.entities.iter().filter(|e| e.label == EntityLabel::Org) {
        let long = e.text.split(" (").next().unwrap_or(&e.text).trim();
        if long.split_whitespace().count() < 2 {
            continue;
        }
        // the short form inside the entity ("Polícia Militar (PM)") or after it
        let inside = e
            .text
            .split_once(" (")
            .map(|(_, r)| r.trim_end_matches(')'));
        let rest = text.get(e.span.end..).unwrap_or("");
        // (markdown escapes its brackets: "Freedom \(PSOL\)")
        let bracketed = inside.is_some() || rest.starts_with(" (") || rest.starts_with(" \\(");
        let after = rest
            .strip_prefix(" (")
            .or_else(|| rest.strip_prefix(" \\("))
            .or_else(|| rest.strip_prefix(" – "))
            .or_else(|| rest.strip_prefix(" - "))
            .map(|rest| {
                let end = rest
                    .find(|c: char| !(c.is_alphanumeric()))
                    .unwrap_or(rest.len());
                &rest[..end]
            });
        // ("Comité de Desarrollo Campesino (Codeca)": a short form may be written
        // as a name, not a place's: "Policía Nacional (Lima)")
        let as_name = |x: &str| {
            (3..=12).contains(&x.chars().count())
                && x.chars().next().is_some_and(char::is_uppercase)
                && x.chars().skip(1).all(char::is_lowercase)
                && !a.places.iter().any(|p| p.name == x)
        };
        let Some(acronym) = inside
            .or(after)
            .filter(|x| is_short_form(x) || bracketed && as_name(x))
        else {
            continue;
        };
        // ("Policía Nacional (PNP)": the short form begins as the name does)
        if initials(long).chars().next() != acronym.chars().next() {
            continue;
        }
        if !out.iter().any(|(l, _)| l == long) {
            out.push((long.to_string(), acronym.to_string()));
        }
    }
    out
}

/// "a PM negou ...", "la CONACIH convocará": a short form in capitals is the name
/// the document wrote out with it ("Coordinadora Nacional Campesina e Indígena de
/// Honduras (CONACIH)"), else the article's name whose initials begin with it, and
/// goes written with it: "Polícia Militar da Bahia (PM)". A long name goes with the
/// short form the document gives it, which later mentions and other sources use.
pub(crate) fn expand_short_forms(events: &mut [Event], a: &Analysis) {
    let given = given_short_forms(a);
    for e in events.iter_mut() {
        let Some(article) = a.articles.iter().find(|art| art.index == e.article_index) else {
            continue;
        };
        for name in [&mut e.actor, &mut e.target] {
            let Some(n) = name.as_deref().filter(|n| !n.contains('(')) else {
                continue;
            };
            if let Some((long, short)) = given.iter().find(|(l, s)| l == n || s == n) {
                *name = Some(format!("{long} ({short})"));
                continue;
            }
            // "Consejo Directivo Nacional de la CFT", "Coordenação Nacional do MPMD":
            // the organ that signs for a body is the body
            if let Some((long, short)) = given.iter().find(|(_, s)| organ_of(n, s)) {
                *name = Some(format!("{long} ({short})"));
                continue;
            }
            // ("the National Executive Committee has accepted", signed "National
            // Executive Committee, Malawi Public Health Workers' Union"): an organ
            // named alone, in a document that writes out one body with its short
            // form, is that body's
            if let [(long, short)] = given.as_slice() {
                if n.split_whitespace().count() >= 2 && organ_of(&format!("{n} of {short}"), short)
                {
                    *name = Some(format!("{long} ({short})"));
                    continue;
                }
            }
            if !is_short_form(n) {
                continue;
            }
            let long = a
                .entities
                .iter()
                .filter(|x| x.label == EntityLabel::Org && article.span.contains(x.span))
                .map(|x| x.text.split(" (").next().unwrap_or(&x.text).trim())
                .find(|x| x.split_whitespace().count() >= 2 && initials(x).starts_with(n));
            if let Some(long) = long {
                *name = Some(format!("{long} ({n})"));
            }
        }
    }
}

/// Whether `name` is an organ of the body whose short form is `short`, named by
/// organ words only ("Consejo Directivo Nacional de la CFT", "Coordenação Nacional
/// do MPMD", "National Executive Committee of the MPHWU").
fn organ_of(name: &str, short: &str) -> bool {
    let Some(head) = [" de la ", " del ", " do ", " da ", " of the ", " of "]
        .iter()
        .find_map(|of| name.strip_suffix(short)?.strip_suffix(of.trim_start()))
        .map(str::trim)
    else {
        return false;
    };
    !head.is_empty()
        && cronica_text::fold(head).split_whitespace().all(|w| {
            matches!(
                w,
                "consejo"
                    | "conselho"
                    | "directivo"
                    | "diretivo"
                    | "direccion"
                    | "direcao"
                    | "direccao"
                    | "coordenacao"
                    | "coordinacion"
                    | "coordination"
                    | "comite"
                    | "committee"
                    | "executive"
                    | "ejecutivo"
                    | "executivo"
                    | "executiva"
                    | "board"
                    | "junta"
                    | "mesa"
                    | "secretariado"
                    | "secretariat"
                    | "leadership"
                    | "nacional"
                    | "national"
                    | "central"
                    | "colegiada"
                    | "general"
            )
        })
}

/// "Join the Hands Off Venezuela campaign next week to demonstrate ...: • Monday
/// 28th January - Demonstrate against the coup - outside Downing Street": the
/// protests an article lists, with no party of their own, are held by whoever its
/// call to them names, when their days fall in the days the call gives.
pub(crate) fn organisers_of_listed_protests(events: &mut [Event]) {
    let planned = |e: &Event| {
        e.event_type == EventType::Protest && e.status == cronica_types::EventStatus::Planned
    };
    // the calls: planned protests whose text names who holds them
    let calls: Vec<Event> = events
        .iter()
        .filter(|o| planned(o) && o.actor_span.is_some() && o.actor.is_some())
        .cloned()
        .collect();
    for e in events
        .iter_mut()
        .filter(|e| planned(e) && e.actor_span.is_none())
    {
        let Some(d) = e.date.clone() else { continue };
        let call = calls.iter().find(|o| {
            o.article_index == e.article_index
                && o.date.as_ref().is_some_and(|span| {
                    span.start <= d.start
                        && d.end <= span.end
                        && (span.end - span.start) > (d.end - d.start)
                })
        });
        if let Some(call) = call {
            e.actor = call.actor.clone();
            e.actor_country = call.actor_country.clone().or(e.actor_country.take());
            e.actor_sector = call.actor_sector;
        }
    }
}

/// "recognised by Trump in the US, Bolsonaro in Brazil": a person the text places
/// in a country right after the name acts for that country, and is named with it:
/// "Trump (United States)".
pub(crate) fn tie_persons_to_states(events: &mut [Event], a: &Analysis) {
    let text = a.document.text.as_str();
    for e in events.iter_mut() {
        let (Some(name), Some(span)) = (e.actor.as_deref(), e.actor_span) else {
            continue;
        };
        // (the tagger may take a lone surname for an organisation: "Trump")
        let person = a.entities.iter().any(|x| {
            span.contains(x.span)
                && (x.label == EntityLabel::Per
                    || x.label == EntityLabel::Org
                        && x.text.split_whitespace().count() <= 2
                        && x.text.chars().any(char::is_lowercase)
                        && state_force(&x.text, false).is_none())
        });
        if !person || name.contains('(') {
            continue;
        }
        let Some(p) = a.places.iter().find(|p| {
            p.precision == PlacePrecision::Country
                && p.span.start > span.end
                && text.get(span.end..p.span.start).is_some_and(|gap| {
                    matches!(
                        gap.trim(),
                        "in" | "in the" | "of" | "of the" | "en" | "de" | "em" | "do" | "da"
                    )
                })
        }) else {
            continue;
        };
        e.actor = Some(format!("{name} ({})", p.canonical));
        e.actor_country = Some(p.country.clone());
    }
}

/// Words that make a person the head of a state or government.
fn is_leader_title(w: &str) -> bool {
    matches!(
        w,
        "president"
            | "presidente"
            | "presidenta"
            | "leader"
            | "premier"
            | "chancellor"
            | "dictator"
            | "dictador"
            | "ditador"
            | "mandatario"
            | "mandataria"
            | "king"
            | "rey"
            | "rei"
            | "minister"
            | "ministro"
            | "ministra"
    )
}

/// The leader a government is named by: "the Boluarte government", "Donald
/// Trump's administration", "el gobierno de Dina Boluarte", "o governo Lula", "the
/// Maduro regime". `None` for any other name, and for a nation's government ("the
/// US administration", "el gobierno peruano"), which [`name_state_forces`] names.
fn leader_of_government(name: &str, gazetteer: &Gazetteer) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .skip_while(|w| {
            matches!(
                cronica_text::fold(w).as_str(),
                "the" | "el" | "la" | "o" | "a"
            )
        })
        .collect();
    let is_government = |w: &str| {
        matches!(
            cronica_text::fold(w).as_str(),
            "government" | "administration" | "regime" | "gobierno" | "regimen" | "governo"
        )
    };
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let leader: Vec<&str> = match words.as_slice() {
        [head @ .., last] if head.len() <= 3 && !head.is_empty() && is_government(last) => {
            head.to_vec()
        }
        [first, rest @ ..] if is_government(first) && !rest.is_empty() => {
            let rest = match rest {
                [of, more @ ..] if matches!(*of, "de" | "del" | "do" | "da") => more,
                _ => rest,
            };
            rest.to_vec()
        }
        _ => return None,
    };
    if leader.is_empty() || leader.len() > 3 || !leader.iter().all(|w| capitalised(w)) {
        return None;
    }
    let leader = leader
        .join(" ")
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string();
    // "the US government", "Peru's government": a nation's, not a leader's
    if gazetteer.country_by_name(&leader).is_some() {
        return None;
    }
    Some(leader)
}

/// The country whose leader the text says `surname` is: "US President Donald
/// Trump", "Peru's president, Dina Boluarte", "Dina Boluarte, presidenta del
/// Perú", "el presidente ecuatoriano Guillermo Lasso", "Trump in the US".
fn leaders_country<'g>(
    text: &str,
    surname: &str,
    gazetteer: &'g Gazetteer,
) -> Option<&'g cronica_geo::Country> {
    // a country's name or adjective among a few words, in capitals unless it
    // follows a title ("presidente peruano")
    let country_among = |words: &[&str]| {
        (0..words.len()).find_map(|k| {
            (1..=3.min(words.len() - k)).rev().find_map(|n| {
                let phrase = words[k..k + n].join(" ");
                let phrase = phrase
                    .trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .trim_matches(|c: char| !c.is_alphanumeric());
                let after_title = k > 0 && is_leader_title(&cronica_text::fold(words[k - 1]));
                let capital = phrase.chars().next().is_some_and(char::is_uppercase);
                // ("us" is a pronoun: an abbreviation is all capitals)
                let short_ok = phrase.len() > 3 || phrase.chars().all(|c| c.is_uppercase());
                (!phrase.is_empty() && (capital || after_title) && short_ok)
                    .then(|| gazetteer.country_by_name(phrase))
                    .flatten()
            })
        })
    };
    let bounded = |at: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + surname.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    for (at, _) in text.match_indices(surname).filter(|(at, _)| bounded(*at)) {
        // the title and the country before the name, in the same clause
        let name = Span::new(at, at + surname.len());
        let before = text_before(text, name, 80);
        let before = before.rsplit(['.', ';', '\n', '(']).next().unwrap_or("");
        let words: Vec<&str> = before.split_whitespace().rev().take(7).collect();
        let words: Vec<&str> = words.into_iter().rev().collect();
        if let Some(t) = words
            .iter()
            .rposition(|w| is_leader_title(&cronica_text::fold(w)))
        {
            // nothing but a name between the title and the surname
            let between_names = words[t + 1..]
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase) || *w == ",");
            if between_names {
                if let Some(c) = country_among(&words) {
                    return Some(c);
                }
            }
        }
        // the title and the country after it: "Dina Boluarte, presidenta del Perú",
        // "Trump in the US"
        let after = text_after(text, name, 60);
        let after = after.split(['.', ';', '\n', ')']).next().unwrap_or("");
        let words: Vec<&str> = after.split_whitespace().take(6).collect();
        let placed = matches!(words.as_slice(), ["in" | "en" | "em", ..]);
        let titled = after.trim_start().starts_with(',')
            && words
                .iter()
                .take(3)
                .any(|w| is_leader_title(&cronica_text::fold(w)));
        if placed || titled {
            let rest = if placed {
                &words[1..words.len().min(4)]
            } else {
                &words[..]
            };
            if let Some(c) = country_among(rest) {
                return Some(c);
            }
        }
    }
    None
}

/// "the Boluarte government", "Trump's administration", "el gobierno de Lasso": a
/// government named by its leader is its state's, named as ACLED does ("Government
/// of Peru"; the record's `actor_text` keeps the words), where the text says which
/// state the leader leads.
pub(crate) fn name_leaders_governments(events: &mut [Event], a: &Analysis, gazetteer: &Gazetteer) {
    let text = a.document.text.as_str();
    for e in events.iter_mut() {
        for (name, country, sector) in [
            (&mut e.actor, &mut e.actor_country, &mut e.actor_sector),
            (&mut e.target, &mut e.target_country, &mut e.target_sector),
        ] {
            let Some(leader) = name
                .as_deref()
                .and_then(|n| leader_of_government(n, gazetteer))
            else {
                continue;
            };
            let surname = leader.split_whitespace().last().unwrap_or(&leader);
            let Some(c) = leaders_country(text, surname, gazetteer) else {
                continue;
            };
            *name = Some(format!("Government of {}", c.name_en));
            *country = Some(c.iso2.clone());
            *sector = Some(Sector::Government);
        }
    }
}

/// The generic actor of an event of this type and mode, as an ACLED name pattern
/// (`{}` is the country's name) and its sector.
fn generic(event_type: EventType, mode: &str) -> Option<(&'static str, Sector)> {
    match (event_type, mode) {
        (EventType::Protest, _) => Some(("Protesters ({})", Sector::Civilians)),
        (EventType::Support, "election") => Some(("Voters ({})", Sector::Civilians)),
        (EventType::Coerce, "arrest") | (EventType::Assault, "crowd-control") => {
            Some(("Police Forces of {}", Sector::Police))
        }
        (EventType::Coerce, "state-of-emergency") => Some(("Government of {}", Sector::Government)),
        _ => None,
    }
}

/// "during a sit-in", "en la marcha", "at the rally": a protest told as the time
/// or place of another act, whose parties were at it (not "journalists covering
/// the protest").
fn held_at(e: &Event, text: &str) -> bool {
    let Some(trigger) = e.mentions.first().map(|m| m.trigger) else {
        return false;
    };
    let before = cronica_text::fold(text_before(text, trigger, 30));
    let mut words = before.split_whitespace().rev();
    let mut w = words.next().unwrap_or("");
    if matches!(
        w,
        "a" | "an" | "the" | "la" | "el" | "una" | "un" | "uma" | "um" | "o"
    ) {
        w = words.next().unwrap_or("");
    }
    matches!(
        w,
        "during" | "at" | "durante" | "en" | "em" | "na" | "no" | "numa" | "num"
    )
}

/// Gives the events that have no actor their generic one, where there is one.
pub(crate) fn fill_generic_actors(events: &mut [Event], text: &str, gazetteer: &Gazetteer) {
    // a protest by "tens of thousands of people" is by ACLED's protesters too
    for e in events
        .iter_mut()
        .filter(|e| e.event_type == EventType::Protest)
    {
        // ... and one the rules gave to a government ("In advance of peaceful
        // demonstrations planned for today, the Cuban regime deployed ..."): a
        // government does not take to the streets against itself
        // (one that calls a rally first holds it: "the government called for a
        // demonstration for peace")
        let government = e.actor_sector == Some(Sector::Government)
            && match (e.actor_span, e.mentions.first()) {
                (Some(a), Some(m)) => a.start > m.trigger.start,
                _ => false,
            };
        if e.country.is_some() && (government || e.actor.as_deref().is_some_and(is_crowd)) {
            e.actor = None;
            e.actor_span = None;
            e.actor_country = None;
            e.actor_sector = None;
        }
    }
    // "A Polícia Nacional deteve 19 activistas que se preparavam para uma
    // manifestação": a force that arrests or strikes in the sentence of a protest is
    // not who protests; whom it arrested are
    // ("a PRM dispersou ... uma marcha de cerca de mil pessoas": whoever disperses
    // or arrests, named by a short form the text has not yet tied to a sector)
    // ("police detained nine contract teachers during a sit-in": a protest with no
    // one named as holding it is held by whom a force arrested at it)
    let force = |e: &Event| matches!(e.actor_sector, Some(Sector::Police | Sector::Military));
    let curbs = |o: &Event| {
        o.event_type == EventType::Coerce
            || o.event_type == EventType::Assault && o.mode == "crowd-control"
            || o.event_type == EventType::Assault && force(o)
    };
    for i in 0..events.len() {
        let e = &events[i];
        if e.event_type != EventType::Protest {
            continue;
        }
        let Some(sentence) = e.mentions.first().map(|m| m.sentence) else {
            continue;
        };
        let Some(o) = events.iter().find(|o| {
            curbs(o)
                && (force(o) || o.mode == "crowd-control")
                && o.actor.is_some()
                && match &e.actor {
                    Some(_) => o.actor == e.actor,
                    None => o.target.as_deref().is_some_and(|t| !is_crowd(t)) && held_at(e, text),
                }
                && o.mentions.iter().any(|m| m.sentence == sentence)
        }) else {
            continue;
        };
        let (actor, span, country) = (o.target.clone(), o.target_span, o.target_country.clone());
        let e = &mut events[i];
        e.actor_sector = actor.is_some().then_some(Sector::Civilians);
        e.actor = actor;
        e.actor_span = span;
        e.actor_country = country;
    }
    // "protests ... were met with repression by the national guard, and their
    // leaders were arrested": an arrest or a use of force with no doer named, told
    // in the sentence of a state force's act, is that force's
    let force_at = |o: &Event, sentence: Span| {
        matches!(o.actor_sector, Some(Sector::Police | Sector::Military))
            && o.actor_span.is_some()
            && o.actor.is_some()
            && matches!(o.event_type, EventType::Coerce | EventType::Assault)
            // (not forces that rose up or fought: "a mutiny of National Guard
            // officers, who were later disarmed and arrested")
            && !matches!(o.mode.as_str(), "mutiny" | "coup" | "fighting")
            && o.mentions.iter().any(|m| m.sentence == sentence)
    };
    let done_by: Vec<(usize, usize)> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.actor.is_none() && matches!(e.event_type, EventType::Coerce | EventType::Assault)
        })
        .filter_map(|(i, e)| {
            let sentence = e.mentions.first()?.sentence;
            let k = events.iter().position(|o| force_at(o, sentence))?;
            Some((i, k))
        })
        .collect();
    for (i, k) in done_by {
        let (actor, country, sector, span) = {
            let o = &events[k];
            (
                o.actor.clone(),
                o.actor_country.clone(),
                o.actor_sector,
                o.actor_span,
            )
        };
        let e = &mut events[i];
        e.actor = actor;
        e.actor_country = country;
        e.actor_sector = sector;
        e.actor_span = span;
    }
    for e in events.iter_mut().filter(|e| e.actor.is_none()) {
        // "Forty-one others were released without charge on Sunday evening": whom
        // the police held, the police let go (not a release after a hearing, by
        // a court the text does not name)
        let release = e.event_type == EventType::Concede
            && e.mode == "release"
            && e.mentions
                .first()
                .is_some_and(|m| !cronica_events::tells_of_a_court(m.sentence.text(text)));
        let found = if release {
            Some(("Police Forces of {}", Sector::Police))
        } else {
            generic(e.event_type, &e.mode)
        };
        let Some((pattern, sector)) = found else {
            continue;
        };
        let Some(country) = e.country.as_deref().and_then(|c| gazetteer.country(c)) else {
            continue;
        };
        e.actor = Some(pattern.replace("{}", &country.name_en));
        e.actor_span = None;
        e.actor_country = Some(country.iso2.clone());
        e.actor_sector = Some(sector);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_organ_that_signs_for_a_body_is_the_body() {
        assert!(organ_of("Consejo Directivo Nacional de la CFT", "CFT"));
        assert!(organ_of("Coordenação Nacional do MPMD", "MPMD"));
        assert!(organ_of(
            "National Executive Committee of the MPHWU",
            "MPHWU"
        ));
        // a person or another body is not its organ
        assert!(!organ_of("Secretary-General of the UN", "UN"));
        assert!(!organ_of("Universidad de la CFT", "CFT"));
        assert!(!organ_of("CFT", "CFT"));
        assert!(organ_of("National Executive Committee of MPHWU", "MPHWU"));
    }

    #[test]
    fn patterns_by_type_and_mode() {
        assert_eq!(
            generic(EventType::Protest, "demonstrate").map(|g| g.0),
            Some("Protesters ({})")
        );
        assert_eq!(
            generic(EventType::Coerce, "arrest").map(|g| g.1),
            Some(Sector::Police)
        );
        // who staged a coup or fired is not for a rule to say
        assert_eq!(generic(EventType::Coerce, "coup"), None);
        assert_eq!(generic(EventType::Assault, "firearms"), None);
    }

    #[test]
    fn crowds_are_protesters() {
        assert!(is_crowd("Tens of thousands of people"));
        assert!(is_crowd("miles de personas"));
        assert!(!is_crowd("teachers"));
        assert!(!is_crowd("Displaced people at the site"));
        assert!(is_crowd("about 3,000 people"));
    }

    #[test]
    fn state_forces_by_what_they_are() {
        let pattern = |n: &str, demonym: bool| state_force(n, demonym).map(|f| f.0);
        assert_eq!(pattern("the police", false), Some("Police Forces of {}"));
        assert_eq!(
            pattern("la Policía Nacional del Perú", false),
            Some("Police Forces of {}")
        );
        assert_eq!(
            pattern("Peruvian troops", true),
            Some("Military Forces of {}")
        );
        assert_eq!(pattern("el Gobierno", false), Some("Government of {}"));
        assert_eq!(
            pattern("Gobierno ecuatoriano", true),
            Some("Government of {}")
        );
        // a named body or a longer description is kept as written
        assert_eq!(pattern("Boluarte government", false), None);
        assert_eq!(pattern("police union", false), None);
        assert_eq!(pattern("Peruvian troops", false), None);
    }

    #[test]
    fn acled_names_state_forces_by_pattern() {
        let g = Gazetteer::embedded();
        assert_eq!(
            acled_name("Policía", Some("PE"), g),
            "Police Forces of Peru"
        );
        assert_eq!(acled_name("Gobierno", Some("PE"), g), "Government of Peru");
        assert_eq!(
            acled_name("Protesters (Peru)", Some("PE"), g),
            "Protesters (Peru)"
        );
        assert_eq!(acled_name("CONAIE", Some("EC"), g), "CONAIE");
        // with no country, ACLED's pattern has nothing to name
        assert_eq!(acled_name("Policía", None, g), "Policía");
        assert!(is_proper_name("Polícia Militar do Distrito Federal"));
        assert!(is_proper_name("National Guard"));
        assert!(!is_proper_name("Kenyan police"));
        assert!(!is_proper_name("Police"));
    }

    #[test]
    fn governments_named_by_their_leaders() {
        let g = Gazetteer::embedded();
        let leader = |n: &str| leader_of_government(n, g);
        assert_eq!(
            leader("the Boluarte government").as_deref(),
            Some("Boluarte")
        );
        assert_eq!(
            leader("Donald Trump's regime").as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            leader("el gobierno de Dina Boluarte").as_deref(),
            Some("Dina Boluarte")
        );
        assert_eq!(leader("o governo Lula").as_deref(), Some("Lula"));
        // a nation's government, or a common noun, is no leader's
        assert_eq!(leader("the US government"), None);
        assert_eq!(leader("the government"), None);
        assert_eq!(leader("the military government"), None);
        let country =
            |text: &str, surname: &str| leaders_country(text, surname, g).map(|c| c.iso2.clone());
        assert_eq!(
            country("Yesterday US President Donald Trump spoke.", "Trump").as_deref(),
            Some("US")
        );
        assert_eq!(
            country("Dina Boluarte, presidenta del Perú, habló.", "Boluarte").as_deref(),
            Some("PE")
        );
        assert_eq!(
            country("recognised by Trump in the US and others.", "Trump").as_deref(),
            Some("US")
        );
        // a title with no country says nothing; nor does a pronoun
        assert_eq!(country("President Trump told us so.", "Trump"), None);
        assert_eq!(country("Trumpet players met.", "Trump"), None);
    }
}
