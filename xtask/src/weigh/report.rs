//! The Markdown report and the figures in it.

use std::time::Duration;

use super::{DEBUG_GOAL, Subject, Timing};

/// Prints the report: the table of build times, the dependency graph and,
/// per profile, how the build time grows with the operations.
pub(super) fn print_report(
    machine: &str,
    runs: usize,
    (deps_default, deps_minimal): (usize, usize),
    subjects: &[Subject; 2],
    profiles: &[bool],
    results: &[(&Subject, bool, Timing)],
) {
    print_table(machine, runs, results);
    println!();
    println!(
        "Dependency graph of zoom-api (`cargo tree -e normal`, host platform, deduplicated, \
         zoom-api excluded): {deps_default} crates with default features, {deps_minimal} with \
         `--no-default-features`. The synthetic crate has the same manifest, so the same graph."
    );
    println!();
    for &release in profiles {
        print_scaling(subjects, release, results);
    }
}

/// The heading, the machine, and a table row per subject and profile.
fn print_table(machine: &str, runs: usize, results: &[(&Subject, bool, Timing)]) {
    println!();
    println!("## cargo xtask weigh");
    println!();
    println!("{machine}");
    println!();
    println!(
        "| crate | operations | generated lines | profile | build time, median (min – max) of {} | no-op build |",
        runs
    );
    println!("|---|---:|---:|---|---|---:|");
    for (subject, release, timing) in results {
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            subject.label,
            subject.operations,
            subject.generated_lines,
            profile_name(*release),
            spread(&timing.runs),
            seconds(timing.no_op)
        );
    }
}

/// How the larger subject's build time in one profile compares with the
/// smaller one's, and in debug whether the smaller one meets the goal.
fn print_scaling(subjects: &[Subject; 2], release: bool, results: &[(&Subject, bool, Timing)]) {
    let median_of = |subject: &Subject| {
        results
            .iter()
            .find(|(s, r, _)| std::ptr::eq(*s, subject) && *r == release)
            .map(|(_, _, t)| median(&t.runs))
            .unwrap_or_default()
    };
    let (small, large) = (&subjects[0], &subjects[1]);
    let (t_small, t_large) = (median_of(small), median_of(large));
    let time_ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
    let op_ratio = large.operations as f64 / small.operations as f64;
    let marginal = (t_large.as_secs_f64() - t_small.as_secs_f64())
        / (large.operations - small.operations) as f64;
    println!(
        "- {}: {} operations build in {:.1}x the time of {} ({:.1}x the operations): \
         {}; {:.1} ms per added operation.",
        profile_name(release),
        large.operations,
        time_ratio,
        small.operations,
        op_ratio,
        if time_ratio <= op_ratio {
            "no worse than linear"
        } else {
            "WORSE than linear"
        },
        marginal * 1000.0
    );
    if !release {
        let verdict = if t_small <= DEBUG_GOAL {
            "goal met".to_owned()
        } else {
            format!(
                "goal MISSED by {:.1} s",
                (t_small - DEBUG_GOAL).as_secs_f64()
            )
        };
        println!(
            "- debug build of zoom-api alone: {} (goal: at most {} s): {verdict}.",
            seconds(t_small),
            DEBUG_GOAL.as_secs()
        );
    }
}

pub(super) fn profile_name(release: bool) -> &'static str {
    if release { "release" } else { "debug" }
}

fn median(times: &[Duration]) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

/// `median (min – max)`.
pub(super) fn spread(times: &[Duration]) -> String {
    let min = times.iter().min().copied().unwrap_or_default();
    let max = times.iter().max().copied().unwrap_or_default();
    format!(
        "{} ({} – {})",
        seconds(median(times)),
        seconds(min),
        seconds(max)
    )
}

pub(super) fn seconds(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}
