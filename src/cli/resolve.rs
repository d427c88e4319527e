//! From what was typed to what the library takes: names and aliases become
//! record ids, flag values become typed requests. Every malformed value is a
//! usage error here, before any command runs (ripgrep's low → high args).

use claimgraph::edit::review::{EvidenceTarget, ReviewWrite};
use claimgraph::error::CommandError;
use claimgraph::formats::csv::{FIELDS, Mapping};
use claimgraph::lookup::resolve::resolve;
use claimgraph::model::date::PartialDate;
use claimgraph::model::{Dataset, Publisher, RecordKind};
use claimgraph::query::listing::Filter;
use claimgraph::query::statements::StatementFilter;
use claimgraph::text::url::is_web_address;
use claimgraph::vocab::Channel;

use crate::cli::args::{self, Filters, StatementFilters};

/// Resolves ids against one data set.
pub(crate) struct Resolver<'d> {
    pub(crate) data: &'d Dataset,
}

impl Resolver<'_> {
    /// The claim `query` names.
    pub(crate) fn claim(&self, query: &str) -> Result<String, CommandError> {
        Ok(resolve(self.data, query, &[RecordKind::Claim])?)
    }

    /// The actor or outlet `query` names.
    pub(crate) fn speaker(&self, query: &str) -> Result<String, CommandError> {
        Ok(resolve(self.data, query, &RecordKind::PARTIES)?)
    }

    /// The source `query` names.
    pub(crate) fn source(&self, query: &str) -> Result<String, CommandError> {
        Ok(resolve(self.data, query, &[RecordKind::Source])?)
    }

    /// Any record `query` names.
    pub(crate) fn any(&self, query: &str) -> Result<String, CommandError> {
        Ok(resolve(self.data, query, RecordKind::ALL)?)
    }

    /// The statement filters of `claims` and `actors`.
    pub(crate) fn filter(&self, filters: &Filters) -> Result<Filter, CommandError> {
        let about = RecordKind::TOPICS;
        let one = |query: &Option<String>, kinds: &[RecordKind]| {
            query
                .as_deref()
                .map(|q| resolve(self.data, q, kinds))
                .transpose()
        };
        Ok(Filter {
            about: one(&filters.about, &about)?,
            by: one(&filters.by, &RecordKind::PARTIES)?,
            members: filters.members,
            outlet: one(&filters.outlet, &[RecordKind::Outlet])?,
            stance: filters.stance,
        })
    }

    /// The filters of `statements`: those of `claims`, then the claim,
    /// source, channel and dates.
    pub(crate) fn statement_filter(
        &self,
        filters: &StatementFilters,
    ) -> Result<StatementFilter, CommandError> {
        let date = |flag: &str, value: &Option<String>| {
            value
                .as_deref()
                .map(|text| date_flag(flag, text))
                .transpose()
        };
        Ok(StatementFilter {
            listing: self.filter(&filters.listing)?,
            claim: filters
                .claim
                .as_deref()
                .map(|q| self.claim(q))
                .transpose()?,
            source: filters
                .source
                .as_deref()
                .map(|q| self.source(q))
                .transpose()?,
            channel: filters
                .channel
                .as_deref()
                .map(|q| self.channel(q))
                .transpose()?,
            since: date("since", &filters.since)?,
            until: date("until", &filters.until)?,
        })
    }

    /// The channel `query` names: a channel of the vocabulary
    /// ([`vocabulary_channel`]), or the words of an `Other` channel in the
    /// data.
    fn channel(&self, query: &str) -> Result<Channel, CommandError> {
        if let Some(channel) = vocabulary_channel(query) {
            return Ok(channel);
        }
        let mut known: Vec<Channel> = Channel::NAMED.to_vec();
        for s in self.data.statements.values() {
            if let Some(c @ Channel::Other(_)) = &s.channel
                && !known.contains(c)
            {
                known.push(c.clone());
            }
        }
        known
            .iter()
            .find(|c| channel_key(c.name()) == channel_key(query))
            .cloned()
            .ok_or_else(|| {
                let names: Vec<&str> = known.iter().map(Channel::name).collect();
                CommandError::Usage(format!(
                    "--channel `{query}` is no channel; the channels are {}",
                    names.join(", ")
                ))
            })
    }

    /// What every review writer takes: the claim resolved, the date parsed.
    pub(crate) fn review_write(
        &self,
        common: &args::ReviewWrite,
    ) -> Result<ReviewWrite, CommandError> {
        let date = common
            .date
            .as_deref()
            .map(|date| date_flag("date", date))
            .transpose()?;
        Ok(ReviewWrite {
            claim: self.claim(&common.claim)?,
            by: common.by.clone(),
            date,
            dry_run: common.dry_run,
        })
    }

    /// `--points-to`: an http(s) URL, or a statement, source or claim.
    pub(crate) fn evidence_target(&self, points_to: &str) -> Result<EvidenceTarget, CommandError> {
        if points_to.starts_with("http://") || points_to.starts_with("https://") {
            if !is_web_address(points_to) {
                return Err(CommandError::Usage(format!(
                    "--points-to `{points_to}` is not a web address"
                )));
            }
            return Ok(EvidenceTarget::Url(points_to.to_string()));
        }
        let kinds = [RecordKind::Statement, RecordKind::Source, RecordKind::Claim];
        let id = resolve(self.data, points_to, &kinds)?;
        Ok(match self.data.kind_of(&id) {
            Some(RecordKind::Statement) => EvidenceTarget::Statement(id),
            Some(RecordKind::Source) => EvidenceTarget::Source(id),
            _ => EvidenceTarget::Claim(id),
        })
    }
}

