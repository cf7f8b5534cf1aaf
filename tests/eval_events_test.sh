#!/usr/bin/env bash
# rasd eval events on a small JSONL gold written for this test: the scores,
# the error lines and the --why counts by cause.
source "$(dirname "$0")/lib.sh"

cat > "$TMP/corpus.jsonl" <<'TXT'
{"id": "a", "published": "2017-02-20", "text": "زار الرئيس الروسي فلاديمير بوتين القاهرة يوم الاثنين، والتقى نظيره المصري عبد الفتاح السيسي."}
{"id": "b", "published": "2017-02-20", "text": "التقى الرئيس الروسي فلاديمير بوتين نظيره المصري عبد الفتاح السيسي في موسكو."}
{"id": "c", "published": "2017-02-20", "text": "أكدت روسيا دعمها الكامل للحوار."}
TXT
# a: the meeting is found; an attack the text does not tell is missed for
# want of any event of its type; a meeting with France is missed because
# France is none of the document's actors. b: the gold lists no event, so
# the meeting found is false for want of a gold event of its type. c: the
# gold's backing with no recipient is a trigger rasd lists and found, but
# coded as no event for want of a recipient.
cat > "$TMP/gold.jsonl" <<'TXT'
{"id": "a", "events": [{"type": "CONSULT", "actor": ["vladimir-putin", "abdel-fattah-el-sisi"], "recipient": [], "trigger": "التقى"}, {"type": "ASSAULT", "actor": ["russia"], "recipient": ["turkey"], "trigger": "-"}, {"type": "CONSULT", "actor": ["vladimir-putin", "france"], "recipient": [], "trigger": "-"}]}
{"id": "b", "events": []}
{"id": "c", "events": [{"type": "SUPPORT", "actor": ["russia"], "recipient": [], "trigger": "دعمها"}]}
TXT
"$RASD" eval events "$TMP/gold.jsonl" --corpus "$TMP/corpus.jsonl" --why \
  --show-errors > "$TMP/out.txt"
grep -Eq '^triples +gold +4 +system +2 +match +1 ' "$TMP/out.txt" ||
  fail "eval events: triple counts: $(cat "$TMP/out.txt")"
grep -q '^# a: missed ASSAULT russia -> turkey' "$TMP/out.txt" ||
  fail "eval events: no error line for the missed attack"
grep -Eq '^why +1  missed: no event of its type; trigger not listed$' \
  "$TMP/out.txt" || fail "eval events --why: the attack"
grep -Eq '^why +1  missed: no event of its type; trigger listed for it, not coded: no recipient \(nor has the gold\)$' \
  "$TMP/out.txt" || fail "eval events --why: the backing in c"
grep -Eq "^why +1  missed: a gold party is none of the document's actors$" \
  "$TMP/out.txt" || fail "eval events --why: the meeting with France"
grep -Eq '^why +1  false: no gold event of its type$' "$TMP/out.txt" ||
  fail "eval events --why: the meeting in b"
tail -n 1 "$TMP/out.txt" | grep -Eq '^F1 33\.33$' ||
  fail "eval events: last line $(tail -n 1 "$TMP/out.txt")"

# Without --why no cause lines; a gold that is no JSON is one clear error.
"$RASD" eval events "$TMP/gold.jsonl" --corpus "$TMP/corpus.jsonl" \
  > "$TMP/plain.txt"
! grep -q '^why' "$TMP/plain.txt" || fail "eval events: why lines without --why"
echo '{"id": "a", "events": [' > "$TMP/bad.jsonl"
expect_status 2 "$RASD" eval events "$TMP/bad.jsonl" --corpus "$TMP/corpus.jsonl" \
  2> "$TMP/err.txt"
[ "$(wc -l < "$TMP/err.txt")" -ge 1 ] || fail "eval events: no error for bad gold"
echo "eval events: ok"
