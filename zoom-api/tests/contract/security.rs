//! Prism itself: it must hold the calls to the spec's security requirement.

use zoom_api::Client;

use super::contract;

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
