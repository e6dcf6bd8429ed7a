#!/usr/bin/python3
"""Scale benchmark (issue 20): `coopgraph build` against merge of partitions and the Dask path.

  bench/scale.py --binary build/coopgraph --sizes 10000 100000 [--work DIR]
      [--modes build merge dask1 dask2 text] [--plot bench/scale.png]
      [--table bench/scale.md] [--json results.json]

For each size N (articles) it generates one .jsonl corpus with
bench/generate_corpus.py (cached in --work by size and seed, so reruns reuse
it) and measures, one run each, side by side:

  build    coopgraph build --no-svg --threads T --out OUT FILE.jsonl: wall,
           CPU (user + system), peak RSS, from /usr/bin/time. Always run:
           every other mode is compared with it.
  merge    the file cut by lines into --partitions parts (100), each run
           through coopgraph extract --source FILE --first-line L (the map
           side, row "merge-map": summed wall and CPU, largest RSS), then ONE
           coopgraph merge --out OUT of all the fact streams (row "merge").
           Target (2): that merge's wall time within 1.5x of build's.
  dask1    scripts/dask_build.py --workers 1 (2: dask2) --no-svg on a
  dask2    LocalCluster; fact streams in files under --work above
           --dask-files-mb of input. Peak memory: the process tree is sampled
           every 0.2 s (psutil); "peak" is the largest single process, "sum"
           the tree's largest total. Target (3): dask2's overhead under 20%
           of build's wall time at 100k articles.
  text     build over the same N articles made ~--text-factor times longer
           by filler sentences without entities (generate_corpus.py
           --filler-sentences K): the same facts in more bytes. Target (1):
           build's memory grows with the facts, not the text.

The outputs of merge, dask1 and dask2 are compared with build's byte for byte
(graph.jsonld, graph.dot, articles.jsonl), and text's fact counts with
build's (each within 0.5%, evidence items 1%: the longer articles have other
ids, so they are resolved in another order, which moves a few merges); a
difference is reported and makes the exit code 1.

Facts are counted from build's output: the summary line (articles, persons,
organisations, meetings, agreements: "entities" below) and the evidence items
(occurrences of "oa:hasSource" in graph.jsonld). The table gives wall s, CPU
s, peak MiB, MiB per 1,000 articles, KiB per evidence item, and wall and
peak as ratios to build's at the same size; the targets follow it.

A failed or killed command is reported and the next mode runs (a failed
build ends the run: the others are compared with it). A command is killed
past --timeout, and when the machine's available memory falls under
--min-free-mib (the machine is shared: better than the kernel's OOM
killer). --table and --json are rewritten after every measurement, so a
long run keeps what it measured.

Disk: the corpora stay in --work (about 6.3 MB per 1,000 articles, and
--text-factor times that for text); while a size runs, the fact streams
(about 4x its corpus) and the outputs need room too. The script checks the
free space first. One run per measurement: on a shared machine, look at the
load average printed with each row.

--plot needs matplotlib (Debian python3-matplotlib). It is a maintainer
tool for drawing the committed PNG, not a dependency of coopgraph:
scripts/install-deps.sh does not install it, and it is imported only when
--plot is given.

Exit codes: 0 done, 1 a command failed or an output differs from build's,
2 usage error (bad option, missing binary or tool, not enough disk).
"""

import argparse
import contextlib
import hashlib
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import generate_corpus  # noqa: E402  (the filler's word lists and default seed)

GNU_TIME = "/usr/bin/time"
PYTHON = "/usr/bin/python3"  # Debian's, which has dask, distributed and psutil
GENERATOR = os.path.join(ROOT, "bench", "generate_corpus.py")
DASK_BUILD = os.path.join(ROOT, "scripts", "dask_build.py")
ALL_MODES = ["build", "merge", "dask1", "dask2", "text"]
SEED = 20240529  # generate_corpus.py's default
BYTES_PER_ARTICLE = 6.4e3  # generate_corpus.py's articles, for the disk estimate before they exist
FACTS_PER_INPUT_BYTE = 4.0  # fact stream bytes per input byte (3.8 measured at 10k articles)
OUTPUT_PER_INPUT_BYTE = 5.0  # graph.jsonld + graph.dot + articles.jsonl per input byte (4.7 at 10k)
SUMMARY_RE = re.compile(r"^(?:coopgraph|coopgraph merge|dask_build): (\d+) articles, (\d+) persons, "
                        r"(\d+) organisations, (\d+) meetings, (\d+) agreements", re.M)
COMPARED = ("graph.jsonld", "graph.dot", "articles.jsonl")


class BenchError(Exception):
    """A command failed or an output differs: exit 1."""


class UsageError(Exception):
    """Bad options or a missing tool: exit 2."""


def log(message):
    print("scale: " + message, file=sys.stderr, flush=True)


def mib(kib):
    return kib / 1024.0


# --- running and measuring one command ---

