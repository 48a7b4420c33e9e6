//! What the runner of [`super::cases`] expects for one case, and the checks.
//!
//! For each 2xx answer the spec lists, one call is made and checked:
//!
//! - the request: method; path (the template with each value
//!   percent-encoded as one segment, twice for an `x-zoom-uuid` value that
//!   starts with `/` or holds `//`); the exact query pairs, in any order;
//!   the bearer token; the JSON body equal to the request example, or the
//!   single multipart part (name from the spec, file name, type, bytes), or
//!   no body at all;
//! - the answer: the server replies with the status and the spec's example
//!   plus one field the spec does not know (which must be ignored). The
//!   typed result must decode, use only enum values and union shapes the
//!   client knows, and re-serialise to exactly the example. An answer
//!   without a body must give `()`.
//!
//! One more call gets the spec's first 4xx status with Zoom's error body;
//! the error must carry that status and code and name the operation.

use std::fmt::Debug;

use serde_json::{Value, json};

use super::cases::{CaseData, FileData, Outcome};
use super::spec::{Content, Operation};
use super::{Recorded, Reply};

/// The bearer token of every case's client.
pub const TOKEN: &str = "case-token";

/// The field added to every JSON object answer, which the client must drop.
const UNKNOWN_FIELD: &str = "field_zoom_added_later";

/// The request body a case must send.
#[derive(Debug)]
pub enum Expected {
    None,
    Json(Value),
    File {
        field: String,
        file: FileData,
        bytes: Vec<u8>,
    },
}

/// One success answer: its status and body, if any.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: Option<Value>,
}

impl Answer {
    /// The reply to serve, and the JSON the result must equal.
    pub fn reply(&self) -> (Reply, Option<&Value>) {
        match &self.body {
            None => (Reply::empty(self.status), None),
            Some(body) => {
                let mut served = body.clone();
                if let Some(object) = served.as_object_mut() {
                    object.insert(UNKNOWN_FIELD.into(), json!({"added": true}));
                }
                (Reply::json(self.status, served), Some(body))
            }
        }
    }
}

/// Everything one case must send and receive.
#[derive(Debug)]
pub struct Plan {
    pub method: String,
    /// The filled-in path, as it must arrive.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Expected,
    pub answers: Vec<Answer>,
}

impl Plan {
    /// Combines the spec's operation and the case's entry, or says why
    /// they do not fit together.
    pub fn new(op: &Operation, entry: &CaseData) -> Result<Plan, Vec<String>> {
        let mut problems = Vec::new();
        let path = fill(op, entry, &mut problems);
        let query = query_pairs(op, entry, &mut problems);
        let body = request_body(op, entry).unwrap_or_else(|p| {
            problems.push(p);
            Expected::None
        });
        let answers = answers(op, entry).unwrap_or_else(|p| {
            problems.push(p);
            Vec::new()
        });
        if !problems.is_empty() {
            return Err(problems);
        }
        let method = op.method.clone();
        Ok(Plan {
            method,
            path,
            query,
            body,
            answers,
        })
    }

    /// The error reply, its status and its Zoom code.
    pub fn failure(&self, op: &Operation) -> (Reply, u16, i64) {
        let (status, code) = op.failure.unwrap_or((400, None));
        let code = code.unwrap_or(i64::from(status));
        let body = json!({"code": code, "message": "Refused by the test server."});
        (Reply::json(status, body), status, code)
    }
}

