"""The programme's rules over whole tables: what ``rmdesk check``, ``import all`` and the
window report about a file.

The forms refuse bad data one record at a time, but a file can still hold it: a
hand-edited export, an old version, a tool that wrote to the database.  This module
runs the same rules over every row, so the three places that look at a whole file
agree on what is wrong:

* each value's shape, read from the models: a whole number (64 bits), a 0/1 flag, a
  finite number, text (UTF-8), a date as stored (YYYY-MM-DD), a date and time as
  stored (YYYY-MM-DD HH:MM:SS); a required value is present;
* the domain's own rules for one row: ``participants.field_errors`` (the email's
  shape included), ``cycles.cycle_field_errors``,
  ``meetings.meeting_field_errors``, ``goals.goal_field_errors`` and
  ``progress_problem``, ``assessments.satisfaction_problem`` and ``scores_problem``,
  ``pairs.same_person_problem`` and ``end_date_problem``; statuses and kinds from the
  models' lists of known values;
* the rules across rows: reporting lines without loops
  (``reporting_lines.reporting_line_problems``), a pair's mentor and mentee in those
  roles (``pairs.role_problem``), assessments and fit answers by someone in the pair
  (``pairs.role_in_pair``);
* foreign keys (SQLite's own ``foreign_key_check``).

A row whose values have the wrong shape is not run through the domain's rules (they
would fail on it again, or worse).  Nothing is ever corrected here: each problem names
the table, the row (its id), the column and what is wrong (``str()``: stable, for
programs and for ``import all``, whose rows are in a file), and says it in the
coordinator's words (``text``: what ``rmdesk check`` and the window print): the record
as the app shows it (a person by name, a pair as "Mentor & Mentee", a meeting by its
pair and date, a goal or cycle by its title or name), the field by its label, and for a
broken rule the form that corrects it.  That wording lives here only.

``row_problems`` checks rows held in memory (an export before ``import all`` writes
it), ``find_problems`` reads every table through a sqlite3 connection (the window's,
an import's inside its transaction), ``check_file`` reads a file without writing to it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from peewee import (
    BooleanField,
    DateField,
    DateTimeField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
)

from rmdesk.programme.assessments import satisfaction_problem, scores_problem
from rmdesk.programme.cycles import CycleData, cycle_field_errors
from rmdesk.programme.goals import GoalData, goal_field_errors, progress_problem
from rmdesk.programme.meetings import MeetingData, meeting_field_errors
from rmdesk.programme.pairs import (
    NOT_IN_PAIR,
    end_date_problem,
    role_in_pair,
    role_problem,
    same_person_problem,
)
from rmdesk.programme.participants import field_errors
from rmdesk.programme.records import ParticipantData
from rmdesk.programme.reporting_lines import reporting_line_problems
from rmdesk.programme.wording import counted as plural
from rmdesk.store.models import (
    ASSESSMENT_PHASES,
    CYCLE_STATUSES,
    FIT_ANSWERS,
    GOAL_OWNERS,
    MEETING_CANCELLERS,
    MEETING_STATUSES,
    MODELS,
    PAIR_STATUSES,
    ROLES,
    TOPIC_KINDS,
)

# (columns, rows) of one table, as a file or SQLite holds them.
TableRows = tuple[Sequence[str], Sequence[Sequence[Any]]]
Row = dict[str, Any]
Check = Callable[[Any], str | None]
Rule = Callable[[Row], Iterable[tuple[str, str]]]

SHOWN = 10  # problems the window lists before "and N more"
_LONGEST = 300  # characters of one problem's technical line
_LONGEST_TEXT = 420  # and of its line in words (a name, a date and a hint more)
_EVERY_ROW = "(every row)"
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

# Columns whose values come from a fixed list, where no domain rule of the row checks it
# (participant role and work mode, goal owner and status, meeting mode: see _RULES).
_KNOWN: dict[tuple[str, str], tuple[str, ...]] = {
    ("participant_topic", "kind"): TOPIC_KINDS,
    ("cycle", "status"): CYCLE_STATUSES,
    ("pair", "status"): PAIR_STATUSES,
    ("meeting", "status"): MEETING_STATUSES,
    ("meeting", "cancelled_by"): MEETING_CANCELLERS,
    ("goal_template", "owner"): GOAL_OWNERS,
    ("assessment", "phase"): ASSESSMENT_PHASES,
    ("assessment_dimension", "role"): ROLES,
    ("fit_check", "answer"): FIT_ANSWERS,
}


@dataclass(frozen=True)
class Problem:
    """One thing in the file that breaks a rule.

    ``str()`` is the stable, technical line (table, row, column, what); ``text`` is the
    same problem in the coordinator's words.  Two problems are equal when their
    technical parts are: ``record`` and ``hint`` only word them.
    """

    table: str
    row: str  # the row's id (a setting's key), or its place in the file if that is unusable
    column: str
    message: str
    record: str = field(default="", compare=False)  # the record as the app names it
    hint: str = field(default="", compare=False)  # where in rmdesk to correct it, or ""

    def __str__(self) -> str:
        return _one_line(f"{self.table} row {self.row}, {self.column}: {self.message}")

    @property
    def text(self) -> str:
        """``Ada Lopez – manager: Nobody can be their own manager. Edit the participant
        (Participants tab): …``; one line, whatever the stored values hold."""
        record = _clip(self.record or _unnamed(self.table, self.row), _LONGEST_RECORD)
        line = f"{record} – {_field_label(self.table, self.column)}: "
        line += _clip(self.message, _LONGEST_MESSAGE)
        return _one_line(f"{line} {self.hint}" if self.hint else line, _LONGEST_TEXT)


def _one_line(text: str, longest: int = _LONGEST) -> str:
    """Control characters shown as escapes (a newline in a name stays on the line)."""
    text = _CONTROL.sub(lambda found: ascii(found.group())[1:-1], text)
    return _clip(text, longest)


def _clip(text: str, longest: int) -> str:
    return text if len(text) <= longest else text[: longest - 1] + "…"


def counted(count: int) -> str:
    """``1 problem``, ``2 problems``."""
    return plural(count, "problem")


def headline(file_name: str, count: int) -> str:
    """What the window says above the lines of ``summary`` when it opens a file."""
    return (
        f"{file_name} has {counted(count)}: data that breaks the programme's rules. "
        "rmdesk shows it as it is and changes nothing. Correct each one where its line "
        "says, or restore a backup (File > Restore from backup…)."
    )


# ---------------------------------------------------------------- wording

# What the app calls each table's records, when the record itself gives no name.
_KINDS = {
    "participant": "Participant", "topic": "Topic", "participant_topic": "Topic of a person",
    "cycle": "Cycle", "pair": "Pair", "meeting": "Meeting", "milestone": "Milestone",
    "closed_date": "Closed day", "goal": "Goal", "goal_update": "Progress update",
    "goal_template": "Goal template", "assessment": "Assessment",
    "assessment_score": "Assessment score", "assessment_dimension": "Assessment dimension",
    "fit_check": "Pairing-fit answer", "setting": "Setting",
}  # fmt: skip

# Fields by the labels of the forms and lists that show them; any other column reads
# as its name in words ("match_reasons": "match reasons").
_LABELS = {
    ("participant", "full_name"): "name",
    ("participant", "manager_id"): "manager",
    ("participant", "availability"): "available on",
    ("participant", "consent_on"): "consent given on",
    ("participant", "updated_at"): "last changed",
    ("participant_topic", "participant_id"): "person",
    ("cycle", "start_date"): "starts on",
    ("cycle", "end_date"): "ends on",
    ("cycle", "cadence_days"): "meet every",
    ("cycle", "meeting_minutes"): "meetings last",
    ("meeting", "starts_at"): "start",
    ("meeting", "duration_minutes"): "duration",
    ("meeting", "location"): "where",
    ("meeting", "notes"): "private notes",
    ("goal", "owner"): "whose goal",
    ("goal", "success_measure"): "how we will know",
    ("goal_template", "owner"): "whose goal",
    ("goal_template", "success_measure"): "how we will know",
    ("assessment", "participant_id"): "who",
    ("fit_check", "participant_id"): "person",
    ("fit_check", "date"): "asked on",
}
_ANY = "*"
# Where the window corrects a broken rule (a form that shows the record and saves only
# what the rules allow).  Values of the wrong shape get none: a backup is the way back.
_HINTS = {
    ("participant", "manager_id"): (
        "Edit the participant (Participants tab): the manager shows as (none) there; "
        "choose the right one and save."
    ),
    ("participant", _ANY): "Edit the participant (Participants tab).",
    ("cycle", _ANY): "Edit the cycle (choose it, then Programme > Edit cycle).",
    ("meeting", "duration_minutes"): "Edit the meeting (Calendar tab, on its day).",
    ("meeting", "mode"): "Edit the meeting (Calendar tab, on its day).",
    ("goal", "progress"): "Record the goal's progress (Goals tab).",
    ("goal", _ANY): "Edit the goal (Goals tab).",
    ("assessment", "satisfaction"): "Enter the assessment again (Goals tab, Assessments).",
    ("assessment_score", "score"): "Enter the assessment again (Goals tab, Assessments).",
}
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_LONGEST_NAME = 60  # characters of a name or title inside a record's description
_LONGEST_RECORD = 160
_LONGEST_MESSAGE = 200


def _field_label(table: str, column: str) -> str:
    label = _LABELS.get((table, column))
    if label is not None:
        return label
    return column.removesuffix("_id").replace("_", " ")


def _hint(table: str, column: str) -> str:
    return _HINTS.get((table, column)) or _HINTS.get((table, _ANY), "")


def _unnamed(table: str, row: str) -> str:
    """A record nothing else names: by its number, or its place in the file."""
    kind = _KINDS.get(table, table)
    if row == _EVERY_ROW:
        return f"Every {kind.lower()}"
    return f"{kind} no. {row}" if row.isdigit() else f"{kind} {row}"


def _broken(table: str, row: str, column: str, message: str) -> Problem:
    """A problem with a rule of the programme, with where the window corrects it."""
    return Problem(table, row, column, message, hint=_hint(table, column))


def _name(value: Any) -> str | None:
    """A stored name or title fit to show (else None: absent, empty, not text)."""
    if type(value) is not str or not value.strip():
        return None
    return _clip(" ".join(value.split()), _LONGEST_NAME)


def _day_text(value: Any) -> str | None:
    """``2 March 2026`` (``, 10:00`` for a date and time) from a stored value, or None."""
    if type(value) is not str:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    day = f"{when.day} {_MONTHS[when.month - 1]} {when.year}"
    return day if len(value) <= 10 else f"{day}, {when:%H:%M}"


class _Names:
    """Each record named as the window shows it, from the rows being checked (built only
    when there are problems; any value may be of the wrong shape, so each is looked at
    before it is used)."""

    def __init__(self, tables: Mapping[str, TableRows]) -> None:
        self._tables = tables
        self._by_id: dict[str, dict[int, Row]] = {}
        self._namers: dict[str, Callable[[Row], str | None]] = {
            "participant": self._participant,
            "topic": lambda row: self._titled("Topic", row.get("name")),
            "cycle": lambda row: self._titled("Cycle", row.get("name")),
            "assessment_dimension": lambda row: self._titled(
                "Assessment dimension", row.get("name")
            ),
            "goal": lambda row: self._titled("Goal", row.get("title")),
            "goal_template": lambda row: self._titled("Goal template", row.get("title")),
            "setting": lambda row: self._titled("Setting", row.get("key")),
            "pair": self._pair_record,
            "meeting": self._meeting,
            "goal_update": self._goal_update,
            "assessment": self._assessment_record,
            "assessment_score": self._score,
            "fit_check": self._fit,
            "participant_topic": self._topic_of,
            "milestone": self._milestone,
            "closed_date": self._closed_day,
        }

    # -- looking rows up

    def _row(self, table: str, place: int) -> Row | None:
        columns, rows = self._tables.get(table, ((), ()))
        if not 0 <= place < len(rows):
            return None
        return dict(zip(columns, rows[place], strict=False))

    def _find(self, table: str, key: Any) -> Row | None:
        if type(key) is not int:
            return None
        if table not in self._by_id:
            columns, rows = self._tables.get(table, ((), ()))
            index: dict[int, Row] = {}
            if "id" in columns:
                at = list(columns).index("id")
                for values in rows:
                    if type(values[at]) is int:
                        index[values[at]] = dict(zip(columns, values, strict=False))
            self._by_id[table] = index
        return self._by_id[table].get(key)

    def _field(self, table: str, key: Any, column: str) -> str | None:
        row = self._find(table, key)
        return None if row is None else _name(row.get(column))

    # -- what callers ask

    def at(self, table: str, place: int) -> str:
        """The record at ``place`` in ``table``'s rows ("" when nothing names it)."""
        row = self._row(table, place)
        return "" if row is None else self._record(table, row)

    def by_id(self, table: str, key: int) -> str:
        row = self._find(table, key)
        return "" if row is None else self._record(table, row)

    def _record(self, table: str, row: Row) -> str:
        namer = self._namers.get(table)
        return (namer(row) if namer is not None else None) or ""

    # -- one table each

    @staticmethod
    def _participant(row: Row) -> str | None:
        name = _name(row.get("full_name"))
        if name is not None:
            return name
        email = _name(row.get("email"))  # a name left empty: the list shows the email
        return f"The participant with email {email}" if email else None

    @staticmethod
    def _titled(kind: str, value: Any) -> str | None:
        name = _name(value)
        return f"{kind} “{name}”" if name else None

    def _pair(self, key: Any) -> str | None:
        """``Mentor name & Mentee name``, as the Pairs tab lists them."""
        row = self._find("pair", key)
        if row is None:
            return None
        mentor = self._field("participant", row.get("mentor_id"), "full_name")
        mentee = self._field("participant", row.get("mentee_id"), "full_name")
        if mentor is None and mentee is None:
            return None
        return f"{mentor or 'an unknown mentor'} & {mentee or 'an unknown mentee'}"

    def _pair_record(self, row: Row) -> str | None:
        pair = self._pair(row.get("id"))
        return f"Pair {pair}" if pair else None

    def _meeting(self, row: Row) -> str | None:
        pair, when = self._pair(row.get("pair_id")), _day_text(row.get("starts_at"))
        if pair is None:
            return f"Meeting on {when}" if when else None
        return f"Meeting of {pair} on {when}" if when else f"Meeting of {pair}"

    def _goal_update(self, row: Row) -> str | None:
        title = self._field("goal", row.get("goal_id"), "title")
        when = _day_text(row.get("date"))
        if title is None:
            return None
        return f"Progress update of {when} on goal “{title}”" if when else f"Goal “{title}”"

    def _by(self, row: Row) -> str | None:
        """``Ada Lopez (Bo Chen & Ada Lopez)``: an answer by a person in a pair."""
        person = self._field("participant", row.get("participant_id"), "full_name")
        pair = self._pair(row.get("pair_id"))
        if person is None:
            return None
        return f"{person} ({pair})" if pair is not None else person

    def _assessment(self, row: Row | None) -> str | None:
        by = None if row is None else self._by(row)
        if row is None or by is None:
            return None
        phase = row.get("phase")
        return (
            f"{phase} assessment of {by}" if phase in ASSESSMENT_PHASES else f"assessment of {by}"
        )

    def _assessment_record(self, row: Row) -> str | None:
        assessment = self._assessment(row)
        return assessment[0].upper() + assessment[1:] if assessment else None

    def _score(self, row: Row) -> str | None:
        assessment = self._assessment(self._find("assessment", row.get("assessment_id")))
        dimension = _name(row.get("dimension"))
        if dimension is None:
            return assessment[0].upper() + assessment[1:] if assessment else None
        score = f"Score for “{dimension}”"
        return f"{score} in the {assessment}" if assessment else score

    def _fit(self, row: Row) -> str | None:
        by = self._by(row)
        return f"Pairing-fit answer of {by}" if by else None

    def _topic_of(self, row: Row) -> str | None:
        person = self._field("participant", row.get("participant_id"), "full_name")
        topic = self._field("topic", row.get("topic_id"), "name")
        if person is None:
            return None
        return f"Topic “{topic}” of {person}" if topic else f"A topic of {person}"

    def _milestone(self, row: Row) -> str | None:
        title = self._titled("Milestone", row.get("title"))
        cycle = self._field("cycle", row.get("cycle_id"), "name")
        if title is None:
            return None
        return f"{title} of cycle “{cycle}”" if cycle else title

    @staticmethod
    def _closed_day(row: Row) -> str | None:
        when = _day_text(row.get("date"))
        return f"Closed day {when}" if when else None


