#!/usr/bin/env python3
"""Train the l2v-summariser: a Llama-architecture model computed exactly as llama.cpp's LLM_ARCH_LLAMA
computes it, learning from token ids only (written by `l2v corpus`).

What matches llama.cpp, and why it matters for the exported GGUF:
- RMSNorm with eps 1e-5, weight multiplied after normalising; no biases anywhere; untied output.
- RoPE in ggml's "normal" layout used for llama: adjacent pairs (x[2i], x[2i+1]) rotate by
  pos * base^(-2i/head_dim). Training in this layout means Q/K rows need no permutation on export.
- SwiGLU feed-forward: down(silu(gate(x)) * up(x)); attention scale 1/sqrt(head_dim); positions from 0 at BOS.

The loss is on the summary tokens (and EOS), plus a small weight on the document so every embedding
row is trained. Writes weights.bin (GGUF tensor order: matrices float16, norms float32) and
weights.json (tensor table, shape, training facts), which `l2v make-summariser` turns into a GGUF.
"""
import argparse
import json
import math
import os
import random
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=".", help="folder with manifest.json and the split files")
    p.add_argument("--out", default=".", help="folder for weights.bin / weights.json")
    p.add_argument("--steps", type=int, default=3000)
    p.add_argument("--batch-tokens", type=int, default=65536, help="padded tokens per batch")
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--min-lr", type=float, default=1e-4)
    p.add_argument("--warmup", type=int, default=200)
    p.add_argument("--weight-decay", type=float, default=0.1)
    p.add_argument("--document-weight", type=float, default=0.1)
    p.add_argument("--seed", type=int, default=19)
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--dim", type=int, default=256)
    p.add_argument("--heads", type=int, default=8)
    p.add_argument("--ffn", type=int, default=704)
    p.add_argument("--ctx", type=int, default=1024)
    p.add_argument("--eval-every", type=int, default=250)
    p.add_argument("--log-every", type=int, default=50)
    p.add_argument("--max-minutes", type=float, default=0, help="stop early (safety net); 0 = never")
    return p.parse_args()


class Split:
    def __init__(self, folder, info):
        self.tokens = np.fromfile(os.path.join(folder, info["tokensFile"]), dtype="<u2").astype(np.int64)
        index = np.fromfile(os.path.join(folder, info["indexFile"]), dtype="<i4").reshape(-1, 3)
        self.start, self.prompt, self.length = index[:, 0], index[:, 1], index[:, 2]

    def __len__(self):
        return len(self.start)

    def batch(self, ids, device):
        """Right-padded inputs, targets and per-target weights (summary 1, document w, padding 0)."""
        longest = int(self.length[ids].max())
        width = ((longest + 63) // 64) * 64
        x = np.zeros((len(ids), width), dtype=np.int64)
        prompt = np.zeros(len(ids), dtype=np.int64)
        length = np.zeros(len(ids), dtype=np.int64)
        for row, i in enumerate(ids):
            s, n = self.start[i], self.length[i]
            x[row, :n] = self.tokens[s:s + n]
            prompt[row], length[row] = self.prompt[i], n
        return torch.from_numpy(x).to(device), torch.from_numpy(prompt).to(device), torch.from_numpy(length).to(device)


def rope_tables(ctx, head_dim, base, device):
    inv = base ** (-torch.arange(0, head_dim, 2, dtype=torch.float64) / head_dim)
    angles = torch.arange(ctx, dtype=torch.float64)[:, None] * inv[None, :]
    return torch.cos(angles).float().to(device), torch.sin(angles).float().to(device)


def rope(x, cos, sin):
    # x: [batch, heads, seq, head_dim]; pairs are adjacent elements, as ggml's rope "normal" mode.
    n = x.shape[2]
    x0, x1 = x[..., 0::2].float(), x[..., 1::2].float()
    c, s = cos[:n], sin[:n]
    out = torch.stack((x0 * c - x1 * s, x0 * s + x1 * c), dim=-1).flatten(-2)
    return out.type_as(x)


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-5):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        xf = x.float()
        return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + self.eps)).type_as(x) * self.weight


