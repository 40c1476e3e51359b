//! Where the gazetteer's places and the rules' proper-noun chunks meet: places
//! inside names, names made of places, and the countries names carry.

use cronica_geo::Gazetteer;
use cronica_types::{Entity, EntityLabel};

use crate::chunks::{is_org_head, is_title};
use crate::seats;

/// A demonym opening an organisation's name ("Peruvian Congress", "Venezuelan Health
/// Ministry") gives the organisation its country; one inside it ("Organisation of
/// American States") does not.
pub(crate) fn give_organisations_their_demonym(chunks: &mut [Entity], found: &[Entity]) {
    for c in chunks.iter_mut().filter(|c| c.label == EntityLabel::Org) {
        c.country = found
            .iter()
            .filter(|e| {
                e.label == EntityLabel::Norp
                    && e.span.start == c.span.start
                    && e.span.end < c.span.end
            })
            .find_map(|e| e.country.clone());
    }
}

/// Head words of the civil organisations that carry their country in their name
/// ("Confederación General de Trabajadores del Perú", "Federation of Trade Unions of
/// Ecuador"), folded.
const CIVIL_HEADS: &[&str] = &[
    "confederation",
    "confederacion",
    "confederacao",
    "federation",
    "federacion",
    "federacao",
    "union",
    "unions",
    "sindicato",
    "sindicatos",
    "coordinadora",
    "central",
    "movement",
    "movimiento",
    "movimento",
    "front",
    "frente",
    "association",
    "asociacion",
    "associacao",
    "colectivo",
    "coletivo",
    "organisation",
    "organization",
    "organizacion",
    "organizacao",
    "party",
    "partido",
    "network",
    "alliance",
    "alianza",
    "alianca",
    "league",
    "liga",
    "committee",
    "comite",
    "coalition",
    "coalicion",
    "international",
    "internacional",
    "watch",
    "association",
    "observatory",
    "observatorio",
    "foundation",
    "fundacion",
    "fundacao",
    "red",
    "rede",
    "articulacao",
    "articulacion",
];

/// "La Confederación General de Trabajadores del Perú convocó a un paro", "the
/// Kenya Medical Association", "la Policía Nacional del Perú": a civil organisation
/// whose name opens or ends with its country, or a body named by its head word "of"
/// its country, is one name, of that country; the country inside it is no place of
/// its own.
pub(crate) fn civil_organisations_of_countries(
    g: &Gazetteer,
    chunks: &mut [Entity],
    found: &mut Vec<Entity>,
) {
    for c in chunks.iter_mut().filter(|c| c.label == EntityLabel::Org) {
        let words: Vec<&str> = c.text.split_whitespace().collect();
        let civil = |w: Option<&&str>| {
            w.is_some_and(|w| CIVIL_HEADS.contains(&cronica_text::fold(w).as_str()))
        };
        // the country opens or ends the name ("Kenya Medical Association",
        // "Amnesty International Kenya")
        // ... and a body for human rights ("Kenya Human Rights Commission")
        let rights = {
            let folded = cronica_text::fold(&c.text);
            ["human rights", "derechos humanos", "direitos humanos"]
                .iter()
                .any(|r| folded.contains(r))
        };
        // ... and a state's body named of its country ("Policía Nacional del Perú",
        // "Polícia da República de Moçambique")
        let of_country = words.len() >= 3
            && words[..words.len() - 1].iter().any(|w| is_org_head(w))
            && words[..words.len() - 1]
                .iter()
                .rev()
                .take(2)
                .any(|w| matches!(*w, "of" | "de" | "del" | "do" | "da"));
        if words.len() < 3 || !(rights || of_country || words.iter().any(|w| civil(Some(w)))) {
            continue;
        }
        let Some(k) = found.iter().position(|e| {
            e.label == EntityLabel::Loc
                && e.source == "gazetteer"
                && e.span != c.span
                && c.span.contains(e.span)
                && (e.span.end == c.span.end || e.span.start == c.span.start)
                && g.country_by_name(&e.text).is_some()
        }) else {
            continue;
        };
        c.country = found[k].country.clone();
        found.remove(k);
    }
}

