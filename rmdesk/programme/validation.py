"""Validation results shared by every domain operation: field -> message, all at once.

Rules live in the domain, not only in dialogs, so the command line, imports and
the GUI refuse the same things with the same words.
"""

from __future__ import annotations

import re

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class ValidationError(Exception):
    """One or more fields are invalid; nothing was written.

    ``errors`` maps a field name to a sentence the coordinator can act on.
    """

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class RuleError(Exception):
    """A programme rule forbids the operation; ``str()`` names the rule. Nothing was written."""


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def normalise_email(text: str) -> str | None:
    """Trimmed and lower-cased, or None when blank (email is optional)."""
    text = text.strip().lower()
    return text or None


def email_problem(text: str) -> str | None:
    """Why ``text`` is not a usable email address, or None (blank is fine: optional)."""
    email = normalise_email(text)
    if email is None or is_valid_email(email):
        return None
    return Message(
        QT_TRANSLATE_NOOP("Domain", "“{text}” is not a valid email address."), text=text.strip()
    )


# SQLite stores integers in 64 bits: no row can have a larger id, and a larger number
# cannot even be compared with one (Python's sqlite3 raises OverflowError).
SQLITE_INTEGER_MAX = 2**63 - 1
_ID = re.compile(r"[0-9]{1,19}")


def id_from_text(text: str) -> int | None:
    """``text`` as a record id (ASCII digits, 1 to SQLITE_INTEGER_MAX), else None.

    Only ASCII digits: ``str.isdigit`` also accepts “²” or “١”, which are no ids.
    """
    text = text.strip()
    if not _ID.fullmatch(text):
        return None
    number = int(text)
    return number if 1 <= number <= SQLITE_INTEGER_MAX else None


MEETING_MAX_MINUTES = 8 * 60


def meeting_length_problem(minutes: int) -> str:
    """One rule for a meeting's length, whether a cycle's default or a meeting's own."""
    if not 1 <= minutes <= MEETING_MAX_MINUTES:
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain", "A meeting lasts 1 to {MEETING_MAX_MINUTES} minutes, not {minutes}."
            ),
            MEETING_MAX_MINUTES=MEETING_MAX_MINUTES,
            minutes=minutes,
        )
    return ""
