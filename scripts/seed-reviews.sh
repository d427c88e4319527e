#!/usr/bin/env bash
# Writes the bundled reviews with the review commands, as a desk would:
# start, add graded evidence, set the verdict and rationale, publish.
# Usage: scripts/seed-reviews.sh [DATA_DIR]   (default: data)
# tests/cli/review.rs runs it on a copy of the data and checks that it
# reproduces data/reviews/ byte for byte.
set -euo pipefail
data="${1:-data}"
cg() { "${CLAIMGRAPH:-claimgraph}" --data "$data" -q "$@"; }
desk="https://claimgraph.example.org/fact-checks"
by="A. Analyst"

# Iskander: did Armenia fire Iskander missiles in the 2020 war?
cg review start iskander-used --by "$by" --date 2026-11-16
cg review evidence iskander-used --date 2026-11-16 --by "$by" --points-to iskander-remains-found-near-shusha \
  --grade physical-evidence --bearing supports \
  --note "Missile remains recovered near Shusha during demining and shown in Baku on 2 April 2021."
cg review evidence iskander-used --date 2026-11-16 --by "$by" --points-to iskander-serial-numbers \
  --grade physical-evidence --bearing supports \
  --note "Serial numbers on the published photographs identify an Iskander system; not verified independently."
cg review evidence iskander-used --date 2026-11-17 --by "$by" --points-to s000-11 \
  --grade on-record --bearing supports \
  --note "Pashinyan's remark that the Iskanders 'did not explode, or only 10 per cent' presupposes their use."
cg review evidence iskander-used --date 2026-11-17 --by "$by" --points-to s000-08 \
  --grade anonymous --bearing supports \
  --note "A BBC source in the Armenian government."
cg review evidence iskander-used --date 2026-11-17 --by "$by" --points-to s000-32 \
  --grade on-record --bearing refutes \
  --note "The Russian Ministry of Defence denies the use, without presenting evidence."
cg review set iskander-used --date 2026-11-18 --by "$by" --verdict mostly-true \
  --rationale "Physical remains with serial numbers, the Armenian prime minister's own remark and an Armenian government source all point to the use: the remains were found near Shusha, and the government source dates the use to the last days of the war. Russia's denial, as reported, cites no evidence. The serial numbers have not been verified independently, and the sources name the variant loosely (the BBC report names an Iskander-M, its journalists the Iskander-E, without either disputing the other), so the claim is mostly true rather than established in every detail."
cg review publish iskander-used --date 2026-11-18 --by "$by" --url "$desk/iskander-used"

# TOS: did Azerbaijan use the TOS heavy flamethrower system?
cg review start tos-used --by "$by" --date 2026-11-19
cg review evidence tos-used --date 2026-11-19 --by "$by" --points-to s001-01 \
  --grade on-record --bearing supports \
  --note "Armenia's MoD spokeswoman Shushan Stepanyan states it, relayed by Sputnik and Pakistan Point News."
cg review set tos-used --date 2026-11-20 --by "$by" --verdict unproven \
  --rationale "The only source is the Armenian Ministry of Defence, a party to the war, relayed through Sputnik. No footage, remains or independent account is cited, and Azerbaijan's reply is not recorded in the data."
cg review publish tos-used --date 2026-11-20 --by "$by" --url "$desk/tos-used"

# A loss figure: 2,300 Armenian soldiers 'neutralised' between 27 and 30 September 2020.
cg review start am-2300-soldiers-neutralised --by "$by" --date 2026-11-21
cg review evidence am-2300-soldiers-neutralised --date 2026-11-21 --by "$by" --points-to s003-40 \
  --grade on-record --bearing supports \
  --note "The Azerbaijani Ministry of Defence's own figure, carried by Anadolu and Al Jazeera Mubasher."
cg review set am-2300-soldiers-neutralised --date 2026-11-21 --by "$by" --status needs-more-evidence \
  --rationale "A belligerent's count of enemy losses in the first four days of the war, carried without any independent source. Nothing in the data confirms or contradicts it; it needs Armenian casualty records or independent counts before a verdict."
