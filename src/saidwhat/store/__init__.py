"""Store: where extractions are kept and queried. SQLite is the embedded default."""

from .rows import check_range, date_bounds, day_bound
from .sqlite import Query, Store

__all__ = ["Query", "Store", "check_range", "date_bounds", "day_bound"]
