//! Get and update user settings. Both the answer and the update body are
//! unions of shapes that Zoom does not label: these tests check which shape
//! the client picks for each answer and what it sends for each body. The
//! per-operation cases in `operations.rs` cover the plain request and the
//! general settings of the spec's example.

mod support;

use serde_json::{Value, json};
use support::Reply;
use support::bodies;
use support::one_call::{assert_json_body, sent, serve};
use zoom_api::types::*;

/// Meeting authentication settings, as Get user settings returns them for
/// `option=meeting_authentication`.
fn meeting_authentication_json() -> Value {
    json!({
        "meeting_authentication": true,
        "allow_authentication_exception": true,
        "authentication_options": [
            {
                "id": "signIn_D8cJuqWVQ623CI4Q8yQK0Q",
                "name": "Sign in to Zoom",
                "type": "enforce_login",
                "default_option": false,
                "visible": true
            },
            {
                "id": "signIn_9xvTRtWqS2GfW0k4Lq8cBw",
                "name": "Example staff only",
                "type": "enforce_login_with_domains",
                "default_option": true,
                "visible": true,
                "domains": "example.com,example.org"
            }
        ],
        "external_authentication_hint": "Use your company account" // not in the spec
    })
}

/// Meeting security settings, as Get user settings returns them for
/// `option=meeting_security`.
fn meeting_security_json() -> Value {
    json!({
        "meeting_security": {
            "auto_security": true,
            "block_user_domain": true,
            "block_user_domain_list": ["spam.example", "badactor.example"],
            "embed_password_in_join_link": false,
            "encryption_type": "e2ee",
            "end_to_end_encrypted_meetings": true,
            "meeting_password": true,
            "meeting_password_requirement": {
                "length": 10,
                "have_letter": true,
                "have_number": true,
                "have_special_character": true,
                "only_allow_numeric": false,
                "have_upper_and_lower_characters": true,
                "consecutive_characters_length": 0,
                "weak_enhance_detection": true
            },
            "only_authenticated_can_join_from_webclient": true,
            "phone_password": true,
            "pmi_password": true,
            "password_for_pmi": "k7Tq2Wx9",
            "approved_or_denied_countries_or_regions": {"enable": true, "method": "deny", "denied_list": ["KP", "IR"]},
            "require_password_for_scheduled_meeting": true,
            "require_password_for_scheduled_webinar": true,
            "waiting_room": true,
            "waiting_room_settings": {
                "participants_to_place_in_waiting_room": 2,
                "whitelisted_domains_for_waiting_room": "example.com",
                "users_who_can_admit_participants_from_waiting_room": 1
            },
            "webinar_password": false
        }
    })
}

/// General settings as Zoom sends them without `option`, with one settings
/// area (`ai_companion`) that the spec does not describe.
fn full_settings_json() -> Value {
    json!({
        "schedule_meeting": {
            "host_video": true,
            "participants_video": false,
            "audio_type": "both",
            "join_before_host": false,
            "require_password_for_pmi_meetings": "jbh_only",
            "pmi_password": "k7Tq2Wx9",
            "meeting_password_requirement": {"length": 8, "have_letter": true, "consecutive_characters_length": 4},
            "continuous_meeting_chat": {"enable": false}
        },
        "in_meeting": {
            "chat": true,
            "allow_participants_chat_with": 4,
            "allow_users_save_chats": 2,
            "entry_exit_chime": "none",
            "virtual_background_settings": {
                "enable": true,
                "allow_videos": true,
                "files": [{
                    "id": "9b4c2f17d6e84a0b8c3d5e1f2a6b7c80",
                    "name": "office-skyline.png",
                    "type": "image",
                    "is_default": false,
                    "size": 53434
                }]
            },
            "custom_data_center_regions": true,
            "data_center_regions": ["US", "CA", "DE"],
            "unchecked_data_center_regions": ["EU", "HK", "AU"],
            "who_can_share_screen": "host",
            "webinar_chat": {
                "enable": true,
                "allow_panelists_chat_with": 2,
                "allow_attendees_chat_with": 2,
                "default_attendees_chat_with": 1,
                "allow_users_save_chats": 1
            },
            "webinar_live_streaming": {"enable": false, "live_streaming_service": ["youtube", "custom_live_streaming_service"]},
            "meeting_polling": {"enable": true}
        },
        "email_notification": {"jbh_reminder": true, "cancel_meeting_reminder": true},
        "recording": {
            "local_recording": true,
            "cloud_recording": true,
            "auto_recording": "cloud",
            "auto_delete_cmr": true,
            "auto_delete_cmr_days": 90,
            "recording_password_requirement": {"length": 8, "have_number": true}
        },
        "telephony": {
            "third_party_audio": false,
            "telephony_regions": {"allowed_values": ["US", "CA"], "selection_values": "US"}
        },
        "feature": {
            "meeting_capacity": 300,
            "large_meeting": false,
            "webinar": true,
            "webinar_capacity": 500,
            "zoom_events_capacity": 1000,
            "concurrent_meeting": "Basic"
        },
        "tsp": {"call_out": false, "call_out_countries": []},
        "profile": {"recording_storage_location": {"allowed_values": ["US", "DE"], "value": "US"}},
        "whiteboard": {"out_meeting_advanced_whiteboard": false, "in_meeting_advanced_whiteboard": true},
        "ai_companion": {"meeting_summary": true} // a settings area not in the spec
    })
}

