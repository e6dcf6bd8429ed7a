#!/usr/bin/env python3
"""Writes a synthetic corpus of Vietnamese cooperation articles for benchmarks.

Each article is recombined from the body paragraphs of data/sample/*.txt
(shuffled with a fixed seed), with person names, dates, years, ministries and
the partner country substituted from small lists below, so the corpus is not
the five sample texts repeated. The same arguments always write the same bytes.

The names to replace are read from output/graph.jsonld (the committed graph of
data/sample): every Person's name and alternate names.

Usage:
  bench/generate_corpus.py OUT_DIR [--articles N] [--target-mb MB] [--seed S]
  bench/generate_corpus.py --jsonl FILE [--articles N] [--target-mb MB] [--seed S]

With --jsonl the same articles go to one JSON Lines file instead, one record
a line: "title", "text" (the rest of the .txt: body and "Nguồn" line) and
"url" (the Dask path and `coopgraph extract` read .jsonl).
"""

import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Substitution lists: invented combinations, not people from the samples.
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
             "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Đức", "Ngọc", "Xuân",
             "Hoài", "Thành", "Công", "Hồng", "Anh"]
VN_GIVEN = ["Hùng", "Lan", "Tuấn", "Hải", "Dũng", "Phương", "Sơn", "Long", "Hà",
            "Bình", "Nam", "Thắng", "Khánh", "Nga", "Trung", "Việt", "Quang", "Hiếu"]
LA_GIVEN = ["Somsavat", "Bounleua", "Khamphao", "Phankham", "Saleumxay", "Thongsing",
            "Vilay", "Xaysomphone", "Sengdeuane", "Kikeo", "Phet", "Souksavanh"]
LA_FAMILY = ["Sinavong", "Phommachanh", "Keomany", "Vongsa", "Chanthavong",
             "Souvannavong", "Inthavong", "Sisoulath", "Khounnoraj", "Luangkhot"]
MINISTRIES = ["Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế",
              "Bộ Công Thương", "Bộ Tài chính", "Bộ Giao thông vận tải",
              "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tư pháp",
              "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài nguyên và Môi trường"]
PARTNERS = ["Lào", "Lào", "Campuchia", "Cuba", "Mông Cổ", "Hàn Quốc", "Nhật Bản"]
OUTLETS = [("Nhân Dân", "nhandan.example"), ("TTXVN", "ttxvn.example"),
           ("Quân đội Nhân dân", "qdnd.example"), ("Thời báo Ví dụ", "thoibao.example")]

VN_FAMILY_SET = set(VN_FAMILY)
URL_RE = re.compile(r"https?://\S+")
FULL_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")
DAY_MONTH_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})\b(?!/)")
YEAR_RE = re.compile(r"\b((?:19|20)\d{2})\b")
MINISTRY_RE = re.compile("|".join(re.escape(m) for m in sorted(MINISTRIES, key=len, reverse=True)))


