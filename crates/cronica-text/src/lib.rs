//! Text stage: sentence splitting, tokenisation, word normalisation and number
//! words for English, Spanish and Portuguese. Every output carries byte spans
//! into the original text.

pub mod bodies;
pub mod compass;
pub mod fold;
pub mod menus;
pub mod numbers;
pub mod participles;
pub mod sentences;
pub mod tokens;

pub use bodies::{is_body_word, is_name_particle};
pub use compass::is_compass_word;
pub use fold::{fold, is_first_person_plural_verb};
pub use menus::{is_correction_note, is_menu_row, is_see_also};
pub use numbers::{parse_count, CountPhrase};
pub use participles::{carries_participle, is_participle};
pub use sentences::RuleSentenceSplitter;
pub use tokens::tokenize;
