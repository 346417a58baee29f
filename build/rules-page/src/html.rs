//! The little HTML the page needs: text escaped once, here, and never written raw.

use std::fmt::Write;

/// `text` safe inside an element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A page being written. Tags are ours; every piece of text goes through [`escape`].
#[derive(Default)]
pub struct Html(pub String);

impl Html {
    /// Markup we wrote ourselves (tags, never knowledge text).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Knowledge or case text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.0.push_str(&escape(text));
        self
    }

    /// `<tag>text</tag>`, the text escaped. `tag` may carry attributes (`p class="x"`).
    pub fn el(&mut self, tag: &str, text: &str) -> &mut Self {
        let name = tag.split(' ').next().unwrap_or(tag);
        let _ = write!(self.0, "<{tag}>{}</{name}>", escape(text));
        self
    }

    /// Opens one rule: `<article id="{kind}-{id}">` with its title and id as a heading, then the
    /// `<dl>` of its entries (the caller closes both).
    pub fn rule(&mut self, kind: &str, id: &str, title: &str) -> &mut Self {
        let id = escape(id);
        let _ = write!(
            self.0,
            "<article class=\"rule\" id=\"{kind}-{id}\"><h3>{} <code>{id}</code></h3><dl>",
            escape(title)
        );
        self
    }

    /// A term and its description in a `<dl>`, the description already written as markup.
    pub fn entry(&mut self, term: &str, markup: &str) -> &mut Self {
        let _ = write!(self.0, "<dt>{}</dt><dd>{markup}</dd>", escape(term));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knowledge_text_never_becomes_markup() {
        assert_eq!(
            escape(r#"<b>"x" & 'y'</b>"#),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
        let mut page = Html::default();
        page.el("p class=\"n\"", "a < b");
        assert_eq!(page.0, "<p class=\"n\">a &lt; b</p>");
    }
}
