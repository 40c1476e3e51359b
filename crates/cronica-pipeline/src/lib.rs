//! cronica pipeline stage.
