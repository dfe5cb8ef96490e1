#!/usr/bin/env bash
# Runs ON the GPU machine. Issue 21: the endpoint strategy against llama.cpp's own llama-server.
#   1. Equality: llama-server on the trained summariser (models/, real text, stops on its own), one slot,
#      flash attention off and batch sizes as the in-process default strategy's; 10 sample documents at
#      concurrency 1 through /completion (ids captured), then the in-process default on the same GGUF,
#      token ids compared. (The generated 7B's greedy output is one token repeated: no test of equality.)
#   2. Load, on the generated Llama-2-7B Q4_0 (random weights, so every run forces its new tokens with
#      ignore_eos) served with 100 slots: w100 (the seed's 100 real prompt lengths) as token-id prompts at
#      concurrency 100, a seeded Poisson request-rate sweep and a concurrency sweep 1,4,16,64,100.
# Results go under $RUNS (endpoint-*), serving figures into $RUNS/summary.txt; reports (with the serving
# charts) are made where the results come back. 476 s in all after prepare.sh on an H200 (plus 22 s the
# first time, when llama-server is built after the library): run it as a device command of its own.
# Usage: endpoint.sh [GEN] [SWEEP_DOCS] (defaults 110 forced new tokens, 100 documents per sweep point).
here=$(cd "$(dirname "$0")" && pwd); source "$here/setup.sh"; source "$here/measure.sh"; set +e
gen=${1:-110} sweep_docs=${2:-100}
data=(--dataset w100 --doc-tokens "$gpu/seed/doc_tokens.tsv")
if [ ! -x "$LLAMA_BIN/llama-server" ]; then
  t0=$(date +%s); bash "$gpu/llama/build-llama-cuda.sh" "$LLAMA_BIN" server
  note "llama-server build: $(( $(date +%s) - t0 )) s"
fi

server_pid=
stop_server() { [ -z "$server_pid" ] || { kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=; }; }
trap 'stop_server; pack_runs' EXIT
# start_server NAME MODEL ALIAS [llama-server args]: sets url; the log is $RUNS/NAME.log
start_server() {
  local name=$1 model=$2 alias=$3 port; shift 3
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  url="http://127.0.0.1:$port"
  "$LLAMA_BIN/llama-server" -m "$model" -a "$alias" --host 127.0.0.1 --port "$port" -ngl 99 --no-webui "$@" > "$RUNS/$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -sf "$url/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { note "llama-server ($name) exited: $(tail -5 "$RUNS/$name.log")"; server_pid=; return 1; }
    sleep 1
  done
  curl -sf "$url/health" >/dev/null || { note "llama-server ($name) not healthy after 120 s"; return 1; }
  note "$CARD | llama-server $(curl -sf "$url/props" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("build_info","?"))') ($name: $alias $*)"
}

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

# 1: equality, on the trained summariser: a server shaped like the in-process default strategy.
summariser="$root/models/l2v-summariser-f16.gguf"
if start_server llama-server-summariser "$summariser" l2v-summariser -np 1 -c 1024 -b 512 -ub 512 -fa off; then
  l2v_run endpoint-c1 "$L2V" --strategy endpoint --endpoint "$url" --endpoint-model l2v-summariser --endpoint-api llama-completion --limit 10
  serving_summary endpoint-c1
fi
stop_server
l2v_run endpoint-inprocess-default "$L2V" --strategy default --model "$summariser" --limit 10
python3 - "$RUNS/endpoint-c1/results.json" "$RUNS/endpoint-inprocess-default/results.json" "$CARD" <<'PY' | tee -a "$RUNS/summary.txt"
import json, sys
try:
    served = {d["id"]: d for d in json.load(open(sys.argv[1]))["runs"][0]["documents"]}
    local = {d["id"]: d for d in json.load(open(sys.argv[2]))["runs"][0]["documents"]}
except Exception as e:
    print(f"{sys.argv[3]} | endpoint-vs-default | no comparison ({e})"); sys.exit()
same, lines, both = 0, [], 0
for key, mine in local.items():
    if mine.get("outcome") != "ok" or served.get(key, {}).get("outcome") != "ok":
        lines.append(f"    {key}: not compared (in-process {mine.get('outcome')}, served {served.get(key, {}).get('outcome')}: {mine.get('detail') or served.get(key, {}).get('detail')})")
        continue
    both += 1
    theirs = served[key].get("outputTokenIds", [])
    ids = mine.get("outputTokenIds", [])
    first = next((i for i, (a, b) in enumerate(zip(ids, theirs)) if a != b), None)
    if ids == theirs:
        same += 1
    else:
        lines.append(f"    {key}: {len(theirs)} served ids vs {len(ids)} in-process, first difference at token {first if first is not None else min(len(ids), len(theirs))}")
print(f"{sys.argv[3]} | endpoint-vs-default (summariser F16, concurrency 1) | token ids equal for {same}/{both} documents both completed ({len(local)} sent)")
print("\n".join(lines[:5]))
PY


# 2: load, on the generated 7B. 100 slots over one unified KV cache of 128 Ki cells: w100 needs about
# 100 × (530 + 110) cells at once.
m=$(model q4_0) alias=l2v-llama2-7b-q4_0
start_server llama-server-7b "$m" "$alias" -np 100 -c 131072 -kvu -fa on -b 2048 -ub 512 || exit 1
endpoint=(--strategy endpoint --endpoint "$url" --endpoint-model "$alias" --endpoint-api llama-completion --force-new-tokens "$gen")

# 3: every w100 document as a token-id prompt, all in flight.
l2v_run endpoint-w100-c100 "$L2V" "${endpoint[@]}" "${data[@]}" --endpoint-concurrency 100
serving_summary endpoint-w100-c100

# 4 and 5: the sweeps, each point a run of its own in one results.json (and a report with its charts).
# The rate sweep first: it sends 40 documents per point, the concurrency sweep 100 (273 and 291 s on H200s, its
# concurrency-1 point alone 84 s), and a command that runs out of time should lose the longer one.
# RATES: the sweep's request rates. On an H200 this server topped out near 2 req/s, so 2/s and up all queue;
# RATES=0.5,1,1.5,2 would show the knee (not yet run).
l2v_run endpoint-sweep-rate "$L2V" "${endpoint[@]}" "${data[@]}" --limit 40 --request-rate "${RATES:-2,8,32,inf}" --seed 21
serving_summary endpoint-sweep-rate
l2v_run endpoint-sweep-concurrency "$L2V" "${endpoint[@]}" "${data[@]}" --limit "$sweep_docs" --endpoint-concurrency 1,4,16,64,100
serving_summary endpoint-sweep-concurrency
