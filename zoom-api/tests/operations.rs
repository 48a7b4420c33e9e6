//! Every generated operation, called the way a user calls it, against a
//! local mock server.
//!
//! There is one test per operation, named after its `Client` method. Each one:
//!
//! 1. registers a reply shaped like Zoom's real answer for the operation's
//!    method and path. JSON replies carry at least one field this client does
//!    not know, to prove that unknown fields are ignored;
//! 2. calls the operation with realistic arguments, setting every optional
//!    query parameter the builder offers and full request bodies;
//! 3. checks what went over the wire with [`sent`] (method, raw path, decoded
//!    query, bearer token) and one of the body helpers;
//! 4. checks the typed result.
//!
//! The test after the per-operation ones checks Zoom's error body. The
//! shapes of the settings union are tested in `settings.rs`; enum values Zoom
//! may add later, `null` fields and partial updates in `values.rs`.

mod support;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use support::spec::Spec;
use support::{MockServer, MultipartPart, Recorded, Reply, bodies};
use zoom_api::types::*;
use zoom_api::{Client, Upload};

/// The bearer token every test client sends.
const TOKEN: &str = "test-token";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// Starts a mock server that answers `method path` with `reply`, and a client
/// pointed at it.
async fn serve(method: &str, path: &str, reply: Reply) -> (MockServer, Client) {
    let server = MockServer::start().await;
    server.mock(method, path, reply);
    let client = Client::builder()
        .base_url(server.url())
        .bearer_token(TOKEN)
        .build()
        .expect("client configuration is valid");
    (server, client)
}

/// Returns the only request `server` received, after checking what every
/// call shares: the method, the raw path (percent-encoding untouched), the
/// exact set of decoded query pairs (order does not matter) and the bearer
/// token.
fn sent(server: &MockServer, method: &str, path: &str, query: &[(&str, &str)]) -> Recorded {
    let mut received = server.received();
    assert_eq!(received.len(), 1, "expected one request, got {received:#?}");
    let req = received.remove(0);
    assert_eq!((req.method.as_str(), req.path.as_str()), (method, path));
    let mut got: Vec<(&str, &str)> = req
        .query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut want = query.to_vec();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want, "query of {method} {path}");
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(req.header("authorization"), Some(bearer.as_str()));
    req
}

/// Checks that the request had no body (and so no content type).
fn assert_no_body(req: &Recorded) {
    let body = String::from_utf8_lossy(&req.body);
    assert!(body.is_empty(), "unexpected request body: {body}");
    assert_eq!(req.header("content-type"), None);
}

/// Checks that the request body is exactly `expected`, sent as JSON.
fn assert_json_body(req: &Recorded, expected: Value) {
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(req.body_json(), expected);
}

/// Checks that the request is `multipart/form-data` with exactly one part:
/// the file `file_name` of type `content_type` holding `data`, named `field`.
fn assert_file_part(req: &Recorded, field: &str, file_name: &str, content_type: &str, data: &[u8]) {
    let header = req
        .header("content-type")
        .expect("upload has a content type");
    assert!(
        header.starts_with("multipart/form-data; boundary="),
        "{header}"
    );
    let expected = MultipartPart {
        name: field.to_owned(),
        file_name: Some(file_name.to_owned()),
        content_type: Some(content_type.to_owned()),
        data: data.to_vec(),
    };
    assert_eq!(req.multipart(), [expected]);
}

/// A UTC time from its RFC 3339 text, for comparing decoded date-times.
fn at(rfc3339: &str) -> DateTime<Utc> {
    rfc3339.parse().expect("valid RFC 3339 time")
}

// ---------------------------------------------------------------------------
// Fixtures: bodies shaped like Zoom's real answers
// ---------------------------------------------------------------------------

/// A Licensed user as Get a user returns it.
fn user_json() -> Value {
    json!({
        "id": "z8yCxjabcdEFGHfp8uQ",
        "first_name": "Ana",
        "last_name": "Ortega",
        "display_name": "Ana Ortega",
        "email": "ana.ortega@example.com",
        "type": 2,
        "role_name": "Member",
        "pmi": 3_512_874_096_i64,
        "use_pmi": false,
        "timezone": "America/Los_Angeles",
        "dept": "Engineering",
        "created_at": "2021-03-04T17:22:31Z",
        "user_created_at": "2021-03-04T17:22:31Z",
        "last_login_time": "2023-09-28T08:14:03Z",
        "last_client_version": "5.16.2.22807(mac)",
        "language": "en-US",
        "phone_numbers": [
            {"country": "US", "code": "+1", "number": "4155550137", "verified": true, "label": "Mobile"}
        ],
        "vanity_url": "https://example.zoom.us/my/ana.ortega",
        "personal_meeting_url": "https://example.zoom.us/j/3512874096?pwd=cXRkZ0VvN3hKa1lqTmZ2UQ",
        "verified": 1,
        "pic_url": "https://example.zoom.us/p/z8yCxjabcdEFGHfp8uQ/7c1f0f2e-1234",
        "jid": "z8yCxjabcdefghfp8uq@xmpp.zoom.us",
        "account_id": "Rq5sNpL2TuvWxYz0AbCdEf",
        "account_number": 10_458_329,
        "cluster": "us05",
        "status": "active",
        "group_ids": ["W2fqk3RhS0mX7pVb9Lz1cA"],
        "im_group_ids": [],
        "job_title": "Staff Engineer",
        "company": "Example Corp",
        "location": "San Francisco",
        "custom_attributes": [{"key": "cbf_dg2ah0ko", "name": "Cost center", "value": "CC-1187"}],
        "login_types": [100, 1],
        "role_id": "2",
        "plan_united_type": "4",
        "employee_unique_id": "EMP-00417",
        "manager": "dana.kim@example.com",
        "pronouns": "she/her",
        "pronouns_option": 2,
        "zoom_one_type": 16,
        "status_updated_at": "2023-09-01T10:00:00Z" // not in the spec
    })
}

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

