#!/usr/bin/env bash
# Runs ON the GPU machine, after the main CUDA build (setup.sh or build-llama-cuda.sh): a llama.cpp whose
# CUDA backend offers no flash-attention kernels, the engine change `-DGGML_CUDA_FA=OFF` makes (it defines
# GGML_CUDA_NO_FA). Only fattn.cu decides whether the kernels are offered, so only it is recompiled, in the
# warm build tree, with that definition: 6 s on an H200 instead of a second 230 s build. Flash-attention
# ops then run on the CPU, as in such a build. The libraries go to /tmp/llama-nofa; /tmp/llama keeps the
# real ones, and the source is put back.
# Use: LD_LIBRARY_PATH=/tmp/llama-nofa LLAMA2VALIDATION_NATIVE_LIB=/tmp/llama-nofa/libllama.so gate.sh …
# (LD_LIBRARY_PATH too: the libraries' RUNPATH names the build tree).   Prints the library's path last.
set -euo pipefail
b=/tmp/llama-build; dest=/tmp/llama-nofa; src="$b/ggml/src/ggml-cuda/fattn.cu"
[ -f "$b/build/build.ninja" ] || { echo "no llama.cpp build in $b: run build-llama-cuda.sh first" >&2; exit 1; }
if [ ! -f "$dest/libllama.so" ]; then
  cp "$src" "$src.orig"; trap 'mv "$src.orig" "$src"' EXIT
  { echo '#define GGML_CUDA_NO_FA // llama-nofa.sh: as -DGGML_CUDA_FA=OFF'; cat "$src.orig"; } > "$src"
  t0=$SECONDS
  cmake --build "$b/build" --target ggml-cuda > "$b/build-nofa.log" 2>&1 || { grep -B3 -A12 -i error "$b/build-nofa.log" | head -40; exit 1; }
  rm -rf "$dest"; mkdir -p "$dest"; cp -a /tmp/llama/. "$dest/"; cp -a "$b/build/bin/"libggml-cuda.so* "$dest/"
  echo "llama.cpp without CUDA flash attention: fattn.cu rebuilt in $(( SECONDS - t0 )) s" >&2
  # The real source goes back (newer than the variant's object file), so the next build there redoes it.
  mv "$src.orig" "$src"; trap - EXIT
fi
echo "$dest/libllama.so"
