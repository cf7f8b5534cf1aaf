#!/usr/bin/env bash
# Bad input: a one-line error naming the input (and line), the rest of the
# batch goes on, exit status 2; usage errors exit 1; nothing crashes.
source "$(dirname "$0")/lib.sh"

printf 'نص سليم عن ليبيا.\n' > "$TMP/good.txt"
: > "$TMP/empty.txt"
head -c 4096 /dev/urandom > "$TMP/random.bin"
printf 'abc\0def\0\0\0' > "$TMP/nul.txt"
printf '{"id":"1","text":"سطر أول"}\n{"id":"2","text":\n{"id":"3","text":"سطر ثالث"}\n[1,2]\n{"id":"5"}\n' > "$TMP/mixed.jsonl"
printf '<DOC>\n<DOCNO>X1</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>X2</DOCNO>\n<TEXT>\nنص مبتور' > "$TMP/cut.trec"
printf 'bad \xff\xfe utf8 \xc3 in text نص\n' > "$TMP/invalid.txt"

set +e
"$RASD" analyze "$TMP/good.txt" "$TMP/empty.txt" "$TMP/random.bin" "$TMP/nul.txt" \
  "$TMP/mixed.jsonl" "$TMP/cut.trec" "$TMP/invalid.txt" "$TMP/missing.txt" \
  > "$TMP/out" 2> "$TMP/err"
status=$?
set -e
cat "$TMP/err"
[ "$status" -eq 2 ] || fail "exit status $status, expected 2"
python3 "$HERE/check_records.py" < "$TMP/out"
# good.txt, mixed.jsonl lines 1 and 3, X1, invalid.txt (repaired) = 5 records
n="$(wc -l < "$TMP/out")"
[ "$n" -eq 5 ] || fail "expected 5 records, got $n"
grep -q "empty.txt" "$TMP/err" || fail "no error naming empty.txt"
grep -q "nul.txt" "$TMP/err" || fail "no error naming nul.txt"
grep -q "random.bin" "$TMP/err" || fail "no error naming random.bin"
grep -q "mixed.jsonl:2" "$TMP/err" || fail "no error naming mixed.jsonl:2"
grep -q "mixed.jsonl:4" "$TMP/err" || fail "no error naming mixed.jsonl:4"
grep -q "mixed.jsonl:5" "$TMP/err" || fail "no error naming mixed.jsonl:5"
grep -q "cut.trec" "$TMP/err" || fail "no error naming cut.trec"
grep -q "missing.txt" "$TMP/err" || fail "no error naming missing.txt"
grep -q "invalid.txt.*invalid UTF-8" "$TMP/err" || fail "no warning about invalid UTF-8"
# Every diagnostic is one line that starts with "rasd: ".
if grep -v '^rasd: ' "$TMP/err"; then fail "a diagnostic line does not start with 'rasd: '"; fi

# Usage errors exit 1; --help exits 0.
expect_status 1 "$RASD" analyze --no-such-flag
expect_status 1 "$RASD" analyze --format pdf "$TMP/good.txt"
expect_status 1 "$RASD" analyze --published "not a date" "$TMP/good.txt"
expect_status 1 "$RASD" frobnicate
expect_status 1 "$RASD"
expect_status 0 "$RASD" --help > /dev/null
expect_status 0 "$RASD" analyze --help > /dev/null
expect_status 1 "$RASD" ingest "$TMP/good.txt"   # --db is required
expect_status 2 "$RASD" stats --db "$TMP/none.db"
echo "bad input ok"
