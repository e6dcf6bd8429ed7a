#!/usr/bin/env python3
"""Throughput benchmark of `coopgraph build` on a generated corpus.

Builds a Release binary in build-bench/ (unless --binary is given), writes a
corpus with bench/generate_corpus.py into a temp directory, then times
`coopgraph build --no-svg --timings --threads T --out OUT CORPUS` for each T and prints
input MB (10^6 bytes), wall seconds (best and median of --repeats runs;
MB/s and articles/s from the best, the least disturbed by other load), CPU
seconds (user + system, best) with MB per CPU-second, and peak resident memory.

Usage:
  bench/run.py                      # 2,000 articles (~12 MB), threads 1 and 2
  bench/run.py --large              # ~50 MB of input, one run per thread count
  bench/run.py --articles 500 --repeats 5 --threads 1 2
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GNU_TIME = "/usr/bin/time"


def build_release(build_dir):
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        subprocess.run(["cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                        "-DCOOPGRAPH_BUILD_TESTS=OFF"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build_dir, "-j2"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(build_dir, "coopgraph")


def corpus_bytes(corpus):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)


def run_once(command, scratch):
    """Runs `command`; returns (wall s, user+system CPU s, peak RSS in KiB, stderr text)."""
    if os.path.exists(GNU_TIME):
        rss_file = os.path.join(scratch, "time.txt")
        start = time.monotonic()
        proc = subprocess.run([GNU_TIME, "-f", "%e %M %U %S", "-o", rss_file] + command,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.monotonic() - start
        with open(rss_file) as f:
            fields = f.read().split()[-4:]  # after any "Command exited" line
        rss_kib, cpu = int(fields[1]), float(fields[2]) + float(fields[3])
        err = proc.stderr
        code = proc.returncode
    else:
        # wait4 gives this child's own rusage (ru_maxrss in KiB on Linux).
        start = time.monotonic()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        rss_kib = usage.ru_maxrss
        cpu = usage.ru_utime + usage.ru_stime
    if code != 0:
        sys.exit("bench: %s failed (exit %d):\n%s" % (" ".join(command), code, err))
    return wall, cpu, rss_kib, err


def stage_times(err):
    """(stage, seconds) pairs from --timings lines: "time: extract   1.234 s"."""
    return [(m.group(1).strip(), float(m.group(2)))
            for m in re.finditer(r"^time: (.+?)\s+([0-9.]+) s$", err, re.M)]


def articles_from_summary(err):
    m = re.search(r"coopgraph: (\d+) articles", err)
    return int(m.group(1)) if m else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--target-mb", type=float, default=0, help="corpus size instead of --articles")
    parser.add_argument("--large", action="store_true", help="~50 MB corpus, 1 run by default")
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, help="runs per thread count (default 3, 1 with --large)")
    parser.add_argument("--binary", help="use this coopgraph instead of building build-bench/")
    parser.add_argument("--corpus", help="use this corpus directory instead of generating one")
    parser.add_argument("--keep", action="store_true", help="keep the temp directory")
    args = parser.parse_args()
    if args.large:
        args.target_mb = args.target_mb or 50
    if args.repeats is None:
        args.repeats = 1 if args.large else 3

    binary = args.binary or build_release(os.path.join(ROOT, "build-bench"))
    scratch = tempfile.mkdtemp(prefix="coopgraph_bench_")
    try:
        corpus = args.corpus
        if not corpus:
            corpus = os.path.join(scratch, "corpus")
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_corpus.py"), corpus,
                            "--articles", str(args.articles), "--target-mb", str(args.target_mb)],
                           check=True, stdout=subprocess.DEVNULL)
        mb = corpus_bytes(corpus) / 1e6
        print("binary: %s" % binary)
        print("corpus: %s (%.2f MB)" % (corpus, mb))
        print()
        print("| threads | input MB | articles | best s | median s | MB/s | articles/s | CPU s | MB/CPU-s | peak RSS MB |")
        print("|--------:|---------:|---------:|-------:|---------:|-----:|-----------:|------:|---------:|------------:|")
        stages = {}
        for threads in args.threads:
            walls, cpus, rss, articles = [], [], 0, 0
            best_stages = []
            for i in range(args.repeats):
                out = os.path.join(scratch, "out-%d-%d" % (threads, i))
                command = [binary, "build", "--no-svg", "--timings", "--threads", str(threads), "--out", out,
                           corpus]
                wall, cpu, rss_kib, err = run_once(command, scratch)
                if not walls or wall < min(walls):
                    best_stages = stage_times(err)
                walls.append(wall)
                cpus.append(cpu)
                rss = max(rss, rss_kib)
                articles = articles_from_summary(err)
                shutil.rmtree(out, ignore_errors=True)
            best, median = min(walls), statistics.median(walls)
            cpu = min(cpus)
            print("| %7d | %8.2f | %8d | %6.2f | %8.2f | %4.2f | %10.1f | %5.2f | %8.2f | %11.1f |"
                  % (threads, mb, articles, best, median, mb / best, articles / best, cpu, mb / cpu,
                     rss / 1024))
            stages[threads] = best_stages
            sys.stdout.flush()
        names = [name for name, _ in next(iter(stages.values()), [])]
        if names:
            print()
            print("Stage wall seconds in the best run (--timings):")
            print()
            print("| threads | " + " | ".join(names) + " |")
            print("|--------:|" + "|".join("-" * (len(n) + 1) + ":" for n in names) + "|")
            for threads, pairs in stages.items():
                print("| %7d | " % threads + " | ".join("%*.2f" % (len(n), dict(pairs).get(n, 0)) for n in names) + " |")
        print()
        print("command: %s build --no-svg --timings --threads T --out OUT CORPUS; %d run(s) each"
              % (binary, args.repeats))
    finally:
        if args.keep:
            print("kept %s" % scratch)
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
