#!/usr/bin/env python3
"""Measures how many Arabic country names of an outside gazetteer the KB knows.

Usage: python3 scripts/kb/coverage.py [-v] [--min PERCENT] [GAZETTEER] [KB_FILE]
  GAZETTEER: mledoze's countries.json (default:
             ../shared/data/gazetteers/countries_mledoze/countries.json)
  KB_FILE:   data/kb/countries.tsv

For every gazetteer entry, its Arabic common and official names are
normalised (vowel marks and tatweel dropped, أ إ آ ٱ -> ا, ى -> ي, ة -> ه,
spaces collapsed, و attached to the next word) and looked up among the
normalised name_ar and aliases of countries.tsv. Prints:
  common:   entries whose Arabic common name the KB has
  official: entries whose Arabic official name the KB has
  either:   entries with at least one of the two
  entries:  entries whose ISO3 code (cca3) is a country code of the KB
  UN members: `either` restricted to entries marked unMember
The gazetteer is only measured against, never copied: with -v the misses are
listed so a person can decide what to add, in their own wording.
Exits 1 if `either` is below --min (default 0, i.e. never).
"""

import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_GAZ = os.path.join(ROOT, "..", "shared", "data", "gazetteers",
                           "countries_mledoze", "countries.json")

_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


def normalise(text):
    text = _MARKS.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = " ".join(text.split())
    return re.sub(r"(^| )و (?=\S)", r"\1و", text)


def read_kb(path):
    names, codes = set(), set()
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            if row.get("country"):
                codes.add(row["country"])
            for name in [row.get("name_ar", "")] + row.get("aliases", "").split("|"):
                if name:
                    names.add(normalise(name))
    return names, codes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses")
    ap.add_argument("--min", type=float, default=0.0, help="fail below this %% (either)")
    ap.add_argument("gazetteer", nargs="?", default=DEFAULT_GAZ)
    ap.add_argument("kb", nargs="?", default=os.path.join(ROOT, "data/kb/countries.tsv"))
    args = ap.parse_args()
    if not os.path.exists(args.gazetteer):
        print(f"{args.gazetteer}: not found (coverage not measured)")
        return 0
    with open(args.gazetteer, encoding="utf-8") as f:
        entries = json.load(f)
    names, codes = read_kb(args.kb)

    total = common = official = either = coded = un_total = un_either = 0
    misses = []
    for e in entries:
        ar = e.get("translations", {}).get("ara")
        if not ar:
            continue
        total += 1
        hit_c = normalise(ar.get("common", "")) in names
        hit_o = normalise(ar.get("official", "")) in names
        common += hit_c
        official += hit_o
        either += hit_c or hit_o
        coded += e.get("cca3") in codes
        if e.get("unMember"):
            un_total += 1
            un_either += hit_c or hit_o
        if not (hit_c or hit_o):
            misses.append(f"{e.get('cca3')}: {ar.get('common')} / {ar.get('official')}")

    def pct(n):
        return 100.0 * n / total if total else 0.0

    print(f"gazetteer entries with Arabic names: {total}")
    print(f"common:   {common}/{total} = {pct(common):.1f}%")
    print(f"official: {official}/{total} = {pct(official):.1f}%")
    print(f"either:   {either}/{total} = {pct(either):.1f}%")
    print(f"entries:  {coded}/{total} = {pct(coded):.1f}% (ISO3 code present)")
    if un_total:
        print(f"UN members, either name: {un_either}/{un_total} = "
              f"{100.0 * un_either / un_total:.1f}%")
    if args.verbose:
        for m in misses:
            print("miss", m)
    if pct(either) < args.min:
        print(f"coverage {pct(either):.1f}% below --min {args.min}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
