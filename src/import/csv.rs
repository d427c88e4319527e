//! Reading the spreadsheet a fact-checking desk keeps, saved as CSV.
//!
//! One row per claim. The columns are found by their headers, compared
//! without regard to case or surrounding blanks: `claim` (the wording; rows
//! without one are skipped), `claimant` (who made it), `date`, `url` and
//! `outlet` (where and when it appeared), `verdict` (our label, such as
//! "Mostly true", or the desk's own words, kept verbatim) and, optionally,
//! `language`. `--map field=Header` names a different header for a field.
//! Quoted cells, a byte-order mark, CRLF line ends and empty cells are all
//! as spreadsheets write them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{
    ImportReport, Incoming, Party, PartyKind, Read, Sighting, SourceFile, language_tag, parse_date,
    tidy,
};
use crate::analyzer::is_web_address;
use crate::error::CommandError;
use crate::model::{Rating, Verdict};
use crate::workspace::Workspace;

/// The fields a sheet can fill, in the order they are documented.
pub const FIELDS: [&str; 7] = [
    "claim", "claimant", "date", "url", "outlet", "verdict", "language",
];

/// Imports the rows of `files`, with `mapping` (`field=Header` pairs) naming
/// headers that differ from the field names.
pub fn import(
    ws: &Workspace,
    files: &[PathBuf],
    mapping: &[String],
    dry_run: bool,
) -> Result<ImportReport, CommandError> {
    let headers = header_names(mapping)?;
    let sources = files
        .iter()
        .map(|path| read_file(path, &headers))
        .collect::<Result<Vec<_>, CommandError>>()?;
    super::import(ws, "csv", sources, dry_run)
}

/// Field → the header it is read from, lower case.
fn header_names(mapping: &[String]) -> Result<HashMap<&'static str, String>, CommandError> {
    let mut headers: HashMap<&'static str, String> =
        FIELDS.iter().map(|f| (*f, f.to_string())).collect();
    for pair in mapping {
        let Some((field, header)) = pair.split_once('=') else {
            return Err(CommandError::Input(format!(
                "--map `{pair}` is not field=Header, e.g. --map claim=\"Claim text\""
            )));
        };
        let field = field.trim().to_lowercase();
        let Some(known) = FIELDS.iter().find(|f| **f == field) else {
            return Err(CommandError::Input(format!(
                "--map names unknown field `{field}`; the fields are {}",
                FIELDS.join(", ")
            )));
        };
        headers.insert(known, header.trim().to_lowercase());
    }
    Ok(headers)
}

fn read_file(
    path: &Path,
    headers: &HashMap<&'static str, String>,
) -> Result<SourceFile, CommandError> {
    let bytes = std::fs::read(path)
        .map_err(|e| CommandError::Input(format!("cannot read {}: {e}", path.display())))?;
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let source = SourceFile::new(path, Vec::new());
    let items = read_rows(&source.name, bytes, headers)
        .map_err(|e| CommandError::Input(format!("{}: {e}", path.display())))?;
    Ok(SourceFile { items, ..source })
}

/// The rows of a sheet, or why it cannot be read at all.
pub fn read_rows(
    file: &str,
    bytes: &[u8],
    headers: &HashMap<&'static str, String>,
) -> Result<Vec<Read>, String> {
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bytes);
    let written: Vec<String> = reader
        .headers()
        .map_err(|e| describe(&e))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let column = |field: &str| written.iter().position(|h| *h == headers[field]);
    let Some(claim_column) = column("claim") else {
        return Err(format!(
            "no `{}` column (the headers are: {}); name it with --map claim=HEADER",
            headers["claim"],
            written.join(", ")
        ));
    };
    let columns: HashMap<&str, usize> = FIELDS
        .iter()
        .filter_map(|f| column(f).map(|c| (*f, c)))
        .collect();
    let mut rows = Vec::new();
    // Rows are numbered as a spreadsheet numbers them: the header is row 1,
    // and a cell spanning lines does not make more rows.
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| describe(&e))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let origin = format!("{file} row {}", index + 2);
        let cell = |field: &str| {
            columns
                .get(field)
                .and_then(|c| record.get(*c))
                .map(tidy)
                .filter(|v| !v.is_empty())
        };
        let Some(claim) = record.get(claim_column).map(tidy).filter(|c| !c.is_empty()) else {
            rows.push(Read::Skipped {
                origin,
                reason: "the claim cell is empty".into(),
            });
            continue;
        };
        rows.push(Read::Review(Box::new(row(origin, claim, cell))));
    }
    Ok(rows)
}

