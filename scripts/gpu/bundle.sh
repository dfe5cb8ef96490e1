#!/usr/bin/env bash
# Runs HERE (a machine with the .NET SDK): prepares .gpu/ (git-ignored) for a GPU machine that has
# CUDA but no .NET and no package registry: a self-contained l2v without packaged native libraries
# (the GPU machine builds its own CUDA libllama.so) and the llama.cpp source matching LLamaSharp 0.30.0.
# Usage: scripts/gpu/bundle.sh   then carry ".gpu" and run scripts/gpu/*.sh there.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd); out="$root/.gpu"
mkdir -p "$out"
if [ ! -f "$out/llama/llama-src.tar.xz" ]; then
  bash "$root/../shared/gpu-lab/prepare-llama-src.sh" "$out/llama"
fi
publish=$(mktemp -d)
dotnet publish "$root/src/Harness.Cli" -c Release -r linux-x64 --self-contained -p:LlamaBackend=None -o "$publish" >/dev/null
tar czf "$out/l2v-linux-x64.tgz" -C "$publish" .
rm -rf "$publish"
du -sh "$out"/l2v-linux-x64.tgz "$out"/llama/llama-src.tar.xz
