"""An agreement two people sign: signatures with the last clause, room to sign and date,
headings with their text, plain English without an organisation, placeholders checked."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.platypus import KeepTogether, Table

from rmdesk.documents.agreement import (
    SIGNING_ROOM,
    _clauses_and_signatures,
    render_agreements,
    setup_for,
)
from rmdesk.documents.agreement_data import agreement_for_pair, agreements_for_cycle
from rmdesk.documents.clauses import PLACEHOLDERS, parse_clauses, unknown_placeholders
from rmdesk.documents.settings import DocumentSettings, load_settings, save_settings
from rmdesk.documents.typesetting import frame_width
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.programme.participants import create_participant
from rmdesk.programme.records import ParticipantData
from rmdesk.programme.validation import ValidationError
from tests.documents.sample import TODAY, flat, pages

HEADINGS = {"The pair", "Focus topics", "Goals", "The mentee’s goals (senior colleague)",
            "The mentor’s goals (junior colleague)", "Meetings", "How we will work together",
            "Signatures"}  # fmt: skip


def agreement_pages(pair_id: int) -> list[str]:
    data = render_agreements([agreement_for_pair(pair_id)], load_settings(), TODAY)
    return pages(data)


def body_lines(page: str) -> list[str]:
    """The page's lines without the running header and footer."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [
        line for line in lines
        if not line.startswith(("Pairing agreement ·", "Generated ")) and line != "Acme Ltd"
    ]  # fmt: skip


@pytest.mark.parametrize("goals", [0, 3, 6, 9, 12])
def test_signatures_stay_with_the_last_clause_and_no_heading_ends_a_page(programme, goals):
    save_settings(DocumentSettings(organisation="Acme Ltd"))
    for number in range(goals):  # page breaks fall somewhere else each time
        create_goal(programme.pairs[2], GoalData(
            "mentee", f"Goal {number}: a title long enough to take two lines in its column of "
            "the goals table", success_measure="Something seen and agreed by both of us",
        ))  # fmt: skip
    clause_titles = {clause.title for clause in parse_clauses(load_settings().clause_text())}
    printed = agreement_pages(programme.pairs[2])
    signing = [flat(page) for page in printed if "By signing, we agree" in page]
    assert len(signing) == 1
    assert "Feedback We each answer the programme's short questionnaires" in signing[0]
    for page in printed[:-1]:
        last = body_lines(page)[-1]
        assert last not in HEADINGS | clause_titles, (goals, last)


def test_each_person_has_a_line_to_sign_and_a_separate_line_for_the_date(programme):
    settings = load_settings()
    width = frame_width(setup_for(settings, TODAY, ""))
    story = _clauses_and_signatures(agreement_for_pair(programme.pairs[0]), settings, width)
    kept = story[-1]
    assert isinstance(kept, KeepTogether)
    table = next(f for f in kept._content if isinstance(f, Table))
    lines = [(cmd[1], cmd[2]) for cmd in table._linecmds if cmd[0] == "LINEBELOW"]
    signature, date = sorted({start[0] for start, _end in lines})
    assert date - signature == 2  # a gap column between the two lines
    assert all(height >= SIGNING_ROOM for height in table._rowHeights[1:])
    assert len(table._rowHeights) - 1 == 3  # mentor, mentee, coordinator
    assert table._colWidths[date] >= 30 * 72 / 25.4  # room to write a date: 30 mm or more


def test_without_an_organisation_the_clauses_read_as_english(programme):
    text = flat("\n".join(agreement_pages(programme.pairs[0])))
    assert "who follows the organisation's policies." in text
    assert "Reverse mentoring programme's" not in text
    save_settings(DocumentSettings(organisation="Acme Ltd"))
    assert "who follows Acme Ltd's policies." in flat(
        "\n".join(agreement_pages(programme.pairs[0]))
    )


def test_an_unknown_placeholder_is_refused_naming_it_and_listing_the_valid_ones(programme):
    save_settings(DocumentSettings(organisation="Acme Ltd"))
    text = "# {comments} are not printed\n## Ours\nMeet {mentr} and {mentee} at {Organisation}.\n"
    assert unknown_placeholders(text) == ["{mentr}", "{Organisation}"]
    with pytest.raises(ValidationError) as refused:
        save_settings(load_settings()._replace(clauses=text))
    message = refused.value.errors["clauses"]
    assert "{mentr}, {Organisation}" in message
    assert all("{" + name + "}" in message for name in PLACEHOLDERS)
    assert load_settings().clauses == ""  # nothing saved
    assert load_settings().organisation == "Acme Ltd"


def test_a_batch_prints_each_agreement_as_it_prints_alone(db):
    """The batch lays out each clause once and shares it: every page must still be the
    page that agreement has on its own, wherever the breaks fall."""
    cycle = create_cycle(CycleData(name="Cohort 2026", start_date=dt.date(2026, 1, 5),
                                   end_date=dt.date(2026, 10, 5)))  # fmt: skip
    for number, goals in enumerate([0, 5, 9, 2, 12, 7, 4, 10]):
        mentor = create_participant(
            ParticipantData(
                full_name=f"Mentor {number}", role="mentor", level=2, email=f"m{number}@example.org"
            )
        )
        mentee = create_participant(
            ParticipantData(
                full_name=f"Mentee {number}", role="mentee", level=5, email=f"e{number}@example.org"
            )
        )
        pair = create_pair(cycle, mentor, mentee)
        activate_pair(pair, started_on=dt.date(2026, 1, 5))
        for goal in range(goals):
            create_goal(
                pair,
                GoalData(
                    "mentee",
                    f"Goal {goal}: a title that takes two lines "
                    "in the goals table of the agreement, or nearly",
                ),
            )
    settings = load_settings()
    agreements = agreements_for_cycle(cycle)
    batch = pages(render_agreements(agreements, settings, TODAY))
    alone = [page for data in agreements
             for page in pages(render_agreements([data], settings, TODAY))]  # fmt: skip
    assert batch == alone
