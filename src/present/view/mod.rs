//! `view`: the graph, a claim's attribution or a neighbourhood as one
//! self-contained, offline HTML page, explored in a browser.
//!
//! The page is built only from answers other modules give: the nodes and
//! edges are [`GraphJson::of`] (so its counts are `export json`'s), parallel
//! edges are drawn as one by [`View::bundles`] (the DOT export's rule), the
//! positions come from [`layout`] (computed here, so a large view opens at
//! once), each claim carries its [`trace`], [`origins`] headline and
//! [`timeline`], and the search keys are [`fold`] of the [`fields`] `search`
//! reads. The browser only draws, filters and shows them.
//!
//! Everything is inline: the vendored Sigma.js and graphology bundles
//! ([`vendor`]), our own `view.js` and `view.css`, and the data, as JSON in a
//! `<script type="application/json">` block. A Content-Security-Policy
//! allows exactly those scripts and that style, by their SHA-256 hashes
//! computed as the page is written, and images only as `data:` addresses
//! (the node shapes are drawn into canvases), so the page fetches nothing
//! and opens from `file://`.
//!
//! Data is hostile. Every string of it is passed through
//! [`printable`] (bidirectional and control characters shown as `\u{…}`, as
//! on the terminal), then written by the one JSON writer with `<`, `>`, `&`,
//! U+2028 and U+2029 escaped ([`escaped_for_script`]) so nothing in it can
//! close the block; `view.js` puts every label in the page with
//! `textContent` or on the canvas, never as markup.

pub mod vendor;

use base64::Engine as _;
use indexmap::IndexMap;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::formats::View;
use crate::formats::claimreview::write::escaped_for_script;
use crate::formats::json::GraphJson;
use crate::graph::EdgeKind;
use crate::graph::algo::layout::{SEED, layout};
use crate::json;
use crate::lookup::fields::fields;
use crate::model::{RecordKind, Stance};
use crate::present::brief::html::escape;
use crate::query::origins::{Headline, origins};
use crate::query::timeline::{Timeline, timeline};
use crate::query::trace::{Trace, trace};
use crate::text::fold::fold;
use crate::text::safe::{is_hostile, printable};

/// Our page logic, a committed, unminified source file.
pub const SCRIPT: &str = include_str!("view.js");
/// Our page style.
pub const STYLE: &str = include_str!("view.css");

/// What a page shows, for its title and its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The whole graph.
    All,
    /// One claim's attribution (`--claim`), by id.
    Claim(String),
    /// The records around one (`--around ID --depth N`).
    Around {
        /// The record's id.
        id: String,
        /// How many hops.
        depth: usize,
    },
}

/// The data embedded in the page.
#[derive(Serialize)]
struct PageData {
    title: String,
    scope: ScopeData,
    graph: GraphJson,
    /// Node id → `[x, y]`.
    positions: IndexMap<String, [f64; 2]>,
    /// Edges drawn as one: indices into `graph.edges`.
    bundles: Vec<BundleData>,
    /// Claim id → what the claim's queries answer.
    claims: IndexMap<String, ClaimData>,
    /// Statement id → who carries it ([`crate::model::Dataset::carriers`]),
    /// for the outlet filter, which is `statements --outlet`'s rule.
    carriers: IndexMap<String, Vec<String>>,
}

#[derive(Serialize)]
struct ScopeData {
    kind: &'static str,
    id: Option<String>,
    depth: Option<usize>,
}

#[derive(Serialize)]
struct BundleData {
    from: String,
    to: String,
    kind: EdgeKind,
    stance: Option<Stance>,
    edges: Vec<usize>,
}

#[derive(Serialize)]
struct ClaimData {
    trace: Trace,
    origins: Headline,
    timeline: Timeline,
}

/// The page's title.
fn title(view: &View<'_>, scope: &Scope) -> String {
    match scope {
        Scope::All => "claimgraph: the whole graph".to_string(),
        Scope::Claim(id) => format!("claimgraph: {} [{id}]", view.data.name_of(id)),
        Scope::Around { id, depth } => format!(
            "claimgraph: around {} [{id}], {depth} hop{}",
            view.data.name_of(id),
            if *depth == 1 { "" } else { "s" }
        ),
    }
}

