#!/usr/bin/env python3
"""Reads claimgraph's RDF exports with two independent RDF toolkits and runs
SPARQL queries on them, printing what it found as one JSON object.

Usage: check_rdf.py TURTLE NTRIPLES [QUERY.rq ...]

- TURTLE and NTRIPLES are `claimgraph export turtle` and `export ntriples`
  of the same view.
- Each is parsed by pyoxigraph (Oxigraph's Rust parsers) and by rdflib (a
  pure-Python implementation); "counts" gives the number of triples each
  found, "same_graph" whether all four graphs are one and the same graph
  (rdflib's isomorphism test, and set equality of pyoxigraph's triples).
- Each query file is run in pyoxigraph on the Turtle and in rdflib on the
  N-Triples; "queries" maps the file's stem to
  {"pyoxigraph": rows, "rdflib": rows}, each row an object from variable to
  the lexical value of its binding (absent when unbound).

Exit status 0 when everything parsed (differences are for the caller to
judge); a parse or query error is an exception and a non-zero status.
"""

import json
import pathlib
import sys

import pyoxigraph
import rdflib
from rdflib.compare import isomorphic


def oxigraph_rows(store, text):
    solutions = store.query(text)
    names = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = term.value
        rows.append(row)
    return rows


def rdflib_rows(graph, text):
    result = graph.query(text)
    names = [str(v) for v in result.vars]
    rows = []
    for solution in result:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = str(term)
        rows.append(row)
    return rows


def main(argv):
    turtle_path, ntriples_path, *queries = argv[1:]
    turtle = pathlib.Path(turtle_path).read_bytes()
    ntriples = pathlib.Path(ntriples_path).read_bytes()

    store = pyoxigraph.Store()
    store.load(turtle, format=pyoxigraph.RdfFormat.TURTLE)
    ox_turtle = {q.triple for q in store}
    ox_ntriples = {
        q.triple
        for q in pyoxigraph.parse(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    }

    rdf_turtle = rdflib.Graph().parse(data=turtle, format="turtle")
    rdf_ntriples = rdflib.Graph().parse(data=ntriples, format="nt")

    report = {
        "counts": {
            "turtle": {"pyoxigraph": len(ox_turtle), "rdflib": len(rdf_turtle)},
            "ntriples": {
                "pyoxigraph": len(ox_ntriples),
                "rdflib": len(rdf_ntriples),
            },
        },
        "same_graph": ox_turtle == ox_ntriples
        and isomorphic(rdf_turtle, rdf_ntriples)
        and len(ox_turtle) == len(rdf_turtle),
        "queries": {},
    }
    for path in queries:
        text = pathlib.Path(path).read_text(encoding="utf-8")
        report["queries"][pathlib.Path(path).stem] = {
            "pyoxigraph": oxigraph_rows(store, text),
            "rdflib": rdflib_rows(rdf_ntriples, text),
        }
    json.dump(report, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
