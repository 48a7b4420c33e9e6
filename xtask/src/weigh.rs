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
//! - **Generated lines** (`src/generated/*.rs`).
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

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime};

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
    let current_files = generated_files(&root.join(CRATE_DIR).join("src/generated"))?;
    let current = stage(
        root,
        "zoom-api (spec/zoom-users.yaml)",
        "weigh.spec",
        &weigh.join("zoom-api"),
        &current_files,
    )?;
    let spec = synthetic_spec(root, &weigh, options.ops)?;
    println!("generating the {}-operation crate", options.ops);
    let synthetic_name = format!("synthetic-{}.yaml", options.ops);
    let files = codegen::generate(&spec, &synthetic_name)
        .map_err(|e| format!("{synthetic_name}: {e}"))?
        .into_iter()
        .map(|f| (f.path, f.contents))
        .collect::<Vec<_>>();
    let synthetic = stage(
        root,
        &format!("zoom-api, {} operations (synthetic)", options.ops),
        &format!("weigh.ops{}", options.ops),
        &weigh.join(format!("zoom-api-{}", options.ops)),
        &files,
    )?;
    let subjects = [current, synthetic];

    let mut profiles = vec![false];
    if options.release {
        profiles.push(true);
    }
    let mut results = Vec::new();
    for subject in &subjects {
        for &release in &profiles {
            println!(
                "==> {} ({}): {} timed builds",
                subject.label,
                profile_name(release),
                options.runs
            );
            let timing = build_times(&subject.dir, &target, release, options.runs)?;
            println!(
                "    {} (no-op build {})",
                spread(&timing.runs),
                seconds(timing.no_op)
            );
            results.push((subject, release, timing));
        }
    }

    println!();
    println!("## cargo xtask weigh");
    println!();
    println!("{machine}");
    println!();
    println!(
        "| crate | operations | generated lines | profile | build time, median (min – max) of {} | no-op build |",
        options.runs
    );
    println!("|---|---:|---:|---|---|---:|");
    for (subject, release, timing) in &results {
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
    println!();
    println!(
        "Dependency graph of zoom-api (`cargo tree -e normal`, host platform, deduplicated, \
         zoom-api excluded): {deps_default} crates with default features, {deps_minimal} with \
         `--no-default-features`. The synthetic crate has the same manifest, so the same graph."
    );
    println!();
    for release in profiles {
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
    Ok(())
}

fn profile_name(release: bool) -> &'static str {
    if release { "release" } else { "debug" }
}

/// Cores, CPU model and compiler, as one Markdown line.
fn machine(root: &Path) -> Result<String, String> {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name")?.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let rustc = capture(Command::new("rustc").arg("-V").current_dir(root))?;
    Ok(format!(
        "Machine: {cores} cores, {cpu}, {}, `CARGO_INCREMENTAL=0`.",
        rustc.trim()
    ))
}

/// Distinct crates (name and version) in zoom-api's normal dependency graph.
fn dependency_count(root: &Path, extra: &[&str]) -> Result<usize, String> {
    let mut command = cargo();
    command
        .current_dir(root)
        .args(["tree", "-p", "zoom-api", "-e", "normal", "--prefix", "none"])
        .args(extra);
    let tree = capture(&mut command)?;
    Ok(count_crates(&tree, "zoom-api"))
}

/// Counts distinct `name vX.Y.Z` entries of `cargo tree --prefix none`
/// output, leaving out `exclude` and cargo's `(*)`/`(proc-macro)` marks.
fn count_crates(tree: &str, exclude: &str) -> usize {
    let mut crates: Vec<(&str, &str)> = tree
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some((words.next()?, words.next()?))
        })
        .filter(|(name, _)| *name != exclude)
        .collect();
    crates.sort_unstable();
    crates.dedup();
    crates.len()
}

/// The generated files of a crate, as (file name, contents).
fn generated_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            let contents = read(&path)?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            files.push((name.into_owned(), contents));
        }
    }
    files.sort();
    Ok(files)
}

/// The `ops`-operation synthetic spec, written by the codegen benchmark's
/// tool mode so that `cargo bench` and this task use the same spec.
fn synthetic_spec(root: &Path, weigh: &Path, ops: usize) -> Result<String, String> {
    let out = weigh.join(format!("spec-{ops}.yaml"));
    println!(
        "writing the {ops}-operation synthetic spec to {}",
        out.display()
    );
    let mut command = cargo();
    command
        .current_dir(root)
        .args([
            "test",
            "--quiet",
            "-p",
            "zoom-api-codegen",
            "--bench",
            "codegen",
            "--",
            "--write-synthetic",
            &ops.to_string(),
        ])
        .arg(&out);
    run_status(&mut command)?;
    read(&out)
}

