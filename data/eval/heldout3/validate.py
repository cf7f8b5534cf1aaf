#!/usr/bin/env python3
"""Validate heldout3 corpus.jsonl + facts.jsonl and print counts.

Adapted from heldout2's validate.py. On top of its checks (ids, word counts,
n-th occurrence, overlaps, value formats, quote fields, direct flag) it
recomputes date values where the surface allows it: weekdays, أمس/أول أمس/
اليوم/غدا, قبل يومين/أسبوعين, weeks, الماضي/الجاري/المقبل with months and
years, and explicit day-month-year dates in any month-name style or in
numeric form. Hijri and Solar Hijri dates were converted with ICU's
islamic-umalqura and persian calendars when the set was made (see README);
here only their weekday and أمس are checked."""
import json, re, sys, datetime, collections, os

here = os.path.dirname(os.path.abspath(__file__))
corpus = [json.loads(l) for l in open(os.path.join(here, "corpus.jsonl"))]
facts = [json.loads(l) for l in open(os.path.join(here, "facts.jsonl"))]
errors = []
def err(*a): errors.append(" ".join(map(str, a)))

D = datetime.date
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
MONTHS = [("كانون الثاني", 1), ("كانون الأول", 12), ("تشرين الأول", 10), ("تشرين الثاني", 11),
          ("يناير", 1), ("جانفي", 1), ("فبراير", 2), ("شباط", 2), ("فيفري", 2), ("مارس", 3), ("آذار", 3),
          ("أبريل", 4), ("نيسان", 4), ("أفريل", 4), ("مايو", 5), ("أيار", 5), ("ماي", 5),
          ("يونيو", 6), ("حزيران", 6), ("جوان", 6), ("يوليو", 7), ("تموز", 7), ("جويلية", 7),
          ("أغسطس", 8), ("آب", 8), ("أوت", 8), ("سبتمبر", 9), ("أيلول", 9), ("أكتوبر", 10),
          ("نوفمبر", 11), ("ديسمبر", 12)]
ORDINALS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
            "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
HIJRI = ("رمضان", "شعبان", "شوال", "محرم", "تير", "هجري", "هـ")
IND = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")

def month_of(s):
    for name, m in MONTHS:
        if re.search(r"(^|[\s/و])" + name + r"($|[\s/،])", s):
            return m
    return None

