//! cronica ingest stage.
