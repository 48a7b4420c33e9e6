//! progenitor's client for our Users spec: a scratch generator program
//! (progenitor as a library) writes it, and a scratch crate builds it.

use std::path::Path;

use super::super::files::{read, write};
use super::super::manifest::peer_profiles;
use super::super::process::{cargo, run_output};
use super::super::{Rebuild, Role, Subject};
use crate::spec;

/// The release of progenitor (and of its runtime crate) weighed, exactly.
const VERSION: &str = "0.15.1";
/// The client crate's package name.
const CLIENT: &str = "weigh-progenitor-users";
/// The generator program's source (see that file's docs).
const GENERATOR_MAIN: &str = include_str!("progenitor_gen.rs");

/// An operation progenitor refused, and why.
pub(in super::super) struct Dropped {
    pub id: String,
    pub endpoint: String,
    pub reason: String,
}

/// Writes the Users bundle, builds and runs the generator in `gen_dir`,
/// and writes the client crate it generates into `dir`.
pub(in super::super) fn stage_progenitor(
    root: &Path,
    peers: &Path,
    target: &Path,
) -> Result<(Subject, Vec<Dropped>), String> {
    let bundle = peers.join("users-bundle.json");
    write(&bundle, &users_bundle(root)?)?;
    let gen_dir = peers.join("progenitor-gen");
    let dir = peers.join("progenitor-users");
    write(&gen_dir.join("Cargo.toml"), &generator_manifest())?;
    write(&gen_dir.join("src/main.rs"), GENERATOR_MAIN)?;
    let lib = dir.join("src/lib.rs");
    write(&lib, "")?;
    println!("building progenitor {VERSION} as a library and generating the Users client");
    let mut run = cargo();
    run.current_dir(&gen_dir)
        .env("CARGO_TARGET_DIR", target)
        .args(["run", "--quiet", "--"])
        .arg(&bundle)
        .arg(&lib);
    let output = run_output(&mut run)?;
    let (operations, dropped) = parse_report(&String::from_utf8_lossy(&output.stdout))?;
    write(
        &dir.join("Cargo.toml"),
        &client_manifest(&read(&root.join("Cargo.toml"))?),
    )?;
    let generated_lines = read(&lib)?.lines().count();
    println!(
        "progenitor's Users client: {operations} operations, {generated_lines} lines in {}",
        dir.display()
    );
    for d in &dropped {
        println!("  dropped {} ({}): {}", d.id, d.endpoint, d.reason);
    }
    let subject = Subject {
        label: format!("progenitor {VERSION}, Users spec"),
        role: Role::Progenitor,
        dir,
        target: target.to_path_buf(),
        rebuild: Rebuild::Touch("src/lib.rs".into()),
        package: CLIENT.to_owned(),
        compiles: vec![CLIENT.to_owned()],
        operations,
        generated_lines,
        cargo_args: Vec::new(),
    };
    Ok((subject, dropped))
}

/// `spec/common.yaml` + `spec/users.yaml` as one OpenAPI 3.0.3 document.
fn users_bundle(root: &Path) -> Result<String, String> {
    let files = spec::files(root)?;
    let set: Vec<codegen::SpecFile<'_>> = files
        .iter()
        .filter(|f| f.path.ends_with("/common.yaml") || f.path.ends_with("/users.yaml"))
        .map(|f| codegen::SpecFile {
            name: &f.path,
            text: &f.text,
        })
        .collect();
    codegen::bundle(&set).map_err(|e| format!("the Users spec does not bundle: {e}"))
}

fn generator_manifest() -> String {
    format!(
        "# Scratch generator written by `cargo xtask weigh --peers`.\n\
         [package]\nname = \"weigh-progenitor-gen\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n[dependencies]\n\
         progenitor = {{ version = \"={VERSION}\", default-features = false }}\n\
         openapiv3 = \"2\"\nserde_json = \"1\"\nproc-macro2 = \"1\"\nsyn = \"2\"\n\
         prettyplease = \"0.2\"\n\n[workspace]\n"
    )
}

/// The client crate: the dependencies progenitor's generated code uses
/// (those of the `Cargo.toml` progenitor's own CLI writes, plus `regress`,
/// which its types use for string patterns), and our workspace's profiles.
fn client_manifest(workspace_manifest: &str) -> String {
    format!(
        "# Scratch crate written by `cargo xtask weigh --peers`.\n\
         [package]\nname = \"{CLIENT}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         publish = false\n\n[dependencies]\n\
         bytes = \"1\"\n\
         chrono = {{ version = \"0.4\", default-features = false, features = [\"serde\"] }}\n\
         futures-core = \"0.3\"\n\
         progenitor-client = \"={VERSION}\"\n\
         regress = \"0.12\"\n\
         reqwest = {{ version = \"0.13\", default-features = false, features = [\"json\", \"query\", \"stream\"] }}\n\
         serde = {{ version = \"1\", features = [\"derive\"] }}\n\
         serde_json = \"1\"\n\
         serde_urlencoded = \"0.7\"\n\n[workspace]\n\n{}",
        peer_profiles(workspace_manifest, None)
    )
}

/// The generator's stdout: `dropped` lines, then `built N`.
fn parse_report(stdout: &str) -> Result<(usize, Vec<Dropped>), String> {
    let mut dropped = Vec::new();
    let mut built = None;
    for line in stdout.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["dropped", id, endpoint, reason] => dropped.push(Dropped {
                id: (*id).to_owned(),
                endpoint: (*endpoint).to_owned(),
                reason: (*reason).to_owned(),
            }),
            ["built", n] => built = n.parse().ok(),
            _ => {}
        }
    }
    let built = built.ok_or_else(|| format!("the generator reported no count:\n{stdout}"))?;
    Ok((built, dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_report_is_read() {
        let out = "dropped\tupload\tPOST /u\tpanic: no\nbuilt\t3\n";
        let (built, dropped) = parse_report(out).expect("a report");
        assert_eq!(built, 3);
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].endpoint, "POST /u");
        assert!(parse_report("").is_err());
    }
}