/// "the Bank of England", "la Policía Nacional del Perú", "Universidad de Chile": an
/// organisation named "of" a place is of that place's country, when nothing else
/// gave it one.
pub(crate) fn organisations_of_places(g: &Gazetteer, chunks: &mut [Entity]) {
    for c in chunks
        .iter_mut()
        .filter(|c| c.label == EntityLabel::Org && c.country.is_none())
    {
        let words: Vec<&str> = c.text.split_whitespace().collect();
        let Some(k) = words
            .iter()
            .rposition(|w| matches!(*w, "of" | "de" | "del" | "do" | "da"))
            .filter(|&k| k > 0 && k + 1 < words.len() && k + 4 >= words.len())
        else {
            continue;
        };
        let mut rest = &words[k + 1..];
        if rest.len() > 1 && matches!(rest[0], "the" | "la" | "el") {
            rest = &rest[1..];
        }
        c.country = g.country_of_region_named(&rest.join(" "));
    }
}

/// "a protest at Cambridge University", "frente a la Universidad de Lima": an
/// institution named after its town, where something happens, is a place in that
/// town (canonical name the town's, with its country).
pub(crate) fn institutions_in_towns(text: &str, g: &Gazetteer, chunks: &[Entity]) -> Vec<Entity> {
    // ... and so is a square or street named with its town ("en la Plaza San Martín
    // de Lima"); a street's own name is no town ("Avenida Paulista")
    let is_site = |c: &Entity| {
        c.text.split_whitespace().next().is_some_and(|w| {
            matches!(
                cronica_text::fold(w).as_str(),
                "plaza" | "praca" | "avenida" | "calle" | "rua" | "parque" | "largo"
            )
        })
    };
    // ("a Polícia Militar do Paraná prendeu": a force is who acts, not a site,
    // whatever article or preposition stands before it)
    let force = |c: &Entity| {
        c.text.split_whitespace().next().is_some_and(|w| {
            matches!(
                cronica_text::fold(w).as_str(),
                "policia"
                    | "police"
                    | "ejercito"
                    | "exercito"
                    | "army"
                    | "guardia"
                    | "guard"
                    | "fuerzas"
                    | "forcas"
                    | "forces"
                    | "carabineros"
                    | "gendarmeria"
            )
        })
    };
    // ("c) A la Defensoría del Pueblo, que visite a los detenidos": a body that opens
    // an item of a list is whom the item is addressed to, not where)
    let opens_a_line = |c: &Entity| {
        let line = text[..c.span.start]
            .rsplit('\n')
            .next()
            .unwrap_or("")
            .trim_start_matches(|ch: char| !ch.is_alphabetic())
            .trim();
        let line = line
            .split_once(')')
            .filter(|(mark, _)| mark.chars().count() <= 2)
            .map_or(line, |(_, rest)| rest.trim_start());
        matches!(
            cronica_text::fold(line).as_str(),
            "a" | "al" | "a la" | "a los" | "a las" | "ao" | "a o" | "aos" | "to" | "to the"
        )
    };
    chunks
        .iter()
        .filter(|c| {
            (c.label == EntityLabel::Org || is_site(c))
                && c.text.contains(' ')
                && !force(c)
                && seats::after_locative(text, c.span.start)
                && !opens_a_line(c)
        })
        .filter_map(|c| {
            // the name's first or last word, or what follows its last "de": "Cambridge
            // University", "Universidad de Lima", "Assembleia Legislativa de São Paulo"
            let words: Vec<&str> = c.text.split_whitespace().collect();
            let of = words
                .iter()
                .rposition(|w| matches!(*w, "de" | "del" | "do" | "da" | "of"))
                .filter(|&k| k + 1 < words.len() && k + 4 >= words.len());
            let tail = of.map(|k| words[k + 1..].join(" "));
            let candidates: Vec<&str> = if is_site(c) {
                tail.as_deref().into_iter().collect()
            } else {
                let long_tail = tail.as_deref().filter(|t| t.contains(' '));
                [words.first().copied(), words.last().copied(), long_tail]
                    .into_iter()
                    .flatten()
                    .collect()
            };
            // ("Assembleia Legislativa do Paraná": a name that is a region of
            // another country than the town's is the region's, and no town's)
            // ("Defensoría del Pueblo": a common word is no town's name here)
            let (town, country) = candidates
                .into_iter()
                .filter(|w| !is_org_head(w))
                .filter(|w| w.contains(' ') || !cronica_geo::is_common_word(&cronica_text::fold(w)))
                .find_map(|w| {
                    let (town, country) = g.town_named(w, 50_000)?;
                    let region = g.country_of_region_named(w);
                    region
                        .is_none_or(|r| r == country)
                        .then_some((town, country))
                })?;
            Some(Entity {
                span: c.span,
                label: EntityLabel::Loc,
                text: c.text.clone(),
                canonical: Some(town.to_string()),
                country: Some(country.to_string()),
                source: "institution".into(),
            })
        })
        .collect()
}

