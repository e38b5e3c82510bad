"""Printed forms in German and French ask their questions in that language: the
questions, the answer words and the scale hint, read back from the PDF; a dimension's
name and a topic stay as the coordinator typed them."""

from __future__ import annotations

import pytest

from rmdesk.documents.forms import render_assessment_forms, render_fit_forms, render_signup_sheet
from rmdesk.documents.forms_data import form_people
from rmdesk.documents.settings import load_settings
from rmdesk.programme.assessments import dimensions
from rmdesk.programme.participants import topic_names
from tests.documents.sample import TODAY, flat, pages

ENGLISH_WORDS = (
    "Overall satisfaction", "Any comment for the coordinator", "Good fit",
    "How is the pairing working", "Work e-mail address", "On site",
    "Mentor (junior colleague)", "I would like to take part as", "How I work",
)  # fmt: skip

WORDS = {
    "de": {
        "assessment": ["Ihre bisherige Gesamtzufriedenheit mit dem Programm",
                       "Ihr Kommentar für die Programmkoordination", "1 = gar nicht"],
        "fit": ["Wie gut passt Ihr Tandem für Sie?", "Passt gut Noch unentschieden Passt nicht",
                "Was die Programmkoordination wissen sollte"],
        "signup": ["Vollständiger Name", "Geschäftliche E-Mail-Adresse",
                   "Ich möchte teilnehmen als", "Mentor (Nachwuchskraft)",
                   "Mentee (Führungskraft)", "Themen, die ich einbringen kann",
                   "Wann ich meist verfügbar bin", "Wie ich arbeite", "Vor Ort Hybrid Remote"],
    },
    "fr": {
        "assessment": ["Votre satisfaction globale à l'égard du programme à ce jour",
                       "Votre commentaire pour la coordination", "1 = pas du tout"],
        "fit": ["Ce binôme vous convient-il ?",
                "Bonne compatibilité Ne sait pas encore Compatibilité insuffisante",
                "Ce que la coordination devrait savoir"],
        "signup": ["Nom complet", "Adresse e-mail professionnelle",
                   "Je souhaite participer en tant que", "Mentor (jeune collaborateur)",
                   "Mentoré (dirigeant)", "Thèmes que je peux partager",
                   "Mes disponibilités habituelles", "Mon mode de travail",
                   "Sur site Hybride À distance"],
    },
}  # fmt: skip


def _printed(programme, language: str) -> dict[str, list[str]]:
    settings = load_settings()._replace(language=language)
    people = form_people(programme.cycle)
    pdfs = {
        "assessment": render_assessment_forms(people, "final", settings, TODAY),
        "fit": render_fit_forms(people, settings, TODAY),
        "signup": render_signup_sheet(topic_names(), settings, TODAY),
    }
    return {kind: [flat(page) for page in pages(pdf)] for kind, pdf in pdfs.items()}


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_questions_are_asked_in_the_forms_language(programme, language):
    printed = _printed(programme, language)
    for kind, words in WORDS[language].items():
        for page in printed[kind]:
            for word in words:
                assert word in page, (kind, word)
            for english in ENGLISH_WORDS:
                assert english not in page, (kind, english)
    mentor_page = printed["assessment"][0]  # Aiko Ito, a mentor
    assert all(row.name in mentor_page for row in dimensions("mentor"))  # as typed
    assert all(topic in printed["signup"][0] for topic in topic_names())  # as typed
