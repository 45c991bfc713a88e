"""The exception tree: one base, subclasses named for the condition.

Each subclass also inherits the matching built-in so callers that catch
``ValueError`` or ``OSError`` keep working.
"""


class SaidwhatError(Exception):
    """Base of every error saidwhat raises on purpose."""


class InputError(SaidwhatError, ValueError):
    """An input (file, record, option) cannot be used; the message says how to fix it."""


class ModelNotFoundError(SaidwhatError, OSError):
    """No installed spaCy English pipeline could be loaded."""


class StoreError(SaidwhatError, RuntimeError):
    """The database cannot be opened, migrated or written."""


class DatasetError(SaidwhatError, ValueError):
    """An evaluation dataset is missing files or is malformed."""
