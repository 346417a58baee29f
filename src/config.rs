//! What a clinic can set, read from the `<heel-triage>` element's attributes and validated here,
//! in pure code, before anything reaches the page. A bad value is dropped with one warning and
//! the default stays, so the widget always works. Values are only ever used as text or as
//! attribute values we build ourselves, never as HTML.
//!
//! Until a clinic says otherwise the widget points to "your GP, podiatrist or physiotherapist"
//! and shows no phone number or booking link.

/// The attributes a clinic may set.
pub const ATTRIBUTES: [&str; 5] = ["clinic-name", "phone", "booking-url", "accent", "lang"];

const MAX_NAME: usize = 80;
const MAX_PHONE: usize = 30;
const MAX_URL: usize = 2000;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClinicConfig {
    pub clinic_name: Option<String>,
    pub phone: Option<Phone>,
    pub booking_url: Option<String>,
    /// Always `#rrggbb`, dark enough for white text on it.
    pub accent: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phone {
    /// As the clinic wrote it.
    pub shown: String,
    /// Digits and a leading `+` only, for the `tel:` link.
    pub dial: String,
}

impl ClinicConfig {
    pub fn display_name(&self) -> &str {
        self.clinic_name
            .as_deref()
            .unwrap_or("your GP, podiatrist or physiotherapist")
    }

    /// Reads the element's attributes. Returns the configuration and one warning for each
    /// attribute that was ignored.
    pub fn from_attributes<'a>(
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (ClinicConfig, Vec<String>) {
        let mut config = ClinicConfig::default();
        let mut warnings = Vec::new();
        for (name, value) in attributes {
            let name = name.to_ascii_lowercase();
            if !ATTRIBUTES.contains(&name.as_str()) {
                if !is_ordinary_html_attribute(&name) {
                    warnings.push(format!("heel-triage: unknown attribute `{name}` ignored"));
                }
                continue;
            }
            let outcome = match name.as_str() {
                "clinic-name" => clinic_name(value).map(|v| config.clinic_name = Some(v)),
                "phone" => phone(value).map(|v| config.phone = Some(v)),
                "booking-url" => booking_url(value).map(|v| config.booking_url = Some(v)),
                "accent" => accent(value).map(|v| config.accent = Some(v)),
                _ => lang(value),
            };
            if let Err(problem) = outcome {
                warnings.push(format!("heel-triage: `{name}` ignored: {problem}"));
            }
        }
        (config, warnings)
    }
}

/// Attributes any element may carry; the widget neither uses nor warns about them.
fn is_ordinary_html_attribute(name: &str) -> bool {
    matches!(
        name,
        "id" | "class" | "style" | "hidden" | "title" | "slot" | "part" | "dir" | "tabindex"
    ) || name.starts_with("data-")
        || name.starts_with("aria-")
}

fn plain_text(value: &str, max: usize) -> Result<&str, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err("it is empty".into());
    }
    if value.chars().count() > max {
        return Err(format!("it is longer than {max} characters"));
    }
    if value.chars().any(char::is_control) {
        return Err("it contains control characters".into());
    }
    Ok(value)
}

fn clinic_name(value: &str) -> Result<String, String> {
    let value = plain_text(value, MAX_NAME)?;
    if value.contains(['<', '>']) {
        return Err("it looks like HTML; give the name as plain text".into());
    }
    Ok(value.to_string())
}

/// A phone number: digits, spaces, `+` only at the start, and `( ) - .`; 5 to 15 digits.
fn phone(value: &str) -> Result<Phone, String> {
    let value = plain_text(value, MAX_PHONE)?;
    // `matches!` here and in `booking_url`, not `" ()-.".contains(c)`: searching a string pulls
    // core's string searcher into the wasm (1 KB gzip).
    let allowed = value.char_indices().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-' | '.') || (c == '+' && i == 0)
    });
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(5..=15).contains(&digits) {
        return Err("it does not look like a phone number".into());
    }
    let dial = value
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    Ok(Phone {
        shown: value.to_string(),
        dial,
    })
}

/// Only absolute http(s) links: `javascript:`, `data:` and relative tricks are refused.
fn booking_url(value: &str) -> Result<String, String> {
    let value = plain_text(value, MAX_URL)?;
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or("only http:// and https:// links are allowed")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty()
        || value.contains(|c: char| {
            c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\')
        })
    {
        return Err("it is not a valid web address".into());
    }
    Ok(value.to_string())
}

/// `#rgb`, `#rrggbb` or `rgb(r, g, b)`, dark enough for white button text (WCAG 4.5:1).
fn accent(value: &str) -> Result<String, String> {
    let value = plain_text(value, 40)?;
    let (r, g, b) = parse_colour(value).ok_or("use a colour like #0a6b5c or rgb(10, 107, 92)")?;
    if contrast_with_white(r, g, b) < 4.5 {
        return Err("it is too light for white text on buttons; choose a darker colour".into());
    }
    Ok(format!("#{r:02x}{g:02x}{b:02x}"))
}

