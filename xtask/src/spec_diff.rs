//! `cargo xtask spec-diff [--json] [--ours-only] [--group NAME]... PATH...`:
//! compares Zoom's official spec files (OpenAPI 3.0 or Swagger 2.0, JSON or
//! YAML) with `spec/`, operation by operation (matched by method and path,
//! path-parameter names ignored): operations one side lacks, query
//! parameters, request and answer fields (nested, through allOf, oneOf,
//! anyOf and arrays), enum values, types and formats, required-ness and
//! deprecation. Differences declared in
//! `spec/curation/accepted-differences.yaml` are shown apart and not
//! counted; a declared one that no longer differs is stale. Exit code 0
//! when nothing undeclared differs and nothing is stale, 1 otherwise.
//!
//! `--group users` compares only that group's fragment (with common.yaml);
//! `--ours-only` leaves out operations only Zoom's files have (their files
//! hold other groups too).

mod accepted;
mod compare;
mod report;
mod surface;
#[cfg(test)]
mod tests;

use std::path::Path;

use serde_json::Value;

/// Where the declared differences live, relative to the workspace root.
pub const ACCEPTED: &str = "spec/curation/accepted-differences.yaml";

/// What to compare.
#[derive(Debug, Default)]
pub struct Options {
    pub json: bool,
    pub ours_only: bool,
    pub groups: Vec<String>,
    pub official: Vec<String>,
}

/// Runs the comparison; `Ok(true)` when nothing undeclared differs.
pub fn run(root: &Path, args: &[&str]) -> Result<bool, String> {
    let options = parse_args(args)?;
    let accepted = std::fs::read_to_string(root.join(ACCEPTED)).unwrap_or_default();
    let outcome = compute(&crate::spec::files(root)?, &options, &accepted)?;
    let groups = match options.groups.is_empty() {
        true => String::new(),
        false => format!(" ({})", options.groups.join(", ")),
    };
    let title = format!("spec/{groups} against {}", options.official.join(", "));
    match options.json {
        true => println!("{}", outcome.json()),
        false => print!("{}", outcome.text(&title)),
    }
    Ok(outcome.clean())
}

/// Compares `ours` (spec files) with the official files `options` names,
/// honouring the declared differences in `accepted` (YAML text).
fn compute(
    ours: &[crate::spec::File],
    options: &Options,
    accepted: &str,
) -> Result<report::Outcome, String> {
    let zoom = official_surface(&options.official)?;
    let ours = our_surface(ours, &options.groups)?;
    let declared = match accepted.trim().is_empty() {
        true => Vec::new(),
        false => accepted::parse(accepted, ACCEPTED)?,
    };
    let differences = compare::compare(&zoom, &ours, options.ours_only);
    Ok(report::Outcome::new(differences, &declared, &ours))
}

fn parse_args(args: &[&str]) -> Result<Options, String> {
    let usage = "usage: cargo xtask spec-diff [--json] [--ours-only] [--group NAME]... PATH...";
    let mut options = Options::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match *arg {
            "--json" => options.json = true,
            "--ours-only" => options.ours_only = true,
            "--group" => {
                let group = rest.next().ok_or(usage)?;
                options.groups.push((*group).to_owned());
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{usage}"));
            }
            path => options.official.push(path.to_owned()),
        }
    }
    if options.official.is_empty() {
        return Err(usage.to_owned());
    }
    Ok(options)
}

/// The union of Zoom's files: an operation is taken from the first file
/// that has it.
fn official_surface(paths: &[String]) -> Result<surface::Surface, String> {
    let mut all = surface::Surface::new();
    for path in paths {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let doc = read_document(&text).map_err(|e| format!("{path}: {e}"))?;
        for (key, op) in surface::surface(&doc).map_err(|e| format!("{path}: {e}"))? {
            all.entry(key).or_insert(op);
        }
    }
    Ok(all)
}

/// JSON, or YAML (which JSON also is, but serde_json places errors better).
pub fn read_document(text: &str) -> Result<Value, String> {
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"));
    }
    serde_yaml::from_str(text).map_err(|e| format!("not valid YAML: {e}"))
}

/// spec/ (or the named groups with common.yaml), bundled by the generator.
fn our_surface(files: &[crate::spec::File], groups: &[String]) -> Result<surface::Surface, String> {
    let chosen: Vec<&crate::spec::File> = files
        .iter()
        .filter(|f| {
            let stem = Path::new(&f.path)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            groups.is_empty() || stem == crate::spec::COMMON || groups.iter().any(|g| g == stem)
        })
        .collect();
    let bundle = codegen::bundle(&crate::spec::set(chosen)).map_err(|e| e.to_string())?;
    let doc: Value = serde_json::from_str(&bundle).map_err(|e| e.to_string())?;
    surface::surface(&doc)
}
