#!/usr/bin/env python3
"""Turns the results bench/desk/run.sh collected into the table bench/README.md shows."""
import os, sys

ROWS = [
    ("Monthly ranking of all units", "ranking.ms", 500, "≤ 500 ms"),
    ("Yearly ranking of all units", "ranking.year.ms", None, ""),
    ("Near-duplicate candidates, p50", "nearDuplicates.p50.ms", None, ""),
    ("Near-duplicate candidates, p95", "nearDuplicates.p95.ms", 50, "≤ 50 ms"),
    ("Compile + PDF of a 30-item edition (median of 5)", "edition.compileAndPdf30.median.ms", 2000, "≤ 2,000 ms"),
]


def load(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                values[k] = v
    return values


def main():
    work = sys.argv[1]
    runs = {}
    for db in ("postgres", "h2"):
        path = os.path.join(work, f"results-{db}.properties")
        if os.path.exists(path):
            runs[db] = load(path)
    if not runs:
        print("no results")
        return 1
    print("| measurement | target | " + " | ".join(runs) + " |")
    print("|---|---|" + "---:|" * len(runs))
    for name, key, target, shown in ROWS:
        cells = []
        for values in runs.values():
            v = values.get(key)
            if v is None:
                cells.append("—")
                continue
            mark = ""
            if target is not None:
                mark = " ✓" if float(v) <= target else " ✗"
            cells.append(f"{float(v):,.1f} ms{mark}")
        print(f"| {name} | {shown} | " + " | ".join(cells) + " |")
    print()
    for db, values in runs.items():
        print(f"- {db}: {int(values.get('units', 0)):,} units, {int(values.get('submissions', 0)):,} submissions "
              f"(generated in {values.get('generate.seconds', '?')} s); near-duplicates found per lookup "
              f"{values.get('nearDuplicates.found.per.lookup', '?')}; PDF runs {values.get('edition.pdf30.ms.runs', '?')} ms, "
              f"compile runs {values.get('edition.compile30.ms.runs', '?')} ms; "
              f"ranking: {values.get('ranking.source', '?')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
