#!/usr/bin/env bash
# Regenerates the pictures the README shows, in docs/images/, from a built
# coopgraph: the sample's whole-graph diagram, one actor's (--focus) diagram,
# the country summary of the sample and of 2,000 generated articles, and
# screenshots of the sample's HTML report (its top, its meetings) in
# headless Chromium.
# Usage: scripts/make_screenshots.sh [path/to/coopgraph]   (default: build/coopgraph)
# Needs: Graphviz's cairo plugin (PNG), chromium, python3 (bench/generate_corpus.py).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
coopgraph=$(realpath "${1:-$root/build/coopgraph}")
images="$root/docs/images"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$images"
cd "$root"

"$coopgraph" build --no-svg --out "$work/sample" data/sample
graph="$work/sample/graph.jsonld"

# Diagrams, drawn by Graphviz (gvc) as PNG.
"$coopgraph" render --graph "$graph" --out "$images/sample-graph.png"
"$coopgraph" render --graph "$graph" --focus "Huỳnh Thành Đạt" --out "$images/focus.png"
"$coopgraph" render --graph "$graph" --summary --out "$images/summary-sample.png"

# The summary of a large corpus: 2,000 generated articles.
python3 bench/generate_corpus.py --articles 2000 "$work/generated" >/dev/null
"$coopgraph" build --no-svg --out "$work/generated-out" "$work/generated"
"$coopgraph" render --graph "$work/generated-out/graph.jsonld" --summary --out "$images/summary-generated.png"

# The report's first screen and what follows, as a reader opens it.
"$coopgraph" report --graph "$graph" --out "$work/report.html"
chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size=1280,2000 \
  --screenshot="$images/report.png" "file://$work/report.html" 2>/dev/null
# Its timeline of meetings (status, dates, sources): the whole page drawn
# tall, cut where a copy of the page finds the section (same width, same layout).
chrome() {
  chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size=1280,"$1" "${@:2}" 2>/dev/null
}
sed 's|</body>|<script>document.body.dataset.top = Math.round(document.getElementById("meetings").getBoundingClientRect().top)</script></body>|' \
  "$work/report.html" > "$work/probe.html"
top=$(chrome 9000 --dump-dom "file://$work/probe.html" | grep -o 'data-top="[0-9]*"' | grep -o '[0-9]*')
chrome 9000 --screenshot="$work/tall.png" "file://$work/report.html"
/usr/bin/python3 -c 'import sys; from PIL import Image; top = int(sys.argv[3]); Image.open(sys.argv[1]).crop((0, top, 1280, top + 1400)).save(sys.argv[2])' \
  "$work/tall.png" "$images/report-meetings.png" "$top"

ls -l "$images"
