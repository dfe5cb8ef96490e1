#!/usr/bin/env bash
# Runs ON the GPU machine. Issue 23 in one device command, so the comparison comes from one card in one sitting:
#   1. the seed's W100 REPS times through the gate itself: recording passes of the batched case in the
#      configuration GpuGateSpecs gives the class, i.e. what `dotnet test --filter Category=CLASS` records
#      and replays. They record into a suite root of their own, so the approved baselines are untouched;
#   2. HF transformers fp16/sdpa, the seed's own method, on the same F16 weights (hf_peer.py);
#   3. the uniform workload against llama-batched-bench, each side at its best micro-batch (uniform-best.sh).
# Usage: peers.sh CLASS [REPS]
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"; set +e
class=${1:?usage: peers.sh CLASS [REPS]} reps=${2:-3}
export GATE_ROOT=/tmp/gate-root-peers

RECORD_NAME=w100-pass GATE_FORGET=batched GATE_ARGS='-displayName "*batched*"' bash "$here/record.sh" "$class" 1 "$reps"
python3 - "$RUNS" "$CARD" <<'PY' | tee -a "$RUNS/summary.txt"
import glob, json, statistics, sys
runs_dir, card = sys.argv[1:]
rates = []
for path in sorted(glob.glob(f"{runs_dir}/w100-pass-[0-9]*/results-*.json")):
    for r in json.load(open(path))["runs"]:
        if r["strategy"] == "batched":
            e = r.get("engine") or {}
            rates.append(r["docsPerSecond"])
            print(f"{card} | W100 gate {path.split('/')[-2]} | batched | docs/s {r['docsPerSecond']:.2f}"
                  f" ({r['completedCount']}/{r['documentCount']} in {r['generationSeconds']:.2f} s) | prefill {r['prefillTokensPerSecond']:.0f} tok/s"
                  f" | decode {r['decodeTokensPerSecond']:.0f} tok/s | prompt calls {e.get('prefillSeconds', 0):.2f} s, decode-only calls {e.get('decodeOnlySeconds', 0):.2f} s, {e.get('decodeCalls', 0)} calls")
if rates:
    print(f"{card} | W100 gate | median {statistics.median(rates):.2f} docs/s of {len(rates)} ({min(rates):.2f}-{max(rates):.2f})")
PY

python3 "$here/hf_peer.py" "$(model f16)" "$gpu/seed/doc_tokens.tsv" --gen 110 --single 2 --batch 16 --batches 2 \
  > "$RUNS/hf-peer.jsonl" 2> "$RUNS/hf-peer.log" || note "hf_peer.py failed: $(tail -3 "$RUNS/hf-peer.log")"
python3 - "$RUNS/hf-peer.jsonl" "$CARD" <<'PY' | tee -a "$RUNS/summary.txt"
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print(f"{sys.argv[2]} | W100 peer | {r['engine']}, {r['method']} | docs/s {r['docsPerSecond']:.3f} ({r['documents']} documents in {r['seconds']:.1f} s, {r['newTokensEach'][0]} new tokens each) | load {r['loadSeconds']} s")
PY

# The micro-batches worth sweeping on an H200 (issue 23's probe: both sides slower at n_ubatch 512 and 1024).
bash "$here/uniform-best.sh" f16 "$reps" 4096:2048 8192:4096
bash "$here/uniform-best.sh" q4_0 "$reps" 4096:2048 8192:4096