def read_samples(sample_dir):
    """Returns (titles, paragraphs) from the sample articles."""
    titles, paragraphs = [], []
    for name in sorted(os.listdir(sample_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(sample_dir, name), encoding="utf-8") as f:
            lines = [" ".join(l.split()) for l in f]
        # Body paragraphs are long; short lines are headings, captions or debris.
        lines = [l for l in lines if l and not URL_RE.search(l) and not l.startswith("Nguồn")]
        # Body paragraphs are sentences; headlines have no closing punctuation.
        long_lines = [l for l in lines if len(l.split()) >= 12 and l[-1] in ".…!?:;\"”)"]
        heads = [l for l in lines if 6 <= len(l.split()) < 25]
        if heads:
            titles.append(heads[0])
        for p in long_lines:
            if p not in paragraphs:
                paragraphs.append(p)
    return titles, paragraphs


def read_person_names(graph_path):
    """Every name and alternate name of the Persons in the committed graph."""
    if not os.path.exists(graph_path):
        print("generate_corpus: %s missing; person names are not varied" % graph_path, file=sys.stderr)
        return []
    with open(graph_path, encoding="utf-8") as f:
        doc = json.load(f)
    names = set()
    for node in doc.get("@graph", []):
        types = node.get("@type", [])
        types = types if isinstance(types, list) else [types]
        if "Person" not in types:
            continue
        for n in [node.get("name")] + list(node.get("alternateName", [])):
            if n and len(n) >= 5:
                names.add(n)
    # Longest first, so "Thoong-lun Xi-xu-lít" is replaced before a prefix of it.
    return sorted(names, key=lambda n: (-len(n), n))


def person_name(rng, like):
    if like.split()[0] in VN_FAMILY_SET:
        return "%s %s %s" % (rng.choice(VN_FAMILY), rng.choice(VN_MIDDLE), rng.choice(VN_GIVEN))
    return "%s %s" % (rng.choice(LA_GIVEN), rng.choice(LA_FAMILY))


class Article:
    """Substitutions for one article, consistent across its paragraphs."""

    def __init__(self, rng, names_re):
        self.rng = rng
        self.year = rng.randint(2012, 2025)
        self.names_re = names_re
        self.name_map = {}
        self.ministry_map = {m: rng.choice(MINISTRIES) for m in MINISTRIES}
        self.partner = rng.choice(PARTNERS)

    def _name(self, m):
        old = m.group(0)
        return self.name_map.setdefault(old, person_name(self.rng, old))

    def _date(self, m):
        return "%d/%d/%s" % (self.rng.randint(1, 28), self.rng.randint(1, 12), m.group(3))

    def _day_month(self, m):
        return "%d/%d" % (self.rng.randint(1, 28), self.rng.randint(1, 12))

    def rewrite(self, text):
        # One pass each, so a new name is never replaced again.
        if self.names_re:
            text = self.names_re.sub(self._name, text)
        text = MINISTRY_RE.sub(lambda m: self.ministry_map[m.group(0)], text)
        if self.partner != "Lào":
            text = re.sub(r"\bLào\b", self.partner, text)
        # Years move together, so "giai đoạn 2021 – 2025" stays a period.
        first = YEAR_RE.search(text)
        if first:
            shift = self.year - int(first.group(1))
            text = YEAR_RE.sub(lambda m: str(int(m.group(1)) + shift), text)
        text = FULL_DATE_RE.sub(self._date, text)
        return DAY_MONTH_RE.sub(self._day_month, text)


def generate(out_dir, articles, target_bytes, seed, jsonl=None):
    """Writes OUT_DIR/NNNNNN.txt, or one record a line to the open file `jsonl`."""
    titles, paragraphs = read_samples(os.path.join(ROOT, "data", "sample"))
    names = read_person_names(os.path.join(ROOT, "output", "graph.jsonld"))
    names_re = re.compile("|".join(re.escape(n) for n in names)) if names else None
    if not paragraphs:
        sys.exit("generate_corpus: no paragraphs found in data/sample")
    rng = random.Random(seed)
    if jsonl is None:
        os.makedirs(out_dir, exist_ok=True)
    written = count = 0
    order = []
    while (count < articles) if target_bytes <= 0 else (written < target_bytes):
        article = Article(rng, names_re)
        size = rng.randint(5, 14)
        body = []
        for _ in range(size):
            if not order:  # a fresh shuffle of the whole pool each time it runs out
                order = list(range(len(paragraphs)))
                rng.shuffle(order)
            body.append(article.rewrite(paragraphs[order.pop()]))
        title = article.rewrite(rng.choice(titles))
        outlet, host = rng.choice(OUTLETS)
        source = "Nguồn %s: https://%s/tin-%06d.html" % (outlet, host, count)
        text = "\n\n".join([title] + body + [source]) + "\n"
        if jsonl is not None:
            record = {"title": title, "text": "\n\n".join(body + [source]) + "\n",
                      "url": "https://%s/tin-%06d.html" % (host, count)}
            data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
            jsonl.write(data)
        else:
            data = text.encode("utf-8")
            with open(os.path.join(out_dir, "%06d.txt" % count), "wb") as f:
                f.write(data)
        written += len(data)
        count += 1
    return count, written


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", nargs="?", help="directory for the .txt articles")
    parser.add_argument("--jsonl", metavar="FILE", help="write one .jsonl file instead of a directory of .txt")
    parser.add_argument("--articles", type=int, default=2000, help="number of articles (default 2000)")
    parser.add_argument("--target-mb", type=float, default=0,
                        help="write articles until this many MB (10^6 bytes); overrides --articles")
    parser.add_argument("--seed", type=int, default=20240529)
    args = parser.parse_args()
    if (args.out_dir is None) == (args.jsonl is None):
        parser.error("give either OUT_DIR or --jsonl FILE")
    if args.jsonl is None:
        count, written = generate(args.out_dir, args.articles, int(args.target_mb * 1e6), args.seed)
    else:
        parent = os.path.dirname(args.jsonl)
        if parent:
            os.makedirs(parent, exist_ok=True)
        with open(args.jsonl, "wb") as f:
            count, written = generate(None, args.articles, int(args.target_mb * 1e6), args.seed, jsonl=f)
    print("%d articles, %.2f MB -> %s" % (count, written / 1e6, args.jsonl or args.out_dir))


if __name__ == "__main__":
    main()
