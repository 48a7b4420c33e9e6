//! Contract tests: every operation, called the way a user calls it, against
//! the Prism mock server serving `spec/zoom-users.yaml`.
//!
//! These tests do not check the client against itself (tests/operations.rs
//! does that with hand-written replies); they check it against an
//! independent reading of the spec:
//!
//! - Prism runs with `--errors`, so a request that breaks the spec (a wrong
//!   path, a query value outside its enum, a body that misses a required
//!   field or matches no schema, a misnamed upload part, a missing
//!   `Authorization: Bearer` header) fails: with the operation's own 400
//!   response when the spec has one (a made-up example; Prism's log, quoted
//!   in the failure, names the violation), otherwise with a problem+json
//!   422/401/404 naming it. Prism also checks its own answer against the
//!   spec and answers 500 when that fails (e.g. a body matching more than
//!   one branch of a `oneOf`).
//! - In static mode Prism answers with the spec's examples; in dynamic mode
//!   (`-d`) with random data generated from the schemas, which nobody chose
//!   to suit the client. Either way the client must decode the answer, and
//!   every enum value and union shape the spec names must land in a known
//!   variant, not in `Unknown(..)` / `Other(..)`.
//!
//! The tests are ignored unless asked for: `cargo xtask contract` installs
//! Prism, starts it in each mode and runs them with
//! `ZOOM_CONTRACT_URL=http://127.0.0.1:PORT` and
//! `ZOOM_CONTRACT_MODE=static|dynamic`. To run them by hand:
//!
//! ```text
//! target/prism/node_modules/.bin/prism mock spec/zoom-users.yaml --errors -v debug -p 4010 > prism.log &
//! ZOOM_CONTRACT_URL=http://127.0.0.1:4010 ZOOM_CONTRACT_PRISM_LOG=prism.log \
//!     cargo test -p zoom-api --test contract -- --include-ignored --test-threads=1
//! ```
//!
//! (`ZOOM_CONTRACT_ROUNDS=N` changes how often each call is made: once in
//! static mode, 20 times in dynamic mode by default.)

#[path = "support/bodies.rs"]
mod bodies;

use std::fmt::Debug;
use std::future::Future;
use std::time::Duration;

use zoom_api::types::*;
use zoom_api::{Client, Error, RetryPolicy, Upload};

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

/// Which answers Prism gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The spec's examples (`prism mock`).
    Static,
    /// Random data generated from the schemas (`prism mock -d`).
    Dynamic,
}

/// A client pointed at Prism, and how many times to make each call.
struct Contract {
    client: Client,
    mode: Mode,
    rounds: usize,
}

fn contract() -> Contract {
    let url = std::env::var("ZOOM_CONTRACT_URL").unwrap_or_else(|_| {
        panic!(
            "ZOOM_CONTRACT_URL is not set: the contract tests need a Prism mock server \
             serving spec/zoom-users.yaml; run them with `cargo xtask contract`"
        )
    });
    let mode = match std::env::var("ZOOM_CONTRACT_MODE").as_deref() {
        Ok("static") | Err(_) => Mode::Static,
        Ok("dynamic") => Mode::Dynamic,
        Ok(other) => panic!("ZOOM_CONTRACT_MODE must be `static` or `dynamic`, not `{other}`"),
    };
    // Static answers never change, so once is enough; random ones are
    // drawn many times to see more of the schemas (20 rounds of every call
    // take about 4 s).
    let rounds = match std::env::var("ZOOM_CONTRACT_ROUNDS") {
        Ok(n) => n
            .parse()
            .unwrap_or_else(|_| panic!("ZOOM_CONTRACT_ROUNDS must be a number, not `{n}`")),
        Err(_) if mode == Mode::Dynamic => 20,
        Err(_) => 1,
    };
    let client = Client::builder()
        .base_url(url)
        .bearer_token("contract-test-token")
        // Prism answers 500 when its own answer breaks the spec; retrying
        // would only repeat that, more slowly.
        .retry_policy(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client configuration is valid");
    Contract {
        client,
        mode,
        rounds,
    }
}

impl Contract {
    /// Makes the call `make` builds `rounds` times; every answer must be a
    /// 2xx that decodes, and is returned for the caller to check further.
    async fn each<T, F, Fut>(&self, operation: &str, make: F) -> Vec<T>
    where
        T: Debug,
        F: FnMut(&Client) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        self.try_each(operation, make)
            .await
            .unwrap_or_else(|failure| panic!("{failure}"))
    }

    /// Like [`each`](Self::each), but returns the first failure, so that a
    /// test of several variants can report all of them.
    async fn try_each<T, F, Fut>(&self, operation: &str, mut make: F) -> Result<Vec<T>, String>
    where
        T: Debug,
        F: FnMut(&Client) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let mut answers = Vec::with_capacity(self.rounds);
        for round in 1..=self.rounds {
            let at = format!("{operation} ({:?} mode, call {round})", self.mode);
            answers.push(succeeded(&at, make(&self.client).await)?);
        }
        Ok(answers)
    }
}

