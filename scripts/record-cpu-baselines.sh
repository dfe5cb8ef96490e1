#!/usr/bin/env bash
# Records CPU throughput baselines for the generated tiny model under the conditions the gate runs in:
# the whole test suite, N times (default 3), each its own test session, so every strategy's figures
# carry the noise of three test assemblies sharing the machine. Then `l2v check` proposes baselines
# (received files) from the N repeats; a person reviews them and runs `l2v approve --kind baseline --class CPU`.
set -uo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-3}
stamp=$(date +%Y%m%d-%H%M%S)
dotnet build >/dev/null || exit 1
for i in $(seq 1 "$repeats"); do
  echo "suite run $i of $repeats"
  LLAMA2VALIDATION_SESSION="record-$stamp-$i" dotnet test --no-build >/dev/null 2>&1
done
out=artifacts/cpu-baseline-$stamp
mkdir -p "$out"
# The run cache logs each real run with its session; gather this recording's runs into one results file.
python3 - "$stamp" "$out/results.json" <<'PY'
import json, sys
stamp, target = sys.argv[1], sys.argv[2]
runs = []
for line in open(".cache/runs/runs.log"):
    _, digest, strategy, session, _ = line.rstrip("\n").split("\t")
    if session.startswith(f"record-{stamp}-"):
        runs.append(json.load(open(f".cache/runs/{digest}.json")))
json.dump({"schemaVersion": 1, "runs": runs}, open(target, "w"), indent=2)
print(f"{len(runs)} runs gathered into {target}")
PY
dotnet src/Harness.Cli/bin/Debug/net10.0/l2v.dll check "$out/results.json" --no-snapshots
