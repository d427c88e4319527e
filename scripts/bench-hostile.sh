#!/usr/bin/env bash
# Times the loader on hostile volumes: many broken records in one file, many
# dangling references among many actors, and a lookup miss among many
# actors. Figures are recorded in docs/robustness.md.
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
