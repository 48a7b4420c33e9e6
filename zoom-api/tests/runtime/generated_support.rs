//! The runtime items the generated code is built on: operation metadata,
//! the enum macros and union branch picking.

use serde_json::{Value, json};
use zoom_api::RateLimitCategory;
use zoom_api::runtime::{JsonKind, Request, pick_branch};

use super::{GET_USER, LIST_USERS, client};
use crate::support::{MockServer, Reply};

#[test]
fn operation_info_and_rate_limits() {
    assert_eq!(GET_USER.path, "/users/{userId}");
    assert_eq!(GET_USER.scopes, ["user:read:admin", "user:read"]);
    assert_eq!(
        RateLimitCategory::ResourceIntensive.to_string(),
        "Resource-intensive"
    );
    assert_eq!(RateLimitCategory::Light.as_str(), "Light");
}

// Shaped like the generator's output; only the macro path differs, since
// `crate::` means this test crate here.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserStatus {
    Active,
    Pending,
    Unknown(String),
}
impl UserStatus {
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Pending => "pending",
            Self::Unknown(v) => v,
        }
    }
}
impl From<&str> for UserStatus {
    fn from(v: &str) -> Self {
        match v {
            "active" => Self::Active,
            "pending" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
zoom_api::runtime::string_enum_impls!(UserStatus);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoginType {
    GoogleOauth,
    WorkEmail,
    Unknown(i64),
}
impl LoginType {
    pub fn value(&self) -> i64 {
        match self {
            Self::GoogleOauth => 1,
            Self::WorkEmail => 100,
            Self::Unknown(v) => *v,
        }
    }
}
impl From<i64> for LoginType {
    fn from(v: i64) -> Self {
        match v {
            1 => Self::GoogleOauth,
            100 => Self::WorkEmail,
            other => Self::Unknown(other),
        }
    }
}
zoom_api::runtime::int_enum_impls!(LoginType);

#[test]
fn enum_macros_round_trip_known_and_unknown_values() {
    let statuses: Vec<UserStatus> =
        serde_json::from_str(r#"["active","frozen"]"#).expect("strings");
    assert_eq!(
        statuses,
        [UserStatus::Active, UserStatus::Unknown("frozen".into())]
    );
    assert_eq!(
        serde_json::to_string(&statuses).expect("ser"),
        r#"["active","frozen"]"#
    );
    assert_eq!(UserStatus::Pending.to_string(), "pending");
    assert_eq!("active".parse::<UserStatus>(), Ok(UserStatus::Active));

    let types: Vec<LoginType> = serde_json::from_str(r#"[100,"1",42]"#).expect("ints");
    assert_eq!(
        types,
        [
            LoginType::WorkEmail,
            LoginType::GoogleOauth,
            LoginType::Unknown(42)
        ]
    );
    assert_eq!(serde_json::to_string(&types).expect("ser"), "[100,1,42]");
    assert_eq!(LoginType::WorkEmail.to_string(), "100");
    let err = serde_json::from_str::<LoginType>("\"work\"").unwrap_err();
    assert!(err.to_string().contains("integer"), "{err}");
}

#[tokio::test]
async fn enums_serialise_into_query_strings() {
    let server = MockServer::start().await;
    server.mock("GET", "/users", Reply::json(200, json!({})));
    let request = Request::new(&LIST_USERS)
        .query("status", Some(&UserStatus::Unknown("odd value".into())))
        .query("login_type", Some(&LoginType::WorkEmail));
    let _: Value = client(&server).send_json(request).await.expect("200");
    let req = &server.received()[0];
    assert_eq!(
        req.raw_query.as_deref(),
        Some("status=odd+value&login_type=100")
    );
}

#[test]
fn pick_branch_scores_by_known_keys() {
    use JsonKind::{Any, String};
    let branches: &[&[(&str, JsonKind)]] = &[
        &[("id", Any), ("email", String)],
        &[
            ("id", Any),
            ("email", String),
            ("pmi", Any),
            ("dept", String),
        ],
    ];
    assert_eq!(pick_branch(&json!({"id": 1, "pmi": 2}), branches), Some(1));
    assert_eq!(
        pick_branch(&json!({"id": 1, "email": "a"}), branches),
        Some(0)
    );
    assert_eq!(pick_branch(&json!({"other": 1}), branches), None);
    assert_eq!(pick_branch(&json!("id"), branches), None);
    // A value of the wrong kind rules a branch out.
    assert_eq!(
        pick_branch(&json!({"id": 1, "email": 5, "pmi": 2}), branches),
        None
    );
}
