#!/usr/bin/python3
"""Builds the coopgraph graph on a Dask cluster: the bytes `coopgraph build` writes.

  scripts/dask_build.py [--binary build/coopgraph] [--data DIR] [--scheduler ADDRESS]
      [--workers N] [--partitions N | --partition-mb MB] [--fan-in K] [--out DIR]
      [--no-svg] INPUT...

INPUTs are .jsonl files (one article record a line: text, title, url, date,
UTF-8), or directories, walked as `build` walks them (recursively, sorted,
hidden files and directories skipped), whose .jsonl files are read. Other
article files (.txt, .html, .json) are refused: `coopgraph extract` reads JSON
Lines, so convert them or use `coopgraph build`.

How: the inputs are cut at line boundaries into partitions (a dask.bag, one
element a partition: its pieces of files, each with its file name and first
line number). Each partition runs `coopgraph extract --source FILE
--first-line N` through the binary, so every article is named FILE#LINE as
`build` names it. The fact streams are reduced by `coopgraph merge --facts` in
a tree of fan-in K (only when there are more than K of them), and a last
`coopgraph merge --out` writes graph.jsonld, graph.dot, graph.svg and articles.jsonl: the
bytes `coopgraph build --out DIR INPUT...` writes (articles are deduplicated
by text as build does; of two copies in different files, the one in the file
that sorts first is kept, which is build's choice when its inputs are given in
sorted order).

Where it runs: by default on a LocalCluster started here (--workers processes
of one thread each, on 127.0.0.1 only, no dashboard). With --scheduler
tcp://HOST:PORT on an existing cluster; then the binary, the --data directory
and the INPUT files must exist at the same paths on every worker (a shared
file system), and the last merge runs on a worker, which sends the graph files
back here (or leaves them in --work-dir, to be copied from there). On a
LocalCluster the last merge writes --out itself.

What scales: partitions are read by the workers from the files, not sent from
here. Fact streams (about 4x the size of their articles) travel between tasks
in worker memory by default (and on a remote cluster the graph files come
back to this process): fine for corpora of some hundred MB. For larger ones give
--work-dir DIR (a directory every worker and this process see at the same
path): fact streams then go to files there, each deleted once merged. Either way the last `coopgraph merge` holds
every article and entity in one process, as `build` does.

Exit codes as coopgraph's: 0 done, 1 a task or the cluster failed (the
partition, file and lines named, with coopgraph's message), 2 usage error
(a bad option, a missing input, binary or data directory).
"""

import argparse
import contextlib
import importlib.util
import logging
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLE_EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl")  # what build reads in a directory
EXIT_FAILURE, EXIT_USAGE = 1, 2


class UsageError(Exception):
    """A bad option or input: exit 2."""


# --- the inputs and their partitions (on the client) ---

def is_hidden(name):
    return name.startswith(".")


def walk_directory(directory):
    """The files `build` reads in `directory`, in its order (sorted by path components)."""
    found = []
    for parent, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = [d for d in dirs if not is_hidden(d)]
        for name in files:
            path = os.path.join(parent, name)
            if not is_hidden(name) and name.lower().endswith(ARTICLE_EXTENSIONS) and os.path.isfile(path):
                found.append(path)
    # build sorts std::filesystem::path values: component by component.
    found.sort(key=lambda p: p.split(os.sep))
    return found


def input_files(inputs):
    """[(name as build names it, absolute path)] of the .jsonl files, each once."""
    files, seen = [], set()
    for given in inputs:
        if not os.path.exists(given):
            raise UsageError("%s: no such file or directory" % given)
    for given in inputs:
        paths = walk_directory(given) if os.path.isdir(given) else [given]
        for path in paths:
            if not path.lower().endswith(".jsonl"):
                raise UsageError("%s: not a .jsonl file; dask_build.py reads JSON Lines only "
                                 "(convert it, or use coopgraph build)" % path)
            real = os.path.realpath(path)
            if real not in seen:  # a file named and inside a named directory is read once, as by build
                seen.add(real)
                files.append((path, os.path.abspath(path)))
    return files


def line_boundary(f, offset, size):
    """The first line start at or after `offset` in the open file."""
    if offset <= 0 or offset >= size:
        return min(max(offset, 0), size)
    f.seek(offset - 1)
    f.readline()
    return f.tell()


