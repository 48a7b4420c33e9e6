//! `cargo xtask weigh [--runs N] [--ops N] [--debug-only] [--peers] [--profile]`:
//! how heavy the client is to build, on this machine, per operation and
//! next to its peers.
//!
//! - **Build time** of the zoom-api crate alone, debug and release, with its
//!   dependencies already built and `CARGO_INCREMENTAL=0`: the dependencies
//!   are built first (`cargo build [--release]`), then `src/lib.rs` is
//!   touched so that only zoom-api recompiles (checked from cargo's
//!   `Compiling` lines), and that build is timed; the median of `--runs`
//!   (3) is reported with the range, and divided by the operations: the
//!   **seconds per operation**. A no-op `cargo build` is timed too: cargo's
//!   own share of each figure.
//! - **Peak memory**: each timed build runs under GNU time (`/usr/bin/time
//!   -f %M`, Debian package `time`, which weigh needs), which reports the
//!   largest resident set of any process of the build, that is rustc's;
//!   the maximum over the runs is reported.
//! - **Load**: the 1-minute load average just before each subject's timed
//!   builds, to show whether other work shared the machine; weigh's own
//!   builds add about 1 to it (one busy rustc).
//! - **Generated lines** (`src/generated/**/*.rs`).
//! - **Dependency graph** (also of each peer): crates in `cargo tree -p zoom-api -e normal`
//!   (host platform), deduplicated, zoom-api excluded, with default
//!   features and with `--no-default-features`.
//!
//! The same is measured for a crate generated from the `--ops`-operation
//! (400, about the size of Zoom's whole API) synthetic spec of
//! `codegen/benches/codegen.rs` (renamed copies of the Users operations
//! and schemas), and with `--peers` for two other clients built the same
//! way (see `peers.rs`): Oxide's published `zoom-api` and progenitor's
//! client for our Users spec. The report ends with a side-by-side table
//! and the goals, each met or missed. `--profile` then shows where the
//! synthetic crate's build time goes (see `profile.rs`).
//!
//! Our crates are built as throwaway copies, `target/weigh/zoom-api/` and
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
mod goals;
mod machine;
mod manifest;
mod peers;
mod process;
mod profile;
mod report;
mod staging;
mod synthetic;

use std::path::{Path, PathBuf};
use std::time::Duration;

use build_timing::{build_times, check_gnu_time};
use dependencies::dependency_count;
use generated::generated_files;
use machine::machine;
use peers::{Dropped, stage_peers};
use report::{Report, print_report, profile_name, seconds, spread};
use staging::stage;
use synthetic::{synthetic_files, synthetic_spec};

/// Where the copies and their target directory live.
const WEIGH_DIR: &str = "target/weigh";
/// The crate being weighed, relative to the workspace root (and its
/// package name).
const CRATE_DIR: &str = "zoom-api";

struct Options {
    runs: usize,
    ops: usize,
    release: bool,
    peers: bool,
    profile: bool,
}

impl Options {
    fn parse(args: &[&str]) -> Result<Self, String> {
        let mut options = Options {
            runs: 3,
            ops: 400,
            release: true,
            peers: false,
            profile: false,
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
                "--peers" => options.peers = true,
                "--profile" => options.profile = true,
                other => return Err(format!("cargo xtask weigh: unknown argument `{other}`")),
            }
        }
        Ok(options)
    }
}

/// What a subject is, for the goals that compare them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The checked-in crate with the Users group alone.
    Users,
    /// The checked-in crate with its default groups.
    Spec,
    /// The crate of the synthetic `--ops`-operation spec.
    Synthetic,
    Progenitor,
    Oxide,
}

/// How a timed build is made to recompile the subject's crate.
#[derive(Clone)]
enum Rebuild {
    /// Touch this file (relative to the subject's folder).
    Touch(PathBuf),
    /// `cargo clean -p` this package (a registry dependency).
    Clean(String),
}

/// One crate to weigh.
#[derive(Clone)]
struct Subject {
    label: String,
    role: Role,
    /// The scratch workspace it is built in, and its target directory.
    dir: PathBuf,
    target: PathBuf,
    rebuild: Rebuild,
    /// The client's package: the one whose build is timed and whose
    /// dependency graph is counted.
    package: String,
    /// The crates a timed build must compile, and no other.
    compiles: Vec<String>,
    operations: usize,
    generated_lines: usize,
    /// Extra `cargo build` arguments (the features of a group alone).
    cargo_args: Vec<String>,
}

