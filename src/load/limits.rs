//! How much a data directory may hold before the loader refuses it.
//!
//! Data is hostile: a file may be endless (`/dev/zero`), a folder may hold
//! millions of files, a string may be a gigabyte, a record may nest a
//! thousand brackets deep. Every such resource has one limit here, with a
//! default generous enough for a million statements split across files,
//! and each can be raised in the `[limits]` table of `claimgraph.toml`.
//! The limits are read before any other file, with the defaults applying
//! to `claimgraph.toml` itself.
//!
//! The importers' inputs (`import claimreview`, `import csv`) are hostile
//! too: a feed downloaded from the web may be endless, nest a hundred
//! thousand brackets deep or hold millions of items. Their three limits
//! (`import_size`, `import_depth`, `import_items`) live here as well, so
//! that every limit has one name, one default and one way to raise it.

use crate::raw;

/// The limits of one run. See `docs/robustness.md` for the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Limits {
    /// Largest data file or seed text read, in bytes (`file_size`).
    pub file_size: u64,
    /// Largest total of all files read, in bytes (`total_size`).
    pub total_size: u64,
    /// Most files read (`files`): RON files, seed texts and the settings.
    pub files: usize,
    /// Deepest nesting of brackets in a RON record (`depth`).
    pub depth: usize,
    /// Longest string literal in a RON file, in bytes (`string_length`).
    pub string_length: usize,
    /// Most diagnostics shown; the rest are counted as "N more"
    /// (`diagnostics`).
    pub diagnostics: usize,
    /// Largest input an import reads (a file, a page or standard input), in
    /// bytes (`import_size`).
    pub import_size: u64,
    /// Deepest nesting of brackets in an imported JSON document or JSON-LD
    /// block (`import_depth`).
    pub import_depth: usize,
    /// Most items (reviews, or CSV rows) one import reads, over all its
    /// inputs (`import_items`).
    pub import_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            file_size: 64 << 20,
            total_size: 4 << 30,
            files: 1_000_000,
            depth: 64,
            string_length: 1 << 20,
            diagnostics: 1000,
            import_size: 64 << 20,
            import_depth: 64,
            import_items: 100_000,
        }
    }
}

/// One of the [`Limits`], to name it in an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// [`Limits::file_size`].
    FileSize,
    /// [`Limits::total_size`].
    TotalSize,
    /// [`Limits::files`].
    Files,
    /// [`Limits::depth`].
    Depth,
    /// [`Limits::string_length`].
    StringLength,
    /// [`Limits::import_size`].
    ImportSize,
    /// [`Limits::import_depth`].
    ImportDepth,
    /// [`Limits::import_items`].
    ImportItems,
}

impl Limit {
    /// The key of the limit in the `[limits]` table.
    pub fn key(self) -> &'static str {
        match self {
            Limit::FileSize => "file_size",
            Limit::TotalSize => "total_size",
            Limit::Files => "files",
            Limit::Depth => "depth",
            Limit::StringLength => "string_length",
            Limit::ImportSize => "import_size",
            Limit::ImportDepth => "import_depth",
            Limit::ImportItems => "import_items",
        }
    }

    /// The limit's value in `limits`.
    pub fn value(self, limits: &Limits) -> u64 {
        match self {
            Limit::FileSize => limits.file_size,
            Limit::TotalSize => limits.total_size,
            Limit::Files => limits.files as u64,
            Limit::Depth => limits.depth as u64,
            Limit::StringLength => limits.string_length as u64,
            Limit::ImportSize => limits.import_size,
            Limit::ImportDepth => limits.import_depth as u64,
            Limit::ImportItems => limits.import_items as u64,
        }
    }

    /// How to raise the limit, for the hint of the error that names it.
    pub fn hint(self, limits: &Limits) -> String {
        format!(
            "the limit `{}` is {}; raise it in claimgraph.toml: [limits] {} = {}",
            self.key(),
            self.value(limits),
            self.key(),
            self.value(limits).saturating_mul(2)
        )
    }
}

impl Limits {
    /// The defaults with the values `config` sets.
    pub fn from_config(config: Option<&raw::LimitsConfig>) -> Self {
        let mut limits = Limits::default();
        let Some(config) = config else {
            return limits;
        };
        let size = |v: Option<u64>, d: u64| v.unwrap_or(d);
        let count =
            |v: Option<u64>, d: usize| v.map_or(d, |v| usize::try_from(v).unwrap_or(usize::MAX));
        limits.file_size = size(config.file_size, limits.file_size);
        limits.total_size = size(config.total_size, limits.total_size);
        limits.files = count(config.files, limits.files);
        limits.depth = count(config.depth, limits.depth);
        limits.string_length = count(config.string_length, limits.string_length);
        limits.diagnostics = count(config.diagnostics, limits.diagnostics);
        limits.import_size = size(config.import_size, limits.import_size);
        limits.import_depth = count(config.import_depth, limits.import_depth);
        limits.import_items = count(config.import_items, limits.import_items);
        limits
    }
}

/// What a run has read so far, against its [`Limits`].
#[derive(Debug, Default)]
pub struct Budget {
    /// Files read.
    pub files: usize,
    /// Bytes read.
    pub bytes: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_hold_a_million_statements() {
        let limits = Limits::default();
        assert_eq!(limits.file_size, 64 * 1024 * 1024);
        assert_eq!(limits.total_size, 4 * 1024 * 1024 * 1024);
        assert_eq!(limits.files, 1_000_000);
        assert_eq!(limits.depth, 64);
        assert_eq!(limits.string_length, 1024 * 1024);
        assert_eq!(limits.diagnostics, 1000);
        assert_eq!(limits.import_size, 64 * 1024 * 1024);
        assert_eq!(limits.import_depth, 64);
        assert_eq!(limits.import_items, 100_000);
    }

    #[test]
    fn the_config_overrides_only_what_it_sets() {
        let config = raw::LimitsConfig {
            depth: Some(8),
            ..Default::default()
        };
        let limits = Limits::from_config(Some(&config));
        assert_eq!(limits.depth, 8);
        assert_eq!(limits.file_size, Limits::default().file_size);
        assert!(Limit::Depth.hint(&limits).contains("[limits] depth = 16"));
        let config = raw::LimitsConfig {
            import_items: Some(3),
            ..Default::default()
        };
        let limits = Limits::from_config(Some(&config));
        assert_eq!(limits.import_items, 3);
        assert_eq!(limits.import_depth, Limits::default().import_depth);
        assert_eq!(
            Limit::ImportItems.hint(&limits),
            "the limit `import_items` is 3; raise it in claimgraph.toml: [limits] import_items = 6"
        );
    }
}
