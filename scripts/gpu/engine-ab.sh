#!/usr/bin/env bash
# Runs ON the GPU machine. An engine change against the engine without it, alternating in one command:
# the bundle's l2v (the change) and .gpu/variants/VARIANT's (scripts/gpu/variant.sh with the change undone),
# REPS times each on W100 in the gate's H200 batched configuration (GpuGateSpecs: F16 KV, 100 × 1,280 cells
# plus 5 overflow slots × 4,096) and on the uniform workload (100 × 529, F16,
# 110 new tokens, 4096/2048), with llama-batched-bench once on the same uniform settings for reference
# (peers.sh and uniform-best.sh compare with native properly).
# Ends with the medians in $RUNS/summary.txt. Exit status: 0 when the change is at least as fast on W100,
# 1 when it is slower, 2 when a side has no W100 run (stopped by measure.sh's clock).
# Usage: engine-ab.sh VARIANT [REPS]
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"; set +e
variant=${1:?usage: engine-ab.sh VARIANT [REPS]} reps=${2:-2}
f16=$(model f16); before=$(l2v_variant "$variant")
w100=(--strategy batched --dataset w100 --doc-tokens "$gpu/seed/doc_tokens.tsv" --model "$f16" --weights f16
      --kv-type f16 --parallel 100 --context 1280 --overflow 5x4096 --batch 4096 --ubatch 2048 --force-new-tokens 110)
uniform=(--strategy batched --dataset uniform --uniform 100x529 --parallel 100 --context 768
         --batch 4096 --ubatch 2048 --force-new-tokens 110 --model "$f16" --weights f16)
native ab-uniform-native "$f16" 529 110 100 768 -b 4096 -ub 2048
for rep in $(seq 1 "$reps"); do
  for side in change before; do
    bin=$L2V; [ "$side" = before ] && bin=$before
    l2v_run "ab-w100-$side-$rep" "$bin" "${w100[@]}"
    l2v_run "ab-uniform-$side-$rep" "$bin" "${uniform[@]}"
  done
done
python3 - "$RUNS" "$CARD" "$variant" <<'PY' | tee -a "$RUNS/summary.txt"
import glob, statistics, sys
runs, card, variant = sys.argv[1:]
median = lambda w, s: statistics.median([float(open(p).read()) for p in glob.glob(f"{runs}/ab-{w}-{s}-[0-9]*.docs")] or [0])
for w in ("w100", "uniform"):
    c, b = median(w, "change"), median(w, "before")
    print(f"{card} | A/B {w} | change {c:.2f} docs/s, without it ({variant}) {b:.2f} | change/without {c / b if b else 0:.3f}")
c, b = median("w100", "change"), median("w100", "before")
sys.exit(2 if not (c and b) else 0 if c >= b else 1)
PY
