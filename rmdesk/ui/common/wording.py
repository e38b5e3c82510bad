"""How the window says a count: "1 meeting", "2 meetings", never "1 meetings".

The caller passes both sentences as literals inside its own ``tr()`` so that a
translation tool finds them and a translator can word each:

    counted(n, self.tr("{0} meeting"), self.tr("{0} meetings"))

Which of the two is used follows the window's language (``QLocale()``, set when the
application starts) by the CLDR plural rule (``programme.language.is_singular``): French
says "0 réunion", English "0 meetings".  Why not Qt's ``self.tr("%n meeting(s)", "", n)``:
where no translation is loaded (English, and any language rmdesk lacks) Qt prints the
source text, "1 meeting(s)", so English would need its own compiled translation to read
well; both literal sentences read right with no ``.qm`` at all.  The documents use
``rmdesk.documents.words.counted``, the same rule for the document's language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from rmdesk.programme.language import is_singular, language_of_locale
from rmdesk.programme.messages import CONTEXT, Message
from rmdesk.ui.common import local_format


def counted(n: int, one: str, many: str, *rest: object) -> str:
    """``one`` when ``n`` is 1, else ``many``, with ``{0}`` replaced by ``n`` and ``{1}``,
    ``{2}`` ... by ``rest``: ``counted(n, tr("{0} meeting to {1}"), tr(...), name)``."""
    singular = is_singular(n, language_of_locale(QLocale().name()))
    return (one if singular else many).format(n, *rest)


def isolated(name: str) -> str:
    """``name`` between Unicode first-strong isolates (U+2068 … U+2069), to compose into
    a sentence or heading: an Arabic or Hebrew name then keeps its own direction without
    turning the sentence around it (a mentor's Arabic name put the mentee first)."""
    return f"\u2068{name}\u2069"


def spoken(text: str) -> str:
    """``text`` in the window's language: a domain :class:`Message` is translated in the
    ``Domain`` context (its values filled in after), any other text is shown as it is."""
    if isinstance(text, Message):
        return text.translated(
            lambda template: QCoreApplication.translate(CONTEXT, template), _shown_value
        )
    return text


def _shown_value(value: object) -> object:
    """A sentence's date, moment or time as the window's locale writes it."""
    if isinstance(value, dt.datetime):
        return local_format.moment(value)
    if isinstance(value, dt.date):
        return local_format.day(value)
    if isinstance(value, dt.time):
        return local_format.clock(value)
    return value


def spoken_error(error: BaseException) -> str:
    """An exception's text in the window's language: every message of a
    ``ValidationError``, the sentence a ``RuleError`` (or any error) was raised with."""
    errors = getattr(error, "errors", None)
    if isinstance(errors, dict) and errors:
        return " ".join(
            spoken(str(message) if not isinstance(message, str) else message)
            for message in errors.values()
        )
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return spoken(error.args[0])
    return str(error)
