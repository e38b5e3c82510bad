"""A form's questions as CSV, one per line, to paste into an online form.

Microsoft Forms and Google Forms take questions one by one; this file lists them in
order with the kind of answer and the choices, so the form's column headers come out
as our question texts and the answers import back (``exchange.responses``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rmdesk.exchange.csv_format import csv_text, write_csv
from rmdesk.programme.questionnaires import (
    ONE_OF,
    SCALE,
    SCALE_HINT,
    SEVERAL_OF,
    Question,
    fit_questions,
    online_assessment_questions,
    signup_questions,
)

HEADERS = ("Question", "Answer", "For", "Choices")
_ANSWERS = {SCALE: f"1 to 5 ({SCALE_HINT})", ONE_OF: "one of", SEVERAL_OF: "any of"}
_AUDIENCE = {"": "everyone", "mentor": "mentors", "mentee": "mentees"}


def _rows(questions: Sequence[Question]) -> list[tuple[str, str, str, str]]:
    return [
        (q.text, _ANSWERS.get(q.answer, "text"), _AUDIENCE[q.audience], "; ".join(q.choices))
        for q in questions
    ]


def questions_csv(questions: Sequence[Question]) -> str:
    """The CSV text (tests, previews)."""
    return csv_text(HEADERS, _rows(questions))


def write_questions(path: Path, questions: Sequence[Question]) -> int:
    """Write the list (UTF-8 with BOM, atomically); the number of questions."""
    return write_csv(path, HEADERS, _rows(questions))


def questions_for(kind: str) -> list[Question]:
    """The online questions of a form (``documents.forms.FORM_KINDS``)."""
    if kind == "assessment":
        return online_assessment_questions()
    if kind == "fit":
        return fit_questions(online=True)
    from rmdesk.programme.participants import topic_names

    return signup_questions(topic_names())
