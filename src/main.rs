//! `cronica`: the command line. Parsing and printing only; the work is done by
//! the engine crates.

mod args;
mod commands;

use std::process::ExitCode;

use clap::Parser;

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
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::from(exit::OK);
            }
            eprintln!("cronica: error: {e:#}");
            ExitCode::from(exit::FAILED)
        }
    }
}
