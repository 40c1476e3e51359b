//! What each command does: validate the raw arguments, call the engine, print.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use cronica_ingest::{count_inputs, read_paths, IngestOptions};
use cronica_pipeline::output::{Format, RecordWriter};
use cronica_pipeline::{word_count, EventRecord, Pipeline};
use cronica_store::{EventQuery, Store};
use cronica_types::stage::Analysis;
use cronica_types::{Diagnostic, Lang, Severity};

use crate::args::{Cli, Command, EvalCommand, InputArgs, InputFormat, OutputFormat, TrainCommand};
use crate::exit;

/// `print!` that returns the error (a closed pipe ends the program quietly in `main`).
macro_rules! out {
    ($($arg:tt)*) => {
        write!(io::stdout().lock(), $($arg)*)?
    };
}

/// `println!` that returns the error.
macro_rules! outln {
    ($($arg:tt)*) => {
        writeln!(io::stdout().lock(), $($arg)*)?
    };
}

pub fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Run {
            input,
            store,
            format,
            quiet,
        } => cmd_run(&input, &store.db, format, quiet),
        Command::Extract { input, format } => cmd_extract(&input, format),
        Command::Events {
            store,
            country,
            event_type,
            from,
            to,
            doc,
            status,
            limit,
            format,
        } => {
            for d in [&from, &to].into_iter().flatten() {
                if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
                    bail!("--from/--to take a day as YYYY-MM-DD, not {d:?}");
                }
            }
            if let Some(t) = &event_type {
                t.parse::<cronica_types::EventType>()
                    .map_err(anyhow::Error::msg)?;
            }
            let db = open_existing(&store.db)?;
            let q = EventQuery {
                country,
                event_type,
                from,
                to,
                doc,
                status,
                limit,
            };
            let records = db.events(&q)?;
            write_records(&records, format)?;
            Ok(exit::OK)
        }
        Command::Show { id, store } => cmd_show(&id, &store.db),
        Command::Inspect { paths, stage } => cmd_inspect(&paths, stage.as_deref()),
        Command::Eval(e) => cmd_eval(e),
        Command::Bench { paths, repeat } => cmd_bench(&paths, repeat),
        Command::Train(TrainCommand::Ner {
            lang,
            files,
            out,
            epochs,
            seed,
        }) => {
            let lang: Lang = lang.parse().map_err(anyhow::Error::msg)?;
            let opts = cronica_ner::train::TrainOptions {
                epochs,
                seed,
                ..cronica_ner::train::TrainOptions::new(lang, files)
            };
            let (model, report) = cronica_ner::train::train(&opts).context("training failed")?;
            std::fs::write(&out, model.to_bytes())
                .with_context(|| format!("cannot write the model to {}", out.display()))?;
            out!("{}", report.lines());
            Ok(exit::OK)
        }
    }
}

fn open_existing(db: &Path) -> Result<Store> {
    if !db.exists() {
        bail!(
            "no store at {}: run `cronica run PATHS --db {}` first, or pass --db",
            db.display(),
            db.display()
        );
    }
    Ok(Store::open(db)?)
}

fn ingest_options(input: &InputArgs) -> IngestOptions {
    IngestOptions {
        max_bytes: input.max_bytes,
        force_jsonl: input.input_format == InputFormat::Jsonl,
        ..IngestOptions::default()
    }
}

fn pipeline(input: &InputArgs) -> Pipeline {
    let options = cronica_events::ExtractOptions {
        min_confidence: input.min_confidence,
        ..Default::default()
    };
    Pipeline {
        events: Box::new(cronica_events::RuleEventExtractor::new(options)),
        ..Pipeline::default()
    }
}

