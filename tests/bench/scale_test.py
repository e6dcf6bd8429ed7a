#!/usr/bin/python3
"""CTest bench.scale: bench/scale.py measures what it says and catches a wrong output.

  tests/bench/scale_test.py --binary build/coopgraph

Cases: (a) generate_corpus.py --filler-sentences K writes the same articles
with K sentences more each, before the "Nguồn" line, and none of them names
anything; (b) scale.py on 200 articles, modes build, merge (7 parts), dask2
and text: exit 0, merge's and Dask's outputs the same bytes as build's, the
text mode's corpus about 3x longer with the same entities, the counts and
evidence items equal to those read from graph.jsonld here, the table written;
(c) a binary whose merge writes one byte more: exit 1, "graph.jsonld differs";
(d) a missing binary: exit 2 naming it. The dask mode is left out (with a
note) when python3-dask, python3-distributed or python3-psutil are missing.
"""

import argparse
import importlib.util
import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCALE = os.path.join(ROOT, "bench", "scale.py")
GENERATOR = os.path.join(ROOT, "bench", "generate_corpus.py")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, file=sys.stderr)


def run(command, timeout=150):
    started = time.time()
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
    print("$ %s  -> exit %d, %.1f s" % (" ".join(command), proc.returncode, time.time() - started), file=sys.stderr)
    return proc


def records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def filler_case(tmp):
    plain, longer = os.path.join(tmp, "plain.jsonl"), os.path.join(tmp, "longer.jsonl")
    run(["/usr/bin/python3", GENERATOR, "--jsonl", plain, "--articles", "40"])
    run(["/usr/bin/python3", GENERATOR, "--jsonl", longer, "--articles", "40", "--filler-sentences", "9"])
    a, b = records(plain), records(longer)
    check(len(a) == len(b) == 40, "filler: 40 records each, got %d and %d" % (len(a), len(b)))
    for x, y in zip(a, b):
        pa, pb = x["text"].split("\n\n"), y["text"].split("\n\n")
        body, source = pa[:-1], pa[-1]
        # 9 sentences in paragraphs of 4: three filler paragraphs between body and source
        same = pb[:len(body)] == body and pb[-1] == source and len(pb) == len(pa) + 3 and \
            x["title"] == y["title"] and x["url"] == y["url"]
        check(same, "filler: record %s is not its plain article with three filler paragraphs" % x["url"])
        if not same:
            break
        filler = " ".join(pb[len(body):-1])
        sentences = [s for s in re.split(r"(?<=\.) ", filler) if s]
        check(len(sentences) == 9, "filler: 9 sentences expected, got %d" % len(sentences))
        # nothing that could name: no digits, a capital only at a sentence's start
        words = [w for s in sentences for w in s.split()[1:]]
        check(not re.search(r"\d", filler) and not any(w[0].isupper() for w in words),
              "filler: a digit or a capitalised word in %r" % filler[:200])


def evidence_in(graph):
    """Evidence objects in graph.jsonld, read as JSON (not as scale.py counts them)."""
    with open(graph, encoding="utf-8") as f:
        doc = json.load(f)
    count = 0
    stack = [doc]
    while stack:
        x = stack.pop()
        if isinstance(x, dict):
            count += "oa:hasSource" in x
            stack.extend(x.values())
        elif isinstance(x, list):
            stack.extend(x)
    return count