/// Panics with every failure of a test's variants, if any.
fn all_succeeded(failures: Vec<String>) {
    if !failures.is_empty() {
        panic!(
            "{} of the variants failed:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
}

/// The value of a successful call; otherwise what went wrong: whether
/// Prism rejected the request (and why, in its own words) or the client
/// could not decode the answer (and what the answer was).
fn succeeded<T: Debug>(at: &str, result: Result<T, Error>) -> Result<T, String> {
    let error = match result {
        Ok(value) => {
            known(at, &value)?;
            return Ok(value);
        }
        Err(error) => error,
    };
    Err(match &error {
        Error::Api(api) => {
            let whose = match api.status() {
                400 | 401 | 403 | 404 | 405 | 415 | 422 => {
                    "Prism rejected the request as breaking the spec"
                }
                500 => "Prism found its own answer breaking the spec (or failed)",
                _ => "Prism answered an error status",
            };
            format!(
                "{at}: {whose}.\n  client error: {error}\n  Prism's answer ({}):\n{}\n{}",
                api.status(),
                indent(api.body_excerpt()),
                prism_log_of_last_request(),
            )
        }
        Error::Decode(decode) => format!(
            "{at}: the client could not decode Prism's answer, which follows the spec.\n  \
             client error: {error}\n  where: `{}`\n  content type: {:?}\n  body:\n{}",
            decode.path(),
            decode.content_type(),
            indent(decode.body_excerpt()),
        ),
        other => format!("{at}: the call failed: {other} ({other:?})"),
    })
}

/// Fails when a decoded value holds an `Unknown(..)` enum value or an
/// `Other(..)` union shape: Prism only sends values and shapes the spec
/// lists, so the client should know each of them.
fn known<T: Debug>(at: &str, value: &T) -> Result<(), String> {
    let shown = format!("{value:#?}");
    for marker in ["Unknown(", "Other("] {
        if let Some(found) = shown.find(marker) {
            let start = shown[..found].rfind('\n').map_or(0, |i| i + 1);
            let context: Vec<&str> = shown[start..].lines().take(8).collect();
            return Err(format!(
                "{at}: the client decoded a value the spec lists as `{marker}..)`, \
                 i.e. as one it does not know:\n{}\n\nwhole value:\n{shown}",
                context.join("\n")
            ));
        }
    }
    Ok(())
}

/// What Prism logged about the last request it received: the request, its
/// body and Prism's verdict, with any violation and its location. Prism
/// answers a request that breaks the spec with the operation's own 400
/// response when the spec has one, so its answer is a made-up example and
/// only the log says what broke.
///
/// `cargo xtask contract` runs Prism at debug level and tells the tests
/// where its log is; the tests run one at a time, so the last request in
/// the log is the one that failed.
fn prism_log_of_last_request() -> String {
    let Some(path) = std::env::var_os("ZOOM_CONTRACT_PRISM_LOG").map(std::path::PathBuf::from)
    else {
        return "  (set ZOOM_CONTRACT_PRISM_LOG to Prism's log file to see its verdict here)"
            .into();
    };
    // Prism logs the violations just after it has answered.
    std::thread::sleep(Duration::from_millis(300));
    let log = match std::fs::read_to_string(&path) {
        Ok(log) => log,
        Err(e) => return format!("  (cannot read Prism's log {}: {e})", path.display()),
    };
    let Some(found) = log.rfind("Request received") else {
        return "  (Prism's log shows no request)".into();
    };
    let start = log[..found].rfind('\n').map_or(0, |i| i + 1);
    let lines: Vec<String> = log[start..]
        .lines()
        // `[9:52:30 PM] › [VALIDATOR] ...`: drop the time.
        .map(|line| line.split_once(" › ").map_or(line, |(_, rest)| rest))
        .filter(|line| {
            ["[HTTP SERVER]", "[VALIDATOR]", "Body:", "Responding with"]
                .iter()
                .any(|keep| line.contains(keep))
        })
        .map(|line| format!("    {line}"))
        .collect();
    format!(
        "  Prism's log of the request ({}):\n{}",
        path.display(),
        lines.join("\n")
    )
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

// ---------------------------------------------------------------------------
// A real PNG, for the two uploads
// ---------------------------------------------------------------------------

/// CRC-32 (ISO-HDLC, the one PNG uses).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFF_u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Adler-32, the zlib stream's checksum.
fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1_u32, 0_u32);
    for &byte in bytes {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(
        &u32::try_from(data.len())
            .expect("small chunk")
            .to_be_bytes(),
    );
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A valid 16x16 RGB PNG (a colour gradient): signature, IHDR, one IDAT
/// holding a zlib stream of one stored deflate block, IEND; every chunk with
/// its CRC.
fn png() -> Vec<u8> {
    const SIDE: u8 = 16;
    let mut pixels = Vec::new();
    for y in 0..SIDE {
        pixels.push(0); // filter type: none
        for x in 0..SIDE {
            pixels.extend_from_slice(&[x * 16, y * 16, 0x80]);
        }
    }
    let len = u16::try_from(pixels.len()).expect("fits one stored block");
    let mut zlib = vec![0x78, 0x01, 0x01]; // zlib header; final stored block
    zlib.extend_from_slice(&len.to_le_bytes());
    zlib.extend_from_slice(&(!len).to_le_bytes());
    zlib.extend_from_slice(&pixels);
    zlib.extend_from_slice(&adler32(&pixels).to_be_bytes());

    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&u32::from(SIDE).to_be_bytes()); // width
    ihdr.extend_from_slice(&u32::from(SIDE).to_be_bytes()); // height
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB, deflate, no filter, no interlace

    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut png, b"IHDR", &ihdr);
    png_chunk(&mut png, b"IDAT", &zlib);
    png_chunk(&mut png, b"IEND", &[]);
    png
}

/// The checksums match published values, so the PNG above is well formed.
#[test]
fn png_checksums_are_right() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    let png = png();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[png.len() - 12..], b"\0\0\0\0IEND\xAE\x42\x60\x82");
}

