//! A user's schedulers.

use super::contract;

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
