"""The programme's rules over whole tables: a file tampered behind rmdesk's back is
reported (table, row, column, what; and in the coordinator's words: the record by its
name, the field by its label, where to correct it), never fixed, and a healthy
programme is clean."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from rmdesk.programme import consistency
from rmdesk.programme.consistency import (
    Problem,
    check_file,
    counted,
    find_problems,
    headline,
    row_problems,
    shortened,
    summary,
)
from rmdesk.programme.demo_programme import load_demo
from rmdesk.programme.pairs import NOT_IN_PAIR, SAME_PERSON
from rmdesk.programme.reporting_lines import (
    MANAGER_LOOP,
    SELF_MANAGER,
    managers_in_loops,
    reporting_line_problems,
)
from rmdesk.store import close_database, open_database
from rmdesk.store.migrations import migrate


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo programme (people, a cycle, pairs, meetings, goals, assessments, fit
    answers) saved once for the module; tests tamper with copies."""
    path = tmp_path_factory.mktemp("consistency") / "programme.rmdesk"
    open_database(path)
    try:
        load_demo(participants=30, seed=2)
    finally:
        close_database()
    return path


def copy(programme: Path, tmp_path: Path) -> Path:
    target = tmp_path / "tampered.rmdesk"
    shutil.copyfile(programme, target)
    return target


