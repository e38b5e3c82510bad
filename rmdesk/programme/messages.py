"""Sentences the domain says, translatable without Qt.

A refusal or a problem is worded where its rule lives (``programme/``), which imports
no Qt; the window shows it in the coordinator's language.  So a sentence is written
once, as an English template marked for ``pyside6-lupdate``, and kept apart from its
values until it is shown:

    raise RuleError(Message(QT_TRANSLATE_NOOP("Domain", "{name} is archived."), name=n))

A :class:`Message` *is* the English sentence (a ``str``), so the command line, the
documents and the logs use it as any text; the window translates its template and
fills in the values again (``rmdesk.ui.common.wording.spoken``).  Values stay as they
are (a person's name is not translated) unless they are messages themselves.

``QT_TRANSLATE_NOOP`` must be called by that name with two literal strings and nothing
else: lupdate finds translatable text by reading the source, and it skips any call
with keyword arguments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

CONTEXT = "Domain"
Code = TypeVar("Code")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def english(value: object) -> object:
    """A value as the English sentence (and the command line) writes it: a date
    year first, a moment to the minute, a time of day as 14:30; anything else as is."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value


class Message(str):
    """An English sentence that remembers its template and values for translation.

    Dates, moments and times are given as themselves (``day=row.starts_at.date()``),
    not as text: the English sentence writes them year first, and whoever shows the
    sentence in a language writes them that language's way (``translated``'s
    ``shown``: the window's locale, the document's)."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Message:
        english_values = {key: english(value) for key, value in values.items()}
        self = super().__new__(cls, template.format(**english_values) if values else template)
        self.template = template
        self.values = values
        return self

    def translated(
        self, translate: Callable[[str], str], shown: Callable[[object], object] = english
    ) -> str:
        """The sentence with ``translate`` applied to its template and to message values,
        and ``shown`` to every other value (dates the reader's way)."""
        values = {
            key: value.translated(translate, shown) if isinstance(value, Message) else shown(value)
            for key, value in self.values.items()
        }
        template = translate(self.template)
        try:
            return template.format(**values) if values else template
        except (KeyError, IndexError, ValueError):
            # A translation that names a value the English does not: show the English
            # rather than fail while reporting a refusal.
            return str(self)


def word(words: Mapping[Code, str], code: Code) -> str:
    """The word ``words`` gives a stored ``code``, as a message so the window says it in
    its language; a code ``words`` does not know (a typing error being refused) stays as
    given, since the person must see what they typed."""
    text = words.get(code)
    return str(code) if text is None else Message(text)


def _chain(items: Sequence[object], template: str) -> str:
    """``items`` one after another, each joined to those before it by ``template``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0] if isinstance(items[0], str) else str(items[0])
    return Message(template, head=_chain(items[:-1], template), tail=items[-1])


def listed(items: Sequence[object]) -> str:
    """``a, b, c``: a list whose commas the window translates with the sentence."""
    return _chain(items, QT_TRANSLATE_NOOP("Domain", "{head}, {tail}"))


def joined(items: Sequence[object]) -> str:
    """``a, b and c``: a list whose "and" and commas the window translates."""
    if len(items) < 2:
        return listed(items)
    return Message(
        QT_TRANSLATE_NOOP("Domain", "{head} and {tail}"), head=listed(items[:-1]), tail=items[-1]
    )


def in_turn(items: Sequence[object]) -> str:
    """``a; b; c``: a list of clauses that hold commas of their own."""
    return _chain(items, QT_TRANSLATE_NOOP("Domain", "{head}; {tail}"))
