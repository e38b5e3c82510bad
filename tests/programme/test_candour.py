"""Candour answers reach the report only over 3 people or more, never per pair or person."""

from __future__ import annotations

import datetime as dt

from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from rmdesk.programme.assessments import AssessmentData, dimensions, save_assessment
from rmdesk.programme.candour import STATEMENTS, candour_figures
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.outcomes import cycle_outcomes
from rmdesk.programme.pairs import activate_pair, create_pair
from tests.builders import person
from tests.documents.sample import flat, pdf_text

START, END = dt.date(2025, 1, 6), dt.date(2025, 10, 6)
MENTOR, MENTEE = STATEMENTS["mentor"], STATEMENTS["mentee"]


def programme(pairs: int) -> tuple[int, list[tuple[int, int, int]]]:
    cycle = create_cycle(CycleData(name="Candid", start_date=START, end_date=END))
    made = []
    for n in range(pairs):
        mentor, mentee = person(f"Mentor {n}", "mentor"), person(f"Mentee {n}", "mentee")
        pair = create_pair(cycle, mentor, mentee)
        activate_pair(pair, started_on=START)
        made.append((pair, mentor, mentee))
    return cycle, made


def answer(pair: int, who: int, role: str, phase: str, own: int, candour: int | None) -> None:
    scores = {d.name: own for d in dimensions(role) if d.name not in STATEMENTS.values()}
    if candour is not None:
        scores[STATEMENTS[role]] = candour
    day = START if phase == "baseline" else END
    save_assessment(AssessmentData(pair, who, phase, day, scores, 4, ""))


def test_the_statements_are_dimensions_of_each_role(db):
    assert MENTOR in [d.name for d in dimensions("mentor")]
    assert MENTEE in [d.name for d in dimensions("mentee")]


def test_below_three_answers_there_is_no_figure_at_all(db):
    cycle, pairs = programme(3)
    for pair, mentor, mentee in pairs[:2]:
        answer(pair, mentor, "mentor", "final", 3, 2)
        answer(pair, mentee, "mentee", "final", 3, 5)
    assert candour_figures(cycle) == ()
    pdf = flat(pdf_text(render_report(report_data(cycle), load_settings(), END)))
    assert "Candour" not in pdf and MENTOR not in pdf and MENTEE not in pdf


def test_three_answers_give_the_figure_over_the_group_from_each_latest_answer(db):
    cycle, pairs = programme(3)
    for (pair, mentor, _mentee), (early, late) in zip(pairs, ((1, 5), (2, 4), (5, 1)),
                                                      strict=True):  # fmt: skip
        answer(pair, mentor, "mentor", "baseline", 3, early)
        answer(pair, mentor, "mentor", "final", 3, late)
    (figure,) = candour_figures(cycle)
    assert (figure.role, figure.statement, figure.answers) == ("mentor", MENTOR, 3)
    assert figure.mean == (5 + 4 + 1) / 3 and figure.agree == 2 / 3
    text = flat(pdf_text(render_report(report_data(cycle), load_settings(), END)))
    assert "Candour" in text and MENTOR in text and "3.3 67 %" in text
    assert MENTEE not in text  # no mentee answered it


def test_no_figure_per_pair_or_per_dimension_carries_candour(db):
    cycle, pairs = programme(3)
    for pair, mentor, _mentee in pairs:
        # Their own scores do not move; candour goes from 5 to 1.
        answer(pair, mentor, "mentor", "baseline", 3, 5)
        answer(pair, mentor, "mentor", "final", 3, 1)
    outcomes = cycle_outcomes(cycle)
    assert MENTOR not in [d.dimension for d in outcomes.dimensions]
    assert {d.mean_change for d in outcomes.dimensions if d.role == "mentor"} == {0.0}
    data = report_data(cycle)
    assert [section.change.get("mentor") for section in data.pairs] == [0.0, 0.0, 0.0]
    assert {p.change for p in data.people if p.role == "mentor"} == {0.0}
    pages = pdf_text(render_report(data, load_settings(), END)).split("\f")
    assert sum(flat(page).count(MENTOR) for page in pages) == 1  # the group's row only
    anonymised = flat(pdf_text(render_report(report_data(cycle, anonymised=True),
                                             load_settings(), END)))  # fmt: skip
    assert anonymised.count(MENTOR) == 1
