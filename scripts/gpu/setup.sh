#!/usr/bin/env bash
# Runs ON the GPU machine, sourced by the measuring scripts: unpacks l2v, builds CUDA llama.cpp
# (about 200 s on 16 cores), and exports L2V, LLAMA_BIN and LLAMA2VALIDATION_NATIVE_LIB.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export L2V_HOME=/tmp/l2v LLAMA_BIN=/tmp/llama
if [ ! -x "$L2V_HOME/l2v" ]; then
  mkdir -p "$L2V_HOME" && tar xzf "$root/.gpu/l2v-linux-x64.tgz" -C "$L2V_HOME"
fi
if [ ! -f "$LLAMA_BIN/libllama.so" ]; then
  t0=$(date +%s); bash "$root/.gpu/llama/build-llama-cuda.sh" "$LLAMA_BIN" >/dev/null
  echo "llama.cpp CUDA build: $(( $(date +%s) - t0 )) s"
fi
export L2V="$L2V_HOME/l2v" LLAMA2VALIDATION_NATIVE_LIB="$LLAMA_BIN/libllama.so" LLAMA2VALIDATION_ROOT="$root"
export LD_LIBRARY_PATH="$LLAMA_BIN:${LD_LIBRARY_PATH:-}"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
