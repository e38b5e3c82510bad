"""Pairs in the domain: every pairing rule, status moves, replacement and batches.

Each refusal must name its rule and leave the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rmdesk.programme import pairs
from rmdesk.programme.cycles import CycleData, create_cycle, get_cycle, set_cycle_status
from rmdesk.programme.matching.candidates import match_of
from rmdesk.programme.messages import from_stored
from rmdesk.programme.pairings import RepeatPairing
from rmdesk.programme.pairs import Unpaired
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import Cycle, Goal, Meeting, Pair, Participant

MAR_1, APR_1, JUN_30 = dt.date(2026, 3, 1), dt.date(2026, 4, 1), dt.date(2026, 6, 30)


def person(
    name: str,
    role: str,
    *,
    manager: int | None = None,
    capacity: int = 1,
    archived: bool = False,
    department: str = "",
) -> int:
    return int(
        Participant.create(
            full_name=name,
            role=role,
            level=2 if role == "mentor" else 5,
            manager=manager,
            capacity=capacity,
            archived=archived,
            department=department,
        ).id
    )


def snapshot() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return (
        list(Pair.select().order_by(Pair.id).dicts()),
        list(Cycle.select().order_by(Cycle.id).dicts()),
    )


class Org:
    """A small organisation: Ana and Bruno mentor; Carla, Dora (capacity 2) are mentees."""

    def __init__(self) -> None:
        self.cycle = create_cycle(CycleData(name="2026 cycle", start_date=dt.date(2026, 1, 31)))
        self.other_cycle = create_cycle(CycleData(name="2027", start_date=dt.date(2027, 1, 1)))
        self.carla = person("Carla Mendes", "mentee", department="Finance")
        self.dora = person("Dora Lind", "mentee", capacity=2, department="Sales")
        self.ana = person("Ana Silva", "mentor", department="IT")
        self.bruno = person("Bruno Costa", "mentor", department="Marketing")
        self.eva = person("Eva Novak", "mentor", capacity=2)


@pytest.fixture
def org(db) -> Org:
    return Org()


def refused(call: Any, *args: Any, match: str, **kwargs: Any) -> str:
    """Call, expect a RuleError matching ``match``, and check nothing was written."""
    before = snapshot()
    with pytest.raises(RuleError, match=match) as caught:
        call(*args, **kwargs)
    assert snapshot() == before, "a refused operation wrote to the database"
    return str(caught.value)


# --- creating ------------------------------------------------------------------------


def test_create_pair_stores_a_proposal(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla, score=0.82, reasons="Data")
    row = pairs.get_pair(pair_id)
    assert row == pairs.PairRow(
        pair_id, org.cycle, org.ana, "Ana Silva", "IT", org.carla, "Carla Mendes", "Finance",
        "proposed", 0.82, "Data", None, None, None, "", 0, 0,
    )  # fmt: skip
    assert get_cycle(org.cycle).status == "planning"


def test_create_pair_directly_active_starts_today_and_starts_the_cycle(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla, status="active")
    assert pairs.get_pair(pair_id).started_on == dt.date.today()
    assert get_cycle(org.cycle).status == "active"


def test_a_new_pair_cannot_start_completed(org: Org):
    refused(
        pairs.create_pair, org.cycle, org.ana, org.carla, status="completed", match="proposed or"
    )


RULE_CASES = [
    ("mentee-as-mentor", r"Dora Lind is a mentee, not a mentor: a pair's mentor must have"),
    ("mentor-as-mentee", r"Bruno Costa is a mentor, not a mentee: a pair's mentee must have"),
    ("archived-mentor", r"Ana Silva is archived: archived people cannot be paired"),
    ("archived-mentee", r"Carla Mendes is archived: archived people cannot be paired"),
    ("closed-cycle", r"2026 cycle is closed: a closed cycle takes no new pairs"),
    ("mentee-manages-mentor", r"Carla Mendes is Ana Silva's manager: people in the same rep"),
    ("mentee-above-mentor", r"Carla Mendes is above Ana Silva in the reporting line: people"),
    ("mentor-manages-mentee", r"Ana Silva is Carla Mendes's manager: people in the same rep"),
    ("same-two-people", r"Ana Silva and Dora Lind already have an open pair in 2026 cycle"),
    ("mentor-capacity", r"^Ana Silva already has 1 open pair in 2026 cycle and capacity for 1"),
    ("mentee-capacity", r"^Carla Mendes already has 1 open pair in 2026 cycle and capacity f"),
    ("capacity-2", r"^Dora Lind already has 2 open pairs in 2026 cycle and capacity for 2\.$"),
    ("unknown-person", r"No participant with id 999"),
    ("unknown-cycle", r"No cycle with id 999"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "match"), RULE_CASES, ids=[case for case, _ in RULE_CASES])
def test_every_rule_refuses_with_its_name_and_writes_nothing(org: Org, case: str, match: str):
    cycle, mentor, mentee = org.cycle, org.ana, org.carla
    if case == "mentee-as-mentor":
        mentor = org.dora
    elif case == "mentor-as-mentee":
        mentee = org.bruno
    elif case == "archived-mentor":
        Participant.update(archived=True).where(Participant.id == org.ana).execute()
    elif case == "archived-mentee":
        Participant.update(archived=True).where(Participant.id == org.carla).execute()
    elif case == "closed-cycle":
        set_cycle_status(cycle, "closed")
    elif case == "mentee-manages-mentor":
        Participant.update(manager=org.carla).where(Participant.id == org.ana).execute()
    elif case == "mentee-above-mentor":
        middle = person("Mia Middle", "mentee", manager=org.carla)
        Participant.update(manager=middle).where(Participant.id == org.ana).execute()
    elif case == "mentor-manages-mentee":
        Participant.update(manager=org.ana).where(Participant.id == org.carla).execute()
    elif case == "same-two-people":
        Participant.update(capacity=3).where(Participant.id == org.ana).execute()
        pairs.create_pair(cycle, org.ana, org.dora)
        mentee = org.dora
    elif case == "mentor-capacity":
        pairs.create_pair(cycle, org.ana, org.dora)
    elif case == "mentee-capacity":
        pairs.create_pair(cycle, org.bruno, org.carla, status="active")
    elif case == "capacity-2":
        pairs.create_pair(cycle, org.bruno, org.dora)
        pairs.create_pair(cycle, org.eva, org.dora)
        mentee = org.dora
    elif case == "unknown-person":
        mentee = 999
    elif case == "unknown-cycle":
        cycle = 999

    refused(pairs.check_pair, cycle, mentor, mentee, match=match)
    refused(pairs.create_pair, cycle, mentor, mentee, match=match)


def test_capacity_counts_only_the_same_cycle_and_allows_up_to_capacity(org: Org):
    pairs.create_pair(org.other_cycle, org.ana, org.carla)
    pairs.create_pair(org.cycle, org.ana, org.carla)  # the other cycle does not count
    pairs.create_pair(org.cycle, org.bruno, org.dora)
    pairs.create_pair(org.cycle, org.eva, org.dora)  # Dora has capacity 2
    assert len(pairs.list_pairs(org.cycle)) == 3


@pytest.mark.parametrize("how", ["ended-early", "completed"])
def test_an_ended_pair_frees_both_people(org: Org, how: str):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(pair_id, MAR_1)
    if how == "ended-early":
        pairs.end_pair_early(pair_id, "Moved abroad", APR_1)
    else:
        pairs.complete_pair(pair_id, JUN_30)
    mentors, mentees = pairs.unpaired(org.cycle)
    assert org.ana in {m.id for m in mentors}
    assert org.carla in {m.id for m in mentees}
    # The same two again: matching would not, so refused unless the coordinator chose it.
    with pytest.raises(
        RepeatPairing, match="Moved abroad" if how == "ended-early" else "completed"
    ):
        pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.create_pair(org.cycle, org.ana, org.carla, repeat=True)


# --- batches -------------------------------------------------------------------------


def test_create_pairs_inserts_in_order_with_scores(org: Org):
    ids = pairs.create_pairs(
        org.cycle, [(org.ana, org.carla, 0.9, "Finance"), (org.eva, org.dora, None, "")]
    )
    rows = {row.id: row for row in pairs.list_pairs(org.cycle)}
    # Without a score, a pair keeps what the matcher says of it.
    expected = match_of(org.cycle, org.eva, org.dora)
    assert [(rows[i].mentor_id, rows[i].mentee_id, rows[i].match_score) for i in ids] == [
        (org.ana, org.carla, 0.9),
        (org.eva, org.dora, expected[0]),
    ]
    assert {row.status for row in rows.values()} == {"proposed"}
    assert rows[ids[0]].match_reasons == "Finance"
    assert rows[ids[1]].match_reasons == expected[1] != ""


def test_create_pairs_counts_earlier_items_against_capacity(org: Org):
    refused(
        pairs.create_pairs,
        org.cycle,
        [
            (org.bruno, org.dora, 0.5, ""),
            (org.ana, org.carla, 0.5, ""),
            (org.ana, org.dora, 0.4, ""),
        ],
        match=r"Ana Silva already has 1 open pair in 2026 cycle and capacity for 1",
    )
    refused(
        pairs.create_pairs,
        org.cycle,
        [(org.ana, org.dora, 0.5, ""), (org.ana, org.dora, 0.5, "")],
        match="already have an open pair",
    )


def test_create_pairs_is_all_or_nothing(org: Org):
    Participant.update(archived=True).where(Participant.id == org.dora).execute()
    refused(
        pairs.create_pairs,
        org.cycle,
        [(org.ana, org.carla, 0.5, ""), (org.bruno, org.dora, 0.5, "")],
        match="Dora Lind is archived",
    )


def test_create_pairs_lets_capacity_two_take_two(org: Org):
    ids = pairs.create_pairs(
        org.cycle, [(org.eva, org.carla, None, ""), (org.eva, org.dora, None, "")]
    )
    assert len(ids) == 2


# --- status moves --------------------------------------------------------------------


def test_proposed_active_completed(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(pair_id, MAR_1)
    row = pairs.get_pair(pair_id)
    assert (row.status, row.started_on) == ("active", MAR_1)
    assert get_cycle(org.cycle).status == "active", "active pairs start a planning cycle"
    pairs.complete_pair(pair_id, JUN_30)
    row = pairs.get_pair(pair_id)
    assert (row.status, row.started_on, row.ended_on) == ("completed", MAR_1, JUN_30)


def test_moves_default_to_today(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(pair_id)
    pairs.complete_pair(pair_id)
    row = pairs.get_pair(pair_id)
    assert row.started_on == row.ended_on == dt.date.today()


@pytest.mark.parametrize(
    ("status", "move", "match"),
    [
        ("proposed", "complete", r"^A proposed pair cannot be completed\. Activate it first"),
        ("active", "activate", r"^An active pair cannot become active\.$"),
        ("completed", "activate", r"^A completed pair cannot become active\.$"),
        ("completed", "end", r"^A completed pair cannot end early\.$"),
        ("ended_early", "activate", r"^A pair that ended early cannot become active\.$"),
        ("ended_early", "complete", r"^A pair that ended early cannot be completed\.$"),
        ("ended_early", "end", r"^A pair that ended early cannot end early\.$"),
    ],
)
def test_moves_not_allowed_are_refused_naming_the_statuses(
    org: Org, status: str, move: str, match: str
):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    Pair.update(status=status).where(Pair.id == pair_id).execute()
    call = {
        "activate": lambda: pairs.activate_pair(pair_id, MAR_1),
        "complete": lambda: pairs.complete_pair(pair_id, JUN_30),
        "end": lambda: pairs.end_pair_early(pair_id, "reason", JUN_30),
    }[move]
    refused(call, match=match)


def test_end_early_needs_a_reason(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(pair_id, MAR_1)
    before = snapshot()
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as caught:
            pairs.end_pair_early(pair_id, reason, APR_1)
        assert set(caught.value.errors) == {"end_reason"}
    assert snapshot() == before


def test_end_early_records_reason_and_date_from_proposed_or_active(org: Org):
    proposed = pairs.create_pair(org.cycle, org.ana, org.carla)
    active = pairs.create_pair(org.cycle, org.bruno, org.dora)
    pairs.activate_pair(active, MAR_1)
    pairs.end_pair_early(proposed, "  Changed role  ", APR_1)
    pairs.end_pair_early(active, "Left the company", APR_1)
    assert [(r.status, r.end_reason, r.ended_on) for r in pairs.list_pairs(org.cycle)] == [
        ("ended_early", "Changed role", APR_1),  # Ana's pair sorts first
        ("ended_early", "Left the company", APR_1),
    ]


def test_a_pair_cannot_end_before_it_started(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(pair_id, APR_1)
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        pairs.complete_pair(pair_id, MAR_1)
    assert set(caught.value.errors) == {"ended_on"}
    with pytest.raises(ValidationError):
        pairs.end_pair_early(pair_id, "reason", MAR_1)
    assert snapshot() == before


def test_a_closed_cycle_activates_nothing(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    set_cycle_status(org.cycle, "closed")
    refused(pairs.activate_pair, pair_id, match="closed cycle takes no new pairs")
    refused(pairs.publish, org.cycle, match="closed cycle takes no new pairs")


def test_an_archived_person_is_not_activated(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    Participant.update(archived=True).where(Participant.id == org.carla).execute()
    refused(pairs.activate_pair, pair_id, match="Carla Mendes is archived")


# --- publish -------------------------------------------------------------------------


def test_publish_activates_every_proposal_of_the_cycle(org: Org):
    first = pairs.create_pair(org.cycle, org.ana, org.carla)
    second = pairs.create_pair(org.cycle, org.bruno, org.dora)
    ended = pairs.create_pair(org.cycle, org.eva, org.dora)
    pairs.end_pair_early(ended, "Duplicate", MAR_1)
    elsewhere = pairs.create_pair(org.other_cycle, org.ana, org.carla)

    assert pairs.publish(org.cycle, MAR_1) == 2

    status = {row.id: (row.status, row.started_on) for row in pairs.list_pairs(org.cycle)}
    assert status[first] == status[second] == ("active", MAR_1)
    assert status[ended] == ("ended_early", None)
    assert pairs.get_pair(elsewhere).status == "proposed"
    assert get_cycle(org.cycle).status == "active"
    assert pairs.publish(org.cycle, MAR_1) == 0


def test_publish_with_an_archived_person_changes_nothing(org: Org):
    pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.create_pair(org.cycle, org.bruno, org.dora)
    Participant.update(archived=True).where(Participant.id == org.dora).execute()
    message = refused(pairs.publish, org.cycle, match="Dora Lind is archived")
    assert "Bruno Costa – Dora Lind" in message


# --- replace mentor ------------------------------------------------------------------


def test_replace_mentor_ends_the_old_pair_and_proposes_the_new(org: Org):
    old = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(old, MAR_1)

    new = pairs.replace_mentor(old, org.bruno, "Ana moved teams")

    old_row, new_row = pairs.get_pair(old), pairs.get_pair(new)
    assert (old_row.status, old_row.end_reason, old_row.ended_on) == (
        "ended_early",
        "Ana moved teams",
        dt.date.today(),
    )
    assert (new_row.mentor_id, new_row.mentee_id, new_row.status, new_row.cycle_id) == (
        org.bruno,
        org.carla,
        "proposed",
        org.cycle,
    )
    assert "Ana Silva" in new_row.match_reasons


def test_replace_mentor_is_atomic_when_the_new_mentor_breaks_a_rule(org: Org):
    old = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(old, MAR_1)
    pairs.create_pair(org.cycle, org.bruno, org.dora)  # Bruno is full

    refused(
        pairs.replace_mentor,
        old,
        org.bruno,
        "Ana moved teams",
        match="Bruno Costa already has 1 open pair in 2026 cycle and capacity for 1",
    )
    Participant.update(manager=org.carla).where(Participant.id == org.eva).execute()
    refused(pairs.replace_mentor, old, org.eva, "Ana moved teams", match="reporting line")
    assert pairs.get_pair(old).status == "active"


def test_replace_mentor_needs_a_reason_an_open_pair_and_another_mentor(org: Org):
    old = pairs.create_pair(org.cycle, org.ana, org.carla)
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        pairs.replace_mentor(old, org.bruno, " ")
    assert set(caught.value.errors) == {"end_reason"}
    assert snapshot() == before
    refused(pairs.replace_mentor, old, org.ana, "why", match="already this pair's mentor")
    pairs.end_pair_early(old, "Gone", MAR_1)
    refused(pairs.replace_mentor, old, org.bruno, "why", match="ended early cannot end early")


# --- discard, agreement --------------------------------------------------------------


def test_discard_deletes_an_untouched_proposal(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.discard_proposal(pair_id)
    assert pairs.list_pairs(org.cycle) == []


def test_discard_refuses_anything_with_a_history(org: Org):
    active = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(active, MAR_1)
    refused(pairs.discard_proposal, active, match="An active pair cannot be discarded")

    with_goal = pairs.create_pair(org.cycle, org.bruno, org.dora)
    Goal.create(pair=with_goal, owner="mentee", title="Learn TikTok")
    refused(pairs.discard_proposal, with_goal, match="already has goals: end it early")

    signed = pairs.create_pair(org.cycle, org.eva, org.dora)
    pairs.set_agreement_signed(signed, MAR_1)
    refused(pairs.discard_proposal, signed, match="a signed agreement")
    refused(pairs.discard_proposal, 999, match="No pair with id 999")


def test_agreement_signed_is_set_and_cleared(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.set_agreement_signed(pair_id, MAR_1)
    assert pairs.get_pair(pair_id).agreement_signed_on == MAR_1
    pairs.set_agreement_signed(pair_id, None)
    assert pairs.get_pair(pair_id).agreement_signed_on is None


# --- lists ---------------------------------------------------------------------------


def test_list_pairs_sorts_by_names_and_counts_meetings(org: Org):
    ana = pairs.create_pair(org.cycle, org.ana, org.carla)
    bruno = pairs.create_pair(org.cycle, org.bruno, org.dora)
    pairs.create_pair(org.other_cycle, org.eva, org.carla)
    at = dt.datetime(2026, 3, 2, 10, 0)
    for status in ("held", "held", "planned", "cancelled", "missed"):
        Meeting.create(pair=ana, starts_at=at, status=status)
    Meeting.create(pair=bruno, starts_at=at, status="planned")

    rows = pairs.list_pairs(org.cycle)
    assert [(r.id, r.mentor_name, r.meetings_held, r.meetings_planned) for r in rows] == [
        (ana, "Ana Silva", 2, 1),
        (bruno, "Bruno Costa", 0, 1),
    ]
    assert pairs.get_pair(ana).meetings_held == 2
    refused(pairs.get_pair, 999, match="No pair with id 999")


def test_unpaired_lists_who_still_has_room(org: Org):
    person("Old Mentor", "mentor", archived=True)
    pairs.create_pair(org.cycle, org.ana, org.dora)
    pairs.create_pair(org.other_cycle, org.bruno, org.carla)  # another cycle: no effect

    mentors, mentees = pairs.unpaired(org.cycle)

    assert mentors == [
        Unpaired(org.bruno, "Bruno Costa", "Marketing", 1),
        Unpaired(org.eva, "Eva Novak", "", 2),
    ]
    assert mentees == [
        Unpaired(org.carla, "Carla Mendes", "Finance", 1),
        Unpaired(org.dora, "Dora Lind", "Sales", 1),
    ]


# --- in bulk, safely -------------------------------------------------------------------


def test_pairs_start_on_the_later_of_today_and_the_cycle_start(org: Org):
    today = dt.date.today()
    future = create_cycle(CycleData(name="Later", start_date=today + dt.timedelta(days=40)))
    assert pairs.start_day(future) == today + dt.timedelta(days=40)
    assert pairs.start_day(org.cycle, today=dt.date(2026, 1, 1)) == dt.date(2026, 1, 31)
    assert pairs.start_day(org.cycle, today=APR_1) == APR_1
    early = pairs.create_pair(future, org.ana, org.carla)
    pairs.activate_pair(early)
    published = pairs.create_pair(future, org.bruno, org.dora)
    pairs.publish(future)
    direct = pairs.create_pair(future, org.eva, org.dora, status="active")
    for pair_id in (early, published, direct):
        assert Pair.get_by_id(pair_id).started_on == today + dt.timedelta(days=40)
    # Ended early before it began: on the day it would have started, not before.
    pairs.end_pair_early(early, "Changed teams")
    assert Pair.get_by_id(early).ended_on == today + dt.timedelta(days=40)


def test_publish_only_the_chosen_proposals(org: Org):
    chosen = pairs.create_pair(org.cycle, org.ana, org.carla)
    left = pairs.create_pair(org.cycle, org.bruno, org.dora)
    assert pairs.publish(org.cycle, pair_ids=[chosen]) == 1
    statuses = {row.id: row.status for row in pairs.list_pairs(org.cycle)}
    assert statuses == {chosen: "active", left: "proposed"}
    # An active pair (or another cycle's) among the chosen: nothing at all.
    other = pairs.create_pair(org.other_cycle, org.eva, org.dora)
    refused(pairs.publish, org.cycle, pair_ids=[left, chosen], match="1 of those chosen")
    refused(pairs.publish, org.cycle, pair_ids=[left, other], match="1 of those chosen")


def test_discard_several_proposals_all_or_nothing(org: Org):
    first = pairs.create_pair(org.cycle, org.ana, org.carla)
    second = pairs.create_pair(org.cycle, org.bruno, org.dora)
    kept = pairs.create_pair(org.cycle, org.eva, org.dora)
    Meeting.create(pair=second, starts_at=dt.datetime(2026, 3, 2, 9))
    refused(pairs.discard_proposals, [first, second], match="already has meetings")
    assert pairs.discard_proposals([first]) == 1
    assert {row.id for row in pairs.list_pairs(org.cycle)} == {second, kept}


def test_publishing_warns_when_the_cycle_ends_within_one_interval(org: Org):
    cycle = get_cycle(org.cycle)  # every 14 days by default
    end = cycle.end_date
    assert pairs.publish_warning(org.cycle, today=end - dt.timedelta(days=14)) is None
    warning = pairs.publish_warning(org.cycle, today=end - dt.timedelta(days=2))
    assert warning is not None
    assert f"ends on {end.isoformat()}, within one meeting interval (14 days)" in warning


def test_candidates_ranked_by_score_with_reasons_and_a_hand_pair_keeps_them(org: Org):
    from rmdesk.programme.matching.candidates import candidates

    ranked = candidates(org.cycle, org.carla)
    assert {c.id for c in ranked} == {org.ana, org.bruno, org.eva}
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)
    assert all(c.reasons for c in ranked)
    # Carla is in Finance, Eva has no department: "different department" helps Ana, Bruno.
    best = ranked[0]
    pair_id = pairs.create_pair(org.cycle, best.id, org.carla)
    stored = Pair.get_by_id(pair_id)
    assert (stored.match_score, from_stored(stored.match_reasons)) == (
        best.score,
        best.reasons_text(),
    )
    # Already paired with Carla: no longer a candidate for her; full people neither.
    assert best.id not in {c.id for c in candidates(org.cycle, org.carla)}
    assert org.carla not in {c.id for c in candidates(org.cycle, org.bruno)}


def test_a_replacement_keeps_the_new_mentor_s_score_and_reasons(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(pair_id, started_on=MAR_1)
    score, reasons = match_of(org.cycle, org.bruno, org.carla)
    new_id = pairs.replace_mentor(pair_id, org.bruno, "Ana moved abroad")
    stored = Pair.get_by_id(new_id)
    assert stored.match_score == score
    assert from_stored(stored.match_reasons) == f"Replaces Ana Silva as mentor.; {reasons}"
