#!/usr/bin/env bash
# Times incremental builds of the bundled course on a scratch copy (the repository is not
# touched), each the median of 5 runs in a fresh process, beside a cold build (--no-cache) from
# the same run:
#   no-op build, check of an unchanged course (targets ≤ 50 ms), and a build after one number
#   changed in one lesson (target ≤ 20 % of the cold build).
set -euo pipefail
cd "$(dirname "$0")/.."
descent=${DESCENT:-.build/release/descent}
[ -x "$descent" ] || { echo "bench-incremental: build first (make)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r lessons "$scratch/lessons"
course=(--lessons "$scratch/lessons" --output "$scratch/output")
lesson="$scratch/lessons/01-walking-downhill.md"
grep -q '^steps: 25$' "$lesson" || { echo "bench-incremental: lesson 01 no longer has 'steps: 25'" >&2; exit 1; }

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
seconds() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f\n", b - a }'
}

"$descent" build "${course[@]}" >/dev/null
for i in 1 2 3 4 5; do
  seconds "$descent" build --no-cache "${course[@]}" >> "$scratch/cold"
done
"$descent" build "${course[@]}" >/dev/null
for i in 1 2 3 4 5; do
  seconds "$descent" build "${course[@]}" >> "$scratch/noop"
  seconds "$descent" check "${course[@]}" >> "$scratch/check"
done
for i in 1 2 3 4 5; do
  # Flip one number (the walk's step budget) and back: every build sees one lesson changed.
  if [ $((i % 2)) = 1 ]; then sed -i 's/^steps: 25$/steps: 26/' "$lesson"; else sed -i 's/^steps: 26$/steps: 25/' "$lesson"; fi
  seconds "$descent" build "${course[@]}" >> "$scratch/one"
done
cold=$(median < "$scratch/cold"); noop=$(median < "$scratch/noop")
check=$(median < "$scratch/check"); one=$(median < "$scratch/one")
echo "incremental builds (median of 5, fresh process each; cache in a scratch copy):"
echo "  cold build (--no-cache), the baseline: ${cold} s"
awk -v t="$noop" 'BEGIN { printf "  no-op build: %.4f s (target ≤ 0.050 s) %s\n", t, (t <= 0.05 ? "ok" : "MISS") }'
awk -v t="$check" 'BEGIN { printf "  check, unchanged course: %.4f s (target ≤ 0.050 s) %s\n", t, (t <= 0.05 ? "ok" : "MISS") }'
awk -v t="$one" -v c="$cold" 'BEGIN { printf "  build after one number changed: %.4f s = %.0f%% of cold (target ≤ 20%%) %s\n", t, 100 * t / c, (t <= 0.2 * c ? "ok" : "MISS") }'
