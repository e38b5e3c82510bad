"""The pairing agreement: every field read back from the PDF, batches, paper sizes, pages."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from rmdesk.documents.agreement import render_agreements
from rmdesk.documents.agreement_data import agreement_for_pair, agreements_for_cycle
from rmdesk.documents.settings import DocumentSettings, load_settings, save_settings
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.validation import RuleError
from tests.documents.sample import TODAY, flat, pages, pdf_text


def agreement_text(pair_id: int, settings: DocumentSettings | None = None) -> str:
    data = render_agreements([agreement_for_pair(pair_id)], settings or load_settings(), TODAY)
    return flat(pdf_text(data))


def test_every_field_of_the_agreement_is_printed(programme):
    save_settings(DocumentSettings(organisation="Acme Ltd", coordinator="Jo Coordinator"))
    text = agreement_text(programme.pairs[0])
    expected = [
        "Acme Ltd",  # header
        "Pairing agreement",
        "Cohort 2025", "6 January 2025 to 6 October 2025",
        "Zoë Łukasiewicz", "Data Analyst", "Digital & Data",
        "Ngô Thị Minh Hằng", "Chief Operating Officer", "Operations",
        "Mentor (junior colleague)".upper(), "Mentee (senior colleague)".upper(),
        "Shares first-hand knowledge", "Learns from the mentor",
        # focus topics: shared first (what the mentee wants and the mentor offers)
        "Technology & digital tools · Social media",
        # goals with success measures and target dates
        "Post weekly on the intranet", "Twelve posts with comments", "30 June 2025",
        "Present to the board with Ngô Thị Minh Hằng", "A slot at the June board",
        # meetings
        "every 2 weeks for about 45 minutes",
        "First meeting: Monday 13 January 2025 at 10:00, 60 minutes, in person, Room 4.",
        # clauses (default template, placeholders filled)
        "What the mentor (junior colleague) commits to",
        "What the mentee (senior colleague) commits to",
        "Confidentiality and its limits", "raised with Jo Coordinator",
        "Not part of performance evaluation", "performance review",
        "Cancelling a meeting", "48 hours",
        "Ending the pairing without fault", "by speaking to Jo Coordinator",
        "Feedback", "Meet every 2 weeks, for about 45 minutes",
        "end of Cohort 2025",
        # signatures
        "Signatures", "PROGRAMME COORDINATOR", "Jo Coordinator", "Signature", "Date",
        # footer
        "Generated 15 January 2026", "Page 1 of 2", "Page 2 of 2",
    ]  # fmt: skip
    missing = [item for item in expected if item not in text]
    assert missing == []


def test_no_goals_gives_ruled_lines_and_no_meeting_says_so(programme):
    text = agreement_text(programme.pairs[2])  # Aiko and Robert: nothing yet
    assert text.count("No goals recorded yet: write them in together.") == 2
    assert "HOW WE WILL KNOW IT IS ACHIEVED" in text
    assert (
        "First meeting: not planned yet; agree a date and tell the programme coordinator." in text
    )
    assert "Career development" in text  # the mentee's wish, though the mentor offers none


def test_dropped_goals_are_left_out(programme):
    create_goal(programme.pairs[0], GoalData("mentee", "An abandoned idea", status="dropped"))
    assert "An abandoned idea" not in agreement_text(programme.pairs[0])


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_paper_size_comes_from_the_settings(programme, paper, size):
    save_settings(DocumentSettings(paper=paper))
    data = render_agreements([agreement_for_pair(programme.pairs[0])], load_settings(), TODAY)
    for page in PdfReader(io.BytesIO(data)).pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_batch_has_every_active_pair_each_from_a_new_page_numbered_on_its_own(programme):
    agreements = agreements_for_cycle(programme.cycle)
    assert [a.pair_id for a in agreements] == [programme.pairs[2], programme.pairs[0]]  # by mentor
    texts = pages(render_agreements(agreements, load_settings(), TODAY))
    starts = [i for i, page in enumerate(texts) if "\nPairing agreement\n" in page]
    firsts = [i for i, page in enumerate(texts) if "Page 1 of" in page]
    assert len(firsts) == 2 and firsts[0] == 0
    assert starts == firsts
    second = texts[firsts[1]]
    assert "Zoë Łukasiewicz" in second and "Aiko Ito" not in second
    # each agreement counts its own pages
    total = len(texts) - firsts[1]
    assert f"Page {total} of {total}" in texts[-1]
    assert "Дмитрий Соколов" not in flat(
        pdf_text(render_agreements(agreements, load_settings(), TODAY))
    )


def test_batch_refuses_a_cycle_without_active_pairs(db):
    from rmdesk.programme.cycles import CycleData, create_cycle

    cycle = create_cycle(CycleData(name="Empty", start_date=dt.date(2025, 1, 6)))
    with pytest.raises(RuleError, match="no active pairs"):
        agreements_for_cycle(cycle)
    with pytest.raises(RuleError, match="No pair with id 999"):
        agreement_for_pair(999)


def test_thirty_goals_and_very_long_names_break_pages_and_wrap(programme):
    from rmdesk.store.models import Participant

    long_name = "Maximiliana " + "Wolfeschlegelsteinhausenbergerdorff" * 3 + " von Hohenzollern"
    Participant.update(full_name=long_name, job_title="Senior " * 20 + "Officer").where(
        Participant.id == programme.ids["ngo"]
    ).execute()
    for n in range(30):
        create_goal(programme.pairs[0], GoalData(
            "mentee" if n % 2 else "mentor", f"Goal number {n:02d} " + "with many words " * 6,
            success_measure="Measured by " + "careful observation " * 5,
        ))  # fmt: skip
    data = render_agreements([agreement_for_pair(programme.pairs[0])], load_settings(), TODAY)
    text = flat(pdf_text(data))
    assert all(f"Goal number {n:02d}" in text for n in range(30))
    assert len(pages(data)) >= 3
    assert "Signatures" in text and f"Page {len(pages(data))} of {len(pages(data))}" in text
    assert_inside_margins(data)
    squeezed = "".join(text.split())
    assert "Wolfeschlegelsteinhausenbergerdorff" * 3 in squeezed  # wrapped, not lost


def assert_inside_margins(data: bytes) -> None:
    """Every run of text starts and ends inside the page's side margins."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from rmdesk.documents.typesetting import MARGIN_X

    for page in PdfReader(io.BytesIO(data)).pages:
        width = float(page.mediabox.width)
        runs: list[tuple[float, float]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if not text.strip() or font is None:
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            base = str(font.get("/BaseFont", ""))
            face = "DejaVuSans-Bold" if "Bold" in base else "DejaVuSans"
            runs.append((x, x + stringWidth(text.rstrip("\n"), face, size * tm[0] * cm[0])))

        page.extract_text(visitor_text=visit)
        assert runs
        for start, end in runs:
            assert start >= MARGIN_X - 1 and end <= width - MARGIN_X + 1, (start, end, width)


def test_a_pair_that_started_later_works_together_from_its_own_start(programme):
    """Published or replaced late, a pair's agreement says its own first day; the
    cycle's dates stay in the subtitle."""
    from rmdesk.store.models import Pair

    late = dt.date(2025, 3, 3)
    Pair.update(started_on=late).where(Pair.id == programme.pairs[0]).execute()
    text = agreement_text(programme.pairs[0])
    assert "will work together in Cohort 2025, from 3 March 2025 to 6 October 2025" in text
    assert "Cohort 2025 · 6 January 2025 to 6 October 2025" in text
