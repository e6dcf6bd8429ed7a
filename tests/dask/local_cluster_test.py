#!/usr/bin/python3
"""CTest dask.local_cluster: scripts/dask_build.py on a LocalCluster of 2 workers
(loopback) writes the graph.jsonld, graph.dot and articles.jsonl `coopgraph build` writes, byte
for byte, and fails clearly.

  tests/dask/local_cluster_test.py --binary build/coopgraph

Cases: (a) the sample articles as one .jsonl, with a bad line, a record
without text and a repeated article in another partition, in 3 partitions;
(b) a directory of two .jsonl files of generated articles (bench/
generate_corpus.py --jsonl) in 7 partitions merged by a tree of fan-in 3,
and on a running cluster (--scheduler): the sample, then the corpus with
fact streams in files (--work-dir) and partitions of 0.4 MB;
(c) failures: a missing binary, a .txt input (exit 2), an extract that fails
on the workers (exit 1, naming the partition). Exits 77 (CTest's skip) when
the dask modules cannot be imported.
"""

import argparse
import importlib.util
import json
import logging
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "scripts", "dask_build.py")
SKIP = 77
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, file=sys.stderr)


def run(command, cwd, timeout=200):
    started = time.time()
    proc = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    err = proc.stderr.decode("utf-8", "replace")
    print("$ %s  -> exit %d, %.1f s" % (" ".join(command), proc.returncode, time.time() - started), file=sys.stderr)
    return proc.returncode, err


def first_difference(a, b):
    if a == b:
        return None
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return "byte %d: %r vs %r" % (i, a[max(0, i - 40):i + 40], b[max(0, i - 40):i + 40])


def same_graph(tmp, built, dasked, label):
    for name in ("graph.jsonld", "graph.dot", "articles.jsonl"):
        paths = [os.path.join(tmp, d, name) for d in (built, dasked)]
        if not all(os.path.exists(p) for p in paths):
            check(False, "%s: %s missing in %s or %s" % (label, name, built, dasked))
            continue
        a, b = (open(p, "rb").read() for p in paths)
        check(len(a) > 1000, "%s: %s of build is nearly empty" % (label, name))
        diff = first_difference(a, b)
        check(diff is None, "%s: %s differs from build's at %s" % (label, name, diff))


