//! The command line: every subcommand and option, with its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use claimgraph::formats::Format as ExportFormat;
use claimgraph::present::brief::{GraphMode, ReportFormat};
use claimgraph::vocab::{Bearing, EvidenceGrade, RecordKind, ReviewStatus, Stance, Verdict};

/// Trace who said what: attribution chains, echoes, denials and contradictions
/// from hand-annotated RON.
///
/// Exit status: 0 success; 1 the data has errors (or warnings with
/// --deny-warnings); 2 bad usage, such as an unknown id or option.
#[derive(Debug, Parser)]
#[command(name = "claimgraph", version, max_term_width = 100)]
pub(crate) struct Cli {
    /// Directory holding the RON data.
    #[arg(
        long,
        global = true,
        env = "CLAIMGRAPH_DATA",
        default_value = "data",
        help_heading = GLOBAL
    )]
    pub(crate) data: PathBuf,

    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = OutputFormat::Text, help_heading = GLOBAL)]
    pub(crate) format: OutputFormat,

    /// When to colour answers and diagnostics.
    ///
    /// `auto` colours answers when stdout is a terminal and diagnostics when
    /// stderr is one, unless NO_COLOR is set and not empty (never) or else
    /// CLICOLOR_FORCE is (always). `always` and `never` override both.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value_t = ColorWhen::Auto,
        help_heading = GLOBAL
    )]
    pub(crate) color: ColorWhen,

    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose", help_heading = GLOBAL)]
    pub(crate) quiet: bool,

    /// Also print what was loaded and how long it took.
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub(crate) verbose: bool,

    /// When the data has errors, answer read commands from the records that
    /// checked clean, with a warning on stderr, instead of refusing.
    /// `report`, `import` and the review writers always need clean data.
    #[arg(
        long,
        global = true,
        env = "CLAIMGRAPH_PARTIAL",
        value_parser = clap::builder::BoolishValueParser::new(),
        help_heading = GLOBAL
    )]
    pub(crate) partial: bool,

    /// Refuse to answer while the data has errors (the default); overrides
    /// --partial and CLAIMGRAPH_PARTIAL.
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub(crate) strict: bool,

    /// Load and check the data afresh, neither reading nor writing the load
    /// cache (DIR/.claimgraph-cache). The cache is used only while every
    /// data file, seed text and this binary are unchanged, so its answers
    /// are the same; this is for measuring, or for doubting it.
    #[arg(
        long,
        global = true,
        env = "CLAIMGRAPH_NO_CACHE",
        value_parser = clap::builder::BoolishValueParser::new(),
        help_heading = GLOBAL
    )]
    pub(crate) no_cache: bool,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The help heading of the options every subcommand takes, so that a
/// subcommand's own options stand apart from them.
pub(crate) const GLOBAL: &str = "Global options";

/// `--color`: when answers and diagnostics carry ANSI colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    /// Colour a stream only when it is a terminal, unless NO_COLOR or
    /// CLICOLOR_FORCE says otherwise.
    Auto,
    /// Always colour, whatever the streams and the environment.
    Always,
    /// Never colour.
    Never,
}

