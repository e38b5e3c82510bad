"""Recognising a column by its header whatever the tool that wrote it: “E-mail”,
“Work Email”, “EMAIL ADDRESS” and “email_address” are one name to an importer.

``normalise`` folds a header (or a cell value) to a key: case folded, accents dropped,
``#`` read as “number”, everything but letters and digits removed.  ``guess_fields``
gives each column the field whose synonyms include its key; an importer declares its
own fields and synonyms (participants, form responses) and asks this one function.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence


def normalise(text: str) -> str:
    """``text`` folded to a key: “Work E-mail ” -> “workemail”, “Employee #” -> “employeenumber”."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\ufeff", "").casefold())
    spelled = decomposed.replace("#", " number ").replace("&", " and ")
    return "".join(char for char in spelled if char.isalnum())


def synonym_keys(synonyms: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Normalised synonym -> field, refusing one synonym given to two fields."""
    keys: dict[str, str] = {}
    for name, words in synonyms.items():
        for word in (name, *words):
            key = normalise(word)
            if keys.setdefault(key, name) != name:
                raise ValueError(f"“{word}” names both {keys[key]} and {name}")
    return keys


def guess_fields(headers: Sequence[str], synonyms: Mapping[str, Iterable[str]]) -> list[str | None]:
    """Each header's field (None: not recognised); a field goes to one column only.

    A header that is the field's own name (“Level”) wins over a synonym (“Grade”)
    wherever it stands; among equals the first column wins.
    """
    keys = synonym_keys(synonyms)
    own = {normalise(name): name for name in synonyms}
    folded = [normalise(header) for header in headers]
    guessed: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    for by_own_name in (True, False):
        for index, key in enumerate(folded):
            name = own.get(key) if by_own_name else keys.get(key)
            if name is not None and name not in taken and guessed[index] is None:
                guessed[index] = name
                taken.add(name)
    return guessed


def header_set_key(headers: Iterable[str]) -> str:
    """One key for a set of headers, whatever their order, case or spacing (to remember
    the mapping a coordinator chose for files of the same shape)."""
    return "|".join(sorted({normalise(header) for header in headers if normalise(header)}))


def split_assignment(text: str, name: str = "field") -> tuple[str, str]:
    """``"Header=name"`` (a ``--map`` value) -> (header, name), both trimmed.

    The last ``=`` separates them, so a header may contain one; an empty name ignores
    the column.  Raises ``ValueError`` (one sentence) for text that is not an assignment;
    whether the name exists is the caller's to check.
    """
    header, sep, value = text.rpartition("=")
    header, value = header.strip(), value.strip()
    if not sep or not header:
        raise ValueError(f"“{text}” is not Header={name}.")
    return header, value
