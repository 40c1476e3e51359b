//! Merging the mentions of one event within one article.
//!
//! Two events of an article are one when they share type and mode, country,
//! a compatible date (one's span inside the other's) and do not disagree on
//! who did it or to whom. The merged event keeps every mention, fills gaps
//! from later mentions and keeps every distinct figure with its source.

use cronica_types::{Count, DateValue, Event, EventStatus, EventType, Precision};

pub(crate) fn names_agree(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            // "Civic Party's Jeremy Tam": the person, not the party before the
            // possessive
            let owned = |s: String| match s.rfind("'s ").or_else(|| s.rfind("’s ")) {
                Some(k) => s[k..]
                    .split_once(' ')
                    .map_or(s.clone(), |(_, r)| r.to_string()),
                None => s,
            };
            let (x, y) = (owned(x.to_lowercase()), owned(y.to_lowercase()));
            // words many parties' names share tell no party apart
            let generic = |w: &str| {
                matches!(
                    w,
                    "party"
                        | "people"
                        | "national"
                        | "democratic"
                        | "popular"
                        | "members"
                        | "front"
                        | "union"
                        | "movement"
                        | "partido"
                        | "nacional"
                        | "frente"
                        | "movimiento"
                        | "movimento"
                        // ("United Nations Security Council", "Secretary-General of the
                        // United Nations", "United States": three parties)
                        | "united"
                        | "nations"
                        | "naciones"
                        | "unidas"
                        | "nacoes"
                        | "council"
                        | "consejo"
                        | "conselho"
                        | "security"
                        | "seguridad"
                        | "seguranca"
                )
            };
            // "pessoas", "many people": a crowd no name tells apart is anyone's
            let nameless = |s: &str| {
                s.split_whitespace().all(|w| {
                    w.chars().all(|c| c.is_ascii_digit())
                        || matches!(
                            w,
                            "people"
                                | "persons"
                                | "personas"
                                | "pessoas"
                                | "many"
                                | "several"
                                | "some"
                                | "muchas"
                                | "varias"
                                | "algunas"
                                | "muitas"
                                | "algumas"
                        )
                })
            };
            // "insurgentes" and "homens armados", "gunmen" and "attackers": armed men
            // the text does not name are told apart by nothing
            let unnamed_armed = |s: &str| {
                s.split_whitespace().any(|w| {
                    let w = cronica_text::fold(w);
                    w.starts_with("insurgent")
                        || matches!(
                            w.as_str(),
                            "gunmen"
                                | "armed"
                                | "armados"
                                | "attackers"
                                | "assailants"
                                | "atacantes"
                                | "agresores"
                                | "agressores"
                                | "militants"
                                | "terrorists"
                                | "terroristas"
                                | "bandits"
                                | "bandidos"
                                | "militias"
                                | "milicias"
                                | "jihadists"
                                | "extremists"
                                | "pistoleros"
                                | "pistoleiros"
                                | "sicarios"
                                | "encapuchados"
                                | "encapuzados"
                        )
                })
            };
            nameless(&x)
                || nameless(&y)
                || unnamed_armed(&x) && unnamed_armed(&y)
                || x.contains(&y)
                || y.contains(&x)
                || x.split_whitespace()
                    .any(|w| w.len() > 3 && !generic(w) && y.split_whitespace().any(|v| v == w))
        }
        _ => true,
    }
}

