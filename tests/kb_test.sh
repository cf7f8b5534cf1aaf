#!/usr/bin/env bash
# rasd analyze --kb: a user's knowledge-base files extend the default one
# without rebuilding; a bad file is a usage-level failure naming file:line.
source "$(dirname "$0")/lib.sh"

printf 'قال المشير خليفة حفتر إن موسكو تدعمه، وأكد حفتر ذلك.\n' > "$TMP/a.txt"
out="$("$RASD" analyze "$TMP/a.txt" --kb "$HERE/../src/kb/testdata" --published 2017-02-20)"
echo "$out" | python3 "$HERE/check_records.py" --count 1
python3 - "$out" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
keys = [a["key"] for a in r["actors"]]
assert keys == ["khalifa-haftar", "russia"], keys
haftar = r["actors"][0]
assert haftar["name_en"] == "Khalifa Haftar" and haftar["country"] == "LBY", haftar
assert haftar["aliases"] == ["المشير خليفة حفتر", "حفتر"], haftar["aliases"]
assert [m["actor"] for m in r["mentions"]] == ["a1", "a2", "a1"], r["mentions"]
assert r["actors"][1]["wikidata"] == "Q159"
PY

# An extra file adds an actor the fixture lacks.
printf 'key\ttype\tcountry\twikidata\tname_en\tname_ar\taliases\tadjectives\tmetonyms\n' > "$TMP/extra.tsv"
printf 'salem-obeidi\tPER\tLBY\t\tSalem al-Obeidi\tسالم العبيدي\tالعبيدي\t\t\n' >> "$TMP/extra.tsv"
printf 'قال العميد سالم العبيدي إن العبيدي حاضر.\n' > "$TMP/b.txt"
out="$("$RASD" analyze "$TMP/b.txt" --kb "$HERE/../src/kb/testdata" --kb "$TMP/extra.tsv")"
python3 - "$out" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
assert [a["key"] for a in r["actors"]] == ["salem-obeidi"], r["actors"]
assert r["actors"][0]["aliases"] == ["العميد سالم العبيدي", "العبيدي"], r["actors"]
PY

# A bad row: exit 2, one line naming the file and line.
printf 'key\ttype\tcountry\twikidata\tname_en\tname_ar\taliases\tadjectives\tmetonyms\nx\tTOWN\t\t\t\tس\n' > "$TMP/bad.tsv"
expect_status 2 "$RASD" analyze "$TMP/a.txt" --kb "$TMP/bad.tsv" 2> "$TMP/err"
grep -q "bad.tsv:2: type 'TOWN'" "$TMP/err" || fail "no file:line in: $(cat "$TMP/err")"
expect_status 2 "$RASD" analyze "$TMP/a.txt" --kb "$TMP/missing.tsv" 2> "$TMP/err"
grep -q "missing.tsv: no such file" "$TMP/err" || fail "no reason in: $(cat "$TMP/err")"
echo "kb: ok"
