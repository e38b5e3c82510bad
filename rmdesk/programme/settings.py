"""Every setting kept in the database's ``setting`` table, declared once.

A setting lives in the database (not in QSettings) when it belongs to the programme
rather than to this laptop: it travels with backups and exports, and the window and
the command line see the same value.  Each is declared here once with its key, its
default, how its stored text parses and what a value must be to be saved; every
reader and writer of the table goes through :func:`read`, :func:`read_many` and
:func:`write`, so no other module knows a key.

- ``parse`` turns the stored text into a value and raises ``ValueError`` when the text
  is unusable (edited by hand, or from an older version): that reads as the default,
  so a bad setting never stops the coordinator's work.
- ``validate`` says what is wrong with a value before it is saved (field -> sentence,
  all problems at once); :func:`write` refuses with a ``ValidationError`` and writes
  nothing.  Checks that need more than the value belong to the feature that saves it
  (documents: whether the logo file is an image, whether the clauses parse).

The database's identity takes its key from the migration that creates it
(``store.migrations.IDENTITY_SETTING``): migrations are frozen, so the literal stays
there and is declared here by reference.
"""

from __future__ import annotations

import json
import math
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from rmdesk.programme.language import parse_language
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.migrations import IDENTITY_SETTING
from rmdesk.store.models import Setting, database_proxy

T = TypeVar("T")


def _no_problems(value: object) -> dict[str, str]:
    return {}


def _text(value: str) -> str:
    return value


@dataclass(frozen=True)
class Declared(Generic[T]):
    """One setting: its key in the ``setting`` table, its default, how the stored text
    parses (``ValueError``: unusable, read as the default), how a value is stored, and
    what a value must be to be saved (field -> sentence, empty when fine)."""

    key: str
    default: T
    parse: Callable[[str], T]
    text: Callable[[T], str]
    validate: Callable[[T], dict[str, str]] = field(default=_no_problems)

    def value_of(self, stored: str | None) -> T:
        """The value of a stored text: the default when there is none or it is unusable."""
        if stored is None:
            return self.default
        try:
            return self.parse(stored)
        except ValueError:
            return self.default


# --- matching weights ------------------------------------------------------------------

CRITERIA = ("topic_fit", "different_department", "availability", "work_mode", "level_gap")
CRITERION_LABELS: dict[str, str] = {
    "topic_fit": Message(QT_TRANSLATE_NOOP("Domain", "Topic fit")),
    "different_department": Message(QT_TRANSLATE_NOOP("Domain", "Different department")),
    "availability": Message(QT_TRANSLATE_NOOP("Domain", "Availability overlap")),
    "work_mode": Message(QT_TRANSLATE_NOOP("Domain", "Work mode & location")),
    "level_gap": Message(QT_TRANSLATE_NOOP("Domain", "Level gap")),
}


@dataclass(frozen=True)
class Weights:
    """How much each criterion counts; non-negative, not all zero (relative: x2 all = same)."""

    topic_fit: float = 4.0
    different_department: float = 2.0
    availability: float = 2.0
    work_mode: float = 1.0
    level_gap: float = 1.0

    def as_dict(self) -> dict[str, float]:
        return {name: float(value) for name, value in asdict(self).items()}

    def values(self) -> tuple[float, ...]:
        return tuple(float(getattr(self, name)) for name in CRITERIA)


def weight_errors(weights: Weights) -> dict[str, str]:
    """Every problem with ``weights`` as criterion -> message (empty when usable)."""
    errors: dict[str, str] = {}
    for name, value in zip(CRITERIA, weights.values(), strict=True):
        if not math.isfinite(value) or value < 0:
            errors[name] = Message(
                QT_TRANSLATE_NOOP("Domain", "{criterion}: the weight must be zero or more."),
                criterion=CRITERION_LABELS[name],
            )
    if not errors and not any(weights.values()):
        errors["weights"] = Message(
            QT_TRANSLATE_NOOP("Domain", "At least one criterion needs a weight above zero.")
        )
    return errors


def _parse_weights(stored: str) -> Weights:
    """A JSON object of criterion -> number; a missing or non-numeric criterion takes
    its default, unknown ones are ignored; unusable as a whole (ValueError) when it is
    not an object or the weights it gives could not score (negative, all zero)."""
    values = json.loads(stored)  # JSONDecodeError is a ValueError
    if not isinstance(values, dict):
        raise ValueError("not an object")
    defaults = Weights().as_dict()
    chosen: dict[str, float] = {}
    for name in CRITERIA:
        value = values.get(name, defaults[name])
        usable = isinstance(value, int | float) and not isinstance(value, bool)
        chosen[name] = float(value) if usable else defaults[name]
    weights = Weights(**chosen)
    if weight_errors(weights):
        raise ValueError("weights that cannot score")
    return weights