def count_newlines(f, start, end, block=1 << 23):
    f.seek(start)
    count, left = 0, end - start
    while left > 0:
        data = f.read(min(block, left))
        if not data:
            break
        count += data.count(b"\n")
        left -= len(data)
    return count


def plan_partitions(files, partitions):
    """Cuts the files, taken end to end, into about `partitions` parts of equal bytes,
    each cut moved to the next line start. A part is a list of pieces
    (name, path, start byte, end byte, first line, last line)."""
    sizes = [os.path.getsize(path) for _, path in files]
    total = sum(sizes)
    cuts = sorted({round(total * k / partitions) for k in range(1, partitions)})
    parts, current, base = [], [], 0
    for (name, path), size in zip(files, sizes):
        with open(path, "rb") as f:
            snapped = {line_boundary(f, c - base, size) for c in cuts if base < c < base + size}
            if base + size in cuts:
                snapped.add(size)  # a cut exactly at the end of this file
            line = 1
            for start in sorted({0} | snapped):
                end = min([b for b in snapped if b > start] + [size])
                if end <= start:
                    continue
                lines = count_newlines(f, start, end)
                f.seek(end - 1)
                open_last = f.read(1) != b"\n"  # the file's last line, without its newline
                current.append((name, path, start, end, line, line + lines - (0 if open_last else 1)))
                line += lines
                if end in snapped:
                    parts.append(current)
                    current = []
        base += size
    if current:
        parts.append(current)
    return parts, total


def describe(pieces):
    return ", ".join("%s lines %d-%d" % (p[0], p[4], p[5]) for p in pieces)


# --- the tasks (on the workers) ---

def run_binary(command, what, config, stdin_bytes=None, stdout=None):
    """Runs coopgraph, its output to the open file `stdout` or returned; returns
    (output bytes or None, stderr text), or raises RuntimeError naming `what`."""
    try:
        proc = subprocess.run(command, input=stdin_bytes, stdin=None if stdin_bytes is not None else subprocess.DEVNULL,
                              stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE, timeout=config["timeout"])
    except FileNotFoundError:
        raise RuntimeError("%s: %s: no such binary on worker" % (what, command[0])) from None
    except subprocess.TimeoutExpired:
        raise RuntimeError("%s: %s timed out after %d s" % (what, " ".join(command[:2]), config["timeout"])) from None
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        tail = "\n  ".join(err.strip().splitlines()[-5:])
        raise RuntimeError("%s: %s exited %d:\n  %s" % (what, " ".join(command[:2]), proc.returncode, tail))
    return proc.stdout, err


def messages(err):
    """coopgraph's warning and notice lines, passed on to the user."""
    return [l for l in err.splitlines() if l.startswith(("warning:", "notice:"))]


# A task's result: {"facts": bytes} in memory, or {"path": fact file} with
# --work-dir; "notes" (warnings to show) and "times" ((phase, start, end) of
# every task below it) travel up the tree to the client.

def extract_partition(partition, index, config):
    """Task: `coopgraph extract` on each piece of partition `index` -> its fact stream."""
    start = time.time()
    what = "partition %d (%s)" % (index, describe(partition))
    path = os.path.join(config["work_dir"], "part-%05d.facts" % index) if config["work_dir"] else None
    facts, notes = [], []
    with open(path, "wb") if path else contextlib.nullcontext() as sink:
        for name, file_path, begin, end, first_line, _ in partition:
            with open(file_path, "rb") as f:
                f.seek(begin)
                data = f.read(end - begin)
            command = [config["binary"], "extract", "--threads", "1", "--source", name,
                       "--first-line", str(first_line)] + config["data_args"]
            out, err = run_binary(command, what, config, stdin_bytes=data, stdout=sink)
            facts.append(out or b"")
            notes += messages(err)
    result = {"path": path} if path else {"facts": b"".join(facts)}
    result.update(notes=notes, times=[("extract", start, time.time())])
    return result


