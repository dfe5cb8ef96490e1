#!/usr/bin/env python3
"""Runs ON the GPU machine (PyTorch + transformers there): the seed's own method, HF transformers fp16 with
sdpa attention, on the SAME random Llama-2-7B weights as the suite's generated F16 GGUF, read straight from
that file (q/k projections un-permuted back to HF's rotary layout), over the seed's W100 prompt lengths.

Two rows, as the seed ran them: one document at a time, and static batches (left-padded). Every document
generates GEN new tokens greedily (random weights never stop), docs/s from the first prompt token to the
last new token, model load excluded. Prints one JSON object per row.

Usage: hf_peer.py MODEL_F16.gguf DOC_TOKENS.tsv [--gen 110] [--single 3] [--batch 16] [--batches 2]
"""
import argparse
import json
import mmap
import random
import struct
import sys
import time

GGUF_SCALAR = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
GGML_F32, GGML_F16 = 0, 1
PROMPT_EXTRA = 15  # BOS + the seed's 14-token "Summarize the above text in 1-3 sentences." suffix


def read_gguf(path):
    """Header, metadata and tensor table of a GGUF file, and the mmap its tensors live in."""
    f = open(path, "rb")
    mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    pos = 0

    def take(fmt):
        nonlocal pos
        values = struct.unpack_from("<" + fmt, mm, pos)
        pos += struct.calcsize("<" + fmt)
        return values[0] if len(values) == 1 else values

    def string():
        nonlocal pos
        n = take("Q")
        s = mm[pos:pos + n].decode("utf-8", "replace")
        pos += n
        return s

    def value(kind):
        if kind == 8:
            return string()
        if kind == 9:
            inner, n = take("I"), take("Q")
            return [value(inner) for _ in range(n)]
        return take(GGUF_SCALAR[kind])

    if mm[:4] != b"GGUF":
        sys.exit(f"{path}: not a GGUF file")
    pos = 4
    _version, n_tensors, n_kv = take("I"), take("Q"), take("Q")
    meta = {}
    for _ in range(n_kv):
        key = string()
        meta[key] = value(take("I"))
    tensors = {}
    for _ in range(n_tensors):
        name = string()
        dims = [take("Q") for _ in range(take("I"))]
        tensors[name] = (dims, take("I"), take("Q"))
    alignment = meta.get("general.alignment", 32)
    data_start = (pos + alignment - 1) // alignment * alignment
    return mm, meta, tensors, data_start


