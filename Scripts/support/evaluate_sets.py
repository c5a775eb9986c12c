#!/usr/bin/env python3
"""Scores one `kouhao slogans --format jsonl` run against one gold file, as a whole and per
genre, with the shared scorer (../shared/eval/score_slogans.py) or kouhao's fallback.

usage: evaluate_sets.py NAME GOLD.json PRED.jsonl WORKDIR SCORER [--show N] [--held-out MODE]

Genres come from the document paths: corpora/xwlb → xwlb, corpora/govreports → national,
corpora/cityreports → city, corpora/seed → seed, anything else → other.

--held-out: for the sets of Scripts/eval/, documents whose path hashes into the held-out
part (the rule in Scripts/eval/README.md) are left out (`exclude`, the default), scored on
their own (`only`) or scored with the rest (`include`).
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

GENRES = [("corpora/xwlb/", "xwlb"), ("corpora/govreports/", "national"), ("corpora/cityreports/", "city"),
          ("corpora/seed/", "seed")]
# The scorers' detail lines ("missed"/"false_positives" lose their last letters there).
DETAIL = {"missed": "miss", "misse": "miss", "false_positiv": "false-positive", "false_positive": "false-positive",
          "weak_expansion": "weak-expansion"}
KEYS = ["recall", "precision", "trap_rate", "expansion_f1", "expansion_exact"]


def genre(path):
    for prefix, name in GENRES:
        if path.startswith(prefix):
            return name
    return "other"


def held_out(path):
    """The held-out rule of Scripts/eval/README.md: the first hex digit of SHA-1(path) is 0–3."""
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[0] in "0123"


def score(scorer, gold_path, pred_path, show):
    cmd = [sys.executable, scorer, gold_path, pred_path] + (["--show", str(show)] if show else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    figures, details = {}, []
    for line in out.splitlines():
        parts = line.split(None, 1)
        if len(parts) == 2 and parts[0] in KEYS:
            figures[parts[0]] = float(parts[1])
        elif parts and parts[0] in DETAIL:
            details.append(DETAIL[parts[0]] + " " + parts[1])
        elif parts and parts[0] == "counts":
            figures["counts"] = json.loads(parts[1])
    return figures, details


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("work")
    ap.add_argument("scorer")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--held-out", choices=["exclude", "only", "include"], default="include")
    a = ap.parse_args()
    gold = json.load(open(a.gold, encoding="utf-8"))
    docs = gold["documents"]
    if a.held_out == "exclude":
        docs = [d for d in docs if not held_out(d["path"])]
    elif a.held_out == "only":
        docs = [d for d in docs if held_out(d["path"])]
    if not docs:
        print(f"{a.name:22} no documents")
        return
    groups = [("all", docs)]
    by_genre = {}
    for d in docs:
        by_genre.setdefault(genre(d["path"]), []).append(d)
    if len(by_genre) > 1:
        groups += sorted(by_genre.items())
    for label, subset in groups:
        path = os.path.join(a.work, f"{a.name}-{label}.gold.json")
        json.dump({"documents": subset}, open(path, "w", encoding="utf-8"), ensure_ascii=False)
        figures, details = score(a.scorer, path, a.pred, a.show if label == "all" else 0)
        gold_n = sum(1 for d in subset for s in d["slogans"] if s["status"] == "slogan")
        exhaustive = any(d.get("exhaustive") for d in subset)
        cells = []
        for k in KEYS:
            v = figures.get(k)
            if k == "precision" and not exhaustive:
                cells.append(f"{'—':>6}")
            else:
                cells.append(f"{v:6.3f}" if v is not None else f"{'':>6}")
        name = a.name if label == "all" else f"  {label}"
        print(f"{name:22} {len(subset):4d} {gold_n:5d} " + " ".join(cells))
        for line in details:
            print("    " + line)


if __name__ == "__main__":
    main()
