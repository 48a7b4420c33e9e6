//! Typed webhook events, as data: every event of every `x-webhooks` in
//! `spec/` decodes from each of its examples (read by the tests' own spec
//! reader, not the generator) into its own variant, writes the example back
//! field for field, and still decodes with a field Zoom may add later. Then
//! by hand: names no group declares, string timestamps, bodies that do not
//! fit, and events read after verification.
#![cfg(all(
    feature = "webhooks",
    feature = "users",
    feature = "meetings",
    feature = "webinars",
    feature = "cloud_recording"
))]

mod support;

use serde_json::{Value, json};
use support::spec::Spec;
use zoom_api::events::{cloud_recording, meetings, users, webinars};
use zoom_api::webhooks::WebhookEvent;

/// What one group's enum made of a body.
struct Read {
    /// `name()` of the value.
    name: String,
    /// Whether it is a declared variant (not `Unknown`).
    known: bool,
    /// The value serialised again.
    written: Value,
}

fn read_as<E: WebhookEvent + serde::Serialize>(
    raw: Value,
    unknown: fn(&E) -> bool,
) -> Result<Read, String> {
    let event = E::from_json(raw).map_err(|e| e.to_string())?;
    Ok(Read {
        name: event.name().to_owned(),
        known: !unknown(&event),
        written: serde_json::to_value(&event).map_err(|e| e.to_string())?,
    })
}

/// Each group's `Event`, by the spec file that declares its events.
fn read(file: &str, raw: Value) -> Result<Read, String> {
    match file {
        "meetings.yaml" => read_as(raw, |e| matches!(e, meetings::Event::Unknown { .. })),
        "webinars.yaml" => read_as(raw, |e| matches!(e, webinars::Event::Unknown { .. })),
        "users.yaml" => read_as(raw, |e| matches!(e, users::Event::Unknown { .. })),
        "cloud_recording.yaml" => {
            read_as(raw, |e| matches!(e, cloud_recording::Event::Unknown { .. }))
        }
        other => Err(format!(
            "{other} declares events but this test has no reader for them"
        )),
    }
}

/// Equal as JSON, where numbers are equal when their values are (a
/// `number` field writes `80` back as `80.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// `value` with a field no schema has added to `payload.object` (or to the
/// body, when there is no object).
fn with_unknown_field(mut value: Value) -> Value {
    let target = match value.pointer_mut("/payload/object") {
        Some(Value::Object(object)) => object,
        _ => value.as_object_mut().expect("a body is an object"),
    };
    target.insert(
        "field_zoom_adds_later".to_owned(),
        json!({"nested": [1, "two"]}),
    );
    value
}

#[test]
fn every_event_example_decodes_into_its_variant_and_writes_back_unchanged() {
    let spec = Spec::workspace();
    assert!(
        spec.webhooks.len() >= 100,
        "only {} events in the spec",
        spec.webhooks.len()
    );
    let mut failures = Vec::new();
    let mut examples = 0;
    for (name, webhook) in &spec.webhooks {
        if webhook.examples.is_empty() {
            failures.push(format!("{name}: no example"));
        }
        for (key, example) in &webhook.examples {
            examples += 1;
            let at = format!("{name} ({}, example `{key}`)", webhook.file);
            match read(&webhook.file, example.clone()) {
                Err(e) => failures.push(format!("{at}: {e}")),
                Ok(read) if !read.known || read.name != *name => failures.push(format!(
                    "{at}: read as `{}` (known: {})",
                    read.name, read.known
                )),
                Ok(read) if !same(&read.written, example) => failures.push(format!(
                    "{at}: written back differently:\n  example: {example}\n  written: {}",
                    read.written
                )),
                Ok(_) => {}
            }
            match read(&webhook.file, with_unknown_field(example.clone())) {
                Ok(read) if read.known && read.name == *name => {}
                Ok(read) => failures.push(format!("{at} + unknown field: read as `{}`", read.name)),
                Err(e) => failures.push(format!("{at} + unknown field: {e}")),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(examples >= spec.webhooks.len());
}

#[test]
fn an_event_no_group_declares_is_unknown_with_its_body_kept() {
    let body = json!({
        "event": "meeting.teleported",
        "event_ts": 1_800_000_000_000_i64,
        "payload": {"account_id": "A1", "object": {"id": 5, "where": ["moon"]}},
    });
    let event = meetings::Event::from_json(body.clone()).expect("an unknown event reads");
    match &event {
        meetings::Event::Unknown { name, raw } => {
            assert_eq!(name, "meeting.teleported");
            assert_eq!(raw, &body);
        }
        other => panic!("read as {other:?}"),
    }
    assert_eq!(serde_json::to_value(&event).expect("writes"), body);
    // Another group's event is unknown to this group's enum, and the same
    // through serde.
    let user = json!({"event": "user.created", "payload": {"account_id": "A1"}});
    let read: meetings::Event = serde_json::from_value(user.clone()).expect("reads");
    assert!(matches!(read, meetings::Event::Unknown { ref raw, .. } if *raw == user));
}

#[test]
fn a_string_event_ts_reads_as_a_number() {
    let spec = Spec::workspace();
    let mut body = spec.webhooks["user.signed_in"].examples[0].1.clone();
    body["event_ts"] = json!("1626230691572");
    let users::Event::UserSignedIn(event) = users::Event::from_json(body).expect("reads") else {
        panic!("not read as user.signed_in");
    };
    assert_eq!(event.event_ts, Some(1_626_230_691_572));
    assert!(!event.payload.account_id.is_empty());
    assert!(event.payload.object.client_type.is_some());
}

#[test]
fn a_declared_event_that_does_not_fit_names_the_field() {
    let body = json!({
        "event": "meeting.created",
        "event_ts": 1,
        "payload": {"account_id": "A1", "object": {"id": "not a number"}},
    });
    let error = meetings::Event::from_json(body).expect_err("a string where Zoom sends a number");
    assert_eq!(error.name.as_deref(), Some("meeting.created"));
    assert_eq!(error.path, "payload.object.id");
    assert!(error.to_string().contains("`meeting.created`"), "{error}");
    let nameless = meetings::Event::from_json(json!({"payload": {}})).expect_err("no name");
    assert_eq!(nameless.name, None);
}

#[test]
fn shared_shapes_carry_each_events_fields() {
    // meeting.started and meeting.ended share one body type; the end time
    // is absent from a start.
    let spec = Spec::workspace();
    let example = |name: &str| spec.webhooks[name].examples[0].1.clone();
    let started = meetings::Event::from_json(example("meeting.started")).expect("reads");
    let ended = meetings::Event::from_json(example("meeting.ended")).expect("reads");
    let (meetings::Event::MeetingStarted(started), meetings::Event::MeetingEnded(ended)) =
        (started, ended)
    else {
        panic!("not read as meeting.started and meeting.ended");
    };
    let same_type: [&zoom_api::events::meetings::MeetingSessionEvent; 2] = [&started, &ended];
    assert!(same_type[0].payload.object.end_time.is_none());
    assert!(same_type[1].payload.object.end_time.is_some());
    assert!(started.payload.object.id.is_some());
}
