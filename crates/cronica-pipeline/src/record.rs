//! The flat event record written as JSON Lines and CSV: the fields of the
//! event schema (`doc`, `article`, `event_type`, `mode`, `date`, ...), plus
//! ids, coordinates, byte offsets, every figure with its source, and every
//! mention.

use serde::{Deserialize, Serialize};

use cronica_types::{Count, Event, EventType, Sector, Span};

use crate::{acled, actors};

/// A figure as written out: value, qualifier, who gave it, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureRecord {
    pub value: u64,
    pub qualifier: String,
    pub source: Option<String>,
    pub toll: bool,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub start: usize,
    pub end: usize,
    pub trigger_start: usize,
    pub trigger_end: usize,
}

/// One event, flat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    pub doc: String,
    pub document_id: String,
    pub article: Option<String>,
    pub event_type: String,
    pub mode: String,
    pub acled_event_type: Option<String>,
    pub acled_sub_event_type: Option<String>,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub country: Option<String>,
    /// The place as the text writes it ("Lisboa", "plaza San Martín, Lima"'s town),
    /// with the site the text names in it.
    pub location: Option<String>,
    /// The gazetteer's name for it ("Lisbon"), as ACLED's `location` column takes it.
    pub location_canonical: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames_id: Option<u64>,
    pub geo_precision: Option<u8>,
    /// No sentence of the event names its place: it is where the article's story
    /// stands (the town of its first act, or of its dateline), or, for a statement,
    /// where the body that makes it sits (the town or region its name ends with).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub location_inferred: bool,
    pub actor: Option<String>,
    /// The sentence does not name the actor: it is ACLED's generic one for the
    /// event ("Protesters (Peru)"), or the organisation whose statement this is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub actor_inferred: bool,
    /// The actor's words in the text, where they differ from `actor` ("he" for
    /// "Donald Trump").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_text: Option<String>,
    pub actor_country: Option<String>,
    pub actor_sector: Option<String>,
    pub target: Option<String>,
    /// The text does not name the target, which follows monitors' conventions: a
    /// protest against no one named is against the government of its country
    /// ("Government of Peru"), a demand to free people is made of the government,
    /// a condemnation is aimed at the doer of the act it names, and one state's
    /// strike on another's land strikes that state.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub target_inferred: bool,
    /// The target's words in the text, where they differ from `target`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_text: Option<String>,
    pub target_country: Option<String>,
    pub target_sector: Option<String>,
    /// ACLED's names for actor and target ("Police Forces of Peru" for "la policía").
    pub acled_actor1: Option<String>,
    pub acled_actor2: Option<String>,
    /// ACLED's associated actor: the group a protest's protesters belong to or are
    /// named by ("CONAIE", "vendedores informales"), where `acled_actor1` is
    /// ACLED's "Protesters (Country)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acled_assoc_actor1: Option<String>,
    pub killed: Option<u64>,
    pub injured: Option<u64>,
    pub arrested: Option<u64>,
    pub count_qualifier: Option<String>,
    pub attributed_to: Option<String>,
    pub status: String,
    pub sentence: String,
    /// Byte offsets of the sentence in the document text.
    pub start: usize,
    pub end: usize,
    pub trigger: String,
    pub confidence: f32,
    /// Every figure read, side by side when sources disagree.
    pub figures: Figures,
    pub mentions: Vec<MentionRecord>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Figures {
    pub killed: Vec<FigureRecord>,
    pub injured: Vec<FigureRecord>,
    pub arrested: Vec<FigureRecord>,
}

fn figure(c: &Count) -> FigureRecord {
    FigureRecord {
        value: c.value,
        qualifier: c.qualifier.name().to_string(),
        source: c.source.clone(),
        toll: c.toll,
        start: c.span.start,
        end: c.span.end,
    }
}

