#!/usr/bin/env bash
# Runs ON the GPU machine: what the suite detects there and how it gates (l2v hw), plus `l2v check`
# of any results.json files given, against the baselines folder BASELINES (default: the checkout's).
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"
{ nvidia-smi; "$L2V" hw; } 2>&1 | tee "$RUNS/hw.txt"
for results in "$@"; do
  echo "== l2v check $results" | tee -a "$RUNS/check.txt"
  "$L2V" check ${BASELINES:+--baselines "$BASELINES"} --no-proposals "$results" 2>&1 | tee -a "$RUNS/check.txt" || true
done