/// How answers are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// Trees and tables for people.
    Text,
    /// JSON for pipelines: one object.
    Json,
    /// JSON Lines, one object per line: only for commands that list
    /// records (`statements`, `claims`, `search`, …); the others refuse it.
    Jsonl,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
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
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        claim: Option<String>,
        /// The origins of every claim, in data order, in one run: in JSON an
        /// array holding one `origins` answer per claim.
        #[arg(long)]
        all: bool,
    },
    /// Every statement of a claim in date order, and who stated it first.
    Timeline {
        /// Claim id, or its text in any language.
        claim: String,
    },
    /// Everything an actor stated, by stance, and everything it relayed.
    Said {
        /// Actor or outlet id, name or alias.
        actor: String,
        /// Also what the actors and outlets belonging to it, directly or
        /// through others, said and carried (as `claims --by X --members`).
        #[arg(long)]
        members: bool,
    },
    /// Explicit and implied contradictions, with who stands on each side.
    Contradictions {
        /// Only those touching this claim.
        claim: Option<String>,
    },
    /// Pairs of claims that may be one proposition worded twice, with a score and reasons.
    ///
    /// Across languages and documents: each pair says what the claims share
    /// (entities, subject/predicate/object, English and original-language
    /// words, speakers, months, numbers). Pairs whose claims are each
    /// other's best match come first. Nothing is written unless `--write`
    /// names the pairs to record as SameAs relations.
    Similar {
        /// Only pairs with this claim (id, or its text in any language).
        #[arg(long)]
        claim: Option<String>,
        /// The least score of a suggestion, from 0 to 1 [default: 0.2; 0.05
        /// with --claim].
        #[arg(long)]
        min_score: Option<f64>,
        /// Show at most this many pairs.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Also pair claims that one document states both of (left out by
        /// default: an annotator files a document's restatements under one
        /// claim).
        #[arg(long)]
        same_document: bool,
        /// Append the picked pairs to relations.ron as SameAs relations,
        /// keeping every comment and line of the file.
        #[arg(long, requires = "pick")]
        write: bool,
        /// The rank of a pair to write, as listed (repeat for several).
        #[arg(long, value_name = "RANK", requires = "write")]
        pick: Vec<usize>,
        /// With --write: show the change as a diff and write nothing.
        #[arg(long, requires = "write")]
        dry_run: bool,
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
        kind: Vec<RecordKind>,
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
    /// List statements, one row each (speaker, stance, claim, document,
    /// date, quote), in data order, narrowed by filters; `--stance denies`
    /// lists every denial.
    Statements(StatementFilters),
    /// List sources (documents), narrowed by filters on their statements.
    Sources(SourceFilters),
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
        #[command(flatten)]
        file: OutputFile,
        /// The chain graph: drawn as SVG by Graphviz (`svg`), as DOT source
        /// (`dot`), or SVG when Graphviz is installed (`auto`).
        #[arg(long, value_enum, default_value_t = GraphMode::Auto)]
        graph: GraphMode,
        /// html: also embed the interactive chain view of `view --claim`
        /// (scripts allowed by their hashes only); the static graph stays,
        /// for print.
        #[arg(long)]
        interactive: bool,
    },
    /// Read other desks' data (ClaimReview JSON-LD, CSV) into new RON files.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write the graph for other tools.
    Export {
        /// What to write.
        #[arg(value_enum, value_name = "FORMAT")]
        to: ExportFormat,
        #[command(flatten)]
        part: GraphPart,
        /// claimreview: our desk's name, the `author` of every review
        /// (overrides `claimgraph.toml`).
        #[arg(long)]
        publisher_name: Option<String>,
        /// claimreview: our desk's home page (overrides `claimgraph.toml`).
        #[arg(long)]
        publisher_url: Option<String>,
        #[command(flatten)]
        file: OutputFile,
        /// turtle, ntriples: the namespace of every record's IRI, an http(s)
        /// address ending in `/` or `#` (overrides `claimgraph.toml`'s
        /// `[rdf] base`; default https://claimgraph.example/id/).
        #[arg(long, value_name = "IRI")]
        base: Option<String>,
        /// csv: write the files `neo4j-admin database import` reads (one per
        /// node label and relationship type) into --dir, instead of one edge
        /// table on stdout.
        #[arg(long, requires = "dir")]
        neo4j: bool,
        /// csv --neo4j: the folder to write into; existing files are never
        /// overwritten.
        #[arg(long, value_name = "DIR", requires = "neo4j")]
        dir: Option<PathBuf>,
    },
    /// Write the graph, a claim or a neighbourhood as one offline,
    /// interactive HTML page.
    ///
    /// Drag and zoom, click a node for its names and statements (a claim for
    /// its attribution tree), filter by stance, kind, side, outlet and date,
    /// search in any script. The page needs no network and opens from a
    /// file (docs/view.md).
    View {
        #[command(flatten)]
        part: GraphPart,
        #[command(flatten)]
        file: OutputFile,
    },
    /// Manage the load cache, a checked copy of the data kept in
    /// DIR/.claimgraph-cache so that the next command skips loading.
    #[command(subcommand)]
    Cache(CacheCommand),
    /// Print the completion script for a shell.
    ///
    /// Source it, or save it where the shell looks: e.g.
    /// `claimgraph completions bash > ~/.local/share/bash-completion/completions/claimgraph`.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page, in roff: `claimgraph man | man -l -`.
    Man {
        /// The subcommand whose page to print (`review set`); the main page,
        /// claimgraph(1), when left out.
        subcommand: Vec<String>,
    },
}

/// The part of the graph a command writes (`export`, `view`): a claim's
/// neighbourhood, the records around one, or (with neither) the whole graph.
#[derive(Debug, Args)]
pub(crate) struct GraphPart {
    /// Only this claim's attribution neighbourhood.
    #[arg(long, conflicts_with = "around")]
    pub(crate) claim: Option<String>,
    /// Only the records around this one.
    #[arg(long)]
    pub(crate) around: Option<String>,
    /// Hops to take from --around.
    #[arg(long, default_value_t = 2, requires = "around")]
    pub(crate) depth: usize,
}

/// Where a command that writes a document (`export`, `report`, `view`) puts it.
#[derive(Debug, Args)]
pub(crate) struct OutputFile {
    /// Write to this file instead of standard output: all at once or not at
    /// all (nothing is created on failure); an existing file only with --force.
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// With --output, replace the file if it exists.
    #[arg(long, requires = "output")]
    pub(crate) force: bool,
}

