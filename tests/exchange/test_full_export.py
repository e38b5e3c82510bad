"""Full JSON export: every table, versioned; import into an empty database restores it exactly."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from rmdesk.exchange import full_export
from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.programme.demo_programme import load_demo
from rmdesk.store import close_database, list_backups, open_database
from rmdesk.store.migrations import LATEST_VERSION
from rmdesk.store.models import MODELS, Participant, Setting, Topic


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """One demo programme exported once for the module (the demo takes a moment)."""
    folder = tmp_path_factory.mktemp("export")
    open_database(folder / "source.rmdesk")
    try:
        load_demo(participants=30, seed=2)
        # Seeded rows changed by the coordinator must come back changed, not re-seeded.
        Topic.update(name="Tech & tools").where(
            Topic.name == "Technology & digital tools"
        ).execute()
        Setting.create(key="organisation.name", value="Acme “Ünïcode” Ltd")
        path = folder / "everything.json"
        counts = full_export.export_all(path)
        document = full_export.build_export()
    finally:
        close_database()
    return path, {"counts": counts, "tables": document["tables"]}


@pytest.fixture
def exported(demo_export: tuple[Path, dict]) -> tuple[Path, dict]:
    return demo_export


def test_every_model_is_exported_with_format_and_versions(exported):
    path, first = exported
    document = json.loads(path.read_text("utf-8"))
    assert (document["format"], document["version"]) == ("rmdesk-export", 1)
    assert document["schema_version"] == LATEST_VERSION
    assert set(document["tables"]) == {model._meta.table_name for model in MODELS}
    assert document["tables"] == first["tables"]
    assert first["counts"]["participant"] == 30 and first["counts"]["meeting"] > 0


def test_import_into_an_empty_database_restores_it_exactly(exported, tmp_path: Path):
    path, first = exported
    target = tmp_path / "new.rmdesk"
    open_database(target)
    try:
        counts = full_export.import_all(path)
        assert counts == first["counts"]
        assert full_export.build_export()["tables"] == first["tables"]
        assert Topic.get_or_none(Topic.name == "Technology & digital tools") is None
        assert [info.reason for info in list_backups(target)] == ["before-import"]
    finally:
        close_database()


def test_a_database_with_data_is_refused_and_untouched(exported, tmp_path: Path):
    path, _first = exported
    target = tmp_path / "busy.rmdesk"
    open_database(target)
    try:
        Participant.create(full_name="Already Here", role="mentor", level=2)
        with pytest.raises(ExchangeError, match="already holds data"):
            full_export.import_all(path)
        assert [p.full_name for p in Participant.select()] == ["Already Here"]
    finally:
        close_database()


def write(tmp_path: Path, document: object, name: str = "bad.json") -> Path:
    target = tmp_path / name
    target.write_text(json.dumps(document), "utf-8")
    return target


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something-else"), "not an rmdesk export"),
        (lambda d: d.update(version=2), "format version 2"),
        (lambda d: d.update(schema_version=LATEST_VERSION + 1), "newer rmdesk"),
        (lambda d: d["tables"].update(mystery={"columns": ["id"], "rows": []}), "unknown table"),
        (lambda d: d["tables"]["topic"]["columns"].append("colour"), "unknown or repeated"),
        (lambda d: d["tables"]["topic"]["rows"].append([1]), "does not match"),
        # Rows of people who do not exist: the foreign key check before the commit names
        # the first (topics come before pairs).
        (
            lambda d: d["tables"]["participant"].update(rows=[]),
            r"cannot be imported: participant_topic row 1, participant_id: refers to "
            r"participant \d+, which does not exist\. \d+ more problems too\. Nothing was "
            r"changed\.",
        ),
    ],
)
def test_bad_exports_are_refused_and_nothing_changes(exported, tmp_path: Path, change, message):
    path, _ = exported
    document = json.loads(path.read_text("utf-8"))
    change(document)
    bad = write(tmp_path, document)
    target = tmp_path / "target.rmdesk"
    open_database(target)
    try:
        before = full_export.build_export()["tables"]
        with pytest.raises(ExchangeError, match=message):
            full_export.import_all(bad)
        assert full_export.build_export()["tables"] == before
    finally:
        close_database()


@pytest.mark.parametrize("content", [b"", b"not json", b"\xff\xfe\x00garbage", b"[1, 2]"])
def test_files_that_are_not_exports_are_refused(db, tmp_path: Path, content: bytes):
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with pytest.raises(ExchangeError, match="not an rmdesk export"):
        full_export.import_all(path)


def test_truncated_export_is_refused(exported, tmp_path: Path):
    path, _ = exported
    data = path.read_bytes()
    short = tmp_path / "short.json"
    short.write_bytes(data[: len(data) // 2])
    open_database(tmp_path / "t.rmdesk")
    try:
        with pytest.raises(ExchangeError, match="not JSON"):
            full_export.import_all(short)
        assert Participant.select().count() == 0
    finally:
        close_database()


def test_an_export_without_a_later_table_keeps_its_seeded_rows(db, tmp_path: Path):
    document = full_export.build_export()
    seeded = {name: len(t["rows"]) for name, t in document["tables"].items() if t["rows"]}
    assert "topic" in seeded
    del document["tables"]["topic"]
    person = {
        "id": 1, "full_name": "Only One", "email": None, "role": "mentor", "job_title": "",
        "department": "", "level": 2, "manager_id": None, "location": "", "work_mode": "hybrid",
        "availability": "", "notes": "", "consent_on": None, "archived": 0, "capacity": 1,
        "created_at": "2026-01-01 00:00:00", "updated_at": "2026-01-01 00:00:00",
    }  # fmt: skip
    document["tables"]["participant"] = {"columns": list(person), "rows": [list(person.values())]}
    path = write(tmp_path, document)
    close_database()
    open_database(tmp_path / "older.rmdesk")
    try:
        full_export.import_all(path)
        assert Topic.select().count() == seeded["topic"]
        assert [p.full_name for p in Participant.select()] == ["Only One"]
    finally:
        close_database()


# -- rows that break the programme's rules -------------------------------------------------


def cell(document: dict, table: str, row: int, column: str) -> tuple[list, int]:
    """The row (a list) and the column's index, to read or change one value."""
    content = document["tables"][table]
    return content["rows"][row], content["columns"].index(column)