/// Without `option`, Get user settings returns the general settings, grouped
/// by area, and each value lands in the right typed field.
#[tokio::test]
async fn get_user_settings_decodes_the_full_settings() {
    let path = "/users/me/settings";
    let reply = Reply::json(200, full_settings_json());
    let (server, client) = serve("GET", path, reply).await;

    let settings = client
        .get_user_settings("me")
        .send()
        .await
        .expect("getUserSettings succeeds");
    sent(&server, "GET", path, &[]);

    let UserSettings::Full(full) = settings else {
        panic!("expected the full settings, got {settings:#?}");
    };
    check_meeting_areas(full.clone());
    check_other_areas(full);
}

/// The scheduling and in-meeting areas of [`full_settings_json`].
fn check_meeting_areas(full: UserSettingsFull) {
    let schedule = full.schedule_meeting.expect("schedule_meeting");
    assert_eq!(schedule.host_video, Some(true));
    assert_eq!(schedule.audio_type, Some(AudioType::Both));
    assert_eq!(
        schedule.require_password_for_pmi_meetings,
        Some(RequirePasswordForPmiMeetings::JbhOnly)
    );
    let passcode = schedule
        .meeting_password_requirement
        .expect("meeting_password_requirement");
    assert_eq!(
        passcode.consecutive_characters_length,
        Some(ConsecutiveCharactersLength::Max4)
    );
    assert_eq!(passcode.have_number, None);

    let in_meeting = full.in_meeting.expect("in_meeting");
    assert_eq!(
        in_meeting.allow_participants_chat_with,
        Some(AllowParticipantsChatWith::EveryoneAndDirectly)
    );
    assert_eq!(
        in_meeting.allow_users_save_chats,
        Some(AllowUsersSaveChats::HostAndCoHostChats)
    );
    assert_eq!(in_meeting.entry_exit_chime, Some(EntryExitChime::Disabled));
    assert_eq!(
        in_meeting.data_center_regions,
        Some(vec![
            DataCenterRegion::UnitedStates,
            DataCenterRegion::Canada,
            DataCenterRegion::Germany
        ])
    );
    assert_eq!(
        in_meeting
            .unchecked_data_center_regions
            .expect("unchecked regions")[0],
        DataCenterRegion::Europe
    );
    assert_eq!(
        in_meeting.who_can_share_screen,
        Some(WhoCanShareScreen::Host)
    );
    let files = in_meeting
        .virtual_background_settings
        .and_then(|vb| vb.files)
        .expect("virtual background files");
    assert_eq!(files[0].type_, Some(VirtualBackgroundFileType::Image));
    assert_eq!(files[0].size, Some(53434));
    let webinar_chat = in_meeting.webinar_chat.expect("webinar_chat");
    assert_eq!(
        webinar_chat.allow_attendees_chat_with,
        Some(AllowAttendeesChatWith::HostAndPanelists)
    );
    assert_eq!(
        webinar_chat.default_attendees_chat_with,
        Some(DefaultAttendeesChatWith::HostAndPanelists)
    );
    assert_eq!(
        webinar_chat.allow_users_save_chats,
        Some(WebinarAllowUsersSaveChats::HostAndPanelistChats)
    );
    assert_eq!(
        in_meeting
            .webinar_live_streaming
            .and_then(|s| s.live_streaming_service),
        Some(vec![
            LiveStreamingService::YouTube,
            LiveStreamingService::Custom
        ])
    );
    assert_eq!(
        in_meeting.meeting_polling.expect("meeting_polling")["enable"],
        true
    );
}