# ---------------------------------------------------------------- shapes


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f"“{value[:40]}…”" if len(value) > 40 else f"“{value}”"
    if isinstance(value, int) and not _INT_MIN <= value <= _INT_MAX:
        return f"A {int(value.bit_length() * math.log10(2)) + 1}-digit number"
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _whole(value: Any) -> str | None:
    if type(value) is int:
        if _INT_MIN <= value <= _INT_MAX:
            return None
        return f"{_shown(value)} is beyond the whole numbers rmdesk stores (±{_INT_MAX})."
    return f"{_shown(value)} is not a whole number."


def _flag(value: Any) -> str | None:
    if type(value) in (int, bool) and value in (0, 1):
        return None
    return f"{_shown(value)} is not 0 or 1 (no or yes)."


def _finite(value: Any) -> str | None:
    if type(value) is float and math.isfinite(value):
        return None
    if type(value) is int and _INT_MIN <= value <= _INT_MAX:
        return None
    return f"{_shown(value)} is not a finite number."


def _text(value: Any) -> str | None:
    if type(value) is not str:
        return f"{_shown(value)} is not text."
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "holds something that is not valid text (UTF-8)."
    return None


def _date(value: Any) -> str | None:
    if type(value) is str and _DATE.fullmatch(value):
        try:
            dt.date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return f"{_shown(value)} is not a date (YYYY-MM-DD)."


