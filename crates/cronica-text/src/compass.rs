//! Words that name a part of a country or a region by the compass.

/// Whether `folded` (lower case, accents removed) names a direction or a part by
/// the compass in English, Spanish or Portuguese: "western", "northeastern",
/// "norte", "sul", "noroeste". Spanish "este" (also "this") is left out.
pub fn is_compass_word(folded: &str) -> bool {
    matches!(
        folded,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "norte"
            | "sur"
            | "sul"
            | "oeste"
            | "leste"
            | "noroeste"
            | "nordeste"
            | "noreste"
            | "sudeste"
            | "sureste"
            | "suroeste"
            | "sudoeste"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_in_three_languages() {
        for w in ["western", "norte", "sul", "noroeste", "southeastern"] {
            assert!(is_compass_word(w), "{w}");
        }
        for w in ["este", "central", "westminster"] {
            assert!(!is_compass_word(w), "{w}");
        }
    }
}
