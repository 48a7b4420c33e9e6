//! `cargo xtask weigh [--runs N] [--ops N] [--debug-only]`: how heavy the
//! client is to build, on this machine.
//!
//! - **Build time** of the zoom-api crate alone, debug and release, with its
//!   dependencies already built and `CARGO_INCREMENTAL=0`: the dependencies
//!   are built first (`cargo build [--release]`), then `src/lib.rs` is
//!   touched so that only zoom-api recompiles (checked from cargo's
//!   `Compiling` lines), and that build is timed; the median of `--runs`
//!   (3) is reported with the range. A no-op `cargo build` is timed too:
//!   cargo's own share of each figure.
//! - **Generated lines** (`src/generated/**/*.rs`).
//! - **Dependency graph**: crates in `cargo tree -p zoom-api -e normal`
//!   (host platform), deduplicated, zoom-api excluded, with default
//!   features and with `--no-default-features`.
//!
//! The same is measured for a crate generated from the `--ops`-operation
//! (1,000) synthetic spec of `codegen/benches/codegen.rs` (renamed copies
//! of the Users operations and schemas).
//!
//! Both crates are built as throwaway copies, `target/weigh/zoom-api/` and
//! `target/weigh/zoom-api-<ops>/`: `Cargo.toml` (with `[workspace]`, the
//! workspace's `[workspace.package]`, `[workspace.dependencies]` and
//! `[profile.*]` sections, without dev-dependencies and bench targets),
//! `Cargo.lock` (same versions), `README.md` and `src/`. Each is its own
//! workspace, so builds here neither wait for nor disturb the workspace's
//! target directory, and edits made meanwhile in `zoom-api/src` do not
//! leak into a measurement. They share `target/weigh/target`, so
//! dependencies are built once across runs.

// One module per part of the measurement; this file ties them together.
mod build_timing;
mod dependencies;
mod files;
mod generated;
mod machine;
mod manifest;
mod process;
mod report;
mod staging;
mod synthetic;

use std::path::{Path, PathBuf};
use std::time::Duration;

use build_timing::build_times;
use dependencies::dependency_count;
use generated::generated_files;
use machine::machine;
use report::{print_report, profile_name, seconds, spread};
use staging::stage;
use synthetic::{synthetic_files, synthetic_spec};

/// Where the copies and their target directory live.
const WEIGH_DIR: &str = "target/weigh";
/// The crate being weighed, relative to the workspace root.
const CRATE_DIR: &str = "zoom-api";
/// Goal: the crate alone builds in debug within this, on this machine.
const DEBUG_GOAL: Duration = Duration::from_secs(10);

struct Options {
    runs: usize,
    ops: usize,
    release: bool,
}

impl Options {
    fn parse(args: &[&str]) -> Result<Self, String> {
        let mut options = Options {
            runs: 3,
            ops: 1000,
            release: true,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut number = |name: &str| -> Result<usize, String> {
                args.next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("{name} takes a positive number"))
            };
            match *arg {
                "--runs" => options.runs = number("--runs")?,
                "--ops" => options.ops = number("--ops")?,
                "--debug-only" => options.release = false,
                other => return Err(format!("cargo xtask weigh: unknown argument `{other}`")),
            }
        }
        Ok(options)
    }
}

/// One crate to weigh.
struct Subject {
    label: String,
    dir: PathBuf,
    operations: usize,
    generated_lines: usize,
}

/// Build times of one subject in one profile.
struct Timing {
    runs: Vec<Duration>,
    no_op: Duration,
}

pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    let options = Options::parse(args)?;
    let weigh = root.join(WEIGH_DIR);
    let target = weigh.join("target");
    std::fs::create_dir_all(&weigh).map_err(|e| format!("cannot create {WEIGH_DIR}: {e}"))?;

    println!("==> machine");
    let machine = machine(root)?;
    println!("{machine}");

    println!("==> dependency graph of {CRATE_DIR}");
    let deps_default = dependency_count(root, &[])?;
    let deps_minimal = dependency_count(root, &["--no-default-features"])?;

    println!("==> staging the crates under {WEIGH_DIR}");
    let subjects = stage_subjects(root, &weigh, options.ops)?;

    let mut profiles = vec![false];
    if options.release {
        profiles.push(true);
    }
    let results = time_subjects(&subjects, &profiles, &target, options.runs)?;

    print_report(
        &machine,
        options.runs,
        (deps_default, deps_minimal),
        &subjects,
        &profiles,
        &results,
    );
    Ok(())
}

/// The checked-in crate and the `ops`-operation synthetic one, staged
/// under `weigh`, in that order.
fn stage_subjects(root: &Path, weigh: &Path, ops: usize) -> Result<[Subject; 2], String> {
    let current_files = generated_files(&root.join(CRATE_DIR).join("src/generated"))?;
    let current = stage(
        root,
        "zoom-api (spec/)",
        "weigh.spec",
        &weigh.join("zoom-api"),
        &current_files,
    )?;
    let spec = synthetic_spec(root, weigh, ops)?;
    println!("generating the {ops}-operation crate");
    let files = synthetic_files(&spec)?;
    let synthetic = stage(
        root,
        &format!("zoom-api, {ops} operations (synthetic)"),
        &format!("weigh.ops{ops}"),
        &weigh.join(format!("zoom-api-{ops}")),
        &files,
    )?;
    Ok([current, synthetic])
}

/// Times every subject in every profile, in that order.
fn time_subjects<'s>(
    subjects: &'s [Subject],
    profiles: &[bool],
    target: &Path,
    runs: usize,
) -> Result<Vec<(&'s Subject, bool, Timing)>, String> {
    let mut results = Vec::new();
    for subject in subjects {
        for &release in profiles {
            println!(
                "==> {} ({}): {} timed builds",
                subject.label,
                profile_name(release),
                runs
            );
            let timing = build_times(&subject.dir, target, release, runs)?;
            println!(
                "    {} (no-op build {})",
                spread(&timing.runs),
                seconds(timing.no_op)
            );
            results.push((subject, release, timing));
        }
    }
    Ok(results)
}
