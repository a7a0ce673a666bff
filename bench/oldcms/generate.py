#!/usr/bin/env python3
"""Writes an old CMS's export for `civitas import-articles`: articles.jsonl plus the files beside it.

Bodies come from ../shared/corpus/laws-cn.tar.xz when it is there (one law chapter per article, as
bench/portal does), else from generated sentences. Every fifth article has an attachment (a PDF-headed
document of Chinese text, distinct content each), every tenth a picture in its body (a small PNG, one
per ten articles), and articles in disclosure channels carry 索引号, 文号, 发布机构 and 成文日期 of their
own. Generated data: it stays in the work directory, never in the repository.
"""
import argparse, datetime, json, os, random, struct, sys, zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "portal"))
from generate import corpus_sections, generated_sections  # noqa: E402  (same text as bench/portal)

# the demo cluster's sites, each with a list channel and a disclosure channel
TARGETS = [("5132000001", "news-notices"), ("5132000001", "disclosure-catalogue"),
           ("5132210001", "news-notices"), ("5132210001", "disclosure-catalogue"),
           ("5132250001", "news-notices"), ("5132250001", "disclosure-catalogue")]


def png(width, height, seed):
    """A valid RGB PNG without any imaging library."""
    rng = random.Random(seed)
    rows = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(width * 3)) for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--corpus", default="")
    parser.add_argument("--out", required=True, help="the export folder to write")
    args = parser.parse_args()
    rng = random.Random(20080512)
    sections = []
    if args.corpus:
        try:
            sections = corpus_sections(args.corpus, args.count)
            print(f"text: {len(sections)} sections of {args.corpus}", file=sys.stderr)
        except OSError as e:
            print(f"corpus unreadable ({e}); generating text", file=sys.stderr)
    if not sections:
        print("text: generated (../shared/corpus absent)", file=sys.stderr)
        sections = generated_sections(min(args.count, 2000), rng)
    os.makedirs(os.path.join(args.out, "files"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "images"), exist_ok=True)
    start = datetime.datetime(2015, 1, 1, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    files = file_bytes = 0
    with open(os.path.join(args.out, "articles.jsonl"), "w", encoding="utf-8") as out:
        for i in range(args.count):
            site, channel = TARGETS[i % len(TARGETS)]
            title, paragraphs = sections[i % len(sections)]
            published = start + datetime.timedelta(minutes=211 * i)
            body = "".join("<p>" + p.replace("<", "＜") + "</p>" for p in paragraphs)
            line = {
                "sourceKey": f"oldcms:{i}",
                "siteCode": site,
                "channelCode": channel,
                "title": title[:200],
                "summary": paragraphs[0][:200],
                "source": "政府办公室",
                "publishedAt": published.strftime("%Y-%m-%d %H:%M:%S"),
                "createdAt": (published - datetime.timedelta(days=1)).isoformat(),
            }
            if i % 10 == 0:
                name = f"images/p{i}.png"
                data = png(64, 48, i)
                open(os.path.join(args.out, name), "wb").write(data)
                files += 1; file_bytes += len(data)
                body = f'<p><img src="{name}" alt="图{i}"></p>' + body
            if i % 5 == 0:
                name = f"files/a{i}.pdf"
                data = ("%PDF-1.4\n% " + "\n% ".join(paragraphs) + f"\n% {i}\n%%EOF\n").encode("utf-8")
                open(os.path.join(args.out, name), "wb").write(data)
                files += 1; file_bytes += len(data)
                line["attachments"] = [{"path": name, "name": f"附件{i} 政策解读.pdf"}]
            if channel == "disclosure-catalogue":
                line.update({
                    "indexNumber": f"OLD-{site}/{published.year}-{i:06d}",
                    "documentNumber": f"阿府发〔{published.year}〕{i}号",
                    "issuer": "阿坝州人民政府办公室",
                    "writtenDate": (published - datetime.timedelta(days=3)).strftime("%Y-%m-%d"),
                })
            line["body"] = body
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {args.count} articles and {files} files ({file_bytes / 1048576:.1f} MB) to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
