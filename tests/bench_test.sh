#!/usr/bin/env bash
# rasd bench analyze and rasd bench words: on a tiny corpus they run, exit 0
# and print their figure lines. No timing is asserted.
source "$(dirname "$0")/lib.sh"

python3 - "$TMP/tiny.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(40):
        body = " ".join(["قال الوزير «سنواصل الدعم»، وأضاف: هل نتفاوض؟ نعم؛ Reuters %d." % i]
                        * (1 + i % 5))
        f.write(json.dumps({"id": "b%d" % i, "text": body}, ensure_ascii=False) + "\n")
PY

out="$("$RASD" bench analyze "$TMP/tiny.jsonl")"
echo "$out"
grep -Eq '^corpus +40 documents' <<<"$out" || fail "bench analyze: no corpus line"
grep -Eq '^analyze .* MB/s' <<<"$out" || fail "bench analyze: no MB/s line"
grep -Eq '^peak RSS' <<<"$out" || fail "bench analyze: no peak RSS line"

out="$("$RASD" bench words "$TMP/tiny.jsonl" --repeat 2)"
echo "$out"
grep -Eq '^bench words single thread' <<<"$out" || fail "bench words: no header line"
for row in 'rasd word layer' 'rasd all steps' 'snowball arabic' 'icu word break'; do
  # name, seconds, MB/s, words/s, two ratios
  grep -Eq "^$row +[0-9.]+ +[0-9.]+ +[0-9.]+M +[0-9.]+x +[0-9.]+x$" <<<"$out" \
    || fail "bench words: no figures for '$row'"
done
grep -Eq '^  normalize ' <<<"$out" || fail "bench words: no per-step lines"
grep -Eq '^  snowball +[1-9][0-9]* tokens stemmed' <<<"$out" || fail "bench words: snowball stemmed nothing"
grep -Eq '^  icu +[1-9][0-9]* word segments' <<<"$out" || fail "bench words: icu found no words"

# Usage errors and an input with no document.
expect_status 1 "$RASD" bench words --repeat 0 "$TMP/tiny.jsonl"
: > "$TMP/empty.jsonl"
expect_status 2 "$RASD" bench words "$TMP/empty.jsonl" 2>/dev/null
"$RASD" bench words --help | grep -q 'ant_multisource_4outlets' || fail "bench words --help: no example"
echo "bench ok"
