//! The call table: for every operation of the spec, how a user calls it,
//! taking the values from a case (`tests/cases/<group>.yaml`). One table,
//! two runners: `tests/operations.rs` (a local server checks the wire) and
//! `tests/contract.rs` (Prism, an independent reading of the spec).
//! One file per group.

use crate::support::cases::{Args, Case, outcome};
use zoom_api::Client;

/// A table entry: the operationId, then the call as a user writes it.
/// `a.path(..)`, `a.query(..)`, `a.text(..)`, `a.body()` and `a.upload()`
/// hand out the case's values; `?` passes on one that is missing or does
/// not parse as the type the method takes.
macro_rules! case {
    ($id:literal, |$c:ident, $a:ident| $call:expr) => {
        Case {
            id: $id,
            call: |$c: &Client, $a: &Args| Ok(outcome($call)),
        }
    };
}

// The group files come after the macro, which is in scope from here on.
#[path = "cloud_recording.rs"]
mod cloud_recording;
#[path = "meetings.rs"]
mod meetings;
#[path = "users.rs"]
mod users;
#[path = "webinars.rs"]
mod webinars;

/// The whole table, one entry per operation of the spec.
pub fn cases() -> Vec<Case> {
    [
        users::user_cases(),
        users::delegate_cases(),
        users::account_cases(),
        users::settings_cases(),
        meetings::meeting_cases(),
        meetings::meeting_poll_cases(),
        meetings::meeting_registrant_cases(),
        meetings::past_meeting_cases(),
        webinars::webinar_cases(),
        cloud_recording::cloud_recording_cases(),
    ]
    .concat()
}

/// A path value that the method takes as a meeting ID (an `i64`).
pub(crate) fn meeting_id(a: &Args) -> Result<i64, String> {
    let text = a.path("meetingId");
    text.parse()
        .map_err(|e| format!("path `meetingId`: `{text}` is not an i64: {e}"))
}
