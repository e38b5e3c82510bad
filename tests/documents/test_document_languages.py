"""An agreement, a shortlist and each form printed in German and in French read back
their title, their words and a date written that language's way."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.documents.agreement import render_agreements
from rmdesk.documents.agreement_data import agreement_for_pair
from rmdesk.documents.forms import render_assessment_forms, render_fit_forms, render_signup_sheet
from rmdesk.documents.forms_data import form_people
from rmdesk.documents.settings import load_settings
from rmdesk.documents.shortlist import render_shortlists
from rmdesk.programme.matching.shortlist import shortlists
from rmdesk.programme.participants import topic_names
from tests.documents.sample import pdf_text
from tests.documents.test_shortlist import cohort

DAY = dt.date(2026, 3, 2)
DATES = {"de": "2. März 2026", "fr": "2 mars 2026"}


def flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["Tandemvereinbarung", "Seite 1 von", "Erstellt am 2. März 2026",
                "6. Januar 2025 bis 6. Oktober 2025", "alle 2 Wochen", "Unterschriften",
                "So arbeiten wir zusammen"]),
        ("fr", ["Convention de binôme", "Page 1 sur", "Généré le 2 mars 2026",
                "du 6 janvier 2025 au 6 octobre 2025", "toutes les 2 semaines", "Signatures",
                "Notre façon de travailler ensemble"]),
    ],
)  # fmt: skip
def test_an_agreement_in_german_and_french(programme, language, words):
    settings = load_settings()._replace(language=language)
    text = flat(render_agreements([agreement_for_pair(programme.pairs[0])], settings, DAY))
    for word in words:
        assert word in text
    assert "Pairing agreement" not in text and "Generated" not in text
    assert "Zoë Łukasiewicz" in text  # names as typed


@pytest.mark.parametrize(
    ("language", "title"), [("de", "Ihre Vorschlagsliste für Mentoren"),
                            ("fr", "Votre liste de mentors proposés")]
)  # fmt: skip
def test_a_shortlist_in_german_and_french(db, language, title):
    ids = cohort()
    found = shortlists(ids["cycle"])
    settings = load_settings()._replace(language=language)
    text = flat(render_shortlists(found, "2027 cohort", settings, DAY))
    assert title in text and DATES[language] in text
    assert "Your mentor shortlist" not in text


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("de", ["Selbsteinschätzung zur Halbzeit", "Passung im Tandem",
                "Anmeldung zum Reverse Mentoring"]),
        ("fr", ["Auto-évaluation à mi-parcours", "Compatibilité du binôme",
                "Inscription au mentorat inversé"]),
    ],
)  # fmt: skip
def test_forms_in_german_and_french(programme, language, titles):
    settings = load_settings()._replace(language=language)
    people = form_people(programme.cycle)
    pdfs = [
        render_assessment_forms(people, "midpoint", settings, DAY),
        render_fit_forms(people, settings, DAY),
        render_signup_sheet(topic_names(), settings, DAY),
    ]
    for pdf, title in zip(pdfs, titles, strict=True):
        text = flat(pdf)
        assert title in text and DATES[language] in text


def test_the_first_of_a_month_is_written_1er_in_french_only(programme):
    """French writes "1er mars 2026"; CLDR's long pattern gives "1 mars 2026"."""
    first = dt.date(2026, 3, 1)
    pair = [agreement_for_pair(programme.pairs[0])]
    french = flat(render_agreements(pair, load_settings()._replace(language="fr"), first))
    assert "Généré le 1er mars 2026" in french
    german = flat(render_agreements(pair, load_settings()._replace(language="de"), first))
    assert "Erstellt am 1. März 2026" in german and "1er" not in german
    assert "Généré le 2 mars 2026" in flat(
        render_agreements(pair, load_settings()._replace(language="fr"), DAY)
    )


def test_a_french_shortlist_names_the_levels_in_french(db):
    """The levels beside each name were printed as stored, in English ("Senior leader")."""
    from rmdesk.programme.language import catalogue
    from rmdesk.programme.records import LEVEL_NAMES

    found = shortlists(cohort()["cycle"])
    settings = load_settings()._replace(language="fr")
    text = flat(render_shortlists(found, "2027 cohort", settings, DAY))
    levels = {found[0].level} | {choice.level for choice in found[0].choices}
    assert levels <= set(LEVEL_NAMES.values())
    assert [level for level in levels if level in text] == []  # none left in English
    french = catalogue("fr")
    for level in levels:  # each printed as the French catalogue names it
        assert french.knows("Domain", level)
        assert french.translate("Domain", level) in text