fn row(origin: String, claim: String, cell: impl Fn(&str) -> Option<String>) -> Incoming {
    let mut notes = Vec::new();
    let date = cell("date").and_then(|written| {
        let parsed = parse_date(&written);
        if parsed.is_none() {
            notes.push(format!("date `{written}` is not YYYY-MM-DD; left out"));
        }
        parsed
    });
    let url = cell("url").and_then(|written| {
        let ok = is_web_address(&written);
        if !ok {
            notes.push(format!("url `{written}` is not a web address; left out"));
        }
        ok.then_some(written)
    });
    let language = cell("language").and_then(|written| {
        let tag = language_tag(&written);
        if tag.is_none() {
            notes.push(format!(
                "language `{written}` is not a language tag such as `en`; left out"
            ));
        }
        tag
    });
    let outlet = cell("outlet");
    let appearances = if url.is_some() || outlet.is_some() || date.is_some() {
        vec![Sighting {
            url,
            title: None,
            outlet,
            date,
        }]
    } else {
        Vec::new()
    };
    let verdict = cell("verdict").map(|label| {
        Verdict::from_label(&label).unwrap_or(Verdict::Other(Rating {
            label,
            value: None,
            best: None,
            worst: None,
        }))
    });
    Incoming {
        origin,
        claim,
        language,
        claimants: cell("claimant")
            .map(|name| Party {
                name,
                kind: PartyKind::Unknown,
                url: None,
            })
            .into_iter()
            .collect(),
        appearances,
        verdict,
        notes,
        ..Incoming::default()
    }
}

/// A CSV error in words, with the line it happened on.
fn describe(error: &::csv::Error) -> String {
    let line = error
        .position()
        .map(|p| format!("line {}: ", p.line()))
        .unwrap_or_default();
    match error.kind() {
        ::csv::ErrorKind::Utf8 { .. } => {
            format!("{line}the file is not UTF-8 text; save the sheet as \"CSV UTF-8\"")
        }
        _ => format!("{line}{error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, mapping: &[&str]) -> Result<Vec<Read>, String> {
        let mapping: Vec<String> = mapping.iter().map(|m| m.to_string()).collect();
        read_rows("s.csv", text.as_bytes(), &header_names(&mapping).unwrap())
    }

    fn incoming(read: &Read) -> &Incoming {
        match read {
            Read::Review(incoming) => incoming,
            Read::Skipped { reason, .. } => panic!("skipped: {reason}"),
        }
    }

    #[test]
    fn quoted_cells_crlf_empty_cells_and_case_insensitive_headers() {
        let sheet = "Claim,CLAIMANT, Date ,url,Outlet,Verdict\r\n\
                     \"He said \"\"no\"\",\r\ntwice\",Jane Doe,2020-10-01,https://x.example/a,X News,mostly true\r\n\
                     Only a claim,,,,,\r\n\
                     ,,,,,\r\n\
                     ,Nobody,,,,False\r\n";
        let read = rows(sheet, &[]).unwrap();
        assert_eq!(read.len(), 3, "the blank row is not a row");
        let first = incoming(&read[0]);
        assert_eq!(first.claim, "He said \"no\", twice");
        assert_eq!(first.origin, "s.csv row 2");
        assert_eq!(first.claimants[0].name, "Jane Doe");
        assert_eq!(first.verdict, Some(Verdict::MostlyTrue));
        assert_eq!(first.appearances[0].outlet.as_deref(), Some("X News"));
        let second = incoming(&read[1]);
        assert!(
            second.claimants.is_empty()
                && second.appearances.is_empty()
                && second.verdict.is_none()
        );
        assert!(matches!(&read[2], Read::Skipped { origin, .. } if origin == "s.csv row 5"));
    }

    #[test]
    fn unknown_verdicts_are_kept_verbatim_and_bad_cells_noted() {
        let sheet =
            "claim,verdict,date,url,language\nX,Pants on Fire!,28/09/2020,www.x.example,Arabic\n";
        let read = rows(sheet, &[]).unwrap();
        let row = incoming(&read[0]);
        assert_eq!(
            row.verdict,
            Some(Verdict::Other(Rating {
                label: "Pants on Fire!".into(),
                value: None,
                best: None,
                worst: None
            }))
        );
        assert_eq!(row.notes.len(), 3, "{:?}", row.notes);
        assert!(row.appearances.is_empty());
    }

    #[test]
    fn mapping_renames_headers_and_is_checked() {
        let sheet = "Statement,Who\nX,Y\n";
        assert!(rows(sheet, &[]).unwrap_err().contains("statement, who"));
        let read = rows(sheet, &["claim=statement", "CLAIMANT = Who"]).unwrap();
        assert_eq!(incoming(&read[0]).claimants[0].name, "Y");
        assert!(header_names(&["speaker=Who".into()]).is_err());
        assert!(header_names(&["claim".into()]).is_err());
    }

    #[test]
    fn not_utf8_is_a_clear_error() {
        let error =
            read_rows("s.csv", b"claim\n\xe9t\xe9\n", &header_names(&[]).unwrap()).unwrap_err();
        assert!(error.contains("not UTF-8"), "{error}");
    }
}
