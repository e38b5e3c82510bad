"""The report's "would take part again" (issue 16 on issue 14's answers): counts and
shares over the people who answered, each person once; under 3 answers no figure, and
the anonymised copy under the same small-group rule as every other figure."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.documents.report_data import report_data
from rmdesk.documents.report_summary import summary_sentences
from rmdesk.programme.assessments import AssessmentData, save_assessment, take_part_again_counts
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.store.models import Participant
from tests.builders import person
from tests.documents.test_report_anonymised import report_text

START = dt.date(2026, 1, 5)
END = dt.date(2026, 6, 1)
FIVE = ["yes", "no", "yes", "no", "yes"]  # 3 yes, 0 maybe, 2 no


def _cycle(answers: list[str]) -> int:
    """Four active pairs (8 people); the first ``len(answers)`` people answered."""
    cycle = create_cycle(CycleData(name="Again", start_date=START))
    people = []
    for n in range(4):
        mentor, mentee = person(f"Mentor {n}", "mentor"), person(f"Mentee {n}", "mentee")
        pair = create_pair(cycle, mentor, mentee)
        activate_pair(pair, started_on=START)
        people += [(pair, mentor), (pair, mentee)]
    for (pair, who), answer in zip(people, answers, strict=False):
        save_assessment(AssessmentData(pair, who, "final", END, {}, 4, "", answer))
    return cycle


def _results(pages: list[str]) -> str:
    """The report from its results level on (the section the figure sits in)."""
    text = " ".join(pages)
    return text[text.index("4 · Results") :]


@pytest.mark.parametrize("anonymised", [False, True])
def test_with_no_answer_the_report_says_so_and_the_summary_is_silent(db, anonymised):
    cycle = _cycle([])
    pages = report_text(cycle, anonymised)
    assert "Would take part again Nobody has answered yet (n = 0)" in _results(pages)
    assert "take part again" not in pages[0].split("4 · Results")[0]
    assert "Not asked in this cycle" not in " ".join(pages)


@pytest.mark.parametrize("anonymised", [False, True])
def test_two_answers_read_fewer_than_3_and_give_no_figure(db, anonymised):
    cycle = _cycle(["yes", "no"])
    pages = report_text(cycle, anonymised)
    results = _results(pages)
    assert "Would take part again Fewer than 3 people answered: too few to give a figure." in (
        results
    )
    assert "50 %" not in results and "Answered" not in results
    assert not any("take part again" in s for s in summary_sentences(
        report_data(cycle, anonymised=anonymised)))  # fmt: skip
    assert "take part again" not in pages[0].split("4 · Results")[0]


def test_five_answers_print_counts_and_shares_in_the_named_report(db):
    cycle = _cycle(FIVE)
    pages = report_text(cycle, anonymised=False)
    assert (
        "Would take part again PEOPLE SHARE Yes 3 60 % Maybe 0 0 % No 2 40 % Answered 5"
        in _results(pages)
    )
    summary = (
        "Of the 5 people who answered, 3 would take part again (60 %), 0 maybe and 2 would not."
    )
    assert summary in pages[0]


def test_five_answers_with_a_small_one_are_withheld_in_the_anonymised_report(db):
    cycle = _cycle(FIVE)
    pages = report_text(cycle, anonymised=True)
    results = _results(pages)
    # 2 "no" read "fewer than 3"; the 3 "yes" would give them back from the total, so
    # they are withheld (programme.figures.hidden_parts); the 0 describes nobody.
    assert (
        "Would take part again PEOPLE SHARE Yes withheld Maybe 0 0 % No fewer than 3 Answered 5"
        in results
    )
    assert "60 %" not in results and "40 %" not in results
    assert "5 people answered whether they would take part again; how many said yes is " \
           "withheld" in pages[0]  # fmt: skip
    assert "3 would take part again" not in " ".join(pages)


def test_five_answers_all_yes_are_shown_anonymised_too(db):
    cycle = _cycle(["yes"] * 5)
    pages = report_text(cycle, anonymised=True)
    assert "Yes 5 100 % Maybe 0 0 % No 0 0 % Answered 5" in _results(pages)
    assert "Of the 5 people who answered, 5 would take part again (100 %)" in pages[0]


def test_someone_in_two_pairs_counts_once_by_their_latest_answer(db):
    cycle = create_cycle(CycleData(name="Twice", start_date=START))
    senior = person("Sam Senior", "mentee")
    Participant.update(capacity=2).where(Participant.id == senior).execute()
    for n, (day, answer) in enumerate(((END, "yes"), (START, "no"))):
        pair = create_pair(cycle, person(f"Mentor {n}", "mentor"), senior)
        activate_pair(pair, started_on=START)
        save_assessment(AssessmentData(pair, senior, "final", day, {}, 4, "", answer))
    counted = take_part_again_counts(cycle)
    assert (counted.yes, counted.maybe, counted.no, counted.answered) == (1, 0, 0, 1)