/// The data of the page, as JSON text safe inside a `<script>` element.
fn data_json(view: &View<'_>, scope: &Scope) -> String {
    let g = view.graph.inner();
    let points = layout(view.graph, &view.nodes, &view.edges, SEED);
    let positions = points
        .iter()
        .map(|(&n, p)| (g[n].id.clone(), [p.x, p.y]))
        .collect();
    let slot: IndexMap<_, usize> = view
        .edges
        .iter()
        .enumerate()
        .map(|(i, &e)| (e, i))
        .collect();
    let bundles = view
        .bundles()
        .into_iter()
        .map(|b| BundleData {
            from: g[b.from].id.clone(),
            to: g[b.to].id.clone(),
            kind: b.kind,
            stance: b.stance,
            edges: b.edges.iter().map(|e| slot[e]).collect(),
        })
        .collect();
    let claims = view
        .nodes
        .iter()
        .filter(|&&n| g[n].kind == RecordKind::Claim)
        .map(|&n| {
            let id = &g[n].id;
            let data = ClaimData {
                trace: trace(view.data, id),
                origins: origins(view.data, id).headline,
                timeline: timeline(view.data, id),
            };
            (id.clone(), data)
        })
        .collect();
    let carriers = view
        .edges
        .iter()
        .filter(|&&e| g[e].kind == EdgeKind::States)
        .filter_map(|&e| g[e].statement.as_ref())
        .filter_map(|id| view.data.statements.get(id))
        .map(|s| {
            let ids = view.data.carriers(s).map(String::from).collect();
            (s.id.clone(), ids)
        })
        .collect();
    let page = PageData {
        title: title(view, scope),
        scope: match scope {
            Scope::All => ScopeData {
                kind: "all",
                id: None,
                depth: None,
            },
            Scope::Claim(id) => ScopeData {
                kind: "claim",
                id: Some(id.clone()),
                depth: None,
            },
            Scope::Around { id, depth } => ScopeData {
                kind: "around",
                id: Some(id.clone()),
                depth: Some(*depth),
            },
        },
        graph: GraphJson::of(view),
        positions,
        bundles,
        claims,
        carriers,
    };
    let mut value = serde_json::to_value(&page).expect("page data serialises");
    slim(&mut value);
    // The search keys are folded from the texts as written, as `search`
    // folds them (a key keeps a bidi control written in a name, and is made
    // printable below with everything else).
    let kinds = [
        RecordKind::Actor,
        RecordKind::Outlet,
        RecordKind::Entity,
        RecordKind::Claim,
        RecordKind::Source,
    ];
    let in_view: std::collections::BTreeSet<&str> =
        view.nodes.iter().map(|&n| g[n].id.as_str()).collect();
    let mut keys: IndexMap<&str, Vec<String>> = IndexMap::new();
    for field in fields(view.data, &kinds) {
        if in_view.contains(field.id) {
            let key = fold(field.text);
            let list = keys.entry(field.id).or_default();
            if !key.is_empty() && !list.contains(&key) {
                list.push(key);
            }
        }
    }
    value["keys"] = serde_json::to_value(keys).expect("keys serialise");
    shown(&mut value);
    json::compact(&value, escaped_for_script)
}

/// The claims' answers without what the page already holds once: a
/// statement's quote, translation, document and hops are on its `states`
/// edge in `graph` and its speaker's affiliation on the speaker's node, so
/// the trace's chains and the timeline's entries keep
/// only what tells them apart (the page looks the rest up by statement id).
/// A 10,000-node page is about half the size for it.
fn slim(value: &mut Value) {
    let Some(claims) = value["claims"].as_object_mut() else {
        return;
    };
    for claim in claims.values_mut() {
        if let Some(documents) = claim["trace"]["documents"].as_array_mut() {
            for chain in documents
                .iter_mut()
                .filter_map(|d| d["chains"].as_array_mut())
                .flatten()
                .filter_map(Value::as_object_mut)
            {
                chain.shift_remove("quote");
                chain.shift_remove("translation");
                // The speaker's node carries the same `Affiliation::of`.
                chain.shift_remove("affiliation");
            }
        }
        for list in ["dated", "undated"] {
            if let Some(entries) = claim["timeline"][list].as_array_mut() {
                for entry in entries.iter_mut().filter_map(Value::as_object_mut) {
                    entry.retain(|k, _| {
                        matches!(k.as_str(), "statement" | "date" | "stance" | "speaker")
                    });
                }
            }
        }
    }
}

