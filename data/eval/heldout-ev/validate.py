#!/usr/bin/env python3
"""Check the held-out PLOVER event set.

- corpus.jsonl and events.jsonl parse, one object per line, same ids in the
  same order (ev-001 ... ev-012), published in 2025-2026, 150-300 words;
- every event has a PLOVER type, list-valued actor and recipient, a trigger
  that occurs in its article's text, and a note;
- every key that is neither x- nor agent- exists in data/kb/*.tsv (column
  `key`), every agent- key in data/events/agents.tsv, every x- key is an
  Arabic slug without spaces; nobody is their own recipient.
Prints counts by type. Exit status 1 on any error.

Usage: python3 validate.py [--repo REPOSITORY_ROOT]
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
         "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
         "MOBILIZE", "COERCE", "ASSAULT"}
HERE = os.path.dirname(os.path.abspath(__file__))


def read_keys(path):
    keys = set()
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
            if header[0] == "key":
                keys.add(cells[0])
    return keys


def read_jsonl(path, errors):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{os.path.basename(path)}:{n}: bad JSON: {e}")
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
    args = ap.parse_args()

    kb = set()
    for p in glob.glob(os.path.join(args.repo, "data/kb/*.tsv")):
        kb |= read_keys(p)
    agents = read_keys(os.path.join(args.repo, "data/events/agents.tsv"))
    if not kb or not agents:
        sys.exit("cannot read the knowledge base under " + args.repo)

    errors = []
    corpus = read_jsonl(os.path.join(HERE, "corpus.jsonl"), errors)
    gold = read_jsonl(os.path.join(HERE, "events.jsonl"), errors)
    if len(corpus) != len(gold):
        errors.append(f"{len(corpus)} articles but {len(gold)} event lines")

    counts = collections.Counter()
    n_events = 0
    for i, (doc, g) in enumerate(zip(corpus, gold), 1):
        want = f"ev-{i:03d}"
        for k in ("id", "title", "outlet", "published", "url", "text"):
            if k not in doc:
                errors.append(f"{want}: corpus field {k} missing")
        if doc.get("id") != want or g.get("id") != want:
            errors.append(f"line {i}: ids {doc.get('id')!r}/{g.get('id')!r}, expected {want}")
        if not re.fullmatch(r"202[56]-\d\d-\d\d", doc.get("published") or ""):
            errors.append(f"{want}: published {doc.get('published')!r} not in 2025-2026")
        text = doc.get("text", "")
        words = len(text.split())
        if not 150 <= words <= 300:
            errors.append(f"{want}: {words} words (want 150-300)")
        if set(g) != {"id", "events"} or not isinstance(g.get("events"), list):
            errors.append(f"{want}: event line must be {{id, events: [...]}}")
            continue
        for j, ev in enumerate(g["events"], 1):
            where = f"{want} event {j}"
            n_events += 1
            if set(ev) - {"type", "actor", "recipient", "trigger", "note"}:
                errors.append(f"{where}: unknown fields {sorted(set(ev) - {'type', 'actor', 'recipient', 'trigger', 'note'})}")
            if ev.get("type") not in TYPES:
                errors.append(f"{where}: type {ev.get('type')!r}")
            counts[ev.get("type")] += 1
            trig = ev.get("trigger")
            if not isinstance(trig, str) or not trig or trig not in text:
                errors.append(f"{where}: trigger {trig!r} not in the text")
            if not ev.get("note"):
                errors.append(f"{where}: no note")
            for role in ("actor", "recipient"):
                vals = ev.get(role)
                if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
                    errors.append(f"{where}: {role} must be a list of keys")
                    continue
                if len(set(vals)) != len(vals):
                    errors.append(f"{where}: {role} repeats a key")
                for key in vals:
                    if key.startswith("x-"):
                        if not re.fullmatch(r"x-[\u0600-\u06FF]+(-[\u0600-\u06FF]+)*", key):
                            errors.append(f"{where}: bad x- slug {key!r}")
                    elif key.startswith("agent-"):
                        if key not in agents:
                            errors.append(f"{where}: {key} not in agents.tsv")
                    elif key not in kb:
                        errors.append(f"{where}: {key} not in data/kb/*.tsv")
            if isinstance(ev.get("actor"), list) and isinstance(ev.get("recipient"), list):
                if set(ev["actor"]) & set(ev["recipient"]):
                    errors.append(f"{where}: actor is its own recipient")
                if not ev["actor"] and ev.get("type") not in {"ASSAULT", "PROTEST"}:
                    errors.append(f"{where}: no actor")

    for e in errors:
        print("ERROR", e)
    print(f"{len(corpus)} articles, {n_events} events")
    for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {t:10s} {n}")
    for t in sorted(TYPES - set(counts)):
        print(f"  {t:10s} 0")
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
