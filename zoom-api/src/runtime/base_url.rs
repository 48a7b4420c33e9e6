//! Validation of the API base URL given to the client builder.

use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use reqwest::Url;

/// Zoom's domains: its API clusters, its token endpoint and its file
/// hosts live under them.
const ZOOM_DOMAINS: [&str; 3] = ["zoom.us", "zoom.com", "zoomgov.com"];

/// Whether `host` is one of Zoom's domains or under one.
pub(crate) fn is_zoom_host(host: &str) -> bool {
    ZOOM_DOMAINS
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")))
}

/// Checks `raw` and returns it normalised without a trailing slash, ready to
/// have `/path` templates appended.
pub(crate) fn normalise(raw: &str, allow_insecure_http: bool) -> Result<String, String> {
    normalise_url("base URL", raw, allow_insecure_http)
}

/// Checks a URL the client sends credentials to (`label` names it in
/// errors): `https`, or plain `http` for loopback hosts or when explicitly
/// allowed; no credentials, query or fragment. Returns it without a
/// trailing slash.
pub(crate) fn normalise_url(
    label: &str,
    raw: &str,
    allow_insecure_http: bool,
) -> Result<String, String> {
    // The raw text is not echoed: it is unchecked and might hold credentials.
    let url = Url::parse(raw).map_err(|e| format!("{label} is not a valid URL: {e}"))?;
    // Credentials in the URL would leak into logs, errors and Debug output.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "{label} must not contain credentials; configure them on the builder"
        ));
    }
    let shown = url.as_str();
    match url.scheme() {
        "https" => {}
        "http" if allow_insecure_http || is_loopback(&url) => {}
        "http" => {
            return Err(format!(
                "{label} `{shown}` uses plain http for a non-loopback host; use https \
                 (or allow_insecure_http(true) if you really mean it)"
            ));
        }
        other => return Err(format!("{label} `{shown}` must use https, not `{other}`")),
    }
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(format!("{label} `{shown}` has no host"));
    }
    if url.query().is_some() {
        return Err(format!("{label} `{shown}` must not have a query string"));
    }
    if url.fragment().is_some() {
        return Err(format!("{label} `{shown}` must not have a fragment"));
    }
    Ok(shown.trim_end_matches('/').to_owned())
}

/// `raw` as safe to print: credentials, if any, are masked. Used before
/// validation, when the text may still hold anything.
pub(crate) fn redacted(raw: &str) -> String {
    match Url::parse(raw) {
        Ok(mut url) if !url.username().is_empty() || url.password().is_some() => {
            // Both setters only fail for URLs without a host, where no
            // credentials can be present anyway.
            let _ = url.set_username("***");
            let _ = url.set_password(None);
            url.to_string()
        }
        Ok(_) => raw.to_owned(),
        Err(_) if raw.contains('@') => "***".to_owned(),
        Err(_) => raw.to_owned(),
    }
}

/// Hosts the client's own token may go to: the API's host, and Zoom's
/// domains (a recording's `download_url` is on `zoom.us`). Anything else, a
/// CDN a download redirects to say, gets no `Authorization` header.
pub(crate) fn trusted_for_token(url: &Url, base_url: &str) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let base = Url::parse(base_url).ok();
    let same_origin = base.as_ref().is_some_and(|base| {
        base.host_str() == Some(host)
            && base.port_or_known_default() == url.port_or_known_default()
            && base.scheme() == url.scheme()
    });
    if same_origin {
        return true;
    }
    url.scheme() == "https" && is_zoom_host(host)
}

/// The API base of the cluster a token's `api_url` names
/// (`https://api-eu.zoom.us` -> `https://api-eu.zoom.us/v2`): only `https`
/// hosts under Zoom's domains, with no credentials, port, query or path
/// beyond `/`. The error says why it is refused, without echoing it whole.
pub(crate) fn regional_base(api_url: &str) -> Result<String, &'static str> {
    let url = Url::parse(api_url.trim()).map_err(|_| "not a URL")?;
    if url.scheme() != "https" {
        return Err("not https");
    }
    if !url.host_str().is_some_and(is_zoom_host) {
        return Err("not a host under Zoom's domains");
    }
    if !url.username().is_empty() || url.password().is_some() || url.port().is_some() {
        return Err("has credentials or a port");
    }
    if url.query().is_some() || url.fragment().is_some() || !matches!(url.path(), "" | "/") {
        return Err("has a path, query or fragment");
    }
    Ok(format!("{}/v2", url.as_str().trim_end_matches('/')))
}