fn dates_agree(a: &Event, b: &Event) -> bool {
    match (&a.date, &b.date) {
        // two dates read from the text must be the same date ("next week" and
        // "Monday 28th" are two announcements, not one)
        // ... unless one is a whole year or month the other falls in, for acts that
        // took place ("this year, the annual march" and "the march on March 24")
        (Some(x), Some(y)) if a.date_span.is_some() && b.date_span.is_some() => {
            let occurred = a.status == EventStatus::Occurred && b.status == EventStatus::Occurred;
            // ... or a run of days of one act, told whole and by one of its days ("a
            // paralisação, de segunda a quarta-feira" and "segunda-feira, primeiro
            // dia da greve")
            // (and a week, "last week", and one of its days)
            let coarse = |d: &DateValue| {
                matches!(
                    d.precision,
                    Precision::Year | Precision::Month | Precision::Week
                ) || d.precision == Precision::Range && (d.end - d.start).num_days() <= 7
            };
            x == y
                || occurred
                    && ((coarse(x) && x.start <= y.start && y.end <= x.end)
                        || (coarse(y) && y.start <= x.start && x.end <= y.end))
        }
        // a date taken from the article agrees with any date inside it
        (Some(x), Some(y)) => {
            (x.start <= y.start && y.end <= x.end) || (y.start <= x.start && x.end <= y.end)
        }
        (None, None) => true,
        _ => false,
    }
}

/// Acts in the world are told again and again; statements, calls and
/// recognitions are each a speech act of their own unless they name the same
/// target.
fn is_speech_act(e: &Event) -> bool {
    !e.event_type.is_material()
}

/// Whether a date of the event's own sentences dates it (not one carried from the
/// sentences before, nor the article's).
fn dated_in_own_sentence(e: &Event) -> bool {
    e.date_span
        .is_some_and(|d| e.mentions.iter().any(|m| m.sentence.contains(d)))
}

/// Whether a place of the event's own sentences places it (not one carried from
/// the sentences before).
fn placed_in_own_sentence(e: &Event) -> bool {
    e.place
        .as_ref()
        .is_some_and(|p| e.mentions.iter().any(|m| m.sentence.contains(p.span)))
}

