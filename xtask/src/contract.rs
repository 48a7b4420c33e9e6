//! `cargo xtask contract`: runs `zoom-api/tests/contract.rs` against the
//! Prism mock server serving the spec set (bundled into one document, since
//! Prism reads one), once with the spec's examples
//! (static mode) and once with data generated from its schemas (`-d`).
//!
//! Prism is installed with `npm ci` into `target/prism` from the lock file
//! in `xtask/prism/` (once; nothing global changes) and started per mode on a free port of
//! 127.0.0.1 with `--errors`, so requests that break the spec fail. Its log
//! goes to `target/prism/logs/<mode>.log` and the test output to
//! `target/prism/logs/<mode>-tests.log`. Prism is always stopped, by its
//! process id: after the tests, when they fail, when this task panics, and
//! (on Linux) when this task itself is killed. Ctrl-C reaches it directly,
//! as it stays in the terminal's process group.

use std::fs::File;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The npm package of the Prism CLI and its pinned version.
///
/// 5.14.2 is the newest release whose `engines` accept the Node.js 20 of
/// these machines (`>=18.20.1`); 5.15.10 and later declare `node >= 24.14`.
/// 5.16.0 does run on Node 20 here (with an `EBADENGINE` warning) and finds
/// exactly the same problems; move to it once the machines have Node 24.
const PRISM_PACKAGE: &str = "@stoplight/prism-cli";
const PRISM_VERSION: &str = "5.14.2";

/// Where Prism is installed, relative to the workspace root.
const PRISM_DIR: &str = "target/prism";
/// The committed `package.json` and `package-lock.json` that pin Prism's tree.
const LOCK_DIR: &str = "xtask/prism";
/// How long Prism may take to load the spec and answer.
const READY_TIMEOUT: Duration = Duration::from_secs(60);
/// Port picking can race with other programs; a start that lost the race
/// is tried again on another port this many times in all.
const START_ATTEMPTS: usize = 3;
/// The token the readiness probe and the tests send.
const TOKEN: &str = "contract-test-token";

#[derive(Debug, Clone, Copy)]
enum Mode {
    /// Answers are the spec's examples.
    Static,
    /// Answers are generated from the schemas (`--dynamic`).
    Dynamic,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Static => "static",
            Mode::Dynamic => "dynamic",
        }
    }

    fn flags(self) -> &'static [&'static str] {
        match self {
            Mode::Static => &[],
            Mode::Dynamic => &["--dynamic"],
        }
    }
}

pub fn run(root: &Path) -> Result<(), String> {
    let prism = install(root)?;
    // Build first, with its progress shown, so the timings below are the
    // runs alone and a compile error is not mistaken for a contract failure.
    let status = cargo(root)
        .args(["test", "-p", "zoom-api", "--test", "contract", "--no-run"])
        .status()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building the contract tests failed ({status})"));
    }
    let logs = root.join(PRISM_DIR).join("logs");
    std::fs::create_dir_all(&logs).map_err(|e| format!("cannot create {}: {e}", logs.display()))?;
    write_bundle(root)?;

    let mut failures = Vec::new();
    for mode in [Mode::Static, Mode::Dynamic] {
        let outcome = run_mode(root, &prism, &logs, mode)?;
        println!("{}", outcome.summary);
        failures.extend(outcome.failure);
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n"))
    }
}

/// Prism serves one document: the spec set bundled into one, with the
/// `$ref`s between its files made local.
const BUNDLE: &str = "target/prism/spec-bundle.json";

fn write_bundle(root: &Path) -> Result<(), String> {
    let specs = crate::spec::files(root)?;
    let bundle = codegen::bundle(&crate::spec::set(&specs)).map_err(|errors| errors.to_string())?;
    std::fs::write(root.join(BUNDLE), bundle).map_err(|e| format!("cannot write {BUNDLE}: {e}"))
}

