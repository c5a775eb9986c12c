#!/usr/bin/env python3
"""Check a slogan gold file (the dev-exhaustive.json schema) against the documents it annotates.

usage: check_set.py GOLD.json [--root ../shared] [--table]

For every entry it checks: the status is slogan / ambiguous / not-slogan; the span lies inside the
document; text[start:end] equals the label, or equals it once quote marks are removed (a head outside
the quotes, “510”工程 → label 510工程, keeps the closing quote inside the span, as in
dev-exhaustive.json); entries are sorted and do not overlap; direction is after / before / elsewhere
exactly when an expansion is given; every expansion item is a non-empty string that occurs in the
document (after removing quote marks and spaces, so that items are "as written").
Offsets are Python str indices (Unicode code points) of the UTF-8 decoded file.

--table prints a Markdown table of counts per document (slogans, ambiguous, not-slogan, slogans
with an expansion). Exits 1 when a check fails. Skips with a message when the root is missing.
"""
import argparse
import json
import os
import sys

QUOTES = "“”‘’\"'「」『』"


def strip(s):
    return "".join(c for c in s if c not in QUOTES and not c.isspace())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), "../../../../shared"))
    ap.add_argument("--table", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(a.root):
        print(f"skipped: {a.root} not found (the documents live in ../shared)")
        return 0
    gold = json.load(open(a.gold, encoding="utf-8"))
    errors, rows = [], []
    for doc in gold["documents"]:
        path = doc["path"]
        fp = os.path.join(a.root, path)
        if not os.path.exists(fp):
            errors.append(f"{path}: file not found")
            continue
        text = open(fp, encoding="utf-8").read()
        flat = strip(text)
        if doc.get("exhaustive") is not True:
            errors.append(f"{path}: not marked exhaustive")
        prev_end, prev_start = -1, -1
        counts = {"slogan": 0, "ambiguous": 0, "not-slogan": 0, "expansion": 0}
        for e in doc["slogans"]:
            where = f"{path}@{e.get('start')} {e.get('slogan')}"
            st, en, lab = e["start"], e["end"], e["slogan"]
            if e["status"] not in counts:
                errors.append(f"{where}: bad status {e['status']}")
                continue
            counts[e["status"]] += 1
            if not (0 <= st < en <= len(text)):
                errors.append(f"{where}: span out of range")
                continue
            sur = text[st:en]
            if sur != lab and "".join(c for c in sur if c not in QUOTES) != lab:
                errors.append(f"{where}: text is {sur!r}")
            if sur[0] in QUOTES or sur[-1] in QUOTES:
                errors.append(f"{where}: span starts or ends with a quote mark")
            if st < prev_end:
                errors.append(f"{where}: overlaps the previous entry")
            if st < prev_start:
                errors.append(f"{where}: not sorted")
            prev_end, prev_start = max(prev_end, en), st
            exp, d = e.get("expansion"), e.get("direction")
            if exp is None:
                if d is not None:
                    errors.append(f"{where}: direction without expansion")
            else:
                if d not in ("after", "before", "elsewhere"):
                    errors.append(f"{where}: bad direction {d}")
                if not isinstance(exp, list) or not exp:
                    errors.append(f"{where}: empty expansion")
                    continue
                if e["status"] == "slogan":
                    counts["expansion"] += 1
                for it in exp:
                    if not isinstance(it, str) or not it.strip():
                        errors.append(f"{where}: empty item")
                    elif strip(it) not in flat:
                        errors.append(f"{where}: item not in the document: {it}")
        rows.append((path, counts))
    if a.table:
        print("| document | slogan | ambiguous | not-slogan | slogans with expansion |")
        print("|---|---:|---:|---:|---:|")
        tot = {"slogan": 0, "ambiguous": 0, "not-slogan": 0, "expansion": 0}
        for path, c in rows:
            print(f"| {path} | {c['slogan']} | {c['ambiguous']} | {c['not-slogan']} | {c['expansion']} |")
            for k in tot:
                tot[k] += c[k]
        print(f"| **total ({len(rows)} documents)** | {tot['slogan']} | {tot['ambiguous']} | {tot['not-slogan']} | {tot['expansion']} |")
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    if not a.table:
        print(f"{len(rows)} documents, {sum(sum(c[k] for k in ('slogan', 'ambiguous', 'not-slogan')) for _, c in rows)} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
