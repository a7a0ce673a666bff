#!/usr/bin/env python3
"""bench/search: the results of SearchBenchmark as the table of bench/README.md."""
import sys


def load(path):
    r = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                r[k] = v
    return r


def num(r, k):
    try:
        return float(r[k].replace(",", ""))
    except (KeyError, ValueError):
        return None


def ratio(a, b):
    return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}"


r = load(sys.argv[1])
mark = lambda ok: "✓" if ok else "✗"
docs = num(r, "index.docsPerSecond")
print(f"Corpus: {r.get('corpus.laws')} laws, {r.get('corpus.articles')} articles, published on "
      f"{r.get('sites')} sites = {r.get('documents')} documents; the rebuild indexed {r.get('index.documents')} "
      f"(with the demo's own) in {r.get('index.seconds')} s.")
print()
print("| measurement | target | Civitas | raw Lucene | PostgreSQL ILIKE | Civitas ÷ Lucene | ILIKE ÷ Civitas |")
print("|---|---|---:|---:|---:|---:|---:|")
ld = num(r, "lucene.index.docsPerSecond")
print(f"| indexing, documents/s | ≥ 2,000 | {docs:,.0f} {mark(docs >= 2000)} | {ld:,.0f} | — | {ratio(docs, ld)} | — |")
for key, label, target, limit in (("p50ms", "latency p50, 1 client, ms", "≤ 20", 20),
                                  ("p95ms", "latency p95, 1 client, ms", "≤ 50", 50),
                                  ("maxms", "latency max, 1 client, ms", "—", None)):
    c, l, p = num(r, "http." + key), num(r, "lucene." + key), num(r, "ilike." + key)
    ok = "" if limit is None else " " + mark(c <= limit)
    print(f"| {label} | {target} | {c}{ok} | {l} | {p if p is not None else '—'} | {ratio(c, l)} | {ratio(p, c)} |")
c, l, p = num(r, "http.throughput"), num(r, "lucene.throughput"), num(r, "ilike.throughput")
print(f"| throughput, {r.get('http.clients')} clients, queries/s | — | {c} | {l} | {p if p is not None else '—'} "
      f"| {ratio(c, l)} | {ratio(p, c)} |")
print(f"| title queries with the law in the top 10 | — | {r.get('http.titleInTop10')} | {r.get('lucene.titleInTop10')} "
      f"| {r.get('ilike.titleInTop10', '—')} | | |")
print(f"| queries without any result | — | {r.get('http.noResult')} | {r.get('lucene.noResult')} "
      f"| {r.get('ilike.noResult', '—')} | | |")
print()
print(f"HTTP errors: {r.get('http.errors')}; failures under load: Civitas {r.get('http.throughputFailures')}, "
      f"Lucene {r.get('lucene.throughputFailures')}, ILIKE {r.get('ilike.throughputFailures', '—')}.")
if "import.docsPerSecond" in r:
    print(f"Event path: {r.get('import.articles')} articles published in one transaction in "
          f"{r.get('import.publishSeconds')} s; after the commit, their listeners (search indexing among them) "
          f"took {r.get('import.indexSeconds')} s ({r.get('import.docsPerSecond')} articles/s).")
