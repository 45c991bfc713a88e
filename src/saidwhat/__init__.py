"""saidwhat: who said what, when, from news text.

>>> from saidwhat import Article, extract
>>> extraction = extract(Article(id="a", text="“We will win,” said Jane Doe.", published="2024-03-18"))
>>> [(s.speaker.name, s.text) for s in extraction.statements]
[('Jane Doe', 'We will win')]
"""

__version__ = "0.3.4"

from .errors import DatasetError, InputError, ModelNotFoundError, SaidwhatError, StoreError  # noqa: E402
from .model import Article, Extraction, Problem, Span, Speaker, Statement, When, to_dict  # noqa: E402
from .nlp import load_nlp  # noqa: E402
from .pipeline import EXTRACTOR, analyse, extract, extract_many  # noqa: E402
from .store import Query, Store  # noqa: E402

__all__ = [
    "EXTRACTOR",
    "Article",
    "DatasetError",
    "Extraction",
    "InputError",
    "ModelNotFoundError",
    "Problem",
    "Query",
    "SaidwhatError",
    "Span",
    "Speaker",
    "Statement",
    "Store",
    "StoreError",
    "When",
    "__version__",
    "analyse",
    "extract",
    "extract_many",
    "load_nlp",
    "to_dict",
]
