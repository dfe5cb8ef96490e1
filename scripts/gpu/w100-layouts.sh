#!/usr/bin/env bash
# Runs ON the GPU machine, after prepare.sh (or setup.sh). W100 in the batched layouts `l2v memory --plan`
# ranks for this card, alternating REPS times (issue 38): the planner's choice for an 80 GB card (F16 weights,
# F16 KV, 83 × 1,280 + 5 × 4,096), the probe's best (F16, q8_0 KV, 100 × 1,280 + 5 × 4,096) and the gate's
# layout before the planner (Q4_0, q8_0 KV, 64 × 4,096). Medians, spreads and NVML peaks in $RUNS/summary.txt;
# `l2v memory` prints each layout's predicted peak beside them.
# Usage: w100-layouts.sh [REPS]
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"; set +e
reps=${1:-3}; f16=$(model f16); q4=$(model q4_0)
w100=(--strategy batched --dataset w100 --doc-tokens "$gpu/seed/doc_tokens.tsv" --batch 4096 --ubatch 2048 --force-new-tokens 110)
declare -A layout=(
  [choice]="--model $f16 --weights f16 --kv-type f16 --parallel 83 --context 1280 --overflow 5x4096"
  [f16q8]="--model $f16 --weights f16 --kv-type q8_0 --parallel 100 --context 1280 --overflow 5x4096"
  [before]="--model $q4 --weights q4_0 --kv-type q8_0 --parallel 64 --context 4096"
)
"$L2V" memory --plan "$(nvidia-smi --query-gpu=memory.total --format=csv,noheader,nounits | head -1)" | head -12 | tee -a "$RUNS/summary.txt"
for rep in $(seq 1 "$reps"); do
  for side in choice f16q8 before; do
    # shellcheck disable=SC2086 # the layout's options are words
    l2v_run "w100-$side-$rep" "$L2V" "${w100[@]}" ${layout[$side]}
  done
done
for side in choice f16q8 before; do
  # shellcheck disable=SC2086
  set -- ${layout[$side]}; weights=$4; kv=$6; parallel=$8; context=${10}; overflow=${12:+--overflow ${12}}
  # shellcheck disable=SC2086
  "$L2V" memory --preset llama2-7b --type "$weights" --kv-type "$kv" --flash-attn --parallel "$parallel" --context "$context" \
    --batch 4096 --ubatch 2048 $overflow | grep "total GPU" | sed "s/^/$CARD | W100 $side | predicted /" | tee -a "$RUNS/summary.txt"
done
python3 - "$RUNS" "$CARD" <<'PY' | tee -a "$RUNS/summary.txt"
import glob, json, statistics, sys
runs, card = sys.argv[1:]
for side in ("choice", "f16q8", "before"):
    rates = [float(open(p).read()) for p in sorted(glob.glob(f"{runs}/w100-{side}-[0-9]*.docs"))]
    peaks = [r.get("peakGpuMemoryBytes") or 0 for p in sorted(glob.glob(f"{runs}/w100-{side}-[0-9]*/results.json")) for r in json.load(open(p))["runs"]]
    print(f"{card} | W100 {side} | " + (f"median {statistics.median(rates):.2f} docs/s of {rates}, spread {(max(rates) - min(rates)) / statistics.median(rates):.1%}" if rates else "no runs")
          + f" | NVML peak MiB {[round(b / 2**20) for b in peaks]}")
PY
