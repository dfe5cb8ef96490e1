#!/usr/bin/env bash
# Runs ON a GPU runner after record.sh: merges every recording pass's results into one results file,
# reports per strategy whether the passes' greedy outputs were identical token for token
# ($RUNS/stability.txt), and lets `l2v check` propose throughput floors from the passes together and
# write the outputs as received snapshots. Nothing is approved unless APPROVE=1 (for a machine handed
# back before a person could look: baselines and the snapshots of stable strategies are approved there
# and come back in $RUNS/baselines-CLASS.tgz for review before they are committed).
# Usage: propose.sh CLASS      GATE_ROOT as for gate.sh (default /tmp/gate-root)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; set +e
class=${1:?usage: propose.sh CLASS}; export GATE_ROOT=${GATE_ROOT:-/tmp/gate-root}
merged="$RUNS/record-merged.json"
python3 - "$RUNS" "$merged" <<'PY'
import glob, json, os, sys
runs_dir, merged = sys.argv[1], sys.argv[2]
runs = [run for path in sorted(glob.glob(os.path.join(runs_dir, "record-[0-9]*", "results-*.json"))) for run in json.load(open(path))["runs"]]
json.dump({"schemaVersion": 1, "runs": runs}, open(merged, "w"))
PY
python3 "$here/same-outputs.py" "$RUNS"/record-[0-9]* | tee "$RUNS/stability.txt"
LLAMA2VALIDATION_ROOT=$GATE_ROOT "$L2V" check "$merged" --lenient > "$RUNS/record-check.txt" 2>&1
tail -1 "$RUNS/record-check.txt"
if [ "${APPROVE:-0}" = 1 ]; then
  LLAMA2VALIDATION_ROOT=$GATE_ROOT "$L2V" approve --class "$class" --kind baseline 2>&1 | tail -1
  grep ', identical$' "$RUNS/stability.txt" | cut -d: -f1 | while read -r strategy; do
    LLAMA2VALIDATION_ROOT=$GATE_ROOT "$L2V" approve --class "$class" --kind snapshot --strategy "$strategy" 2>&1 | tail -1
  done
fi
tar czf "$RUNS/baselines-$class.tgz" -C "$GATE_ROOT" "baselines/$class"
