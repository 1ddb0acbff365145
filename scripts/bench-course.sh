#!/usr/bin/env bash
# Times building the whole course in a fresh process, five times, on a scratch copy of the
# lessons (the repository is not touched), and prints the median wall time and peak memory
# next to a baseline measured in the same run: the cmark command rendering the same lessons.
set -euo pipefail
cd "$(dirname "$0")/.."
descent=${DESCENT:-.build/release/descent}
[ -x "$descent" ] || { echo "bench-course: build first (make)" >&2; exit 1; }
command -v cmark >/dev/null || { echo "bench-course: needs the cmark command for its baseline (apt-get install cmark)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench-course: needs GNU time (apt-get install time)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r lessons "$scratch/lessons"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Seconds taken by a command, from bash's microsecond clock.
seconds() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f\n", b - a }'
}
render_with_cmark() { for f in "$1"/*.md; do cmark "$f"; done; }

for i in 1 2 3 4 5; do
  seconds "$descent" build --no-cache --lessons "$scratch/lessons" --output "$scratch/output" >> "$scratch/build"
  seconds render_with_cmark "$scratch/lessons" >> "$scratch/cmark"
  /usr/bin/time -f "%M" -o "$scratch/m$i" "$descent" check --no-cache --lessons "$scratch/lessons" --output "$scratch/output" >/dev/null
done
build_time=$(median < "$scratch/build")
cmark_time=$(median < "$scratch/cmark")
build_memory=$(cat "$scratch"/m? | median)
lessons=$(ls "$scratch"/lessons/*.md | wc -l)
echo "course: $lessons lessons, $(ls "$scratch"/output/figures | wc -l) figures"
echo "descent build (cold process, median of 5): ${build_time} s; peak memory (descent check, same work in memory): $((build_memory / 1024)) MB"
echo "baseline, cmark rendering the same lessons: ${cmark_time} s"
# Target (issue #12): ≤ 0.35 s on a 2-core machine, and ≤ 20× the cmark baseline.
awk -v a="$build_time" -v b="$cmark_time" 'BEGIN {
  if (b > 0) printf "ratio: %.1f× the cmark baseline (target ≤ 0.35 s and ≤ 20×) %s\n", a / b,
    (a <= 0.35 && a / b <= 20) ? "ok" : "MISS" }'
