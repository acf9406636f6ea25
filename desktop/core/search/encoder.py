"""A sentence encoder in plain numpy: all-MiniLM-L6-v2, read from the files a wheel installs.

all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) is a BERT of 6 layers, 384 wide, with 12
attention heads, trained on a billion pairs of sentences that mean the same; a text's vector
is the mean of its tokens' last hidden states, normalised (as sentence-transformers computes
it). Running it needs no deep-learning framework: the forward pass below is the whole model,
a few matrix products per layer, and ``tokenizers`` reads its WordPiece tokenizer.
tests/core/test_meaning.py checks it reproduces the similarities sentence-transformers
publishes for this model.

Memory: the token table is kept in float16 (23 MB instead of 47), the layers in float32
(42 MB), since numpy's float16 products are slow.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import numpy as np

LAYERS = 6
HEADS = 12
WIDTH = 384
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model: longer texts are cut
BATCH = 16  # texts encoded together (sorted by length, so little padding)
# Each weight matrix is kept as contiguous blocks of this many columns: for a query's few
# tokens, OpenBLAS multiplies a block that fits the cache about twice as fast as a whole
# matrix (a query 15-20% quicker in all, its products being a stream of 42 MB of weights);
# the blocks' results are joined again, so the sums are the same.
BLOCK = 256
EPSILON = 1e-12  # the layer norms' (config.json's layer_norm_eps)


class Linear(NamedTuple):
    """``x @ weight + bias``, the weight (inputs × outputs) in blocks of columns (see BLOCK)."""

    blocks: list[np.ndarray]
    bias: np.ndarray

    @classmethod
    def of(cls, weight: np.ndarray, bias: np.ndarray) -> Linear:
        """From a (outputs × inputs) weight as PyTorch stores it."""
        import numpy as np

        columns = weight.T
        blocks = [np.ascontiguousarray(columns[:, i : i + BLOCK]) for i in range(0, columns.shape[1], BLOCK)]
        return cls(blocks, bias)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        import numpy as np

        return np.concatenate([x @ block for block in self.blocks], axis=-1) + self.bias


class Layer(NamedTuple):
    qkv: Linear  # query, key and value at once (384 → 1152)
    out: Linear
    norm1: tuple[np.ndarray, np.ndarray]
    up: Linear
    down: Linear
    norm2: tuple[np.ndarray, np.ndarray]


def _layer_norm(x, norm):
    weight, bias = norm
    centred = x - x.mean(axis=-1, keepdims=True)
    return centred / ((centred * centred).mean(axis=-1, keepdims=True) + EPSILON) ** 0.5 * weight + bias


def _gelu(x):
    """BERT's exact GELU, x·Φ(x), with erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26)."""
    import numpy as np

    z = np.abs(x) * np.float32(1 / math.sqrt(2))
    t = 1 / (1 + np.float32(0.3275911) * z)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    erf = np.copysign(1 - poly * np.exp(-z * z), x)
    return 0.5 * x * (1 + erf)


def _layer(get, prefix: str) -> Layer:
    """One encoder layer's weights, by their names in the model's safetensors file."""
    import numpy as np

    def linear(name: str) -> Linear:
        return Linear.of(get(f"{prefix}{name}.weight"), get(f"{prefix}{name}.bias"))

    def norm(name: str) -> tuple[np.ndarray, np.ndarray]:
        return get(f"{prefix}{name}.LayerNorm.weight"), get(f"{prefix}{name}.LayerNorm.bias")

    attention = [f"{prefix}attention.self.{part}" for part in ("query", "key", "value")]
    return Layer(
        Linear.of(
            np.concatenate([get(f"{name}.weight") for name in attention]),
            np.concatenate([get(f"{name}.bias") for name in attention]),
        ),
        linear("attention.output.dense"),
        norm("attention.output"),
        linear("intermediate.dense"),
        linear("output.dense"),
        norm("output"),
    )


class Encoder:
    """all-MiniLM-L6-v2's forward pass over the safetensors file and tokenizer in ``folder``."""

    def __init__(self, folder: Path) -> None:
        import numpy as np
        from safetensors import safe_open
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()  # the file pads every text to 128 tokens
        self.tokenizer.enable_truncation(MAX_TOKENS)
        with safe_open(str(folder / "model.safetensors"), framework="numpy") as weights:
            get = weights.get_tensor
            self.tokens = get("embeddings.word_embeddings.weight").astype(np.float16)
            self.positions = get("embeddings.position_embeddings.weight")[:MAX_TOKENS].copy()
            self.positions += get("embeddings.token_type_embeddings.weight")[0]  # one segment
            self.embedding_norm = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
            self.layers = [_layer(get, f"encoder.layer.{index}.") for index in range(LAYERS)]

    @property
    def width(self) -> int:
        return WIDTH

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last hidden states of a batch of token ids (rows padded with 0, ``mask`` 0 there)."""
        import numpy as np

        count, length = ids.shape
        x = self.tokens[ids].astype(np.float32) + self.positions[:length]
        x = _layer_norm(x, self.embedding_norm)
        hidden = WIDTH // HEADS
        padding = ((mask[:, None, None, :] - 1) * np.float32(1e9)).astype(np.float32)
        scale = np.float32(1 / math.sqrt(hidden))
        for layer in self.layers:
            qkv = layer.qkv(x).reshape(count, length, 3, HEADS, hidden)
            query = qkv[:, :, 0].transpose(0, 2, 1, 3)
            key = qkv[:, :, 1].transpose(0, 2, 3, 1)
            value = qkv[:, :, 2].transpose(0, 2, 1, 3)
            scores = (query @ key) * scale + padding
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            attended = (scores @ value).transpose(0, 2, 1, 3).reshape(count, length, WIDTH)
            x = _layer_norm(layer.out(attended) + x, layer.norm1)
            x = _layer_norm(layer.down(_gelu(layer.up(x))) + x, layer.norm2)
        return x

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts`` (float32, one row each; an empty text gives its [CLS] [SEP] vector)."""
        import numpy as np

        vectors = np.zeros((len(texts), WIDTH), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            encoded = self.tokenizer.encode_batch([texts[i] for i in rows])
            length = max(len(e.ids) for e in encoded)
            ids = np.zeros((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.float32)
            for row, e in enumerate(encoded):
                ids[row, : len(e.ids)] = e.ids
                mask[row, : len(e.ids)] = 1
            states = self._forward(ids, mask)
            vectors[rows] = (states * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)
