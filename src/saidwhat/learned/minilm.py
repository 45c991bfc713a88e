"""The transformer tagger in torch, for training and ONNX export only.

MiniLM-L6 (all-MiniLM-L6-v2: BERT with 6 layers of width 384, uncased) reads
the word pieces; a small head reads each piece's last hidden state beside
spaCy's view of its token (dependency label, fine tag, the rules' features)
and scores the BIO tags of ``pieces.TAGS``. The module names follow the
released weights, so they load as they are. Inference runs the exported
ONNX file (``onnx_tagger``), never this.
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.nn import functional as F

HIDDEN, LAYERS, HEADS, INTERMEDIATE, VOCAB, POSITIONS = 384, 6, 12, 1536, 30522, 512
DEP_WIDTH = TAG_WIDTH = 16
HEAD_WIDTH = 256


class Embeddings(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(VOCAB, HIDDEN, padding_idx=0)
        self.position_embeddings = nn.Embedding(POSITIONS, HIDDEN)
        self.token_type_embeddings = nn.Embedding(2, HIDDEN)
        self.LayerNorm = nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.word_embeddings(ids) + self.position_embeddings(positions) + self.token_type_embeddings.weight[0]
        return self.LayerNorm(x)


class SelfAttention(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.query, self.key, self.value = nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN)

    def forward(self, x: torch.Tensor, bias: torch.Tensor, dropout: float) -> torch.Tensor:
        b, n, _ = x.shape

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, HEADS, HIDDEN // HEADS).transpose(1, 2)

        q, k, v = heads(self.query(x)), heads(self.key(x)), heads(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + bias
        weights = F.dropout(scores.softmax(-1), dropout, self.training)
        return (weights @ v).transpose(1, 2).reshape(b, n, HIDDEN)


class Residual(nn.Module):
    """dense, dropout, add and normalise: BERT's "output" blocks."""

    def __init__(self, width_in: int) -> None:
        super().__init__()
        self.dense = nn.Linear(width_in, HIDDEN)
        self.LayerNorm = nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, h: torch.Tensor, x: torch.Tensor, dropout: float) -> torch.Tensor:
        return self.LayerNorm(x + F.dropout(self.dense(h), dropout, self.training))


class Attention(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.self = SelfAttention()
        self.output = Residual(HIDDEN)


class Intermediate(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.dense = nn.Linear(HIDDEN, INTERMEDIATE)


class Layer(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.attention = Attention()
        self.intermediate = Intermediate()
        self.output = Residual(INTERMEDIATE)

    def forward(self, x: torch.Tensor, bias: torch.Tensor, dropout: float) -> torch.Tensor:
        x = self.attention.output(self.attention.self(x, bias, dropout), x, dropout)
        return self.output(F.gelu(self.intermediate.dense(x)), x, dropout)


class Encoder(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.layer = nn.ModuleList(Layer() for _ in range(LAYERS))


class Tagger(nn.Module):
    """MiniLM plus a tagging head; ``forward`` returns (batch x pieces x tags) scores."""

    def __init__(self, n_features: int, n_deps: int, n_tags: int, n_out: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.embeddings = Embeddings()
        self.encoder = Encoder()
        self.dep = nn.Embedding(n_deps, DEP_WIDTH)
        self.tag = nn.Embedding(n_tags, TAG_WIDTH)
        self.hidden = nn.Linear(HIDDEN + n_features + DEP_WIDTH + TAG_WIDTH, HEAD_WIDTH)
        self.out = nn.Linear(HEAD_WIDTH, n_out)
        self.dropout = dropout

    def forward(self, ids, mask, feats, dep, tag):  # noqa: ANN001, ANN201 - traced for ONNX
        x = F.dropout(self.embeddings(ids), self.dropout, self.training)
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0  # padding is never attended
        for layer in self.encoder.layer:
            x = layer(x, bias, self.dropout)
        z = torch.cat([x, feats.to(x.dtype), self.dep(dep), self.tag(tag)], dim=-1)
        z = F.dropout(F.gelu(self.hidden(F.dropout(z, self.dropout, self.training))), self.dropout, self.training)
        return self.out(z)

    def load_base(self, weights: dict[str, torch.Tensor]) -> None:
        """The released MiniLM weights into the encoder; the head stays as initialised."""
        own = self.state_dict()
        missing = [k for k in own if k.startswith(("embeddings.", "encoder.")) and k not in weights]
        if missing:
            raise ValueError(f"not MiniLM weights: {len(missing)} missing, e.g. {missing[0]}")
        self.load_state_dict({k: v for k, v in weights.items() if k in own}, strict=False)
