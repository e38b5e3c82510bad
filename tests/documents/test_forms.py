"""Printed forms: one page per person of the active pairs, their role's questions, boxes."""

from __future__ import annotations

import pytest

from rmdesk.documents.forms import render_assessment_forms, render_fit_forms, render_signup_sheet
from rmdesk.documents.forms_data import form_people
from rmdesk.documents.settings import load_settings
from rmdesk.programme.assessments import dimensions, set_dimensions
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.participants import topic_names
from rmdesk.programme.validation import RuleError
from tests.documents.sample import END, START, TODAY, flat, pages


def test_one_page_per_person_of_the_active_pairs_in_name_order(programme):
    people = form_people(programme.cycle)
    names = [person.name for person in people.people]
    # Дмитрий and Σοφία ended early: no forms for them.
    assert names == ["Aiko Ito", "Ngô Thị Minh Hằng", "Robert Okafor", "Zoë Łukasiewicz"]
    pdf = render_assessment_forms(people, "midpoint", load_settings(), TODAY)
    printed = [flat(page) for page in pages(pdf)]
    assert len(printed) == 4
    for name, page in zip(names, printed, strict=True):
        assert page.startswith("Reverse mentoring programme Midpoint self-assessment")
        assert f"Name {name}" in page and "Page 1 of 1" in page
    aiko = printed[0]
    assert "Role Mentor (junior colleague) Paired with Robert Okafor" in aiko
    for row in dimensions("mentor"):
        assert row.name in aiko
    assert "Digital fluency" not in aiko  # a mentee's dimension
    assert "Overall satisfaction" in aiko and "Any comment for the coordinator" in aiko
    assert "1 2 3 4 5" in aiko
    hang = printed[1]
    assert all(row.name in hang for row in dimensions("mentee"))
    assert "Confidence with senior leaders" not in hang


def test_the_forms_follow_the_edited_dimensions(programme):
    set_dimensions("mentee", ["Listening to Gen Z <really>", "Openness to challenge"])
    pdf = render_assessment_forms(form_people(programme.cycle), "final", load_settings(), TODAY)
    hang = flat(pages(pdf)[1])
    assert "Listening to Gen Z <really>" in hang and "Digital fluency" not in hang


def test_fit_forms_offer_the_three_answers(programme):
    pdf = render_fit_forms(form_people(programme.cycle), load_settings(), TODAY)
    printed = [flat(page) for page in pages(pdf)]
    assert len(printed) == 4
    assert all("Good fit Still deciding Not a good fit" in page for page in printed)
    assert "Name Zoë Łukasiewicz" in printed[3] and "Paired with Ngô Thị Minh Hằng" in printed[3]


def test_a_cycle_without_active_pairs_has_no_forms(db):
    cycle = create_cycle(CycleData(name="Empty", start_date=START, end_date=END))
    with pytest.raises(RuleError, match="Empty has no active pairs"):
        form_people(cycle)


def test_signup_sheet_is_one_blank_page_with_every_topic(db):
    pdf = render_signup_sheet(topic_names(), load_settings(), TODAY)
    printed = pages(pdf)
    assert len(printed) == 1
    text = flat(printed[0])
    for word in ("Full name", "Work e-mail address", "Mentor (junior colleague)",
                 "Mentee (senior colleague)", "When I am usually available",
                 "On site Hybrid Remote"):  # fmt: skip
        assert word in text
    assert all(topic in text for topic in topic_names())
