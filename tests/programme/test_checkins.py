"""Pairing-fit check-ins: only after a held meeting, one answer per person, and a
not-good-fit answer on the attention list."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.programme import checkins as c
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.meetings import attention
from rmdesk.programme.pairs import activate_pair, create_pair, end_pair_early
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import FitCheck, Meeting
from tests.builders import person

START = dt.date(2026, 3, 2)
END = dt.date(2026, 11, 30)


@pytest.fixture
def cycle(db) -> int:
    return create_cycle(CycleData(name="C", start_date=START, end_date=END))


@pytest.fixture
def pair(cycle) -> tuple[int, int, int]:
    """(pair, mentor Ana, mentee Carla): active, one meeting held on 5 March."""
    ana, carla = person("Ana", "mentor"), person("Carla", "mentee")
    pair_id = create_pair(cycle, ana, carla)
    activate_pair(pair_id, started_on=START)
    Meeting.create(pair=pair_id, starts_at=dt.datetime(2026, 3, 5, 10), status="held")
    return pair_id, ana, carla


def test_no_fit_check_before_the_first_held_meeting(cycle):
    ana, carla = person("Ana", "mentor"), person("Carla", "mentee")
    pair_id = create_pair(cycle, ana, carla)
    activate_pair(pair_id, started_on=START)
    Meeting.create(pair=pair_id, starts_at=dt.datetime(2026, 3, 5, 10), status="planned")
    Meeting.create(pair=pair_id, starts_at=dt.datetime(2026, 3, 6, 10), status="cancelled",
                   cancelled_by="mentor")  # fmt: skip
    with pytest.raises(RuleError, match="Ana and Carla have not held a meeting yet"):
        c.record_fit(pair_id, ana, "good_fit")
    assert c.fit_checks(cycle) == []  # nobody is asked yet
    assert FitCheck.select().count() == 0


def test_record_list_and_replace(cycle, pair):
    pair_id, ana, carla = pair
    assert c.fit_due(cycle) == [
        c.FitRow(pair_id, carla, "Carla", "mentee", "", None, ""),
        c.FitRow(pair_id, ana, "Ana", "mentor", "", None, ""),
    ]
    c.record_fit(pair_id, carla, "still_deciding", on=dt.date(2026, 3, 6), note=" Early days ")
    c.record_fit(pair_id, carla, "good_fit", on=dt.date(2026, 3, 20))  # asked again
    assert c.fit_checks(cycle) == [
        c.FitRow(pair_id, carla, "Carla", "mentee", "good_fit", dt.date(2026, 3, 20), ""),
        c.FitRow(pair_id, ana, "Ana", "mentor", "", None, ""),
    ]
    assert [row.participant_name for row in c.fit_due(cycle)] == ["Ana"]
    assert FitCheck.select().count() == 1


def test_bad_answers_and_strangers_are_refused(cycle, pair):
    pair_id, ana, _carla = pair
    stranger = person("Zed", "mentee")
    with pytest.raises(ValidationError) as caught:
        c.record_fit(pair_id, stranger, "maybe")
    assert set(caught.value.errors) == {"participant_id", "answer"}
    with pytest.raises(RuleError, match="No pair"):
        c.record_fit(999, ana, "good_fit")
    assert FitCheck.select().count() == 0


def test_not_a_good_fit_puts_the_pair_on_the_attention_list(cycle, pair):
    pair_id, ana, carla = pair
    today = dt.date(2026, 3, 10)

    def fit_items() -> list[str]:
        return [i.detail for i in attention(cycle, today=today) if i.kind == "not_a_good_fit"]

    c.record_fit(pair_id, carla, "good_fit", on=dt.date(2026, 3, 6))
    assert fit_items() == []
    c.record_fit(pair_id, ana, "not_a_good_fit", on=dt.date(2026, 3, 7), note="No common ground")
    assert fit_items() == ["Ana (mentor) said on 2026-03-07 it is not a good fit: No common ground"]
    item = next(i for i in attention(cycle, today=today) if i.kind == "not_a_good_fit")
    assert (item.pair_id, item.mentor_name, item.mentee_name, item.meeting_id) == (
        pair_id, "Ana", "Carla", None,
    )  # fmt: skip
    assert item.detail.values["day"] == dt.date(2026, 3, 7)  # the window writes it its way
    c.record_fit(pair_id, carla, "not_a_good_fit", on=dt.date(2026, 3, 8))
    assert fit_items() == [
        "Carla (mentee) said on 2026-03-08 it is not a good fit.",
        "Ana (mentor) said on 2026-03-07 it is not a good fit: No common ground",
    ]
    # Changing the answer, or ending the pair, takes it off the list.
    c.record_fit(pair_id, carla, "still_deciding", on=dt.date(2026, 3, 9))
    assert len(fit_items()) == 1
    end_pair_early(pair_id, "Not a good fit", ended_on=dt.date(2026, 3, 9))
    assert fit_items() == []
    # An ended pair's answers are history: not listed as checks to do.
    assert c.fit_checks(cycle) == []


def test_labels():
    assert c.FIT_ANSWERS == ("good_fit", "still_deciding", "not_a_good_fit")
    assert c.FIT_LABELS["not_a_good_fit"] == "Not a good fit"


def test_several_answers_are_saved_all_or_none(pair):
    pair_id, ana, carla = pair
    with pytest.raises(ValidationError):
        c.record_fits([(pair_id, ana, "good_fit", ""), (pair_id, carla, "maybe", "")])
    assert FitCheck.select().count() == 0  # Ana's answer went back with Carla's refusal
    c.record_fits([(pair_id, ana, "good_fit", ""), (pair_id, carla, "not_a_good_fit", "x")])
    assert {(f.participant_id, f.answer) for f in FitCheck.select()} == {
        (ana, "good_fit"),
        (carla, "not_a_good_fit"),
    }