def merge_inputs(results):
    """(merge's input arguments, its stdin bytes or None, notes, times) of the results below."""
    # An extract task's result arrives as its bag partition: a list of one.
    results = [r for item in results for r in (item if isinstance(item, list) else [item])]
    notes = [n for r in results for n in r["notes"]]
    times = [t for r in results for t in r["times"]]
    if all("path" in r for r in results):
        return [r["path"] for r in results], None, notes, times
    return ["-"], b"".join(r["facts"] for r in results), notes, times


def remove_inputs(inputs):
    for path in inputs:
        if path != "-":
            os.unlink(path)  # merged into the next level: no longer needed


def merge_facts(results, depth, group, config):
    """Task: `coopgraph merge --facts` of some fact streams -> one fact stream."""
    start = time.time()
    label = "merge --facts level %d, group %d" % (depth, group)
    inputs, stream, notes, times = merge_inputs(results)
    command = [config["binary"], "merge", "--facts", "--threads", "1"] + config["data_args"] + \
        config["country_args"] + inputs
    path = os.path.join(config["work_dir"], "merge-%d-%05d.facts" % (depth, group)) if config["work_dir"] else None
    with open(path, "wb") if path else contextlib.nullcontext() as sink:
        out, err = run_binary(command, label, config, stdin_bytes=stream, stdout=sink)
    remove_inputs(inputs)
    result = {"path": path} if path else {"facts": out}
    result.update(notes=notes + messages(err), times=times + [("merge --facts", start, time.time())])
    return result


def final_merge(results, config):
    """Task: `coopgraph merge --out` of the last fact streams. Writes the graph
    files into config["out_dir"] when the worker sees it (a LocalCluster),
    else into the work directory, else returns them as {name: bytes}."""
    start = time.time()
    inputs, stream, notes, times = merge_inputs(results)
    if config["out_dir"]:
        out_dir = config["out_dir"]
    elif config["work_dir"]:
        out_dir = os.path.join(config["work_dir"], "graph")
    else:
        out_dir = tempfile.mkdtemp(prefix="coopgraph-dask-")
    files = {}
    try:
        command = [config["binary"], "merge", "--out", out_dir] + config["data_args"] + \
            config["country_args"] + config["svg_args"] + inputs
        _, err = run_binary(command, "final merge", config, stdin_bytes=stream)
        remove_inputs(inputs)
        if not config["out_dir"] and not config["work_dir"]:
            for name in sorted(os.listdir(out_dir)):
                with open(os.path.join(out_dir, name), "rb") as f:
                    files[name] = f.read()
    finally:
        if not config["out_dir"] and not config["work_dir"]:
            shutil.rmtree(out_dir, ignore_errors=True)
    summary = [l for l in err.splitlines() if l.startswith("coopgraph merge:")]
    return {"files": files, "dir": out_dir if not config["out_dir"] and config["work_dir"] else None,
            "notes": notes + messages(err), "summary": summary,
            "times": times + [("final merge", start, time.time())]}


# --- the client ---

