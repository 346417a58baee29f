//! The screens' words (knowledge/lang/<language>/screens.toml) as Rust: a module a section, a
//! constant a text, and a function for each text with {blanks}, taking them by name; `ALL`
//! holds a section's texts as written, by key. Every
//! language must have the English file's sections, keys and blanks, so a translation that
//! misses or misspells one stops the build, naming it, instead of showing a hole to a patient.

use std::collections::BTreeSet;
use toml::{Table, Value};

/// The Rust source of `texts` (the screens' words in one language), checked against `english`.
pub fn rust_source(english: &str, lang: &str, texts: &str) -> Result<String, String> {
    let english = sections(english).map_err(|e| format!("knowledge/lang/en/screens.toml: {e}"))?;
    let file = format!("knowledge/lang/{lang}/screens.toml");
    let texts = sections(texts).map_err(|e| format!("{file}: {e}"))?;
    let mut rust = String::from("// Generated from the screens' words by build.rs.\n");
    for (section, keys) in &english {
        let Some(translated) = texts.iter().find(|(s, _)| s == section).map(|(_, k)| k) else {
            return Err(format!("{file}: section [{section}] is missing"));
        };
        rust.push_str(&format!("pub mod {section} {{\n"));
        // Every text of the section as written, blanks and all, for words looked up by key.
        let all: Vec<String> = keys
            .iter()
            .filter_map(|(key, _)| translated.iter().find(|(k, _)| k == key))
            .map(|(key, text)| format!("({key:?}, {text:?})"))
            .collect();
        rust.push_str(&format!(
            "    pub const ALL: &[(&str, &str)] = &[{}];\n",
            all.join(", ")
        ));
        for (key, english_text) in keys {
            let at = format!("{file}: [{section}] `{key}`");
            let text = translated
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, t)| t)
                .ok_or_else(|| format!("{at}: no translation"))?;
            if text.trim().is_empty() {
                return Err(format!("{at}: the translation is empty"));
            }
            let wanted = blanks(english_text);
            if blanks(text).into_iter().collect::<BTreeSet<_>>()
                != wanted.iter().cloned().collect::<BTreeSet<_>>()
            {
                return Err(format!("{at}: must hold the blanks {wanted:?}, each once"));
            }
            if wanted.is_empty() {
                rust.push_str(&format!(
                    "    pub const {}: &str = {text:?};\n",
                    key.to_ascii_uppercase()
                ));
            } else {
                // Pieces joined, not `format!`: each formatting call costs the wasm code, and
                // these texts only ever put words in place.
                let args: Vec<String> = wanted.iter().map(|b| format!("{b}: &str")).collect();
                rust.push_str(&format!(
                    "    pub fn {key}({}) -> String {{\n        [{}].concat()\n    }}\n",
                    args.join(", "),
                    pieces(text).join(", ")
                ));
            }
        }
        for (key, _) in translated {
            if !keys.iter().any(|(k, _)| k == key) {
                return Err(format!(
                    "{file}: [{section}] `{key}`: English has no such text"
                ));
            }
        }
        rust.push_str("}\n");
    }
    for (section, _) in &texts {
        if !english.iter().any(|(s, _)| s == section) {
            return Err(format!(
                "{file}: section [{section}]: English has no such section"
            ));
        }
    }
    Ok(rust)
}

/// Each section's texts, in the file's order.
type Sections = Vec<(String, Vec<(String, String)>)>;

fn sections(text: &str) -> Result<Sections, String> {
    let table: Table = toml::from_str(text).map_err(|e| format!("not valid TOML: {e}"))?;
    let name_ok = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    let mut found = Vec::new();
    for (section, keys) in table {
        let Value::Table(keys) = keys else {
            return Err(format!("`{section}` should be a [section] of texts"));
        };
        let mut texts = Vec::new();
        for (key, value) in keys {
            let Value::String(value) = value else {
                return Err(format!("[{section}] `{key}`: give the text in quotes"));
            };
            if !name_ok(&key) || !name_ok(&section) {
                return Err(format!("[{section}] `{key}`: name it with a-z, 0-9 and _"));
            }
            if value.contains(['{', '}']) && !blanks_well_formed(&value) {
                return Err(format!(
                    "[{section}] `{key}`: a {{blank}} is not closed, or not a name"
                ));
            }
            texts.push((key, value));
        }
        found.push((section, texts));
    }
    Ok(found)
}

/// A text as Rust expressions to join: its words as literals, its blanks as the arguments.
fn pieces(text: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        let (name, after) = after.split_once('}').unwrap_or((after, ""));
        if !before.is_empty() {
            pieces.push(format!("{before:?}"));
        }
        pieces.push(name.to_string());
        rest = after;
    }
    if !rest.is_empty() {
        pieces.push(format!("{rest:?}"));
    }
    pieces
}

/// The names of the {blanks} in a text, in order, each once.
fn blanks(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for part in text.split('{').skip(1) {
        if let Some((name, _)) = part.split_once('}') {
            if !found.iter().any(|f| f == name) {
                found.push(name.to_string());
            }
        }
    }
    found
}

fn blanks_well_formed(text: &str) -> bool {
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return false;
        }
        let Some(close) = rest[open..].find('}') else {
            return false;
        };
        let name = &rest[open + 1..open + close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return false;
        }
        rest = &rest[open + close + 1..];
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "[start]\ntitle = \"Hello\"\nmade_for = \"Made for {clinic}.\"\n";

    #[test]
    fn texts_become_constants_and_blanks_functions() {
        let es = "[start]\ntitle = \"Hola\"\nmade_for = \"Hecho para {clinic}.\"\n";
        let rust = rust_source(EN, "es", es).unwrap();
        assert!(rust.contains("pub const TITLE: &str = \"Hola\";"), "{rust}");
        assert!(
            rust.contains("pub fn made_for(clinic: &str) -> String"),
            "{rust}"
        );
        assert!(
            rust.contains("[\"Hecho para \", clinic, \".\"].concat()"),
            "{rust}"
        );
    }

    #[test]
    fn a_missing_stray_or_broken_text_is_refused_by_name() {
        let missing = rust_source(EN, "es", "[start]\ntitle = \"Hola\"\n").unwrap_err();
        assert_eq!(
            missing,
            "knowledge/lang/es/screens.toml: [start] `made_for`: no translation"
        );
        let blank = rust_source(
            EN,
            "es",
            "[start]\ntitle = \"Hola\"\nmade_for = \"Hecho.\"\n",
        );
        assert!(blank
            .unwrap_err()
            .contains("must hold the blanks [\"clinic\"]"));
        let stray = "[start]\ntitle = \"Hola\"\nmade_for = \"{clinic}\"\nextra = \"x\"\n";
        assert!(rust_source(EN, "es", stray)
            .unwrap_err()
            .contains("`extra`: English has no such text"));
        let broken = "[start]\ntitle = \"Hola {\"\nmade_for = \"{clinic}\"\n";
        assert!(rust_source(EN, "es", broken)
            .unwrap_err()
            .contains("not closed"));
        let section = "[begin]\ntitle = \"Hola\"\n";
        assert!(rust_source(EN, "es", section)
            .unwrap_err()
            .contains("section [start] is missing"));
    }
}
