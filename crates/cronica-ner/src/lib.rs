//! Statistical named-entity tagger for English, Spanish and Portuguese.
//!
//! An averaged perceptron over hashed features (words, shapes, affixes, neighbours and the
//! two previous labels) decodes BIO labels greedily, left to right, and a second one, the
//! chunk classifier, picks PER, ORG, LOC or MISC for each name it found. The models are trained in this crate ([`train`]) from openly licensed data,
//! committed under `models/` and embedded in the binary ([`NerModel::embedded`]).
//! [`eval`] scores any model on CoNLL-like or HAREM JSON gold sets.

use std::path::PathBuf;

pub mod data;
pub mod eval;
mod features;
pub mod label;
mod lexicon;
mod model;
mod tagger;
pub mod train;
mod typer;

pub use data::Format;
pub use eval::NerEvalReport;
pub use label::{Class, Label};
pub use lexicon::{is_function_word, is_given_name, is_person_title};
pub use model::NerModel;
pub use tagger::{tag_sentences, PerceptronTagger};

/// Errors of reading data, training and loading models.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot parse {path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("bad model: {0}")]
    BadModel(String),
    #[error("no training sentences in the inputs")]
    NoData,
    #[error("bad training options: {0}")]
    Options(String),
}
