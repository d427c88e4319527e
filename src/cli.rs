//! The command line: every subcommand and option, with its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::export::Format as ExportFormat;
use crate::model::{Bearing, EvidenceGrade, RecordKind, ReviewStatus, Stance, Verdict};

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
    /// The fact-check workflow: the review queue and commands that write reviews.
    #[command(subcommand)]
    Review(ReviewCommand),
    /// A fact-check brief on one claim: wording, attribution tree, origins and
    /// echoes, contradictions, evidence, verdict and the chain graph.
    Report {
        /// Claim id, or its text in any language.
        claim: String,
        /// Markdown or HTML.
        #[arg(long = "to", value_enum, default_value_t = ReportFormat::Markdown)]
        to: ReportFormat,
        /// Write to this file (which must not exist) instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The chain graph: drawn as SVG by Graphviz (`svg`), as DOT source
        /// (`dot`), or SVG when Graphviz is installed (`auto`).
        #[arg(long, value_enum, default_value_t = crate::report::GraphMode::Auto)]
        graph: crate::report::GraphMode,
    },
    /// Read other desks' data (ClaimReview JSON-LD, CSV) into new RON files.
    #[command(subcommand)]
    Import(ImportCommand),
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

/// The fact-check workflow: which claims to check, and recording reviews.
#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Claims without a finished review, most urgent first, with the reasons
    /// for each rank.
    Queue {
        /// Show at most this many claims.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Open a review of a claim: creates `reviews/CLAIM.ron`, status InProgress.
    Start {
        #[command(flatten)]
        common: ReviewWrite,
    },
    /// Change a review's status, verdict, rationale, reviewer or URL.
    Set {
        #[command(flatten)]
        common: ReviewWrite,
        /// New status.
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
        /// The verdict.
        #[arg(long, value_enum)]
        verdict: Option<VerdictArg>,
        /// Why the verdict follows from the evidence.
        #[arg(long)]
        rationale: Option<String>,
        /// Where the review is published.
        #[arg(long)]
        url: Option<String>,
    },
    /// Add an evidence item to a review.
    Evidence {
        #[command(flatten)]
        common: ReviewWrite,
        /// A statement id, source id, claim id, or an http(s) URL.
        #[arg(long)]
        points_to: String,
        /// How much the evidence weighs.
        #[arg(long, value_enum)]
        grade: GradeArg,
        /// Whether it supports or refutes the claim.
        #[arg(long, value_enum)]
        bearing: BearingArg,
        /// What the evidence shows.
        #[arg(long)]
        note: Option<String>,
    },
    /// Mark a review Published, after checking it has a verdict and evidence.
    Publish {
        #[command(flatten)]
        common: ReviewWrite,
        /// Where the review is published.
        #[arg(long)]
        url: Option<String>,
    },
}

/// What every command that writes a review takes.
#[derive(Debug, Args)]
pub struct ReviewWrite {
    /// The claim reviewed: id, or its text in any language.
    pub claim: String,
    /// Who is making the change; recorded in the review's history.
    #[arg(long, env = "CLAIMGRAPH_REVIEWER")]
    pub by: Option<String>,
    /// The date to record (YYYY-MM-DD); today when left out.
    #[arg(long)]
    pub date: Option<String>,
    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// A review status as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Unreviewed,
    InProgress,
    NeedsMoreEvidence,
    Reviewed,
    Published,
}

/// A verdict as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerdictArg {
    False,
    Misleading,
    Mixed,
    MostlyTrue,
    True,
    Unproven,
    NotCheckable,
}

/// An evidence grade as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GradeArg {
    PhysicalEvidence,
    OfficialDocument,
    OnRecord,
    Anonymous,
    Hearsay,
}

/// An evidence bearing as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BearingArg {
    Supports,
    Refutes,
}

/// Reading other desks' data into RON.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Read schema.org ClaimReview JSON-LD (an object, an array, an @graph or
    /// a DataFeed) and write its claims, claimants, outlets and reviews as new
    /// RON files, matching records that already exist.
    Claimreview {
        /// JSON-LD files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Report what would be written, as diffs, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Read a fact-check spreadsheet saved as CSV (claim, claimant, date, url,
    /// outlet, verdict) and write it as new RON files.
    Csv {
        /// CSV files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Column mapping: `field=Header` pairs, e.g. `--map claim="Claim text"`.
        #[arg(long = "map", value_name = "FIELD=HEADER")]
        mapping: Vec<String>,
        /// Report what would be written, as diffs, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Formats of the fact-check brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown, with the chain graph as a DOT block or inline SVG.
    Markdown,
    /// A standalone HTML page with the chain graph as inline SVG.
    Html,
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

impl From<VerdictArg> for Verdict {
    fn from(value: VerdictArg) -> Self {
        match value {
            VerdictArg::False => Verdict::False,
            VerdictArg::Misleading => Verdict::Misleading,
            VerdictArg::Mixed => Verdict::Mixed,
            VerdictArg::MostlyTrue => Verdict::MostlyTrue,
            VerdictArg::True => Verdict::True,
            VerdictArg::Unproven => Verdict::Unproven,
            VerdictArg::NotCheckable => Verdict::NotCheckable,
        }
    }
}

impl From<StatusArg> for ReviewStatus {
    fn from(value: StatusArg) -> Self {
        match value {
            StatusArg::Unreviewed => ReviewStatus::Unreviewed,
            StatusArg::InProgress => ReviewStatus::InProgress,
            StatusArg::NeedsMoreEvidence => ReviewStatus::NeedsMoreEvidence,
            StatusArg::Reviewed => ReviewStatus::Reviewed,
            StatusArg::Published => ReviewStatus::Published,
        }
    }
}

impl From<GradeArg> for EvidenceGrade {
    fn from(value: GradeArg) -> Self {
        match value {
            GradeArg::PhysicalEvidence => EvidenceGrade::PhysicalEvidence,
            GradeArg::OfficialDocument => EvidenceGrade::OfficialDocument,
            GradeArg::OnRecord => EvidenceGrade::OnRecord,
            GradeArg::Anonymous => EvidenceGrade::Anonymous,
            GradeArg::Hearsay => EvidenceGrade::Hearsay,
        }
    }
}

impl From<BearingArg> for Bearing {
    fn from(value: BearingArg) -> Self {
        match value {
            BearingArg::Supports => Bearing::Supports,
            BearingArg::Refutes => Bearing::Refutes,
        }
    }
}