def set_value(document: dict, table: str, row: int, column: str, value: object) -> object:
    """Change one value; returns the row's id."""
    values, at = cell(document, table, row, column)
    values[at] = value
    return values[0]


def mentor_as_mentee(document: dict) -> object:
    values, mentor = cell(document, "pair", 0, "mentor_id")
    return set_value(document, "pair", 0, "mentee_id", values[mentor])


def self_manager(document: dict) -> object:
    values, _ = cell(document, "participant", 0, "id")
    return set_value(document, "participant", 0, "manager_id", values[0])


def manager_loop(document: dict) -> object:
    first, _ = cell(document, "participant", 0, "id")
    second, _ = cell(document, "participant", 1, "id")
    set_value(document, "participant", 1, "manager_id", first[0])
    return set_value(document, "participant", 0, "manager_id", second[0])


TAMPERED = {
    "starts_at yesterday": (
        lambda d: set_value(d, "meeting", 0, "starts_at", "yesterday"),
        "meeting", "starts_at", "“yesterday” is not a date and time (YYYY-MM-DD HH:MM:SS).",
    ),
    "started_on a number": (
        lambda d: set_value(d, "pair", 0, "started_on", 12345),
        "pair", "started_on", "12345 is not a date (YYYY-MM-DD).",
    ),
    "duration of 10**12 minutes": (
        lambda d: set_value(d, "meeting", 0, "duration_minutes", 10**12),
        "meeting", "duration_minutes", "A meeting lasts 1 to 480 minutes, not 1000000000000.",
    ),
    "negative duration": (
        lambda d: set_value(d, "meeting", 0, "duration_minutes", -30),
        "meeting", "duration_minutes", "A meeting lasts 1 to 480 minutes, not -30.",
    ),
    "own manager": (
        self_manager, "participant", "manager_id", "Nobody can be their own manager.",
    ),
    "manager loop": (
        manager_loop, "participant", "manager_id",
        "That manager reports to this person: reporting lines cannot loop.",
    ),
    "mentor is the mentee": (
        mentor_as_mentee, "pair", "mentee_id",
        "The mentor and the mentee are the same person: a pair needs two people.",
    ),
    "NaN score": (
        lambda d: set_value(d, "assessment_score", 0, "score", math.nan),
        "assessment_score", "score", "nan is not a whole number.",
    ),
    "NaN match score": (
        lambda d: set_value(d, "pair", 0, "match_score", math.nan),
        "pair", "match_score", "nan is not a finite number.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(TAMPERED))
def test_a_value_that_breaks_a_rule_is_refused_by_table_row_and_column(
    exported, tmp_path: Path, case: str
):
    path, _ = exported
    change, table, column, why = TAMPERED[case]
    document = json.loads(path.read_text("utf-8"))
    row = change(document)
    bad = write(tmp_path, document)
    target = tmp_path / "target.rmdesk"
    open_database(target)
    try:
        before = full_export.build_export()["tables"]
        with pytest.raises(ExchangeError) as refused:
            full_export.import_all(bad)
        assert full_export.build_export()["tables"] == before
    finally:
        close_database()
    message = str(refused.value)
    assert message.startswith(f"bad.json cannot be imported: {table} row {row}, {column}: {why}")
    assert message.endswith("Nothing was changed.")
    assert "\n" not in message
    assert list_backups(target) == []  # refused before anything was written


def test_a_loop_names_its_first_member_and_counts_the_others(exported, tmp_path: Path):
    path, _ = exported
    document = json.loads(path.read_text("utf-8"))
    manager_loop(document)
    open_database(tmp_path / "target.rmdesk")
    try:
        with pytest.raises(ExchangeError, match=r" 1 more problem too\. Nothing was changed\.$"):
            full_export.import_all(write(tmp_path, document))
    finally:
        close_database()


def test_an_export_over_the_size_limit_is_refused_unread(
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(full_export, "IMPORT_LIMIT", 1000)
    path = write(tmp_path, {"format": "rmdesk-export", "padding": "x" * 2000})
    with pytest.raises(ExchangeError, match=r"too large for a full export \(JSON\)"):
        full_export.import_all(path)
