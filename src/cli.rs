//! The command line: every subcommand and option, with its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::export::Format as ExportFormat;
use crate::model::{RecordKind, Stance};

/// Trace who said what: attribution chains, echoes, denials and contradictions
/// from hand-annotated RON.
///
/// Exit status: 0 success; 1 the data has errors (or warnings with
/// --deny-warnings); 2 bad usage, such as an unknown id or option.
#[derive(Debug, Parser)]
#[command(name = "claimgraph", version, max_term_width = 100)]
pub struct Cli {
    /// Directory holding the RON data.
    #[arg(long, global = true, env = "CLAIMGRAPH_DATA", default_value = "data")]
    pub data: PathBuf,

    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,

    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Also print what was loaded and how long it took.
    #[arg(short, long, global = true)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// How answers are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Trees and tables for people.
    Text,
    /// JSON for pipelines.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse and check every file; report all problems at once.
    Check {
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// The attribution tree from every document carrying a claim back to its speakers.
    Trace {
        /// Claim id, or its text in any language.
        claim: String,
    },
    /// A claim's distinct original speakers, grouped by affiliation, with echo figures.
    Origins {
        /// Claim id, or its text in any language.
        claim: String,
    },
    /// Everything an actor stated, by stance, and everything it relayed.
    Said {
        /// Actor or outlet id, name or alias.
        actor: String,
        /// Include actors that are members of this one.
        #[arg(long)]
        members: bool,
    },
    /// Explicit and implied contradictions, with who stands on each side.
    Contradictions {
        /// Only those touching this claim.
        claim: Option<String>,
    },
    /// Any record with all its relations.
    Show {
        /// Any id, name or alias.
        id: String,
    },
    /// Find actors, outlets, entities, claims, sources and quotes by any name,
    /// alias or words, in any script; ranked, with the reason for each hit.
    ///
    /// Arabic is folded: hamza and madda forms of alef, diacritics, tatweel,
    /// the article ال, ى/ي and ة/ه, so اسكندر, إسكندر and الإسكندر all match.
    Search {
        /// Words to look for; several words are one query.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        /// Only records of this kind (repeat for several).
        #[arg(long, value_enum)]
        kind: Vec<KindArg>,
        /// Show at most this many hits.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Counts of everything.
    Stats,
    /// For each source: claims, statements, speakers and outlets annotated, the
    /// share of its sentences quoted, and every sentence no quote covers.
    Coverage {
        /// Only this source (id or title).
        source: Option<String>,
    },
    /// List claims, narrowed by filters on their statements.
    Claims(Filters),
    /// List actors, narrowed by filters on their statements.
    Actors(Filters),
    /// Write the graph for other tools.
    Export {
        /// What to write.
        #[arg(value_enum, value_name = "FORMAT")]
        to: ExportFormat,
        /// Only this claim's attribution neighbourhood.
        #[arg(long, conflicts_with = "around")]
        claim: Option<String>,
        /// Only the records around this one.
        #[arg(long)]
        around: Option<String>,
        /// Hops to take from --around.
        #[arg(long, default_value_t = 2, requires = "around")]
        depth: usize,
    },
}

/// Filters shared by `claims` and `actors`.
#[derive(Debug, Args)]
pub struct Filters {
    /// Statements about this entity.
    #[arg(long)]
    pub about: Option<String>,
    /// Statements by this actor or its members.
    #[arg(long)]
    pub by: Option<String>,
    /// Statements published or relayed by this outlet.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Statements with this stance.
    #[arg(long, value_enum)]
    pub stance: Option<StanceArg>,
}

/// A record kind as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Actor,
    Outlet,
    Entity,
    Claim,
    Source,
    Statement,
}

impl From<KindArg> for RecordKind {
    fn from(value: KindArg) -> Self {
        match value {
            KindArg::Actor => RecordKind::Actor,
            KindArg::Outlet => RecordKind::Outlet,
            KindArg::Entity => RecordKind::Entity,
            KindArg::Claim => RecordKind::Claim,
            KindArg::Source => RecordKind::Source,
            KindArg::Statement => RecordKind::Statement,
        }
    }
}

/// A stance as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StanceArg {
    Affirms,
    Denies,
    Hedges,
    Reports,
}

impl From<StanceArg> for Stance {
    fn from(value: StanceArg) -> Self {
        match value {
            StanceArg::Affirms => Stance::Affirms,
            StanceArg::Denies => Stance::Denies,
            StanceArg::Hedges => Stance::Hedges,
            StanceArg::Reports => Stance::Reports,
        }
    }
}
