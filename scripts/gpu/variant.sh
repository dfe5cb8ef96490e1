#!/usr/bin/env bash
# Runs HERE (with the .NET SDK): builds the library and engine assemblies of this commit with one patch
# applied (a regression, or an engine change undone for an A/B run), into .gpu/variants/NAME/, so a GPU
# runner can run the gate on it from the same bundle: a copy of the unpacked bundle with these assemblies
# over it, given to `l2v gate run --programs` (docs/gpu.md), or l2v_variant NAME.
# Usage: scripts/gpu/variant.sh NAME PATCH
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd); name=${1:?usage: variant.sh NAME PATCH}; patch=$(realpath "${2:?usage: variant.sh NAME PATCH}")
tree=$(mktemp -d); trap 'git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true' EXIT
git -C "$root" worktree add --detach "$tree" HEAD >/dev/null
git -C "$tree" apply "$patch"
dotnet build "$tree/src/Harness.Engine" -c Release -p:LlamaBackend=None -nologo -v quiet | grep -E "error|warning" || true
mkdir -p "$root/.gpu/variants/$name"
rm -f "$root/.gpu/variants/$name/"*.dll
# Only the assemblies the patch changes: a call carries at most 64 MiB, and the bundle alone is 40 MB.
assemblies=(Engine); git -C "$tree" diff --name-only | grep -q '^src/Harness/' && assemblies+=(Harness)
for assembly in "${assemblies[@]}"; do
  cp "$tree/src/Harness.Engine/bin/Release/net10.0/Llama2Validation.$assembly.dll" "$root/.gpu/variants/$name/"
done
echo "built .gpu/variants/$name from $(basename "$patch")"