/// "Palestine Action", "Peru Libre", "Hands Off Venezuela": a short name of
/// capitalised words that opens or ends with a country, with no title or
/// organisation word, names an organisation of that country, not the country.
pub(crate) fn organisations_named_for_countries(
    g: &Gazetteer,
    chunks: &[Entity],
    found: &[Entity],
) -> Vec<Entity> {
    chunks
        .iter()
        .filter(|c| c.label == EntityLabel::Per && c.text.contains(' '))
        .filter(|c| {
            c.text
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) && !is_title(w))
        })
        // ("da Nova Holanda até a Passarela 9", "Nueva Esparta": a place named after
        // a country)
        .filter(|c| {
            !c.text.split_whitespace().next().is_some_and(|w| {
                let w = cronica_text::fold(w);
                crate::chunks::is_place_prefix(&w)
                    || matches!(
                        w.as_str(),
                        "colonia" | "ciudad" | "cidade" | "puerto" | "porto" | "port" | "little"
                    )
            })
        })
        .filter_map(|c| {
            let country = found.iter().find(|e| {
                e.label == EntityLabel::Loc
                    && e.source == "gazetteer"
                    && c.span.contains(e.span)
                    && c.span != e.span
                    && (e.span.start == c.span.start || e.span.end == c.span.end)
                    && g.country_by_name(&e.text).is_some()
            })?;
            Some(Entity {
                label: EntityLabel::Org,
                country: country.country.clone(),
                source: "rules".into(),
                ..c.clone()
            })
        })
        .collect()
}

/// Whether a name is a newsroom's ("Redacción Maracaibo", "Redação Brasília",
/// "Newsroom Lagos"), whose second word is its town, not a person's surname.
pub(crate) fn newsroom(name: &str) -> bool {
    name.split_whitespace().next().is_some_and(|w| {
        matches!(
            cronica_text::fold(w).as_str(),
            "redaccion" | "redacao" | "newsroom" | "redaction"
        )
    })
}

