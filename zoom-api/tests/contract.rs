//! Contract tests: every operation, called the way a user calls it, against
//! the Prism mock server serving the spec set (bundled into one document).
//!
//! These tests do not check the client against itself (tests/operations.rs
//! does that with hand-written replies); they check it against an
//! independent reading of the spec:
//!
//! - Prism runs with `--errors`, so a request that breaks the spec (a wrong
//!   path, a query value outside its enum, a body that misses a required
//!   field or matches no schema, a misnamed upload part, a missing
//!   `Authorization: Bearer` header) fails: with the operation's own 400
//!   response when the spec has one (a made-up example; Prism's log, quoted
//!   in the failure, names the violation), otherwise with a problem+json
//!   422/401/404 naming it. Prism also checks its own answer against the
//!   spec and answers 500 when that fails (e.g. a body matching more than
//!   one branch of a `oneOf`).
//! - In static mode Prism answers with the spec's examples; in dynamic mode
//!   (`-d`) with random data generated from the schemas, which nobody chose
//!   to suit the client. Either way the client must decode the answer, and
//!   every enum value and union shape the spec names must land in a known
//!   variant, not in `Unknown(..)` / `Other(..)`.
//!
//! The tests are ignored unless asked for: `cargo xtask contract` installs
//! Prism, starts it in each mode and runs them with
//! `ZOOM_CONTRACT_URL=http://127.0.0.1:PORT` and
//! `ZOOM_CONTRACT_MODE=static|dynamic`. To run them by hand:
//!
//! ```text
//! target/prism/node_modules/.bin/prism mock target/prism/spec-bundle.json --errors -v debug -p 4010 > prism.log &
//! ZOOM_CONTRACT_URL=http://127.0.0.1:4010 ZOOM_CONTRACT_PRISM_LOG=prism.log \
//!     cargo test -p zoom-api --test contract -- --include-ignored --test-threads=1
//! ```
//!
//! (`ZOOM_CONTRACT_ROUNDS=N` changes how often each call is made: once in
//! static mode, 20 times in dynamic mode by default.)

mod support;
#[path = "table/mod.rs"]
mod table;
// The hand-written modules below name the shared bodies as `crate::bodies`.
use support::bodies;

// The crate root resolves `mod x;` in `tests/`, where Cargo would build
// every file as a test target of its own; `#[path]` keeps the modules in
// `tests/contract/`, compiled into this one test binary.
#[path = "contract/png.rs"]
mod png;

// Every operation, from the call table and its cases (`every_operation`);
// hand-written beside it only what one call per operation cannot show:
// every shape of the settings union (`settings`) and that Prism enforces
// the security scheme (`security`).
#[path = "contract/every_operation.rs"]
mod every_operation;
#[path = "contract/security.rs"]
mod security;
#[path = "contract/settings.rs"]
mod settings;

use std::fmt::Debug;
use std::future::Future;
use std::time::Duration;

use zoom_api::{Client, Error, RetryPolicy};

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

/// Which answers Prism gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The spec's examples (`prism mock`).
    Static,
    /// Random data generated from the schemas (`prism mock -d`).
    Dynamic,
}

/// A client pointed at Prism, and how many times to make each call.
struct Contract {
    client: Client,
    mode: Mode,
    rounds: usize,
}

fn contract() -> Contract {
    let url = std::env::var("ZOOM_CONTRACT_URL").unwrap_or_else(|_| {
        panic!(
            "ZOOM_CONTRACT_URL is not set: the contract tests need a Prism mock server \
             serving the spec; run them with `cargo xtask contract`"
        )
    });
    let mode = match std::env::var("ZOOM_CONTRACT_MODE").as_deref() {
        Ok("static") | Err(_) => Mode::Static,
        Ok("dynamic") => Mode::Dynamic,
        Ok(other) => panic!("ZOOM_CONTRACT_MODE must be `static` or `dynamic`, not `{other}`"),
    };
    // Static answers never change, so once is enough; random ones are
    // drawn many times to see more of the schemas (20 rounds of every call
    // take about 4 s).
    let rounds = match std::env::var("ZOOM_CONTRACT_ROUNDS") {
        Ok(n) => n
            .parse()
            .unwrap_or_else(|_| panic!("ZOOM_CONTRACT_ROUNDS must be a number, not `{n}`")),
        Err(_) if mode == Mode::Dynamic => 20,
        Err(_) => 1,
    };
    let client = Client::builder()
        .base_url(url)
        .bearer_token("contract-test-token")
        // Prism answers 500 when its own answer breaks the spec; retrying
        // would only repeat that, more slowly.
        .retry_policy(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client configuration is valid");
    Contract {
        client,
        mode,
        rounds,
    }
}

impl Contract {
    /// Makes the call `make` builds `rounds` times; every answer must be a
    /// 2xx that decodes, and is returned for the caller to check further.
    async fn each<T, F, Fut>(&self, operation: &str, make: F) -> Vec<T>
    where
        T: Debug,
        F: FnMut(&Client) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        self.try_each(operation, make)
            .await
            .unwrap_or_else(|failure| panic!("{failure}"))
    }

    /// Like [`each`](Self::each), but returns the first failure, so that a
    /// test of several variants can report all of them.
    async fn try_each<T, F, Fut>(&self, operation: &str, mut make: F) -> Result<Vec<T>, String>
    where
        T: Debug,
        F: FnMut(&Client) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let mut answers = Vec::with_capacity(self.rounds);
        for round in 1..=self.rounds {
            let at = format!("{operation} ({:?} mode, call {round})", self.mode);
            answers.push(succeeded(&at, make(&self.client).await)?);
        }
        Ok(answers)
    }
}

