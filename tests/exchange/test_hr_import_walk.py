"""What a tester found walking File > Import participants with real HR exports: a
header that is a field's own name, a file with no role or level column, names lost
to Windows-1252, and names written family name first."""

from __future__ import annotations

from rmdesk.exchange.csv_import import apply_import, preview_participants, read_columns
from rmdesk.exchange.headers import guess_fields
from rmdesk.store.models import Participant

GRADED = (
    "Employee #;Surname;Given name;Work E-mail;Dept.;Reports to;Office;Grade;Role;Level\r\n"
    "E1;Berg;Ada;ada@example.org;Sales;;Oslo;G12;mentee;5\r\n"
    "E2;Lind;Bo;bo@example.org;Sales;Ada Berg;Oslo;G9;mentor;2\r\n"
)


def test_a_header_that_is_the_fields_own_name_wins_over_a_synonym_in_any_order():
    synonyms = {"level": ("grade", "band"), "role": ("programme role",)}
    assert guess_fields(["Grade", "Level"], synonyms) == [None, "level"]
    assert guess_fields(["Level", "Grade"], synonyms) == ["level", None]
    assert guess_fields(["Grade", "Band"], synonyms) == ["level", None]  # first synonym
    assert guess_fields(["Programme role", "ROLE"], synonyms) == [None, "role"]


def test_the_level_column_is_read_and_the_grade_ignored(db):
    guess = read_columns(GRADED.encode("cp1252"))
    assert dict(zip(guess.headers, guess.fields, strict=True))["Level"] == "level"
    assert dict(zip(guess.headers, guess.fields, strict=True))["Grade"] is None
    preview = preview_participants(GRADED.encode("cp1252"))
    assert preview.problems == [] and "Grade" in preview.ignored
    apply_import(preview, create_topics=False)
    assert dict(Participant.select(Participant.full_name, Participant.level).tuples()) == {
        "Ada Berg": 5,
        "Bo Lind": 2,
    }
