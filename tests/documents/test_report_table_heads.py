"""The report's table heads in German and French: each head's longest word fits its
column with a gap before the next head ("ZUFRIEDENHEIT" all but touched "VERÄND.
SELBSTEINSCH."), and the table keeps its width."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from rmdesk.documents.report_breakdowns import breakdowns
from rmdesk.documents.report_data import report_data
from rmdesk.documents.report_tables import CELL_PADDING, HEAD_GAP
from rmdesk.documents.typesetting import styles
from rmdesk.documents.words import speaking
from rmdesk.programme.demo_programme import load_demo

WIDTH = 170 * 72 / 25.4  # an A4 page's text width, in points


def tables(flowables: list[Flowable]) -> Iterator[Table]:
    """Every table among ``flowables``, those kept together with a heading too."""
    for flowable in flowables:
        if isinstance(flowable, Table):
            yield flowable
        for inner in ("_content", "_flowables"):
            yield from tables(list(getattr(flowable, inner, None) or []))


def longest_word(text: str) -> float:
    head = styles().head
    return max(stringWidth(word, head.fontName, head.fontSize) for word in text.split())


@pytest.mark.parametrize(("language", "head"), [("de", "ZUFRIEDENHEIT"), ("fr", "SATISFACTION")])
def test_every_head_word_fits_its_column_with_a_gap(db, language, head):
    _, demo = load_demo(participants=60, seed=1)
    with speaking(language):
        found = list(tables(breakdowns(report_data(demo.cycle_id), WIDTH)))
    assert len(found) == 2  # by department, by level group
    for table in found:
        heads = [cell.text for cell in table._cellvalues[0]]
        assert head in heads
        assert sum(table._colWidths) == pytest.approx(WIDTH)
        for text, width in zip(heads, table._colWidths, strict=True):
            assert width - longest_word(text) >= sum(CELL_PADDING) + HEAD_GAP - 0.01, text