def sample_records():
    """The sample articles as .jsonl records: first line the title, the rest the text."""
    sample = os.path.join(ROOT, "data", "sample")
    records = []
    for name in sorted(os.listdir(sample)):
        with open(os.path.join(sample, name), encoding="utf-8") as f:
            title, _, text = f.read().partition("\n")
        records.append(json.dumps({"title": title, "text": text, "url": "https://example.vn/" + name},
                                  ensure_ascii=False))
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the coopgraph binary")
    args = parser.parse_args()
    if any(importlib.util.find_spec(m) is None for m in ("dask", "distributed")):
        print("SKIPPED: python3-dask not installed (scripts/install-deps.sh installs it)")
        return SKIP
    binary = os.path.abspath(args.binary)
    dask_build = [sys.executable, SCRIPT, "--binary", binary, "--workers", "2"]

    with tempfile.TemporaryDirectory(prefix="coopgraph-dask-test-") as tmp:
        # (a) the sample: a bad line, a record without text, article 1 again at
        # the end (in another partition: merge keeps line 1's copy, as build).
        records = sample_records()
        lines = [records[0], "{not json", records[1], '{"title": "no text"}'] + records[2:] + [records[0]]
        with open(os.path.join(tmp, "sample.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))  # the last line without its newline
        code, err = run([binary, "build", "--out", "built_a", "sample.jsonl"], tmp)
        check(code == 0, "build of the sample failed: " + err)
        code, err = run(dask_build + ["--partitions", "3", "--out", "dask_a", "sample.jsonl"], tmp)
        check(code == 0, "dask_build of the sample failed: " + err)
        check("3 partitions" in err and "2 worker(s)" in err, "summary misses partitions or workers: " + err)
        check("warning: sample.jsonl: line 2: invalid JSON" in err, "the bad line's warning is not passed on: " + err)
        same_graph(tmp, "built_a", "dask_a", "sample")
        svg = [os.path.join(tmp, d, "graph.svg") for d in ("built_a", "dask_a")]
        check(all(os.path.exists(p) for p in svg) and open(svg[0], "rb").read() == open(svg[1], "rb").read(),
              "sample: graph.svg missing or different")

        # (b) generated articles, a directory of two files, 7 partitions, a tree of fan-in 3.
        corpus = os.path.join(tmp, "corpus")
        os.makedirs(os.path.join(corpus, "more"))
        for name, seed in (("news.jsonl", "7"), ("more/other.jsonl", "8")):
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_corpus.py"), "--jsonl",
                            os.path.join(corpus, name), "--articles", "150", "--seed", seed],
                           check=True, stdout=subprocess.DEVNULL, timeout=60)
        code, err = run([binary, "build", "--no-svg", "--out", "built_b", "corpus"], tmp)
        check(code == 0, "build of the generated corpus failed: " + err)
        code, err = run(dask_build + ["--partitions", "7", "--fan-in", "3", "--no-svg", "--out", "dask_b",
                                      "corpus"], tmp)
        check(code == 0, "dask_build of the generated corpus failed: " + err)
        check("7 partitions of 2 file(s)" in err and "1 merge level(s)" in err,
              "expected 7 partitions and one merge --facts level: " + err)
        check("300 articles" in err, "expected 300 articles in the summary: " + err)
        same_graph(tmp, "built_b", "dask_b", "generated")
        # On a cluster already running (--scheduler; here a LocalCluster of this
        # process): the graph files come back as bytes, or through --work-dir
        # files, with partitions by size.
        from dask.distributed import LocalCluster
        with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster:
            remote = [sys.executable, SCRIPT, "--binary", binary, "--scheduler", cluster.scheduler_address]
            code, err = run(remote + ["--partitions", "2", "--out", "dask_a2", "sample.jsonl"], tmp)
            check(code == 0, "dask_build --scheduler failed: " + err)
            same_graph(tmp, "built_a", "dask_a2", "sample, --scheduler")
            code, err = run(remote + ["--partition-mb", "0.4", "--fan-in", "2", "--no-svg", "--work-dir", "work",
                                      "--out", "dask_b2", "corpus"], tmp)
            check(code == 0, "dask_build --scheduler --work-dir failed: " + err)
            check("5 partitions" in err and "2 merge level(s)" in err, "expected 5 partitions, 2 merge levels: " + err)
            same_graph(tmp, "built_b", "dask_b2", "generated, --scheduler --work-dir")
            check(os.listdir(os.path.join(tmp, "work")) == [], "the work directory is not emptied")

        # (c) failures: clear messages, non-zero exits, no output written.
        code, err = run([sys.executable, SCRIPT, "--binary", os.path.join(tmp, "no-such-coopgraph"),
                         "--out", "dask_c", "sample.jsonl"], tmp)
        check(code == 2 and "no-such-coopgraph: no coopgraph binary" in err, "missing binary: exit %d, %s" % (code, err))
        with open(os.path.join(tmp, "article.txt"), "w", encoding="utf-8") as f:
            f.write("Một bài báo.\n")
        code, err = run(dask_build + ["--out", "dask_c", "article.txt"], tmp)
        check(code == 2 and "article.txt: not a .jsonl file" in err, "a .txt input: exit %d, %s" % (code, err))
        os.makedirs(os.path.join(tmp, "empty-data"))
        code, err = run(dask_build + ["--data", "empty-data", "--partitions", "2", "--out", "dask_c",
                                      "sample.jsonl"], tmp)
        check(code == 1 and "partition" in err and "sample.jsonl lines" in err and "coopgraph extract exited" in err,
              "a failing extract: exit %d, %s" % (code, err))
        check(not os.path.exists(os.path.join(tmp, "dask_c")), "a failed run wrote dask_c/")

    if failures:
        print("%d check(s) failed" % len(failures), file=sys.stderr)
        return 1
    print("dask.local_cluster: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
