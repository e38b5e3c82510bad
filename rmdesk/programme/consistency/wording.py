"""How a problem reads: the stable technical line, and the same problem in the
coordinator's words (the record as the app names it, the field by its label, and for a
broken rule the form that corrects it).  That wording lives here only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rmdesk.programme import code_words
from rmdesk.programme.assessments import PHASE_LABELS
from rmdesk.programme.consistency.shapes import Row, TableRows
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.store.models import ASSESSMENT_PHASES

SHOWN = 10  # problems the window lists before "and N more"
_LONGEST = 300  # characters of one problem's technical line
_LONGEST_TEXT = 420  # and of its line in words (a name, a date and a hint more)
_EVERY_ROW = "(every row)"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


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
        values = {
            "record": _clip(self.record or _unnamed(self.table, self.row), _LONGEST_RECORD),
            "field": _field_label(self.table, self.column),
            "problem": _clip(self.message, _LONGEST_MESSAGE),
        }
        if self.hint:
            line = Message(
                QT_TRANSLATE_NOOP("Domain", "{record} – {field}: {problem} {hint}"),
                hint=self.hint,
                **values,
            )
        else:
            line = Message(QT_TRANSLATE_NOOP("Domain", "{record} – {field}: {problem}"), **values)
        return _one_line(line, _LONGEST_TEXT)


def _one_line(text: str, longest: int = _LONGEST) -> str:
    """Control characters shown as escapes (a newline in a name stays on the line).

    A line that needs neither is returned as it is: a ``Message`` stays translatable."""
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda found: ascii(found.group())[1:-1], text)
    return _clip(text, longest)


def _clip(text: str, longest: int) -> str:
    return text if len(text) <= longest else text[: longest - 1] + "…"


def counted(count: int) -> str:
    """``1 problem``, ``2 problems``."""
    if count == 1:
        return Message(QT_TRANSLATE_NOOP("Domain", "1 problem"))
    return Message(QT_TRANSLATE_NOOP("Domain", "{count} problems"), count=count)


def headline(file_name: str, count: int) -> str:
    """What the window says above the lines of ``summary`` when it opens a file."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Domain",
            "{file_name} has {problems}: data that breaks the programme's "
            "rules. rmdesk shows it as it is and changes nothing. Correct "
            "each one where its line says, or restore a backup (File > "
            "Restore from backup…).",
        ),
        file_name=file_name,
        problems=counted(count),
    )


# What the app calls each table's records, when the record itself gives no name.
_KINDS: dict[str, str] = {
    "participant": Message(QT_TRANSLATE_NOOP("Domain", "Participant")),
    "topic": Message(QT_TRANSLATE_NOOP("Domain", "Topic")),
    "participant_topic": Message(QT_TRANSLATE_NOOP("Domain", "Topic of a person")),
    "cycle": Message(QT_TRANSLATE_NOOP("Domain", "Cycle")),
    "pair": Message(QT_TRANSLATE_NOOP("Domain", "Pair")),
    "meeting": Message(QT_TRANSLATE_NOOP("Domain", "Meeting")),
    "milestone": Message(QT_TRANSLATE_NOOP("Domain", "Milestone")),
    "closed_date": Message(QT_TRANSLATE_NOOP("Domain", "Closed day")),
    "goal": Message(QT_TRANSLATE_NOOP("Domain", "Goal")),
    "goal_update": Message(QT_TRANSLATE_NOOP("Domain", "Progress update")),
    "goal_template": Message(QT_TRANSLATE_NOOP("Domain", "Goal template")),
    "assessment": Message(QT_TRANSLATE_NOOP("Domain", "Assessment")),
    "assessment_score": Message(QT_TRANSLATE_NOOP("Domain", "Assessment score")),
    "assessment_dimension": Message(QT_TRANSLATE_NOOP("Domain", "Assessment dimension")),
    "fit_check": Message(QT_TRANSLATE_NOOP("Domain", "Pairing-fit answer")),
    "setting": Message(QT_TRANSLATE_NOOP("Domain", "Setting")),
}