MATCHING_WEIGHTS: Declared[Weights] = Declared(
    key="matching.weights",
    default=Weights(),
    parse=_parse_weights,
    text=lambda weights: json.dumps(weights.as_dict(), sort_keys=True),
    validate=weight_errors,
)


MINIMUM_GAPS = range(0, 6)  # levels run 1..6: a gap of 5 is the most there can be


def _gap(stored: str) -> int:
    value = int(stored)  # ValueError when not a whole number
    if value not in MINIMUM_GAPS:
        raise ValueError(f"level gap {value} out of range")
    return value


def _gap_problems(gap: int) -> dict[str, str]:
    if isinstance(gap, bool) or not isinstance(gap, int) or gap not in MINIMUM_GAPS:
        return {
            "minimum_level_gap": Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "The minimum level gap is a whole number from {low} to {high}."
                ),
                low=MINIMUM_GAPS[0],
                high=MINIMUM_GAPS[-1],
            )
        }
    return {}


# Reverse mentoring: the mentor's level is below the mentee's by at least this (0: peers).
MATCHING_MINIMUM_GAP: Declared[int] = Declared(
    "matching.minimum_level_gap", 1, _gap, str, _gap_problems
)


def _cycle_ids(stored: str) -> frozenset[int]:
    values = json.loads(stored)  # JSONDecodeError is a ValueError
    if not isinstance(values, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    ):
        raise ValueError("not a list of cycle ids")
    return frozenset(values)


# The cycles in which matching may pair two people again who were paired before.
MATCHING_REPEAT_CYCLES: Declared[frozenset[int]] = Declared(
    "matching.repeat_cycles",
    frozenset(),
    _cycle_ids,
    lambda ids: json.dumps(sorted(ids)),
)


# --- documents -------------------------------------------------------------------------

DEFAULT_ORGANISATION = "Reverse mentoring programme"
MAX_TEXT = 200
PAPERS = ("A4", "Letter")  # documents.typesetting.PAGE_SIZES gives each its size


def _nonblank(stored: str) -> str:
    if not stored.strip():
        raise ValueError("blank")
    return stored


def _paper(stored: str) -> str:
    if stored not in PAPERS:
        raise ValueError(f"unknown paper size {stored!r}")
    return stored


def _organisation_problems(name: str) -> dict[str, str]:
    if not name.strip():
        return {"organisation": "The organisation's name is printed on every page; enter it."}
    if len(name) > MAX_TEXT:
        return {"organisation": f"The organisation's name is too long (at most {MAX_TEXT})."}
    return {}


def _coordinator_problems(name: str) -> dict[str, str]:
    if len(name) > MAX_TEXT:
        return {"coordinator": f"The coordinator's name is too long (at most {MAX_TEXT})."}
    return {}


def _paper_problems(paper: str) -> dict[str, str]:
    if paper not in PAPERS:
        return {"paper": f"Paper size must be one of {', '.join(PAPERS)}."}
    return {}


DOCUMENTS_ORGANISATION: Declared[str] = Declared(
    "documents.organisation", DEFAULT_ORGANISATION, _nonblank, _text, _organisation_problems
)
# The logo file is checked each time a document uses it (documents.logo): it may change.
DOCUMENTS_LOGO_PATH: Declared[str] = Declared("documents.logo_path", "", _text, _text)
# Empty: "the programme coordinator" in the clauses.
DOCUMENTS_COORDINATOR: Declared[str] = Declared(
    "documents.coordinator", "", _text, _text, _coordinator_problems
)
DOCUMENTS_PAPER: Declared[str] = Declared("documents.paper", "A4", _paper, _text, _paper_problems)
# Each language's own clauses (the coordinator's German text is never a translation of
# their English one).  Empty: that language's default template; whether edited clauses
# parse is checked by documents.  The English setting keeps the key it always had.
DOCUMENTS_CLAUSES: Declared[str] = Declared("documents.clauses", "", _text, _text)
DOCUMENTS_CLAUSES_DE: Declared[str] = Declared("documents.clauses_de", "", _text, _text)
DOCUMENTS_CLAUSES_FR: Declared[str] = Declared("documents.clauses_fr", "", _text, _text)
DOCUMENTS_CLAUSES_BY_LANGUAGE: dict[str, Declared[str]] = {
    "en": DOCUMENTS_CLAUSES,
    "de": DOCUMENTS_CLAUSES_DE,
    "fr": DOCUMENTS_CLAUSES_FR,
}


def _document_language(stored: str) -> str:
    """A language code, or "" for the system's language (resolved by documents)."""
    if not stored.strip():
        return ""
    try:
        return parse_language(stored)
    except RuleError as error:
        raise ValueError(str(error)) from None


