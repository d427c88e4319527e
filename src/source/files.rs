//! The text files a run has read, and conversions between byte offsets and
//! the line:column positions people see (columns count characters).

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Index of a file in [`Files`].
pub type FileId = usize;

/// A place in a file: the file and a byte range.
#[derive(Debug, Clone, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Location {
    /// The file the range is in.
    pub file: FileId,
    /// Byte range within the file's text.
    pub span: Range<usize>,
}

/// One file read from disk.
#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct File {
    /// The path the file was read from, as given.
    #[rkyv(with = rkyv::with::AsString)]
    pub path: PathBuf,
    /// The file's whole text.
    pub text: String,
    /// The byte offset of every line's start, built on first use, so that
    /// each position costs a binary search instead of a scan from the start:
    /// a file with many diagnostics is rendered in time linear in its size.
    #[rkyv(with = rkyv::with::Skip)]
    line_starts: OnceLock<Vec<usize>>,
}

impl File {
    /// The byte offsets where the file's lines start (the first is 0).
    pub fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(at, _)| at + 1))
                .collect()
        })
    }

    /// The 0-based index of the line holding byte `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        let starts = self.line_starts();
        starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    /// The byte range of line `index` (0-based), its line break included.
    pub fn line_range(&self, index: usize) -> Range<usize> {
        let starts = self.line_starts();
        let start = starts.get(index).copied().unwrap_or(self.text.len());
        let end = starts.get(index + 1).copied().unwrap_or(self.text.len());
        start..end
    }

    /// 1-based line and character column of a byte offset, by the line
    /// index: O(log lines + line length).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset);
        let line = self.line_index(offset);
        let start = self.line_range(line).start;
        (line + 1, self.text[start..offset].chars().count() + 1)
    }
}

/// All files read in a run, addressed by [`FileId`].
#[derive(Debug, Default, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Files {
    files: Vec<File>,
}

impl Files {
    /// Adds a file and returns its id.
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push(File {
            path,
            text,
            line_starts: OnceLock::new(),
        });
        self.files.len() - 1
    }

    /// The file with this id; panics if the id is not from this set.
    pub fn get(&self, id: FileId) -> &File {
        &self.files[id]
    }

    /// The path of the file with this id.
    pub fn path(&self, id: FileId) -> &Path {
        &self.files[id].path
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, id: FileId, offset: usize) -> (usize, usize) {
        self.files[id].line_col(offset)
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no file was read.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// A copy with the same ids and paths, keeping the text only of the
    /// files `keep` names (the others' texts are empty): what the load
    /// cache keeps, since only diagnostics read a file's text.
    pub fn pruned(&self, keep: impl Fn(FileId) -> bool) -> Files {
        Files {
            files: self
                .files
                .iter()
                .enumerate()
                .map(|(id, file)| File {
                    path: file.path.clone(),
                    text: if keep(id) {
                        file.text.clone()
                    } else {
                        String::new()
                    },
                    line_starts: OnceLock::new(),
                })
                .collect(),
        }
    }
}

/// `path` with `.` and `dir/..` pairs removed, without touching the disk, so
/// that `data/../seeds/a.txt` prints as `seeds/a.txt`.
pub fn tidy(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// 1-based line and character column of `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

/// Byte offset of a 1-based line and character column, clamped to the text.
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut line_start = 0;
    for _ in 1..line {
        match text[line_start..].find('\n') {
            Some(n) => line_start += n + 1,
            None => return text.len(),
        }
    }
    let line_text = &text[line_start..];
    let line_end = line_text.find('\n').unwrap_or(line_text.len());
    line_text[..line_end]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(line_start + line_end, |(n, _)| line_start + n)
}

/// `offset` clamped to `text` and moved back onto a character boundary, so
/// that it can slice `text` whatever span it came from.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_removes_dot_segments_lexically() {
        assert_eq!(
            tidy(Path::new("data/../seeds/a.txt")),
            Path::new("seeds/a.txt")
        );
        assert_eq!(tidy(Path::new("./data/./x")), Path::new("data/x"));
        assert_eq!(tidy(Path::new("../../x")), Path::new("../../x"));
        assert_eq!(tidy(Path::new("/a/../b")), Path::new("/b"));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "ab\nقال x";
        let x = text.find('x').unwrap();
        assert_eq!(line_col(text, x), (2, 5));
        assert_eq!(offset_of(text, 2, 5), x);
    }

    #[test]
    fn offsets_clamp_onto_character_boundaries() {
        let text = "aقb";
        assert_eq!(floor_char_boundary(text, 0), 0);
        assert_eq!(floor_char_boundary(text, 2), 1);
        assert_eq!(floor_char_boundary(text, 3), 3);
        assert_eq!(floor_char_boundary(text, 99), text.len());
    }

    #[test]
    fn the_line_index_agrees_with_the_scan() {
        let mut files = Files::default();
        let text = "ab\r\nقال x\n\n\tz\n";
        let id = files.add("a.ron".into(), text.into());
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                files.line_col(id, offset),
                line_col(text, offset),
                "{offset}"
            );
        }
        assert_eq!(files.get(id).line_range(1), 4..13);
    }

    #[test]
    fn positions_past_the_end_clamp() {
        assert_eq!(offset_of("a\nb", 9, 1), 3);
        assert_eq!(offset_of("a\nb", 1, 40), 1);
        assert_eq!(line_col("ق", 1), (1, 1));
    }
}
