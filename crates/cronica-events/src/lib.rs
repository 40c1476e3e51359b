//! cronica events stage.