/// The fact-check workflow: which claims to check, and recording reviews.
#[derive(Debug, Subcommand)]
pub(crate) enum ReviewCommand {
    /// Claims without a finished review, most urgent first, with the reasons
    /// for each rank.
    Queue {
        /// Show at most this many claims.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Statements of fact-checked claims dated after the check was published:
    /// who repeated the claim, where, when and with what stance. For cron or
    /// CI after each data update (`--format jsonl`: one repeat a line).
    Repeats {
        /// Only this claim (id, or its text in any language).
        #[arg(long)]
        claim: Option<String>,
        /// Only statements dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
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
        status: Option<ReviewStatus>,
        /// The verdict.
        #[arg(long, value_enum)]
        verdict: Option<Verdict>,
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
        grade: EvidenceGrade,
        /// Whether it supports or refutes the claim.
        #[arg(long, value_enum)]
        bearing: Bearing,
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
pub(crate) struct ReviewWrite {
    /// The claim reviewed: id, or its text in any language.
    pub(crate) claim: String,
    /// Who is making the change; recorded in the review's history.
    #[arg(long, env = "CLAIMGRAPH_REVIEWER")]
    pub(crate) by: Option<String>,
    /// The date to record (YYYY-MM-DD); today when left out.
    #[arg(long)]
    pub(crate) date: Option<String>,
    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
}

/// The load cache.
#[derive(Debug, Subcommand)]
pub(crate) enum CacheCommand {
    /// Remove the load cache folder; the next command loads afresh and
    /// writes it again.
    Clear,
}

/// Reading other desks' data into RON.
#[derive(Debug, Subcommand)]
pub(crate) enum ImportCommand {
    /// Read schema.org ClaimReview JSON-LD (an object, an array, an @graph or
    /// a DataFeed) and write its claims, claimants, outlets and reviews as new
    /// RON files, matching records that already exist.
    Claimreview {
        /// Files: ClaimReview JSON-LD, HTML pages, Fact Check Tools responses, JSON Lines; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Report what would be written, as diffs, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Read a fact-check spreadsheet saved as CSV (claim, claimant, date, url,
    /// outlet, verdict) and write it as new RON files.
    Csv {
        /// CSV files; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Column mapping: `field=Header` pairs, e.g. `--map claim="Claim text"`.
        #[arg(long = "map", value_name = "FIELD=HEADER")]
        mapping: Vec<String>,
        /// The character between cells: `,` `;` `|`, `tab` or any other
        /// single character. By default it is detected from the header line.
        #[arg(long, value_name = "CHAR")]
        delimiter: Option<String>,
        /// Report what would be written, as diffs, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Filters shared by `claims` and `actors`.
#[derive(Debug, Args)]
pub(crate) struct Filters {
    /// Statements about this entity.
    #[arg(long)]
    pub(crate) about: Option<String>,
    /// Statements by this actor or outlet (add --members for those belonging to it).
    #[arg(long)]
    pub(crate) by: Option<String>,
    /// With --by, also statements by the actors and outlets belonging to it,
    /// directly or through others (as `said --members`).
    #[arg(long, requires = "by")]
    pub(crate) members: bool,
    /// Statements published or relayed by this outlet.
    #[arg(long)]
    pub(crate) outlet: Option<String>,
    /// Statements with this stance.
    #[arg(long, value_enum)]
    pub(crate) stance: Option<Stance>,
}

/// `sources`: the filters of `claims` and `actors`, and `--claim`.
#[derive(Debug, Args)]
pub(crate) struct SourceFilters {
    #[command(flatten)]
    pub(crate) filters: Filters,
    /// Statements of this claim (id, or its text in any language).
    #[arg(long)]
    pub(crate) claim: Option<String>,
}

/// Filters of `statements`.
#[derive(Debug, Args)]
pub(crate) struct StatementFilters {
    #[command(flatten)]
    pub(crate) listing: Filters,
    /// Statements of this claim (id, or its text in any language).
    #[arg(long)]
    pub(crate) claim: Option<String>,
    /// Statements in this source's document (id or title).
    #[arg(long)]
    pub(crate) source: Option<String>,
    /// Statements said on this channel (`facebook`, `press-release`, … or
    /// the words of an `Other` channel).
    #[arg(long)]
    pub(crate) channel: Option<String>,
    /// Statements made on or after this date (YYYY, YYYY-MM or
    /// YYYY-MM-DD); undated statements are left out.
    #[arg(long)]
    pub(crate) since: Option<String>,
    /// Statements made on or before this date, or within it (`2020-09`
    /// takes in all of September); undated statements are left out.
    #[arg(long)]
    pub(crate) until: Option<String>,
}

impl Command {
    /// Whether the command lists records, one per line under `--format jsonl`.
    pub(crate) fn lists(&self) -> bool {
        matches!(
            self,
            Command::Claims(_)
                | Command::Actors(_)
                | Command::Statements(_)
                | Command::Sources(_)
                | Command::Search { .. }
                | Command::Timeline { .. }
                | Command::Coverage { .. }
                | Command::Similar { write: false, .. }
                | Command::Review(ReviewCommand::Queue { .. } | ReviewCommand::Repeats { .. })
        )
    }
}