class TreeSampler(threading.Thread):
    """Samples the RSS of a process and all its descendants every `period` s:
    the largest single process and the largest sum seen."""

    def __init__(self, pid, period=0.2):
        super().__init__(daemon=True)
        import psutil  # python3-psutil; only the Dask modes sample
        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.period = period
        self.max_single = self.max_sum = 0
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            try:
                procs = [self.root] + self.root.children(recursive=True)
            except self.psutil.Error:
                break  # the root has exited
            total = 0
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except self.psutil.Error:
                    continue  # exited between the listing and the look
                total += rss
                self.max_single = max(self.max_single, rss)
            self.max_sum = max(self.max_sum, total)
            self.stop.wait(self.period)


def mem_available_mib():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024
    return float("inf")


def feed(pipe, path, start, end):
    """Writes bytes [start, end) of `path` to `pipe`, then closes it (a thread)."""
    try:
        with open(path, "rb") as f:
            f.seek(start)
            left = end - start
            while left > 0:
                block = f.read(min(left, 1 << 23))
                if not block:
                    break
                pipe.write(block)
                left -= len(block)
    except BrokenPipeError:
        pass  # the command exited early; its exit code says why
    finally:
        try:
            pipe.close()
        except BrokenPipeError:
            pass


class Runner:
    """Runs commands under /usr/bin/time with a timeout; kills the whole
    process group of the running one on a timeout or an interrupt."""

    def __init__(self, scratch, timeout, min_free_mib):
        self.scratch = scratch
        self.timeout = timeout
        self.min_free_mib = min_free_mib
        self.current = None

    def run(self, command, label, stdin_range=None, stdout_path=None, sample=False):
        """Returns {"wall", "cpu", "rss_kib", "stderr", and with `sample` "tree_single_kib",
        "tree_sum_kib"}; raises BenchError naming `label` on failure or timeout."""
        time_file = os.path.join(self.scratch, "time.txt")
        err_path = os.path.join(self.scratch, "stderr.txt")
        with open(err_path, "wb") as err, \
                (open(stdout_path, "wb") if stdout_path else open(os.devnull, "wb")) as out:
            start = time.monotonic()
            proc = subprocess.Popen([GNU_TIME, "-f", "%e %M %U %S", "-o", time_file] + command,
                                    stdin=subprocess.PIPE if stdin_range else subprocess.DEVNULL,
                                    stdout=out, stderr=err, start_new_session=True)
            self.current = proc
            feeder = sampler = None
            if stdin_range:
                feeder = threading.Thread(target=feed, args=(proc.stdin,) + stdin_range, daemon=True)
                feeder.start()
            if sample:
                sampler = TreeSampler(proc.pid)
                sampler.start()
            try:
                self.watch(proc, start, label, command)
            except BaseException:  # an interrupt: the command runs in its own session, end it too
                self.kill()
                raise
            finally:
                wall = time.monotonic() - start
                self.current = None
                if sampler:
                    sampler.stop.set()
                    sampler.join()
                if feeder:
                    feeder.join()
        with open(err_path, encoding="utf-8", errors="replace") as f:
            stderr = f.read()
        if proc.returncode != 0:
            tail = "\n  ".join(stderr.strip().splitlines()[-6:])
            # /usr/bin/time exits 128 + the signal: 9 is most often the kernel's OOM killer
            hint = " (killed: out of memory? see dmesg)" if proc.returncode == 128 + signal.SIGKILL else ""
            raise BenchError("%s: %s exited %d%s:\n  %s" % (label, " ".join(command), proc.returncode, hint, tail))
        with open(time_file) as f:
            fields = f.read().split()[-4:]  # after any "Command exited" line
        result = {"wall": wall, "cpu": float(fields[2]) + float(fields[3]), "rss_kib": int(fields[1]),
                  "stderr": stderr}
        if sampler:
            result["tree_single_kib"] = sampler.max_single / 1024
            result["tree_sum_kib"] = sampler.max_sum / 1024
        return result

    def watch(self, proc, start, label, command):
        """Waits for `proc`; kills it past the timeout, or when the machine's available
        memory falls under min_free_mib: on a shared machine the kernel's OOM killer
        could otherwise pick another user's process."""
        while True:
            try:
                proc.wait(timeout=0.5)
                return
            except subprocess.TimeoutExpired:
                pass
            if time.monotonic() - start > self.timeout:
                self.kill()
                raise BenchError("%s: timed out after %d s (--timeout): %s" % (label, self.timeout, " ".join(command)))
            available = mem_available_mib()
            if available < self.min_free_mib:
                self.kill()
                raise BenchError("%s: stopped: the machine had %.0f MiB of memory left (--min-free-mib %d): %s"
                                 % (label, available, self.min_free_mib, " ".join(command)))

    def kill(self):
        proc = self.current
        if proc and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()


# --- corpora ---

def corpus_path(work, articles, seed, filler=0):
    return os.path.join(work, "corpus-%d-s%d%s.jsonl" % (articles, seed, "-f%d" % filler if filler else ""))


