//! Planned actions one sentence lists by day and place.
//!
//! "Solidarity vigils will be held on Tuesday 6 January at 6pm outside the US
//! Embassy in London and on Wednesday 7 January in Manchester's St Peter's Square":
//! two vigils, each with its own day and town, for a calendar to hold apart.

use cronica_types::stage::Analysis;
use cronica_types::{Event, EventStatus, EventType, PlacePrecision, Precision};

/// Splits a planned protest whose sentence gives, after its word, two days or more,
/// each followed by a town of its own before the next, into one event per day.
pub(crate) fn split_listed_days(events: &mut Vec<Event>, a: &Analysis) {
    let mut extra = Vec::new();
    // where each protest's word stands, to keep each day with the act it follows
    // ("a una velada el viernes 27 ... y a una marcha el lunes 30": two acts)
    let words: Vec<(cronica_types::Span, usize)> = events
        .iter()
        .filter(|e| e.event_type == EventType::Protest)
        .flat_map(|e| e.mentions.iter().map(|m| (m.sentence, m.trigger.start)))
        .collect();
    for e in events.iter().filter(|e| {
        e.event_type == EventType::Protest
            && e.status == EventStatus::Planned
            && e.mentions.len() == 1
    }) {
        let m = &e.mentions[0];
        let next_act = words
            .iter()
            .filter(|(s, at)| *s == m.sentence && *at > m.trigger.start)
            .map(|(_, at)| *at)
            .min()
            .unwrap_or(m.sentence.end);
        let days: Vec<_> = a
            .times
            .iter()
            .filter(|t| {
                m.sentence.contains(t.span)
                    && t.span.start > m.trigger.start
                    && t.span.start < next_act
                    && t.value.precision == Precision::Day
            })
            .collect();
        // ("Protests will also take place the same day in Manchester, Glasgow,
        // Cardiff and Bristol": one call, one act, in the towns it lists)
        if days.len() < 2 {
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
