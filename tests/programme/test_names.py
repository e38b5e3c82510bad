"""Names in a human order, the same in every list and document."""

from __future__ import annotations

import datetime as dt

from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData, create_goal, list_goals
from rmdesk.programme.names import fold_names, name_key
from rmdesk.programme.pairs import activate_pair, create_pair, list_pairs
from tests.builders import person

NAMES = ["Zoë Adams", "Émile Zola", "Łukasz Nowak", "anna Berg", "Øyvind Dahl", "Lena Ek"]


def test_accents_and_case_do_not_move_a_name():
    assert sorted(NAMES, key=name_key) == [
        "anna Berg", "Émile Zola", "Lena Ek", "Łukasz Nowak", "Øyvind Dahl", "Zoë Adams",
    ]  # fmt: skip
    assert fold_names(["Straße", "Ærø"]) == ["strasse", "aero"]
    assert fold_names([]) == []


def test_pairs_and_goals_are_listed_in_that_order(db):
    cycle = create_cycle(CycleData(name="C", start_date=dt.date(2026, 3, 2)))
    for mentor in ("Zoë Adams", "Émile Zola", "Łukasz Nowak"):
        pair = create_pair(cycle, person(mentor, "mentor"), person(f"Senior {mentor}", "mentee"))
        activate_pair(pair, started_on=dt.date(2026, 3, 2))
        create_goal(pair, GoalData("mentee", f"Goal of {mentor}'s mentee"))
    expected = ["Émile Zola", "Łukasz Nowak", "Zoë Adams"]
    assert [row.mentor_name for row in list_pairs(cycle)] == expected
    assert [row.mentor_name for row in list_goals(cycle)] == expected
