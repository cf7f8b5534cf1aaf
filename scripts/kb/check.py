#!/usr/bin/env python3
"""Validates rasd knowledge-base files (data/kb/*.tsv) and prints counts.

Usage: python3 scripts/kb/check.py [-v] [PATH ...]
  PATH: .tsv files or directories of them (default: data/kb). Files are
  recognised by their header line: actor files start with `key`, office
  holders with `actor`, titles with `title`.

Errors (exit status 1), each reported as FILE:LINE: message:
  wrong column count or header; bad key slug or a key used twice across all
  files; unknown type, role or kind; a country that is neither empty nor an
  ISO3 code present in countries.tsv; a malformed or repeated Wikidata id;
  an empty name_en/name_ar; Latin letters inside an Arabic name; empty or
  padded items in |-lists; roles naming a missing person or office; malformed
  dates, impossible dates, from > to.
Warnings (printed with -v, counted always): one surface form naming several
  entries (e.g. طرابلس), overlapping terms of different people in one office
  (rival governments, or a mistake worth a look).
Stdlib only.
"""

import argparse
import collections
import datetime
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACTOR_HEADER = ["key", "type", "country", "wikidata", "name_en", "name_ar",
                "aliases", "adjectives", "metonyms"]
ROLE_HEADER = ["actor", "role", "country", "from", "to"]
TITLE_HEADER = ["title", "role", "kind"]
TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "MISC"}
ROLES = {"head_of_state", "head_of_government", "foreign_minister",
         "defense_minister", "commander", "spokesperson", "leader", "envoy",
         "secretary_general", "other"}
