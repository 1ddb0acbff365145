#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS: scripts/fuzz.sh SECONDS TARGET…
# With FUZZ_RUNS=N in the environment, a target also stops after N executions; FUZZ_SEED=S fixes
# libFuzzer's random seed, and FUZZ_WORK=DIR puts the working corpora in DIR/TARGET instead
# (make test's smoke run uses seed 1 and an empty folder, so it replays only the seed corpus).
#
# Inputs are at most 4 KB (the seeds are cut to fit), which keeps executions fast. Each target
# starts from its committed seed corpus (Fuzz/Corpus/TARGET, read only) and a working
# corpus that grows across runs (.build-fuzz/corpus/TARGET, not committed). A crash, a failed
# invariant, an input slower than 10 s or a process over 2 GB stops the run; the input is saved as
# .build-fuzz/artifacts/TARGET/crash-… (or timeout-…, oom-…) and the script exits 1 after running
# the others. Replay one with: .build-fuzz/release/TARGET FILE
set -uo pipefail
seconds=$1
shift
bin=.build-fuzz/release
failed=()
printf '%-20s %12s %10s %8s  %s\n' target executions 'exec/s' corpus result
for target in "$@"; do
  work=${FUZZ_WORK:-.build-fuzz/corpus}/$target
  artifacts=.build-fuzz/artifacts/$target
  mkdir -p "$work" "$artifacts"
  log=.build-fuzz/$target.log
  SWIFT_BACKTRACE=enable=no "$bin/$target" "$work" "Fuzz/Corpus/$target" \
    -max_total_time="$seconds" -runs="${FUZZ_RUNS:--1}" -seed="${FUZZ_SEED:-0}" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  size=$(find "$work" -type f | wc -l)
  if [ "$status" = 0 ]; then result=ok; else result="FAILED (see $log)"; failed+=("$target"); fi
  printf '%-20s %12s %10s %8s  %s\n' "$target" "${runs:-?}" "${speed:-?}" "$size" "$result"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  for target in "${failed[@]}"; do grep -m3 -E 'invariant failed|ERROR:|Fatal error' ".build-fuzz/$target.log" >&2; done
  exit 1
fi
