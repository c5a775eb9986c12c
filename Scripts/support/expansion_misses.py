#!/usr/bin/env python3
"""Lists, per gold slogan with a full expansion whose best matching prediction scores below 1,
the gold items next to the predicted ones (with directions), for error analysis.

usage: expansion_misses.py GOLD.json PRED.jsonl [--doc SUBSTRING ...] [--held-out exclude|only|include]
                            [--context N] [--root DIR]

Uses the scorer's matching (../shared/eval/score_slogans.py, or the fallback). With --context N,
prints N characters of the document around the mention (needs --root, default ../shared).
"""
import argparse, hashlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
for cand in [os.path.join(here, "../../../shared/eval"), os.path.join(here, "../../../../shared/eval"), here]:
    if os.path.exists(os.path.join(cand, "score_slogans.py")):
        sys.path.insert(0, cand); break
try:
    from score_slogans import item_f1, overlaps, text_match, item_match
except ImportError:
    from score_slogans_fallback import item_f1, overlaps, text_match, item_match  # noqa


def held_out(path):
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[0] in "0123"


def classify(g, p, pred):
    """A rough class for one expansion miss (see the module doc)."""
    gi, pi = g["expansion"], p.get("expansion") or []
    from score_slogans import norm
    if not pi:
        others = [q for q in pred if norm(q.get("slogan", "")) == norm(p.get("slogan", "")) and q.get("expansion")]
        return "mention not linked (another mention has a list)" if others else "entry not parsed (no list)"
    if norm(p.get("slogan", "")) != norm(g["slogan"]):
        tag = "label/entry key mismatch; "
    else:
        tag = ""
    matched = sum(any(item_match(a, b) for b in pi) for a in gi)
    loose = sum(any(norm(a) in norm(b) or norm(b) in norm(a) for b in pi) for a in gi)
    if matched == 0 and loose == 0:
        return tag + "wrong list linked"
    if len(pi) < len(gi) and any(sum(norm(a) in norm(b) for a in gi) >= 2 for b in pi):
        return tag + "sub-list not flattened (items joined)"
    if len(pi) > len(gi) and any(sum(norm(b) in norm(a) for b in pi) >= 2 for a in gi):
        return tag + "items split wrong (too many)"
    if len(pi) != len(gi):
        return tag + "count differs (missing/extra items)"
    if loose > matched:
        lens = sum(len(b) for b in pi) / max(1, sum(len(a) for a in gi))
        return tag + ("items too long (prose/context)" if lens > 1 else "items too short (over-trimmed)")
    return tag + "partly wrong items"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"); ap.add_argument("pred")
    ap.add_argument("--doc", nargs="*", default=[])
    ap.add_argument("--held-out", default="exclude")
    ap.add_argument("--context", type=int, default=0)
    ap.add_argument("--root", default=os.path.join(here, "../../../shared"))
    a = ap.parse_args()
    gold = json.load(open(a.gold, encoding="utf-8"))
    preds = {}
    for line in open(a.pred, encoding="utf-8"):
        p = json.loads(line)
        preds[p["path"].replace("\\", "/")] = p.get("slogans") or []
    total = 0.0; n = 0; counts = {}
    for doc in gold["documents"]:
        if a.doc and not any(s in doc["path"] for s in a.doc):
            continue
        h = held_out(doc["path"])
        if (a.held_out == "exclude" and h) or (a.held_out == "only" and not h):
            continue
        pred = next((v for k, v in preds.items() if k.endswith(doc["path"])), [])
        text = None
        if a.context:
            try: text = open(os.path.join(a.root, doc["path"]), encoding="utf-8").read()
            except OSError: text = None
        for g in doc["slogans"]:
            if g["status"] != "slogan" or not g.get("expansion") or g.get("partial"):
                continue
            n += 1
            lenient = [p for p in pred if overlaps(g, p) and text_match(g, p, True)]
            if not lenient:
                print(f"== {doc['path']} @{g['start']} {g['slogan']} [{g.get('direction')}] NOT FOUND")
                print("   gold:", " | ".join(g["expansion"]))
                counts["label not found"] = counts.get("label not found", 0) + 1
                continue
            f, exact = max((item_f1(g["expansion"], p.get("expansion")) for p in lenient), key=lambda x: x[0])
            total += f
            if exact:
                continue
            p = max(lenient, key=lambda p: item_f1(g["expansion"], p.get("expansion"))[0])
            cls = classify(g, p, pred)
            counts[cls] = counts.get(cls, 0) + 1
            print(f"== {doc['path']} @{g['start']} {g['slogan']} f1={f:.2f} gold-dir={g.get('direction')} pred-dir={p.get('direction')} pred={p.get('slogan')} [{cls}]")
            print("   gold:", " | ".join(g["expansion"]))
            print("   pred:", " | ".join(p.get("expansion") or ["∅"]))
            if text:
                s = max(0, g["start"] - a.context); e = min(len(text), g["end"] + a.context)
                print("   ctx :", text[s:e].replace("\n", "⏎"))
    if n:
        print(f"# {n} expansions, mean F1 {total / n:.3f}")
        for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(f"#   {v:3d}  {k}")


if __name__ == "__main__":
    main()
