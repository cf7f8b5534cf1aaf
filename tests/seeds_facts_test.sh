#!/usr/bin/env bash
# The facts of the two seed articles (../shared/seeds, not in the
# repository): their amounts and date values are asserted here as values
# (no text of the articles is copied), and the whole facts layer of both,
# texts included, is pinned by a SHA-256 in tests/golden/seeds_facts.sha256,
# so that any change to a seed date, amount or quote shows up. After
# checking a change by hand (rasd analyze ../shared/seeds/*.txt
# --published 2017-02-20), rewrite the digest with:
#   UPDATE_GOLDEN=1 bash tests/seeds_facts_test.sh build/rasd
source "$(dirname "$0")/lib.sh"

seeds="$SHARED/seeds"
if [ ! -d "$seeds" ]; then
  echo "../shared/seeds not found: seed facts check skipped"
  exit 0
fi
golden="$HERE/golden/seeds_facts.sha256"
"$RASD" analyze "$seeds"/*.txt --published 2017-02-20 > "$TMP/seeds.jsonl"
python3 - "$TMP/seeds.jsonl" > "$TMP/facts.txt" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(recs) == 2, len(recs)
amounts = sorted((a["value"], a["unit"]) for r in recs for a in r["amounts"])
assert amounts == [(1.8e9, "USD"), (2.4e9, "USD"), (2.9e9, "USD"),
                   (4.4e9, "LYD"), (4.5e9, "USD")], amounts
values = sorted(d["value"] or "null" for r in recs for d in r["dates"])
assert "null" not in values, values
for v in ("2008", "2010-01", "2016", "2017", "2017-01", "2017-02",
          "2017-02-17", "2017-02-20"):
    assert v in values, (v, values)
quotes = [q for r in recs for q in r["quotes"]]
assert all(q["speaker_text"] or q["outlet_text"] for q in quotes), quotes
for r in recs:
    for layer in ("dates", "amounts", "quotes"):
        for x in r[layer]:
            x = {k: v for k, v in x.items()
                 if k not in ("speaker", "outlet", "rule")}
            print(layer, json.dumps(x, ensure_ascii=False, sort_keys=True))
PY
digest=$(sha256sum "$TMP/facts.txt" | cut -d' ' -f1)
if [ -n "${UPDATE_GOLDEN:-}" ]; then
  echo "$digest" > "$golden"
  echo "wrote $golden"
  exit 0
fi
[ "$digest" = "$(cat "$golden")" ] ||
  fail "the seeds' dates, amounts or quotes changed (see the comment at the top of $0)"
echo "seed facts: $(grep -c . "$TMP/facts.txt") items, as pinned"