// ---------------------------------------------------------------------------
// One test per operation, in the order of the spec
// ---------------------------------------------------------------------------

#[tokio::test]
async fn switch_user_account() {
    let path = "/accounts/me/users/lena.fischer%40example.com/account";
    let (server, client) = serve("PUT", path, Reply::empty(204)).await;

    let body = SwitchAccountRequest {
        account_id: "Tb7cHx2QmZ9pLw4sVn0eYa".into(),
    };
    client
        .switch_user_account("me", "lena.fischer@example.com", body)
        .send()
        .await
        .expect("switchUserAccount succeeds");

    let req = sent(&server, "PUT", path, &[]);
    assert_json_body(&req, json!({"account_id": "Tb7cHx2QmZ9pLw4sVn0eYa"}));
}

#[tokio::test]
async fn list_users() {
    let page = json!({
        "next_page_token": "Qx7vTq2R9sKpW4mZb1LcN8yHfD3gJ6aE0",
        "page_count": 3,
        "page_number": 1,
        "page_size": 2,
        "total_records": 5,
        "users": [
            {
                "id": "z8yCxjabcdEFGHfp8uQ",
                "first_name": "Ana",
                "last_name": "Ortega",
                "display_name": "Ana Ortega",
                "email": "ana.ortega@example.com",
                "type": 2,
                "pmi": 3_512_874_096_i64,
                "timezone": "America/Los_Angeles",
                "verified": 1,
                "dept": "Engineering",
                "user_created_at": "2021-03-04T17:22:31Z",
                "created_at": "2021-03-04T17:22:31Z",
                "last_login_time": "2023-09-28T08:14:03Z",
                "last_client_version": "5.16.2.22807(mac)",
                "group_ids": ["W2fqk3RhS0mX7pVb9Lz1cA"],
                "im_group_ids": [],
                "role_id": "2",
                "status": "active",
                "plan_united_type": "4",
                "employee_unique_id": "EMP-00417",
                "custom_attributes": [{"key": "cbf_dg2ah0ko", "name": "Cost center", "value": "CC-1187"}],
                "pic_url": "https://example.zoom.us/p/z8yCxjabcdEFGHfp8uQ/7c1f0f2e-1234" // not in the item schema
            },
            {
                "id": "Kq3pL0wXyzTUVbn27RmA",
                "first_name": "Bo",
                "last_name": "Lindqvist",
                "email": "bo.lindqvist@example.com",
                "type": 1,
                "pmi": 8_847_120_365_i64,
                "timezone": "Europe/Stockholm",
                "verified": 0,
                "user_created_at": "2022-11-15T09:05:47Z",
                "group_ids": [],
                "im_group_ids": [],
                "role_id": "2",
                "status": "active",
                "custom_attributes": []
            }
        ]
    });
    let (server, client) = serve("GET", "/users", Reply::json(200, page)).await;

    let page = client
        .list_users()
        .status(UserStatus::Active)
        .page_size(2)
        .role_id("2")
        .page_number(1)
        .include_fields(ListUsersIncludeField::CustomAttributes)
        .next_page_token("Qx7vTq2R9sKpW4mZb1LcN8yHfD3gJ6aE0")
        .license(ListUsersLicense::ZoomWorkforceManagement)
        .send()
        .await
        .expect("listUsers succeeds");

    let req = sent(
        &server,
        "GET",
        "/users",
        &[
            ("status", "active"),
            ("page_size", "2"),
            ("role_id", "2"),
            ("page_number", "1"),
            ("include_fields", "custom_attributes"),
            ("next_page_token", "Qx7vTq2R9sKpW4mZb1LcN8yHfD3gJ6aE0"),
            ("license", "zoom_workforce_management"),
        ],
    );
    assert_no_body(&req);

    assert_eq!(
        page.next_page_token.as_deref(),
        Some("Qx7vTq2R9sKpW4mZb1LcN8yHfD3gJ6aE0")
    );
    assert_eq!(
        (page.page_count, page.page_size, page.total_records),
        (Some(3), Some(2), Some(5))
    );
    let users = page.users.expect("users");
    assert_eq!(users.len(), 2);
    let ana = &users[0];
    assert_eq!(ana.email, "ana.ortega@example.com");
    assert_eq!(ana.type_, UserType::Licensed);
    assert_eq!(ana.status, Some(UserStatus::Active));
    assert_eq!(ana.verified, Some(EmailVerified::Verified));
    assert_eq!(ana.pmi, Some(3_512_874_096));
    assert_eq!(ana.plan_united_type, Some(PlanUnitedType::Plan4));
    assert_eq!(ana.user_created_at, Some(at("2021-03-04T17:22:31Z")));
    assert_eq!(ana.last_login_time, Some(at("2023-09-28T08:14:03Z")));
    assert_eq!(
        ana.group_ids.as_deref(),
        Some(&["W2fqk3RhS0mX7pVb9Lz1cA".to_owned()][..])
    );
    let attributes = ana.custom_attributes.as_deref().expect("custom attributes");
    assert_eq!(attributes[0].name.as_deref(), Some("Cost center"));
    assert_eq!(attributes[0].value.as_deref(), Some("CC-1187"));
    let bo = &users[1];
    assert_eq!(bo.type_, UserType::Basic);
    assert_eq!(bo.verified, Some(EmailVerified::NotVerified));
    assert_eq!(bo.display_name, None);
    assert_eq!(bo.custom_attributes, Some(vec![]));
}

