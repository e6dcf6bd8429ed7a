#!/usr/bin/python3
"""Reference centralities for the C++ query tests, computed by NetworkX.

Usage: networkx_centrality.py GRAPH.txt
GRAPH.txt: "node ID" lines, then "edge ID ID" lines. Prints one line per node:
ID degree betweenness closeness pagerank eigenvector (NetworkX defaults:
normalised, wf_improved; the iterative ones run to a tolerance of 1e-12).
"""
import sys

import networkx as nx

g = nx.Graph()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if parts and parts[0] == "node":
            g.add_node(parts[1])
        elif parts and parts[0] == "edge":
            g.add_edge(parts[1], parts[2])
degree = nx.degree_centrality(g)
betweenness = nx.betweenness_centrality(g)
closeness = nx.closeness_centrality(g)
pagerank = nx.pagerank(g, tol=1e-12, max_iter=100000)
eigenvector = nx.eigenvector_centrality(g, tol=1e-12, max_iter=100000)
for node in sorted(g.nodes):
    print(node, repr(degree[node]), repr(betweenness[node]), repr(closeness[node]),
          repr(pagerank[node]), repr(eigenvector[node]))
