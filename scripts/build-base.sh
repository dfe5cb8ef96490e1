#!/usr/bin/env bash
# Builds the merge base's worker (l2v-worker, its assemblies and native library) into a folder that
# LLAMA2VALIDATION_BASE names, so the relative gate (`l2v compare`, the Performance comparison theories)
# can run base and head side by side.
#
#   scripts/build-base.sh [REF] [OUT]       REF default: the merge base with origin/main when that is not
#                                           HEAD itself, else HEAD~1 (a fresh clone of main: the previous
#                                           merge); OUT default: .l2v-base/ (git-ignored)
#   PATCH=FILE scripts/build-base.sh REF OUT    applies a patch first (the sensitivity harness's heads)
#
# Builds in the same configuration as `dotnet build` (Debug), so base and head differ only by the change.
# Prints the folder on its last line.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ref=${1:-}
if [ -z "$ref" ]; then
  head=$(git rev-parse HEAD)
  ref=$(git merge-base HEAD origin/main 2>/dev/null || true)
  if [ -z "$ref" ] || [ "$ref" = "$head" ]; then ref=$(git rev-parse HEAD~1); fi
fi
out=$(realpath -m "${2:-$root/.l2v-base}")
commit=$(git rev-parse --verify "$ref^{commit}")
src=$(mktemp -d /tmp/l2v-base-src.XXXXXX)
trap 'rm -rf "$src"' EXIT
# An export of the commit's tree (not a worktree: nothing is registered in the repository).
git archive "$commit" | tar -x -C "$src"
if [ -n "${PATCH:-}" ]; then (cd "$src" && git apply "$(realpath "$PATCH")"); fi
rm -rf "$out"
dotnet build "$src/src/Harness.Worker" -c "${CONFIGURATION:-Debug}" -o "$out" -p:TreatWarningsAsErrors=false
echo "$commit${PATCH:+ + $(basename "$PATCH")}" > "$out/l2v-base.txt"
# Whether this base speaks the comparison protocol (measures its run-queue wait): .ci/run reads it.
if grep -q GenerationRunQueueSeconds "$src/src/Harness/Measurement/GenerationTotals.cs" 2>/dev/null; then touch "$out/l2v-comparison.txt"; fi
echo "$out"
