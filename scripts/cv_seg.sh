#!/usr/bin/env bash
# Cross-validated segmentation score on UD Arabic-PUD: for each of N folds,
# train the word model on WikiNews + the other folds of PUD and score the
# held-out fold; prints each fold and the pooled precision/recall/F1.
# Usage: scripts/cv_seg.sh [N] [build dir]   (run from the repository root)
# CV_SHOW_ERRORS=FILE appends the differing sentences of every fold to FILE;
# TRAIN_ARGS adds options to rasd train seg.
set -euo pipefail
folds=${1:-5}
build=${2:-build}
shared=../shared/data
pud=$shared/seg/ud_pud/ar_pud-dev-first500.conllu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gold=0 sys=0 tp=0
for ((k = 0; k < folds; k++)); do
  mkdir -p "$work/$k"
  "$build/rasd" train seg --quiet ${TRAIN_ARGS:-} \
    --news $shared/news/ant_multisource_4outlets.tar.gz $shared/news/ant_jawharafm.tar.gz \
    --gold $shared/seg/farasa_wikinews/WikiNews.pos.ref "$pud" \
    --hold-out "$k/$folds" --out "$work/$k/words.bin"
  out=$(RASD_MODEL_DIR="$work/$k" "$build/rasd" eval seg "$pud" --fold "$k/$folds" \
    ${CV_SHOW_ERRORS:+--show-errors 1000})
  [[ -n ${CV_SHOW_ERRORS:-} ]] && grep -v '^[a-zA-Z]' <<<"$out" >>"$CV_SHOW_ERRORS"
  read -r g s t < <(awk '/^words/ {print $3, $5, $7}' <<<"$out")
  echo "fold $k/$folds: $(tail -1 <<<"$out")"
  gold=$((gold + g)) sys=$((sys + s)) tp=$((tp + t))
done
awk -v g=$gold -v s=$sys -v t=$tp 'BEGIN {
  p = 100 * t / s; r = 100 * t / g
  printf "pooled: gold %d system %d correct %d\nprecision %.2f\nrecall %.2f\nF1 %.2f\n", g, s, t, p, r, 2 * p * r / (p + r) }'
