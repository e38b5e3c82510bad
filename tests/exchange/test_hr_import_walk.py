"""What a tester found walking File > Import participants with real HR exports: a
header that is a field's own name, a file with no role or level column, names lost
to Windows-1252, and names written family name first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.exchange.csv_import import apply_import, preview_participants, read_columns
from rmdesk.exchange.headers import guess_fields
from rmdesk.programme.names import joined_name
from rmdesk.store.models import Participant
from tests.test_cli import one_error_line

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


NO_ROLE_NOR_LEVEL = (
    "Employee #;Surname;Given name;Work E-mail\r\n"
    "E1;Berg;Ada;ada@example.org\r\n"
    "E2;Lind;Bo;bo@example.org\r\n"
)
SOME_ROLES = (
    "Employee #;Full name;Role;Level\r\n"
    "E1;Ada Berg;mentee;5\r\n"
    "E2;Bo Lind;;\r\n"
    ";;;\r\n"  # a blank row stays blank
)


def roles_and_levels() -> dict[str, tuple[str, int]]:
    p = Participant
    return {
        name: (role, level) for name, role, level in p.select(p.full_name, p.role, p.level).tuples()
    }


def test_a_file_without_role_or_level_columns_takes_one_for_everyone(tmp_path: Path, capsys):
    source = tmp_path / "hr.csv"
    source.write_bytes(NO_ROLE_NOR_LEVEL.encode("cp1252"))
    target = tmp_path / "new.rmdesk"
    assert main(["--db", str(target), "import", "participants", str(source)]) == 1
    err = capsys.readouterr().err
    assert "no column gives the role" in err
    assert err.splitlines()[-1] == (
        "rmdesk: 2 problems: nothing was imported. To give everyone in the file the same "
        "role and level: --role and --level."
    )
    assert not target.exists()
    assert main(["--db", str(target), "import", "participants", str(source),
                 "--role", "mentor", "--level", "2"]) == 0  # fmt: skip
    out, _ = capsys.readouterr()
    assert "Role for everyone: mentor (the file has no role column)." in out
    assert "Level for everyone: 2 (the file has no level column)." in out
    assert "2 new" in out
    with sqlite3.connect(target) as stored:
        rows = stored.execute("SELECT full_name, role, level FROM participant").fetchall()
    assert sorted(rows) == [("Ada Berg", "mentor", 2), ("Bo Lind", "mentor", 2)]


def test_one_value_for_everyone_fills_only_blank_cells(db):
    preview = preview_participants(SOME_ROLES.encode(), everyone={"role": "mentor", "level": "1"})
    assert preview.problems == [] and preview.new == 2
    assert preview.everyone == {"role": ("mentor", "Role", 1), "level": ("1", "Level", 1)}
    apply_import(preview, create_topics=False)
    assert roles_and_levels() == {"Ada Berg": ("mentee", 5), "Bo Lind": ("mentor", 1)}


def test_the_command_says_when_the_value_for_everyone_was_not_used(tmp_path: Path, capsys):
    source = tmp_path / "hr.csv"
    source.write_bytes(GRADED.encode())
    target = tmp_path / "new.rmdesk"
    assert main(["--db", str(target), "import", "participants", str(source),
                 "--role", "mentee"]) == 0  # fmt: skip
    assert "--role mentee not used: every “Role” cell is filled." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--role", "boss", "invalid choice: 'boss'"),
        ("--level", "9", "9"),
        ("--level", "two", "two"),
    ],
)
def test_a_value_for_everyone_is_refused_in_one_line(tmp_path: Path, capsys, option, value, said):
    source = tmp_path / "hr.csv"
    source.write_bytes(NO_ROLE_NOR_LEVEL.encode())
    target = tmp_path / "new.rmdesk"
    args = ["--db", str(target), "import", "participants", str(source), "--role", "mentor"]
    assert main([*args, option, value]) == 1
    assert said in one_error_line(capsys.readouterr().err)
    assert not target.exists()


def test_the_domains_rules_check_a_value_given_for_everyone(db):
    preview = preview_participants(
        NO_ROLE_NOR_LEVEL.encode(), everyone={"role": "guest", "level": "7"}
    )
    role, level = (
        "Role must be mentor (junior) or mentee (senior).",
        "Level must be between 1 and 6.",
    )
    assert sorted((p.line, p.column, p.message) for p in preview.problems) == [
        (2, "level", level),
        (2, "role", role),
        (3, "level", level),
        (3, "role", role),
    ]


LOST = (
    "Employee #;Surname;Given name;Work E-mail;Role;Level;Dept.\r\n"
    "E1;???;??;wang@example.org;mentee;5;Sales\r\n"
    "E2;Lind;Bo;bo@example.org;mentor;2;? ?\r\n"
    "E3;Berg;Ada?;ada@example.org;mentor;2;Who? What?\r\n"
)


def test_names_a_save_lost_are_refused_with_what_to_do(tmp_path: Path, capsys):
    source = tmp_path / "hr.csv"
    source.write_bytes(LOST.encode("cp1252"))
    target = tmp_path / "new.rmdesk"
    assert main(["--db", str(target), "import", "participants", str(source)]) == 1
    err = capsys.readouterr().err
    lost = "the file lost characters when it was saved; save it as “CSV UTF-8” and import it again"
    assert f"line 2, column Surname: “???”: {lost}" in err
    assert f"line 2, column Given name: “??”: {lost}" in err
    assert f"line 3, column Dept.: “? ?”: {lost}" in err
    assert "line 4" not in err  # letters beside a question mark are text
    assert err.splitlines()[-1] == "rmdesk: 3 problems: nothing was imported."
    assert not target.exists()


def test_replacement_characters_are_refused_in_any_field(db):
    text = GRADED.replace("Oslo;G12", "Os\ufffdlo;G12")
    preview = preview_participants(text.encode())
    assert [(p.line, p.column) for p in preview.problems] == [(2, "Office")]
    assert "“CSV UTF-8”" in preview.problems[0].message


@pytest.mark.parametrize(
    ("given", "family", "full"),
    [
        ("秀英", "王", "王秀英"),  # Chinese
        ("민준", "김", "김민준"),  # Korean Hangul: no space either
        ("太郎", "山田", "山田太郎"),  # Japanese kanji
        ("さくら", "佐々木", "佐々木さくら"),  # kana, and the iteration mark
        ("Xiuying", "王", "Xiuying 王"),  # one part in Latin letters: given family
        ("Ada", "Berg", "Ada Berg"),
        ("Zoë", "O’Brien", "Zoë O’Brien"),
        ("  秀英 ", "", "秀英"),
        ("", "Berg", "Berg"),
    ],
)
def test_given_and_family_names_are_joined_as_their_script_writes_them(given, family, full):
    assert joined_name(given, family) == full


def test_an_hr_export_of_chinese_names_imports_them_family_name_first(db):
    text = "Surname;Given name;Role;Level\r\n王;秀英;mentee;5\r\n김;민준;mentor;1\r\n"
    apply_import(preview_participants(text.encode()), create_topics=False)
    assert {name for (name,) in Participant.select(Participant.full_name).tuples()} == {
        "王秀英",
        "김민준",
    }
