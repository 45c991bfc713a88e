"""The network of the spaCy backbone's tagger (``--backbone spacy``): spaCy's hashed-embedding CNN, with the
token features of ``features.py`` mixed in before the convolutions.

Registered with spaCy's registry so a saved model's config can name it; the
import of ``saidwhat.learned`` registers it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.ml.models.tok2vec import (
    MaxoutWindowEncoder,
    MultiHashEmbed,
    build_Tok2Vec_model,
)
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d

from .features import FEATURES, token_features

# Lexical attributes hashed into embeddings; TAG and DEP come from en_core_web_sm's parse.
ATTRS = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG", "DEP"]
ROWS = [5000, 1000, 2500, 2500, 250, 250]

if not Doc.has_extension("attribution_features"):
    Doc.set_extension("attribution_features", default=None)


@registry.architectures("saidwhat.AttributionTok2Vec.v1")
def attribution_tok2vec(width: int, depth: int, window_size: int) -> Model[list[Doc], list[Floats2d]]:
    """Hashed embeddings of the token and its parse, plus FEATURES, encoded by a maxout CNN."""
    embed = MultiHashEmbed(width=width, attrs=ATTRS, rows=ROWS, include_static_vectors=False)
    mixed = chain(
        concatenate(embed, feature_layer()),
        with_array(Maxout(nO=width, nI=width + len(FEATURES), nP=3, normalize=True)),
    )
    encode = MaxoutWindowEncoder(width=width, window_size=window_size, maxout_pieces=3, depth=depth)
    return build_Tok2Vec_model(mixed, encode)


def feature_layer() -> Model[list[Doc], list[Floats2d]]:
    """FEATURES per token, cached on ``doc._.attribution_features``; nothing to learn."""
    return Model("attribution_features", _forward, dims={"nO": len(FEATURES)})


def _forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Floats2d], Callable]:
    out = []
    for doc in docs:
        if doc._.attribution_features is None:
            doc._.attribution_features = token_features(doc)
        out.append(model.ops.asarray2f(doc._.attribution_features))
    return out, lambda d_out: []