#[tokio::test]
async fn create_user() {
    let created = json!({
        "id": "Hn5tRk8aQwErTy12UiOp",
        "first_name": "Chen",
        "last_name": "Wei",
        "email": "chen.wei@example.com",
        "type": 2,
        "is_new_user": true // not in the spec
    });
    let (server, client) = serve("POST", "/users", Reply::json(201, created)).await;

    let body = bodies::new_user();
    let user = client
        .create_user(body)
        .send()
        .await
        .expect("createUser succeeds");

    let req = sent(&server, "POST", "/users", &[]);
    assert_json_body(
        &req,
        json!({
            "action": "autoCreate",
            "user_info": {
                "email": "chen.wei@example.com",
                "type": 2,
                "first_name": "Chen",
                "last_name": "Wei",
                "display_name": "Chen Wei",
                "password": "Tr0ub4dor&3x",
                "feature": {"zoom_phone": true, "zoom_one_type": 16},
                "plan_united_type": "4"
            }
        }),
    );

    assert_eq!(user.id.as_deref(), Some("Hn5tRk8aQwErTy12UiOp"));
    assert_eq!(user.email.as_deref(), Some("chen.wei@example.com"));
    assert_eq!(user.first_name.as_deref(), Some("Chen"));
    assert_eq!(user.type_, Some(UserType::Licensed));
}

#[tokio::test]
async fn check_user_email() {
    let reply = json!({"existed_email": true, "is_pending": false}); // is_pending: not in the spec
    let (server, client) = serve("GET", "/users/email", Reply::json(200, reply)).await;

    let check = client
        .check_user_email("jane+doe@example.com")
        .send()
        .await
        .expect("checkUserEmail succeeds");

    let req = sent(
        &server,
        "GET",
        "/users/email",
        &[("email", "jane+doe@example.com")],
    );
    // `+` must be escaped, or Zoom reads it as a space.
    assert_eq!(
        req.raw_query.as_deref(),
        Some("email=jane%2Bdoe%40example.com")
    );
    assert_no_body(&req);
    assert_eq!(check.existed_email, Some(true));
}

#[tokio::test]
async fn get_user_zak() {
    let reply = json!({
        "token": "eyJ0eXAiOiJKV1QiLCJzdiI6IjAwMDAwMSJ9.eyJhdWQiOiJjbGllbnRzbSJ9.k3V9pQ2rT8sXwY1z",
        "expire_in": 7200 // not in the spec
    });
    let (server, client) = serve("GET", "/users/me/zak", Reply::json(200, reply)).await;

    let zak = client
        .get_user_zak()
        .send()
        .await
        .expect("getUserZak succeeds");

    let req = sent(&server, "GET", "/users/me/zak", &[]);
    assert_no_body(&req);
    assert_eq!(
        zak.token.as_deref(),
        Some("eyJ0eXAiOiJKV1QiLCJzdiI6IjAwMDAwMSJ9.eyJhdWQiOiJjbGllbnRzbSJ9.k3V9pQ2rT8sXwY1z")
    );
}

#[tokio::test]
async fn check_user_pm_room() {
    let reply = json!({"existed": true, "suggested_name": "ana.ortega2"}); // suggested_name: not in the spec
    let (server, client) = serve("GET", "/users/vanity_name", Reply::json(200, reply)).await;

    let check = client
        .check_user_pm_room("ana.ortega")
        .send()
        .await
        .expect("checkUserPmRoom succeeds");

    let req = sent(
        &server,
        "GET",
        "/users/vanity_name",
        &[("vanity_name", "ana.ortega")],
    );
    assert_no_body(&req);
    assert_eq!(check.existed, Some(true));
}

