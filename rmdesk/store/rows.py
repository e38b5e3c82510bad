"""Reading many rows fast: a Peewee query run as plain SQLite rows.

Peewee converts every value it returns (dates, booleans, foreign keys); on lists
of thousands of rows that costs more than the query itself.  Lists that need no
model instances read raw tuples instead (dates stay ISO text).
"""

from __future__ import annotations

from typing import Any

from rmdesk.store.models import database_proxy


def raw_rows(query: Any) -> Any:
    """A cursor over ``query``'s rows as SQLite returns them."""
    return database_proxy.execute(query)
