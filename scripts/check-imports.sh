#!/usr/bin/env bash
# Descent links FoundationEssentials, not the whole of Foundation (with its internationalisation
# and ICU: twice the binary, a slower start). One file imports the system libraries and
# re-exports them (Sources/DescentText/Platform/SystemLibraries.swift); any other import of
# Foundation or the C library is an error here. With a built binary as argument, also checks
# that nothing linked Foundation, its internationalisation or ICU in (a dependency could).
set -euo pipefail
cd "$(dirname "$0")/.."
allowed=Sources/DescentText/Platform/SystemLibraries.swift
modules='Foundation|FoundationEssentials|FoundationInternationalization|FoundationNetworking|FoundationXML|CoreFoundation|Glibc|Musl|Darwin|Android'
pattern="^\s*(@[A-Za-z_]+ )*((public|package|internal|fileprivate|private) )?import ((struct|class|enum|func|var|let|typealias|protocol) )?($modules)\b"
status=0
while IFS=: read -r path line text; do
  [ "$path" = "$allowed" ] && continue
  column=$(awk -v t="$text" 'BEGIN { print index(t, "import") }')
  echo "$path:$line:$column: error: import the system libraries through DescentText, not directly"
  echo "$text"
  printf '%*s^\n' $((column - 1)) ''
  status=2
done < <(grep -rnE "$pattern" Sources || true)
if [ $# -gt 0 ]; then
  # grep reads nm's whole output (a pipe would let grep's early exit fail nm, under pipefail).
  symbols=$(nm "$1" 2>/dev/null) || { echo "$1: error: cannot list the binary's symbols (nm)" >&2; exit 2; }
  if grep -qE ' \$s(10Foundation|30FoundationInternationalization)|_FoundationICU|ucol_open' <<< "$symbols"; then
    echo "$1: error: the binary links Foundation or ICU; a module must have imported it" >&2
    status=2
  fi
fi
exit $status
