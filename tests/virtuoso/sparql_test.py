#!/usr/bin/python3
"""docs/sparql.md's queries give coopgraph query's answers (CTest `virtuoso.sparql`).

Builds the graph of data/sample and tests/virtuoso/signing.jsonl (one more
article: signatories, dated titles, which the sample lacks) into a temporary
directory, starts a private Virtuoso on loopback with
scripts/load_virtuoso.sh, loads the graph, runs every ```sparql block
of docs/sparql.md over HTTP and compares its rows with the JSON of the
`coopgraph query` command named in the block's first line
(`# NAME: coopgraph query ...`), both sides reduced to the same facts
(pairs, meetings, dates, agreements, chains). Each query also runs on other
nodes of the sample (VARIANTS), the node ids replaced in the query and the
command alike. Before that, the store is checked to hold every quad of the
N-Quads file, and every triple once in the union graph the queries read.
Stops the server and removes its files at the end.

Usage: tests/virtuoso/sparql_test.py [--binary build/coopgraph]
       tests/virtuoso/sparql_test.py --endpoint URL --graph FILE [--substitute OLD=NEW ...]
                                     [--only NAME,...]
The second form asks a server already loaded with FILE (it starts and builds
nothing), each query once about other nodes than the doc's with --substitute
(node ids), e.g. to time the queries on a large graph (docs/sparql.md "Speed").
Exit: 0 all equal, 1 a difference or failure, 77 virtuoso-t not installed.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ID_BASE = "https://w3id.org/coopgraph/id/"
VOCAB = "https://w3id.org/coopgraph/vocab#"
SKIP = 77
BLOCK = re.compile(r"```sparql\n# ([a-z-]+): (coopgraph query [^\n]*)\n(.*?)```", re.S)

# Other nodes each query is asked about (old id -> new id, all at once), so a
# query is checked on more than the doc's example: a country, an
# organisation, the sides swapped.
VARIANTS = {
    "who-met": [{}],
    "who-met-countries": [{}, {"country/vn": "country/la", "country/la": "country/vn"}],
    "neighbors": [{}, {"organization/bo-khoa-hoc-va-cong-nghe-lao": "person/le-hoai-trung"},
                  {"organization/bo-khoa-hoc-va-cong-nghe-lao": "organization/van-phong-trung-uong-dang-cong-san-viet-nam"}],
    "path-chains": [{}, {"organization/bo-khoa-hoc-va-cong-nghe-lao": "person/tran-van-tung",
                         "organization/bo-cong-thuong-lao": "person/sonexay-siphandone"}],
    "path-shortest": [{}, {"organization/bo-khoa-hoc-va-cong-nghe-lao": "person/tran-van-tung",
                           "organization/bo-cong-thuong-lao": "person/sonexay-siphandone"},
                      {"organization/bo-cong-thuong-lao": "organization/bo-khoa-hoc-va-cong-nghe-viet-nam"}],
    "timeline": [{}, {"person/huynh-thanh-dat": "country/la"},
                 {"person/huynh-thanh-dat": "organization/van-phong-trung-uong-dang-cong-san-viet-nam"},
                 {"person/huynh-thanh-dat": "person/boviengkham-vongdara"},
                 {"person/huynh-thanh-dat": "person/tran-van-minh"}],
    "agreements-by-party": [{}, {"country/la": "country/vn"},
                            {"country/la": "organization/bo-khoa-hoc-va-cong-nghe-viet-nam"},
                            {"country/la": "person/khamphet-sisavath"}],
}


WATCHDOG = """
import os, shutil, subprocess, sys, time
parent, work, stop = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while os.path.isdir(work):
    try:
        os.kill(parent, 0)
    except ProcessLookupError:
        subprocess.run(stop, timeout=90)
        shutil.rmtree(work, ignore_errors=True)
        break
    time.sleep(1)
"""


class Failure(Exception):
    pass


# --- both sides as plain values --------------------------------------------------

def node_id(iri):
    """An IRI of the graph as the node id coopgraph query prints."""
    if not iri.startswith(ID_BASE):
        raise Failure("not a coopgraph node IRI: " + iri)
    return urllib.parse.unquote(iri[len(ID_BASE):])


def term(iri):
    """A vocabulary IRI as its term: .../vocab#Held -> Held."""
    if not iri.startswith(VOCAB):
        raise Failure("not a coopgraph vocabulary IRI: " + iri)
    return iri[len(VOCAB):]