/// Whether two events of one article report the same event.
pub fn same_event(a: &Event, b: &Event) -> bool {
    // a statement is one with another only when both name the same party ("X
    // calls for Y to condemn ... X calls on Y to seek a meeting": one call to Y)
    // the results of one election, told candidate by candidate, are one election
    // ("Eddie Chu received the largest vote ... Civic Party's Jeremy Tam was
    // elected"): voters' choices on one day in one country
    let one_election =
        a.event_type == EventType::Support && a.mode == "election" && b.mode == "election";
    // ("Segundo a denúncia, ...", "A denúncia se soma à ação civil pública": a
    // statement named again by its noun, with no party of its own and no one it is
    // about, is the one told before)
    // (a party only the page's author gives it, with no words of its own, is none)
    let named_again = |e: &Event| {
        e.mentions.iter().all(|m| m.nominal) && e.actor_span.is_none() && e.target.is_none()
    };
    let speech_targets_agree = one_election
        || !is_speech_act(a)
        || named_again(b)
        || matches!((&a.target, &b.target), (Some(_), Some(_)))
            && names_agree(&a.target, &b.target);
    // "Thousands went onto the streets", told after the strike it belongs to, with
    // no date or town of its own: the crowds of that protest
    let goes_on = |e: &Event| {
        e.event_type == EventType::Protest && e.place.is_none() && !dated_in_own_sentence(e)
    };
    let one_sentence =
        a.mentions.first().map(|m| m.sentence) == b.mentions.first().map(|m| m.sentence);
    let modes_agree = a.mode == b.mode
        || is_generic_mode(&a.mode)
        // ("uma manifestação ... degenerou em actos de vandalismo: indivíduos
        // saquearam": a protest that turned to looting in one sentence is one)
        || a.event_type == EventType::Protest
            && (a.mode == "riot" || b.mode == "riot")
            && one_sentence
        || is_generic_mode(&b.mode)
        // ("ofereceu denúncia contra seis policiais ... Segundo a denúncia": a
        // statement named again by its noun is the one told, whatever it was told as)
        || is_speech_act(a) && (named_again(a) || named_again(b))
        || goes_on(b)
        || a.event_type == EventType::Assault
            && force_on_a_crowd(&a.mode).is_some()
            && force_on_a_crowd(&b.mode).is_some()
            // (on the same people, named, or told in one sentence: not "Social
            // communicators were attacked by members of the national police")
            && (a.target.is_some() && b.target.is_some()
                || (a.target.is_some() || b.target.is_some())
                    && a.target.as_deref().is_none_or(is_crowd)
                    && b.target.as_deref().is_none_or(is_crowd)
                || one_sentence);
    // "The death toll has risen to 300 ... The government put the number of dead at
    // 150": tolls of one country in one article count the same dead, whatever
    // day each is told on
    let toll = |e: &Event| e.killed.iter().chain(&e.injured).any(|c| c.toll);
    // ... and the act a toll counts, told on a day before the toll's ("O número de
    // mortos no ataque ... subiu para 12" and "O ataque ocorreu na madrugada de
    // domingo, quando um grupo de homens armados ... disparou contra a população")
    let counted_act = |t: &Event, act: &Event| {
        toll(t)
            && !toll(act)
            && act.status == EventStatus::Occurred
            && match (&t.date, &act.date) {
                (Some(x), Some(y)) => {
                    let days = (x.start - y.start).num_days();
                    (0..=30).contains(&days)
                }
                _ => false,
            }
    };
    let running_toll = a.event_type == EventType::Assault
        && (toll(a) && toll(b) || counted_act(a, b) || counted_act(b, a));
    // "... airstrikes on Caracas on Saturday, 3 January. At least 40 people were
    // killed in the bombing of Fuerte Tiuna": an act of the same kind told with no
    // date of its own, a few days before the article's, is the one just told
    let undated_follow_up = |dated: &Event, undated: &Event| {
        dated.mode == undated.mode
            && dated.date_span.is_some()
            && undated.date_span.is_none()
            && dated.status == EventStatus::Occurred
            && undated.status == EventStatus::Occurred
            // (in another town it is another act: "the protests of Agropatria
            // workers in Cagua")
            && match (&dated.place, &undated.place) {
                (Some(p), Some(q)) => {
                    p.canonical == q.canonical
                        || p.precision == cronica_types::PlacePrecision::Country
                        || q.precision == cronica_types::PlacePrecision::Country
                }
                _ => true,
            }
            && match (&dated.date, &undated.date) {
                (Some(x), Some(y)) => {
                    x.precision == Precision::Day
                        && y.precision == Precision::Day
                        && (0..=3).contains(&(y.start - x.start).num_days())
                }
                _ => false,
            }
    };
    // ("22 pessoas foram detidas em Nampula ... agentes detiveram em Maputo três
    // ativistas": arrests in two towns are two arrests)
    let places_agree = running_toll
        || match (&a.place, &b.place) {
            (Some(p), Some(q))
                if p.precision == cronica_types::PlacePrecision::Town
                    && q.precision == cronica_types::PlacePrecision::Town =>
            {
                p.canonical == q.canonical
            }
            _ => true,
        };
    a.event_type == b.event_type
        && (modes_agree || running_toll)
        && a.country == b.country
        && places_agree
        && (dates_agree(a, b)
            || undated_follow_up(a, b)
            // ("... after police opened fire on a protest against power cuts" in a
            // lead, before the story tells the march with its day: the act a noun
            // names before it is told is the one told after)
            || ([a, b]
                .iter()
                .any(|e| e.mentions.first().is_some_and(|m| m.nominal))
                // ("terminou com oito presos" in a lead, "a PM prendeu oito pessoas"
                // in the story: the same figure of the same act)
                || same_figures(a, b))
                && undated_follow_up(b, a)
            || running_toll
            || one_election && !(dated_in_own_sentence(a) && dated_in_own_sentence(b)))
        && (names_agree(&a.actor, &b.actor) || is_speech_act(a) && named_again(b))
        // (a toll counts the act's dead, whoever of them it names: "Djalma Marques,
        // atingido na terça-feira, morreu")
        && (one_election || running_toll || names_agree(&a.target, &b.target))
        && speech_targets_agree
}

/// Whether two events give the same figure of the same kind ("oito presos", "prendeu
/// oito pessoas").
fn same_figures(a: &Event, b: &Event) -> bool {
    let same = |x: &[Count], y: &[Count]| x.iter().any(|c| y.iter().any(|d| d.value == c.value));
    same(&a.killed, &b.killed) || same(&a.injured, &b.injured) || same(&a.arrested, &b.arrested)
}

