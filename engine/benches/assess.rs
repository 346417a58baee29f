//! `cargo bench -p heel-triage-engine`: the cost of one full assessment (ranking, red flags and
//! the next-question choice), natively. Plain std timing with warm-up, many samples and the
//! median, so it needs no benchmark crate; `cargo xtask bench` prints it with the page numbers.

#[path = "../tests/common/mod.rs"]
mod common;

use common::interview;
use heel_triage_engine::{assess, Interview, Knowledge};
use std::hint::black_box;
use std::time::{Duration, Instant};

const SAMPLES: usize = 201;

/// Median and the spread between the 10th and 90th percentiles of one `assess` call.
fn measure(k: &Knowledge, interview: &Interview) -> (Duration, Duration, Duration) {
    // Enough calls per sample that the clock's resolution does not matter.
    let per_sample = 20;
    for _ in 0..50 {
        black_box(assess(k, black_box(interview)));
    }
    let mut samples: Vec<Duration> = (0..SAMPLES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_sample {
                black_box(assess(k, black_box(interview)));
            }
            start.elapsed() / per_sample
        })
        .collect();
    samples.sort();
    (
        samples[SAMPLES / 2],
        samples[SAMPLES / 10],
        samples[SAMPLES * 9 / 10],
    )
}

fn main() {
    let k = heel_triage_engine::shipped().clone();
    // Every question of the safety screen in knowledge/meta.toml, answered.
    let screened: &[(&str, &str)] = &[
        ("age_group", "41_60"),
        ("sudden_onset", "no"),
        ("pop_or_kicked", "no"),
        ("fall_or_crush", "no"),
        ("tendon_gap", "no"),
        ("back_pain_or_leg_weakness", "no"),
        ("spinal_warning_signs", "no"),
        ("puncture_wound", "no"),
        ("weight_loss_or_cancer", "no"),
        ("weight_bearing", "normal"),
        ("single_leg_tiptoe", "painful"),
        ("hot_red_swollen", "no"),
        ("fever_unwell", "no"),
        ("diabetes_or_neuropathy", "no"),
        ("wound_or_ulcer", "no"),
        ("fluoroquinolone_recent", "no"),
        ("night_or_rest_pain", "no"),
        ("duration", "2_to_12_weeks"),
    ];
    let mut complete: Vec<(&str, &str)> = screened.to_vec();
    complete[0] = ("age_group", "25_40");
    complete.extend([
        ("recent_load_increase", "yes"),
        ("eases_with_warmup", "yes"),
        ("morning_stiffness", "under_30_min"),
        ("nerve_symptoms", "none"),
    ]);
    let cases = [
        (
            "empty interview (one region)",
            interview(&k, &["achilles_midportion"], &[]),
        ),
        (
            // Side of the heel bone, adult: still open after the screen.
            "after the safety screen, every follow-up weighed",
            interview(&k, &["calcaneal_sides"], screened),
        ),
        (
            "complete interview",
            interview(&k, &["achilles_midportion"], &complete),
        ),
    ];
    println!("engine: one full assessment, median of {SAMPLES} samples (p10 to p90)");
    for (name, case) in &cases {
        let next = assess(&k, case)
            .next_question
            .map(|n| k.questions[n.question].id.to_string());
        let (median, p10, p90) = measure(&k, case);
        println!(
            "engine | {name} | {:.1} µs | {:.1} to {:.1} µs | next question: {}",
            median.as_secs_f64() * 1e6,
            p10.as_secs_f64() * 1e6,
            p90.as_secs_f64() * 1e6,
            next.as_deref().unwrap_or("none (done)")
        );
    }
}