def _date_time(value: Any) -> str | None:
    if type(value) is str and _DATE_TIME.fullmatch(value):
        try:
            dt.datetime.fromisoformat(value)
            return None
        except ValueError:
            pass
    return f"{_shown(value)} is not a date and time (YYYY-MM-DD HH:MM:SS)."


def _odd_whole(rows: Sequence[Sequence[Any]], i: int) -> list[int]:
    return [
        k for k, r in enumerate(rows) if type(r[i]) is not int or not _INT_MIN <= r[i] <= _INT_MAX
    ]


def _odd_flag(rows: Sequence[Sequence[Any]], i: int) -> list[int]:
    return [k for k, r in enumerate(rows) if type(r[i]) is not int or not 0 <= r[i] <= 1]


def _odd_finite(rows: Sequence[Sequence[Any]], i: int) -> list[int]:
    return [k for k, r in enumerate(rows) if type(r[i]) is not float or not math.isfinite(r[i])]


def _odd_text(rows: Sequence[Sequence[Any]], i: int) -> list[int]:
    return [k for k, r in enumerate(rows) if type(r[i]) is not str or not r[i].isascii()]


def _every(rows: Sequence[Sequence[Any]], i: int) -> range:
    return range(len(rows))


# Per shape check, the cheap test that picks the values it must look at (a superset of
# the wrong ones: an int where a number goes, a bool flag, accented text pass the check).
_ODD: dict[Check, Callable[[Sequence[Sequence[Any]], int], Iterable[int]]] = {
    _whole: _odd_whole,
    _flag: _odd_flag,
    _finite: _odd_finite,
    _text: _odd_text,
    _date: _every,
    _date_time: _every,
}


