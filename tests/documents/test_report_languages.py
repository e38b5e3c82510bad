"""The end-of-cycle report in German and French: its title, dates, figures and words in
that language, the small-group rule unchanged."""

from __future__ import annotations

from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from tests.documents.sample import TODAY, flat, pages


def report_pages(cycle: int, language: str, anonymised: bool = False) -> list[str]:
    settings = load_settings()._replace(language=language)
    data = render_report(report_data(cycle, anonymised=anonymised), settings, TODAY)
    return [flat(page) for page in pages(data)]


def test_the_german_report_reads_its_title_dates_and_figures_in_german(programme):
    first = report_pages(programme.cycle, "de")[0]
    expected = [
        "Abschlussbericht", "Cohort 2025 · 6. Januar 2025 bis 6. Oktober 2025",
        "Kurz gefasst",
        "6 Personen haben in 3 Tandems teilgenommen: 3 Mentorinnen und Mentoren "
        "(Nachwuchskräfte) und 3 Mentees (Führungskräfte).",
        "1 Tandem", "vorzeitig beendet",
        "5,0 von 5",  # a decimal comma
    ]  # fmt: skip
    assert [item for item in expected if item not in first] == []
    assert "End-of-cycle report" not in first and "5.0 out of 5" not in first


def test_the_french_report_reads_its_title_dates_and_figures_in_french(programme):
    text = " ".join(report_pages(programme.cycle, "fr"))
    expected = [
        "Bilan de fin de cycle", "Cohort 2025 · du 6 janvier 2025 au 6 octobre 2025",
        "En bref", "1 · Réaction : comment le programme a été vécu",
        "5,0 sur 5",
        "Binôme 1 ·",
    ]  # fmt: skip
    assert [item for item in expected if item not in text] == []
    assert "In brief" not in text


def test_the_anonymised_german_report_hides_what_the_english_one_hides(programme):
    english = " ".join(report_pages(programme.cycle, "en", anonymised=True))
    german = " ".join(report_pages(programme.cycle, "de", anonymised=True))
    assert english.count("fewer than 3") > 0
    # The same figures hidden, now in German; no English rule word is left.
    assert german.count("weniger als 3") == english.count("fewer than 3")
    assert german.count("verborgen") == english.count("withheld")
    assert "fewer than 3" not in german and "Binôme" not in german
    assert "Abschlussbericht (anonymisiert)" in german
