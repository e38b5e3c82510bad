"""User text made safe for ReportLab's paragraph markup, and small wording helpers.

``Paragraph`` parses a mini-HTML: a name such as ``<b>`` or ``A & B`` would be read
as markup (or break the parse).  Every string that comes from the database goes
through ``esc`` before it meets a paragraph; markup is only ever written by us.
``esc`` is also where every script gets its font, shaping and reading order
(``fonts.markup``), so each document that escapes its text prints every name.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from rmdesk.documents.fonts import is_plain, markup
from rmdesk.programme.figures import change_text, mean_text, percent_text

_CONTROL = {code: None for code in range(32) if code not in (9, 10)}


def esc(value: object) -> str:
    """Escaped text for paragraph markup; control characters dropped, newlines kept as breaks."""
    text = "" if value is None else str(value)
    text = text.translate(_CONTROL)
    if is_plain(text):
        return escape(text).replace("\n", "<br/>")
    return "<br/>".join(markup(line) for line in text.split("\n"))


def long_date(day: dt.date | None) -> str:
    """``3 March 2026``: unambiguous on paper in every English-speaking country."""
    if day is None:
        return ""
    return f"{day.day} {day.strftime('%B')} {day.year}"


def short_date(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


def percent(value: float | None) -> str:
    return percent_text(value)


def mean(value: float | None, digits: int = 1) -> str:
    """One decimal on paper: a 1-5 scale needs no more for leadership."""
    return mean_text(value, digits)


def signed(value: float | None) -> str:
    """``+0.4``, ``-1.2``; a change that rounds to nothing is ``0.0``, never ``-0.0``."""
    return change_text(value, 1)


def every(days: int) -> str:
    """A cadence in words: ``2 weeks`` rather than ``14 days``, ``month`` for 30/31."""
    if days in (28, 30, 31):
        return "month"
    if days % 7 == 0:
        weeks = days // 7
        return "week" if weeks == 1 else f"{weeks} weeks"
    return "day" if days == 1 else f"{days} days"