# A problem of every record of a table (a column the file lacks), said whole: German
# and French put a gendered word before the noun ("Jedes Treffen", "Chaque rencontre").
_EVERY: dict[str, str] = {
    "participant": Message(QT_TRANSLATE_NOOP("Domain", "Every participant")),
    "topic": Message(QT_TRANSLATE_NOOP("Domain", "Every topic")),
    "participant_topic": Message(QT_TRANSLATE_NOOP("Domain", "Every topic of a person")),
    "cycle": Message(QT_TRANSLATE_NOOP("Domain", "Every cycle")),
    "pair": Message(QT_TRANSLATE_NOOP("Domain", "Every pair")),
    "meeting": Message(QT_TRANSLATE_NOOP("Domain", "Every meeting")),
    "milestone": Message(QT_TRANSLATE_NOOP("Domain", "Every milestone")),
    "closed_date": Message(QT_TRANSLATE_NOOP("Domain", "Every closed day")),
    "goal": Message(QT_TRANSLATE_NOOP("Domain", "Every goal")),
    "goal_update": Message(QT_TRANSLATE_NOOP("Domain", "Every progress update")),
    "goal_template": Message(QT_TRANSLATE_NOOP("Domain", "Every goal template")),
    "assessment": Message(QT_TRANSLATE_NOOP("Domain", "Every assessment")),
    "assessment_score": Message(QT_TRANSLATE_NOOP("Domain", "Every assessment score")),
    "assessment_dimension": Message(QT_TRANSLATE_NOOP("Domain", "Every assessment dimension")),
    "fit_check": Message(QT_TRANSLATE_NOOP("Domain", "Every pairing-fit answer")),
    "setting": Message(QT_TRANSLATE_NOOP("Domain", "Every setting")),
}
MISSING_COLUMN = Message(QT_TRANSLATE_NOOP("Domain", "is missing from the file."))

