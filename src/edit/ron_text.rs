//! Editing a RON record as text, at precise spans.
//!
//! Reviews are hand-edited files with comments and a layout of their own;
//! re-serialising them would throw both away. These edits locate a field of
//! the top-level record with [`crate::source::lexer`] (so strings and comments are
//! never mistaken for structure) and change only the bytes of that field's
//! value, or insert new bytes at one point. Everything else stays
//! byte-for-byte as the person wrote it.

use std::ops::Range;

use crate::source::lexer::{Token, tokens};
use crate::text::safe::is_hostile;

/// A field of the top-level record: `name: value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpan {
    /// The field's name.
    pub name: String,
    /// Where the field starts (its name).
    pub start: usize,
    /// The value, from its first to its last byte.
    pub value: Range<usize>,
}

/// The top-level record of a document: `Name( field: value, ... )`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordSpan {
    /// The record's fields, in the order written.
    pub fields: Vec<FieldSpan>,
    /// Byte offset of the record's closing parenthesis.
    pub close: usize,
}

/// Why an edit could not be made. The text is then left as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error(
        "the file does not hold one record `Name( ... )`; fix it by hand or run `claimgraph check`"
    )]
    /// The text is not a single record `Name( ... )`.
    NotARecord,
    /// The text is not a single list `[ ... ]` of records.
    #[error("the file does not hold one list `[ ... ]`; fix it by hand or run `claimgraph check`")]
    NotAListFile,
    /// The named field's value is not a list.
    #[error("field `{0}` is not a list `[ ... ]`")]
    NotAList(String),
}

/// Finds the fields of the top-level record.
pub fn record(text: &str) -> Result<RecordSpan, EditError> {
    let mut depth = 0usize;
    let mut fields: Vec<FieldSpan> = Vec::new();
    let mut pending_name: Option<(String, usize)> = None;
    let mut expecting_name = false;
    let mut value_start: Option<usize> = None;
    let mut last_value_end = 0;
    let mut opened = false;
    for token in tokens(text) {
        let end = token_end(&token);
        match token {
            Token::Punct(at, open @ (b'(' | b'[' | b'{')) => {
                if depth == 0 {
                    if opened || open != b'(' {
                        return Err(EditError::NotARecord);
                    }
                    opened = true;
                    expecting_name = true;
                } else if depth == 1 {
                    value_start.get_or_insert(at);
                }
                depth += 1;
            }
            Token::Punct(at, b')' | b']' | b'}') => {
                depth = depth.checked_sub(1).ok_or(EditError::NotARecord)?;
                if depth == 0 {
                    finish_field(
                        &mut fields,
                        &mut pending_name,
                        value_start.take(),
                        last_value_end,
                    );
                    return Ok(RecordSpan { fields, close: at });
                }
                if depth == 1 {
                    last_value_end = end;
                }
            }
            Token::Punct(_, b',') if depth == 1 => {
                finish_field(
                    &mut fields,
                    &mut pending_name,
                    value_start.take(),
                    last_value_end,
                );
                expecting_name = true;
            }
            Token::Ident(range) if depth == 1 && expecting_name => {
                pending_name = Some((text[range.clone()].to_string(), range.start));
                expecting_name = false;
            }
            Token::Punct(at, b':') if depth == 1 => {
                // Numbers are not tokens, so a value starts at the first
                // non-blank after the colon and runs at least to the end of
                // that bare word.
                let rest = &text[at + 1..];
                let start = at + 1 + (rest.len() - rest.trim_start().len());
                let bare = text[start..]
                    .find(|c: char| c.is_whitespace() || matches!(c, ',' | ')' | ']' | '}' | '/'))
                    .unwrap_or(text.len() - start);
                value_start = Some(start);
                last_value_end = start + bare;
            }
            other if depth == 1 => {
                let start = token_start(&other);
                value_start.get_or_insert(start);
                last_value_end = end;
            }
            _ => {}
        }
    }
    Err(EditError::NotARecord)
}

fn token_start(token: &Token) -> usize {
    match token {
        Token::Str(r) | Token::Ident(r) => r.start,
        Token::Punct(at, _) => *at,
    }
}

fn token_end(token: &Token) -> usize {
    match token {
        Token::Str(r) | Token::Ident(r) => r.end,
        Token::Punct(at, _) => at + 1,
    }
}

