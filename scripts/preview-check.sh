#!/bin/sh
# The preview end to end in a real browser: `descent preview` on a copy of the bundled course
# (on a free port), one page loaded from it in headless Chromium, a lesson saved, and the page
# must reload by itself with the change. Prints the time from the save to the reloaded page.
#
#   scripts/preview-check.sh [DESCENT]   default: .build/release/descent
set -eu
cd "$(dirname "$0")/.."
descent=${1:-.build/release/descent}
[ -x "$descent" ] || { echo "preview-check: build first (make)" >&2; exit 1; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/descent-preview.XXXXXX")
cp -R lessons "$scratch/lessons"
"$descent" preview --lessons "$scratch/lessons" --output "$scratch/output" --port 0 >"$scratch/log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$scratch"' EXIT INT TERM
url=""
for _ in $(seq 1 300); do
  url=$(sed -n 's/^previewing .* at \(http:[^ ]*\) .*/\1/p' "$scratch/log")
  [ -n "$url" ] && break
  kill -0 $server 2>/dev/null || { cat "$scratch/log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "preview-check: the server did not start" >&2; cat "$scratch/log" >&2; exit 1; }
status=0
python3 scripts/browser_check.py --live "${url}03-the-learning-rate.html" "$scratch/lessons/03-the-learning-rate.md" \
  || status=$?
grep "rebuilt" "$scratch/log" || true
exit $status