def _parses(parse: Callable[[str], object], values: Iterable[str]) -> bool:
    try:
        for _ in map(parse, values):
            pass
    except ValueError:
        return False
    return True


def _plainly_fine(check: Check, values: list[Any], nullable: bool) -> bool:
    """True when every value of a column passes ``check``, found by a few passes over the
    whole column (most columns of a healthy file), instead of one look at each value."""
    kinds = set(map(type, values))
    if type(None) in kinds:
        if not nullable:
            return False
        kinds.discard(type(None))
        values = [value for value in values if value is not None]
    if not values:
        return True
    if check is _whole:
        return kinds == {int} and min(values) >= _INT_MIN and max(values) <= _INT_MAX
    if check is _flag:
        return kinds == {int} and min(values) >= 0 and max(values) <= 1
    if check is _finite:
        return kinds == {float} and all(map(math.isfinite, values))
    if kinds != {str}:
        return False
    if check is _text:
        joined = "".join(values)
        return joined.isascii() or _text(joined) is None
    if check is _date:
        return all(map(_DATE.fullmatch, values)) and _parses(dt.date.fromisoformat, values)
    if check is _date_time:
        pattern = _DATE_TIME.fullmatch
        return all(map(pattern, values)) and _parses(dt.datetime.fromisoformat, values)
    return False


