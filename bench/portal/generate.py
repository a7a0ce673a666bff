#!/usr/bin/env python3
"""Writes the benchmark's articles as JSON Lines for `civitas import-articles`.

Text comes from ../shared/corpus/laws-cn.tar.xz when it is there (real government prose, one law
section per article); otherwise from a small generator of sentences, so the benchmark also runs
for someone who only cloned the project. The result is generated data: it stays in the work
directory, never in the repository.
"""
import argparse, json, random, re, tarfile, datetime, sys, unicodedata

SYLLABLES = ("州 县 乡 镇 村 政府 部门 工作 会议 推进 落实 服务 群众 安全 生产 防汛 抗旱 交通 教育 卫生 医疗 "
             "生态 保护 旅游 文化 产业 发展 改革 项目 建设 资金 监督 检查 通知 要求 各地 组织 开展 完善 机制").split()


def plain(text):
    """Without control and format characters (zero-width spaces occur in the corpus): titles refuse them."""
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf")).strip()


def corpus_sections(path, limit):
    """(title, paragraphs) pairs: each law's chapters as separate sections."""
    sections = []
    with tarfile.open(path, "r:xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".md"):
                continue
            text = tar.extractfile(member).read().decode("utf-8", "replace")
            title_match = re.search(r"^# (.+)$", text, re.M)
            if not title_match:
                continue
            title = plain(title_match.group(1))
            body = text.split("<!-- INFO END -->", 1)[-1]
            chapters = re.split(r"^## ", body, flags=re.M)
            for chapter in chapters:
                lines = [plain(l) for l in chapter.splitlines() if plain(l)]
                if len(lines) < 3:
                    continue
                heading = lines[0] if len(lines[0]) < 40 else ""
                paragraphs = [l for l in lines[1:] if not l.startswith("#")][:12]
                sections.append((title + ("　" + heading if heading else ""), paragraphs))
                if len(sections) >= limit:
                    return sections
    return sections


def generated_sections(count, rng):
    sections = []
    for _ in range(count):
        title = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(5, 9)))
        paragraphs = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(30, 80))) + "。" for _ in range(8)]
        sections.append((title, paragraphs))
    return sections


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--targets", required=True, help="JSON list of {siteCode, channelCodes}")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--corpus", default="")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(20080512)
    targets = json.load(open(args.targets, encoding="utf-8"))
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
    start = datetime.datetime(2024, 1, 1, 8, 0, tzinfo=datetime.timezone.utc)
    with open(args.out, "w", encoding="utf-8") as out:
        for i in range(args.count):
            site = targets[i % len(targets)]
            channel = site["channelCodes"][(i // len(targets)) % len(site["channelCodes"])]
            title, paragraphs = sections[i % len(sections)]
            published = start + datetime.timedelta(minutes=97 * i)
            out.write(json.dumps({
                "sourceKey": f"bench-portal:{i}",
                "siteCode": site["siteCode"],
                "channelCode": channel,
                "title": title[:200],
                "summary": paragraphs[0][:200],
                "body": "".join("<p>" + p.replace("<", "＜") + "</p>" for p in paragraphs),
                "source": "政府办公室",
                "publishedAt": published.isoformat().replace("+00:00", "Z"),
            }, ensure_ascii=False) + "\n")
    print(f"wrote {args.count} articles for {len(targets)} sites to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
