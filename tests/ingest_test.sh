#!/usr/bin/env bash
# rasd ingest: idempotent; killing it mid-run leaves a database that opens,
# passes integrity_check and holds only whole committed batches; running it
# again completes the rest.
source "$(dirname "$0")/lib.sh"

python3 - "$TMP/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(30000):
        body = " ".join(["تقرير رقم %d يتناول العلاقات بين الدول والأسواق والطاقة." % i] * 12)
        f.write(json.dumps({"id": "d%d" % i, "text": body, "outlet": "منفذ %d" % (i % 5),
                            "published": "2018-03-%02d" % (1 + i % 28)}, ensure_ascii=False) + "\n")
PY
db="$TMP/corpus.db"
count() { sqlite3 "$db" "SELECT count(*) FROM documents;"; }

"$RASD" ingest "$TMP/big.jsonl" --db "$db" --batch 50 -j 2 --quiet &
pid=$!
# Wait for some committed batches, then kill -9 in the middle of the run.
for _ in $(seq 1 600); do
  n="$(sqlite3 "$db" "SELECT count(*) FROM documents;" 2>/dev/null || echo 0)"
  [ "${n:-0}" -ge 500 ] && break
  sleep 0.05
done
kill -9 "$pid" 2>/dev/null || fail "ingest finished before it could be killed"
wait "$pid" 2>/dev/null || true

[ "$(sqlite3 "$db" 'PRAGMA integrity_check;')" = "ok" ] || fail "integrity_check failed"
n="$(count)"
echo "after kill: $n documents"
[ "$n" -gt 0 ] || fail "no committed batch survived"
[ "$n" -lt 30000 ] || fail "kill came too late to prove anything"
[ $(( n % 50 )) -eq 0 ] || fail "$n documents: a partial batch was stored"

"$RASD" ingest "$TMP/big.jsonl" --db "$db" --batch 50 -j 2 2> "$TMP/err"
cat "$TMP/err"
[ "$(count)" -eq 30000 ] || fail "re-run did not complete the ingest: $(count)"
grep -q "$n already there" "$TMP/err" || fail "re-run did not report $n as already stored"

# Idempotent: the same input again stores nothing new.
"$RASD" ingest "$TMP/big.jsonl" --db "$db" --quiet
[ "$(count)" -eq 30000 ] || fail "second ingest changed the count"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check;')" = "ok" ] || fail "integrity_check failed"

"$RASD" stats --db "$db" | grep -q "documents *30000" || fail "stats does not report 30000 documents"
"$RASD" stats --db "$db" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["documents"]==30000, d'
echo "ingest ok"
