//! An undated article in a file of several takes its date from a full date that
//! another article gives for the same country, and reads "a month ago" against it.

use cronica_ingest::{read_bytes, IngestOptions};
use cronica_pipeline::{EventRecord, Pipeline};
use cronica_types::DateSource;

const DIGEST: &str = "Solidarity with the people of Ecuador – Statement by the Andes Forum

The national strike in Ecuador in June 2022 forced the government to negotiate with the indigenous movement. We stand with the people of Ecuador and Peru.

[Andes Forum](#), 3 October 2022

Ecuador: student leaders freed after mass protests

Thousands marched in Quito, the capital of Ecuador, to demand the release of the students.

The police arrested eight student leaders in Guayaquil a month ago. Ecuadorian courts freed them on bail.

Police arrested eight student leaders in Cuenca a month ago. Farmers blocked the roads around Cuenca.
";

fn analyse(text: &str) -> cronica_types::stage::Analysis {
    let doc = read_bytes(
        "digest.txt",
        "digest.txt",
        text.as_bytes(),
        &IngestOptions::default(),
    )
    .expect("reads");
    Pipeline::default().analyse(doc)
}

#[test]
fn an_undated_article_takes_the_date_the_file_gives_its_country() {
    let a = analyse(DIGEST);
    assert_eq!(a.articles.len(), 2, "{:#?}", a.articles);
    let undated = &a.articles[1];
    assert_eq!(undated.date_source, DateSource::Context);
    assert_eq!(
        undated.date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2022-06")
    );
    let events: Vec<EventRecord> = a
        .events
        .iter()
        .map(|e| EventRecord::from_event(e, &a.document.text))
        .collect();
    let march = events
        .iter()
        .find(|e| e.event_type == "PROTEST" && e.location.as_deref() == Some("Quito"))
        .expect("the march in Quito");
    assert_eq!(march.date.as_deref(), Some("2022-06"));
    // "a month ago" from some day of June 2022: within May.
    let arrest = events
        .iter()
        .find(|e| e.event_type == "COERCE")
        .expect("the arrest");
    assert_eq!(arrest.date.as_deref(), Some("2022-05-01/2022-05-30"));
    // a span of weeks dates its own sentence, not the next ones
    let blockade = events
        .iter()
        .find(|e| e.event_type == "PROTEST" && e.sentence.contains("Farmers"))
        .expect("the blockade");
    assert_eq!(blockade.date.as_deref(), Some("2022-06"), "{events:#?}");
}

#[test]
fn a_date_from_another_country_or_long_before_does_not_date_it() {
    // The stated article gives June 2022 for Peru, and Ecuador only October 2020.
    let text = DIGEST
        .replace("in Ecuador in June 2022", "in Peru in June 2022")
        .replace(
            "people of Ecuador and Peru.",
            "people of Peru, as we stood with Ecuador in October 2020.",
        )
        .replace(
            "Solidarity with the people of Ecuador",
            "Solidarity with Peru",
        );
    let a = analyse(&text);
    let undated = &a.articles[1];
    assert_eq!(undated.date_source, DateSource::Inherited, "{undated:#?}");
    assert_eq!(
        undated.date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2022-10-03")
    );
}

#[test]
fn a_date_of_the_same_days_leaves_the_file_s_date() {
    // an article of the page signed the day before the page: the undated one after
    // it is of the page's day
    let text = "Title: Cauca\nDate: 2027-08-24\nLanguage: es\n\n\
        Ejército captura a cuatro disidentes en Suárez\n\n\
        Popayán, 23 de agosto de 2027\n\n\
        En un operativo en zona rural de Suárez, en el Cauca, Colombia, tropas del Ejército capturaron a cuatro presuntos integrantes de un grupo armado.\n\n\
        Gobernador pide un consejo de seguridad urgente en el Cauca colombiano\n\n\
        El gobernador del Cauca solicitó este martes al presidente de Colombia la convocatoria urgente de un consejo de seguridad en Popayán y el refuerzo del pie de fuerza.\n";
    let a = analyse(text);
    let last = a
        .articles
        .iter()
        .rfind(|x| x.kind == cronica_types::ArticleKind::Article)
        .unwrap();
    assert_eq!(last.date_source, DateSource::Inherited, "{:#?}", a.articles);
    assert_eq!(
        last.date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2027-08-24")
    );
}
