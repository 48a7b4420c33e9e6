//! The build-cost goals, each met or missed by the measured figure.

use std::time::Duration;

use super::Role;
use super::report::{Report, median};

/// Seconds per operation of the synthetic crate, at most: debug, release.
const PER_OPERATION_GOAL: (f64, f64) = (0.03, 0.05);
/// The Users crate alone builds in debug within this.
const USERS_DEBUG_GOAL: Duration = Duration::from_millis(2500);
/// rustc's peak RSS for the synthetic crate, at most, in bytes.
const PEAK_RSS_GOAL: f64 = 1.2e9;

/// One goal: what it asks, the measured figure and the limit (same unit).
struct Goal {
    what: String,
    measured: f64,
    limit: f64,
    unit: Unit,
}

#[derive(Clone, Copy)]
enum Unit {
    Seconds,
    PerOperation,
    Bytes,
}

impl Unit {
    fn show(self, value: f64) -> String {
        match self {
            Unit::Seconds => format!("{value:.2} s"),
            Unit::PerOperation => format!("{value:.3} s/op"),
            Unit::Bytes => format!("{:.0} MB", value / 1e6),
        }
    }
}

/// Prints the goals that the measured subjects and profiles allow.
pub(super) fn print_goals(report: &Report<'_>) {
    println!();
    println!("| goal | measured | limit | verdict |");
    println!("|---|---:|---:|---|");
    for goal in goals(report) {
        let verdict = if goal.measured <= goal.limit {
            "met".to_owned()
        } else {
            let over = goal.measured - goal.limit;
            format!(
                "**missed** by {} ({:.0} %)",
                goal.unit.show(over),
                100.0 * over / goal.limit
            )
        };
        println!(
            "| {} | {} | {} | {verdict} |",
            goal.what,
            goal.unit.show(goal.measured),
            goal.unit.show(goal.limit)
        );
    }
}

fn goals(report: &Report<'_>) -> Vec<Goal> {
    let mut goals = Vec::new();
    let ops = report
        .timing(Role::Synthetic, false)
        .map_or(0, |(s, _)| s.operations);
    for (release, limit) in [(false, PER_OPERATION_GOAL.0), (true, PER_OPERATION_GOAL.1)] {
        let profile = if release { "release" } else { "debug" };
        let Some(ours) = report.per_operation(Role::Synthetic, release) else {
            continue;
        };
        goals.push(Goal {
            what: format!("{ops}-op crate, {profile}, per operation"),
            measured: ours,
            limit,
            unit: Unit::PerOperation,
        });
        if let Some(oxide) = report.per_operation(Role::Oxide, release) {
            goals.push(Goal {
                what: format!("{ops}-op crate, {profile}, per operation: half of Oxide's"),
                measured: ours,
                limit: oxide / 2.0,
                unit: Unit::PerOperation,
            });
        }
    }
    let users = |release| {
        report
            .timing(Role::Users, release)
            .map(|(_, t)| median(&t.runs))
    };
    if let Some(debug) = users(false) {
        goals.push(Goal {
            what: "Users crate alone, debug".to_owned(),
            measured: debug.as_secs_f64(),
            limit: USERS_DEBUG_GOAL.as_secs_f64(),
            unit: Unit::Seconds,
        });
    }
    let progenitor = report
        .timing(Role::Progenitor, true)
        .map(|(_, t)| median(&t.runs));
    if let (Some(release), Some(progenitor)) = (users(true), progenitor) {
        goals.push(Goal {
            what: "Users crate alone, release: no slower than progenitor's client".to_owned(),
            measured: release.as_secs_f64(),
            limit: progenitor.as_secs_f64(),
            unit: Unit::Seconds,
        });
    }
    let peak = report
        .results
        .iter()
        .filter(|(s, _, _)| s.role == Role::Synthetic)
        .map(|(_, _, t)| t.peak_rss_kib)
        .max();
    if let Some(kib) = peak {
        goals.push(Goal {
            what: format!("{ops}-op crate, rustc peak RSS"),
            measured: kib as f64 * 1024.0,
            limit: PEAK_RSS_GOAL,
            unit: Unit::Bytes,
        });
    }
    goals
}
