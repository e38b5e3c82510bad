"""Fuzzing the participants importer: whatever the file, it reports problems, never crashes.

Example counts are kept small so the suite stays fast; each run draws new examples.
"""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rmdesk.exchange.csv_export import export_participants
from rmdesk.exchange.csv_format import PARTICIPANT_COLUMNS
from rmdesk.exchange.csv_import import ImportPreview, Problem, apply_import, preview_participants
from rmdesk.store.models import Pair, Participant, ParticipantTopic

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252", "shift_jis", "koi8-r")


def well_formed(preview: ImportPreview, data: bytes) -> None:
    lines = data.count(b"\n") + data.count(b"\r") + 1
    for problem in preview.problems:
        assert isinstance(problem, Problem)
        assert 1 <= problem.line <= lines
        assert problem.message
    assert preview.new + preview.updated + preview.unchanged == len(preview.rows)


def clean_database() -> None:
    ParticipantTopic.delete().execute()
    Pair.delete().execute()
    Participant.delete().execute()


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(db, data: bytes):
    well_formed(preview_participants(data), data)


@FUZZ
@given(text=st.text(max_size=600), encoding=st.sampled_from(ENCODINGS))
def test_random_text_in_random_encodings(db, text: str, encoding: str):
    data = ("full_name;email;role;level\n" + text).encode(encoding, "replace")
    well_formed(preview_participants(data), data)


cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["mentor", "mentee", "3", "9", "=1+1", '"', ";", ",", "\r\n", "'-x", "Innovation"]
    ),
    st.emails().map(str),
)


@FUZZ
@given(
    header=st.lists(st.sampled_from([*PARTICIPANT_COLUMNS, "other", ""]), min_size=1, max_size=14),
    rows=st.lists(st.lists(cells, max_size=15), max_size=12),
    delimiter=st.sampled_from([",", ";"]),
)
def test_structured_rows_with_awkward_cells(db, header, rows, delimiter):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode("utf-8", "surrogatepass")
    preview = preview_participants(data)
    well_formed(preview, data)
    if not preview.problems:  # a file without problems imports whole
        clean_database()
        result = apply_import(preview, create_topics=True, backup=False)
        assert result.created + result.updated + result.unchanged == len(preview.rows)


def test_huge_fields_are_a_problem_not_a_crash(db):
    huge = "x" * 300_000
    data = f"full_name,role,level,notes\r\nA,mentor,2,{huge}\r\nB,mentee,4,short\r\n".encode()
    preview = preview_participants(data)
    assert [(p.line, p.column) for p in preview.problems] == [(2, "")]
    assert "longer than" in preview.problems[0].message
    long_but_fine = ("full_name,role,level,notes\r\nA,mentor,2," + "y" * 100_000 + "\r\n").encode()
    assert preview_participants(long_but_fine).problems == []


def _only_question_marks(text: str) -> bool:
    """What a Windows-1252 save leaves of 王秀英 ("???"): the import refuses it."""
    return "?" in text and not any(char.isalnum() for char in text)


names = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=25)
    .map(str.strip)
    .filter(bool)
    .filter(lambda name: not _only_question_marks(name))
)
free_text = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=40,
    )
    .filter(lambda text: not _only_question_marks(text))
    .map(str.strip)
)


@FUZZ
@given(
    people=st.lists(
        st.tuples(names, free_text, st.sampled_from(["mentor", "mentee"])), min_size=1, max_size=8
    )
)
def test_any_exported_participants_import_back_unchanged(db, tmp_path_factory, people):
    clean_database()
    for index, (name, notes, role) in enumerate(people):
        Participant.create(full_name=name, notes=notes, role=role, level=1 + index % 6,
                           job_title=notes[:10].strip(), email=f"p{index}@example.org")  # fmt: skip
    before = list(Participant.select().order_by(Participant.id).dicts())
    path = tmp_path_factory.mktemp("fuzz") / "people.csv"
    export_participants(path)
    preview = preview_participants(path)
    assert preview.problems == []
    assert preview.unchanged == len(people), [
        r.values for r in preview.rows if r.status != "unchanged"
    ]
    apply_import(preview, backup=False)
    assert list(Participant.select().order_by(Participant.id).dicts()) == before


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_spreadsheet_saved_in_a_legacy_encoding_reads_as_written(db, encoding: str):
    data = "full_name,role,level\r\nJosé Ñúñez,mentor,2\r\n".encode(encoding)
    preview = preview_participants(data)
    assert preview.problems == []
    assert preview.rows[0].values["full_name"] == "José Ñúñez"
