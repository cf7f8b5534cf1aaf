#!/usr/bin/env python3
"""Generates data/kb/countries.tsv from Debian's iso-codes plus our own table.

Inputs
  * ISO 3166-1 as shipped by the Debian package `iso-codes` (4.15.0 in
    Debian 12): /usr/share/iso-codes/json/iso_3166-1.json for codes and
    English names, /usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo for the
    Arabic translations (read with the stdlib gettext module).
  * data/kb/src/countries_extra.tsv, written by the project: key overrides,
    Wikidata ids, the Arabic name news actually uses where it differs from the
    ISO translation, aliases, the masculine nisba (from which the regular
    feminine and plural forms are derived here), irregular adjective forms and
    metonyms, and iso-codes translations to drop as wrong. Rows with a code
    that ISO lacks (Kosovo, Somaliland, ...) are
    added as they stand.

Output: data/kb/countries.tsv in the knowledge-base actor format
  key type country wikidata name_en name_ar aliases adjectives metonyms
one row per ISO 3166-1 entry plus the extra rows, sorted by key.

Usage: python3 scripts/kb/countries.py [--iso-dir DIR] [--mo FILE] [--out FILE]
Stdlib only; run it again after editing countries_extra.tsv and commit both.
"""

import argparse
import gettext
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HEADER = ["key", "type", "country", "wikidata", "name_en", "name_ar",
          "aliases", "adjectives", "metonyms"]
EXTRA_HEADER = ["iso3", "key", "type", "wikidata", "name_en", "name_ar",
                "aliases", "nisba", "adjectives", "metonyms", "drop"]

# Arabic short vowels, tanwin, shadda, sukun, dagger alif and tatweel: the
# iso-codes translations are partly vocalised (الصّين), news text is not.
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


def strip_diacritics(text):
    return _DIACRITICS.sub("", text)


def clean_ar(text):
    """Unvocalised, single-spaced, with the conjunction و attached as in
    running text ("أنتيغوا و باربودا" -> "أنتيغوا وباربودا")."""
    text = " ".join(strip_diacritics(text).split())
    return re.sub(r"(^| )و (?=\S)", r"\1و", text)


def slug(name):
    """ASCII key from an English name: "Côte d'Ivoire" -> "cote-d-ivoire"."""
    name = re.split(r"[,(]", name)[0]
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def split_multi(cell):
    return [v.strip() for v in cell.split("|") if v.strip()]


def nisba_forms(masc):
    """Regular forms of a masculine nisba written without the article:
    روسي -> الروسي|الروسية|الروسيون|الروسيين. Multi-word adjectives
    (كوري شمالي) and irregular plurals (الروس) go in the adjectives column."""
    if not masc.endswith("ي"):
        raise ValueError(f"nisba '{masc}' does not end in ي")
    return ["ال" + masc, "ال" + masc + "ة", "ال" + masc + "ون", "ال" + masc + "ين"]


def merge(*lists):
    seen, out = set(), []
    for values in lists:
        for v in values:
            if v and v not in seen:
                seen.add(v)
                out.append(v)
    return out


def read_extra(path):
    rows = {}
    order = []
    header = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                if cells != EXTRA_HEADER:
                    sys.exit(f"{path}:{n}: header must be {' '.join(EXTRA_HEADER)}")
                header = cells
                continue
            if len(cells) != len(EXTRA_HEADER):
                sys.exit(f"{path}:{n}: {len(cells)} columns, want {len(EXTRA_HEADER)}")
            row = dict(zip(EXTRA_HEADER, cells))
            ident = row["iso3"] or row["key"]
            if not ident:
                sys.exit(f"{path}:{n}: row needs an iso3 code or a key")
            if ident in rows:
                sys.exit(f"{path}:{n}: duplicate row for {ident}")
            row["_where"] = f"{path}:{n}"
            rows[ident] = row
            order.append(ident)
    if header is None:
        sys.exit(f"{path}: no header line")
    return rows, order