def _check_for(field: Field) -> Check:
    if isinstance(field, BooleanField):
        return _flag
    if isinstance(field, IntegerField | ForeignKeyField):
        return _whole
    if isinstance(field, FloatField):
        return _finite
    if isinstance(field, DateTimeField):
        return _date_time
    if isinstance(field, DateField):
        return _date
    return _text


class _Table(NamedTuple):
    key: str
    columns: dict[str, tuple[Check, bool]]  # column -> (shape check, may be null)
    defaults: dict[str, Any]  # what a column left out of a file gets
    required: tuple[str, ...]  # columns without a default that a file must have


@cache
def _tables() -> dict[str, _Table]:
    """Every model's columns with their shape checks, in dependency order."""
    tables: dict[str, _Table] = {}
    for model in MODELS:
        fields = model._meta.sorted_fields
        defaults = {
            f.column_name: f.default
            for f in fields
            if f.default is not None and not callable(f.default)
        }
        tables[model._meta.table_name] = _Table(
            model._meta.primary_key.column_name,
            {f.column_name: (_check_for(f), bool(f.null)) for f in fields},
            defaults,
            tuple(
                f.column_name
                for f in fields
                if not f.null and f.default is None and f is not model._meta.primary_key
            ),
        )
    return tables


# ---------------------------------------------------------------- rules of one row


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _participant(row: Row) -> Iterator[tuple[str, str]]:
    data = ParticipantData(
        full_name=row["full_name"], role=row["role"], level=row["level"],
        work_mode=row["work_mode"], capacity=row["capacity"], email=row["email"] or "",
    )  # fmt: skip
    yield from field_errors(data).items()


