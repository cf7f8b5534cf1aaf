#!/usr/bin/env python3
"""Checks corpus.jsonl / facts.jsonl of the held-out set and prints counts."""
import json, re, sys, datetime, collections
corpus = [json.loads(l) for l in open("corpus.jsonl")]
gold = [json.loads(l) for l in open("facts.jsonl")]
err = 0
def bad(*a):
    global err; err += 1; print("ERROR", *a)
QM = "«»\"“”"
assert [c["id"] for c in corpus] == [g["id"] for g in gold]
cnt = collections.Counter(); units = collections.Counter(); prec = collections.Counter()
for c, g in zip(corpus, gold):
    t = c["text"]; i = c["id"]
    for k in ["id", "title", "outlet", "published", "url", "text"]:
        if k not in c: bad(i, "missing", k)
    datetime.date.fromisoformat(c["published"])
    nw = len(t.split())
    if not 180 <= nw <= 350: bad(i, "word count", nw)
    if set(g) != {"id", "dates", "amounts", "quotes"}: bad(i, "keys", g.keys())
    for kind in ["dates", "amounts", "quotes"]:
        seen = collections.Counter(); spans = []
        for it in g[kind]:
            s = it["text"]; seen[s] += 1; n = seen[s]
            pos = [m.start() for m in re.finditer(re.escape(s), t)]
            if len(pos) < n: bad(i, kind, "text not found (occurrence %d)" % n, s); continue
            st = pos[n - 1]; spans.append((st, st + len(s), s))
            if (st > 0 and (t[st-1].isdigit() and s[0].isdigit())) or (st+len(s) < len(t) and t[st+len(s)].isdigit() and s[-1].isdigit()):
                bad(i, kind, "match cuts a number", s)
            if st > 0 and t[st-1].isalpha() and s[0].isalpha() and t[st-1] not in "وفبلك":
                print("  note: %s %s item starts inside a word: ...%s|%s" % (i, kind, t[max(0,st-6):st], s[:15]))
            if kind == "dates":
                v, p = it["value"], it["precision"]
                if p not in ("day", "month", "year"): bad(i, "precision", it)
                if v is not None:
                    want = {"year": r"\d{4}", "month": r"\d{4}-\d\d", "day": r"\d{4}-\d\d-\d\d"}[p]
                    if not re.fullmatch(want, v): bad(i, "value/precision", it)
                    if p == "day": datetime.date.fromisoformat(v)
                    if p == "month": assert 1 <= int(v[5:]) <= 12
                prec[p] += 1
            if kind == "amounts":
                if not isinstance(it["value"], (int, float)) or isinstance(it["value"], bool): bad(i, "value", it)
                if not isinstance(it["unit"], str): bad(i, "unit", it)
                units[it["unit"]] += 1
            if kind == "quotes":
                for k in ["speaker", "outlet", "direct"]:
                    if k not in it: bad(i, "quote missing", k, it)
                # direct <=> text lies inside quotation marks
                before = t[:st]
                opens = before.count("«") - before.count("»")
                dq = sum(before.count(q) for q in "\"") % 2
                curly = before.count("“") - before.count("”")
                inside = opens > 0 or dq == 1 or curly > 0
                if inside != it["direct"]: bad(i, "direct flag mismatch", it["text"])
                if any(q in s for q in QM) and it["direct"]: bad(i, "direct text contains marks", s)
                if it.get("speaker_kind") not in (None, "anonymous"): bad(i, "speaker_kind", it)
                if it["speaker"] is None and it["outlet"] is None: bad(i, "neither speaker nor outlet", it)
                cnt["q_direct"] += it["direct"]; cnt["q_anon"] += it.get("speaker_kind") == "anonymous"
                cnt["q_outlet"] += it["outlet"] is not None; cnt["q_outlet_only"] += it["speaker"] is None
            if "note" in it and not it["note"]: bad(i, "empty note")
        s2 = sorted(spans)
        for a, b in zip(s2, s2[1:]):
            if b[0] < a[1]: bad(i, kind, "overlapping items", a[2], "|", b[2])
        if [x[0] for x in spans] != [x[0] for x in s2]: bad(i, kind, "items not in text order")
        cnt[kind] += len(g[kind])
    print(f"{i} words={nw:3d} dates={len(g['dates']):2d} amounts={len(g['amounts']):2d} quotes={len(g['quotes']):2d}")
print("totals:", dict(cnt))
print("date precision:", dict(prec))
print("amount units:", dict(units.most_common()))
print("errors:", err)
sys.exit(1 if err else 0)
