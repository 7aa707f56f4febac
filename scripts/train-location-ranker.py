#!/usr/bin/python3
"""Trains the event-to-place ranker (geo/incidents/location_ranker.hpp).

    scripts/train-location-ranker.py [--corpus event_location.jsonl] [--build build]
                                      [--out assets/models/location_ranker.tsv]

Runs `incimap extract` over the annotated sentences of
../shared/eval/incidents/event_location.jsonl with INCIMAP_LOCATION_CANDIDATES
set, so that every place the picker weighs is written with its features. A
candidate is right when it overlaps an annotated place of the event. The
corpus is split in two halves by article (all sentences of one article on
one side): the model is fitted on half A as a conditional logit over each
event's candidates (softmax over the candidates, L2-regularised, gradient
descent) and reported on both halves; the weights of the A fit are written.
Needs python3-numpy. Rebuild after it writes: the weights are compiled in.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fnv1a64(text):
    h = 14695981039346656037
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def article_of(doc):
    """The article a sentence comes from: its original id without the sentence and verb parts."""
    orig = doc.get("orig_id") or doc["id"]
    parts = orig.rsplit("_", 2)
    return parts[0] if len(parts) == 3 else orig


def split_of(doc):
    return "A" if int(hashlib.md5(article_of(doc).encode()).hexdigest(), 16) % 2 == 0 else "B"


def read_corpus(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("locations"):
                docs.setdefault(fnv1a64(d["text"]), []).append(d)
    return docs


def dump_candidates(incimap, docs):
    with tempfile.TemporaryDirectory() as tmp:
        inputs = os.path.join(tmp, "documents.jsonl")
        dump = os.path.join(tmp, "candidates.tsv")
        with open(inputs, "w", encoding="utf-8") as f:
            for group in docs.values():
                d = group[0]
                f.write(json.dumps({"id": d["id"], "text": d["text"], "published_at": d.get("published_at")}) + "\n")
        env = dict(os.environ, INCIMAP_LOCATION_CANDIDATES=dump)
        with open(inputs, "rb") as stdin:
            subprocess.run([incimap, "extract", "-q", "-"], stdin=stdin, stdout=subprocess.DEVNULL, env=env, check=True)
        with open(dump, encoding="utf-8") as f:
            return [line.rstrip("\n").split("\t") for line in f]


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def events(rows, docs):
    """(split, features matrix, labels) per event with two or more candidates and one right."""
    groups = {}
    for r in rows:
        key = (r[0], int(r[1]), int(r[2]))
        cand = (int(r[3]), int(r[4]))
        g = groups.setdefault(key, {})
        g.setdefault(cand, [float(x) for x in r[5:]])
    out = []
    for (fp, ts, te), cands in groups.items():
        if fp not in docs or len(cands) < 2:
            continue
        d = docs[fp][0]  # both extract's and the corpus's offsets are UTF-8 bytes
        labels = [any(overlaps(s, e, l["start"], l["end"]) for l in d["locations"]) for (s, e) in cands]
        if any(labels):
            out.append((split_of(d), np.array(list(cands.values())), np.array(labels, dtype=float)))
    return out


def stack(data):
    """All candidates in one matrix, with the start of each event's rows."""
    x = np.vstack([x for x, _ in data])
    y = np.concatenate([y / y.sum() for _, y in data])
    starts = np.cumsum([0] + [len(y) for _, y in data[:-1]])
    return x, y, starts


def fit(train, n_features, l2=0.002, steps=4000, rate=0.3):
    """Softmax over each event's candidates, by Adam on the mean log-likelihood."""
    x, target, starts = stack(train)
    sizes = np.diff(np.append(starts, len(x)))
    w = np.zeros(n_features)
    m = np.zeros(n_features)
    v = np.zeros(n_features)
    for step in range(1, steps + 1):
        s = x @ w
        s -= np.repeat(np.maximum.reduceat(s, starts), sizes)
        e = np.exp(s)
        p = e / np.repeat(np.add.reduceat(e, starts), sizes)
        grad = x.T @ (p - target) / len(train) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate / np.sqrt(step) * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


def with_rule_prior(w, train, rule):
    """The likelihood fit is not the best top-1 pick: add to the hand-written
    ranking's weight what most raises top-1 on the training half."""
    best = max((top1(train, shifted(w, rule, extra))[0], -extra, extra) for extra in np.arange(0, 1.01, 0.05))
    return shifted(w, rule, best[2])


def shifted(w, index, extra):
    out = w.copy()
    out[index] += extra
    return out


def top1(data, w):
    right = sum(1 for x, y in data if y[int(np.argmax(x @ w))] > 0)
    return right, len(data)


def feature_names():
    header = os.path.join(ROOT, "geo", "incidents", "location_ranker.cpp")
    text = open(header, encoding="utf-8").read()
    body = text[text.index("kNames = {") + len("kNames = {"): text.index("};", text.index("kNames = {"))]
    return [t.strip().strip('"') for t in body.replace("\n", " ").split(",") if t.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared", "eval", "incidents", "event_location.jsonl"))
    ap.add_argument("--build", default=os.environ.get("INCIMAP_BUILD_DIR", os.path.join(ROOT, "build")))
    ap.add_argument("--out", default=os.path.join(ROOT, "assets", "models", "location_ranker.tsv"))
    args = ap.parse_args()
    if not os.path.exists(args.corpus):
        sys.exit("train-location-ranker: %s not found (the annotated corpus is needed to train)" % args.corpus)
    names = feature_names()
    docs = read_corpus(args.corpus)
    rows = dump_candidates(os.path.join(args.build, "bin", "incimap"), docs)
    data = events(rows, docs)
    a = [(x, y) for s, x, y in data if s == "A"]
    b = [(x, y) for s, x, y in data if s == "B"]
    rule = names.index("rule_choice")
    w = with_rule_prior(fit(a, len(names)), a, rule)
    ra, rb = top1(a, w), top1(b, w)
    wb = with_rule_prior(fit(b, len(names)), b, rule)
    rab, rbb = top1(a, wb), top1(b, wb)
    report = [
        "events with two or more candidates and the annotated place among them: A %d, B %d" % (len(a), len(b)),
        "fitted on A: top-1 A %.3f (%d/%d), B %.3f (%d/%d)" % (ra[0] / ra[1], *ra, rb[0] / rb[1], *rb),
        "fitted on B: top-1 A %.3f (%d/%d), B %.3f (%d/%d)" % (rab[0] / rab[1], *rab, rbb[0] / rbb[1], *rbb),
    ]
    print("\n".join(report))
    with open(args.out + ".tmp", "w", encoding="utf-8") as f:
        f.write("# Event-to-place ranker weights (geo/incidents/location_ranker.hpp), written by\n")
        f.write("# scripts/train-location-ranker.py: a conditional logit fitted on half A of\n")
        f.write("# ../shared/eval/incidents/event_location.jsonl (split by article).\n")
        for line in report:
            f.write("# " + line + "\n")
        for name, weight in zip(names, w):
            f.write("%s\t%.4f\n" % (name, weight))
    os.replace(args.out + ".tmp", args.out)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
