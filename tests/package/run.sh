#!/usr/bin/env bash
# The package as a library user meets it (CTest "package.consumer"): installs
# BUILD_DIR into a temporary prefix, builds tests/package/consumer against it
# with find_package(coopgraph), and runs it on one sample article: the
# library must find the installed knowledge files ($COOPGRAPH_DATA set to the
# prefix's share/coopgraph), default to the configured install data directory
# (never the source tree), and read who met. Reuses the built library: about
# 15 s, most of it compiling main.cc.
# Usage: run.sh SOURCE_DIR BUILD_DIR CXX_COMPILER BUILD_TYPE INSTALL_DATA_DIR
set -euo pipefail
source_dir=$1 build_dir=$2 cxx=$3 build_type=$4 install_data_dir=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$source_dir/tests/package/consumer" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$work/build" >/dev/null

article=$source_dir/data/sample/000_fcf38daca2cc3136.txt
default=$(env -u COOPGRAPH_DATA "$work/build/consumer" "$article" "$work/out")
echo "$default"
[ "$default" = "default data: $install_data_dir" ] || { echo "run.sh: expected the install data dir $install_data_dir" >&2; exit 1; }

COOPGRAPH_DATA=$work/prefix/share/coopgraph "$work/build/consumer" "$article" "$work/out" | tee "$work/met.txt"
grep -q "^met: " "$work/met.txt" || { echo "run.sh: the consumer found nobody who met" >&2; exit 1; }