/// The areas of [`full_settings_json`] after the in-meeting one.
fn check_other_areas(full: UserSettingsFull) {
    assert_eq!(
        full.email_notification.and_then(|e| e.jbh_reminder),
        Some(true)
    );
    let recording = full.recording.expect("recording");
    assert_eq!(recording.auto_recording, Some(AutoRecording::Cloud));
    assert_eq!(
        recording.auto_delete_cmr_days,
        Some(AutoDeleteCmrDays::Days90)
    );
    assert_eq!(
        recording
            .recording_password_requirement
            .and_then(|r| r.length),
        Some(8)
    );
    let regions = full
        .telephony
        .and_then(|t| t.telephony_regions)
        .expect("telephony regions");
    assert_eq!(
        regions.allowed_values,
        Some(vec!["US".to_owned(), "CA".to_owned()])
    );
    assert_eq!(regions.selection_values.as_deref(), Some("US"));
    let feature = full.feature.expect("feature");
    assert_eq!(feature.meeting_capacity, Some(300));
    assert_eq!(
        feature.webinar_capacity,
        Some(WebinarCapacity::Attendees500)
    );
    assert_eq!(
        feature.zoom_events_capacity,
        Some(ZoomEventsCapacity::Attendees1000)
    );
    assert_eq!(feature.concurrent_meeting, Some(ConcurrentMeeting::Basic));
    assert_eq!(full.tsp.and_then(|t| t.call_out_countries), Some(vec![]));
    let storage = full
        .profile
        .and_then(|p| p.recording_storage_location)
        .expect("storage location");
    assert_eq!(storage.value.as_deref(), Some("US"));
    assert_eq!(
        full.whiteboard
            .and_then(|w| w.in_meeting_advanced_whiteboard),
        Some(true)
    );
}

/// Checks one decoded answer of [`shapes`].
type Check = fn(UserSettings);

/// Each answer shape: the `option` sent, Zoom's answer, and a check of the
/// decoded result.
fn shapes() -> Vec<(SettingsOption, Value, Check)> {
    let mut shapes = authentication_shapes();
    shapes.push((
        SettingsOption::MeetingSecurity,
        meeting_security_json(),
        |settings| {
            let expected = UserMeetingSecuritySettings {
                meeting_security: Some(bodies::meeting_security()),
            };
            assert_eq!(settings, UserSettings::MeetingSecurity(expected));
        },
    ));
    shapes.push((
        SettingsOption::Unknown("zoom_rooms".into()),
        json!({"zoom_rooms": {"auto_start_scheduled_meetings": true}}),
        |settings| {
            let kept = json!({"zoom_rooms": {"auto_start_scheduled_meetings": true}});
            assert_eq!(settings, UserSettings::Other(kept));
        },
    ));
    shapes
}

/// The meeting, recording and grouped authentication answers.
fn authentication_shapes() -> Vec<(SettingsOption, Value, Check)> {
    vec![
        (
            SettingsOption::MeetingAuthentication,
            meeting_authentication_json(),
            check_meeting_authentication,
        ),
        (
            SettingsOption::RecordingAuthentication,
            json!({
                "recording_authentication": true,
                "authentication_options": [{
                    "id": "internally_Xk2mV9qLr0yT",
                    "name": "Same account only",
                    "type": "internally",
                    "default_option": true,
                    "visible": true
                }]
            }),
            |settings| {
                let UserSettings::Authentication(UserSettingsAuthentication::Recording(auth)) =
                    settings
                else {
                    panic!("expected recording authentication, got {settings:#?}");
                };
                assert_eq!(auth.recording_authentication, Some(true));
                let options = auth.authentication_options.expect("authentication options");
                assert_eq!(
                    options[0].type_,
                    Some(RecordingAuthenticationType::Internally)
                );
            },
        ),
        (
            // Newer accounts group both option lists under one key.
            SettingsOption::MeetingAuthentication,
            json!({
                "authentication_options": {
                    "meeting_authentication": meeting_authentication_json(),
                    "recording_authentication": {"recording_authentication": false}
                }
            }),
            |settings| {
                let UserSettings::AuthenticationOptions(grouped) = settings else {
                    panic!("expected grouped authentication options, got {settings:#?}");
                };
                let sets = grouped
                    .authentication_options
                    .expect("authentication option sets");
                let meeting = sets.meeting_authentication.expect("meeting options");
                assert_eq!(meeting.meeting_authentication, Some(true));
                let recording = sets.recording_authentication.expect("recording options");
                assert_eq!(recording.recording_authentication, Some(false));
            },
        ),
    ]
}

