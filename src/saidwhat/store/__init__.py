"""Store: where extractions are kept and queried. SQLite is the embedded default."""

from .rows import date_bounds, day_bound
from .sqlite import Query, Store

__all__ = ["Query", "Store", "date_bounds", "day_bound"]