fn lang(value: &str) -> Result<(), String> {
    let primary = value.trim().split('-').next().unwrap_or_default();
    if primary.eq_ignore_ascii_case("en") {
        Ok(())
    } else {
        Err("only English (`en`) is available; the widget stays in English".into())
    }
}

fn parse_colour(value: &str) -> Option<(u8, u8, u8)> {
    if let Some(hex) = value.strip_prefix('#') {
        let digit = |c: char| c.to_digit(16).map(|d| d as u8);
        let digits: Option<Vec<u8>> = hex.chars().map(digit).collect();
        return match digits?.as_slice() {
            [r, g, b] => Some((r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some((r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        };
    }
    let inner = value
        .to_ascii_lowercase()
        .strip_prefix("rgb(")?
        .strip_suffix(')')?
        .to_string();
    let parts: Vec<u8> = inner
        .split([',', ' '])
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] => Some((*r, *g, *b)),
        _ => None,
    }
}

/// WCAG 2.1 contrast ratio of an sRGB colour against white.
fn contrast_with_white(r: u8, g: u8, b: u8) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            // x^2.4 through exp and ln, which the engine already brings: `powf` would add 2 KB.
            (2.4 * ((c + 0.055) / 1.055).ln()).exp()
        }
    };
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    1.05 / (luminance + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (ClinicConfig, Vec<String>) {
        ClinicConfig::from_attributes(pairs.iter().copied())
    }

    #[test]
    fn good_values_are_kept() {
        let (config, warnings) = read(&[
            ("clinic-name", "  Northside Foot Clinic "),
            ("phone", "+44 (0)161 496 0000"),
            ("booking-url", "https://clinic.example/book?from=widget"),
            ("accent", "#036"),
            ("lang", "en-GB"),
            ("id", "main-widget"),
            ("data-tracking", "x"),
        ]);
        assert_eq!(warnings, Vec::<String>::new());
        assert_eq!(config.clinic_name.as_deref(), Some("Northside Foot Clinic"));
        let phone = config.phone.expect("phone kept");
        assert_eq!(phone.shown, "+44 (0)161 496 0000");
        assert_eq!(phone.dial, "+4401614960000");
        assert_eq!(
            config.booking_url.as_deref(),
            Some("https://clinic.example/book?from=widget")
        );
        assert_eq!(config.accent.as_deref(), Some("#003366"));
    }

    #[test]
    fn phone_numbers_may_use_dashes_and_dots() {
        let (config, warnings) = read(&[("phone", "0161-496.0000")]);
        assert_eq!(warnings, Vec::<String>::new());
        assert_eq!(config.phone.map(|p| p.dial).as_deref(), Some("01614960000"));
    }

    #[test]
    fn bad_values_are_dropped_with_one_warning_each() {
        let bad: &[(&str, &str)] = &[
            ("booking-url", "javascript:alert(1)"),
            ("booking-url", "JaVaScRiPt:alert(1)"),
            ("booking-url", "data:text/html,<script>alert(1)</script>"),
            ("booking-url", "//evil.example/book"),
            ("booking-url", "https://"),
            ("booking-url", "https://ok.example/\"><script>"),
            ("booking-url", "https://ok.example/'onmouseover='x"),
            ("booking-url", "https://ok.example\\@evil.example/"),
            ("booking-url", "https://ok.example/`x`"),
            ("booking-url", "https://ok.example/book now"),
            ("clinic-name", "<img src=x onerror=alert(1)>"),
            ("clinic-name", &"A".repeat(81)),
            ("clinic-name", "   "),
            ("clinic-name", "Heel\u{7}Clinic"),
            ("phone", "call us!"),
            ("phone", "+44 161 <b>496</b>"),
            ("phone", "1234"),
            ("phone", "12+34567"),
            ("accent", "red; background: url(https://evil.example)"),
            ("accent", "#ggg"),
            ("accent", "#ffffff"),
            ("accent", "rgb(300, 0, 0)"),
            ("lang", "fr"),
            ("onclick", "alert(1)"),
        ];
        for pair in bad {
            let (config, warnings) = read(&[*pair]);
            assert_eq!(config, ClinicConfig::default(), "{pair:?} was used");
            assert_eq!(warnings.len(), 1, "{pair:?} should warn once: {warnings:?}");
            assert!(warnings[0].contains(pair.0), "{pair:?}: {}", warnings[0]);
        }
    }

    #[test]
    fn colours_are_normalised_and_checked_for_contrast() {
        assert_eq!(accent("#0a6b5c"), Ok("#0a6b5c".into()));
        assert_eq!(accent("rgb(10, 107, 92)"), Ok("#0a6b5c".into()));
        assert_eq!(accent("rgb(10 107 92)"), Ok("#0a6b5c".into()));
        assert_eq!(accent("#036"), Ok("#003366".into()));
        // Mid green #00aa66 fails 4.5:1 with white; a darker one passes.
        assert!(accent("#0a6").is_err());
        assert!(accent("#006644").is_ok());
        assert!((contrast_with_white(0, 0, 0) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn display_name_defaults_to_a_neutral_pointer() {
        assert_eq!(
            ClinicConfig::default().display_name(),
            "your GP, podiatrist or physiotherapist"
        );
    }
}
