#!/usr/bin/env bash
# Pins the actor resolution on the demo corpus: for every article, its
# actors named by a mention (the events layer adds the generic agents and
# nisba-only actors its events name; those are pinned by the events tests)
# as "key TYPE country: alias | alias" must equal
# tests/golden/demo_actors.txt. A change in names, knowledge base or
# resolution shows up here as a diff to review; after checking it, rewrite
# the golden file with: UPDATE_GOLDEN=1 bash tests/actors_demo_test.sh build/rasd
source "$(dirname "$0")/lib.sh"

golden="$HERE/golden/demo_actors.txt"
"$RASD" analyze "$HERE/../data/demo/corpus.jsonl" > "$TMP/records.jsonl"
python3 - "$TMP/records.jsonl" > "$TMP/actors.txt" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    actors = {a["id"]: a for a in r["actors"]}
    # Every mention points at an actor whose aliases hold its text.
    for m in r["mentions"]:
        a = actors[m["actor"]]
        assert m["text"] in a["aliases"], (r["id"], m, a)
    print("#", r["id"])
    named = {m["actor"] for m in r["mentions"]}
    for a in r["actors"]:
        if a["id"] not in named:
            continue
        print(f'{a["key"]} {a["type"]} {a["country"] or "-"}: ' +
              " | ".join(a["aliases"]))
PY
if [ -n "${UPDATE_GOLDEN:-}" ]; then
  cp "$TMP/actors.txt" "$golden"
  echo "wrote $golden"
  exit 0
fi
diff -u "$golden" "$TMP/actors.txt" || fail "actors on the demo corpus differ from $golden"
echo "actors on the demo corpus: $(grep -vc '^#' "$golden") actors in $(grep -c '^#' "$golden") articles, as pinned"