def ensure_corpus(work, articles, seed, filler=0):
    """The cached corpus, generated first when missing (to a temporary name, so an
    interrupted generation is not taken for a corpus)."""
    path = corpus_path(work, articles, seed, filler)
    if os.path.exists(path):
        log("corpus %s: %.1f MB (cached)" % (path, os.path.getsize(path) / 1e6))
        return path
    started = time.monotonic()
    temp = path + ".part"
    command = [PYTHON, GENERATOR, "--jsonl", temp, "--articles", str(articles), "--seed", str(seed)]
    if filler:
        command += ["--filler-sentences", str(filler)]
    proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise BenchError("generating %s: %s" % (path, proc.stderr.strip()))
    os.replace(temp, path)
    log("corpus %s: %.1f MB (generated in %.0f s)" % (path, os.path.getsize(path) / 1e6,
                                                      time.monotonic() - started))
    return path


def filler_for(corpus, articles, factor):
    """Filler sentences per article that make the articles about `factor` times longer."""
    import random
    rng = random.Random(1)
    sample = [generate_corpus.filler_sentence(rng) for _ in range(4000)]
    per_sentence = sum(len(s.encode("utf-8")) + 1 for s in sample) / len(sample)  # + its space or newline
    per_article = os.path.getsize(corpus) / articles
    return max(1, round((factor - 1) * per_article / per_sentence))


def line_cuts(path, parts):
    """Byte offsets and first line numbers of `parts` pieces of about equal line counts:
    [(start, end, first line)]."""
    with open(path, "rb") as f:
        lines, last = 0, b""
        while True:
            block = f.read(1 << 23)
            if not block:
                break
            lines += block.count(b"\n")
            last = block[-1:]
        size = f.tell()
        if size and last != b"\n":
            lines += 1  # a last line without its newline
        parts = max(1, min(parts, lines))
        wanted = [lines * k // parts for k in range(1, parts)]  # a piece starts after this many lines
        offsets, seen, base = [], 0, 0
        f.seek(0)
        while wanted[len(offsets):]:
            block = f.read(1 << 23)
            if not block:
                break
            count = block.count(b"\n")
            pos = 0
            while len(offsets) < len(wanted) and seen + count >= wanted[len(offsets)]:
                # the (wanted - seen)-th newline of this block, counted from `pos`
                need = wanted[len(offsets)] - seen
                while need > 0:
                    pos = block.index(b"\n", pos) + 1
                    need -= 1
                    seen += 1
                    count -= 1
                offsets.append(base + pos)
            seen += count
            base += len(block)
    starts = [0] + offsets
    ends = offsets + [size]
    firsts = [1] + [w + 1 for w in wanted]
    return [(s, e, first) for s, e, first in zip(starts, ends, firsts) if e > s]


# --- facts and outputs ---

def summary_counts(stderr):
    m = SUMMARY_RE.search(stderr)
    if not m:
        return None
    keys = ("articles", "persons", "organisations", "meetings", "agreements")
    return dict(zip(keys, (int(g) for g in m.groups())))


def count_evidence(graph):
    """Occurrences of "oa:hasSource" in the file, read in blocks."""
    needle = b'"oa:hasSource"'
    count, tail = 0, b""
    with open(graph, "rb") as f:
        while True:
            block = f.read(1 << 23)
            if not block:
                break
            data = tail + block
            count += data.count(needle)
            # keep a partial needle at the end; a whole one there was counted already
            tail = data[-(len(needle) - 1):]
    return count


def digests(out):
    """SHA-256 of each output file compared with build's. Build's output is kept as
    digests, not files, so that only one graph at a time takes disk space."""
    found = {}
    for name in COMPARED:
        path = os.path.join(out, name)
        if os.path.exists(path):
            h = hashlib.sha256()
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 22), b""):
                    h.update(block)
            found[name] = h.hexdigest()
    return found


def compare_outputs(built, other):
    """None when every file build wrote (`built`: their digests) is the same in the
    directory `other`, else what differs."""
    theirs = digests(other)
    differ = [name + (" missing" if name not in theirs else " differs")
              for name in sorted(built) if theirs.get(name) != built[name]]
    return ", ".join(differ) or None


# --- the modes ---

def row(size, corpus, mode, measured, **extra):
    r = {"size": size, "input_mb": os.path.getsize(corpus) / 1e6, "mode": mode, "wall": measured["wall"],
         "cpu": measured["cpu"], "peak_mib": mib(measured["rss_kib"]), "load": os.getloadavg()[0]}
    r.update(extra)
    return r


def run_build(runner, binary, threads, corpus, out, label):
    shutil.rmtree(out, ignore_errors=True)
    m = runner.run([binary, "build", "--no-svg", "--threads", str(threads), "--out", out, corpus], label)
    counts = summary_counts(m["stderr"])
    if counts is None:
        raise BenchError("%s: no summary line in coopgraph's output:\n%s" % (label, m["stderr"][-500:]))
    counts["evidence"] = count_evidence(os.path.join(out, "graph.jsonld"))
    m["digests"] = digests(out)
    m["output_mb"] = sum(os.path.getsize(os.path.join(out, n)) for n in m["digests"]) / 1e6
    return m, counts


