"""``rmdesk person erase --prune-backups``: afterwards no file in the data folder holds them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.paths import data_dir, default_database_path
from rmdesk.programme.names import fold_names
from rmdesk.store import close_database, list_backups, make_backup, open_database
from rmdesk.store.models import Cycle, Goal, GoalUpdate, Meeting, Pair, Participant

NAME, EMAIL = "Zoë Łukasiewicz", "zoe.lukasiewicz@example.org"


def needles() -> list[bytes]:
    """Her name and address as UTF-8: whole, each part, in any case, with and without
    accents."""
    texts = {NAME, *NAME.split(), EMAIL}
    texts |= {t.upper() for t in texts} | {t.lower() for t in texts}
    texts |= set(fold_names(sorted(texts)))
    return sorted(t.encode() for t in texts)


def holding(folder: Path) -> dict[str, list[bytes]]:
    """Every file under the folder (backups, -wal, -shm, lock ...) that holds a needle;
    ASCII needles are looked for in any case."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits = [n for n in needles() if n in data or (n.isascii() and n in data.lower())]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


@pytest.fixture
def programme() -> Path:
    """The default programme file in the (per-test) data folder: Zoë in a pair, and
    written about in other people's notes; a backup that holds all of it."""
    database = default_database_path()
    open_database(database)
    zoe = Participant.create(full_name=NAME, email=EMAIL, role="mentor", level=2,
                             notes="Prefers mornings")  # fmt: skip
    hana = Participant.create(full_name="Hana Senior", email="hana@example.org", role="mentee",
                              level=5, notes="Met zoe lukasiewicz at the offsite")  # fmt: skip
    ivo = Participant.create(full_name="Ivo Junior", email="ivo@example.org", role="mentor",
                             level=2)  # fmt: skip
    cycle = Cycle.create(name="2026", start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 10, 5))
    Pair.create(cycle=cycle, mentor=zoe, mentee=hana, status="active")
    other = Pair.create(cycle=cycle, mentor=ivo, mentee=hana, status="proposed")
    Meeting.create(pair=other, starts_at=dt.datetime(2026, 2, 3, 10), status="held",
                   notes=f"Zoe's advice; cc {EMAIL.upper()}")  # fmt: skip
    goal = Goal.create(pair=other, owner="mentee", title="Shadow ŁUKASIEWICZ’s team")
    GoalUpdate.create(goal=goal, date=dt.date(2026, 3, 1), progress=20, note="zoë helped")
    make_backup(database, reason="manual")
    close_database()
    return database


def test_after_erase_with_pruning_no_file_in_the_data_folder_holds_the_person(
    programme: Path, capsys
):
    folder = data_dir()
    assert programme.parent == folder
    before = holding(folder)
    assert "programme.rmdesk" in before and any(p.startswith("backups") for p in before)

    assert main(["person", "erase", EMAIL, "--yes", "--prune-backups"]) == 0
    assert "Zoë Łukasiewicz was erased" in capsys.readouterr().out
    assert [info.reason for info in list_backups(programme)] == ["after-erase"]
    assert holding(folder) == {}
    assert {p.name for p in folder.rglob("*") if p.is_file()} >= {"programme.rmdesk"}


def test_prune_backups_later_also_leaves_no_copy(programme: Path, capsys):
    assert main(["person", "erase", EMAIL, "--yes"]) == 0
    assert "backups" in " ".join(holding(data_dir()))  # the backups still hold her
    assert main(["person", "prune-backups", "--yes"]) == 0
    assert holding(data_dir()) == {}
