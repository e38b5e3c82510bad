"""Answers back from a German or French online form: its headers are the questions in
that language (and the form tool's own, "Horodateur", "Zeitstempel"), its answers
"4 - À l'aise" and its timestamps day first; they store the same as the English."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.exchange.form_questions import questions_for
from rmdesk.exchange.responses import apply_responses, preview_responses
from rmdesk.programme.assessments import get_assessment
from rmdesk.programme.language import LANGUAGES
from tests.documents.sample import build_programme
from tests.exchange.test_responses import csv_bytes


@pytest.fixture
def programme(db):
    return build_programme()


ENGLISH = csv_bytes(
    "Timestamp,Work e-mail address,Digital fluency,Inclusive leadership,"
    "Confidence with senior leaders,Overall satisfaction with the programme so far,"
    "Any comment for the coordinator",
    "2025-03-12 10:15,hang@example.org,4 - Confident,3,,5,Merci !",
    "2025-02-05 09:00,aiko@example.org,,,2 – Not yet,4,",
)
FRENCH = csv_bytes(
    "Horodateur,Adresse e-mail professionnelle,Digital fluency,Inclusive leadership,"
    "Confidence with senior leaders,"
    "Votre satisfaction globale à l'égard du programme à ce jour,"
    "Votre commentaire pour la coordination",
    "12/03/2025 10:15:00,hang@example.org,4 - À l'aise,3,,5 = tout à fait,Merci !",
    "05/02/2025 09:00:00,aiko@example.org,,,2 – Pas encore,4,",
)


def _stored(programme, phase: str) -> list[tuple[object, ...]]:
    found = []
    for pair, who in ((programme.pairs[0], "ngo"), (programme.pairs[2], "aiko")):
        saved = get_assessment(pair, programme.ids[who], phase)
        assert saved is not None
        found.append((saved.scores, saved.satisfaction, saved.comment, saved.date))
    return found


def test_a_french_forms_answers_store_the_same_as_the_english(programme):
    english = preview_responses(ENGLISH, programme.cycle, "midpoint")
    french = preview_responses(FRENCH, programme.cycle, "final", replace=True)  # sample's
    assert english.problems == [] and french.problems == []
    assert french.ignored == []  # every column recognised, the time answered included
    assert apply_responses(english, backup=False)[0] == 2
    assert apply_responses(french, replace=True, backup=False)[0] == 2
    assert _stored(programme, "final") == _stored(programme, "midpoint")
    hang = _stored(programme, "final")[0]
    assert hang == ({"Digital fluency": 4, "Inclusive leadership": 3}, 5, "Merci !",
                    dt.date(2025, 3, 12))  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_online_forms_own_headers_are_read_back_in_each_language(programme, language):
    """The columns an online form made from the question list, in any language."""
    questions = [q.text for q in questions_for("assessment", language)]
    cells = ["hang@example.org", *(["3"] * (len(questions) - 2)), "Danke"]
    preview = preview_responses(
        csv_bytes(",".join(f'"{q}"' for q in questions), ",".join(cells)),
        programme.cycle, "midpoint",
    )  # fmt: skip
    assert [target for _header, target in preview.columns] == [
        q.reads_as for q in questions_for("assessment")
    ]


def test_a_german_sheet_typed_by_hand_is_found_by_its_key_words(programme):
    data = csv_bytes(
        "Zeitstempel;E-Mail;Digital fluency;Zufriedenheit;Kommentar",
        "03.02.2025 10:00:00;hang@example.org;4;5;Sehr gut",
    )
    preview = preview_responses(data, programme.cycle, "midpoint")
    assert preview.problems == [] and preview.ignored == []
    apply_responses(preview, backup=False)
    saved = get_assessment(programme.pairs[0], programme.ids["ngo"], "midpoint")
    assert saved is not None
    assert (saved.scores, saved.satisfaction, saved.comment, saved.date) == (
        {"Digital fluency": 4}, 5, "Sehr gut", dt.date(2025, 2, 3))  # fmt: skip
