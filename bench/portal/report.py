#!/usr/bin/env python3
"""Turns the wrk outputs of bench/portal/run.sh into the table bench/README.md shows."""
import argparse, os, re, sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def millis(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNITS[match.group(2)] if match else float("nan")


def parse(path):
    text = open(path, encoding="utf-8").read()
    result = {"rps": float("nan"), "p50": float("nan"), "p99": float("nan"), "errors": 0, "requests": 0}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", text):
        result["rps"] = float(m.group(1))
    for pct in ("50", "99"):
        if m := re.search(rf"^\s+{pct}%\s+(\S+)", text, re.M):
            result["p" + pct] = millis(m.group(1))
    if m := re.search(r"(\d+) requests in", text):
        result["requests"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        result["errors"] += sum(int(g) for g in m.groups())
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        result["timeouts"] = int(m.group(4))
    if m := re.search(r"Non-2xx or 3xx responses: (\d+)", text):
        result["errors"] += int(m.group(1))
    if m := re.search(r"Status 200: (\d+), 503: (\d+), other: (\d+)", text):
        result["ok"], result["busy"], result["other"] = (int(g) for g in m.groups())
        result["errors"] -= result["busy"]  # a fast 503 is the pool's answer, counted apart
    return result


def surge(results):
    """The surge scenario's table (issue #14), when run.sh measured it."""
    nginx = parse(os.path.join(results, "nginx-article.txt"))
    quiet = parse(os.path.join(results, "civitas-article.txt"))
    rows = [("search alone, 8 hot words", "search-hot.txt", None)]
    for name, label in (("hot", "8 hot words"), ("distinct", "100 distinct queries")):
        rows.append((f"surge ({label}): search", f"surge-{name}-search.txt", None))
        rows.append((f"surge ({label}): cached article", f"surge-{name}-article.txt", nginx))
    if not os.path.exists(os.path.join(results, rows[1][1])):
        return
    print()
    print("| measurement | req/s | p50 ms | p99 ms | timeouts | other errors | 503 busy | req/s vs nginx article |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, reference in (("nginx, article alone", None), ("Civitas, article alone", nginx)):
        r = nginx if reference is None else quiet
        ratio = r["rps"] / nginx["rps"] if nginx["rps"] else float("nan")
        print(f"| {label} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r.get('timeouts', 0)} | "
              f"{r['errors'] - r.get('timeouts', 0)} | — | {ratio:.2f} |")
    for label, file, reference in rows:
        path = os.path.join(results, file)
        if not os.path.exists(path):
            continue
        r = parse(path)
        ratio = f"{r['rps'] / reference['rps']:.2f}" if reference and reference["rps"] else "—"
        busy = r.get("busy", "—")
        print(f"| {label} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r.get('timeouts', 0)} | "
              f"{r['errors'] - r.get('timeouts', 0)} | {busy} | {ratio} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--import-seconds", type=float)
    parser.add_argument("--articles", type=int)
    parser.add_argument("--export-seconds", type=float)
    parser.add_argument("--pages", type=int)
    parser.add_argument("--export-rate", type=float, help="pages/s as the export itself timed it")
    parser.add_argument("--home-bytes", type=int)
    parser.add_argument("--article-bytes", type=int)
    args = parser.parse_args()
    print("| page | server | req/s | p50 ms | p99 ms | errors | req/s vs nginx | p99 vs nginx |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    verdicts = []
    for page in ("home", "article"):
        civitas = parse(os.path.join(args.results, f"civitas-{page}.txt"))
        nginx = parse(os.path.join(args.results, f"nginx-{page}.txt"))
        ratio = civitas["rps"] / nginx["rps"] if nginx["rps"] else float("nan")
        p99 = civitas["p99"] / nginx["p99"] if nginx["p99"] else float("nan")
        for name, r in (("nginx (static export)", nginx), ("Civitas (dynamic)", civitas)):
            extra = f"| {ratio:.2f} | {p99:.2f} |" if r is civitas else "| 1 | 1 |"
            print(f"| {page} | {name} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['errors']} {extra}")
        ok = ratio >= 0.5 and p99 <= 2 and civitas["errors"] == 0
        verdicts.append(f"{page}: req/s ratio {ratio:.2f} (target ≥ 0.5), p99 ratio {p99:.2f} (target ≤ 2), "
                        f"errors {civitas['errors']} → {'met' if ok else 'NOT met'}")
    print()
    for v in verdicts:
        print("- " + v)
    if args.home_bytes:
        print(f"- page sizes (uncompressed): home {args.home_bytes:,} B, article {args.article_bytes:,} B")
    if args.import_seconds:
        print(f"- import of {args.articles:,} articles (one JVM, including its start): {args.import_seconds:.1f} s "
              f"({args.articles / args.import_seconds:,.0f} articles/s)")
    surge(args.results)
    if args.export_seconds and args.pages:
        rate = args.export_rate or args.pages / args.export_seconds
        print(f"- static export of {args.pages:,} pages: {rate:,.0f} pages/s as timed by the export "
              f"(target ≥ 500) → {'met' if rate >= 500 else 'NOT met'}; {args.export_seconds:.1f} s for the whole "
              f"command including the JVM's start")


if __name__ == "__main__":
    sys.exit(main())
