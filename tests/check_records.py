#!/usr/bin/env python3
"""Validates rasd/1 JSONL on stdin: required fields and types (SPEC §1), and
that every span's "text" equals text[start:end] in code points.
Usage: check_records.py [--count N]   (exit 1 with a reason on the first bad record)"""
import json
import sys

TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "MISC"}
LAYERS = ["sentences", "mentions", "actors", "dates", "amounts", "quotes", "events"]


def fail(n, msg):
    sys.exit(f"record {n}: {msg}")


def check_spans(n, node, text):
    if isinstance(node, dict):
        if {"start", "end"} <= node.keys():
            s, e = node["start"], node["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
                fail(n, f"bad span {s}..{e} (text has {len(text)} code points)")
            if "text" in node and node["text"] != text[s:e]:
                fail(n, f"span text {node['text']!r} != text[{s}:{e}] {text[s:e]!r}")
        for k, v in node.items():
            if k != "text":
                check_spans(n, v, text)
    elif isinstance(node, list):
        for v in node:
            check_spans(n, v, text)


def main():
    want = None
    if len(sys.argv) == 3 and sys.argv[1] == "--count":
        want = int(sys.argv[2])
    n = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        n += 1
        r = json.loads(line)
        if r.get("schema") != "rasd/1":
            fail(n, "schema is not rasd/1")
        if not isinstance(r.get("id"), str) or not r["id"]:
            fail(n, "missing id")
        meta = r.get("meta")
        if not isinstance(meta, dict) or not {"title", "url", "outlet", "published", "lang"} <= meta.keys():
            fail(n, "meta lacks title/url/outlet/published/lang")
        if not isinstance(r.get("text"), str):
            fail(n, "text is not a string")
        for layer in LAYERS:
            if not isinstance(r.get(layer), list):
                fail(n, f"{layer} is not a list")
        for m in r["mentions"]:
            if m["type"] not in TYPES:
                fail(n, f"mention type {m['type']}")
        check_spans(n, {k: r[k] for k in LAYERS}, r["text"])
        prev = 0
        for s in r["sentences"]:
            if s["start"] < prev:
                fail(n, "sentences out of order")
            prev = s["end"]
    if want is not None and n != want:
        sys.exit(f"expected {want} records, got {n}")
    print(f"{n} records ok")


if __name__ == "__main__":
    main()
