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
#   PATCHES=/tmp/dir scripts/gate-sensitivity.sh /tmp/t.md   another folder of patches (to try the harness itself)
#   CLEAN=last ONLY=2 ...                                 the closing clean run only (a run split in parts)
#   CLEAN=0 ...                                           no clean runs (only to try the harness itself)
#   RELATIVE=1 TRIES=10 ONLY=1 scripts/gate-sensitivity.sh   the relative gate's power table instead
#
# Each patch names the tests built to catch it in header lines before its diff, which git apply ignores:
#   # expect: <fragment of a test name as xunit prints it, matched as a fixed string>
# A patch is "caught" only when a failed test's name contains one of those fragments; other red tests are
# listed apart ("red elsewhere"). A patch that did not apply, a build or restore that failed, a run that
# did not print one summary per test assembly, or a fragment that names no test of the clean run's list is
# "not run", never "caught". A patch whose every fragment names the relative gate (RelativeGate) belongs to
# the power table (RELATIVE=1): without a base the gate does not judge it, so it is listed, not counted.
#
# The table goes between the sensitivity markers of OUT (default docs/gate-sensitivity.md), rewritten after
# every row, so a stopped run still leaves the rows it finished; the rest of OUT is kept.
# Ends with one line: "N of M regressions caught ..., K of K clean runs passed"; exit 0 only when all are.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/gate-sensitivity.md"}
patches=${PATCHES:-"$root/tests/Regressions"}
filter=${GATE_FILTER:-}
only=${ONLY:-}
clean=${CLEAN:-1}
rev=$(git -C "$root" rev-parse HEAD)
work=$(mktemp -d /tmp/l2v-gate-sensitivity.XXXXXX)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset LLAMA2VALIDATION_SESSION

if [ -n "${RELATIVE:-}" ]; then
  exec "$root/scripts/relative-power.sh" "$out"
fi

