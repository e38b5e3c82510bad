"""A form's questions as CSV, one per line, to paste into an online form.

Microsoft Forms and Google Forms take questions one by one; this file lists them in
order with the kind of answer and the choices, in the documents' language (or
``--lang``), so the form's column headers come out as our question texts and the
answers import back in any of the languages (``exchange.responses``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rmdesk.exchange.csv_format import csv_text, write_csv
from rmdesk.programme.assessments import SCORE_MAX, SCORE_MIN
from rmdesk.programme.language import ENGLISH, catalogue
from rmdesk.programme.messages import QT_TRANSLATE_NOOP
from rmdesk.programme.questionnaires import (
    CONTEXT,
    ONE_OF,
    SCALE,
    SCALE_HINT,
    SEVERAL_OF,
    Question,
    fit_questions,
    online_assessment_questions,
    signup_questions,
)

HEADERS = (
    QT_TRANSLATE_NOOP("Forms", "Question"),
    QT_TRANSLATE_NOOP("Forms", "Answer"),
    QT_TRANSLATE_NOOP("Forms", "For"),
    QT_TRANSLATE_NOOP("Forms", "Choices"),
)
_ANSWERS = {
    SCALE: QT_TRANSLATE_NOOP("Forms", "{0} to {1} ({2})"),
    ONE_OF: QT_TRANSLATE_NOOP("Forms", "one of"),
    SEVERAL_OF: QT_TRANSLATE_NOOP("Forms", "any of"),
}
_FREE = QT_TRANSLATE_NOOP("Forms", "text")
_AUDIENCE = {
    "": QT_TRANSLATE_NOOP("Forms", "everyone"),
    "mentor": QT_TRANSLATE_NOOP("Forms", "mentors"),
    "mentee": QT_TRANSLATE_NOOP("Forms", "mentees"),
}


def _rows(questions: Sequence[Question], language: str) -> list[tuple[str, ...]]:
    """The questions (already in ``language``) with their answer words in it too."""

    def said(text: str) -> str:
        return catalogue(language).translate(CONTEXT, text)

    hint = said(SCALE_HINT).format(SCORE_MIN, SCORE_MAX)
    scale = said(_ANSWERS[SCALE]).format(SCORE_MIN, SCORE_MAX, hint)
    answers = {ONE_OF: said(_ANSWERS[ONE_OF]), SEVERAL_OF: said(_ANSWERS[SEVERAL_OF]),
               SCALE: scale}  # fmt: skip
    return [
        (q.text, answers.get(q.answer, said(_FREE)), said(_AUDIENCE[q.audience]),
         "; ".join(q.choices))
        for q in questions
    ]  # fmt: skip


def _headers(language: str) -> tuple[str, ...]:
    return tuple(catalogue(language).translate(CONTEXT, header) for header in HEADERS)


def questions_csv(questions: Sequence[Question], language: str = ENGLISH) -> str:
    """The CSV text (tests, previews)."""
    return csv_text(_headers(language), _rows(questions, language))


def write_questions(path: Path, questions: Sequence[Question], language: str = ENGLISH) -> int:
    """Write the list (UTF-8 with BOM, atomically) with its headings and answer words
    in ``language``, the questions' own; the number of questions."""
    return write_csv(path, _headers(language), _rows(questions, language))


def questions_for(kind: str, language: str = ENGLISH, phase: str = "baseline") -> list[Question]:
    """The online questions of a form (``documents.forms.FORM_KINDS``) in ``language``;
    a self-assessment's those of ``phase``, as its printed form asks them."""
    if kind == "assessment":
        return online_assessment_questions(language, phase)
    if kind == "fit":
        return fit_questions(online=True, language=language)
    from rmdesk.programme.participants import topic_names

    return signup_questions(topic_names(), language)
