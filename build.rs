//! Compiles the stylesheet in minified, and turns the host contract (web/host-contract.json)
//! into Rust constants: both steps live in the `heel-triage-build` crate (build/).

use heel_triage_build::{host_contract, minify_css};
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
}