/// Following tokens' `api_url`: the last one seen and what it gave, so a
/// refused value is warned about once, not per request.
#[derive(Default)]
pub(crate) struct Regional {
    last: Mutex<Option<(Arc<str>, Option<String>)>>,
}

impl Regional {
    /// `url` (built on `base_url`) moved to the cluster of `api_url`;
    /// `None` when `api_url` is refused or `url` is not under `base_url`
    /// (a file's own URL).
    pub(crate) fn rebase(&self, url: &Url, base_url: &str, api_url: &str) -> Option<Url> {
        let rest = url.as_str().strip_prefix(base_url)?;
        let base = self.base_for(api_url)?;
        if base == base_url {
            return None;
        }
        Url::parse(&format!("{base}{rest}")).ok()
    }

    fn base_for(&self, api_url: &str) -> Option<String> {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((seen, base)) = last.as_ref()
            && &**seen == api_url
        {
            return base.clone();
        }
        let base = match regional_base(api_url) {
            Ok(base) => Some(base),
            Err(why) => {
                tracing::warn!(
                    why,
                    "ignoring the api_url of the access token; requests stay on the base URL"
                );
                None
            }
        };
        *last = Some((Arc::from(api_url), base.clone()));
        base
    }
}

/// `https`, or `http` to a loopback host (a local test server).
pub(crate) fn secure_enough(url: &Url) -> bool {
    url.scheme() == "https" || (url.scheme() == "http" && is_loopback(url))
}

fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    // The parser has already normalised IP literals; IPv6 ones keep brackets.
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

#[cfg(test)]
mod tests {
    use super::{Url, normalise, trusted_for_token};

    #[test]
    fn only_the_api_host_and_zoom_domains_get_the_token() {
        let base = "https://api.zoom.us/v2";
        let yes = |u: &str| trusted_for_token(&Url::parse(u).expect("a URL"), base);
        assert!(yes("https://api.zoom.us/v2/x"));
        assert!(yes("https://zoom.us/rec/download/abc"));
        assert!(yes("https://us06web.zoom.us/rec/download/abc"));
        assert!(yes("https://zoomgov.com/rec/x"));
        assert!(!yes("https://evilzoom.us/rec"));
        assert!(!yes("https://zoom.us.example.com/rec"));
        assert!(!yes("http://zoom.us/rec"), "not in clear text");
        assert!(!yes("https://cdn.example.com/file"));
        let local = "http://127.0.0.1:4000";
        let here = |u: &str| trusted_for_token(&Url::parse(u).expect("a URL"), local);
        assert!(here("http://127.0.0.1:4000/f"));
        assert!(
            !here("http://127.0.0.1:4001/f"),
            "another port is another origin"
        );
    }

    #[test]
    fn accepts_and_normalises() {
        let ok = |u: &str| normalise(u, false);
        assert_eq!(
            ok("https://api.zoom.us/v2/").as_deref(),
            Ok("https://api.zoom.us/v2")
        );
        assert_eq!(
            ok("https://API.zoom.us/v2").as_deref(),
            Ok("https://api.zoom.us/v2")
        );
        assert_eq!(
            ok("http://127.0.0.2:8080/").as_deref(),
            Ok("http://127.0.0.2:8080")
        );
        assert_eq!(ok("http://[::1]:1/v2").as_deref(), Ok("http://[::1]:1/v2"));
        assert_eq!(ok("http://localhost/").as_deref(), Ok("http://localhost"));
        assert!(normalise("http://example.com", true).is_ok());
    }

    #[test]
    fn rejects_bad_urls() {
        for bad in [
            "api.zoom.us/v2",
            "ftp://api.zoom.us",
            "http://example.com/v2",
            "http://10.0.0.1/",
            "https://api.zoom.us/v2?x=1",
            "https://api.zoom.us/v2#f",
            "https://user:pw@api.zoom.us/v2",
            "mailto:x@y",
            "",
        ] {
            assert!(normalise(bad, false).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn errors_do_not_echo_credentials() {
        for raw in ["https://user:hunter2@api.zoom.us", "https://u:hunter2@[bad"] {
            let err = normalise(raw, false).unwrap_err();
            assert!(!err.contains("hunter2"), "{err}");
            assert!(!super::redacted(raw).contains("hunter2"));
        }
        assert_eq!(
            super::redacted("https://api.zoom.us/v2"),
            "https://api.zoom.us/v2"
        );
    }
}
