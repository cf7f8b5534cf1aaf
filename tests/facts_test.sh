#!/usr/bin/env bash
# The facts layer end to end: rasd analyze fills dates, amounts and quotes
# (with --explain, the rule that fired); rasd eval facts scores the demo
# gold; rasd eval dates scores the HeidelTime Arabic set when it is present.
source "$(dirname "$0")/lib.sh"

cat > "$TMP/in.txt" <<'TXT'
وقّعت الشركة في 12 آذار 2016 عقدا بقيمة 3 مليارات و 250 مليون دولار. وقال المدير التنفيذي كريم الصافي، في تصريح لـ"وكالة النهار"، إن العمل يبدأ الشهر المقبل.
TXT
"$RASD" analyze --published 2016-03-20 --explain "$TMP/in.txt" > "$TMP/out.jsonl"
python3 - "$TMP/out.jsonl" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1], encoding="utf-8").readline())
t = r["text"]
for layer in ("dates", "amounts", "quotes"):
    for x in r[layer]:
        assert t[x["start"]:x["end"]] == x["text"], (layer, x)
        assert x["rule"], (layer, x)
d = [(x["text"], x["value"], x["precision"]) for x in r["dates"]]
assert d == [("12 آذار 2016", "2016-03-12", "day"),
             ("الشهر المقبل", "2016-04", "month")], d
assert r["dates"][1]["relative"] == {"unit": "month", "offset": 1}
a = [(x["text"], x["value"], x["unit"]) for x in r["amounts"]]
assert a == [("3 مليارات و 250 مليون دولار", 3250000000, "USD")], a
q = r["quotes"]
assert len(q) == 1, q
assert q[0]["cue"] == "قال" and q[0]["direct"] is False, q
assert q[0]["speaker_text"] == "المدير التنفيذي كريم الصافي", q
assert q[0]["outlet_text"] == '"وكالة النهار"', q
# Speaker and outlet ids, when resolved, name actors found in those phrases.
actors = {a["id"]: a for a in r["actors"]}
for field, text in (("speaker", "speaker_text"), ("outlet", "outlet_text")):
    if q[0][field] is not None:
        a = actors[q[0][field]]
        assert any(alias in q[0][text] for alias in a["aliases"]), (a, q[0])
assert q[0]["speaker"] is not None, (q, r["actors"])
PY

"$RASD" eval facts data/demo/gold/facts.jsonl > "$TMP/facts.txt"
tail -n 1 "$TMP/facts.txt" | grep -Eq '^F1 [0-9.]+$' || fail "eval facts: no F1 line"
cat "$TMP/facts.txt"

tml="$SHARED/data/dates/heideltime_arabic"
if [ -d "$tml" ]; then
  "$RASD" eval dates --dct 2015-12-24 "$tml" > "$TMP/dates.txt"
  tail -n 1 "$TMP/dates.txt" | grep -Eq '^F1 [0-9.]+$' || fail "eval dates: no F1 line"
  grep "value accuracy" "$TMP/dates.txt"
  # Every judged gold value must still name a TIMEX3 of the set.
  judged=data/eval/heideltime_judged.tsv
  n=$(grep -v '^#' "$judged" | tail -n +2 | grep -c .)
  "$RASD" eval dates --dct 2015-12-24 --judged "$judged" "$tml" > "$TMP/judged.txt"
  grep -q "^judged gold    $n of $n entries" "$TMP/judged.txt" || fail "eval dates --judged: not all $n entries apply"
  grep "judged gold)" "$TMP/judged.txt"
else
  echo "../shared/data/dates/heideltime_arabic not found: date evaluation skipped"
fi
printf 'file\ttid\tvalue\treason\ndoc1.tml\tt1\tTuesday\tnot a value\n' > "$TMP/judged_bad.tsv"
mkdir -p "$TMP/tml" && echo '<TimeML>نص</TimeML>' > "$TMP/tml/a.tml"
expect_status 2 "$RASD" eval dates --judged "$TMP/judged_bad.tsv" "$TMP/tml"
expect_status 2 "$RASD" eval facts "$TMP/missing.jsonl"
echo '{"id": "demo-001", "amounts": [{"text": "not in the text", "value": 1}]}' > "$TMP/bad.jsonl"
expect_status 2 "$RASD" eval facts "$TMP/bad.jsonl"
echo "facts ok"
