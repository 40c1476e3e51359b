//! Planned actions one sentence lists by day and place.
//!
//! "Solidarity vigils will be held on Tuesday 6 January at 6pm outside the US
//! Embassy in London and on Wednesday 7 January in Manchester's St Peter's Square":
//! two vigils, each with its own day and town, for a calendar to hold apart.

use cronica_types::stage::Analysis;
use cronica_types::{Event, EventStatus, EventType, PlacePrecision, Precision};

/// "Convocamos a plantones frente a las embajadas de Ecuador en Bogotá, Lima y
/// Buenos Aires el próximo viernes": one planned act in each town a list after its
/// word names, the first kept by the event itself.
fn listed_towns(e: &Event, a: &Analysis) -> Vec<Event> {
    let m = &e.mentions[0];
    let text = a.document.text.as_str();
    let towns: Vec<_> = a
        .places
        .iter()
        .filter(|p| {
            m.sentence.contains(p.span)
                && p.span.start > m.trigger.start
                && p.precision == PlacePrecision::Town
        })
        .collect();
    // the longest run of towns a list joins ("Bogotá, Lima y Buenos Aires")
    let joined = |x: &cronica_types::Place, y: &cronica_types::Place| {
        text.get(x.span.end..y.span.start).is_some_and(|gap| {
            matches!(
                gap.trim(),
                "," | "y" | "e" | "and" | ", y" | ", e" | ", and" | "y en" | "e em" | "and in"
            )
        })
    };
    let mut run: Vec<&cronica_types::Place> = Vec::new();
    for p in towns {
        match run.last() {
            Some(last) if joined(last, p) => run.push(p),
            _ if run.len() >= 2 => break,
            _ => run = vec![p],
        }
    }
    if run.len() < 2
        || run
            .iter()
            .any(|p| p.canonical == run[0].canonical && p.span != run[0].span)
    {
        return Vec::new();
    }
    // the event keeps the first town; each other town has an act of its own
    run.iter()
        .skip(1)
        .map(|p| {
            let mut other = e.clone();
            other.place = Some((*p).clone());
            other.country = Some(p.country.clone());
            other.id = blake3::hash(format!("{}|{}", e.id, p.span.start).as_bytes()).to_hex()[..16]
                .to_string();
            other
        })
        .collect()
}

/// Splits a planned protest whose sentence gives, after its word, two days or more,
/// each followed by a town of its own before the next, into one event per day.
pub(crate) fn split_listed_days(events: &mut Vec<Event>, a: &Analysis) {
    let mut extra = Vec::new();
    for e in events.iter().filter(|e| {
        e.event_type == EventType::Protest
            && e.status == EventStatus::Planned
            && e.mentions.len() == 1
    }) {
        let m = &e.mentions[0];
        let days: Vec<_> = a
            .times
            .iter()
            .filter(|t| {
                m.sentence.contains(t.span)
                    && t.span.start > m.trigger.start
                    && t.value.precision == Precision::Day
            })
            .collect();
        if days.len() < 2 {
            extra.extend(listed_towns(e, a));
            continue;
        }
        // each day's town: the first town after it, before the next day
        let towns: Vec<_> = days
            .iter()
            .enumerate()
            .map(|(k, t)| {
                let end = days.get(k + 1).map_or(m.sentence.end, |n| n.span.start);
                a.places.iter().find(|p| {
                    p.span.start >= t.span.end
                        && p.span.end <= end
                        && p.precision == PlacePrecision::Town
                })
            })
            .collect();
        if towns.iter().any(Option::is_none) {
            continue;
        }
        // (two days in one town are two days of one act, told as the act is)
        let distinct = towns
            .windows(2)
            .any(|w| w[0].map(|p| &p.canonical) != w[1].map(|p| &p.canonical));
        if !distinct {
            continue;
        }
        for (t, p) in days.iter().zip(&towns).skip(1) {
            let mut other = e.clone();
            other.date = Some(t.value.clone());
            other.date_span = Some(t.span);
            other.place = p.cloned();
            other.country = p.map(|p| p.country.clone()).or(other.country);
            other.id = blake3::hash(format!("{}|{}", e.id, t.span.start).as_bytes()).to_hex()[..16]
                .to_string();
            extra.push(other);
        }
    }
    events.extend(extra);
}
