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
import json
import string
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

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


_IN_TURN = QT_TRANSLATE_NOOP("Domain", "{head}; {tail}")
_IN_TURN_ENGLISH = "; "  # what ``_IN_TURN`` puts between clauses in English


def in_turn(items: Sequence[object]) -> str:
    """``a; b; c``: a list of clauses that hold commas of their own."""
    return _chain(items, _IN_TURN)


def turns(text: str) -> tuple[str, ...]:
    """The clauses ``in_turn`` joined into ``text``, each still a message; plain text
    (a pair's reasons saved before they kept their template) split where its English
    has "; "."""
    if isinstance(text, Message):
        if text.template != _IN_TURN:
            return (text,)
        head, tail = text.values["head"], text.values["tail"]
        return (*_clause(head, split=True), *_clause(tail))
    return tuple(text.split(_IN_TURN_ENGLISH)) if text else ()


def _clause(value: object, *, split: bool = False) -> tuple[str, ...]:
    """One item of a chain: the clauses of a chain given as one item, else itself
    (the first item, plain text, split as ``turns`` splits plain text)."""
    if isinstance(value, Message):
        return turns(value) if value.template == _IN_TURN else (value,)
    text = str(value)
    return turns(text) if split else (text,)


# A message kept in the database (a pair's reasons): JSON of its template and values,
# under one key that no sentence rmdesk saved before begins with.  Anything else a
# column holds is plain text.
_STORED_KEY = "rmdesk.message"
_STORED_START = '{"' + _STORED_KEY + '":'
_TIMES: dict[str, Callable[[str], object]] = {
    "datetime": dt.datetime.fromisoformat,
    "date": dt.date.fromisoformat,
    "time": dt.time.fromisoformat,
}


def to_stored(text: str) -> str:
    """``text`` as a column keeps it: a :class:`Message` as JSON of its template and
    values (nested messages, dates and times as such), so it can be shown in any
    language when read back with :func:`from_stored`; other text as it is."""
    if not isinstance(text, Message):
        if not text.startswith(_STORED_START):
            return text
        text = Message(text)  # a plain text that looks stored: kept exactly, as a message
    body = {_STORED_KEY: _encoded(text)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def from_stored(text: str) -> str:
    """What :func:`to_stored` kept, as a :class:`Message` again; plain text (rows saved
    before, or a stored form that does not read: an edited or imported file) as it is."""
    if not text.startswith(_STORED_START):
        return text
    try:
        body = json.loads(text)
        if not isinstance(body, dict) or set(body) != {_STORED_KEY}:
            raise ValueError("not a stored message")
        return _decoded(body[_STORED_KEY])
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return text


def rewritten(text: str, change: Callable[[str], str]) -> str:
    """Stored ``text`` with ``change`` applied to what people wrote in it (the values
    given as text, in nested messages too; never a template), kept stored: scrubbing
    a name out of a saved reason.  Plain text is changed whole."""
    message = from_stored(text)
    if not isinstance(message, Message):
        return change(text)
    return to_stored(_rewritten(message, change))


def _rewritten(message: Message, change: Callable[[str], str]) -> Message:
    values = {
        key: _rewritten(value, change)
        if isinstance(value, Message)
        else change(value)
        if isinstance(value, str)
        else value
        for key, value in message.values.items()
    }
    return Message(message.template, **values)


def _encoded(message: Message) -> dict[str, Any]:
    return {
        "template": message.template,
        "values": {key: _encoded_value(value) for key, value in message.values.items()},
    }


def _encoded_value(value: object) -> object:
    if isinstance(value, Message):
        return {"message": _encoded(value)}
    if isinstance(value, dt.datetime):  # before date: a datetime is a date too
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"time": value.isoformat()}
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        return value
    return str(english(value))  # anything else as the English sentence writes it


def _decoded(body: object) -> Message:
    """A stored message, checked: a template whose every field is a value given by name
    (no attribute, index or format of it), values of the kinds ``_encoded`` writes."""
    if not isinstance(body, dict) or set(body) != {"template", "values"}:
        raise ValueError("not a stored message")
    template, raw = body["template"], body["values"]
    if not isinstance(template, str) or not isinstance(raw, dict):
        raise ValueError("not a stored message")
    values = {str(key): _decoded_value(value) for key, value in raw.items()}
    if values:
        for _, field, spec, conversion in string.Formatter().parse(template):
            if field is not None and (field not in values or spec or conversion):
                raise ValueError(f"field {field!r} is not a stored value")
    return Message(template, **values)


def _decoded_value(value: object) -> object:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, dict) and len(value) == 1:
        ((kind, inner),) = value.items()
        if kind == "message":
            return _decoded(inner)
        if kind in _TIMES and isinstance(inner, str):
            return _TIMES[kind](inner)
    raise ValueError("not a stored value")
