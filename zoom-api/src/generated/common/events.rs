// @generated from spec/common.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Webhook events of the `common` group, generated from its `x-webhooks`.
#![allow(deprecated)]
/// The parts every webhook delivery body has; each event's body adds its `payload`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebhookEnvelope {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
}

impl WebhookEnvelope {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
        }
    }
}

/// The parts every event's `payload` has.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebhookPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The user ID of that person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_member_id: Option<String>,
}

impl WebhookPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
        }
    }
}
