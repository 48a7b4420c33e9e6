//! Per-operation cases kept as data, and the runner that checks them.
//!
//! A case has three parts:
//!
//! - the spec (read by [`super::spec`]): method, path template, declared
//!   query parameters, request example and success answers;
//! - an entry of `tests/cases/*.yaml`, keyed by operationId: the path and
//!   query values to send, which example to use when the spec has several,
//!   and bodies the spec lacks (marked `# spec has no example`);
//! - a [`Case`] in `tests/operations.rs`: the typed call, which takes its
//!   values from [`Args`].
//!
//! [`run`] checks every case against a [`super::MockServer`] (see [`super::wire`]
//! for what it compares) and fails once, listing every problem.

use std::any::TypeId;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;

use serde::Deserialize;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use zoom_api::{Client, Upload};

use super::spec::{Operation, Spec, read_yaml};
use super::wire::{self, Expected, Plan};

/// One table entry: an operationId and how a user calls it.
#[derive(Clone, Copy)]
pub struct Case {
    pub id: &'static str,
    pub call: Call,
}

/// Builds the call from the case's values; `Err` names a value that is
/// missing or does not parse.
pub type Call = fn(&Client, &Args) -> Result<Pending, String>;

/// A call on its way, see [`outcome`].
pub type Pending = Pin<Box<dyn Future<Output = Outcome> + Send>>;

/// What a call came back with.
#[derive(Debug)]
pub enum Outcome {
    /// `Ok(())`.
    Empty,
    /// `Ok(value)`, re-serialised, and its `{:#?}` form.
    Value { json: Value, debug: String },
    /// `Err(error)`.
    Failed {
        text: String,
        operation: Option<&'static str>,
        status: Option<u16>,
        code: Option<i64>,
    },
}

/// Turns a `send()` future into a [`Pending`].
pub fn outcome<T, F>(call: F) -> Pending
where
    T: Serialize + Debug + 'static,
    F: Future<Output = Result<T, zoom_api::Error>> + Send + 'static,
{
    Box::pin(async move {
        match call.await {
            Ok(_) if TypeId::of::<T>() == TypeId::of::<()>() => Outcome::Empty,
            Ok(value) => match serde_json::to_value(&value) {
                Ok(json) => Outcome::Value {
                    json,
                    debug: format!("{value:#?}"),
                },
                Err(e) => Outcome::Failed {
                    text: format!("the result does not serialise: {e}"),
                    operation: None,
                    status: None,
                    code: None,
                },
            },
            Err(e) => Outcome::Failed {
                text: format!("{e} ({e:?})"),
                operation: e.operation(),
                status: e.status(),
                code: e.api_code(),
            },
        }
    })
}

/// One entry of a case file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseData {
    /// Value of each placeholder of the path template.
    #[serde(default)]
    pub path: BTreeMap<String, String>,
    /// Query values, sent as written (numbers and booleans as text).
    #[serde(default)]
    pub query: BTreeMap<String, Value>,
    /// Declared query parameters the case deliberately does not send.
    #[serde(default)]
    pub omit_query: Vec<String>,
    /// Name of the spec's request example to send, when it has several.
    pub request_example: Option<String>,
    /// Name of the spec's success example to answer with, when it has several.
    pub response_example: Option<String>,
    /// The request body, for an operation whose spec has no example.
    pub body: Option<Value>,
    /// The success body, for an answer whose spec has no example.
    pub answer: Option<Value>,
    /// The file of a multipart upload.
    pub file: Option<FileData>,
}

/// A file to upload.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileData {
    pub name: String,
    pub content_type: String,
    /// The bytes in hexadecimal; whitespace is ignored.
    pub hex: String,
}

impl FileData {
    pub fn bytes(&self) -> Result<Vec<u8>, String> {
        let digits: Vec<u8> = self
            .hex
            .bytes()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        digits
            .chunks(2)
            .map(|pair| {
                let pair = std::str::from_utf8(pair).unwrap_or("?");
                u8::from_str_radix(pair, 16)
                    .map_err(|_| format!("file.hex: `{pair}` is not a byte"))
            })
            .collect()
    }
}

