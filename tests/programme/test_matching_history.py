"""Matching that remembers: the exact b-matching, history, the level gap, why not."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from rmdesk.programme import pairings, settings
from rmdesk.programme import participants as domain
from rmdesk.programme.matching import (
    Person,
    Weights,
    explain,
    propose,
    propose_for_cycle,
    score_pairs,
    solving,
)
from rmdesk.programme.pairs import check_pair, create_pair, replace_mentor
from rmdesk.programme.records import ParticipantData
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Cycle, Pair

from .test_matching import achieved, brute_force_slots, mentee, mentor, random_cohort

# --- the exact b-matching against brute force --------------------------------------


def random_history(rng: random.Random, mentors, mentees) -> dict[tuple[int, int], str]:
    return {
        (m.id, e.id): "paired in Cycle 1" for m in mentors for e in mentees if rng.random() < 0.25
    }


@pytest.mark.parametrize("candidates", [1, 2, solving.CANDIDATES])
@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize(("n_mentors", "n_mentees"), [(4, 4), (3, 5), (5, 3)])
def test_b_matching_with_capacities_and_history_is_optimal_against_brute_force(
    monkeypatch, candidates, seed, n_mentors, n_mentees
):
    """Spare places on both sides and a history of past pairs: the proposal pairs as
    many as any choice can and has the best total.  Few candidates per person force
    the column generation to add combinations until the proof holds."""
    monkeypatch.setattr(solving, "CANDIDATES", candidates)
    rng = random.Random(seed * 7919 + n_mentors * 31 + n_mentees)
    mentors, mentees = random_cohort(rng, n_mentors, n_mentees, slots=(1, 2, 2, 3))
    history = random_history(rng, mentors, mentees)
    scores, eligible = score_pairs(mentors, mentees, Weights())
    for (m, e), _ in history.items():
        eligible[m - 1, e - 100] = False
    result = propose(mentors, mentees, Weights(), exclude=history)
    pairs = [(p.mentor_id, p.mentee_id) for p in result.proposals]
    assert len(pairs) == len(set(pairs))
    assert not set(pairs) & set(history)
    for person in (*mentors, *mentees):
        assert sum(person.id in pair for pair in pairs) <= person.slots
    best_count, best_total = brute_force_slots(
        scores, eligible, [m.slots for m in mentors], [e.slots for e in mentees]
    )
    assert len(pairs) == best_count
    assert achieved(result, mentors, mentees, scores) == pytest.approx(best_total, abs=1e-9)


@pytest.mark.parametrize("price_rounds", [0, 1, solving.PRICE_ROUNDS])
@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize(("n_mentors", "n_mentees"), [(5, 5), (4, 6), (6, 4)])
def test_big_cohort_way_with_single_places_is_optimal_against_brute_force(
    monkeypatch, price_rounds, seed, n_mentors, n_mentees
):
    """Above ``DENSE_CELLS`` one place each is solved sparsely too (candidates against
    auction prices, then proved): still the brute force's count and total, whatever
    the number of price rounds, with a history of past pairs."""
    monkeypatch.setattr(solving, "DENSE_CELLS", 0)
    monkeypatch.setattr(solving, "PRICE_ROUNDS", price_rounds)
    monkeypatch.setattr(solving, "CANDIDATES", 2)
    monkeypatch.setattr(solving, "_places", lambda *a: pytest.fail("took the dense way"))
    rng = random.Random(seed * 4099 + n_mentors * 17 + n_mentees)
    mentors, mentees = random_cohort(rng, n_mentors, n_mentees)
    history = random_history(rng, mentors, mentees)
    scores, eligible = score_pairs(mentors, mentees, Weights())
    for m, e in history:
        eligible[m - 1, e - 100] = False
    result = propose(mentors, mentees, Weights(), exclude=history)
    pairs = [(p.mentor_id, p.mentee_id) for p in result.proposals]
    assert not set(pairs) & set(history)
    best_count, best_total = brute_force_slots(
        scores, eligible, [m.slots for m in mentors], [e.slots for e in mentees]
    )
    assert len(pairs) == best_count
    assert achieved(result, mentors, mentees, scores) == pytest.approx(best_total, abs=1e-9)


def test_solver_takes_the_dense_way_when_one_side_has_single_places(monkeypatch):
    called: list[str] = []
    monkeypatch.setattr(solving, "_b_matching", lambda *a: called.append("b") or [])
    rng = random.Random(4)
    mentors, mentees = random_cohort(rng, 4, 6)
    mentors = [Person(**{**m.__dict__, "slots": 3}) for m in mentors]
    result = propose(mentors, mentees, Weights())
    assert called == [] and result.proposals


def test_solver_on_a_cohort_too_big_for_brute_force_matches_the_dense_relaxation():
    """When the relaxation (places assigned, repeats allowed) repeats nothing, its optimum
    is the b-matching's: both ways must then agree to the last decimal."""
    rng = np.random.default_rng(3)
    scores = rng.uniform(0, 100, (60, 50))
    eligible = rng.uniform(size=scores.shape) < 0.7
    rs = rng.choice([1, 2], size=60, p=[0.8, 0.2])
    cs = rng.choice([1, 2], size=50, p=[0.8, 0.2])
    exact = solving.solve(scores, eligible, rs, cs)
    bonus = 100.0 * (min(rs.sum(), cs.sum()) + 1)
    relaxed = solving._places(scores, eligible, rs, cs, bonus)
    total = sum(scores[i, j] for i, j in exact)
    assert len(exact) == len(set(exact))
    if len(relaxed) == len(set(relaxed)):
        assert len(exact) == len(relaxed)
        assert total == pytest.approx(sum(scores[i, j] for i, j in relaxed), abs=1e-6)
    else:  # the relaxation bounds the real optimum from above
        assert (len(exact), total) <= (len(relaxed), sum(scores[i, j] for i, j in relaxed) + 1e-6)


