#!/usr/bin/env bash
# Runs ON a GPU runner that has no .NET SDK, from the bundle scripts/gpu/bundle.sh made: one hardware
# class's cases of the three test projects, as `dotnet test --filter Category=CLASS` runs them where the
# SDK exists, on the generated Llama-2-7B files and the seed's W100 lengths. TRX and JUnit files and the
# suite's results land in $RUNS/NAME/.
# Usage: gate.sh NAME CLASS [PROJECT...]      PROJECT: Correctness, Memory or Performance (default: all three)
# Environment:
#   GATE_DECLARED=0   a recording pass: cases without an approved baseline skip instead of failing
#   GATE_ROOT=DIR     the suite's root (baselines/, TestResults/) when it must outlive the checkout copy:
#                     filled from the checkout once, then kept (approvals made there stay there)
#   GATE_FORGET=NAME  when GATE_ROOT is first filled, leave out strategy NAME's throughput baseline and
#                     snapshot for this class: its gate configuration changed, so it is recorded afresh
#   GATE_ARGS='...'   more arguments for the test programs, e.g. "-method '*Throughput*'"
#   GATE_VARIANT=NAME run the bundle with .gpu/variants/NAME's assemblies (scripts/gpu/variant.sh):
#                     a regression, to show the gate fails on it
#   MODEL_F16/Q8/Q4   GGUF paths instead of the generated ones; SEED_REFERENCE: a folder with doc_tokens.tsv
# Exit status: 0 when every selected case passed or skipped, 1 otherwise.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; set +e
name=${1:?usage: gate.sh NAME CLASS [PROJECT...]}; class=${2:?usage: gate.sh NAME CLASS [PROJECT...]}; shift 2
projects=("$@"); [ ${#projects[@]} -gt 0 ] || projects=(Correctness Memory Performance)
suite_root=${GATE_ROOT:-$root}
if [ "$suite_root" != "$root" ] && [ ! -d "$suite_root/baselines" ]; then
  mkdir -p "$suite_root" && cp -a "$root/baselines" "$root/data" "$root/models" "$root/Llama2Validation.sln" "$suite_root/"
  [ -z "${GATE_FORGET:-}" ] || rm -fv "$suite_root/baselines/$class/"{throughput,snapshots}/"$GATE_FORGET".*
fi
home=$L2V_HOME; [ -z "${GATE_VARIANT:-}" ] || home=$(dirname "$(l2v_variant "$GATE_VARIANT")")
export LLAMA2VALIDATION_ROOT=$suite_root LLAMA2VALIDATION_WORKER="$home/l2v-worker"
export LLAMA2VALIDATION_MODEL_F16=${MODEL_F16:-$(model f16)} LLAMA2VALIDATION_MODEL_Q8=${MODEL_Q8:-$(model q8_0)} LLAMA2VALIDATION_MODEL_Q4=${MODEL_Q4:-$(model q4_0)}
export LLAMA2VALIDATION_DATASET=${GATE_DATASET:-w100} LLAMA2VALIDATION_SEED_REFERENCE=${SEED_REFERENCE:-$gpu/seed}
# One session per gate pass: the three programs share each strategy's run (run once, assert many).
export LLAMA2VALIDATION_SESSION="gate-$name-$(date +%s)"
if [ "${GATE_DECLARED:-1}" = 1 ]; then export LLAMA2VALIDATION_GATE=$class; else unset LLAMA2VALIDATION_GATE; fi
out="$RUNS/$name"; mkdir -p "$out"; rm -rf "$suite_root/TestResults/l2v"
status=0
for project in "${projects[@]}"; do
  program="$home/Llama2Validation.Tests.$project"
  t0=$SECONDS
  # shellcheck disable=SC2086 # GATE_ARGS is a list of arguments
  eval "\"$program\" -trait \"Category=$class\" -noColor -preEnumerateTheories -parallelMode none -result-trx \"$out/$project.trx\" -result-junit \"$out/$project.junit.xml\" ${GATE_ARGS:-}" \
    > "$out/$project.log" 2>&1
  rc=$?; [ $rc -eq 0 ] || status=1
  note "$CARD | gate $name | $project: $(grep -E '^\s*=== TEST EXECUTION SUMMARY|Total: ' "$out/$project.log" | tail -1 | sed 's/^ *//') (exit $rc, $(( SECONDS - t0 )) s)"
done
cp -a "$suite_root/TestResults/l2v/." "$out/" 2>/dev/null
exit $status
