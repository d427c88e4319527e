#!/usr/bin/env bash
# Times the loader on hostile volumes: many broken records in one file, many
# dangling references among many actors, a lookup miss among many actors,
# missed quotes against seeds of 1 KB, 100 KB and 1 MB, and the importer on
# hostile feeds (a wide feed, 100,000 nested elements in a page, 100,000
# nested brackets). Figures are recorded in docs/robustness.md.
#
#   scripts/bench-hostile.sh [BINARY]   (default: target/release/claimgraph,
#                                        built with `cargo build --release`)
# Each run is cut off after $LIMIT seconds (default 300) and reported so.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/claimgraph}
[ -x "$bin" ] || cargo build --release -q
bin=$(realpath "$bin")
limit=${LIMIT:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, random, sys
work = sys.argv[1]
def base(name, actors):
    d = os.path.join(work, name, "data")
    os.makedirs(os.path.join(d, "sources"))
    open(os.path.join(d, "seed.txt"), "w").write("The ministry said the enemy used the TOS system.\n")
    open(os.path.join(d, "claims.ron"), "w").write('[ Claim(id: "c", kind: Fact, text: "The enemy used TOS.") ]\n')
    rows = [f'    Actor(id: "{a}", kind: Person, names: {{ "en": "Person {a}" }}),' for a in actors]
    open(os.path.join(d, "actors.ron"), "w").write("[\n" + "\n".join(rows) + "\n]\n")
    return d
def source(d, statements):
    body = "\n".join(statements)
    open(os.path.join(d, "sources", "doc.ron"), "w").write(
        f'Source(id: "doc", file: "seed.txt", language: "en", statements: [\n{body}\n])\n')
rng = random.Random(12)
def word():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 12)))
actors = sorted({f"{word()}-{word()}" for _ in range(20000)})[:20000]
stmt = lambda i, speaker: f'    Statement(id: "s{i}", claim: "c", speaker: "{speaker}", stance: Affirms, quote: "the enemy used the TOS system"),'
def typo(a):
    i = rng.randrange(len(a))
    return a[:i] + a[i + 1:] if a[i] != "-" else a + "x"
# 1. 40,000 broken records in one file.
d = base("broken", actors[:10])
rows = [f'    Claim(id: "b{i}", kind: Fact, text: "Broken claim {i}", about: [], bogus: {i}),' for i in range(40000)]
open(os.path.join(d, "claims.ron"), "w").write("[\n" + "\n".join(rows) + "\n]\n")
source(d, [stmt(0, actors[0])])
# 1b. The same, every diagnostic shown.
import shutil
shutil.copytree(d, os.path.join(work, "broken-all", "data"))
open(os.path.join(work, "broken-all", "data", "claimgraph.toml"), "w").write("[limits]\ndiagnostics = 1000000\n")
# 2. 20,000 dangling references (misspelt speakers) among 20,000 actors.
d = base("dangling-20k", actors)
typos = [typo(a) for a in actors]
source(d, [stmt(i, t) for i, t in enumerate(typos)])
with open(os.path.join(work, "dangling-20k", "meant.tsv"), "w") as f:
    f.writelines(f"{t}\t{a}\n" for t, a in zip(typos, actors))
# 3. 4,000 of them.
d = base("dangling-4k", actors)
source(d, [stmt(i, typo(a)) for i, a in enumerate(actors[:4000])])
# 4. A clean data set of 20,000 actors, for `show no-such-id`.
d = base("actors-20k", actors)
source(d, [stmt(0, actors[0])])
# 5. Missed quotes: a seed of 1 KB, 100 KB or 1 MB of words, and 1 or 200
# quotes that are a passage of it with the last word changed (so the
# search for the longest matching prefix goes deep), or all found.
vocabulary = [word() for _ in range(2000)]
for size, label in [(1_000, "1k"), (100_000, "100k"), (1_000_000, "1m")]:
    words, length = [], 0
    while length < size:
        w = rng.choice(vocabulary)
        words.append(w)
        length += len(w) + 1
    seed = " ".join(words)[:size]
    for count, kind in [(1, "miss1"), (200, "miss200"), (200, "found200")]:
        d = base(f"quote-{label}-{kind}", actors[:10])
        open(os.path.join(d, "seed.txt"), "w").write(seed)
        quotes = []
        for i in range(count):
            at = rng.randrange(max(1, len(words) - 40))
            passage = " ".join(words[at:at + 12])
            if kind != "found200":
                passage = passage.rsplit(" ", 1)[0] + " zzzzzz"
            quotes.append(passage)
        source(d, [f'    Statement(id: "q{i}", claim: "c", speaker: "{actors[0]}", stance: Affirms, quote: "{q}"),' for i, q in enumerate(quotes)])
