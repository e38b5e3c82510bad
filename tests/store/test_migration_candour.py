"""The candour statements reach existing databases too, after each role's own list."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from rmdesk.store import close_database, open_database
from rmdesk.store.migrations import MIGRATIONS, _candour_dimensions, migrate

MENTOR = "I felt able to speak honestly with my senior colleague"
MENTEE = "My junior colleague's views changed something I do"
BEFORE = MIGRATIONS.index(_candour_dimensions)  # the version just before it


def listed(db) -> list[tuple[str, str, int]]:
    query = "SELECT role, name, position FROM assessment_dimension ORDER BY role, position"
    return [tuple(row) for row in db.execute_sql(query).fetchall()]


def test_an_edited_list_gains_both_statements_at_its_end(db_path: Path):
    old = SqliteDatabase(str(db_path))
    old.connect()
    migrate(old, target=BEFORE)
    old.execute_sql("DELETE FROM assessment_dimension WHERE role = 'mentee'")
    old.execute_sql(
        "INSERT INTO assessment_dimension (role, name, position) VALUES ('mentee', 'Ours', 7)"
    )
    old.close()
    db = open_database(db_path)
    try:
        rows = listed(db)
    finally:
        close_database()
    assert [r for r in rows if r[0] == "mentee"] == [("mentee", "Ours", 7), ("mentee", MENTEE, 8)]
    mentor = [r for r in rows if r[0] == "mentor"]
    assert mentor[-1] == ("mentor", MENTOR, 5) and len(mentor) == 5


def test_a_list_that_has_a_statement_keeps_it_where_it_is(db_path: Path):
    old = SqliteDatabase(str(db_path))
    old.connect()
    migrate(old, target=BEFORE)
    old.execute_sql(
        "INSERT INTO assessment_dimension (role, name, position) VALUES ('mentor', ?, 0)",
        (MENTOR,),
    )
    old.close()
    db = open_database(db_path)
    try:
        mentor = [r for r in listed(db) if r[0] == "mentor"]
    finally:
        close_database()
    assert mentor[0] == ("mentor", MENTOR, 0)
    assert [r[1] for r in mentor].count(MENTOR) == 1


def test_a_new_database_asks_both(db):
    from rmdesk.programme.assessments import dimensions

    assert dimensions("mentor")[-1].name == MENTOR
    assert dimensions("mentee")[-1].name == MENTEE
