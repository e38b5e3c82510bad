"""Participants CSV import: dialects, every problem by line and column, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.exchange.csv_import import Problem, apply_import, preview_participants
from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store import list_backups
from rmdesk.store.models import Pair, Participant, ParticipantTopic, Topic


def csv_bytes(*lines: str, delimiter: str = ",", bom: bool = False) -> bytes:
    text = "\r\n".join(lines) + "\r\n"
    if delimiter != ",":
        text = text.replace(",", delimiter)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def make(name: str, **fields: object) -> int:
    data = ParticipantData(full_name=name, role="mentor", level=2)
    for key, value in fields.items():
        setattr(data, key, value)
    return domain.create_participant(data)


def problems(data: bytes) -> list[tuple[int, str]]:
    return [(p.line, p.column) for p in preview_participants(data).problems]


HEADER = "full_name,email,role,level,manager_email,offers,wants,notes"


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_dialects_bom_and_semicolon_read_the_same(db, bom: bool, delimiter: str):
    data = csv_bytes(
        " Full_Name , EMAIL ,Role,LEVEL,manager_email,offers,wants,notes",
        'Ada Lovelace,ada@example.org,mentee,5,,,"Social media; Innovation","Likes ""tea"""',
        "Bo Li,bo@example.org,mentor,1,ada@example.org,Social media,,",
        delimiter=delimiter,
        bom=bom,
    )
    if delimiter == ";":  # quoted topic lists keep their ';' inside the field
        assert b'"Social media; Innovation"' in data
    preview = preview_participants(data)
    assert preview.problems == []
    assert (preview.new, preview.updated) == (2, 0)
    result = apply_import(preview)
    assert result.created == 2
    ada = Participant.get(Participant.email == "ada@example.org")
    assert (ada.full_name, ada.role, ada.level, ada.notes) == (
        "Ada Lovelace",
        "mentee",
        5,
        'Likes "tea"',
    )
    bo = Participant.get(Participant.email == "bo@example.org")
    assert bo.manager_id == ada.id
    assert domain.get_participant(ada.id).topics == ["Social media", "Innovation"]
    kinds = {row.kind for row in ParticipantTopic.select()}
    assert kinds == {"offers", "wants"}


def test_every_problem_is_reported_with_its_line_and_column(db):
    make("Known Boss", email="boss@example.org", role="mentee", level=5)
    data = csv_bytes(
        HEADER,
        "Good One,good@example.org,mentor,2,boss@example.org,,,",
        "Bad Email,not-an-email,mentor,2,,,,",  # line 3
        "Bad Role,role@example.org,boss,2,,,,",  # line 4
        "Dup One,good@example.org,mentor,2,,,,",  # line 5: duplicate of line 2
        "No Manager,nm@example.org,mentor,2,ghost@example.org,,,",  # line 6
        "Too High,high@example.org,mentor,9,,,,",  # line 7
        ",empty@example.org,mentor,,,,,",  # line 8: name and level missing
        "Short,row",  # line 9: wrong column count
        '"Multi',  # line 10 starts a quoted field spanning a line
        'line",ml@example.org,mentor,x,,,,',  # level not a number, reported on line 10
    )
    found = problems(data)
    assert (3, "email") in found
    assert (4, "role") in found
    assert (5, "email") in found
    assert (6, "manager_email") in found
    assert (7, "level") in found
    assert (8, "full_name") in found and (8, "level") in found
    assert (9, "") in found
    assert (10, "level") in found
    assert all(line != 2 for line, _ in found)


def test_an_unquoted_topic_list_in_a_semicolon_file_gets_a_hint(db):
    data = csv_bytes(
        "full_name;email;role;level;offers", "José;j@example.org;mentor;2;Social media; Innovation"
    )
    (problem,) = preview_participants(data).problems
    assert problem.line == 2
    assert "has 6 fields; the header has 5" in problem.message
    assert "must be in quotes" in problem.message
    comma = csv_bytes("full_name,email,role,level,offers", "Ann,a@example.org,mentor,2,x,y")
    (problem,) = preview_participants(comma).problems
    assert "quotes" not in problem.message  # in a comma file topics never split a row