# 6. Import: a feed of 20,000 and of 100,000 reviews, a page of 100,000
# nested elements, a document of 100,000 nested brackets.
import json
for n, label in [(20_000, "20k"), (100_000, "100k")]:
    d = os.path.join(work, f"feed-{label}")
    os.makedirs(os.path.join(d, "data"))
    items = [{"@type": "ClaimReview", "claimReviewed": f"Wide claim number {i}", "textualRating": "False",
              "url": f"https://desk.example/{i}", "author": {"@type": "Organization", "name": "Desk"},
              "itemReviewed": {"@type": "Claim", "author": f"Person {i % 50}"}} for i in range(n)]
    json.dump({"@type": "DataFeed", "dataFeedElement": items}, open(os.path.join(d, "feed.json"), "w"))
d = os.path.join(work, "page-divs")
os.makedirs(os.path.join(d, "data"))
open(os.path.join(d, "page.html"), "w").write("<html><body>" + "<div>" * 100_000 + '<script type="application/ld+json">'
    + json.dumps({"@type": "ClaimReview", "claimReviewed": "Under many divs", "textualRating": "False"}) + "</script></body></html>")
d = os.path.join(work, "deep-json")
os.makedirs(os.path.join(d, "data"))
open(os.path.join(d, "deep.json"), "w").write("[" * 100_000 + "]" * 100_000)
PY

TIMEFORMAT=%R
run() {
    local name=$1; shift
    local secs
    secs=$( { time timeout "$limit" "$bin" --data "$work/$name/data" "$@" >/dev/null 2>&1 || true; } 2>&1 )
    if awk -v s="$secs" -v l="$limit" 'BEGIN { exit !(s >= l - 0.5) }'; then secs=">$limit"; fi
    printf '%-14s %-28s %8s s\n' "$name" "$*" "$secs"
}
printf '%-14s %-28s %10s\n' "data" "command" "wall"
run broken check
run broken-all check
run dangling-4k check
run dangling-20k check
run actors-20k show no-such-id
for size in 1k 100k 1m; do
    for kind in miss1 miss200 found200; do run "quote-$size-$kind" check; done
done
# The importer, in the folder of its input, on an empty data directory
# (`import_items` raised for the 100,000-review feed).
printf '[limits]\nimport_items = 200000\n' > "$work/feed-100k/data/claimgraph.toml"
import_run() {
    local name=$1; shift
    local secs
    secs=$( { time (cd "$work/$name" && timeout "$limit" "$bin" --data data import claimreview "$@" --dry-run --format json >/dev/null 2>&1) || true; } 2>&1 )
    if awk -v s="$secs" -v l="$limit" 'BEGIN { exit !(s >= l - 0.5) }'; then secs=">$limit"; fi
    printf '%-14s %-28s %8s s\n' "$name" "import claimreview $*" "$secs"
}
import_run feed-20k feed.json
import_run feed-100k feed.json
import_run page-divs page.html
import_run deep-json deep.json
# How often the first suggestion is the actor that was misspelt.
"$bin" --data "$work/dangling-20k/data" check --format json 2>/dev/null | python3 -c '
import json, re, sys
meant = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[1]))
found = [d for d in json.load(sys.stdin)["diagnostics"] if d["code"] == "dangling-reference"]
right = 0
for d in found:
    typo = re.search(r"`([^`]+)`$", d["message"]).group(1)
    first = re.match(r"did you mean `([^`]+)`", d.get("hint") or "")
    right += bool(first) and first.group(1) == meant[typo]
print("dangling references: %d; first suggestion is the actor meant: %d" % (len(found), right))
' "$work/dangling-20k/meant.tsv"
du -sh "$work"/broken/data/claims.ron | awk '{print "broken/claims.ron: " $1}'
