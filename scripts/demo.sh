#!/usr/bin/env bash
# Set up a virtual environment (.venv) with aikg, then run the main job on the bundled examples:
# build the graph (embedded store in .aikg/), print its statistics, and write the explorer page.
# Usage: bash scripts/demo.sh [digest files or folders]   (default: examples/)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv 2>/dev/null || python3 -m venv --without-pip .venv
.venv/bin/python -m pip install -q -e .
inputs=("$@"); [ ${#inputs[@]} -gt 0 ] || inputs=(examples/)
.venv/bin/aikg build "${inputs[@]}"
.venv/bin/aikg stats
if .venv/bin/aikg explore --help >/dev/null 2>&1; then
  .venv/bin/aikg explore -o graph.html && echo "explorer: open graph.html in a browser" >&2
fi
