#!/usr/bin/env bash
# The relative gate's power table (run through scripts/gate-sensitivity.sh with RELATIVE=1): builds HEAD's
# worker twice (base, and an identical head for the A/A rows) and, for each patch that names the relative
# gate (# expect: RelativeGate), HEAD + the patch; then runs `l2v compare` TRIES times per head and counts
# the failures. A/A rows count false alarms; patch rows count catches. Writes the table between the
# relative-gate markers of OUT (default docs/gate-sensitivity.md).
#
#   RELATIVE=1 TRIES=10 ONLY='1[15]' scripts/gate-sensitivity.sh     A/A, and patches 11 and 15, 10 tries each
#   STRATEGY=batched MAX_PAIRS=32                                     passed to l2v compare
#   AA=0                                                              no A/A row (a second table of graded patches)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/gate-sensitivity.md"}
tries=${TRIES:-10}
only=${ONLY:-}
strategy=${STRATEGY:-default}
pairs=${MAX_PAIRS:-}
work=$(mktemp -d /tmp/l2v-relative-power.XXXXXX)
cd "$root"
dotnet build src/Harness.Cli || { echo "not run: the CLI did not build"; exit 2; }
l2v=(dotnet "$root/src/Harness.Cli/bin/Debug/net10.0/l2v.dll")

build() { # NAME [PATCH]: prints the folder, or nothing when the patch does not apply or the build fails
  local dir="$work/$1"
  if PATCH=${2:-} scripts/build-base.sh HEAD "$dir" > "$work/$1.build.log" 2>&1; then echo "$dir"; fi
}

rows=()
row() { # NAME HEAD-FOLDER EXPECTATION(pass|fail)
  local name=$1 head=$2 expectation=$3 failed=0 passed=0 other=0 estimates=""
  for i in $(seq 1 "$tries"); do
    "${l2v[@]}" compare --base "$base" --head "$head" -s "$strategy" ${pairs:+--max-pairs "$pairs"} --json "$work/$name-$i.json" > "$work/$name-$i.log" 2>&1
    case $? in
      0) passed=$((passed + 1)) ;;
      1) failed=$((failed + 1)) ;;
      *) other=$((other + 1)) ;;
    esac
    estimates+="$(grep -m1 -oE 'on its own core: head/base [0-9.]+' "$work/$name-$i.log" | awk '{print $NF}')/$(grep -m1 -oE 'on its own core: .*[0-9]+ pairs;' "$work/$name-$i.log" | grep -oE '[0-9]+ pairs' | cut -d' ' -f1)@$(cut -d' ' -f1 /proc/loadavg) "
    echo "$name try $i: $(tail -n 1 "$work/$name-$i.log") (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  local verdict
  if [ "$expectation" = pass ]; then verdict="$passed of $tries passed (false alarms: $failed)"; else verdict="caught $failed of $tries"; fi
  [ "$other" -gt 0 ] && verdict+="; $other not run (see logs)"
  rows+=("| $name | $verdict | ${estimates% } |")
}

base=$(build base) || true
[ -n "$base" ] || { echo "not run: HEAD's worker did not build (log: $work/base.build.log)"; exit 2; }
if [ "${AA:-1}" != 0 ]; then
  aa=$(build aa)
  row "A/A (head = base)" "$aa" pass
fi
for patch in tests/Regressions/*.patch; do
  name=$(basename "$patch" .patch)
  [ -n "$only" ] && ! [[ "$name" =~ ^($only) ]] && continue
  grep -q '^# expect: .*RelativeGate' "$patch" || continue
  head=$(build "$name" "$patch")
  if [ -z "$head" ]; then rows+=("| $name | **not run**: the patch did not apply or build ($work/$name.build.log) | |"); continue; fi
  row "$name" "$head" fail
done

table=$( {
  echo "- commit: $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'); $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- each try: \`l2v compare -s $strategy${pairs:+ --max-pairs $pairs}\` (base: HEAD's worker; head: a second build of HEAD, or HEAD + the patch)"
  echo "- per try: own-core head/base / pairs the sequential test ran @ the 1-minute load average when it ended"
  echo
  echo "| head | result | head/base on its own core / pairs @ load, per try |"
  echo "|---|---|---|"
  printf '%s\n' "${rows[@]}"
} )
if grep -q '<!-- relative-gate:begin -->' "$out"; then
  awk -v table="$table" '/<!-- relative-gate:begin -->/ {print; print table; skip=1; next} /<!-- relative-gate:end -->/ {skip=0} !skip' "$out" > "$out.tmp" && mv "$out.tmp" "$out"
else
  printf '\n## The relative gate\n\n<!-- relative-gate:begin -->\n%s\n<!-- relative-gate:end -->\n' "$table" >> "$out"
fi
echo "$table"
if [ -n "${KEEP:-}" ]; then echo "runs kept in $work"; else rm -rf "$work"; fi