/// Every string of `value` (object keys too) made [`printable`]. Only what
/// holds a hostile character is rewritten: most of a page's strings are
/// left as they are, without a copy.
fn shown(value: &mut Value) {
    let hostile = |s: &str| s.chars().any(is_hostile);
    match value {
        Value::String(s) if hostile(s) => *s = printable(s),
        Value::Array(items) => items.iter_mut().for_each(shown),
        Value::Object(map) => {
            if map.keys().any(|k| hostile(k)) {
                let entries: Vec<(String, Value)> = std::mem::take(map).into_iter().collect();
                for (key, item) in entries {
                    map.insert(printable(&key), item);
                }
            }
            map.values_mut().for_each(shown);
        }
        _ => {}
    }
}

/// The CSP source of an inline script or style: `'sha256-…'` of its bytes.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The inline scripts of every page, in the order they run: graphology,
/// Sigma.js, then ours (which reads the data block).
pub fn scripts() -> [&'static str; 3] {
    [vendor::GRAPHOLOGY, vendor::SIGMA, SCRIPT]
}

/// The Content-Security-Policy of every page: nothing but the inline scripts
/// and style, by hash, and `data:` images.
pub fn policy() -> String {
    let scripts: Vec<String> = scripts().iter().map(|s| csp_hash(s)).collect();
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        scripts.join(" "),
        csp_hash(STYLE)
    )
}

/// The page's `<body>` markup, with no data in it: the controls, the graph,
/// the side panel and the timeline. `view.js` fills them.
const BODY: &str = r#"<div class="cg-view">
<div class="cg-top">
<h1 id="cg-title" dir="auto"></h1>
<div class="controls">
<label class="search">Search <input id="cg-search" type="search" dir="auto" autocomplete="off" placeholder="name in any script"></label>
<fieldset id="cg-stances"><legend>Stance</legend></fieldset>
<fieldset id="cg-kinds"><legend>Kind</legend></fieldset>
<label>Side <select id="cg-side"><option value="">any</option></select></label>
<label>Outlet <select id="cg-outlet"><option value="">any</option></select></label>
<label>From <input id="cg-from" type="date"></label>
<label>To <input id="cg-to" type="date"></label>
<button id="cg-reset" type="button">Clear filters</button>
<output id="cg-count" aria-live="polite"></output>
</div>
</div>
<div class="cg-main">
<div id="cg-graph" role="img" aria-label="the attribution graph"></div>
<aside id="cg-panel" aria-live="polite"><p class="hint">Click a node to see its names, its affiliation and its statements; click a claim for its attribution tree.</p></aside>
</div>
<section id="cg-timeline" aria-label="timeline"><h2>Timeline <small id="cg-timeline-of" dir="auto"></small></h2><div id="cg-timeline-chart"></div><p class="hint">Drag across the timeline to filter the graph by date; double-click to clear.</p><div id="cg-undated"></div></section>
<dl id="cg-legend" aria-label="legend"></dl>
</div>
"#;

/// The interactive view as pieces another page can hold (the brief's
/// `--interactive` chain view): what its policy must allow, its style, and
/// its markup with the data block and the scripts.
pub struct Embedded {
    /// The CSP sources of its inline scripts, `'sha256-…'` each.
    pub script_hashes: Vec<String>,
    /// Its style sheet, for a `<style>` element of the page.
    pub style: &'static str,
    /// Its markup, data and scripts, for the page's body.
    pub body: String,
}

/// [`Embedded`] for `view`.
pub fn embedded(view: &View<'_>, scope: &Scope) -> Embedded {
    let mut body = String::from(BODY);
    body.push_str("<script type=\"application/json\" id=\"cg-data\">");
    body.push_str(&data_json(view, scope));
    body.push_str("</script>\n");
    for script in scripts() {
        body.push_str("<script>");
        body.push_str(script);
        body.push_str("</script>\n");
    }
    Embedded {
        script_hashes: scripts().iter().map(|s| csp_hash(s)).collect(),
        style: STYLE,
        body,
    }
}

