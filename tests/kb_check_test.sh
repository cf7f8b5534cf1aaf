#!/usr/bin/env bash
# The knowledge base under data/kb passes scripts/kb/check.py; the checker
# rejects broken copies with FILE:LINE messages; countries.tsv is what
# scripts/kb/countries.py generates from Debian's iso-codes; country-name
# coverage of the mledoze gazetteer stays at or above the measured level.
source "$(dirname "$0")/lib.sh"
ROOT="$(cd "$HERE/.." && pwd)"
KB="$ROOT/data/kb"

python3 "$ROOT/scripts/kb/check.py" "$KB" > "$TMP/check.out"
grep -q '^ok$' "$TMP/check.out" || fail "check.py did not print ok"
people="$(sed -n 's/^people with roles: \([0-9]*\) of.*/\1/p' "$TMP/check.out")"
[ "$people" -ge 300 ] || fail "only $people people with roles"

# Each broken copy must fail and name the file and line of the fault.
broken() {  # broken NAME FILE LINE_TO_APPEND EXPECTED_MESSAGE
  rm -rf "$TMP/$1" && cp -r "$KB" "$TMP/$1"
  printf '%s\n' "$3" >> "$TMP/$1/$2"
  set +e; python3 "$ROOT/scripts/kb/check.py" "$TMP/$1" 2> "$TMP/$1.err" > /dev/null
  local got=$?; set -e
  [ "$got" -eq 1 ] || fail "$1: check.py exited $got, expected 1"
  grep -q "$2:[0-9]*: .*$4" "$TMP/$1.err" || fail "$1: no '$2:LINE: ...$4' in $(cat "$TMP/$1.err")"
}
tab=$'\t'
broken dupkey places.tsv "russia${tab}GPE${tab}RUS${tab}${tab}Russia${tab}روسيا${tab}${tab}${tab}" "already used"
broken badiso places.tsv "atlantis${tab}GPE${tab}ATL${tab}${tab}Atlantis${tab}أطلانتس${tab}${tab}${tab}" "not an ISO3 code"
broken noname people.tsv "nobody${tab}PER${tab}LBY${tab}${tab}Nobody${tab}${tab}${tab}${tab}" "empty name_ar"
broken columns outlets.tsv "short-row${tab}ORG" "2 columns"
broken dates roles.tsv "khalifa-haftar${tab}commander${tab}LBY${tab}2019-02-30${tab}" "not a date"
broken order roles.tsv "khalifa-haftar${tab}commander${tab}LBY${tab}2019${tab}2018-05" "after to"
broken actor roles.tsv "no-such-person${tab}envoy${tab}LBY${tab}2019${tab}" "not a person key"
broken title titles.tsv "الرئيس${tab}head_of_state${tab}office" "already at"
broken latin people.tsv "mixed-name${tab}PER${tab}${tab}${tab}Mixed${tab}حفتر${tab}Haftar حفتر${tab}${tab}" "mixes Latin"

if [ -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
  python3 "$ROOT/scripts/kb/countries.py" --out "$TMP/countries.tsv" > /dev/null
  diff -u "$KB/countries.tsv" "$TMP/countries.tsv" > "$TMP/countries.diff" ||
    fail "data/kb/countries.tsv is stale: rerun scripts/kb/countries.py ($(head -c 400 "$TMP/countries.diff"))"
else
  echo "Debian iso-codes not installed: countries.tsv regeneration check skipped"
fi

gaz="$SHARED/data/gazetteers/countries_mledoze/countries.json"
if [ -f "$gaz" ]; then
  python3 "$ROOT/scripts/kb/coverage.py" --min 84 "$gaz" "$KB/countries.tsv" ||
    fail "country-name coverage fell below 84%"
else
  echo "../shared/data/gazetteers/countries_mledoze not found: coverage check skipped"
fi
echo "kb_check ok"
