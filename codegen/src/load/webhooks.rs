//! The `x-webhooks` extension: the webhook events a group's file declares.
//!
//! OpenAPI 3.0 has no place for webhooks (3.1 adds a root `webhooks` map),
//! so each group file may carry a root `x-webhooks` map from event name to
//! one event:
//!
//! ```yaml
//! x-webhooks:
//!   meeting.started:
//!     summary: A host started a meeting.     # optional
//!     description: ...                       # optional
//!     schema: {$ref: '#/components/schemas/MeetingSessionEvent'}  # the whole body
//!     examples:                              # optional
//!       started: {summary: ..., value: {event: meeting.started, ...}}
//! ```
//!
//! The loader reads each entry (an unknown key or a wrong shape is an error
//! with its pointer) and refuses an event that two files declare, naming
//! both; names and schemas are judged by lowering.

use super::parse;
use crate::error::Error;
use crate::pointer::Pointer;
use indexmap::IndexMap;
use openapiv3::{ReferenceOr, Schema};
use serde::Deserialize;
use serde_yaml::Value;
use std::collections::BTreeMap;

/// The root key of the extension.
pub(crate) const KEY: &str = "x-webhooks";

/// One declared webhook event, as written.
#[derive(Debug, Clone)]
pub(crate) struct Webhook {
    /// The event name, e.g. `meeting.started`.
    pub name: String,
    /// `#/x-webhooks/<name>` in its file.
    pub pointer: Pointer,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The schema of the whole delivery body.
    pub schema: ReferenceOr<Schema>,
    /// Example bodies, by name.
    pub examples: Vec<(String, serde_json::Value)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    description: Option<String>,
    schema: ReferenceOr<Schema>,
    #[serde(default)]
    examples: IndexMap<String, Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    #[serde(default)]
    #[allow(dead_code)] // read to accept it; only the value is used
    summary: Option<String>,
    value: serde_json::Value,
}

/// The events of one file (its `$ref`s already made local), and the errors
/// of the entries that could not be read (each entry on its own).
pub(crate) fn read(document: &Value) -> (Vec<Webhook>, Vec<Error>) {
    let at = Pointer::root().push(KEY);
    let Some(map) = document.get(KEY) else {
        return (Vec::new(), Vec::new());
    };
    let Some(map) = map.as_mapping() else {
        let what = "`x-webhooks` must map event names to events";
        return (Vec::new(), vec![Error::invalid(&at, what)]);
    };
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for (key, entry) in map {
        let Some(name) = key.as_str() else {
            let shown = super::key_token(key);
            errors.push(Error::invalid(
                &at.push(&shown),
                "an event name must be a string",
            ));
            continue;
        };
        let pointer = at.push(name);
        match parse::<Entry>(entry.clone(), pointer.clone()) {
            Ok(entry) => found.push(Webhook {
                name: name.to_owned(),
                pointer,
                summary: entry.summary,
                description: entry.description,
                schema: entry.schema,
                examples: entry
                    .examples
                    .into_iter()
                    .map(|(name, example)| (name, example.value))
                    .collect(),
            }),
            Err(error) => errors.push(error),
        }
    }
    (found, errors)
}

/// Joins the files' events in file order; an event a second file declares
/// is an error there, naming the first. Returns the events with the index of
/// their file.
pub(crate) fn join(
    per_file: Vec<(usize, Vec<Webhook>)>,
    names: &[String],
    errors: &mut Vec<Error>,
) -> Vec<(usize, Webhook)> {
    let mut first: BTreeMap<String, usize> = BTreeMap::new();
    let mut joined = Vec::new();
    for (file, webhooks) in per_file {
        for webhook in webhooks {
            if let Some(&j) = first.get(&webhook.name) {
                let what = format!(
                    "the event `{}` is declared in {}{} too",
                    webhook.name, names[j], webhook.pointer
                );
                errors.push(Error::invalid(&webhook.pointer, what).in_file(&names[file]));
                continue;
            }
            first.insert(webhook.name.clone(), file);
            joined.push((file, webhook));
        }
    }
    joined
}
