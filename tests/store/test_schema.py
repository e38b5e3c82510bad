"""A file's tables against its schema version: the migrations are the one definition."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from rmdesk.store import close_database, open_database, schema
from rmdesk.store.migrations import LATEST_VERSION, migrate


@contextlib.contextmanager
def connected(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path)
    try:
        yield connection
    finally:
        connection.close()


@pytest.fixture
def latest(tmp_path: Path) -> Path:
    path = tmp_path / "programme.rmdesk"
    open_database(path)
    close_database()
    return path


def test_every_version_is_recorded_as_the_migrations_make_it():
    """The recorded fingerprints are a shortcut only; each must be what the migrations
    make, or a new migration's entry is missing (copy the value shown)."""
    computed = {v: schema.fingerprint(schema.reference(v)) for v in range(LATEST_VERSION + 1)}
    assert dict(schema.RECORDED_FINGERPRINTS) == computed


@pytest.mark.parametrize("version", range(1, LATEST_VERSION + 1))
def test_a_file_migrated_to_each_version_has_exactly_its_tables(tmp_path: Path, version: int):
    path = tmp_path / f"v{version}.rmdesk"
    db = SqliteDatabase(str(path))
    db.connect()
    try:
        migrate(db, target=version)
    finally:
        db.close()
    with connected(path) as connection:
        assert schema.differences(connection, version) == []
        found = schema.fingerprint(schema.describe(connection))
        assert found == schema.RECORDED_FINGERPRINTS[version]


def test_a_version_number_moved_back_is_named_by_its_extra_column(latest: Path):
    with connected(latest) as connection:
        # Later versions only add: each addition is named, nothing is missing.
        found = schema.differences(connection, 4)
        assert "extra column meeting.revision" in found
        assert "extra table attention_acknowledgement" in found
        assert all(item.startswith("extra ") for item in found)
        # Version 1 had none of the tables migration 4 added: one line per table.
        found = schema.differences(connection, 1)
        assert "extra table goal_template" in found
        assert not any(item.startswith("extra column goal_template.") for item in found)


def test_a_version_number_moved_forward_is_named_by_what_is_missing(tmp_path: Path):
    path = tmp_path / "v1.rmdesk"
    db = SqliteDatabase(str(path))
    db.connect()
    try:
        migrate(db, target=1)
    finally:
        db.close()
    with connected(path) as connection:
        found = schema.differences(connection, 3)
    assert found == [
        "missing column meeting.cancelled_by",
        "missing column participant.capacity",
        "missing table closed_date",
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ('ALTER TABLE "topic" ADD COLUMN "colour" TEXT', ["extra column topic.colour"]),
        ('DROP INDEX "meeting_starts_at"', ["missing index meeting.meeting_starts_at"]),
        (
            'DROP INDEX "topic_name"; CREATE INDEX "topic_name" ON "topic" ("name")',
            ["different index topic.topic_name"],  # no longer unique
        ),
        ('CREATE TABLE "notes" ("x" TEXT)', ["extra table notes"]),
        (
            'CREATE TRIGGER "no_topics" BEFORE INSERT ON "topic" '
            "BEGIN SELECT RAISE(ABORT, 'no'); END",
            ["extra trigger no_topics"],
        ),
        ('CREATE VIEW "people" AS SELECT * FROM "participant"', ["extra view people"]),
    ],
)
def test_a_changed_table_is_found_whatever_the_version_says(
    latest: Path, change: str, expected: list[str]
):
    with connected(latest) as connection:
        connection.executescript(change)
        assert schema.differences(connection, LATEST_VERSION) == expected


def test_sqlites_own_tables_are_not_part_of_the_schema(latest: Path):
    """``ANALYZE`` (or ``PRAGMA optimize``) adds sqlite_stat1: still the same schema."""
    with connected(latest) as connection:
        connection.execute("ANALYZE")
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
        assert "sqlite_stat1" in tables
        assert schema.differences(connection, LATEST_VERSION) == []


def test_without_a_recorded_fingerprint_the_migrations_decide_alone(
    latest: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(schema, "RECORDED_FINGERPRINTS", {})
    with connected(latest) as connection:
        assert schema.differences(connection, LATEST_VERSION) == []
        assert "extra column meeting.revision" in schema.differences(connection, 4)


def test_a_matching_file_is_accepted_without_importing_peewee(latest: Path):
    """Before the window opens only the standard library is loaded (architecture.md)."""
    code = (
        "import sys; from pathlib import Path; from rmdesk.store.database import inspect_file; "
        f"inspect_file(Path({str(latest)!r}), check_pages=False); "
        "print('peewee' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