/// Copies zoom-api into `dir` as its own workspace, with `generated` as its
/// generated files; `tag` tells the copies apart (see [`throwaway_manifest`]).
fn stage(
    root: &Path,
    label: &str,
    tag: &str,
    dir: &Path,
    generated: &[(String, String)],
) -> Result<Subject, String> {
    let crate_dir = root.join(CRATE_DIR);
    let src = dir.join("src");
    if src.exists() {
        std::fs::remove_dir_all(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    }
    copy_dir(&crate_dir.join("src"), &src)?;
    let generated_dir = src.join("generated");
    for (name, _) in generated_files(&generated_dir)? {
        std::fs::remove_file(generated_dir.join(&name)).map_err(|e| e.to_string())?;
    }
    for (name, contents) in generated {
        write(&generated_dir.join(name), contents)?;
    }
    let manifest = throwaway_manifest(
        &read(&crate_dir.join("Cargo.toml"))?,
        &read(&root.join("Cargo.toml"))?,
        tag,
    );
    write(&dir.join("Cargo.toml"), &manifest)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    std::fs::copy(crate_dir.join("README.md"), dir.join("README.md"))
        .map_err(|e| format!("cannot copy README.md: {e}"))?;
    let operations = generated
        .iter()
        .map(|(_, c)| c.matches(": OperationInfo = OperationInfo::new(").count())
        .sum();
    let generated_lines = generated.iter().map(|(_, c)| c.lines().count()).sum();
    println!(
        "{label}: {operations} operations, {generated_lines} generated lines in {}",
        dir.display()
    );
    Ok(Subject {
        label: label.to_owned(),
        dir: dir.to_path_buf(),
        operations,
        generated_lines,
    })
}

/// The crate's manifest as the root of its own workspace: without
/// dev-dependencies and targets that are not copied, plus the sections it
/// inherits from (or is built with by) the real workspace.
///
/// `tag` is added to the package version as build metadata. Cargo derives a
/// path package's artifact names from its id with the path relative to its
/// workspace root, which is `.` for every copy; without distinct versions
/// the copies would share artifacts in the common target directory and
/// invalidate each other.
fn throwaway_manifest(crate_manifest: &str, workspace_manifest: &str, tag: &str) -> String {
    let keep_crate = |header: &str| {
        let dev_only = header.starts_with("[dev-dependencies")
            || (header.starts_with("[target.") && header.contains("dev-dependencies"));
        let target = ["[[bench]]", "[[test]]", "[[example]]", "[[bin]]"].contains(&header);
        !dev_only && !target
    };
    let keep_workspace = |header: &str| {
        header == "[workspace.package]"
            || header == "[workspace.dependencies]"
            || header.starts_with("[workspace.dependencies.")
            || header.starts_with("[profile.")
    };
    let mut out = String::from(
        "# Throwaway copy written by `cargo xtask weigh`; not part of the workspace.\n",
    );
    for (header, body) in sections(crate_manifest) {
        if header == "[package]" {
            out.push_str(&tag_version(body, tag));
        } else if header.is_empty() || keep_crate(header) {
            out.push_str(body);
        }
    }
    out.push_str("\n[workspace]\n\n");
    for (header, body) in sections(workspace_manifest) {
        if keep_workspace(header) {
            out.push_str(body);
        }
    }
    out
}

/// `version = "X"` in a `[package]` section becomes `version = "X+tag"`.
fn tag_version(package: &str, tag: &str) -> String {
    package
        .split_inclusive('\n')
        .map(|line| {
            let value = line
                .strip_prefix("version")
                .map(str::trim_start)
                .and_then(|rest| rest.strip_prefix('='))
                .map(str::trim)
                .and_then(|v| v.strip_prefix('"')?.strip_suffix('"'));
            match value {
                Some(version) => {
                    let joiner = if version.contains('+') { '.' } else { '+' };
                    format!("version = \"{version}{joiner}{tag}\"\n")
                }
                None => line.to_owned(),
            }
        })
        .collect()
}

/// Splits a TOML file into (header line, text including the header); text
/// before the first header has an empty header.
fn sections(toml: &str) -> Vec<(&str, &str)> {
    let mut starts: Vec<usize> = vec![0];
    let mut offset = 0;
    for line in toml.split_inclusive('\n') {
        if line.starts_with('[') && offset > 0 {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts.push(toml.len());
    starts
        .windows(2)
        .map(|w| {
            let text = &toml[w[0]..w[1]];
            let first = text.lines().next().unwrap_or("").trim();
            let header = if first.starts_with('[') {
                first.split('#').next().unwrap_or("").trim()
            } else {
                ""
            };
            (header, text)
        })
        .collect()
}

/// Builds the dependencies, then times `runs` builds of the crate alone.
fn build_times(dir: &Path, target: &Path, release: bool, runs: usize) -> Result<Timing, String> {
    let mut args = vec!["build"];
    if release {
        args.push("--release");
    }
    let build = || {
        let mut command = cargo();
        command
            .current_dir(dir)
            .args(&args)
            .env("CARGO_TARGET_DIR", target)
            .env("CARGO_INCREMENTAL", "0")
            .env("CARGO_TERM_COLOR", "never");
        command
    };
    // Dependencies (and the crate) first; not timed.
    run_status(&mut build())?;
    let started = Instant::now();
    let output = run_output(&mut build())?;
    let no_op = started.elapsed();
    let compiled = compiled_crates(&output);
    if !compiled.is_empty() {
        return Err(format!(
            "a second build compiled {compiled:?}; expected nothing"
        ));
    }
    let mut times = Vec::new();
    for _ in 0..runs {
        touch(&dir.join("src/lib.rs"))?;
        let started = Instant::now();
        let output = run_output(&mut build())?;
        let elapsed = started.elapsed();
        let compiled = compiled_crates(&output);
        if compiled != ["zoom-api"] {
            return Err(format!(
                "expected only zoom-api to compile, but cargo compiled {compiled:?}"
            ));
        }
        println!("    {}", seconds(elapsed));
        times.push(elapsed);
    }
    Ok(Timing { runs: times, no_op })
}

/// Names of the crates cargo reports compiling.
fn compiled_crates(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("Compiling "))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

fn touch(path: &Path) -> Result<(), String> {
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(SystemTime::now()))
        .map_err(|e| format!("cannot touch {}: {e}", path.display()))
}

fn median(times: &[Duration]) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

/// `median (min – max)`.
fn spread(times: &[Duration]) -> String {
    let min = times.iter().min().copied().unwrap_or_default();
    let max = times.iter().max().copied().unwrap_or_default();
    format!(
        "{} ({} – {})",
        seconds(median(times)),
        seconds(min),
        seconds(max)
    )
}

fn seconds(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let (source, dest) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_dir(&source, &dest)?;
        } else {
            std::fs::copy(&source, &dest)
                .map_err(|e| format!("cannot copy {}: {e}", source.display()))?;
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn capture(command: &mut Command) -> Result<String, String> {
    let output = run_output(command)?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Runs `command` with its output captured; fails (showing stderr) unless
/// it succeeds.
fn run_output(command: &mut Command) -> Result<Output, String> {
    let shown = format!("{command:?}");
    let output = command
        .output()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(format!(
            "{shown} exited with {}:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// Runs `command` with its output shown.
fn run_status(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throwaway_manifest_is_its_own_workspace() {
        let krate = "[package]\nname = \"zoom-api\"\nversion = \"0.1.0\"\nedition.workspace = true\n\n\
                     [dependencies]\nserde = \"1\"\n\n[dev-dependencies]\ndivan = \"0.1\"\n\n\
                     [[bench]]\nname = \"client\"\nharness = false\n";
        let workspace = "[workspace]\nmembers = [\"a\"]\n\n[workspace.package]\n\
                         edition = \"2024\"\n\n[profile.dev]\ndebug = 0\n\n\
                         [profile.dev.package.\"*\"]\ndebug = false\n";
        let manifest = throwaway_manifest(krate, workspace, "weigh.ops1000");
        for present in [
            "[package]",
            "version = \"0.1.0+weigh.ops1000\"\n",
            "serde = \"1\"",
            "\n[workspace]\n",
            "edition = \"2024\"",
            "[profile.dev]",
            "[profile.dev.package.\"*\"]",
        ] {
            assert!(manifest.contains(present), "{present} missing:\n{manifest}");
        }
        for absent in ["divan", "[[bench]]", "members"] {
            assert!(!manifest.contains(absent), "{absent} kept:\n{manifest}");
        }
    }

    #[test]
    fn crates_are_counted_once() {
        let tree = "zoom-api v0.1.0 (/w/zoom-api)\nbytes v1.11.0\nserde v1.0.1\n\
                    serde_derive v1.0.1 (proc-macro)\nbytes v1.11.0 (*)\nhashbrown v0.14.0\n\
                    hashbrown v0.15.0\n\n";
        assert_eq!(count_crates(tree, "zoom-api"), 5);
    }
}
