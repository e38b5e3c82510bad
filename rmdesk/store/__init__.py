"""Storage: Peewee models over one local SQLite file, its migrations and checks.

No Qt here (a test enforces it): the store is used by the GUI, the command line
and the tests alike.
"""

from typing import TYPE_CHECKING, Any

from rmdesk.store.database import (
    check_integrity,
    close_database,
    inspect_file,
    open_database,
    open_database_read_only,
)
from rmdesk.store.errors import (
    AlteredDatabase,
    CorruptDatabase,
    NewerDatabase,
    NotAnRmdeskDatabase,
    StorageUnavailable,
    StoreError,
)

if TYPE_CHECKING:
    from rmdesk.store.backups import (
        KEEP,
        BackupFailed,
        BackupInfo,
        backup_if_due,
        backups_folder,
        list_backups,
        make_backup,
        restore_backup,
    )

_FROM_BACKUPS = frozenset(
    ("KEEP", "BackupFailed", "BackupInfo", "backup_if_due", "backups_folder", "list_backups",
     "make_backup", "restore_backup")
)  # fmt: skip


def __getattr__(name: str) -> Any:
    """The backups module loads when first asked for: the window (which refuses a bad
    file before it opens) is shown without it."""
    if name in _FROM_BACKUPS:
        from rmdesk.store import backups

        return getattr(backups, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "KEEP",
    "AlteredDatabase",
    "BackupFailed",
    "BackupInfo",
    "CorruptDatabase",
    "NewerDatabase",
    "NotAnRmdeskDatabase",
    "StorageUnavailable",
    "StoreError",
    "backup_if_due",
    "backups_folder",
    "check_integrity",
    "close_database",
    "inspect_file",
    "list_backups",
    "make_backup",
    "open_database",
    "open_database_read_only",
    "restore_backup",
]
