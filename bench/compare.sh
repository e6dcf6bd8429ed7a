#!/bin/bash
# Times two or more coopgraph binaries interleaved on one corpus, so that a
# busy shared machine slows them alike; prints each one's best and all runs.
# usage: bench/compare.sh THREADS REPEATS CORPUS BINARY...
set -euo pipefail
threads=$1 repeats=$2 corpus=$3
shift 3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for ((i = 0; i < repeats; ++i)); do
  for binary in "$@"; do
    start=$(date +%s.%N)
    "$binary" build --no-svg --threads "$threads" --out "$out" "$corpus" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$binary $(awk -v s="$start" -v e="$end" 'BEGIN {print e - s}')"
  done
done | awk '{runs[$1] = runs[$1] " " $2; if (!($1 in best) || $2 < best[$1]) best[$1] = $2}
            END {for (b in best) printf "%s best %.2f s; runs:%s\n", b, best[b], runs[b]}'