/// A place's name as the text writes it, when it is a name ("Lisboa", "Nueva
/// York"; a dateline's "LIMA" is "Lima"), not a description ("Venezuela's
/// capital").
fn as_written(name: &str) -> Option<String> {
    let is_name = !name.contains(['\'', '’'])
        && name.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(
                    w,
                    "de" | "del" | "do" | "da" | "dos" | "das" | "of" | "la" | "el"
                )
        });
    if !is_name {
        return None;
    }
    let capitals = !name.chars().any(char::is_lowercase)
        && name.chars().filter(|c| c.is_alphabetic()).count() > 3;
    Some(if capitals {
        // ("RIO DE JANEIRO" is "Rio de Janeiro": the little words stay small)
        name.split(' ')
            .enumerate()
            .map(|(k, w)| {
                let lower = w.to_lowercase();
                if k > 0 && cronica_text::is_name_particle(&lower) {
                    return lower;
                }
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f
                        .to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<String>>()
            .join(" ")
    } else {
        name.to_string()
    })
}

/// The headline figure: the highest running toll if there is one, else the highest
/// figure; where two sources give figures ("la Defensoría registró 12 detenidos ...
/// la Coordinadora eleva la cifra a 17"), those of the source told first, the
/// others kept beside it.
fn headline(counts: &[Count]) -> Option<&Count> {
    let first = counts.iter().min_by_key(|c| c.span.start)?;
    // (a figure told with no source is the story's own, a source of its own)
    let sources = counts
        .iter()
        .map(|c| c.source.as_deref())
        .collect::<std::collections::BTreeSet<_>>();
    let counts: Vec<&Count> = if sources.len() >= 2 {
        counts.iter().filter(|c| c.source == first.source).collect()
    } else {
        counts.iter().collect()
    };
    counts
        .iter()
        .copied()
        .filter(|c| c.toll)
        .max_by_key(|c| c.value)
        .or_else(|| counts.iter().copied().max_by_key(|c| c.value))
}

impl EventRecord {
    pub fn from_event(e: &Event, text: &str) -> EventRecord {
        let main = e
            .mentions
            .first()
            .map(|m| (m.sentence, m.trigger))
            .unwrap_or((Span::default(), Span::default()));
        let killed = headline(&e.killed);
        let injured = headline(&e.injured);
        let arrested = headline(&e.arrested);
        let qualifier = killed
            .or(injured)
            .or(arrested)
            .map(|c| c.qualifier.name().to_string());
        let (acled_type, acled_sub) = acled::classify(e);
        let gazetteer = cronica_geo::Gazetteer::embedded();
        let acled_actor = |name: &Option<String>, country: &Option<String>| {
            name.as_deref()
                .map(|n| actors::acled_name(n, country.as_deref(), gazetteer))
        };
        // ACLED codes every protest by a crowd or a group as "Protesters
        // (Country)" and the group as its associated actor
        let protesters = (e.event_type == EventType::Protest
            && !matches!(
                e.actor_sector,
                Some(Sector::Government | Sector::Police | Sector::Military)
            ))
        .then(|| {
            let c = e.country.as_deref().and_then(|c| gazetteer.country(c))?;
            Some(format!("Protesters ({})", c.name_en))
        })
        .flatten();
        let actor1 = acled_actor(&e.actor, &e.actor_country);
        let (acled_actor1, acled_assoc_actor1) = match protesters {
            Some(p) => {
                let assoc = actor1.filter(|a| !a.starts_with("Protesters ("));
                (Some(p), assoc)
            }
            None => (actor1, None),
        };
        EventRecord {
            id: e.id.clone(),
            doc: e.doc.clone(),
            document_id: e.document_id.clone(),
            article: e.article.clone(),
            event_type: e.event_type.name().to_string(),
            mode: e.mode.clone(),
            acled_event_type: acled_type.map(str::to_string),
            acled_sub_event_type: acled_sub.map(str::to_string),
            date: e.date.as_ref().map(|d| d.iso()),
            date_precision: e.date.as_ref().map(|d| d.precision_name().to_string()),
            country: e.country.clone(),
            // "Downing Street, London": the site the text names, in its town
            location: e.place.as_ref().map(|p| match &p.site {
                Some(site) => format!("{site}, {}", p.canonical),
                None => as_written(&p.name).unwrap_or_else(|| p.canonical.clone()),
            }),
            location_canonical: e.place.as_ref().map(|p| match &p.site {
                Some(site) => format!("{site}, {}", p.canonical),
                None => p.canonical.clone(),
            }),
            admin1: e.place.as_ref().and_then(|p| p.admin1.clone()),
            lat: e.place.as_ref().and_then(|p| p.lat),
            lon: e.place.as_ref().and_then(|p| p.lon),
            geonames_id: e.place.as_ref().and_then(|p| p.geonames_id),
            geo_precision: Some(e.place.as_ref().map_or(3, |p| p.precision.code())),
            location_inferred: e
                .place
                .as_ref()
                .is_some_and(|p| !e.mentions.iter().any(|m| m.sentence.contains(p.span))),
            actor: e.actor.clone(),
            actor_inferred: e.actor.is_some() && e.actor_span.is_none(),
            actor_text: e
                .actor_span
                .map(|s| s.text(text).to_string())
                .filter(|t| Some(t) != e.actor.as_ref()),
            actor_country: e.actor_country.clone(),
            actor_sector: e.actor_sector.map(|x| x.name().to_string()),
            target: e.target.clone(),
            target_inferred: e.target.is_some() && e.target_span.is_none(),
            target_text: e
                .target_span
                .map(|s| s.text(text).to_string())
                .filter(|t| Some(t) != e.target.as_ref()),
            target_country: e.target_country.clone(),
            target_sector: e.target_sector.map(|x| x.name().to_string()),
            acled_actor1,
            acled_assoc_actor1,
            // (ACLED names a protest's second actor only when the text does)
            acled_actor2: if e.target_span.is_none() && e.event_type == EventType::Protest {
                None
            } else {
                acled_actor(&e.target, &e.target_country)
            },
            killed: killed.map(|c| c.value),
            injured: injured.map(|c| c.value),
            arrested: arrested.map(|c| c.value),
            count_qualifier: qualifier,
            attributed_to: e.attributed_to.clone(),
            status: e.status.name().to_string(),
            sentence: text.get(main.0.start..main.0.end).unwrap_or("").to_string(),
            start: main.0.start,
            end: main.0.end,
            trigger: text.get(main.1.start..main.1.end).unwrap_or("").to_string(),
            confidence: (e.confidence * 1000.0).round() / 1000.0,
            figures: Figures {
                killed: e.killed.iter().map(figure).collect(),
                injured: e.injured.iter().map(figure).collect(),
                arrested: e.arrested.iter().map(figure).collect(),
            },
            mentions: e
                .mentions
                .iter()
                .map(|m| MentionRecord {
                    start: m.sentence.start,
                    end: m.sentence.end,
                    trigger_start: m.trigger.start,
                    trigger_end: m.trigger.end,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::as_written;

    #[test]
    fn places_as_written() {
        assert_eq!(as_written("Lisboa").as_deref(), Some("Lisboa"));
        assert_eq!(as_written("LIMA").as_deref(), Some("Lima"));
        assert_eq!(as_written("Nueva York").as_deref(), Some("Nueva York"));
        assert_eq!(as_written("Venezuela's capital"), None);
        assert_eq!(as_written("la capital"), None);
    }
}