fn add_counts(into: &mut Vec<Count>, from: Vec<Count>) {
    for c in from {
        if !into
            .iter()
            .any(|x| x.value == c.value && x.source == c.source)
        {
            into.push(c);
        }
    }
}

/// Modes that say only that violence happened ("killed", "attacks"): a mention in
/// such words of an act told more precisely elsewhere ("airstrike") is that act.
pub(crate) fn is_generic_mode(mode: &str) -> bool {
    matches!(mode, "killing" | "injury" | "attack")
}

/// A crowd named only as such ("people who were running away", "the marchers",
/// "os manifestantes").
fn is_crowd(name: &str) -> bool {
    name.split_whitespace().next().is_some_and(|w| {
        let w = cronica_text::fold(w);
        crate::words::is_protester(&w)
            || matches!(
                w.as_str(),
                "people" | "crowd" | "crowds" | "personas" | "pessoas" | "multitud" | "multidao"
            )
    })
}

/// Ways force is used on a crowd, by how hard ("police fired tear gas when the
/// crowd reached the road and then shot live rounds as people ran"): one
/// dispersal told weapon by weapon, named by the hardest.
fn force_on_a_crowd(mode: &str) -> Option<u8> {
    match mode {
        "repression" => Some(0),
        "crowd-control" => Some(1),
        "beat" => Some(2),
        "firearms" => Some(3),
        _ => None,
    }
}

/// Merge `b` into `a`.
fn absorb(a: &mut Event, mut b: Event) {
    let harder = match (force_on_a_crowd(&a.mode), force_on_a_crowd(&b.mode)) {
        (Some(x), Some(y)) => y > x,
        _ => false,
    };
    if is_generic_mode(&a.mode) && !is_generic_mode(&b.mode) || harder {
        a.mode = std::mem::take(&mut b.mode);
    }
    // (whether each is dated by its own sentence, asked before `b`'s mentions
    // move over to `a`)
    let (a_dated, b_dated) = (dated_in_own_sentence(a), dated_in_own_sentence(&b));
    a.mentions.append(&mut b.mentions);
    // the narrower date wins; of two as narrow, the one its own sentence gives;
    // the day of the act, not the day a toll of it was given
    let toll = |e: &Event| e.killed.iter().chain(&e.injured).any(|c| c.toll);
    if let (Some(x), Some(y)) = (&a.date, &b.date) {
        let (wx, wy) = (x.end - x.start, y.end - y.start);
        // (the act's days, even two of them, before the day of the toll: "Subiu
        // para quatro o número de mortos" and "na segunda e na terça-feira, quando
        // agentes da Polícia Nacional dispersaram")
        let act_over_toll =
            (wy == wx || y.end < x.start) && toll(a) && !toll(&b) && y.start < x.start;
        // (and a day the text gives, if only in the sentences before, over the
        // article's own: "Uma desocupação que terminou com oito presos" in a lead,
        // then "A PM prendeu oito pessoas" after "Na manhã de terça-feira (25)")
        let from_text = b.date_span.is_some() && a.date_span.is_none();
        if wy < wx || act_over_toll || wy == wx && (b_dated && !a_dated || from_text) {
            a.date = b.date.take();
            a.date_span = b.date_span;
        }
    }
    fill_from(a, b);
}

/// Who did it and who says so, from `b`, where `a` lacks them.
pub(crate) fn fill_actor(a: &mut Event, b: &Event) {
    if a.actor.is_none() {
        a.actor = b.actor.clone();
        a.actor_span = b.actor_span;
        a.actor_country = b.actor_country.clone();
        a.actor_sector = b.actor_sector;
    }
    if a.attributed_to.is_none() {
        a.attributed_to = b.attributed_to.clone();
        a.attributed_span = b.attributed_span;
    }
}

