//! A diagnostic in the shape `check --format json` prints: positions
//! resolved to a file name, a line and a column.

use schemars::JsonSchema;
use serde::Serialize;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::json::Answer;
use crate::source::files::Files;

/// What `check --format json` prints: the counts and every diagnostic.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CheckReport {
    /// How many diagnostics are errors.
    pub errors: usize,
    /// How many are warnings.
    pub warnings: usize,
    /// How many statements checked clean.
    pub statements: usize,
    /// Every diagnostic, in the order found.
    pub diagnostics: Vec<DiagnosticJson>,
}

impl Answer for CheckReport {
    const SCHEMA: &'static str = "check";
}

/// A diagnostic in the shape `check --format json` prints.
#[derive(Debug, Serialize, JsonSchema)]
pub struct DiagnosticJson {
    /// `error` or `warning`.
    pub severity: Severity,
    /// The problem's stable name, as [`Code::name`] spells it (`quote-not-found`).
    pub code: Code,
    /// What is wrong.
    pub message: String,
    /// The file of the primary location, as the run named it.
    pub file: Option<String>,
    /// Its line, from 1.
    pub line: Option<usize>,
    /// Its column, from 1, in characters.
    pub column: Option<usize>,
    /// What the caret says.
    pub label: String,
    /// What to do about it.
    pub hint: Option<String>,
}

impl DiagnosticJson {
    /// `diagnostic` with its position resolved in `files`.
    pub fn new(diagnostic: &Diagnostic, files: &Files) -> Self {
        let position = diagnostic.position(files);
        DiagnosticJson {
            severity: diagnostic.severity,
            code: diagnostic.code,
            message: diagnostic.message.clone(),
            file: position.as_ref().map(|p| p.0.clone()),
            line: position.as_ref().map(|p| p.1),
            column: position.as_ref().map(|p| p.2),
            label: diagnostic.label.clone(),
            hint: diagnostic.hint.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_written_in_json_by_its_stable_name() {
        for code in [
            Code::Io,
            Code::UnknownField,
            Code::QuoteNotFound,
            Code::ReviewIncomplete,
        ] {
            assert_eq!(serde_json::to_value(code).unwrap(), code.name());
        }
    }
}
