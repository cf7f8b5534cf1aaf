#!/usr/bin/env bash
# rasd tag --format conll and rasd eval ner on a small fixture of the
# project's own wording; the tagger's score on ANERcorp test when present.
source "$(dirname "$0")/lib.sh"

# Columns after the first are ignored by rasd tag; the last is gold for eval.
cat > "$TMP/gold.txt" <<'CONLL'
واستقبل O
الرئيس O
الروسي O
فلاديمير B-PER
بوتين I-PER
في O
موسكو B-GPE
المشير O
خليفة B-PER
حفتر I-PER
. O

وقالت O
وكالة B-ORG
الأنباء I-ORG
الليبية I-ORG
إن O
الوفد O
عاد O
إلى O
بنغازي B-GPE
. O
CONLL

"$RASD" tag --format conll "$TMP/gold.txt" > "$TMP/native.txt"
"$RASD" tag --format conll --tagset anercorp < "$TMP/gold.txt" > "$TMP/aner.txt"
python3 - "$TMP/gold.txt" "$TMP/native.txt" "$TMP/aner.txt" <<'PY'
import sys
def read(p):
    return [l.rstrip("\n") for l in open(p, encoding="utf-8")]
gold, native, aner = read(sys.argv[1]), read(sys.argv[2]), read(sys.argv[3])
assert len(native) == len(aner) == len(gold) + 1, (len(gold), len(native))
tags = {}
for g, n, a in zip(gold + [""], native, aner):
    if not g:
        assert n == "" and a == "", (n, a)
        continue
    tok = g.split(" ")[0]
    nt, nt_tag = n.split("\t")
    at, at_tag = a.split("\t")
    assert nt == tok and at == tok, (tok, nt, at)
    assert nt_tag == "O" or nt_tag[:2] in ("B-", "I-"), nt_tag
    assert nt_tag == "O" or nt_tag[2:] in ("PER", "ORG", "GPE", "LOC", "FAC", "MISC"), nt_tag
    assert at_tag == "O" or at_tag[2:] in ("PERS", "ORG", "LOC", "MISC"), at_tag
    tags[tok] = (nt_tag, at_tag)
# The plainest names in the fixture.
assert tags["بوتين"][0] in ("I-PER", "B-PER"), tags["بوتين"]
assert tags["بوتين"][1] in ("I-PERS", "B-PERS"), tags["بوتين"]
assert tags["موسكو"][1] == "B-LOC", tags["موسكو"]
PY

out="$("$RASD" eval ner "$TMP/gold.txt")"
echo "$out" | grep -q '^overall ' || fail "no overall row: $out"
echo "$out" | tail -n 1 | grep -Eq '^F1 [0-9]+\.[0-9]{2}$' || fail "last line: $out"

gold="$SHARED/data/ner/anercorp/ANERCorp_CamelLab_test.txt"
if [ -f "$gold" ]; then
  f1="$("$RASD" eval ner "$gold" | tail -n 1 | awk '{print $2}')"
  echo "ANERcorp test entity F1: $f1"
  python3 -c "import sys; sys.exit(0 if float('$f1') >= 65 else 1)" || fail "F1 $f1 < 65"
else
  echo "../shared/data/ner/anercorp not found: NER score check skipped"
fi
expect_status 1 "$RASD" tag --format conll --tagset ace "$TMP/gold.txt"
expect_status 1 "$RASD" tag --format json "$TMP/gold.txt"
expect_status 2 "$RASD" tag --format conll "$TMP/missing.txt"
expect_status 2 "$RASD" eval ner "$TMP/missing.txt"
printf 'a O\n\xff\xfe O\n' > "$TMP/bad.txt"
expect_status 2 "$RASD" tag "$TMP/bad.txt"
echo "tag ok"
