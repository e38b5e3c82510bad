"""Applying a clean preview: a backup, then every row written in one transaction.

The writing is the domain's (``programme.participants.write_many``: bulk statements,
a thousand rows a chunk); any database error rolls everything back and is said in
one sentence (``ExchangeError``).
"""

from __future__ import annotations

from pathlib import Path

from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.exchange.csv_import.records import ImportPreview, ImportResult, ImportRow, ProgressFn
from rmdesk.programme.records import ManagerRef
from rmdesk.programme.wording import counted
from rmdesk.store.errors import WriteFailed


def _database_file() -> Path | None:
    from rmdesk.store.models import database_proxy

    name = str(database_proxy.obj.database)
    return None if name in ("", ":memory:") else Path(name)


def _point_at_managers(writes: list[ImportRow]) -> None:
    """Each row's manager as the domain's write takes it: someone stored, or a new row
    of this batch (new rows are always written, so always in ``writes``)."""
    position = {row.line: index for index, row in enumerate(writes)}
    for row in writes:
        target = row.manager_target
        if row.manager_text is None:
            row.manager = None
        elif isinstance(target, tuple):
            row.manager = ManagerRef(row=position[target[1]])
        else:
            row.manager = ManagerRef(participant_id=target)


def apply_import(
    preview: ImportPreview,
    *,
    create_topics: bool = False,
    progress: ProgressFn | None = None,
    backup: bool = True,
) -> ImportResult:
    """Write a problem-free preview in one transaction, after a backup (reason
    "before-import") when there is anything to write: a file with nothing new makes
    no backup (it would only push an older one out).  Raises ExchangeError (nothing
    written) on any problem."""
    from rmdesk.programme import participants
    from rmdesk.store.backups import make_backup

    problems = preview.blocking_problems(create_topics=create_topics)
    if problems:
        raise ExchangeError(
            f"Nothing was imported: the file has {counted(len(problems), 'problem')}, the first on "
            f"{problems[0]}."
        )
    writes = [row for row in preview.rows if row.status != "unchanged"]
    new_topics = tuple(preview.unknown_topics) if create_topics else ()
    database = _database_file()
    made = None
    if backup and database is not None and (writes or new_topics):
        made = make_backup(database, reason="before-import").path
    _point_at_managers(writes)
    try:
        participants.write_many(writes, new_topics=new_topics, progress=progress)
    except WriteFailed as error:
        raise ExchangeError(
            f"Nothing was imported: {error.reason}. The database is as it was before."
        ) from error
    return ImportResult(
        created=preview.new,
        updated=preview.updated,
        unchanged=preview.unchanged,
        topics_created=new_topics,
        backup=made,
    )