def run_merge(runner, args, size, corpus, build_digests, run_dir):
    """The map side (extract per part), then one merge: two rows."""
    facts_dir = os.path.join(run_dir, "facts")
    os.makedirs(facts_dir, exist_ok=True)
    cuts = line_cuts(corpus, args.partitions)
    walls = cpus = 0.0
    peak = 0
    fact_files = []
    for i, (start, end, first) in enumerate(cuts, 1):
        path = os.path.join(facts_dir, "part%03d.facts" % i)
        m = runner.run([args.binary, "extract", "--threads", str(args.threads), "--source", corpus,
                        "--first-line", str(first)], "%d: extract part %d (lines from %d)" % (size, i, first),
                       stdin_range=(corpus, start, end), stdout_path=path)
        walls += m["wall"]
        cpus += m["cpu"]
        peak = max(peak, m["rss_kib"])
        fact_files.append(path)
    facts_mb = sum(os.path.getsize(p) for p in fact_files) / 1e6
    log("%d: merge-map: %d parts, %.1f s, %.1f CPU-s, fact streams %.1f MB"
        % (size, len(cuts), walls, cpus, facts_mb))
    out = os.path.join(run_dir, "merge")
    shutil.rmtree(out, ignore_errors=True)
    m = runner.run([args.binary, "merge", "--no-svg", "--threads", str(args.threads), "--out", out] + fact_files,
                   "%d: merge of %d fact streams" % (size, len(fact_files)))
    differs = compare_outputs(build_digests, out)
    if not args.keep:
        shutil.rmtree(facts_dir, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    mapped = row(size, corpus, "merge-map", {"wall": walls, "cpu": cpus, "rss_kib": peak},
                 parts=len(cuts), facts_mb=facts_mb)
    merged = row(size, corpus, "merge", m, parts=len(cuts), same_as_build=differs is None, differs=differs)
    return [mapped, merged]


def run_dask(runner, args, size, corpus, build_digests, run_dir, workers):
    out = os.path.join(run_dir, "dask%d" % workers)
    shutil.rmtree(out, ignore_errors=True)
    command = [PYTHON, DASK_BUILD, "--binary", args.binary, "--workers", str(workers), "--no-svg",
               "--out", out, "--task-timeout", str(args.timeout)]
    files = os.path.getsize(corpus) / 1e6 > args.dask_files_mb
    if files:
        command += ["--work-dir", os.path.join(run_dir, "dask-facts")]
    m = runner.run(command + [corpus], "%d: dask_build.py --workers %d" % (size, workers), sample=True)
    differs = compare_outputs(build_digests, out)
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    times = [l for l in m["stderr"].splitlines() if l.startswith("dask_build: time:")]
    # The largest single process: /usr/bin/time's %M (every process's own peak, once
    # reaped) or the sampled RSS, whichever saw more.
    single = max(m["rss_kib"], m["tree_single_kib"])
    return row(size, corpus, "dask%d" % workers, dict(m, rss_kib=single), tree_sum_mib=mib(m["tree_sum_kib"]),
               sampled_single_mib=mib(m["tree_single_kib"]), facts_in_files=files,
               same_as_build=differs is None, differs=differs, dask_times=times[0][18:] if times else None)


def run_text(runner, args, size, corpus, build_counts, run_dir):
    filler = filler_for(corpus, size, args.text_factor)
    longer = ensure_corpus(args.work, size, args.seed, filler)
    out = os.path.join(run_dir, "text")
    m, counts = run_build(runner, args.binary, args.threads, longer, out, "%d: build of the longer text" % size)
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    # Each article yields the same facts with or without filler (coopgraph extract
    # says so, article by article), but the graph may differ by a few: an article's id
    # is the hash of its text, articles are resolved in id order, and the order
    # decides some merges of meetings and which mention gives a sentence's evidence.
    # So: the same articles, and each count within 0.5% (evidence items 1%).
    same = counts["articles"] == build_counts["articles"] and all(
        abs(counts[k] - build_counts[k]) <= (0.01 if k == "evidence" else 0.005) * build_counts[k]
        for k in ("persons", "organisations", "meetings", "agreements", "evidence"))
    deltas = ", ".join("%s %+d" % (k, counts[k] - build_counts[k]) for k in counts if counts[k] != build_counts[k])
    return row(size, longer, "text", m, filler_sentences=filler, counts=counts, same_facts=same,
               deltas=deltas or "none",
               differs=None if same else "facts differ: %s against build's %s" % (counts, build_counts))


# --- the report ---

def fmt(value, spec, empty=""):
    return empty if value is None else format(value, spec)


def complete_rows(rows, facts):
    """Adds per-article, per-evidence and ratio-to-build columns."""
    builds = {r["size"]: r for r in rows if r["mode"] == "build"}
    for r in rows:
        f = r.get("counts") or facts.get(r["size"])
        b = builds.get(r["size"])
        r["mib_per_1k_articles"] = r["peak_mib"] / r["size"] * 1000
        r["kib_per_evidence"] = r["peak_mib"] * 1024 / f["evidence"] if f and f["evidence"] else None
        r["wall_ratio"] = r["wall"] / b["wall"] if b and b["wall"] > 0 else None
        r["peak_ratio"] = r["peak_mib"] / b["peak_mib"] if b and b["peak_mib"] > 0 else None


def output_note(r):
    if r["mode"] in ("merge", "dask1", "dask2"):
        note = "same bytes as build" if r["same_as_build"] else "DIFFERS: " + r["differs"]
        if r.get("dask_times"):  # where the Dask path's time went, as dask_build.py reports it
            note += "; " + re.sub(r" \[.*\]", "", r["dask_times"])
        return note
    if r["mode"] == "text":
        extra = "x%.2f text (%d filler sentences), " % (r["input_mb"] / r["build_input_mb"], r["filler_sentences"])
        if not r["same_facts"]:
            return extra + "DIFFERS: " + r["differs"]
        return extra + "same facts (graph counts against build's: %s)" % r["deltas"]
    if r["mode"] == "merge-map":
        return "%d extracts, summed; %.0f MB of facts" % (r["parts"], r["facts_mb"])
    return "outputs %.0f MB" % r["output_mb"]


def table(rows):
    lines = ["| articles | input MB | mode | wall s | CPU s | peak MiB | MiB per 1k articles | KiB per evidence item "
             "| wall / build | peak / build | load | notes |",
             "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        peak = "%.0f" % r["peak_mib"]
        if r.get("tree_sum_mib"):
            peak += " (sum %.0f)" % r["tree_sum_mib"]
        lines.append("| %d | %.1f | %s | %.2f | %.2f | %s | %.2f | %s | %s | %s | %.1f | %s |" % (
            r["size"], r["input_mb"], r["mode"], r["wall"], r["cpu"], peak, r["mib_per_1k_articles"],
            fmt(r["kib_per_evidence"], ".3f"), fmt(r["wall_ratio"], ".2f"), fmt(r["peak_ratio"], ".2f"), r["load"],
            output_note(r)))
    return lines


def facts_table(facts, rows):
    builds = {r["size"]: r for r in rows if r["mode"] == "build"}
    lines = ["| articles | persons | organisations | meetings | agreements | entities | evidence items "
             "| build peak MiB | KiB per entity | KiB per evidence item | KiB per input KB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size in sorted(facts):
        f, b = facts[size], builds[size]
        entities = f["persons"] + f["organisations"] + f["meetings"] + f["agreements"]
        lines.append("| %d | %d | %d | %d | %d | %d | %d | %.0f | %.3f | %.3f | %.3f |" % (
            f["articles"], f["persons"], f["organisations"], f["meetings"], f["agreements"], entities,
            f["evidence"], b["peak_mib"], b["peak_mib"] * 1024 / max(entities, 1),
            b["peak_mib"] * 1024 / max(f["evidence"], 1), b["peak_mib"] * 1024 / (b["input_mb"] * 1e3)))
    return lines


def targets(rows, facts, threads):
    """One line per target and size, with its verdict; the CPU ratios beside, steadier
    than wall times on a shared machine."""
    out = []
    by = {(r["size"], r["mode"]): r for r in rows}
    sizes = sorted(facts)
    for size in sizes:
        b, t = by.get((size, "build")), by.get((size, "text"))
        if b and t:
            text_x, peak_x = t["input_mb"] / b["input_mb"], t["peak_mib"] / b["peak_mib"]
            # Elasticity: the relative growth of memory over that of the text. 1 would be
            # memory proportional to the text; met when under a quarter.
            elasticity = (peak_x - 1) / (text_x - 1)
            met = t["same_facts"] and elasticity < 0.25
            out.append("(1) %d articles: x%.2f the text bytes, same facts: %s; build peak %.0f -> %.0f MiB (x%.2f), "
                       "elasticity %.2f (target < 0.25): %s"
                       % (size, text_x, "yes" if t["same_facts"] else "NO", b["peak_mib"], t["peak_mib"], peak_x,
                          elasticity, "met (grows with the facts, not the text)" if met else "NOT met"))
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        entities = [sum(facts[s][k] for k in ("persons", "organisations", "meetings", "agreements"))
                    for s in (lo, hi)]
        peaks = [by[(s, "build")]["peak_mib"] for s in (lo, hi)]
        ins = [by[(s, "build")]["input_mb"] for s in (lo, hi)]
        out.append("(1) %d -> %d articles: entities x%.2f, evidence items x%.2f, input bytes x%.2f, build peak x%.2f"
                   % (lo, hi, entities[1] / entities[0], facts[hi]["evidence"] / facts[lo]["evidence"],
                      ins[1] / ins[0], peaks[1] / peaks[0]))
    for size in sizes:
        b, m = by.get((size, "build")), by.get((size, "merge"))
        if b and m:
            ratio = m["wall"] / b["wall"]
            out.append("(2) %d articles: merge of %d fact streams %.2f s, build %.2f s: x%.2f (target <= 1.5): %s; "
                       "CPU x%.2f" % (size, m["parts"], m["wall"], b["wall"], ratio, "met" if ratio <= 1.5 else "NOT met",
                                      m["cpu"] / max(b["cpu"], 1e-9)))
    for size in sizes:
        b = by.get((size, "build"))
        for mode in ("dask1", "dask2"):
            d = by.get((size, mode))
            if b and d:
                over = d["wall"] / b["wall"] - 1
                verdict = ""
                if mode == "dask2":
                    verdict = (": %s" % ("met" if over < 0.2 else "NOT met")) if size == 100000 else \
                        " (the target, under 20%, is set at 100000 articles)"
                out.append("(3) %d articles: %s %.2f s, build --threads %d %.2f s: overhead %+.0f%%%s; CPU x%.2f"
                           % (size, mode, d["wall"], threads, b["wall"], 100 * over, verdict,
                              d["cpu"] / max(b["cpu"], 1e-9)))
    return out


def plot(rows, path):
    import matplotlib  # python3-matplotlib: a maintainer tool, only for --plot
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker  # noqa: F401  (the axis labels below)
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 4), dpi=100)
    sizes = sorted({r["size"] for r in rows})
    for mode in [m for m in ["build", "merge-map", "merge", "dask1", "dask2", "text"]
                 if any(r["mode"] == m for r in rows)]:
        mine = sorted((r for r in rows if r["mode"] == mode), key=lambda r: r["size"])
        xs = [r["size"] for r in mine]
        labels = {"merge-map": "merge: the extracts, summed", "merge": "merge: the one merge",
                  "text": "build, x%.0f text" % (mine[0]["input_mb"] / mine[0]["build_input_mb"])
                  if mode == "text" else ""}
        style = dict(marker="o", markersize=3, linewidth=1.2, label=labels.get(mode) or mode)
        left.plot(xs, [r["wall"] for r in mine], **style)
        right.plot(xs, [r["peak_mib"] for r in mine], **style)
    for ax, title, unit in ((left, "wall time", "seconds"), (right, "peak memory (largest process)", "MiB")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("articles", fontsize=9)
        ax.set_ylabel(unit, fontsize=9)
        ax.tick_params(labelsize=8)
        ax.grid(True, which="major", linewidth=0.4, alpha=0.6)
        ax.set_xticks(sizes)
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: "{:,.0f}".format(v)))
        ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        ax.yaxis.set_major_locator(matplotlib.ticker.LogLocator(subs=(1, 2, 5)))
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: "{:,.4g}".format(v)))
        ax.yaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    left.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def environment(args):
    def git(*a):
        proc = subprocess.run(["git", "-C", ROOT] + list(a), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True)
        return proc.stdout.strip() if proc.returncode == 0 else None
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 2**20
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "commit": git("rev-parse", "--short", "HEAD"),
            "binary": os.path.abspath(args.binary), "cores": os.cpu_count(), "memory_gib": round(mem, 1),
            "threads": args.threads, "partitions": args.partitions, "seed": args.seed,
            "command": " ".join([os.path.relpath(sys.argv[0], os.getcwd())] + sys.argv[1:])}


