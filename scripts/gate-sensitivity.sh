#!/usr/bin/env bash
# Is the gate worth anything? For each real regression kept as a source patch under tests/Regressions/,
# take a fresh clone of this repository's HEAD, apply the patch, run the CPU gate exactly as CI does
# (dotnet test with runsettings/ci.runsettings, which declares LLAMA2VALIDATION_GATE=CPU) and record
# whether it failed and which tests caught it. The unpatched gate runs first and last: a gate that
# fails a clean checkout catches nothing. Mutation testing's caught/missed table, for a merge gate.
#
#   scripts/gate-sensitivity.sh [OUT.md]                  every patch, the whole gate (about 5 min each)
#   GATE_FILTER='Category=CPU' scripts/gate-sensitivity.sh    a narrower gate (faster, catches less)
#   ONLY=01 scripts/gate-sensitivity.sh                   patches whose file name starts with 01
#   RELATIVE=1 TRIES=10 ONLY=1 scripts/gate-sensitivity.sh   the relative gate's power table instead (below)
#
# Each patch names the tests built to catch it in header lines before its diff, which git apply ignores:
#   # expect: <test name fragment>
# A patch is "caught" only when one of those fails; other red tests are listed apart ("red elsewhere"), and
# a patch that did not apply, a build or restore that failed, or a run that printed no test summary is
# "not run", never "caught".
#
# Ends with one line: "N of M regressions caught, K of K clean runs passed"; exit 0 only when all are.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/gate-sensitivity.md"}
work=$(mktemp -d /tmp/l2v-gate-sensitivity.XXXXXX)
filter=${GATE_FILTER:-}
only=${ONLY:-}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset LLAMA2VALIDATION_SESSION

if [ -n "${RELATIVE:-}" ]; then
  exec "$root/scripts/relative-power.sh" "$out"
fi

rows=()
caught=0 regressions=0 clean_passed=0 clean_runs=0 not_run=0

# Runs the gate in a fresh clone with an optional patch; prints "<exit code>|<seconds>|<failed tests>"
# (a tab would not do: read collapses adjacent whitespace separators, and the failed list may be empty).
gate() {
  local name=$1 patch=$2 dir="$work/$1"
  git clone --quiet "$root" "$dir" || { printf '98|0|clone failed\n'; return; }
  if [ -n "$patch" ] && ! (cd "$dir" && git apply "$patch"); then
    printf '97|0|patch does not apply\n'; return
  fi
  local started=$SECONDS
  if ! (cd "$dir" && dotnet build) > "$work/$name.build.log" 2>&1; then
    printf '96|%s|build or restore failed: %s\n' "$((SECONDS - started))" "$(grep -m1 -E 'error' "$work/$name.build.log" | cut -c1-160)"
    rm -rf "$dir"; return
  fi
  (cd "$dir" && dotnet test --no-build --settings runsettings/ci.runsettings ${filter:+--filter "$filter"}) > "$work/$name.log" 2>&1
  local status=$?
  if ! grep -qE '(Passed|Failed)! +- Failed:' "$work/$name.log"; then
    printf '95|%s|no test summary (infrastructure): %s\n' "$((SECONDS - started))" "$(tail -n 1 "$work/$name.log" | cut -c1-160)"
    rm -rf "$dir"; return
  fi
  # xunit prints one "[FAIL]" line per failed test: "[xUnit.net 00:00:03.00]     Namespace.Class.Method(args) [FAIL]".
  local failed
  failed=$(grep -E '\[FAIL\]$' "$work/$name.log" | sed -E 's/^\[xUnit[^]]*\] +//; s/ \[FAIL\]$//; s/^Llama2Validation\.Tests\.//' | sort -u | paste -sd ';' -)
  if [ "$status" -ne 0 ] && [ -z "$failed" ]; then
    failed=$(grep -m1 -E 'error|Error' "$work/$name.log" | cut -c1-160)
  fi
  printf '%s|%s|%s\n' "$status" "$((SECONDS - started))" "${failed:-}"
  rm -rf "$dir"
}

record_clean() {
  IFS='|' read -r status seconds failed < <(gate "clean-$1" "")
  clean_runs=$((clean_runs + 1))
  if [ "$status" -eq 0 ]; then
    clean_passed=$((clean_passed + 1))
    rows+=("| (none: clean run $1) | passed | — | — | ${seconds} s |")
  else
    rows+=("| (none: clean run $1) | **FAILED** | — | ${failed//;/<br>} | ${seconds} s |")
  fi
  echo "clean run $1: exit $status (${seconds} s) ${failed}"
}

record_clean 1
for patch in "$root"/tests/Regressions/*.patch; do
  name=$(basename "$patch" .patch)
  [ -n "$only" ] && [[ "$name" != "$only"* ]] && continue
  regressions=$((regressions + 1))
  expect=$(sed -n 's/^# expect: *//p' "$patch" | paste -sd '|' -)
  IFS='|' read -r status seconds failed < <(gate "$name" "$patch")
  expected=""; elsewhere=""
  if [ "$status" -ne 0 ] && [ "$status" -lt 95 ]; then
    IFS=';' read -ra tests <<< "$failed"
    for t in "${tests[@]}"; do
      if [ -n "$expect" ] && grep -qE "$expect" <<< "$t"; then expected+="$t;"; else elsewhere+="$t;"; fi
    done
  fi
  if [ "$status" -ge 95 ]; then
    not_run=$((not_run + 1))
    rows+=("| $name | **not run** | ${failed} | — | ${seconds} s |")
  elif [ -n "$expected" ]; then
    caught=$((caught + 1))
    rows+=("| $name | caught | ${expected//;/<br>} | ${elsewhere//;/<br>} | ${seconds} s |")
  elif [ "$status" -ne 0 ]; then
    rows+=("| $name | **red elsewhere** (expected: ${expect:-none named}) | — | ${elsewhere//;/<br>} | ${seconds} s |")
  else
    rows+=("| $name | **missed** | — | — | ${seconds} s |")
  fi
  echo "$name: exit $status (${seconds} s) ${failed}"
done
record_clean 2

summary="$caught of $regressions regressions caught by their expected tests ($not_run not run), $clean_passed of $clean_runs clean runs passed"
{
  echo "# Gate sensitivity"
  echo
  echo "Output of \`scripts/gate-sensitivity.sh\` (how to read it: docs/cpu-gate.md). Each row is a fresh clone of"
  echo "HEAD with one patch from tests/Regressions/ applied, gated as CI gates it."
  echo
  echo "- commit: $(git -C "$root" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "- gate: dotnet test --settings runsettings/ci.runsettings${filter:+ --filter \"$filter\"}"
  echo
  echo "| regression | gate | caught by (expected tests that failed) | also red | time |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "$summary"
} > "$out"
rm -rf "$work"
echo "$summary"
[ "$caught" -eq "$regressions" ] && [ "$clean_passed" -eq "$clean_runs" ]
