#!/usr/bin/env bash
# Runs ON a GPU runner (see gate.sh): recording passes for a class's baselines through the gate itself,
# each its own session as the noise model needs. A pass runs the Correctness program: its snapshot cases
# run every strategy in the gate's configuration (the speed cases skip until a baseline exists).
# Then scripts/gpu/propose.sh turns the passes into proposals.
# Usage: record.sh CLASS FIRST LAST      (passes FIRST..LAST, so passes can be spread over several commands)
# RECORD_NAME: the passes' folder names in $RUNS (default record: record-1, record-2, …, what propose.sh reads)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
class=${1:?usage: record.sh CLASS FIRST LAST}; first=${2:-1}; last=${3:-3}
export GATE_ROOT=${GATE_ROOT:-/tmp/gate-root} GATE_DECLARED=0
for i in $(seq "$first" "$last"); do
  bash "$here/gate.sh" "${RECORD_NAME:-record}-$i" "$class" Correctness
done
