"""What a user may type for an option, checked while the command line is parsed.

Each function is an argparse ``type=``: it returns the value or raises
``ArgumentTypeError`` with a sentence, which the parser prints as one line (exit 1)
before any file is opened.  Ids fit SQLite's 64-bit integers, dates stay in years
rmdesk can plan in (no arithmetic on them reaches past year 9999), text is Unicode
a database can store, and paths are names the system can look up.  What a value
*means* (does the cycle exist, is the folder writable) is checked later, by the
command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import re
import stat
from collections.abc import Callable
from pathlib import Path

from rmdesk.programme.language import NAMES, parse_language
from rmdesk.programme.validation import SQLITE_INTEGER_MAX, RuleError, id_from_text

# Wide enough for any programme, narrow enough that a cycle's end, a meeting series
# or "the day after" computed from these dates never leaves Python's years 1-9999.
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2999, 12, 31)
_SHOWN = 40  # characters of a refused value repeated in the message
_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})")
_WHOLE = re.compile(r"-?[0-9]{1,19}")


def shown(text: str) -> str:
    """``text`` as a message may repeat it: shortened, bytes that are not UTF-8 as
    ``\\xff`` escapes (they arrive as surrogates and could not be printed)."""
    if len(text) > _SHOWN:
        text = text[:_SHOWN] + "…"
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def record_id(text: str) -> int:
    """The id of a pair, person, goal …: a whole number an SQLite row can have."""
    number = id_from_text(text)
    if number is None:
        raise argparse.ArgumentTypeError(
            f"“{shown(text)}” is not an id (a whole number from 1 to {SQLITE_INTEGER_MAX:,})."
        )
    return number


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """A type for a count with bounds, such as a cycle's length in months."""

    def number(text: str) -> int:
        value = int(text) if _WHOLE.fullmatch(text.strip()) else None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"“{shown(text)}” is not a whole number from {low} to {high}."
            )
        return value

    return number


def day(text: str) -> dt.date:
    """A date written YYYY-MM-DD, from FIRST_DAY to LAST_DAY."""
    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{shown(text)}” is not a date; use YYYY-MM-DD."
        ) from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{value} is outside the dates rmdesk plans in ({FIRST_DAY} to {LAST_DAY})."
        )
    return value


def clock(text: str) -> dt.time:
    """A time of day written HH:MM (24-hour)."""
    match = _CLOCK.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        return dt.time(int(match[1]), int(match[2]))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{shown(text)}” is not a time; use HH:MM (24-hour)."
        ) from None


def text(value: str) -> str:
    """Text that goes into the database (a name, an email): valid Unicode.

    Bytes that are not UTF-8 reach Python as surrogates, which SQLite cannot store.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            f"“{shown(value)}” holds bytes that are not UTF-8 text."
        ) from None
    if "\x00" in value:
        raise argparse.ArgumentTypeError(f"“{shown(value)}” holds a NUL character.")
    return value


def path(value: str) -> Path:
    """A file or folder name the system can look up (it need not exist), ``~`` expanded.

    Refused: an empty name, a ``~user`` with no home folder, a name too long for the
    file system, a folder that cannot be searched.
    """
    if not value:
        raise argparse.ArgumentTypeError("an empty name is not a file name.")
    if "\x00" in value:
        raise argparse.ArgumentTypeError(f"“{shown(value)}” holds a NUL character.")
    try:
        expanded = Path(value).expanduser()
    except RuntimeError:  # "~someone" with no such user, or no home folder at all
        raise argparse.ArgumentTypeError(
            f"“{shown(value)}”: there is no home folder to put in place of “~”."
        ) from None
    try:
        expanded.stat()
    except OSError as error:
        if error.errno not in (errno.ENOENT, errno.ENOTDIR):
            raise argparse.ArgumentTypeError(
                f"“{shown(value)}”: {error.strerror or error}."
            ) from None
    return expanded


def path_text(value: str) -> str:
    """``path`` for an option whose spelling matters (a trailing ``/`` asks for a folder)."""
    path(value)
    return value


def database_file(value: str) -> Path:
    """``--db``: a ``path`` that, if it exists, is a regular file (never a folder, a
    device or a FIFO, which would block the first read)."""
    target = path(value)
    try:
        mode = target.stat().st_mode
    except OSError:
        return target  # not there yet: commands that create it do, the others refuse
    if stat.S_ISDIR(mode):
        raise argparse.ArgumentTypeError(f"{shown(value)} is a folder, not a database file.")
    if not stat.S_ISREG(mode):
        raise argparse.ArgumentTypeError(
            f"{shown(value)} is not a regular file (a device, FIFO or socket), not a database file."
        )
    return target


def language(value: str) -> str:
    """``--lang``: one of the languages documents are printed in (en, de, fr)."""
    try:
        return parse_language(value)
    except RuleError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_language_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--lang en|de|fr``, the same on every command that prints a document."""
    parser.add_argument("--lang", type=language, metavar="|".join(NAMES), help=help_text)
