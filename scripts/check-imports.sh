#!/usr/bin/env bash
# Descent links FoundationEssentials, not the whole of Foundation (with its internationalisation
# and ICU: twice the binary, a slower start). One file imports the system libraries and
# re-exports them (Sources/DescentText/Platform/SystemLibraries.swift); any other import of
# Foundation or the C library is an error here. With a built binary as argument, also checks
# that nothing linked Foundation in (a dependency could).
set -euo pipefail
cd "$(dirname "$0")/.."
allowed=Sources/DescentText/Platform/SystemLibraries.swift
status=0
while IFS=: read -r path line text; do
  [ "$path" = "$allowed" ] && continue
  column=$(awk -v t="$text" 'BEGIN { print index(t, "import") }')
  echo "$path:$line:$column: error: import the system libraries through DescentText, not directly"
  echo "$text"
  printf '%*s^\n' $((column - 1)) ''
  status=2
done < <(grep -rnE '^\s*(@_exported )?import ((struct|class|enum|func|var|let|typealias|protocol) )?(Foundation|FoundationEssentials|Glibc|Musl|Darwin)\b' Sources || true)
if [ $# -gt 0 ] && nm "$1" | grep -q ' \$s10Foundation'; then
  echo "$1: error: the binary links Foundation; a module must have imported it" >&2
  status=2
fi
exit $status