# --- main ---

def parse_args(argv):
    parser = argparse.ArgumentParser(prog="bench/scale.py", description=__doc__.split("\n\n")[0],
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "coopgraph"),
                        help="the coopgraph binary, a Release build (default: build/coopgraph)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000], metavar="N",
                        help="corpus sizes in articles (default: 10000 100000)")
    parser.add_argument("--modes", nargs="+", choices=ALL_MODES, default=ALL_MODES,
                        help="what to measure (default: all; build always runs, the others are compared with it)")
    parser.add_argument("--work", default="/var/tmp/coopgraph-scale",
                        help="corpora (kept, reused) and scratch outputs (default: /var/tmp/coopgraph-scale)")
    parser.add_argument("--table", metavar="MD", help="write the tables and targets as markdown here")
    parser.add_argument("--json", metavar="FILE", help="write every measurement as JSON here")
    parser.add_argument("--plot", metavar="PNG", help="draw wall time and peak memory against articles (matplotlib)")
    parser.add_argument("--threads", type=int, default=2, help="--threads of build, extract and merge (default 2)")
    parser.add_argument("--partitions", type=int, default=100, help="parts of the corpus for merge (default 100)")
    parser.add_argument("--text-factor", type=float, default=3.0, metavar="F",
                        help="text mode: articles about F times longer (default 3)")
    parser.add_argument("--dask-files-mb", type=float, default=200, metavar="MB",
                        help="above this much input the Dask path keeps fact streams in files under --work "
                             "(its --work-dir) instead of worker memory (default 200)")
    parser.add_argument("--seed", type=int, default=SEED, help="corpus seed (default: generate_corpus.py's)")
    parser.add_argument("--timeout", type=float, default=6 * 3600, metavar="S",
                        help="seconds one command may run before it is killed (default 21600)")
    parser.add_argument("--min-free-mib", type=int, default=1024, metavar="MiB",
                        help="stop a command (reported as a failure; the next mode runs) when the machine's "
                             "available memory falls under this (default 1024)")
    parser.add_argument("--keep", action="store_true", help="keep the outputs and fact streams in --work/run")
    parser.add_argument("--skip-disk-check", action="store_true",
                        help="run even when the corpora and build's output seem not to fit on the disk")
    parser.add_argument("--skip-memory-check", action="store_true",
                        help="run a mode even when its memory, predicted from the last size, exceeds what is "
                             "available (--min-free-mib still stops it)")
    args = parser.parse_args(argv)
    if any(n < 1 for n in args.sizes):
        parser.error("--sizes must be positive")
    if args.threads < 1 or args.partitions < 1 or args.timeout <= 0:
        parser.error("--threads, --partitions and --timeout must be positive")
    if args.text_factor <= 1:
        parser.error("--text-factor must be above 1")
    args.sizes = sorted(set(args.sizes))
    args.modes = [m for m in ALL_MODES if m in args.modes or m == "build"]
    return args


