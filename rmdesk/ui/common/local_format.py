"""Dates, times and numbers as the window's locale writes them.

The window's locale (``QLocale()``) is set once when the application starts
(``app.install_translators``): German shows "02.03.2026" and "Montag, 2. März 2026",
French "02/03/2026" and "lundi 2 mars 2026", British English "02/03/2026".  Every date
the window *shows* goes through here; the date fields keep typing in year-first form
(``ui/common/dates.py``), and lists sort on the dates themselves, never on this text.
The short form always has a four-digit year: Qt's short formats shorten it to two in
some locales ("02.03.26"), which reads as a day in a programme that spans years.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime

from rmdesk.programme import language as languages
from rmdesk.programme.figures import NOTHING

if TYPE_CHECKING:
    from babel import Locale


@functools.cache
def _short_format(name: str) -> str:
    text = QLocale(name).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def day(value: dt.date | None) -> str:
    """A date in a list or a sentence: "02/03/2026", "02.03.2026"; "" for none."""
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _short_format(locale.name()))


def long_day(value: dt.date) -> str:
    """A date with its weekday, as a heading says it: "Monday 2 March 2026",
    "Montag, 2. März 2026"."""
    locale = QLocale()
    pattern = languages.dated_pattern(
        locale.dateFormat(QLocale.FormatType.LongFormat),
        value,
        languages.language_of_locale(locale.name()),
    )
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def written_day(value: dt.date) -> str:
    """A date written out in a sentence: "30 November 2026", "30. November 2026",
    "30 novembre 2026" (CLDR's long date for the window's locale)."""
    from babel.dates import format_date, get_date_format

    name = QLocale().name()
    locale = _babel_locale(name)
    pattern = languages.dated_pattern(
        get_date_format("long", locale=locale).pattern, value, languages.language_of_locale(name)
    )
    return format_date(value, pattern, locale=locale)


def short_day(value: dt.date) -> str:
    """Weekday, day and month, where the year is plain from the page: "Mon 2 Mar",
    "Mo., 2. März", "lun. 2 mars" (CLDR's pattern for the locale; Qt has none)."""
    from babel.dates import format_skeleton

    return format_skeleton("MMMEd", value, locale=_babel_locale(QLocale().name()))


@functools.cache
def _babel_locale(name: str) -> Locale:
    """Babel's CLDR locale; Babel is imported at its first use, after the window's first
    frame (tests/ui/test_startup_imports.py)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return Locale.parse(languages.language_of_locale(name))


def clock(value: dt.time | dt.datetime) -> str:
    """A time of day: "14:30" (or "2:30 PM" where the locale says so)."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def moment(value: dt.datetime) -> str:
    """A date and time: "02/03/2026 14:30"."""
    return f"{day(value.date())} {clock(value)}"


def number(value: int) -> str:
    """A whole number with the locale's grouping: "10,000", "10.000", "10 000"."""
    return QLocale().toString(value)


def decimal(value: float | None, digits: int = 1) -> str:
    """A number with ``digits`` decimals and the locale's decimal sign ("3,4" in German
    and French); ``—`` for none."""
    if value is None:
        return NOTHING
    return QLocale().toString(float(value), "f", digits)


def percent(rate: float | None) -> str:
    """A share as the locale writes it: "33%", "33 %" (German, French: with their own
    space); ``—`` for none."""
    if rate is None:
        return NOTHING
    from babel.numbers import format_percent

    return format_percent(rate, locale=_babel_locale(QLocale().name()))


def signed(value: float | None, digits: int = 1) -> str:
    """A change: "+0,4", "-1,2"; one that rounds to nothing is "0,0", never "-0,0"."""
    if value is None:
        return NOTHING
    if round(value, digits) == 0:
        return decimal(0.0, digits)
    return ("+" if value > 0 else "") + decimal(value, digits)
