#!/usr/bin/env bash
# Runs HERE (a machine with the .NET SDK): prepares .gpu/ (git-ignored) for a GPU runner that has CUDA but
# no .NET SDK and no package registry: l2v and the three test projects (xunit v3 test projects are
# executables), published self-contained into one folder without packaged native libraries (the GPU
# machine builds its own CUDA libllama.so), the llama.cpp source matching LLamaSharp 0.30.0, and the
# scripts. On the runner, scripts/gpu/prepare.sh unpacks it and builds llama.cpp; `l2v gate run` then runs
# one class's cases as `dotnet test` would (docs/gpu.md).
# Usage: scripts/gpu/bundle.sh [OUT]   (OUT defaults to .gpu of this checkout; the device tool ships the
# session's main checkout, so point OUT at its .gpu when working from another worktree).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd); out=${1:-"$root/.gpu"}
mkdir -p "$out"
if [ ! -f "$out/llama/llama-src.tar.xz" ]; then
  bash "$root/../shared/gpu-lab/prepare-llama-src.sh" "$out/llama"
fi
publish=$(mktemp -d); trap 'rm -rf "$publish"' EXIT
# One folder for all four: they share the runtime and most assemblies. Each of them references
# src/Harness.Worker, so each publish puts l2v-worker (where runs, speed ratios and quantisation execute)
# beside it; the CLI goes last so its self-contained l2v is the one that stays.
for project in tests/Correctness tests/Memory tests/Performance src/Harness.Cli; do
  echo "publish $project"
  dotnet publish "$root/$project" -c Release -r linux-x64 --self-contained -p:LlamaBackend=None -o "$publish" -v quiet -nologo \
    | grep -E "error|warning" || true
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "publish of $project failed" >&2; exit 1; }
done
[ -x "$publish/l2v-worker" ] || { echo "bundle: l2v-worker missing from the publish folder" >&2; exit 1; }
# What a gate run never loads stays behind, so the bundle, the checkout and the llama.cpp source fit the
# 64 MiB a device call carries: other platforms' native assets, symbols, XML docs, satellite resource
# languages, the code-coverage collector, debugger support, and the chart
# renderer's native libraries (reports are built where the results come back).
find "$publish/runtimes" -mindepth 1 -maxdepth 1 ! -name linux-x64 -exec rm -rf {} + 2>/dev/null || true
find "$publish" -maxdepth 1 \( -name '*.pdb' -o -name '*.xml' \) -delete
find "$publish" -mindepth 2 -maxdepth 2 -name '*.resources.dll' -delete; find "$publish" -mindepth 1 -maxdepth 1 -type d -empty -delete
rm -rf "$publish"/{CodeCoverage,alpine,arm64,macos,createdump,libmscordaccore.so,libmscordbi.so,libcoreclrtraceptprovider.so,libSkiaSharp.so,libHarfBuzzSharp.so}
tar cf - -C "$publish" . | xz -T0 -9e > "$out/l2v-linux-x64.txz"
mkdir -p "$out/scripts" && cp "$root"/scripts/gpu/*.sh "$out/scripts/"
du -sh "$out"/l2v-linux-x64.txz "$out"/llama/llama-src.tar.xz
