//! Reading the spreadsheet a fact-checking desk keeps, saved as CSV.
//!
//! One row per claim. The columns are found by their headers, compared
//! without regard to case or surrounding blanks: `claim` (the wording; rows
//! without one are skipped), `claimant` (who made it), `date`, `url` and
//! `outlet` (where and when it appeared), `verdict` (our label, such as
//! "Mostly true", a label of [`VERDICT_LABELS`](crate::vocab::VERDICT_LABELS)
//! such as كاذب, or the desk's own words, kept verbatim) and, optionally,
//! `language` and `claimant_kind` (`person` or `organisation`; without it the
//! importer guesses from the name). `--map field=Header` names a different
//! header for a field. Quoted cells, a byte-order mark, CRLF line ends and
//! empty cells are all as spreadsheets write them.
//!
//! The delimiter is the one [`Mapping::delimiter`] gives, or else the one of
//! [`DELIMITERS`] found most often outside quotes in the header line
//! ([`sniff_delimiter`]): spreadsheets in Arabic and European locales save
//! `;`-separated files.

use std::collections::HashMap;

use crate::formats::incoming::{
    Claimant, ClaimantKind, Incoming, Item, Sighting, collapse_whitespace, parse_date,
};
use crate::model::{Rating, Verdict};
use crate::text::lang;
use crate::text::url::is_web_address;

/// The fields a sheet can fill, in the order they are documented.
pub const FIELDS: [&str; 8] = [
    "claim",
    "claimant",
    "date",
    "url",
    "outlet",
    "verdict",
    "language",
    "claimant_kind",
];

/// The delimiters [`sniff_delimiter`] chooses from, preferred in this order
/// when the header line holds as many of one as of another.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Which header each field is read from (by default the field's own name,
/// compared in lower case), and the delimiter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    headers: HashMap<&'static str, String>,
    /// The byte between cells; `None` to sniff it from the header line.
    pub delimiter: Option<u8>,
}

impl Default for Mapping {
    fn default() -> Self {
        Mapping {
            headers: FIELDS.iter().map(|f| (*f, f.to_string())).collect(),
            delimiter: None,
        }
    }
}

impl Mapping {
    /// Reads `field` from the column headed `header` instead; `Err` names the
    /// field when no such field exists.
    pub fn set(&mut self, field: &str, header: &str) -> Result<(), String> {
        let field = field.trim().to_lowercase();
        let known = FIELDS.iter().find(|f| **f == field).ok_or(field)?;
        self.headers.insert(known, header.trim().to_lowercase());
        Ok(())
    }

    fn header(&self, field: &str) -> &str {
        &self.headers[field]
    }
}

/// The delimiter of a sheet: whichever of [`DELIMITERS`] occurs most often
/// in the header line outside quoted cells (the first in the list on a tie),
/// `,` when none does.
///
/// ```
/// use claimgraph::formats::csv::sniff_delimiter;
/// assert_eq!(sniff_delimiter(b"claim;\"who, exactly\";verdict\na,b;c;d\n"), b';');
/// assert_eq!(sniff_delimiter(b"claim\tverdict\n"), b'\t');
/// assert_eq!(sniff_delimiter(b"claim\n"), b',');
/// ```
pub fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [0usize; DELIMITERS.len()];
    let mut quoted = false;
    for &byte in bytes {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = DELIMITERS.iter().position(|d| *d == byte) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let best = counts.iter().max().copied().unwrap_or(0);
    if best == 0 {
        return b',';
    }
    DELIMITERS[counts.iter().position(|c| *c == best).unwrap_or(0)]
}

/// The rows of a sheet, or why it cannot be read at all.
pub fn read_rows(file: &str, bytes: &[u8], mapping: &Mapping) -> Result<Vec<Item>, String> {
    read_rows_at_most(file, bytes, mapping, usize::MAX)
}

