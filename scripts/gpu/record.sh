#!/usr/bin/env bash
# Runs ON a GPU runner (see gate.sh): records a class's baselines through the gate itself. N recording
# passes (default 3), each its own session as the noise model needs, of the Correctness program (its
# snapshot cases run every strategy; the speed cases skip until a baseline exists); then `l2v check` proposes throughput floors from the passes together and writes the
# outputs as received snapshots, and the script reports, per strategy, whether the passes' greedy
# outputs were identical token for token. Nothing is approved here: review, then
# `l2v approve --class CLASS` (APPROVE=1 approves the proposals and the stable snapshots at once, for
# a machine that is handed back before a person could look; the files then come back for review).
# Usage: record.sh CLASS [N]     GATE_ROOT as for gate.sh (default /tmp/gate-root)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
class=${1:?usage: record.sh CLASS [N]}; passes=${2:-3}
export GATE_ROOT=${GATE_ROOT:-/tmp/gate-root} GATE_DECLARED=0
for i in $(seq 1 "$passes"); do
  bash "$here/gate.sh" "record-$i" "$class" Correctness
done
source "$here/setup.sh"
merged="$RUNS/record-merged.json"
python3 - "$RUNS" "$passes" "$merged" <<'PY'
import glob, json, os, sys
runs_dir, passes, merged = sys.argv[1], int(sys.argv[2]), sys.argv[3]
runs, outputs = [], {}
for i in range(1, passes + 1):
    for path in sorted(glob.glob(os.path.join(runs_dir, f"record-{i}", "results-*.json"))):
        for run in json.load(open(path))["runs"]:
            runs.append(run)
            outputs.setdefault(run["strategy"], []).append([d.get("outputTokenIds") for d in run["documents"]])
json.dump({"schemaVersion": 1, "runs": runs}, open(merged, "w"))
with open(os.path.join(runs_dir, "stability.txt"), "w") as f:
    for strategy, passes_out in outputs.items():
        same = all(p == passes_out[0] for p in passes_out[1:])
        differing = sum(1 for d in range(len(passes_out[0])) if any(p[d] != passes_out[0][d] for p in passes_out[1:]))
        line = f"{strategy}: {len(passes_out)} passes, {len(passes_out[0])} documents, {'identical' if same else f'{differing} documents differ'}"
        print(line); f.write(line + "\n")
PY
LLAMA2VALIDATION_ROOT=$GATE_ROOT "$L2V" check "$merged" --lenient 2>&1 | tee "$RUNS/record-check.txt"
if [ "${APPROVE:-0}" = 1 ]; then
  LLAMA2VALIDATION_ROOT=$GATE_ROOT "$L2V" approve --class "$class" --kind baseline 2>&1 | tail -5
  grep ': identical' "$RUNS/stability.txt" | cut -d: -f1 | while read -r strategy; do
    LLAMA2VALIDATION_ROOT=$GATE_ROOT "$L2V" approve --class "$class" --kind snapshot --strategy "$strategy" 2>&1 | tail -2
  done
fi
tar czf "$RUNS/baselines-$class.tgz" -C "$GATE_ROOT" "baselines/$class"
