//! `--profile`: where the synthetic crate's build time goes.
//!
//! - **`-Z time-passes`**: the staged crate is rebuilt alone, in debug and
//!   (unless `--debug-only`) release, with `RUSTC_BOOTSTRAP=1 cargo rustc
//!   --lib [--release] -- -Z time-passes` (stable rustc,
//!   its nightly flags unlocked), and the longest passes are listed with
//!   the RSS rustc had after each. Passes nest (`total` holds everything,
//!   `analysis` holds type and borrow checking), so shares do not add up.
//! - **`cargo llvm-lines`**, when installed (`cargo install
//!   cargo-llvm-lines`): the functions with the most LLVM IR lines in a
//!   debug build, generic instantiations summed per function; this is what
//!   code generation and LLVM spend their time on.

use super::Subject;
use super::build_timing::in_subject;
use super::files::touch;
use super::process::{cargo, run_output};
use super::report::profile_name;

/// Passes and functions listed.
const TOP: usize = 15;

/// Runs both tools on `subject` (time-passes in each of `profiles`) and
/// prints what they show.
pub(super) fn run(subject: &Subject, profiles: &[bool]) -> Result<(), String> {
    println!();
    println!("## where the build time of {} goes", subject.label);
    let mut columns = Vec::new();
    for &release in profiles {
        columns.push((release, passes_of(subject, release)?));
    }
    // Passes in order of the longest time any profile spent in them.
    let mut names: Vec<(&str, f64)> = Vec::new();
    for pass in columns.iter().flat_map(|(_, passes)| passes) {
        match names.iter_mut().find(|(n, _)| *n == pass.name) {
            Some((_, longest)) => *longest = longest.max(pass.seconds),
            None => names.push((&pass.name, pass.seconds)),
        }
    }
    names.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!();
    println!("`-Z time-passes`, the {TOP} longest passes (nested: they overlap):");
    println!();
    let header: Vec<String> = columns
        .iter()
        .map(|(release, _)| format!("{} s | RSS after", profile_name(*release)))
        .collect();
    println!("| pass | {} |", header.join(" | "));
    println!("|---|{}", "---:|---:|".repeat(columns.len()));
    for (name, _) in names.iter().take(TOP) {
        let cells: Vec<String> = columns
            .iter()
            .map(|(_, passes)| {
                passes
                    .iter()
                    .find(|p| p.name == *name)
                    .map_or("– | –".to_owned(), |p| {
                        format!("{:.2} | {}", p.seconds, p.rss_after)
                    })
            })
            .collect();
        println!("| {name} | {} |", cells.join(" | "));
    }
    llvm_lines(subject)
}

/// The crate rebuilt alone under `-Z time-passes`: its passes.
fn passes_of(subject: &Subject, release: bool) -> Result<Vec<Pass>, String> {
    println!("==> -Z time-passes, {}", profile_name(release));
    touch(&subject.dir.join("src/lib.rs"))?;
    let mut rustc = in_subject(subject, cargo());
    rustc.env("RUSTC_BOOTSTRAP", "1").args(["rustc", "--lib"]);
    if release {
        rustc.arg("--release");
    }
    rustc.args(["--", "-Z", "time-passes"]);
    let output = run_output(&mut rustc)?;
    Ok(time_passes(&String::from_utf8_lossy(&output.stderr)))
}

/// The top of `cargo llvm-lines`, or how to get it.
fn llvm_lines(subject: &Subject) -> Result<(), String> {
    let installed = cargo()
        .args(["llvm-lines", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    println!();
    if !installed {
        println!("(`cargo llvm-lines` is not installed: `cargo install cargo-llvm-lines`)");
        return Ok(());
    }
    let mut command = in_subject(subject, cargo());
    command.args(["llvm-lines", "--lib"]);
    let output = run_output(&mut command)?;
    println!("`cargo llvm-lines --lib`, debug, the {TOP} largest functions:");
    println!();
    println!("```text");
    for line in String::from_utf8_lossy(&output.stdout)
        .lines()
        .take(TOP + 3)
    {
        println!("{line}");
    }
    println!("```");
    Ok(())
}

/// One line of `-Z time-passes`.
#[derive(Debug, PartialEq)]
struct Pass {
    name: String,
    seconds: f64,
    rss_after: String,
}

/// Reads lines such as
/// `time:   1.234; rss:  100MB ->  250MB ( +150MB)\ttype_check_crate`.
fn time_passes(stderr: &str) -> Vec<Pass> {
    stderr
        .lines()
        .filter_map(|line| {
            let rest = line.trim_start().strip_prefix("time:")?;
            let (seconds, rest) = rest.split_once(';')?;
            let name = rest.split_whitespace().last()?.to_owned();
            let rss_after = rest
                .split_once("->")
                .and_then(|(_, after)| after.split_whitespace().next())
                .unwrap_or("")
                .to_owned();
            Some(Pass {
                name,
                seconds: seconds.trim().parse().ok()?,
                rss_after,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_passes_lines_are_read() {
        let stderr = "   Compiling zoom-api v0.1.0\n\
                      time:   1.234; rss:  100MB ->  250MB ( +150MB)\ttype_check_crate\n\
                      time:   0.010; rss:   35MB ->   36MB (   +1MB)\tparse_crate\n";
        let passes = time_passes(stderr);
        assert_eq!(passes.len(), 2);
        assert_eq!(
            passes[0],
            Pass {
                name: "type_check_crate".to_owned(),
                seconds: 1.234,
                rss_after: "250MB".to_owned()
            }
        );
    }
}