fn finish_field(
    fields: &mut Vec<FieldSpan>,
    pending: &mut Option<(String, usize)>,
    value_start: Option<usize>,
    value_end: usize,
) {
    if let (Some((name, start)), Some(from)) = (pending.take(), value_start) {
        fields.push(FieldSpan {
            name,
            start,
            value: from..value_end.max(from),
        });
    }
}

/// `text` with field `name` set to `value` (RON source). An existing value is
/// replaced in place; a missing field is added as a new line after the last
/// field.
pub fn set_field(text: &str, name: &str, value: &str) -> Result<String, EditError> {
    let record = record(text)?;
    if let Some(field) = record.fields.iter().find(|f| f.name == name) {
        return Ok(splice(text, field.value.clone(), value));
    }
    Ok(insert_field(text, &record, name, value))
}

/// `text` with `item` (RON source) appended to the list field `name`,
/// creating the field when it is missing.
pub fn append_item(text: &str, name: &str, item: &str) -> Result<String, EditError> {
    let record = record(text)?;
    let indent = field_indent(text, &record);
    let Some(field) = record.fields.iter().find(|f| f.name == name) else {
        let list = format!("[\n{indent}    {item},\n{indent}]");
        return Ok(insert_field(text, &record, name, &list));
    };
    let value = &text[field.value.clone()];
    if !(value.starts_with('[') && value.ends_with(']')) {
        return Err(EditError::NotAList(name.to_string()));
    }
    let close = field.value.end - 1;
    let inside = field.value.start + 1..close;
    let Some(last) = tokens(&text[inside.clone()]).last() else {
        let list = format!("[\n{indent}    {item},\n{indent}]");
        return Ok(splice(text, field.value.clone(), &list));
    };
    let last_end = inside.start + token_end(&last);
    let has_comma = matches!(last, Token::Punct(_, b','));
    Ok(insert_after(
        text,
        last_end,
        has_comma,
        close,
        &format!("{indent}    {item},"),
    ))
}

/// `text`, a file holding one list `[ ... ]` of records, with `item` (RON
/// source) appended as the list's last element, on a line of its own
/// indented like the list's first element (four spaces when the list is
/// empty). Comments, blank lines and every other byte stay as written.
pub fn append_to_list(text: &str, item: &str) -> Result<String, EditError> {
    let mut depth = 0usize;
    let mut open = None;
    let mut last_inside: Option<Token> = None;
    let mut closed = None;
    for token in tokens(text) {
        if closed.is_some() {
            return Err(EditError::NotAListFile);
        }
        match token {
            Token::Punct(at, b'(' | b'[' | b'{') => {
                if depth == 0 {
                    if open.is_some() || text.as_bytes()[at] != b'[' {
                        return Err(EditError::NotAListFile);
                    }
                    open = Some(at);
                } else {
                    last_inside = Some(token);
                }
                depth += 1;
            }
            Token::Punct(at, b')' | b']' | b'}') => {
                depth = depth.checked_sub(1).ok_or(EditError::NotAListFile)?;
                if depth == 0 {
                    closed = Some((open.ok_or(EditError::NotAListFile)?, at));
                    continue;
                }
                last_inside = Some(token);
            }
            other if depth >= 1 => last_inside = Some(other),
            _ => return Err(EditError::NotAListFile),
        }
    }
    let (start, close) = closed.ok_or(EditError::NotAListFile)?;
    Ok(append_before_close(text, start, close, last_inside, item))
}

fn append_before_close(
    text: &str,
    open: usize,
    close: usize,
    last: Option<Token>,
    item: &str,
) -> String {
    let first_element = text[open + 1..close]
        .lines()
        .skip(1)
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//"));
    let indent: String = first_element
        .map(|l| l.chars().take_while(|c| c.is_whitespace()).collect())
        .unwrap_or_else(|| "    ".to_string());
    let Some(last) = last else {
        return splice(text, open..close + 1, &format!("[\n{indent}{item},\n]"));
    };
    let last_end = token_end(&last);
    let has_comma = matches!(last, Token::Punct(_, b','));
    insert_after(
        text,
        last_end,
        has_comma,
        close,
        &format!("{indent}{item},"),
    )
}

