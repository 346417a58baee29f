//! Turns the clinician-facing TOML in `../knowledge/` into compact JSON embedded in the engine.
//!
//! TOML is what people read and review; JSON is what ships, so the WebAssembly carries one small
//! parser instead of two. Only syntax is checked here: the meaning (ids, weights, texts) is
//! validated by `knowledge::compile`, which tests run on the shipped files.

use std::{env, fs, path::Path};

const FILES: [&str; 7] = [
    "meta",
    "regions",
    "conditions",
    "questions",
    "red_flags",
    "advice",
    "sources",
];

fn main() {
    let knowledge = Path::new(env!("CARGO_MANIFEST_DIR")).join("../knowledge");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    for name in FILES {
        let path = knowledge.join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("knowledge/{name}.toml: cannot read: {e}"));
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("knowledge/{name}.toml: not valid TOML: {e}"));
        let json = serde_json::to_string(&value).expect("TOML values are valid JSON");
        fs::write(out.join(format!("{name}.json")), json).expect("OUT_DIR is writable");
    }
}
