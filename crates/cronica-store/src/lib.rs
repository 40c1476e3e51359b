//! cronica store stage.
