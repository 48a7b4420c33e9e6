//! The machine the figures were taken on.

use std::path::Path;
use std::process::Command;

use super::process::capture;

/// Cores, CPU model, memory and compiler, as one Markdown line.
pub(super) fn machine(root: &Path) -> Result<String, String> {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name")?.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            let kib: f64 = info
                .lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))?
                .split_whitespace()
                .next()?
                .parse()
                .ok()?;
            Some(format!("{:.0} GiB RAM", kib / (1024.0 * 1024.0)))
        })
        .unwrap_or_else(|| "unknown RAM".to_owned());
    let rustc = capture(Command::new("rustc").arg("-V").current_dir(root))?;
    Ok(format!(
        "Machine: {cores} cores, {cpu}, {memory}, {}, `CARGO_INCREMENTAL=0`.",
        rustc.trim()
    ))
}
