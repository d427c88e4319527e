#!/usr/bin/env python3
"""Writes a synthetic data directory of about N graph nodes for the view's
timing test: actors in organisations, outlets, claims and sources whose
statements quote their own small text files. Deterministic (seeded).

Usage: corpus.py DIR [NODES]   (NODES defaults to 10000)
"""
import os
import random
import sys

STANCES = ["Affirms", "Denies", "Hedges", "Reports"]
SIDES = ["Armenia", "Azerbaijan", "Russia", "Turkey"]


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(14)
    actors = total * 60 // 100
    outlets = total * 15 // 100
    claims = total * 5 // 100
    sources = total - actors - outlets - claims
    os.makedirs(os.path.join(out, "sources"), exist_ok=True)
    os.makedirs(os.path.join(out, "texts"), exist_ok=True)
    orgs = max(actors // 20, 1)
    with open(os.path.join(out, "actors.ron"), "w") as f:
        f.write("[\n")
        for i in range(actors):
            member = "" if i < orgs else f'    member_of: "a{rng.randrange(orgs)}",\n'
            kind = "Ministry" if i < orgs else "Person"
            side = f'    side: "{SIDES[i % len(SIDES)]}",\n' if i < orgs else ""
            f.write(
                f'  Actor(\n    id: "a{i}",\n    kind: {kind},\n'
                f'    names: {{ "en": "Actor {i}", "ar": "المتحدث {i}" }},\n{member}{side}  ),\n'
            )
        f.write("]\n")
    with open(os.path.join(out, "outlets.ron"), "w") as f:
        f.write("[\n")
        for i in range(outlets):
            f.write(f'  Outlet(id: "o{i}", kind: Website, names: {{ "en": "Outlet {i}" }}),\n')
        f.write("]\n")
    with open(os.path.join(out, "claims.ron"), "w") as f:
        f.write("[\n")
        for i in range(claims):
            f.write(f'  Claim(id: "c{i}", kind: Fact, text: "Synthetic claim number {i}."),\n')
        f.write("]\n")
    for name in ["entities.ron", "relations.ron"]:
        with open(os.path.join(out, name), "w") as f:
            f.write("[]\n")
    for i in range(sources):
        outlet = rng.randrange(outlets)
        quotes = []
        statements = []
        for j in range(3):
            quote = f"Speaker {i} {j} said claim {rng.randrange(claims)} happened"
            quotes.append(quote)
            relay = (
                f'      relay: ["o{(outlet + 1 + rng.randrange(outlets - 1)) % outlets}"],\n'
                if rng.random() < 0.5
                else ""
            )
            statements.append(
                f'    Statement(\n      id: "s{i}-{j}",\n      claim: "c{rng.randrange(claims)}",\n'
                f'      speaker: "a{orgs + rng.randrange(actors - orgs)}",\n'
                f"      stance: {rng.choice(STANCES)},\n{relay}"
                f'      quote: "{quote}",\n    ),\n'
            )
        with open(os.path.join(out, "texts", f"t{i}.txt"), "w") as f:
            f.write(".\n".join(quotes) + ".\n")
        month = 1 + i % 12
        day = 1 + i % 28
        with open(os.path.join(out, "sources", f"d{i}.ron"), "w") as f:
            f.write(
                f'Source(\n  id: "d{i}",\n  file: "texts/t{i}.txt",\n  outlet: "o{outlet}",\n'
                f'  date: "{2020 + i % 3}-{month:02d}-{day:02d}",\n  language: "en",\n'
                f'  statements: [\n{"".join(statements)}  ],\n)\n'
            )


if __name__ == "__main__":
    main()
