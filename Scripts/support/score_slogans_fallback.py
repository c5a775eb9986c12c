#!/usr/bin/env python3
"""kouhao's own slogan scorer, used by Scripts/evaluate-slogans when ../shared (and its
score_slogans.py) is absent. Same measures, same input formats:

usage: score_slogans_fallback.py GOLD.json PRED.jsonl [--show N]

recall      gold "slogan" entries found: a prediction overlapping the span whose text equals
            the label after NFKC and removing quotes/spaces, or one contains the other
precision   on "exhaustive" documents: predictions matching a gold slogan, over predictions
            not matched to "ambiguous" entries
trap_rate   "not-slogan" entries overlapped by a prediction
expansion   item F1 for found gold slogans with a full expansion (items equal after
            normalisation, or one contains the other and is at least 60% of its length)
"""
import json, sys, unicodedata

QUOTES = set("“”‘’\"'「」『』《》〈〉 \t\n\u3000")


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKC", s or "") if c not in QUOTES)


def items_match(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    s, l = sorted((a, b), key=len)
    return s in l and len(s) >= 0.6 * len(l)


def item_f1(gold, pred):
    pred = pred or []
    used, tp = set(), 0
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and items_match(g, p):
                used.add(j); tp += 1; break
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    gold = json.load(open(sys.argv[1], encoding="utf-8"))
    preds = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            preds[o["path"]] = o.get("slogans") or []
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    ov = lambda g, p: g["start"] < p["end"] and p["start"] < g["end"]
    def tm(g, p):
        a, b = norm(g["slogan"]), norm(p.get("slogan"))
        return a == b or (a and b and (a in b or b in a))
    n = found = traps = hits = expn = pex = pok = 0
    expf = 0.0
    misses = []
    for doc in gold["documents"]:
        pred = next((v for k, v in preds.items() if k.endswith(doc["path"])), [])
        for g in doc["slogans"]:
            if g["status"] == "not-slogan":
                traps += 1
                hits += any(ov(g, p) for p in pred)
            elif g["status"] == "slogan":
                n += 1
                m = [p for p in pred if ov(g, p) and tm(g, p)]
                found += bool(m)
                if not m:
                    misses.append((doc["path"], g["slogan"]))
                if g.get("expansion") and not g.get("partial"):
                    expn += 1
                    expf += max((item_f1(g["expansion"], p.get("expansion")) for p in m), default=0.0)
        if doc.get("exhaustive"):
            for p in pred:
                h = [g for g in doc["slogans"] if ov(g, p) and tm(g, p)]
                if any(g["status"] == "ambiguous" for g in h) and not any(g["status"] == "slogan" for g in h):
                    continue
                pex += 1
                pok += any(g["status"] == "slogan" for g in h)
    print(f"recall           {found / n if n else 0:.3f}")
    print(f"precision        {pok / pex if pex else 1:.3f}")
    print(f"trap_rate        {hits / traps if traps else 0:.3f}")
    print(f"expansion_f1     {expf / expn if expn else 0:.3f}")
    for m in misses[:show]:
        print("missed", *m)


if __name__ == "__main__":
    main()
