"""The rules across rows: reporting lines without loops, a pair's mentor and mentee in
those roles, assessments and fit answers by someone in the pair, and foreign keys
(SQLite's own ``foreign_key_check``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping

from rmdesk.programme.consistency.rules import Found, Placed
from rmdesk.programme.consistency.shapes import Row, _label, _tables
from rmdesk.programme.consistency.wording import Problem, _broken
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.programme.pairs import NOT_IN_PAIR, role_in_pair, role_problem
from rmdesk.programme.reporting_lines import reporting_line_problems
from rmdesk.store.models import ROLES

_ACROSS = ("participant", "pair", "assessment", "fit_check")  # the tables _across reads


def _across(rows: Mapping[str, Placed], order: Mapping[str, int]) -> Iterator[Found]:
    def problem(table: str, place: int, row: Row, column: str, message: str) -> Found:
        return order[table], place, _broken(table, _label(row["id"], place), column, message)

    participants = {row["id"]: (place, row) for place, row in rows.get("participant", [])}
    managers = {pid: row["manager_id"] for pid, (_, row) in participants.items()}
    for pid, message in reporting_line_problems(managers).items():
        yield problem("participant", *participants[pid], "manager_id", message)
    pairs: dict[int, tuple[int, int]] = {}
    for place, row in rows.get("pair", []):
        mentor_id, mentee_id = row["mentor_id"], row["mentee_id"]
        pairs[row["id"]] = (mentor_id, mentee_id)
        if mentor_id == mentee_id:
            continue  # said once, by same_person_problem
        for column, pid, role in (("mentor_id", mentor_id, "mentor"),
                                  ("mentee_id", mentee_id, "mentee")):  # fmt: skip
            person = participants.get(pid)  # a missing person is a foreign key problem
            if person is None or person[1]["role"] not in ROLES:  # said by field_errors
                continue
            wrong = role_problem(person[1]["full_name"], person[1]["role"], role)
            if wrong is not None:
                yield problem("pair", place, row, column, wrong)
    for table in ("assessment", "fit_check"):
        for place, row in rows.get(table, []):
            people = pairs.get(row["pair_id"])
            if people is not None and role_in_pair(row["participant_id"], *people) is None:
                yield problem(table, place, row, "participant_id", NOT_IN_PAIR)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# The tables a row refers to, as "refers to cycle 77" names them.
_REFERRED = {
    "participant": QT_TRANSLATE_NOOP("Domain", "participant"),
    "topic": QT_TRANSLATE_NOOP("Domain", "topic"),
    "cycle": QT_TRANSLATE_NOOP("Domain", "cycle"),
    "pair": QT_TRANSLATE_NOOP("Domain", "pair"),
    "meeting": QT_TRANSLATE_NOOP("Domain", "meeting"),
    "goal": QT_TRANSLATE_NOOP("Domain", "goal"),
    "assessment": QT_TRANSLATE_NOOP("Domain", "assessment"),
}


def foreign_key_problems(connection: sqlite3.Connection) -> list[Problem]:
    """Rows that refer to a row that does not exist (SQLite's ``foreign_key_check``)."""
    return [problem for _, problem in _dangling(connection)]


def _dangling(connection: sqlite3.Connection) -> list[tuple[int, Problem]]:
    """``foreign_key_problems`` with the rowid of each row (its id: every table that has
    foreign keys has an integer primary key)."""
    columns: dict[tuple[str, int], str] = {}
    problems: list[tuple[int, Problem]] = []
    order = {table: i for i, table in enumerate(_tables())}
    found = connection.execute("PRAGMA foreign_key_check").fetchall()
    found.sort(key=lambda item: (order.get(item[0], len(order)), item[1]))
    for table, rowid, parent, link in found:
        if (table, link) not in columns:
            for key in connection.execute(f"PRAGMA foreign_key_list({_quoted(table)})"):
                columns[(table, key[0])] = key[3]  # (id, seq, parent, column, ...)
        column = columns[(table, link)]
        (value,) = connection.execute(
            f"SELECT {_quoted(column)} FROM {_quoted(table)} WHERE rowid = ?", (rowid,)
        ).fetchone()
        message = Message(
            QT_TRANSLATE_NOOP("Domain", "refers to {parent} {value}, which does not exist."),
            parent=word(_REFERRED, parent),
            value=value,
        )
        problems.append((rowid, Problem(table, str(rowid), column, message)))
    return problems
