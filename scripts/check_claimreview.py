#!/usr/bin/env python3
"""Check ClaimReview JSON-LD the way a consumer reads it.

Usage: check_claimreview.py [--strict] [--allow-empty] FILE...   (FILE may be - for stdin)

For each file:
1. every property name must be a term of the schema.org context (a misspelt
   name would otherwise expand under @vocab to a property nobody reads);
2. pyld expands the document as JSON-LD, offline: a document loader serves
   the local copy of the schema.org context (tests/schemas/) and refuses
   every other URL;
3. the expanded document is compacted again with that context, and every
   ClaimReview node in it is validated against
   tests/schemas/claimreview-google.schema.json, plus the rating relations
   JSON Schema cannot state: worstRating < bestRating, worstRating <=
   ratingValue <= bestRating.

What Google requires (the schema's first allOf branch) is an error; what it
recommends (the second) is a warning, as in Google's Rich Results Test, and
an error too with --strict. A file with no ClaimReview fails unless
--allow-empty is given.
Exit status: 0 when every file passes, 1 otherwise, 2 on bad usage.
"""

import json
import pathlib
import sys

import jsonschema
from pyld import jsonld

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONTEXT_PATH = ROOT / "tests" / "schemas" / "schemaorg-context.jsonld"
SCHEMA_PATH = ROOT / "tests" / "schemas" / "claimreview-google.schema.json"
SCHEMA_ORG = "http://schema.org/"
CONTEXT_URLS = {
    f"{scheme}://schema.org{path}"
    for scheme in ("http", "https")
    for path in ("", "/", "/docs/jsonldcontext.jsonld", "/docs/jsonldcontext.json")
}
KEYWORDS = {"@context", "@id", "@type", "@graph", "@value", "@language", "@list", "@set", "@reverse"}
GOOGLE_SHORT_CLAIM = 75

CONTEXT = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))
TERMS = set(CONTEXT["@context"])


def load_document(url, options=None):
    """pyld's document loader: the local schema.org context, nothing else."""
    if url in CONTEXT_URLS:
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": CONTEXT,
        }
    raise jsonld.JsonLdError(
        f"refusing to load {url}: this check is offline and knows only the schema.org context",
        "jsonld.LoadDocumentError",
        {"url": url},
        code="loading document failed",
    )


def unknown_terms(value, path="$"):
    """Property names that the schema.org context does not define."""
    found = []
    if isinstance(value, list):
        for n, item in enumerate(value):
            found += unknown_terms(item, f"{path}[{n}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                continue
            if key not in KEYWORDS and key not in TERMS:
                found.append(f"{path}: `{key}` is not a schema.org term")
            found += unknown_terms(item, f"{path}.{key}")
    return found


def nodes_of_type(value, wanted):
    """Every object in a compacted document whose type includes `wanted`."""
    if isinstance(value, list):
        for item in value:
            yield from nodes_of_type(item, wanted)
    elif isinstance(value, dict):
        types = value.get("type", [])
        if wanted == types or (isinstance(types, list) and wanted in types):
            yield value
        else:
            for item in value.values():
                yield from nodes_of_type(item, wanted)


def rating_relations(review):
    """Problems with the numbers of a review's rating."""
    rating = review.get("reviewRating")
    if not isinstance(rating, dict):
        return []
    numbers = [rating.get(k) for k in ("worstRating", "ratingValue", "bestRating")]
    if not all(isinstance(n, (int, float)) for n in numbers):
        return []
    worst, value, best = numbers
    problems = []
    if not worst < best:
        problems.append(f"worstRating {worst} must be below bestRating {best}")
    if not worst <= value <= best:
        problems.append(f"ratingValue {value} must lie between {worst} and {best}")
    return problems


def is_recommendation(error):
    """Whether a schema error comes from the `recommended` branch."""
    path = list(error.absolute_schema_path)
    return path[:2] == ["allOf", 1]


def check(name, text, allow_empty, validator):
    """Problems with one document, and warnings."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return [f"not JSON: {error}"], []
    problems = unknown_terms(document)
    try:
        expanded = jsonld.expand(document, {"documentLoader": load_document})
        compacted = jsonld.compact(
            expanded, "https://schema.org", {"documentLoader": load_document}
        )
    except jsonld.JsonLdError as error:
        return problems + [f"not valid JSON-LD: {error}"], []
    expanded_reviews = [
        node
        for node in jsonld.flatten(expanded, None, {"documentLoader": load_document})
        if SCHEMA_ORG + "ClaimReview" in node.get("@type", [])
    ]
    reviews = list(nodes_of_type(compacted, "ClaimReview"))
    if len(reviews) != len(expanded_reviews):
        problems.append(
            f"{len(expanded_reviews)} ClaimReview nodes after expansion, {len(reviews)} found"
        )
    if not reviews and not allow_empty:
        problems.append("no ClaimReview in the document")
    warnings = []
    advice = []
    for n, review in enumerate(reviews):
        where = f"ClaimReview {n + 1} ({review.get('url', 'no url')})"
        for error in sorted(validator.iter_errors(review), key=lambda e: list(e.path)):
            at = "/".join(str(p) for p in error.path) or "(node)"
            # jsonschema's message for a failed anyOf repeats the whole value;
            # the schema says what was wanted instead.
            message = error.message
            if error.validator == "anyOf":
                message = error.schema.get("description", message)
            if is_recommendation(error):
                warnings.append(f"{where}: {at}: recommended by Google: {message}")
            else:
                problems.append(f"{where}: {at}: {message}")
        problems += [f"{where}: {p}" for p in rating_relations(review)]
        claim = review.get("claimReviewed")
        if isinstance(claim, str) and len(claim) > GOOGLE_SHORT_CLAIM:
            advice.append(
                f"{where}: claimReviewed has {len(claim)} characters; Google suggests under {GOOGLE_SHORT_CLAIM}"
            )
    print(f"{name}: {len(reviews)} ClaimReview(s)", file=sys.stderr)
    for line in advice:
        print(f"{name}: note: {line}", file=sys.stderr)
    return problems, warnings


def main(argv):
    flags = {"--allow-empty", "--strict"}
    allow_empty = "--allow-empty" in argv
    strict = "--strict" in argv
    files = [a for a in argv if a not in flags]
    if not files or any(f.startswith("--") for f in files):
        print(__doc__, file=sys.stderr)
        return 2
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for name in files:
        text = sys.stdin.read() if name == "-" else pathlib.Path(name).read_text(encoding="utf-8")
        problems, warnings = check(name, text, allow_empty, validator)
        for warning in warnings:
            print(f"{name}: warning: {warning}", file=sys.stderr)
        for problem in problems:
            print(f"{name}: error: {problem}", file=sys.stderr)
        failed = failed or bool(problems) or (strict and bool(warnings))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
