use super::*;
use cronica_types::DocumentMeta;

fn doc(text: &str) -> Document {
    Document {
        id: "x".into(),
        name: "t.txt".into(),
        origin: "t.txt".into(),
        encoding: "UTF-8".into(),
        meta: DocumentMeta::default(),
        text: text.into(),
        body: Span::new(0, text.len()),
    }
}

fn titles(text: &str) -> Vec<(ArticleKind, Option<String>)> {
    split_document(&doc(text))
        .into_iter()
        .map(|a| (a.kind, a.title))
        .collect()
}

const BODY: &str = "The council voted on Tuesday to close the old market, and traders said they would appeal against the decision in the courts.";

#[test]
fn headline_with_byline_starts_an_article() {
    let text = format!("First Story About the Harbour\n\n{BODY}\n\nSecond Story About the River\n\nBy Ana Lima, published on 3 May 2024\n\n{BODY}\n");
    let arts = split_document(&doc(&text));
    assert_eq!(arts.len(), 2);
    assert_eq!(
        arts[1].title.as_deref(),
        Some("Second Story About the River")
    );
    assert_eq!(arts[1].byline.as_deref(), Some("Ana Lima"));
    assert_eq!(
        arts[1].date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2024-05-03")
    );
    assert_eq!(arts[1].date_source, DateSource::Stated);
    // The first has no date of its own: it takes the nearest stated one.
    assert_eq!(arts[0].date_source, DateSource::Inherited);
}

#[test]
fn subheads_do_not_split() {
    let text =
        format!("Main Headline of the Day\n\n{BODY}\n\nA new twist in the dispute\n\n{BODY}\n");
    assert_eq!(titles(&text).len(), 1);
}

#[test]
fn signature_date_ends_an_article() {
    let text = format!("Statement on the Strike\n\n{BODY}\n\nThe Union Committee\n\n4 January 2023\n\nNotice of a public meeting\n\n{BODY}\n");
    let arts = split_document(&doc(&text));
    assert_eq!(arts.len(), 2, "{arts:?}");
    assert_eq!(
        arts[0].date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2023-01-04")
    );
    assert_eq!(arts[1].title.as_deref(), Some("Notice of a public meeting"));
}

#[test]
fn source_note_and_broken_headline() {
    let text = format!("Opening Piece\n\n{BODY}\n\nOriginally published by the Daily Example.\n\nWorkers: Union leader\n\nreleased after protests\n\n{BODY}\n");
    let t = titles(&text);
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(
        t[1].1.as_deref(),
        Some("Workers: Union leader released after protests")
    );
}

#[test]
fn repeated_headline_inside_an_article_does_not_split() {
    let text = format!("EVENT – PERU: The road after the uprising\n\n{BODY}\n\nPERU: The road after the uprising\n\nCome and hear a speaker from Lima\n\n{BODY}\n");
    assert_eq!(titles(&text).len(), 1);
}

#[test]
fn teaser_entries_with_standfirst_and_author() {
    let text = "Lead Story Headline Here\n\nA standfirst sentence about the lead story in the news today.\n\nAna Rivera\n\nNovember 12, 2019\n\n".to_string()
        + BODY
        + "\n\nMOST RECENT\n\nSecond Teaser Headline Appears Here\n\nA short standfirst about the teaser.\n\nMike Pappas\n\nMarch 22, 2024\n\nThird Teaser Headline Appears Here\n\nAnother short standfirst about it.\n\nDaniel Nath\n\nMarch 21, 2024\n";
    let arts = split_document(&doc(&text));
    let t: Vec<_> = arts
        .iter()
        .map(|a| a.title.as_deref().unwrap_or("-"))
        .collect();
    assert_eq!(
        t,
        [
            "Lead Story Headline Here",
            "Second Teaser Headline Appears Here",
            "Third Teaser Headline Appears Here"
        ]
    );
    assert_eq!(arts[0].byline.as_deref(), Some("Ana Rivera"));
    assert_eq!(
        arts[2].date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2024-03-21")
    );
}

