#!/usr/bin/env python3
"""Read claimgraph's GraphML or GEXF exports the way an analyst would, with
networkx, and print what networkx sees as JSON (for tests/cli/networkx.rs).

Usage: graph_exports.py graphml|gexf FILE... [--xsd SCHEMA]

For each FILE: whether the graph is directed and a multigraph, every node
with its attributes, every edge (source, target, key, attributes), the set of
element names in the document (lxml, so markup smuggled in by the data would
show), and, for every claim node, its origins computed from the graph alone:

* an origin is a speaker with a `states` edge into the claim; speakers are
  found among nx.ancestors(H, claim), where H holds the `states` edges, the
  `member_of` edges reversed (an organisation speaks through its member) and
  the `owns` edges (an owner speaks through its outlet);
* a speaker's affiliation root is the one node of {speaker} | ancestors(H,
  speaker) that nothing in H points at, and its member_of chain is the walk
  up to it;
* a speaker's outlets are the outlets among the relays of its statements of
  the claim (the inner nodes of the `relays` edges carrying the statement,
  nearest the document first), after the outlet publishing the statement's
  document (the `publishes` edge into it), plus the speaker itself when it is
  an outlet that only reports the claim;
* a group is independent when one of its speakers affirms or hedges; places
  take the nearest side up the chain, else the nearest country (an outlet's
  state affiliation before its country), else "unknown".

With --xsd, each FILE is also validated against that XML Schema with lxml
and `schema_errors` lists what the validator said (empty when valid).
"""

import json
import math
import sys

import networkx as nx
from lxml import etree

STANCES = ["Affirms", "Denies", "Hedges", "Reports"]
PUT_FORWARD = {"Affirms", "Hedges"}


def read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(path, version="1.3")
    raise SystemExit(f"unknown format {fmt}")


def speaks_through(G):
    """H: who speaks through whom, towards the claims."""
    H = nx.DiGraph()
    H.add_nodes_from(G.nodes)
    for u, v, d in G.edges(data=True):
        kind = d["kind"]
        if kind == "states":
            H.add_edge(u, v)
        elif kind == "member_of":
            H.add_edge(v, u)
        elif kind == "owns":
            H.add_edge(u, v)
    return H


def chain_up(H, G, speaker):
    """The speaker's member_of/owner chain, nearest first, to the root."""
    above = {speaker} | nx.ancestors(H, speaker)
    roots = [n for n in above if H.in_degree(n) == 0]
    assert len(roots) == 1, f"{speaker}: roots {roots}"
    chain = []
    node = speaker
    while H.in_degree(node):
        (parent,) = [p for p in H.predecessors(node) if G.nodes[p]["kind"] != "claim"]
        chain.append(parent)
        node = parent
    assert node == roots[0]
    return chain, roots[0]


def place(G, nodes):
    side = next((G.nodes[n].get("side") for n in nodes if G.nodes[n]["kind"] == "actor" and G.nodes[n].get("side")), None)
    country = None
    for n in nodes:
        attrs = G.nodes[n]
        found = attrs.get("state_affiliation") or attrs.get("country") if attrs["kind"] == "outlet" else attrs.get("country")
        if found:
            country = found
            break
    if side:
        return side, country, {"side": side}
    if country:
        return side, country, {"country": country}
    return side, country, "unknown"


def outlets_of(G, speaker, statement_edges):
    found = []

    def add(node):
        if node not in found:
            found.append(node)

    for d in statement_edges:
        statement, document = d["statement"], d["document"]
        for u, _, e in G.in_edges(document, data=True):
            if e["kind"] == "publishes":
                add(u)
        hops = sorted(
            (e["hop"], u)
            for u, _, e in G.edges(data=True)
            if e["kind"] == "relays" and e["statement"] == statement and e["hop"] > 1
        )
        for _, relay in reversed(hops):
            if G.nodes[relay]["kind"] == "outlet":
                add(relay)
        if G.nodes[speaker]["kind"] == "outlet" and d["stance"] == "Reports":
            add(speaker)
    return found


def origins(G, H, claim):
    ancestors = nx.ancestors(H, claim)
    statements = {}
    for speaker, _, d in G.in_edges(claim, data=True):
        if d["kind"] == "states":
            assert speaker in ancestors
            statements.setdefault(speaker, []).append(d)
    groups = {}
    split = {}
    for speaker, made in statements.items():
        chain, root = chain_up(H, G, speaker)
        side, country, where = place(G, [speaker] + chain)
        stances = sorted({d["stance"] for d in made}, key=STANCES.index)
        group = groups.setdefault(
            root,
            {
                "affiliation": root,
                "country": country,
                "side": side,
                "place": where,
                "independent": False,
                "origins": [],
            },
        )
        group["independent"] |= any(s in PUT_FORWARD for s in stances)
        group["origins"].append(
            {
                "speaker": speaker,
                "role": G.nodes[speaker].get("role"),
                "member_of": chain,
                "stances": stances,
                "statements": [d["statement"] for d in made],
                "outlets": outlets_of(G, speaker, made),
            }
        )
        for d in made:
            entry = split.setdefault(d["stance"], {"statements": 0, "speakers": [], "places": []})
            entry["statements"] += 1
            if speaker not in entry["speakers"]:
                entry["speakers"].append(speaker)
            if where not in entry["places"]:
                entry["places"].append(where)
    repeating = []
    for group in groups.values():
        for origin in group["origins"]:
            for outlet in origin["outlets"]:
                if outlet not in repeating:
                    repeating.append(outlet)
    independent = [g["affiliation"] for g in groups.values() if g["independent"]]
    ratio = None
    if independent:
        # Rust's f64::round: halves away from zero.
        ratio = math.floor(len(repeating) / len(independent) * 100 + 0.5) / 100
    return {
        "repeating_outlets": len(repeating),
        "independent_origins": len(independent),
        "independent": independent,
        "echo_ratio": ratio,
        "stance_split": [
            {
                "stance": s,
                "statements": split[s]["statements"],
                "speakers": len(split[s]["speakers"]),
                "places": split[s]["places"],
            }
            for s in STANCES
            if s in split
        ],
        "groups": list(groups.values()),
    }


def main(argv):
    xsd = None
    if "--xsd" in argv:
        at = argv.index("--xsd")
        xsd = etree.XMLSchema(etree.parse(argv[at + 1]))
        del argv[at : at + 2]
    fmt, paths = argv[0], argv[1:]
    report = {}
    for path in paths:
        G = read(fmt, path)
        document = etree.parse(path)
        entry = {
            "directed": G.is_directed(),
            "multigraph": G.is_multigraph(),
            "nodes": {n: d for n, d in G.nodes(data=True)},
            # A graph without parallel edges comes back simple; its edge ids
            # are then in the "id" attribute.
            "edges": [
                {"source": u, "target": v, "key": k, "attributes": d}
                for u, v, k, d in (
                    G.edges(keys=True, data=True)
                    if G.is_multigraph()
                    else ((u, v, d["id"], d) for u, v, d in G.edges(data=True))
                )
            ],
            "elements": sorted({etree.QName(e).localname for e in document.iter() if isinstance(e.tag, str)}),
        }
        H = speaks_through(G)
        entry["origins"] = {
            n: origins(G, H, n) for n, d in G.nodes(data=True) if d["kind"] == "claim"
        }
        if xsd is not None:
            valid = xsd.validate(document)
            entry["schema_errors"] = [] if valid else [str(e) for e in xsd.error_log]
        report[path] = entry
    json.dump(report, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
