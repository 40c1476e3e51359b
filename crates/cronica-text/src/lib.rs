//! cronica text stage.
