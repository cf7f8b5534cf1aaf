#!/usr/bin/env python3
"""Event scores on the halves of the UniversalPetrarch gold (docs/events.md).

The sentences whose id has an even md5 are the development half, the odd
ones are held out. Prints triple and type-only P/R/F1 of both halves; with
--show-errors, the development half's errors by sentence id (never the held
out half's); with --demo, the demo gold's halves (001-019, 020-038) too.
Run from the repository root; RASD names the binary (default build/rasd).

  python3 scripts/events/up_halves.py [--show-errors] [--demo]
"""
import copy
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

RASD = os.environ.get("RASD", "build/rasd")
UP = "../shared/data/events/universalpetrarch_arabic/gold-dev.xml"
DEMO = "data/demo/gold/events.jsonl"


def even(sentence_id):
    return int(hashlib.md5(sentence_id.encode()).hexdigest(), 16) % 2 == 0


def score(path, errors=False):
    args = [RASD, "eval", "events", path] + (["--show-errors"] if errors else [])
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def summary(out):
    rows = [l for l in out.splitlines() if l.startswith(("triples", "type only"))]
    return " | ".join(re.sub(r"\s+", " ", r) for r in rows)


def main():
    show = "--show-errors" in sys.argv
    tmp = tempfile.mkdtemp(prefix="up_halves.")
    tree = ET.parse(UP)
    sentences = list(tree.getroot().find("Sentences"))
    for name, keep in (("even", True), ("odd", False)):
        root = copy.deepcopy(tree.getroot())
        s = root.find("Sentences")
        for c in list(s):
            s.remove(c)
        for c in sentences:
            if even(c.get("id")) == keep:
                s.append(copy.deepcopy(c))
        ET.ElementTree(root).write(f"{tmp}/up_{name}.xml", encoding="utf-8")
    out = score(f"{tmp}/up_even.xml", show)
    if show:
        print("\n".join(l for l in out.splitlines() if l.startswith("#")))
    print("UP even (dev):", summary(out))
    print("UP odd (held):", summary(score(f"{tmp}/up_odd.xml")))
    if "--demo" in sys.argv:
        gold = [json.loads(l) for l in open(DEMO, encoding="utf-8")]
        for name, keep in (("dev", lambda n: n <= 19), ("held", lambda n: n >= 20)):
            path = f"{tmp}/demo_{name}.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for g in gold:
                    if keep(int(g["id"][5:])):
                        f.write(json.dumps(g, ensure_ascii=False) + "\n")
            print(f"demo {name}:".ljust(15), summary(score(path)))
        print("demo all:".ljust(15), summary(score(DEMO)))


if __name__ == "__main__":
    main()
