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

#[cfg(test)]
mod tests {
    use super::*;

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
