"""Which column of an HR export is which field, and what its words mean.

HR systems name their columns their own way (“Given name”, “Work Email”, “Reports
to”, “Grade”) and write values their own way (“Office”, “On-site”, “Junior”): the
synonyms here, folded by ``exchange.headers.normalise``, recognise them whatever their
case, spacing and punctuation.  A coordinator assigns any other column with a mapping
(``--map "Header=field"`` or the window's mapping step); a column no field claims is
ignored and listed as such, never an error.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rmdesk.exchange.headers import guess_fields, normalise, split_assignment
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message

# Every field a column can fill, in the order the mapping step offers them.
FIELDS: tuple[str, ...] = (
    "full_name", "first_name", "last_name", "email", "employee_id", "role", "job_title",
    "department", "level", "manager", "location", "work_mode", "availability", "offers",
    "wants", "capacity", "notes",
)  # fmt: skip
# What HR systems call them (and rmdesk's exports before version 8: manager_email).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("full name", "name", "employee name", "display name", "participant"),
    "first_name": ("first name", "given name", "forename", "first"),
    "last_name": ("last name", "surname", "family name", "last"),
    "email": (
        "e-mail",
        "work email",
        "email address",
        "e-mail address",
        "work e-mail",
        "business email",
        "primary email",
        "mail",
    ),
    "employee_id": (
        "employee id",
        "employee number",
        "staff id",
        "staff number",
        "employee no",
        "employee #",
        "emp id",
        "personnel number",
        "worker id",
    ),
    "role": ("programme role", "program role", "mentoring role"),
    "job_title": ("job title", "title", "position", "job", "position title"),
    "department": ("dept", "division", "team", "business unit", "org unit"),
    "level": ("grade", "band", "job level", "career level"),
    "manager": (
        "manager email",
        "manager e-mail",
        "reports to",
        "supervisor",
        "line manager",
        "manager name",
        "manager id",
        "supervisor email",
    ),
    "location": ("office", "site", "work location", "office location"),
    "work_mode": ("working mode", "work arrangement", "workplace type"),
    "availability": ("available days", "days available"),
    "offers": ("topics offered",),
    "wants": ("topics wanted",),
    "capacity": ("max pairs",),
    "notes": ("note", "comments", "comment"),
}

# Values as HR files write them -> the stored word.
_ROLE_WORDS = {
    "mentor": "mentor", "junior": "mentor", "juniormentor": "mentor", "reversementor": "mentor",
    "mentee": "mentee", "senior": "mentee", "seniormentee": "mentee",
}  # fmt: skip
_WORK_MODE_WORDS = {
    "onsite": "onsite", "office": "onsite", "inoffice": "onsite", "intheoffice": "onsite",
    "remote": "remote", "fullyremote": "remote", "home": "remote", "workfromhome": "remote",
    "wfh": "remote", "hybrid": "hybrid", "flexible": "hybrid",
}  # fmt: skip
_GRADE = re.compile(r"(?:level|grade|band|[lgb])?\s*[-:.]?\s*([0-9]{1,3})", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def role_value(text: str) -> str:
    """The stored role for ``text`` (“Junior”, “MENTEE”), else ``text`` lowercased for
    the domain's refusal."""
    return _ROLE_WORDS.get(normalise(text), text.lower())


@functools.lru_cache(maxsize=4096)
def work_mode_value(text: str) -> str:
    """The stored work mode for ``text`` (“Office”, “On-site”, “In office” are onsite)."""
    return _WORK_MODE_WORDS.get(normalise(text), text.lower())


@functools.lru_cache(maxsize=4096)
def grade_number(text: str) -> str:
    """“Band 4”, “G4”, “Level-4” as “4”; anything else unchanged."""
    match = _GRADE.fullmatch(text.strip())
    return match.group(1) if match else text


# The fields a file must give for every row, or the coordinator gives once for everyone.
EVERYONE_FIELDS = ("role", "level")


def _not_a_field(name: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Domain", "“{name}” is not a field; the fields are {fields}."),
        name=name,
        fields=", ".join(FIELDS),
    )


class MappingError(ValueError):
    """A mapping names a field or a column that does not exist; one sentence."""


def parse_assignment(text: str) -> tuple[str, str]:
    """``"Header=field"`` -> (header, field); an empty field ignores the column.

    The last ``=`` separates them, so a header may contain one.
    """
    try:
        header, name = split_assignment(text, "field")
    except ValueError as error:
        raise MappingError(str(error)) from None
    if name and name not in FIELDS:
        raise MappingError(_not_a_field(name))
    return header, name


@dataclass
class ColumnPlan:
    """The field each column of a file fills (None: ignored) and why a plan is refused."""

    headers: list[str]
    fields: list[str | None]
    problems: list[str] = field(default_factory=list)
    # One value for everyone (field -> text: role, level) where the file gives none:
    # no such column, or a blank cell; ``filled`` counts the rows that took it.
    everyone: dict[str, str] = field(default_factory=dict)
    filled: dict[str, int] = field(default_factory=dict)

    @property
    def ignored(self) -> list[str]:
        """The columns no field claims, as the file names them."""
        return [h for h, f in zip(self.headers, self.fields, strict=True) if f is None and h]

    def header_of(self, name: str) -> str | None:
        """The file's header for ``name``, or None when no column fills it."""
        for header, chosen in zip(self.headers, self.fields, strict=True):
            if chosen == name:
                return header
        return None


def plan_columns(
    headers: Sequence[str],
    chosen: Mapping[str, str] | None = None,
    everyone: Mapping[str, str] | None = None,
) -> ColumnPlan:
    """Guess each header's field; ``chosen`` (header -> field, "" to ignore) overrides.

    ``chosen`` names headers as the person typed them: matched folded.  ``everyone``
    (field -> text, for ``EVERYONE_FIELDS``) fills a field the file has no column for,
    and its blank cells.  Refused (in ``problems``): a header the file does not have,
    two columns for one field, no name column, no role or level (nor one for everyone).
    """
    given = {name: text.strip() for name, text in (everyone or {}).items() if text.strip()}
    names = [header.replace("\ufeff", "").strip() for header in headers]
    fields = guess_fields(names, SYNONYMS)
    problems: list[str] = []
    by_key = {normalise(name): index for index, name in enumerate(names) if normalise(name)}
    for header, name in (chosen or {}).items():
        if name and name not in FIELDS:
            problems.append(_not_a_field(name))
            continue
        index = by_key.get(normalise(header))
        if index is None:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "the file has no column “{header}”; its columns are {columns}."
                    ),
                    header=header,
                    columns=", ".join(f"“{n}”" for n in names if n),
                )
            )
            continue
        for other, taken in enumerate(fields):  # the field moves to the chosen column
            if (
                name
                and taken == name
                and other != index
                and normalise(names[other]) not in {normalise(h) for h in chosen or {}}
            ):
                fields[other] = None
        fields[index] = name or None
    seen: dict[str, str] = {}
    for header, filled in zip(names, fields, strict=True):
        if filled is None:
            continue
        if filled in seen:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "the columns “{first}” and “{second}” both fill {field}."
                    ),
                    first=seen[filled],
                    second=header,
                    field=filled,
                )
            )
        seen[filled] = header
    if "full_name" not in seen and not {"first_name", "last_name"} & set(seen):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "no column gives the name: assign one to full_name, or to first_name and "
                    "last_name.",
                )
            )
        )
    for required in EVERYONE_FIELDS:
        if required not in seen and required not in given:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "no column gives the {field}: assign one to {field}."
                    ),
                    field=required,
                )
            )
    return ColumnPlan(names, fields, problems, given)
