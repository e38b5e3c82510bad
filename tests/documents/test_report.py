"""The end-of-cycle report: the one-page summary, charts, pair sections (anonymised:
``test_report_anonymised``)."""

from __future__ import annotations

import datetime as dt

from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.meetings import MeetingData, create_meeting, mark_held
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.programme.participants import create_participant
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Participant
from tests.documents.sample import PRIVATE_NOTE, TODAY, flat, pages
from tests.documents.test_agreement import assert_inside_margins


def report_pages(cycle: int, anonymised: bool = False) -> list[str]:
    data = render_report(report_data(cycle, anonymised=anonymised), load_settings(), TODAY)
    return [flat(page) for page in pages(data)]


def test_page_one_opens_with_the_figures_and_a_written_summary(programme):
    first = report_pages(programme.cycle)[0]
    expected = [
        "End-of-cycle report", "Cohort 2025 · 6 January 2025 to 6 October 2025",
        "6 participants 3 mentors · 3 mentees", "3 pairs formed", "67 % retention",
        "4 meetings held of 7 scheduled", "80 % attendance", "33 % goals achieved 1 of 3",
        "In brief", "6 people took part in 3 pairs: 3 junior mentors and 3 senior mentees.",
        "2 of 3 pairs (67 %) are still meeting or completed; 1 pair ended early.",
        # One person with both answers: said as such, no claim of a change.
        "Only 1 person among the senior mentees answered both before and after: too few to "
        "say what changed for them.",
        "1 of 3 goals set were achieved (33 %); senior mentees achieved 0 of the 2 they set "
        "themselves.",
        "averaged 5.0 out of 5 for senior mentees (only 1 person)",
        "With only 3 pairs, one pair more or less changes a percentage by 33 points or more, "
        "so read each percentage with the count beside it.",
        "Page 1 of 4", "Generated 15 January 2026",
    ]  # fmt: skip
    assert [item for item in expected if item not in first] == []
    assert "rated themselves higher" not in first  # 1 person: never called a change


def test_the_evaluation_reads_in_four_levels_with_every_figure(programme):
    text = " ".join(report_pages(programme.cycle))
    levels = ["1 · Reaction: how the programme felt",
              "2 · Learning: self-assessment before and after (1–5)",
              "3 · Behaviour: goals, and what leaders committed to",
              "4 · Results: did pairs stay, would people take part again"]  # fmt: skip
    assert [text.index(level) for level in levels] == sorted(text.index(lv) for lv in levels)
    expected = [
        "Mentees (senior) 1 5.0", "Mentors (junior) 1 5.0",
        "Good fit 1", "Still deciding 1", "Not a good fit 0", "Not asked yet 0",
        "Mentees Digital fluency 1 2.0 1 4.0 1 +2.0",
        "Mentors Confidence with senior leaders 1 3.0 1 5.0 1 +2.0",
        "The senior mentees committed to 2 goals of their own: 0 achieved, 2 still open; "
        "the junior mentors set 1.",
        "Mentee (senior) 2 0 0 % 30 %", "Mentor (junior) 1 1 100 % 100 %",
        "All goals 3 1 33 % 53 %", "Social media 1 0 0 % 60 %", "No topic 2 1 50 % 50 %",
        "Formed (started) 3", "Still active 2", "Completed 0", "Ended early 1",
        "Retention (not ended early) 67 %", "Proposed, not started 0",
        "Held 4", "Still planned 1", "Cancelled 1", "Missed 1", "Attendance 80 %",
        "Ended early because: Σοφία Παπαδοπούλου moved to Athens; write to sofia@example.org (1)",
        "Would take part again Nobody has answered yet (n = 0)",
    ]  # fmt: skip
    assert [item for item in expected if item not in text] == []


def test_charts_and_pair_sections(programme):
    all_pages = report_pages(programme.cycle)
    text = " ".join(all_pages)
    assert "Goals set Achieved" in text and "Before (baseline mean) After (final mean)" in text
    assert "Mentee · Digital fluency" in text and "Mentor · Voice in the organisation" in text
    pairs = all_pages[-1]
    assert pairs.startswith("Reverse mentoring programme Pairs")
    expected = [
        "Pair 1 · Zoë Łukasiewicz (mentor) and Ngô Thị Minh Hằng (mentee)",
        "Active, started 6 January 2025.",
        "3 meetings held, the last on 10 March 2025 (1 still planned, 1 cancelled, 1 missed).",
        "mentee: satisfaction 5/5, self-assessment +2.0, fit: still deciding",
        "mentor: satisfaction 5/5, self-assessment +2.0, fit: good fit",
        "Mentee Post weekly on the intranet in progress 60 %",
        "Mentor Present to the board with Ngô Thị Minh Hằng achieved 100 %",
        "Pair 2 · Дмитрий Соколов (mentor) and Σοφία Παπαδοπούλου (mentee)",
        "Ended early, started 6 January 2025, ended 1 March 2025 (reason: Σοφία",
        "1 meeting held, the last on 20 January 2025.",
        "Pair 3 · Aiko Ito (mentor) and Robert Okafor (mentee)",
        "No meetings held yet.", "No goals recorded.",
    ]  # fmt: skip
    assert [item for item in expected if item not in pairs] == []
    assert PRIVATE_NOTE not in text and "PRIVATE" not in text