def words(camel):
    """JointCommitteeSession -> joint committee session (coopgraph's kind labels)."""
    return re.sub(r"(?<!^)([A-Z])", r" \1", camel).lower()


def flag(value):
    return value in ("true", "1")


def get(row, name):
    return row[name] if name in row else ""


# Each comparison: (rows of the SPARQL answer) -> set, (coopgraph's JSON) -> set.
def who_met_sparql(rows):
    return {(frozenset((node_id(r["person"]), node_id(r["met"]))), node_id(r["meeting"]), get(r, "date"),
             flag(get(r, "inferred")), words(term(r["kind"])) if "kind" in r else "", get(r, "place")) for r in rows}


def who_met_coopgraph(answer):
    return {(frozenset((a["person_id"], a["met_id"])), a["meeting"], a["date"], a["year_inferred"], a["kind"], a["place"])
            for a in answer}


def pairs_sparql(rows):
    return {(node_id(r["person"]), node_id(r["met"]), node_id(r["meeting"]), get(r, "date")) for r in rows}


def pairs_coopgraph(answer):
    return {(a["person_id"], a["met_id"], a["meeting"], a["date"]) for a in answer}


def neighbors_sparql(rows):
    return {(node_id(r["actor"]), get(r, "name"), r["distance"]) for r in rows}


def neighbors_coopgraph(answer):
    return {(a["node"], a["name"], a["distance"]) for a in answer if a["distance"] != "0"}


def chains_sparql(rows):
    # A chain: its actors, and at each step the meetings it may stand on.
    chains = {}
    for r in rows:
        actors = tuple(node_id(r[k]) for k in ("from", "person1", "person2", "to"))
        steps = chains.setdefault(actors, (set(), set(), set()))
        for i, k in enumerate(("meeting1", "meeting2", "meeting3")):
            steps[i].add(node_id(r[k]))
    return {(actors, tuple(frozenset(s) for s in steps)) for actors, steps in chains.items()}


def chains_coopgraph(answer):
    return {tuple([path[0]["from_id"]] + [step["to_id"] for step in path]) for path in answer}


def compare_chains(rows, answer):
    """Every chain of the query is one of coopgraph's, and the reverse (fewer than
    coopgraph's 10, the most it lists); each step's meeting is one the query found."""
    found = chains_sparql(rows)
    if {actors for actors, _ in found} != chains_coopgraph(answer) or len(answer) >= 10:
        return found, chains_coopgraph(answer)
    meetings = {actors: steps for actors, steps in found}
    for path in answer:
        actors = tuple([path[0]["from_id"]] + [step["to_id"] for step in path])
        for i, step in enumerate(path):
            if step["meeting"] not in meetings[actors][i]:
                return found, "step %d of %s stands on %s" % (i + 1, actors, step["meeting"])
    return None


def compare_shortest(rows, answer):
    """The one chain Virtuoso gives is one of coopgraph's shortest chains."""
    steps = sorted(rows, key=lambda r: int(r["step"]))
    if [int(r["step"]) for r in steps] != list(range(1, len(steps) + 1)):
        return [r["step"] for r in steps], "steps 1..n"
    ends = {path[0]["from_id"] for path in answer}
    chains = chains_coopgraph(answer)
    chain = tuple(node_id(r["actor"]) for r in steps)
    if not any((start,) + chain in chains for start in ends):
        return chain, chains
    return None


def timeline_sparql(rows):
    out = set()
    for r in rows:
        what = r["what"]
        if what == "meeting":
            status = term(r["status"]).lower()
        elif what == "agreement":
            status = term(r["status"])
        else:
            status = ""
        if what == "role":
            detail = r["detail"] + (" (%s)" % r["organization"] if "organization" in r else "")
        elif what == "agreement":
            detail = "(%s)" % r["detail"]
        else:
            detail = ""
        out.add((get(r, "date"), what, status, node_id(r["node"]), detail))
    return out


def timeline_coopgraph(answer):
    out = set()
    for a in answer:
        if a["what"] == "role":
            detail = a["description"]
        elif a["what"] == "agreement":
            detail = a["description"][a["description"].rindex(" (") + 1:]
        else:
            detail = ""
        out.add((a["date"], a["what"], a["status"], a["node"], detail))
    return out


def agreements_sparql(rows):
    out = set()
    for r in rows:
        period = get(r, "periodStart") + ("–" + r["periodEnd"] if "periodEnd" in r else "")
        parties = tuple(sorted(p for p in get(r, "parties").split("; ") if p))
        out.add((node_id(r["agreement"]), get(r, "name"), term(r["kind"]), term(r["status"]), period,
                 get(r, "signed"), parties))
    return out


