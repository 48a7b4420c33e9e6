//! `cargo xtask ci`: the project's whole check, in the order that fails
//! fastest. Every cargo step shares the workspace target directory, so the
//! dependencies are built once (and once more for clippy's check mode).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Version of the independent OpenAPI validator, pinned for repeatable CI.
const SPEC_VALIDATOR: &str = "openapi-spec-validator==0.9.0";

/// Optional features the checks and tests build too, so their code is
/// linted and tested (`native-tls` is left out: it needs OpenSSL's headers).
/// `redis` needs `redis-server` on the PATH for its tests (`.ci/run`
/// installs it); the tests start their own on a loopback port.
const EXTRA_FEATURES: &str = "zoom-api/webhooks,zoom-api/axum,zoom-api/redis,zoom-api/user-oauth";

/// Cases per property of the bounded fuzz run: about a minute on 2 cores.
const FUZZ_CASES: &str = "256";

pub fn run(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    step("format", || cargo(root, &["fmt", "--all", "--check"], &[]))?;
    step("generated code is fresh", || crate::codegen(true))?;
    step("spec validates (openapi-spec-validator)", || {
        validate_spec(root)
    })?;
    step("clippy", || {
        cargo(
            root,
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--locked",
                "--features",
                EXTRA_FEATURES,
                "--",
                "-D",
                "warnings",
            ],
            &[],
        )
    })?;
    step("every group builds alone", || each_group_alone(root))?;
    step("tests", || tests(root))?;
    step("fuzz the generator (bounded, about a minute)", || {
        // The property test again, with more cases than `tests` runs and a
        // fresh random seed each time; a failure prints the input.
        cargo(
            root,
            &[
                "test",
                "--locked",
                "-p",
                "zoom-api-codegen",
                "--test",
                "never_panics",
            ],
            &[("PROPTEST_CASES", FUZZ_CASES)],
        )
    })?;
    step("contract tests (Prism mock server)", || {
        crate::contract::run(root)
    })?;
    step("docs", || {
        cargo(
            root,
            &[
                "doc",
                "--no-deps",
                "--locked",
                "-p",
                "zoom-api",
                "--features",
                "webhooks,axum,redis,user-oauth",
            ],
            &[("RUSTDOCFLAGS", "-D warnings")],
        )
    })?;
    step("package dry run", || {
        cargo(
            root,
            &[
                "publish",
                "--dry-run",
                "--locked",
                "--allow-dirty",
                "-p",
                "zoom-api",
            ],
            &[],
        )
    })?;
    println!("ci: all checks passed in {:.0?}", started.elapsed());
    Ok(())
}

fn step(name: &str, f: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    println!("==> {name}");
    let started = Instant::now();
    let result = f().map_err(|e| format!("ci step `{name}` failed: {e}"));
    println!("<== {name} ({:.1?})", started.elapsed());
    result
}

/// `cargo check` of zoom-api with no group, with each group alone, and with
/// `full`, so no group leans on another's feature.
fn each_group_alone(root: &Path) -> Result<(), String> {
    let groups = crate::spec::feature_groups(&crate::spec::files(root)?);
    let mut sets: Vec<String> = vec!["rustls-tls".to_owned()];
    sets.extend(groups.iter().map(|g| format!("{g},rustls-tls")));
    sets.push("full,rustls-tls".to_owned());
    // The optional features alone, without the TLS backend that already
    // builds ring.
    for optional in ["webhooks", "axum", "user-oauth", "redis"] {
        sets.push(optional.to_owned());
    }
    for features in &sets {
        println!("    features: {features}");
        cargo(
            root,
            &[
                "check",
                "--locked",
                "-p",
                "zoom-api",
                "--no-default-features",
                "--features",
                features,
            ],
            &[],
        )?;
    }
    Ok(())
}

/// nextest for the unit and integration tests when it is installed (it runs
/// test binaries in parallel), `cargo test` otherwise; doc tests either way.
fn tests(root: &Path) -> Result<(), String> {
    let nextest = Command::new("cargo")
        .args(["nextest", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if nextest {
        let run = [
            "nextest",
            "run",
            "--workspace",
            "--locked",
            "--features",
            EXTRA_FEATURES,
            "--no-fail-fast",
        ];
        cargo(
            root,
            &[&run[..], &["-E", "not binary(fleet)"]].concat(),
            &[],
        )?;
        // The fleet tests count requests per second at the server: they run
        // alone, one at a time, so other tests' load cannot bunch them.
        let alone = ["-E", "binary(fleet)", "--test-threads", "1"];
        cargo(root, &[&run[..], &alone[..]].concat(), &[])?;
        let doc = [
            "test",
            "--workspace",
            "--locked",
            "--doc",
            "--features",
            EXTRA_FEATURES,
        ];
        cargo(root, &doc, &[])
    } else {
        let all = [
            "test",
            "--workspace",
            "--locked",
            "--features",
            EXTRA_FEATURES,
        ];
        cargo(root, &all, &[])
    }
}

/// Installs the pinned validator into `target/spec-venv` (once) and runs it.
fn validate_spec(root: &Path) -> Result<(), String> {
    let venv = root.join("target/spec-venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        exec(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
        exec(Command::new(&python).args(["-m", "pip", "install", "--quiet", SPEC_VALIDATOR]))?;
    }
    // Each fragment alone: the validator follows the relative `$ref`s.
    let mut command = Command::new(venv.join("bin/openapi-spec-validator"));
    for file in crate::spec::files(root)? {
        command.arg(root.join(file.path));
    }
    exec(&mut command)
}

fn cargo(root: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.current_dir(root).args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    exec(&mut command)
}

fn exec(command: &mut Command) -> Result<(), String> {
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