# --- the level gap -----------------------------------------------------------------


def test_level_gap_is_a_hard_rule_and_zero_allows_peers():
    peer_mentor, peer_mentee = mentor(1, level=4), mentee(10, level=4)
    senior_mentor = mentor(2, level=5)
    result = propose([peer_mentor, senior_mentor], [peer_mentee], Weights())
    assert result.proposals == ()
    [why_mentee] = [u for u in result.unmatched if u.participant_id == 10]
    assert [c.blocked for c in why_mentee.candidates] == [
        "levels 5 and 4: gap under 1",
        "levels 4 and 4: gap under 1",
    ] or sorted(c.blocked for c in why_mentee.candidates) == [
        "levels 4 and 4: gap under 1",
        "levels 5 and 4: gap under 1",
    ]
    peers = propose([peer_mentor, senior_mentor], [peer_mentee], Weights(), minimum_gap=0)
    assert [(p.mentor_id, p.mentee_id) for p in peers.proposals] == [(1, 10)]
    wide = propose([mentor(3, level=2)], [mentee(11, level=4)], Weights(), minimum_gap=3)
    assert wide.proposals == ()


# --- the store: history, repeats, the rules of New pair / Replace --------------------


def add(name: str, role: str, level: int, **fields: object) -> int:
    data = ParticipantData(full_name=name, role=role, level=level)
    for key, value in fields.items():
        setattr(data, key, value)
    return domain.create_participant(data)


def cycle(name: str, start: dt.date) -> int:
    return int(
        Cycle.create(name=name, start_date=start, end_date=start + dt.timedelta(days=270)).id
    )


@pytest.fixture
def two_cycles(db):
    people = {
        "ann": add("Ann", "mentor", 1, topics=["Innovation"]),
        "ben": add("Ben", "mentor", 2),
        "xia": add("Xia", "mentee", 5, topics=["Innovation"]),
        "yan": add("Yan", "mentee", 6),
    }
    first = cycle("Demo cohort 2025–26", dt.date(2025, 1, 1))
    second = cycle("Demo cohort 2026–27", dt.date(2026, 1, 1))
    return people, first, second


def test_history_answers_who_was_paired_when_and_how_it_ended(two_cycles):
    p, first, second = two_cycles
    Pair.create(cycle=first, mentor=p["ann"], mentee=p["xia"], status="completed",
                started_on=dt.date(2025, 1, 5), ended_on=dt.date(2025, 9, 30))  # fmt: skip
    Pair.create(cycle=second, mentor=p["ben"], mentee=p["xia"], status="ended_early",
                started_on=dt.date(2026, 1, 5), ended_on=dt.date(2026, 2, 1),
                end_reason="Moved abroad")  # fmt: skip
    Pair.create(cycle=second, mentor=p["ann"], mentee=p["yan"], status="proposed")
    [before] = pairings.paired_before(p["xia"], p["ann"])
    assert (before.cycle_name, before.status, before.ending()) == (
        "Demo cohort 2025–26",
        "completed",
        "completed on 2025-09-30",
    )
    assert pairings.paired_before(p["ann"], p["yan"]) == []  # a proposal is not a pairing
    history = pairings.pairings_of(p["xia"])
    assert [(h.cycle_name, h.partner_of(p["xia"])[1], h.ending()) for h in history] == [
        ("Demo cohort 2025–26", "Ann", "completed on 2025-09-30"),
        ("Demo cohort 2026–27", "Ben", "ended early on 2026-02-01: Moved abroad"),
    ]
    assert pairings.alumni() == {p["ann"], p["ben"], p["xia"]}


