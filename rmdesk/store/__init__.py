"""Storage: Peewee models over one local SQLite file, its migrations and checks.

No Qt here (a test enforces it): the store is used by the GUI, the command line
and the tests alike.
"""

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
