#!/usr/bin/python3
"""Times python3-igraph's exact betweenness on an edge list ("a b" per line,
vertices 0..N-1) and prints the seconds. Usage: igraph_betweenness.py EDGES N"""
import sys
import time

import igraph

with open(sys.argv[1]) as f:
    edges = [tuple(map(int, line.split())) for line in f if line.strip()]
g = igraph.Graph(n=int(sys.argv[2]), edges=edges, directed=False)
start = time.perf_counter()
g.betweenness(directed=False)
print(time.perf_counter() - start)