def test_manager_cycles_inside_the_file_and_through_the_database(db):
    a = make("Anna Existing", email="anna@example.org", role="mentee", level=5)
    make("Ben Existing", email="ben@example.org", role="mentee", level=4, manager_id=a)
    data = csv_bytes(
        HEADER,
        "Cy New,cy@example.org,mentor,2,dee@example.org,,,",
        "Dee New,dee@example.org,mentor,2,cy@example.org,,,",
        # Anna (existing) now reports to Ben, who reports to Anna: a loop via the database.
        "Anna Existing,anna@example.org,mentee,5,ben@example.org,,,",
        "Self Made,self@example.org,mentor,2,self@example.org,,,",
    )
    found = problems(data)
    assert (2, "manager_email") in found and (3, "manager_email") in found
    assert (4, "manager_email") in found
    assert (5, "manager_email") in found


def test_any_problem_means_nothing_is_written(db):
    before = Participant.select().count()
    data = csv_bytes(HEADER, "Fine,fine@example.org,mentor,2,,,,", "Bad,bad,mentor,2,,,,")
    preview = preview_participants(data)
    with pytest.raises(ExchangeError, match="line 3, column email"):
        apply_import(preview)
    assert Participant.select().count() == before
    assert list_backups(Path(str(Participant._meta.database.obj.database))) == []


def test_matching_email_updates_and_missing_columns_are_kept(db, db_path: Path):
    pid = make(
        "Old Name", email="Same@Example.org", job_title="Analyst", location="Paris",
        topics=["Innovation"],
    )  # fmt: skip
    data = csv_bytes("full_name,email,role,level", "New Name,same@example.org,mentor,3")
    preview = preview_participants(data)
    assert (preview.new, preview.updated, preview.unchanged) == (0, 1, 0)
    apply_import(preview)
    person = Participant.get_by_id(pid)
    assert (person.full_name, person.level, person.job_title, person.location) == (
        "New Name", 3, "Analyst", "Paris",
    )  # fmt: skip
    assert domain.get_participant(pid).topics == ["Innovation"]  # no offers column: kept
    assert [info.reason for info in list_backups(db_path)] == ["before-import"]
    again = preview_participants(data)
    assert (again.updated, again.unchanged) == (0, 1)


def test_an_import_with_nothing_to_change_makes_no_backup(db, db_path: Path):
    data = csv_bytes("full_name,email,role,level", "Ana Silva,ana@example.org,mentor,2")
    first = apply_import(preview_participants(data))
    assert first.backup is not None and first.backup.exists()
    again = preview_participants(data)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    result = apply_import(again)
    assert result.backup is None
    assert [info.path for info in list_backups(db_path)] == [first.backup]
    changed = preview_participants(csv_bytes("full_name,email,role,level",
                                             "Ana Silva,ana@example.org,mentor,3"))  # fmt: skip
    assert apply_import(changed).backup is not None
    assert len(list_backups(db_path)) == 2
    assert Participant.get(Participant.email == "ana@example.org").level == 3


def test_role_of_someone_with_pairs_cannot_change(db):
    import datetime as dt

    from rmdesk.programme.pairs import create_pair
    from rmdesk.store.models import Cycle

    mentee = make("Senior", email="senior@example.org", role="mentee", level=5)
    mentor = make("Junior", email="junior@example.org", role="mentor", level=1)
    cycle = Cycle.create(name="C", start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 9, 1))
    create_pair(cycle.id, mentor, mentee)
    found = preview_participants(
        csv_bytes("full_name,email,role,level", "Junior,junior@example.org,mentee,1")
    )
    assert [(p.line, p.column) for p in found.problems] == [(2, "role")]
    assert "already has pairs" in found.problems[0].message
    assert Pair.select().count() == 1


def test_unknown_topics_need_consent(db):
    data = csv_bytes(HEADER, "Eve,eve@example.org,mentor,2,,Knitting; social MEDIA,,")
    preview = preview_participants(data)
    assert preview.problems == []
    assert preview.unknown_topics == {"Knitting": [(2, "offers")]}
    assert preview.blocking_problems(create_topics=False) == [
        Problem(2, "offers", "unknown topic “Knitting” (create it, or fix the name)")
    ]
    with pytest.raises(ExchangeError):
        apply_import(preview)
    assert not Topic.select().where(Topic.name == "Knitting").exists()
    result = apply_import(preview, create_topics=True)
    assert result.topics_created == ("Knitting",)
    eve = Participant.get(Participant.email == "eve@example.org")
    # Known topics match whatever their case in the file; the stored name is used.
    assert domain.get_participant(eve.id).topics == ["Knitting", "Social media"]


def test_topics_in_the_other_roles_column_are_a_problem(db):
    data = csv_bytes(HEADER, "Eve,eve@example.org,mentor,2,,,Innovation,")
    assert problems(data) == [(2, "wants")]


