//! The clinic set-up page's live check (dist/configure.html, web/configure.js). It asks the
//! widget's own wasm, through this one export, so a value the page accepts is exactly a value
//! the element would use: there is no second copy of the rules to drift.

use crate::config::ClinicConfig;
use wasm_bindgen::prelude::*;

/// Why the setting `name` (an attribute of the host contract) would be ignored at `value`, or
/// nothing if the widget would use it.
#[wasm_bindgen]
pub fn check_setting(name: &str, value: &str) -> Option<String> {
    ClinicConfig::default().set(name, value).err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_the_reason_the_element_would_warn_with() {
        assert_eq!(check_setting("phone", "0161 496 0000"), None);
        assert_eq!(
            check_setting("phone", "call us"),
            Some("it does not look like a phone number".into())
        );
        assert!(check_setting("booking-url", "http://evil.example").is_some());
        assert!(check_setting("not-a-setting", "x").is_some());
    }
}
