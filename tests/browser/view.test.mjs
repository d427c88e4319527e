// Browser tests of `claimgraph view` pages, in headless Chromium (the
// system's, through playwright-core; no browser is downloaded) with
// SwiftShader for WebGL. Run by scripts/test-all.sh after it has written the
// pages into target/browser/ with `cargo run -q -- view …`:
//
//   CLAIMGRAPH_BIN=target/debug/claimgraph node tests/browser/view.test.mjs
//
// Every page must load with no page error, no console error, no dialog and
// no request other than `file:`; what it shows is compared with the
// command line's own answers (`export json`, `statements`).
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const out = join(root, "target/browser");
const bin = resolve(root, process.env.CLAIMGRAPH_BIN || "target/debug/claimgraph");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const hostileData = join(root, "tests/fixtures/valid/hostile");
mkdirSync(out, { recursive: true });

function claimgraph(args, data = join(root, "data")) {
  return execFileSync(bin, ["--data", data, "--color", "never", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
}
function json(args, data) {
  return JSON.parse(claimgraph([...args, "--format", "json"], data));
}
// The page `name`, written by test-all.sh, or here when it is missing.
function page(name, args, data) {
  const file = join(out, name);
  if (!existsSync(file)) claimgraph(["view", ...args, "-o", file], data);
  return file;
}

let browser;
let profile;
before(async () => {
  profile = mkdtempSync(join(tmpdir(), "claimgraph-chromium-"));
  // A fresh profile directory: a persistent context is how Playwright
  // takes one (it refuses --user-data-dir among the arguments).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    ],
  });
});
after(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

// Opens `file` and waits until the graph has been drawn once; `problems`
// collects page errors, console errors, dialogs and non-file requests.
async function open(file, hash = "") {
  const tab = await browser.newPage();
  const context = tab;
  const problems = [];
  tab.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  tab.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  tab.on("dialog", async (d) => { problems.push(`dialog: ${d.type()} ${d.message()}`); await d.dismiss(); });
  tab.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) problems.push(`request: ${r.url()}`); });
  const started = Date.now();
  await tab.goto(pathToFileURL(file).href + hash);
  await tab.waitForSelector("html[data-ready=true]", { timeout: 60000 });
  const wall = Date.now() - started;
  return { tab, context, problems, wall };
}

const sorted = (xs) => [...xs].sort();

