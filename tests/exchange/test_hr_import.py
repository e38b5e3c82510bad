"""HR exports in: their headers, encodings, .xlsx, values, managers and employee IDs."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from rmdesk.cli import main
from rmdesk.exchange.csv_import import (
    FIELDS,
    MappingError,
    apply_import,
    parse_assignment,
    preview_participants,
    read_columns,
)
from rmdesk.store.models import Participant
from tests.test_cli import one_error_line

HR_HEADER = [
    "First Name", "Surname", "Work E-mail", "Employee #", "Job title", "Dept.", "Reports to",
    "Office", "Work Mode", "Grade", "Programme role", "Favourite colour",
]  # fmt: skip
HR_ROWS = [
    ["José", "Müller", "JOSE@example.org", "E1", "Head of Sales", "Sales", "", "Zürich",
     "Office", "Band 5", "Senior", "blue"],
    ["Zoë", "O’Brien", "zoe@example.org", "E2", "Analyst", "Sales", "José Müller", "Málaga",
     "On-site", "2", "Junior", "red"],
    ["Ada", "Berg", "", "E3", "Intern", "Sales", "E2", "Oslo", "in office", "G1", "mentor",
     "green"],
    ["Bo", "Lind", "bo@example.org", "E4", "Designer", "Design", "zoe@example.org", "Oslo",
     "Remote", "Entry", "MENTEE", ""],
]  # fmt: skip


def hr_csv(rows: list[list[str]] = HR_ROWS, encoding: str = "cp1252") -> bytes:
    lines = [";".join(HR_HEADER), *(";".join(row) for row in rows)]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def hr_xlsx(rows: list[list[str]] = HR_ROWS) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HR_HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def people() -> dict[str, tuple]:
    p = Participant
    query = p.select(
        p.full_name, p.email, p.employee_id, p.role, p.level, p.work_mode, p.location,
        p.department, p.job_title, p.manager,
    )  # fmt: skip
    rows = list(query.tuples())
    names = {pid: name for pid, name in Participant.select(p.id, p.full_name).tuples()}
    return {row[0]: (*row[1:-1], names.get(row[-1])) for row in rows}


EXPECTED = {
    "José Müller": ("jose@example.org", "E1", "mentee", 5, "onsite", "Zürich", "Sales",
                    "Head of Sales", None),
    "Zoë O’Brien": ("zoe@example.org", "E2", "mentor", 2, "onsite", "Málaga", "Sales",
                    "Analyst", "José Müller"),
    "Ada Berg": (None, "E3", "mentor", 1, "onsite", "Oslo", "Sales", "Intern", "Zoë O’Brien"),
    "Bo Lind": ("bo@example.org", "E4", "mentee", 1, "remote", "Oslo", "Design", "Designer",
                "Zoë O’Brien"),
}  # fmt: skip


@pytest.mark.parametrize("make", [hr_csv, hr_xlsx, lambda: hr_csv(encoding="utf-16")])
def test_an_hr_export_imports_with_its_own_headers_and_words(db, make):
    preview = preview_participants(make())
    assert preview.problems == []
    assert preview.ignored == ("Favourite colour",)
    assert preview.new == 4
    apply_import(preview, backup=False)
    assert people() == EXPECTED


def test_reimport_matches_by_employee_id_even_when_the_email_changed(db):
    apply_import(preview_participants(hr_csv()), backup=False)
    rows = [list(row) for row in HR_ROWS]
    rows[0][2] = "jose.mueller@example.org"  # a new address, the same person
    rows[3][8] = "Hybrid"
    preview = preview_participants(hr_xlsx(rows))
    assert (preview.new, preview.updated, preview.unchanged) == (0, 2, 2)
    apply_import(preview, backup=False)
    assert Participant.select().count() == 4
    stored = people()
    assert stored["José Müller"][0] == "jose.mueller@example.org"
    assert stored["Bo Lind"][4] == "hybrid"


def test_problems_name_the_files_row_and_column(db):
    rows = [list(row) for row in HR_ROWS]
    rows[3][3] = "E1"  # an employee ID twice
    rows[3][6] = "Nobody Known"
    rows[2][9] = "Band Z"
    found = [str(p) for p in preview_participants(hr_xlsx(rows)).problems]
    assert found == [
        "row 4, column Grade: “Band Z” is not a level (1-6 or its name).",
        "row 5, column Employee #: E1 is also on row 2",
        "row 5, column Reports to: manager “Nobody Known” is neither in the file nor in rmdesk",
    ]


def test_a_manager_named_by_a_name_two_people_have_is_refused(db):
    rows = [list(row) for row in HR_ROWS]
    rows[2][:2] = ["José", "Müller"]  # a second José Müller
    rows[2][6] = ""
    rows[3][6] = "José Müller"
    found = preview_participants(hr_csv(rows)).problems
    assert [(p.line, p.column) for p in found] == [(3, "Reports to"), (5, "Reports to")]
    assert "2 people are named “José Müller”" in found[1].message


def test_an_employee_id_and_an_email_of_two_people_are_refused(db):
    apply_import(preview_participants(hr_csv()), backup=False)
    rows = [list(row) for row in HR_ROWS]
    rows[0][3] = "E4"  # José's e-mail with Bo's employee ID
    rows[3][3] = "E9"
    found = preview_participants(hr_csv(rows)).problems
    assert any(p.line == 2 and p.column == "Employee #" and "Bo Lind" in p.message for p in found)


def test_a_mapping_assigns_columns_and_ignores_others(db):
    data = hr_csv()
    preview = preview_participants(
        data, mapping={"favourite colour": "notes", "Office": "", "Dept.": "job_title",
                       "job title": ""},
    )  # fmt: skip
    assert preview.problems == []
    assert set(preview.ignored) == {"Office", "Job title"}
    apply_import(preview, backup=False)
    notes = dict(Participant.select(Participant.full_name, Participant.notes).tuples())
    assert notes["José Müller"] == "blue"
    titles = dict(Participant.select(Participant.full_name, Participant.job_title).tuples())
    assert titles["Bo Lind"] == "Design"
    assert Participant.get(Participant.full_name == "Bo Lind").location == ""
    refused = preview_participants(data, mapping={"Colour": "notes"}).problems
    assert [(p.line, p.column) for p in refused] == [(1, "")]
    assert "no column “Colour”" in refused[0].message


def test_an_assignment_names_a_known_field():
    assert parse_assignment(" Reports to = manager ") == ("Reports to", "manager")
    assert parse_assignment("a=b=notes") == ("a=b", "notes")
    assert parse_assignment("Office=") == ("Office", "")
    with pytest.raises(MappingError) as caught:
        parse_assignment("Colour=colour")
    assert ", ".join(FIELDS) in str(caught.value)


def test_the_mapping_step_sees_columns_guesses_and_five_rows():
    guess = read_columns(hr_xlsx(HR_ROWS * 3))
    assert guess.headers == tuple(HR_HEADER)
    assert guess.fields == (
        "first_name", "last_name", "email", "employee_id", "job_title", "department",
        "manager", "location", "work_mode", "level", "role", None,
    )  # fmt: skip
    assert len(guess.samples) == 5 and guess.samples[1][0] == "Zoë"
    assert read_columns(hr_csv(), {"Favourite colour": "notes"}).fields[-1] == "notes"


def test_availability_reads_weekdays_in_any_spelling(db):
    data = 'Name,Role,Level,Available days\r\nAna,mentor,2,"Monday, wed"\r\nBo,mentee,5,Sat\r\n'
    preview = preview_participants(data.encode())
    assert [str(p) for p in preview.problems] == [
        "line 3, column Available days: “Sat” is not a weekday (Mon to Fri)"
    ]
    assert preview.rows[0].values["availability"] == "Mon,Wed"


def test_the_command_imports_an_xlsx_with_a_mapping_and_lists_ignored(tmp_path: Path, capsys):
    source = tmp_path / "hr.xlsx"
    source.write_bytes(hr_xlsx())
    target = tmp_path / "new.rmdesk"
    assert main(["--db", str(target), "import", "participants", str(source)]) == 0
    out, _ = capsys.readouterr()
    assert "4 new" in out and "Ignored columns: “Favourite colour”." in out
    assert main(["--db", str(target), "import", "participants", str(source),
                 "--map", "Favourite colour=notes"]) == 0  # fmt: skip
    out, _ = capsys.readouterr()
    assert "3 updated, 1 unchanged" in out and "Ignored" not in out  # Bo has no colour
    assert main(["--db", str(target), "import", "participants", str(source),
                 "--map", "Favourite colour=colour"]) == 1  # fmt: skip
    line = one_error_line(capsys.readouterr().err)
    assert "“colour” is not a field; the fields are full_name, first_name" in line


def test_the_export_keeps_employee_ids_and_days_and_imports_back_unchanged(db, tmp_path):
    import csv

    from rmdesk.exchange.csv_export import export_participants

    rows = [list(row) for row in HR_ROWS]
    rows[3][6] = "E3"  # Bo reports to Ada, who has no e-mail
    apply_import(preview_participants(hr_csv(rows)), backup=False)
    Participant.update(availability="Mon,Thu").where(Participant.employee_id == "E1").execute()
    before = list(Participant.select().order_by(Participant.id).dicts())
    path = tmp_path / "people.csv"
    export_participants(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        exported = {row["full_name"]: row for row in csv.DictReader(handle)}
    assert exported["Bo Lind"]["manager"] == "E3"
    assert exported["José Müller"]["employee_id"] == "E1"
    assert exported["José Müller"]["availability"] == "Mon,Thu"
    preview = preview_participants(path)
    assert preview.problems == [] and preview.unchanged == 4
    apply_import(preview, backup=False)
    assert list(Participant.select().order_by(Participant.id).dicts()) == before


def test_a_reports_title_rows_above_the_header_are_skipped(db):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Headcount report"])
    sheet.append(["Run on", "2026-11-30", "by HR"])
    sheet.append([])
    sheet.append(HR_HEADER)
    for row in HR_ROWS:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    preview = preview_participants(out.getvalue())
    assert preview.problems == [] and preview.new == 4
    guess = read_columns(out.getvalue())
    assert guess.headers == tuple(HR_HEADER) and guess.samples[0][0] == "José"
    text = "Staff list, November\r\n\r\n" + hr_csv().decode("cp1252")
    preview = preview_participants(text.encode("cp1252"))
    assert preview.problems == [] and preview.new == 4
    rows = [list(row) for row in HR_ROWS]
    rows[1][9] = "Band Z"  # still said on the file's own row
    lines = ["Staff list", ";".join(HR_HEADER), *(";".join(row) for row in rows)]
    found = preview_participants("\r\n".join(lines).encode("cp1252")).problems
    assert [(p.line, p.column) for p in found] == [(4, "Grade")]
