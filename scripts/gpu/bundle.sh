#!/usr/bin/env bash
# Runs HERE (a machine with the .NET SDK): prepares .gpu/ (git-ignored) for a GPU machine that has
# CUDA but no .NET and no package registry: a self-contained l2v without packaged native libraries
# (the GPU machine builds its own CUDA libllama.so) and the llama.cpp source matching LLamaSharp 0.30.0.
# Usage: scripts/gpu/bundle.sh [OUT]   (OUT defaults to .gpu of this checkout; the device tool ships the
# session's main checkout, so point OUT at its .gpu when working from another worktree), then carry
# OUT's pieces and run scripts/gpu/*.sh there (copied to OUT/scripts).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd); out=${1:-"$root/.gpu"}
mkdir -p "$out"
if [ ! -f "$out/llama/llama-src.tar.xz" ]; then
  bash "$root/../shared/gpu-lab/prepare-llama-src.sh" "$out/llama"
fi
publish=$(mktemp -d)
dotnet publish "$root/src/Harness.Cli" -c Release -r linux-x64 --self-contained -p:LlamaBackend=None -o "$publish" >/dev/null
# Runs, speed ratios and quantisation execute in l2v-worker, which the CLI project references, so the same
# publish puts it beside l2v; a test project published into this folder finds it there too.
[ -x "$publish/l2v-worker" ] || { echo "bundle: l2v-worker missing from the publish folder" >&2; exit 1; }
# Only linux-x64 native assets travel (the bundle must stay well under the 64 MiB a call carries).
find "$publish/runtimes" -mindepth 1 -maxdepth 1 ! -name linux-x64 -exec rm -rf {} + 2>/dev/null || true
# xz: about 41 MB against gzip's 55 MB of the 64 MiB a call may carry.
tar cf - -C "$publish" . | xz -T0 -1 > "$out/l2v-linux-x64.txz"
mkdir -p "$out/scripts" && cp "$root"/scripts/gpu/*.sh "$out/scripts/"
rm -rf "$publish"
du -sh "$out"/l2v-linux-x64.txz "$out"/llama/llama-src.tar.xz
