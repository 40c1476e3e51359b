//! cronica time stage.
