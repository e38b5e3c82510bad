"""Reading tables as HR tools write them: encodings, separators, .xlsx, bounded."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmdesk.exchange import tabular
from rmdesk.exchange.headers import guess_fields, header_set_key, normalise
from rmdesk.exchange.tabular import TableError, read_table
from rmdesk.programme.messages import Message

TEXT = "First Name;Last Name;Office\r\nJosé;Müller;Zürich\r\nZoë;O’Brien;Málaga\r\n"
EXPECTED = [
    (1, ["First Name", "Last Name", "Office"]),
    (2, ["José", "Müller", "Zürich"]),
    (3, ["Zoë", "O’Brien", "Málaga"]),
]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "UTF-8"),
        (TEXT.encode("utf-16"), "UTF-16"),  # with its byte-order mark
        (TEXT.encode("utf-16-le"), "UTF-16"),  # without: detected
        (TEXT.encode("cp1252"), "Windows-1252"),
    ],
)
def test_every_encoding_hr_tools_write_reads_the_same(encoded: bytes, encoding: str):
    table = read_table(encoded)
    assert table.rows == EXPECTED
    assert (table.encoding, table.delimiter, table.kind, table.unit) == (
        encoding, ";", "csv", "line",
    )  # fmt: skip


def test_a_short_windows_file_is_not_read_as_an_asian_encoding():
    table = read_table("Name,Ort\r\nJosé,Köln\r\n".encode("cp1252"))
    assert table.rows[1] == (2, ["José", "Köln"]) and table.delimiter == ","


def test_blank_rows_are_dropped_and_lines_are_physical():
    table = read_table(b'a,b\r\n,\r\n\r\n"x\r\ny",2\r\nz,3\r\n')
    assert table.rows == [(1, ["a", "b"]), (4, ["x\r\ny", "2"]), (6, ["z", "3"])]


def test_a_quoting_error_stops_the_reading_at_its_line():
    table = read_table(b'a,b\r\n1,2\r\n"never closed,3\r\n')
    assert table.rows == [(1, ["a", "b"]), (2, ["1", "2"])]
    assert table.stopped is not None and table.stopped[0] == 3


def test_bytes_in_no_known_encoding_are_refused_in_one_sentence():
    with pytest.raises(TableError, match="UTF-8, UTF-16 or Windows-1252") as caught:
        read_table(bytes(range(256)))
    assert isinstance(caught.value.sentence, Message)  # the window shows it translated
    with pytest.raises(TableError, match=r"old Excel \.xls"):
        read_table(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)


def workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_cells_read_as_the_text_a_person_sees(tmp_path: Path):
    data = workbook(
        [
            ["Employee ID", "Name", "Start", "Grade", "Ratio", None],
            [1001, "Ana", dt.datetime(2025, 3, 1), 4.0, 0.5, None],
            [None, None, None, None, None, None],
            ["E-2", "Bo", dt.datetime(2025, 3, 1, 9, 30), True, None, None],
        ]
    )
    path = tmp_path / "hr.xlsx"
    path.write_bytes(data)
    table = read_table(path)
    assert table.kind == "xlsx" and table.unit == "row"
    assert table.rows == [
        (1, ["Employee ID", "Name", "Start", "Grade", "Ratio"]),
        (2, ["1001", "Ana", "2025-03-01", "4", "0.5"]),
        (4, ["E-2", "Bo", "2025-03-01 09:30:00", "TRUE"]),
    ]


def test_a_damaged_or_foreign_archive_is_refused(tmp_path: Path):
    with pytest.raises(TableError, match=r"\.xlsx"):
        read_table(workbook([["a"]])[:300])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    with pytest.raises(TableError, match=r"not an \.xlsx"):
        read_table(out.getvalue())


def test_a_workbook_that_would_unpack_too_far_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(tabular, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(TableError, match="unpacks to more than"):
        read_table(workbook([["x" * 50] * 50]))


def test_reads_are_bounded_and_only_regular_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(TableError, match="not a regular file"):
        read_table(fifo)
    big = tmp_path / "big.csv"
    big.write_bytes(b"a\r\n" * 100)
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 50)
    with pytest.raises(TableError, match="too large"):
        read_table(big)


def test_headers_are_one_name_whatever_their_case_spacing_and_punctuation():
    assert normalise(" Work E-mail ") == normalise("work_email") == "workemail"
    assert normalise("Employee #") == "employeenumber"
    assert normalise("Département") == "departement"
    synonyms = {"email": ("e-mail", "work email"), "team": ("dept", "division")}
    headers = ["E-MAIL", "Dept.", "Work Email", "Other"]
    assert guess_fields(headers, synonyms) == ["email", "team", None, None]
    assert header_set_key(["B c", "a"]) == header_set_key(["A", "b_C"])
    with pytest.raises(ValueError, match="names both"):
        guess_fields(["x"], {"a": ("same",), "b": ("Same",)})


GOOD_BOOK = workbook([["Name", "Role", "Level"], ["Ana", "mentor", 2], ["Bo", "mentee", 5]])


@settings(max_examples=40, deadline=None)
@given(
    changes=st.lists(
        st.tuples(st.integers(0, len(GOOD_BOOK) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    ),
    cut=st.integers(20, len(GOOD_BOOK)),
)
def test_a_damaged_workbook_is_a_table_or_one_sentence_never_a_crash(changes, cut):
    data = bytearray(GOOD_BOOK)
    for position, value in changes:
        data[position] = value
    try:
        table = read_table(bytes(data[:cut]))
    except TableError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert all(isinstance(cell, str) for _, cells in table.rows for cell in cells)


def test_the_separator_is_what_the_first_lines_use_outside_quotes():
    title = "Staff list, November\r\nName;Role;Level\r\nAna;mentor;2\r\n"
    assert read_table(title.encode()).rows[1:] == [(2, ["Name", "Role", "Level"]),
                                                  (3, ["Ana", "mentor", "2"])]  # fmt: skip
    topics = 'Name,Offers\r\nAna,"a; b; c; d; e"\r\nBo,"f; g; h"\r\n'
    assert read_table(topics.encode()).rows[1] == (2, ["Ana", "a; b; c; d; e"])


def test_what_openpyxl_only_warns_about_reaches_nobody(capsys):
    book = openpyxl.Workbook()
    book.active.append(["Name", "Start"])
    book.active.append(["Ana", 10**9])
    book.active["B2"].number_format = "yyyy-mm-dd"  # a date serial no calendar has
    out = io.BytesIO()
    book.save(out)
    table = read_table(out.getvalue())  # pytest makes any warning an error
    assert table.rows[1] == (2, ["Ana", "#VALUE!"])
    assert capsys.readouterr().err == ""