def _cycle(row: Row) -> Iterator[tuple[str, str]]:
    data = CycleData(
        row["name"], _day(row["start_date"]), _day(row["end_date"]), row["cadence_days"],
        row["meeting_minutes"],
    )  # fmt: skip
    yield from cycle_field_errors(data).items()


def _pair(row: Row) -> Iterator[tuple[str, str]]:
    problem = same_person_problem(row["mentor_id"], row["mentee_id"])
    if problem is not None:
        yield "mentee_id", problem
    ended = _day(row["ended_on"])
    problem = end_date_problem(_day(row["started_on"]), ended) if ended is not None else None
    if problem is not None:
        yield "ended_on", problem


def _meeting(row: Row) -> Iterator[tuple[str, str]]:
    starts_at = dt.datetime.fromisoformat(row["starts_at"])
    data = MeetingData(row["pair_id"], starts_at, row["duration_minutes"], row["mode"])
    yield from meeting_field_errors(data).items()
    if row["revision"] < 0:
        yield "revision", f"A meeting's revision counts its changes from 0, not {row['revision']}."


def _goal(row: Row) -> Iterator[tuple[str, str]]:
    data = GoalData(
        row["owner"], row["title"], row["topic_id"], row["success_measure"],
        _day(row["target_date"]), row["status"],
    )  # fmt: skip
    yield from goal_field_errors(data).items()
    yield from _progress(row)


