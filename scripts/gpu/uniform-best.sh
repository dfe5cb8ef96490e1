#!/usr/bin/env bash
# Runs ON the GPU machine. Issue 23: the batched strategy against llama.cpp's llama-batched-bench on the
# uniform workload (100 prompts of 529 tokens, KV split per sequence, flash attention), each side at ITS
# OWN best n_batch/n_ubatch: a sweep at 110 new tokens (native and l2v alternating at each setting), then
# alternations of the two bests at 110 and 300 new tokens until each has REPS runs (the sweep's run at the
# best setting is the first 110 one). Ends with the medians and their ratio in $RUNS/summary.txt.
# Usage: uniform-best.sh TYPE REPS [N_BATCH:N_UBATCH...]   TYPE: q4_0 or f16 (default settings below)
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"
type=${1:?usage: uniform-best.sh TYPE REPS [N_BATCH:N_UBATCH...]} reps=${2:-3}; shift 2
settings=("$@"); [ ${#settings[@]} -gt 0 ] || settings=(4096:1024 4096:2048 8192:4096)
m=$(model "$type")
if [ "$type" = f16 ]; then weights=(--model "$m" --weights f16); else weights=(--model-q4 "$m"); fi
cells_for() { echo $(( (529 + $1 + 255) / 256 * 256 )); }

# side_run SIDE GEN N_BATCH:N_UBATCH TAG
side_run() {
  local side=$1 gen=$2 nb=${3%:*} nub=${3#*:} name="uniform-$type-g$2-$1-$4" cells; cells=$(cells_for "$2")
  if [ "$side" = native ]; then
    native "$name" "$m" 529 "$gen" 100 "$cells" -b "$nb" -ub "$nub"
  else
    l2v_run "$name" "$L2V" --strategy batched --dataset uniform --uniform 100x529 --parallel 100 --context "$cells" \
      --batch "$nb" --ubatch "$nub" --force-new-tokens "$gen" "${weights[@]}"
  fi
}

best() {
  for s in "${settings[@]}"; do
    echo "$(cat "$RUNS/uniform-$type-g110-$1-sweep-${s/:/x}.docs" 2>/dev/null || echo 0) $s"
  done | sort -g | tail -1 | cut -d' ' -f2
}

for s in "${settings[@]}"; do
  side_run native 110 "$s" "sweep-${s/:/x}"; side_run l2v 110 "$s" "sweep-${s/:/x}"
done
native_best=$(best native) l2v_best=$(best l2v)
note "$CARD | uniform $type | best n_batch:n_ubatch: native $native_best, l2v $l2v_best"
cp "$RUNS/uniform-$type-g110-native-sweep-${native_best/:/x}.docs" "$RUNS/uniform-$type-g110-native-rep1.docs" 2>/dev/null
cp "$RUNS/uniform-$type-g110-l2v-sweep-${l2v_best/:/x}.docs" "$RUNS/uniform-$type-g110-l2v-rep1.docs" 2>/dev/null
for gen in 110 300; do
  first=1; [ "$gen" = 110 ] && first=2
  for rep in $(seq "$first" "$reps"); do
    side_run native "$gen" "$native_best" "rep$rep"; side_run l2v "$gen" "$l2v_best" "rep$rep"
  done
  python3 - "$RUNS" "$type" "$gen" "$CARD" "$native_best" "$l2v_best" <<'PY' | tee -a "$RUNS/summary.txt"
import glob, statistics, sys
runs, kind, gen, card, nat, l2v = sys.argv[1:]
rates = {side: [float(open(p).read()) for p in sorted(glob.glob(f"{runs}/uniform-{kind}-g{gen}-{side}-rep*.docs"))] for side in ("native", "l2v")}
if all(rates.values()):
    n, l = (statistics.median(rates[s]) for s in ("native", "l2v"))
    print(f"{card} | uniform {kind} gen {gen} | native ({nat}) {', '.join(f'{r:.2f}' for r in rates['native'])} median {n:.2f}"
          f" | l2v ({l2v}) {', '.join(f'{r:.2f}' for r in rates['l2v'])} median {l:.2f} | l2v/native {l / n:.3f}")
else:
    print(f"{card} | uniform {kind} gen {gen} | incomplete: {rates}")
PY
done