#[tokio::test]
async fn delete_user() {
    let path = "/users/ana.ortega%40example.com";
    let (server, client) = serve("DELETE", path, Reply::empty(204)).await;

    client
        .delete_user("ana.ortega@example.com")
        .encrypted_email(false)
        .action(DeleteUserAction::Delete)
        .transfer_email("dana.kim@example.com")
        .transfer_meeting(true)
        .transfer_webinar(true)
        .transfer_recording(false)
        .transfer_whiteboard(true)
        .send()
        .await
        .expect("deleteUser succeeds");

    let req = sent(
        &server,
        "DELETE",
        path,
        &[
            ("encrypted_email", "false"),
            ("action", "delete"),
            ("transfer_email", "dana.kim@example.com"),
            ("transfer_meeting", "true"),
            ("transfer_webinar", "true"),
            ("transfer_recording", "false"),
            ("transfer_whiteboard", "true"),
        ],
    );
    assert_no_body(&req);
}

#[tokio::test]
async fn get_user() {
    let path = "/users/ana.ortega%40example.com";
    let (server, client) = serve("GET", path, Reply::json(200, user_json())).await;

    let user = client
        .get_user("ana.ortega@example.com")
        .login_type(LoginType::ZoomWorkEmail)
        .encrypted_email(false)
        .search_by_unique_id(false)
        .send()
        .await
        .expect("getUser succeeds");

    let req = sent(
        &server,
        "GET",
        path,
        &[
            ("login_type", "100"),
            ("encrypted_email", "false"),
            ("search_by_unique_id", "false"),
        ],
    );
    assert_no_body(&req);

    assert_eq!(user.id.as_deref(), Some("z8yCxjabcdEFGHfp8uQ"));
    assert_eq!(user.email.as_deref(), Some("ana.ortega@example.com"));
    assert_eq!(user.type_, UserType::Licensed);
    assert_eq!(user.status, Some(UserStatus::Active));
    assert_eq!(user.verified, Some(EmailVerified::Verified));
    assert_eq!(user.pmi, Some(3_512_874_096));
    assert_eq!(user.use_pmi, Some(false));
    assert_eq!(user.account_number, Some(10_458_329));
    assert_eq!(user.user_created_at, Some(at("2021-03-04T17:22:31Z")));
    assert_eq!(user.last_login_time, Some(at("2023-09-28T08:14:03Z")));
    assert_eq!(
        user.login_types,
        Some(vec![LoginType::ZoomWorkEmail, LoginType::GoogleOauth])
    );
    assert_eq!(user.pronouns_option, Some(PronounsOption::AlwaysDisplay));
    assert_eq!(user.zoom_one_type, Some(ZoomOneType::BusinessPlusUsCa));
    assert_eq!(user.plan_united_type, Some(PlanUnitedType::Plan4));
    assert_eq!(user.manager.as_deref(), Some("dana.kim@example.com"));
    assert_eq!(
        user.phone_numbers,
        Some(vec![PhoneNumber {
            country: Some("US".into()),
            code: Some("+1".into()),
            number: Some("4155550137".into()),
            verified: Some(true),
            label: Some(PhoneLabel::Mobile),
        }])
    );
    let attributes = user.custom_attributes.expect("custom attributes");
    assert_eq!(attributes[0].key.as_deref(), Some("cbf_dg2ah0ko"));
    assert_eq!(user.im_group_ids, Some(vec![]));
}

#[tokio::test]
async fn update_user() {
    let (server, client) = serve("PATCH", "/users/me", Reply::empty(204)).await;

    let body = bodies::full_user_update();
    client
        .update_user("me", body)
        .login_type(LoginType::Sso)
        .remove_tsp_credentials(true)
        .send()
        .await
        .expect("updateUser succeeds");

    let req = sent(
        &server,
        "PATCH",
        "/users/me",
        &[("login_type", "101"), ("remove_tsp_credentials", "true")],
    );
    assert_json_body(
        &req,
        json!({
            "first_name": "Ana",
            "last_name": "Ortega-Ruiz",
            "display_name": "Ana Ortega-Ruiz",
            "type": 2,
            "pmi": 3_512_874_096_i64,
            "use_pmi": true,
            "timezone": "Europe/Berlin",
            "language": "de-DE",
            "dept": "Platform",
            "vanity_name": "ana.ortega",
            "host_key": "482913",
            "cms_user_id": "kaltura-7781",
            "job_title": "Principal Engineer",
            "company": "Example Corp",
            "location": "Berlin",
            "phone_numbers": [{"country": "DE", "code": "+49", "number": "30901820", "label": "Office"}],
            "custom_attributes": [{"key": "cbf_dg2ah0ko", "name": "Cost center", "value": "CC-2040"}],
            "group_id": "W2fqk3RhS0mX7pVb9Lz1cA",
            "manager": "dana.kim@example.com",
            "pronouns": "she/her",
            "pronouns_option": 1,
            "zoom_one_type": 32,
            "plan_united_type": "none",
            "feature": {"zoom_phone": false},
            "about_me": "Builds the meeting platform.",
            "linkedin_url": "https://www.linkedin.com/in/ana-ortega-example"
        }),
    );
}