def test_matching_never_repeats_a_pair_unless_the_cycle_allows_it(two_cycles):
    p, first, second = two_cycles
    Pair.create(cycle=first, mentor=p["ann"], mentee=p["xia"], status="completed")
    result = propose_for_cycle(second)
    proposed = {(x.mentor_id, x.mentee_id) for x in result.proposals}
    assert (p["ann"], p["xia"]) not in proposed
    assert proposed == {(p["ann"], p["yan"]), (p["ben"], p["xia"])}

    pairings.allow_repeats(second, True)
    assert pairings.repeats_allowed(second) and not pairings.repeats_allowed(first)
    again = propose_for_cycle(second)
    assert (p["ann"], p["xia"]) in {(x.mentor_id, x.mentee_id) for x in again.proposals}
    pairings.allow_repeats(second, False)
    assert settings.read(settings.MATCHING_REPEAT_CYCLES) == frozenset()


def test_a_pair_ended_early_is_never_proposed_again_in_its_own_cycle(two_cycles):
    p, _, second = two_cycles
    pairings.allow_repeats(second, True)
    Pair.create(cycle=second, mentor=p["ann"], mentee=p["xia"], status="ended_early",
                end_reason="No chemistry", ended_on=dt.date(2026, 2, 1))  # fmt: skip
    Pair.create(cycle=second, mentor=p["ben"], mentee=p["yan"], status="active")
    result = propose_for_cycle(second)
    assert result.proposals == ()
    why = {u.name: u for u in result.unmatched}
    assert why["Ann"].candidates[0].name == "Xia"
    assert why["Ann"].candidates[0].blocked == "ended early in Demo cohort 2026–27"


def test_why_not_lists_three_best_candidates_with_what_blocked_each(two_cycles):
    p, first, second = two_cycles
    cat = add("Cat", "mentor", 1, topics=["Innovation"], manager_id=p["xia"])
    Pair.create(cycle=first, mentor=p["ann"], mentee=p["xia"], status="completed")
    Pair.create(cycle=second, mentor=p["ben"], mentee=p["xia"], status="proposed")
    Pair.create(cycle=second, mentor=p["ann"], mentee=p["yan"], status="proposed")
    result = propose_for_cycle(second)
    [cat_left] = [u for u in result.unmatched if u.participant_id == cat]
    blocked = {c.name: c.blocked for c in cat_left.candidates}
    assert blocked == {"Xia": "same reporting line", "Yan": "no place left"}
    [xia] = [u for u in result.unmatched if u.participant_id == p["xia"]]
    assert "capacity full" in xia.reason
    assert "Xia (" in cat_left.candidates_text()


def test_existing_proposals_stay_fixed_and_everyone_else_is_matched_around_them(two_cycles):
    p, _, second = two_cycles
    fixed = create_pair(second, p["ben"], p["xia"])  # the mentee's own choice
    result = propose_for_cycle(second)
    assert {(x.mentor_id, x.mentee_id) for x in result.proposals} == {(p["ann"], p["yan"])}
    assert Pair.get_by_id(fixed).status == "proposed"


def test_new_pair_and_replace_refuse_a_pair_that_breaks_the_level_gap(two_cycles):
    p, _, second = two_cycles
    senior = add("Sam Senior", "mentor", 6)
    with pytest.raises(RuleError, match="level-gap rule") as caught:
        check_pair(second, senior, p["xia"])
    assert "Sam Senior (level 6) is not at least 1 level below Xia (level 5)" in str(caught.value)
    pair = create_pair(second, p["ann"], p["xia"])
    with pytest.raises(RuleError, match="level-gap rule"):
        replace_mentor(pair, senior, "Ann left")
    assert Pair.get_by_id(pair).status == "proposed"  # all or nothing
    settings.write({settings.MATCHING_MINIMUM_GAP: 0})
    check_pair(second, senior, p["yan"])  # peers (both level 6) allowed
    zed = add("Zed", "mentee", 5)
    with pytest.raises(RuleError, match="may not be senior"):
        check_pair(second, senior, zed)


# --- explanations -------------------------------------------------------------------


def test_reasons_are_worked_out_when_first_read_and_then_kept(monkeypatch):
    """``propose`` explains no pair up front (thousands of proposals are shown a
    screenful at a time); a proposal's reasons, once read, are the matcher's own."""
    import rmdesk.programme.matching as matching

    calls: list[tuple[int, int]] = []
    real = matching._explain

    def counted(mentor, mentee, values):
        calls.append((mentor.id, mentee.id))
        return real(mentor, mentee, values)

    monkeypatch.setattr(matching, "_explain", counted)
    mentors, mentees = random_cohort(random.Random(2), 4, 4)
    result = propose(mentors, mentees, Weights())
    assert result.proposals and calls == []
    first = result.proposals[0]
    mentor_of = {p.id: p for p in mentors}
    mentee_of = {p.id: p for p in mentees}
    expected = explain(mentor_of[first.mentor_id], mentee_of[first.mentee_id], Weights())[1]
    assert first.reasons == expected and first.reasons_text() == "; ".join(expected)
    assert calls == [(first.mentor_id, first.mentee_id)]  # read twice, worked out once