/// Inserts `line` after the token ending at `at` (adding the comma it lacks),
/// at the end of that token's line so a comment there stays with it; when
/// `limit` (a closing bracket) is on the same line, the list is kept on one
/// line.
fn insert_after(text: &str, at: usize, has_comma: bool, limit: usize, line: &str) -> String {
    let comma = if has_comma { "" } else { "," };
    let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    if line_end > limit {
        let inline = format!("{comma} {}", line.trim().trim_end_matches(','));
        return splice(text, at..at, &inline);
    }
    let with_comma = splice(text, at..at, comma);
    let line_end = line_end + comma.len();
    splice(&with_comma, line_end..line_end, &format!("\n{line}"))
}

/// The indentation of the record's fields, four spaces when it has none.
fn field_indent(text: &str, record: &RecordSpan) -> String {
    record
        .fields
        .first()
        .map(|f| {
            let line_start = text[..f.start].rfind('\n').map_or(0, |n| n + 1);
            text[line_start..f.start]
                .chars()
                .take_while(|c| c.is_whitespace())
                .collect()
        })
        .unwrap_or_else(|| "    ".to_string())
}

fn insert_field(text: &str, record: &RecordSpan, name: &str, value: &str) -> String {
    let indent = field_indent(text, record);
    match record.fields.last() {
        Some(last) => {
            let after_value = last.value.end;
            let rest = &text[after_value..record.close];
            let has_comma = rest.trim_start().starts_with(',');
            let at = if has_comma {
                after_value + rest.find(',').unwrap_or(0) + 1
            } else {
                after_value
            };
            insert_after(
                text,
                at,
                has_comma,
                record.close,
                &format!("{indent}{name}: {value},"),
            )
        }
        None => splice(
            text,
            record.close..record.close,
            &format!("\n{indent}{name}: {value},\n"),
        ),
    }
}

fn splice(text: &str, range: Range<usize>, with: &str) -> String {
    let mut out = String::with_capacity(text.len() + with.len());
    out.push_str(&text[..range.start]);
    out.push_str(with);
    out.push_str(&text[range.end..]);
    out
}

