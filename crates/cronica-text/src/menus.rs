//! Lines of a web page's furniture that read like text: a menu of short items
//! between bars ("Início | Quem somos | Campanhas | Agenda | Apoiar") and a
//! breadcrumb ("Press releases > Guinea-Bissau").

/// Whether `line` is a menu of at least four short items between bars or dots,
/// or a breadcrumb of short items between arrows.
pub fn is_menu_row(line: &str) -> bool {
    let short = |item: &&str, most: usize| {
        (1..=most).contains(&item.split_whitespace().count()) && !item.ends_with(['.', '!', '?'])
    };
    let crumbs: Vec<&str> = line.split(['>', '»', '›']).map(str::trim).collect();
    if [" > ", " » ", " › "].iter().any(|d| line.contains(d))
        && crumbs.len() >= 2
        && crumbs.iter().all(|i| short(i, 4))
    {
        return true;
    }
    let items: Vec<&str> = line.split(['|', '·', '•']).map(str::trim).collect();
    items.len() >= 4 && items.iter().all(|i| short(i, 3))
}

/// Whether `line` is a link to another story, its head and the story's headline
/// after a colon ("Lea también: Ucopech amenaza con cerrar la bocana", "Read also:
/// ...").
pub fn is_see_also(line: &str) -> bool {
    const HEADS: &[&str] = &[
        "read also",
        "also read",
        "read more",
        "also on",
        "more on this",
        "see also",
        "related",
        "you may also like",
        "lee tambien",
        "lea tambien",
        "leer mas",
        "te puede interesar",
        "leia tambem",
        "veja tambem",
        "leia mais",
    ];
    line.split_once(':').is_some_and(|(head, rest)| {
        HEADS.contains(&crate::fold(head.trim()).as_str()) && !rest.trim().is_empty()
    })
}

/// Whether `line` is a correction note about an earlier version of the story
/// ("Corrección (15.20): una versión anterior de esta información atribuía ...",
/// "Correction: An earlier version of this article said ..."): it tells of the
/// text, not of events.
pub fn is_correction_note(line: &str) -> bool {
    const HEADS: &[&str] = &[
        "correction",
        "corrections",
        "correccion",
        "correcao",
        "errata",
        "fe de erratas",
        "clarification",
        "aclaracion",
        "esclarecimento",
        "nota de correcao",
        "editor's note",
        "nota del editor",
        "nota do editor",
    ];
    let head = line
        .split([':', '('])
        .next()
        .map(|h| crate::fold(h.trim()))
        .unwrap_or_default();
    line.len() > head.len() + 1 && HEADS.contains(&head.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_other_stories() {
        assert!(is_see_also(
            "Lea también: Ucopech amenaza con cerrar la bocana de Dos Bocas"
        ));
        assert!(is_see_also(
            "Leia também: Chaves: feira do fumeiro bate recorde"
        ));
        assert!(!is_see_also(
            "Latest: police say nine people were arrested."
        ));
        assert!(!is_see_also("Read also"));
        assert!(is_see_also(
            "Also read: Hyderabad by-election: gunmen open fire on voters"
        ));
        assert!(is_correction_note(
            "Corrección (15.20): una versión anterior de esta información atribuía la cifra"
        ));
        assert!(is_correction_note(
            "Correction: An earlier version misstated the toll."
        ));
        assert!(!is_correction_note("Correctional officers fired tear gas."));
    }

    #[test]
    fn menus_and_breadcrumbs_but_not_text() {
        assert!(is_menu_row(
            "Início | Quem somos | Campanhas | Agenda | Apoiar"
        ));
        assert!(is_menu_row("Press releases > Guinea-Bissau"));
        assert!(is_menu_row("Inicio » Noticias » Perú"));
        assert!(!is_menu_row(
            "Publicado a 21 de outubro | Partilhar: Facebook | X"
        ));
        assert!(!is_menu_row("Prices rose > 5% in May, the bank said."));
    }
}