def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="dask_build.py", description=__doc__.split("\n\n")[0],
        epilog="\n\n".join(__doc__.split("\n\n")[2:]), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl files or directories of them")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "coopgraph"),
                        help="the coopgraph binary, on every worker (default: this tree's build/coopgraph)")
    parser.add_argument("--data", help="knowledge directory, on every worker (default: the binary's)")
    parser.add_argument("--out", "-o", default="output", help="output directory (default: output)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="an existing Dask scheduler (tcp://HOST:PORT); default: a LocalCluster")
    parser.add_argument("--workers", type=int, default=2,
                        help="LocalCluster worker processes, one thread each, each running coopgraph on "
                             "one core (default: 2; ignored with --scheduler)")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--partitions", type=int,
                      help="number of partitions (default: 2 per worker of the cluster, at least one per 64 MB)")
    size.add_argument("--partition-mb", type=float, metavar="MB", help="partition size in MB instead")
    parser.add_argument("--fan-in", type=int, default=8, metavar="K",
                        help="fact streams merged by one `merge --facts` task (default: 8)")
    parser.add_argument("--home-country", help="as build's --home-country (default: build's, VN)")
    parser.add_argument("--no-svg", action="store_true", help="do not render graph.svg")
    parser.add_argument("--svg", action="store_true", help="render graph.svg even above 1,000 nodes")
    parser.add_argument("--work-dir", metavar="DIR",
                        help="keep fact streams in files under DIR (on every worker: a shared directory) "
                             "instead of worker memory; for corpora larger than memory")
    parser.add_argument("--task-timeout", type=float, default=3600, metavar="S",
                        help="seconds one coopgraph run may take before it fails (default: 3600)")
    parser.add_argument("--start-timeout", type=float, default=60, metavar="S",
                        help="seconds to start the LocalCluster or reach the scheduler and a worker (default: 60)")
    args = parser.parse_args(argv)
    for name in ("workers", "partitions", "fan_in"):
        value = getattr(args, name)
        if value is not None and value < (2 if name == "fan_in" else 1):
            parser.error("--%s %d: too small" % (name.replace("_", "-"), value))
    if args.partition_mb is not None and args.partition_mb <= 0:
        parser.error("--partition-mb must be positive")
    return args


def resolve_binary(args):
    """The binary's absolute path here; on a remote cluster it need only exist on the workers."""
    found = shutil.which(args.binary)
    if found:
        return os.path.abspath(found)
    if args.scheduler:
        return args.binary
    raise UsageError("%s: no coopgraph binary there (build it: cmake --build build --target coopgraph_cli, "
                     "or give --binary)" % args.binary)


def start_client(args):
    """A Client of a new LocalCluster (loopback only) or of --scheduler; (client, cluster or None)."""
    from dask.distributed import Client, LocalCluster
    if args.scheduler:
        client = Client(args.scheduler, timeout=args.start_timeout)
        client.wait_for_workers(1, timeout=args.start_timeout)
        return client, None
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.ERROR, timeout=args.start_timeout)
    return Client(cluster, timeout=args.start_timeout), cluster