#[test]
fn index_entries_are_teasers_and_furniture_is_boilerplate() {
    let text = format!(
        "CONTENTS\n\nFarmers Block the Northern Highway\n\nMiners Strike at the Copper Pit\n\nFarmers Block the Northern Highway\n\nBy Tom Fletcher\n\n{BODY}\n\nMiners Strike at the Copper Pit\n\nBy Ana Souza\n\n{BODY}\n\nFacebook Twitter Share\n"
    );
    let t = titles(&text);
    let kinds: Vec<_> = t.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        [
            ArticleKind::Teaser,
            ArticleKind::Article,
            ArticleKind::Article,
            ArticleKind::Boilerplate
        ],
        "{t:?}"
    );
    assert_eq!(t[0].1.as_deref(), Some("CONTENTS"));
}

#[test]
fn first_sentence_is_the_title_of_an_untitled_file() {
    let text = format!("A coup attempt is underway in the capital, backed by the army. The rest of the lede follows here.\n\n{BODY}\n");
    assert_eq!(
        titles(&text)[0].1.as_deref(),
        Some("A coup attempt is underway in the capital, backed by the army")
    );
}

#[test]
fn metadata_date_for_a_single_article() {
    let mut d = doc(&format!("Headline of the Only Story\n\n{BODY}\n"));
    d.meta.date = Some("2021-04-02".into());
    let arts = split_document(&d);
    assert_eq!(arts[0].date_source, DateSource::Metadata);
    assert_eq!(
        arts[0].date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2021-04-02")
    );
}

#[test]
fn spanish_dateline_and_language_per_article() {
    let es = "Miles de personas marcharon el martes por el centro de la ciudad para exigir la renuncia del gobierno y nuevas elecciones generales en todo el país.";
    let text = format!("Marcha en Lima contra el Congreso\n\nPor Carmen Quispe\n\nLima, 13 de diciembre de 2022\n\n{es}\n\nSecond Story About the River\n\nBy Ana Lima\n\n{BODY} {BODY}\n");
    let arts = split_document(&doc(&text));
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].lang, Lang::Es);
    assert_eq!(
        arts[0].date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2022-12-13")
    );
    assert_eq!(
        arts[0].date_span.map(|s| s.text(&text)),
        Some("13 de diciembre de 2022")
    );
    assert_eq!(arts[1].lang, Lang::En);
}

#[test]
fn a_one_line_report_is_an_article() {
    // A single sentence with a date reads like a dateline; it is still the article.
    let arts = split_document(&doc(
        "Protesters marched in Quito on Monday, January 9, 2023.",
    ));
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].kind, ArticleKind::Article);
}

#[test]
fn a_signature_names_the_author() {
    let text =
        format!("Statement on the Strikes\n\n{BODY}\n\n[Peace Coalition](#), 3 January 2026\n");
    let arts = split_document(&doc(&text));
    assert_eq!(arts[0].byline.as_deref(), Some("Peace Coalition"));
    assert_eq!(
        arts[0].date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2026-01-03")
    );
}

#[test]
fn a_short_headline_above_the_body_is_the_headline() {
    let text = format!("Protests in Peru\n\n{BODY} They met again the next day.\n");
    assert_eq!(
        titles(&text),
        [(ArticleKind::Article, Some("Protests in Peru".to_string()))]
    );
}

#[test]
fn headings_inside_the_body_are_subheads_and_broken_lines_are_not() {
    let text = format!(
        "A Long Day at the Market Hall\n\n{BODY}\n\nA foiled mutiny\n\n{BODY}\n\nDuring these two days there have been very strong\n\nacts of repression in the city.\n"
    );
    let arts = split_document(&doc(&text));
    assert_eq!(arts.len(), 1);
    let heads: Vec<&str> = arts[0].subheads.iter().map(|s| s.text(&text)).collect();
    assert_eq!(heads, ["A foiled mutiny"]);
}

