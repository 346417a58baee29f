//! Runs each step, streams its output, and counts tests from the runners' own summary lines
//! (`test result: ok. 12 passed; 0 failed` from cargo and wasm-bindgen, `# pass 9` / `# fail 0`
//! from node's runner) so the run ends with one total.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::thread;

#[derive(Default)]
pub struct Tally {
    passed: u64,
    failed: u64,
    failed_steps: Vec<String>,
}

impl Tally {
    /// A step that is not a test runner: it counts as one check.
    pub fn check(&mut self, name: &str, command: Command) {
        println!("\n==> {name}");
        match stream(command) {
            Ok((true, _)) => self.passed += 1,
            _ => {
                self.failed += 1;
                self.failed_steps.push(name.to_string());
            }
        }
    }

    /// A test runner: its own counts are added; a failed run with no counts counts as one failure.
    pub fn tests(&mut self, name: &str, command: Command) {
        println!("\n==> {name}");
        let (ok, output) = stream(command).unwrap_or((false, String::new()));
        let (passed, failed) = count(&output);
        self.passed += passed;
        self.failed += failed;
        if !ok {
            self.failed += u64::from(failed == 0);
            self.failed_steps.push(name.to_string());
        }
    }

    pub fn finish(self) -> Result<(), String> {
        println!();
        if !self.failed_steps.is_empty() {
            println!("failed steps: {}", self.failed_steps.join(", "));
        }
        println!("tests: {} passed, {} failed", self.passed, self.failed);
        (self.failed == 0)
            .then_some(())
            .ok_or_else(|| "some checks failed".into())
    }
}

/// Runs the command, echoing stdout and stderr as they come, and returns success and stdout.
fn stream(mut command: Command) -> Result<(bool, String), String> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    let stderr = child.stderr.take().map(|err| {
        thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                eprintln!("{line}");
            }
        })
    });
    let mut captured = String::new();
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            captured.push_str(&line);
            captured.push('\n');
        }
    }
    if let Some(handle) = stderr {
        let _ = handle.join();
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    Ok((status.success(), captured))
}

fn count(output: &str) -> (u64, u64) {
    let number_before = |line: &str, word: &str| -> u64 {
        line.split([';', ','])
            .find_map(|part| {
                part.trim()
                    .strip_suffix(word)
                    .and_then(|n| n.trim().parse().ok())
            })
            .unwrap_or(0)
    };
    let mut totals = (0, 0);
    for line in output.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("test result: ") {
            let rest = rest.split_once(". ").map_or(rest, |(_, r)| r);
            totals.0 += number_before(rest, "passed");
            totals.1 += number_before(rest, "failed");
        } else if let Some(n) = line.strip_prefix("# pass ") {
            totals.0 += n.trim().parse::<u64>().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("# fail ") {
            totals.1 += n.trim().parse::<u64>().unwrap_or(0);
        }
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_cargo_wasm_and_node_summaries() {
        let output = "test result: ok. 12 passed; 0 failed; 0 ignored\n\
                      test result: FAILED. 3 passed; 2 failed; 1 ignored\n\
                      # pass 9\n# fail 1\n";
        assert_eq!(count(output), (24, 3));
    }
}
