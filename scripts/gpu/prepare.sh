#!/usr/bin/env bash
# Runs ON a GPU runner that has CUDA but no .NET, first thing: moves the bundle's bits into place and builds
# native code, nothing else. Unpacks l2v, l2v-worker and the three test programs (.gpu/l2v-linux-x64.txz from
# scripts/gpu/bundle.sh) into L2V_HOME, builds llama.cpp with CUDA into LLAMA_BIN (about 250 s on 16 cores),
# and meanwhile writes the three Llama-2-7B-shaped GGUFs into L2V_MODELS with `l2v make-model` (the names
# `l2v gate` looks for). Everything after this is an `l2v gate` command (docs/gpu.md).
# Usage: scripts/gpu/prepare.sh      (L2V_HOME=/tmp/l2v, LLAMA_BIN=/tmp/llama, L2V_MODELS=/tmp/l2v-models)
# Prints, last, the variables to export.
set -euo pipefail
gpu=$(cd "$(dirname "$0")/../../.gpu" && pwd)
home=${L2V_HOME:-/tmp/l2v} llama=${LLAMA_BIN:-/tmp/llama} models=${L2V_MODELS:-/tmp/l2v-models}
build=
if [ ! -f "$llama/libllama.so" ]; then
  bash "$gpu/llama/build-llama-cuda.sh" "$llama" > /tmp/llama-build.log 2>&1 &
  build=$!
fi
bundle_id=$(cksum < "$gpu/l2v-linux-x64.txz")
if [ "$(cat "$home/.bundle" 2>/dev/null)" != "$bundle_id" ]; then
  rm -rf "$home" && mkdir -p "$home"
  xz -dc -T0 "$gpu/l2v-linux-x64.txz" | tar x -C "$home" && echo "$bundle_id" > "$home/.bundle"
fi
mkdir -p "$models"
for type in q4_0 q8_0 f16; do
  [ -f "$models/llama2-7b-$type.gguf" ] || "$home/l2v" make-model --preset llama2-7b --type "$type" --out "$models/llama2-7b-$type.gguf" | grep -E "^(path|time)"
done
if [ -n "$build" ]; then
  # The build's own output, failed or not: a failed build hidden here would look like a hang later.
  wait "$build" || { cat /tmp/llama-build.log; exit 1; }
  tail -3 /tmp/llama-build.log
fi
echo "export PATH=$home:\$PATH LLAMA2VALIDATION_NATIVE_LIB=$llama/libllama.so LD_LIBRARY_PATH=$llama"