def ym(d): return "%04d-%02d" % (d.year, d.month)
def add_months(d, k):
    m = d.month - 1 + k
    return D(d.year + m // 12, m % 12 + 1, 1)

def expected(text, pub):
    """Return a list of (what, expected_value_or_predicate) for a date text."""
    t = text.translate(IND); out = []
    hijri = any(h in t for h in HIJRI)
    # relative days
    if re.search(r"أول (من )?أمس", t): out.append(("أول أمس", (pub - datetime.timedelta(2)).isoformat()))
    elif "أمس" in t: out.append(("أمس", (pub - datetime.timedelta(1)).isoformat()))
    if t.startswith("غدا"): out.append(("غدا", (pub + datetime.timedelta(1)).isoformat()))
    if re.fullmatch(r"اليوم (الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)", t): out.append(("اليوم+weekday", pub.isoformat()))
    if t == "قبل يومين": out.append(("قبل يومين", (pub - datetime.timedelta(2)).isoformat()))
    if t == "قبل أسبوعين": out.append(("قبل أسبوعين", ym(pub - datetime.timedelta(14))))
    if t == "الأسبوع المقبل": out.append(("week", ym(pub + datetime.timedelta(7))))
    if t in ("هذا الأسبوع", "الأسبوع الجاري"): out.append(("week", ym(pub)))
    # relative months and years
    if re.search(r"الشهر (الجاري|الحالي)$", t): out.append(("this month", ym(pub)))
    if re.search(r"الشهر الماضي$", t): out.append(("last month", ym(add_months(pub, -1))))
    if re.search(r"الشهر (المقبل|القادم)$", t): out.append(("next month", ym(add_months(pub, 1))))
    if re.search(r"العام (الجاري|الحالي)$", t): out.append(("this year", str(pub.year)))
    if re.search(r"العام الماضي$", t): out.append(("last year", str(pub.year - 1)))
    if re.search(r"العام المقبل$", t): out.append(("next year", str(pub.year + 1)))
    # numeric dates d-m-y or d/m/y
    m = re.search(r"\b(\d{1,2})[-/](\d{1,2})[-/](\d{4})\b", t)
    if m: out.append(("numeric", D(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()))
    # explicit Gregorian day/month/year
    if not hijri:
        mon = month_of(t)
        yr = re.search(r"\b(\d{4})\b", t)
        day = re.search(r"(?:^|\s)(\d{1,2})\s", t)
        if not day:
            for w, n in ORDINALS.items():
                if re.search(r"(^|\s)" + w + r" من ", t): day = n; break
        else:
            day = int(day.group(1))
        if yr and not m: out.append(("year", lambda v, y=yr.group(1): v[:4] == y))
        if mon: out.append(("month", lambda v, mon=mon: len(v) >= 7 and int(v[5:7]) == mon))
        if mon and day: out.append(("day", lambda v, day=day: len(v) == 10 and int(v[8:10]) == day))
        if mon and re.search(r"(الجاري|الحالي)$", t): out.append(("current month", lambda v: v[:7] == ym(pub)))
        if mon and not yr and re.search(r"الماضي$", t): out.append(("past", lambda v: v < pub.isoformat()))
        if mon and not yr and re.search(r"(المقبل|القادم)$", t): out.append(("future", lambda v: v > pub.isoformat()))
    # a month without a year lies within a year of publication, on the side its tense says
    if not hijri and month_of(t) and not re.search(r"\d{4}", t):
        def near(v, t=t):
            k = (int(v[:4]) - pub.year) * 12 + int(v[5:7]) - pub.month
            if re.search(r"الماضي$", t): return -12 < k <= 0
            if re.search(r"(المقبل|القادم)$", t): return 0 <= k < 12
            return -12 < k < 12
        out.append(("month within a year", near))
    # a weekday with no other anchor: the last such day on or before publication,
    # or with المقبل the next one after it
    if not re.search(r"\d|أمس|اليوم|غدا", t) and month_of(t) is None:
        for w, n in WEEKDAYS.items():
            if re.search(r"(^|\s)" + w + r"($|\s)", t):
                if t.endswith("المقبل"):
                    e = pub + datetime.timedelta((n - pub.weekday() - 1) % 7 + 1)
                else:
                    e = pub - datetime.timedelta((pub.weekday() - n) % 7)
                out.append(("bare weekday", e.isoformat()))
    # weekday named in the text
    for w, n in WEEKDAYS.items():
        if re.search(r"(^|\s)" + w + r"($|\s)", t):
            out.append(("weekday " + w, lambda v, n=n: len(v) == 10 and D.fromisoformat(v).weekday() == n))
    return out

if [c["id"] for c in corpus] != [f["id"] for f in facts]: err("ids differ or not in the same order")
for c in corpus:
    for k in ("id", "title", "outlet", "published", "url", "text"):
        if k not in c: err(c.get("id"), "missing field", k)
    D.fromisoformat(c["published"])
    n = len(c["text"].split())
    if not 150 <= n <= 350: err(c["id"], "word count", n)
C = {c["id"]: c for c in corpus}
cnt = collections.Counter(); prec = collections.Counter(); unit = collections.Counter(); q = collections.Counter()
checked = 0; unchecked = []
for f in facts:
    t = C[f["id"]]["text"]; pub = D.fromisoformat(C[f["id"]]["published"])
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
                if not re.fullmatch(pat, v): err(f["id"], "bad date value", x, v, p); continue
                D.fromisoformat((v + "-01-01")[:10] if p != "day" else v)
                exp = expected(x, pub)
                if not exp: unchecked.append((f["id"], x, v)); continue
                checked += 1
                for what, e in exp:
                    ok = e(v) if callable(e) else (v == e)
                    if not ok: err(f["id"], "date value check failed (%s):" % what, x, v, "" if callable(e) else "expected " + e)
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
print("date values recomputed from the surface:", checked, "; not recomputable (checked by hand):", len(unchecked))
if "-v" in sys.argv:
    for u in unchecked: print("  by hand:", *u)
print("amount units", dict(unit.most_common()))
print("quotes", dict(q))
for e in errors: print("ERROR", e)
print("OK" if not errors else "FAILED (%d errors)" % len(errors))
sys.exit(1 if errors else 0)
