#!/usr/bin/env bash
# rasd segment: CoNLL-U whose forms rebuild each line; rasd eval seg on the
# UD Arabic-PUD dev set stays at or above the measured level.
source "$(dirname "$0")/lib.sh"

printf 'وقال لحفتر إن بوتين سيزور ليبيا.\n\nكتابه له، 2.9 مليار\n' > "$TMP/in.txt"
"$RASD" segment "$TMP/in.txt" > "$TMP/out.conllu"
python3 - "$TMP/in.txt" "$TMP/out.conllu" <<'PY'
import sys
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l.strip()]
blocks = [b for b in open(sys.argv[2], encoding="utf-8").read().split("\n\n") if b.strip()]
assert len(blocks) == len(lines), (len(blocks), len(lines))
for line, block in zip(lines, blocks):
    rows = [r.split("\t") for r in block.split("\n") if r and not r.startswith("#")]
    assert all(len(r) == 10 for r in rows), rows
    text = "".join(r[1] + ("" if "SpaceAfter=No" in r[9] else " ") for r in rows).rstrip()
    assert text == line, (text, line)
forms = [r.split("\t")[1] for r in blocks[0].split("\n") if r and not r.startswith("#")]
assert forms == ["و", "قال", "ل", "حفتر", "إن", "بوتين", "س", "يزور", "ليبيا", "."], forms
PY

gold="$SHARED/data/seg/ud_pud/ar_pud-dev-first500.conllu"
if [ -f "$gold" ]; then
  f1="$("$RASD" eval seg "$gold" | tail -n 1 | awk '{print $2}')"
  echo "UD Arabic-PUD word F1: $f1"
  python3 -c "import sys; sys.exit(0 if float('$f1') >= 97.5 else 1)" || fail "F1 $f1 < 97.5"
else
  echo "../shared/data/seg/ud_pud not found: segmentation score check skipped"
fi
expect_status 1 "$RASD" segment --format conll "$TMP/in.txt"
expect_status 2 "$RASD" eval seg "$TMP/missing.conllu"
echo "segment ok"
