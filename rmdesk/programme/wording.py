"""How a count of things reads in English, the same on the command line and on paper.

``counted(1, "meeting")`` is "1 meeting", ``counted(2, "meeting")`` "2 meetings": one
rule, so "1 meetings" appears nowhere.  Figures about people that anonymity may hide
(``figures.py``) are another matter: this module only chooses the noun's form.  The
window says its counts through ``rmdesk.ui.common.wording``, whose texts stay in
``tr()`` for translation; this one is for the plain-Python layers (commands, documents,
programme), which are English.  No Peewee, no Qt.
"""

from __future__ import annotations


def counted(n: int, word: str, many: str | None = None) -> str:
    """``n`` and ``word`` in its singular or plural: ``1 pair``, ``3 pairs``, ``0 pairs``.

    ``many`` is the plural where adding "s" is wrong: ``counted(2, "person", "people")``.
    """
    return f"{n} {word if n == 1 else (many or word + 's')}"


def either(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many``: the rest of a sentence that agrees with a
    count ("1 pair needs", "2 pairs need")."""
    return one if n == 1 else many
