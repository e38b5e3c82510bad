"""Document settings: organisation, logo, coordinator, paper size, agreement clauses.

Kept in the database's ``setting`` table (keys ``documents.*``, declared with their
defaults and checks in ``programme.settings``), not in QSettings, so they travel with
backups and are the same in the window and on the command line.  This module adds the
checks that need the documents themselves: the logo file, the clause template.
An empty clause text means "our default" (``resources/templates``), so improving the
default reaches everyone who never edited it.
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
from rmdesk.programme import settings as stored
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import ValidationError

# Each field of DocumentSettings and the setting that keeps it.
FIELDS: dict[str, stored.Declared[str]] = {
    "organisation": stored.DOCUMENTS_ORGANISATION,
    "logo_path": stored.DOCUMENTS_LOGO_PATH,
    "coordinator": stored.DOCUMENTS_COORDINATOR,
    "paper": stored.DOCUMENTS_PAPER,
    "clauses": stored.DOCUMENTS_CLAUSES,
}
DEFAULT_ORGANISATION = stored.DOCUMENTS_ORGANISATION.default
DEFAULT_COORDINATOR = "the programme coordinator"
ORGANISATION_IN_TEXT = "the organisation"  # {organisation} in a sentence, when none is set


class DocumentSettings(NamedTuple):
    organisation: str = stored.DOCUMENTS_ORGANISATION.default
    logo_path: str = stored.DOCUMENTS_LOGO_PATH.default
    coordinator: str = stored.DOCUMENTS_COORDINATOR.default  # empty: DEFAULT_COORDINATOR
    paper: str = stored.DOCUMENTS_PAPER.default
    clauses: str = stored.DOCUMENTS_CLAUSES.default  # empty: the default template

    def clause_text(self) -> str:
        return self.clauses if self.clauses.strip() else default_clauses()

    def coordinator_or_default(self) -> str:
        return self.coordinator.strip() or DEFAULT_COORDINATOR

    def organisation_in_text(self) -> str:
        """``{organisation}`` in a clause: the name, or "the organisation" when none is set
        (the page header's default, "Reverse mentoring programme", reads wrong there)."""
        name = self.organisation.strip()
        return name if name and name != DEFAULT_ORGANISATION else ORGANISATION_IN_TEXT

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
    blank organisation, an unknown paper size)."""
    values = stored.read_many(FIELDS.values())
    return DocumentSettings(**{field: values[setting.key] for field, setting in FIELDS.items()})


def _declared(settings: DocumentSettings) -> dict[stored.Declared[str], str]:
    return {setting: getattr(settings, field) for field, setting in FIELDS.items()}


def validate_settings(settings: DocumentSettings) -> dict[str, str]:
    """Every problem at once, field -> sentence (the dialog shows them together)."""
    errors = stored.problems(_declared(settings))
    problem = load_logo(settings.logo_path).problem
    if problem:
        errors["logo_path"] = problem
    unknown = unknown_placeholders(settings.clauses)
    if settings.clauses.strip() and not parse_clauses(settings.clauses):
        errors["clauses"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain", "The clauses have no text to print; write some or reset to default."
            )
        )
    elif unknown:
        errors["clauses"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain", "The clauses use {unknown}, which rmdesk cannot fill in; use {valid}."
            ),
            unknown=", ".join(unknown),
            valid=" ".join("{" + name + "}" for name in PLACEHOLDERS),
        )
    return errors


def save_settings(settings: DocumentSettings) -> None:
    """Store all settings in one transaction, or none (ValidationError)."""
    errors = validate_settings(settings)
    if errors:
        raise ValidationError(errors)
    clauses = settings.clauses
    if clauses.strip() == default_clauses().strip():
        clauses = ""  # still the default: follow future improvements of it
    values = settings._replace(
        organisation=settings.organisation.strip(),
        coordinator=settings.coordinator.strip(),
        logo_path=str(Path(settings.logo_path).expanduser()) if settings.logo_path else "",
        clauses=clauses,
    )
    stored.write(_declared(values))