/// [`meeting_authentication_json`], field by field.
fn check_meeting_authentication(settings: UserSettings) {
    let UserSettings::Authentication(UserSettingsAuthentication::Meeting(auth)) = settings else {
        panic!("expected meeting authentication settings, got {settings:#?}");
    };
    assert_eq!(auth.meeting_authentication, Some(true));
    assert_eq!(auth.allow_authentication_exception, Some(true));
    let options = auth.authentication_options.expect("authentication options");
    assert_eq!(options.len(), 2);
    assert_eq!(
        options[0].type_,
        Some(MeetingAuthenticationType::EnforceLogin)
    );
    assert_eq!(
        options[1],
        MeetingAuthenticationOption {
            id: Some("signIn_9xvTRtWqS2GfW0k4Lq8cBw".into()),
            name: Some("Example staff only".into()),
            type_: Some(MeetingAuthenticationType::EnforceLoginWithDomains),
            default_option: Some(true),
            visible: Some(true),
            domains: Some("example.com,example.org".into()),
        }
    );
}

/// Zoom does not say which shape it sent; the client tells them apart by
/// their keys, and keeps a shape it does not know as `Other`.
#[tokio::test]
async fn get_user_settings_picks_the_variant_matching_the_shape() {
    let path = "/users/me/settings";
    for (option, reply, check) in shapes() {
        let (server, client) = serve("GET", path, Reply::json(200, reply)).await;
        let settings = client
            .get_user_settings("me")
            .option(option.clone())
            .send()
            .await
            .expect("getUserSettings succeeds");
        sent(&server, "GET", path, &[("option", option.as_str())]);
        check(settings);
    }
}
/// With `custom_query_fields`, Zoom leaves out every key but the ones asked
/// for, so an authentication answer can be a bare options list. It must still
/// decode as authentication settings, not as the grouped option sets (which
/// hold an object under the same key), and lose nothing.
#[tokio::test]
async fn get_user_settings_keeps_a_bare_authentication_options_list() {
    let reply = json!({
        "authentication_options": [{
            "id": "internally_Xk2mV9qLr0yT",
            "name": "Same account only",
            "type": "internally",
            "default_option": true,
            "visible": true
        }]
    });
    let path = "/users/me/settings";
    let (server, client) = serve("GET", path, Reply::json(200, reply.clone())).await;

    let settings = client
        .get_user_settings("me")
        .option(SettingsOption::RecordingAuthentication)
        .custom_query_fields("authentication_options")
        .send()
        .await
        .expect("getUserSettings succeeds");
    sent(
        &server,
        "GET",
        path,
        &[
            ("option", "recording_authentication"),
            ("custom_query_fields", "authentication_options"),
        ],
    );

    assert!(
        matches!(settings, UserSettings::Authentication(_)),
        "expected authentication settings, got {settings:#?}"
    );
    assert_eq!(serde_json::to_value(&settings).expect("serializes"), reply);
}

/// The settings body is an untagged union: each variant is sent as its own
/// JSON object, with the matching `option` (none for the general settings).
#[tokio::test]
async fn update_user_settings_sends_each_body_shape() {
    // The JSON each body of `bodies::settings_updates()` must become, in order.
    let expected = [
        json!({
            "schedule_meeting": {"host_video": true, "audio_type": "voip", "require_password_for_pmi_meetings": "all"},
            "in_meeting": {
                "allow_participants_chat_with": 2,
                "entry_exit_chime": "host",
                "data_center_regions": ["US", "IE"],
                "webinar_chat": {"allow_attendees_chat_with": 1}
            },
            "email_notification": {"jbh_reminder": false},
            "recording": {"auto_recording": "none", "auto_delete_cmr_days": 30},
            "telephony": {"telephony_regions": {"selection_values": "US,CA"}},
            "feature": {"webinar": true, "webinar_capacity": 1000, "concurrent_meeting": "Plus"}
        }),
        json!({
            "meeting_authentication": true,
            "authentication_option": {
                "name": "Example staff only",
                "type": "enforce_login_with_domains",
                "default_option": true,
                "action": "update",
                "domains": "example.com"
            }
        }),
        json!({
            "recording_authentication": true,
            "authentication_option": {"id": "internally_Xk2mV9qLr0yT", "action": "hide"}
        }),
        meeting_security_json(),
    ];
    let bodies = bodies::settings_updates();
    assert_eq!(
        bodies.len(),
        expected.len(),
        "one expected JSON per body shape"
    );
    let path = "/users/me/settings";
    for ((option, body), expected) in bodies.into_iter().zip(expected) {
        let (server, client) = serve("PATCH", path, Reply::empty(204)).await;
        let mut call = client.update_user_settings("me", body);
        if let Some(option) = &option {
            call = call.option(option.clone());
        }
        call.send().await.expect("updateUserSettings succeeds");

        let query: Vec<(&str, &str)> = option.iter().map(|o| ("option", o.as_str())).collect();
        assert_json_body(&sent(&server, "PATCH", path, &query), expected);
    }
}
