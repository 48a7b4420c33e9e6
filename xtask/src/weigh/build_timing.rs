//! Timed builds of a staged crate, with the peak memory of each.

use std::process::{Command, Output};
use std::time::Instant;

use super::files::{read, touch};
use super::process::{cargo, cargo_program, run_output, run_status};
use super::report::seconds;
use super::{Rebuild, Subject, Timing};

/// GNU time, which reports the peak RSS of the command it runs (`%M`: the
/// largest resident set, in KiB, of any process it waited for; in a crate
/// build that is rustc).
pub(super) const GNU_TIME: &str = "/usr/bin/time";

/// Fails early, with the fix, when GNU time is not installed.
pub(super) fn check_gnu_time() -> Result<(), String> {
    let works = Command::new(GNU_TIME)
        .args(["-f", "%M", "true"])
        .output()
        .is_ok_and(|o| o.status.success());
    if works {
        Ok(())
    } else {
        Err(format!(
            "cargo xtask weigh needs GNU time at {GNU_TIME} for the peak memory \
             of each build (Debian: `apt-get install time`)"
        ))
    }
}

/// Builds the dependencies, then times `runs` builds of the subject's own
/// crate(s) alone, each under GNU time.
pub(super) fn build_times(subject: &Subject, release: bool, runs: usize) -> Result<Timing, String> {
    let mut args = vec!["build"];
    if release {
        args.push("--release");
    }
    args.extend(subject.cargo_args.iter().map(String::as_str));
    // Dependencies (and the crate) first; not timed.
    run_status(in_subject(subject, cargo()).args(&args))?;
    let started = Instant::now();
    let output = run_output(in_subject(subject, cargo()).args(&args))?;
    let no_op = started.elapsed();
    let compiled = compiled_crates(&output);
    if !compiled.is_empty() {
        return Err(format!(
            "a second build compiled {compiled:?}; expected nothing"
        ));
    }
    let load_before = load_average()?;
    let rss_file = subject.target.join("weigh-peak-rss.txt");
    let mut times = Vec::new();
    let mut peak_rss_kib = 0;
    for _ in 0..runs {
        prepare(subject, release)?;
        let mut timed = Command::new(GNU_TIME);
        timed
            .args(["-f", "%M", "-o"])
            .arg(&rss_file)
            .arg(cargo_program())
            .args(&args);
        let started = Instant::now();
        let output = run_output(&mut in_subject(subject, timed))?;
        let elapsed = started.elapsed();
        let mut compiled = compiled_crates(&output);
        compiled.sort();
        let mut expected = subject.compiles.clone();
        expected.sort();
        if compiled != expected {
            return Err(format!(
                "expected cargo to compile only {:?}, but it compiled {compiled:?}",
                subject.compiles
            ));
        }
        let rss = parse_rss(&read(&rss_file)?)?;
        println!("    {} (peak RSS {})", seconds(elapsed), megabytes(rss));
        peak_rss_kib = peak_rss_kib.max(rss);
        times.push(elapsed);
    }
    Ok(Timing {
        runs: times,
        no_op,
        peak_rss_kib,
        load_before,
    })
}

/// The 1-minute load average (`/proc/loadavg`): how busy the machine was.
pub(super) fn load_average() -> Result<f64, String> {
    read(std::path::Path::new("/proc/loadavg"))?
        .split_whitespace()
        .next()
        .and_then(|l| l.parse().ok())
        .ok_or_else(|| "cannot read the load average from /proc/loadavg".to_owned())
}

/// `command` run in the subject's folder, with its target directory,
/// incremental compilation off and plain output.
pub(super) fn in_subject(subject: &Subject, mut command: Command) -> Command {
    command
        .current_dir(&subject.dir)
        .env("CARGO_TARGET_DIR", &subject.target)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_TERM_COLOR", "never");
    command
}

/// Makes the next build recompile the subject's crate, and only it.
fn prepare(subject: &Subject, release: bool) -> Result<(), String> {
    match &subject.rebuild {
        Rebuild::Touch(file) => touch(&subject.dir.join(file)),
        Rebuild::Clean(package) => {
            let mut clean = in_subject(subject, cargo());
            clean.args(["clean", "--quiet", "-p", package]);
            if release {
                clean.arg("--release");
            }
            run_output(&mut clean).map(drop)
        }
    }
}

/// The last line GNU time wrote: the peak RSS in KiB.
fn parse_rss(text: &str) -> Result<u64, String> {
    text.lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .ok_or_else(|| format!("GNU time wrote no peak RSS: {text:?}"))
}

/// KiB as decimal megabytes (10^6 bytes), the unit of the goals.
pub(super) fn megabytes(kib: u64) -> String {
    format!("{:.0} MB", kib as f64 * 1024.0 / 1e6)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peak_rss_is_the_last_line() {
        assert_eq!(
            parse_rss("Command exited with non-zero status 1\n1234\n"),
            Ok(1234)
        );
        assert!(parse_rss("").is_err());
        assert_eq!(megabytes(1_000_000), "1024 MB");
    }
}