/// Build times of one subject in one profile.
struct Timing {
    runs: Vec<Duration>,
    no_op: Duration,
    /// The largest peak RSS of the timed builds, in KiB.
    peak_rss_kib: u64,
    /// The 1-minute load average just before the first timed build.
    load_before: f64,
}

pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    let options = Options::parse(args)?;
    check_gnu_time()?;
    let weigh = root.join(WEIGH_DIR);
    std::fs::create_dir_all(&weigh).map_err(|e| format!("cannot create {WEIGH_DIR}: {e}"))?;

    println!("==> machine");
    let machine = machine(root)?;
    println!("{machine}");

    println!("==> dependency graph of {CRATE_DIR}");
    let deps_default = dependency_count(root, CRATE_DIR, &[])?;
    let deps_minimal = dependency_count(root, CRATE_DIR, &["--no-default-features"])?;

    println!("==> staging the crates under {WEIGH_DIR}");
    let mut subjects = Vec::from(stage_subjects(root, &weigh, options.ops)?);
    let mut dropped: Vec<Dropped> = Vec::new();
    let mut peer_dependencies = Vec::new();
    if options.peers {
        println!("==> staging the peers under {WEIGH_DIR}/peers");
        let (peers, refused) = stage_peers(root, &weigh)?;
        for peer in &peers {
            let count = dependency_count(&peer.dir, &peer.package, &[])?;
            peer_dependencies.push((peer.label.clone(), count));
        }
        subjects.extend(peers);
        dropped = refused;
    }

    let mut profiles = vec![false];
    if options.release {
        profiles.push(true);
    }
    let results = time_subjects(&subjects, &profiles, options.runs)?;

    print_report(&Report {
        machine: &machine,
        runs: options.runs,
        dependencies: (deps_default, deps_minimal),
        peer_dependencies: &peer_dependencies,
        profiles: &profiles,
        results: &results,
        dropped: &dropped,
    });
    if options.profile {
        let synthetic = subjects.iter().find(|s| s.role == Role::Synthetic);
        profile::run(
            synthetic.expect("the synthetic crate is always staged"),
            &profiles,
        )?;
    }
    Ok(())
}

/// The checked-in crate (with the Users group alone, and with its default
/// groups) and the `ops`-operation synthetic one, staged under `weigh`, in
/// that order. The two views of the checked-in crate share one copy.
fn stage_subjects(root: &Path, weigh: &Path, ops: usize) -> Result<[Subject; 3], String> {
    let target = weigh.join("target");
    let current_files = generated_files(&root.join(CRATE_DIR).join("src/generated"))?;
    let current = stage(
        root,
        ("zoom-api (spec/, default groups)", Role::Spec),
        "weigh.spec",
        &weigh.join("zoom-api"),
        &target,
        &current_files,
    )?;
    let users_files: Vec<(String, String)> = current_files
        .iter()
        .filter(|(name, _)| name.starts_with("users/") || name.starts_with("common/"))
        .cloned()
        .collect();
    let users = Subject {
        label: "zoom-api, users alone".to_owned(),
        role: Role::Users,
        operations: generated::count_operations(&users_files),
        generated_lines: generated::count_lines(&users_files),
        cargo_args: ["--no-default-features", "--features", "users,rustls-tls"]
            .map(str::to_owned)
            .to_vec(),
        ..current.clone()
    };
    let spec = synthetic_spec(root, weigh, ops)?;
    println!("generating the {ops}-operation crate");
    let files = synthetic_files(&spec)?;
    let synthetic = stage(
        root,
        (&format!("zoom-api, {ops} ops (synthetic)"), Role::Synthetic),
        &format!("weigh.ops{ops}"),
        &weigh.join(format!("zoom-api-{ops}")),
        &target,
        &files,
    )?;
    Ok([users, current, synthetic])
}

/// Times every subject in every profile, in that order.
fn time_subjects<'s>(
    subjects: &'s [Subject],
    profiles: &[bool],
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
            let timing = build_times(subject, release, runs)?;
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
