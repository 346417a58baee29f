//! Writes rules.html, and the sources' citations the widget fetches when a patient opens its list
//! of sources: `heel-triage-rules-page <out.html> <knowledge last changed> <sources.txt>`.
//! web/post-build.mjs runs it at every build, after the engine has compiled knowledge/ in, and
//! takes the rules version it prints for the set-up page's snippets. Exits with status 2 and one line on stderr
//! if the test cases cannot be read or the page cannot be written.

use heel_triage_engine::simulate::CaseFile;
use heel_triage_rules_page::{page, sources_text, Dates};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, changed, sources] = args.as_slice() else {
        eprintln!("usage: heel-triage-rules-page <out.html> <when the knowledge last changed> <sources.txt>");
        return ExitCode::from(2);
    };
    let files = match CaseFile::all() {
        Ok(files) => files,
        Err(e) => {
            eprintln!("rules page: {e}");
            return ExitCode::from(2);
        }
    };
    let dates = Dates {
        generated: today(),
        knowledge_changed: changed.clone(),
    };
    let k = heel_triage_engine::shipped();
    for (file, text) in [(out, page(k, &files, &dates)), (sources, sources_text(k))] {
        if let Err(e) = std::fs::write(file, text) {
            eprintln!("rules page: cannot write {file}: {e}");
            return ExitCode::from(2);
        }
    }
    println!("{}", k.version);
    ExitCode::SUCCESS
}

/// Today's date (UTC) as `YYYY-MM-DD`, or SOURCE_DATE_EPOCH's for a reproducible build.
fn today() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    let (y, m, d) = civil_date(seconds / 86_400);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 as a Gregorian date (Howard Hinnant's `civil_from_days`).
fn civil_date(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn dates_are_gregorian() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(20_425), (2025, 12, 3));
        assert_eq!(civil_date(11_016), (2000, 2, 29));
    }
}