/// The first `most` rows of a sheet, as [`read_rows`] reads them: the
/// importer stops there, so that a sheet of millions of rows over its limit
/// `import_items` is never held whole.
pub fn read_rows_at_most(
    file: &str,
    bytes: &[u8],
    mapping: &Mapping,
    most: usize,
) -> Result<Vec<Item>, String> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let delimiter = mapping.delimiter.unwrap_or_else(|| sniff_delimiter(bytes));
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let written: Vec<String> = reader
        .headers()
        .map_err(|e| describe(&e))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let column = |field: &str| written.iter().position(|h| *h == mapping.header(field));
    let Some(claim_column) = column("claim") else {
        return Err(format!(
            "no `{}` column (the headers are: {}); name it with --map claim=HEADER",
            mapping.header("claim"),
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
        if rows.len() >= most {
            break;
        }
        let record = record.map_err(|e| describe(&e))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let origin = format!("{file} row {}", index + 2);
        let cell = |field: &str| {
            columns
                .get(field)
                .and_then(|c| record.get(*c))
                .map(collapse_whitespace)
                .filter(|v| !v.is_empty())
        };
        let Some(claim) = record
            .get(claim_column)
            .map(collapse_whitespace)
            .filter(|c| !c.is_empty())
        else {
            rows.push(Item::Skipped {
                origin,
                reason: "the claim cell is empty".into(),
            });
            continue;
        };
        rows.push(Item::Review(Box::new(row(origin, claim, cell))));
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
        let tag = lang::normalise(&written);
        if tag.is_none() {
            notes.push(format!(
                "language `{written}` is not a language tag such as `en`; left out"
            ));
        }
        tag
    });
    let kind = cell("claimant_kind").map_or(ClaimantKind::Unknown, |written| {
        claimant_kind(&written).unwrap_or_else(|| {
            notes.push(format!(
                "claimant kind `{written}` is not `person` or `organisation`; the kind is guessed from the name"
            ));
            ClaimantKind::Unknown
        })
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
    let rating = cell("verdict").map(|label| Rating {
        label,
        value: None,
        best: None,
        worst: None,
    });
    let verdict = rating.as_ref().map(Verdict::of_rating);
    Incoming {
        origin,
        claim,
        language,
        claimants: cell("claimant")
            .map(|name| Claimant {
                name,
                kind,
                url: None,
            })
            .into_iter()
            .collect(),
        appearances,
        verdict,
        rating,
        notes,
        ..Incoming::default()
    }
}

/// What a `claimant_kind` cell says, in English or Arabic, any case.
fn claimant_kind(written: &str) -> Option<ClaimantKind> {
    match crate::text::fold::fold(written).as_str() {
        "person" | "individual" | "شخص" => Some(ClaimantKind::Person),
        "organisation" | "organization" | "org" | "منظمه" | "مؤسسه" | "موسسه" => {
            Some(ClaimantKind::Organization)
        }
        _ => None,
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

    fn rows(text: &str, pairs: &[(&str, &str)]) -> Result<Vec<Item>, String> {
        let mut mapping = Mapping::default();
        for (field, header) in pairs {
            mapping.set(field, header).unwrap();
        }
        read_rows("s.csv", text.as_bytes(), &mapping)
    }

    fn incoming(read: &Item) -> &Incoming {
        match read {
            Item::Review(incoming) => incoming,
            Item::Skipped { reason, .. } => panic!("skipped: {reason}"),
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
        assert!(matches!(&read[2], Item::Skipped { origin, .. } if origin == "s.csv row 5"));
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
        let read = rows(sheet, &[("claim", "statement"), ("CLAIMANT ", " Who")]).unwrap();
        assert_eq!(incoming(&read[0]).claimants[0].name, "Y");
        assert_eq!(
            Mapping::default().set("speaker", "Who"),
            Err("speaker".to_string())
        );
    }

    #[test]
    fn the_delimiter_is_sniffed_from_the_header_outside_quotes() {
        assert_eq!(sniff_delimiter(b"claim;claimant;verdict\n"), b';');
        assert_eq!(sniff_delimiter(b"\"a,b,c\";claimant\nx,y,z,w\n"), b';');
        assert_eq!(sniff_delimiter(b"claim|who\n"), b'|');
        assert_eq!(sniff_delimiter(b"claim\twho\twhen\n"), b'\t');
        assert_eq!(
            sniff_delimiter(b"claim,who;when\n"),
            b',',
            "a tie: the first"
        );
        assert_eq!(sniff_delimiter(b""), b',');
    }

    #[test]
    fn a_semicolon_sheet_reads_like_a_comma_sheet() {
        let sheet = "\u{feff}claim text;claimant;date;verdict\r\n\
                     \"Shelled Tartar; at night\";Amnesty International;2020-10-04;كاذب\r\n";
        let read = rows(sheet, &[("claim", "claim text")]).unwrap();
        let row = incoming(&read[0]);
        assert_eq!(row.claim, "Shelled Tartar; at night");
        assert_eq!(row.claimants[0].name, "Amnesty International");
        assert_eq!(row.verdict, Some(Verdict::False), "an Arabic label");
        let given = Mapping {
            delimiter: Some(b'|'),
            ..Mapping::default()
        };
        let error = read_rows("s.csv", b"claim;who\nx;y\n", &given).unwrap_err();
        assert!(
            error.contains("claim;who"),
            "the delimiter given wins: {error}"
        );
    }

    #[test]
    fn a_claimant_kind_column_says_person_or_organisation() {
        let sheet = "claim,claimant,claimant_kind\nA,X,Organisation\nB,Y,person\nC,Z,robot\nD,W,\n";
        let read = rows(sheet, &[]).unwrap();
        let kinds: Vec<ClaimantKind> = read.iter().map(|r| incoming(r).claimants[0].kind).collect();
        assert_eq!(
            kinds,
            [
                ClaimantKind::Organization,
                ClaimantKind::Person,
                ClaimantKind::Unknown,
                ClaimantKind::Unknown
            ]
        );
        assert_eq!(incoming(&read[2]).notes.len(), 1);
    }

    #[test]
    fn not_utf8_is_a_clear_error() {
        let error = read_rows("s.csv", b"claim\n\xe9t\xe9\n", &Mapping::default()).unwrap_err();
        assert!(error.contains("not UTF-8"), "{error}");
    }
}
