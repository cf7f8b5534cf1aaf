#!/usr/bin/env python3
"""Turns `rasd analyze` records into CoNLL token files with the mentions'
types as BIO tags (native tagset): silver data from rasd's own tagger, for
`rasd train ner --gaz-corpus native=...`, where it only counts how often
each word was tagged inside a name across many documents (models/ner.md).

Tokens are the text's whitespace-separated pieces, one sentence per record
sentence; a token overlapping a mention takes its type (B- on the piece
where the mention starts). Usage:
  rasd analyze -j 2 NEWS... | scripts/ner/silver_conll.py OUT.txt
"""
import json
import re
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = open(sys.argv[1], "w", encoding="utf-8")
    for line in sys.stdin:
        r = json.loads(line)
        text = r["text"]
        mentions = sorted((m["start"], m["end"], m["type"]) for m in r["mentions"])
        for s in r["sentences"]:
            rows = []
            for tok in re.finditer(r"\S+", text[s["start"]:s["end"]]):
                b, e = s["start"] + tok.start(), s["start"] + tok.end()
                tag = "O"
                for ms, me, mt in mentions:
                    if ms < e and b < me:
                        tag = ("B-" if b <= ms else "I-") + mt
                        break
                rows.append(f"{tok.group()}\t{tag}")
            if rows:
                out.write("\n".join(rows) + "\n\n")


if __name__ == "__main__":
    main()