#[tokio::test]
async fn delete_user_assistants() {
    let path = "/users/jchill%40example.com/assistants";
    let (server, client) = serve("DELETE", path, Reply::empty(204)).await;

    client
        .delete_user_assistants("jchill@example.com")
        .send()
        .await
        .expect("deleteUserAssistants succeeds");

    let req = sent(&server, "DELETE", path, &[]);
    assert_no_body(&req);
}

#[tokio::test]
async fn list_user_assistants() {
    let path = "/users/jchill%40example.com/assistants";
    let reply = json!({
        "assistants": [
            {"id": "Pz4kWq9LmNbVc1XsDf7G", "email": "marta.silva@example.com"},
            {"id": "Tr6yUi0OpAsDfGh3JkL2", "email": "omar.haddad@example.com"}
        ],
        "total_records": 2 // not in the spec
    });
    let (server, client) = serve("GET", path, Reply::json(200, reply)).await;

    let list = client
        .list_user_assistants("jchill@example.com")
        .send()
        .await
        .expect("listUserAssistants succeeds");

    let req = sent(&server, "GET", path, &[]);
    assert_no_body(&req);
    assert_eq!(
        list.assistants,
        Some(vec![
            Assistant {
                id: Some("Pz4kWq9LmNbVc1XsDf7G".into()),
                email: Some("marta.silva@example.com".into()),
            },
            Assistant {
                id: Some("Tr6yUi0OpAsDfGh3JkL2".into()),
                email: Some("omar.haddad@example.com".into()),
            },
        ])
    );
}

#[tokio::test]
async fn add_user_assistants() {
    let path = "/users/me/assistants";
    let reply = json!({
        "ids": "Pz4kWq9LmNbVc1XsDf7G,Tr6yUi0OpAsDfGh3JkL2",
        "add_at": "2023-10-05T14:31:09Z",
        "added_by": "z8yCxjabcdEFGHfp8uQ" // not in the spec
    });
    let (server, client) = serve("POST", path, Reply::json(201, reply)).await;

    // Each assistant is named by ID or by email.
    let body = AssistantList {
        assistants: Some(vec![
            Assistant {
                id: Some("Pz4kWq9LmNbVc1XsDf7G".into()),
                email: None,
            },
            Assistant {
                id: None,
                email: Some("omar.haddad@example.com".into()),
            },
        ]),
    };
    let added = client
        .add_user_assistants("me", body)
        .send()
        .await
        .expect("addUserAssistants succeeds");

    let req = sent(&server, "POST", path, &[]);
    assert_json_body(
        &req,
        json!({"assistants": [{"id": "Pz4kWq9LmNbVc1XsDf7G"}, {"email": "omar.haddad@example.com"}]}),
    );
    assert_eq!(
        added.ids.as_deref(),
        Some("Pz4kWq9LmNbVc1XsDf7G,Tr6yUi0OpAsDfGh3JkL2")
    );
    assert_eq!(added.add_at, Some(at("2023-10-05T14:31:09Z")));
}

#[tokio::test]
async fn delete_user_assistant() {
    let path = "/users/jchill%40example.com/assistants/Pz4kWq9LmNbVc1XsDf7G";
    let (server, client) = serve("DELETE", path, Reply::empty(204)).await;

    client
        .delete_user_assistant("jchill@example.com", "Pz4kWq9LmNbVc1XsDf7G")
        .send()
        .await
        .expect("deleteUserAssistant succeeds");

    let req = sent(&server, "DELETE", path, &[]);
    assert_no_body(&req);
}

#[tokio::test]
async fn update_user_email() {
    let path = "/users/Kq3pL0wXyzTUVbn27RmA/email";
    let (server, client) = serve("PUT", path, Reply::empty(204)).await;

    let body = UpdateEmailRequest {
        email: "bo.lindqvist@example.org".into(),
    };
    client
        .update_user_email("Kq3pL0wXyzTUVbn27RmA", body)
        .send()
        .await
        .expect("updateUserEmail succeeds");

    let req = sent(&server, "PUT", path, &[]);
    assert_json_body(&req, json!({"email": "bo.lindqvist@example.org"}));
}

#[tokio::test]
async fn update_user_password() {
    let path = "/users/bo.lindqvist%40example.com/password";
    let (server, client) = serve("PUT", path, Reply::empty(204)).await;

    let body = UpdatePasswordRequest {
        password: "c0rrect-Horse-b4ttery".into(),
    };
    client
        .update_user_password("bo.lindqvist@example.com", body)
        .send()
        .await
        .expect("updateUserPassword succeeds");

    let req = sent(&server, "PUT", path, &[]);
    assert_json_body(&req, json!({"password": "c0rrect-Horse-b4ttery"}));
}

