"""Document settings: organisation, logo, coordinator, paper size, agreement clauses.

Kept in the database's ``setting`` table (keys ``documents.*``), not in QSettings, so
they travel with backups and are the same in the window and on the command line.
An empty clause text means "our default" (``resources/templates``), so improving the
default reaches everyone who never edited it.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rmdesk.documents.clauses import default_clauses, parse_clauses
from rmdesk.documents.logo import load_logo
from rmdesk.documents.typesetting import PAGE_SIZES
from rmdesk.programme.validation import ValidationError
from rmdesk.store.models import Setting, database_proxy

KEYS = {
    "organisation": "documents.organisation",
    "logo_path": "documents.logo_path",
    "coordinator": "documents.coordinator",
    "paper": "documents.paper",
    "clauses": "documents.clauses",
}
DEFAULT_ORGANISATION = "Reverse mentoring programme"
DEFAULT_COORDINATOR = "the programme coordinator"
MAX_TEXT = 200


class DocumentSettings(NamedTuple):
    organisation: str = DEFAULT_ORGANISATION
    logo_path: str = ""
    coordinator: str = ""  # empty: "the programme coordinator" in the clauses
    paper: str = "A4"
    clauses: str = ""  # empty: the default template

    def clause_text(self) -> str:
        return self.clauses if self.clauses.strip() else default_clauses()

    def coordinator_or_default(self) -> str:
        return self.coordinator.strip() or DEFAULT_COORDINATOR

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
    rows = dict(
        Setting.select(Setting.key, Setting.value)
        .where(Setting.key.in_(list(KEYS.values())))
        .tuples()
    )
    defaults = DocumentSettings()
    values = {field: rows.get(key, getattr(defaults, field)) for field, key in KEYS.items()}
    if values["paper"] not in PAGE_SIZES:
        values["paper"] = "A4"
    if not values["organisation"].strip():
        values["organisation"] = DEFAULT_ORGANISATION
    return DocumentSettings(**values)


def validate_settings(settings: DocumentSettings) -> dict[str, str]:
    """Every problem at once, field -> sentence (the dialog shows them together)."""
    errors: dict[str, str] = {}
    if not settings.organisation.strip():
        errors["organisation"] = "The organisation's name is printed on every page; enter it."
    elif len(settings.organisation) > MAX_TEXT:
        errors["organisation"] = f"The organisation's name is too long (at most {MAX_TEXT})."
    if len(settings.coordinator) > MAX_TEXT:
        errors["coordinator"] = f"The coordinator's name is too long (at most {MAX_TEXT})."
    if settings.paper not in PAGE_SIZES:
        errors["paper"] = f"Paper size must be one of {', '.join(PAGE_SIZES)}."
    problem = load_logo(settings.logo_path).problem
    if problem:
        errors["logo_path"] = problem
    if settings.clauses.strip() and not parse_clauses(settings.clauses):
        errors["clauses"] = "The clauses have no text to print; write some or reset to default."
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
    with database_proxy.atomic():
        for field, key in KEYS.items():
            Setting.replace(key=key, value=getattr(values, field)).execute()
