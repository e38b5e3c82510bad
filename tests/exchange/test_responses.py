"""Answers back: a form's responses read into one phase of the cycle's self-assessments."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.exchange.responses import apply_responses, preview_responses
from rmdesk.programme.assessments import AssessmentData, get_assessment, save_assessment
from rmdesk.store.models import Assessment, AssessmentScore
from tests.documents.sample import build_programme

TODAY = dt.date(2025, 3, 1)


@pytest.fixture
def programme(db):
    return build_programme()


def csv_bytes(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


HEADER = ("Timestamp,Email Address,Digital fluency,Inclusive leadership,"
          "Confidence with senior leaders,Overall satisfaction with the programme so far,"
          "Any comment for the coordinator")  # fmt: skip


def test_answers_are_matched_by_email_header_and_label(programme):
    data = csv_bytes(
        HEADER,
        "2025-02-01 10:00,HANG@example.org,4 - Confident,3,,5,Learning a lot",
        "2025-02-01 11:00,aiko@example.org,,,2 – Not yet,4,",
    )
    preview = preview_responses(data, programme.cycle, "midpoint", today=TODAY)
    assert preview.problems == [] and preview.summary() == (
        "2 people's answers for the midpoint phase"
    )
    assert apply_responses(preview, backup=False)[0] == 2
    hang = programme.ids["ngo"]
    saved = get_assessment(programme.pairs[0], hang, "midpoint")
    assert saved is not None
    assert saved.scores == {"Digital fluency": 4, "Inclusive leadership": 3}  # blank: not answered
    assert (saved.satisfaction, saved.comment, saved.date) == (5, "Learning a lot",
                                                               dt.date(2025, 2, 1))  # fmt: skip
    aiko = get_assessment(programme.pairs[2], programme.ids["aiko"], "midpoint")
    assert aiko is not None and aiko.scores == {"Confidence with senior leaders": 2}


def test_unknown_respondents_are_refused_by_line_unless_skipped(programme):
    data = csv_bytes(HEADER, "2025-02-01 10:00,nobody@example.org,4,3,,5,",
                     "2025-02-01 10:05,hang@example.org,4,3,,5,")  # fmt: skip
    refused = preview_responses(data, programme.cycle, "midpoint")
    assert refused.problems == [
        "line 2: nobody@example.org is not in a pair of this cycle (check the address, or "
        "leave unknown addresses out)."
    ]
    with pytest.raises(ExchangeError, match="Nothing was imported"):
        apply_responses(refused, backup=False)
    assert Assessment.select().where(Assessment.phase == "midpoint").count() == 0
    skipped = preview_responses(data, programme.cycle, "midpoint", skip_unknown=True)
    assert skipped.problems == [] and skipped.skipped == 1
    assert skipped.summary().endswith("1 unknown respondent skipped")


def test_the_same_person_twice_keeps_the_latest_by_timestamp_and_says_so(programme):
    data = csv_bytes(HEADER, "2025-02-03 09:00,hang@example.org,5,5,,5,later",
                     "2025-02-01 09:00,hang@example.org,1,1,,1,earlier")  # fmt: skip
    preview = preview_responses(data, programme.cycle, "final")
    assert [a.line for a in preview.answers] == [2]
    assert preview.notes == [
        "Ngô Thị Minh Hằng answered more than once (lines 3 and 2): line 2 is kept, the "
        "latest by its timestamp."
    ]
    undated = csv_bytes("Email,Digital fluency", "hang@example.org,5", "hang@example.org,1")
    later = preview_responses(undated, programme.cycle, "final")
    assert [a.line for a in later.answers] == [3] and "the later in the file" in later.notes[0]


def test_existing_answers_are_replaced_only_when_asked(programme):
    hang, pair = programme.ids["ngo"], programme.pairs[0]
    data = csv_bytes("E-mail,Digital fluency,Satisfaction", "hang@example.org,1,2")
    refused = preview_responses(data, programme.cycle, "baseline")
    assert refused.problems == ["line 2: Their baseline answers are saved already."]
    before = get_assessment(pair, hang, "baseline")
    replaced = preview_responses(data, programme.cycle, "baseline", replace=True)
    assert replaced.problems == []
    apply_responses(replaced, replace=True, backup=False)
    after = get_assessment(pair, hang, "baseline")
    assert before is not None and after is not None and before.scores != after.scores
    assert (after.scores, after.satisfaction) == ({"Digital fluency": 1}, 2)
    assert Assessment.select().where(Assessment.phase == "baseline").count() == 2


def test_bad_cells_and_other_roles_dimensions_are_problems_and_nothing_is_written(programme):
    data = csv_bytes(
        "Email,Digital fluency,Confidence with senior leaders,Satisfaction",
        "hang@example.org,six,,4",
        "aiko@example.org,3,2,4",  # Digital fluency is a mentee's dimension
        ",2,,",
    )
    preview = preview_responses(data, programme.cycle, "midpoint")
    assert preview.problems == [
        "line 2, “Digital fluency”: “six” is not 1 to 5.",
        "line 3: Not a mentor dimension: Digital fluency.",
        "line 4: no e-mail address.",
    ]
    scores = AssessmentScore.select().count()
    with pytest.raises(ExchangeError):
        apply_responses(preview, backup=False)
    assert AssessmentScore.select().count() == scores


def test_map_assigns_any_header_and_refuses_unknown_targets(programme):
    data = csv_bytes("Who,How fluent am I digitally?,Notes", "hang@example.org,4,Fine")
    unmapped = preview_responses(data, programme.cycle, "midpoint")
    assert (
        "No e-mail column: say which column holds the addresses (on the command line: "
        '--map "Header=email").'
    ) in unmapped.problems
    mapped = preview_responses(
        data, programme.cycle, "midpoint",
        mapping={"who": "Email", "How fluent am I digitally?": "digital fluency",
                 "Notes": "comment"},
    )  # fmt: skip
    assert mapped.problems == []
    assert (
        mapped.records[0].scores == {"Digital fluency": 4} and mapped.records[0].comment == "Fine"
    )
    wrong = preview_responses(data, programme.cycle, "midpoint", mapping={"Who": "e-mail adress"})
    assert wrong.problems[0].startswith("“e-mail adress” is not something to fill; use one of: "
                                        "email, timestamp, satisfaction, take part again, "
                                        "comment, ")  # fmt: skip


def test_xlsx_from_an_online_form(programme, tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", "Digital fluency",
                  "Overall satisfaction with the programme so far"])  # fmt: skip
    sheet.append([1, dt.datetime(2025, 2, 1, 9), dt.datetime(2025, 2, 1, 9, 5),
                  "Hang@Example.org", "Hằng", 4, "5 - Very"])  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    path = tmp_path / "answers.xlsx"
    path.write_bytes(out.getvalue())
    preview = preview_responses(path, programme.cycle, "midpoint")
    assert preview.problems == [] and preview.ignored == ["ID", "Start time", "Name"]
    (record,) = preview.records
    assert (record.scores, record.satisfaction, record.date) == (
        {"Digital fluency": 4}, 5, dt.date(2025, 2, 1))  # fmt: skip


def test_a_file_that_is_not_a_table_is_one_sentence(programme, tmp_path: Path):
    with pytest.raises(ExchangeError, match="xls"):
        preview_responses(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", programme.cycle, "final")
    with pytest.raises(ExchangeError, match="Unknown phase"):
        preview_responses(b"Email\r\n", programme.cycle, "later")


def test_saved_answers_entered_in_the_window_are_kept_apart_from_other_phases(programme):
    save_assessment(AssessmentData(programme.pairs[2], programme.ids["aiko"], "final", TODAY,
                                   {"Communication": 3}))  # fmt: skip
    data = csv_bytes("Email,Communication", "aiko@example.org,5")
    preview = preview_responses(data, programme.cycle, "midpoint")
    assert preview.problems == []