def build_graph(parts, config, fan_in):
    """The task graph: a bag of partitions, extract on each, merge --facts in a tree, the final merge."""
    import dask
    import dask.bag as db
    bag = db.from_sequence(list(enumerate(parts, 1)), npartitions=len(parts))
    extracted = bag.map(lambda indexed: extract_partition(indexed[1], indexed[0], config))
    level = list(extracted.to_delayed())
    depth = 0
    while len(level) > fan_in:
        depth += 1
        level = [dask.delayed(merge_facts)(level[i:i + fan_in], depth, i // fan_in + 1, config)
                 for i in range(0, len(level), fan_in)]
    return dask.delayed(final_merge)(level, config), depth


def write_files(out_dir, files, from_dir=None):
    """Writes each file (bytes, or a file of `from_dir`) next to its final name,
    then renames it there, as build replaces its outputs."""
    os.makedirs(out_dir, exist_ok=True)
    names = sorted(os.listdir(from_dir)) if from_dir else sorted(files)
    for name in names:
        target = os.path.join(out_dir, name)
        fd, temp = tempfile.mkstemp(prefix="." + name + ".", dir=out_dir)
        try:
            with os.fdopen(fd, "wb") as f:
                if from_dir:
                    with open(os.path.join(from_dir, name), "rb") as source:
                        shutil.copyfileobj(source, f, 1 << 22)
                else:
                    f.write(files[name])
            os.replace(temp, target)
        except BaseException:
            os.unlink(temp)
            raise


def span(times, kind):
    marks = [(s, e) for k, s, e in times if k == kind]
    if not marks:
        return None, 0
    return max(e for _, e in marks) - min(s for s, _ in marks), len(marks)


def main(argv):
    args = parse_args(argv)
    clock = time.time()
    try:
        binary = resolve_binary(args)
        if args.data and not args.scheduler and not os.path.isdir(args.data):
            raise UsageError("--data %s: no such directory" % args.data)
        files = input_files(args.inputs)
        if not files:
            raise UsageError("no .jsonl files in %s" % " ".join(args.inputs))
    except UsageError as e:
        print("dask_build: %s" % e, file=sys.stderr)
        return EXIT_USAGE
    missing = [m for m in ("dask", "distributed") if importlib.util.find_spec(m) is None]
    if missing:  # checked before any work, for a clear message
        print("dask_build: no Python module %s; install python3-dask and python3-distributed "
              "(scripts/install-deps.sh)" % " or ".join(missing), file=sys.stderr)
        return EXIT_USAGE

    run_dir = None
    if args.work_dir:
        try:
            os.makedirs(args.work_dir, exist_ok=True)
            run_dir = tempfile.mkdtemp(prefix="dask-build-", dir=os.path.abspath(args.work_dir))
        except OSError as e:
            print("dask_build: --work-dir %s: %s" % (args.work_dir, e), file=sys.stderr)
            return EXIT_USAGE
    config = {
        "binary": binary, "timeout": args.task_timeout, "work_dir": run_dir,
        # The workers of a LocalCluster see this machine's files: the last merge writes the output itself.
        "out_dir": None if args.scheduler else os.path.abspath(args.out),
        "data_args": ["--data", os.path.abspath(args.data) if not args.scheduler else args.data] if args.data else [],
        "country_args": ["--home-country", args.home_country] if args.home_country else [],
        "svg_args": (["--no-svg"] if args.no_svg else []) + (["--svg"] if args.svg else []),
    }
    try:
        return run(args, config, files, clock)
    finally:
        if run_dir:
            shutil.rmtree(run_dir, ignore_errors=True)


def partition_count(args, total, workers):
    if args.partitions:
        return args.partitions
    if args.partition_mb:
        return max(1, math.ceil(total / (args.partition_mb * 1e6)))
    return max(2 * workers, math.ceil(total / 64e6))  # every worker busy, a partition's facts well below 1 GB


def run(args, config, files, clock):
    """Starts the cluster, plans and runs the task graph, writes the files and the summary; the exit code."""
    try:
        client, cluster = start_client(args)
    except Exception as e:  # a timeout, a refused connection, no worker
        print("dask_build: cannot start the cluster%s: %s" %
              (" at " + args.scheduler if args.scheduler else "", e or type(e).__name__), file=sys.stderr)
        return EXIT_FAILURE
    started = time.time()
    try:
        workers = len(client.scheduler_info()["workers"])
        total = sum(os.path.getsize(path) for _, path in files)
        parts, total = plan_partitions(files, partition_count(args, total, workers))
        if not parts:  # empty inputs: one empty extract, so the graph files are still written
            parts = [[(name, path, 0, 0, 1, 1) for name, path in files[:1]]]
        planned = time.time()
        final, depth = build_graph(parts, config, args.fan_in)
        result = client.compute(final).result()
    except Exception as e:
        print("dask_build: %s" % e, file=sys.stderr)
        return EXIT_FAILURE
    finally:
        computed = time.time()
        client.close()
        if cluster is not None:
            cluster.close()
    stopped = time.time()
    try:
        if result["files"] or result["dir"]:
            write_files(args.out, result["files"], result["dir"])
    except OSError as e:
        print("dask_build: %s: cannot write: %s" % (args.out, e), file=sys.stderr)
        return EXIT_FAILURE
    done = time.time()

    for note in result["notes"]:
        print(note, file=sys.stderr)
    phases = []
    for kind in ("extract", "merge --facts", "final merge"):
        seconds, tasks = span(result["times"], kind)
        if tasks:
            phases.append("%s %.2f s (%d task%s)" % (kind, seconds, tasks, "" if tasks == 1 else "s"))
    print("dask_build: %d partitions of %d file(s), %.1f MB; %d worker(s) %s; fan-in %d, %d merge level(s)"
          % (len(parts), len(files), total / 1e6, workers,
             "at " + args.scheduler if args.scheduler else "(LocalCluster, 127.0.0.1)", args.fan_in, depth),
          file=sys.stderr)
    copied = ", copy out %.2f s" % (done - stopped) if result["files"] or result["dir"] else ""
    print("dask_build: time: cluster start %.2f s, plan %.2f s, run %.2f s [%s], cluster stop %.2f s%s; total %.2f s"
          % (started - clock, planned - started, computed - planned, "; ".join(phases), stopped - computed,
             copied, done - clock), file=sys.stderr)
    for line in result["summary"]:  # coopgraph's counts; its "-> DIR" may be a worker's temporary directory
        print(line.replace("coopgraph merge:", "dask_build:", 1).rsplit(" -> ", 1)[0] + " -> " + args.out,
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:  # the cluster and the work directory are closed on the way out
        print("dask_build: interrupted", file=sys.stderr)
        sys.exit(130)
