"""Each value's shape, read from the models: a whole number (64 bits), a 0/1 flag, a
finite number, text (UTF-8), a date as stored (YYYY-MM-DD), a date and time as stored
(YYYY-MM-DD HH:MM:SS), and which columns may be null, have a default or are required.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
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

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.store.models import MODELS

# (columns, rows) of one table, as a file or SQLite holds them.
TableRows = tuple[Sequence[str], Sequence[Sequence[Any]]]
Row = dict[str, Any]
Check = Callable[[Any], str | None]

_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?")


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f"“{value[:40]}…”" if len(value) > 40 else f"“{value}”"
    if isinstance(value, int) and not _INT_MIN <= value <= _INT_MAX:
        return Message(
            QT_TRANSLATE_NOOP("Domain", "A {digits}-digit number"),
            digits=int(value.bit_length() * math.log10(2)) + 1,
        )
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _whole(value: Any) -> str | None:
    if type(value) is int:
        if _INT_MIN <= value <= _INT_MAX:
            return None
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain", "{value} is beyond the whole numbers rmdesk stores (±{largest})."
            ),
            value=_shown(value),
            largest=_INT_MAX,
        )
    return Message(
        QT_TRANSLATE_NOOP("Domain", "{value} is not a whole number."), value=_shown(value)
    )


def _flag(value: Any) -> str | None:
    if type(value) in (int, bool) and value in (0, 1):
        return None
    return Message(
        QT_TRANSLATE_NOOP("Domain", "{value} is not 0 or 1 (no or yes)."), value=_shown(value)
    )


def _finite(value: Any) -> str | None:
    if type(value) is float and math.isfinite(value):
        return None
    if type(value) is int and _INT_MIN <= value <= _INT_MAX:
        return None
    return Message(
        QT_TRANSLATE_NOOP("Domain", "{value} is not a finite number."), value=_shown(value)
    )


def _text(value: Any) -> str | None:
    if type(value) is not str:
        return Message(QT_TRANSLATE_NOOP("Domain", "{value} is not text."), value=_shown(value))
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return Message(
                QT_TRANSLATE_NOOP("Domain", "holds something that is not valid text (UTF-8).")
            )
    return None


def _date(value: Any) -> str | None:
    if type(value) is str and _DATE.fullmatch(value):
        try:
            dt.date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return Message(
        QT_TRANSLATE_NOOP("Domain", "{value} is not a date (YYYY-MM-DD)."), value=_shown(value)
    )


def _date_time(value: Any) -> str | None:
    if type(value) is str and _DATE_TIME.fullmatch(value):
        try:
            dt.datetime.fromisoformat(value)
            return None
        except ValueError:
            pass
    return Message(
        QT_TRANSLATE_NOOP("Domain", "{value} is not a date and time (YYYY-MM-DD HH:MM:SS)."),
        value=_shown(value),
    )


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


def _label(key: Any, place: int) -> str:
    if (type(key) is int and _INT_MIN <= key <= _INT_MAX) or (type(key) is str and key):
        return _shown(key) if type(key) is str else str(key)
    return Message(QT_TRANSLATE_NOOP("Domain", "at position {place}"), place=place + 1)