def test_windows_1252_and_utf16_files_are_read_as_written(db):
    text = "full_name,email,role,level\r\nJosé Ñúñez,jose@example.org,mentor,2\r\n"
    for data in (text.encode("cp1252"), text.encode("utf-16"), text.encode("utf-16-le")):
        preview = preview_participants(data)
        assert preview.problems == [] and preview.rows[0].values["full_name"] == "José Ñúñez"
    apply_import(preview_participants(text.encode("cp1252")))
    assert Participant.get().full_name == "José Ñúñez"


def test_files_that_are_not_participant_lists(db):
    assert problems(b"") == [(1, "")]
    assert problems(b"full_name,role,level\r\n") == [(1, "")]  # header only
    found = preview_participants(csv_bytes("name,email", "A,a@example.org")).problems
    assert [(p.line, p.column) for p in found] == [(1, ""), (1, "")]
    assert "role" in found[0].message + found[1].message
    assert "level" in found[0].message + found[1].message
    assert problems(bytes(range(256))) == [(1, "")]  # no known encoding
    assert problems(csv_bytes(HEADER, '"never closed,a@example.org')) != []


def test_blank_rows_and_level_names_are_accepted(db):
    data = csv_bytes(
        "full_name,role,level", "Ann,mentee,Senior leader", ",,", "", "Bob,MENTOR,entry"
    )
    preview = preview_participants(data)
    assert preview.problems == []
    apply_import(preview)
    levels = dict(Participant.select(Participant.full_name, Participant.level).tuples())
    assert levels == {"Ann": 5, "Bob": 1}


def test_cells_neutralised_by_the_export_come_back_as_they_were(db):
    data = csv_bytes("full_name,role,level,notes", "Ann,mentee,5,'=SUM(A1)", "Bob,mentor,1,'Quote")
    apply_import(preview_participants(data))
    notes = dict(Participant.select(Participant.full_name, Participant.notes).tuples())
    assert notes == {"Ann": "=SUM(A1)", "Bob": "'Quote"}


def test_progress_is_reported_while_writing(db):
    rows = [f"P{i},p{i}@example.org,mentor,2" for i in range(2500)]
    preview = preview_participants(csv_bytes("full_name,email,role,level", *rows))
    seen: list[tuple[int, int]] = []
    apply_import(preview, progress=lambda done, total: seen.append((done, total)), backup=False)
    assert seen[-1] == (2500, 2500) and len(seen) == 3
    assert Participant.select().count() == 2500


def test_a_row_without_email_updates_the_one_person_of_that_name_without_email(db):
    solo = make("Solo Person", job_title="Old title")
    make("Twin Name")
    make("Twin Name")
    data = csv_bytes(
        "full_name,role,level,job_title",
        "solo person,mentor,2,New title",
        "Twin Name,mentor,2,",
        "Solo Person,mentor,2,Again",
    )
    preview = preview_participants(data)
    assert [(p.line, p.column) for p in preview.problems] == [(3, "email"), (4, "full_name")]
    assert "2 people named “Twin Name” have no email" in preview.problems[0].message
    good = preview_participants(
        csv_bytes("full_name,role,level,job_title", "Solo Person,mentor,2,New")
    )
    assert (good.new, good.updated) == (0, 1)
    apply_import(good, backup=False)
    assert Participant.get_by_id(solo).job_title == "New"
    assert Participant.select().count() == 3


def test_numbers_are_ascii_digits_and_in_range_so_nothing_reaches_sqlite_too_big(db):
    """“²” passes str.isdigit but not int(); 10**23 passes a dry run but not SQLite."""
    data = csv_bytes(
        "full_name,email,role,level,capacity",
        "Squared Level,sq@example.org,mentor,²,1",
        "Squared Capacity,sc@example.org,mentor,2,²",
        f"Huge Capacity,hc@example.org,mentor,2,{10**23}",
        f"Huge Level,hl@example.org,mentor,{10**23},1",
        "Eleven,el@example.org,mentor,2,11",
    )
    preview = preview_participants(data)
    found = {(p.line, p.column): p.message for p in preview.problems}
    assert found[(2, "level")] == "“²” is not a level (1-6 or its name)."
    assert found[(3, "capacity")] == "“²” is not a number."
    assert "between 1 and 10" in found[(4, "capacity")]
    assert "between 1 and 6" in found[(5, "level")]
    assert "between 1 and 10" in found[(6, "capacity")]
    with pytest.raises(ExchangeError):
        apply_import(preview)
    assert Participant.select().count() == 0
