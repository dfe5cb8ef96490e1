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
python3 "$here/same-outputs.py" $(for i in $(seq 1 "$n"); do echo "$RUNS/stability-$i"; done) | tee "$RUNS/stability-summariser.txt"