/// Fill what `a` lacks from `b` (place, actor, target, source) and add `b`'s
/// figures beside `a`'s. Mentions and date are left to the caller.
pub(crate) fn fill_from(a: &mut Event, b: Event) {
    fill_actor(a, &b);
    if a.place.is_none() && b.place.is_some() {
        // (a country the article's focus gave gives way to the place's)
        a.country = b.country.clone();
        a.place = b.place;
    }
    if a.target.is_none() {
        a.target = b.target;
        a.target_span = b.target_span;
        a.target_country = b.target_country;
        a.target_sector = b.target_sector;
    }
    add_counts(&mut a.killed, b.killed);
    add_counts(&mut a.injured, b.injured);
    add_counts(&mut a.arrested, b.arrested);
    a.confidence = a.confidence.max(b.confidence);
}

/// Whether every mention of the event is named by its figures alone ("siete
/// fallecidos y 34 heridos"), with no verb of the act.
fn named_by_its_figures(e: &Event) -> bool {
    !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            e.killed
                .iter()
                .chain(&e.injured)
                .any(|c| c.span.overlaps(m.trigger))
        })
}

/// Merge the events of one article, in text order.
pub fn merge_article_events(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for e in events {
        // "there were protests in Caracas": a new act, not one told before
        if e.mentions.iter().all(|m| m.introduced) {
            out.push(e);
            continue;
        }
        // "la cifra de muertos asciende a 17": a running toll, told later than the
        // killings it counts, is a toll of the deadly event already told
        // ("the death toll had risen to 41, with more than 70 wounded": the wounded
        // told beside the toll are the same event's)
        let toll_only = e.event_type == EventType::Assault
            && e.actor.is_none()
            && !e.killed.is_empty()
            && e.killed.iter().all(|c| c.toll);
        // "Amnesty International said 31 people were injured": figures with no act,
        // date or town of their own, told after the deadly event, are its figures
        // ("El Ministerio del Interior reconoce siete fallecidos y 34 heridos": the
        // party that gives figures read as an act's is their source)
        // (a source's own figures, named by them alone, count the same dead even
        // where they add a place no act told before has: "Djunta Mon fala em três
        // mortos ... e afirma que um terceiro jovem morreu em casa, em Safende")
        let sourced_elsewhere = || {
            named_by_its_figures(&e)
                && e.killed
                    .iter()
                    .chain(&e.injured)
                    .all(|c| c.source.is_some())
                && !out.iter().any(|o| same_event(o, &e))
        };
        let figures_only = e.event_type == EventType::Assault
            && is_generic_mode(&e.mode)
            && (e.actor.is_none() || named_by_its_figures(&e))
            && !dated_in_own_sentence(&e)
            && (!e.killed.is_empty() || !e.injured.is_empty())
            && (!placed_in_own_sentence(&e) || sourced_elsewhere());
        if toll_only || figures_only {
            // the deadliest such event, the first told of equals
            let deadliest = out
                .iter()
                .enumerate()
                .filter(|(_, o)| {
                    o.event_type == EventType::Assault
                        && (!o.killed.is_empty() || !o.injured.is_empty())
                        && o.country == e.country
                })
                .max_by_key(|(k, o)| {
                    let most = o.killed.iter().map(|c| c.value).max().unwrap_or(0);
                    (most, std::cmp::Reverse(*k))
                })
                .map(|(k, _)| k)
                // "A Polícia Militar usou bombas de gás ... Segundo o sindicato, 12
                // professores ficaram feridos": with no figures told before, the
                // figures are those of the last violent act told
                // (nor with a toll of an act told with no figures: "the toll of the
                // strike on Farcha has risen to 23 dead" after the strike itself)
                .or_else(|| {
                    (figures_only || toll_only)
                        .then(|| {
                            out.iter().rposition(|o| {
                                o.event_type == EventType::Assault && o.country == e.country
                            })
                        })
                        .flatten()
                });
            if let Some(o) = deadliest.map(|k| &mut out[k]) {
                let mut e = e;
                o.mentions.append(&mut e.mentions);
                if let Some(by) = e.actor.take() {
                    for c in e.killed.iter_mut().chain(e.injured.iter_mut()) {
                        c.source.get_or_insert_with(|| by.clone());
                    }
                    e.actor_span = None;
                }
                // the toll's sentence places nothing (the killings were told where),
                // and its source is the toll's, kept with its figure
                e.place = None;
                e.attributed_to = None;
                e.attributed_span = None;
                fill_from(o, e);
                continue;
            }
        }
        // "La Coordinadora ... eleva la cifra a 40 heridos y 17 detenidos": a count
        // of the arrested another source gives, with no day of its own, counts the
        // arrests already told; both figures are kept, each with its source
        let arrest_count = e.event_type == EventType::Coerce
            && !e.arrested.is_empty()
            && e.arrested.iter().all(|c| c.toll)
            && !dated_in_own_sentence(&e);
        if arrest_count {
            if let Some(o) = out.iter_mut().rev().find(|o| {
                o.event_type == EventType::Coerce
                    && !o.arrested.is_empty()
                    && o.country == e.country
            }) {
                let mut e = e;
                o.mentions.append(&mut e.mentions);
                e.place = None;
                fill_from(o, e);
                continue;
            }
        }
        match out.iter_mut().find(|o| same_event(o, &e)) {
            Some(o) => absorb(o, e),
            None => out.push(e),
        }
    }
    out
}

