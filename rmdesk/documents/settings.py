"""Document settings: organisation, logo, coordinator, paper size, language, clauses.

Kept in the database's ``setting`` table (keys ``documents.*``, declared with their
defaults and checks in ``programme.settings``), not in QSettings, so they travel with
backups and are the same in the window and on the command line.  This module adds the
checks that need the documents themselves: the logo file, the clause template.
An empty clause text means "our default" (``resources/templates``), so improving the
default reaches everyone who never edited it.

Documents are printed in one language (``language``: English, German or French; an
unset setting is the system's language, resolved here when the settings are loaded, so
a renderer only reads ``settings.language``).  Each language has its own clauses, kept
in a setting of their own: printing in German uses the German clauses (the
coordinator's German edit, or the German default), never a translation of their English
text, and resetting one language leaves the others as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rmdesk.documents.clauses import (
    PLACEHOLDERS,
    default_clauses,
    parse_clauses,
    unknown_placeholders,
)
from rmdesk.documents.logo import load_logo
from rmdesk.documents.words import translate
from rmdesk.programme import settings as stored
from rmdesk.programme.language import ENGLISH, system_language
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import ValidationError

# Each field of DocumentSettings and the setting that keeps it.
FIELDS: dict[str, stored.Declared[str]] = {
    "organisation": stored.DOCUMENTS_ORGANISATION,
    "logo_path": stored.DOCUMENTS_LOGO_PATH,
    "coordinator": stored.DOCUMENTS_COORDINATOR,
    "paper": stored.DOCUMENTS_PAPER,
    "clauses": stored.DOCUMENTS_CLAUSES,
    "clauses_de": stored.DOCUMENTS_CLAUSES_DE,
    "clauses_fr": stored.DOCUMENTS_CLAUSES_FR,
    "language": stored.DOCUMENTS_LANGUAGE,
}
# The field that keeps each language's clauses (also the key of its problem).
CLAUSE_FIELDS = {"en": "clauses", "de": "clauses_de", "fr": "clauses_fr"}
DEFAULT_ORGANISATION = stored.DOCUMENTS_ORGANISATION.default


class DocumentSettings(NamedTuple):
    organisation: str = stored.DOCUMENTS_ORGANISATION.default
    logo_path: str = stored.DOCUMENTS_LOGO_PATH.default
    coordinator: str = stored.DOCUMENTS_COORDINATOR.default  # empty: default_coordinator()
    paper: str = stored.DOCUMENTS_PAPER.default
    clauses: str = stored.DOCUMENTS_CLAUSES.default  # English; empty: the default template
    clauses_de: str = stored.DOCUMENTS_CLAUSES_DE.default  # German; empty: its default
    clauses_fr: str = stored.DOCUMENTS_CLAUSES_FR.default  # French; empty: its default
    language: str = ENGLISH  # as loaded: the setting, or the system's language

    def clauses_in(self, language: str | None = None) -> str:
        """The clauses kept for ``language`` (the documents' language by default), "" for
        its default."""
        return str(getattr(self, CLAUSE_FIELDS[language or self.language]))

    def with_clauses(self, language: str, text: str) -> DocumentSettings:
        """These settings with ``language``'s clauses replaced (the others untouched)."""
        return self._replace(**{CLAUSE_FIELDS[language]: text})

    def clause_text(self, language: str | None = None) -> str:
        """The clauses printed in ``language`` (the documents' language by default)."""
        language = language or self.language
        text = self.clauses_in(language)
        return text if text.strip() else default_clauses(language)

    def coordinator_or_default(self) -> str:
        """``{coordinator}`` in a sentence of the document being printed."""
        return self.coordinator.strip() or translate("Agreement", "the programme coordinator")

    def organisation_in_text(self) -> str:
        """``{organisation}`` in a clause: the name, or "the organisation" when none is set
        (the page header's default, "Reverse mentoring programme", reads wrong there)."""
        name = self.organisation.strip()
        if name and name != DEFAULT_ORGANISATION:
            return name
        return translate("Agreement", "the organisation")

    def logo_problem(self) -> str:
        """Why the logo will not print (checked now, not when typed), or ""."""
        return load_logo(self.logo_path).problem

    def logo_note(self) -> str:
        """What a document printed now says about its logo (the window's preview, the
        command line), or "" when the logo prints or none is set."""
        problem = self.logo_problem()
        if not problem:
            return ""
        return f"Printed without the logo: {problem} Change it in Documents > Document settings."


def load_settings() -> DocumentSettings:
    """The saved settings in one query; each unset or unusable one is its default (a
    blank organisation, an unknown paper size); no language set is the system's."""
    values = stored.read_many(FIELDS.values())
    settings = DocumentSettings(**{field: values[setting.key] for field, setting in FIELDS.items()})
    return settings if settings.language else settings._replace(language=system_language())


def _declared(settings: DocumentSettings) -> dict[stored.Declared[str], str]:
    return {setting: getattr(settings, field) for field, setting in FIELDS.items()}


def clause_problem(text: str) -> str:
    """Why ``text`` cannot be saved as clauses (any language), or ""."""
    if text.strip() and not parse_clauses(text):
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain", "The clauses have no text to print; write some or reset to default."
            )
        )
    unknown = unknown_placeholders(text)
    if unknown:
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain", "The clauses use {unknown}, which rmdesk cannot fill in; use {valid}."
            ),
            unknown=", ".join(unknown),
            valid=" ".join("{" + name + "}" for name in PLACEHOLDERS),
        )
    return ""


def validate_settings(settings: DocumentSettings) -> dict[str, str]:
    """Every problem at once, field -> sentence (the dialog shows them together)."""
    errors = stored.problems(_declared(settings))
    problem = load_logo(settings.logo_path).problem
    if problem:
        errors["logo_path"] = problem
    for language, field in CLAUSE_FIELDS.items():
        problem = clause_problem(settings.clauses_in(language))
        if problem:
            errors[field] = problem
    return errors


def _stored_clauses(language: str, text: str) -> str:
    """What is kept for ``language``'s clauses: "" while they are its default, so they
    follow future improvements of it."""
    return "" if text.strip() == default_clauses(language).strip() else text


def save_settings(settings: DocumentSettings) -> None:
    """Store all settings in one transaction, or none (ValidationError)."""
    errors = validate_settings(settings)
    if errors:
        raise ValidationError(errors)
    values = settings._replace(
        organisation=settings.organisation.strip(),
        coordinator=settings.coordinator.strip(),
        logo_path=str(Path(settings.logo_path).expanduser()) if settings.logo_path else "",
        language=settings.language.strip().lower(),
        **{
            field: _stored_clauses(language, settings.clauses_in(language))
            for language, field in CLAUSE_FIELDS.items()
        },
    )
    stored.write(_declared(values))


def save_clauses(language: str, text: str) -> None:
    """Store one language's clauses ("" for its default) and nothing else (the command
    line's ``clauses --set``/``--reset``); ValidationError and nothing written when they
    cannot print."""
    problem = clause_problem(text)
    if problem:
        raise ValidationError({CLAUSE_FIELDS[language]: problem})
    stored.write({FIELDS[CLAUSE_FIELDS[language]]: _stored_clauses(language, text)})
