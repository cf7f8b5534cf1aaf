#!/usr/bin/env bash
# The tagger's dev protocol (models/ner.md): trains the committed model's
# recipe with the last 10% of ANERcorp train held out (--dev-tail 10) under
# several shuffling seeds and prints each seed's dev F1 and their mean. The
# dev figure moves by about +-0.7 with the seed alone, so compare means of
# four seeds or more. Extra arguments go to `rasd train ner`.
#
# SILVER must be the silver news of a first model trained WITHOUT the dev
# tail (models/ner.md, steps 1-2 with --dev-tail 10), else the dev names
# leak into the gazetteer. Run from the project root:
#   SILVER=/tmp/silver-dev.txt SEEDS="1 2 3 4" scripts/ner/dev_seeds.sh [ARGS...]
set -euo pipefail
: "${SILVER:?set SILVER to the dev-safe silver CoNLL file}"
seeds="${SEEDS:-1 2 3 4}"
D=../shared/data/ner
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
sum=0
n=0
for s in $seeds; do
  build/rasd train ner --corpus anercorp=$D/anercorp/ANERCorp_CamelLab_train.txt \
    --evidence wikifane=$D/wikifane/WikiFANE_Gold_2014_500K.txt \
    --gazetteer --gaz-corpus wikifane=$D/wikifane/WikiFANE_Gold_2014_500K.txt \
    --gaz-corpus aqmar=$D/aqmar/articles --gaz-corpus native="$SILVER" \
    --memory --epochs 10 --dev-tail 10 --seed "$s" --out "$out/ner.bin" \
    "$@" >"$out/log" 2>&1 || { cat "$out/log" >&2; exit 1; }
  f1=$(grep -o 'dev F1 [0-9.]*' "$out/log" | tail -1 | cut -d' ' -f3)
  echo "seed $s: dev F1 $f1"
  sum=$(awk -v a="$sum" -v b="$f1" 'BEGIN { print a + b }')
  n=$((n + 1))
done
awk -v a="$sum" -v n="$n" 'BEGIN { printf "mean of %d seeds: %.2f\n", n, a / n }'