/// `--map field=Header` pairs and `--delimiter` as a CSV column mapping.
pub(crate) fn mapping(pairs: &[String], delimiter: Option<&str>) -> Result<Mapping, CommandError> {
    let mut mapping = Mapping::default();
    mapping.delimiter = delimiter.map(csv_delimiter).transpose()?;
    for pair in pairs {
        let Some((field, header)) = pair.split_once('=') else {
            return Err(CommandError::Usage(format!(
                "--map `{pair}` is not field=Header, e.g. --map claim=\"Claim text\""
            )));
        };
        mapping.set(field, header).map_err(|field| {
            CommandError::Usage(format!(
                "--map names unknown field `{field}`; the fields are {}",
                FIELDS.join(", ")
            ))
        })?;
    }
    Ok(mapping)
}

/// Our publisher identity for a ClaimReview export: `--publisher-name` and
/// `--publisher-url` win over `claimgraph.toml`'s; a URL alone needs a name.
pub(crate) fn publisher(
    configured: Option<&Publisher>,
    name: Option<&str>,
    url: Option<&str>,
) -> Result<Option<Publisher>, CommandError> {
    if let Some(url) = url
        && !is_web_address(url)
    {
        return Err(CommandError::Usage(format!(
            "--publisher-url {url}: not a web address (write it in full, https://…)"
        )));
    }
    let name = name
        .map(str::to_string)
        .or_else(|| configured.map(|p| p.name.clone()));
    let Some(name) = name else {
        return match url {
            Some(_) => Err(CommandError::Usage(
                "--publisher-url needs --publisher-name (or a [publisher] name in claimgraph.toml)"
                    .into(),
            )),
            None => Ok(None),
        };
    };
    let url = url
        .map(str::to_string)
        .or_else(|| configured.and_then(|p| p.url.clone()));
    Ok(Some(Publisher { name, url }))
}

/// A `--delimiter` value: `tab` (or `\t`) or one ASCII character that is not
/// a letter, a digit, a quote or a line break.
fn csv_delimiter(written: &str) -> Result<u8, CommandError> {
    match written {
        "tab" | "TAB" | "\\t" | "\t" => return Ok(b'\t'),
        _ => {}
    }
    match written.as_bytes() {
        [byte] if byte.is_ascii_graphic() || *byte == b' ' => {
            if byte.is_ascii_alphanumeric() || *byte == b'"' {
                Err(CommandError::Usage(format!(
                    "--delimiter `{written}` cannot separate cells; use `,` `;` `|` or `tab`"
                )))
            } else {
                Ok(*byte)
            }
        }
        _ => Err(CommandError::Usage(format!(
            "--delimiter `{written}` is not one character; use `,` `;` `|` or `tab`"
        ))),
    }
}

/// The pairs `similar --write --pick` names, by rank, in the order given.
pub(crate) fn picked_pairs<'p>(
    pairs: &'p [claimgraph::query::similar::Pair],
    ranks: &[usize],
) -> Result<Vec<&'p claimgraph::query::similar::Pair>, CommandError> {
    let mut picked: Vec<&claimgraph::query::similar::Pair> = Vec::new();
    for &rank in ranks {
        let Some(pair) = pairs.iter().find(|p| p.rank == rank) else {
            return Err(CommandError::Usage(format!(
                "--pick {rank}: `similar` lists {} with these options; pick a rank it shows",
                claimgraph::text::words::count(pairs.len(), "pair")
            )));
        };
        if !picked.iter().any(|p| p.rank == rank) {
            picked.push(pair);
        }
    }
    Ok(picked)
}

/// `similar --min-score`, or its default: lower when one claim is asked about.
pub(crate) fn min_score(given: Option<f64>, one_claim: bool) -> Result<f64, CommandError> {
    use claimgraph::query::similar::{DEFAULT_MIN_SCORE, DEFAULT_MIN_SCORE_FOR_ONE_CLAIM};
    match given {
        Some(score) if !(0.0..=1.0).contains(&score) => Err(CommandError::Usage(format!(
            "--min-score must be from 0 to 1, not {score}"
        ))),
        Some(score) => Ok(score),
        None if one_claim => Ok(DEFAULT_MIN_SCORE_FOR_ONE_CLAIM),
        None => Ok(DEFAULT_MIN_SCORE),
    }
}

/// The value of a date flag (`--since 2020-09`), or a usage error naming it.
pub(crate) fn date_flag(flag: &str, text: &str) -> Result<PartialDate, CommandError> {
    PartialDate::parse(text).map_err(|why| CommandError::Usage(format!("--{flag} {text}: {why}")))
}

/// The channel of the vocabulary `query` names, written in any case with or
/// without hyphens (`press-release`, `PressRelease`); `None` for anything
/// else, which only the data's `Other` channels can name.
pub(crate) fn vocabulary_channel(query: &str) -> Option<Channel> {
    Channel::NAMED
        .iter()
        .find(|c| channel_key(c.name()) == channel_key(query))
        .cloned()
}

/// A channel's name as `--channel` compares it: lowercase, without `-`, `_`
/// or spaces.
fn channel_key(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}
