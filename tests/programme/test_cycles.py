"""Cycles in the domain: defaults, validation, milestones that follow dates, forward status."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rmdesk.programme import cycles
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import Cycle, Milestone, Pair, Participant

JAN_31 = dt.date(2026, 1, 31)


def snapshot() -> tuple[list[dict[str, Any]], ...]:
    return (
        list(Cycle.select().order_by(Cycle.id).dicts()),
        list(Milestone.select().order_by(Milestone.id).dicts()),
    )


def make(name: str = "2026 cycle", start: dt.date = JAN_31, **fields: Any) -> int:
    return cycles.create_cycle(CycleData(name=name, start_date=start, **fields))


# --- default end ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (dt.date(2026, 1, 31), 9, dt.date(2026, 10, 31)),
        (dt.date(2025, 5, 31), 9, dt.date(2026, 2, 28)),  # clamped to the month's end
        (dt.date(2026, 3, 15), 6, dt.date(2026, 9, 15)),
        (dt.date(2026, 1, 1), 12, dt.date(2027, 1, 1)),
    ],
)
def test_default_end_adds_calendar_months(start: dt.date, months: int, end: dt.date):
    assert cycles.default_end(start, months) == end


def test_default_end_is_nine_months():
    assert cycles.MONTHS_DEFAULT == 9
    assert cycles.default_end(JAN_31) == dt.date(2026, 10, 31)


# --- create --------------------------------------------------------------------------


def test_create_uses_the_defaults_and_starts_in_planning(db):
    cycle_id = make("  2026 cycle  ")
    row = cycles.get_cycle(cycle_id)
    assert row == cycles.CycleRow(
        cycle_id, "2026 cycle", JAN_31, dt.date(2026, 10, 31), 14, 60, "planning", 0
    )


def test_create_keeps_an_explicit_end_and_rhythm(db):
    cycle_id = make(end_date=dt.date(2026, 6, 30), cadence_days=7, meeting_minutes=45)
    row = cycles.get_cycle(cycle_id)
    assert (row.end_date, row.cadence_days, row.meeting_minutes) == (dt.date(2026, 6, 30), 7, 45)


def test_create_adds_kickoff_midpoint_and_closing_milestones(db):
    cycle_id = make()
    assert cycles.milestones(cycle_id) == [
        ("Kickoff", JAN_31),
        ("Midpoint review", dt.date(2026, 6, 16)),  # 273 days long: day 136
        ("Closing", dt.date(2026, 10, 31)),
    ]


def test_validation_reports_every_problem_at_once_and_writes_nothing(db):
    make("Taken")
    before = snapshot()
    data = CycleData(name="taken", start_date=None, cadence_days=0, meeting_minutes=0)
    with pytest.raises(ValidationError) as caught:
        cycles.create_cycle(data)
    assert set(caught.value.errors) == {"name", "start_date", "cadence_days", "meeting_minutes"}
    assert "already a cycle called Taken" in caught.value.errors["name"]
    assert snapshot() == before


@pytest.mark.parametrize("end", [JAN_31, dt.date(2026, 1, 1)], ids=["same-day", "before"])
def test_end_must_be_after_start(db, end: dt.date):
    with pytest.raises(ValidationError) as caught:
        make(end_date=end)
    assert caught.value.errors == {"end_date": "The end date must be after the start date."}
    assert Cycle.select().count() == 0
    assert Milestone.select().count() == 0


def test_blank_name_is_refused(db):
    errors = cycles.validate_cycle(CycleData(name="   ", start_date=JAN_31))
    assert errors == {"name": "Name is required."}


# --- update --------------------------------------------------------------------------


def test_update_moves_milestones_still_titled_as_created(db):
    cycle_id = make()
    Milestone.update(title="Mid-year party").where(
        (Milestone.cycle == cycle_id) & (Milestone.title == "Midpoint review")
    ).execute()
    Milestone.create(cycle=cycle_id, title="Showcase", date=dt.date(2026, 9, 1))

    new_start, new_end = dt.date(2026, 2, 1), dt.date(2026, 8, 1)
    cycles.update_cycle(
        cycle_id, CycleData("2026 cycle", new_start, new_end, cadence_days=21, meeting_minutes=30)
    )

    row = cycles.get_cycle(cycle_id)
    assert (row.start_date, row.end_date, row.cadence_days, row.meeting_minutes) == (
        new_start,
        new_end,
        21,
        30,
    )
    assert cycles.milestones(cycle_id) == [
        ("Kickoff", new_start),
        ("Mid-year party", dt.date(2026, 6, 16)),  # renamed: left where it was
        ("Closing", new_end),
        ("Showcase", dt.date(2026, 9, 1)),  # added by hand: left where it was
    ]


def test_update_may_keep_its_own_name_but_not_take_another(db):
    first = make("First")
    make("Second", dt.date(2027, 1, 1))
    cycles.update_cycle(first, CycleData("First", JAN_31, cadence_days=10))
    assert cycles.get_cycle(first).cadence_days == 10

    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        cycles.update_cycle(first, CycleData("SECOND", JAN_31))
    assert "name" in caught.value.errors
    assert snapshot() == before


def test_update_of_an_unknown_cycle_is_refused(db):
    with pytest.raises(RuleError, match="No cycle with id 99"):
        cycles.update_cycle(99, CycleData("x", JAN_31))


# --- status --------------------------------------------------------------------------


def test_status_moves_forward_only(db):
    cycle_id = make()
    cycles.set_cycle_status(cycle_id, "active")
    cycles.set_cycle_status(cycle_id, "active")  # already there: nothing to do
    assert cycles.get_cycle(cycle_id).status == "active"
    with pytest.raises(RuleError, match="cannot go back to planning"):
        cycles.set_cycle_status(cycle_id, "planning")
    cycles.set_cycle_status(cycle_id, "closed")
    with pytest.raises(RuleError, match="2026 cycle is closed: a cycle cannot go back to active"):
        cycles.set_cycle_status(cycle_id, "active")
    assert cycles.get_cycle(cycle_id).status == "closed"


def test_a_planned_cycle_may_be_closed_directly(db):
    cycle_id = make()
    cycles.set_cycle_status(cycle_id, "closed")
    assert cycles.get_cycle(cycle_id).status == "closed"


def test_unknown_status_is_refused(db):
    cycle_id = make()
    with pytest.raises(RuleError, match="Unknown cycle status"):
        cycles.set_cycle_status(cycle_id, "paused")


# --- listing and finding -------------------------------------------------------------


def test_list_is_newest_start_first_and_counts_pairs_not_ended_early(db):
    old = make("2025", dt.date(2025, 1, 1))
    new = make("2026", dt.date(2026, 1, 1))
    mentor = Participant.create(full_name="M", role="mentor", level=2, capacity=5)
    mentee = Participant.create(full_name="E", role="mentee", level=5, capacity=5)
    for status in ("proposed", "active", "completed", "ended_early"):
        Pair.create(cycle=new, mentor=mentor, mentee=mentee, status=status)
    Pair.create(cycle=old, mentor=mentor, mentee=mentee, status="completed")

    rows = cycles.list_cycles()
    assert [(r.id, r.name, r.pair_count) for r in rows] == [(new, "2026", 3), (old, "2025", 1)]
    assert rows[0].start_date == dt.date(2026, 1, 1)


def test_find_by_exact_name_or_id(db):
    first = make("Spring 2026")
    second = make("3", dt.date(2027, 1, 1))  # a name that looks like an id
    third = make("Autumn", dt.date(2028, 1, 1))
    assert third == 3
    assert cycles.find_cycle("Spring 2026").id == first
    assert cycles.find_cycle(f" {first} ").id == first
    assert cycles.find_cycle("3").id == second, "the exact name wins over the id"
    for text in ("spring 2026", "Spring", "42", ""):
        with pytest.raises(RuleError, match="No cycle called"):
            cycles.find_cycle(text)


def test_get_unknown_cycle_is_refused(db):
    with pytest.raises(RuleError, match="No cycle with id 5"):
        cycles.get_cycle(5)


def test_several_milestones_are_updated_all_or_none(db):
    cycle_id = make()
    rows = cycles.milestone_rows(cycle_id)
    before = cycles.milestones(cycle_id)
    with pytest.raises(ValidationError):
        cycles.update_milestones(
            [(rows[0].id, "Kick-off day", rows[0].date), (rows[1].id, "  ", rows[1].date)]
        )
    assert cycles.milestones(cycle_id) == before
    cycles.update_milestones([(rows[0].id, "Kick-off day", rows[0].date)])
    assert cycles.milestones(cycle_id)[0] == ("Kick-off day", rows[0].date)