#[tokio::test]
async fn get_user_permissions() {
    let path = "/users/me/permissions";
    let reply = json!({
        "permissions": ["User:Read", "Meeting:Read", "Meeting:Edit", "Recording:Read"],
        "role_name": "Member" // not in this schema
    });
    let (server, client) = serve("GET", path, Reply::json(200, reply)).await;

    let permissions = client
        .get_user_permissions("me")
        .send()
        .await
        .expect("getUserPermissions succeeds");

    let req = sent(&server, "GET", path, &[]);
    assert_no_body(&req);
    let names = permissions.permissions.expect("permissions");
    assert_eq!(
        names,
        [
            "User:Read",
            "Meeting:Read",
            "Meeting:Edit",
            "Recording:Read"
        ]
    );
}

#[tokio::test]
async fn upload_user_picture() {
    let path = "/users/ana.ortega%40example.com/picture";
    let (server, client) = serve("POST", path, Reply::empty(201)).await;

    let png: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01";
    let picture = Upload::from_bytes("ana.png", "image/png", png);
    client
        .upload_user_picture("ana.ortega@example.com", picture)
        .send()
        .await
        .expect("uploadUserPicture succeeds");

    let req = sent(&server, "POST", path, &[]);
    assert_file_part(&req, "pic_file", "ana.png", "image/png", png);
}

#[tokio::test]
async fn update_user_presence_status() {
    let path = "/users/ana.ortega%40example.com/presence_status";
    let (server, client) = serve("PUT", path, Reply::empty(204)).await;

    let body = PresenceStatusUpdate {
        status: PresenceStatus::DoNotDisturb,
        duration: Some(45),
    };
    client
        .update_user_presence_status("ana.ortega@example.com", body)
        .send()
        .await
        .expect("updateUserPresenceStatus succeeds");

    let req = sent(&server, "PUT", path, &[]);
    // Zoom's wire value really is `Do_No_Disturb`.
    assert_json_body(&req, json!({"status": "Do_No_Disturb", "duration": 45}));
}

#[tokio::test]
async fn delete_user_schedulers() {
    let (server, client) = serve("DELETE", "/users/me/schedulers", Reply::empty(204)).await;

    client
        .delete_user_schedulers("me")
        .send()
        .await
        .expect("deleteUserSchedulers succeeds");

    let req = sent(&server, "DELETE", "/users/me/schedulers", &[]);
    assert_no_body(&req);
}

#[tokio::test]
async fn list_user_schedulers() {
    let path = "/users/marta.silva%40example.com/schedulers";
    let reply = json!({
        "schedulers": [
            {"id": "Jm8nBv2CxZaQ5wErT6yU", "email": "lena.fischer@example.com", "pmi": 6_203_948_175_i64},
            {"id": "Kq3pL0wXyzTUVbn27RmA", "email": "bo.lindqvist@example.com", "pmi": 8_847_120_365_i64}
        ],
        "total_records": 2 // not in the spec
    });
    let (server, client) = serve("GET", path, Reply::json(200, reply)).await;

    let list = client
        .list_user_schedulers("marta.silva@example.com")
        .send()
        .await
        .expect("listUserSchedulers succeeds");

    let req = sent(&server, "GET", path, &[]);
    assert_no_body(&req);
    let schedulers = list.schedulers.expect("schedulers");
    assert_eq!(schedulers.len(), 2);
    assert_eq!(
        schedulers[0],
        Scheduler {
            id: Some("Jm8nBv2CxZaQ5wErT6yU".into()),
            email: Some("lena.fischer@example.com".into()),
            pmi: Some(6_203_948_175),
        }
    );
    assert_eq!(schedulers[1].pmi, Some(8_847_120_365));
}

#[tokio::test]
async fn delete_user_scheduler() {
    let path = "/users/me/schedulers/Jm8nBv2CxZaQ5wErT6yU";
    let (server, client) = serve("DELETE", path, Reply::empty(204)).await;

    client
        .delete_user_scheduler("me", "Jm8nBv2CxZaQ5wErT6yU")
        .send()
        .await
        .expect("deleteUserScheduler succeeds");

    let req = sent(&server, "DELETE", path, &[]);
    assert_no_body(&req);
}

