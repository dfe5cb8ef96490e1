#!/usr/bin/env bash
# Runs ON the GPU machine, sourced by the measuring scripts. Unpacks l2v (again only when the carried
# bundle changed), builds CUDA llama.cpp once per machine (about 200 s on 16 cores), and exports L2V,
# LLAMA_BIN and LLAMA2VALIDATION_NATIVE_LIB. Helpers: `model TYPE` prints the path of a generated
# Llama-2-7B-shaped GGUF (made once per machine), `l2v_variant NAME` an l2v whose Harness assembly is
# .gpu/variants/NAME's (A/B runs of engine changes from one carried bundle), `note` appends to the summary.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd); gpu="$root/.gpu"
export L2V_HOME=/tmp/l2v LLAMA_BIN=/tmp/llama MODELS=/tmp/models RUNS=/tmp/runs
mkdir -p "$RUNS" "$MODELS"
bundle_id=$(cksum < "$gpu/l2v-linux-x64.txz")
if [ "$(cat "$L2V_HOME/.bundle" 2>/dev/null)" != "$bundle_id" ]; then
  rm -rf "$L2V_HOME" /tmp/l2v-*; mkdir -p "$L2V_HOME"
  xz -dc -T0 "$gpu/l2v-linux-x64.txz" | tar x -C "$L2V_HOME"; echo "$bundle_id" > "$L2V_HOME/.bundle"
fi
# A rehearsal on a machine without a GPU sets LLAMA2VALIDATION_NATIVE_LIB to a CPU libllama.so instead.
if [ -z "${LLAMA2VALIDATION_NATIVE_LIB:-}" ]; then
  if [ ! -f "$LLAMA_BIN/libllama.so" ]; then
    t0=$(date +%s); bash "$gpu/llama/build-llama-cuda.sh" "$LLAMA_BIN" || { echo "llama.cpp CUDA build failed" >&2; exit 1; }
    echo "llama.cpp CUDA build: $(( $(date +%s) - t0 )) s"
  fi
  export LLAMA2VALIDATION_NATIVE_LIB="$LLAMA_BIN/libllama.so" LD_LIBRARY_PATH="$LLAMA_BIN:${LD_LIBRARY_PATH:-}"
fi
export L2V="$L2V_HOME/l2v" LLAMA2VALIDATION_ROOT="$root" DOTNET_CLI_TELEMETRY_OPTOUT=1
CARD=$(nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -1 || true); CARD=${CARD:-no GPU}
echo "$CARD, $(nvidia-smi --query-gpu=memory.total,driver_version --format=csv,noheader 2>/dev/null | head -1 || true)"

model() {
  local path="$MODELS/llama2-7b-$1.gguf"
  if [ ! -f "$path" ]; then
    local t0=$SECONDS
    "$L2V" make-model --preset llama2-7b --type "$1" --out "$path" >/dev/null
    echo "make-model $1: $(( SECONDS - t0 )) s" >&2
  fi
  echo "$path"
}

l2v_variant() {
  local home="/tmp/l2v-$1"
  if [ ! -x "$home/l2v" ]; then cp -a "$L2V_HOME" "$home" && cp "$gpu/variants/$1/"*.dll "$home/"; fi
  echo "$home/l2v"
}

note() { echo "$*" | tee -a "$RUNS/summary.txt"; }

# Everything worth keeping goes back in one archive, whatever way the command ends.
pack_runs() { [ -n "${OUT:-}" ] && tar czf "$OUT/runs.tgz" -C "$RUNS" . 2>/dev/null || true; }
trap pack_runs EXIT
