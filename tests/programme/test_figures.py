"""The small-group rule: a figure about fewer than 3 people reads "fewer than 3"."""

from __future__ import annotations

from rmdesk.programme.figures import (
    FEWER_THAN,
    WITHHELD,
    count_text,
    guarded,
    hidden_parts,
    small_group,
)


def test_one_or_two_people_are_a_small_group_zero_and_three_are_not():
    assert [n for n in range(6) if small_group(n)] == [1, 2]
    assert FEWER_THAN == "fewer than 3"


def test_a_figure_over_a_small_group_reads_fewer_than_3():
    assert [count_text(n) for n in (0, 1, 2, 3, 40)] == ["0", FEWER_THAN, FEWER_THAN, "3", "40"]
    assert guarded("4.5", 2) == FEWER_THAN
    assert guarded("4.5", 3) == "4.5"


def test_a_part_that_would_give_a_small_one_back_by_subtraction_is_withheld():
    # 8 pairs formed = 6 active + 0 completed + 2 ended early: 8 - 6 - 0 gives the 2 back.
    assert hidden_parts([6, 0, 2]) == [WITHHELD, None, FEWER_THAN]
    # The smallest other part is withheld, so the most stays visible.
    assert hidden_parts([8, 4, 1]) == [None, WITHHELD, FEWER_THAN]
    assert hidden_parts([5, 4]) == [None, None]
    assert hidden_parts([2, 0]) == [FEWER_THAN, None]  # nothing to subtract from
