//! The vendored JavaScript inlined into every `view` page, as committed in
//! `vendor/view/dist/` by `scripts/vendor-view.sh` (from the pinned
//! `vendor/view/package-lock.json`). `cargo build` only reads these files;
//! it never runs Node.

/// graphology 0.26.0, the graph model Sigma.js draws (UMD build: the global
/// `graphology`), MIT.
pub const GRAPHOLOGY: &str = include_str!("../../../vendor/view/dist/graphology.umd.min.js");

/// Sigma.js 3.0.2, the WebGL renderer (UMD build: the global `Sigma`), MIT.
pub const SIGMA: &str = include_str!("../../../vendor/view/dist/sigma.min.js");

#[cfg(test)]
mod tests {
    use std::path::Path;

    use sha2::{Digest, Sha256};

    use super::*;

    fn dist() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("vendor/view/dist")
    }

    /// `(file, sha256)` for each row of `VENDOR.md`'s table.
    fn entries() -> Vec<(String, String)> {
        let text = std::fs::read_to_string(dist().join("VENDOR.md")).unwrap();
        text.lines()
            .filter(|l| l.starts_with("| `"))
            .map(|l| {
                let cells: Vec<&str> = l.split('|').map(|c| c.trim().trim_matches('`')).collect();
                (cells[1].to_string(), cells[5].to_string())
            })
            .collect()
    }

    #[test]
    fn every_vendored_file_matches_its_vendor_md_entry() {
        let entries = entries();
        let mut listed: Vec<&str> = entries.iter().map(|(f, _)| f.as_str()).collect();
        listed.sort();
        let mut present: Vec<String> = std::fs::read_dir(dist())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name != "VENDOR.md")
            .collect();
        present.sort();
        assert_eq!(
            listed, present,
            "VENDOR.md lists exactly the files in vendor/view/dist"
        );
        for (file, sha) in &entries {
            let bytes = std::fs::read(dist().join(file)).unwrap();
            let actual: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(&actual, sha, "{file} changed without its VENDOR.md entry");
        }
    }

    #[test]
    fn the_inlined_bundles_are_the_vendored_files_and_cannot_end_their_element() {
        let read = |f: &str| std::fs::read_to_string(dist().join(f)).unwrap();
        assert_eq!(GRAPHOLOGY, read("graphology.umd.min.js"));
        assert_eq!(SIGMA, read("sigma.min.js"));
        for script in [GRAPHOLOGY, SIGMA, crate::present::view::SCRIPT] {
            let lower = script.to_ascii_lowercase();
            assert!(!lower.contains("</script"), "a script holds </script");
            assert!(!lower.contains("<!--"), "a script holds <!--");
        }
    }
}