def check_setup(args):
    """Tools, modules and disk space, before any work."""
    if not (os.path.isfile(args.binary) and os.access(args.binary, os.X_OK)):
        raise UsageError("%s: no coopgraph binary (cmake --build build --target coopgraph_cli, or --binary)"
                         % args.binary)
    args.binary = os.path.abspath(args.binary)
    if not os.access(GNU_TIME, os.X_OK):
        raise UsageError("%s missing: install the Debian package time (scripts/install-deps.sh)" % GNU_TIME)
    if any(m.startswith("dask") for m in args.modes):
        probe = subprocess.run([PYTHON, "-c", "import dask, distributed, psutil"], stderr=subprocess.PIPE, text=True)
        if probe.returncode != 0:
            raise UsageError("the dask modes need python3-dask, python3-distributed and python3-psutil "
                             "(scripts/install-deps.sh): %s" % probe.stderr.strip().splitlines()[-1])
    if args.plot:
        if importlib.util.find_spec("matplotlib") is None:
            raise UsageError("--plot needs matplotlib: apt-get install python3-matplotlib (a maintainer tool)")
    os.makedirs(args.work, exist_ok=True)
    # Corpora still to write, and the largest size's scratch: one mode's output (build's
    # is kept as digests) with its fact streams.
    need, scratch, build_out = 0.0, 0.0, 0.0
    for n in args.sizes:
        base = corpus_path(args.work, n, args.seed)
        exists = os.path.exists(base)
        size = os.path.getsize(base) if exists else n * BYTES_PER_ARTICLE
        need += 0 if exists else size
        text_cached = exists and os.path.exists(corpus_path(args.work, n, args.seed,
                                                            filler_for(base, n, args.text_factor)))
        scratch = max([scratch] + [disk_for(m, args, size, text_cached) for m in args.modes])
        build_out = max(build_out, disk_for("build", args, size, True))
    free = shutil.disk_usage(args.work).free
    log("disk: about %.1f GB needed in %s (new corpora %.1f GB, scratch %.1f GB); %.1f GB free"
        % ((need + scratch) / 1e9, args.work, need / 1e9, scratch / 1e9, free / 1e9))
    if need + build_out > free and not args.skip_disk_check:
        raise UsageError("%s: the corpora (%.1f GB) and build's output (%.1f GB) need more than the %.1f GB "
                         "free; give --work on a larger disk or fewer sizes (or --skip-disk-check)"
                         % (args.work, need / 1e9, build_out / 1e9, free / 1e9))
    if need + scratch > free:
        log("disk: not enough for every mode at the largest sizes: those that would not fit are not run")


