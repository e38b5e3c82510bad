"""Which column of an HR export is which field, and what its words mean.

HR systems name their columns their own way (“Given name”, “Work Email”, “Reports
to”, “Grade”) and write values their own way (“Office”, “On-site”, “Junior”): the
synonyms here, folded by ``exchange.headers.normalise``, recognise them whatever their
case, spacing and punctuation.  A coordinator assigns any other column with a mapping
(``--map "Header=field"`` or the window's mapping step); a column no field claims is
ignored and listed as such, never an error.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rmdesk.exchange.headers import guess_fields, normalise, split_assignment
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message

# Every field a column can fill, in the order the mapping step offers them.
FIELDS: tuple[str, ...] = (
    "full_name", "first_name", "last_name", "email", "employee_id", "role", "job_title",
    "department", "level", "manager", "location", "work_mode", "availability", "offers",
    "wants", "capacity", "notes",
)  # fmt: skip
# What HR systems call them (and rmdesk's exports before version 8: manager_email).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("full name", "name", "employee name", "display name", "participant"),
    "first_name": ("first name", "given name", "forename", "first"),
    "last_name": ("last name", "surname", "family name", "last"),
    "email": (
        "e-mail",
        "work email",
        "email address",
        "e-mail address",
        "work e-mail",
        "business email",
        "primary email",
        "mail",
    ),
    "employee_id": (
        "employee id",
        "employee number",
        "staff id",
        "staff number",
        "employee no",
        "employee #",
        "emp id",
        "personnel number",
        "worker id",
    ),
    "role": ("programme role", "program role", "mentoring role"),
    "job_title": ("job title", "title", "position", "job", "position title"),
    "department": ("dept", "division", "team", "business unit", "org unit"),
    "level": ("grade", "band", "job level", "career level"),
    "manager": (
        "manager email",
        "manager e-mail",
        "reports to",
        "supervisor",
        "line manager",
        "manager name",
        "manager id",
        "supervisor email",
    ),
    "location": ("office", "site", "work location", "office location"),
    "work_mode": ("working mode", "work arrangement", "workplace type"),
    "availability": ("available days", "days available"),
    "offers": ("topics offered",),
    "wants": ("topics wanted",),
    "capacity": ("max pairs",),
    "notes": ("note", "comments", "comment"),
}

# The same fields and HR's usual names for them in German and French.  Each field's
# label in the mapping step (``FIELD_WORDS``, as the window's language shows it) is a
# name too, in every language: what the window calls a field, a file may call a column.
TRANSLATED_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "full_name": ("Name", "Mitarbeitername", "Mitarbeiter", "Anzeigename"),
        "first_name": ("Rufname",),
        "last_name": ("Familienname", "Zuname"),
        "email": ("E-Mail-Adresse", "Dienstliche E-Mail", "Geschäftliche E-Mail", "Mail"),
        "employee_id": ("Personalnr", "Pers.-Nr.", "Mitarbeiternummer", "Mitarbeiter-ID"),
        "role": ("Programmrolle", "Rolle im Programm"),
        "job_title": ("Funktion", "Berufsbezeichnung", "Jobtitel", "Position"),
        "department": ("Bereich", "Organisationseinheit", "Team"),
        "level": ("Stufe", "Karrierestufe", "Hierarchieebene"),
        "manager": ("Vorgesetzte", "Vorgesetzter", "Vorgesetzte(r)", "Führungskraft",
                    "Berichtet an", "E-Mail Vorgesetzte(r)"),
        "location": ("Arbeitsort", "Dienstort", "Büro"),
        "work_mode": ("Arbeitsform", "Arbeitsweise"),
        "availability": ("Verfügbare Tage", "Wochentage"),
        "offers": ("Themen angeboten",),
        "wants": ("Themen gewünscht",),
        "capacity": ("Max. Tandems",),
        "notes": ("Bemerkungen", "Anmerkungen", "Kommentar"),
    },
    "fr": {
        "full_name": ("Nom et prénom", "Prénom et nom", "Nom prénom", "Collaborateur"),
        "first_name": ("Prénom usuel",),
        "last_name": ("Nom de famille", "Nom d'usage"),
        "email": ("Courriel", "Adresse e-mail", "Adresse électronique", "E-mail professionnel",
                  "Mél"),
        "employee_id": ("N° matricule", "Numéro de matricule", "Numéro d'employé", "ID employé"),
        "role": ("Rôle dans le programme",),
        "job_title": ("Intitulé du poste", "Poste", "Emploi"),
        "department": ("Département", "Équipe", "Unité"),
        "level": ("Échelon", "Niveau hiérarchique"),
        "manager": ("Responsable", "Manager", "Supérieur hiérarchique", "N+1", "Rend compte à"),
        "location": ("Lieu", "Site", "Bureau", "Établissement"),
        "work_mode": ("Modalité de travail",),
        "availability": ("Disponibilité", "Jours disponibles"),
        "offers": ("Thèmes offerts",),
        "wants": ("Thèmes demandés",),
        "capacity": ("Nombre de binômes",),
        "notes": ("Remarques", "Commentaire", "Commentaires"),
    },
}  # fmt: skip

# The fields as the mapping step names them, in the participant form's words.
FIELD_WORDS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "employee_id": QT_TRANSLATE_NOOP("Fields", "Employee ID"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "job_title": QT_TRANSLATE_NOOP("Fields", "Job title"),
    "department": QT_TRANSLATE_NOOP("Fields", "Department"),
    "level": QT_TRANSLATE_NOOP("Fields", "Level"),
    "manager": QT_TRANSLATE_NOOP("Fields", "Manager (email, employee ID or name)"),
    "location": QT_TRANSLATE_NOOP("Fields", "Location"),
    "work_mode": QT_TRANSLATE_NOOP("Fields", "Work mode"),
    "availability": QT_TRANSLATE_NOOP("Fields", "Availability"),
    "offers": QT_TRANSLATE_NOOP("Fields", "Topics offered"),
    "wants": QT_TRANSLATE_NOOP("Fields", "Topics wanted"),
    "capacity": QT_TRANSLATE_NOOP("Fields", "Capacity"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
}


@functools.cache
def all_synonyms() -> dict[str, tuple[str, ...]]:
    """Every name a column is known by, field -> names: the English synonyms, and in
    each language the field's label in the mapping step and HR's names for it."""
    from rmdesk.programme.language import ENGLISH, LANGUAGES, catalogue

    names = {name: list(words) for name, words in SYNONYMS.items()}
    for language in LANGUAGES:
        said = catalogue(language)
        for name, word in FIELD_WORDS.items():
            names[name].append(said.translate("Fields", word))
            if language != ENGLISH:
                names[name].extend(TRANSLATED_SYNONYMS[language].get(name, ()))
    return {name: tuple(dict.fromkeys(words)) for name, words in names.items()}


# Values as HR files write them -> the stored word.
_ROLE_WORDS = {
    "mentor": "mentor", "junior": "mentor", "juniormentor": "mentor", "reversementor": "mentor",
    "mentee": "mentee", "senior": "mentee", "seniormentee": "mentee",
}  # fmt: skip
_WORK_MODE_WORDS = {
    "onsite": "onsite", "office": "onsite", "inoffice": "onsite", "intheoffice": "onsite",
    "remote": "remote", "fullyremote": "remote", "home": "remote", "workfromhome": "remote",
    "wfh": "remote", "hybrid": "hybrid", "flexible": "hybrid",
}  # fmt: skip
_GRADE = re.compile(r"(?:level|grade|band|[lgb])?\s*[-:.]?\s*([0-9]{1,3})", re.IGNORECASE)
# The same in German and French, beside the sign-up form's choices in each language
# (``questionnaires.ROLE_WORDS`` / ``WORK_MODE_WORDS``), read from the translations.
# French tells “mentore” (a mentor) from “mentoré” (a mentee) by its accent alone.
TRANSLATED_VALUES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "role": {
        "de": {"mentor": ("Mentor", "Mentorin", "Nachwuchskraft"), "mentee": ("Mentee",)},
        "fr": {"mentor": ("mentor", "mentore"),
               "mentee": ("mentee", "mentoré", "mentorée", "mentorés")},
    },
    "work_mode": {
        "de": {"onsite": ("vor Ort", "Büro", "im Büro", "Präsenz"),
               "remote": ("remote", "Homeoffice", "mobil", "mobiles Arbeiten"),
               "hybrid": ("hybrid", "flexibel")},
        "fr": {"onsite": ("sur site", "au bureau", "présentiel", "en présentiel"),
               "remote": ("à distance", "télétravail", "en télétravail"),
               "hybrid": ("hybride", "flexible")},
    },
}  # fmt: skip


def _value_key(text: str) -> str:
    """``text`` folded as ``normalise`` does, its accents kept (“Mentoré” is not “Mentore”)."""
    composed = unicodedata.normalize("NFC", text.replace("\ufeff", "").casefold())
    return "".join(char for char in composed if char.isalnum())


class _Words:
    """Words -> stored values, read with accents first, then without where that is
    still one value (“a distance” is “à distance”; “mentore” stays a mentor)."""

    def __init__(self, words: Mapping[str, Iterable[str]]) -> None:
        self.exact: dict[str, str] = {}
        folded: dict[str, set[str]] = {}
        for value, spellings in words.items():
            for word in spellings:
                key = _value_key(word)
                if self.exact.setdefault(key, value) != value:
                    raise ValueError(f"“{word}” means both {self.exact[key]} and {value}")
                folded.setdefault(normalise(word), set()).add(value)
        self.folded = {
            key: next(iter(values)) for key, values in folded.items() if len(values) == 1
        }

    def get(self, text: str) -> str | None:
        return self.exact.get(_value_key(text)) or self.folded.get(normalise(text))


def _words(english: Mapping[str, str], field_name: str, choices: Mapping[str, str]) -> _Words:
    """The English HR words, and in every language the form's choice and HR's words."""
    from rmdesk.programme.language import LANGUAGES, catalogue

    words: dict[str, list[str]] = {}
    for word, value in english.items():
        words.setdefault(value, []).append(word)
    for language in LANGUAGES:
        for value, choice in choices.items():
            words.setdefault(value, []).append(catalogue(language).translate("Forms", choice))
        for value, spellings in TRANSLATED_VALUES[field_name].get(language, {}).items():
            words.setdefault(value, []).extend(spellings)
    return _Words(words)


@functools.cache
def _role_words() -> _Words:
    from rmdesk.programme.questionnaires import ROLE_WORDS

    return _words(_ROLE_WORDS, "role", ROLE_WORDS)


@functools.cache
def _work_mode_words() -> _Words:
    from rmdesk.programme.questionnaires import WORK_MODE_WORDS

    return _words(_WORK_MODE_WORDS, "work_mode", WORK_MODE_WORDS)


@functools.cache
def _level_words() -> _Words:
    """Each level's name (“Manager”, “Führungskraft”, “Cadre dirigeant”) in every language."""
    from rmdesk.programme.language import LANGUAGES, catalogue
    from rmdesk.programme.records import LEVEL_NAMES

    return _Words(
        {
            str(level): [catalogue(language).translate("Domain", name) for language in LANGUAGES]
            for level, name in LEVEL_NAMES.items()
        }
    )