/// `value` as a RON string literal: quotes, backslashes and control
/// characters escaped, everything else (Arabic included) kept as written.
pub fn string_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Controls and bidirectional formatting characters would make
            // the file display differently from what it holds.
            c if is_hostile(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const REVIEW: &str = r#"// A hand-written review.
Review(
    claim: "tos-used", // the claim
    status: InProgress,
    /* block comment, with a fake field: verdict: False, */
    rationale: Some("a, b ( c ]"),
    evidence: [
        // first
        Evidence(points_to: Statement("s001-01"), grade: OnRecord, bearing: Supports),
    ],
)
"#;

    #[test]
    fn appends_to_a_list_file_keeping_every_byte() {
        let text = "// Relations.\n[\n    // a comment\n    Relation(kind: SameAs, from: \"a\", to: \"b\"), // why\n]\n// after\n";
        let new = append_to_list(text, "Relation(kind: SameAs, from: \"c\", to: \"d\")").unwrap();
        assert_eq!(
            new,
            "// Relations.\n[\n    // a comment\n    Relation(kind: SameAs, from: \"a\", to: \"b\"), // why\n    Relation(kind: SameAs, from: \"c\", to: \"d\"),\n]\n// after\n"
        );
        let no_comma = "[\n  R(x: 1)\n]\n";
        assert_eq!(
            append_to_list(no_comma, "R(x: 2)").unwrap(),
            "[\n  R(x: 1),\n  R(x: 2),\n]\n"
        );
        assert_eq!(append_to_list("[]\n", "R()").unwrap(), "[\n    R(),\n]\n");
        assert_eq!(append_to_list("R()", "R()"), Err(EditError::NotAListFile));
        assert_eq!(append_to_list("[] []", "R()"), Err(EditError::NotAListFile));
    }

    #[test]
    fn finds_fields_and_skips_comments_and_strings() {
        let record = record(REVIEW).unwrap();
        let names: Vec<&str> = record.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["claim", "status", "rationale", "evidence"]);
        let value = |n: &str| {
            let f = record.fields.iter().find(|f| f.name == n).unwrap();
            &REVIEW[f.value.clone()]
        };
        assert_eq!(value("claim"), "\"tos-used\"");
        assert_eq!(value("status"), "InProgress");
        assert_eq!(value("rationale"), "Some(\"a, b ( c ]\")");
        assert!(value("evidence").starts_with('[') && value("evidence").ends_with(']'));
    }

    #[test]
    fn setting_a_field_changes_only_its_value() {
        let out = set_field(REVIEW, "status", "Reviewed").unwrap();
        assert_eq!(
            out,
            REVIEW.replace("status: InProgress", "status: Reviewed")
        );
    }

    #[test]
    fn a_missing_field_is_added_after_the_last_one() {
        let out = set_field(REVIEW, "verdict", "Some(False)").unwrap();
        assert_eq!(
            out,
            REVIEW.replace("    ],\n)", "    ],\n    verdict: Some(False),\n)")
        );
    }

    #[test]
    fn a_field_is_added_after_a_last_field_without_comma() {
        let text = "Review(\n    claim: \"x\",\n    status: Unreviewed\n)\n";
        let out = set_field(text, "verdict", "Some(True)").unwrap();
        assert_eq!(
            out,
            "Review(\n    claim: \"x\",\n    status: Unreviewed,\n    verdict: Some(True),\n)\n"
        );
    }

    #[test]
    fn items_are_appended_inside_the_list() {
        let out = append_item(REVIEW, "evidence", "Evidence(x)").unwrap();
        assert_eq!(
            out,
            REVIEW.replace(
                "bearing: Supports),\n    ],",
                "bearing: Supports),\n        Evidence(x),\n    ],"
            )
        );
    }

    #[test]
    fn a_missing_or_empty_list_is_created() {
        let out = append_item(REVIEW, "history", "Change()").unwrap();
        assert!(
            out.ends_with("    ],\n    history: [\n        Change(),\n    ],\n)\n"),
            "{out}"
        );
        let empty = "Review(\n    history: [],\n)\n";
        assert_eq!(
            append_item(empty, "history", "C()").unwrap(),
            "Review(\n    history: [\n        C(),\n    ],\n)\n"
        );
    }

    #[test]
    fn a_last_item_without_comma_gets_one() {
        let text = "Review(\n    history: [\n        A()\n    ],\n)\n";
        assert_eq!(
            append_item(text, "history", "B()").unwrap(),
            "Review(\n    history: [\n        A(),\n        B(),\n    ],\n)\n"
        );
    }

    #[test]
    fn comments_after_the_last_item_or_field_stay_on_their_line() {
        let text = "R(\n    a: [\n        X(), // note\n    ],\n    b: 1 // last\n)\n";
        assert_eq!(
            append_item(text, "a", "Y()").unwrap(),
            "R(\n    a: [\n        X(), // note\n        Y(),\n    ],\n    b: 1 // last\n)\n"
        );
        assert_eq!(
            set_field(text, "c", "2").unwrap(),
            "R(\n    a: [\n        X(), // note\n    ],\n    b: 1, // last\n    c: 2,\n)\n"
        );
    }

    #[test]
    fn one_line_lists_and_records_stay_on_one_line() {
        assert_eq!(
            append_item("R(a: [X()])", "a", "Y()").unwrap(),
            "R(a: [X(), Y()])"
        );
        assert_eq!(set_field("R(a: 1)", "b", "2").unwrap(), "R(a: 1, b: 2)");
    }

    #[test]
    fn non_records_and_non_lists_are_refused() {
        assert_eq!(record("[A(), B()]").err(), Some(EditError::NotARecord));
        assert_eq!(
            append_item(REVIEW, "status", "X").err(),
            Some(EditError::NotAList("status".into()))
        );
        assert_eq!(
            set_field("Review(", "a", "b").err(),
            Some(EditError::NotARecord)
        );
    }

    #[test]
    fn string_literals_escape_what_ron_needs() {
        assert_eq!(string_literal("a\"b\\c\nد"), "\"a\\\"b\\\\c\\nد\"");
        let hostile = "x\u{7}\u{202e}\"";
        let literal = string_literal(hostile);
        assert_eq!(literal, "\"x\\u{7}\\u{202e}\\\"\"");
        let parsed: String = ron::from_str(&literal).unwrap();
        assert_eq!(parsed, hostile);
    }
}