def agreements_coopgraph(answer):
    return {(a["node"], a["name"], a["kind"], a["status"], a["period"], a["date"],
             tuple(sorted(p for p in a["parties"].split("; ") if p))) for a in answer}


def as_sets(of_sparql, of_coopgraph):
    def compare(rows, answer):
        mine, theirs = of_sparql(rows), of_coopgraph(answer)
        return None if mine == theirs else (mine, theirs)
    return compare


COMPARE = {
    "who-met": as_sets(who_met_sparql, who_met_coopgraph),
    "who-met-countries": as_sets(pairs_sparql, pairs_coopgraph),
    "neighbors": as_sets(neighbors_sparql, neighbors_coopgraph),
    "path-chains": compare_chains,
    "path-shortest": compare_shortest,
    "timeline": as_sets(timeline_sparql, timeline_coopgraph),
    "agreements-by-party": as_sets(agreements_sparql, agreements_coopgraph),
}


# --- asking ---------------------------------------------------------------------

def sparql(endpoint, query):
    """The rows of a SELECT as {variable: value} (unbound variables left out)."""
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(endpoint, data=data, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            result = json.load(answer)
    except urllib.error.HTTPError as e:
        raise Failure("%s refused the query (HTTP %d): %s" % (endpoint, e.code, e.read().decode(errors="replace")[:600]))
    except (urllib.error.URLError, OSError) as e:
        raise Failure("%s does not answer: %s" % (endpoint, e))
    return [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]


def coopgraph(binary, graph, command):
    args = shlex.split(command)[2:]  # after "coopgraph query"
    done = subprocess.run([binary, "query"] + args + ["--graph", graph, "--format", "json"], capture_output=True,
                          text=True, timeout=120)
    if done.returncode != 0:
        raise Failure("coopgraph query %s: exit %d: %s" % (" ".join(args), done.returncode, done.stderr.strip()))
    return json.loads(done.stdout)


def substitute(text, replacements, iri):
    """Replaces node ids (as IRIs in a query, as words in a command) all at once."""
    if not replacements:
        return text
    if iri:
        pattern = re.compile("<" + re.escape(ID_BASE) + "(" + "|".join(map(re.escape, replacements)) + ")>")
        return pattern.sub(lambda m: "<" + ID_BASE + replacements[m.group(1)] + ">", text)
    pattern = re.compile(r"(?<!\S)(" + "|".join(map(re.escape, replacements)) + r")(?!\S)")
    return pattern.sub(lambda m: replacements[m.group(1)], text)


def check_load(endpoint, nquads):
    """The store holds every quad of the file, and every triple once in the union graph."""
    import rdflib  # only here: --endpoint runs need no file
    dataset = rdflib.Dataset()
    dataset.parse(nquads, format="nquads")
    quads = {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))}
    triples = {(s, p, o) for s, p, o, _ in quads}
    count = sparql(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), '%s') "
                             "&& ?g != <%s>) }" % (ID_BASE, ID_BASE))[0]["n"]
    union = sparql(endpoint, "SELECT (COUNT(*) AS ?n) FROM <%s> WHERE { ?s ?p ?o }" % ID_BASE)[0]["n"]
    if (int(count), int(union)) != (len(quads), len(triples)):
        raise Failure("the store holds %s quads in the article graphs and %s triples in <%s>; %s has %d quads, "
                      "%d distinct triples" % (count, union, ID_BASE, nquads, len(quads), len(triples)))
    print("ok   the store holds the %d quads and, in <%s>, the %d triples" % (len(quads), ID_BASE, len(triples)))


