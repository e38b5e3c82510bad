"""Schema versions: upgrades keep rows, each migration is all-or-nothing, models match SQL."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from peewee import ForeignKeyField, IntegrityError, SqliteDatabase

from rmdesk.store import close_database, open_database
from rmdesk.store import migrations as migrations_module
from rmdesk.store.migrations import (
    APPLICATION_ID,
    IDENTITY_SETTING,
    LATEST_VERSION,
    migrate,
    schema_version,
)
from rmdesk.store.models import MODELS, Participant, ParticipantTopic, Topic

V1_PARTICIPANT_COLUMNS = (
    "full_name, email, role, job_title, department, level, manager_id, location, "
    "work_mode, availability, notes, consent_on, archived, created_at, updated_at"
)


def columns(db, table: str) -> dict[str, tuple[bool, bool]]:
    """Column name -> (not null, part of the primary key), from the database itself."""
    rows = db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
    return {name: (bool(notnull), bool(pk)) for _cid, name, _type, notnull, _default, pk in rows}


def build_version_1(path: Path) -> None:
    """A database as the first release left it: schema 1, a few rows, no capacity column."""
    db = SqliteDatabase(str(path))
    db.connect()
    try:
        assert migrate(db, target=1) == [1]
        assert schema_version(db) == 1
        assert "capacity" not in columns(db, "participant")
        placeholders = ", ".join("?" * 15)
        insert = f"INSERT INTO participant ({V1_PARTICIPANT_COLUMNS}) VALUES ({placeholders})"
        db.execute_sql(
            insert,
            (
                "Grace Hopper", "grace@example.org", "mentee", "Rear Admiral", "Navy", 6, None,
                "Arlington", "onsite", "Mon,Tue", "Invented the compiler", "2025-11-03", 0,
                "2025-11-03 09:00:00", "2025-11-04 10:30:00",
            ),
        )  # fmt: skip
        db.execute_sql(
            insert,
            (
                "Zoë Łukasiewicz", None, "mentor", "Data Analyst", "Finance", 2, 1,
                "Kraków", "remote", "Fri", "", None, 1,
                "2025-12-01 08:15:00", "2025-12-01 08:15:00",
            ),
        )  # fmt: skip
        db.execute_sql("INSERT INTO topic (name) VALUES ('Quantum computing')")
        db.execute_sql(
            "INSERT INTO participant_topic (participant_id, topic_id, kind, priority) "
            "SELECT 2, id, 'offers', 1 FROM topic WHERE name = 'Quantum computing'"
        )
    finally:
        db.close()


def test_version_1_file_is_upgraded_and_keeps_its_rows(db_path: Path):
    build_version_1(db_path)

    db = open_database(db_path)
    try:
        assert schema_version(db) == LATEST_VERSION
        assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        grace, zoe = Participant.select().order_by(Participant.id)
        assert grace.full_name == "Grace Hopper"
        assert grace.email == "grace@example.org"
        assert grace.level == 6
        assert grace.notes == "Invented the compiler"
        assert grace.consent_on == dt.date(2025, 11, 3)
        assert grace.updated_at == dt.datetime(2025, 11, 4, 10, 30)
        assert grace.archived is False
        assert zoe.full_name == "Zoë Łukasiewicz"
        assert zoe.manager_id == grace.id
        assert zoe.location == "Kraków"
        assert zoe.archived is True
        assert [grace.capacity, zoe.capacity] == [1, 1]
        assert Topic.select().count() == 11
        link = ParticipantTopic.get()
        assert (link.participant_id, link.topic.name, link.kind) == (
            zoe.id,
            "Quantum computing",
            "offers",
        )
        # The new column's CHECK came with it.
        create = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'participant'")
        assert "capacity >= 1" in create.fetchone()[0]
    finally:
        close_database()


def test_a_failing_migration_is_rolled_back_and_earlier_ones_stay(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def broken(db) -> None:
        db.execute_sql('ALTER TABLE "topic" ADD COLUMN "colour" TEXT NOT NULL DEFAULT \'\'')
        db.execute_sql("INSERT INTO topic (name) VALUES ('Half-written')")
        db.execute_sql("UPDATE participant SET full_name = 'Overwritten'")
        raise RuntimeError("disk full halfway through the last migration")

    build_version_1(db_path)
    monkeypatch.setattr(migrations_module, "MIGRATIONS", (*migrations_module.MIGRATIONS, broken))
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", LATEST_VERSION + 1)

    db = SqliteDatabase(str(db_path), pragmas={"foreign_keys": 1})
    db.connect()
    try:
        with pytest.raises(RuntimeError, match="last migration"):
            migrate(db, target=LATEST_VERSION + 1)
        assert not db.in_transaction()
        # The real migrations committed one by one; the broken last one left no trace.
        assert schema_version(db) == LATEST_VERSION
        assert "capacity" in columns(db, "participant")
        assert "colour" not in columns(db, "topic")
        assert db.execute_sql("SELECT count(*) FROM topic").fetchone()[0] == 11
        names = [row[0] for row in db.execute_sql("SELECT full_name FROM participant")]
        assert "Overwritten" not in names
        # Foreign keys are switched back on after the migration context.
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()


def test_migrate_applies_only_what_is_missing(db_path: Path):
    db = SqliteDatabase(str(db_path))
    db.connect()
    try:
        assert migrate(db, target=1) == [1]
        assert migrate(db) == list(range(2, LATEST_VERSION + 1))
        assert migrate(db) == []
        assert schema_version(db) == LATEST_VERSION
    finally:
        db.close()


def _model_foreign_keys(model) -> set[tuple[str, str, str, str]]:
    return {
        (
            field.column_name,
            field.rel_model._meta.table_name,
            field.rel_field.column_name,
            (field.on_delete or "NO ACTION").upper(),
        )
        for field in model._meta.sorted_fields
        if isinstance(field, ForeignKeyField)
    }


def _model_unique_indexes(model) -> set[tuple[str, ...]]:
    unique = {(f.column_name,) for f in model._meta.sorted_fields if f.unique}
    for fields, is_unique in model._meta.indexes:
        if is_unique:
            unique.add(tuple(model._meta.fields[name].column_name for name in fields))
    return unique


def test_migrated_tables_are_exactly_the_models_tables(db):
    tables = {
        row[0]
        for row in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    assert tables == {model._meta.table_name for model in MODELS}


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_migrated_schema_matches_the_model(db, model):
    table = model._meta.table_name

    in_database = columns(db, table)
    in_model = {
        field.column_name: (not field.null, field.primary_key)
        for field in model._meta.sorted_fields
    }
    assert set(in_database) == set(in_model), f"{table}: columns differ"
    assert in_database == in_model, f"{table}: NOT NULL / primary key differ"

    foreign_keys = {
        (column, parent, parent_column, on_delete.upper())
        for _id, _seq, parent, column, parent_column, _on_update, on_delete, _match in (
            db.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
        )
    }
    assert foreign_keys == _model_foreign_keys(model), f"{table}: foreign keys differ"

    unique_indexes = set()
    for _seq, name, unique, origin, _partial in db.execute_sql(
        f'PRAGMA index_list("{table}")'
    ).fetchall():
        if unique and origin == "c":
            info = db.execute_sql(f'PRAGMA index_info("{name}")').fetchall()
            unique_indexes.add(tuple(row[2] for row in sorted(info)))
    assert unique_indexes == _model_unique_indexes(model), f"{table}: unique indexes differ"


def _insert_an_active_pair(run: Any) -> None:
    """Ana (mentor, id 1) and Carla (mentee, id 2) as pair 1 of cycle 1, in raw SQL that
    every schema from version 1 on accepts."""
    run(
        f"INSERT INTO participant ({V1_PARTICIPANT_COLUMNS}) VALUES "
        "('Ana Silva', NULL, 'mentor', '', '', 2, NULL, '', 'hybrid', '', '', NULL, 0, "
        "'2026-01-01 09:00:00', '2026-01-01 09:00:00'), "
        "('Carla Mendes', NULL, 'mentee', '', '', 5, NULL, '', 'hybrid', '', '', NULL, 0, "
        "'2026-01-01 09:00:00', '2026-01-01 09:00:00')"
    )
    run(
        "INSERT INTO cycle (name, start_date, end_date, cadence_days, meeting_minutes, "
        "status) VALUES ('2026', '2026-03-02', '2026-12-02', 14, 60, 'active')"
    )
    run(
        "INSERT INTO pair (cycle_id, mentor_id, mentee_id, status, match_reasons, "
        "end_reason) VALUES (1, 1, 2, 'active', '', '')"
    )


def test_version_3_file_gains_goal_templates_dimensions_and_fit_checks(db_path: Path):
    """A file left at schema 3 with a pair, a goal and an assessment keeps them all."""
    db = SqliteDatabase(str(db_path), pragmas={"foreign_keys": 1})
    db.connect()
    try:
        assert migrate(db, target=3) == [1, 2, 3]
        run = db.execute_sql
        _insert_an_active_pair(run)
        run(
            "INSERT INTO goal (pair_id, owner, topic_id, title, success_measure, target_date, "
            "status, progress) VALUES (1, 'mentee', 2, 'Post weekly', 'Four posts', "
            "'2026-06-01', 'in_progress', 40)"
        )
        run(
            "INSERT INTO goal_update (goal_id, date, progress, note) "
            "VALUES (1, '2026-04-01', 40, '')"
        )
        run(
            "INSERT INTO assessment (pair_id, participant_id, phase, date, satisfaction, comment) "
            "VALUES (1, 2, 'baseline', '2026-03-02', 4, 'Keen')"
        )
        run(
            "INSERT INTO assessment_score (assessment_id, dimension, score) "
            "VALUES (1, 'Digital fluency', 2)"
        )
    finally:
        db.close()

    db = open_database(db_path)
    try:
        assert schema_version(db) == LATEST_VERSION >= 4
        run = db.execute_sql
        assert run("SELECT title, progress, status FROM goal").fetchall() == [
            ("Post weekly", 40, "in_progress")
        ]
        assert run("SELECT count(*) FROM goal_update").fetchone() == (1,)
        assert run("SELECT phase, satisfaction, comment FROM assessment").fetchall() == [
            ("baseline", 4, "Keen")
        ]
        assert run("SELECT dimension, score FROM assessment_score").fetchall() == [
            ("Digital fluency", 2)
        ]
        assert [
            tuple(r)
            for r in run(
                "SELECT role, name FROM assessment_dimension ORDER BY role, position"
            ).fetchall()
        ] == [
            ("mentee", "Digital fluency"),
            ("mentee", "Understanding of younger colleagues"),
            ("mentee", "Inclusive leadership"),
            ("mentee", "Openness to challenge"),
            ("mentee", "My junior colleague's views changed something I do"),
            ("mentor", "Confidence with senior leaders"),
            ("mentor", "Communication"),
            ("mentor", "Understanding of the business"),
            ("mentor", "Voice in the organisation"),
            ("mentor", "I felt able to speak honestly with my senior colleague"),
        ]
        # Templates for every seeded topic and both owners, plus general ones.
        per_topic = run(
            "SELECT t.name, g.owner, count(*) FROM goal_template g JOIN topic t "
            "ON t.id = g.topic_id GROUP BY t.name, g.owner"
        ).fetchall()
        assert len(per_topic) == 20 and all(2 <= n <= 4 for _, _, n in per_topic)
        general = run(
            "SELECT owner, count(*) FROM goal_template WHERE topic_id IS NULL GROUP BY owner"
        ).fetchall()
        assert dict(general) == {"mentee": 3, "mentor": 3}
        # The new uniqueness holds: a second baseline for the same person is refused.
        with pytest.raises(IntegrityError):
            run(
                "INSERT INTO assessment (pair_id, participant_id, phase, date, comment) "
                "VALUES (1, 2, 'baseline', '2026-03-03', '')"
            )
        run("INSERT INTO fit_check (pair_id, participant_id, date, answer, note) "
            "VALUES (1, 1, '2026-03-20', 'good_fit', '')")  # fmt: skip
        with pytest.raises(IntegrityError):
            run("INSERT INTO fit_check (pair_id, participant_id, date, answer, note) "
                "VALUES (1, 1, '2026-03-21', 'maybe', '')")  # fmt: skip
    finally:
        close_database()


def test_version_4_meetings_get_a_revision_that_outranks_earlier_exports(db_path: Path):
    """Exports before version 5 sent SEQUENCE 1 for a meeting no longer planned."""
    db = SqliteDatabase(str(db_path), pragmas={"foreign_keys": 1})
    db.connect()
    try:
        assert migrate(db, target=4) == [1, 2, 3, 4]
        run = db.execute_sql
        _insert_an_active_pair(run)
        for day, status in (("2026-03-02", "held"), ("2026-03-16", "cancelled"),
                            ("2026-03-30", "planned")):  # fmt: skip
            run(
                "INSERT INTO meeting (pair_id, starts_at, duration_minutes, mode, location, "
                "agenda, status, notes, cancelled_by) "
                f"VALUES (1, '{day} 10:00:00', 60, 'video', '', '', '{status}', '', '')"
            )
    finally:
        db.close()
    db = open_database(db_path)
    try:
        rows = db.execute_sql("SELECT status, revision FROM meeting ORDER BY starts_at")
        assert rows.fetchall() == [("held", 1), ("cancelled", 1), ("planned", 0)]
    finally:
        close_database()


# --- version 6: the database's identity ---------------------------------------------


def _identity(db) -> list[str]:
    rows = db.execute_sql("SELECT value FROM setting WHERE key = ?", (IDENTITY_SETTING,))
    return [row[0] for row in rows]


def test_a_new_database_is_given_its_identity_when_created(db):
    (identity,) = _identity(db)
    assert str(uuid.UUID(identity)) == identity


def test_an_upgraded_database_is_given_an_identity_and_keeps_one_it_had(tmp_path: Path):
    """Before version 6 the first calendar export made the identity: such a file keeps
    its own (so calendar programs still recognise its events); others get a new one."""
    never_exported, exported = tmp_path / "never.rmdesk", tmp_path / "exported.rmdesk"
    for path in (never_exported, exported):
        old = SqliteDatabase(str(path))
        old.connect()
        migrate(old, target=5)
        old.close()
    earlier = "0c6a1e4e-9f0a-4f43-8a53-6d7f0f6f8a11"
    old = SqliteDatabase(str(exported))
    old.connect()
    old.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (IDENTITY_SETTING, earlier))
    old.close()

    identities = []
    for path in (never_exported, exported):
        db = open_database(path)
        try:
            assert schema_version(db) == LATEST_VERSION
            identities.append(_identity(db))
        finally:
            close_database()
    (made,), (kept,) = identities
    assert kept == earlier
    assert made != earlier and str(uuid.UUID(made)) == made


def test_two_new_databases_have_different_identities(tmp_path: Path):
    identities = []
    for name in ("one.rmdesk", "two.rmdesk"):
        db = open_database(tmp_path / name)
        try:
            identities.extend(_identity(db))
        finally:
            close_database()
    assert len(set(identities)) == 2
