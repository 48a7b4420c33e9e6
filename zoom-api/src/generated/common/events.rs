// @generated from spec/common.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Webhook events of the `common` group, generated from its `x-webhooks`.
#![allow(deprecated)]
/// The parts every webhook delivery body has; each event's body adds its `payload`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEnvelope {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
}

crate::runtime::object_impls!(
    WebhookEnvelope { "event" => event required, "event_ts" => event_ts optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
}

crate::runtime::object_impls!(
    WebhookPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional }
);

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