KINDS = {"office", "rank", "honorific"}
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ARABIC_RE = re.compile("[\u0600-\u06ff]")
LATIN_RE = re.compile("[A-Za-z]")
DIACRITICS_RE = re.compile("[\u064b-\u0652\u0670\u0640]")


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def read_table(path, checker):
    """Returns (header, [(line_no, cells)]); header is None when the file has
    no header line and False when it cannot be read."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except UnicodeDecodeError as e:
        checker.error(path, f"not UTF-8 ({e.reason} at byte {e.start})")
        return False, []
    header, rows = None, []
    for n, line in enumerate(lines, 1):
        if line.endswith("\r"):
            checker.error(f"{path}:{n}", "CR line ending")
            line = line[:-1]
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append((n, cells))
    return header, rows


def parse_date(text, end):
    """ISO date, year-month or year -> the first (or, if end, last) day."""
    m = DATE_RE.match(text)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return datetime.date(year, 12, 31) if end else datetime.date(year, 1, 1)
        month = int(month)
        if day is None:
            if end:
                nxt = datetime.date(year + month // 12, month % 12 + 1, 1)
                return nxt - datetime.timedelta(days=1)
            return datetime.date(year, month, 1)
        return datetime.date(year, month, int(day))
    except ValueError:
        return None


def check_list(where, column, cell, checker, allow_latin):
    items = cell.split("|") if cell else []
    for item in items:
        if not item:
            checker.error(where, f"{column}: empty item in '{cell}'")
        elif item != item.strip() or "  " in item:
            checker.error(where, f"{column}: stray spaces in '{item}'")
        elif LATIN_RE.search(item) and ARABIC_RE.search(item) and not allow_latin:
            checker.error(where, f"{column}: mixes Latin and Arabic letters: '{item}'")
        elif LATIN_RE.search(item) and not allow_latin:
            checker.error(where, f"{column}: Latin letters in '{item}'")
        elif not LATIN_RE.search(item) and not ARABIC_RE.search(item):
            checker.error(where, f"{column}: no letters in '{item}'")
    if len(set(items)) != len(items):
        checker.error(where, f"{column}: repeated item in '{cell}'")
    return [i for i in items if i]


def collect_files(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".tsv"))
        else:
            files.append(p)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list warnings")
    ap.add_argument("paths", nargs="*", default=[os.path.join(ROOT, "data/kb")])
    args = ap.parse_args()
    ck = Checker()

    actors, roles, titles = [], [], []  # (where, dict, file)
    for path in collect_files(args.paths):
        if not os.path.exists(path):
            ck.error(path, "not found")
            continue
        header, rows = read_table(path, ck)
        if header is False:
            continue
        if header is None:
            ck.error(path, "no header line")
            continue
        expected = {"key": ACTOR_HEADER, "actor": ROLE_HEADER, "title": TITLE_HEADER}.get(header[0])
        if expected is None or header != expected:
            ck.error(path, "header must be one of: " + " | ".join(
                "\\t".join(h) for h in (ACTOR_HEADER, ROLE_HEADER, TITLE_HEADER)))
            continue
        target = {"key": actors, "actor": roles, "title": titles}[header[0]]
        for n, cells in rows:
            where = f"{path}:{n}"
            if len(cells) != len(expected):
                ck.error(where, f"{len(cells)} columns, want {len(expected)}")
                continue
            target.append((where, dict(zip(expected, cells)), os.path.basename(path)))

    # ISO3 codes are those of countries.tsv rows (the file naming itself).
    iso3 = {r["country"] for _, r, f in actors if f == "countries.tsv" and r["country"]}
    if not iso3:
        ck.error("countries.tsv", "missing or has no country codes")

    keys, qids, forms = {}, {}, collections.defaultdict(set)
    counts = collections.Counter()
    for where, r, fname in actors:
        key = r["key"]
        if not KEY_RE.match(key):
            ck.error(where, f"key '{key}' is not a lowercase ASCII slug")
        elif key in keys:
            ck.error(where, f"key '{key}' already used at {keys[key][0]}")
        else:
            keys[key] = (where, r)
        if r["type"] not in TYPES:
            ck.error(where, f"type '{r['type']}' not one of {' '.join(sorted(TYPES))}")
        if r["country"] and r["country"] not in iso3:
            ck.error(where, f"country '{r['country']}' is not an ISO3 code of countries.tsv")
        if r["wikidata"]:
            if not QID_RE.match(r["wikidata"]):
                ck.error(where, f"wikidata '{r['wikidata']}' is not a Q-id")
            elif r["wikidata"] in qids:
                ck.error(where, f"wikidata {r['wikidata']} already used at {qids[r['wikidata']]}")
            else:
                qids[r["wikidata"]] = where
        if not r["name_en"].strip():
            ck.error(where, "empty name_en")
        if not r["name_ar"].strip():
            ck.error(where, "empty name_ar")
        elif LATIN_RE.search(r["name_ar"]) or not ARABIC_RE.search(r["name_ar"]):
            ck.error(where, f"name_ar '{r['name_ar']}' is not Arabic script")
        allow_latin = fname == "outlets.tsv"
        # A leading ~ marks a local alias (data/kb/README.md), nothing else.
        aliases = r["aliases"]
        if any("~" in a[1:] for a in aliases.split("|")):
            ck.error(where, f"aliases: ~ only at the start of an alias in '{aliases}'")
        aliases = "|".join(a.lstrip("~") for a in aliases.split("|")) if aliases else ""
        names = [r["name_ar"]] + check_list(where, "aliases", aliases, ck, allow_latin)
        check_list(where, "adjectives", r["adjectives"], ck, False)
        check_list(where, "metonyms", r["metonyms"], ck, False)
        if r["name_ar"] in aliases.split("|"):
            ck.error(where, "an alias repeats name_ar")
        for cell in (r["name_ar"], r["aliases"], r["adjectives"], r["metonyms"]):
            if DIACRITICS_RE.search(cell):
                ck.error(where, f"vowel marks or tatweel in '{cell}' (news text has none)")
        for name in names:
            forms[name].add(key)
        counts[(fname, r["type"])] += 1

    people = {k for k, (_, r) in keys.items() if r["type"] == "PER"}
    terms = collections.defaultdict(list)
    for where, r, fname in roles:
        if r["actor"] not in people:
            ck.error(where, f"actor '{r['actor']}' is not a person key")
        if r["role"] not in ROLES:
            ck.error(where, f"role '{r['role']}' not one of {' '.join(sorted(ROLES))}")
        office = r["country"]
        if ISO3_RE.match(office):
            if office not in iso3:
                ck.error(where, f"country '{office}' is not an ISO3 code of countries.tsv")
        elif office not in keys or keys[office][1]["type"] == "PER":
            ck.error(where, f"country '{office}' is neither ISO3 nor an organisation key")
        # A coarse date is a span: "2015" runs from 2015-01-01 to 2015-12-31.
        start_lo = parse_date(r["from"], end=False)
        start_hi = parse_date(r["from"], end=True)
        end_lo = parse_date(r["to"], end=False) if r["to"] else datetime.date.max
        end_hi = parse_date(r["to"], end=True) if r["to"] else datetime.date.max
        if start_lo is None:
            ck.error(where, f"from '{r['from']}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        if end_lo is None:
            ck.error(where, f"to '{r['to']}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        if start_lo and end_lo:
            if start_lo > end_hi:
                ck.error(where, f"from {r['from']} is after to {r['to']}")
            terms[(r["role"], office)].append((start_lo, start_hi, end_lo, r["actor"], where))
        counts[(fname, r["role"])] += 1

    # Overlaps: only for offices with one holder at a time; "other" and
    # "spokesperson" cover several distinct posts.
    overlaps = 0
    for (role, office), spans in terms.items():
        if role in ("other", "spokesperson"):
            continue
        # Reported only when certain despite coarse dates: the later term
        # starts (at its latest) before the earlier one ends (at its earliest).
        spans.sort()
        for i, (_, _, e1, a1, w1) in enumerate(spans):
            for _, s2_hi, _, a2, w2 in spans[i + 1:]:
                if s2_hi < e1 and a1 != a2:
                    overlaps += 1
                    ck.warn(w2, f"{a2} overlaps {a1} ({w1}) as {role} of {office}")

    seen_titles = {}
    for where, r, fname in titles:
        if r["title"] in seen_titles:
            ck.error(where, f"title '{r['title']}' already at {seen_titles[r['title']]}")
        seen_titles[r["title"]] = where
        if not ARABIC_RE.search(r["title"]) or LATIN_RE.search(r["title"]):
            ck.error(where, f"title '{r['title']}' is not Arabic script")
        if r["role"] not in ROLES | {"none"}:
            ck.error(where, f"role '{r['role']}' not a roles.tsv role or none")
        if r["kind"] not in KINDS:
            ck.error(where, f"kind '{r['kind']}' not one of {' '.join(sorted(KINDS))}")
        counts[(fname, r["kind"])] += 1

    shared = {f: k for f, k in forms.items() if len(k) > 1}
    for form, ks in sorted(shared.items()):
        ck.warn("names", f"'{form}' names {len(ks)} entries: {' '.join(sorted(ks))}")

    by_file = collections.defaultdict(dict)
    for (fname, kind), n in counts.items():
        by_file[fname][kind] = n
    for fname in sorted(by_file):
        parts = " ".join(f"{k}={n}" for k, n in sorted(by_file[fname].items()))
        print(f"{fname}: {sum(by_file[fname].values())} rows ({parts})")
    with_roles = len({r["actor"] for _, r, _ in roles} & people)
    print(f"people with roles: {with_roles} of {len(people)}; wikidata ids: {len(qids)}")
    print(f"names shared by several entries: {len(shared)}; overlapping office terms: {overlaps}")
    if args.verbose:
        for w in ck.warnings:
            print("warning:", w)
    for e in ck.errors:
        print(e, file=sys.stderr)
    if ck.errors:
        print(f"{len(ck.errors)} errors", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
