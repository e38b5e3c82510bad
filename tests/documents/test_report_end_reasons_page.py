"""The line under the pairs table (why pairs ended early, or that the anonymised copy
leaves the reasons out) is that table's footnote: it is printed on the table's page,
never alone at the top of the next one (German's longer rows pushed it over)."""

from __future__ import annotations

import pytest

from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from rmdesk.programme.demo_programme import load_demo
from rmdesk.store.models import Cycle
from tests.documents.sample import TODAY, flat, pages

# (language, the results heading's start, the footnote's start, named / anonymised)
NOTES = {
    "en": ("4 · Results", "Ended early because", "End reasons are left out"),
    "de": ("4 · Ergebnisse", "Vorzeitig beendet, weil", "Gründe für ein vorzeitiges Ende"),
    "fr": ("4 · Résultats", "Interrompus pour les motifs", "Les motifs d’interruption"),
}


@pytest.mark.parametrize("language", sorted(NOTES))
@pytest.mark.parametrize("anonymised", [False, True])
def test_the_end_reasons_line_is_on_the_page_of_the_pairs_table(db, language, anonymised):
    load_demo(60, 1)
    cycle = Cycle.select(Cycle.id).scalar()
    settings = load_settings()._replace(language=language)
    pdf = render_report(report_data(cycle, anonymised=anonymised), settings, TODAY)
    heading, named, left_out = NOTES[language]
    note = left_out if anonymised else named
    (page,) = [text for text in map(flat, pages(pdf)) if note in text]
    assert heading in page
