#!/usr/bin/env bash
# Installs the Debian 12 packages coopgraph needs, and nothing when all are present.
# Usage: scripts/install-deps.sh            (as root, or with sudo available)
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libicu-dev libgraphviz-dev graphviz
  # PNG and PDF diagrams: Graphviz's cairo/pango plugin lays text out in a real font.
  fontconfig fonts-dejavu-core
  catch2 libcli11-dev libmimalloc-dev
  python3 python3-pyld python3-networkx python3-numpy python3-scipy python3-rdflib
  # scripts/dask_build.py and its test: extraction on a Dask cluster (LocalCluster by default).
  python3-dask python3-distributed
  # bench/scale.py and its test: /usr/bin/time for peak memory and CPU, psutil to
  # sample the Dask path's processes.
  time python3-psutil
  # The report test: headless Chromium opens the HTML report; PIL reads its screenshot.
  chromium python3-pil
  # scripts/test.sh's sanitizer and fuzz build: clang, its sanitizer and
  # libFuzzer runtimes (only recommended by clang), llvm-symbolizer for traces
  clang libclang-rt-14-dev llvm
  # docs/sparql.md's store (test virtuoso.sparql; scripts/load_virtuoso.sh runs a private one).
  virtuoso-opensource
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1; fi
}
export DEBIAN_FRONTEND=noninteractive
run_as_root apt-get update -qq
run_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Installed without a dba password (noninteractive), virtuoso-opensource-7's postinst starts
# the system service once, finds the default password and shuts it down again; but the
# service stays enabled at boot, with dba/dba on all interfaces (ports 1111, 8890). Nothing
# here needs it: disable it.
if [[ " ${missing[*]} " == *" virtuoso-opensource "* ]]; then
  run_as_root update-rc.d virtuoso-opensource-7 disable >/dev/null 2>&1 || true
fi
