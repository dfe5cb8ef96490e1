#!/usr/bin/env bash
# Records the CPU gate's baselines for a person to approve:
#  1. the embedded default run (the gate's configuration) checked against baselines/: proposals with the
#     configuration and ROUGE-1 floors, and received snapshots where outputs changed;
#  2. the speed ratios, measured N times (default 5) in separate workers, their spread setting the floors.
# Run it on a quiet machine, ideally in a few sessions, then review and `l2v approve --class CPU`.
set -uo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
l2v=(dotnet src/Harness.Cli/bin/Debug/net10.0/l2v.dll)
dotnet build src/Harness.Cli 2>&1 | tail -n 3
out=artifacts/cpu-baseline-$(date +%Y%m%d-%H%M%S)
"${l2v[@]}" run --out "$out" --no-report || exit 1
"${l2v[@]}" check "$out/results.json" --lenient
"${l2v[@]}" bench --repeat "$repeats" --propose
"${l2v[@]}" approve --list
