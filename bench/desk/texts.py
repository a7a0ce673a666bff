#!/usr/bin/env python3
"""Writes the bodies bench/desk gives its submissions, one per line.

From ../shared/corpus/laws-cn.tar.xz when it is there (real government prose: runs of law articles
of 150–600 characters); otherwise nothing is written and the benchmark falls back on the desk's own
demo texts. The output is generated data: it stays in the work directory, never in the repository.
"""
import argparse, re, sys, tarfile, unicodedata


def plain(text):
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf")).strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--limit", type=int, default=40000)
    args = parser.parse_args()
    written = 0
    with tarfile.open(args.corpus, "r:xz") as tar, open(args.out, "w", encoding="utf-8") as out:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".md"):
                continue
            text = tar.extractfile(member).read().decode("utf-8", "replace")
            body = text.split("<!-- INFO END -->", 1)[-1]
            chunk = ""
            for line in body.splitlines():
                line = plain(line)
                if not line or line.startswith("#"):
                    continue
                chunk += line
                if len(chunk) >= 150:
                    out.write(chunk[:600] + "\n")
                    written += 1
                    chunk = ""
                    if written >= args.limit:
                        print(f"{written} texts from the corpus", file=sys.stderr)
                        return
    print(f"{written} texts from the corpus", file=sys.stderr)


if __name__ == "__main__":
    main()
