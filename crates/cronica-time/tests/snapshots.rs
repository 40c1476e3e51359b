//! Golden snapshots of what the tagger reads in one short news paragraph per language.

use chrono::NaiveDate;
use cronica_types::{Lang, Span};
use serde::Serialize;

#[derive(Serialize)]
struct Read<'a> {
    text: &'a str,
    span: [usize; 2],
    value: String,
    precision: &'static str,
    relative: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<String>,
}

fn read<'a>(text: &'a str, lang: Lang, anchor: &str) -> Vec<Read<'a>> {
    let anchor = NaiveDate::parse_from_str(anchor, "%Y-%m-%d").ok();
    cronica_time::tag(text, Span::new(0, text.len()), lang, anchor)
        .into_iter()
        .map(|e| Read {
            text: e.span.text(text),
            span: [e.span.start, e.span.end],
            value: e.value.iso(),
            precision: e.value.precision_name(),
            relative: e.relative,
            warning: e.warning,
        })
        .collect()
}

const EN: &str = "Saturday 3 January 2026. Police said on Friday that 12 people were \
arrested in the early hours of Saturday, January 3, after protests that began in \
mid-December. Yesterday, Sunday, the minister promised an inquiry; talks will resume \
next week. The unrest is the worst since 2019, and 100 people marched from 7pm to 9pm.";

const ES: &str = "Lima, 13 de diciembre de 2022 (EFE). Las protestas comenzaron el pasado \
7 de diciembre y ayer martes dejaron dos muertos. Hace tres días el Congreso votó la \
vacancia; el Gobierno anunció que la próxima semana presentará un plan. En 2019 hubo \
48 detenidos.";

const PT: &str = "Brasília, 31 de janeiro de 2023. Na última segunda-feira, os manifestantes \
voltaram às ruas, como há três dias. O julgamento está marcado para 15/02/2023 e a \
decisão deve sair no início de março. Em meados de 2022 houve 72h de greve.";

#[test]
fn english_paragraph() {
    insta::assert_json_snapshot!(read(EN, Lang::En, "2026-01-05"));
}

#[test]
fn spanish_paragraph() {
    insta::assert_json_snapshot!(read(ES, Lang::Es, "2022-12-13"));
}

#[test]
fn portuguese_paragraph() {
    insta::assert_json_snapshot!(read(PT, Lang::Pt, "2023-01-31"));
}

#[test]
fn without_an_anchor_only_absolute_dates() {
    insta::assert_json_snapshot!(read(EN, Lang::En, "-"));
}