#[test]
fn a_headline_over_a_dateline_starts_a_story() {
    let text = "La República — Edición del 13 de diciembre de 2022\n\n\
        Dos muertos en Andahuaylas durante enfrentamientos\n\n\
        Andahuaylas, 12 dic. Dos jóvenes murieron el domingo durante enfrentamientos con la policía.\n\n\
        Bloquean carreteras en Puno\n\n\
        Puno, 12 dic. Los manifestantes bloquearon el lunes la carretera Juliaca-Puno.\n\n\
        Congreso debate adelanto de elecciones\n\n\
        LIMA (AFP) — El Congreso debatirá el martes el adelanto de las elecciones.\n";
    let got: Vec<Option<String>> = split_document(&doc(text))
        .into_iter()
        .filter(|a| a.kind == ArticleKind::Article)
        .map(|a| a.title)
        .collect();
    assert_eq!(
        got,
        [
            Some("Dos muertos en Andahuaylas durante enfrentamientos".to_string()),
            Some("Bloquean carreteras en Puno".to_string()),
            Some("Congreso debate adelanto de elecciones".to_string()),
        ]
    );
}

#[test]
fn a_front_page_summary_pointing_to_its_pages_is_a_teaser() {
    let body = "La cifra de muertos por el enfrentamiento del lunes subió ayer a cinco, \
                informó la Defensoría del Pueblo, que contabiliza además 48 heridos.\n\n\
                La Fiscalía abrió ayer una investigación de oficio por homicidio.";
    let text = format!(
        "Title: Nacional\nDate: 2026-06-10\n\nEN PORTADA: Sube a cinco la cifra de muertos en Potosí; el Gobierno declara el estado de excepción (págs. 4 y 5)\n\nSube a cinco la cifra de muertos en Potosí\n\nPOTOSÍ.– {body}\n\nEl Gobierno declara el estado de excepción en Potosí\n\nLA PAZ.– {body}\n"
    );
    let d = crate::read_bytes("t.txt", "t.txt", text.as_bytes(), &Default::default()).unwrap();
    let arts = split_document(&d);
    // glued over the first story's headline, the summary line is cut from it
    assert_eq!(arts.len(), 2);
    assert!(arts.iter().all(|a| a.kind == ArticleKind::Article));
    assert!(d.text[arts[0].span.start..].starts_with("Sube a cinco"));
    // under the page's own title, it is read as no story's text
    let page = "Title: Nacional – Conflicto en Potosí\nDate: 2026-06-10\nLanguage: es\n\n\
        EN PORTADA: Sube a cinco la cifra de muertos en Potosí; el Gobierno declara el \
        estado de excepción (págs. 4 y 5)\n\n\
        Sube a cinco la cifra de muertos por el enfrentamiento en el aeropuerto de Potosí\n\n\
        POTOSÍ.– La cifra de muertos por el enfrentamiento del lunes en el aeropuerto subió \
        ayer a cinco, después de que un comunario falleciera en el hospital, informó la \
        Defensoría del Pueblo, que contabiliza además 48 heridos. El Ministerio de Gobierno, \
        en cambio, reconoce cuatro fallecidos y 31 heridos.\n\n\
        Los choques comenzaron a media mañana del lunes, cuando unos dos mil comunarios \
        rompieron el cerco perimetral del aeropuerto e ingresaron a la pista.\n";
    let d = crate::read_bytes("t.txt", "t.txt", page.as_bytes(), &Default::default()).unwrap();
    let arts = split_document(&d);
    let read: Vec<&str> = arts
        .iter()
        .filter(|a| a.kind == ArticleKind::Article)
        .map(|a| &d.text[a.span.start..a.span.end])
        .collect();
    assert_eq!(read.len(), 1, "{arts:?}");
    assert!(!read[0].contains("EN PORTADA"), "{read:?}");
    assert!(points_to_a_page(
        "Inside: Miners strike at the copper pit (Page 6)"
    ));
    assert!(points_to_a_page(
        "NA CAPA: Greve dos médicos fecha centros de saúde"
    ));
    // a parenthesis that names no page, and a colon far into a sentence, are text
    assert!(!points_to_a_page(
        "Police arrested 27 people (including two minors)"
    ));
    assert!(!points_to_a_page(
        "Inside the barracks, soldiers said the order came late: nobody moved"
    ));
}

