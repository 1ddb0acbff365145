#!/usr/bin/env bash
# One lesson's work, two ways, each the median of cold runs in a fresh process (15 for Descent,
# whose ~30 ms runs a loaded machine disturbs most; 5 for the notebook): as a Descent lesson
# (`descent build --no-cache` of a scratch course holding only that lesson) and as a Jupyter
# notebook executed and rendered with `jupyter nbconvert --execute --to html`. The work:
# f(w) = w², the lecture's step table, a 9-rate sweep to 1,000 steps with convergence counts,
# a log-scale loss figure and a path figure (the notebook is written by scripts/gd_notebook.py).
# Target (issue #12): Descent ≥ 300× faster. With valgrind installed it also prints the build's
# instruction count, which does not depend on the machine's load. Skipped, with a message, when
# jupyter is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
descent=${DESCENT:-.build/release/descent}
[ -x "$descent" ] || { echo "bench-nbconvert: build first (make)" >&2; exit 1; }
if ! command -v jupyter >/dev/null || ! jupyter nbconvert --version >/dev/null 2>&1 \
  || ! python3 -c 'import matplotlib, numpy, ipykernel' 2>/dev/null; then
  echo "bench-nbconvert: skipped (needs jupyter nbconvert, ipykernel, matplotlib and numpy:" \
    "pip install nbconvert jupyter ipykernel matplotlib numpy)"
  exit 0
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/lessons"
cat > "$scratch/lessons/01-w-squared.md" <<'LESSON'
# Gradient descent on f(w) = w²

The lecture's step table:

```descent steps
f(w) = w^2
start: w = -3
lr: 0.3
steps: 25
stop: |Δw| < 0.001 and |grad| < 0.001
show: table
```

Nine learning rates, 1,000 steps each:

```descent sweep
f(w) = w^2
start: w = -3
lr: 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 0.5, 0.9, 1.1
steps: 1000
stop: |Δw| < 0.001 and |grad| < 0.001
show: convergence, plot loss log, plot path
```
LESSON
python3 scripts/gd_notebook.py "$scratch/w-squared.ipynb"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
seconds() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f\n", b - a }'
}
build() { "$descent" build --no-cache --lessons "$scratch/lessons" --output "$scratch/output"; }
notebook() { jupyter nbconvert --execute --to html --output-dir "$scratch/html" "$scratch/w-squared.ipynb"; }

# One untimed run each: matplotlib builds its font cache on first use, the lesson gets its regions.
build >/dev/null
notebook >/dev/null 2>&1 || { echo "bench-nbconvert: the notebook failed to execute" >&2; exit 1; }
[ -s "$scratch/html/w-squared.html" ] || { echo "bench-nbconvert: nbconvert wrote no page" >&2; exit 1; }
for i in 1 2 3 4 5; do
  for j in 1 2 3; do seconds build >> "$scratch/descent"; done
  seconds notebook >> "$scratch/jupyter"
done
descent_time=$(median < "$scratch/descent")
jupyter_time=$(median < "$scratch/jupyter")
echo "one lesson vs a notebook doing the same work (median, fresh process each):"
echo "  descent build --no-cache: ${descent_time} s ($(ls "$scratch/output/figures" | wc -l) figures)"
if command -v valgrind >/dev/null; then
  instructions=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$descent" build --no-cache \
    --lessons "$scratch/lessons" --output "$scratch/output" 2>&1 >/dev/null | awk '/Collected/ { print $NF }')
  echo "  descent build --no-cache, instructions (callgrind, load-independent): ${instructions}"
fi
echo "  jupyter nbconvert --execute --to html: ${jupyter_time} s"
awk -v d="$descent_time" -v j="$jupyter_time" 'BEGIN { r = j / d; printf "  ratio: descent %.0f× faster (target ≥ 300×) %s\n", r, (r >= 300 ? "ok" : "MISS") }'
