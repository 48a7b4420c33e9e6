//! Each construct of the fixture, on the wire and back.

use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::json;

use super::generated::types::{Schedule, Setting, SettingByTime, SettingOption2};
use super::raw::{Conn, RawServer};
use super::server::{MockServer, Recorded, Reply};
use crate::{Client, Error};

async fn client_for(url: String) -> Client {
    Client::builder()
        .base_url(url)
        .bearer_token("fixture-token")
        .build()
        .expect("valid configuration")
}

fn only_request(server: &MockServer) -> Recorded {
    let mut received = server.received();
    assert_eq!(received.len(), 1, "{received:#?}");
    received.remove(0)
}

#[tokio::test]
async fn dates_lists_and_integer_paths_reach_the_wire() {
    let server = MockServer::start().await;
    let answer = json!([{"id": "r1", "size": 12.5, "extra": {"any": ["thing"]}}]);
    server.mock("GET", "/reports/4294967296/days", Reply::json(200, answer));
    let client = client_for(server.url()).await;
    let from = NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date");
    let since = Utc
        .with_ymd_and_hms(2026, 11, 2, 8, 30, 0)
        .single()
        .expect("a time");
    let days = client
        .list_report_days(4_294_967_296, from)
        .to(NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date"))
        .since(since)
        .ids(vec!["a b".into(), "c".into()])
        .kinds(vec![1, 2, 3])
        .send()
        .await
        .expect("200");
    assert_eq!(days.len(), 1);
    assert_eq!(days[0].size, Some(12.5));
    assert_eq!(
        days[0].extra.as_ref().map(|e| e.contains_key("any")),
        Some(true)
    );
    let sent = only_request(&server);
    assert_eq!(
        sent.raw_query.as_deref(),
        Some(
            "from=2026-11-01&to=2026-11-30&since=2026-11-02T08%3A30%3A00Z\
             &ids=a+b&ids=c&kinds=1%2C2%2C3"
        )
    );
}

#[tokio::test]
async fn path_names_of_any_case_and_array_bodies_with_202() {
    let server = MockServer::start().await;
    server.mock(
        "PUT",
        "/webinars/%2Fab%3D%3D/messages/m-1",
        Reply::empty(202),
    );
    let client = client_for(server.url()).await;
    let body: Vec<Schedule> = serde_json::from_value(json!([
        {"id": "r1", "start_time": "2026-12-01T15:00:00Z", "timezone": "Europe/Berlin"}
    ]))
    .expect("a schedule list");
    let () = client
        .replace_messages("/ab==", "m-1", body)
        .send()
        .await
        .expect("202 is success");
    let sent = only_request(&server);
    assert_eq!(
        sent.body_json(),
        json!([{"id": "r1", "start_time": "2026-12-01T15:00:00Z", "timezone": "Europe/Berlin"}])
    );
}

#[test]
fn all_of_siblings_and_inline_branches_round_trip() {
    let schedule = json!({"id": "r", "size": 1.0, "start_time": "2026-12-01T15:00:00Z"});
    let parsed: Schedule = serde_json::from_value(schedule.clone()).expect("decodes");
    assert_eq!(parsed.id.as_deref(), Some("r"));
    assert_eq!(serde_json::to_value(&parsed).expect("encodes"), schedule);
    let by_time: Setting = serde_json::from_value(json!({"minutes": 5})).expect("decodes");
    assert!(matches!(
        by_time,
        Setting::ByTime(SettingByTime { minutes: Some(5) })
    ));
    let never: Setting = serde_json::from_value(json!({"never": true})).expect("decodes");
    assert!(matches!(
        never,
        Setting::Option2(SettingOption2 { never: Some(true) })
    ));
}

#[tokio::test]
async fn deprecated_items_still_work() {
    let server = MockServer::start().await;
    server.mock("PATCH", "/settings", Reply::empty(204));
    server.mock("GET", "/settings", Reply::json(200, json!({"id": "old"})));
    let client = client_for(server.url()).await;
    #[allow(deprecated)]
    let call = client
        .update_setting()
        .body(Setting::ByTime(SettingByTime { minutes: Some(1) }));
    call.send().await.expect("204");
    #[allow(deprecated)]
    let old = client.get_old_recording().send().await.expect("200");
    #[allow(deprecated)]
    let id = old.id;
    assert_eq!(id.as_deref(), Some("old"));
}

/// A file of `size` bytes, each its position modulo 251.
fn file_bytes(size: usize) -> Vec<u8> {
    (0..size).map(|i| (i % 251) as u8).collect()
}

#[tokio::test]
async fn a_file_answer_streams_and_reports_progress() {
    let server = MockServer::start().await;
    let file = file_bytes(300_000);
    let reply = Reply::raw(200, "video/mp4", file.clone())
        .header("content-disposition", "attachment; filename=\"talk.mp4\"");
    server.mock("GET", "/recordings/r1/file", reply);
    let client = client_for(server.url()).await;
    let download = client.fetch_file("r1").send().await.expect("200");
    assert_eq!(download.content_type(), Some("video/mp4"));
    assert_eq!(download.content_length(), Some(300_000));
    assert_eq!(download.file_name().as_deref(), Some("talk.mp4"));
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    let download = download.on_progress(move |got, total| log.lock().unwrap().push((got, total)));
    let mut out = Vec::new();
    let size = download.write_to(&mut out).await.expect("whole file");
    assert_eq!((size, out == file), (300_000, true));
    let seen = seen.lock().unwrap();
    assert_eq!(seen.last(), Some(&(300_000, Some(300_000))));
    assert!(
        seen.windows(2).all(|w| w[0].0 < w[1].0),
        "progress only grows"
    );
}

#[tokio::test]
async fn a_saved_file_appears_only_when_complete() {
    let server = MockServer::start().await;
    server.mock(
        "GET",
        "/recordings/r1/file",
        Reply::raw(200, "video/mp4", file_bytes(70_000)),
    );
    let (dir, path, download) = download_into("save", server.url()).await;
    assert_eq!(download.save(&path).await.expect("saved"), 70_000);
    assert_eq!(std::fs::read(&path).expect("the file"), file_bytes(70_000));
    assert!(!dir.join("talk.mp4.part").exists());
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

/// A fresh temp folder, the file path in it, and the download from `url`
/// whose headers have arrived.
async fn download_into(
    tag: &str,
    url: String,
) -> (std::path::PathBuf, std::path::PathBuf, crate::Download) {
    let client = client_for(url).await;
    let dir = std::env::temp_dir().join(format!("zoom-api-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let download = client
        .fetch_file("r1")
        .send()
        .await
        .expect("headers arrive");
    (dir.clone(), dir.join("talk.mp4"), download)
}

/// Script: 200 promising 1,000 bytes, 100 sent, then the connection closes.
async fn cut_file(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let head = "HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: 1000\r\n\r\n";
    let _ = conn.write(head.as_bytes()).await;
    let _ = conn.write(&file_bytes(100)).await;
}

#[tokio::test]
async fn an_interrupted_file_is_an_error_and_leaves_nothing() {
    let server = RawServer::start(cut_file).await;
    let (dir, path, download) = download_into("cut", server.url()).await;
    let err = download.save(&path).await.expect_err("the body was cut");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(err.operation(), Some("fetchFile"));
    assert!(!path.exists(), "no file that looks complete");
    assert!(!dir.join("talk.mp4.part").exists(), "no partial file left");
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

/// The path a UUID reached the server with (the server answers on every
/// path a UUID could produce, so a wrong encoding shows as a wrong path).
async fn uuid_path(uuid: &str) -> String {
    let server = MockServer::start().await;
    let client = client_for(server.url()).await;
    let _ = client.get_past_instance(uuid).send().await;
    only_request(&server).path
}

#[tokio::test]
async fn instance_uuids_are_double_encoded_by_zooms_rule() {
    assert_eq!(
        uuid_path("/ajXp112QmuoKj4854875==").await,
        "/past_meetings/%252FajXp112QmuoKj4854875%253D%253D"
    );
    assert_eq!(
        uuid_path("aB//cd==").await,
        "/past_meetings/aB%252F%252Fcd%253D%253D"
    );
    assert_eq!(
        uuid_path("4444AAAiAAAAAiAiAiiAii==").await,
        "/past_meetings/4444AAAiAAAAAiAiAiiAii%3D%3D"
    );
    // The adversarial values of the path tests stay one segment.
    assert_eq!(
        uuid_path("../users/me").await,
        "/past_meetings/..%2Fusers%2Fme"
    );
    assert_eq!(uuid_path("a?b#c").await, "/past_meetings/a%3Fb%23c");
    let client = client_for("http://127.0.0.1:9".to_owned()).await;
    for bad in ["", ".", ".."] {
        let err = client
            .get_past_instance(bad)
            .send()
            .await
            .expect_err("refused");
        assert!(
            matches!(err, Error::InvalidRequest { .. }),
            "{bad:?}: {err:?}"
        );
    }
}

#[tokio::test]
async fn start_times_go_out_and_come_back_in_both_forms() {
    use crate::ZoomDateTime;
    let server = MockServer::start().await;
    server.mock(
        "GET",
        "/past_meetings/u1",
        Reply::json(
            200,
            json!({"start_time": "2026-12-01T09:30:00", "timezone": "Asia/Tokyo"}),
        ),
    );
    let client = client_for(server.url()).await;
    let local = NaiveDate::from_ymd_opt(2026, 12, 1)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .expect("a time");
    let got = client
        .get_past_instance("u1")
        .after(ZoomDateTime::Local(local))
        .send()
        .await
        .expect("200");
    assert_eq!(got.start_time, ZoomDateTime::Local(local));
    assert_eq!(got.timezone.as_deref(), Some("Asia/Tokyo"));
    assert_eq!(
        only_request(&server).raw_query.as_deref(),
        Some("after=2026-12-01T09%3A30%3A00")
    );
    let utc: Schedule = serde_json::from_value(json!({"start_time": "2026-12-01T15:00:00Z"}))
        .expect("the UTC form decodes");
    let at = Utc
        .with_ymd_and_hms(2026, 12, 1, 15, 0, 0)
        .single()
        .expect("a time");
    assert_eq!(utc.start_time, ZoomDateTime::Utc(at));
    assert_eq!(
        serde_json::to_value(&utc).expect("encodes")["start_time"],
        json!("2026-12-01T15:00:00Z")
    );
}

/// The recordings page for one request: the window's first day as the id;
/// the window starting on `paged_from` has a second page.
fn recordings_page(req: &Recorded, paged_from: &str) -> Reply {
    let query = |key: &str| {
        req.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let from = query("from").unwrap_or_default();
    match (from == paged_from, query("next_page_token")) {
        (true, None) => Reply::json(
            200,
            json!({"next_page_token": "p2", "recordings": [{"id": format!("{from}/1")}]}),
        ),
        (true, Some(_)) => Reply::json(200, json!({"recordings": [{"id": format!("{from}/2")}]})),
        (false, _) => Reply::json(200, json!({"recordings": [{"id": from}]})),
    }
}

#[tokio::test]
async fn a_long_range_is_walked_window_by_window_and_page_by_page() {
    let today = chrono::DateTime::<Utc>::from(std::time::SystemTime::now()).date_naive();
    let from = today - chrono::Days::new(100);
    let to = from + chrono::Days::new(89); // 90 days: three 30-day windows
    let second = (from + chrono::Days::new(30)).to_string();
    let server = MockServer::start().await;
    let paged = second.clone();
    server.mock_fn("GET", "/users/me/recordings", move |req, _| {
        recordings_page(req, &paged)
    });
    let client = client_for(server.url()).await;
    let ids: Vec<String> = client
        .list_dated_files("me")
        .page_size(300)
        .stream_range(from, to)
        .try_collect()
        .await
        .expect("every window")
        .into_iter()
        .filter_map(|r| r.id)
        .collect();
    let third = (from + chrono::Days::new(60)).to_string();
    assert_eq!(
        ids,
        vec![
            from.to_string(),
            format!("{second}/1"),
            format!("{second}/2"),
            third.clone()
        ]
    );
    let sent: Vec<Vec<(String, String)>> = server.received().into_iter().map(|r| r.query).collect();
    assert_eq!(sent.len(), 4, "three windows, the second with two pages");
    let window = |a: chrono::NaiveDate, b: chrono::NaiveDate| {
        vec![
            ("from".to_owned(), a.to_string()),
            ("to".to_owned(), b.to_string()),
            ("page_size".to_owned(), "300".to_owned()),
        ]
    };
    let d = |n| from + chrono::Days::new(n);
    assert_eq!(sent[0], window(d(0), d(29)));
    assert_eq!(sent[1], window(d(30), d(59)));
    let mut with_token = window(d(30), d(59));
    with_token.push(("next_page_token".to_owned(), "p2".to_owned()));
    assert_eq!(sent[2], with_token);
    assert_eq!(sent[3], window(d(60), d(89)));
}

#[tokio::test]
async fn a_range_zoom_would_refuse_sends_nothing() {
    let server = MockServer::start().await;
    let client = client_for(server.url()).await;
    let today = chrono::DateTime::<Utc>::from(std::time::SystemTime::now()).date_naive();
    let too_old = today - chrono::Days::new(200);
    let mut stream = client.list_dated_files("me").stream_range(too_old, today);
    let err = stream
        .next()
        .await
        .expect("one error")
        .expect_err("refused");
    assert_eq!(err.operation(), Some("listDatedFiles"));
    assert!(err.to_string().contains("more than 180 days ago"), "{err}");
    assert!(stream.next().await.is_none());
    let backwards = client.list_dated_files("me").stream_range(today, too_old);
    let err = backwards.try_collect().await.expect_err("refused");
    assert!(err.to_string().contains("is before from"), "{err}");
    assert!(server.received().is_empty());
}