def scale_case(tmp, binary):
    have_dask = all(importlib.util.find_spec(m) for m in ("dask", "distributed", "psutil"))
    if not have_dask:
        print("note: dask, distributed or psutil missing: the dask mode is not tested", file=sys.stderr)
    modes = ["build", "merge", "text"] + (["dask2"] if have_dask else [])
    work, result, table = os.path.join(tmp, "work"), os.path.join(tmp, "r.json"), os.path.join(tmp, "t.md")
    proc = run([SCALE, "--binary", binary, "--sizes", "200", "--partitions", "7", "--work", work,
                "--modes"] + modes + ["--json", result, "--table", table])
    check(proc.returncode == 0, "scale: exit %d:\n%s" % (proc.returncode, proc.stderr[-2000:]))
    if proc.returncode != 0:
        return
    with open(result, encoding="utf-8") as f:
        data = json.load(f)
    rows = {r["mode"]: r for r in data["rows"]}
    want = ["build", "merge-map", "merge", "text"] + (["dask2"] if have_dask else [])
    check(sorted(rows) == sorted(want), "scale: rows %s, expected %s" % (sorted(rows), sorted(want)))
    for mode in ("merge", "dask2"):
        if mode in rows:
            check(rows[mode]["same_as_build"] is True, "scale: %s differs from build: %s" % (mode, rows[mode]["differs"]))
    check(rows["merge"]["parts"] == 7 and rows["merge-map"]["parts"] == 7, "scale: 7 parts expected")
    for r in data["rows"]:
        check(r["wall"] > 0 and r["peak_mib"] > 1 and r["cpu"] >= 0, "scale: implausible figures in %s" % r)
    # The facts scale.py counted, against an independent build and a JSON parse here.
    corpus = os.path.join(work, "corpus-200-s20240529.jsonl")
    out = os.path.join(tmp, "out")
    built = run([binary, "build", "--no-svg", "--out", out, corpus])
    m = re.search(r"coopgraph: (\d+) articles, (\d+) persons, (\d+) organisations, (\d+) meetings, (\d+) agreements",
                  built.stderr)
    facts = data["facts"]["200"]
    check(m is not None and [int(g) for g in m.groups()] ==
          [facts[k] for k in ("articles", "persons", "organisations", "meetings", "agreements")],
          "scale: counts %s, build says %s" % (facts, m and m.group(0)))
    evidence = evidence_in(os.path.join(out, "graph.jsonld"))
    check(facts["evidence"] == evidence > 0, "scale: %d evidence items counted, %d in graph.jsonld"
          % (facts["evidence"], evidence))
    text = rows["text"]
    ratio = text["input_mb"] / rows["build"]["input_mb"]
    check(2.7 < ratio < 3.3, "scale: the text mode's corpus is x%.2f, expected about 3" % ratio)
    check(text["same_facts"] is True and text["counts"]["articles"] == facts["articles"],
          "scale: the text mode's facts differ: %s" % text["differs"])
    with open(table, encoding="utf-8") as f:
        written = f.read()
    check("| 200 |" in written and "(2) 200 articles: merge of 7 fact streams" in written and "(1) 200 articles" in written,
          "scale: the table file lacks its rows or targets:\n" + written[:1500])


def failure_cases(tmp, binary):
    # A coopgraph whose merge writes one byte more into graph.jsonld.
    fake = os.path.join(tmp, "coopgraph-wrong")
    with open(fake, "w") as f:
        f.write('#!/bin/sh\n"%s" "$@" || exit $?\n'
                'if [ "$1" = merge ]; then\n'
                '  while [ "$1" != --out ]; do shift; done\n'
                '  printf " " >> "$2/graph.jsonld"\n'
                'fi\n' % binary)
    os.chmod(fake, os.stat(fake).st_mode | stat.S_IXUSR)
    proc = run([SCALE, "--binary", fake, "--sizes", "200", "--partitions", "3", "--work", os.path.join(tmp, "work"),
                "--modes", "merge"])
    check(proc.returncode == 1 and "DIFFERS: graph.jsonld differs" in proc.stdout,
          "scale with a wrong merge: exit %d (1 expected), output:\n%s" % (proc.returncode, proc.stdout[-1500:]))
    missing = os.path.join(tmp, "no-such-coopgraph")
    proc = run([SCALE, "--binary", missing, "--sizes", "200", "--work", os.path.join(tmp, "work")])
    check(proc.returncode == 2 and missing in proc.stderr,
          "scale with a missing binary: exit %d (2 expected): %s" % (proc.returncode, proc.stderr))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory(prefix="scale-test-") as tmp:
        filler_case(tmp)
        scale_case(tmp, binary)
        failure_cases(tmp, binary)
    if failures:
        print("%d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("bench.scale: all cases passed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