def hf_state(torch, path):
    """The GGUF's tensors as an HF LlamaForCausalLM state dict (fp16, on the GPU) plus the model's shape."""
    mm, meta, tensors, start = read_gguf(path)
    n_head = meta["llama.attention.head_count"]
    n_head_kv = meta.get("llama.attention.head_count_kv", n_head)

    def tensor(name):
        dims, kind, offset = tensors[name]
        count = 1
        for d in dims:
            count *= d
        if kind not in (GGML_F32, GGML_F16):
            sys.exit(f"{name}: ggml type {kind}; the HF peer reads F16 GGUF files only")
        dtype = torch.float32 if kind == GGML_F32 else torch.float16
        t = torch.frombuffer(mm, dtype=dtype, count=count, offset=start + offset)
        return t.reshape(list(reversed(dims))).to("cuda", torch.float16)

    def unpermute(w, heads):
        # convert_hf_to_gguf interleaves each head's rotary halves; HF keeps them as two halves.
        rows = w.shape[0]
        return w.reshape(heads, rows // heads // 2, 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)

    state = {
        "model.embed_tokens.weight": tensor("token_embd.weight"),
        "model.norm.weight": tensor("output_norm.weight"),
        "lm_head.weight": tensor("output.weight"),
    }
    names = {"attn_v": "self_attn.v_proj", "attn_output": "self_attn.o_proj", "ffn_gate": "mlp.gate_proj",
             "ffn_up": "mlp.up_proj", "ffn_down": "mlp.down_proj", "attn_norm": "input_layernorm",
             "ffn_norm": "post_attention_layernorm"}
    for i in range(meta["llama.block_count"]):
        layer = f"model.layers.{i}."
        state[layer + "self_attn.q_proj.weight"] = unpermute(tensor(f"blk.{i}.attn_q.weight"), n_head)
        state[layer + "self_attn.k_proj.weight"] = unpermute(tensor(f"blk.{i}.attn_k.weight"), n_head_kv)
        for gguf, hf in names.items():
            state[layer + hf + ".weight"] = tensor(f"blk.{i}.{gguf}.weight")
    shape = dict(
        vocab_size=tensors["token_embd.weight"][0][1],
        hidden_size=meta["llama.embedding_length"],
        intermediate_size=meta["llama.feed_forward_length"],
        num_hidden_layers=meta["llama.block_count"],
        num_attention_heads=n_head,
        num_key_value_heads=n_head_kv,
        max_position_embeddings=meta.get("llama.context_length", 4096),
        rms_norm_eps=meta.get("llama.attention.layer_norm_rms_epsilon", 1e-5),
        rope_theta=meta.get("llama.rope.freq_base", 10000.0),
    )
    return state, shape


def prompts(doc_tokens, vocab, seed=0):
    """Random token ids with the seed's W100 prompt lengths (speed depends on lengths, not on ids)."""
    lengths = []
    for line in open(doc_tokens):
        cells = line.rstrip("\n").split("\t")
        if cells[-1].isdigit():
            lengths.append(int(cells[-1]) + PROMPT_EXTRA)
    rng = random.Random(seed)
    return [[1] + [rng.randrange(3, vocab) for _ in range(n - 1)] for n in lengths]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("doc_tokens")
    parser.add_argument("--gen", type=int, default=110)
    parser.add_argument("--single", type=int, default=3, help="documents run one at a time")
    parser.add_argument("--batch", type=int, default=16, help="static batch size")
    parser.add_argument("--batches", type=int, default=2, help="static batches run")
    args = parser.parse_args()

    import torch
    import transformers
    from transformers import LlamaConfig, LlamaForCausalLM

    t0 = time.time()
    state, shape = hf_state(torch, args.model)
    config = LlamaConfig(**shape, bos_token_id=1, eos_token_id=2, pad_token_id=0)
    config._attn_implementation = "sdpa"
    with torch.device("meta"):
        model = LlamaForCausalLM(config)
    model.load_state_dict(state, assign=True, strict=True)
    # Non-persistent buffers (the rotary frequencies) were made on the meta device: make them again.
    model.model.rotary_emb = type(model.model.rotary_emb)(config=config, device="cuda")
    model = model.to("cuda", torch.float16).eval()
    load = time.time() - t0
    docs = prompts(args.doc_tokens, shape["vocab_size"])
    label = f"HF transformers {transformers.__version__} (PyTorch {torch.__version__}), fp16, sdpa"

    def generate(batch):
        width = max(len(p) for p in batch)
        ids = torch.tensor([[0] * (width - len(p)) + p for p in batch], device="cuda")
        mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in batch], device="cuda")
        out = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=args.gen, min_new_tokens=args.gen,
                             do_sample=False, pad_token_id=0)
        return out.shape[1] - width

    with torch.inference_mode():
        generate([docs[0][:16]])  # kernels and allocator warm-up, as every engine here gets
        for name, groups in (("one at a time", [[d] for d in docs[:args.single]]),
                             (f"static batches of {args.batch}",
                              [docs[i:i + args.batch] for i in range(0, args.batch * args.batches, args.batch)])):
            torch.cuda.synchronize()
            start = time.time()
            new = [generate(g) for g in groups]
            torch.cuda.synchronize()
            seconds = time.time() - start
            count = sum(len(g) for g in groups)
            print(json.dumps({"engine": label, "method": name, "documents": count, "newTokensEach": new,
                              "seconds": round(seconds, 3), "docsPerSecond": round(count / seconds, 3),
                              "loadSeconds": round(load, 1)}), flush=True)


if __name__ == "__main__":
    main()