class Block(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.heads, self.head_dim = a.heads, a.dim // a.heads
        self.attn_norm = RMSNorm(a.dim)
        self.q = nn.Linear(a.dim, a.dim, bias=False)
        self.k = nn.Linear(a.dim, a.dim, bias=False)
        self.v = nn.Linear(a.dim, a.dim, bias=False)
        self.o = nn.Linear(a.dim, a.dim, bias=False)
        self.ffn_norm = RMSNorm(a.dim)
        self.gate = nn.Linear(a.dim, a.ffn, bias=False)
        self.up = nn.Linear(a.dim, a.ffn, bias=False)
        self.down = nn.Linear(a.ffn, a.dim, bias=False)

    def forward(self, x, cos, sin):
        b, n, d = x.shape
        h = self.attn_norm(x)
        q, k, v = (m(h).view(b, n, self.heads, self.head_dim).transpose(1, 2) for m in (self.q, self.k, self.v))
        q, k = rope(q, cos, sin), rope(k, cos, sin)
        a = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.o(a.transpose(1, 2).reshape(b, n, d))
        h = self.ffn_norm(x)
        return x + self.down(F.silu(self.gate(h)) * self.up(h))


class Llama(nn.Module):
    def __init__(self, a, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, a.dim)
        self.blocks = nn.ModuleList(Block(a) for _ in range(a.layers))
        self.norm = RMSNorm(a.dim)
        self.output = nn.Linear(a.dim, vocab, bias=False)
        for name, p in self.named_parameters():
            if p.dim() == 2:
                std = 0.02 / math.sqrt(2 * a.layers) if name.endswith(("o.weight", "down.weight")) else 0.02
                nn.init.normal_(p, 0.0, std)

    def forward(self, tokens, cos, sin):
        x = self.embed(tokens)
        for block in self.blocks:
            x = block(x, cos, sin)
        return self.output(self.norm(x))


def weighted_loss(model, x, prompt, length, cos, sin, document_weight):
    logits = model(x[:, :-1], cos, sin)
    target = x[:, 1:]
    pos = torch.arange(target.shape[1], device=x.device)[None, :]
    # Target at position p is token p+1: a summary (or EOS) token when p+1 >= prompt length.
    real = pos + 1 < length[:, None]
    summary = real & (pos + 1 >= prompt[:, None])
    document = real & ~summary
    ce = F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), target.reshape(-1), reduction="none").view_as(target)
    summary_loss = (ce * summary).sum() / summary.sum()
    document_loss = (ce * document).sum() / document.sum()
    return summary_loss + document_weight * document_loss, summary_loss, document_loss


