//! cronica geo stage.
