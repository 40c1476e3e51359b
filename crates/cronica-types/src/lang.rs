use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The languages cronica reads natively; everything else is `Other`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
    Pt,
    Other,
}

impl Lang {
    pub fn code(&self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Other => "other",
        }
    }

    /// The three languages with rules and models.
    pub const READ: [Lang; 3] = [Lang::En, Lang::Es, Lang::Pt];
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown language {0:?}: expected en, es, pt or other")]
pub struct UnknownLang(String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "eng" | "english" => Ok(Lang::En),
            "es" | "spa" | "spanish" | "español" => Ok(Lang::Es),
            "pt" | "por" | "portuguese" | "português" | "pt-br" | "pt_br" => Ok(Lang::Pt),
            "other" => Ok(Lang::Other),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parses_codes() {
        assert_eq!("ES".parse::<Lang>().unwrap(), Lang::Es);
        assert_eq!("pt-BR".parse::<Lang>().unwrap(), Lang::Pt);
        assert!("xx".parse::<Lang>().is_err());
    }
}
