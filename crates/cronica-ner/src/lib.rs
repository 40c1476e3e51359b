//! cronica ner stage.
