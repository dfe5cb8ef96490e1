#!/usr/bin/env bash
# Runs ON the GPU machine, sourced after setup.sh: one native or l2v run at a time, each appending a
# one-line summary (card, what ran, docs/s, prefill and decode tok/s) to $RUNS/summary.txt and its docs/s
# alone to $RUNS/NAME.docs (for scripts that pick the best of a sweep).
# Runs start only while fewer than STOP_AT seconds (default 520) have passed since START_EPOCH (set once
# per device command), so a command of several scripts still ends inside its 600 s limit.
export START_EPOCH=${START_EPOCH:-$(date +%s)}
more_time() { (( $(date +%s) - START_EPOCH < ${STOP_AT:-520} )) || { note "skipped (time): $*"; return 1; }; }

# native NAME MODEL PROMPT GEN PARALLEL CELLS_PER_SEQ [extra llama-batched-bench args]
native() {
  local name=$1 m=$2 pp=$3 gen=$4 npl=$5 cells=$6; shift 6
  more_time "$name" || return 0
  "$LLAMA_BIN/llama-batched-bench" -m "$m" -c $((npl * cells)) -b 2048 -ub 512 -npp "$pp" -ntg "$gen" -npl "$npl" \
    -fa on -ngl 99 -no-kvu --output-format jsonl "$@" > "$RUNS/$name.log" 2>&1 || { note "$name FAILED: $(tail -3 "$RUNS/$name.log")"; return 0; }
  python3 - "$RUNS/$name.log" "$name" "$CARD" <<'PY' | tee -a "$RUNS/summary.txt"
import json, sys
row = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")][-1]
open(sys.argv[1][:-len(".log")] + ".docs", "w").write(f"{row['pl']/row['t']:.3f}\n")
print(f"{sys.argv[3]} | {sys.argv[2]} | native | docs/s {row['pl']/row['t']:.2f} | prefill {row['speed_pp']:.0f} tok/s in {row['t_pp']:.2f} s | decode {row['speed_tg']:.0f} tok/s in {row['t_tg']:.2f} s")
PY
}

# l2v_run NAME L2V_BINARY [l2v run args]
l2v_run() {
  local name=$1 bin=$2; shift 2
  more_time "$name" || return 0
  local t0=$SECONDS
  "$bin" run --out "$RUNS/$name" --no-report "$@" > "$RUNS/$name.log" 2>&1 || note "$name exit $? (see $name.log)"
  python3 - "$RUNS/$name/results.json" "$name" "$CARD" "$(( SECONDS - t0 ))" <<'PY' | tee -a "$RUNS/summary.txt"
import json, sys
try:
    runs = json.load(open(sys.argv[1]))["runs"]
except Exception as e:
    print(f"{sys.argv[3]} | {sys.argv[2]} | no results ({e})"); sys.exit()
open(sys.argv[1][:-len("/results.json")] + ".docs", "w").write(f"{runs[-1]['docsPerSecond']:.3f}\n")
for r in runs:
    rest = r["wallSeconds"] - r["loadSeconds"] - r["generationSeconds"]
    print(f"{sys.argv[3]} | {sys.argv[2]} | l2v {r['strategy']} | docs/s {r['docsPerSecond']:.2f} ({r['completedCount']}/{r['documentCount']} in {r['generationSeconds']:.2f} s)"
          f" | prefill {r['prefillTokensPerSecond']:.0f} tok/s | decode {r['decodeTokensPerSecond']:.0f} tok/s | load {r['loadSeconds']:.1f} s, wall-load-gen {rest:.2f} s, command {sys.argv[4]} s")
    e = r.get("engine")
    if e and e.get("decodeCalls"):
        host = r["generationSeconds"] - e["prefillSeconds"] - e["decodeOnlySeconds"]  # with an overflow context: also the time it runs on alone
        print(f"    engine: {e['decodeCalls']} calls | prompt-carrying calls {e['prefillSeconds']:.2f} s ({e['prefillTokens']} prompt tokens)"
              f" | decode-only calls {e['decodeOnlySeconds']:.2f} s ({e['decodeOnlyTokens']} tokens) | host between calls {host:.2f} s | greedy picks on {e.get('greedyPicks', 'host')}")
    o = (e or {}).get("overflow")
    if o:
        # The overflow context decodes beside the main one: its seconds overlap the main context's, not add to them.
        print(f"    overflow context: {o['decodeCalls']} calls in {o['generationSeconds']:.2f} s | prompt-carrying calls {o['prefillSeconds']:.2f} s ({o['prefillTokens']} prompt tokens)"
              f" | decode-only calls {o['decodeOnlySeconds']:.2f} s ({o['decodeOnlyTokens']} tokens)")
PY
}
