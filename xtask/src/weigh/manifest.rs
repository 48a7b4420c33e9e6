//! The manifest of a throwaway copy.

/// The crate's manifest as the root of its own workspace: without
/// dev-dependencies and targets that are not copied, plus the sections it
/// inherits from (or is built with by) the real workspace.
///
/// `tag` is added to the package version as build metadata. Cargo derives a
/// path package's artifact names from its id with the path relative to its
/// workspace root, which is `.` for every copy; without distinct versions
/// the copies would share artifacts in the common target directory and
/// invalidate each other.
pub(super) fn throwaway_manifest(
    crate_manifest: &str,
    workspace_manifest: &str,
    tag: &str,
) -> String {
    let keep_crate = |header: &str| {
        let dev_only = header.starts_with("[dev-dependencies")
            || (header.starts_with("[target.") && header.contains("dev-dependencies"));
        let target = ["[[bench]]", "[[test]]", "[[example]]", "[[bin]]"].contains(&header);
        !dev_only && !target
    };
    let keep_workspace = |header: &str| {
        header == "[workspace.package]"
            || header == "[workspace.dependencies]"
            || header.starts_with("[workspace.dependencies.")
            || header.starts_with("[profile.")
    };
    let mut out = String::from(
        "# Throwaway copy written by `cargo xtask weigh`; not part of the workspace.\n",
    );
    for (header, body) in sections(crate_manifest) {
        if header == "[package]" {
            out.push_str(&tag_version(body, tag));
        } else if header.is_empty() || keep_crate(header) {
            out.push_str(body);
        }
    }
    out.push_str("\n[workspace]\n\n");
    for (header, body) in sections(workspace_manifest) {
        if keep_workspace(header) {
            out.push_str(body);
        }
    }
    out
}

/// The workspace's `[profile.*]` sections, for a scratch workspace, plus
/// the settings of `[profile.dev]` and `[profile.release]` again as
/// overrides for `package`: a crate that is a dependency there gets what our
/// crate gets as a workspace member, not what `[profile.*.package."*"]` gives
/// dependencies.
pub(super) fn peer_profiles(workspace_manifest: &str, package: Option<&str>) -> String {
    let mut out = String::new();
    for (header, body) in sections(workspace_manifest) {
        if header.starts_with("[profile.") {
            out.push_str(body);
        }
    }
    let Some(package) = package else {
        return out;
    };
    for (header, body) in sections(workspace_manifest) {
        let Some(profile) = ["dev", "release"]
            .into_iter()
            .find(|p| header == format!("[profile.{p}]"))
        else {
            continue;
        };
        let settings = body.split_once('\n').map_or("", |(_, rest)| rest);
        out.push_str(&format!(
            "\n[profile.{profile}.package.{package}]\n{settings}"
        ));
    }
    out
}

/// `version = "X"` in a `[package]` section becomes `version = "X+tag"`.
fn tag_version(package: &str, tag: &str) -> String {
    package
        .split_inclusive('\n')
        .map(|line| {
            let value = line
                .strip_prefix("version")
                .map(str::trim_start)
                .and_then(|rest| rest.strip_prefix('='))
                .map(str::trim)
                .and_then(|v| v.strip_prefix('"')?.strip_suffix('"'));
            match value {
                Some(version) => {
                    let joiner = if version.contains('+') { '.' } else { '+' };
                    format!("version = \"{version}{joiner}{tag}\"\n")
                }
                None => line.to_owned(),
            }
        })
        .collect()
}

/// Splits a TOML file into (header line, text including the header); text
/// before the first header has an empty header.
fn sections(toml: &str) -> Vec<(&str, &str)> {
    let mut starts: Vec<usize> = vec![0];
    let mut offset = 0;
    for line in toml.split_inclusive('\n') {
        if line.starts_with('[') && offset > 0 {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts.push(toml.len());
    starts
        .windows(2)
        .map(|w| {
            let text = &toml[w[0]..w[1]];
            let first = text.lines().next().unwrap_or("").trim();
            let header = if first.starts_with('[') {
                first.split('#').next().unwrap_or("").trim()
            } else {
                ""
            };
            (header, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throwaway_manifest_is_its_own_workspace() {
        let krate = "[package]\nname = \"zoom-api\"\nversion = \"0.1.0\"\nedition.workspace = true\n\n\
                     [dependencies]\nserde = \"1\"\n\n[dev-dependencies]\ndivan = \"0.1\"\n\n\
                     [[bench]]\nname = \"client\"\nharness = false\n";
        let workspace = "[workspace]\nmembers = [\"a\"]\n\n[workspace.package]\n\
                         edition = \"2024\"\n\n[profile.dev]\ndebug = 0\n\n\
                         [profile.dev.package.\"*\"]\ndebug = false\n";
        let manifest = throwaway_manifest(krate, workspace, "weigh.ops1000");
        for present in [
            "[package]",
            "version = \"0.1.0+weigh.ops1000\"\n",
            "serde = \"1\"",
            "\n[workspace]\n",
            "edition = \"2024\"",
            "[profile.dev]",
            "[profile.dev.package.\"*\"]",
        ] {
            assert!(manifest.contains(present), "{present} missing:\n{manifest}");
        }
        for absent in ["divan", "[[bench]]", "members"] {
            assert!(!manifest.contains(absent), "{absent} kept:\n{manifest}");
        }
    }

    #[test]
    fn peer_profiles_repeat_the_member_settings_for_the_dependency() {
        let workspace = "[workspace]\nmembers = [\"a\"]\n\n[profile.dev]\ndebug = 1\n\n\
                         [profile.dev.package.\"*\"]\ndebug = false\n";
        let profiles = peer_profiles(workspace, Some("zoom-api"));
        assert_eq!(
            profiles,
            "[profile.dev]\ndebug = 1\n\n[profile.dev.package.\"*\"]\ndebug = false\n\n\
             [profile.dev.package.zoom-api]\ndebug = 1\n\n"
        );
        assert!(!peer_profiles(workspace, None).contains("zoom-api"));
    }
}