def test_the_appendix_can_be_left_out(programme):
    data = report_data(programme.cycle, appendix=False)
    assert data.pairs == ()
    text = " ".join(flat(page) for page in pages(render_report(data, load_settings(), TODAY)))
    assert "Pair 1 ·" not in text and "Zoë" not in text
    assert "The appendix with a section per pair was left out of this copy." in text
    assert "6 participants" in text and "4 · Results" in text


def test_an_empty_cycle_gives_an_honest_readable_report(db):
    cycle = create_cycle(CycleData(name="Next year", start_date=dt.date(2027, 1, 4)))
    all_pages = report_pages(cycle)
    first, text = all_pages[0], " ".join(all_pages)
    nothing = "No pair has started in this cycle yet, so there are no outcomes to report"
    for item in ("0 participants", "0 pairs formed", "– retention", nothing):
        assert item in first, item
    for item in ("No meetings held yet.", "No goals recorded yet (n = 0).",
                 "Mentees (senior) 0 –", "Digital fluency 0 – 0 – 0 –",
                 "No goals recorded yet, so there is nothing to chart.",
                 "No self-assessments recorded yet (n = 0)",
                 "No pair has started yet, so there is no one to count.",
                 "No pair has started in this cycle yet: no meetings held yet"):  # fmt: skip
        assert item in text, item


def test_one_mentor_and_one_mentee_read_in_the_singular(db):
    cycle = create_cycle(CycleData(name="Pilot", start_date=dt.date(2025, 1, 6)))
    mentor = create_participant(
        ParticipantData(full_name="Ada Junior", email="ada@example.org", role="mentor", level=1)
    )
    mentee = create_participant(
        ParticipantData(full_name="Bo Senior", email="bo@example.org", role="mentee", level=5)
    )
    pair = create_pair(cycle, mentor, mentee)
    activate_pair(pair, started_on=dt.date(2025, 1, 6))
    first = report_pages(cycle)[0]
    assert "2 participants 1 mentor · 1 mentee" in first
    assert "0 meetings held of 0 scheduled" in first
    held = create_meeting(MeetingData(pair, dt.datetime(2025, 1, 20, 10, 0)))
    mark_held(held)
    first = report_pages(cycle)[0]
    assert "1 meeting held of 1 scheduled" in first
    assert "attendance (held ÷ (held + missed))" in first


def test_thirty_goals_and_long_names_flow_over_pages(programme):
    long_name = "Bartholomew-Maximilian " + "Featherstonehaugh" * 4 + " Montgomery-Smythe"
    Participant.update(full_name=long_name).where(Participant.id == programme.ids["zoe"]).execute()
    for n in range(30):
        create_goal(programme.pairs[0], GoalData("mentee", f"Goal {n:02d} " + "and more " * 14))
    data = render_report(report_data(programme.cycle), load_settings(), TODAY)
    text = " ".join(flat(page) for page in pages(data))
    assert all(f"Goal {n:02d}" in text for n in range(30))
    assert "Pair 3 · Aiko Ito" in text
    assert "Featherstonehaugh" * 4 in "".join(text.split())
    assert len(pages(data)) >= 4
    assert_inside_margins(data)


def test_a_pair_heading_never_stands_alone_at_the_foot_of_a_page(db):
    """Sections of 1 to 6 goals, some titles wrapping, so that page ends fall at every
    point of a section: each page's last heading is followed by its pair's content."""
    from rmdesk.programme.pairs import activate_pair, create_pair
    from tests.builders import person

    cycle = create_cycle(CycleData(name="Many", start_date=dt.date(2026, 1, 5)))
    for n in range(24):
        pair = create_pair(cycle, person(f"Mentor {n:02d}", "mentor"),
                           person(f"Mentee {n:02d}", "mentee"))  # fmt: skip
        activate_pair(pair, started_on=dt.date(2026, 1, 5))
        for k in range(1 + n * 5 % 6):
            create_goal(pair, GoalData("mentee", f"Goal {n}.{k} " + "in more words " * (k % 3 * 5)))
    sections = report_pages(cycle)[2:]
    assert len(sections) >= 4
    for page in sections:
        last = page.rindex(" (mentor) and ")
        assert "OWNER GOAL STATUS PROGRESS Mentee Goal" in page[last:], page[last:]
    assert " ".join(sections).count(" (mentor) and ") == 24  # every pair