def check(endpoint, binary, graph, substitutions=None, only=None):
    with open(os.path.join(ROOT, "docs", "sparql.md"), encoding="utf-8") as f:
        blocks = BLOCK.findall(f.read())
    names = [name for name, _, _ in blocks]
    if sorted(names) != sorted(COMPARE):
        raise Failure("docs/sparql.md has the queries %s; this test compares %s (a query without a comparison, "
                      "or a comparison without its query)" % (sorted(names), sorted(COMPARE)))
    failures = 0
    for name, command, body in blocks:
        if only and name not in only:
            continue
        for replacements in VARIANTS[name] if substitutions is None else [substitutions]:
            query = substitute("# %s\n%s" % (name, body), replacements, iri=True)
            cmd = substitute(command, replacements, iri=False)
            started = time.monotonic()
            rows = sparql(endpoint, query)
            seconds = time.monotonic() - started
            started = time.monotonic()
            answer = coopgraph(binary, graph, cmd)
            coopgraph_seconds = time.monotonic() - started
            # An empty answer on both sides would prove nothing.
            problem = "no rows" if not rows or not answer else None
            if problem is None and len({json.dumps(r, sort_keys=True) for r in rows}) != len(rows):
                problem = "the query repeats rows (DISTINCT not kept)"
            if problem is None:
                difference = COMPARE[name](rows, answer)
                if difference is not None:
                    problem = "SPARQL gives\n    %s\n  coopgraph gives\n    %s" % difference
            if problem is None:
                print("ok   %-20s %5d rows  SPARQL %6.2f s  coopgraph %6.2f s  %s" %
                      (name, len(rows), seconds, coopgraph_seconds, cmd))
            else:
                failures += 1
                print("FAIL %-20s %s\n  %s" % (name, cmd, problem))
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "coopgraph"))
    parser.add_argument("--graph", help="with --endpoint: the graph loaded there")
    parser.add_argument("--endpoint", help="a server already loaded with --graph: start none")
    parser.add_argument("--substitute", metavar="OLD=NEW", action="append",
                        help="with --endpoint: ask each query once, about NEW instead of the doc's node OLD "
                             "(node ids; repeat for several), instead of the sample's variants")
    parser.add_argument("--only", metavar="NAME,...", help="with --endpoint: only these queries of the doc")
    args = parser.parse_args()
    if args.endpoint:
        if not args.graph:
            parser.error("--endpoint needs --graph")
        substitutions = None
        if args.substitute:
            substitutions = dict(pair.split("=", 1) for pair in args.substitute)
        try:
            return 1 if check(args.endpoint, args.binary, os.path.abspath(args.graph), substitutions,
                             args.only.split(",") if args.only else None) else 0
        except (Failure, subprocess.TimeoutExpired) as e:
            print("FAIL: %s" % e)
            return 1
    if not shutil.which("virtuoso-t"):
        print("SKIPPED: virtuoso-opensource not installed")
        return SKIP
    loader = os.path.join(ROOT, "scripts", "load_virtuoso.sh")
    work = tempfile.mkdtemp(prefix="coopgraph-virtuoso-")
    stop = [loader, "--stop", "--dir", os.path.join(work, "db")]

    def on_signal(number, _):  # ctest's timeout: stop the server, then go
        subprocess.run(stop, timeout=90)
        shutil.rmtree(work, ignore_errors=True)
        sys.exit(128 + number)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    # A SIGKILL leaves no handler to run: a watchdog in its own session stops
    # the server when this process is gone; it ends once `work` is removed.
    subprocess.Popen([sys.executable, "-c", WATCHDOG, str(os.getpid()), work] + stop, start_new_session=True,
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        graph = os.path.join(work, "graph", "graph.jsonld")
        done = subprocess.run([args.binary, "build", "--no-svg", "--out", os.path.dirname(graph),
                               os.path.join(ROOT, "data", "sample"), os.path.join(ROOT, "tests", "virtuoso", "signing.jsonl")],
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise Failure("coopgraph build failed (exit %d): %s" % (done.returncode, done.stderr.strip()))
        env = dict(os.environ, COOPGRAPH=os.path.abspath(args.binary))
        started = time.monotonic()
        done = subprocess.run([loader, "--graph", graph, "--dir", os.path.join(work, "db"), "--timeout", "120"],
                              env=env, capture_output=True, text=True, timeout=180)
        sys.stderr.write(done.stderr)
        if done.returncode != 0:
            raise Failure("scripts/load_virtuoso.sh failed (exit %d)" % done.returncode)
        endpoint = re.search(r"^SPARQL endpoint: (\S+)$", done.stdout, re.M)
        if not endpoint:
            raise Failure("scripts/load_virtuoso.sh printed no endpoint:\n" + done.stdout)
        print("started and loaded in %.1f s: %s" % (time.monotonic() - started, endpoint.group(1)))
        check_load(endpoint.group(1), os.path.join(work, "db", "load", "coopgraph.nq"))
        failures = check(endpoint.group(1), args.binary, graph)
        print("%d difference(s)" % failures if failures else "all queries equal")
        return 1 if failures else 0
    except (Failure, subprocess.TimeoutExpired) as e:
        print("FAIL: %s" % e)
        return 1
    finally:
        subprocess.run(stop, timeout=90)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
