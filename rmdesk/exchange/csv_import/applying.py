"""Applying a clean preview: a backup, then every row written in one transaction.

Bulk statements (``executemany``, a thousand rows a chunk); any database error
rolls everything back and is said in one sentence (``ExchangeError``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rmdesk.exchange.csv_format import ExchangeError, failure_reason
from rmdesk.exchange.csv_import.records import ImportPreview, ImportResult, ImportRow, ProgressFn
from rmdesk.programme.wording import counted

_CHUNK = 1000


def _database_file() -> Path | None:
    from rmdesk.store.models import database_proxy

    name = str(database_proxy.obj.database)
    return None if name in ("", ":memory:") else Path(name)


def apply_import(
    preview: ImportPreview,
    *,
    create_topics: bool = False,
    progress: ProgressFn | None = None,
    backup: bool = True,
) -> ImportResult:
    """Write a problem-free preview in one transaction, after a backup (reason
    "before-import").  Raises ExchangeError (nothing written) on any problem."""
    import sqlite3

    import peewee

    from rmdesk.store.backups import make_backup
    from rmdesk.store.models import database_proxy

    problems = preview.blocking_problems(create_topics=create_topics)
    if problems:
        raise ExchangeError(
            f"Nothing was imported: the file has {counted(len(problems), 'problem')}, the first on "
            f"{problems[0]}."
        )
    database = _database_file()
    made = None
    if backup and database is not None:
        made = make_backup(database, reason="before-import").path
    writes = [row for row in preview.rows if row.status != "unchanged"]
    try:
        with database_proxy.atomic():
            new_topics = _write_topics_table(preview, create_topics)
            _write_rows(writes, preview, progress)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        raise ExchangeError(
            f"Nothing was imported: {failure_reason(error)}. The database is as it was before."
        ) from error
    return ImportResult(
        created=preview.new,
        updated=preview.updated,
        unchanged=preview.unchanged,
        topics_created=new_topics,
        backup=made,
    )


def _write_topics_table(preview: ImportPreview, create_topics: bool) -> tuple[str, ...]:
    from rmdesk.store.models import Topic

    names = tuple(preview.unknown_topics) if create_topics else ()
    if names:
        Topic.insert_many([{"name": name} for name in names]).execute()
    return names


def _write_rows(rows: list[ImportRow], preview: ImportPreview, progress: ProgressFn | None) -> None:
    from rmdesk.store.models import Participant, Topic, database_proxy

    connection = database_proxy.connection()
    now = str(dt.datetime.now().replace(microsecond=0))
    fields = [name for name in ("full_name", "email", "role", "job_title", "department",
              "level", "location", "work_mode", "capacity", "notes") if name in rows[0].values
              ] if rows else []  # fmt: skip
    next_id = (Participant.select(Participant.id).order_by(Participant.id.desc()).scalar() or 0) + 1
    ids: dict[int, int] = {}
    defaults = {"job_title": "", "department": "", "location": "", "notes": ""}
    insert_columns = [*fields, *(name for name in defaults if name not in fields)]
    insert_sql = (
        f"INSERT INTO participant (id, {', '.join(insert_columns)}, availability, archived, "
        f"created_at, updated_at) VALUES ({', '.join('?' * (len(insert_columns) + 5))})"
    )
    update_sql = (
        f"UPDATE participant SET {', '.join(f'{name} = ?' for name in fields)}, updated_at = ? "
        "WHERE id = ?"
    )
    total = len(rows)
    for start in range(0, total, _CHUNK):
        chunk = rows[start : start + _CHUNK]
        inserts, updates = [], []
        for row in chunk:
            if row.existing_id is None:
                ids[row.line] = next_id
                values = [row.values.get(name, defaults.get(name)) for name in insert_columns]
                inserts.append((next_id, *values, "", 0, now, now))
                next_id += 1
            else:
                ids[row.line] = row.existing_id
                updates.append((*(row.values[name] for name in fields), now, row.existing_id))
        connection.executemany(insert_sql, inserts)
        connection.executemany(update_sql, updates)
        if progress is not None:
            progress(start + len(chunk), total)
    by_email = {
        email.lower(): pid
        for pid, email in Participant.select(Participant.id, Participant.email).tuples()
        if email
    }
    by_email.update({row.email: ids[row.line] for row in rows if row.email})
    managers = []
    for row in rows:
        if row.manager_email is not None:
            manager = None
            if row.manager_email:
                manager = by_email[row.manager_email]
            managers.append((manager, ids[row.line]))
    connection.executemany("UPDATE participant SET manager_id = ? WHERE id = ?", managers)
    topic_ids = {name: tid for tid, name in Topic.select(Topic.id, Topic.name).tuples()}
    with_topics = [row for row in rows if row.topics is not None]
    connection.executemany(
        "DELETE FROM participant_topic WHERE participant_id = ?",
        [(ids[row.line],) for row in with_topics],
    )
    connection.executemany(
        "INSERT INTO participant_topic (participant_id, topic_id, kind, priority) "
        "VALUES (?, ?, ?, ?)",
        [
            (
                ids[row.line],
                topic_ids[name],
                "offers" if row.values["role"] == "mentor" else "wants",
                rank,
            )
            for row in with_topics
            for rank, name in enumerate(row.topics or (), start=1)
        ],
    )
