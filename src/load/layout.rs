//! The data directory's layout: every path the tool reads or writes, named
//! in one place.
//!
//! ```text
//! actors.ron   outlets.ron   entities.ron   claims.ron   relations.ron
//! actors/*.ron outlets/*.ron …               lists of records, by kind
//! sources/*.ron                              one Source each
//! reviews/<claim>.ron                        one Review each (ours)
//! external-reviews.ron, external-reviews/*.ron   other desks' reviews, lists
//! claimgraph.toml                            the desk's settings
//! <kind>/import-<stem>.ron                   what an import created
//! ```

use std::path::{Path, PathBuf};

/// A kind of data file: each has a registry file `<name>.ron` and a folder
/// `<name>/` of `*.ron` files, except that sources and reviews live only in
/// their folders, one record per file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `actors.ron`, `actors/`.
    Actors,
    /// `outlets.ron`, `outlets/`.
    Outlets,
    /// `entities.ron`, `entities/`.
    Entities,
    /// `claims.ron`, `claims/`.
    Claims,
    /// `relations.ron`, `relations/`.
    Relations,
    /// `sources/`, one `Source` per file.
    Sources,
    /// `reviews/`, one `Review` per file, named after its claim.
    Reviews,
    /// `external-reviews.ron`, `external-reviews/`: other desks' reviews.
    ExternalReviews,
}

impl FileKind {
    /// Every kind, in the order the loader reads them.
    pub const ALL: [FileKind; 8] = [
        FileKind::Actors,
        FileKind::Outlets,
        FileKind::Entities,
        FileKind::Claims,
        FileKind::Relations,
        FileKind::Sources,
        FileKind::Reviews,
        FileKind::ExternalReviews,
    ];

    /// The name of the kind's file (without `.ron`) and folder.
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Actors => "actors",
            FileKind::Outlets => "outlets",
            FileKind::Entities => "entities",
            FileKind::Claims => "claims",
            FileKind::Relations => "relations",
            FileKind::Sources => "sources",
            FileKind::Reviews => "reviews",
            FileKind::ExternalReviews => "external-reviews",
        }
    }

    /// Whether each file holds one record rather than a list, so that the
    /// kind has a folder and no registry file.
    pub fn one_record_per_file(self) -> bool {
        matches!(self, FileKind::Sources | FileKind::Reviews)
    }
}

/// The paths of one data directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataLayout {
    root: PathBuf,
}

impl DataLayout {
    /// The layout of the data directory `root`, as given (not resolved).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataLayout { root: root.into() }
    }

    /// The data directory itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The registry file of `kind`: `actors.ron`. Sources and reviews have
    /// none (see [`FileKind::one_record_per_file`]).
    pub fn registry_file(&self, kind: FileKind) -> Option<PathBuf> {
        (!kind.one_record_per_file()).then(|| self.root.join(format!("{}.ron", kind.name())))
    }

    /// The folder of `kind`: `actors/`, `sources/`, `reviews/`.
    pub fn folder(&self, kind: FileKind) -> PathBuf {
        self.root.join(kind.name())
    }

    /// The file of the review of `claim`: `reviews/<claim>.ron`.
    pub fn review(&self, claim: &str) -> PathBuf {
        self.folder(FileKind::Reviews).join(format!("{claim}.ron"))
    }

    /// The desk's settings file: `claimgraph.toml`.
    pub fn config(&self) -> PathBuf {
        self.root.join("claimgraph.toml")
    }

    /// The `attempt`-th choice of name for the records of `kind` that an
    /// import of the input file `stem` creates: `claims/import-<stem>.ron`,
    /// then `claims/import-<stem>-2.ron`, `-3`… for attempts 2, 3…
    pub fn import_file(&self, kind: FileKind, stem: &str, attempt: usize) -> PathBuf {
        let name = if attempt <= 1 {
            format!("import-{stem}.ron")
        } else {
            format!("import-{stem}-{attempt}.ron")
        };
        self.folder(kind).join(name)
    }

    /// Where a source's `file` (written relative to the data directory)
    /// is.
    pub fn source_text(&self, file: &str) -> PathBuf {
        self.root.join(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_is_under_the_data_directory() {
        let layout = DataLayout::new("data");
        assert_eq!(
            layout.registry_file(FileKind::Actors),
            Some(PathBuf::from("data/actors.ron"))
        );
        assert_eq!(layout.registry_file(FileKind::Sources), None);
        assert_eq!(layout.folder(FileKind::Claims), Path::new("data/claims"));
        assert_eq!(
            layout.review("tos-used"),
            Path::new("data/reviews/tos-used.ron")
        );
        assert_eq!(
            layout.import_file(FileKind::Outlets, "feed", 1),
            Path::new("data/outlets/import-feed.ron")
        );
        assert_eq!(
            layout.import_file(FileKind::Outlets, "feed", 2),
            Path::new("data/outlets/import-feed-2.ron")
        );
        assert_eq!(
            layout.source_text("../seeds/001.txt"),
            Path::new("data/../seeds/001.txt")
        );
    }

    #[test]
    fn only_sources_and_reviews_are_one_record_per_file() {
        let single: Vec<_> = FileKind::ALL
            .into_iter()
            .filter(|k| k.one_record_per_file())
            .collect();
        assert_eq!(single, [FileKind::Sources, FileKind::Reviews]);
    }
}
