#!/usr/bin/env bash
# The demo corpus (README command (a)) ingests cleanly: every article is a
# valid rasd/1 record, all are stored once, and stats reports them.
source "$(dirname "$0")/lib.sh"
corpus="$HERE/../data/demo/corpus.jsonl"
n="$(grep -c . "$corpus")"
[ "$n" -ge 30 ] || fail "demo corpus has only $n articles"

"$RASD" analyze "$corpus" | python3 "$HERE/check_records.py" --count "$n"
"$RASD" ingest "$corpus" --db "$TMP/demo.db" 2> "$TMP/err"
grep -q "$n stored, 0 already there; 0 errors" "$TMP/err" || { cat "$TMP/err"; fail "unexpected ingest summary"; }
"$RASD" ingest "$corpus" --db "$TMP/demo.db" 2> "$TMP/err"
grep -q "0 stored, $n already there" "$TMP/err" || { cat "$TMP/err"; fail "second ingest stored something"; }
"$RASD" stats --db "$TMP/demo.db" --json > "$TMP/stats.json"
python3 - "$TMP/stats.json" "$n" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
assert s["documents"] == n, s
assert s["sentences"] > n * 5, s
assert len(s["outlets"]) >= 5, s["outlets"]
assert s["first_published"] < s["last_published"], s
PY
echo "demo ok"
