#!/usr/bin/env bash
# Runs ON the GPU machine. Issue 11: the batched strategy against llama.cpp's own llama-batched-bench on
# the uniform workload (100 prompts of 529 tokens, GEN forced new tokens), alternating native and l2v
# REPS times, both with n_batch 2048, n_ubatch 512, flash attention, KV split per sequence and the same
# cells per sequence (l2v rounds a slot up to 256 cells, so native gets that size too).
# Usage: uniform.sh TYPE GEN REPS [VARIANT...]   TYPE: q4_0 or f16; VARIANTs also run once per rep.
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"
type=$1 gen=$2 reps=$3; shift 3
m=$(model "$type")
cells=$(( (529 + gen + 255) / 256 * 256 ))
if [ "$type" = f16 ]; then weights=(--model "$m" --weights f16); else weights=(--model-q4 "$m"); fi
args=(--strategy batched --dataset uniform --uniform 100x529 --parallel 100 --context "$cells" --batch 2048 --ubatch 512 --force-new-tokens "$gen" "${weights[@]}")
for rep in $(seq 1 "$reps"); do
  native "uniform-$type-g$gen-native-$rep" "$m" 529 "$gen" 100 "$cells"
  l2v_run "uniform-$type-g$gen-l2v-$rep" "$L2V" "${args[@]}"
  for variant in "$@"; do
    l2v_run "uniform-$type-g$gen-$variant-$rep" "$(l2v_variant "$variant")" "${args[@]}"
  done
done
