"""The French report says its counts without "(s)" and puts a space before ":" and ";"
in the sentences it builds from parts (a pair's outcome by side).  The space is a
no-break one in the translation; the PDF's text reads it back as a plain space."""

from __future__ import annotations

from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from rmdesk.programme.cycles import list_cycles
from rmdesk.programme.demo_programme import load_demo
from tests.documents.sample import TODAY, flat, pages


def report_text(language: str) -> str:
    cycle = list_cycles()[0].id
    settings = load_settings()._replace(language=language)
    pdf = render_report(report_data(cycle), settings, TODAY)
    return " ".join(flat(page) for page in pages(pdf))


def test_the_french_report_counts_without_parenthesised_plurals(db):
    load_demo(30, 1)
    french = report_text("fr")
    assert "(s)" not in french
    assert "annulées : " in french and "interrompus : " in french
    assert "mentoré : " in french and "mentoré: " not in french
    assert " ; mentor : " in french
    english = report_text("en")
    assert "mentee: " in english and "; mentor: " in english