@functools.cache
def _day_words() -> _Words:
    """Monday to Friday written out or abbreviated in every language (“Mo.”, “lundi”)."""
    from rmdesk.programme.language import LANGUAGES, day_names
    from rmdesk.programme.records import WEEKDAYS

    return _Words(
        {
            code: [word for language in LANGUAGES for word in day_names(language)[day]]
            for day, code in enumerate(WEEKDAYS)
        }
    )


@functools.lru_cache(maxsize=4096)
def role_value(text: str) -> str:
    """The stored role for ``text`` (“Junior”, “MENTEE”, “Mentorin”, “mentoré”), else
    ``text`` lowercased for the domain's refusal."""
    return _role_words().get(text) or text.lower()


@functools.lru_cache(maxsize=4096)
def work_mode_value(text: str) -> str:
    """The stored work mode for ``text`` (“Office”, “On-site”, “Vor Ort”, “sur site” are
    onsite)."""
    return _work_mode_words().get(text) or text.lower()


def level_of_name(text: str) -> int | None:
    """The level a level's name means in any language (“Manager”, “Führungskraft”)."""
    level = _level_words().get(text)
    return int(level) if level else None


def weekday_code(word: str) -> str | None:
    """The stored weekday (“Mon”) a day's name or abbreviation means in any language."""
    return _day_words().get(word)


