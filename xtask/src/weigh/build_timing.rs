//! Timed builds of a staged crate.

use std::path::Path;
use std::process::Output;
use std::time::Instant;

use super::Timing;
use super::files::touch;
use super::process::{cargo, run_output, run_status};
use super::report::seconds;

/// Builds the dependencies, then times `runs` builds of the crate alone.
pub(super) fn build_times(
    dir: &Path,
    target: &Path,
    release: bool,
    runs: usize,
) -> Result<Timing, String> {
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
