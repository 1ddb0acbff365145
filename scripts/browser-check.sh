#!/bin/sh
# Loads every page of the rendered site in headless Chromium (no JavaScript in the pages; the
# check drives the browser over the DevTools pipe with Python's standard library), fails on
# console errors, failed loads, <math> or figure elements with no rendered size, and text
# below WCAG AA contrast (pages, and the <text> of every SVG figure on the page background,
# in the light and the dark scheme), and saves light, dark and phone-width screenshots of each page.
# Then scripts/explore_check.py clicks and arrow-keys every explorable figure (show: explore)
# and checks that the run drawn and its outcome line follow the choice.
#
#   scripts/browser-check.sh [DIR...]   default: output/ and the test suite's sample site
#
# Screenshots go to $SCREENSHOTS (default: a new temporary directory, printed at the end).
# Installs Debian's chromium with apt-get when no chromium is found.
set -eu
cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ]; then
  set -- output Tests/DescentSiteTests/Fixtures/sample-site
fi

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && [ -z "${CHROMIUM:-}" ]; then
  echo "chromium not found; installing it with apt-get"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium || {
    echo "error: could not install chromium; install it by hand (apt-get install chromium)" >&2; exit 1; }
fi

pages=""
for dir in "$@"; do
  [ -d "$dir" ] || { echo "error: $dir is not a directory" >&2; exit 1; }
  for page in "$dir"/*.html; do
    [ -e "$page" ] && pages="$pages $page"
  done
done
[ -n "$pages" ] || { echo "error: no pages to check in $*" >&2; exit 1; }

# First the check itself: it must find the low contrast of a known page and figure.
python3 scripts/browser_check.py --self-test

shots="${SCREENSHOTS:-$(mktemp -d "${TMPDIR:-/tmp}/descent-screenshots.XXXXXX")}"
status=0
# shellcheck disable=SC2086 # one argument per page
python3 scripts/browser_check.py "$shots" $pages || status=1
# The explorable figures (show: explore), driven by mouse and keyboard: the run shown must follow
# the choice, judged on the rendered page.
# shellcheck disable=SC2086 # one argument per page
python3 scripts/explore_check.py "$shots" $pages || status=1
exit $status
