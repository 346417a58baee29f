//! Texts in another language: one set of rules, texts beside them per language.
//!
//! `knowledge/*.toml` holds the rules and their English texts. `knowledge/lang/<code>/<file>.toml`
//! holds a translation of one file's texts and nothing else, keyed by where each text sits:
//! `[question.age_group]` then `text = "…"`, `[question.age_group.options.under_8]` then
//! `label = "…"`. [`translate`] puts those texts in place of the English ones, so the ids,
//! triggers and weights a translated build runs on are the English build's, by construction.
//! A missing, empty or stray translation is refused, naming the file, the item and the field.

use serde_json::{Map, Value};
use std::fmt;

/// The fields that hold words a patient reads; every other field is a rule, an id or a number.
pub const TEXT_FIELDS: [&str; 13] = [
    "name",
    "medical_name",
    "description",
    "text",
    "how",
    "checklist",
    "why",
    "yes",
    "no",
    "label",
    "says",
    "title",
    "action",
];

/// Tables whose every string is a text: meta.toml's `[words]`.
pub const TEXT_TABLES: [&str; 1] = ["words"];

/// The knowledge files that hold texts; `sources` keeps its titles as published.
pub const TRANSLATED_FILES: [&str; 6] = [
    "meta",
    "regions",
    "conditions",
    "questions",
    "red_flags",
    "advice",
];

