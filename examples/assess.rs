//! A command-line window onto the engine, for clinicians and outside test suites:
//!
//! ```sh
//! echo '{"regions": ["achilles_insertion"], "answers": {"age_group": "41_60"}}' \
//!   | cargo run --quiet --example assess
//! ```
//!
//! Reads one JSON object on stdin (at most 1 MB) and prints one JSON object (see `contract.rs`
//! for the fields). Bad input exits with status 2 and one line on stderr naming what is wrong.

use heel_triage_engine::{assess, contract};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("assess: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<String, String> {
    let knowledge = heel_triage_engine::shipped().clone();
    let mut input = String::new();
    // One byte over the limit is enough to know the input is too long.
    std::io::stdin()
        .take(contract::MAX_INPUT_BYTES as u64 + 1)
        .read_to_string(&mut input)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    let interview = contract::parse_input(&knowledge, &input)?;
    Ok(contract::render_output(
        &knowledge,
        &assess(&knowledge, &interview),
    ))
}
