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

from rmdesk.documents import words
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
    """``3 March 2026``, ``3. März 2026``, ``3 mars 2026``: the document's language
    (``words.speaking``), unambiguous on paper in every country that speaks it."""
    return words.long_date(day)


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
    """A cadence in words, ``{cadence}`` in the clauses: ``2 weeks`` rather than ``14
    days``, ``month`` for 28 to 31 days.  English reads it after "every"; German and
    French carry their own word for it, which agrees with the noun ("jede Woche", "alle
    2 Wochen", "jeden Monat"; "chaque semaine", "toutes les 2 semaines")."""
    if days in (28, 30, 31):
        return words.translate("Cadence", "month")
    if days % 7 == 0:
        weeks = days // 7
        if weeks == 1:
            return words.translate("Cadence", "week")
        return words.translate("Cadence", "{0} weeks").format(weeks)  # 2 or more: plural
    if days == 1:
        return words.translate("Cadence", "day")
    return words.translate("Cadence", "{0} days").format(days)


def minutes(count: int) -> str:
    """``45 minutes``, ``45 Minuten``: ``{minutes}`` in the clauses."""
    return words.counted(
        count,
        words.translate("Cadence", "{0} minute"),
        words.translate("Cadence", "{0} minutes"),
    )
