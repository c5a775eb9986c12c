#!/usr/bin/env python3
"""Fits the slogan scorer's weights (Sources/KouhaoKit/Slogans/SloganScorer+Weights.swift).

usage: slogan_weights.py KOUHAO SHARED [--lambda L] [--write] [--folds K]

1. Runs `KOUHAO slogans --format jsonl --explain --min-confidence 0` on the documents of the
   training sets: Corpus/gold.json, the seed, dev-gold and dev-exhaustive of SHARED/eval, and
   every set in Scripts/eval/ without its held-out documents (Scripts/eval/README.md).
2. Labels every candidate: 1 when it matches a gold slogan (overlap and text, as the scorer
   matches), 0 when it overlaps a not-slogan entry or stands in an exhaustive document
   without matching any entry; candidates matching only `ambiguous` entries, and unmatched
   candidates of documents that are not exhaustive, are left out.
3. Fits two logistic models (quoted candidates, candidates in running text) whose weights
   are pulled toward the starting values below (the grammar) by an L2 penalty of strength
   lambda; lambda is chosen by cross-validation over documents unless given (the largest
   lambda whose loss is within 2% of the best).
4. Prints the fit (log-loss and accuracy, cross-validated) and, with --write, rewrites the
   Swift weight tables.

Needs numpy. The gold files are read only here, to fit a few dozen weights; no entry of them
reaches the engine.
"""
import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import unicodedata

try:
    import numpy as np
except ImportError:
    sys.exit("fit-slogan-weights needs numpy (pip install numpy)")

# The starting values: what the grammar says each piece of evidence is worth, in log-odds.
# The fit moves away from them only as far as the annotated sets show it should.
PRIORS = {
    "quoted": {
        "counted": 2.2, "frame": 2.2, "compact": 2.2, "digitCode": 1.4, "multiPart": 1.7,
        "strongHead": 0.5, "setHead": 0.3, "compactHead": 0.3,
        "dictionaryWord": -2.6, "allOnes": -1.0, "distributive": -2.5, "idiomWord": -3.0, "numeralInWord": -3.0, "adjacentNumerals": -3.0,
        "looseStart": -1.5, "rankNumeral": -2.0, "prefix": -0.3, "roundNumber": -1.5, "quantityUnit": -0.5, "bareCode": -3.0,
        "unnamedCodeHead": -2.5, "policyVerb": 0.3, "nameContext": -3.0, "labelFollower": 0.2,
        "listFit": 2.5, "listFrame": 0.3, "listMarked": 0.8, "listExact": 0.3, "listQuoted": 0.3, "listClean": 0.2, "formula": 0.5, "glossaryEntry": 0.5,
        "repeated": 0.5, "confirmed": 1.0, "known": 1.5,
    },
    "runningText": {
        "counted": -1.2, "frame": 0.4, "compact": -0.9, "digitCode": -1.4, "multiPart": 0.4,
        "strongHead": 1.8, "setHead": 0.4, "compactHead": 1.6, "weakHead": -0.3,
        "measureDa": 0.2, "measureGe": 0.2, "measureOther": -0.5,
        "compactParts": -1.6, "shortBody": -0.5, "allOnes": -2.0, "distributive": -2.5,
        "policyVerb": 0.8, "nameContext": -2.0, "labelFollower": 0.8, "compactFollower": 1.5, "formula": 1.5, "glossaryEntry": 1.5,
        "listFit": 1.5, "listFrame": 1.0, "listMarked": 0.6, "listExact": 0.8, "listQuoted": 0.8, "listClean": 0.5,
        "propagated": 1.0, "labelPart": 1.0, "repeated": 1.2, "confirmed": 2.0, "known": 2.5,
    },
}

# Every feature, in the order of SloganEvidence.Feature.
FEATURES = [
    "counted", "frame", "compact", "digitCode", "multiPart", "strongHead", "setHead", "compactHead",
    "weakHead", "measureDa", "measureGe", "measureOther", "dictionaryWord", "allOnes", "distributive", "idiomWord",
    "numeralInWord", "adjacentNumerals", "looseStart", "rankNumeral", "prefix", "roundNumber", "quantityUnit", "bareCode", "unnamedCodeHead",
    "compactParts", "shortBody", "policyVerb", "nameContext", "labelFollower", "compactFollower", "formula", "glossaryEntry", "listFit", "listFrame", "listMarked",
    "listExact", "listQuoted", "listBefore", "listEnumeration", "listClean", "propagated", "labelPart", "repeated", "confirmed", "known",
]

