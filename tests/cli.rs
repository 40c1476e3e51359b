//! End-to-end tests of the `cronica` binary on the fixtures in `tests/data`.

use assert_cmd::Command;
use serde_json::Value;

fn cronica() -> Command {
    Command::cargo_bin("cronica").expect("binary built")
}

fn extract(path: &str) -> (Vec<Value>, i32, String) {
    let out = cronica()
        .args(["extract", path, "--format", "jsonl"])
        .output()
        .expect("runs");
    let events = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    (
        events,
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn find<'a>(events: &'a [Value], doc: &str, ty: &str) -> Vec<&'a Value> {
    events
        .iter()
        .filter(|e| e["doc"] == doc && e["event_type"] == ty)
        .collect()
}

#[test]
fn extract_reads_three_languages() {
    let (events, code, _) = extract("tests/data/docs");
    assert_eq!(code, 0);
    // English: the airstrike on Caracas, dated by the text, placed in Venezuela
    let strikes = find(&events, "en-statement.txt", "ASSAULT");
    let strike = strikes
        .iter()
        .find(|e| e["mode"] == "airstrike")
        .expect("an airstrike");
    assert_eq!(strike["country"], "VE");
    assert_eq!(strike["date"], "2026-01-03");
    // Spanish: eight dead in Ayacucho, credited to the Ombudsman
    let deaths = find(&events, "es-noticia.txt", "ASSAULT");
    assert!(
        deaths
            .iter()
            .any(|e| e["killed"] == 8 && e["country"] == "PE"),
        "{deaths:?}"
    );
    // Portuguese: 23 arrested
    let arrests = find(&events, "pt-noticia.txt", "COERCE");
    assert!(
        arrests
            .iter()
            .any(|e| e["arrested"] == 23 && e["country"] == "BR"),
        "{arrests:?}"
    );
}

#[test]
fn every_event_points_at_its_sentence() {
    let (events, _, _) = extract("tests/data/docs");
    assert!(!events.is_empty());
    for e in &events {
        let path = format!("tests/data/docs/{}", e["doc"].as_str().unwrap());
        let text = std::fs::read_to_string(path).unwrap();
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..t], e["sentence"].as_str().unwrap());
        for key in [
            "doc",
            "event_type",
            "date",
            "country",
            "status",
            "id",
            "confidence",
        ] {
            assert!(!e[key].is_null(), "{key} missing in {e}");
        }
    }
}

#[test]
fn planned_actions_stay_planned() {
    let (events, _, _) = extract("tests/data/docs");
    let rally = find(&events, "en-statement.txt", "PROTEST");
    assert!(
        rally
            .iter()
            .any(|e| e["status"] == "planned" && e["date"] == "2026-01-05"),
        "{rally:?}"
    );
    let strike = find(&events, "pt-noticia.txt", "PROTEST");
    assert!(
        strike
            .iter()
            .any(|e| e["status"] == "planned" && e["mode"] == "strike"),
        "{strike:?}"
    );
}

#[test]
fn bad_documents_are_reported_and_the_batch_goes_on() {
    let (events, code, stderr) = extract("tests/data/mixed");
    assert_eq!(code, 3, "exit code 3 means some documents were skipped");
    assert!(events.iter().any(|e| e["doc"] == "good.txt"));
    assert!(stderr.contains("junk.txt"), "{stderr}");
    assert!(stderr.contains("empty.txt"), "{stderr}");
}

