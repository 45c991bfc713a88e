"""Store: where extractions are kept and queried. SQLite is the embedded default."""

from .sqlite import Query, Store, date_bounds

__all__ = ["Query", "Store", "date_bounds"]