/// The values a case's call reads.
pub struct Args {
    path: BTreeMap<String, String>,
    query: BTreeMap<String, Value>,
    body: Option<Value>,
    file: Option<FileData>,
    /// Path placeholders the call asked for that the case lacks.
    missing: RefCell<BTreeSet<String>>,
}

impl Args {
    /// The value of path placeholder `name` (empty when the case has none,
    /// which the runner reports).
    pub fn path(&self, name: &str) -> &str {
        let value = self.path.get(name);
        if value.is_none() {
            self.missing.borrow_mut().insert(name.to_owned());
        }
        value.map_or("", String::as_str)
    }

    /// Query value `name`, read as `T`.
    pub fn query<T: DeserializeOwned + Debug>(&self, name: &str) -> Result<T, String> {
        let value = self.query.get(name);
        let value = value.ok_or(format!("the case has no query value `{name}`"))?;
        typed(&format!("query `{name}`"), value)
    }

    /// Query value `name`, which must be a string.
    pub fn text(&self, name: &str) -> Result<&str, String> {
        match self.query.get(name) {
            Some(Value::String(text)) => Ok(text),
            Some(other) => Err(format!("query `{name}`: {other} is not a string; quote it")),
            None => Err(format!("the case has no query value `{name}`")),
        }
    }

    /// The request body, read as `T`.
    pub fn body<T: DeserializeOwned + Debug>(&self) -> Result<T, String> {
        let body = self.body.as_ref().ok_or("the case has no request body")?;
        typed("the request body", body)
    }

    /// The case's file.
    pub fn upload(&self) -> Result<Upload, String> {
        let file = self.file.as_ref().ok_or("the case has no file")?;
        let bytes = file.bytes()?;
        Ok(Upload::from_bytes(&file.name, &file.content_type, bytes))
    }
}

/// Reads `value` as `T` and refuses values the client does not know.
fn typed<T: DeserializeOwned + Debug>(what: &str, value: &Value) -> Result<T, String> {
    let read: T = serde_path_to_error::deserialize(value).map_err(|e| {
        let at = e.path().to_string();
        format!(
            "{what}: cannot be read as {}: at `{at}`: {}",
            short::<T>(),
            e.inner()
        )
    })?;
    wire::known(&read).map_err(|e| format!("{what}: {e}"))?;
    Ok(read)
}

fn short<T>() -> &'static str {
    let name = std::any::type_name::<T>();
    name.rsplit("::").next().unwrap_or(name)
}

/// `tests/cases/` of this crate.
pub fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

/// Every entry of every `*.yaml` file of `dir`, by operationId.
pub fn load_cases(dir: &Path) -> Result<BTreeMap<String, CaseData>, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    names.sort();
    let mut cases = BTreeMap::new();
    for path in names {
        let entries: BTreeMap<String, Option<CaseData>> = serde_json::from_value(read_yaml(&path)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        for (id, data) in entries {
            if cases.insert(id.clone(), data.unwrap_or_default()).is_some() {
                return Err(format!(
                    "{}: `{id}` has a case in another file too",
                    path.display()
                ));
            }
        }
    }
    Ok(cases)
}

/// Runs every case and fails once, listing all problems.
pub async fn run(cases: &[Case]) {
    let spec = Spec::workspace();
    let data = load_cases(&cases_dir()).unwrap_or_else(|e| panic!("cannot read the cases: {e}"));
    let mut problems = coverage(&spec, &data, cases);
    for case in cases {
        let (Some(op), Some(entry)) = (spec.operations.get(case.id), data.get(case.id)) else {
            continue;
        };
        for problem in check(op, entry, case).await {
            problems.push(format!("{}: {problem}", case.id));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) in the per-operation cases ({} operations in the spec):\n- {}\n",
        problems.len(),
        spec.operations.len(),
        problems.join("\n- ")
    );
}