# Fields by the labels of the forms and lists that show them; any other column reads
# as its name in words ("match_reasons": "match reasons").
_LABELS: dict[tuple[str, str], str] = {
    ("participant", "full_name"): Message(QT_TRANSLATE_NOOP("Domain", "name")),
    ("participant", "manager_id"): Message(QT_TRANSLATE_NOOP("Domain", "manager")),
    ("participant", "availability"): Message(QT_TRANSLATE_NOOP("Domain", "available on")),
    ("participant", "consent_on"): Message(QT_TRANSLATE_NOOP("Domain", "consent given on")),
    ("participant", "updated_at"): Message(QT_TRANSLATE_NOOP("Domain", "last changed")),
    ("participant_topic", "participant_id"): Message(QT_TRANSLATE_NOOP("Domain", "person")),
    ("cycle", "start_date"): Message(QT_TRANSLATE_NOOP("Domain", "starts on")),
    ("cycle", "end_date"): Message(QT_TRANSLATE_NOOP("Domain", "ends on")),
    ("cycle", "cadence_days"): Message(QT_TRANSLATE_NOOP("Domain", "meet every")),
    ("cycle", "meeting_minutes"): Message(QT_TRANSLATE_NOOP("Domain", "meetings last")),
    ("meeting", "starts_at"): Message(QT_TRANSLATE_NOOP("Domain", "start")),
    ("meeting", "duration_minutes"): Message(QT_TRANSLATE_NOOP("Domain", "duration")),
    ("meeting", "location"): Message(QT_TRANSLATE_NOOP("Domain", "where")),
    ("meeting", "notes"): Message(QT_TRANSLATE_NOOP("Domain", "private notes")),
    ("goal", "owner"): Message(QT_TRANSLATE_NOOP("Domain", "whose goal")),
    ("goal", "success_measure"): Message(QT_TRANSLATE_NOOP("Domain", "how we will know")),
    ("goal_template", "owner"): Message(QT_TRANSLATE_NOOP("Domain", "whose goal")),
    ("goal_template", "success_measure"): Message(QT_TRANSLATE_NOOP("Domain", "how we will know")),
    ("assessment", "participant_id"): Message(QT_TRANSLATE_NOOP("Domain", "who")),
    ("fit_check", "participant_id"): Message(QT_TRANSLATE_NOOP("Domain", "person")),
    ("fit_check", "date"): Message(QT_TRANSLATE_NOOP("Domain", "asked on")),
}
_ANY = "*"
# Where the window corrects a broken rule (a form that shows the record and saves only
# what the rules allow).  Values of the wrong shape get none: a backup is the way back.
_HINTS: dict[tuple[str, str], str] = {
    ("participant", "manager_id"): (
        Message(
            QT_TRANSLATE_NOOP(
                "Domain",
                "Edit the participant (Participants tab): the manager shows as "
                "(none) there; choose the right one and save.",
            )
        )
    ),
    ("participant", _ANY): Message(
        QT_TRANSLATE_NOOP("Domain", "Edit the participant (Participants tab).")
    ),
    ("cycle", _ANY): Message(
        QT_TRANSLATE_NOOP("Domain", "Edit the cycle (choose it, then Programme > Edit cycle).")
    ),
    ("meeting", "duration_minutes"): Message(
        QT_TRANSLATE_NOOP("Domain", "Edit the meeting (Calendar tab, on its day).")
    ),
    ("meeting", "mode"): Message(
        QT_TRANSLATE_NOOP("Domain", "Edit the meeting (Calendar tab, on its day).")
    ),
    ("goal", "progress"): Message(
        QT_TRANSLATE_NOOP("Domain", "Record the goal's progress (Goals tab).")
    ),
    ("goal", _ANY): Message(QT_TRANSLATE_NOOP("Domain", "Edit the goal (Goals tab).")),
    ("assessment", "satisfaction"): Message(
        QT_TRANSLATE_NOOP("Domain", "Enter the assessment again (Goals tab, Assessments).")
    ),
    ("assessment", "take_part_again"): Message(
        QT_TRANSLATE_NOOP("Domain", "Enter the assessment again (Goals tab, Assessments).")
    ),
    ("assessment_score", "score"): Message(
        QT_TRANSLATE_NOOP("Domain", "Enter the assessment again (Goals tab, Assessments).")
    ),
}
_MONTHS = (
    Message(QT_TRANSLATE_NOOP("Domain", "January")),
    Message(QT_TRANSLATE_NOOP("Domain", "February")),
    Message(QT_TRANSLATE_NOOP("Domain", "March")),
    Message(QT_TRANSLATE_NOOP("Domain", "April")),
    Message(QT_TRANSLATE_NOOP("Domain", "May")),
    Message(QT_TRANSLATE_NOOP("Domain", "June")),
    Message(QT_TRANSLATE_NOOP("Domain", "July")),
    Message(QT_TRANSLATE_NOOP("Domain", "August")),
    Message(QT_TRANSLATE_NOOP("Domain", "September")),
    Message(QT_TRANSLATE_NOOP("Domain", "October")),
    Message(QT_TRANSLATE_NOOP("Domain", "November")),
    Message(QT_TRANSLATE_NOOP("Domain", "December")),
)
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
    if row == _EVERY_ROW:
        return _EVERY.get(table) or Message(QT_TRANSLATE_NOOP("Domain", "Every {kind}"), kind=table)
    kind = _KINDS.get(table, table)
    return (
        Message(QT_TRANSLATE_NOOP("Domain", "{kind} no. {row}"), kind=kind, row=row)
        if row.isdigit()
        else f"{kind} {row}"
    )


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
    day = Message(
        QT_TRANSLATE_NOOP("Domain", "{day} {month} {year}"),
        day=when.day,
        month=_MONTHS[when.month - 1],
        year=when.year,
    )
    if len(value) <= 10:
        return day
    return Message(QT_TRANSLATE_NOOP("Domain", "{day}, {time}"), day=day, time=f"{when:%H:%M}")


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
        return (
            Message(QT_TRANSLATE_NOOP("Domain", "The participant with email {email}"), email=email)
            if email
            else None
        )

    @staticmethod
    def _titled(kind: str, value: Any) -> str | None:
        name = _name(value)
        return (
            Message(QT_TRANSLATE_NOOP("Domain", "{kind} “{name}”"), kind=kind, name=name)
            if name
            else None
        )

    def _pair(self, key: Any) -> str | None:
        """``Mentor name & Mentee name``, as the Pairs tab lists them."""
        row = self._find("pair", key)
        if row is None:
            return None
        mentor = self._field("participant", row.get("mentor_id"), "full_name")
        mentee = self._field("participant", row.get("mentee_id"), "full_name")
        if mentor is None and mentee is None:
            return None
        return Message(
            QT_TRANSLATE_NOOP("Domain", "{mentor} & {mentee}"),
            mentor=mentor or Message(QT_TRANSLATE_NOOP("Domain", "an unknown mentor")),
            mentee=mentee or Message(QT_TRANSLATE_NOOP("Domain", "an unknown mentee")),
        )

    def _pair_record(self, row: Row) -> str | None:
        pair = self._pair(row.get("id"))
        return Message(QT_TRANSLATE_NOOP("Domain", "Pair {pair}"), pair=pair) if pair else None

    def _meeting(self, row: Row) -> str | None:
        pair, when = self._pair(row.get("pair_id")), _day_text(row.get("starts_at"))
        if pair is None:
            return (
                Message(QT_TRANSLATE_NOOP("Domain", "Meeting on {when}"), when=when)
                if when
                else None
            )
        return (
            Message(
                QT_TRANSLATE_NOOP("Domain", "Meeting of {pair} on {when}"), pair=pair, when=when
            )
            if when
            else Message(QT_TRANSLATE_NOOP("Domain", "Meeting of {pair}"), pair=pair)
        )

    def _goal_update(self, row: Row) -> str | None:
        title = self._field("goal", row.get("goal_id"), "title")
        when = _day_text(row.get("date"))
        if title is None:
            return None
        return (
            Message(
                QT_TRANSLATE_NOOP("Domain", "Progress update of {when} on goal “{title}”"),
                when=when,
                title=title,
            )
            if when
            else Message(QT_TRANSLATE_NOOP("Domain", "Goal “{title}”"), title=title)
        )

    def _by(self, row: Row) -> str | None:
        """``Ada Lopez (Bo Chen & Ada Lopez)``: an answer by a person in a pair."""
        person = self._field("participant", row.get("participant_id"), "full_name")
        pair = self._pair(row.get("pair_id"))
        if person is None:
            return None
        if pair is None:
            return person
        return Message(QT_TRANSLATE_NOOP("Domain", "{person} ({pair})"), person=person, pair=pair)

    def _assessment(self, row: Row | None, first: bool = False) -> str | None:
        """``baseline assessment of …`` inside a sentence, ``Baseline …`` opening one."""
        by = None if row is None else self._by(row)
        if row is None or by is None:
            return None
        phase = row.get("phase")
        if phase not in ASSESSMENT_PHASES:
            if first:
                return Message(QT_TRANSLATE_NOOP("Domain", "Assessment of {by}"), by=by)
            return Message(QT_TRANSLATE_NOOP("Domain", "assessment of {by}"), by=by)
        if first:
            return Message(
                QT_TRANSLATE_NOOP("Domain", "{phase} assessment of {by}"),
                phase=word(PHASE_LABELS, phase),
                by=by,
            )
        return Message(
            QT_TRANSLATE_NOOP("Domain", "{phase} assessment of {by}"),
            phase=word(code_words.PHASE, phase),
            by=by,
        )

    def _assessment_record(self, row: Row) -> str | None:
        return self._assessment(row, first=True)

    def _score(self, row: Row) -> str | None:
        found = self._find("assessment", row.get("assessment_id"))
        assessment = self._assessment(found)
        dimension = _name(row.get("dimension"))
        if dimension is None:
            return self._assessment(found, first=True)
        score = Message(QT_TRANSLATE_NOOP("Domain", "Score for “{dimension}”"), dimension=dimension)
        return (
            Message(
                QT_TRANSLATE_NOOP("Domain", "{score} in the {assessment}"),
                score=score,
                assessment=assessment,
            )
            if assessment
            else score
        )

    def _fit(self, row: Row) -> str | None:
        by = self._by(row)
        return (
            Message(QT_TRANSLATE_NOOP("Domain", "Pairing-fit answer of {by}"), by=by)
            if by
            else None
        )

    def _topic_of(self, row: Row) -> str | None:
        person = self._field("participant", row.get("participant_id"), "full_name")
        topic = self._field("topic", row.get("topic_id"), "name")
        if person is None:
            return None
        return (
            Message(
                QT_TRANSLATE_NOOP("Domain", "Topic “{topic}” of {person}"),
                topic=topic,
                person=person,
            )
            if topic
            else Message(QT_TRANSLATE_NOOP("Domain", "A topic of {person}"), person=person)
        )

    def _milestone(self, row: Row) -> str | None:
        title = self._titled("Milestone", row.get("title"))
        cycle = self._field("cycle", row.get("cycle_id"), "name")
        if title is None:
            return None
        return (
            Message(
                QT_TRANSLATE_NOOP("Domain", "{title} of cycle “{cycle}”"), title=title, cycle=cycle
            )
            if cycle
            else title
        )

    @staticmethod
    def _closed_day(row: Row) -> str | None:
        when = _day_text(row.get("date"))
        return (
            Message(QT_TRANSLATE_NOOP("Domain", "Closed day {when}"), when=when) if when else None
        )


def summary(problems: Sequence[Problem], shown: int = SHOWN) -> list[str]:
    """The first ``shown`` problems in words, then "… and N more" when there are others."""
    return shortened([problem.text for problem in problems[:shown]], len(problems), shown)


def shortened(lines: Sequence[str], total: int | None = None, shown: int = SHOWN) -> list[str]:
    """At most ``shown`` of ``lines``, then "… and N more" (of ``total``, if more exist
    than were worded)."""
    total = len(lines) if total is None else total
    kept = list(lines[:shown])
    if total > len(kept):
        kept.append(
            Message(QT_TRANSLATE_NOOP("Domain", "… and {count} more"), count=total - len(kept))
        )
    return kept