/// Sets every query parameter; the full settings shape and the other
/// `option` shapes are decoded in `settings.rs`.
#[tokio::test]
async fn get_user_settings() {
    let path = "/users/ana.ortega%40example.com/settings";
    let reply = Reply::json(200, meeting_authentication_json());
    let (server, client) = serve("GET", path, reply).await;

    let settings = client
        .get_user_settings("ana.ortega@example.com")
        .login_type(LoginType::Sso)
        .option(SettingsOption::MeetingAuthentication)
        .custom_query_fields("meeting_authentication,authentication_options")
        .send()
        .await
        .expect("getUserSettings succeeds");

    let req = sent(
        &server,
        "GET",
        path,
        &[
            ("login_type", "101"),
            ("option", "meeting_authentication"),
            (
                "custom_query_fields",
                "meeting_authentication,authentication_options",
            ),
        ],
    );
    assert_no_body(&req);

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

/// Sets the `option` query parameter; the other body shapes are sent in
/// `settings.rs`.
#[tokio::test]
async fn update_user_settings() {
    let path = "/users/me/settings";
    let (server, client) = serve("PATCH", path, Reply::empty(204)).await;

    let body = UserSettingsUpdate::MeetingSecurity(UserMeetingSecuritySettings {
        meeting_security: Some(bodies::meeting_security()),
    });
    client
        .update_user_settings("me", body)
        .option(SettingsOption::MeetingSecurity)
        .send()
        .await
        .expect("updateUserSettings succeeds");

    let req = sent(&server, "PATCH", path, &[("option", "meeting_security")]);
    assert_json_body(&req, meeting_security_json());
}

#[tokio::test]
async fn delete_user_virtual_backgrounds() {
    let path = "/users/me/settings/virtual_backgrounds";
    let (server, client) = serve("DELETE", path, Reply::empty(204)).await;

    let file_ids = "9b4c2f17d6e84a0b8c3d5e1f2a6b7c80,3e8d1a6f0c2b4f9a8e7d6c5b4a3f2e1d";
    client
        .delete_user_virtual_backgrounds("me")
        .file_ids(file_ids)
        .send()
        .await
        .expect("deleteUserVirtualBackgrounds succeeds");

    let req = sent(&server, "DELETE", path, &[("file_ids", file_ids)]);
    assert_no_body(&req);
}

#[tokio::test]
async fn upload_user_virtual_background() {
    let path = "/users/z8yCxjabcdEFGHfp8uQ/settings/virtual_backgrounds";
    let reply = json!({
        "id": "3e8d1a6f0c2b4f9a8e7d6c5b4a3f2e1d",
        "name": "beach-sunset.jpg",
        "type": "image",
        "is_default": false,
        "size": 53434,
        "uploaded_at": "2023-10-05T14:31:09Z" // not in the spec
    });
    let (server, client) = serve("POST", path, Reply::json(201, reply)).await;

    let jpeg: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xff\xd9";
    let file = Upload::from_bytes("beach-sunset.jpg", "image/jpeg", jpeg);
    let uploaded = client
        .upload_user_virtual_background("z8yCxjabcdEFGHfp8uQ", file)
        .send()
        .await
        .expect("uploadUserVirtualBackground succeeds");

    let req = sent(&server, "POST", path, &[]);
    assert_file_part(&req, "file", "beach-sunset.jpg", "image/jpeg", jpeg);
    assert_eq!(
        uploaded,
        VirtualBackgroundFile {
            id: Some("3e8d1a6f0c2b4f9a8e7d6c5b4a3f2e1d".into()),
            name: Some("beach-sunset.jpg".into()),
            type_: Some(VirtualBackgroundFileType::Image),
            is_default: Some(false),
            size: Some(53434),
        }
    );
}

#[tokio::test]
async fn update_user_status() {
    let path = "/users/Kq3pL0wXyzTUVbn27RmA/status";
    // Zoom normally answers 204; its 2023 spec documents 200 with `{}`.
    for reply in [Reply::empty(204), Reply::json(200, json!({}))] {
        let (server, client) = serve("PUT", path, reply).await;

        let body = UserStatusUpdate {
            action: UserStatusAction::Deactivate,
        };
        client
            .update_user_status("Kq3pL0wXyzTUVbn27RmA", body)
            .send()
            .await
            .expect("updateUserStatus succeeds");

        let req = sent(&server, "PUT", path, &[]);
        assert_json_body(&req, json!({"action": "deactivate"}));
    }
}

#[tokio::test]
async fn revoke_user_sso_token() {
    let path = "/users/ana.ortega%40example.com/token";
    let (server, client) = serve("DELETE", path, Reply::empty(204)).await;

    client
        .revoke_user_sso_token("ana.ortega@example.com")
        .send()
        .await
        .expect("revokeUserSsoToken succeeds");

    let req = sent(&server, "DELETE", path, &[]);
    assert_no_body(&req);
}

#[tokio::test]
async fn get_user_token() {
    let path = "/users/me/token";
    let reply = json!({
        "token": "eyJ0eXAiOiJKV1QiLCJzdiI6IjAwMDAwMSJ9.eyJ1aWQiOiJ6OHlDeGphYmNkRUZHSGZwOHVRIn0.Xb7rQ1sT4uV8wY2z",
        "expire_in": 3600 // not in the spec
    });
    let (server, client) = serve("GET", path, Reply::json(200, reply)).await;

    let token = client
        .get_user_token("me")
        .type_(UserTokenType::Zak)
        .ttl(3600)
        .send()
        .await
        .expect("getUserToken succeeds");

    let req = sent(&server, "GET", path, &[("type", "zak"), ("ttl", "3600")]);
    assert_no_body(&req);
    assert_eq!(
        token.token.as_deref(),
        Some(
            "eyJ0eXAiOiJKV1QiLCJzdiI6IjAwMDAwMSJ9.eyJ1aWQiOiJ6OHlDeGphYmNkRUZHSGZwOHVRIn0.Xb7rQ1sT4uV8wY2z"
        )
    );
}

// ---------------------------------------------------------------------------
// Cross-cutting behaviour
// ---------------------------------------------------------------------------

/// Zoom's error body becomes an [`zoom_api::Error`] that tells the status,
/// Zoom's code and message apart.
#[tokio::test]
async fn zoom_error_body_becomes_a_typed_error() {
    let reply = Reply::json(
        404,
        json!({"code": 1001, "message": "User does not exist: x"}),
    );
    let (server, client) = serve("GET", "/users/x", reply).await;

    let err = client
        .get_user("x")
        .send()
        .await
        .expect_err("a 404 is an error");

    sent(&server, "GET", "/users/x", &[]);
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.api_code(), Some(1001));
    assert!(err.is_not_found());
    assert!(!err.is_retryable());
    assert_eq!(err.operation(), Some("getUser"));
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 404 Not Found (code 1001): User does not exist: x"
    );
}

