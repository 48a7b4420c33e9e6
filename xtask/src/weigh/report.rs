//! The Markdown report and the figures in it.

use std::time::Duration;

use super::build_timing::megabytes;
use super::goals::print_goals;
use super::peers::Dropped;
use super::{Role, Subject, Timing};

/// Everything the report is made of.
pub(super) struct Report<'a> {
    pub machine: &'a str,
    pub runs: usize,
    /// Dependency graph sizes: with default features, and without.
    pub dependencies: (usize, usize),
    /// The same for each peer (default features), by label.
    pub peer_dependencies: &'a [(String, usize)],
    /// `false` for debug, `true` for release, in the order measured.
    pub profiles: &'a [bool],
    pub results: &'a [(&'a Subject, bool, Timing)],
    /// The operations progenitor refused (empty without `--peers`).
    pub dropped: &'a [Dropped],
}

impl Report<'_> {
    /// The timing of the subject of `role` in one profile, if measured.
    pub fn timing(&self, role: Role, release: bool) -> Option<(&Subject, &Timing)> {
        self.results
            .iter()
            .find(|(s, r, _)| s.role == role && *r == release)
            .map(|(s, _, t)| (*s, t))
    }

    /// Median seconds per operation of `role` in one profile.
    pub fn per_operation(&self, role: Role, release: bool) -> Option<f64> {
        self.timing(role, release)
            .map(|(s, t)| median(&t.runs).as_secs_f64() / s.operations as f64)
    }
}

/// Prints the report: the table of every build, the side-by-side table,
/// the dependency graph, how build time grows with operations, what
/// progenitor refused, and the goals.
pub(super) fn print_report(report: &Report<'_>) {
    print_table(report);
    print_side_by_side(report);
    let (deps_default, deps_minimal) = report.dependencies;
    println!();
    println!(
        "Dependency graph of zoom-api (`cargo tree -e normal`, host platform, deduplicated, \
         zoom-api excluded): {deps_default} crates with default features, {deps_minimal} with \
         `--no-default-features`. The synthetic crate has the same manifest, so the same graph."
    );
    for (label, count) in report.peer_dependencies {
        println!();
        println!("Dependency graph of {label}, counted the same way: {count} crates.");
    }
    println!();
    for &release in report.profiles {
        print_scaling(report, release);
    }
    if !report.dropped.is_empty() {
        println!();
        println!("Operations progenitor refused, dropped from its input:");
        for d in report.dropped {
            println!("- `{}` ({}): {}", d.id, d.endpoint, d.reason);
        }
    }
    print_goals(report);
}

/// The heading, the machine, and a table row per subject and profile.
fn print_table(report: &Report<'_>) {
    println!();
    println!("## cargo xtask weigh");
    println!();
    println!("{}", report.machine);
    println!();
    println!(
        "| crate | operations | generated lines | profile | build time, median (min – max) of {} \
         | no-op build | peak RSS | load before |",
        report.runs
    );
    println!("|---|---:|---:|---|---|---:|---:|---:|");
    for (subject, release, timing) in report.results {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {:.2} |",
            subject.label,
            subject.operations,
            subject.generated_lines,
            profile_name(*release),
            spread(&timing.runs),
            seconds(timing.no_op),
            megabytes(timing.peak_rss_kib),
            timing.load_before
        );
    }
}

/// One row per subject: medians and medians per operation in each
/// profile, and the peak RSS of all its timed builds.
fn print_side_by_side(report: &Report<'_>) {
    println!();
    println!(
        "| subject | operations | debug s | release s | debug s/op | release s/op | peak RSS |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut seen: Vec<Role> = Vec::new();
    for (subject, _, _) in report.results {
        if seen.contains(&subject.role) {
            continue;
        }
        seen.push(subject.role);
        let cell = |release: bool, per_op: bool| {
            report
                .timing(subject.role, release)
                .map_or("–".to_owned(), |(s, t)| {
                    let total = median(&t.runs).as_secs_f64();
                    if per_op {
                        format!("{:.3}", total / s.operations as f64)
                    } else {
                        format!("{total:.2}")
                    }
                })
        };
        let rss = report
            .results
            .iter()
            .filter(|(s, _, _)| s.role == subject.role)
            .map(|(_, _, t)| t.peak_rss_kib)
            .max()
            .unwrap_or_default();
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            subject.label,
            subject.operations,
            cell(false, false),
            cell(true, false),
            cell(false, true),
            cell(true, true),
            megabytes(rss)
        );
    }
}

/// How the synthetic crate's build time in one profile compares with the
/// checked-in crate's.
fn print_scaling(report: &Report<'_>, release: bool) {
    let (Some((small, t_small)), Some((large, t_large))) = (
        report.timing(Role::Spec, release),
        report.timing(Role::Synthetic, release),
    ) else {
        return;
    };
    if large.operations <= small.operations {
        return;
    }
    let (t_small, t_large) = (median(&t_small.runs), median(&t_large.runs));
    let time_ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
    let op_ratio = large.operations as f64 / small.operations as f64;
    let marginal = (t_large.as_secs_f64() - t_small.as_secs_f64())
        / (large.operations as f64 - small.operations as f64);
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
}

pub(super) fn profile_name(release: bool) -> &'static str {
    if release { "release" } else { "debug" }
}

pub(super) fn median(times: &[Duration]) -> Duration {
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