/// Panics with every failure of a test's variants, if any.
fn all_succeeded(failures: Vec<String>) {
    if !failures.is_empty() {
        panic!(
            "{} of the variants failed:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
}

/// The value of a successful call; otherwise what went wrong: whether
/// Prism rejected the request (and why, in its own words) or the client
/// could not decode the answer (and what the answer was).
fn succeeded<T: Debug>(at: &str, result: Result<T, Error>) -> Result<T, String> {
    let error = match result {
        Ok(value) => {
            known(at, &value)?;
            return Ok(value);
        }
        Err(error) => error,
    };
    Err(match &error {
        Error::Api(api) => {
            let whose = match api.status() {
                400 | 401 | 403 | 404 | 405 | 415 | 422 => {
                    "Prism rejected the request as breaking the spec"
                }
                500 => "Prism found its own answer breaking the spec (or failed)",
                _ => "Prism answered an error status",
            };
            format!(
                "{at}: {whose}.\n  client error: {error}\n  Prism's answer ({}):\n{}\n{}",
                api.status(),
                indent(api.body_excerpt()),
                prism_log_of_last_request(),
            )
        }
        Error::Decode(decode) => format!(
            "{at}: the client could not decode Prism's answer, which follows the spec.\n  \
             client error: {error}\n  where: `{}`\n  content type: {:?}\n  body:\n{}",
            decode.path(),
            decode.content_type(),
            indent(decode.body_excerpt()),
        ),
        other => format!("{at}: the call failed: {other} ({other:?})"),
    })
}

/// Fails when a decoded value holds an `Unknown(..)` enum value or an
/// `Other(..)` union shape: Prism only sends values and shapes the spec
/// lists, so the client should know each of them.
fn known<T: Debug>(at: &str, value: &T) -> Result<(), String> {
    known_text(at, &format!("{value:#?}"))
}

/// [`known`] on a value's `{:#?}` text.
fn known_text(at: &str, shown: &str) -> Result<(), String> {
    for marker in ["Unknown(", "Other("] {
        if let Some(found) = shown.find(marker) {
            let start = shown[..found].rfind('\n').map_or(0, |i| i + 1);
            let context: Vec<&str> = shown[start..].lines().take(8).collect();
            return Err(format!(
                "{at}: the client decoded a value the spec lists as `{marker}..)`, \
                 i.e. as one it does not know:\n{}\n\nwhole value:\n{shown}",
                context.join("\n")
            ));
        }
    }
    Ok(())
}

/// What Prism logged about the last request it received: the request, its
/// body and Prism's verdict, with any violation and its location. Prism
/// answers a request that breaks the spec with the operation's own 400
/// response when the spec has one, so its answer is a made-up example and
/// only the log says what broke.
///
/// `cargo xtask contract` runs Prism at debug level and tells the tests
/// where its log is; the tests run one at a time, so the last request in
/// the log is the one that failed.
fn prism_log_of_last_request() -> String {
    let Some(path) = std::env::var_os("ZOOM_CONTRACT_PRISM_LOG").map(std::path::PathBuf::from)
    else {
        return "  (set ZOOM_CONTRACT_PRISM_LOG to Prism's log file to see its verdict here)"
            .into();
    };
    // Prism logs the violations just after it has answered.
    std::thread::sleep(Duration::from_millis(300));
    let log = match std::fs::read_to_string(&path) {
        Ok(log) => log,
        Err(e) => return format!("  (cannot read Prism's log {}: {e})", path.display()),
    };
    let Some(found) = log.rfind("Request received") else {
        return "  (Prism's log shows no request)".into();
    };
    let start = log[..found].rfind('\n').map_or(0, |i| i + 1);
    let lines: Vec<String> = log[start..]
        .lines()
        // `[9:52:30 PM] › [VALIDATOR] ...`: drop the time.
        .map(|line| line.split_once(" › ").map_or(line, |(_, rest)| rest))
        .filter(|line| {
            ["[HTTP SERVER]", "[VALIDATOR]", "Body:", "Responding with"]
                .iter()
                .any(|keep| line.contains(keep))
        })
        .map(|line| format!("    {line}"))
        .collect();
    format!(
        "  Prism's log of the request ({}):\n{}",
        path.display(),
        lines.join("\n")
    )
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}
