#!/usr/bin/python3
"""Reads an export with the tool its users have, and prints what it found as JSON.

Usage: read_export.py graphml|gexf|cyjs|csv PATH
       read_export.py nquads PATH GRAPH.jsonld

graphml, gexf: NetworkX (python3-networkx). nquads and the JSON-LD beside it:
rdflib (python3-rdflib), offline (the JSON-LD context is inline). cyjs: the
json module. csv: the csv module, with the checks neo4j-admin makes of a
header and of relationship ends. Used by tests/exporters/consumers_test.cc.
"""
import collections
import csv
import glob
import json
import os
import re
import sys


def networkx_summary(g):
    nodes = {str(n): {k: v for k, v in d.items()} for n, d in g.nodes(data=True)}
    edges = [[str(u), str(v), d] for u, v, d in g.edges(data=True)]
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
            "node_data": nodes, "edge_data": edges, "graph": {k: v for k, v in g.graph.items() if isinstance(v, str)}}


def read_graphml(path):
    import networkx as nx
    return networkx_summary(nx.read_graphml(path))


def read_gexf(path):
    import networkx as nx
    from networkx.readwrite import gexf
    with open(path, encoding="utf-8") as f:
        head = f.read(400)
    if "http://gexf.net/1.3" not in head:
        return networkx_summary(nx.read_gexf(path))  # 1.2draft: NetworkX's default
    # NetworkX 2.8 (Debian 12) knows the 1.1draft and 1.2draft namespaces only;
    # GEXF 1.3 keeps their elements, so its namespace is registered alongside.
    if "1.3" not in gexf.GEXF.versions:
        gexf.GEXF.versions["1.3"] = dict(gexf.GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                         NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    return networkx_summary(nx.read_gexf(path, version="1.3"))


def read_cyjs(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    nodes = doc["elements"]["nodes"]
    edges = doc["elements"]["edges"]
    ids = [n["data"]["id"] for n in nodes]
    known = set(ids)
    return {"nodes": len(nodes), "edges": len(edges), "unique_ids": len(known) == len(ids) and
            len(known | {e["data"]["id"] for e in edges}) == len(ids) + len(edges),
            "missing_ends": [e["data"]["id"] for e in edges
                             if e["data"]["source"] not in known or e["data"]["target"] not in known],
            "missing_parents": [n["data"]["id"] for n in nodes if n["data"].get("parent", n["data"]["id"]) not in known],
            "node_data": {n["data"]["id"]: n["data"] for n in nodes}, "edge_data": [e["data"] for e in edges]}


HEADER = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_]*)?:(?:ID|LABEL|START_ID|END_ID|TYPE)$|"
                    r"^[A-Za-z_][A-Za-z0-9_]*:(?:string|long|double|boolean|date)(?:\[\])?$")
ARRAY_DELIMITER = "\x1f"


def read_csv(folder):
    out = {"nodes": 0, "relationships": 0, "bad_headers": [], "ragged_rows": [], "dangling": [], "duplicate_ids": [],
           "files": sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "*.csv"))), "node_data": {},
           "relationship_types": collections.Counter()}
    ids = set()
    rels = []
    for path in sorted(glob.glob(os.path.join(folder, "*.csv"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        out["bad_headers"] += [name + ": " + h for h in header if not HEADER.match(h)]
        for i, row in enumerate(rows[1:], start=2):
            if len(row) != len(header):
                out["ragged_rows"].append("%s:%d has %d fields, header %d" % (name, i, len(row), len(header)))
                continue
            record = dict(zip(header, row))
            if name.startswith("nodes_"):
                out["nodes"] += 1
                node_id = record["id:ID"]
                if node_id in ids:
                    out["duplicate_ids"].append(node_id)
                ids.add(node_id)
                data = {}
                for h, v in record.items():
                    if v == "":
                        continue
                    data[h] = v.split(ARRAY_DELIMITER) if h.endswith("[]") or h == ":LABEL" else v
                out["node_data"][node_id] = data
            else:
                out["relationships"] += 1
                out["relationship_types"][record[":TYPE"]] += 1
                rels.append((name, i, record[":START_ID"], record[":END_ID"]))
    out["dangling"] = ["%s:%d" % (n, i) for n, i, s, e in rels if s not in ids or e not in ids]
    return out


def refuse_network():
    """Any connection fails: the JSON-LD must be read with its inline context."""
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network access refused: the JSON-LD context must be inline")
    socket.socket.connect = refuse
    socket.getaddrinfo = refuse


def read_nquads(path, jsonld_path):
    import rdflib
    from rdflib import BNode

    refuse_network()

    dataset = rdflib.ConjunctiveGraph()
    dataset.parse(path, format="nquads")
    graphs = {}
    union = rdflib.Graph()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graphs.setdefault(str(g.identifier), 0)
        graphs[str(g.identifier)] += 1
        union.add((s, p, o))
    reference = rdflib.Graph()
    reference.parse(jsonld_path, format="json-ld")

    # Triples with each blank node replaced by what it says (our blank nodes
    # form trees), so two graphs compare without a costly isomorphism test.
    def signature(g):
        memo = {}

        def term(t):
            if not isinstance(t, BNode):
                return t.n3()
            if t not in memo:
                memo[t] = "[" + "; ".join(sorted(p.n3() + " " + term(o) for p, o in g.predicate_objects(t))) + "]"
            return memo[t]
        return collections.Counter((term(s), p.n3(), term(o)) for s, p, o in g if not isinstance(s, BNode))

    ours, theirs = signature(union), signature(reference)
    return {"quads": len(dataset), "graphs": graphs, "union_triples": len(union), "jsonld_triples": len(reference),
            "same_triples_as_jsonld": ours == theirs,
            "only_in_nquads": [list(t) for t in list((ours - theirs).keys())[:5]],
            "only_in_jsonld": [list(t) for t in list((theirs - ours).keys())[:5]],
            "names": {str(s): str(o) for s, o in union.subject_objects(rdflib.URIRef("http://schema.org/name"))}}


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    readers = {"graphml": read_graphml, "gexf": read_gexf, "cyjs": read_cyjs, "csv": read_csv}
    result = read_nquads(path, sys.argv[3]) if kind == "nquads" else readers[kind](path)
    json.dump(result, sys.stdout, ensure_ascii=False, default=str, sort_keys=True)
