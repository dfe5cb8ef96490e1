#!/usr/bin/env bash
# Runs ON the GPU machine. Issue 21: the endpoint strategy against llama.cpp's llama-server on the
# generated Llama-2-7B Q4_0 (random weights, so every run forces its new tokens with ignore_eos):
#   1. concurrency 1 through llama-server's /completion, token ids captured;
#   2. the in-process default strategy on the same GGUF and documents, ids compared with 1;
#   3. w100 (the seed's 100 real prompt lengths) sent as token-id prompts at concurrency 100;
#   4. a concurrency sweep 1,4,16,64,100 and 5. a seeded Poisson request-rate sweep.
# Results go under $RUNS (endpoint-*), serving figures into $RUNS/summary.txt. About 3 minutes after
# setup.sh on an H200 (plus about 100 s the first time, when llama-server is built).
# Usage: endpoint.sh [GEN] [SWEEP_DOCS] (defaults 110 forced new tokens, 100 documents per sweep point).
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"
gen=${1:-110} sweep_docs=${2:-100}
data=(--dataset w100 --doc-tokens "$gpu/doc_tokens.tsv")
if [ ! -x "$LLAMA_BIN/llama-server" ]; then
  t0=$(date +%s); bash "$gpu/llama/build-llama-cuda.sh" "$LLAMA_BIN" server >/dev/null
  note "llama-server build: $(( $(date +%s) - t0 )) s"
fi

m=$(model q4_0) alias=l2v-llama2-7b-q4_0
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
# 100 slots over one unified KV cache of 128 Ki cells: w100 needs about 100 × (530 + 110) cells at once.
"$LLAMA_BIN/llama-server" -m "$m" -a "$alias" --host 127.0.0.1 --port "$port" -np 100 -c 131072 -kvu \
  -fa on -ngl 99 -b 2048 -ub 512 --no-webui > "$RUNS/llama-server.log" 2>&1 &
server_pid=$!
stop_server() { kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true; pack_runs; }
trap stop_server EXIT
for _ in $(seq 1 120); do
  curl -sf "$url/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { note "llama-server exited: $(tail -5 "$RUNS/llama-server.log")"; exit 1; }
  sleep 1
done
curl -sf "$url/health" >/dev/null || { note "llama-server not healthy after 120 s"; exit 1; }
note "$CARD | llama-server $(curl -sf "$url/props" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("build_info","?"))') on $url, 100 slots"

endpoint=(--strategy endpoint --endpoint "$url" --endpoint-model "$alias" --endpoint-api llama-completion --force-new-tokens "$gen")

# Serving figures of every endpoint run of one results.json, one line per load point.
serving_summary() {
  python3 - "$RUNS/$1/results.json" "$1" "$CARD" <<'PY' | tee -a "$RUNS/summary.txt"
import json, sys
try:
    runs = json.load(open(sys.argv[1]))["runs"]
except Exception as e:
    print(f"{sys.argv[3]} | {sys.argv[2]} | no results ({e})"); sys.exit()
for r in runs:
    s = r.get("serving")
    if not s:
        continue
    ms = lambda p: "/".join(f"{p[k] * 1000:.0f}" for k in ("p50", "p90", "p99"))
    rate = s["load"].get("requestRate")
    print(f"{sys.argv[3]} | {sys.argv[2]} | {r['strategy']} {r['outcome']} | c {s['load']['concurrency']} rate {rate if rate else 'inf'}"
          f" | {s['requestsPerSecond']:.2f} req/s, {s['outputTokensPerSecond']:.0f} out tok/s, {s['totalTokensPerSecond']:.0f} total tok/s"
          f" | TTFT ms {ms(s['timeToFirstToken'])} | TPOT ms {ms(s['timePerOutputToken'])} | E2E p90 {s['endToEnd']['p90']:.2f} s"
          f" | goodput {s['goodputRequestsPerSecond']:.2f} req/s (SLO {'met' if s['meetsSlo'] else 'missed'}) | ids {s['requestsWithTokenIds']}/{s['completedRequests']}")
    if s.get("tokenIdsNotice"):
        print(f"    {s['tokenIdsNotice']}")
PY
}

# 1 and 2: one document at a time on both sides, ids compared token by token.
l2v_run endpoint-c1 "$L2V" "${endpoint[@]}" "${data[@]}" --limit 10
serving_summary endpoint-c1
l2v_run endpoint-inprocess-default "$L2V" --strategy default --weights q4_0 --model-q4 "$m" "${data[@]}" --limit 10 --force-new-tokens "$gen"
python3 - "$RUNS/endpoint-c1/results.json" "$RUNS/endpoint-inprocess-default/results.json" "$CARD" <<'PY' | tee -a "$RUNS/summary.txt"
import json, sys
try:
    served = {d["id"]: d for d in json.load(open(sys.argv[1]))["runs"][0]["documents"]}
    local = {d["id"]: d for d in json.load(open(sys.argv[2]))["runs"][0]["documents"]}
except Exception as e:
    print(f"{sys.argv[3]} | endpoint-vs-default | no comparison ({e})"); sys.exit()
same, lines = 0, []
for key, mine in local.items():
    theirs = served.get(key, {}).get("outputTokenIds", [])
    ids = mine.get("outputTokenIds", [])
    first = next((i for i, (a, b) in enumerate(zip(ids, theirs)) if a != b), None)
    if ids and ids == theirs:
        same += 1
    else:
        lines.append(f"    {key}: {len(theirs)} served ids vs {len(ids)} in-process, first difference at token {first if first is not None else min(len(ids), len(theirs))}")
print(f"{sys.argv[3]} | endpoint-vs-default (Q4_0, concurrency 1) | token ids equal for {same}/{len(local)} documents")
print("\n".join(lines[:5]))
PY

# 3: every w100 document as a token-id prompt, all in flight.
l2v_run endpoint-w100-c100 "$L2V" "${endpoint[@]}" "${data[@]}" --endpoint-concurrency 100
serving_summary endpoint-w100-c100

# 4 and 5: the sweeps, each point a run of its own in one results.json (and a report with its charts).
l2v_run endpoint-sweep-concurrency "$L2V" "${endpoint[@]}" "${data[@]}" --limit "$sweep_docs" --endpoint-concurrency 1,4,16,64,100
serving_summary endpoint-sweep-concurrency
l2v_run endpoint-sweep-rate "$L2V" "${endpoint[@]}" "${data[@]}" --limit 40 --request-rate 2,8,32,inf --seed 21
serving_summary endpoint-sweep-rate
for name in endpoint-sweep-concurrency endpoint-sweep-rate; do
  [ -f "$RUNS/$name/results.json" ] && "$L2V" report "$RUNS/$name/results.json" --out "$RUNS/$name" > "$RUNS/$name-report.log" 2>&1 || true
done