QUOTES = "“”‘’\"'「」『』《》〈〉 \t\n\u3000"


def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s or "") if ch not in QUOTES)


def held_out(path):
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[0] in "0123"


def training_sets(shared):
    sets = [("corpus", "Corpus/gold.json", ".", False)]
    if os.path.isdir(os.path.join(shared, "eval")):
        for name in ["seed-gold", "dev-gold", "dev-exhaustive"]:
            sets.append((name, os.path.join(shared, "eval", name + ".json"), shared, False))
        for f in sorted(os.listdir("Scripts/eval")):
            if f.endswith(".json"):
                sets.append((f[:-5], os.path.join("Scripts/eval", f), shared, True))
    return sets


def run(kouhao, files):
    out = subprocess.run([kouhao, "slogans", "--format", "jsonl", "--explain", "--min-confidence", "0", "--quiet", "--jobs", "2"]
                         + files, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def label(g_slogans, p, exhaustive):
    """1, 0 or None (left out) for prediction p against a document's gold entries."""
    over = [g for g in g_slogans if g["start"] < p["end"] and p["start"] < g["end"]]
    a = norm(p["slogan"])
    def match(g):
        b = norm(g["slogan"])
        return a == b or (a and b and (a in b or b in a))
    hits = [g for g in over if match(g)]
    if any(g["status"] == "slogan" for g in hits):
        return 1
    if any(g["status"] == "ambiguous" for g in hits):
        return None
    if any(g["status"] == "not-slogan" for g in over):
        return 0
    if any(g["status"] == "ambiguous" for g in over):
        return None
    return 0 if exhaustive else None


def collect(kouhao, shared):
    rows = []   # (doc id, quoted, features vector, label)
    for name, gold_path, root, has_held_out in training_sets(shared):
        gold = json.load(open(gold_path, encoding="utf-8"))
        docs = [d for d in gold["documents"] if not (has_held_out and held_out(d["path"]))]
        if not docs:
            continue
        preds = run(kouhao, [os.path.join(root, d["path"]) for d in docs])
        by_path = {p["path"]: p["slogans"] for p in preds}
        for d in docs:
            pred = next((v for k, v in by_path.items() if k.endswith(d["path"])), [])
            for p in pred:
                y = label(d["slogans"], p, d.get("exhaustive", False))
                if y is None:
                    continue
                x = [float(p.get("evidence", {}).get(f, 0)) for f in FEATURES]
                rows.append((name + ":" + d["path"], bool(p["quoted"]), x, y, p["slogan"]))
    return rows


# A missed slogan costs more than a false one: the targets ask recall ≥ 0.92 at precision
# ≥ 0.93, and precision has room to spare. Slogans weigh this much in the loss.
POSITIVE_WEIGHT = 1.5


def fit(X, y, prior, lam, iters=30):
    """Newton's method for weighted logistic regression with the penalty lam * |w - prior|^2."""
    w = prior.copy()
    sw = np.where(y == 1, POSITIVE_WEIGHT, 1.0)
    for _ in range(iters):
        z = X @ w
        p = 1 / (1 + np.exp(-z))
        g = X.T @ (sw * (p - y)) + 2 * lam * (w - prior)
        H = (X.T * (sw * p * (1 - p))) @ X + 2 * lam * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return w


def logloss(X, y, w):
    p = np.clip(1 / (1 + np.exp(-(X @ w))), 1e-9, 1 - 1e-9)
    sw = np.where(y == 1, POSITIVE_WEIGHT, 1.0)
    loss = -np.sum(sw * (y * np.log(p) + (1 - y) * np.log(1 - p))) / np.sum(sw)
    return float(loss), float(np.mean((p >= 0.5) == (y == 1)))


def cross_validate(rows, prior, lam, folds):
    docs = sorted({r[0] for r in rows})
    fold_of = {d: int(hashlib.sha1(d.encode()).hexdigest(), 16) % folds for d in docs}
    losses, accs, n = 0.0, 0.0, 0
    for k in range(folds):
        train = [r for r in rows if fold_of[r[0]] != k]
        test = [r for r in rows if fold_of[r[0]] == k]
        if not train or not test:
            continue
        w = fit(np.array([r[2] for r in train]), np.array([r[3] for r in train], float), prior, lam)
        l, a = logloss(np.array([r[2] for r in test]), np.array([r[3] for r in test], float), w)
        losses += l * len(test)
        accs += a * len(test)
        n += len(test)
    return losses / n, accs / n


def swift_table(name, doc, weights):
    entries = [f".{f}: {w:.2f}" for f, w in zip(FEATURES, weights) if abs(w) >= 0.005]
    lines, line = [], "       "
    for e in entries:
        if len(line) + len(e) + 2 > 110:
            lines.append(line.rstrip())
            line = "       "
        line += " " + e + ","
    lines.append(line.rstrip())
    return f"    /// {doc}\n    static let {name}: [SloganEvidence.Feature: Double] = [\n" + "\n".join(lines) + "\n    ]\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kouhao")
    ap.add_argument("shared")
    ap.add_argument("--lambda", dest="lam", type=float)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--priors", action="store_true", help="write the starting values, unfitted")
    ap.add_argument("--errors", action="store_true", help="list the candidates the fitted weights get wrong")
    a = ap.parse_args()
    rows = collect(a.kouhao, a.shared)
    docs = len({r[0] for r in rows})
    print(f"{len(rows)} labelled candidates from {docs} documents "
          f"({sum(r[3] for r in rows)} slogans, {sum(1 - r[3] for r in rows)} not)")
    fitted = {}
    summary = []
    for model, quoted in [("quoted", True), ("runningText", False)]:
        part = [r for r in rows if r[1] == quoted]
        prior = np.array([PRIORS[model].get(f, 0.0) for f in FEATURES])
        X = np.array([r[2] for r in part])
        y = np.array([r[3] for r in part], float)
        l0, a0 = logloss(X, y, prior)
        grid = [a.lam] if a.lam is not None else [0.3, 1, 3, 10, 30, 100]
        scores = [(cross_validate(part, prior, lam, a.folds), lam) for lam in grid]
        # The strongest pull toward the grammar whose cross-validated loss is within 2% of the
        # best: the data must clearly beat the starting values to move them far.
        best = min(sc[0][0] for sc in scores)
        (cv_loss, cv_acc), lam = max((sc for sc in scores if sc[0][0] <= 1.02 * best), key=lambda sc: sc[1])
        w = prior.copy() if a.priors else fit(X, y, prior, lam)
        fitted[model] = w
        if a.errors:
            for r, z in zip(part, X @ w):
                if (z >= 0) != (r[3] == 1):
                    names = [f for f, v in zip(FEATURES, r[2]) if v]
                    print(f"  {'MISS' if r[3] else 'FP  '} {model[:6]} {z:6.2f} {r[4]:14} {r[0][-22:]}  {' '.join(names)}")
        line = (f"{model:12} {len(part):5d} candidates ({int(y.sum())} slogans): starting weights log-loss {l0:.3f} "
                f"accuracy {a0:.3f}; fitted (lambda {lam:g}) cross-validated log-loss {cv_loss:.3f} accuracy {cv_acc:.3f}")
        print(line)
        summary.append(line)
        for f, w0, w1 in zip(FEATURES, prior, w):
            if abs(w1 - w0) >= 0.05 or w0 != 0:
                print(f"    {f:18} {w0:6.2f} → {w1:6.2f}")
    if a.write or a.priors:
        path = "Sources/KouhaoKit/Slogans/SloganScorer+Weights.swift"
        text = ("// The scorer's weights, written by Scripts/fit-slogan-weights: do not edit the numbers by hand.\n"
                "// The starting values (the grammar) are in Scripts/support/slogan_weights.py; the fit pulls\n"
                "// them toward the annotated sets (their held-out documents left out):\n"
                + "".join(f"//   {s}\n" for s in summary)
                + "\nextension SloganScorer {\n"
                + swift_table("quotedWeights", "Weights for quoted candidates (“四风”, “6543”工程).", fitted["quoted"])
                + "\n"
                + swift_table("runningTextWeights", "Weights for candidates in running text (八项规定, 两学一做, 三农).",
                              fitted["runningText"])
                + "}\n")
        open(path, "w", encoding="utf-8").write(text)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