def disk_for(mode, args, corpus_bytes, text_cached):
    """Bytes of --work that `mode` takes while it runs (build's output is gone by then:
    kept as digests)."""
    out = corpus_bytes * OUTPUT_PER_INPUT_BYTE
    if mode == "merge":
        return out + corpus_bytes * FACTS_PER_INPUT_BYTE
    if mode.startswith("dask"):
        return out + (corpus_bytes * FACTS_PER_INPUT_BYTE if corpus_bytes / 1e6 > args.dask_files_mb else 0)
    if mode == "text":  # articles.jsonl holds the longer bodies; the longer corpus may be new
        return out + corpus_bytes * (args.text_factor - 1) + (0 if text_cached else corpus_bytes * args.text_factor)
    return out


def why_not(mode, size, corpus, args, history):
    """Why `mode` cannot run at `size` (not enough disk, or memory predicted from the
    last size it ran at, linearly: the curves so far grow slower), or None."""
    corpus_bytes = os.path.getsize(corpus)
    text_cached = os.path.exists(corpus_path(args.work, size, args.seed,
                                             filler_for(corpus, size, args.text_factor)))
    need, free = disk_for(mode, args, corpus_bytes, text_cached), shutil.disk_usage(args.work).free
    if need > free:
        return "needs about %.1f GB of disk in %s, %.1f GB free" % (need / 1e9, args.work, free / 1e9)
    if mode in history and not args.skip_memory_check:
        last_size, last_mib = history[mode]
        predicted, available = last_mib * size / last_size, mem_available_mib() - args.min_free_mib
        if predicted > available:
            return ("needs about %.1f GiB of memory (%.0f MiB at %d articles), %.1f GiB available above "
                    "--min-free-mib" % (predicted / 1024, last_mib, last_size, available / 1024))
    return None