/// The path template with each placeholder replaced by its encoded value:
/// once, or twice for an `x-zoom-uuid` value that starts with `/` or holds
/// `//` (Zoom's rule for meeting instance UUIDs).
fn fill(op: &Operation, entry: &CaseData, problems: &mut Vec<String>) -> String {
    let template = op.path.as_str();
    let mut out = String::new();
    let mut rest = template;
    let mut used = Vec::new();
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let name = &rest[open + 1..close];
        out.push_str(&rest[..open]);
        match entry.path.get(name) {
            Some(value) if op.uuids.iter().any(|u| u == name) && twice(value) => {
                out.push_str(&encode_segment(&encode_segment(value)))
            }
            Some(value) => out.push_str(&encode_segment(value)),
            None => problems.push(format!("path: the case has no value for `{{{name}}}`")),
        }
        used.push(name);
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    for name in entry.path.keys().filter(|k| !used.contains(&k.as_str())) {
        problems.push(format!("path: `{name}` is not a placeholder of {template}"));
    }
    out
}

/// Whether Zoom wants this meeting UUID encoded twice.
fn twice(uuid: &str) -> bool {
    uuid.starts_with('/') || uuid.contains("//")
}

/// Percent-encodes all but RFC 3986's unreserved characters.
fn encode_segment(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The query pairs to expect; every declared parameter must be sent or
/// deliberately omitted.
fn query_pairs(
    op: &Operation,
    entry: &CaseData,
    problems: &mut Vec<String>,
) -> Vec<(String, String)> {
    let declared = |name: &String| op.query.contains(name);
    for name in entry.query.keys().chain(&entry.omit_query) {
        if !declared(name) {
            problems.push(format!("query: the spec declares no parameter `{name}`"));
        }
    }
    for name in &op.query {
        let sent = entry.query.contains_key(name);
        if sent == entry.omit_query.contains(name) {
            let how = if sent {
                "both sent and omitted"
            } else {
                "neither sent nor in `omit_query`"
            };
            problems.push(format!("query: `{name}` is {how}"));
        }
    }
    let mut pairs = Vec::new();
    for (name, value) in &entry.query {
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            other => {
                problems.push(format!(
                    "query `{name}`: {other} is not a string, number or boolean"
                ));
                continue;
            }
        };
        pairs.push((name.clone(), text));
    }
    pairs
}

fn request_body(op: &Operation, entry: &CaseData) -> Result<Expected, String> {
    let Some(content) = &op.request else {
        if entry.body.is_some() || entry.file.is_some() || entry.request_example.is_some() {
            return Err("the operation takes no body, but the case gives one".into());
        }
        return Ok(Expected::None);
    };
    if content.media_type.starts_with("multipart/") {
        let field = content.file_field.clone();
        let field = field.ok_or("the multipart body has no binary property")?;
        let file = entry
            .file
            .clone()
            .ok_or("the operation uploads a file: give `file:`")?;
        let bytes = file.bytes()?;
        return Ok(Expected::File { field, file, bytes });
    }
    if entry.file.is_some() {
        return Err(format!(
            "the body is {}, not a file upload",
            content.media_type
        ));
    }
    let pick = (
        &entry.request_example,
        &entry.body,
        "request_example",
        "body",
    );
    Ok(Expected::Json(choose(content, pick)?))
}

fn answers(op: &Operation, entry: &CaseData) -> Result<Vec<Answer>, String> {
    if op.successes.is_empty() {
        return Err("the spec lists no 2xx answer".into());
    }
    let pick = (
        &entry.response_example,
        &entry.answer,
        "response_example",
        "answer",
    );
    let mut answers = Vec::new();
    for (status, content) in &op.successes {
        let body = content.as_ref().map(|c| choose(c, pick)).transpose();
        let body = body.map_err(|e| format!("the {status} answer: {e}"))?;
        answers.push(Answer {
            status: *status,
            body,
        });
    }
    let has_body = answers.iter().any(|a| a.body.is_some());
    if !has_body && (entry.answer.is_some() || entry.response_example.is_some()) {
        return Err("no answer has a body, but the case picks or gives one".into());
    }
    Ok(answers)
}

