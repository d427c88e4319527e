//! The layer rule, checked on the source: each library module uses only
//! modules of its own layer or an earlier one, and none of them names the
//! command line (clap outside a `cli` feature gate, printing, exit codes).
//!
//! The layers are the ones `src/lib.rs` lists. A `crate::x` path in a file
//! of top-level module `m` is a use of `x` by `m`; comments and string
//! literals are skipped, so prose may mention any module.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every top-level library module and its layer, in data-flow order.
const LAYERS: &[(&str, u8)] = &[
    ("text", 0),
    ("json", 0),
    ("source", 1),
    ("diagnostic", 1),
    ("vocab", 2),
    ("raw", 2),
    ("model", 2),
    ("load", 3),
    ("check", 3),
    ("graph", 4),
    ("workspace", 4),
    ("lookup", 4),
    ("query", 5),
    ("formats", 6),
    ("edit", 7),
    ("cache", 7),
    ("import", 7),
    ("error", 7),
    ("present", 8),
    ("schema", 8),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

/// The library's source files (the binary's `main.rs` and `cli/` left out),
/// each with its top-level module.
fn library_files() -> Vec<(String, PathBuf)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&src).unwrap();
                let top = relative.components().next().unwrap();
                let top = top.as_os_str().to_str().unwrap().trim_end_matches(".rs");
                if top == "main" || top == "cli" || top == "lib" {
                    continue;
                }
                files.push((top.to_string(), path));
            }
        }
    }
    files.sort();
    files
}

/// The code of a Rust file with comments and string literals blanked.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    }
                }
                out.push_str("\"\"");
            }
            // A char literal such as '"' or '{' must not open a string.
            '\'' => {
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\\") {
                    let end = rest.find('\'').map_or(0, |i| i + 1);
                    let skip = if end > 1 {
                        end
                    } else {
                        chars.clone().position(|c| c == '\'').map_or(0, |i| i + 1)
                    };
                    for _ in 0..skip {
                        chars.next();
                    }
                    out.push_str("' '");
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.next();
                    chars.next();
                    out.push_str("' '");
                } else {
                    out.push('\'');
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The top-level modules a piece of code names through `crate::`.
fn uses(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.push(name);
        } else if let Some(group) = after.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            found.extend(
                group
                    .split(',')
                    .map(|p| p.trim().split("::").next().unwrap_or("").to_string())
                    .filter(|p| !p.is_empty()),
            );
        }
        rest = after;
    }
    found
}

#[test]
fn every_library_module_has_a_layer() {
    for (module, path) in library_files() {
        assert!(
            layer(&module).is_some(),
            "{} belongs to `{module}`, which has no layer: add it to LAYERS and to src/lib.rs",
            path.display()
        );
    }
}

#[test]
fn no_module_uses_a_later_layer() {
    let mut violations = BTreeMap::new();
    for (module, path) in library_files() {
        let Some(own) = layer(&module) else { continue };
        let code = code_only(&std::fs::read_to_string(&path).unwrap());
        for used in uses(&code) {
            let Some(theirs) = layer(&used) else { continue };
            if theirs > own {
                violations
                    .entry(path.display().to_string())
                    .or_insert_with(Vec::new)
                    .push(format!(
                        "{module} (layer {own}) uses {used} (layer {theirs})"
                    ));
            }
        }
    }
    assert!(violations.is_empty(), "layer rule broken: {violations:#?}");
}

#[test]
fn the_library_never_names_the_command_line() {
    let forbidden = [
        "println!",
        "eprintln!",
        "print!",
        "eprint!",
        "std::process::exit",
        "io::stdout",
        "io::stderr",
        "ExitCode",
    ];
    let mut found = Vec::new();
    for (_, path) in library_files() {
        let code = code_only(&std::fs::read_to_string(&path).unwrap());
        for (number, line) in code.lines().enumerate() {
            let clap_ungated = line.contains("clap") && !line.contains("cfg_attr(feature = \"\"");
            let named: Vec<&str> = forbidden
                .iter()
                .copied()
                .filter(|f| line.contains(f))
                .collect();
            if clap_ungated || !named.is_empty() {
                found.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the library names the command line:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checker_sees_what_it_is_meant_to() {
    // The scanner must find real uses, or the tests above prove nothing.
    let code = code_only(
        "use crate::query::x; // crate::present\nlet s = \"crate::present\"; let c = '\"'; crate::{model, text::fold};",
    );
    assert_eq!(uses(&code), ["query", "model", "text"]);
    let layered: Vec<String> = library_files().into_iter().map(|(m, _)| m).collect();
    assert!(layered.contains(&"query".to_string()) && layered.len() > 40);
}
