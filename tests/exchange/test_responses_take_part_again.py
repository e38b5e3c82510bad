"""The final self-assessment's "would you take part again", online: the question list
asks it with its answers in the form's language, and the import reads the answer back
from an English, German or French form into the stored yes, maybe or no."""

from __future__ import annotations

import csv
import io

import pytest

from rmdesk.exchange.form_questions import questions_csv, questions_for
from rmdesk.exchange.responses import apply_responses, preview_responses
from rmdesk.programme.assessments import get_assessment
from rmdesk.programme.language import LANGUAGES
from rmdesk.programme.questionnaires import AGAIN, EMAIL, SATISFACTION
from tests.documents.sample import build_programme
from tests.exchange.test_responses import csv_bytes


@pytest.fixture
def programme(db):
    return build_programme()


def _again(programme) -> tuple[str | None, ...]:
    """What Ngô (pair 1) and Aiko (pair 3) would say, as stored for the final phase."""
    saved = [get_assessment(programme.pairs[0], programme.ids["ngo"], "final"),
             get_assessment(programme.pairs[2], programme.ids["aiko"], "final")]  # fmt: skip
    return tuple(s.take_part_again if s is not None else None for s in saved)


def _online_file(language: str, hang: str, aiko: str) -> bytes:
    """A form made from the final question list in ``language``, answered by two people."""
    asked = questions_for("assessment", language, "final")
    questions = [q.text for q in asked]
    reads_as = [q.reads_as for q in asked]

    def line(email: str, answer: str) -> str:
        cells = [""] * len(questions)  # the dimensions (of the other role too) left blank
        cells[reads_as.index(EMAIL)], cells[reads_as.index(SATISFACTION)] = email, "4"
        cells[reads_as.index(AGAIN)] = answer
        return ",".join(cells)

    header = ",".join(f'"{q}"' for q in questions)
    return csv_bytes(header, line("hang@example.org", hang), line("aiko@example.org", aiko))


@pytest.mark.parametrize(
    ("language", "hang", "aiko", "stored"),
    [("en", "Yes", "No", ("yes", "no")), ("fr", "Peut-être", "Oui", ("maybe", "yes")),
     ("de", "Nein", "Vielleicht", ("no", "maybe"))],
)  # fmt: skip
def test_an_online_forms_answer_is_stored_as_yes_maybe_or_no(
    programme, language, hang, aiko, stored
):
    preview = preview_responses(_online_file(language, hang, aiko), programme.cycle, "final",
                                replace=True)  # fmt: skip  # the sample's final answers
    assert preview.problems == [] and preview.ignored == []
    assert AGAIN in [target for _header, target in preview.columns]
    apply_responses(preview, replace=True, backup=False)
    assert _again(programme) == stored


def test_a_sheet_typed_by_hand_is_found_by_its_key_word(programme):
    data = csv_bytes("E-Mail;Erneut teilnehmen;Kommentar", "aiko@example.org;ja;Gern wieder")
    preview = preview_responses(data, programme.cycle, "final")
    assert preview.problems == [] and preview.ignored == []
    apply_responses(preview, backup=False)
    assert _again(programme)[1] == "yes"


def test_an_answer_that_is_none_of_the_choices_stops_the_import(programme):
    data = _online_file("en", "Definitely", "No")
    preview = preview_responses(data, programme.cycle, "final", replace=True)
    assert len(preview.problems) == 1
    assert "line 2" in preview.problems[0] and "“Definitely” is not yes, maybe or no." in str(
        preview.problems[0]
    )


def test_only_the_final_phase_takes_the_answer(programme):
    data = csv_bytes("Email,Would take part again", "aiko@example.org,Yes")
    preview = preview_responses(data, programme.cycle, "midpoint")
    assert any("Only the final assessment asks" in str(p) for p in preview.problems)
    assert get_assessment(programme.pairs[2], programme.ids["aiko"], "midpoint") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_question_list_asks_it_in_the_final_phase_only(db, language):
    def rows(phase: str) -> list[list[str]]:
        text = questions_csv(questions_for("assessment", language, phase), language)
        return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))

    question = {
        "en": "Would you take part in the programme again?",
        "de": "Würden Sie erneut am Programm teilnehmen?",
        "fr": "Souhaiteriez-vous participer à nouveau au programme\u00a0?",
    }[language]
    choices = {"en": "Yes; Maybe; No", "de": "Ja; Vielleicht; Nein",
               "fr": "Oui; Peut-être; Non"}[language]  # fmt: skip
    final = rows("final")
    asked = next(row for row in final if row[0] == question)
    assert asked[3] == choices
    assert final.index(asked) == len(final) - 2  # before the comment, the last
    for phase in ("baseline", "midpoint"):
        assert [row for row in rows(phase) if row not in final] == []
        assert len(rows(phase)) == len(final) - 1
