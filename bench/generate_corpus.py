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
      [--filler-sentences K]

With --jsonl the same articles go to one JSON Lines file instead, one record
a line: "title", "text" (the rest of the .txt: body and "Nguồn" line) and
"url" (the Dask path and `coopgraph extract` read .jsonl).

With --filler-sentences K every article also gets K filler sentences (weather
and market small talk from the word lists below: no names, organisations,
countries, places, dates, numbers or meeting words) in paragraphs after its
body, before its "Nguồn" line. The articles are otherwise the same bytes as
without the option (the filler has its own random stream), so they carry the
same facts in more text: bench/scale.py measures memory against text size
with it. K = 0 (the default) writes exactly what the script always wrote.
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

# Filler: generic small talk. Every word was checked against data/ (titles,
# organisation heads, triggers, markers, places, countries, family names) so
# that it adds text and no fact; bench/scale.py checks the facts are the same.
FILLER_SUBJECTS = ["giá rau xanh", "giá cà phê", "giá gạo", "lượng khách tham quan", "mực nước sông",
                   "không khí", "nhiệt độ", "sức mua", "lượng mưa", "giá trái cây", "lượng hàng hóa",
                   "độ ẩm", "giá thịt lợn", "lượng xe cộ", "giá hoa tươi", "lượng cá đánh bắt"]
FILLER_PREDICATES = ["tăng nhẹ", "giảm đáng kể", "vẫn ổn định", "có xu hướng tăng", "dao động quanh mức cũ",
                     "chậm lại", "nhích lên", "đi ngang", "giảm nhẹ", "tăng khá nhanh"]
FILLER_TAILS = ["so với trước đó", "ở nhiều khu chợ", "trên nhiều tuyến đường", "do mưa kéo dài",
                "nhờ nguồn cung dồi dào", "khi gió lạnh tràn về", "trong những ngày nắng nóng",
                "ở các vùng trồng rau"]
FILLER_CLAUSES = ["người mua vẫn mua sắm bình thường", "các sạp hàng vẫn đông khách",
                  "trời nhiều mây và có gió nhẹ", "đường phố khá thông thoáng",
                  "nhiều gia đình chuộng mua sắm sớm", "người trồng rau khá phấn khởi",
                  "hàng quán mở cửa muộn hơn", "người đi đường mặc thêm áo ấm"]
FILLER_PARAGRAPH = 4  # sentences per filler paragraph

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


def filler_sentence(rng):
    """One sentence of small talk that names nothing."""
    text = "%s %s %s, %s." % (rng.choice(FILLER_SUBJECTS), rng.choice(FILLER_PREDICATES),
                              rng.choice(FILLER_TAILS), rng.choice(FILLER_CLAUSES))
    return text[0].upper() + text[1:]


def filler_paragraphs(rng, sentences):
    """`sentences` filler sentences, FILLER_PARAGRAPH to a paragraph."""
    said = [filler_sentence(rng) for _ in range(sentences)]
    return [" ".join(said[i:i + FILLER_PARAGRAPH]) for i in range(0, len(said), FILLER_PARAGRAPH)]


def generate(out_dir, articles, target_bytes, seed, jsonl=None, filler=0):
    """Writes OUT_DIR/NNNNNN.txt, or one record a line to the open file `jsonl`;
    `filler` sentences of small talk after each article's body."""
    titles, paragraphs = read_samples(os.path.join(ROOT, "data", "sample"))
    names = read_person_names(os.path.join(ROOT, "output", "graph.jsonld"))
    names_re = re.compile("|".join(re.escape(n) for n in names)) if names else None
    if not paragraphs:
        sys.exit("generate_corpus: no paragraphs found in data/sample")
    rng = random.Random(seed)
    # A stream of its own, so the articles' own bytes do not depend on `filler`.
    filler_rng = random.Random("filler %d" % seed)
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
        if filler > 0:
            body += filler_paragraphs(filler_rng, filler)
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
    parser.add_argument("--filler-sentences", type=int, default=0, metavar="K",
                        help="add K sentences of entity-free small talk to each article (default 0: none)")
    args = parser.parse_args()
    if (args.out_dir is None) == (args.jsonl is None):
        parser.error("give either OUT_DIR or --jsonl FILE")
    if args.filler_sentences < 0:
        parser.error("--filler-sentences must be 0 or more")
    if args.jsonl is None:
        count, written = generate(args.out_dir, args.articles, int(args.target_mb * 1e6), args.seed,
                                  filler=args.filler_sentences)
    else:
        parent = os.path.dirname(args.jsonl)
        if parent:
            os.makedirs(parent, exist_ok=True)
        with open(args.jsonl, "wb") as f:
            count, written = generate(None, args.articles, int(args.target_mb * 1e6), args.seed, jsonl=f,
                                      filler=args.filler_sentences)
    print("%d articles, %.2f MB -> %s" % (count, written / 1e6, args.jsonl or args.out_dir))


if __name__ == "__main__":
    main()