/// Why a translation was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationError {
    pub lang: String,
    pub file: String,
    /// Where the text sits, e.g. `question.age_group.options.under_8`; empty for the whole file.
    pub item: String,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for TranslationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "knowledge/lang/{}/{}.toml", self.lang, self.file)?;
        if !self.item.is_empty() {
            write!(f, ": `{}`", self.item)?;
        }
        if !self.field.is_empty() {
            write!(f, ", field `{}`", self.field)?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for TranslationError {}

/// `english` (a knowledge file as JSON) with every text replaced by its translation in `texts`
/// (the translation file as JSON).
pub fn translate(
    lang: &str,
    file: &str,
    english: &str,
    texts: &str,
) -> Result<String, TranslationError> {
    let refuse = |item: &str, field: &str, problem: String| TranslationError {
        lang: lang.into(),
        file: file.into(),
        item: item.into(),
        field: field.into(),
        problem,
    };
    let mut rules: Value = serde_json::from_str(english)
        .map_err(|e| refuse("", "", format!("the English file cannot be read: {e}")))?;
    let mut texts: Value =
        serde_json::from_str(texts).map_err(|e| refuse("", "", format!("cannot be read: {e}")))?;
    let (Some(rules_table), Some(texts_table)) = (rules.as_object_mut(), texts.as_object_mut())
    else {
        return Err(refuse("", "", "should hold tables of texts".into()));
    };
    replace_texts(rules_table, texts_table, "", false)
        .map_err(|(item, field, problem)| refuse(&item, &field, problem))?;
    serde_json::to_string(&rules).map_err(|e| refuse("", "", e.to_string()))
}

/// Where a problem is: the item, the field and what is wrong.
type Fault = (String, String, String);

/// Replaces the texts of `rules` (the table at `at`) with those in `texts`, taking each one it
/// uses out of `texts`, and refuses what is left over: a text with no place in the rules.
fn replace_texts(
    rules: &mut Map<String, Value>,
    texts: &mut Map<String, Value>,
    at: &str,
    all_text: bool,
) -> Result<(), Fault> {
    for (key, value) in rules.iter_mut() {
        match value {
            Value::String(english) if all_text || TEXT_FIELDS.contains(&key.as_str()) => {
                match texts.remove(key) {
                    Some(Value::String(text)) if !text.trim().is_empty() => *english = text,
                    Some(Value::String(_)) => {
                        return Err((at.into(), key.clone(), "the translation is empty".into()))
                    }
                    Some(_) => {
                        return Err((at.into(), key.clone(), "give the text in quotes".into()))
                    }
                    None => return Err((at.into(), key.clone(), "no translation".into())),
                }
            }
            Value::Object(table) => {
                let mut inner = take_table(texts, key, at)?;
                let all_text = TEXT_TABLES.contains(&key.as_str());
                replace_texts(table, &mut inner, &join(at, key), all_text)?;
                refuse_leftovers(&inner, &join(at, key))?;
            }
            Value::Array(items) if is_list_of_items(items) => {
                let mut by_id = take_table(texts, key, at)?;
                for item in items.iter_mut() {
                    let Some(table) = item.as_object_mut() else {
                        continue;
                    };
                    let id = id_of(table);
                    let here = join(&join(at, key), &id);
                    let mut inner = take_table(&mut by_id, &id, &join(at, key))?;
                    replace_texts(table, &mut inner, &here, false)?;
                    refuse_leftovers(&inner, &here)?;
                }
                refuse_leftovers(&by_id, &join(at, key))?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// A list whose entries each have an `id`: its translations are keyed by that id.
fn is_list_of_items(items: &[Value]) -> bool {
    !items.is_empty() && items.iter().all(|item| item.get("id").is_some())
}

fn id_of(table: &Map<String, Value>) -> String {
    match table.get("id") {
        Some(Value::String(id)) => id.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The table `key` of `texts`, taken out; an empty one if there is none (a rule table without
/// texts has no translation, and a missing text is reported where it is missed).
fn take_table(
    texts: &mut Map<String, Value>,
    key: &str,
    at: &str,
) -> Result<Map<String, Value>, Fault> {
    match texts.remove(key) {
        None => Ok(Map::new()),
        Some(Value::Object(table)) => Ok(table),
        Some(_) => Err((at.into(), key.into(), "should be a table of texts".into())),
    }
}

fn refuse_leftovers(texts: &Map<String, Value>, at: &str) -> Result<(), Fault> {
    match texts.keys().next() {
        None => Ok(()),
        Some(key) => Err((
            at.into(),
            key.clone(),
            "the English file has no text here: a misspelt id or field, or one since removed"
                .into(),
        )),
    }
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.into()
    } else {
        format!("{at}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"{"question":[{"id":"age","text":"How old?","sources":[1],
        "options":[{"id":"young","label":"Young","says":"Is young"}],
        "effects":[{"answer":"young","on":"x","weight":"+"}]}]}"#;

    fn texts(label: &str) -> String {
        format!(
            r#"{{"question":{{"age":{{"text":"¿Qué edad?","options":{{"young":{{"label":{label},"says":"Es joven"}}}}}}}}}}"#
        )
    }

    #[test]
    fn texts_are_replaced_and_rules_kept() {
        let out = translate("es", "questions", RULES, &texts("\"Joven\"")).unwrap();
        let value: Value = serde_json::from_str(&out).unwrap();
        let question = &value["question"][0];
        assert_eq!(question["text"], "¿Qué edad?");
        assert_eq!(question["options"][0]["label"], "Joven");
        assert_eq!(question["options"][0]["id"], "young");
        assert_eq!(question["effects"][0]["weight"], "+");
        assert_eq!(question["sources"][0], 1);
    }

    #[test]
    fn a_missing_empty_or_stray_text_is_refused_by_file_item_and_field() {
        let missing = r#"{"question":{"age":{"text":"¿Qué edad?"}}}"#;
        let error = translate("es", "questions", RULES, missing).unwrap_err();
        assert_eq!(
            error.to_string(),
            "knowledge/lang/es/questions.toml: `question.age.options.young`, field `label`: no translation"
        );
        let empty = translate("es", "questions", RULES, &texts("\" \"")).unwrap_err();
        assert_eq!(
            (empty.item.as_str(), empty.field.as_str()),
            ("question.age.options.young", "label")
        );
        let stray = texts("\"Joven\"").replace("\"says\"", "\"said\":\"Dijo\",\"says\"");
        let error = translate("es", "questions", RULES, &stray).unwrap_err();
        assert_eq!(error.field, "said");
        let stray_id = texts("\"Joven\"").replace("{\"question\":{", "{\"question\":{\"agge\":{},");
        let error = translate("es", "questions", RULES, &stray_id).unwrap_err();
        assert_eq!(
            (error.item.as_str(), error.field.as_str()),
            ("question", "agge")
        );
    }
}