/// Installs the pinned Prism into `target/prism` unless the same lock is
/// installed there already, and returns the path of its executable.
///
/// `xtask/prism/package-lock.json` pins every package under Prism (its
/// request validator and data generator decide the results), and `npm ci`
/// installs exactly that tree.
fn install(root: &Path) -> Result<PathBuf, String> {
    let dir = root.join(PRISM_DIR);
    let bin = dir.join("node_modules/.bin/prism");
    let manifest = dir
        .join("node_modules")
        .join(PRISM_PACKAGE)
        .join("package.json");
    let pinned = root.join(LOCK_DIR);
    let read = |path: PathBuf| {
        std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let lock = read(pinned.join("package-lock.json"))?;
    let installed_lock = std::fs::read(dir.join("package-lock.json")).ok();
    if bin.exists() && installed_lock.as_deref() == Some(lock.as_slice()) {
        return Ok(bin);
    }
    println!("installing {PRISM_PACKAGE}@{PRISM_VERSION} into {PRISM_DIR} (npm ci)");
    let started = Instant::now();
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::write(dir.join(file), read(pinned.join(file))?)
            .map_err(|e| format!("cannot write {PRISM_DIR}/{file}: {e}"))?;
    }
    let status = Command::new("npm")
        .arg("ci")
        .arg("--prefix")
        .arg(&dir)
        .args(["--no-audit", "--no-fund"])
        // Prism 5.15 and later depend on @scarf/scarf, whose install script
        // reports downloads; this opts out should npm ever run it.
        .env("SCARF_ANALYTICS", "false")
        .status()
        .map_err(|e| format!("cannot start npm (Prism needs Node.js and npm): {e}"))?;
    if !status.success() {
        return Err(format!("`npm ci` in {PRISM_DIR} failed ({status})"));
    }
    match installed_version(&manifest) {
        Some(v) if v == PRISM_VERSION && bin.exists() => {
            println!("installed Prism {v} in {:.1?}", started.elapsed());
            Ok(bin)
        }
        other => Err(format!(
            "after `npm ci`, {} holds version {other:?}; {LOCK_DIR} must pin {PRISM_VERSION}",
            manifest.display()
        )),
    }
}

/// The `version` of an npm package manifest.
fn installed_version(manifest: &Path) -> Option<String> {
    let text = std::fs::read_to_string(manifest).ok()?;
    // The first `"version"` key of the manifest is the package's own.
    let after = &text[text.find("\"version\"")? + "\"version\"".len()..];
    let after = after
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    Some(after[..after.find('"')?].to_owned())
}

/// What one mode's run gave.
struct Outcome {
    /// One line: the test counts, the number of requests and the time.
    summary: String,
    /// The test output and Prism's log of the faulty requests, on failure.
    failure: Option<String>,
}

/// Starts Prism in `mode`, runs the contract tests against it, stops it.
/// Fails only when the run itself could not be made.
fn run_mode(root: &Path, bin: &Path, logs: &Path, mode: Mode) -> Result<Outcome, String> {
    let started = Instant::now();
    let log_path = logs.join(format!("{}.log", mode.name()));
    let mut prism = Prism::start(root, bin, mode, &log_path)?;
    let booted = started.elapsed();

    let output = cargo(root)
        .args(["test", "-p", "zoom-api", "--test", "contract", "--"])
        .args(["--include-ignored", "--test-threads=1"])
        .env("ZOOM_CONTRACT_URL", prism.url())
        .env("ZOOM_CONTRACT_MODE", mode.name())
        .env("ZOOM_CONTRACT_PRISM_LOG", &log_path)
        // Prism's answer says what went wrong; a backtrace only hides it.
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .output();
    let port = prism.port;
    prism.stop();
    let output = output.map_err(|e| format!("cannot start cargo test: {e}"))?;

    let tests = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let tests_path = logs.join(format!("{}-tests.log", mode.name()));
    // Best effort: the output is also in the error below.
    let _ = std::fs::write(&tests_path, &tests);
    let log = std::fs::read_to_string(&log_path).unwrap_or_default();
    let requests = log.matches("Request received").count();
    let counts = tests
        .lines()
        .rev()
        .find_map(test_counts)
        .unwrap_or_else(|| "no test result".to_owned());

    let summary = format!(
        "contract ({}): {} {counts}; {requests} requests to Prism {PRISM_VERSION} \
         on 127.0.0.1:{port} in {:.1?} (Prism up after {:.1?})",
        mode.name(),
        if output.status.success() {
            "ok,"
        } else {
            "FAILED,"
        },
        started.elapsed(),
        booted,
    );
    let failure = (!output.status.success()).then(|| {
        format!(
            "contract tests failed in {mode} mode ({status}); test output ({tests}):\n\
             {test_output}\n\
             Prism's log of the requests it found at fault (whole log: {log}):\n{faults}",
            mode = mode.name(),
            status = output.status,
            tests = tests_path.display(),
            test_output = tests.trim_end(),
            log = log_path.display(),
            faults = faults(&log),
        )
    });
    Ok(Outcome { summary, failure })
}