def _progress(row: Row) -> Iterator[tuple[str, str]]:
    problem = progress_problem(row["progress"])
    if problem is not None:
        yield "progress", problem


def _assessment(row: Row) -> Iterator[tuple[str, str]]:
    problem = satisfaction_problem(row["satisfaction"])
    if problem is not None:
        yield "satisfaction", problem


def _score(row: Row) -> Iterator[tuple[str, str]]:
    problem = scores_problem({row["dimension"]: row["score"]})
    if problem is not None:
        yield "score", problem


_RULES: dict[str, Rule] = {
    "participant": _participant,
    "cycle": _cycle,
    "pair": _pair,
    "meeting": _meeting,
    "goal": _goal,
    "goal_update": _progress,
    "assessment": _assessment,
    "assessment_score": _score,
}


def _unknown_values(
    table: str,
    spec: _Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    bad: set[int],
    at: int,
) -> Iterator[Found]:
    """Values outside their column's list of known ones (column by column: fast)."""
    key_at = columns.index(spec.key) if spec.key in columns else None
    for (name, column), known in _KNOWN.items():
        if name != table or column not in columns:
            continue
        i = columns.index(column)
        listed = ", ".join(value or "(none)" for value in known)
        for place, values in enumerate(rows):
            if values[i] not in known and place not in bad:
                message = f"{_shown(values[i])} is not one of: {listed}."
                key = values[key_at] if key_at is not None else None
                yield at, place, Problem(table, _label(key, place), column, message)


# ---------------------------------------------------------------- rules across rows

# The rows of a table whose values have the right shapes: (place in the table, row).
Placed = list[tuple[int, Row]]
# A problem and where it goes in the report: (table's place, row's place, problem).
Found = tuple[int, int, Problem]
_ACROSS = ("participant", "pair", "assessment", "fit_check")  # the tables _across reads


def _label(key: Any, place: int) -> str:
    if (type(key) is int and _INT_MIN <= key <= _INT_MAX) or (type(key) is str and key):
        return _shown(key) if type(key) is str else str(key)
    return f"at position {place + 1}"


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


# ---------------------------------------------------------------- entry points


def _shapes(
    table: str, spec: _Table, columns: Sequence[str], rows: Sequence[Sequence[Any]], at: int
) -> tuple[list[Found], set[int]]:
    """Values of the wrong shape, and the places of their rows. Column by column: a cheap
    test picks the values worth a full look (most are plainly fine)."""
    found: list[Found] = []
    bad: set[int] = set()
    key_at = columns.index(spec.key) if spec.key in columns else None
    for i, column in enumerate(columns):
        if column not in spec.columns:
            continue
        check, nullable = spec.columns[column]
        if _plainly_fine(check, [values[i] for values in rows], nullable):
            continue
        for place in _ODD[check](rows, i):
            value = rows[place][i]
            if value is None:
                message = None if nullable else "has no value; one is required."
            else:
                message = check(value)
            if message is not None:
                label = _label(rows[place][key_at] if key_at is not None else None, place)
                found.append((at, place, Problem(table, label, column, message)))
                bad.add(place)
    return found, bad


def _as_dicts(
    spec: _Table, columns: Sequence[str], rows: Sequence[Sequence[Any]], bad: set[int]
) -> Placed:
    """The rows not in ``bad`` as column -> value, with defaults for columns left out."""
    defaults = {c: v for c, v in spec.defaults.items() if c not in columns}
    if defaults:
        return [
            (place, {**defaults, **dict(zip(columns, values, strict=True))})
            for place, values in enumerate(rows)
            if place not in bad
        ]
    return [
        (place, dict(zip(columns, values, strict=True)))
        for place, values in enumerate(rows)
        if place not in bad
    ]