// ---------------------------------------------------------------------------
// The tests' own spec reader
// ---------------------------------------------------------------------------

/// The reader follows `$ref`s within a file and into `common.yaml` (for
/// parameters, bodies, answers, examples and schemas), resolving a ref found
/// in `common.yaml` against `common.yaml`, as the split spec needs.
#[test]
fn the_spec_reader_follows_refs_across_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spec");
    let spec = Spec::load(&dir).expect("the fixture spec reads");
    let ids: Vec<&str> = spec.operations.keys().map(String::as_str).collect();
    assert_eq!(ids, ["deleteWidget", "putWidget", "uploadWidgetPicture"]);

    let put = &spec.operations["putWidget"];
    assert_eq!(
        (put.method.as_str(), put.path.as_str()),
        ("PUT", "/widgets/{widgetId}")
    );
    assert_eq!(put.file, "widgets.yaml");
    assert_eq!(put.query, ["verbose", "page_size", "colour"]);
    let request = put.request.as_ref().expect("a request body");
    assert_eq!(request.media_type, "application/json");
    let examples: Vec<(&str, String)> = request
        .examples
        .iter()
        .map(|(name, value)| (name.as_str(), value.to_string()))
        .collect();
    let fancy = r#"{"name":"fancy","sparkles":3}"#.to_owned();
    assert_eq!(
        examples,
        [("fancy", fancy), ("plain", r#"{"name":"plain"}"#.into())]
    );
    let [(201, Some(created))] = &put.successes[..] else {
        panic!("expected one 201 with a body: {:?}", put.successes);
    };
    assert_eq!(
        created.examples,
        [(String::new(), serde_json::json!({"id": "w-1"}))]
    );
    assert_eq!(put.failure, Some((404, Some(4404))));

    let delete = &spec.operations["deleteWidget"];
    assert_eq!(delete.query, ["verbose"]);
    assert!(delete.request.is_none());
    assert!(matches!(&delete.successes[..], [(204, None)]));
    assert_eq!(delete.failure, Some((400, None)));

    let upload = &spec.operations["uploadWidgetPicture"];
    let body = upload.request.as_ref().expect("a multipart body");
    assert_eq!(body.media_type, "multipart/form-data");
    assert_eq!(body.file_field.as_deref(), Some("image"));
    assert_eq!(spec.success_example("uploadWidgetPicture")["id"], "w-2");
}

/// A `$ref` to a file that is not part of the spec directory, or to a
/// place that does not exist, is an error naming the ref.
#[test]
fn the_spec_reader_reports_broken_refs() {
    let dir = std::env::temp_dir().join(format!("zoom-api-spec-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let broken = [
        (
            "missing.yaml#/components/responses/Gone",
            "`missing.yaml` is not a YAML file",
        ),
        (
            "#/components/responses/Gone",
            "nothing at `/components/responses/Gone`",
        ),
    ];
    for (reference, message) in broken {
        let yaml = format!(
            "paths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        \
             '200': {{$ref: '{reference}'}}\n"
        );
        std::fs::write(dir.join("group.yaml"), yaml).expect("the fixture is written");
        let err = Spec::load(&dir).err().expect("a broken ref is an error");
        assert!(err.contains(reference) && err.contains(message), "{err}");
        assert!(err.contains("group.yaml: GET /x (getX)"), "{err}");
    }
    std::fs::remove_dir_all(&dir).expect("the temporary directory is removed");
}