/// The example to use: the named one, the only one, or the case's own body
/// when the spec has none.
fn choose(
    content: &Content,
    pick: (&Option<String>, &Option<Value>, &str, &str),
) -> Result<Value, String> {
    let (name, own, name_key, own_key) = pick;
    let names: Vec<&str> = content.examples.iter().map(|(n, _)| n.as_str()).collect();
    match (&content.examples[..], name, own) {
        ([], None, Some(own)) => Ok(own.clone()),
        ([], _, None) => Err(format!(
            "the spec has no example; give `{own_key}:` in the case, marked `# spec has no example`"
        )),
        ([_, ..], _, Some(_)) => Err(format!(
            "the spec has an example now; drop `{own_key}:` from the case"
        )),
        (examples, Some(name), None) => examples
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .ok_or(format!(
                "`{name_key}: {name}`: the spec's examples are {names:?}"
            )),
        ([(_, only)], None, None) => Ok(only.clone()),
        (_, None, None) => Err(format!(
            "the spec has examples {names:?}; pick one with `{name_key}:`"
        )),
        ([], Some(_), Some(_)) => Err(format!("give `{name_key}:` or `{own_key}:`, not both")),
    }
}

/// Problems with what reached the server.
pub fn check_request(plan: &Plan, received: &[Recorded]) -> Vec<String> {
    let [req] = received else {
        let seen: Vec<String> = received
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect();
        return vec![format!("expected one request, the server got {seen:?}")];
    };
    let mut problems = Vec::new();
    if (req.method.as_str(), req.path.as_str()) != (plan.method.as_str(), plan.path.as_str()) {
        problems.push(format!(
            "sent {} {}, expected {} {}",
            req.method, req.path, plan.method, plan.path
        ));
    }
    let (mut sent, mut want) = (req.query.clone(), plan.query.clone());
    sent.sort();
    want.sort();
    if sent != want {
        let only = |a: &[(String, String)], b: &[(String, String)]| -> Vec<String> {
            a.iter()
                .filter(|p| !b.contains(p))
                .map(|(k, v)| format!("{k}={v}"))
                .collect()
        };
        problems.push(format!(
            "query: expected {:?} but sent {:?} (all sent: {sent:?})",
            only(&want, &sent),
            only(&sent, &want)
        ));
    }
    let bearer = format!("Bearer {TOKEN}");
    if req.header("authorization") != Some(bearer.as_str()) {
        problems.push(format!("authorization: {:?}", req.header("authorization")));
    }
    problems.extend(check_body(&plan.body, req));
    problems
}

fn check_body(expected: &Expected, req: &Recorded) -> Vec<String> {
    let content_type = req.header("content-type");
    match expected {
        Expected::None if req.body.is_empty() && content_type.is_none() => vec![],
        Expected::None => vec![format!(
            "expected no body, sent {content_type:?}: {}",
            String::from_utf8_lossy(&req.body)
        )],
        Expected::Json(want) => {
            let mut problems = Vec::new();
            if content_type != Some("application/json") {
                problems.push(format!(
                    "body: content type {content_type:?}, expected JSON"
                ));
            }
            match serde_json::from_slice::<Value>(&req.body) {
                Ok(sent) => problems.extend(differences(want, &sent, "body")),
                Err(e) => problems.push(format!("body: not JSON ({e})")),
            }
            problems
        }
        Expected::File { field, file, bytes } => check_file(req, field, file, bytes),
    }
}

fn check_file(req: &Recorded, field: &str, file: &FileData, bytes: &[u8]) -> Vec<String> {
    let content_type = req.header("content-type").unwrap_or_default();
    if !content_type.starts_with("multipart/form-data; boundary=") {
        return vec![format!(
            "body: content type `{content_type}`, expected multipart"
        )];
    }
    let parts = req.multipart();
    let [part] = &parts[..] else {
        return vec![format!("body: expected one part, sent {}", parts.len())];
    };
    let mut problems = Vec::new();
    let sent = (
        &part.name,
        part.file_name.as_deref(),
        part.content_type.as_deref(),
    );
    let want = (
        &field.to_owned(),
        Some(file.name.as_str()),
        Some(file.content_type.as_str()),
    );
    if sent != want {
        problems.push(format!(
            "part (name, file name, type): sent {sent:?}, expected {want:?}"
        ));
    }
    if part.data != bytes {
        problems.push(format!(
            "part: sent bytes {:02x?}, expected {bytes:02x?}",
            part.data
        ));
    }
    problems
}