test("the whole bundled graph: counts equal export json's, and no errors or requests", async () => {
  const { tab, context, problems } = await open(page("all.html", []));
  const exported = json(["export", "json"]);
  const counts = await tab.evaluate(() => window.claimgraphView.counts());
  assert.equal(counts.nodes, exported.nodes.length);
  assert.equal(counts.edges, exported.edges.length);
  assert.ok(counts.drawn < counts.edges, `parallel statements grouped: ${counts.drawn} drawn`);
  const visible = await tab.evaluate(() => window.claimgraphView.visible());
  assert.equal(visible.nodes.length, exported.nodes.length, "every node shown before filtering");
  await tab.screenshot({ path: join(out, "all.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the claim page: counts, a click on a node shows its quote, Arabic lines are rtl and ids are not", async () => {
  const { tab, context, problems } = await open(page("iskander.html", ["--claim", "iskander-used"]));
  const exported = json(["export", "json", "--claim", "iskander-used"]);
  const counts = await tab.evaluate(() => window.claimgraphView.counts());
  assert.equal(counts.nodes, exported.nodes.length);
  assert.equal(counts.edges, exported.edges.length);
  // The Russian Ministry of Defence's denial, clicked on the canvas.
  const denial = exported.edges.find((e) => e.kind === "states" && e.stance === "Denies");
  const at = await tab.evaluate((id) => window.claimgraphView.focus(id), denial.from);
  await tab.waitForTimeout(200);
  await tab.mouse.click(at.x, at.y);
  await tab.waitForSelector(`#cg-panel li[data-statement="${denial.statement}"]`);
  const speaker = exported.nodes.find((n) => n.id === denial.from);
  assert.equal(await tab.textContent("#cg-panel h2"), speaker.name);
  assert.equal(await tab.textContent(`#cg-panel li[data-statement="${denial.statement}"] blockquote`), denial.quote);
  assert.equal(await tab.evaluate(() => location.hash), `#node=${encodeURIComponent(denial.from)}`);
  const quoteRtl = await tab.$eval(`#cg-panel li[data-statement="${denial.statement}"] blockquote`, (e) => e.matches(":dir(rtl)"));
  assert.ok(quoteRtl, "the Arabic quote is right to left");
  const ids = await tab.$$eval("#cg-panel code.id", (es) => es.map((e) => [e.textContent, e.matches(":dir(rtl)")]));
  assert.ok(ids.length > 0);
  for (const [id, rtl] of ids) assert.equal(rtl, false, `id ${id} is left to right`);
  const arabicNames = await tab.$$eval("#cg-panel ul.names span[lang=ar]", (es) => es.map((e) => e.matches(":dir(rtl)")));
  assert.ok(arabicNames.length > 0 && arabicNames.every(Boolean), "Arabic names are right to left");
  await tab.screenshot({ path: join(out, "iskander-node.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a link to a claim opens its attribution tree and origin figures, as trace and origins give them", async () => {
  const { tab, context, problems } = await open(page("iskander.html", ["--claim", "iskander-used"]), "#node=iskander-used");
  await tab.waitForSelector("#cg-panel ul.tree");
  const trace = json(["trace", "iskander-used"]);
  const chains = trace.documents.flatMap((d) => d.chains.map((c) => c.statement));
  const shown = await tab.$$eval("#cg-panel ul.tree li.chain", (es) => es.map((e) => e.getAttribute("data-statement")));
  assert.deepEqual(shown, chains);
  const origins = json(["origins", "iskander-used"]);
  const figures = await tab.$$eval("#cg-panel dl.origins dd", (es) => es.map((e) => e.textContent));
  assert.equal(figures[0], String(origins.headline.repeating_outlets));
  assert.equal(figures[1], String(origins.headline.independent_origins));
  assert.equal(figures[2], origins.headline.echo_ratio.toFixed(2));
  await tab.screenshot({ path: join(out, "iskander-claim.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the stance and outlet filters and the date brush keep what `statements` keeps", async () => {
  const { tab, context, problems } = await open(page("all.html", []));
  const all = sorted(json(["statements"]).statements.map((s) => s.statement));
  const visible = async () => sorted((await tab.evaluate(() => window.claimgraphView.visible())).statements);
  assert.deepEqual(await visible(), all);
  // Stance: only the denials.
  for (const stance of ["Affirms", "Hedges", "Reports"]) await tab.uncheck(`#cg-stances input[value=${stance}]`);
  const denials = sorted(json(["statements", "--stance", "denies"]).statements.map((s) => s.statement));
  assert.ok(denials.length > 0 && denials.length < all.length);
  assert.deepEqual(await visible(), denials);
  const nodesNow = (await tab.evaluate(() => window.claimgraphView.visible())).nodes.length;
  assert.ok(nodesNow < json(["export", "json"]).nodes.length, "speakers of no denial are hidden");
  await tab.click("#cg-reset");
  assert.deepEqual(await visible(), all);
  // Outlet.
  await tab.selectOption("#cg-outlet", "sputnik");
  const sputnik = sorted(json(["statements", "--outlet", "sputnik"]).statements.map((s) => s.statement));
  assert.ok(sputnik.length > 0 && sputnik.length < all.length);
  assert.deepEqual(await visible(), sputnik);
  await tab.click("#cg-reset");
  // The date brush: drag across the middle of the timeline.
  // From just before the earliest statement to the median one.
  const box = await tab.$("#cg-timeline-chart svg");
  const r = await box.boundingBox();
  const xs = (await tab.$$eval("#cg-timeline-chart rect[data-statement]", (es) => es.map((e) => e.getBoundingClientRect().x))).sort((a, b) => a - b);
  await tab.mouse.move(Math.max(xs[0] - 3, r.x + 1), r.y + r.height / 2);
  await tab.mouse.down();
  await tab.mouse.move(xs[Math.floor(xs.length / 2)], r.y + r.height / 2, { steps: 5 });
  await tab.mouse.up();
  const from = await tab.inputValue("#cg-from");
  const to = await tab.inputValue("#cg-to");
  assert.match(from, /^\d{4}-\d\d-\d\d$/);
  assert.match(to, /^\d{4}-\d\d-\d\d$/);
  const between = json(["statements", "--since", from, "--until", to]);
  const expected = sorted(between.statements.map((s) => s.statement));
  assert.ok(expected.length > 0 && expected.length < all.length, `${from}..${to} keeps ${expected.length}`);
  assert.deepEqual(await visible(), expected);
  console.log(`# brush ${from}..${to}: ${expected.length} of ${all.length} statements, ${between.undated_excluded} undated left out`);
  await tab.screenshot({ path: join(out, "all-brushed.png") });
  await tab.dblclick("#cg-timeline-chart svg");
  assert.deepEqual(await visible(), all);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the search box folds Arabic as `search` does", async () => {
  const { tab, context, problems } = await open(page("all.html", []));
  const exported = json(["export", "json"]);
  // The port of text::fold against Rust's keys, on every name and alias.
  const keys = await tab.evaluate(() => JSON.parse(document.getElementById("cg-data").textContent).keys);
  let compared = 0;
  for (const n of exported.nodes) {
    for (const text of [...(n.names || []).map((t) => t.text), ...(n.aliases || [])]) {
      const folded = await tab.evaluate((t) => window.claimgraphView.fold(t), text);
      assert.ok(keys[n.id].includes(folded), `${n.id}: fold(${text}) = ${folded}, not among Rust's keys`);
      compared++;
    }
  }
  assert.ok(compared > 500, `${compared} names compared`);
  // Typed with hamza, article and harakat; stored without.
  await tab.fill("#cg-search", "الإِسكَندر");
  const shown = (await tab.evaluate(() => window.claimgraphView.visible())).nodes;
  assert.ok(shown.includes("iskander"), shown.join(" "));
  assert.ok(shown.length < exported.nodes.length);
  const search = json(["search", "الإِسكَندر"]);
  assert.equal(await tab.evaluate(() => window.claimgraphView.fold("الإِسكَندر")), search.folded);
  // Every record `search` finds by an exact folded match is shown.
  const exact = search.hits.filter((h) => h.rule === "exact" && h.record.kind !== "statement");
  assert.ok(exact.length > 0);
  for (const hit of exact) assert.ok(shown.includes(hit.record.id), `search finds ${hit.record.id}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the hostile fixture opens no dialog, runs nothing and creates no element from data", async () => {
  const file = page("hostile.html", [], hostileData);
  const { tab, context, problems } = await open(file);
  const exported = json(["export", "json"], hostileData);
  const counts = await tab.evaluate(() => window.claimgraphView.counts());
  assert.equal(counts.nodes, exported.nodes.length);
  assert.equal(counts.edges, exported.edges.length);
  const allowed = new Set([
    "HTML", "HEAD", "META", "TITLE", "STYLE", "BODY", "HEADER", "H1", "H2", "H3", "DIV", "LABEL", "INPUT",
    "FIELDSET", "LEGEND", "SELECT", "OPTION", "BUTTON", "OUTPUT", "MAIN", "ASIDE", "P", "SECTION", "SMALL",
    "DL", "DT", "DD", "SCRIPT", "CANVAS", "SPAN", "CODE", "UL", "OL", "LI", "BLOCKQUOTE",
    "svg", "line", "text", "rect", "title",
  ]);
  const check = async (when) => {
    const found = await tab.evaluate(() => [...document.querySelectorAll("*")].map((e) => ({
      tag: e.tagName,
      on: [...e.attributes].filter((a) => a.name.startsWith("on") || a.name === "src" || a.name === "href").map((a) => a.name),
    })));
    for (const e of found) {
      assert.ok(allowed.has(e.tag), `${when}: a <${e.tag}> element`);
      assert.deepEqual(e.on, [], `${when}: <${e.tag}> has ${e.on}`);
    }
    assert.equal(found.filter((e) => e.tag === "SCRIPT").length, 4, `${when}: four scripts`);
    assert.equal(await tab.evaluate(() => document.querySelectorAll("b, img, iframe, object").length), 0);
  };
  await check("loaded");
  // Every node's panel, with every hostile text in it.
  for (const n of exported.nodes) {
    await tab.evaluate((id) => window.claimgraphView.select(id), n.id);
    await check(`panel of ${n.id}`);
  }
  await tab.evaluate(() => window.claimgraphView.select("mod"));
  const text = await tab.textContent("#cg-panel");
  assert.ok(text.includes("</script><script>alert(1)</script>"), "the hostile name is shown as text");
  assert.ok(text.includes("\\u{202e}"), "the bidi override is shown escaped");
  assert.ok(!text.includes("\u202e"), "and not applied");
  await tab.fill("#cg-search", "<img src=x onerror=alert(1)>");
  await check("searched");
  await tab.screenshot({ path: join(out, "hostile.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the interactive brief draws the chain view, and prints the static graph instead", async () => {
  const file = join(out, "brief.html");
  // Graphviz draws the static graph (test-all.sh installs it).
  claimgraph(["report", "iskander-used", "--to", "html", "--graph", "svg", "--interactive", "-o", file, "--force"]);
  const { tab, context, problems } = await open(file);
  const exported = json(["export", "json", "--claim", "iskander-used"]);
  const counts = await tab.evaluate(() => window.claimgraphView.counts());
  assert.equal(counts.nodes, exported.nodes.length);
  assert.equal(counts.edges, exported.edges.length);
  const shown = (css) => tab.$eval(css, (e) => getComputedStyle(e).display !== "none");
  assert.ok(await shown(".chain-interactive"));
  assert.equal(await shown("figure.chain-graph"), false, "the SVG gives way on screen");
  await tab.emulateMedia({ media: "print" });
  assert.equal(await shown(".chain-interactive"), false, "no canvas on paper");
  assert.ok(await shown("figure.chain-graph"), "the SVG is printed");
  await tab.emulateMedia({ media: "screen" });
  await tab.screenshot({ path: join(out, "brief.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a 10,000-node view opens in under 5 s", async () => {
  const corpus = join(out, "corpus");
  if (!existsSync(join(corpus, "actors.ron"))) {
    execFileSync("python3", [join(root, "tests/browser/corpus.py"), corpus, "10000"]);
  }
  const file = join(out, "corpus.html");
  const started = Date.now();
  if (!process.env.CLAIMGRAPH_KEEP_CORPUS_PAGE || !existsSync(file)) claimgraph(["view", "-o", file, "--force"], corpus);
  // CLAIMGRAPH_KEEP_CORPUS_PAGE=1 reuses a page written before, to time
  // the browser alone while working on the page.
  const written = Date.now() - started;
  const { tab, context, problems, wall } = await open(file);
  const counts = await tab.evaluate(() => window.claimgraphView.counts());
  assert.equal(counts.nodes, 10000);
  const marks = await tab.evaluate(() => window.claimgraphView.marks);
  const at = (m) => Math.round(marks[m]);
  console.log(`# 10,000 nodes, ${counts.edges} edges (${counts.drawn} drawn): page written in ${written} ms (${statSync(file).size} bytes); ready ${at("ready")} ms after navigation started (script started ${at("start")}, data parsed ${at("parsed")}, graph built ${at("graph")}, graph drawn ${at("sigma")}) ${wall} ms wall clock with Playwright`);
  assert.ok(marks.ready < 5000, `ready ${marks.ready} ms after navigation started`);
  await tab.screenshot({ path: join(out, "corpus.png") });
  assert.deepEqual(problems, []);
  await context.close();
});
