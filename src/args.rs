//! Command-line arguments (raw layer); `commands` validates and acts on them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const ABOUT: &str = "Turns news articles and political statements (English, Spanish, Portuguese) into a dated, \
geocoded, sourced event database: who did what to whom, where, when, how many were killed, injured or \
arrested, and who says so.";

const AFTER: &str = "Examples:
  cronica run examples/corpus                      read a folder into ./cronica.db and print the timeline
  cronica extract article.txt --format jsonl       events of one file as JSON Lines, no store
  cronica extract news.jsonl --format csv > e.csv  JSON Lines input, CSV with ACLED column names
  cronica events --country PE --from 2022-12-01 --type ASSAULT
  cronica show 3f9a1c                              one event, its sentence highlighted, its article
  cronica eval time dates.jsonl                    score the date stage
  cronica bench examples/corpus                    words per second of the whole pipeline

Exit codes: 0 done; 1 failed; 2 bad command line; 3 done, but some documents were skipped;
4 not found.";

#[derive(Debug, Parser)]
#[command(name = "cronica", version, about = ABOUT, after_help = AFTER)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One event per line, every field.
    Jsonl,
    /// ACLED's column names first, then cronica's.
    Csv,
    /// A timeline for reading.
    Table,
    /// A FeatureCollection of the events that have coordinates.
    Geojson,
    /// iCalendar: planned actions (rallies, strikes, meetings) as all-day events.
    Ics,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// By file extension (.jsonl is JSON Lines; .html, .htm, .md, .txt).
    Auto,
    /// Every input is JSON Lines of {id?, url?, title?, date?, lang?, text}.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct StoreArgs {
    /// The store (a SQLite file).
    #[arg(long, default_value = "cronica.db", value_name = "PATH")]
    pub db: PathBuf,
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or directories (read recursively); `-` reads standard input.
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub input_format: InputFormat,
    /// Skip documents larger than this many bytes.
    #[arg(long, default_value_t = 20_000_000, value_name = "BYTES")]
    pub max_bytes: usize,
    /// Drop events below this confidence (0-1).
    #[arg(long, default_value_t = 0.5, value_name = "X")]
    pub min_confidence: f32,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read documents into the store and print the timeline of their events.
    #[command(
        after_help = "Example:\n  cronica run examples/corpus --db corpus.db\n\nRe-running on the same files stores nothing twice; an interrupted run resumes."
    )]
    Run {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        store: StoreArgs,
        /// Print the timeline in this format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
        /// Do not print the timeline, only the report.
        #[arg(long)]
        quiet: bool,
    },
    /// Extract events and write them to standard output (no store).
    #[command(
        after_help = "Example:\n  cronica extract ../seeds/*.txt --format jsonl > events.jsonl"
    )]
    Extract {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
        format: OutputFormat,
    },
    /// List events in the store.
    #[command(
        after_help = "Example:\n  cronica events --country PE --from 2022-12-01 --type ASSAULT --format csv"
    )]
    Events {
        #[command(flatten)]
        store: StoreArgs,
        /// ISO 3166-1 alpha-2 country code.
        #[arg(long)]
        country: Option<String>,
        /// PLOVER type (ASSAULT, PROTEST, COERCE, ...).
        #[arg(long = "type", value_name = "TYPE")]
        event_type: Option<String>,
        /// Events on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Events on or before this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// Events of one document (its name).
        #[arg(long)]
        doc: Option<String>,
        /// occurred, planned, claimed or hypothetical.
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        limit: Option<usize>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
    },
    /// Show one event: its fields, its sentence highlighted, and the article around it.
    #[command(after_help = "Example:\n  cronica show 3f9a1c   (an id or the start of one)")]
    Show {
        /// Event id (or a unique prefix).
        id: String,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Print everything every stage read from documents, as JSON (articles, sentences,
    /// entities, dates, places, events, diagnostics).
    #[command(after_help = "Example:\n  cronica inspect article.txt --stage entities")]
    Inspect {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Only this part: articles, sentences, entities, times, places, events, diagnostics.
        #[arg(long)]
        stage: Option<String>,
    },
    /// Score a stage against gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Measure the whole extract pipeline in words per second.
    #[command(after_help = "Example:\n  cronica bench examples/corpus --repeat 5")]
    Bench {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Passes over the inputs (the first one warms up and is not counted).
        #[arg(long, default_value_t = 3)]
        repeat: usize,
    },
    /// Train a model.
    #[command(subcommand)]
    Train(TrainCommand),
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Date expressions: items {lang, text, expr?, ref_time, value, values}.
    Time {
        file: PathBuf,
        /// List every miss.
        #[arg(long)]
        show_misses: bool,
    },
    /// Events: extract from PATHS and score against GOLD (JSON Lines of gold events),
    /// as `score_events.py` does.
    #[command(
        after_help = "Example:\n  cronica eval events ../shared/seeds/seeds-gold.jsonl ../shared/seeds/*.txt"
    )]
    Events {
        gold: PathBuf,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// List the gold events no prediction matched.
        #[arg(long)]
        show_misses: bool,
    },
    /// Event-type accuracy per sentence: PLOVER gold records (JSON) or the Spanish
    /// protest validation set (XML).
    Plover {
        file: PathBuf,
        /// List the sentences counted wrong.
        #[arg(long)]
        show_misses: bool,
    },
    /// Place resolution: documents with gold toponym spans.
    Geo {
        file: PathBuf,
        /// List every toponym resolved more than 161 km from its gold point.
        #[arg(long)]
        show_misses: bool,
    },
    /// Entity tagger: CoNLL files or the HAREM JSON.
    Ner {
        #[arg(long)]
        lang: String,
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum TrainCommand {
    /// Train the entity tagger.
    #[command(
        after_help = "Example:\n  cronica train ner --lang es ../data/ner/wikiann/es/train --out crates/cronica-ner/models/es.bin"
    )]
    Ner {
        #[arg(long)]
        lang: String,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 5)]
        epochs: usize,
        #[arg(long, default_value_t = 7)]
        seed: u64,
    },
}