def one(path: Path, sql: str) -> object:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchone()[0]


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def tamper(path: Path, *statements: str) -> None:
    """Write behind rmdesk's back, as another tool could: no foreign keys, no CHECKs."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        for sql in statements:
            connection.execute(sql)
        connection.commit()


FIRST_MEETING = "(SELECT min(id) FROM meeting)"
FIRST_PAIR = "(SELECT min(id) FROM pair)"


def test_a_healthy_programme_has_no_problems(programme: Path):
    assert check_file(programme) == []


@pytest.mark.parametrize(
    ("table", "column", "statement", "message"),
    [
        ("meeting", "starts_at",
         f"UPDATE meeting SET starts_at = 'yesterday' WHERE id = {FIRST_MEETING}",
         "“yesterday” is not a date and time (YYYY-MM-DD HH:MM:SS)."),
        ("meeting", "starts_at",
         f"UPDATE meeting SET starts_at = '2026-02-30 10:00:00' WHERE id = {FIRST_MEETING}",
         "“2026-02-30 10:00:00” is not a date and time (YYYY-MM-DD HH:MM:SS)."),
        ("pair", "started_on", f"UPDATE pair SET started_on = 12345 WHERE id = {FIRST_PAIR}",
         "12345 is not a date (YYYY-MM-DD)."),
        ("pair", "match_score", f"UPDATE pair SET match_score = 9e999 WHERE id = {FIRST_PAIR}",
         "inf is not a finite number."),
        ("meeting", "duration_minutes",
         f"UPDATE meeting SET duration_minutes = -30 WHERE id = {FIRST_MEETING}",
         "A meeting lasts 1 to 480 minutes, not -30."),
        ("meeting", "duration_minutes",
         f"UPDATE meeting SET duration_minutes = 1000000000000 WHERE id = {FIRST_MEETING}",
         "A meeting lasts 1 to 480 minutes, not 1000000000000."),
        ("pair", "status", f"UPDATE pair SET status = 'paused' WHERE id = {FIRST_PAIR}",
         "“paused” is not one of: proposed, active, completed, ended_early."),
        ("meeting", "status", f"UPDATE meeting SET status = 'maybe' WHERE id = {FIRST_MEETING}",
         "“maybe” is not one of: planned, held, cancelled, missed."),
        ("goal", "status", "UPDATE goal SET status = 'someday' WHERE id = 1",
         "Unknown status “someday”: use open, in_progress, achieved or dropped."),
        ("goal", "progress", "UPDATE goal SET progress = 150 WHERE id = 1",
         "Progress is a whole percentage from 0 to 100, not 150."),
        ("assessment_score", "score", "UPDATE assessment_score SET score = 2.5 WHERE id = 1",
         "2.5 is not a whole number."),
        ("assessment_score", "score", "UPDATE assessment_score SET score = 9 WHERE id = 1",
         "Scores are 1 to 5"),
        ("participant", "level", "UPDATE participant SET level = 'senior' WHERE id = 1",
         "“senior” is not a whole number."),
        ("participant", "role", "UPDATE participant SET role = 'boss' WHERE id = 1",
         "Role must be mentor (junior) or mentee (senior)."),
        ("participant", "email", "UPDATE participant SET email = 'not an address' WHERE id = 1",
         "“not an address” is not a valid email address."),
        ("participant", "full_name",
         "UPDATE participant SET full_name = CAST(X'41FF42' AS TEXT) WHERE id = 1",
         "holds something that is not valid text (UTF-8)."),
        ("participant", "archived", "UPDATE participant SET archived = 2 WHERE id = 1",
         "2 is not 0 or 1 (no or yes)."),
        ("cycle", "end_date", "UPDATE cycle SET end_date = start_date WHERE id = 1",
         "The end date must be after the start date."),
        ("goal_update", "date", "UPDATE goal_update SET date = '1 March' WHERE id = 1",
         "“1 March” is not a date (YYYY-MM-DD)."),
    ],
)  # fmt: skip
def test_each_tampered_value_is_named_by_table_row_and_column(
    programme: Path, tmp_path: Path, table, column, statement, message
):
    path = copy(programme, tmp_path)
    tamper(path, statement)
    row = one(path, f"SELECT id FROM {table} WHERE {statement.partition('WHERE ')[2]}")

    problems = check_file(path)

    assert [(p.table, p.row, p.column) for p in problems] == [(table, str(row), column)]
    assert problems[0].message.startswith(message)


def test_a_self_manager_and_a_manager_loop(programme: Path, tmp_path: Path):
    path = copy(programme, tmp_path)
    tamper(
        path,
        "UPDATE participant SET manager_id = 1 WHERE id = 1",
        "UPDATE participant SET manager_id = 3 WHERE id = 2",
        "UPDATE participant SET manager_id = 4 WHERE id = 3",
        "UPDATE participant SET manager_id = 2 WHERE id = 4",
        "UPDATE participant SET manager_id = 2 WHERE id = 5",  # under the loop, not in it
    )

    problems = check_file(path)

    assert problems == [
        Problem("participant", "1", "manager_id", SELF_MANAGER),
        Problem("participant", "2", "manager_id", MANAGER_LOOP),
        Problem("participant", "3", "manager_id", MANAGER_LOOP),
        Problem("participant", "4", "manager_id", MANAGER_LOOP),
    ]


def test_a_pair_whose_mentor_is_its_mentee(programme: Path, tmp_path: Path):
    path = copy(programme, tmp_path)
    pair = one(path, "SELECT min(pair_id) FROM fit_check")  # a pair with answers
    mentee = one(path, f"SELECT mentee_id FROM pair WHERE id = {pair}")
    answers = {
        table: [
            str(row)
            for (row,) in query(
                path,
                f"SELECT id FROM {table} WHERE pair_id = {pair} AND participant_id = {mentee} "
                "ORDER BY id",
            )
        ]
        for table in ("assessment", "fit_check")
    }
    assert answers["assessment"] and answers["fit_check"]
    tamper(path, f"UPDATE pair SET mentee_id = mentor_id WHERE id = {pair}")

    # The mentee's own answers no longer belong to anyone in the pair: said too.
    assert check_file(path) == [
        Problem("pair", str(pair), "mentee_id", SAME_PERSON),
        *(Problem("assessment", row, "participant_id", NOT_IN_PAIR)
          for row in answers["assessment"]),
        *(Problem("fit_check", row, "participant_id", NOT_IN_PAIR)
          for row in answers["fit_check"]),
    ]  # fmt: skip


def test_a_pair_whose_mentor_has_the_mentee_role(programme: Path, tmp_path: Path):
    path = copy(programme, tmp_path)
    pair = one(path, "SELECT id FROM pair ORDER BY id LIMIT 1")
    other_mentee = one(
        path, f"SELECT id FROM participant WHERE role = 'mentee' AND id NOT IN (SELECT mentee_id "
        f"FROM pair WHERE id = {pair}) ORDER BY id LIMIT 1",
    )  # fmt: skip
    name = one(path, f"SELECT full_name FROM participant WHERE id = {other_mentee}")
    tamper(
        path,
        "DELETE FROM assessment_score",
        "DELETE FROM assessment",
        "DELETE FROM fit_check",
        f"UPDATE pair SET mentor_id = {other_mentee} WHERE id = {pair}",
    )

    assert check_file(path) == [
        Problem(
            "pair", str(pair), "mentor_id",
            f"{name} is a mentee, not a mentor: a pair's mentor must have the mentor role.",
        )
    ]  # fmt: skip


def test_a_pair_that_ended_before_it_started(programme: Path, tmp_path: Path):
    path = copy(programme, tmp_path)
    dates = "started_on = '2026-03-01', ended_on = '2026-02-01'"
    tamper(path, f"UPDATE pair SET {dates} WHERE id = {FIRST_PAIR}")
    pair = one(path, "SELECT min(id) FROM pair")

    assert check_file(path) == [
        Problem(
            "pair", str(pair), "ended_on",
            "The end date cannot be before the start date (2026-03-01).",
        )
    ]  # fmt: skip


def test_an_assessment_by_someone_outside_the_pair(programme: Path, tmp_path: Path):
    path = copy(programme, tmp_path)
    assessment, pair = (
        one(path, "SELECT id FROM assessment ORDER BY id LIMIT 1"),
        one(path, "SELECT pair_id FROM assessment ORDER BY id LIMIT 1"),
    )
    stranger = one(
        path,
        f"SELECT id FROM participant WHERE id NOT IN (SELECT mentor_id FROM pair WHERE id = "
        f"{pair}) AND id NOT IN (SELECT mentee_id FROM pair WHERE id = {pair}) ORDER BY id LIMIT 1",
    )
    tamper(path, f"UPDATE assessment SET participant_id = {stranger} WHERE id = {assessment}")

    assert check_file(path) == [
        Problem("assessment", str(assessment), "participant_id", NOT_IN_PAIR)
    ]


def test_a_row_that_refers_to_nothing(programme: Path, tmp_path: Path):
    path = copy(programme, tmp_path)
    tamper(path, f"UPDATE pair SET cycle_id = 77 WHERE id = {FIRST_PAIR}")  # foreign keys off
    pair = one(path, "SELECT min(id) FROM pair")

    assert check_file(path) == [
        Problem("pair", str(pair), "cycle_id", "refers to cycle 77, which does not exist.")
    ]
    assert check_file(path, foreign_keys=False) == []  # rmdesk check: check_integrity says it


def test_nothing_is_fixed_and_nothing_is_written(programme: Path, tmp_path: Path):
    path = copy(programme, tmp_path)
    tamper(path, "UPDATE participant SET manager_id = id WHERE id = 1")
    before = path.read_bytes()
    folder = sorted(p.name for p in tmp_path.iterdir())

    assert len(check_file(path)) == 1

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == folder
    assert one(path, "SELECT manager_id FROM participant WHERE id = 1") == 1


def test_a_file_of_an_older_schema_is_checked_on_what_it_has(tmp_path: Path):
    path = tmp_path / "old.rmdesk"
    database = SqliteDatabase(str(path))
    migrate(database, target=1)  # no capacity, no closed dates, no fit checks yet
    database.execute_sql(
        "INSERT INTO participant (id, full_name, role, job_title, department, level, "
        "location, work_mode, availability, notes, archived, created_at, updated_at) VALUES "
        "(1, 'Ada', 'mentee', '', '', 5, '', 'hybrid', '', '', 0, '2026-01-01 09:00:00', "
        "'2026-01-01 09:00:00')"
    )
    database.close()
    assert check_file(path) == []

    tamper(path, "UPDATE participant SET manager_id = 1")

    assert check_file(path) == [Problem("participant", "1", "manager_id", SELF_MANAGER)]


# -- rows held in memory (an export before it is imported) ------------------------------

PERSON = {
    "id": 1, "full_name": "Ada", "email": None, "role": "mentee", "job_title": "",
    "department": "", "level": 5, "manager_id": None, "location": "", "work_mode": "hybrid",
    "availability": "", "notes": "", "consent_on": None, "capacity": 1, "archived": 0,
    "created_at": "2026-01-01 09:00:00", "updated_at": "2026-01-01 09:00:00",
}  # fmt: skip


def people(**changes: object) -> dict[str, tuple[list[str], list[list[object]]]]:
    row = {**PERSON, **changes}
    return {"participant": (list(row), [list(row.values())])}


def test_a_valid_row_in_memory_has_no_problems():
    assert row_problems(people()) == []
    assert row_problems(people(archived=True)) == []  # JSON true is a yes


@pytest.mark.parametrize(
    ("changes", "column", "message"),
    [
        ({"level": math.nan}, "level", "nan is not a whole number."),
        ({"capacity": 10**30}, "capacity", "A 31-digit number is beyond the whole numbers"),
        ({"level": True}, "level", "True is not a whole number."),
        ({"consent_on": "2026-W01-1"}, "consent_on", "“2026-W01-1” is not a date"),
        ({"full_name": "\ud800"}, "full_name", "holds something that is not valid text"),
        ({"notes": 12}, "notes", "12 is not text."),
        ({"full_name": None}, "full_name", "has no value; one is required."),
    ],
)
def test_values_only_a_file_can_hold(changes, column, message):
    [problem] = row_problems(people(**changes))
    assert (problem.table, problem.row, problem.column) == ("participant", "1", column)
    assert problem.message.startswith(message)


def test_a_row_is_named_by_its_id_or_else_by_its_place():
    [problem] = row_problems(people(id="one\ntwo"))
    assert problem.row == "“one\ntwo”"
    assert str(problem) == r"participant row “one\ntwo”, id: “one\ntwo” is not a whole number."
    [problem] = row_problems(people(id=-(2**70)))
    assert (problem.row, problem.column) == ("at position 1", "id")
    [problem] = row_problems(people(level=9))
    assert str(problem) == "participant row 1, level: Level must be between 1 and 6."


def test_a_column_the_file_lacks_is_named_once():
    row = {k: v for k, v in PERSON.items() if k != "full_name"}
    tables = {"participant": (list(row), [list(row.values())] * 3)}
    assert row_problems(tables) == [
        Problem("participant", "(every row)", "full_name", "is missing from the file.")
    ]


# -- wording -------------------------------------------------------------------------------


def test_a_problem_is_one_short_line_whatever_the_value():
    problem = Problem("goal", "7", "status", "Unknown status “a\nb\u2028c" + "x" * 500 + "”.")
    text = str(problem)
    assert "\n" not in text and "\u2028" not in text
    assert text.startswith("goal row 7, status: Unknown status “a\\nb\\u2028cxx")
    assert len(text) == 300 and text.endswith("…")


def test_summary_shows_ten_in_words_and_counts_the_rest():
    problems = [
        Problem("participant", str(i), "manager_id", SELF_MANAGER, record=f"Person {i}")
        for i in range(13)
    ]
    lines = summary(problems)
    assert lines[:10] == [p.text for p in problems[:10]]
    assert lines[0] == "Person 0 – manager: Nobody can be their own manager."
    assert lines[10:] == ["… and 3 more"]
    assert summary(problems[:10]) == [p.text for p in problems[:10]]
    assert shortened(["a", "b", "c"], shown=2) == ["a", "b", "… and 1 more"]
    assert shortened(["a"], total=4) == ["a", "… and 3 more"]


def test_the_count_and_the_headline_are_plural_only_when_they_should_be():
    assert [counted(n) for n in (0, 1, 2)] == ["0 problems", "1 problem", "2 problems"]
    assert headline("t1.rmdesk", 1).startswith(
        "t1.rmdesk has 1 problem: data that breaks the programme's rules."
    )
    assert headline("t1.rmdesk", 2).startswith("t1.rmdesk has 2 problems: ")
    assert "value(s)" not in headline("t1.rmdesk", 2)
    assert "File > Restore from backup" in headline("t1.rmdesk", 2)


# -- in the coordinator's words ------------------------------------------------------------


MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def pair_name(path: Path, pair: object) -> str:
    """``Mentor name & Mentee name``, as the Pairs tab shows a pair."""
    mentor, mentee = query(
        path,
        "SELECT mentor.full_name, mentee.full_name FROM pair "
        "JOIN participant AS mentor ON mentor.id = pair.mentor_id "
        f"JOIN participant AS mentee ON mentee.id = pair.mentee_id WHERE pair.id = {pair}",
    )[0]
    return f"{mentor} & {mentee}"


def texts(path: Path) -> list[str]:
    return [problem.text for problem in check_file(path)]


def test_each_record_is_named_as_the_app_shows_it_with_where_to_correct_it(
    programme: Path, tmp_path: Path
):
    path = copy(programme, tmp_path)
    meeting = one(path, "SELECT min(id) FROM meeting")
    meeting_pair = one(path, f"SELECT pair_id FROM meeting WHERE id = {meeting}")
    starts_at = str(one(path, f"SELECT starts_at FROM meeting WHERE id = {meeting}"))
    assessment, assessed, assessed_pair, phase = query(
        path, "SELECT id, participant_id, pair_id, phase FROM assessment ORDER BY id LIMIT 1"
    )[0]
    pair = one(path, "SELECT min(id) FROM pair")
    tamper(
        path,
        "UPDATE participant SET manager_id = id WHERE id = 3",
        "UPDATE cycle SET end_date = start_date WHERE id = 1",
        f"UPDATE pair SET status = 'paused' WHERE id = {pair}",
        f"UPDATE meeting SET duration_minutes = -5 WHERE id = {meeting}",
        "UPDATE goal SET progress = 150 WHERE id = 1",
        f"UPDATE assessment SET satisfaction = 9 WHERE id = {assessment}",
    )
    person = one(path, "SELECT full_name FROM participant WHERE id = 3")
    cycle = one(path, "SELECT name FROM cycle WHERE id = 1")
    goal = str(one(path, "SELECT title FROM goal WHERE id = 1"))
    goal = goal if len(goal) <= 60 else goal[:59] + "…"
    assessor = one(path, f"SELECT full_name FROM participant WHERE id = {assessed}")
    day = dt.datetime.fromisoformat(starts_at)
    when = f"{day.day} {MONTHS[day.month - 1]} {day.year}, {day:%H:%M}"

    assert texts(path) == [
        f"{person} – manager: Nobody can be their own manager. Edit the participant "
        "(Participants tab): the manager shows as (none) there; choose the right one and save.",
        f"Cycle “{cycle}” – ends on: The end date must be after the start date. Edit the "
        "cycle (choose it, then Programme > Edit cycle).",
        f"Pair {pair_name(path, pair)} – status: “paused” is not one of: proposed, active, "
        "completed, ended_early.",
        f"Meeting of {pair_name(path, meeting_pair)} on {when} – duration: A meeting lasts 1 "
        "to 480 minutes, not -5. Edit the meeting (Calendar tab, on its day).",
        f"Goal “{goal}” – progress: Progress is a whole percentage from 0 to 100, not 150. "
        "Record the goal's progress (Goals tab).",
        f"{phase.title()} assessment of {assessor} ({pair_name(path, assessed_pair)}) – "
        "satisfaction: Satisfaction is 1 to 5, not 9. Enter the assessment again (Goals tab, "
        "Assessments).",
    ]
    # The technical form is unchanged, for programs (and import all's refusals).
    assert str(check_file(path)[0]) == "participant row 3, manager_id: " + SELF_MANAGER


def test_answers_by_someone_outside_their_pair_name_the_person_and_the_pair(
    programme: Path, tmp_path: Path
):
    path = copy(programme, tmp_path)
    pair = one(path, "SELECT min(pair_id) FROM fit_check")
    mentee = one(path, f"SELECT mentee_id FROM pair WHERE id = {pair}")
    name = one(path, f"SELECT full_name FROM participant WHERE id = {mentee}")
    tamper(path, "DELETE FROM assessment_score", "DELETE FROM assessment",
           f"UPDATE pair SET mentee_id = mentor_id WHERE id = {pair}")  # fmt: skip
    both = pair_name(path, pair)  # the mentor, twice

    lines = texts(path)

    assert lines[0] == f"Pair {both} – mentee: {SAME_PERSON}"
    assert set(lines[1:]) == {f"Pairing-fit answer of {name} ({both}) – person: {NOT_IN_PAIR}"}


def test_a_row_that_refers_to_nothing_is_named_by_what_it_still_has(
    programme: Path, tmp_path: Path
):
    path = copy(programme, tmp_path)
    tamper(path, f"UPDATE pair SET cycle_id = 77 WHERE id = {FIRST_PAIR}")
    pair = one(path, "SELECT min(id) FROM pair")
    with contextlib.closing(sqlite3.connect(path)) as connection:
        [problem] = find_problems(connection)
    assert problem.text == (
        f"Pair {pair_name(path, pair)} – cycle: refers to cycle 77, which does not exist."
    )


def test_a_record_without_a_usable_name_is_named_by_its_email_or_number():
    [problem] = row_problems(people(full_name="", email="ada@example.org"))
    assert problem.text == (
        "The participant with email ada@example.org – name: Name is required. Edit the "
        "participant (Participants tab)."
    )
    [problem] = row_problems(people(full_name=" "))
    assert problem.text.startswith("Participant no. 1 – name: Name is required.")
    [problem] = row_problems(people(id="one\ntwo"))
    assert problem.text == r"Ada – id: “one\ntwo” is not a whole number."
    [problem] = row_problems(people(full_name=12))
    assert problem.text == "Participant no. 1 – name: 12 is not text."  # no hint: a shape
    row = {k: v for k, v in PERSON.items() if k != "full_name"}
    [problem] = row_problems({"participant": (list(row), [list(row.values())])})
    assert problem.text == "Every participant – name: is missing from the file."


def test_rows_in_memory_are_named_from_the_rows_themselves():
    boss = {**PERSON, "id": 2, "full_name": "Bo Chen", "manager_id": 2}
    tables = people()
    columns, rows = tables["participant"]
    tables["participant"] = (columns, [*rows, list(boss.values())])
    [problem] = row_problems(tables)
    assert problem.text.startswith(f"Bo Chen – manager: {SELF_MANAGER} Edit the participant")


def test_a_problem_in_words_is_one_bounded_line_whatever_the_names():
    problem = Problem(
        "goal", "7", "status", "Unknown status “a\nb”" + "x" * 500,
        record="Goal “line\none two" + "y" * 300 + "”", hint="Edit the goal (Goals tab).",
    )  # fmt: skip
    text = problem.text
    assert "\n" not in text and " " not in text
    assert text.startswith(r"Goal “line\none\u2028twoyyy")
    assert text.endswith("… Edit the goal (Goals tab).")  # the hint survives a long message
    assert len(text) < 420


# -- the shared rule on reporting lines ------------------------------------------------------


def test_loops_are_found_once_each_and_chains_into_them_are_not_loops():
    managers = {1: 2, 2: 3, 3: 1, 4: 1, 5: 5, 6: None, 7: 99}
    assert managers_in_loops(managers) == {1, 2, 3, 5}
    assert reporting_line_problems(managers) == {
        1: MANAGER_LOOP, 2: MANAGER_LOOP, 3: MANAGER_LOOP, 5: SELF_MANAGER,
    }  # fmt: skip


def test_a_long_reporting_line_is_walked_in_linear_time():
    managers: dict[int, int | None] = {i: i + 1 for i in range(200_000)}
    managers[200_000] = None
    assert managers_in_loops(managers) == set()
    managers[200_000] = 0
    assert len(managers_in_loops(managers)) == 200_001


def test_the_module_knows_every_table():
    from rmdesk.store.models import MODELS

    assert list(consistency._tables()) == [model._meta.table_name for model in MODELS]
