#!/usr/bin/env bash
# Runs ON the GPU machine, after prepare.sh (or setup.sh). One engine, W100 in two batched configurations,
# alternating REPS times: every document in one context (q8_0 KV, 100 slots × 4,096 cells: the only cache of
# a hundred 4,096-cell slots that fits) against the long documents split off (F16 KV, 100 main slots × 1,280
# cells + 5 overflow slots × 4,096, decoded beside each other). Medians in $RUNS/summary.txt.
# Exit status: 0 when the split configuration is at least as fast, 1 when slower, 2 when a side has no run.
# Usage: w100-split.sh [REPS]
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"; set +e
reps=${1:-3}; f16=$(model f16)
w100=(--strategy batched --dataset w100 --doc-tokens "$gpu/seed/doc_tokens.tsv" --model "$f16" --weights f16
      --batch 4096 --ubatch 2048 --force-new-tokens 110 --parallel 100)
for rep in $(seq 1 "$reps"); do
  l2v_run "w100-split-$rep" "$L2V" "${w100[@]}" --kv-type f16 --context 1280 --overflow 5x4096
  l2v_run "w100-one-$rep" "$L2V" "${w100[@]}" --kv-type q8_0 --context 4096
done
python3 - "$RUNS" "$CARD" <<'PY' | tee -a "$RUNS/summary.txt"
import glob, statistics, sys
runs, card = sys.argv[1:]
rates = {side: [float(open(p).read()) for p in sorted(glob.glob(f"{runs}/w100-{side}-[0-9]*.docs"))] for side in ("split", "one")}
for side, values in rates.items():
    print(f"{card} | W100 {side} | " + (f"median {statistics.median(values):.2f} docs/s of {values}" if values else "no runs"))
s, o = (statistics.median(v) if v else 0 for v in rates.values())
print(f"{card} | W100 split/one {s / o if o else 0:.3f}")
sys.exit(2 if not (s and o) else 0 if s >= o else 1)
PY
