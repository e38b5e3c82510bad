"""German and French HR exports: their headers and words import as the English ones do."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from rmdesk.exchange.csv_import import apply_import, preview_participants, read_columns
from rmdesk.programme import participants as domain
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Participant

ENGLISH = (
    ["First name", "Last name", "Email", "Employee ID", "Role", "Job title", "Department",
     "Level", "Manager", "Location", "Work mode", "Availability", "Topics offered",
     "Topics wanted", "Capacity", "Notes"],
    ["Ana", "Berg", "ana@example.org", "E1", "Mentee", "Head of Sales", "Sales", "Manager",
     "", "Zürich", "Onsite", "Mon, Wed", "", "Social media", "2", "prefers mornings"],
    ["Ben", "Cole", "ben@example.org", "E2", "Mentor", "Analyst", "IT", "Entry", "E1",
     "Basel", "Remote", "Tuesday; Friday", "Social media", "", "1", ""],
    ["Cleo", "Dunn", "cleo@example.org", "E3", "Mentee", "Director", "Finance", "Senior leader",
     "ana@example.org", "Genf", "Hybrid", "Thu", "", "", "1", ""],
)  # fmt: skip
TRANSLATED = {
    "de": (
        ["Vorname", "Nachname", "E-Mail", "Personalnummer", "Rolle", "Stellenbezeichnung",
         "Abteilung", "Ebene", "Vorgesetzte(r)", "Standort", "Arbeitsmodell", "Verfügbarkeit",
         "Angebotene Themen", "Gewünschte Themen", "Kapazität", "Bemerkungen"],
        ["Ana", "Berg", "ana@example.org", "E1", "Mentee", "Head of Sales", "Sales",
         "Führungskraft", "", "Zürich", "Vor Ort", "Mo, Mittwoch", "", "Social media", "2",
         "prefers mornings"],
        ["Ben", "Cole", "ben@example.org", "E2", "Mentorin", "Analyst", "IT", "Berufseinstieg",
         "E1", "Basel", "Homeoffice", "Di.; Freitag", "Social media", "", "1", ""],
        ["Cleo", "Dunn", "cleo@example.org", "E3", "Mentee (Führungskraft)", "Director",
         "Finance", "Obere Führungskraft", "ana@example.org", "Genf", "hybrid", "Do", "", "",
         "1", ""],
    ),
    "fr": (
        ["Prénom", "Nom", "Courriel", "Matricule", "Rôle", "Fonction", "Service", "Niveau",
         "Responsable", "Lieu de travail", "Mode de travail", "Disponibilités",
         "Thèmes proposés", "Thèmes souhaités", "Capacité", "Remarques"],
        ["Ana", "Berg", "ana@example.org", "E1", "mentorée", "Head of Sales", "Sales", "Manager",
         "", "Zürich", "sur site", "lun., mercredi", "", "Social media", "2",
         "prefers mornings"],
        ["Ben", "Cole", "ben@example.org", "E2", "Mentore", "Analyst", "IT", "Débutant", "E1",
         "Basel", "à distance", "mardi; ven.", "Social media", "", "1", ""],
        ["Cleo", "Dunn", "cleo@example.org", "E3", "Mentoré", "Director", "Finance",
         "Cadre dirigeant", "ana@example.org", "Genf", "Hybride", "jeu.", "", "", "1", ""],
    ),
}  # fmt: skip


def as_csv(table: tuple[list[str], ...]) -> bytes:
    """A semicolon CSV as German and French spreadsheets save one."""
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(table)
    return out.getvalue().encode("utf-8-sig")


def stored() -> dict[str, tuple]:
    """Everything the import wrote about each person, the manager by name."""
    names = dict(Participant.select(Participant.id, Participant.full_name).tuples())
    people = {}
    for row in Participant.select():
        person = domain.get_participant(row.id)
        people[row.full_name] = (
            row.email, row.employee_id, row.role, row.level, row.job_title, row.department,
            names.get(row.manager_id), row.location, row.work_mode, row.availability,
            row.capacity, row.notes, tuple(person.topics),
        )  # fmt: skip
    return people


def imported(data: bytes) -> dict[str, tuple]:
    preview = preview_participants(data)
    assert [str(problem) for problem in preview.problems] == []
    assert preview.ignored == ()
    apply_import(preview, create_topics=True, backup=False)
    return stored()


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_translated_export_stores_what_the_english_one_stores(db, tmp_path: Path, language: str):
    english = imported(as_csv(ENGLISH))
    assert english["Ana Berg"][2:4] == ("mentee", 4)  # the English file itself read right
    assert english["Ben Cole"][8:10] == ("remote", "Tue,Fri")
    close_database()
    open_database(tmp_path / f"{language}.rmdesk")
    assert imported(as_csv(TRANSLATED[language])) == english
    close_database()
    open_database(tmp_path / "programme.rmdesk")
    # Read into the English import's programme, the same people are unchanged.
    preview = preview_participants(as_csv(TRANSLATED[language]))
    assert (preview.new, preview.updated, preview.unchanged) == (0, 0, 3)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_translated_header_is_recognised_without_a_mapping(db, language: str):
    headers = TRANSLATED[language][0]
    assert read_columns(as_csv(TRANSLATED[language])).fields == read_columns(as_csv(ENGLISH)).fields
    assert len(headers) == len(ENGLISH[0])


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (["Name", "E-Mail", "Rolle", "Ebene"], ["full_name", "email", "role", "level"]),
        (["Nom complet", "E-mail", "Rôle", "Niveau"], ["full_name", "email", "role", "level"]),
        (["Nom", "Prénom", "Courriel", "Rôle", "Niveau"],
         ["last_name", "first_name", "email", "role", "level"]),
    ],
)  # fmt: skip
def test_names_of_the_window_and_of_hr_in_each_language(db, headers, fields):
    data = as_csv((headers, ["x"] * len(headers)))
    assert list(read_columns(data).fields) == fields


@pytest.mark.parametrize(
    ("column", "value", "said"),
    [
        ("Arbeitsmodell", "Homeofice", "Work mode must be onsite, hybrid or remote."),
        ("Ebene", "Chef", "“Chef” is not a level (1-6 or its name)."),
        ("Verfügbarkeit", "Mo, Samstag", "“Samstag” is not a weekday (Mon to Fri)"),
        ("Rolle", "Mentorat", "Role must be"),
    ],
)
def test_a_word_of_no_language_is_refused_in_one_line(db, column, value, said):
    headers, *rows = TRANSLATED["de"]
    row = list(rows[0])
    row[headers.index(column)] = value
    found = [str(p) for p in preview_participants(as_csv((headers, row))).problems]
    assert len(found) == 1
    assert found[0].startswith(f"line 2, column {column}: ")
    assert said in found[0]
    assert Participant.select().count() == 0
