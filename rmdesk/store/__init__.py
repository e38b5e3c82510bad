"""Storage: Peewee models over one local SQLite file, its migrations and checks.

No Qt here (a test enforces it): the store is used by the GUI, the command line
and the tests alike.
"""

from rmdesk.store.database import check_integrity, close_database, inspect_file, open_database
from rmdesk.store.errors import (
    CorruptDatabase,
    NewerDatabase,
    NotAnRmdeskDatabase,
    StorageUnavailable,
    StoreError,
)

__all__ = [
    "CorruptDatabase",
    "NewerDatabase",
    "NotAnRmdeskDatabase",
    "StorageUnavailable",
    "StoreError",
    "check_integrity",
    "close_database",
    "inspect_file",
    "open_database",
]
