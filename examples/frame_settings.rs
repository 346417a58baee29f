//! Checks the iframe's `frame-settings.json` with the widget's own rules (src/config.rs), natively,
//! when the widget is built: web/post-build.mjs runs it on the file the deployer gives in
//! `HEEL_TRIAGE_FRAME_SETTINGS`, and a bad value stops the build.
//!
//! post-build.mjs reads the JSON and checks its shape; this reads every setting from stdin as
//! netstrings (`<byte length>:<UTF-8 text>`, three for each setting: the clinic id, the field and
//! the value; one setting for each of `parent-origins`) and checks each value. Exits with status
//! 2 and one line on stderr for each bad setting, naming the clinic and the field:
//!
//! ```text
//! frame-settings.json: clinic `northside`, field `phone`: it does not look like a phone number
//! ```

use heel_triage::config::{is_invisible, parent_origin, ClinicConfig, ATTRIBUTES};
use std::io::Read;
use std::process::ExitCode;

/// The field that lists the origins allowed to hear the frame's messages.
const PARENT_ORIGINS: &str = "parent-origins";

fn main() -> ExitCode {
    let mut input = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut input) {
        eprintln!("frame-settings.json: cannot read the settings: {e}");
        return ExitCode::from(2);
    }
    let settings = match netstrings(&input) {
        Ok(strings) => strings,
        Err(problem) => {
            eprintln!("frame-settings.json: {problem}");
            return ExitCode::from(2);
        }
    };
    let problems: Vec<String> = settings
        .chunks(3)
        .filter_map(|setting| match setting {
            [clinic, field, value] => check(clinic, field, value)
                .err()
                .map(|why| format!("clinic `{clinic}`, field `{field}`: {why}")),
            _ => Some("the settings end part-way through one".into()),
        })
        .collect();
    for problem in &problems {
        eprintln!("frame-settings.json: {problem}");
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

/// One setting of one clinic, by the rules the element's attributes keep.
fn check(clinic: &str, field: &str, value: &str) -> Result<(), String> {
    clinic_id(clinic)?;
    let checked = if field == PARENT_ORIGINS {
        parent_origin(value)
    } else if ATTRIBUTES.contains(&field) {
        ClinicConfig::default().set(field, value)
    } else {
        return Err(format!(
            "not a setting (the settings are {} and `{PARENT_ORIGINS}`)",
            ATTRIBUTES.map(|a| format!("`{a}`")).join(", ")
        ));
    };
    // The widget does not say which hidden character it found (that would cost it bytes): here,
    // where there is room, the deployer is told which and where.
    checked.map_err(|why| match value.chars().position(is_invisible) {
        Some(at) if why.contains("invisible") => {
            let c = value.chars().nth(at).map_or(0, u32::from);
            format!("{why} (U+{c:04X}, character {})", at + 1)
        }
        _ => why,
    })
}

/// A clinic id, as the link names it (`frame.html?clinic=northside`): 1 to 40 lower-case ASCII
/// letters, digits and hyphens.
fn clinic_id(id: &str) -> Result<(), String> {
    let plain = id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if plain && (1..=40).contains(&id.len()) {
        Ok(())
    } else {
        Err("a clinic id is 1 to 40 lower-case letters, digits and hyphens".into())
    }
}

/// `<byte length>:<text>` repeated, as UTF-8 strings.
fn netstrings(mut input: &[u8]) -> Result<Vec<String>, String> {
    let mut strings = Vec::new();
    while !input.is_empty() {
        let colon = input
            .iter()
            .position(|b| *b == b':')
            .ok_or("malformed input (no length)")?;
        let length: usize = std::str::from_utf8(&input[..colon])
            .ok()
            .and_then(|digits| digits.parse().ok())
            .ok_or("malformed input (bad length)")?;
        let (text, rest) = input[colon + 1..]
            .split_at_checked(length)
            .ok_or("malformed input (cut short)")?;
        strings.push(String::from_utf8(text.to_vec()).map_err(|_| "a value is not UTF-8")?);
        input = rest;
    }
    Ok(strings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn netstrings_carry_any_text() {
        let text = "a:b\n\0é";
        let input = format!("9:northside5:phone{}:{text}", text.len());
        assert_eq!(
            netstrings(input.as_bytes()),
            Ok(vec!["northside".into(), "phone".into(), text.into()])
        );
        assert!(netstrings(b"5:abc").is_err());
        assert!(netstrings(b"x:abc").is_err());
    }

    #[test]
    fn settings_are_checked_by_the_attributes_rules() {
        assert_eq!(check("northside", "phone", "0161 496 0000"), Ok(()));
        assert_eq!(check("northside", "share-conditions", "true"), Ok(()));
        assert_eq!(
            check(
                "northside",
                "parent-origins",
                "https://www.northside.example"
            ),
            Ok(())
        );
        assert!(
            check("northside", "phone", "0909 premium!").is_err_and(|e| e.contains("phone number"))
        );
        assert_eq!(
            check("northside", "clinic-name", "North\u{202E}side"),
            Err("it has an invisible character (U+202E, character 6)".into())
        );
        assert!(check("northside", "parent-origin", "https://x.example")
            .is_err_and(|e| e.contains("not a setting")));
        assert!(check("North Side", "phone", "0161 496 0000").is_err_and(|e| e.contains("id")));
    }
}