def _document_language_problems(language: str) -> dict[str, str]:
    if not language.strip():
        return {}
    try:
        parse_language(language)
    except RuleError as error:
        return {"language": error.args[0]}  # the Message, translatable in the window
    return {}


# The language every document is printed in ("en", "de", "fr"); empty: the system's.
DOCUMENTS_LANGUAGE: Declared[str] = Declared(
    "documents.language", "", _document_language, _text, _document_language_problems
)


# --- calendar and the database's identity ----------------------------------------------


def valid_zone(key: str | None) -> str | None:
    """``key`` if it names a zone ``zoneinfo`` knows (also spelt ``:Europe/Berlin`` or
    as a path under a zoneinfo folder, as ``$TZ`` may be), else None."""
    if not key:
        return None
    key = key.strip()
    if key.startswith(":"):  # POSIX allows TZ=":Europe/Berlin"
        key = key[1:]
    if Path(key).is_absolute():  # TZ=/usr/share/zoneinfo/Europe/Berlin
        key = zone_from_path(Path(key)) or ""
    if not key:
        return None
    try:
        zoneinfo.ZoneInfo(key)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return key


def zone_from_path(path: Path) -> str | None:
    """The IANA key in a path such as /usr/share/zoneinfo/Europe/Berlin."""
    parts = path.parts
    if "zoneinfo" not in parts:
        return None
    index = len(parts) - 1 - parts[::-1].index("zoneinfo")
    key = "/".join(parts[index + 1 :])
    return key or None


def _zone(stored: str) -> str | None:
    zone = valid_zone(stored)
    if zone is None:
        raise ValueError(f"unknown time zone {stored!r}")
    return zone


def _zone_problems(zone: str | None) -> dict[str, str]:
    if zone is not None and valid_zone(zone) != zone:
        return {"timezone": f"{zone} is not a time zone this computer knows."}
    return {}


def _text_or_empty(value: str | None) -> str:
    return value or ""


# None: this computer's zone (exchange.ical.local_timezone).
CALENDAR_TIMEZONE: Declared[str | None] = Declared(
    "calendar.timezone", None, _zone, _text_or_empty, _zone_problems
)


def _identity(stored: str) -> str | None:
    return stored  # whatever the file holds: changing it would change every calendar UID


def _identity_problems(identity: str | None) -> dict[str, str]:
    return {"identity": "A database's identity is made with the file and never changed."}


# Made by migration 6 (never by write(): refused); None only in a file edited by hand.
DATABASE_UUID: Declared[str | None] = Declared(
    IDENTITY_SETTING, None, _identity, _text_or_empty, _identity_problems
)

SETTINGS: tuple[Declared[Any], ...] = (
    MATCHING_WEIGHTS,
    MATCHING_MINIMUM_GAP,
    MATCHING_REPEAT_CYCLES,
    DOCUMENTS_ORGANISATION,
    DOCUMENTS_LOGO_PATH,
    DOCUMENTS_COORDINATOR,
    DOCUMENTS_PAPER,
    DOCUMENTS_CLAUSES,
    DOCUMENTS_CLAUSES_DE,
    DOCUMENTS_CLAUSES_FR,
    DOCUMENTS_LANGUAGE,
    CALENDAR_TIMEZONE,
    DATABASE_UUID,
)
KEYS = frozenset(setting.key for setting in SETTINGS)


# --- reading and writing ---------------------------------------------------------------


def read(setting: Declared[T]) -> T:
    """The setting's value in the open database (its default when unset or unusable)."""
    return read_many([setting])[setting.key]


def read_many(settings: Iterable[Declared[Any]]) -> dict[str, Any]:
    """Several settings in one query: key -> value."""
    wanted = list(settings)
    query = (
        Setting.select(Setting.key, Setting.value)
        .where(Setting.key.in_([setting.key for setting in wanted]))
        .tuples()
    )
    stored = dict(database_proxy.execute(query).fetchall())
    return {setting.key: setting.value_of(stored.get(setting.key)) for setting in wanted}


def problems(values: Mapping[Declared[Any], Any]) -> dict[str, str]:
    """Every problem with the values to save, field -> sentence."""
    found: dict[str, str] = {}
    for setting, value in values.items():
        found.update(setting.validate(value))
    return found


def write(values: Mapping[Declared[Any], Any]) -> None:
    """Store every value in one transaction after checking them all: ValidationError
    with every problem, and nothing written, when one is wrong."""
    found = problems(values)
    if found:
        raise ValidationError(found)
    with database_proxy.atomic():
        for setting, value in values.items():
            Setting.replace(key=setting.key, value=setting.text(value)).execute()
