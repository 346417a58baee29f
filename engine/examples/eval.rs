//! `cargo xtask eval`: every case file run as simulated interviews (see `simulate`), printed as
//! a table with every miss. Give case files as arguments to run only those. Exit 1 if a case
//! file cannot be read.

use heel_triage_engine::simulate::{CaseFile, Report};
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let files = if paths.is_empty() {
        CaseFile::all()
    } else {
        paths.iter().map(|p| CaseFile::read(p)).collect()
    };
    match files.and_then(|files| Report::run(&heel_triage_engine::shipped().clone(), files)) {
        Ok(report) => {
            print!("{}", report.table());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("eval: {e}");
            ExitCode::FAILURE
        }
    }
}