/// Problems with what the call returned for a success answer.
pub fn check_answer(expected: Option<&Value>, outcome: &Outcome) -> Vec<String> {
    match (expected, outcome) {
        (None, Outcome::Empty) => vec![],
        (Some(_), Outcome::Empty) => {
            vec!["the call returns `()`, but the answer has a body".into()]
        }
        (None, Outcome::Value { json, .. }) => {
            vec![format!(
                "the answer has no body, but the call returned {json}"
            )]
        }
        (Some(want), Outcome::Value { json, debug }) => {
            let mut problems = differences(want, json, "result");
            problems.extend(known(&DebugText(debug)).err());
            problems
        }
        (_, Outcome::Failed { text, .. }) => vec![format!("the call failed: {text}")],
    }
}

/// Problems with what the call returned for the error answer.
pub fn check_failure(op: &Operation, status: u16, code: i64, outcome: &Outcome) -> Vec<String> {
    let Outcome::Failed {
        operation,
        status: got,
        code: got_code,
        text,
    } = outcome
    else {
        return vec![format!(
            "answered {status} with an error body, but the call succeeded"
        )];
    };
    let want = (Some(op.id.as_str()), Some(status), Some(code));
    if (*operation, *got, *got_code) == want {
        return vec![];
    }
    vec![format!(
        "answered {status}: the error gives (operation, status, code) {:?}, expected {want:?}: {text}",
        (operation, got, got_code)
    )]
}

/// Fails when `value` holds an `Unknown(..)` enum value or an `Other(..)`
/// union shape (seen in its `{:#?}` form): the spec's own examples and the
/// cases' values use only what the spec lists.
pub fn known<T: Debug>(value: &T) -> Result<(), String> {
    let shown = format!("{value:#?}");
    for marker in ["Unknown(", "Other("] {
        if let Some(at) = shown.find(marker) {
            let start = shown[..at].rfind('\n').map_or(0, |i| i + 1);
            let context: Vec<&str> = shown[start..].lines().take(6).collect();
            return Err(format!(
                "decodes to `{marker}..)`, a value the client does not know:\n{}",
                context.join("\n")
            ));
        }
    }
    Ok(())
}

/// Shows an already formatted `{:#?}` text as is.
struct DebugText<'a>(&'a str);

impl Debug for DebugText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// Where `got` differs from `want`, as JSON paths under `root`.
pub fn differences(want: &Value, got: &Value, root: &str) -> Vec<String> {
    let mut found = Vec::new();
    walk(want, got, root, &mut found);
    if found.len() > 10 {
        let more = found.len() - 10;
        found.truncate(10);
        found.push(format!("... and {more} more differences"));
    }
    found
}

fn walk(want: &Value, got: &Value, at: &str, found: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (key, value) in w {
                match g.get(key) {
                    Some(other) => walk(value, other, &format!("{at}.{key}"), found),
                    None => found.push(format!("{at}.{key}: missing, expected {value}")),
                }
            }
            for (key, value) in g.iter().filter(|(k, _)| !w.contains_key(*k)) {
                found.push(format!("{at}.{key}: not expected, got {value}"));
            }
        }
        (Value::Array(w), Value::Array(g)) if w.len() == g.len() => {
            for (i, (value, other)) in w.iter().zip(g).enumerate() {
                walk(value, other, &format!("{at}[{i}]"), found);
            }
        }
        _ if want == got => {}
        _ => found.push(format!("{at}: expected {want}, got {got}")),
    }
}
