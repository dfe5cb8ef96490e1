#!/usr/bin/env bash
# Runs ON the GPU machine. Issue 12: the seed's 100 documents with their real lengths (doc_tokens.tsv
# in .gpu/seed/doc_tokens.tsv, where gate.sh reads it too), greedy. Each CONFIG is NAME:WEIGHTS:KV:PARALLEL:CELLS:GEN
# (GEN a number of forced new tokens, or "cap" for the seed's 300-token cap with end-of-sequence),
# run with the batched strategy over all 100 documents; "seq:STRATEGY:GEN" runs a one-at-a-time
# strategy over the first 20 documents. Usage: w100.sh CONFIG...
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"
data=(--dataset w100 --doc-tokens "$gpu/seed/doc_tokens.tsv")
gen_args() { if [ "$1" = cap ]; then echo ""; else echo "--force-new-tokens $1"; fi; }
for config in "$@"; do
  IFS=: read -r name a b c d e <<< "$config"
  if [ "$name" = seq ]; then
    strategy=$a gen=$b
    l2v_run "w100-$strategy-g$gen-limit20" "$L2V" --strategy "$strategy" "${data[@]}" --limit 20 $(gen_args "$gen") \
      --model "$(model f16)" --model-q8 "$(model q8_0)" --model-q4 "$(model q4_0)"
  else
    weights=$a kv=$b parallel=$c cells=$d gen=$e
    if [ "$weights" = f16 ]; then w=(--model "$(model f16)" --weights f16); else w=(--model-q4 "$(model q4_0)"); fi
    l2v_run "w100-$name" "$L2V" --strategy batched "${data[@]}" "${w[@]}" --kv-type "$kv" --parallel "$parallel" \
      --context "$cells" --batch 2048 --ubatch 512 $(gen_args "$gen")
  fi
done
