"""Shared fixtures: headless Qt, a fresh database file per test, redirected paths."""

from __future__ import annotations

import os

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English words and dates whatever the developer's own locale: the documents
# (programme.language.system_language()) follow LANGUAGE, the window's QLocale is set to
# British English in tests/ui/conftest.py (C.UTF-8 keeps Qt's tools quiet about the
# encoding); the language tests choose German and French explicitly.
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LC_TIME", None)
os.environ.pop("LC_NUMERIC", None)
os.environ["LANG"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en_GB"

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from rmdesk.store import close_database, open_database


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data folder and settings, never the user's."""
    home = tmp_path_factory.mktemp("rmdesk-home")
    monkeypatch.setenv("RMDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("RMDESK_CONFIG_DIR", str(home / "config"))


@pytest.fixture(autouse=True)
def _commands_leave_nothing_open(request: pytest.FixtureRequest) -> Iterator[None]:
    """A headless command (tests/test_cli*.py) closes the database it opened, even when
    it fails: a connection left open would hold the file in a script's next step."""
    yield
    if request.module.__name__.rpartition(".")[2].startswith("test_cli"):
        from rmdesk.store.models import database_proxy

        assert database_proxy.obj is None, "a command left the database open"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "programme.rmdesk"


@pytest.fixture
def db(db_path: Path) -> Iterator[SqliteDatabase]:
    """An open, migrated, empty database on a temporary file."""
    database = open_database(db_path)
    yield database
    close_database()
