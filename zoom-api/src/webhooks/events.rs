//! Typed events: what each group's generated `Event` enum calls to read a
//! body. It never names a generated type; the enums implement
//! [`WebhookEvent`] so [`RawEvent::parse`] can read any of them.

use std::fmt;

use serde_json::Value;

use super::RawEvent;

/// A group's enum of webhook events (`zoom_api::events::<group>::Event`).
pub trait WebhookEvent: Sized {
    /// Reads a delivery's whole body; an event the group does not declare
    /// comes back as its `Unknown` variant.
    fn from_json(raw: Value) -> Result<Self, EventError>;

    /// The event's name, as Zoom sends it in `event`.
    fn name(&self) -> &str;
}

/// A body that does not read as its event: no `event` name, or a declared
/// event whose body does not fit its type (the path names the field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventError {
    /// The event's name, when the body has one.
    pub name: Option<String>,
    /// Where in the body the value did not fit, e.g. `payload.object.id`.
    pub path: String,
    /// What did not fit.
    pub message: String,
}

impl fmt::Display for EventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "webhook event `{name}` does not decode")?,
            None => f.write_str("webhook body does not decode")?,
        }
        if !self.path.is_empty() && self.path != "." {
            write!(f, " at `{}`", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for EventError {}

impl RawEvent {
    /// The event read into a group's enum, e.g.
    /// `raw.parse::<zoom_api::events::meetings::Event>()`; an event of
    /// another group (or one Zoom added later) is that enum's `Unknown`.
    pub fn parse<E: WebhookEvent>(&self) -> Result<E, EventError> {
        E::from_json(self.body.clone())
    }
}

/// The `event` name of a body, and the body with a string `event_ts` made
/// a number (Zoom sends either). For generated code.
#[doc(hidden)]
pub fn event_parts(mut raw: Value) -> Result<(String, Value), EventError> {
    let name = raw.get("event").and_then(Value::as_str).map(str::to_owned);
    let Some(name) = name else {
        return Err(EventError {
            name: None,
            path: "event".to_owned(),
            message: "no `event` name".to_owned(),
        });
    };
    if let Some(ts) = raw.get_mut("event_ts") {
        let number = ts.as_str().and_then(|s| s.trim().parse::<i64>().ok());
        if let Some(number) = number {
            *ts = Value::from(number);
        }
    }
    Ok((name, raw))
}

/// Decodes the body of a declared event into its type, naming the field
/// that did not fit. For generated code.
#[doc(hidden)]
pub fn decode_event<T: serde::de::DeserializeOwned>(
    name: &str,
    raw: Value,
) -> Result<T, EventError> {
    serde_path_to_error::deserialize(raw).map_err(|e| EventError {
        name: Some(name.to_owned()),
        path: e.path().to_string(),
        message: e.into_inner().to_string(),
    })
}
