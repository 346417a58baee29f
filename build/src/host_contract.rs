//! The host contract (web/host-contract.json) as Rust: `ATTRIBUTES` for src/config.rs and one
//! constant an event for src/browser/events.rs, named after the event (`heel-triage:booking-click`
//! becomes `BOOKING_CLICK`). The scripts get the same file through web/post-build.mjs.

use serde_json::Value;

const EVENT_PREFIX: &str = "heel-triage:";

/// The Rust source for the attributes and for the events, or what is wrong with the contract.
pub fn rust_sources(json: &str) -> Result<(String, String), String> {
    let contract: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let attributes = names(&contract, "attributes")?;
    let events = names(&contract, "events")?;

    for attribute in &attributes {
        check_name(attribute, attribute)?;
    }
    let quoted: Vec<String> = attributes.iter().map(|a| format!("{a:?}")).collect();
    let mut attributes_rs = format!(
        "/// The attributes a clinic may set (web/host-contract.json).\n\
         pub const ATTRIBUTES: [&str; {}] = [{}];\n",
        quoted.len(),
        quoted.join(", ")
    );
    attributes_rs.push_str(&format!(
        "/// The languages the widget speaks, English first (web/host-contract.json).\n\
         pub const LANGUAGES: &[&str] = &{:?};\n",
        languages(json)?
    ));

    let mut events_rs = String::new();
    for event in &events {
        let name = event
            .strip_prefix(EVENT_PREFIX)
            .ok_or_else(|| format!("event `{event}` does not start with `{EVENT_PREFIX}`"))?;
        check_name(event, name)?;
        events_rs.push_str(&format!(
            "/// `{event}` (web/host-contract.json).\npub const {}: &str = {event:?};\n",
            name.to_ascii_uppercase().replace('-', "_")
        ));
    }
    Ok((attributes_rs, events_rs))
}

/// The languages: two or three lower-case letters each, English first (the rules' own texts).
pub fn languages(json: &str) -> Result<Vec<String>, String> {
    let contract: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let languages = names(&contract, "languages")?;
    if languages[0] != "en" {
        return Err("`languages` must start with `en`".into());
    }
    match languages
        .iter()
        .find(|l| !(2..=3).contains(&l.len()) || !l.bytes().all(|b| b.is_ascii_lowercase()))
    {
        Some(bad) => Err(format!(
            "`languages`: `{bad}` is not a language code such as es"
        )),
        None => Ok(languages),
    }
}

/// The list of strings under `key`, each once.
fn names(contract: &Value, key: &str) -> Result<Vec<String>, String> {
    let list = contract
        .get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("`{key}` is not a list"))?;
    let mut names: Vec<String> = Vec::new();
    for item in list {
        let name = item
            .as_str()
            .ok_or_else(|| format!("`{key}` holds {item}, not a string"))?;
        if names.iter().any(|n| n == name) {
            return Err(format!("`{key}` lists `{name}` twice"));
        }
        names.push(name.to_string());
    }
    if names.is_empty() {
        return Err(format!("`{key}` is empty"));
    }
    Ok(names)
}

/// Lower-case letters, digits and inner hyphens: an HTML attribute name, and a Rust identifier
/// once upper-cased with `_` for `-`.
fn check_name(full: &str, name: &str) -> Result<(), String> {
    let ok = name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{full}`: use lower-case letters, digits and hyphens"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::rust_sources;

    #[test]
    fn the_contract_becomes_one_constant_list_and_one_constant_an_event() {
        let (attributes, events) = rust_sources(
            r#"{"attributes": ["clinic-name", "phone"], "events": ["heel-triage:booking-click"], "languages": ["en", "es"]}"#,
        )
        .unwrap();
        assert!(
            attributes.contains(r#"pub const ATTRIBUTES: [&str; 2] = ["clinic-name", "phone"];"#)
        );
        assert!(attributes.contains(r#"pub const LANGUAGES: &[&str] = &["en", "es"];"#));
        assert!(events.contains(r#"pub const BOOKING_CLICK: &str = "heel-triage:booking-click";"#));
    }

    #[test]
    fn a_contract_the_scripts_could_not_share_is_refused() {
        for bad in [
            r#"{"attributes": ["Clinic-Name"], "events": []}"#,
            r#"{"attributes": ["phone", "phone"], "events": []}"#,
            r#"{"attributes": [], "events": ["start"]}"#,
            r#"{"attributes": "phone", "events": []}"#,
            r#"{"attributes": []}"#,
            r#"{"attributes": ["phone"], "events": ["heel-triage:start"], "languages": ["es", "en"]}"#,
            r#"{"attributes": ["phone"], "events": ["heel-triage:start"], "languages": ["en", "Spanish"]}"#,
            "not json",
        ] {
            assert!(rust_sources(bad).is_err(), "{bad}");
        }
    }
}
