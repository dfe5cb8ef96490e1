#!/usr/bin/env bash
# Runs ON the GPU machine: are greedy outputs the same from run to run on this GPU when the text is real?
# Random 7B weights repeat one token, which says little; the trained summariser (models/) writes real
# summaries with real margins between candidate tokens. Every in-process strategy runs N times (default
# 3) on the sample corpus with all layers on the GPU (batched with a fixed composition: the same documents
# in the same slots), and $RUNS/stability-summariser.txt says per strategy how many documents differed.
# Usage: stability.sh [N]
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"; set +e
n=${1:-3}
for i in $(seq 1 "$n"); do
  l2v_run "stability-$i" "$L2V" --dataset sample --model "$root/models/l2v-summariser-f16.gguf"
done
python3 - "$RUNS" "$n" <<'PY' | tee "$RUNS/stability-summariser.txt"
import json, os, sys
runs_dir, n = sys.argv[1], int(sys.argv[2])
by_strategy = {}
for i in range(1, n + 1):
    path = os.path.join(runs_dir, f"stability-{i}", "results.json")
    if not os.path.exists(path):
        continue
    for run in json.load(open(path))["runs"]:
        by_strategy.setdefault(run["strategy"], []).append({d["id"]: d.get("outputTokenIds") for d in run["documents"]})
for strategy, passes in by_strategy.items():
    ids = passes[0].keys()
    differing = [d for d in ids if any(p.get(d) != passes[0][d] for p in passes[1:])]
    print(f"summariser on GPU | {strategy}: {len(passes)} runs, {len(ids)} documents, {len(differing)} differ" + (f" ({', '.join(differing[:5])})" if differing else ""))
PY
