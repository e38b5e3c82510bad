"""Goals: validation, progress history (latest update wins), overdue, summaries, undo,
templates."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.programme import goals as g
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData
from rmdesk.programme.pairs import activate_pair, complete_pair, create_pair, end_pair_early
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import Goal, GoalTemplate, GoalUpdate, Topic
from tests.builders import person

START = dt.date(2026, 3, 2)
END = dt.date(2026, 11, 30)
TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def cycle(db) -> int:
    return create_cycle(CycleData(name="C", start_date=START, end_date=END))


@pytest.fixture
def pair(cycle) -> int:
    pair_id = create_pair(cycle, person("Zoe Mentor", "mentor"), person("Carla Senior", "mentee"))
    activate_pair(pair_id, started_on=START)
    return pair_id


def topic(name: str) -> int:
    return int(Topic.get(Topic.name == name).id)


# ---------------------------------------------------------------- overdue


@pytest.mark.parametrize(
    ("target", "status", "overdue"),
    [
        (dt.date(2026, 6, 14), "open", True),
        (dt.date(2026, 6, 14), "in_progress", True),
        (dt.date(2026, 6, 15), "open", False),  # due today is not late yet
        (dt.date(2026, 6, 16), "in_progress", False),
        (dt.date(2026, 6, 1), "achieved", False),
        (dt.date(2026, 6, 1), "dropped", False),
        (None, "open", False),
    ],
)
def test_is_overdue(target, status, overdue):
    assert g.is_overdue(target, status, TODAY) is overdue


# ---------------------------------------------------------------- create and validate


def test_create_and_list_with_names_topic_and_overdue(cycle, pair):
    social = topic("Social media")
    late = g.create_goal(
        pair,
        GoalData(
            "mentee", "  Post twice a month  ", social, "Two posts a month", dt.date(2026, 6, 1)
        ),
    )
    later = g.create_goal(pair, GoalData("mentor", "Lead an agenda item", None, "", END))
    undated = g.create_goal(pair, GoalData("mentee", "Read ten voices"))

    rows = g.list_goals(cycle, today=TODAY)
    # mentee first; within an owner by target date, undated last
    assert [r.id for r in rows] == [late, undated, later]
    first = rows[0]
    assert first.title == "Post twice a month"
    assert (first.topic_id, first.topic_name) == (social, "Social media")
    assert (first.status, first.progress, first.last_update) == ("open", 0, None)
    assert first.overdue is True
    assert (first.mentor_name, first.mentee_name) == ("Zoe Mentor", "Carla Senior")
    assert rows[2].topic_name == "" and rows[2].overdue is False
    assert g.get_goal(later, today=TODAY) == rows[2]
    assert g.list_goals(cycle, pair, today=TODAY) == rows


def test_list_orders_pairs_by_mentor_then_mentee(cycle, pair):
    other = create_pair(cycle, person("Ana Mentor", "mentor"), person("Bea Senior", "mentee"))
    mine = g.create_goal(pair, GoalData("mentee", "Mine"))
    theirs = g.create_goal(other, GoalData("mentor", "Theirs"))
    assert [r.id for r in g.list_goals(cycle)] == [theirs, mine]
    assert [r.id for r in g.list_goals(cycle, other)] == [theirs]


def test_invalid_goals_are_refused_with_every_field(cycle, pair):
    with pytest.raises(ValidationError) as caught:
        g.create_goal(
            pair, GoalData("boss", "   ", 9999, "", dt.date(2027, 1, 1), status="finished")
        )
    assert set(caught.value.errors) == {"owner", "title", "topic_id", "target_date", "status"}
    assert "within the cycle (2026-03-02 to 2026-11-30)" in caught.value.errors["target_date"]
    with pytest.raises(ValidationError, match="within the cycle"):
        g.create_goal(pair, GoalData("mentee", "Early", target_date=dt.date(2026, 3, 1)))
    assert Goal.select().count() == 0
    # the cycle's first and last days are inside
    g.create_goal(pair, GoalData("mentee", "First day", target_date=START))
    g.create_goal(pair, GoalData("mentee", "Last day", target_date=END))


def test_new_goals_need_a_proposed_or_active_pair(cycle, pair):
    proposed = create_pair(cycle, person("Ana", "mentor"), person("Bea", "mentee"))
    g.create_goal(proposed, GoalData("mentee", "Fine for a proposed pair"))
    end_pair_early(proposed, "Moved away", ended_on=dt.date(2026, 4, 1))
    with pytest.raises(RuleError, match="ended early: only proposed or active pairs"):
        g.create_goal(proposed, GoalData("mentee", "Too late"))
    with pytest.raises(RuleError, match="No pair with id 999"):
        g.create_goal(999, GoalData("mentee", "Nobody"))
    # An existing goal of an ended pair can still be corrected.
    kept = g.list_goals(cycle, proposed)[0]
    g.update_goal(kept.id, GoalData("mentee", "Fine for a proposed pair", status="dropped"))
    assert g.get_goal(kept.id).status == "dropped"


def test_update_keeps_progress_and_history(cycle, pair):
    goal = g.create_goal(pair, GoalData("mentee", "Old title"))
    g.record_progress(goal, 40, on=dt.date(2026, 4, 1))
    g.update_goal(goal, GoalData("mentor", "New title", topic("Innovation"), "Measure", END))
    row = g.get_goal(goal)
    assert (row.owner, row.title, row.topic_name, row.success_measure, row.target_date) == (
        "mentor", "New title", "Innovation", "Measure", END,
    )  # fmt: skip
    assert (row.progress, row.status) == (40, "in_progress")
    assert len(g.progress_history(goal)) == 1
    with pytest.raises(ValidationError):
        g.update_goal(goal, GoalData("mentor", ""))
    assert g.get_goal(goal).title == "New title"
    with pytest.raises(RuleError, match="No goal"):
        g.update_goal(12345, GoalData("mentor", "x"))


# ---------------------------------------------------------------- progress


def test_progress_history_and_latest_update_wins(cycle, pair):
    goal = g.create_goal(pair, GoalData("mentee", "Post weekly"))
    g.record_progress(goal, 30, "first posts", on=dt.date(2026, 4, 1))
    assert (g.get_goal(goal).progress, g.get_goal(goal).status) == (30, "in_progress")
    g.record_progress(goal, 60, "  steady  ", on=dt.date(2026, 5, 1))
    # A late entry for an earlier day goes into the history but does not win.
    g.record_progress(goal, 10, "back-filled", on=dt.date(2026, 3, 20))
    history = g.progress_history(goal)
    assert [(e.date, e.progress, e.note) for e in history] == [
        (dt.date(2026, 3, 20), 10, "back-filled"),
        (dt.date(2026, 4, 1), 30, "first posts"),
        (dt.date(2026, 5, 1), 60, "steady"),
    ]
    row = g.get_goal(goal)
    assert (row.progress, row.last_update) == (60, dt.date(2026, 5, 1))
    # Two updates on one day: the one entered last wins (a correction).
    g.record_progress(goal, 70, on=dt.date(2026, 5, 1))
    g.record_progress(goal, 65, "typo fixed", on=dt.date(2026, 5, 1))
    assert g.get_goal(goal).progress == 65


def test_progress_moves_the_status(cycle, pair):
    goal = g.create_goal(pair, GoalData("mentor", "Lead a meeting"))
    g.record_progress(goal, 0, "agreed", on=dt.date(2026, 3, 10))
    assert g.get_goal(goal).status == "open"  # nothing done yet
    g.record_progress(goal, 100, "done", on=dt.date(2026, 4, 10))
    assert (g.get_goal(goal).status, g.get_goal(goal).progress) == ("achieved", 100)
    g.record_progress(goal, 80, "it slipped back", on=dt.date(2026, 4, 20))
    assert (g.get_goal(goal).status, g.get_goal(goal).progress) == ("in_progress", 80)


def test_progress_refuses_bad_values_and_future_dates(cycle, pair):
    goal = g.create_goal(pair, GoalData("mentee", "Goal"))
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for value, on, field in ((101, None, "progress"), (-1, None, "progress"),
                             (50, tomorrow, "date")):  # fmt: skip
        with pytest.raises(ValidationError) as caught:
            g.record_progress(goal, value, on=on)
        assert set(caught.value.errors) == {field}
    assert GoalUpdate.select().count() == 0
    assert g.get_goal(goal).progress == 0
    with pytest.raises(RuleError, match="No goal"):
        g.record_progress(4242, 10)


def test_mark_achieved_records_100_in_the_history(cycle, pair):
    goal = g.create_goal(pair, GoalData("mentee", "Goal", target_date=dt.date(2026, 4, 1)))
    g.record_progress(goal, 50, on=dt.date(2026, 3, 20))
    g.mark_achieved(goal, on=dt.date(2026, 4, 5), note="Confirmed in the meeting")
    row = g.get_goal(goal, today=TODAY)
    assert (row.status, row.progress, row.overdue) == ("achieved", 100, False)
    assert g.progress_history(goal)[-1][1:] == (
        dt.date(2026, 4, 5),
        100,
        "Confirmed in the meeting",
    )


# ---------------------------------------------------------------- delete and undo


def test_delete_and_restore_exactly(cycle, pair):
    goal = g.create_goal(pair, GoalData("mentee", "Keep me", topic("Social media"), "Measure", END))
    g.record_progress(goal, 20, "a", on=dt.date(2026, 4, 1))
    g.record_progress(goal, 45, "b", on=dt.date(2026, 5, 1))
    before, history = g.get_goal(goal, today=TODAY), g.progress_history(goal)

    snapshot = g.delete_goal(goal)
    assert Goal.select().count() == 0 and GoalUpdate.select().count() == 0
    assert g.restore_goal(snapshot) == goal
    assert g.get_goal(goal, today=TODAY) == before
    assert g.progress_history(goal) == history
    with pytest.raises(RuleError):
        g.delete_goal(999)


# ---------------------------------------------------------------- summaries


def test_goal_summaries_count_dropped_goals_out(cycle, pair):
    quiet = create_pair(cycle, person("Ana", "mentor"), person("Bea", "mentee"))
    made = [g.create_goal(pair, GoalData(owner, f"{owner} {i}"))
            for owner, i in (("mentee", 1), ("mentee", 2), ("mentee", 3), ("mentee", 4),
                             ("mentor", 1), ("mentor", 2))]  # fmt: skip
    g.mark_achieved(made[0], on=dt.date(2026, 4, 1))
    g.mark_achieved(made[1], on=dt.date(2026, 4, 1))
    g.update_goal(made[3], GoalData("mentee", "mentee 4", status="dropped"))
    g.mark_achieved(made[4], on=dt.date(2026, 4, 1))

    summaries = g.goal_summaries(cycle)
    assert set(summaries) == {pair, quiet}
    assert summaries[pair] == g.GoalSummary(pair, 3, 2, 2, 1)
    assert summaries[pair].text() == "mentee 2/3 achieved, mentor 1/2"
    assert summaries[quiet].text() == "no goals yet"
    assert g.GoalSummary(1, 2, 0, 0, 0).text() == "mentee 0/2 achieved, mentor no goals yet"
    assert g.GoalSummary(1, 0, 0, 2, 1).text() == "mentee no goals yet, mentor 1/2 achieved"
    complete_pair(pair, ended_on=dt.date(2026, 6, 1))
    assert g.goal_summaries(cycle)[pair].mentee_set == 3  # completed pairs stay counted


def test_labels_cover_every_status_and_owner():
    assert set(g.STATUS_LABELS) == {"open", "in_progress", "achieved", "dropped"}
    assert g.STATUS_LABELS["in_progress"] == "In progress"
    assert g.OWNER_LABELS == {"mentee": "Mentee (senior)", "mentor": "Mentor (junior)"}


# ---------------------------------------------------------------- templates


def test_seeded_templates_are_smart_examples_for_both_owners(db):
    templates = g.list_templates()
    assert len(templates) >= 40
    for owner in ("mentee", "mentor"):
        general = [t for t in g.list_templates(owner) if t.topic_id is None]
        assert len(general) >= 2
    for t in templates:
        assert t.title and t.success_measure, t  # measurable: says how we will know
    titles = {t.title for t in templates}
    assert "Post on the company LinkedIn page twice a month by the midpoint" in titles
    assert "Lead one agenda item in a senior meeting before the final review" in titles


def test_templates_for_a_topic_come_before_general_ones(db):
    social = topic("Social media")
    rows = g.list_templates("mentee", social)
    kinds = [t.topic_id for t in rows]
    assert kinds[0] == social
    assert set(kinds) == {social, None}
    assert kinds == sorted(kinds, key=lambda k: k is None)  # topic ones first
    assert all(t.owner == "mentee" and t.topic_name in ("Social media", "") for t in rows)


def test_save_edit_and_delete_a_template(db):
    innovation = topic("Innovation")
    new = g.save_template(None, "mentor", "  Pitch an idea  ", " Pitched by June ", innovation)
    row = next(t for t in g.list_templates("mentor", innovation) if t.id == new)
    assert (row.title, row.success_measure, row.topic_name) == (
        "Pitch an idea", "Pitched by June", "Innovation",
    )  # fmt: skip
    # Added at the end: last of the topic templates (general ones follow them).
    assert [t.id for t in g.list_templates("mentor") if t.topic_id is not None][-1] == new
    assert g.save_template(new, "mentee", "Pitch", "", None) == new
    assert GoalTemplate.get_by_id(new).topic_id is None
    with pytest.raises(ValidationError) as caught:
        g.save_template(new, "manager", "", "", 9999)
    assert set(caught.value.errors) == {"owner", "title", "topic_id"}
    with pytest.raises(RuleError):
        g.save_template(99999, "mentee", "Missing", "", None)
    g.delete_template(new)
    assert not GoalTemplate.select().where(GoalTemplate.id == new).exists()