def row_problems(tables: Mapping[str, TableRows]) -> list[Problem]:
    """Every rule broken by ``tables`` (name -> (columns, rows)), by table then row,
    each record named from ``tables`` as the app names it.

    Tables and columns the models do not know are ignored (the caller refuses them);
    a column a table leaves out counts as its default.
    """
    found = _found(tables)
    if not found:
        return []
    names = _Names(tables)
    return [replace(problem, record=names.at(problem.table, place)) for _, place, problem in found]


def _found(tables: Mapping[str, TableRows]) -> list[Found]:
    known = _tables()
    order = {table: i for i, table in enumerate(known)}
    found: list[Found] = []
    valid: dict[str, Placed] = {}
    for table, (columns, rows) in tables.items():
        spec = known.get(table)
        if spec is None:
            continue
        at = order[table]
        absent = [column for column in spec.required if column not in columns]
        if absent and rows:
            found.extend(
                (at, -1, Problem(table, _EVERY_ROW, column, "is missing from the file."))
                for column in absent
            )
            continue
        shape_problems, bad = _shapes(table, spec, columns, rows, at)
        found.extend(shape_problems)
        found.extend(_unknown_values(table, spec, columns, rows, bad, at))
        rule = _RULES.get(table)
        if rule is None and table not in _ACROSS:
            continue
        good = valid[table] = _as_dicts(spec, columns, rows, bad)
        if rule is not None:
            found.extend(
                (at, place, _broken(table, _label(row.get(spec.key), place), column, text))
                for place, row in good
                for column, text in rule(row)
            )
    found.extend(_across(valid, order))
    found.sort(key=lambda item: (item[0], item[1]))  # stable: a row's problems keep their order
    return found


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lenient(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _read(connection: sqlite3.Connection, table: str, columns: list[str]) -> list[Any]:
    sql = f"SELECT {', '.join(map(_quoted, columns))} FROM {_quoted(table)} ORDER BY rowid"
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.OperationalError:
        # Text that is not UTF-8 cannot become str: read it as it is, to report it.
        factory = connection.text_factory
        connection.text_factory = _lenient
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.text_factory = factory


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
        message = f"refers to {parent} {value}, which does not exist."
        problems.append((rowid, Problem(table, str(rowid), column, message)))
    return problems


def find_problems(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> list[Problem]:
    """Every rule broken by the rows stored behind ``connection`` (any schema version:
    a column or table it does not have yet is not checked)."""
    tables: dict[str, TableRows] = {}
    for table, spec in _tables().items():
        info = connection.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
        columns = [found[1] for found in info if found[1] in spec.columns]
        if columns:
            tables[table] = (columns, _read(connection, table, columns))
    problems = row_problems(tables)
    if foreign_keys:
        dangling = _dangling(connection)
        if dangling:
            names = _Names(tables)
            problems.extend(
                replace(problem, record=names.by_id(problem.table, rowid))
                for rowid, problem in dangling
            )
    return problems


def check_open_database() -> list[Problem]:
    """``find_problems`` on the database the store has open (the window's start-up)."""
    from rmdesk.store.models import database_proxy

    return find_problems(database_proxy.connection())


def check_file(path: Path, *, foreign_keys: bool = True) -> list[Problem]:
    """``find_problems`` on a database file, read-only (the window may have it open)."""
    # The store's reader (as backups use it): writes nothing, not even -wal/-shm files.
    from rmdesk.store.database import _read_only_connection

    connection = _read_only_connection(Path(path))
    try:
        return find_problems(connection, foreign_keys=foreign_keys)
    finally:
        connection.close()


def summary(problems: Sequence[Problem], shown: int = SHOWN) -> list[str]:
    """The first ``shown`` problems in words, then "… and N more" when there are others."""
    return shortened([problem.text for problem in problems[:shown]], len(problems), shown)


def shortened(lines: Sequence[str], total: int | None = None, shown: int = SHOWN) -> list[str]:
    """At most ``shown`` of ``lines``, then "… and N more" (of ``total``, if more exist
    than were worded)."""
    total = len(lines) if total is None else total
    kept = list(lines[:shown])
    if total > len(kept):
        kept.append(f"… and {total - len(kept)} more")
    return kept
