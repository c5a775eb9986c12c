#!/usr/bin/env python3
"""Scores a `kouhao glossary --format json` output against a list of well-known slogans.

usage: score_glossary.py LIST.json GLOSSARY.json CORPUS_DIR [--min-documents 3] [--show]

For every slogan of LIST whose label occurs (as plain text, with or without 个 after the
numeral, not inside a longer label of LIST) in at least --min-documents documents of CORPUS_DIR:
  found   the glossary has an entry with the same key (NFKC, no quotes, no separators,
          no 个 right after a Chinese numeral);
  right   the entry's FIRST expansion, when the glossary marks it as the consensus
          ("consensus": "first"), matches the standard one: every standard item is
          matched by a different listed item (equal after NFKC and without quotes, or one
          contains the other and the shorter is at least 60% of the longer — the leniency
          of ../shared/eval/score_slogans.py), and the listed expansion has no other items;
          order does not matter. An item "A|B" accepts either spelling.
Also: entries among the top 300 by documents whose label is a bare number (noise), and a
ceiling: how many scored slogans have their standard list stated anywhere in the corpus (every
item, in one of its spellings, on one line of one document). A list the corpus never states
cannot be the glossary's first expansion without a hand-written list, which kouhao must not have.
"""
import json, os, re, sys, unicodedata, argparse

QUOTES = "“”‘’\"'「」『』《》〈〉 \t\n\u3000"
NUMERALS = "〇零一二三四五六七八九十百千万两双"


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if ch not in QUOTES)


def key(label):
    s = norm(label)
    s = "".join(ch for ch in s if ch not in "、,，·・•")
    out = []
    for i, ch in enumerate(s):
        if ch == "个" and out and out[-1] in NUMERALS and i + 1 < len(s):
            continue
        out.append(ch)
    return "".join(out)


def item_match(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


def list_right(gold, pred):
    """Every gold item (with its alternative spellings) matched by a distinct predicted item, no extras."""
    if pred is None or len(pred) != len(gold):
        return False
    # small lists: try a greedy matching over gold items sorted by how few candidates they have
    options = [[j for j, p in enumerate(pred) if any(item_match(alt, p) for alt in g.split("|"))] for g in gold]
    order = sorted(range(len(gold)), key=lambda i: len(options[i]))
    def assign(k, used):
        if k == len(order):
            return True
        for j in options[order[k]]:
            if j not in used and assign(k + 1, used | {j}):
                return True
        return False
    return assign(0, frozenset())


def stated(standards, documents):
    """Whether some line (paragraph) of some document holds every item of a standard list, each in
    one of its spellings: a generous ceiling on what an engine reading only this corpus can find.
    `documents`: each document's lines."""
    for doc in documents:
        for para in doc:
            for s in standards:
                if all(any(norm(v) in para for v in item.split("|")) for item in s):
                    return True
    return False


def corpus_documents(root):
    texts = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if f.startswith(".") or not (f.endswith(".txt") or f.endswith(".md")):
                continue
            with open(os.path.join(d, f), encoding="utf-8", errors="replace") as h:
                # Quotes go, line ends stay (paragraphs bound the ceiling's search).
                texts.append("\n".join(norm(line) for line in h.read().split("\n")))
    return texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("list")
    ap.add_argument("glossary")
    ap.add_argument("corpus")
    ap.add_argument("--min-documents", type=int, default=3)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    gold = json.load(open(a.list, encoding="utf-8"))["slogans"]
    glossary = json.load(open(a.glossary, encoding="utf-8"))
    entries = {e["key"]: e for e in glossary["slogans"]}
    texts = corpus_documents(a.corpus)
    # Mentions are counted across line ends; the ceiling looks line by line.
    flat = [t.replace("\n", "") for t in texts]
    lines = [t.split("\n") for t in texts]
    rows = []
    labels = [g["label"] for g in gold]
    for g in gold:
        label = g["label"]
        spellings = {label, label.replace("个", "")} if "个" in label else {label}
        # A listed label inside a longer listed one (三去 in 三去一降一补) is no mention of it.
        longer = [l for l in labels if l != label and any(s in l for s in spellings)]
        def mentions(t):
            for l in longer:
                t = t.replace(l, "")
            return any(s in t for s in spellings)
        docs = sum(1 for t in flat if mentions(t))
        if docs < a.min_documents:
            continue
        e = entries.get(key(label))
        # The glossary's first expansion is its meaning only when it is the consensus
        # ("consensus": "first"); otherwise every listed expansion is an alternative.
        first = e["expansions"][0]["items"] if e and e["expansions"] and e.get("consensus", "first") == "first" else None
        standards = [g["expansion"]] + g.get("alternatives", [])
        right = first is not None and any(list_right(s, first) for s in standards)
        rows.append(dict(label=label, documents=docs, found=e is not None, glossaryDocuments=e["documents"] if e else 0,
                         expanded=first is not None, right=right, first=first, stated=stated(standards, lines)))
    scored = len(rows)
    found = sum(r["found"] for r in rows)
    expanded = sum(r["expanded"] for r in rows)
    right = sum(r["right"] for r in rows)
    ceiling = sum(r["stated"] for r in rows)
    top = sorted(glossary["slogans"], key=lambda e: (-e["documents"], -e["occurrences"], e["label"]))[:300]
    bare = [e["label"] for e in top if re.fullmatch(r"[0-9０-９]+", norm(e["label"]))]
    out = dict(scored=scored, label_recall=round(found / scored, 4) if scored else 0.0,
               first_right=round(right / scored, 4) if scored else 0.0,
               first_right_of_expanded=round(right / expanded, 4) if expanded else 0.0,
               expanded=expanded, right=right, bare_numbers_top300=bare,
               stated=ceiling, ceiling=round(ceiling / scored, 4) if scored else 0.0)
    if a.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"slogans in ≥ {a.min_documents} documents: {scored}")
        print(f"label recall        {out['label_recall']:.3f}  ({found}/{scored})")
        print(f"first expansion right {out['first_right']:.3f}  ({right}/{scored}; {expanded} have an expansion: {out['first_right_of_expanded']:.3f} of those)")
        print(f"ceiling: the standard list stated in some paragraph of the corpus {out['ceiling']:.3f}  ({ceiling}/{scored})")
        print(f"bare numbers among the top 300 by documents: {len(bare)} {' '.join(bare)}")
    if a.show:
        for r in rows:
            mark = "ok " if r["right"] else ("-- " if not r["found"] else ("no " if not r["expanded"] else "XX "))
            print(f"  {mark}{r['label']}  docs {r['documents']} (glossary {r['glossaryDocuments']})  first: {' / '.join(r['first']) if r['first'] else '—'}{'' if r['stated'] else '  (standard list never stated in the corpus)'}")


if __name__ == "__main__":
    main()
