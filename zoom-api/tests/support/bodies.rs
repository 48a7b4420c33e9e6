//! Realistic request values shared by the operation tests and the contract
//! tests, so both send the same bodies.

use zoom_api::types::*;

/// A fully set meeting-security section.
pub fn meeting_security() -> MeetingSecurity {
    MeetingSecurity {
        auto_security: Some(true),
        block_user_domain: Some(true),
        block_user_domain_list: Some(vec!["spam.example".into(), "badactor.example".into()]),
        embed_password_in_join_link: Some(false),
        encryption_type: Some(EncryptionType::EndToEnd),
        end_to_end_encrypted_meetings: Some(true),
        meeting_password: Some(true),
        meeting_password_requirement: Some(MeetingPasswordRequirement {
            length: Some(10),
            have_letter: Some(true),
            have_number: Some(true),
            have_special_character: Some(true),
            only_allow_numeric: Some(false),
            have_upper_and_lower_characters: Some(true),
            consecutive_characters_length: Some(ConsecutiveCharactersLength::Unrestricted),
            weak_enhance_detection: Some(true),
        }),
        only_authenticated_can_join_from_webclient: Some(true),
        phone_password: Some(true),
        pmi_password: Some(true),
        password_for_pmi: Some("k7Tq2Wx9".into()),
        approved_or_denied_countries_or_regions: Some(CountryOrRegionAccess {
            enable: Some(true),
            method: Some(CountryOrRegionAccessMethod::Deny),
            approved_list: None,
            denied_list: Some(vec!["KP".into(), "IR".into()]),
        }),
        require_password_for_scheduled_meeting: Some(true),
        require_password_for_scheduled_webinar: Some(true),
        waiting_room: Some(true),
        waiting_room_settings: Some(WaitingRoomSettings {
            participants_to_place_in_waiting_room: Some(
                ParticipantsToPlaceInWaitingRoom::OutsideAccountAndDomains,
            ),
            whitelisted_domains_for_waiting_room: Some("example.com".into()),
            users_who_can_admit_participants_from_waiting_room: Some(
                UsersWhoCanAdmitFromWaitingRoom::HostCoHostsAndBypassed,
            ),
        }),
        webinar_password: Some(false),
    }
}

/// One body per shape of the settings union, with the `option` it goes with.
pub fn settings_updates() -> Vec<(Option<SettingsOption>, UserSettingsUpdate)> {
    let general = general_settings_update();
    let meeting_authentication = UserSettingsUpdate::Authentication(
        UserSettingsAuthenticationUpdate::Meeting(UserSettingsMeetingAuthenticationUpdate {
            meeting_authentication: Some(true),
            authentication_option: Some(MeetingAuthenticationOptionUpdate {
                id: None,
                name: Some("Example staff only".into()),
                type_: Some(MeetingAuthenticationType::EnforceLoginWithDomains),
                default_option: Some(true),
                action: Some(AuthenticationOptionAction::Update),
                domains: Some("example.com".into()),
            }),
        }),
    );
    let recording_authentication = UserSettingsUpdate::Authentication(
        UserSettingsAuthenticationUpdate::Recording(UserSettingsRecordingAuthenticationUpdate {
            recording_authentication: Some(true),
            authentication_option: Some(RecordingAuthenticationOptionUpdate {
                id: Some("internally_Xk2mV9qLr0yT".into()),
                action: Some(AuthenticationOptionAction::Hide),
                ..Default::default()
            }),
        }),
    );
    let meeting_security = UserSettingsUpdate::MeetingSecurity(UserMeetingSecuritySettings {
        meeting_security: Some(meeting_security()),
    });
    vec![
        (None, general),
        (
            Some(SettingsOption::MeetingAuthentication),
            meeting_authentication,
        ),
        (
            Some(SettingsOption::RecordingAuthentication),
            recording_authentication,
        ),
        (Some(SettingsOption::MeetingSecurity), meeting_security),
    ]
}

