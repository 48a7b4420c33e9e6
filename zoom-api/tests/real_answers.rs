//! What live Zoom accounts answer, beyond what Zoom's reference says: the
//! telephony region under either spelling, and fields no type models yet,
//! reached through the raw body that `send_with_response()` keeps.

mod support;

use serde_json::{Value, json};
use support::Reply;
use support::one_call::{sent, serve};
use zoom_api::Error;
use zoom_api::types::*;

const SETTINGS: &str = "/users/me/settings";

/// General settings with the telephony region as `telephony` gives it.
fn settings_with_regions(regions: Value) -> Value {
    json!({
        "schedule_meeting": {"host_video": false, "mute_upon_entry": false},
        "telephony": {
            "third_party_audio": false,
            "audio_conference_info": "",
            "show_international_numbers_link": true,
            "telephony_regions": regions
        },
        "feature": {"meeting_capacity": 100, "zoom_phone": false}
    })
}

/// The telephony area of a decoded general settings answer.
fn regions_of(settings: &UserSettings) -> TelephonyRegions {
    let UserSettings::Full(full) = settings else {
        panic!("expected the full settings, got {settings:#?}");
    };
    let telephony = full.telephony.clone().expect("telephony");
    telephony.telephony_regions.expect("telephony_regions")
}

/// Real answers name the selected region `selection_value`; Zoom's reference
/// names it `selection_values`. Either decodes into its own field and goes
/// back out under the name it came with.
#[tokio::test]
async fn the_telephony_region_is_read_under_either_spelling() {
    let cases = [
        (
            json!({"allowed_values": ["CATB", "USTB", "EUTB"], "selection_value": "USTB"}),
            (None, Some("USTB")),
        ),
        (
            json!({"allowed_values": ["US", "CA"], "selection_values": "US"}),
            (Some("US"), None),
        ),
    ];
    for (regions, (reference, answers)) in cases {
        let body = settings_with_regions(regions.clone());
        let (server, client) = serve("GET", SETTINGS, Reply::json(200, body.clone())).await;
        let settings = client
            .get_user_settings("me")
            .send()
            .await
            .expect("getUserSettings succeeds");
        sent(&server, "GET", SETTINGS, &[]);

        let got = regions_of(&settings);
        assert_eq!(got.selection_values.as_deref(), reference, "{regions}");
        assert_eq!(got.selection_value.as_deref(), answers, "{regions}");
        assert_eq!(serde_json::to_value(&settings).expect("serializes"), body);
    }
}

/// An update sends the spelling of Zoom's reference, the only one its
/// update body documents.
#[tokio::test]
async fn an_update_sends_selection_values() {
    let (server, client) = serve("PATCH", SETTINGS, Reply::empty(204)).await;
    let body = UserSettingsUpdate::Full(UserSettingsFullUpdate {
        telephony: Some(UserSettingsTelephonyUpdate {
            telephony_regions: Some(TelephonyRegionsUpdate {
                selection_values: Some("USTB".into()),
            }),
            ..Default::default()
        }),
        ..Default::default()
    });
    client
        .update_user_settings("me", body)
        .send()
        .await
        .expect("updateUserSettings succeeds");
    let request = sent(&server, "PATCH", SETTINGS, &[]);
    assert_eq!(
        request.body_json(),
        json!({"telephony": {"telephony_regions": {"selection_values": "USTB"}}})
    );
}

/// A settings answer as Zoom may send it tomorrow: a flag in a known area
/// and a whole area that no type has yet, written with Zoom's own spacing
/// and key order.
const TOMORROWS_SETTINGS: &str = r#"{"schedule_meeting":{"host_video":true,"zoom_next_flag":true},
 "feature":{"meeting_capacity":300,"zoom_events_consumption":null},
 "ai_companion":{"meeting_summary":{"enable":true,"share_with":"host"}}}"#;

/// The raw body is the bytes as they arrived, and its JSON has every field,
/// the unmodelled ones included; the typed body is what `send()` gives.
#[tokio::test]
async fn send_with_response_keeps_the_raw_body_next_to_the_typed_one() {
    let reply = Reply::raw(200, "application/json;charset=UTF-8", TOMORROWS_SETTINGS);
    let (server, client) = serve("GET", SETTINGS, reply).await;
    let response = client
        .get_user_settings("me")
        .send_with_response()
        .await
        .expect("getUserSettings succeeds");
    let plain = client
        .get_user_settings("me")
        .send()
        .await
        .expect("getUserSettings succeeds");
    assert_eq!(server.received().len(), 2);

    assert_eq!(response.body(), &plain);
    assert_eq!(response.raw_body(), TOMORROWS_SETTINGS.as_bytes());
    let raw = response.raw_json().expect("the raw body is JSON");
    let served: Value = serde_json::from_str(TOMORROWS_SETTINGS).expect("JSON");
    assert_eq!(raw, served);
    assert_eq!(
        raw.pointer("/schedule_meeting/zoom_next_flag"),
        Some(&json!(true))
    );
    assert_eq!(
        raw.pointer("/ai_companion/meeting_summary/share_with"),
        Some(&json!("host"))
    );
    assert_eq!(
        raw.pointer("/feature/zoom_events_consumption"),
        Some(&Value::Null)
    );
    // Written out again and read back, nothing is lost.
    let again = serde_json::to_vec(&raw).expect("serializes");
    assert_eq!(
        serde_json::from_slice::<Value>(&again).expect("JSON"),
        served
    );

    // The typed body has the modelled fields and only those.
    let UserSettings::Full(full) = response.body() else {
        panic!("expected the full settings, got {:#?}", response.body());
    };
    let schedule = full.schedule_meeting.as_ref().expect("schedule_meeting");
    assert_eq!(schedule.host_video, Some(true));
    let feature = full.feature.as_ref().expect("feature");
    assert_eq!(feature.meeting_capacity, Some(300));

    // `map` and `Clone` keep the bytes; `Debug` shows only their length.
    let mapped = response.clone().map(|_| ());
    assert_eq!(mapped.raw_body(), TOMORROWS_SETTINGS.as_bytes());
    let shown = format!("{response:?}");
    assert!(
        shown.contains(&format!("raw_body_len: {}", TOMORROWS_SETTINGS.len())),
        "{shown}"
    );
    assert!(!shown.contains("zoom_next_flag"), "{shown}");
}

/// An answer without a body has no raw JSON: asking for it is a decode
/// error naming the operation, not a panic or an empty object.
#[tokio::test]
async fn an_answer_without_a_body_has_no_raw_json() {
    let path = "/users/me/status";
    let (server, client) = serve("PUT", path, Reply::empty(204)).await;
    let body = UserStatusUpdate {
        action: UserStatusAction::Activate,
    };
    let response = client
        .update_user_status("me", body)
        .send_with_response()
        .await
        .expect("updateUserStatus succeeds");
    sent(&server, "PUT", path, &[]);

    assert_eq!(response.status(), 204);
    assert!(response.raw_body().is_empty());
    let err = response.raw_json().unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected Decode, got {err:?}");
    };
    assert_eq!(decode.operation(), "updateUserStatus");
    assert!(err.to_string().contains("empty"), "{err}");
}
