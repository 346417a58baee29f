//! Compiles the stylesheet in minified, turns the host contract (web/host-contract.json) into
//! Rust constants, and the screens' words in this build's language (HEEL_TRIAGE_LANG, English
//! by default) into the `text` module, after checking every language's against English. The
//! steps live in the `heel-triage-build` crate (build/).

use heel_triage_build::{host_contract, minify_css, screens};
use std::path::Path;

fn main() {
    for input in ["styles/widget.css", "web/host-contract.json"] {
        println!("cargo:rerun-if-changed={input}");
    }
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let write = |name: &str, text: String| {
        std::fs::write(Path::new(&out_dir).join(name), text).expect("OUT_DIR is writable");
    };

    let css = std::fs::read_to_string("styles/widget.css").expect("styles/widget.css is readable");
    write("widget.css", minify_css::minify_css(&css));

    let contract = std::fs::read_to_string("web/host-contract.json")
        .expect("web/host-contract.json is readable");
    let (attributes, events) = host_contract::rust_sources(&contract)
        .unwrap_or_else(|problem| panic!("web/host-contract.json: {problem}"));
    write("attributes.rs", attributes);
    write("events.rs", events);

    println!("cargo:rerun-if-env-changed=HEEL_TRIAGE_LANG");
    println!("cargo:rerun-if-changed=knowledge/lang");
    let chosen = std::env::var("HEEL_TRIAGE_LANG").unwrap_or_else(|_| "en".into());
    let languages = host_contract::languages(&contract)
        .unwrap_or_else(|problem| panic!("web/host-contract.json: {problem}"));
    let read_screens = |lang: &str| {
        let path = format!("knowledge/lang/{lang}/screens.toml");
        println!("cargo:rerun-if-changed={path}");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("{path}: cannot read ({e}); every language in web/host-contract.json needs one")
        })
    };
    let english = read_screens("en");
    let mut text = None;
    for lang in &languages {
        let rust = screens::rust_source(&english, lang, &read_screens(lang))
            .unwrap_or_else(|problem| panic!("{problem}"));
        if *lang == chosen {
            text = Some(rust);
        }
    }
    let text = text.unwrap_or_else(|| {
        panic!("HEEL_TRIAGE_LANG={chosen}: web/host-contract.json lists only {languages:?}")
    });
    write(
        "screens.rs",
        format!("pub const LANGUAGE: &str = {chosen:?};\n{text}"),
    );
}