#[test]
fn run_is_idempotent_and_events_can_be_queried() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let db = db.to_str().unwrap();
    cronica()
        .args(["run", "tests/data/docs", "--db", db, "--quiet"])
        .assert()
        .success();
    let out = cronica()
        .args(["events", "--db", db, "--format", "jsonl"])
        .output()
        .unwrap();
    let first = String::from_utf8(out.stdout).unwrap();
    assert!(first.lines().count() >= 3);
    let out = cronica()
        .args(["run", "tests/data/docs", "--db", db, "--quiet"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("3 already in the store"));
    let again = String::from_utf8(
        cronica()
            .args(["events", "--db", db, "--format", "jsonl"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(first, again, "a second run stores nothing twice");

    let peru = String::from_utf8(
        cronica()
            .args([
                "events",
                "--db",
                db,
                "--country",
                "PE",
                "--type",
                "ASSAULT",
                "--format",
                "jsonl",
            ])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(peru.lines().count() >= 1);
    assert!(peru.lines().all(|l| l.contains("\"country\":\"PE\"")));

    let id: Value = serde_json::from_str(peru.lines().next().unwrap()).unwrap();
    let id = id["id"].as_str().unwrap();
    let shown = cronica()
        .args(["show", &id[..8], "--db", db])
        .output()
        .unwrap();
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert!(
        shown.contains(">>> "),
        "the sentence is highlighted: {shown}"
    );
    cronica()
        .args(["show", "ffffffffffff", "--db", db])
        .assert()
        .code(4);
}

#[test]
fn csv_has_acled_columns() {
    let out = cronica()
        .args(["extract", "tests/data/docs", "--format", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    let header = csv.lines().next().unwrap();
    for col in [
        "event_id_cnty",
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "country",
        "latitude",
        "fatalities",
    ] {
        assert!(
            header.split(',').any(|c| c == col),
            "{col} missing from {header}"
        );
    }
}

#[test]
fn missing_input_is_a_clear_error() {
    let out = cronica().args(["extract", "no/such/dir"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/dir"));
}

#[test]
fn json_lines_input_names_events_by_id_and_reports_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"pe-1\",\"date\":\"2023-01-10\",\"text\":\"La policía detuvo a 12 manifestantes en Lima el lunes.\"}\nnot json\n{\"id\":\"ec-1\",\"text\":\"Protesters marched in Quito on Monday, January 9, 2023.\"}\n",
    )
    .unwrap();
    let (events, code, stderr) = extract(path.to_str().unwrap());
    assert_eq!(code, 3);
    assert!(stderr.contains("news.jsonl:2"), "{stderr}");
    let pe = events
        .iter()
        .find(|e| e["doc"] == "pe-1")
        .expect("an event from pe-1");
    assert_eq!(pe["arrested"], 12);
    assert_eq!(
        pe["date"], "2023-01-09",
        "the Monday before the article's Tuesday"
    );
    assert!(events
        .iter()
        .any(|e| e["doc"] == "ec-1" && e["event_type"] == "PROTEST"));
}

#[test]
fn standard_input_is_a_document() {
    let out = cronica()
        .args(["extract", "-", "--format", "jsonl"])
        .write_stdin("The army killed five people in Caracas on 3 January 2026.")
        .output()
        .unwrap();
    assert!(out.status.success());
    let e: Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(e["killed"], 5);
    assert_eq!(e["country"], "VE");
    assert_eq!(e["location"], "Caracas");
}

#[test]
fn geojson_and_calendar_outputs() {
    let out = cronica()
        .args(["extract", "tests/data/docs", "--format", "geojson"])
        .output()
        .unwrap();
    let geo: Value = serde_json::from_slice(&out.stdout).expect("one GeoJSON document");
    assert_eq!(geo["type"], "FeatureCollection");
    let features = geo["features"].as_array().unwrap();
    assert!(!features.is_empty());
    for f in features {
        let c = f["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!(c.len(), 2, "[lon, lat]");
        assert!(f["properties"]["event_type"].is_string());
    }
    let out = cronica()
        .args(["extract", "tests/data/docs", "--format", "ics"])
        .output()
        .unwrap();
    let ics = String::from_utf8(out.stdout).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20260105"),
        "the planned rally: {ics}"
    );
    assert!(ics.lines().all(|l| l.len() <= 76));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `cronica inspect ... | head`: the reader goes away after a few lines.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("cronica"))
        .args(["inspect", "examples/corpus"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