/// The whole page of `view`.
pub fn page(view: &View<'_>, scope: &Scope) -> String {
    let title = printable(&title(view, scope)).replace('\n', " ");
    let mut out =
        String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
        policy()
    ));
    out.push_str(&format!("<title>{}</title>\n", escape(&title)));
    out.push_str(&format!(
        "<style>{STYLE}</style>\n</head>\n<body class=\"cg-page\">\n"
    ));
    out.push_str(&embedded(view, scope).body);
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::workspace::Workspace;

    fn bundled() -> Workspace {
        Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
    }

    fn hostile() -> Workspace {
        Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/hostile"))
    }

    /// The text between the data block's tags.
    fn data_block(page: &str) -> &str {
        let start = page.find("id=\"cg-data\">").unwrap() + "id=\"cg-data\">".len();
        let end = start + page[start..].find("</script>").unwrap();
        &page[start..end]
    }

    #[test]
    fn the_same_data_gives_the_same_bytes() {
        let ws = bundled();
        let view = View::claim(&ws.data, &ws.graph, "iskander-used");
        let scope = Scope::Claim("iskander-used".into());
        assert_eq!(page(&view, &scope), page(&view, &scope));
    }

    #[test]
    fn the_policy_names_each_inline_script_by_its_hash() {
        let ws = bundled();
        let view = View::claim(&ws.data, &ws.graph, "iskander-used");
        let page = page(&view, &Scope::Claim("iskander-used".into()));
        let policy = policy();
        let mut inline = 0;
        for piece in page.split("<script>").skip(1) {
            let script = &piece[..piece.find("</script>").unwrap()];
            assert!(
                policy.contains(&csp_hash(script)),
                "a script the policy does not allow"
            );
            inline += 1;
        }
        assert_eq!(inline, 3);
        assert!(policy.starts_with("default-src 'none'; "));
        assert!(!policy.contains("unsafe"), "{policy}");
        // The hash of a known text, as `openssl dgst -sha256 -binary | base64` gives it.
        assert_eq!(
            csp_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn hostile_data_cannot_close_the_block_nor_reorder_the_page() {
        let ws = hostile();
        let view = View::all(&ws.data, &ws.graph);
        let page = page(&view, &Scope::All);
        let block = data_block(&page);
        for bad in [
            '<', '>', '&', '\u{2028}', '\u{2029}', '\u{202e}', '\u{200f}',
        ] {
            assert!(!block.contains(bad), "{bad:?} in the data block");
        }
        let value: Value = serde_json::from_str(block).unwrap();
        let text = value.to_string();
        assert!(
            text.contains("</script>"),
            "the hostile names are kept, escaped"
        );
        assert!(
            !text.contains('\u{202e}'),
            "bidi controls are shown, not applied"
        );
        assert_eq!(
            page.matches("</script>").count(),
            4,
            "one data block, three scripts"
        );
    }

    #[test]
    fn the_data_holds_the_json_exports_graph_and_a_position_for_each_node() {
        let ws = bundled();
        let view = View::all(&ws.data, &ws.graph);
        let value: Value = serde_json::from_str(data_block(&page(&view, &Scope::All))).unwrap();
        let export = serde_json::to_value(GraphJson::of(&view)).unwrap();
        assert_eq!(value["graph"], export);
        let nodes = export["nodes"].as_array().unwrap();
        assert_eq!(value["positions"].as_object().unwrap().len(), nodes.len());
        let bundled: usize = value["bundles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["edges"].as_array().unwrap().len())
            .sum();
        assert_eq!(bundled, export["edges"].as_array().unwrap().len());
        assert!(
            value["bundles"].as_array().unwrap().len() < bundled,
            "parallel statements are grouped"
        );
        let claims = value["claims"].as_object().unwrap();
        assert_eq!(claims.len(), ws.data.claims.len());
        assert_eq!(
            claims["iskander-used"]["origins"]["independent_origins"],
            serde_json::to_value(origins(&ws.data, "iskander-used").headline).unwrap()["independent_origins"]
        );
    }
}
