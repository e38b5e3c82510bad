"""A failed write reaches the caller as our ``WriteFailed``, naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import IntegrityError, OperationalError

from rmdesk.store import close_database, open_database
from rmdesk.store.errors import StoreError, WriteFailed, failure_reason
from rmdesk.store.models import Topic, database_proxy


def test_a_refused_write_is_a_write_failed_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "programme.rmdesk"
    open_database(path)
    try:
        database_proxy.execute_sql("PRAGMA query_only = 1")  # as a read-only file would
        with pytest.raises(WriteFailed) as caught, database_proxy.atomic():
            Topic.create(name="Never saved")
        error = caught.value
        assert isinstance(error, StoreError)
        assert isinstance(error, OperationalError)  # code catching the ORM's still works
        assert "readonly" in error.reason
        assert str(error).startswith(f"Cannot use {path}: attempt to write a readonly")
        assert "(the file or its folder is read-only)" in str(error)
        assert failure_reason(error) == error.reason
        database_proxy.execute_sql("PRAGMA query_only = 0")
        assert not Topic.select().where(Topic.name == "Never saved").exists()
    finally:
        close_database()


def test_broken_rules_stay_the_orms_integrity_errors(tmp_path: Path) -> None:
    """Only operational failures are ours: a constraint is the domain's to word."""
    open_database(tmp_path / "programme.rmdesk")
    try:
        Topic.create(name="Once")
        with pytest.raises(IntegrityError) as caught:
            Topic.create(name="Once")
        assert not isinstance(caught.value, WriteFailed)
    finally:
        close_database()


def test_the_reason_is_one_line_and_without_a_path_says_the_database() -> None:
    error = WriteFailed("disk\nfull")
    assert error.reason == "disk full"
    assert str(error) == "The database could not be written: disk full."