rows=()
caught=0 regressions=0 clean_passed=0 clean_runs=0 not_run=0 relative=0
assemblies=$(grep -l 'xunit.v3.mtp-off' "$root"/tests/*/*.csproj | wc -l)
listed="$work/tests.txt"   # every test name of the clean run's build, one a line (from --list-tests)

# Runs the gate in a fresh clone with an optional patch; prints "<exit code>|<seconds>|<failed tests>"
# (a tab would not do: read collapses adjacent whitespace separators, and the failed list may be empty).
# Exit codes 95-98 mean the gate did not run to a verdict.
gate() {
  local name=$1 patch=$2 dir="$work/$1"
  { git clone --quiet "$root" "$dir" && git -C "$dir" checkout --quiet --detach "$rev"; } || { printf '98|0|clone failed\n'; return; }
  if [ -n "$patch" ] && ! (cd "$dir" && git apply "$patch") 2> "$work/$name.apply.log"; then
    printf '97|0|patch does not apply: %s\n' "$(head -n 1 "$work/$name.apply.log" | cut -c1-160)"; rm -rf "$dir"; return
  fi
  local started=$SECONDS
  if ! (cd "$dir" && dotnet build) > "$work/$name.build.log" 2>&1; then
    printf '96|%s|build or restore failed: %s\n' "$((SECONDS - started))" "$(grep -m1 -E ' error ' "$work/$name.build.log" | sed 's/|/\//g' | cut -c1-200)"
    rm -rf "$dir"; return
  fi
  if [ -z "$patch" ] && [ ! -s "$listed" ]; then
    (cd "$dir" && dotnet test --no-build --list-tests --settings runsettings/ci.runsettings) 2>&1 | sed -n 's/^    //p' > "$listed"
  fi
  (cd "$dir" && dotnet test --no-build --settings runsettings/ci.runsettings ${filter:+--filter "$filter"}) > "$work/$name.log" 2>&1
  local status=$? summaries
  summaries=$(grep -cE '(Passed|Failed|Skipped)! +- Failed:' "$work/$name.log")
  if [ "$summaries" -lt "$assemblies" ]; then
    printf '95|%s|%s of %s test summaries (infrastructure): %s\n' "$((SECONDS - started))" "$summaries" "$assemblies" "$(grep -m1 -E 'Aborted|crash|error' "$work/$name.log" | sed 's/|/\//g' | cut -c1-160)"
    rm -rf "$dir"; return
  fi
  # xunit prints one "[FAIL]" line per failed test: "[xUnit.net 00:00:03.00]     Namespace.Class.Method(args) [FAIL]".
  local failed
  failed=$(grep -E '\[FAIL\]$' "$work/$name.log" | sed -E 's/^\[xUnit[^]]*\] +//; s/ \[FAIL\]$//; s/^Llama2Validation\.Tests\.//; s/\|/\//g' | sort -u | paste -sd ';' -)
  if [ "$status" -ne 0 ] && [ -z "$failed" ]; then
    failed=$(grep -m1 -E 'error|Error' "$work/$name.log" | sed 's/|/\//g' | cut -c1-160)
  fi
  printf '%s|%s|%s\n' "$status" "$((SECONDS - started))" "${failed:-}"
  rm -rf "$dir"
}

# The table between the markers of OUT, the rest of OUT kept (a new OUT gets the markers).
write_table() {
  local summary=$1 table="$work/table.md"
  {
    echo "- commit: $(git -C "$root" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'); $summary"
    echo "- machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- gate: dotnet test --settings runsettings/ci.runsettings${filter:+ --filter \"$filter\"}"
    echo
    echo "| regression | gate | caught by (expected tests that failed) | also red | time |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
  } > "$table"
  if [ -f "$out" ] && grep -q '<!-- sensitivity:begin -->' "$out"; then
    awk -v table="$table" '
      /<!-- sensitivity:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
      /<!-- sensitivity:end -->/ { skip = 0 }
      !skip' "$out" > "$out.tmp" && mv "$out.tmp" "$out"
  else
    { echo "# Gate sensitivity"; echo; echo "<!-- sensitivity:begin -->"; cat "$table"; echo "<!-- sensitivity:end -->"; } > "$out"
  fi
}

summary_line() {
  local line="$caught of $regressions regressions caught by their expected tests ($not_run not run), $clean_passed of $clean_runs clean runs passed"
  [ "$relative" -eq 0 ] || line+=", $relative left to the relative gate's power table"
  echo "$line"
}

record_clean() {
  IFS='|' read -r status seconds failed < <(gate "clean-$1" "")
  clean_runs=$((clean_runs + 1))
  if [ "$status" -eq 0 ]; then
    clean_passed=$((clean_passed + 1))
    rows+=("| (none: clean run $1) | passed | — | — | ${seconds} s |")
  elif [ "$status" -ge 95 ]; then
    rows+=("| (none: clean run $1) | **not run** | — | ${failed} | ${seconds} s |")
  else
    rows+=("| (none: clean run $1) | **FAILED** | — | ${failed//;/<br>} | ${seconds} s |")
  fi
  write_table "running: $(summary_line)"
  echo "clean run $1: exit $status (${seconds} s) ${failed}"
}

[ "$clean" = 1 ] && record_clean 1
for patch in "$patches"/*.patch; do
  name=$(basename "$patch" .patch)
  [ -n "$only" ] && [[ "$name" != "$only"* ]] && continue
  mapfile -t expect < <(sed -n 's/^# expect: *//p' "$patch" | sed 's/ *$//')
  if [ "${#expect[@]}" -gt 0 ] && ! printf '%s\n' "${expect[@]}" | grep -qv 'RelativeGate'; then
    relative=$((relative + 1))
    rows+=("| $name | relative gate: see the power table | — | — | — |")
    write_table "running: $(summary_line)"; echo "$name: relative gate, not run here"; continue
  fi
  regressions=$((regressions + 1))
  unknown=""
  if [ "${#expect[@]}" -eq 0 ]; then
    unknown="the patch names no expected test (# expect:)"
  elif [ -s "$listed" ]; then
    for fragment in "${expect[@]}"; do
      grep -qF -- "$fragment" "$listed" || unknown+="# expect: $fragment names no test; "
    done
  fi
  if [ -n "$unknown" ]; then
    not_run=$((not_run + 1))
    rows+=("| $name | **not run** | ${unknown%; } | — | 0 s |")
    write_table "running: $(summary_line)"; echo "$name: not run: $unknown"; continue
  fi
  IFS='|' read -r status seconds failed < <(gate "$name" "$patch")
  expected=""; elsewhere=""
  if [ "$status" -ne 0 ] && [ "$status" -lt 95 ]; then
    IFS=';' read -ra tests <<< "$failed"
    for t in "${tests[@]}"; do
      hit=""
      for fragment in "${expect[@]}"; do [[ "$t" == *"$fragment"* ]] && hit=1; done
      if [ -n "$hit" ]; then expected+="$t;"; else elsewhere+="$t;"; fi
    done
  fi
  expected=${expected%;} elsewhere=${elsewhere%;}
  also=${elsewhere:-—}
  named=$(printf '%s; ' "${expect[@]}")
  if [ "$status" -ge 95 ]; then
    not_run=$((not_run + 1))
    rows+=("| $name | **not run** | ${failed} | — | ${seconds} s |")
  elif [ -n "$expected" ]; then
    caught=$((caught + 1))
    rows+=("| $name | caught | ${expected//;/<br>} | ${also//;/<br>} | ${seconds} s |")
  elif [ "$status" -ne 0 ]; then
    rows+=("| $name | **red elsewhere** (expected: ${named%; }) | — | ${elsewhere//;/<br>} | ${seconds} s |")
  else
    rows+=("| $name | **missed** (expected: ${named%; }) | — | — | ${seconds} s |")
  fi
  write_table "running: $(summary_line)"
  echo "$name: exit $status (${seconds} s) ${failed}"
done
{ [ "$clean" = 1 ] || [ "$clean" = last ]; } && record_clean 2

summary=$(summary_line)
write_table "$summary"
rm -rf "$work"
echo "$summary"
[ "$caught" -eq "$regressions" ] && [ "$clean_passed" -eq "$clean_runs" ]
