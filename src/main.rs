//! `cronica`: the command line. Parsing and printing only; the work is done by
//! the engine crates.

mod args;
mod commands;

use std::process::ExitCode;

use clap::Parser;

/// The whole pipeline allocates many small, short-lived strings and vectors per
/// sentence; mimalloc serves them faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes, one table for the whole program.
pub mod exit {
    /// Everything went through.
    pub const OK: u8 = 0;
    /// A fatal error: nothing or only part of the work was done.
    pub const FAILED: u8 = 1;
    /// The command line was wrong (clap's own code).
    pub const USAGE: u8 = 2;
    /// The run finished, but some documents were skipped (see the report).
    pub const SKIPPED: u8 = 3;
    /// What was asked for is not there (an event id, an input path).
    pub const NOT_FOUND: u8 = 4;
}

/// Whether an error is the reader of our output going away (`| head`).
fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let broken = std::io::ErrorKind::BrokenPipe;
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == broken)
        || e.downcast_ref::<serde_json::Error>()
            .is_some_and(|j| j.io_error_kind() == Some(broken))
        || e.downcast_ref::<csv::Error>()
            .is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == broken))
}

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CRONICA_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // A closed pipe (`cronica events | head`) is not an error.
            if e.chain().any(is_broken_pipe) {
                return ExitCode::from(exit::OK);
            }
            eprintln!("cronica: error: {e:#}");
            ExitCode::from(exit::FAILED)
        }
    }
}
