//! Dates as annotators know them: a year, a month or a full day.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

/// A calendar date of which the month and day may be unknown.
///
/// Ordering puts a partial date before the full dates it contains
/// (`2020` < `2020-09` < `2020-09-28`), so "earliest" stays well defined.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub struct PartialDate {
    /// The year, four digits as written (`2020`).
    pub year: i16,
    /// The month, 1–12; `None` when only the year is known.
    pub month: Option<i8>,
    /// The day of the month, 1–31; `None` when only the year or month is known.
    pub day: Option<i8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(text: &str) -> Result<Self, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize, what: &str| -> Result<i16, String> {
            if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("the {what} must be {len} digits"));
            }
            s.parse::<i16>().map_err(|e| e.to_string())
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (number(y, 4, "year")?, None, None),
            [y, m] => (number(y, 4, "year")?, Some(number(m, 2, "month")?), None),
            [y, m, d] => (
                number(y, 4, "year")?,
                Some(number(m, 2, "month")?),
                Some(number(d, 2, "day")?),
            ),
            _ => return Err("expected YYYY, YYYY-MM or YYYY-MM-DD".into()),
        };
        let month = month.map(|m| m as i8);
        let day = day.map(|d| d as i8);
        let check_month = month.unwrap_or(1);
        jiff::civil::Date::new(year, check_month, day.unwrap_or(1))
            .map_err(|_| format!("{text} is not a calendar date"))?;
        Ok(PartialDate { year, month, day })
    }
}

/// Where one partial date lies relative to another, as far as their
/// precision tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Relative {
    /// Every day it may mean comes before every day the other may mean.
    Before,
    /// The periods share a day: `2020-11` against `2020-11-05`, or equal dates.
    Overlaps,
    /// Every day it may mean comes after every day the other may mean.
    After,
}

impl PartialDate {
    /// The first day the date may mean: `2020-09` → 2020-09-01.
    pub fn first_day(&self) -> (i16, i8, i8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date may mean: `2020-09` → 2020-09-30, `2020` → 2020-12-31.
    pub fn last_day(&self) -> (i16, i8, i8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| {
            jiff::civil::Date::new(self.year, month, 1)
                .map(|d| d.days_in_month())
                .unwrap_or(31)
        });
        (self.year, month, day)
    }

    /// Where `self` lies relative to `other`: only [`Relative::After`] when
    /// it is after whichever day `other` means (`2020-12` is after
    /// `2020-11-30`; `2020-11` overlaps `2020-11-05`).
    ///
    /// # Example
    /// ```
    /// use claimgraph::model::date::{PartialDate, Relative};
    /// let day = PartialDate::parse("2020-11-05").unwrap();
    /// let month = PartialDate::parse("2020-11").unwrap();
    /// let later = PartialDate::parse("2020-12").unwrap();
    /// assert_eq!(month.relative_to(&day), Relative::Overlaps);
    /// assert_eq!(later.relative_to(&day), Relative::After);
    /// assert_eq!(day.relative_to(&later), Relative::Before);
    /// ```
    pub fn relative_to(&self, other: &PartialDate) -> Relative {
        if self.first_day() > other.last_day() {
            Relative::After
        } else if self.last_day() < other.first_day() {
            Relative::Before
        } else {
            Relative::Overlaps
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The shape [`PartialDate`]'s `Serialize` writes: one string, the year
/// alone, the year and month, or the whole day.
impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date as far as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.",
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_round_trip_and_order() {
        let y = PartialDate::parse("2020").unwrap();
        let m = PartialDate::parse("2020-09").unwrap();
        let d = PartialDate::parse("2020-09-28").unwrap();
        assert_eq!(
            (y.to_string(), m.to_string(), d.to_string()),
            ("2020".into(), "2020-09".into(), "2020-09-28".into())
        );
        assert!(y < m && m < d);
        assert!(d < PartialDate::parse("2020-10").unwrap());
    }

    #[test]
    fn impossible_or_malformed_dates_are_rejected() {
        for bad in [
            "2021-02-29",
            "2020-13",
            "20-01-01",
            "2020/09/28",
            "",
            "2020-9-1",
            "2020-09-28-1",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
        assert!(PartialDate::parse("2020-02-29").is_ok());
    }
}