def write_report(state, env, args):
    """The tables and targets as text; written to --table and --json (after every
    measurement, so a long run that fails or is stopped keeps what it measured)."""
    rows, facts, failures = state["rows"], state["facts"], state["failures"]
    complete_rows(rows, facts)
    aims = targets(rows, facts, args.threads)
    text = ["Scale benchmark, %s, commit %s, %d cores, %.0f GiB; one run each; --threads %d"
            % (env["date"], env["commit"], env["cores"], env["memory_gib"], args.threads),
            "", "`%s`" % env["command"], ""] + table(rows) + [""] + facts_table(facts, rows) + [""] + \
        ["- " + a for a in aims]
    if state["skipped"]:
        text += ["", "NOT RUN:"] + ["- " + f for f in state["skipped"]]
    if failures:
        text += ["", "FAILURES:"] + ["- " + f for f in failures]
    if args.table:
        with open(args.table, "w", encoding="utf-8") as f:
            f.write("\n".join(text) + "\n")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"environment": env, "rows": rows, "facts": {str(k): v for k, v in facts.items()},
                       "targets": aims, "failures": failures, "not_run": state["skipped"]}, f, indent=1,
                      ensure_ascii=False)
            f.write("\n")
    return text


def measure_size(runner, args, size, state, env):
    """Every mode at one size. A failed mode is reported and the next one runs; a mode
    that would not fit (why_not) is not run; a build that fails or would not fit ends
    the run (the others are compared with it). Returns whether the build ran."""
    corpus = ensure_corpus(args.work, size, args.seed)
    run_dir = os.path.join(args.work, "run", str(size))
    os.makedirs(run_dir, exist_ok=True)
    rows, failures, history = state["rows"], state["failures"], state["history"]

    def skip(mode):
        reason = why_not(mode, size, corpus, args, history)
        if reason:
            state["skipped"].append("%d %s: not run: %s" % (size, mode, reason))
            log(state["skipped"][-1])
        return reason is not None

    try:
        if skip("build"):
            return False
        m, counts = run_build(runner, args.binary, args.threads, corpus, os.path.join(run_dir, "build"),
                              "%d: build" % size)
        state["facts"][size] = counts
        steps = [("build", lambda: [row(size, corpus, "build", m, output_mb=m["output_mb"])])]
        if "merge" in args.modes:
            steps.append(("merge", lambda: run_merge(runner, args, size, corpus, m["digests"], run_dir)))
        for workers in (1, 2):
            if "dask%d" % workers in args.modes:
                steps.append(("dask%d" % workers, lambda w=workers: [
                    run_dask(runner, args, size, corpus, m["digests"], run_dir, w)]))
        if "text" in args.modes:
            steps.append(("text", lambda: [dict(run_text(runner, args, size, corpus, counts, run_dir),
                                                build_input_mb=os.path.getsize(corpus) / 1e6)]))
        for mode, step in steps:
            if mode != "build" and skip(mode):
                continue
            try:
                new = step()
            except BenchError as e:
                print("scale: %s" % e, file=sys.stderr)
                failures.append(str(e).splitlines()[0])
                continue
            for r in new:
                if r.get("differs"):
                    failures.append("%d %s: %s" % (size, r["mode"], r["differs"]))
                log("%d %-9s wall %8.2f s  CPU %8.2f s  peak %8.1f MiB  load %.1f%s" % (
                    size, r["mode"], r["wall"], r["cpu"], r["peak_mib"], r["load"],
                    "  DIFFERS: " + r["differs"] if r.get("differs") else ""))
                if r["mode"] != "merge-map":  # what the next size's memory is predicted from
                    history[r["mode"]] = (size, r.get("tree_sum_mib") or r["peak_mib"])
            rows += new
            write_report(state, env, args)
        return True
    except BenchError as e:  # the build
        print("scale: %s" % e, file=sys.stderr)
        failures.append(str(e).splitlines()[0])
        return False
    finally:
        if not args.keep:
            shutil.rmtree(run_dir, ignore_errors=True)


def stop(signum, frame):
    raise KeyboardInterrupt  # `kill` ends a run as Ctrl-C does: the command it runs too


def main(argv):
    signal.signal(signal.SIGTERM, stop)
    args = parse_args(argv)
    try:
        check_setup(args)
    except UsageError as e:
        print("scale: %s" % e, file=sys.stderr)
        return 2
    env = environment(args)
    scratch = tempfile.mkdtemp(prefix="scale-", dir=args.work)
    runner = Runner(scratch, args.timeout, args.min_free_mib)
    state = {"rows": [], "facts": {}, "failures": [], "skipped": [], "history": {}}
    try:
        for size in args.sizes:
            if not measure_size(runner, args, size, state, env):
                log("no build at %d articles: the larger sizes are not run" % size)
                break
    except BenchError as e:  # generating a corpus
        print("scale: %s" % e, file=sys.stderr)
        state["failures"].append(str(e).splitlines()[0])
    except KeyboardInterrupt:
        runner.kill()
        print("scale: interrupted; --table and --json hold what was measured", file=sys.stderr)
        return 130
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        with contextlib.suppress(OSError):
            os.rmdir(os.path.join(args.work, "run"))  # when empty
    text = write_report(state, env, args)
    print("\n".join(text))
    if args.plot and state["rows"]:
        plot(state["rows"], args.plot)
        log("plot %s: %.0f KB" % (args.plot, os.path.getsize(args.plot) / 1e3))
    return 1 if state["failures"] or not state["rows"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
