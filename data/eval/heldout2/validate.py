#!/usr/bin/env python3
"""Validate heldout2 corpus.jsonl + facts.jsonl and print counts."""
import json, re, sys, datetime, collections, os
here = os.path.dirname(os.path.abspath(__file__))
corpus = [json.loads(l) for l in open(os.path.join(here, "corpus.jsonl"))]
facts = [json.loads(l) for l in open(os.path.join(here, "facts.jsonl"))]
errors = []
def err(*a): errors.append(" ".join(map(str, a)))
if [c["id"] for c in corpus] != [f["id"] for f in facts]: err("ids differ or not in the same order")
for c in corpus:
    for k in ("id", "title", "outlet", "published", "url", "text"):
        if k not in c: err(c.get("id"), "missing field", k)
    datetime.date.fromisoformat(c["published"])
    n = len(c["text"].split())
    if not 180 <= n <= 350: err(c["id"], "word count", n)
C = {c["id"]: c for c in corpus}
cnt = collections.Counter(); prec = collections.Counter(); unit = collections.Counter(); q = collections.Counter()
for f in facts:
    t = C[f["id"]]["text"]; pub = C[f["id"]]["published"]
    for kind in ("dates", "amounts", "quotes"):
        if kind not in f: err(f["id"], "missing list", kind); continue
        seen = collections.Counter(); spans = []
        for it in f[kind]:
            x = it["text"]; seen[x] += 1; pos = -1
            for _ in range(seen[x]):
                pos = t.find(x, pos + 1)
                if pos < 0: break
            if pos < 0: err(f["id"], kind, "not found as occurrence", seen[x], x); continue
            s = (pos, pos + len(x))
            for o in spans:
                if s[0] < o[1] and o[0] < s[1]: err(f["id"], kind, "overlaps another item:", x)
            spans.append(s); cnt[kind] += 1
            if kind == "dates":
                p, v = it["precision"], it["value"]; prec[p] += 1
                if v is None: prec["null"] += 1; continue
                pat = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}[p]
                if not re.fullmatch(pat, v): err(f["id"], "bad date value", x, v, p)
                else: datetime.date.fromisoformat((v + "-01-01")[:10] if p != "day" else v)
            elif kind == "amounts":
                if not isinstance(it["value"], (int, float)) or isinstance(it["value"], bool): err(f["id"], "bad amount", x)
                unit[it["unit"]] += 1
            else:
                for k in ("speaker", "outlet", "direct"):
                    if k not in it: err(f["id"], "quote lacks", k, x)
                b = t[:s[0]]
                inside = (b.count("«") > b.count("»")) or (b.count("“") > b.count("”")) or (b.count('"') % 2 == 1)
                if inside != it["direct"]: err(f["id"], "direct flag disagrees with quotation marks:", x)
                q["direct"] += it["direct"]; q["anonymous"] += it.get("speaker_kind") == "anonymous"
                q["with outlet"] += bool(it["outlet"]); q["outlet only"] += bool(it["outlet"]) and not it["speaker"]
print("articles", len(corpus))
print("items", dict(cnt))
print("date precision", dict(prec))
print("amount units", dict(unit.most_common()))
print("quotes", dict(q))
for e in errors: print("ERROR", e)
print("OK" if not errors else "FAILED (%d errors)" % len(errors))
sys.exit(1 if errors else 0)