/// `28 passed, 2 failed` from libtest's `test result: FAILED. 28 passed;
/// 2 failed; 0 ignored; ...` line.
fn test_counts(line: &str) -> Option<String> {
    let rest = line.strip_prefix("test result: ")?;
    let counts: Vec<&str> = rest
        .split(['.', ';'])
        .map(str::trim)
        .filter(|part| part.ends_with(" passed") || part.ends_with(" failed"))
        .collect();
    Some(counts.join(", "))
}

/// The blocks of Prism's log (one per request) in which Prism reports an
/// error, without the timestamps, the request headers and the rest of
/// Prism's chatter. Left out: warnings (such as a deprecated parameter
/// being sent) and the request the tests send without a token on purpose.
fn faults(log: &str) -> String {
    const MAX_BLOCKS: usize = 20;
    const MAX_LINE: usize = 2000;
    let mut blocks: Vec<Vec<&str>> = Vec::new();
    for line in log.lines() {
        // `[9:52:30 PM] › [HTTP SERVER] ...`: drop the time.
        let line = line.split_once(" › ").map_or(line, |(_, rest)| rest);
        if line.starts_with("[HTTP SERVER]") && line.ends_with("Request received") {
            blocks.push(Vec::new());
        }
        if let Some(block) = blocks.last_mut() {
            block.push(line);
        }
    }
    let faulty: Vec<String> = blocks
        .iter()
        .filter(|block| {
            let failed = block.iter().any(|line| {
                line.contains("✖")
                    && (line.contains("[VALIDATOR]") || line.starts_with("[HTTP SERVER]"))
            });
            let anonymous = !block.iter().any(|line| line.contains("< \tauthorization:"))
                && block
                    .iter()
                    .any(|line| line.contains("Invalid security scheme used"));
            failed && !anonymous
        })
        .map(|block| {
            block
                .iter()
                .filter(|line| {
                    ["[HTTP SERVER]", "[VALIDATOR]", "Body:", "Responding with"]
                        .iter()
                        .any(|keep| line.contains(keep))
                })
                .map(|line| match line.char_indices().nth(MAX_LINE) {
                    Some((cut, _)) => format!("{} ...", &line[..cut]),
                    None => (*line).to_owned(),
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    if faulty.is_empty() {
        return "(none)".to_owned();
    }
    let shown = faulty.len().min(MAX_BLOCKS);
    let mut text = faulty[..shown].join("\n\n");
    if faulty.len() > shown {
        text.push_str(&format!("\n\n... and {} more", faulty.len() - shown));
    }
    text
}

/// A running Prism; stopped when dropped.
struct Prism {
    child: Child,
    port: u16,
}

impl Prism {
    fn start(root: &Path, bin: &Path, mode: Mode, log_path: &Path) -> Result<Prism, String> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let port = free_port()?;
            let log = File::create(log_path)
                .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
            let log_err = log.try_clone().map_err(|e| e.to_string())?;
            let mut command = Command::new(bin);
            command
                .current_dir(root)
                .arg("mock")
                .arg(BUNDLE)
                .args(mode.flags())
                // Debug level logs each request's headers and body and each
                // answer, so a failure shows the offending value.
                .args(["--errors", "--verboseLevel", "debug", "--host", "127.0.0.1"])
                .arg("--port")
                .arg(port.to_string())
                .stdin(Stdio::null())
                .stdout(log)
                .stderr(log_err);
            die_with_parent(&mut command);
            let child = command
                .spawn()
                .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
            let mut prism = Prism { child, port };
            match prism.wait_until_ready(log_path) {
                Ok(()) => return Ok(prism),
                Err(message) => {
                    prism.stop();
                    let log = std::fs::read_to_string(log_path).unwrap_or_default();
                    if log.contains("EADDRINUSE") && attempt < START_ATTEMPTS {
                        continue;
                    }
                    return Err(format!(
                        "Prism ({} mode) did not start: {message}; its log ({}):\n{}",
                        mode.name(),
                        log_path.display(),
                        tail(&log, 40)
                    ));
                }
            }
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Waits until Prism says it listens and answers an HTTP request.
    fn wait_until_ready(&mut self, log_path: &Path) -> Result<(), String> {
        let deadline = Instant::now() + READY_TIMEOUT;
        let listening = format!("Prism is listening on http://127.0.0.1:{}", self.port);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("it exited ({status})"));
            }
            let log = std::fs::read_to_string(log_path).unwrap_or_default();
            if log.contains(&listening) && self.answers() {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!("it did not answer within {READY_TIMEOUT:?}"));
            }
            sleep(Duration::from_millis(100));
        }
    }

    /// Whether an HTTP request to the port gets an HTTP answer.
    fn answers(&self) -> bool {
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let Ok(mut stream) = TcpStream::connect_timeout(&address, Duration::from_millis(500))
        else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
        let request = format!(
            "GET /users/me/zak HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\
             Authorization: Bearer {TOKEN}\r\nConnection: close\r\n\r\n",
            self.port
        );
        let mut head = [0_u8; 12];
        stream.write_all(request.as_bytes()).is_ok()
            && stream.read_exact(&mut head).is_ok()
            && head.starts_with(b"HTTP/1.1 ")
    }

    /// Stops Prism by its process id (it starts no processes of its own)
    /// and reaps it; does nothing when it has already exited.
    fn stop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A port of 127.0.0.1 that was free a moment ago.
fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("cannot bind a port on 127.0.0.1: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    drop(listener);
    Ok(port)
}

/// Has Linux kill the child when this task dies without running its
/// destructors (SIGKILL, SIGTERM), so no Prism outlives it.
#[cfg(target_os = "linux")]
fn die_with_parent(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    unsafe extern "C" {
        fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
    }
    const PR_SET_PDEATHSIG: std::ffi::c_int = 1;
    const SIGKILL: std::ffi::c_ulong = 9;
    // SAFETY: the closure runs in the child between fork and exec, where
    // only async-signal-safe calls are allowed; prctl is a plain system call.
    unsafe {
        command.pre_exec(|| {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            Ok(())
        });
    }
}

#[cfg(not(target_os = "linux"))]
fn die_with_parent(_command: &mut Command) {}

fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.current_dir(root);
    command
}