/// "Juliaca: 17 muertos" and, in the next article of the page, "un toque de queda
/// ... tras los enfrentamientos del lunes": an act another article of the file names
/// only by a noun, on the same day and in the same country, is the act told there.
pub fn merge_across_articles(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for e in events {
        let named_only = e.mentions.iter().all(|m| m.nominal);
        let day = |x: &Event| {
            x.date
                .as_ref()
                .filter(|d| d.precision == Precision::Day)
                .map(|d| d.start)
        };
        // (an act with figures of its own, "enfrentamientos ... que dejaron al menos
        // 12 heridos", is told here)
        let told = named_only
            && day(&e).is_some()
            && e.killed.is_empty()
            && e.injured.is_empty()
            && e.arrested.is_empty();
        let earlier = out.iter_mut().find(|o| {
            told && o.article_index != e.article_index
                && o.event_type == e.event_type
                && o.country == e.country
                && day(o) == day(&e)
                && (o.mode == e.mode || is_generic_mode(&o.mode) || is_generic_mode(&e.mode))
                && names_agree(&o.actor, &e.actor)
                // (a vigil in Mindelo is not the protest told in Praia that day; a
                // curfew in Juliaca "if the blockades go on" names those of Puno)
                && match (&o.place, &e.place) {
                    (Some(p), Some(q)) => match (&p.admin1, &q.admin1) {
                        (Some(x), Some(y)) => x == y,
                        _ => true,
                    },
                    _ => true,
                }
        });
        match earlier {
            Some(o) => o.mentions.extend(e.mentions),
            None => out.push(e),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_agree_on_words_that_tell_parties_apart() {
        let n = |s: &str| Some(s.to_string());
        assert!(names_agree(
            &n("Police Forces of Peru"),
            &n("Peruvian police forces")
        ));
        assert!(names_agree(&n("Dina Boluarte"), &n("Boluarte")));
        assert!(names_agree(&None, &n("anyone")));
        // two candidates of different parties are two people
        assert!(!names_agree(
            &n("Civic Party's Jeremy Tam"),
            &n("New People Party's Regina Ip")
        ));
        assert!(!names_agree(&n("Partido Nacional"), &n("Frente Nacional")));
        // the United Nations' council, its Secretary-General and the United States
        assert!(!names_agree(
            &n("United Nations Security Council"),
            &n("Secretary-General of the United Nations")
        ));
        assert!(!names_agree(&n("United States"), &n("United Nations")));
        assert!(names_agree(
            &n("United Nations Security Council"),
            &n("Security Council")
        ));
        // armed men the text does not name, told twice in other words
        assert!(names_agree(&n("insurgentes"), &n("homens armados")));
        assert!(names_agree(&n("gunmen"), &n("attackers")));
        assert!(!names_agree(&n("manifestantes"), &n("policías")));
    }
}
