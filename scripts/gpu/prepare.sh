#!/usr/bin/env bash
# Runs ON the GPU machine, first thing on a fresh one: everything the other scripts build or generate,
# overlapped where it does not compete for the GPU. llama.cpp with llama-server (build-llama-cuda.sh: the
# library 230 s and the server 22 s more on an H200) builds while the bundle unpacks and the three
# Llama-2-7B GGUFs are generated; then the no-flash-attention variant (llama-nofa.sh). Later scripts find
# all of it in /tmp while the machine is warm.
# Usage: prepare.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd); gpu=$(cd "$here/../../.gpu" && pwd)
t0=$SECONDS
bash "$gpu/llama/build-llama-cuda.sh" /tmp/llama server > /tmp/llama-build.log 2>&1 &
build=$!
# Unpack and generate models now; the CUDA library is not needed for either.
LLAMA2VALIDATION_NATIVE_LIB=/tmp/llama/libllama.so source "$here/setup.sh"; set +e
for type in q4_0 q8_0 f16; do model "$type" > /dev/null; done
wait "$build"; rc=$?
cat /tmp/llama-build.log
[ $rc -eq 0 ] || { note "llama.cpp build failed (exit $rc)"; exit 1; }
note "llama.cpp with llama-server built, models made: $(( SECONDS - t0 )) s"
bash "$here/llama-nofa.sh" || note "llama-nofa.sh failed"
note "prepare.sh: $(( SECONDS - t0 )) s"