def batches(split, batch_tokens, rng):
    """Length-bucketed batches: shuffle, sort chunks of 50 batches by length, pad each to its longest."""
    order = rng.permutation(len(split))
    per = max(1, batch_tokens // int(np.percentile(split.length, 90)))
    chunk = per * 50
    result = []
    for c in range(0, len(order), chunk):
        part = order[c:c + chunk]
        part = part[np.argsort(split.length[part], kind="stable")]
        for b in range(0, len(part), per):
            ids = part[b:b + per]
            while len(ids) > 1 and len(ids) * (((int(split.length[ids].max()) + 63) // 64) * 64) > batch_tokens * 1.5:
                ids = ids[:-1]
            result.append(ids)
    rng.shuffle(result)
    return result


@torch.no_grad()
def greedy(model, split, ids, cos, sin, eos, limit=200):
    """Greedy summaries of held-out examples (no cache: simple and exact), as token ids."""
    outs = []
    for i in ids:
        s, p = split.start[i], split.prompt[i]
        seq = torch.from_numpy(split.tokens[s:s + p]).to(cos.device)[None, :]
        generated = []
        for _ in range(limit):
            logits = model(seq, cos, sin)[0, -1].float()  # float32: the reference llama.cpp's F16 run is compared to
            token = int(torch.argmax(logits))
            if token == eos:
                break
            generated.append(token)
            seq = torch.cat([seq, torch.tensor([[token]], device=cos.device)], dim=1)
        outs.append(generated)
    return outs


def unigram_f1(pred, ref):
    from collections import Counter
    overlap = sum((Counter(pred) & Counter(ref)).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / len(pred), overlap / len(ref)
    return 2 * p * r / (p + r)


def export(model, a, vocab, out, facts):
    tensors = [("token_embd.weight", model.embed.weight)]
    for i, b in enumerate(model.blocks):
        tensors += [
            (f"blk.{i}.attn_norm.weight", b.attn_norm.weight),
            (f"blk.{i}.attn_q.weight", b.q.weight),
            (f"blk.{i}.attn_k.weight", b.k.weight),
            (f"blk.{i}.attn_v.weight", b.v.weight),
            (f"blk.{i}.attn_output.weight", b.o.weight),
            (f"blk.{i}.ffn_norm.weight", b.ffn_norm.weight),
            (f"blk.{i}.ffn_gate.weight", b.gate.weight),
            (f"blk.{i}.ffn_up.weight", b.up.weight),
            (f"blk.{i}.ffn_down.weight", b.down.weight),
        ]
    tensors += [("output_norm.weight", model.norm.weight), ("output.weight", model.output.weight)]
    table, offset = [], 0
    with open(os.path.join(out, "weights.bin"), "wb") as f:
        for name, t in tensors:
            t = t.detach().float().cpu()
            # PyTorch [out, in] row-major is ggml's ne = [in, out]: the bytes need no transpose.
            data = t.numpy().astype("<f4" if t.dim() == 1 else "<f2").tobytes()
            f.write(data)
            table.append({"name": name, "dims": list(reversed(t.shape)), "type": "f32" if t.dim() == 1 else "f16", "offset": offset, "bytes": len(data)})
            offset += len(data)
    shape = {"layers": a.layers, "embedding": a.dim, "heads": a.heads, "headsKv": a.heads, "feedForward": a.ffn, "context": a.ctx,
             "vocabulary": vocab, "rmsEpsilon": 1e-5, "ropeFreqBase": 10000.0}
    with open(os.path.join(out, "weights.json"), "w") as f:
        json.dump({"shape": shape, "tensors": table, "training": facts}, f, indent=2)


def main():
    a = parse_args()
    random.seed(a.seed)
    np.random.seed(a.seed)
    torch.manual_seed(a.seed)
    torch.backends.cuda.matmul.allow_tf32 = True
    device = "cuda"
    manifest = json.load(open(os.path.join(a.data, "manifest.json")))
    splits = {s["name"]: Split(a.data, s) for s in manifest["splits"]}
    train, held = splits["train"], splits["heldout"]
    vocab, eos = manifest["vocabularySize"], manifest["eosId"]
    model = Llama(a, vocab).to(device)
    params = sum(p.numel() for p in model.parameters())
    print(f"params {params:,}  train {len(train)} examples {len(train.tokens):,} tokens  held-out {len(held)}", flush=True)
    cos, sin = rope_tables(a.ctx, a.dim // a.heads, 10000.0, device)
    decay = [p for p in model.parameters() if p.dim() == 2]
    other = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": a.weight_decay}, {"params": other, "weight_decay": 0.0}],
                            lr=a.lr, betas=(0.9, 0.95), eps=1e-8, fused=True)
    rng = np.random.default_rng(a.seed)
    queue, step, started, epoch = [], 0, time.time(), 0
    held_ids = np.arange(min(len(held), 256))
    log = []
    while step < a.steps:
        if not queue:
            queue = batches(train, a.batch_tokens, rng)
            epoch += 1
        ids = queue.pop()
        lr = a.lr * min(1.0, (step + 1) / a.warmup)
        if step >= a.warmup:
            progress = (step - a.warmup) / max(1, a.steps - a.warmup)
            lr = a.min_lr + 0.5 * (a.lr - a.min_lr) * (1 + math.cos(math.pi * progress))
        for g in opt.param_groups:
            g["lr"] = lr
        x, prompt, length = train.batch(ids, device)
        with torch.autocast("cuda", dtype=torch.bfloat16):
            loss, s_loss, d_loss = weighted_loss(model, x, prompt, length, cos, sin, a.document_weight)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        if step % a.log_every == 0 or step == 1:
            print(f"step {step:5d} epoch {epoch} lr {lr:.2e} summary-loss {s_loss.item():.4f} doc-loss {d_loss.item():.4f} "
                  f"{time.time() - started:6.1f}s", flush=True)
        if step % a.eval_every == 0 or step == a.steps:
            model.eval()
            with torch.no_grad(), torch.autocast("cuda", dtype=torch.bfloat16):
                hx, hp, hl = held.batch(held_ids, device)
                _, hs, hd = weighted_loss(model, hx, hp, hl, cos, sin, a.document_weight)
            model.train()
            print(f"  held-out step {step}: summary-loss {hs.item():.4f} doc-loss {hd.item():.4f}", flush=True)
            log.append({"step": step, "trainSummaryLoss": s_loss.item(), "heldOutSummaryLoss": hs.item(), "seconds": time.time() - started})
        if a.max_minutes and time.time() - started > a.max_minutes * 60:
            print(f"stopping at step {step}: --max-minutes {a.max_minutes} reached", flush=True)
            break
    model.eval()
    sample = list(range(min(40, len(held))))
    outs = greedy(model, held, sample, cos, sin, eos)
    f1s = []
    for i, out in zip(sample, outs):
        s, p, n = held.start[i], held.prompt[i], held.length[i]
        ref = held.tokens[s + p:s + n - 1].tolist()
        f1s.append(unigram_f1(out, ref))
    print(f"held-out greedy token-unigram F1 over {len(sample)}: {np.mean(f1s):.4f}", flush=True)
    with torch.no_grad():
        s, p = held.start[0], held.prompt[0]
        seq = torch.from_numpy(held.tokens[s:s + p]).to(device)[None, :]
        last = model(seq, cos, sin)[0, -1].float().cpu()  # float32 reference logits (no autocast)
    top = torch.topk(last, 10)
    facts = {"steps": step, "epochs": epoch, "seconds": round(time.time() - started, 1), "args": vars(a), "log": log,
             "heldOutGreedyUnigramF1": float(np.mean(f1s)), "params": params, "torch": torch.__version__,
             "reference": {"heldOutExample": 0, "promptTokens": int(p), "greedyIds": outs[:5],
                           "lastLogitsTop": [[int(i), float(v)] for v, i in zip(top.values, top.indices)]},
             "corpus": {"generatorVersion": manifest["generatorVersion"], "seed": manifest["seed"]}}
    os.makedirs(a.out, exist_ok=True)
    export(model, a, vocab, a.out, facts)
    print("wrote weights.bin and weights.json", flush=True)


if __name__ == "__main__":
    main()
