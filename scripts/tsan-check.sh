#!/usr/bin/env bash
# Builds the bundled course with `descent` compiled under ThreadSanitizer: a cold build, a build
# from the cache after one number changed, `check` with and without the cache, and a build
# that fails on an id used in two lessons — the paths where lessons, pages, figures and cache
# reads run concurrently. Any data race TSan reports fails the script. Works on a scratch copy
# of the lessons; the repository is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --sanitize=thread --scratch-path .build-tsan --product descent
descent=.build-tsan/debug/descent
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r lessons "$scratch/lessons"
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
course=(--lessons "$scratch/lessons" --output "$scratch/output")
"$descent" build --no-cache "${course[@]}" >/dev/null
"$descent" build "${course[@]}" >/dev/null
sed -i 's/^steps: 25$/steps: 26/' "$scratch/lessons/01-walking-downhill.md"
"$descent" build "${course[@]}" >/dev/null
"$descent" check "${course[@]}" >/dev/null
"$descent" check --no-cache "${course[@]}" >/dev/null
printf '# Twice\n\n```descent walk-loop\nf(w) = w^2\nstart: w = 1\nlr: 0.1\nsteps: 3\n```\n' \
  > "$scratch/lessons/99-twice.md"
status=0
"$descent" build "${course[@]}" >/dev/null 2>"$scratch/err" || status=$?
grep -q "ThreadSanitizer" "$scratch/err" && { cat "$scratch/err" >&2; exit 1; }
[ "$status" = 2 ] || { echo "tsan-check: expected exit 2 for an id used twice, got $status" >&2; exit 1; }
echo "tsan-check: cold, cached, changed, check and failing builds: no data race reported"