@functools.lru_cache(maxsize=4096)
def grade_number(text: str) -> str:
    """“Band 4”, “G4”, “Level-4” as “4”; anything else unchanged."""
    match = _GRADE.fullmatch(text.strip())
    return match.group(1) if match else text


# The fields a file must give for every row, or the coordinator gives once for everyone.
EVERYONE_FIELDS = ("role", "level")


def _not_a_field(name: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Domain", "“{name}” is not a field; the fields are {fields}."),
        name=name,
        fields=", ".join(FIELDS),
    )


class MappingError(ValueError):
    """A mapping names a field or a column that does not exist; one sentence."""


def parse_assignment(text: str) -> tuple[str, str]:
    """``"Header=field"`` -> (header, field); an empty field ignores the column.

    The last ``=`` separates them, so a header may contain one.
    """
    try:
        header, name = split_assignment(text, "field")
    except ValueError as error:
        raise MappingError(str(error)) from None
    if name and name not in FIELDS:
        raise MappingError(_not_a_field(name))
    return header, name


@dataclass
class ColumnPlan:
    """The field each column of a file fills (None: ignored) and why a plan is refused."""

    headers: list[str]
    fields: list[str | None]
    problems: list[str] = field(default_factory=list)
    # One value for everyone (field -> text: role, level) where the file gives none:
    # no such column, or a blank cell; ``filled`` counts the rows that took it.
    everyone: dict[str, str] = field(default_factory=dict)
    filled: dict[str, int] = field(default_factory=dict)

    @property
    def ignored(self) -> list[str]:
        """The columns no field claims, as the file names them."""
        return [h for h, f in zip(self.headers, self.fields, strict=True) if f is None and h]

    def header_of(self, name: str) -> str | None:
        """The file's header for ``name``, or None when no column fills it."""
        for header, chosen in zip(self.headers, self.fields, strict=True):
            if chosen == name:
                return header
        return None


