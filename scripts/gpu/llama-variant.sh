#!/usr/bin/env bash
# Runs ON the GPU machine: builds libllama.so again from the same llama.cpp source with extra CMake
# options (a real engine change, e.g. -DGGML_CUDA_GRAPHS=OFF) into /tmp/llama-NAME, for showing that the
# gate catches an engine regression: LLAMA2VALIDATION_NATIVE_LIB=/tmp/llama-NAME/libllama.so l2v gate run …
# Prints the library's path last.    Usage: llama-variant.sh NAME CMAKE_OPTION...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); name=${1:?usage: llama-variant.sh NAME CMAKE_OPTION...}; shift
src="$here/../llama/llama-src.tar.xz"; b=/tmp/llama-build-$name; dest=/tmp/llama-$name
arch=$(nvidia-smi --query-gpu=compute_cap --format=csv,noheader | head -1 | tr -d '.')
if [ ! -f "$dest/libllama.so" ]; then
  rm -rf "$b"; mkdir -p "$b"; tar xJf "$src" -C "$b"
  cmake -S "$b" -B "$b/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON -DGGML_CUDA=ON \
    -DCMAKE_CUDA_ARCHITECTURES="$arch" -DGGML_NATIVE=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
    -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_OPENSSL=OFF "$@" > "$b/cmake.log" 2>&1 || { tail -30 "$b/cmake.log"; exit 1; }
  t0=$SECONDS
  cmake --build "$b/build" -j"$(nproc)" --target llama > "$b/build.log" 2>&1 || { grep -B3 -A12 -i error "$b/build.log" | head -60; exit 1; }
  mkdir -p "$dest"; cp -a "$b/build/bin/." "$dest/"
  echo "llama.cpp variant $name ($*): built in $(( SECONDS - t0 )) s" >&2
fi
echo "$dest/libllama.so"