fn check_paths(paths: &[PathBuf]) -> Result<()> {
    for p in paths {
        if p.as_os_str() != "-" && !p.exists() {
            bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(())
}

fn progress(total: usize) -> ProgressBar {
    if !io::stderr().is_terminal() || total < 2 {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(total as u64);
    pb.set_style(
        ProgressStyle::with_template("{spinner} {pos}/{len} documents [{bar:30}] {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

/// What a batch did, printed at its end.
#[derive(Default)]
struct Report {
    read: usize,
    stored: usize,
    already: usize,
    skipped: usize,
    events: usize,
    words: usize,
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    fn print(&self, secs: f64) {
        let mut e = io::stderr().lock();
        for d in &self.diagnostics {
            let _ = writeln!(e, "{d}");
        }
        let _ = writeln!(
            e,
            "read {} documents ({} words) in {:.2}s: {} events; {} skipped{}{}",
            self.read,
            self.words,
            secs,
            self.events,
            self.skipped,
            if self.stored + self.already > 0 {
                format!("; {} stored", self.stored)
            } else {
                String::new()
            },
            if self.already > 0 {
                format!(", {} already in the store", self.already)
            } else {
                String::new()
            }
        );
    }

    fn exit_code(&self) -> u8 {
        if self.skipped > 0 {
            exit::SKIPPED
        } else {
            exit::OK
        }
    }

    fn note(&mut self, a: &Analysis) {
        self.words += word_count(&a.document.text);
        self.events += a.events.len();
        if a.diagnostics.iter().any(|d| d.severity == Severity::Error) {
            self.skipped += 1;
        }
        self.diagnostics.extend(a.diagnostics.iter().cloned());
    }
}

fn records_of(a: &Analysis) -> Vec<EventRecord> {
    a.events
        .iter()
        .map(|e| EventRecord::from_event(e, &a.document.text))
        .collect()
}

fn cmd_extract(input: &InputArgs, format: OutputFormat) -> Result<u8> {
    check_paths(&input.paths)?;
    let started = Instant::now();
    let pipeline = pipeline(input);
    let pb = progress(count_inputs(&input.paths));
    let stdout = io::stdout().lock();
    let mut out = RecordWriter::new(to_format(format), io::BufWriter::new(stdout))?;
    let mut report = Report::default();
    for doc in read_paths(&input.paths, &ingest_options(input)) {
        pb.inc(1);
        match doc {
            Ok(doc) => {
                report.read += 1;
                pb.set_message(doc.name.clone());
                let a = pipeline.analyse(doc);
                for r in records_of(&a) {
                    out.write(&r)?;
                }
                report.note(&a);
            }
            Err(d) => {
                report.skipped += 1;
                report.diagnostics.push(d);
            }
        }
    }
    out.finish()?;
    pb.finish_and_clear();
    report.print(started.elapsed().as_secs_f64());
    Ok(report.exit_code())
}

fn cmd_run(input: &InputArgs, db: &Path, format: OutputFormat, quiet: bool) -> Result<u8> {
    check_paths(&input.paths)?;
    let started = Instant::now();
    let mut store = Store::open(db)?;
    let run = store.begin_run()?;
    let pipeline = pipeline(input);
    let pb = progress(count_inputs(&input.paths));
    let mut report = Report::default();
    let mut docs = Vec::new();
    for doc in read_paths(&input.paths, &ingest_options(input)) {
        pb.inc(1);
        match doc {
            Ok(doc) => {
                report.read += 1;
                docs.push(doc.name.clone());
                if store.has_document(&doc.id)? {
                    report.already += 1;
                    continue;
                }
                pb.set_message(doc.name.clone());
                let a = pipeline.analyse(doc);
                report.note(&a);
                for d in &a.diagnostics {
                    store.add_diagnostic(run, d)?;
                }
                if store.put_analysis(&a, &records_of(&a))? {
                    report.stored += 1;
                }
            }
            Err(d) => {
                store.add_diagnostic(run, &d)?;
                report.skipped += 1;
                report.diagnostics.push(d);
            }
        }
    }
    pb.finish_and_clear();
    store.finish_run(
        run,
        report.read,
        report.stored,
        report.already,
        report.skipped,
        report.events,
    )?;
    if !quiet {
        let mut records = Vec::new();
        for name in docs {
            records.extend(store.events(&EventQuery {
                doc: Some(name),
                ..EventQuery::default()
            })?);
        }
        records.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then(a.doc.cmp(&b.doc))
                .then(a.start.cmp(&b.start))
        });
        write_records(&records, format)?;
    }
    report.print(started.elapsed().as_secs_f64());
    let stats = store.stats()?;
    eprintln!(
        "store {}: {} documents, {} articles, {} entities, {} events",
        db.display(),
        stats.documents,
        stats.articles,
        stats.entities,
        stats.events
    );
    Ok(report.exit_code())
}

fn to_format(f: OutputFormat) -> Format {
    match f {
        OutputFormat::Jsonl => Format::Jsonl,
        OutputFormat::Csv => Format::Csv,
        OutputFormat::Table => Format::Table,
        OutputFormat::Geojson => Format::Geojson,
        OutputFormat::Ics => Format::Ics,
    }
}

fn write_records(records: &[EventRecord], format: OutputFormat) -> Result<()> {
    let stdout = io::stdout().lock();
    let mut out = RecordWriter::new(to_format(format), io::BufWriter::new(stdout))?;
    for r in records {
        out.write(r)?;
    }
    out.finish()?;
    Ok(())
}

fn cmd_show(id: &str, db: &Path) -> Result<u8> {
    let store = open_existing(db)?;
    let Some(ctx) = store.event(id)? else {
        eprintln!(
            "cronica: no event with id {id:?} in {}: list ids with `cronica events --format jsonl`",
            db.display()
        );
        return Ok(exit::NOT_FOUND);
    };
    let r = &ctx.record;
    let mut o = io::stdout().lock();
    let field = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    writeln!(o, "event      {}", r.id)?;
    writeln!(
        o,
        "type       {} / {}   status: {}   confidence: {:.2}",
        r.event_type, r.mode, r.status, r.confidence
    )?;
    if let (Some(t), Some(s)) = (&r.acled_event_type, &r.acled_sub_event_type) {
        writeln!(o, "acled      {t} / {s}")?;
    }
    writeln!(
        o,
        "date       {} ({})",
        field(&r.date),
        field(&r.date_precision)
    )?;
    let coords = match (r.lat, r.lon) {
        (Some(a), Some(b)) => format!("  [{a:.4}, {b:.4}]"),
        _ => String::new(),
    };
    writeln!(
        o,
        "place      {}, {}{}  {}",
        field(&r.location),
        field(&r.admin1),
        coords,
        field(&r.country)
    )?;
    writeln!(o, "actor      {}", field(&r.actor))?;
    writeln!(o, "target     {}", field(&r.target))?;
    for (name, figs) in [
        ("killed", &r.figures.killed),
        ("injured", &r.figures.injured),
        ("arrested", &r.figures.arrested),
    ] {
        for f in figs.iter() {
            writeln!(
                o,
                "{name:<10} {} ({}){}{}",
                f.value,
                f.qualifier,
                f.source
                    .as_ref()
                    .map(|s| format!(" according to {s}"))
                    .unwrap_or_default(),
                if f.toll { ", running toll" } else { "" }
            )?;
        }
    }
    writeln!(o, "source     {}", field(&r.attributed_to))?;
    writeln!(
        o,
        "document   {} ({})  bytes {}..{}",
        r.doc, ctx.origin, r.start, r.end
    )?;
    writeln!(o, "article    {}", field(&r.article))?;
    writeln!(o)?;
    // the article around the sentence, the sentence highlighted
    let (a_start, a_end) = ctx
        .article
        .as_ref()
        .map_or((0, ctx.text.len()), |a| (a.span.start, a.span.end));
    let lo = floor_boundary(&ctx.text, r.start.saturating_sub(700).max(a_start));
    let hi = floor_boundary(&ctx.text, (r.end + 700).min(a_end).max(r.end));
    let (on, off) = if io::stdout().is_terminal() {
        ("\x1b[1;4m", "\x1b[0m")
    } else {
        (">>> ", " <<<")
    };
    let before = &ctx.text[lo..r.start];
    let sentence = &ctx.text[r.start..r.end];
    let after = &ctx.text[r.end..hi];
    writeln!(
        o,
        "{}{before}{on}{sentence}{off}{after}{}",
        if lo > a_start { "…" } else { "" },
        if hi < a_end { "…" } else { "" }
    )?;
    for m in r.mentions.iter().skip(1) {
        writeln!(
            o,
            "\nalso reported at bytes {}..{}: {}",
            m.start,
            m.end,
            ctx.text.get(m.start..m.end).unwrap_or("")
        )?;
    }
    Ok(exit::OK)
}

/// Print report lines (a miss list, then `name: value` lines).
fn print_lines(lines: impl Iterator<Item = String>) -> Result<()> {
    let mut o = io::stdout().lock();
    for l in lines {
        writeln!(o, "{l}")?;
    }
    Ok(())
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn cmd_eval(e: EvalCommand) -> Result<u8> {
    match e {
        EvalCommand::Time { file, show_misses } => {
            let report = cronica_time::eval::run(&file)
                .with_context(|| format!("cannot score {}", file.display()))?;
            if show_misses {
                out!("{}", report.miss_lines());
            }
            out!("{}", report.lines());
        }
        EvalCommand::Events {
            gold,
            paths,
            show_misses,
        } => {
            check_paths(&paths)?;
            let score = cronica_eval::events::run(&gold, &paths)
                .with_context(|| format!("cannot score against {}", gold.display()))?;
            let misses = if show_misses {
                score.misses(&cronica_eval::events::load_gold(&gold)?)
            } else {
                Vec::new()
            };
            print_lines(misses.into_iter().chain(score.lines()))?;
        }
        EvalCommand::Plover { file, show_misses } => {
            let report = cronica_eval::plover::run(&file)
                .with_context(|| format!("cannot score {}", file.display()))?;
            let misses = if show_misses {
                report.misses(&cronica_eval::plover::load(&file)?)
            } else {
                Vec::new()
            };
            print_lines(misses.into_iter().chain(report.lines()))?;
        }
        EvalCommand::Geo { file, show_misses } => {
            let report = cronica_geo::eval::run(&file)
                .with_context(|| format!("cannot score {}", file.display()))?;
            if show_misses {
                out!("{}", report.miss_lines());
            }
            outln!("{}", report.to_string().trim_end());
        }
        EvalCommand::Ner { lang, file } => {
            let lang: Lang = lang.parse().map_err(anyhow::Error::msg)?;
            let Some(model) = cronica_ner::NerModel::embedded(lang) else {
                bail!("no entity model for {lang}")
            };
            let report = cronica_ner::eval::run(model, &file, None)
                .with_context(|| format!("cannot score {}", file.display()))?;
            outln!("{}", report.lines().trim_end());
        }
    }
    Ok(exit::OK)
}

/// Words per second of the whole extract pipeline (ingest excluded: documents are
/// read once, then analysed `repeat` times; the first pass warms up).
fn cmd_bench(paths: &[PathBuf], repeat: usize) -> Result<u8> {
    check_paths(paths)?;
    let docs: Vec<_> = read_paths(paths, &IngestOptions::default())
        .filter_map(|d| d.ok())
        .collect();
    if docs.is_empty() {
        bail!("no readable documents under the given paths");
    }
    let words: usize = docs.iter().map(|d| word_count(&d.text)).sum();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let pipeline = Pipeline::default();
    let mut best = f64::INFINITY;
    let mut total = 0.0;
    let mut times = cronica_pipeline::StageTimes::default();
    let passes = repeat.max(1);
    for pass in 0..=passes {
        let t = Instant::now();
        let mut pass_times = cronica_pipeline::StageTimes::default();
        for d in &docs {
            std::hint::black_box(pipeline.analyse_timed(d.clone(), &mut pass_times));
        }
        let secs = t.elapsed().as_secs_f64();
        if pass > 0 {
            best = best.min(secs);
            total += secs;
            for (stage, d) in pass_times.stages {
                times.add(stage, d);
            }
        }
    }
    let mean = total / passes as f64;
    outln!("documents: {}", docs.len());
    outln!("words: {words}");
    outln!("bytes: {bytes}");
    outln!("passes: {passes}");
    let all = times.total().as_secs_f64().max(f64::MIN_POSITIVE);
    for (stage, d) in &times.stages {
        outln!("share[{stage}]: {:.3}", d.as_secs_f64() / all);
    }
    outln!("seconds_mean: {mean:.4}");
    outln!("mb_per_s: {:.2}", bytes as f64 / mean / 1e6);
    outln!("words_per_s_best: {:.0}", words as f64 / best);
    outln!("words_per_s: {:.0}", words as f64 / mean);
    Ok(exit::OK)
}

fn cmd_inspect(paths: &[PathBuf], stage: Option<&str>) -> Result<u8> {
    check_paths(paths)?;
    let pipeline = Pipeline::default();
    let mut o = io::stdout().lock();
    for doc in read_paths(paths, &IngestOptions::default()) {
        let a = match doc {
            Ok(d) => pipeline.analyse(d),
            Err(d) => {
                eprintln!("{d}");
                continue;
            }
        };
        let mut v = serde_json::to_value(&a)?;
        if let Some(obj) = v.as_object_mut() {
            if let Some(doc) = obj.get_mut("document").and_then(|d| d.as_object_mut()) {
                doc.remove("text");
            }
            // sentences: text instead of tokens, easier to read
            if let Some(ss) = obj.get_mut("sentences").and_then(|s| s.as_array_mut()) {
                for (s, sent) in ss.iter_mut().zip(&a.sentences) {
                    *s = serde_json::json!({"article": sent.article, "start": sent.span.start, "end": sent.span.end, "text": sent.span.text(&a.document.text)});
                }
            }
        }
        let v = match stage {
            Some(k) => v.get(k).cloned().with_context(|| format!("no stage {k:?}: use articles, sentences, entities, times, places, events or diagnostics"))?,
            None => v,
        };
        serde_json::to_writer_pretty(&mut o, &v)?;
        writeln!(o)?;
    }
    Ok(exit::OK)
}
