"""The printed final self-assessment asks whether the person would take part again,
with its three answers, in the document's language; the baseline and midpoint forms
do not ask it."""

from __future__ import annotations

import pytest

from rmdesk.documents.forms import render_assessment_forms
from rmdesk.documents.forms_data import form_people
from rmdesk.documents.settings import load_settings
from tests.documents.sample import TODAY, flat, pages

ASKED = {
    "en": ("Would you take part in the programme again?", "Tick one.", "Yes Maybe No"),
    "de": ("Würden Sie erneut am Programm teilnehmen?", "Ja Vielleicht Nein"),
    "fr": ("Souhaiteriez-vous participer à nouveau au programme ?", "Oui Peut-être Non"),
}
NAMES = ["Aiko Ito", "Ngô Thị Minh Hằng", "Robert Okafor", "Zoë Łukasiewicz"]


def _pages(programme, phase: str, language: str) -> list[str]:
    settings = load_settings()._replace(language=language)
    pdf = render_assessment_forms(form_people(programme.cycle), phase, settings, TODAY)
    return [flat(page) for page in pages(pdf)]


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_the_final_form_asks_whether_they_would_take_part_again(programme, language):
    printed = _pages(programme, "final", language)
    for name in NAMES:  # every person, mentors and mentees alike, on their own page
        page = next(page for page in printed if name in page)
        for words in ASKED[language]:
            assert words in page, (name, words)
        # after the satisfaction scale, before the comment
        question = page.index(ASKED[language][0])
        assert page.index("1 2 3 4 5") < question
        comment = {"en": "Any comment", "de": "Ihr Kommentar", "fr": "Votre commentaire"}
        assert question < page.index(comment[language])


@pytest.mark.parametrize("phase", ["baseline", "midpoint"])
def test_the_baseline_and_midpoint_forms_do_not_ask_it(programme, phase):
    printed = _pages(programme, phase, "en")
    assert len(printed) == len(NAMES)  # still one page each
    for page in printed:
        assert "take part" not in page and "Maybe" not in page and "Tick one." not in page
        assert "Any comment for the coordinator" in page