def build_row(iso, extra, translate):
    """One output row from an ISO entry (may be None) and an extra row (may be
    None)."""
    extra = extra or {}
    name_en_iso = ""
    iso_names_ar = []
    code = extra.get("iso3", "")
    if iso:
        code = iso["alpha_3"]
        name_en_iso = iso.get("common_name") or iso["name"]
        for field in ("name", "official_name"):
            if iso.get(field):
                ar = translate(iso[field])
                if ar != iso[field]:  # untranslated entries come back as-is
                    iso_names_ar.append(clean_ar(ar))
    # "كوريا، جمهورية كوريا" style translations are index forms, not names;
    # a parenthesis adds a qualifier ("سانت مارتين (القطاع الفرنسي)").
    iso_names_ar = [re.sub(r"\s*\(.*", "", n) for n in iso_names_ar if "،" not in n]
    drop = set(split_multi(extra.get("drop", "")))
    iso_names_ar = [n for n in iso_names_ar if n not in drop]
    name_en = extra.get("name_en") or name_en_iso
    name_ar = extra.get("name_ar") or (iso_names_ar[0] if iso_names_ar else "")
    if not name_ar:
        sys.exit(f"{code or extra.get('key')}: no Arabic name; add name_ar to the extra table")
    key = extra.get("key") or slug(name_en)
    try:
        adjectives = merge(nisba_forms(extra["nisba"]) if extra.get("nisba") else [],
                           split_multi(extra.get("adjectives", "")))
    except ValueError as e:
        sys.exit(f"{extra['_where']}: {e}")
    aliases = [a for a in merge(split_multi(extra.get("aliases", "")), iso_names_ar)
               if a != name_ar]
    return [key, extra.get("type") or "GPE", code, extra.get("wikidata", ""),
            name_en, name_ar, "|".join(aliases), "|".join(adjectives),
            "|".join(split_multi(extra.get("metonyms", "")))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--mo", default="/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo")
    ap.add_argument("--extra", default=os.path.join(ROOT, "data/kb/src/countries_extra.tsv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data/kb/countries.tsv"))
    args = ap.parse_args()

    iso_json = os.path.join(args.iso_dir, "iso_3166-1.json")
    for path in (iso_json, args.mo):
        if not os.path.exists(path):
            sys.exit(f"{path}: not found (install Debian's iso-codes: scripts/setup.sh)")
    with open(iso_json, encoding="utf-8") as f:
        iso_entries = json.load(f)["3166-1"]
    with open(args.mo, "rb") as f:
        translate = gettext.GNUTranslations(f).gettext
    extra, extra_order = read_extra(args.extra)

    rows = []
    for iso in iso_entries:
        rows.append(build_row(iso, extra.pop(iso["alpha_3"], None), translate))
    for ident in extra_order:
        if ident in extra:  # codes ISO 3166-1 does not have
            rows.append(build_row(None, extra[ident], translate))
    rows.sort(key=lambda r: r[0])
    keys = [r[0] for r in rows]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        sys.exit(f"duplicate keys: {' '.join(dupes)}")

    version = "unknown"
    pkg_doc = "/usr/share/doc/iso-codes/changelog.Debian.gz"
    if os.path.exists(pkg_doc):
        import gzip
        with gzip.open(pkg_doc, "rt", encoding="utf-8") as f:
            m = re.match(r"iso-codes \(([^)]+)\)", f.readline())
            version = m.group(1) if m else version
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Countries and territories. GENERATED by scripts/kb/countries.py from\n")
        out.write(f"# Debian iso-codes {version} (ISO 3166-1 codes, English and Arabic names)\n")
        out.write("# and data/kb/src/countries_extra.tsv (the project's own table). Do not\n")
        out.write("# edit by hand: edit the extra table and rerun the script.\n")
        out.write("\t".join(HEADER) + "\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"{args.out}: {len(rows)} rows (iso-codes {version})")


if __name__ == "__main__":
    main()
