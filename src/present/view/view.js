// The page logic of `claimgraph view` (src/present/view/mod.rs writes the
// page). Everything it shows comes from the JSON block `#cg-data`, which Rust
// built from the query answers: the graph (`export json`'s), positions,
// bundles of parallel edges, each claim's trace, origins and timeline, and
// the folded search keys. This file draws, filters and shows; the few rules
// it must apply in the browser are ports of the Rust ones, each named where
// it stands and tested against them (tests/browser/).
//
// Hostile data stays inert: every text from the data goes into the page
// through `textContent`, an attribute set with `setAttribute` on an element
// of a fixed tag, or Sigma's canvas; never through `innerHTML` or markup.
"use strict";
(function () {
  var marks = { start: performance.now() };
  var data = JSON.parse(document.getElementById("cg-data").textContent);
  var nodes = data.graph.nodes;
  var edges = data.graph.edges;
  var byId = new Map();
  nodes.forEach(function (n) { byId.set(n.id, n); });

  marks.parsed = performance.now();
  var STANCES = ["Affirms", "Denies", "Hedges", "Reports"];
  var KINDS = ["actor", "outlet", "entity", "claim", "source"];
  var KIND_COLOUR = { actor: "#c98a00", outlet: "#3b6fc4", entity: "#2f8f46", claim: "#c7433f", source: "#7a7a7a" };
  var STANCE_COLOUR = { Affirms: "#1a7f37", Denies: "#cf222e", Hedges: "#bf8700", Reports: "#0969da" };
  var EDGE_COLOUR = {
    relays: "#9a9a9a", publishes: "#222222", member_of: "#b0b0b0", owns: "#8c8c8c",
    about: "#c4c4c4", contradicts: "#cf222e", supports: "#1a7f37", same_as: "#555555"
  };
  var VERB = { Affirms: "affirms", Denies: "denies", Hedges: "hedges", Reports: "reports" };

  // ------------------------------------------------------------ folding
  // A port of `text::fold` (src/text/fold.rs), for the search box. The data's
  // keys were folded in Rust; only the query is folded here. The browser test
  // folds every name and alias of the bundled data with this function and
  // compares with Rust's keys.
  var MARK = /\p{M}/u;
  var TATWEEL = "\u0640";
  function isKeptMark(c) { return c >= "\u0653" && c <= "\u0655"; }
  function spelled(word) {
    var out = "";
    for (var c of word.normalize("NFC")) {
      if (c !== TATWEEL && (!MARK.test(c) || isKeptMark(c))) out += c;
    }
    return out;
  }
  function foldLetter(c) {
    switch (c) {
      case "ٱ": case "ٲ": case "ٳ": return "ا";
      case "ى": case "ی": case "ې": return "ي";
      case "ة": case "ۀ": case "ە": return "ه";
      case "ک": case "ڪ": return "ك";
    }
    var code = c.codePointAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
    return c;
  }
  function letters(word) {
    var out = "";
    for (var c of word.normalize("NFKD")) {
      if (MARK.test(c) || c === TATWEEL || /\s/u.test(c)) continue;
      for (var l of c.toLowerCase()) out += foldLetter(l);
    }
    return out;
  }
  function stripArticle(word) {
    var rest = null;
    if (word.startsWith("ال")) rest = word.slice(2);
    else if (word.startsWith("ٱل")) rest = word.slice(2);
    if (rest !== null && Array.from(letters(rest)).length >= 2) return rest;
    return word;
  }
  function fold(text) {
    return text.split(/\s+/u).filter(function (w) { return w !== ""; })
      .map(function (w) { return letters(stripArticle(spelled(w))); })
      .filter(function (w) { return w !== ""; }).join(" ");
  }

  // ------------------------------------------------------------ dates
  // Partial dates (`2020`, `2020-10`, `2020-10-05`) as written by
  // `PartialDate`. `inRange` ports `query::statements`'s `--since`/`--until`
  // rule: on or after `since` in `PartialDate`'s order (a missing month or
  // day sorts first), and on or before `until` or within it.
  function parts(date) {
    var p = date.split("-").map(Number);
    return [p[0], p[1] || 0, p[2] || 0];
  }
  function compare(a, b) {
    for (var i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  }
  function within(d, span) {
    return d[0] === span[0] && (span[1] === 0 || d[1] === span[1]) && (span[2] === 0 || d[2] === span[2]);
  }
  function inRange(date, since, until) {
    var d = parts(date);
    if (since && compare(d, parts(since)) < 0) return false;
    if (until && !(compare(d, parts(until)) <= 0 || within(d, parts(until)))) return false;
    return true;
  }
  function firstDay(date) {
    var p = parts(date);
    return Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1);
  }
  function lastDay(date) {
    var p = parts(date);
    if (p[2]) return Date.UTC(p[0], p[1] - 1, p[2]);
    if (p[1]) return Date.UTC(p[0], p[1], 0);
    return Date.UTC(p[0], 11, 31);
  }
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

  // ------------------------------------------------------------ statements
  var statementEdge = new Map(); // statement id → its `states` edge
  edges.forEach(function (e) { if (e.kind === "states") statementEdge.set(e.statement, e); });
  // `statements --outlet`'s rule (query::listing): the outlet carries the
  // statement (`Dataset::carriers`, computed in Rust) or makes it.
  function outletHas(outlet, id) {
    return (data.carriers[id] || []).indexOf(outlet) >= 0 || statementEdge.get(id).from === outlet;
  }
  var touching = new Map(); // node id → statement ids at it
  function touch(id, s) {
    if (!touching.has(id)) touching.set(id, []);
    var list = touching.get(id);
    if (list.indexOf(s) < 0) list.push(s);
  }
  edges.forEach(function (e) {
    if (e.kind === "states" || e.kind === "relays") {
      touch(e.from, e.statement); touch(e.to, e.statement);
    }
  });

  // ------------------------------------------------------------ filters
  var filter = { stances: new Set(STANCES), kinds: new Set(KINDS), side: "", outlet: "", from: "", to: "", query: "" };
  function sideOf(n) { return n.affiliation ? n.affiliation.side : null; }
  function statementFiltered() {
    return filter.stances.size !== STANCES.length || filter.side || filter.outlet || filter.from || filter.to;
  }
  function statementShown(id) {
    var e = statementEdge.get(id);
    if (!e) return false;
    if (!filter.stances.has(e.stance)) return false;
    if (filter.side) {
      var speaker = byId.get(e.from);
      if (!speaker || sideOf(speaker) !== filter.side) return false;
    }
    if (filter.outlet && !outletHas(filter.outlet, id)) return false;
    if (filter.from || filter.to) {
      // Undated statements are left out under a date filter, as
      // `statements --since/--until` leaves them out.
      if (!e.date) return false;
      if (!inRange(e.date, filter.from, filter.to)) return false;
    }
    return true;
  }
  var shownNodes = new Set();
  var shownStatements = new Set();
  var bundleShown = []; // per bundle: how many of its edges are shown
  function nodeMatches(n) {
    if (!filter.kinds.has(n.kind)) return false;
    if (filter.query) {
      var q = fold(filter.query);
      if (q && !(data.keys[n.id] || []).some(function (k) { return k.indexOf(q) >= 0; })) return false;
    }
    return true;
  }
  function applyFilters() {
    computeFilters();
    if (renderer) renderer.refresh();
    showCount();
    drawTimeline();
  }
  function computeFilters() {
    shownStatements = new Set();
    statementEdge.forEach(function (_, id) { if (statementShown(id)) shownStatements.add(id); });
    shownNodes = new Set();
    var narrowed = statementFiltered();
    nodes.forEach(function (n) {
      if (!nodeMatches(n)) return;
      var at = touching.get(n.id);
      // Under a statement filter a node all of whose statements are
      // filtered out goes too; one with no statements stays.
      if (narrowed && at && !at.some(function (s) { return shownStatements.has(s); })) return;
      shownNodes.add(n.id);
    });
    bundleShown = data.bundles.map(function (b) {
      if (!shownNodes.has(b.from) || !shownNodes.has(b.to)) return 0;
      return b.edges.filter(function (i) {
        var e = edges[i];
        return e.statement === undefined || shownStatements.has(e.statement);
      }).length;
    });
  }
  function showCount() {
    var shownEdges = bundleShown.reduce(function (a, b) { return a + b; }, 0);
    document.getElementById("cg-count").textContent =
      shownNodes.size + " of " + nodes.length + " nodes, " + shownEdges + " of " + edges.length + " edges";
  }

  // ------------------------------------------------------------ elements
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (attrs) Object.keys(attrs).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]); });
    return e;
  }
  // A line of text from the data: its own element, direction from its
  // first strong letter, isolated so it cannot reorder what is around it.
  function line(tag, text, lang, cls) {
    return el(tag, text, { dir: "auto", lang: lang || null, "class": cls || null });
  }
  function idLine(id) { return el("code", id, { dir: "ltr", "class": "id" }); }
  function nodeName(id) { var n = byId.get(id); return n ? n.name : id; }
  function nodeButton(id) {
    var b = el("button", nodeName(id), { type: "button", dir: "auto", "class": "link", "data-node": id });
    b.addEventListener("click", function () { select(id); });
    return b;
  }
  function refLine(ref) {
    var p = el("span", null, { "class": "ref" });
    if (byId.has(ref.id)) p.appendChild(nodeButton(ref.id)); else p.appendChild(line("span", ref.name));
    if (ref.original && ref.original !== ref.name) {
      p.appendChild(document.createTextNode(" · "));
      p.appendChild(line("span", ref.original));
    }
    return p;
  }
  function fact(dl, term, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.appendChild(line("span", String(value)));
    dl.appendChild(dd);
  }

  // ------------------------------------------------------------ the panel
  var panel = document.getElementById("cg-panel");
  var selected = null;
  function statementItem(id) {
    var e = statementEdge.get(id);
    var li = el("li", null, { "class": "statement", "data-statement": id });
    var head = el("p", null, { "class": "meta" });
    head.appendChild(el("span", VERB[e.stance], { "class": "stance " + e.stance.toLowerCase() }));
    if (e.date) head.appendChild(el("span", " · " + e.date));
    head.appendChild(document.createTextNode(" · "));
    head.appendChild(idLine(id));
    li.appendChild(head);
    var who = el("p", null, { "class": "who" });
    who.appendChild(nodeButton(e.from));
    who.appendChild(document.createTextNode(" → "));
    who.appendChild(nodeButton(e.to));
    li.appendChild(who);
    var doc = byId.get(e.document);
    li.appendChild(line("blockquote", e.quote, doc ? doc.language : null, "quote"));
    if (e.translation) li.appendChild(line("p", e.translation, "en", "translation"));
    return li;
  }
  function showNode(id) {
    var n = byId.get(id);
    panel.replaceChildren();
    panel.appendChild(line("h2", n.name, null, "name"));
    var sub = el("p", null, { "class": "sub" });
    sub.appendChild(idLine(n.id));
    sub.appendChild(document.createTextNode(" · " + n.kind));
    panel.appendChild(sub);
    var names = n.names || n.wordings;
    if (names && names.length) {
      var ul = el("ul", null, { "class": "names" });
      names.forEach(function (t) {
        var li = el("li");
        li.appendChild(el("span", t.language + ": ", { "class": "lang", dir: "ltr" }));
        li.appendChild(line("span", t.text, t.language));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    var dl = el("dl", null, { "class": "facts" });
    if (n.kind === "claim") fact(dl, "claim", n.text);
    fact(dl, "role", n.role);
    fact(dl, "kind", n.actor_kind || n.outlet_kind || n.entity_kind || n.claim_kind);
    if (n.affiliation && n.affiliation.chain.length) {
      var chain = el("span");
      n.affiliation.chain.forEach(function (r, i) {
        if (i) chain.appendChild(document.createTextNode(" → "));
        chain.appendChild(refLine(r));
      });
      fact(dl, "member of", chain);
    }
    if (n.affiliation) { fact(dl, "side", n.affiliation.side); fact(dl, "country", n.affiliation.country); }
    if (n.aliases && n.aliases.length) {
      var al = el("span");
      n.aliases.forEach(function (a, i) { if (i) al.appendChild(document.createTextNode(", ")); al.appendChild(line("span", a)); });
      fact(dl, "aliases", al);
    }
    if (n.kind === "source") { fact(dl, "title", n.title); fact(dl, "date", n.date); fact(dl, "language", n.language); fact(dl, "address", n.url); }
    fact(dl, "note", n.note);
    panel.appendChild(dl);
    if (n.kind === "claim" && data.claims[n.id]) showClaim(n.id);
    var statements = (touching.get(n.id) || []).slice();
    if (n.kind === "source") {
      statementEdge.forEach(function (e, s) { if (e.document === n.id && statements.indexOf(s) < 0) statements.push(s); });
    }
    if (statements.length && n.kind !== "claim") {
      panel.appendChild(el("h3", "Statements (" + statements.length + ")"));
      var list = el("ol", null, { "class": "statements" });
      statements.forEach(function (s) { list.appendChild(statementItem(s)); });
      panel.appendChild(list);
    }
  }
  function showClaim(id) {
    var c = data.claims[id];
    var o = c.origins;
    var figures = el("dl", null, { "class": "facts origins" });
    fact(figures, "repeating outlets", String(o.repeating_outlets));
    fact(figures, "independent origins", String(o.independent_origins));
    fact(figures, "echo ratio", o.echo_ratio === null ? "none" : o.echo_ratio.toFixed(2));
    if (o.independent.length) {
      var ind = el("span");
      o.independent.forEach(function (r, i) { if (i) ind.appendChild(document.createTextNode(", ")); ind.appendChild(refLine(r)); });
      fact(figures, "origins", ind);
    }
    if (o.first) fact(figures, "first stated", o.first.date);
    panel.appendChild(el("h3", "Origins and echoes"));
    panel.appendChild(figures);
    panel.appendChild(el("h3", "Attribution tree"));
    var tree = el("ul", null, { "class": "tree" });
    c.trace.documents.forEach(function (d) {
      var li = el("li", null, { "class": "document" });
      var head = el("p");
      head.appendChild(byId.has(d.source.id) ? nodeButton(d.source.id) : line("span", d.source.name));
      if (d.outlet) { head.appendChild(document.createTextNode(" · published by ")); head.appendChild(refLine(d.outlet)); }
      if (d.date) head.appendChild(el("span", " · " + d.date));
      li.appendChild(head);
      var chains = el("ul");
      d.chains.forEach(function (ch) {
        var item = el("li", null, { "class": "chain", "data-statement": ch.statement });
        var path = el("p");
        ch.hops.forEach(function (h) { path.appendChild(el("span", "via ", { "class": "via" })); path.appendChild(refLine(h)); path.appendChild(document.createTextNode(" ← ")); });
        path.appendChild(refLine(ch.speaker));
        if (ch.role) { path.appendChild(document.createTextNode(" — ")); path.appendChild(line("span", ch.role)); }
        item.appendChild(path);
        var meta = el("p", null, { "class": "meta" });
        meta.appendChild(el("span", VERB[ch.stance], { "class": "stance " + ch.stance.toLowerCase() }));
        if (ch.date) meta.appendChild(el("span", " · " + ch.date));
        meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(idLine(ch.statement));
        item.appendChild(meta);
        var doc = byId.get(d.source.id);
        // The quote is the statement's own, on its `states` edge.
        var said = statementEdge.get(ch.statement);
        item.appendChild(line("blockquote", said.quote, doc ? doc.language : null, "quote"));
        if (said.translation) item.appendChild(line("p", said.translation, "en", "translation"));
        chains.appendChild(item);
      });
      li.appendChild(chains);
      tree.appendChild(li);
    });
    panel.appendChild(tree);
  }
  function select(id, keepHash) {
    if (!byId.has(id)) return;
    selected = id;
    showNode(id);
    if (!keepHash) history.replaceState(null, "", "#node=" + encodeURIComponent(id));
    if (renderer) renderer.refresh();
    drawTimeline();
  }
  function fromHash() {
    var m = /^#node=(.*)$/.exec(location.hash);
    if (m) {
      var id = decodeURIComponent(m[1]);
      if (byId.has(id)) select(id, true);
    }
  }

  // ------------------------------------------------------------ timeline
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function timelineClaim() {
    if (selected && data.claims[selected]) return selected;
    if (data.scope.kind === "claim") return data.scope.id;
    return null;
  }
  // The statements over time: a claim's as `timeline` gives them, else
  // every statement of the view with the date `export json` gives it
  // (`Dataset::date_of`, the rule `timeline` uses too).
  function timelineEntries() {
    var claim = timelineClaim();
    if (claim) {
      var t = data.claims[claim].timeline;
      return {
        of: claim,
        dated: t.dated.map(function (e) { return { statement: e.statement, date: e.date, stance: e.stance, speaker: e.speaker.name }; }),
        undated: t.undated.map(function (e) { return { statement: e.statement, stance: e.stance, speaker: e.speaker.name }; })
      };
    }
    var dated = [], undated = [];
    statementEdge.forEach(function (e, id) {
      var entry = { statement: id, date: e.date, stance: e.stance, speaker: nodeName(e.from) };
      (e.date ? dated : undated).push(entry);
    });
    dated.sort(function (a, b) { return compare(parts(a.date), parts(b.date)); });
    return { of: null, dated: dated, undated: undated };
  }
  var brush = null; // [from ms, to ms] while dragging
  var TIMELINE_MARKS = 1500; // more statements than this are drawn in bins
  var LARGE = 3000; // more nodes than this are drawn the quick way
  function drawTimeline() {
    var box = document.getElementById("cg-timeline-chart");
    var entries = timelineEntries();
    document.getElementById("cg-timeline-of").textContent = entries.of ? nodeName(entries.of) : "all statements in view";
    box.replaceChildren();
    var width = Math.max(box.clientWidth || 800, 300), height = 110, pad = 24;
    var chart = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, "class": "timeline", role: "img" });
    box.appendChild(chart);
    var undatedBox = document.getElementById("cg-undated");
    undatedBox.replaceChildren();
    if (entries.undated.length) {
      undatedBox.appendChild(el("p", entries.undated.length + " undated statement" + (entries.undated.length === 1 ? "" : "s") + ", apart from the timeline:"));
      var ul = el("ul", null, { "class": "undated" });
      entries.undated.forEach(function (u) {
        var li = el("li", null, { "data-statement": u.statement });
        li.appendChild(el("span", VERB[u.stance] + " ", { "class": "stance " + u.stance.toLowerCase() }));
        li.appendChild(line("span", u.speaker));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(idLine(u.statement));
        ul.appendChild(li);
      });
      undatedBox.appendChild(ul);
    }
    if (!entries.dated.length) return;
    var lo = Math.min.apply(null, entries.dated.map(function (e) { return firstDay(e.date); }));
    var hi = Math.max.apply(null, entries.dated.map(function (e) { return lastDay(e.date); }));
    if (hi - lo < 86400000 * 30) { lo -= 86400000 * 15; hi += 86400000 * 15; }
    var x = function (ms) { return pad + (ms - lo) / (hi - lo) * (width - 2 * pad); };
    var ms = function (px) { return lo + (px - pad) / (width - 2 * pad) * (hi - lo); };
    chart.appendChild(svg("line", { x1: pad, x2: width - pad, y1: height - 20, y2: height - 20, "class": "axis" }));
    // Year ticks.
    for (var y = new Date(lo).getUTCFullYear(); y <= new Date(hi).getUTCFullYear() + 1; y++) {
      var at = Date.UTC(y, 0, 1);
      if (at < lo || at > hi) continue;
      chart.appendChild(svg("line", { x1: x(at), x2: x(at), y1: height - 24, y2: height - 16, "class": "axis" }));
      var label = svg("text", { x: x(at), y: height - 4, "class": "tick" });
      label.textContent = String(y);
      chart.appendChild(label);
    }
    var left = svg("text", { x: pad, y: height - 4, "class": "tick end" }); left.textContent = isoDay(lo); chart.appendChild(left);
    var right = svg("text", { x: width - pad, y: height - 4, "class": "tick end right" }); right.textContent = isoDay(hi); chart.appendChild(right);
    if (entries.dated.length <= TIMELINE_MARKS) {
      // One mark per statement, over the days its date covers.
      entries.dated.forEach(function (e) {
        var row = STANCES.indexOf(e.stance);
        var a = x(firstDay(e.date)), b = x(lastDay(e.date) + 86400000);
        var shown = shownStatements.has(e.statement);
        var mark = svg("rect", {
          x: a, y: 8 + row * 18, width: Math.max(b - a, 3), height: 12, rx: 2,
          fill: STANCE_COLOUR[e.stance], "fill-opacity": shown ? 0.8 : 0.15, "data-statement": e.statement
        });
        var tip = svg("title");
        tip.textContent = VERB[e.stance] + " · " + e.date + " · " + e.speaker + " · " + e.statement;
        mark.appendChild(tip);
        chart.appendChild(mark);
      });
    } else {
      // Too many for one mark each: statements counted in bins of a few
      // pixels per stance, each bar as tall as its count allows.
      var bins = Math.floor((width - 2 * pad) / 4);
      var counts = STANCES.map(function () { return { all: new Array(bins).fill(0), shown: new Array(bins).fill(0) }; });
      entries.dated.forEach(function (e) {
        var mid = (firstDay(e.date) + lastDay(e.date)) / 2;
        var bin = Math.min(bins - 1, Math.max(0, Math.floor((x(mid) - pad) / 4)));
        var c = counts[STANCES.indexOf(e.stance)];
        c.all[bin]++;
        if (shownStatements.has(e.statement)) c.shown[bin]++;
      });
      var most = Math.max.apply(null, counts.map(function (c) { return Math.max.apply(null, c.all); }));
      counts.forEach(function (c, row) {
        c.all.forEach(function (n, bin) {
          if (!n) return;
          var h = Math.max(2, 14 * n / most);
          chart.appendChild(svg("rect", {
            x: pad + bin * 4, y: 8 + row * 18 + 14 - h, width: 3, height: h,
            fill: STANCE_COLOUR[STANCES[row]], "fill-opacity": c.shown[bin] ? 0.8 : 0.15
          }));
        });
      });
    }
    var sel = svg("rect", { x: 0, y: 0, width: 0, height: height - 20, "class": "brush" });
    chart.appendChild(sel);
    var range = brush || (filter.from || filter.to ? [filter.from ? firstDay(filter.from) : lo, filter.to ? lastDay(filter.to) + 86400000 : hi] : null);
    if (range) { sel.setAttribute("x", x(range[0])); sel.setAttribute("width", Math.max(x(range[1]) - x(range[0]), 1)); }
    var start = null;
    function px(ev) { var r = chart.getBoundingClientRect(); return Math.min(Math.max(ev.clientX - r.left, pad), width - pad); }
    chart.addEventListener("mousedown", function (ev) { start = px(ev); brush = [ms(start), ms(start)]; ev.preventDefault(); });
    chart.addEventListener("mousemove", function (ev) {
      if (start === null) return;
      var now = px(ev);
      brush = [ms(Math.min(start, now)), ms(Math.max(start, now))];
      sel.setAttribute("x", Math.min(start, now)); sel.setAttribute("width", Math.abs(now - start));
    });
    chart.addEventListener("mouseup", function () {
      if (start === null) return;
      start = null;
      var b = brush; brush = null;
      if (b[1] - b[0] < 86400000) return;
      setDates(isoDay(b[0]), isoDay(b[1]));
    });
    chart.addEventListener("dblclick", function () { setDates("", ""); });
  }
  function setDates(from, to) {
    filter.from = from; filter.to = to;
    document.getElementById("cg-from").value = from;
    document.getElementById("cg-to").value = to;
    applyFilters();
  }

  // ------------------------------------------------------------ controls
  function checkboxes(box, values, label, set) {
    values.forEach(function (v) {
      var l = el("label");
      var c = el("input", null, { type: "checkbox", value: v });
      c.checked = true;
      c.addEventListener("change", function () { if (c.checked) set.add(v); else set.delete(v); applyFilters(); });
      l.appendChild(c);
      l.appendChild(document.createTextNode(" " + label(v)));
      box.appendChild(l);
    });
  }
  function options(select, values) {
    values.forEach(function (v) { select.appendChild(el("option", v[1], { value: v[0], dir: "auto" })); });
  }
  function controls() {
    document.getElementById("cg-title").textContent = data.title;
    checkboxes(document.getElementById("cg-stances"), STANCES, function (s) { return VERB[s]; }, filter.stances);
    checkboxes(document.getElementById("cg-kinds"), KINDS, function (k) { return k; }, filter.kinds);
    var sides = [];
    nodes.forEach(function (n) { var s = sideOf(n); if (s && sides.indexOf(s) < 0) sides.push(s); });
    sides.sort();
    options(document.getElementById("cg-side"), sides.map(function (s) { return [s, s]; }));
    var outlets = nodes.filter(function (n) { return n.kind === "outlet"; }).map(function (n) { return [n.id, n.name]; });
    options(document.getElementById("cg-outlet"), outlets);
    document.getElementById("cg-side").addEventListener("change", function (ev) { filter.side = ev.target.value; applyFilters(); });
    document.getElementById("cg-outlet").addEventListener("change", function (ev) { filter.outlet = ev.target.value; applyFilters(); });
    document.getElementById("cg-search").addEventListener("input", function (ev) { filter.query = ev.target.value; applyFilters(); });
    document.getElementById("cg-from").addEventListener("change", function (ev) { filter.from = ev.target.value; applyFilters(); });
    document.getElementById("cg-to").addEventListener("change", function (ev) { filter.to = ev.target.value; applyFilters(); });
    document.getElementById("cg-reset").addEventListener("click", function () {
      STANCES.forEach(function (v) { filter.stances.add(v); });
      KINDS.forEach(function (v) { filter.kinds.add(v); });
      filter.side = filter.outlet = filter.from = filter.to = filter.query = "";
      document.querySelectorAll("#cg-stances input, #cg-kinds input").forEach(function (c) { c.checked = true; });
      ["cg-side", "cg-outlet", "cg-search", "cg-from", "cg-to"].forEach(function (i) { document.getElementById(i).value = ""; });
      applyFilters();
    });
    var legend = document.getElementById("cg-legend");
    function swatch(colour, text, shape) {
      var dt = el("dt", null, { "class": "swatch " + (shape || "") });
      dt.style.background = colour;
      legend.appendChild(dt);
      legend.appendChild(el("dd", text));
    }
    KINDS.forEach(function (k) { swatch(KIND_COLOUR[k], k, "shape-" + k); });
    STANCES.forEach(function (s) { swatch(STANCE_COLOUR[s], VERB[s] + " (states)", "edge"); });
    Object.keys(EDGE_COLOUR).forEach(function (k) { swatch(EDGE_COLOUR[k], k.replace("_", " "), "edge"); });
  }

  // ------------------------------------------------------------ the graph
  // Node shapes are drawn once into canvases and used as `data:` images
  // (the page's policy allows no other), coloured by Sigma per node.
  function shapeImage(kind) {
    var c = document.createElement("canvas");
    c.width = c.height = 64;
    var g = c.getContext("2d");
    g.fillStyle = "#fff";
    g.beginPath();
    if (kind === "actor") g.arc(32, 32, 30, 0, 2 * Math.PI);
    else if (kind === "outlet") g.rect(6, 6, 52, 52);
    else if (kind === "entity") { g.moveTo(32, 2); g.lineTo(62, 32); g.lineTo(32, 62); g.lineTo(2, 32); }
    else if (kind === "claim") { for (var i = 0; i < 6; i++) { var a = Math.PI / 3 * i; g.lineTo(32 + 30 * Math.cos(a), 32 + 30 * Math.sin(a)); } }
    else { g.moveTo(8, 2); g.lineTo(44, 2); g.lineTo(58, 16); g.lineTo(58, 62); g.lineTo(8, 62); }
    g.closePath();
    g.fill();
    return c.toDataURL("image/png");
  }
  var renderer = null;
  var graph = new graphology.MultiDirectedGraph();
  var images = {};
  KINDS.forEach(function (k) { images[k] = shapeImage(k); });
  nodes.forEach(function (n) {
    var p = data.positions[n.id] || [0, 0];
    var degree = (touching.get(n.id) || []).length;
    graph.addNode(n.id, {
      x: p[0], y: -p[1], label: n.name, color: KIND_COLOUR[n.kind], image: images[n.kind], type: "shape",
      size: n.kind === "claim" ? 9 : Math.min(4 + Math.sqrt(degree) * 1.5, 14)
    });
  });
  var pairSeen = new Map();
  data.bundles.forEach(function (b, i) {
    var key = b.from < b.to ? b.from + "\u0000" + b.to : b.to + "\u0000" + b.from;
    var nth = pairSeen.get(key) || 0;
    pairSeen.set(key, nth + 1);
    var curved = nth > 0;
    graph.addDirectedEdgeWithKey("b" + i, b.from, b.to, {
      color: b.kind === "states" ? STANCE_COLOUR[b.stance] : EDGE_COLOUR[b.kind],
      size: 1 + Math.log2(b.edges.length),
      type: curved ? "curved" : "arrow",
      curvature: curved ? 0.25 * Math.ceil(nth / 2) * (nth % 2 ? 1 : -1) : 0,
      label: ""
    });
  });
  // An edge standing for several says how many; the stance and the kind
  // are in its colour (the legend says which).
  function edgeLabel(i, count) {
    return count > 1 ? "×" + count : "";
  }

  function start() {
    marks.graph = performance.now();
    // The filters are worked out before Sigma draws, so the first drawing
    // is the only one.
    computeFilters();
    var R = Sigma.rendering;
    // A large view is drawn the quick way: plain circles and no edge
    // labels (the shapes cannot be told apart at that size anyway; the
    // panel and the legend still say what each node is).
    var large = nodes.length > LARGE;
    var programs = { shape: large ? R.NodeCircleProgram : R.createNodeImageProgram({ drawingMode: "color", keepWithinCircle: false, padding: 0, size: { mode: "force", value: 64 } }) };
    renderer = new Sigma(graph, document.getElementById("cg-graph"), {
      nodeProgramClasses: programs,
      edgeProgramClasses: { arrow: R.EdgeArrowProgram, curved: R.EdgeCurveProgram },
      defaultEdgeType: "arrow",
      renderEdgeLabels: !large,
      hideEdgesOnMove: large,
      labelRenderedSizeThreshold: 7,
      labelFont: "system-ui, 'Noto Sans', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif",
      zIndex: true,
      nodeReducer: function (id, attrs) {
        var out = Object.assign({}, attrs);
        if (!shownNodes.has(id)) out.hidden = true;
        if (id === selected) { out.highlighted = true; out.zIndex = 1; }
        return out;
      },
      edgeReducer: function (key, attrs) {
        var i = Number(key.slice(1));
        var out = Object.assign({}, attrs);
        var count = bundleShown[i];
        if (!count) out.hidden = true;
        out.label = edgeLabel(i, count);
        return out;
      }
    });
    renderer.on("clickNode", function (ev) { select(ev.node); });
    // Sigma draws the graph once, synchronously, in its constructor.
    marks.sigma = performance.now();
    showCount();
    drawTimeline();
    api.ready = true;
    api.readyAt = marks.ready = performance.now();
    document.documentElement.setAttribute("data-ready", "true");
  }

  // ------------------------------------------------------------ for tests
  var api = {
    ready: false,
    readyAt: null,
    marks: marks,
    fold: fold,
    inRange: inRange,
    select: select,
    filter: filter,
    applyFilters: applyFilters,
    counts: function () {
      return {
        nodes: graph.order,
        edges: data.bundles.reduce(function (a, b) { return a + b.edges.length; }, 0),
        drawn: graph.size
      };
    },
    visible: function () {
      var shown = [];
      graph.forEachNode(function (id) { if (!renderer.getNodeDisplayData(id) || !renderer.getNodeDisplayData(id).hidden) shown.push(id); });
      var statements = [];
      data.bundles.forEach(function (b, i) {
        var d = renderer.getEdgeDisplayData("b" + i);
        if (d && d.hidden) return;
        b.edges.forEach(function (j) { var e = edges[j]; if (e.kind === "states" && shownStatements.has(e.statement)) statements.push(e.statement); });
      });
      return { nodes: shown, statements: statements, edges: bundleShown.reduce(function (a, b) { return a + b; }, 0) };
    },
    // Centres the camera on a node, close up, and gives its position in
    // the page, for a test to click it.
    focus: function (id) {
      var d = renderer.getNodeDisplayData(id);
      renderer.getCamera().setState({ x: d.x, y: d.y, ratio: 0.05, angle: 0 });
      renderer.refresh();
      var v = renderer.framedGraphToViewport({ x: d.x, y: d.y });
      var r = document.getElementById("cg-graph").getBoundingClientRect();
      return { x: r.left + v.x, y: r.top + v.y };
    }
  };
  window.claimgraphView = api;
  controls();
  start();
  fromHash();
  window.addEventListener("hashchange", fromHash);
  window.addEventListener("resize", drawTimeline);
})();