/// A general settings update touching several areas.
fn general_settings_update() -> UserSettingsUpdate {
    UserSettingsUpdate::Full(UserSettingsFullUpdate {
        schedule_meeting: Some(UserSettingsScheduleMeetingUpdate {
            host_video: Some(true),
            audio_type: Some(AudioType::Voip),
            require_password_for_pmi_meetings: Some(RequirePasswordForPmiMeetings::All),
            ..Default::default()
        }),
        in_meeting: Some(UserSettingsInMeetingUpdate {
            allow_participants_chat_with: Some(AllowParticipantsChatWith::HostAndCoHosts),
            entry_exit_chime: Some(EntryExitChime::Host),
            data_center_regions: Some(vec![
                DataCenterRegion::UnitedStates,
                DataCenterRegion::Ireland,
            ]),
            webinar_chat: Some(WebinarChatSettings {
                allow_attendees_chat_with: Some(AllowAttendeesChatWith::NoOne),
                ..Default::default()
            }),
            ..Default::default()
        }),
        email_notification: Some(UserSettingsEmailNotification {
            jbh_reminder: Some(false),
            ..Default::default()
        }),
        recording: Some(UserSettingsRecording {
            auto_recording: Some(AutoRecording::Disabled),
            auto_delete_cmr_days: Some(AutoDeleteCmrDays::Days30),
            ..Default::default()
        }),
        telephony: Some(UserSettingsTelephonyUpdate {
            telephony_regions: Some(TelephonyRegionsUpdate {
                selection_values: Some("US,CA".into()),
            }),
            ..Default::default()
        }),
        feature: Some(UserSettingsFeatureUpdate {
            webinar: Some(true),
            webinar_capacity: Some(WebinarCapacity::Attendees1000),
            concurrent_meeting: Some(ConcurrentMeeting::Plus),
            ..Default::default()
        }),
        ..Default::default()
    })
}

/// An update that sets every editable field of a user.
pub fn full_user_update() -> UpdateUserRequest {
    UpdateUserRequest {
        first_name: Some("Ana".into()),
        last_name: Some("Ortega-Ruiz".into()),
        display_name: Some("Ana Ortega-Ruiz".into()),
        type_: Some(UserType::Licensed),
        pmi: Some(3_512_874_096),
        use_pmi: Some(true),
        timezone: Some("Europe/Berlin".into()),
        language: Some("de-DE".into()),
        dept: Some("Platform".into()),
        vanity_name: Some("ana.ortega".into()),
        host_key: Some("482913".into()),
        cms_user_id: Some("kaltura-7781".into()),
        job_title: Some("Principal Engineer".into()),
        company: Some("Example Corp".into()),
        location: Some("Berlin".into()),
        phone_numbers: Some(vec![PhoneNumberUpdate {
            country: Some("DE".into()),
            code: Some("+49".into()),
            number: Some("30901820".into()),
            label: Some(PhoneLabel::Office),
        }]),
        custom_attributes: Some(vec![CustomAttribute {
            key: Some("cbf_dg2ah0ko".into()),
            name: Some("Cost center".into()),
            value: Some("CC-2040".into()),
        }]),
        group_id: Some("W2fqk3RhS0mX7pVb9Lz1cA".into()),
        manager: Some("dana.kim@example.com".into()),
        pronouns: Some("she/her".into()),
        pronouns_option: Some(PronounsOption::AskEveryTime),
        zoom_one_type: Some(ZoomOneType::BusinessPlusUkIe),
        plan_united_type: Some(PlanUnitedType::NoPlan),
        feature: Some(UpdateUserRequestFeature {
            zoom_phone: Some(false),
        }),
        about_me: Some("Builds the meeting platform.".into()),
        linkedin_url: Some("https://www.linkedin.com/in/ana-ortega-example".into()),
        // Left out: the deprecated phone_number and phone_country.
        ..Default::default()
    }
}

/// A new licensed user with every field of the request set.
pub fn new_user() -> CreateUserRequest {
    CreateUserRequest {
        action: CreateUserAction::AutoCreate,
        user_info: Some(CreateUserInfo {
            email: "chen.wei@example.com".into(),
            type_: UserType::Licensed,
            first_name: Some("Chen".into()),
            last_name: Some("Wei".into()),
            display_name: Some("Chen Wei".into()),
            password: Some("Tr0ub4dor&3x".into()),
            feature: Some(CreateUserFeature {
                zoom_phone: Some(true),
                zoom_one_type: Some(ZoomOneType::BusinessPlusUsCa),
            }),
            plan_united_type: Some(PlanUnitedType::Plan4),
            division_ids: None,
            license_info_list: None,
        }),
    }
}
