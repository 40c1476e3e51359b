use serde::{Deserialize, Serialize};
use std::fmt;

/// The pipeline stages, as named in diagnostics and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum StageName {
    Ingest,
    Articles,
    Language,
    Sentences,
    Entities,
    Time,
    Places,
    Events,
    Store,
}

impl fmt::Display for StageName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned));
        f.write_str(s.as_deref().unwrap_or("?"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was guessed or dropped; the document was still read.
    Warning,
    /// The document (or this stage of it) was skipped.
    Error,
}

/// A typed report about one document at one stage. A bad document yields one of
/// these and the batch goes on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The document's origin (path, `-`, `file.jsonl:12`).
    pub origin: String,
    /// The document id, when it got that far.
    pub document: Option<String>,
    pub stage: StageName,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} [{}]: {}",
            self.origin,
            self.severity_word(),
            self.stage,
            self.message
        )
    }
}

impl Diagnostic {
    fn severity_word(&self) -> &'static str {
        match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn error(origin: impl Into<String>, stage: StageName, message: impl Into<String>) -> Self {
        Diagnostic {
            origin: origin.into(),
            document: None,
            stage,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub fn warning(
        origin: impl Into<String>,
        stage: StageName,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(origin, stage, message)
        }
    }

    pub fn with_document(mut self, id: impl Into<String>) -> Self {
        self.document = Some(id.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn display_names_file_and_stage() {
        let d = Diagnostic::error("a/b.txt", StageName::Ingest, "not text");
        assert_eq!(d.to_string(), "a/b.txt: error [ingest]: not text");
    }
}
