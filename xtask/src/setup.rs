//! Installs what the project needs, pinned, skipping whatever is already there at the right
//! version. On a fresh Debian machine with rustup the first run takes about 30 minutes, almost
//! all of it compiling trunk (about 17 minutes) and wasm-bindgen-cli (about 8 minutes).

use crate::{cmd, root, run};
use std::process::Command;

/// trunk 0.22 needs rustc 1.96.1; 0.21.14 builds the same wasm on the pinned 1.95.0.
const TRUNK_VERSION: &str = "0.21.14";

pub fn install_missing() -> Result<(), String> {
    wasm_target()?;
    debian_packages()?;
    trunk()?;
    wasm_bindgen_cli()?;
    npm_tools()?;
    println!("xtask: tools ready");
    Ok(())
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn wasm_target() -> Result<(), String> {
    // rust-toolchain.toml names the target, but rustup does not always add it on its own
    // (RUSTUP_AUTO_INSTALL=0, older rustups); adding it again is a no-op.
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|t| t == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(cmd("rustup", &["target", "add", "wasm32-unknown-unknown"]))
}

/// Chromium and its driver for the browser tests, Node.js for the end-to-end tests and wasm-opt.
fn debian_packages() -> Result<(), String> {
    let wanted = [
        ("chromium", "/usr/bin/chromium"),
        ("chromium-driver", "/usr/bin/chromedriver"),
        ("nodejs", "/usr/bin/node"),
        ("npm", "/usr/bin/npm"),
    ];
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|(_, path)| !std::path::Path::new(path).exists())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("xtask: installing Debian packages: {}", missing.join(" "));
    let sudo = output("id", &["-u"]).as_deref() != Some("0");
    let apt = |args: &[&str]| {
        let mut full: Vec<&str> = Vec::new();
        if sudo {
            full.push("apt-get");
        }
        full.extend(args);
        let program = if sudo { "sudo" } else { "apt-get" };
        let mut command = cmd(program, &full);
        command.env("DEBIAN_FRONTEND", "noninteractive");
        run(command)
    };
    apt(&["update", "-qq"])?;
    let mut install = vec!["install", "-y", "-qq"];
    install.extend(&missing);
    apt(&install)
}

fn trunk() -> Result<(), String> {
    if output("trunk", &["--version"]).is_some_and(|v| v.ends_with(TRUNK_VERSION)) {
        return Ok(());
    }
    println!("xtask: installing trunk {TRUNK_VERSION} (about 17 minutes on 2 cores)");
    run(cmd(
        "cargo",
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
    ))
}

/// The wasm-bindgen version Cargo.lock resolved: the CLI must match it exactly.
fn locked_wasm_bindgen() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen".into())
}

fn wasm_bindgen_cli() -> Result<(), String> {
    let version = locked_wasm_bindgen()?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    let runner = output("wasm-bindgen-test-runner", &["--version"]).unwrap_or_default();
    if have.ends_with(&version) && runner.ends_with(&version) {
        return Ok(());
    }
    println!("xtask: installing wasm-bindgen-cli {version} (about 8 minutes on 2 cores)");
    // Not --locked: one of its locked dependencies is missing from the registry.
    run(cmd(
        "cargo",
        &["install", "wasm-bindgen-cli", "--version", &version],
    ))
}

/// wasm-opt (npm `binaryen`: Debian's 108 cannot read what rustc 1.95 emits), esbuild,
/// playwright-core and axe-core, at the versions in package-lock.json.
fn npm_tools() -> Result<(), String> {
    let stamp = root().join("node_modules/.package-lock.json");
    let lock = std::fs::read_to_string(root().join("package-lock.json")).unwrap_or_default();
    let installed = std::fs::read_to_string(&stamp).unwrap_or_default();
    let up_to_date = installed.contains("\"node_modules/binaryen\"")
        && lock
            .lines()
            .filter(|l| l.contains("\"version\""))
            .all(|l| installed.contains(l.trim()));
    if up_to_date {
        return Ok(());
    }
    // No install scripts: none of these tools needs one (esbuild finds its binary package
    // without its own), and no package's code runs at install time.
    let mut command = cmd(
        "npm",
        &["ci", "--no-audit", "--no-fund", "--ignore-scripts"],
    );
    // playwright-core drives Debian's Chromium; it must never fetch a browser of its own.
    command.env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    run(command)
}
