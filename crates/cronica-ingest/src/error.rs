//! Why a document could not be read.
//!
//! Every failure of the ingest stage is one of these; the reader turns each into
//! a [`Diagnostic`] naming the input, so a bad document is reported and the
//! batch goes on.

use cronica_types::{Diagnostic, StageName};

/// A reason a single input was not turned into a document.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("cannot read: {0} (check the path and its permissions)")]
    Io(#[from] std::io::Error),
    #[error("empty document: no text to read (remove the file or give it content)")]
    Empty,
    #[error("binary data, not text ({0}); pass text, Markdown, HTML or JSON Lines files only")]
    Binary(String),
    #[error(
        "document is {size} bytes, over the {limit}-byte limit; split it or raise the size limit"
    )]
    TooLarge { size: usize, limit: usize },
    #[error("line {line} is {len} bytes long, over the {limit}-byte line limit; this looks like data, not prose")]
    HugeLine {
        line: usize,
        len: usize,
        limit: usize,
    },
    #[error("bad JSON line: {0}; each line must be an object with a \"text\" string")]
    BadJson(String),
    #[error("no main text found in the HTML page; check that it is an article page")]
    NoHtmlText,
    #[error("undecodable text: {0}; save it as UTF-8")]
    Encoding(String),
    #[error("unsupported file type {0:?}: skipped (supported: .txt, .md, .html, .htm, .jsonl)")]
    Unsupported(String),
}

impl IngestError {
    /// The diagnostic reported for this failure at `origin`.
    pub fn to_diagnostic(&self, origin: &str) -> Diagnostic {
        match self {
            IngestError::Unsupported(_) => {
                Diagnostic::warning(origin, StageName::Ingest, self.to_string())
            }
            _ => Diagnostic::error(origin, StageName::Ingest, self.to_string()),
        }
    }
}

/// Result of reading one input.
pub type Result<T> = std::result::Result<T, IngestError>;