/// A town or region inside an organisation's name ("White House", "Bank of
/// England", "Universidad de Chile") is part of that name; country names stay. So is
/// a town inside a longer name ("Marco Rubio", "Glasgow Queen Street"), a town named
/// like the surname of a person named in full elsewhere in the text ("Fernando
/// Camacho" ... "Camacho sent"), and a demonym inside an organisation's name.
pub(crate) fn drop_places_inside_names(
    text: &str,
    g: &Gazetteer,
    chunks: &[Entity],
    found: &mut Vec<Entity>,
) {
    // "la plaza San Martín de Lima", "Praça dos Três Poderes": a site named after a
    // common word for it; the town after its "de" is a place of its own
    let site = |c: &Entity| {
        let before = text[..c.span.start].trim_end();
        let word = before
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        cronica_geo::is_site_noun(&cronica_text::fold(word))
    };
    let site_before = |e: &Entity| e.text.starts_with(char::is_uppercase) && site(e);
    let town_of_site = |c: &Entity, e: &Entity| {
        site(c) && e.span.end == c.span.end && {
            let head = text[c.span.start..e.span.start].trim_end();
            ["de", "del", "do", "da", "of"]
                .iter()
                .any(|w| head.ends_with(&format!(" {w}")))
        }
    };
    // "in Nairobi and Mombasa": words joined by "and" are a list, not one name
    let list = |c: &Entity| {
        c.text
            .split_whitespace()
            .any(|w| matches!(w, "and" | "y" | "e"))
    };
    // ("Delegaciones de Puno": a name "of" a region or a town of note is not a
    // person's, and its place no surname)
    let of_place = |c: &Entity| {
        let words: Vec<&str> = c.text.split_whitespace().collect();
        words.len() >= 3 && matches!(words[words.len() - 2], "de" | "del" | "do" | "da" | "of") && {
            let last = words[words.len() - 1];
            g.country_of_region_named(last).is_some() || g.town_named(last, 100_000).is_some()
        }
    };
    let surnames: Vec<&str> = chunks
        .iter()
        .filter(|c| c.label == EntityLabel::Per && !list(c) && !site(c) && !of_place(c))
        .filter(|c| !newsroom(&c.text))
        .filter_map(|c| c.text.rsplit_once(' ').map(|(_, last)| last))
        .collect();
    // "no município de Caarapó": a name the text calls a town is no surname
    // ... nor is one it puts after a locative anywhere ("shootings in Letlhakane"
    // ... "placards reading 'Justice for Letlhakane'"), save as a possessor ("in
    // Lula's first term")
    let told_as_a_town: Vec<String> = found
        .iter()
        .filter(|e| {
            e.label == EntityLabel::Loc
                && (after_a_kind_of_town(text, e.span.start)
                    || crate::seats::after_locative(text, e.span.start)
                        && !text[e.span.end..].starts_with(['\'', '’']))
        })
        .map(|e| e.text.clone())
        .collect();
    found.retain(|e| {
        // "desde la plaza Uruguaya": a square named for a people is no mention of it
        if e.label == EntityLabel::Norp && site_before(e) {
            return false;
        }
        if e.label == EntityLabel::Norp {
            return !chunks.iter().any(|c| {
                c.label == EntityLabel::Org && c.span.contains(e.span) && c.span != e.span
            });
        }
        // "Red de Solidaridad con Nicaragua": a country an organisation stands with
        // is part of its name
        let with_country = chunks.iter().any(|c| {
            c.label == EntityLabel::Org
                && c.span.contains(e.span)
                && c.span.start < e.span.start
                && {
                    let head = &c.text[..e.span.start - c.span.start];
                    head.ends_with(" con ") || head.ends_with(" with ") || head.ends_with(" com ")
                }
        });
        if with_country {
            return false;
        }
        // ("Nova Holanda": a country's name inside a place's is no country)
        let in_place_name = chunks
            .iter()
            .any(|c| c.label == EntityLabel::Loc && c.span.contains(e.span) && c.span != e.span)
            || {
                let word = text[..e.span.start]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("");
                word.starts_with(char::is_uppercase)
                    && crate::chunks::is_place_prefix(&cronica_text::fold(word))
            };
        if e.label == EntityLabel::Loc && in_place_name && g.country_by_name(&e.text).is_some() {
            return false;
        }
        if e.label != EntityLabel::Loc
            || e.source == "seats"
            || e.source == "institution"
            || g.country_by_name(&e.text).is_some()
        {
            return true;
        }
        let inside_org = chunks.iter().any(|c| {
            c.label == EntityLabel::Org && c.span.contains(e.span) && c.text.contains(' ')
        });
        let inside_name = chunks.iter().any(|c| {
            matches!(c.label, EntityLabel::Per | EntityLabel::Misc)
                && c.span.contains(e.span)
                && c.span != e.span
                && !list(c)
                && !town_of_site(c, e)
                && !(of_place(c) && c.span.end == e.span.end)
        });
        // ("Lanifícios da Covilhã" read as a person's name in a headline, then "na
        // Covilhã": a name "in" which something happens is a place)
        let in_it = {
            let word = text[..e.span.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            matches!(
                word,
                "in" | "en" | "em" | "na" | "no" | "nas" | "nos" | "near"
            )
        };
        let surname = !e.text.contains(' ')
            && surnames.contains(&e.text.as_str())
            && !told_as_a_town.contains(&e.text)
            && !in_it;
        !(inside_org || inside_name || surname)
    });
}

/// Whether the words before byte `at` make what follows a town: "no município de",
/// "the town of", "en la ciudad de".
fn after_a_kind_of_town(text: &str, at: usize) -> bool {
    let mut words = text[..at]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    matches!(words.next(), Some("de" | "do" | "da" | "of" | "del"))
        && words.next().is_some_and(|w| {
            matches!(
                cronica_text::fold(w).as_str(),
                "municipio"
                    | "municipality"
                    | "town"
                    | "city"
                    | "village"
                    | "ciudad"
                    | "cidade"
                    | "pueblo"
                    | "vila"
                    | "aldeia"
                    | "localidad"
                    | "localidade"
                    | "distrito"
                    | "district"
                    | "comuna"
                    | "canton"
                    | "corregimiento"
            )
        })
}
/// A town the gazetteer knows by an institution's name ("El Congreso" in Mexico,
/// "Senado" in Brazil) is the institution wherever no locative makes it a place:
/// "El Congreso debatirá el martes".
pub(crate) fn institutions_are_no_towns(text: &str, found: &mut Vec<Entity>) {
    found.retain(|e| {
        !(e.label == EntityLabel::Loc
            && e.source == "gazetteer"
            && e.text.split_whitespace().last().is_some_and(is_org_head)
            && !seats::after_locative(text, e.span.start))
    });
}

/// A town's name that the document also uses for a person ("Lula" told as "Lula
/// probably chose him" elsewhere) is that person wherever nothing makes it a place:
/// a locative before it ("in Lula") keeps the town.
pub(crate) fn towns_named_as_persons(
    text: &str,
    gazetteer: &Gazetteer,
    persons: &[Entity],
    out: &mut [Entity],
) {
    // a person where the gazetteer saw no place: the tagger's guess on a place's
    // own span is no evidence
    // (nor on a site's menu, "Inicio | Maracaibo | Costa Oriental | Sucesos",
    // where no word around says what a name is)
    let on_menu = |e: &Entity| {
        let start = text[..e.span.start].rfind('\n').map_or(0, |k| k + 1);
        let end = text[e.span.end..]
            .find('\n')
            .map_or(text.len(), |k| e.span.end + k);
        text[start..end].matches(" | ").count() >= 2
    };
    // (a name the document itself puts after a locative, "shootings in
    // Letlhakane", is a place in it: the tagger's person guess on it elsewhere,
    // "Parliament: Letlhakane statement ends ...", does not make it a person)
    let placed: std::collections::HashSet<String> = out
        .iter()
        .filter(|e| {
            e.label == EntityLabel::Loc
                && e.source == "gazetteer"
                && crate::seats::after_locative(text, e.span.start)
        })
        .map(|e| e.text.clone())
        .collect();
    let names: std::collections::HashSet<&str> = persons
        .iter()
        .filter(|e| e.label == EntityLabel::Per && !out.iter().any(|o| o.span.overlaps(e.span)))
        .filter(|e| !on_menu(e) && !placed.contains(&e.text))
        .map(|e| e.text.as_str())
        .collect();
    // ... or a first name of a person the text names in full ("el asesinato de
    // Eusebio Ramírez Benítez ... A Eusebio lo mataron"), not a town in Brazil
    let first_names: std::collections::HashSet<&str> = persons
        .iter()
        .filter(|e| e.label == EntityLabel::Per && e.text.split_whitespace().count() >= 2)
        .filter_map(|e| e.text.split_whitespace().next())
        .collect();
    // ("en Lima, Cusco, Puno y el Callao": a name listed among places is one)
    let listed: Vec<bool> = (0..out.len())
        .map(|k| {
            let joined = |a: &Entity, b: &Entity| {
                a.label == EntityLabel::Loc
                    && b.label == EntityLabel::Loc
                    && text.get(a.span.end..b.span.start).is_some_and(|gap| {
                        matches!(
                            gap.trim(),
                            "," | "y" | "e" | "and" | "y el" | "y la" | "e o" | "e a" | "and the"
                        )
                    })
            };
            (k > 0 && joined(&out[k - 1], &out[k]))
                || out.get(k + 1).is_some_and(|n| joined(&out[k], n))
        })
        .collect();
    for (k, e) in out.iter_mut().enumerate() {
        if e.label == EntityLabel::Loc
            && e.source == "gazetteer"
            && !listed[k]
            && (names.contains(e.text.as_str()) || first_names.contains(e.text.as_str()))
            && gazetteer.country_by_name(&e.text).is_none()
            && !crate::seats::after_locative(text, e.span.start)
        {
            e.label = EntityLabel::Per;
            e.canonical = None;
            e.country = None;
            e.source = "tagger".into();
        }
    }
}

/// "Joseph", "R.", "Biden", ", Jr.": the pieces of one person's name that the
/// tagger split at an initial or a suffix are one name ("Joseph R. Biden, Jr.").
pub(crate) fn join_person_parts(text: &str, found: &mut Vec<Entity>) {
    let mut k = 0;
    while k + 1 < found.len() {
        let (a, b) = (&found[k], &found[k + 1]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("");
        let gap = between.trim();
        // an initial ("R."), or nothing but a space
        let initial = gap.is_empty()
            || gap.len() == 2
                && gap.starts_with(|c: char| c.is_ascii_uppercase())
                && gap.ends_with('.');
        let suffix = matches!(b.text.as_str(), "Jr" | "Sr" | "Jr." | "Sr.") && gap == ",";
        let joined = a.label == EntityLabel::Per
            && b.label == EntityLabel::Per
            && between.len() <= 4
            && !between.contains('\n')
            && (initial || suffix);
        if joined {
            let mut end = b.span.end;
            if suffix && text[end..].starts_with('.') {
                end += 1;
            }
            let span = cronica_types::Span::new(a.span.start, end);
            found[k].span = span;
            found[k].text = text[span.start..span.end].to_string();
            found.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Little words that may stand inside an organisation's name ("Centro para a
/// Democracia e Direitos Humanos", "Centro de Estudios Legales y Sociales").
fn is_name_connector(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "la"
            | "las"
            | "los"
            | "el"
            | "para"
            | "por"
            | "a"
            | "o"
            | "os"
            | "as"
            | "e"
            | "y"
            | "do"
            | "da"
            | "dos"
            | "das"
            | "em"
            | "en"
            | "of"
            | "the"
            | "for"
            | "and"
            | "on"
            | "in"
    )
}

/// "O Centro para a Democracia e Direitos Humanos (CDD)", "el Centro de Estudios
/// Legales y Sociales (CELS)": a name followed by its initials in brackets is one
/// organisation's name, from the first of its capitalised words whose initials
/// spell the bracket, little words and conjunctions inside it included. It takes
/// the place of the pieces other readings made of it (a town "El Centro", a
/// person "Direitos Humanos").
pub(crate) fn names_spelled_by_their_acronyms(text: &str, found: &mut Vec<Entity>) {
    let mut named = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find('(') {
        let open = from + k;
        from = open + 1;
        let Some(len) = text[open + 1..].find(')') else {
            break;
        };
        let close = open + 1 + len;
        let acronym = &text[open + 1..close];
        if !(2..=8).contains(&acronym.chars().count())
            || !acronym.chars().all(|c| c.is_uppercase() || c == '-')
        {
            continue;
        }
        let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        // the words before the bracket, back to punctuation or an ordinary word
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut end = open;
        for w in text[..open].split_inclusive(char::is_whitespace).rev() {
            let start = end - w.len();
            end = start;
            let word = w.trim();
            // (a blank line ends the name: a heading above it is another line)
            if word.is_empty() && w.contains('\n') {
                break;
            }
            if word.is_empty() {
                continue;
            }
            if word.ends_with([',', '.', ';', ':', ')', '"', '”']) || words.len() >= 12 {
                break;
            }
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            if !capital && !is_name_connector(word) {
                break;
            }
            words.push((start, word));
        }
        words.reverse();
        // the earliest capitalised word from which the initials spell the bracket
        let spells = |ws: &[(usize, &str)]| {
            let initials: Vec<char> = ws
                .iter()
                .filter(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
                .filter_map(|(_, w)| w.chars().next())
                .collect();
            initials.first() == letters.first() && {
                let mut it = initials.iter();
                letters.iter().all(|l| it.any(|c| c == l))
            }
        };
        let Some(s) = (0..words.len()).find(|&s| {
            words[s].1.chars().next().is_some_and(char::is_uppercase)
                && !is_name_connector(&words[s].1.to_lowercase())
                && spells(&words[s..])
        }) else {
            continue;
        };
        // (a name of one word is its own: "CGT (CGT)" needs nothing)
        if words.len() - s < 2 {
            continue;
        }
        let span = cronica_types::Span::new(words[s].0, close + 1);
        named.push(Entity {
            span,
            label: EntityLabel::Org,
            text: span.text(text).to_string(),
            canonical: None,
            country: None,
            source: "rules".into(),
        });
    }
    if named.is_empty() {
        return;
    }
    // "O Escritório Regional para a América do Sul do Alto Comissariado ...
    // (ACNUDH)": a body whose name runs on into the spelled one, "of" between, is
    // the body, named up to the bracket
    for n in &mut named {
        let Some(head) = found.iter().find(|e| {
            e.label == EntityLabel::Org
                && e.span.start < n.span.start
                && e.span.end > n.span.start
                && e.span.end <= n.span.end
                && text[e.span.start..n.span.start]
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| matches!(w, "do" | "da" | "de" | "del" | "of"))
        }) else {
            continue;
        };
        n.span = cronica_types::Span::new(head.span.start, n.span.end);
        n.text = n.span.text(text).to_string();
    }
    found.retain(|e| !named.iter().any(|n| n.span.overlaps(e.span)));
    found.extend(named);
    found.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
}

/// "la Alianza por los Derechos Humanos", "o Movimento pela Paz", "la Coordinadora
/// contra la Represión": an organisation's name that goes on after "por los",
/// "pela", "contra la" with capitalised words is one name.
pub(crate) fn names_that_go_on(text: &str, found: &mut Vec<Entity>) {
    let mut changed = false;
    for e in found.iter_mut() {
        // (the head may come later: "Alto Comisionado de las Naciones Unidas para
        // los Derechos Humanos")
        let head = e.text.split_whitespace().next().unwrap_or("");
        if !(crate::chunks::is_org_head(head)
            || e.label == EntityLabel::Org
                && e.text.split_whitespace().any(crate::chunks::is_org_head))
        {
            continue;
        }
        // connectors, then capitalised words (and connectors between them)
        let rest = &text[e.span.end..];
        let mut at = e.span.end;
        let mut connectors = 0;
        let mut end = None;
        for w in rest.split_inclusive(char::is_whitespace) {
            let word = w.trim();
            if word.is_empty() {
                at += w.len();
                continue;
            }
            let bare = word.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
            let folded = cronica_text::fold(bare);
            if bare.chars().next().is_some_and(char::is_uppercase)
                && (connectors > 0 || end.is_some())
            {
                end = Some(at + bare.len());
                connectors = 0;
            } else if (matches!(
                folded.as_str(),
                "por" | "para" | "pela" | "pelo" | "pelos" | "pelas" | "contra"
            ) && connectors == 0
                || matches!(
                    folded.as_str(),
                    "los" | "las" | "la" | "el" | "o" | "a" | "os" | "as"
                ) && connectors == 1
                || matches!(folded.as_str(), "de" | "del" | "do" | "da")
                    && connectors == 0
                    && end.is_some())
                && connectors < 2
            {
                connectors += 1;
            } else {
                break;
            }
            if bare.len() != word.len() {
                break;
            }
            at += w.len();
        }
        let Some(end) = end else { continue };
        let span = cronica_types::Span::new(e.span.start, end);
        e.span = span;
        e.text = span.text(text).to_string();
        e.label = EntityLabel::Org;
        changed = true;
    }
    if changed {
        let spans: Vec<cronica_types::Span> = found.iter().map(|e| e.span).collect();
        let mut k = 0;
        found.retain(|e| {
            k += 1;
            !spans
                .iter()
                .enumerate()
                .any(|(j, s)| j != k - 1 && s.contains(e.span) && *s != e.span)
        });
    }
}

/// "la Comisión Interamericana de Derechos Humanos y la Defensoría": two bodies a
/// conjunction and an article join are two names.
pub(crate) fn split_joined_names(text: &str, found: &mut Vec<Entity>) {
    let mut extra = Vec::new();
    for e in found.iter_mut().filter(|e| e.label == EntityLabel::Org) {
        let Some((k, joint)) = [" y la ", " y el ", " e a ", " e o ", " and the "]
            .iter()
            .filter_map(|j| e.text.find(j).map(|k| (k, *j)))
            .min()
        else {
            continue;
        };
        let second = &e.text[k + joint.len()..];
        if !second.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let start2 = e.span.start + k + joint.len();
        let end1 = e.span.start + k;
        let second_span = cronica_types::Span::new(start2, e.span.end);
        extra.push(Entity {
            span: second_span,
            label: EntityLabel::Org,
            text: second_span.text(text).to_string(),
            canonical: None,
            country: None,
            source: e.source.clone(),
        });
        e.span = cronica_types::Span::new(e.span.start, end1);
        e.text = e.span.text(text).to_string();
    }
    if !extra.is_empty() {
        found.extend(extra);
        found.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
    }
}

/// "Ecuador's largest indigenous organisation, Conaie, ...", "the group Extinction
/// Rebellion": a name set beside a word for a body is that body, whatever its
/// spelling made the tagger think.
pub(crate) fn bodies_in_apposition(text: &str, found: &mut [Entity]) {
    for e in found.iter_mut().filter(|e| e.label == EntityLabel::Per) {
        let before = text[..e.span.start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if cronica_text::is_body_word(&cronica_text::fold(word)) {
            e.label = EntityLabel::Org;
        }
    }
}

/// A name the text calls a municipality in one sentence ("municipio de Argelia",
/// Cauca) is that town in the others too, where a sentence alone read it as the
/// country of the same name ("la masacre de Argelia": not Algeria).
pub(crate) fn one_municipality_per_name(text: &str, places: &mut [Entity]) {
    let towns: Vec<(String, Entity)> = places
        .iter()
        .filter(|e| e.label == EntityLabel::Loc && cronica_geo::municipality_cue(text, e.span))
        .map(|e| (cronica_text::fold(&e.text), e.clone()))
        .collect();
    if towns.is_empty() {
        return;
    }
    for e in places.iter_mut().filter(|e| e.label == EntityLabel::Loc) {
        let name = cronica_text::fold(&e.text);
        if let Some((_, town)) = towns
            .iter()
            .find(|(n, t)| *n == name && t.country != e.country)
        {
            e.canonical = town.canonical.clone();
            e.country = town.country.clone();
        }
    }
}