def plan_columns(
    headers: Sequence[str],
    chosen: Mapping[str, str] | None = None,
    everyone: Mapping[str, str] | None = None,
) -> ColumnPlan:
    """Guess each header's field; ``chosen`` (header -> field, "" to ignore) overrides.

    ``chosen`` names headers as the person typed them: matched folded.  ``everyone``
    (field -> text, for ``EVERYONE_FIELDS``) fills a field the file has no column for,
    and its blank cells.  Refused (in ``problems``): a header the file does not have,
    two columns for one field, no name column, no role or level (nor one for everyone).
    """
    given = {name: text.strip() for name, text in (everyone or {}).items() if text.strip()}
    names = [header.replace("\ufeff", "").strip() for header in headers]
    fields = guess_fields(names, all_synonyms())
    problems: list[str] = []
    by_key = {normalise(name): index for index, name in enumerate(names) if normalise(name)}
    for header, name in (chosen or {}).items():
        if name and name not in FIELDS:
            problems.append(_not_a_field(name))
            continue
        index = by_key.get(normalise(header))
        if index is None:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "the file has no column “{header}”; its columns are {columns}."
                    ),
                    header=header,
                    columns=", ".join(f"“{n}”" for n in names if n),
                )
            )
            continue
        for other, taken in enumerate(fields):  # the field moves to the chosen column
            if (
                name
                and taken == name
                and other != index
                and normalise(names[other]) not in {normalise(h) for h in chosen or {}}
            ):
                fields[other] = None
        fields[index] = name or None
    seen: dict[str, str] = {}
    for header, filled in zip(names, fields, strict=True):
        if filled is None:
            continue
        if filled in seen:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "the columns “{first}” and “{second}” both fill {field}."
                    ),
                    first=seen[filled],
                    second=header,
                    field=filled,
                )
            )
        seen[filled] = header
    if "full_name" not in seen and not {"first_name", "last_name"} & set(seen):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "no column gives the name: assign one to full_name, or to first_name and "
                    "last_name.",
                )
            )
        )
    for required in EVERYONE_FIELDS:
        if required not in seen and required not in given:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "no column gives the {field}: assign one to {field}."
                    ),
                    field=required,
                )
            )
    return ColumnPlan(names, fields, problems, given)
