"""The words of a document in the language it is printed in.

A document is built in one language from start to finish, so the language is set once
around the build (``with speaking("fr"):``) rather than passed to every function that
writes a heading: ``translate("Report", "Pairs formed")`` then reads the shipped
translation (``programme.language.catalogue``).  Each literal is written inside the
``translate("Context", "…")`` call so that ``pyside6-lupdate`` extracts it into the same
``.ts`` files as the window's.  A ``ContextVar`` keeps two documents built at once on two
threads (the window's worker and a command) in their own languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from rmdesk.programme import language as languages
from rmdesk.programme.messages import Message

_LANGUAGE: ContextVar[str] = ContextVar("document_language", default=languages.ENGLISH)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Build what happens inside in ``language`` (one of ``programme.language.LANGUAGES``)."""
    token = _LANGUAGE.set(languages.parse_language(language))
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def current() -> str:
    """The language being printed in."""
    return _LANGUAGE.get()


def translate(context: str, text: str) -> str:
    """``text`` (a literal at the call, for lupdate) in the document's language."""
    return languages.catalogue(_LANGUAGE.get()).translate(context, text)


def said(text: str) -> str:
    """A domain sentence (:class:`Message`, e.g. a matching reason) in the document's
    language, its names as typed; any other text as it is."""
    if isinstance(text, Message):
        catalogue = languages.catalogue(_LANGUAGE.get())
        return text.translated(
            lambda template: catalogue.translate("Domain", template), _shown_value
        )
    return text


def _shown_value(value: object) -> object:
    """A sentence's date, moment or time the document's way ("2. März 2026, 14:30")."""
    if isinstance(value, dt.datetime):
        return f"{long_date(value.date())}, {clock_time(value)}"
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, dt.time):
        return clock_time(value)
    return value


def counted(n: int, one: str, many: str, *rest: object) -> str:
    """``one`` or ``many`` (both already translated, with ``{0}`` for ``n`` and ``{1}``…
    for ``rest``) as the language's plural rule chooses for ``n``."""
    chosen = one if languages.is_singular(n, _LANGUAGE.get()) else many
    return chosen.format(n, *rest)


def long_date(day: dt.date | None) -> str:
    """``day`` written out the local way ("2 March 2026", "2. März 2026", "2 mars 2026")."""
    return "" if day is None else languages.long_date(day, _LANGUAGE.get())


def weekday(day: dt.date) -> str:
    return languages.weekday(day, _LANGUAGE.get())


def clock_time(moment: dt.time | dt.datetime) -> str:
    return languages.clock_time(moment, _LANGUAGE.get())
