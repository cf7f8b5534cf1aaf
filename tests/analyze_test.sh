#!/usr/bin/env bash
# rasd analyze: valid rasd/1 records whose spans round-trip; output order is
# input order whatever -j; plain-text meta flags; stdin.
source "$(dirname "$0")/lib.sh"

if [ -d "$SHARED/seeds" ]; then
  "$RASD" analyze "$SHARED"/seeds/*.txt --published 2017-02-20 | python3 "$HERE/check_records.py" --count 2
else
  echo "../shared/seeds not found: seed check skipped"
fi

printf 'زار المشير خليفة حفتر موسكو في يناير 2017. وقال إن الدعم مستمر؟ نعم!\n' > "$TMP/a.txt"
out="$("$RASD" analyze "$TMP/a.txt" --published 2017-02-20 --outlet "صحيفة الساحل" --title "زيارة")"
echo "$out" | python3 "$HERE/check_records.py" --count 1
python3 - "$out" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
assert r["meta"]["published"] == "2017-02-20", r["meta"]
assert r["meta"]["outlet"] == "صحيفة الساحل"
assert r["meta"]["title"] == "زيارة"
assert len(r["sentences"]) == 3, r["sentences"]
assert r["text"][r["sentences"][0]["start"]:r["sentences"][0]["end"]].endswith("2017.")
PY

# The same from stdin, and the id is a hash of the text, stable across runs.
id1="$(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
id2="$("$RASD" analyze - < "$TMP/a.txt" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
[ "$id1" = "$id2" ] || fail "id differs between file and stdin: $id1 $id2"

# Order: many documents, -j 1 and -j 2 give identical output.
python3 - "$TMP/many.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(600):
        body = " ".join(["خبر رقم %d عن الاقتصاد والسياسة." % i] * (1 + i % 17))
        f.write(json.dumps({"id": "n%d" % i, "text": body, "published": "2018-01-02"},
                           ensure_ascii=False) + "\n")
PY
"$RASD" analyze -j 1 "$TMP/many.jsonl" > "$TMP/j1"
"$RASD" analyze -j 2 "$TMP/many.jsonl" > "$TMP/j2"
"$RASD" analyze -j 3 "$TMP/many.jsonl" > "$TMP/j3"
cmp -s "$TMP/j1" "$TMP/j2" || fail "-j 2 output differs from -j 1"
cmp -s "$TMP/j1" "$TMP/j3" || fail "-j 3 output differs from -j 1"
python3 "$HERE/check_records.py" --count 600 < "$TMP/j2"

# --pretty is still one valid JSON document per record.
"$RASD" analyze --pretty "$TMP/a.txt" | python3 -c 'import json,sys; json.load(sys.stdin)'
echo "analyze ok"