#[test]
fn a_long_headline_its_lead_tells_again_starts_a_story() {
    let text = "Paro armado paraliza el norte del Cauca\n\n\
        Un paro armado de 72 horas rige desde el domingo en el norte del Cauca, donde el comercio y el transporte están paralizados, según las autoridades locales.\n\n\
        Campesinos del Macizo marcharán hacia Popayán el 30 de agosto\n\n\
        La Asociación Campesina del Macizo Colombiano anunció ayer que marchará desde Timbío hasta el parque Caldas de Popayán el lunes 30 de agosto para exigir garantías de seguridad.\n\n\
        Antecedentes de la protesta\n\n\
        Los campesinos del Macizo ya marcharon en 2024 hacia la capital del departamento para exigir el cumplimiento de los acuerdos firmados con el Gobierno nacional.\n";
    let t = titles(text);
    let arts: Vec<_> = t
        .iter()
        .filter(|(k, _)| *k == ArticleKind::Article)
        .map(|(_, t)| t.as_deref())
        .collect();
    assert_eq!(
        arts,
        [
            Some("Paro armado paraliza el norte del Cauca"),
            Some("Campesinos del Macizo marcharán hacia Popayán el 30 de agosto")
        ],
        "a short heading stays a subhead: {t:?}"
    );
}

#[test]
fn the_day_a_question_was_lodged_does_not_date_the_answer() {
    let text = format!(
        "Written Questions and Answers tabled on Wednesday 8 September 2027\n\n{BODY}\n\n\
         Question No. 42/2027 – Nurses' strike at the National Referral Hospital\n\n\
         Asked by: the Member of Parliament for Central Honiara\n\
         Lodged: Tuesday 31 August 2027\n\n{BODY}\n"
    );
    let arts = split_document(&doc(&text));
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert_eq!(
        arts[1].date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2027-09-08"),
        "{arts:#?}"
    );
    assert!(filing_line("Lodged: Tuesday 31 August 2027"));
    assert!(filing_line("Presentada: 3 de mayo de 2027"));
    assert!(!filing_line("Published: 3 May 2027"));
}

#[test]
fn an_hour_stamp_under_a_headline_and_dotted_furniture_above_it() {
    let text = format!(
        "ANGG – Agencia de Noticias del Golfo de Guinea\n\n\
         Servicio en español · Guinea Ecuatorial · miércoles 16 de junio de 2027\n\n\
         Dos muertos y 23 detenidos en las protestas de mototaxistas en Bata\n\n\
         Difundida a las 10.40 · Actualizada a las 15.20\n\n{BODY}\n\n\
         La oposición en el exilio convoca una concentración en Madrid\n\n\
         Difundida a las 13.05\n\n{BODY}\n"
    );
    let t = titles(&text);
    assert_eq!(
        t.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>(),
        vec![
            Some("Dos muertos y 23 detenidos en las protestas de mototaxistas en Bata".to_string()),
            Some("La oposición en el exilio convoca una concentración en Madrid".to_string()),
        ],
        "{t:#?}"
    );
}

#[test]
fn a_page_title_that_is_furniture_gives_way_to_the_headline() {
    let text = format!(
        "Title: Servicio en español · Guinea Ecuatorial · miércoles 16 de junio de 2027\n\
         Date: 2027-06-16\n\n\
         Servicio en español · Guinea Ecuatorial · miércoles 16 de junio de 2027\n\n\
         Dos muertos y 23 detenidos en las protestas de mototaxistas en Bata\n\n\
         Difundida a las 10.40\n\n{BODY}\n"
    );
    let doc = crate::read::read_bytes(
        "t.txt",
        "t.txt",
        text.as_bytes(),
        &crate::read::IngestOptions::default(),
    )
    .expect("reads");
    let arts = split_document(&doc);
    assert_eq!(
        arts[0].title.as_deref(),
        Some("Dos muertos y 23 detenidos en las protestas de mototaxistas en Bata"),
        "{arts:#?}"
    );
}