/// Every operation has a case file entry and a call, and nothing else has.
fn coverage(spec: &Spec, data: &BTreeMap<String, CaseData>, cases: &[Case]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut calls = BTreeSet::new();
    for case in cases {
        if !calls.insert(case.id) {
            problems.push(format!("{}: more than one call in the table", case.id));
        }
    }
    for (id, op) in &spec.operations {
        if !data.contains_key(id) {
            problems.push(format!(
                "{id}: no entry in tests/cases/ (spec file {})",
                op.file
            ));
        }
        if !calls.contains(id.as_str()) {
            problems.push(format!("{id}: no call in the table of tests/operations.rs"));
        }
    }
    let unknown = |id: &str| !spec.operations.contains_key(id);
    for id in data.keys().filter(|id| unknown(id)) {
        problems.push(format!(
            "{id}: tests/cases/ has an entry, but the spec has no such operation"
        ));
    }
    for id in calls.iter().filter(|id| unknown(id)) {
        problems.push(format!(
            "{id}: the table has a call, but the spec has no such operation"
        ));
    }
    problems
}

/// All problems of one case: first the plan, then each exchange.
async fn check(op: &Operation, entry: &CaseData, case: &Case) -> Vec<String> {
    let plan = match Plan::new(op, entry) {
        Ok(plan) => plan,
        Err(problems) => return problems,
    };
    let args = args_of(&plan, entry);
    let mut problems = Vec::new();
    for answer in &plan.answers {
        let (reply, expected) = answer.reply();
        let (received, outcome) = match exchange(case, &args, &plan, reply).await {
            Ok(done) => done,
            Err(problem) => {
                problems.push(problem);
                return problems;
            }
        };
        let at = format!("answered {}", answer.status);
        problems.extend(
            wire::check_request(&plan, &received)
                .into_iter()
                .map(|p| format!("{at}: {p}")),
        );
        problems.extend(
            wire::check_answer(expected, &outcome)
                .into_iter()
                .map(|p| format!("{at}: {p}")),
        );
    }
    let (reply, status, code) = plan.failure(op);
    if let Ok((_, outcome)) = exchange(case, &args, &plan, reply).await {
        problems.extend(wire::check_failure(op, status, code, &outcome));
    }
    for name in args.missing.borrow().iter() {
        let given: Vec<&String> = entry.path.keys().collect();
        problems.push(format!(
            "the call reads path value `{name}`; the case gives {given:?}"
        ));
    }
    problems
}

/// The values a case's call reads: its path and query values, the spec's
/// request example and its file.
fn args_of(plan: &Plan, entry: &CaseData) -> Args {
    Args {
        path: entry.path.clone(),
        query: entry.query.clone(),
        body: match &plan.body {
            Expected::Json(body) => Some(body.clone()),
            _ => None,
        },
        file: entry.file.clone(),
        missing: RefCell::default(),
    }
}

/// Every case of the table with its values, for a runner against another
/// server (the contract tests); the problems of cases that cannot be made.
pub fn prepared(cases: &[Case]) -> (Vec<(Case, Args)>, Vec<String>) {
    let spec = Spec::workspace();
    let data = load_cases(&cases_dir()).unwrap_or_else(|e| panic!("cannot read the cases: {e}"));
    let mut problems = coverage(&spec, &data, cases);
    let mut ready = Vec::new();
    for case in cases {
        let (Some(op), Some(entry)) = (spec.operations.get(case.id), data.get(case.id)) else {
            continue;
        };
        match Plan::new(op, entry) {
            Ok(plan) => ready.push((*case, args_of(&plan, entry))),
            Err(found) => problems.extend(found.into_iter().map(|p| format!("{}: {p}", case.id))),
        }
    }
    (ready, problems)
}

/// Starts a server answering the planned route with `reply`, makes the
/// call, and returns what arrived and what the call returned.
async fn exchange(
    case: &Case,
    args: &Args,
    plan: &Plan,
    reply: super::Reply,
) -> Result<(Vec<super::Recorded>, Outcome), String> {
    let server = super::MockServer::start().await;
    server.mock(&plan.method, &plan.path, reply);
    let client = Client::builder()
        .base_url(server.url())
        .bearer_token(wire::TOKEN)
        .retry_policy(zoom_api::RetryPolicy::none())
        .build()
        .expect("client configuration is valid");
    let pending =
        (case.call)(&client, args).map_err(|e| format!("the call cannot be made: {e}"))?;
    let outcome = pending.await;
    Ok((server.received(), outcome))
}