// ---------------------------------------------------------------------------
// One test per operation, in the order of the spec
// ---------------------------------------------------------------------------

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn switch_user_account() {
    let c = contract();
    c.each("switchUserAccount", |client| {
        let body = SwitchAccountRequest {
            account_id: "Tb7cHx2QmZ9pLw4sVn0eYa".into(),
        };
        client
            .switch_user_account("me", "lena.fischer@example.com", body)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
#[allow(deprecated)] // page_number is deprecated by Zoom, and still sent
async fn list_users() {
    let c = contract();
    let pages = c
        .each("listUsers", |client| {
            client
                .list_users()
                .status(UserStatus::Active)
                .page_size(30)
                .role_id("2")
                .page_number(1)
                .include_fields(ListUsersIncludeField::CustomAttributes)
                .next_page_token("Qx7vTq2R9sKpW4mZb1LcN8yHfD3gJ6aE0")
                .license(ListUsersLicense::ZoomWorkforceManagement)
                .send()
        })
        .await;
    if c.mode == Mode::Static {
        let users = pages[0].users.as_deref().expect("the example lists users");
        assert!(!users.is_empty(), "the example lists users");
    }
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn create_user() {
    let c = contract();
    c.each("createUser", |client| {
        let body = bodies::new_user();
        client.create_user(body).send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn check_user_email() {
    let c = contract();
    c.each("checkUserEmail", |client| {
        client.check_user_email("jane+doe@example.com").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user_zak() {
    let c = contract();
    c.each("getUserZak", |client| client.get_user_zak().send())
        .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn check_user_pm_room() {
    let c = contract();
    c.each("checkUserPmRoom", |client| {
        client.check_user_pm_room("ana.ortega").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user() {
    let c = contract();
    c.each("deleteUser", |client| {
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
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user() {
    let c = contract();
    c.each("getUser", |client| {
        client
            .get_user("ana.ortega@example.com")
            .login_type(LoginType::ZoomWorkEmail)
            .encrypted_email(false)
            .search_by_unique_id(false)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user() {
    let c = contract();
    c.each("updateUser", |client| {
        let body = bodies::full_user_update();
        client
            .update_user("me", body)
            .login_type(LoginType::Sso)
            .remove_tsp_credentials(true)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user_assistants() {
    let c = contract();
    c.each("deleteUserAssistants", |client| {
        client.delete_user_assistants("jchill@example.com").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn list_user_assistants() {
    let c = contract();
    c.each("listUserAssistants", |client| {
        client.list_user_assistants("jchill@example.com").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn add_user_assistants() {
    let c = contract();
    c.each("addUserAssistants", |client| {
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
        client.add_user_assistants("me", body).send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user_assistant() {
    let c = contract();
    c.each("deleteUserAssistant", |client| {
        client
            .delete_user_assistant("jchill@example.com", "Pz4kWq9LmNbVc1XsDf7G")
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_email() {
    let c = contract();
    c.each("updateUserEmail", |client| {
        let body = UpdateEmailRequest {
            email: "bo.lindqvist@example.org".into(),
        };
        client
            .update_user_email("Kq3pL0wXyzTUVbn27RmA", body)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_password() {
    let c = contract();
    c.each("updateUserPassword", |client| {
        let body = UpdatePasswordRequest {
            password: "c0rrect-Horse-b4ttery".into(),
        };
        client
            .update_user_password("bo.lindqvist@example.com", body)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user_permissions() {
    let c = contract();
    c.each("getUserPermissions", |client| {
        client.get_user_permissions("me").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn upload_user_picture() {
    let c = contract();
    let png = png();
    c.each("uploadUserPicture", |client| {
        let picture = Upload::from_bytes("ana.png", "image/png", png.clone());
        client
            .upload_user_picture("ana.ortega@example.com", picture)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_presence_status() {
    let c = contract();
    c.each("updateUserPresenceStatus", |client| {
        let body = PresenceStatusUpdate {
            status: PresenceStatus::DoNotDisturb,
            duration: Some(45),
        };
        client
            .update_user_presence_status("ana.ortega@example.com", body)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user_schedulers() {
    let c = contract();
    c.each("deleteUserSchedulers", |client| {
        client.delete_user_schedulers("me").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn list_user_schedulers() {
    let c = contract();
    c.each("listUserSchedulers", |client| {
        client
            .list_user_schedulers("marta.silva@example.com")
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user_scheduler() {
    let c = contract();
    c.each("deleteUserScheduler", |client| {
        client
            .delete_user_scheduler("me", "Jm8nBv2CxZaQ5wErT6yU")
            .send()
    })
    .await;
}

/// Every `option`, plus none (the general settings), each with the other
/// query parameters set. Prism cannot tie the answer's shape to `option`,
/// so any shape of the union may come back for any of them.
#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user_settings() {
    let c = contract();
    let options = [
        None,
        Some((
            SettingsOption::MeetingAuthentication,
            "meeting_authentication,authentication_options",
        )),
        Some((
            SettingsOption::RecordingAuthentication,
            "recording_authentication,authentication_options",
        )),
        Some((SettingsOption::MeetingSecurity, "meeting_security")),
    ];
    let mut failures = Vec::new();
    for option in options {
        let operation = match &option {
            None => "getUserSettings (no option)".to_owned(),
            Some((option, _)) => format!("getUserSettings (option={})", option.as_str()),
        };
        let answers = c
            .try_each(&operation, |client| {
                let mut call = client
                    .get_user_settings("ana.ortega@example.com")
                    .login_type(LoginType::Sso);
                if let Some((option, fields)) = &option {
                    call = call.option(option.clone()).custom_query_fields(*fields);
                }
                call.send()
            })
            .await;
        failures.extend(answers.err());
    }
    all_succeeded(failures);
}

/// Every shape of the settings body, each with its `option`.
#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_settings() {
    let c = contract();
    let mut failures = Vec::new();
    for (option, body) in bodies::settings_updates() {
        let operation = match &option {
            None => "updateUserSettings (general settings)".to_owned(),
            Some(option) => format!("updateUserSettings (option={})", option.as_str()),
        };
        let answers = c
            .try_each(&operation, |client| {
                let mut call = client.update_user_settings("me", body.clone());
                if let Some(option) = &option {
                    call = call.option(option.clone());
                }
                call.send()
            })
            .await;
        failures.extend(answers.err());
    }
    all_succeeded(failures);
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user_virtual_backgrounds() {
    let c = contract();
    c.each("deleteUserVirtualBackgrounds", |client| {
        client
            .delete_user_virtual_backgrounds("me")
            .file_ids("9b4c2f17d6e84a0b8c3d5e1f2a6b7c80,3e8d1a6f0c2b4f9a8e7d6c5b4a3f2e1d")
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn upload_user_virtual_background() {
    let c = contract();
    let png = png();
    c.each("uploadUserVirtualBackground", |client| {
        let file = Upload::from_bytes("office-skyline.png", "image/png", png.clone());
        client
            .upload_user_virtual_background("z8yCxjabcdEFGHfp8uQ", file)
            .send()
    })
    .await;
}

/// The spec lists 200 and 204; Prism may answer either, and both succeed.
#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_status() {
    let c = contract();
    for action in [UserStatusAction::Deactivate, UserStatusAction::Activate] {
        c.each("updateUserStatus", |client| {
            let body = UserStatusUpdate {
                action: action.clone(),
            };
            client
                .update_user_status("Kq3pL0wXyzTUVbn27RmA", body)
                .send()
        })
        .await;
    }
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user_token() {
    let c = contract();
    c.each("getUserToken", |client| {
        client
            .get_user_token("me")
            .type_(UserTokenType::Zak)
            .ttl(3600)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn revoke_user_sso_token() {
    let c = contract();
    c.each("revokeUserSsoToken", |client| {
        client
            .revoke_user_sso_token("ana.ortega@example.com")
            .send()
    })
    .await;
}

/// Without a token Prism must refuse the call: proof that it checks the
/// spec's security requirement, so the passing calls above really did
/// satisfy it with their `Authorization: Bearer` header.
#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn prism_checks_the_security_requirement() {
    let url = contract().client.base_url().to_owned();
    let anonymous = Client::builder()
        .base_url(url)
        .build()
        .expect("client configuration is valid");
    let error = anonymous
        .get_user_zak()
        .send()
        .await
        .expect_err("Prism refuses a call without credentials");
    assert_eq!(error.status(), Some(401), "{error}");
}
