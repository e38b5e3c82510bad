"""The languages rmdesk speaks (English, German, French), in one place for every layer.

The window translates through Qt (``QTranslator`` with the built ``.qm`` files); the
documents are plain Python, so they read the same translations from the shipped ``.ts``
sources here: one set of translations, one glossary, whichever layer prints the words.
Dates and the choice between a noun's singular and plural follow the language's own
rules from the Unicode CLDR (Babel), never a hand-made month table or "n == 1": French
says "0 réunion", English "0 meetings".  No Qt, no Peewee.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from rmdesk.paths import resource
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import RuleError
from rmdesk.store import values

if TYPE_CHECKING:
    from babel import Locale

ENGLISH = "en"
LANGUAGES = values.LANGUAGES  # ("en", "de", "fr"): a guide's CHECK holds them too
# Each language named in itself, as a language menu shows it.
NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}
# The CLDR locale whose dates and plural rules each language follows ("2 March 2026",
# "2. März 2026", "2 mars 2026").
_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}
TRANSLATIONS = "translations"  # resources/translations/rmdesk_<language>.ts and .qm


def parse_language(text: str) -> str:
    """``text`` as one of :data:`LANGUAGES` ("de", "DE", " fr "), or a one-line refusal
    naming the choices (``--lang``, the document settings)."""
    code = text.strip().lower()
    if code in LANGUAGES:
        return code
    raise RuleError(
        Message(
            QT_TRANSLATE_NOOP("Domain", "Unknown language “{given}”: choose one of {choices}."),
            given=text.strip(),
            choices=", ".join(LANGUAGES),
        )
    )


def language_of_locale(name: str | None) -> str:
    """The language rmdesk speaks for a locale name ("de_CH", "fr-FR", "fr_FR.UTF-8",
    "C"): its own when rmdesk has it, else English."""
    code = (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def system_language() -> str:
    """The language of the system's locale as the environment gives it (``LANGUAGE``,
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), for the command line, which has no Qt."""
    from babel import default_locale

    return language_of_locale(default_locale(("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")))


@functools.cache
def _locale(language: str) -> Locale:
    """Babel's CLDR locale; Babel is imported here, at its first use, after the window's
    first frame (tests/ui/test_startup_imports.py)."""
    from babel import Locale

    return Locale.parse(_LOCALES[language])


def is_singular(n: int, language: str) -> bool:
    """Whether a count of ``n`` takes the singular in ``language`` (CLDR's "one"): 1 in
    English and German, 0 and 1 in French."""
    return _locale(language).plural_form(abs(n)) == "one"


# French writes the first of a month as an ordinal, "1er mars 2026"; CLDR's long
# pattern (and Qt's) says "1 mars 2026".
_FIRST_OF_MONTH = {"fr": "er"}
_DAY_FIELD = re.compile(r"(?<!d)d(?!d)")


def dated_pattern(pattern: str, day: dt.date, language: str) -> str:
    """A date ``pattern`` (CLDR's or Qt's: "d MMMM y", "dddd d MMMM yyyy") for ``day``,
    with the first of a month written ``language``'s way."""
    suffix = _FIRST_OF_MONTH.get(language)
    if day.day != 1 or suffix is None:
        return pattern
    return _DAY_FIELD.sub(f"d'{suffix}'", pattern, count=1)


def long_date(day: dt.date, language: str) -> str:
    """``day`` written out the local way: "2 March 2026", "2. März 2026", "2 mars 2026",
    "1er mars 2026"."""
    from babel.dates import format_date, get_date_format

    locale = _locale(language)
    pattern = get_date_format("long", locale=locale).pattern
    return format_date(day, dated_pattern(pattern, day, language), locale=locale)


def weekday(day: dt.date, language: str) -> str:
    """The name of ``day``'s weekday: "Monday", "Montag", "lundi"."""
    from babel.dates import format_date

    return format_date(day, "EEEE", locale=_locale(language))


def day_names(language: str) -> dict[int, tuple[str, str]]:
    """Each weekday (0 = Monday) written out and abbreviated in ``language``:
    ("Montag", "Mo."), ("lundi", "lun."), as people write them in a file."""
    locale = _locale(language)
    wide, short = locale.days["format"]["wide"], locale.days["format"]["abbreviated"]
    return {day: (wide[day], short[day]) for day in range(7)}


def clock_time(moment: dt.time | dt.datetime, language: str) -> str:
    """A time of day the local way ("14:30" in all three)."""
    from babel.dates import format_time

    return format_time(moment, "short", locale=_locale(language))


def local_figure(text: str, language: str) -> str:
    """A figure written the English way ("3.4", "+0.4", "69 %") with ``language``'s
    decimal sign from the CLDR ("3,4" in German and French); the space before "%" kept
    on the line with its number there.  English is left as it is."""
    if language == ENGLISH:
        return text
    from babel.numbers import get_decimal_symbol

    return text.replace(".", get_decimal_symbol(_locale(language))).replace(" %", "\u00a0%")


class Catalogue:
    """The finished translations of one language, read from its shipped ``.ts`` source
    (unfinished and obsolete entries are left out, so their English shows instead)."""

    def __init__(self, language: str, entries: dict[tuple[str, str], str]) -> None:
        self.language = language
        self._entries = entries

    def translate(self, context: str, source: str) -> str:
        """``source`` in this language, or ``source`` itself where it has no translation."""
        return self._entries.get((context, source), source)

    def knows(self, context: str, source: str) -> bool:
        """Whether ``source`` has a finished translation here (English knows everything)."""
        return self.language == ENGLISH or (context, source) in self._entries

    def __len__(self) -> int:
        return len(self._entries)


@functools.cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (English is the source text: an empty catalogue)."""
    language = parse_language(language)
    if language == ENGLISH:
        return Catalogue(language, {})
    path = resource(f"{TRANSLATIONS}/rmdesk_{language}.ts")
    entries: dict[tuple[str, str], str] = {}
    import xml.etree.ElementTree as ElementTree  # only when a document is printed

    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete
            if translation.text:
                entries[(name, source)] = translation.text
    return Catalogue(language, entries)