#[test]
fn a_statement_followed_by_its_translation_is_told_once() {
    let es =
        "Comunicado N.º 9-2027: La huelga sigue firme\n\nColón, jueves 15 de julio de 2027\n\n\
              1. Desde el lunes 12 de julio, los 640 trabajadores de muelle de la terminal \
              estamos en huelga por el incumplimiento del convenio colectivo firmado en 2024.\n\n\
              2. En la madrugada del miércoles 14, la Policía desalojó el piquete con gas \
              lacrimógeno y detuvo a 14 compañeros; 8 resultaron heridos.\n\n\
              3. Exigimos el reintegro inmediato de los 37 despedidos.\n\n";
    let en = "ENGLISH VERSION\n\nCommuniqué No. 9-2027: The strike holds firm\n\nColón, Thursday 15 July 2027\n\n\
              1. Since Monday 12 July, the 640 dock workers of the terminal have been on \
              strike over the breach of the collective agreement signed in 2024.\n\n\
              2. In the early hours of Wednesday 14, the police cleared the picket with tear \
              gas and detained 14 colleagues; 8 were injured.\n\n\
              3. We demand the immediate reinstatement of the 37 dismissed workers.\n";
    let mut d = doc(&format!("{es}{en}"));
    d.meta.lang = Some(Lang::Es);
    let arts = split_document(&d);
    let kinds: Vec<_> = arts.iter().map(|a| (a.kind, a.lang)).collect();
    assert_eq!(
        kinds,
        [
            (ArticleKind::Article, Lang::Es),
            (ArticleKind::Translation, Lang::En)
        ],
        "{arts:#?}"
    );
    // (two articles in two languages that tell different things are both read)
    let other = "Second Story: Miners march in Oruro\n\nORURO, 3 May 2024 — About 2,000 miners \
                 marched on Friday to demand the release of 4 leaders held since 28 April; \
                 police said 11 officers were hurt.\n";
    let mut d = doc(&format!("{es}{other}"));
    d.meta.lang = Some(Lang::Es);
    let arts = split_document(&d);
    assert!(
        arts.iter().all(|a| a.kind == ArticleKind::Article),
        "{arts:#?}"
    );
}

#[test]
fn a_day_something_is_due_by_dates_no_article() {
    let text = "ACCIÓN URGENTE – Cuba: doce personas presas\n\nEl Observatorio condena la \
                detención arbitraria de decenas de vecinos de Holguín que protestaron.\n\n\
                QUÉ PUEDES HACER\n\nEscribe antes del 26 de agosto de 2027 a las \
                autoridades cubanas:\n• Pide al Fiscal General que ponga en libertad a los \
                once acusados.\n";
    let mut d = doc(text);
    d.meta.lang = Some(Lang::Es);
    d.meta.date = Some("2027-07-15".into());
    let arts = split_document(&d);
    assert!(
        arts.iter()
            .all(|a| a.date.as_ref().is_none_or(|d| d.iso() != "2027-08-26")),
        "{arts:#?}"
    );
    assert!(deadline("Escribe antes del"));
    assert!(deadline("Escreva até"));
    assert!(!deadline("Published on"));
    assert!(!deadline("Nearby"));
}

#[test]
fn a_story_under_a_line_of_the_day_it_first_ran_is_an_article_of_that_day() {
    let text = format!(
        "Corrections and clarifications\n\nFriday, 17 September 2027\n\n{BODY}\n\n\
         Strike in the greenhouses: police disperse a rally in Odemira\n\n\
         Corrected version · Originally published in the issue of Wednesday, 15 September \
         2027\n\n{BODY}\n"
    );
    let arts = split_document(&doc(&text));
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert_eq!(
        arts[1].date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2027-09-15"),
        "{arts:#?}"
    );
    // a note of where a text first ran, with no day, still ends its article
    assert_eq!(
        lines::classify("Originally published in The Guardian"),
        LineKind::SourceNote
    );
}

#[test]
fn the_next_issue_announced_at_the_foot_is_not_the_day_of_the_page() {
    let text = format!("Weekly Security Brief\n\n{BODY}\n\nNext brief: Monday 26 July 2027.\n");
    let mut d = doc(&text);
    d.meta.date = Some("2027-07-19".into());
    let arts = split_document(&d);
    let last = arts.last().expect("an article");
    assert_ne!(
        last.date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2027-07-26"),
        "{arts:#?}"
    );
    // a signature of the page's own day at the foot still dates it
    let text = format!("Statement on the March\n\n{BODY}\n\nMonrovia, 19 July 2027\n");
    let mut d = doc(&text);
    d.meta.date = Some("2027-07-19".into());
    let arts = split_document(&d);
    assert_eq!(
        arts.last()
            .and_then(|a| a.date.as_ref())
            .map(|d| d.iso())
            .as_deref(),
        Some("2027-07-19"),
        "{arts:#?}"
    );
}
