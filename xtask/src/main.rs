//! `cargo xtask <command>`: the project's own set-up, serve and test commands.
//!
//! - `setup`: installs what is missing, at pinned versions, and skips what is already there.
//! - `serve`: setup, then `trunk serve` on http://127.0.0.1:8080.
//! - `test`: setup, then every check and every test layer; ends with one "N passed, N failed" line.
//! - `dist`: setup, then the release build into `dist/`.
//! - `bench`: setup, then size, start-up and memory of the widget against a Yew counter (the
//!   floor), and the engine's cost natively. Prints numbers; never fails on them.
//! - `screenshots`: setup, the release build, then every screen into docs/screenshots/ (and the
//!   clinic pages into docs/screenshots/clinic-pages/; the
//!   test run writes them under target/ instead, so it leaves the working tree clean).
//! - `eval`: every case file run as simulated interviews, printed as a table with every miss
//!   (the thresholds themselves are a test: `engine/tests/simulated_interviews.rs`).
//!
//! Plain std only, so it compiles in seconds on a fresh machine.

mod setup;
mod tally;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "setup" => setup::install_missing(),
        "serve" => setup::install_missing().and_then(|_| serve()),
        "test" => setup::install_missing().and_then(|_| test()),
        "dist" => setup::install_missing().and_then(|_| dist()),
        "bench" => setup::install_missing().and_then(|_| bench()),
        // Native only: needs nothing that setup installs.
        "eval" => run(cmd(
            "cargo",
            &[
                "run",
                "--quiet",
                "-p",
                "heel-triage-engine",
                "--example",
                "eval",
            ],
        )),
        "screenshots" => setup::install_missing().and_then(|_| screenshots()),
        _ => Err("usage: cargo xtask <setup|serve|test|dist|bench|eval|screenshots>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A command run from the repository root with the project's tools first on PATH.
pub fn cmd(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.args(args).current_dir(root());
    let tools = root().join("node_modules/.bin");
    let path = std::env::var("PATH").unwrap_or_default();
    command.env("PATH", format!("{}:{path}", tools.display()));
    // trunk: never look for updates or download tools (there is no internet to do it with).
    command.env("TRUNK_SKIP_VERSION_CHECK", "true");
    command.env("CHROMEDRIVER", "/usr/bin/chromedriver");
    // The default 20 s is tight for a 2-core machine.
    command.env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    command
}

pub fn run(mut command: Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("failed: {shown}"))
}

fn serve() -> Result<(), String> {
    println!("xtask: serving on http://127.0.0.1:8080 (Ctrl-C to stop)");
    run(cmd("trunk", &["serve", "--offline"]))
}

/// The file of the clinics' settings for the iframe page (frame.html), if the deployer names one.
const FRAME_SETTINGS: &str = "HEEL_TRIAGE_FRAME_SETTINGS";

/// The release build. `HEEL_TRIAGE_FRAME_SETTINGS=<file>` gives frame.html its clinics: the file
/// (a path from where the command runs) is checked with the widget's own rules and shipped as
/// `dist/frame-settings.json` (by web/post-build.mjs); without it the frame ships an empty one.
fn dist() -> Result<(), String> {
    let mut build = cmd("trunk", &["build", "--release", "--offline"]);
    match std::env::var_os(FRAME_SETTINGS).filter(|file| !file.is_empty()) {
        Some(file) => {
            // The build runs from the repository root: a relative path is made whole here.
            let file = std::path::absolute(&file)
                .map_err(|e| format!("{FRAME_SETTINGS}: {e}"))?;
            if !file.is_file() {
                return Err(format!("{FRAME_SETTINGS}: no file at {}", file.display()));
            }
            println!("xtask: frame settings from {}", file.display());
            build.env(FRAME_SETTINGS, file);
        }
        None => println!(
            "xtask: no {FRAME_SETTINGS}: frame.html ships with no clinic settings (an empty frame-settings.json)"
        ),
    }
    run(build)
}

fn screenshots() -> Result<(), String> {
    dist()?;
    let mut shots = cmd(
        "node",
        &[
            "--test",
            "--test-force-exit",
            "tests/e2e/screenshots.test.mjs",
            "tests/e2e/clinic-pages.test.mjs",
        ],
    );
    shots.env(
        "HEEL_TRIAGE_SCREENSHOTS",
        root().join("docs/screenshots").as_os_str(),
    );
    run(shots)
}

fn bench() -> Result<(), String> {
    dist()?;
    // The floor: same Cargo profile (one workspace), same trunk, same wasm-opt level.
    let mut counter = cmd("trunk", &["build", "--release", "--offline"]);
    counter.current_dir(root().join("bench/counter"));
    run(counter)?;
    run(cmd(
        "cargo",
        &["bench", "-p", "heel-triage-engine", "--bench", "assess"],
    ))?;
    run(cmd("node", &["bench/pages.mjs"]))
}

fn test() -> Result<(), String> {
    let mut tally = tally::Tally::default();
    tally.check(
        "formatting",
        cmd("cargo", &["fmt", "--all", "--", "--check"]),
    );
    tally.check(
        "clippy (native)",
        cmd(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
    );
    tally.check(
        "clippy (wasm)",
        cmd(
            "cargo",
            &[
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "heel-triage",
                "-p",
                "counter-floor",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
    );
    tally.tests("native tests", cmd("cargo", &["test", "--workspace"]));
    tally.tests(
        "browser component tests",
        cmd(
            "cargo",
            &[
                "test",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "heel-triage",
                "--test",
                "components",
            ],
        ),
    );
    tally.check("assess command-line contract", assess_smoke());
    tally.check(
        "release build",
        cmd("trunk", &["build", "--release", "--offline"]),
    );
    // A failed assertion skips a test's clean-up, and its open server would keep node waiting
    // forever; forcing the exit once every test has run keeps a failure a failure, not a hang.
    // A test stuck on the browser fails after two minutes instead of holding up the whole run.
    tally.tests(
        "end-to-end tests",
        cmd(
            "node",
            &[
                "--test",
                "--test-concurrency=1",
                "--test-force-exit",
                "--test-timeout=120000",
                "tests/e2e/",
            ],
        ),
    );
    tally.finish()
}

/// Runs the documented `assess` command on good and bad input and checks its exit codes.
fn assess_smoke() -> Command {
    let script = r#"
set -e
good=$(echo '{"regions": ["achilles_insertion"], "answers": {"age_group": "41_60", "sudden_onset": false, "single_leg_tiptoe": "painful"}}' | cargo run --quiet --example assess)
echo "$good" | grep -q '"knowledge_version"'
echo "$good" | grep -q '"conditions"'
set +e
echo '{"regions": ["elbow"]}' | cargo run --quiet --example assess 2>/tmp/assess-err; code=$?
set -e
test "$code" = 2
grep -q "unknown region" /tmp/assess-err
echo "assess: contract holds"
"#;
    cmd("bash", &["-c", script])
}
