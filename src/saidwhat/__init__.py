"""saidwhat: who said what, when, from news text."""

__version__ = "0.1.0"
