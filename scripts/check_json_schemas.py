#!/usr/bin/env python3
"""Validate claimgraph's JSON answers against the schemas published in docs/schema/.

Reads JSON Lines on standard input, one document per line:
    {"schema": "origins", "label": "claimgraph origins tos-used", "instance": {...}}
and validates each instance against docs/schema/<schema>.schema.json with the
Draft 2020-12 validator of the jsonschema package (each schema is first checked
against the 2020-12 meta-schema). Prints every failure to stderr and a count to
stdout; exits 1 if any document fails, 2 on a malformed input line.
Usage: check_json_schemas.py [--schemas DIR] < documents.jsonl
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

def main() -> int:
    schemas = pathlib.Path(__file__).resolve().parent.parent / "docs" / "schema"
    if len(sys.argv) == 3 and sys.argv[1] == "--schemas":
        schemas = pathlib.Path(sys.argv[2])
    validators = {}
    documents = failures = 0
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            document = json.loads(line)
            name, label, instance = document["schema"], document["label"], document["instance"]
        except (ValueError, KeyError) as error:
            print(f"line {number}: not a document: {error}", file=sys.stderr)
            return 2
        if name not in validators:
            schema = json.loads((schemas / f"{name}.schema.json").read_text(encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
            validators[name] = Draft202012Validator(schema)
        documents += 1
        errors = sorted(validators[name].iter_errors(instance), key=lambda e: list(e.absolute_path))
        if errors:
            failures += 1
            for error in errors[:3]:
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"{label}: {name}.schema.json at /{where}: {error.message[:400]}", file=sys.stderr)
    print(f"{documents} documents, {failures} invalid, {len(validators)} schemas")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