/// The last `lines` lines of `text`.
fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_version_of_a_manifest() {
        let dir = std::env::temp_dir().join(format!("xtask-contract-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let manifest = dir.join("package.json");
        std::fs::write(
            &manifest,
            "{\n  \"name\": \"x\",\n  \"version\" : \"5.16.0\",\n  \"dependencies\": {}\n}",
        )
        .unwrap();
        assert_eq!(installed_version(&manifest).as_deref(), Some("5.16.0"));
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(installed_version(&manifest), None);
    }

    #[test]
    fn counts_tests() {
        let line = "test result: FAILED. 28 passed; 2 failed; 0 ignored; 0 measured; \
                    0 filtered out; finished in 2.96s";
        assert_eq!(test_counts(line).as_deref(), Some("28 passed, 2 failed"));
        assert_eq!(test_counts("running 30 tests"), None);
    }

    #[test]
    fn faults_keep_only_the_requests_prism_found_at_fault() {
        let log = "\
[9:52:20 PM] › [CLI] ▶  start     Prism is listening on http://127.0.0.1:4010
[9:52:30 PM] › [HTTP SERVER] get /users/me/zak ℹ  info      Request received
[9:52:30 PM] ›     [VALIDATOR] ✔  success   The request passed the validation rules. Looking for the best response
[9:52:30 PM] ›     [NEGOTIATOR] ⚠  warning   Unable to find content for application/json
[9:52:31 PM] › [HTTP SERVER] patch /users/me/settings ℹ  info      Request received
[9:52:31 PM] ›     [VALIDATOR] ⚠  warning   Request did not pass the validation rules
[9:52:31 PM] ›     [NEGOTIATOR] ⬤  debug     < \tauthorization: Bearer contract-test-token
[9:52:31 PM] ›     [VALIDATOR] ✖  error     Request body must match exactly one schema in oneOf
[9:52:32 PM] › [HTTP SERVER] get /users ℹ  info      Request received
[9:52:32 PM] ›     [VALIDATOR] ⚠  warning   Query param page_number is deprecated
[9:52:33 PM] › [HTTP SERVER] get /users/me/zak ℹ  info      Request received
[9:52:33 PM] ›     [VALIDATOR] ✖  error     Invalid security scheme used
";
        assert_eq!(
            faults(log),
            "[HTTP SERVER] patch /users/me/settings ℹ  info      Request received\n    \
             [VALIDATOR] ⚠  warning   Request did not pass the validation rules\n    \
             [VALIDATOR] ✖  error     Request body must match exactly one schema in oneOf"
        );
        assert_eq!(faults(""), "(none)");
    }
}
