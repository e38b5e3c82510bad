"""The small-group rule: a figure about fewer than 3 people reads "fewer than 3", and no
figure hidden so can be worked out from the figures shown beside it and their total."""

from __future__ import annotations

import itertools

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


F, W = FEWER_THAN, WITHHELD


def test_a_part_that_would_give_a_small_one_back_by_subtraction_is_withheld():
    # 8 pairs formed = 6 active + 0 completed + 2 ended early: 8 - 6 - 0 gives the 2 back.
    assert hidden_parts([6, 0, 2]) == [W, None, F]
    # The smallest other part is withheld, so the most stays visible.
    assert hidden_parts([8, 4, 1]) == [None, W, F]
    assert hidden_parts([5, 4]) == [None, None]
    assert hidden_parts([2, 0]) == [F, None]  # the total (2) reads "fewer than 3" itself


def test_hidden_parts_together_describe_at_least_3_people():
    # The tester's case: 47 people, good fit 28, still deciding 17, and two of 1 each.
    # Showing 28 and 17 leaves 2 for the two hidden: each is 1.
    assert hidden_parts([28, 17, 1, 1]) == [None, W, F, F]
    # A zero describes nobody: it stays, and is never the part withheld.
    assert hidden_parts([0, 9, 1, 30]) == [None, W, F, None]


def test_small_parts_that_sum_to_3_or_more_are_still_covered():
    # "Together at least 3" is not enough on its own: 13 - 10 = 3 over three parts of
    # 1 or 2 makes each 1, and 14 - 10 = 4 over two makes each 2.
    assert hidden_parts([10, 1, 1, 1]) == [W, F, F, F]
    assert hidden_parts([10, 2, 2]) == [W, F, F]


def test_withheld_parts_cover_the_small_ones_whatever_they_are():
    # 4 + 3 + 1: withholding the 3 leaves 4 hidden = small + withheld (at least 3), so
    # the small one is 1; the 4 goes too.
    assert hidden_parts([4, 3, 1]) == [W, W, F]
    # 5, 5 and 2: a withheld part is no larger than the smallest shown (smallest go
    # first), so with one 5 shown the hidden 7 could only be 5 + 2.
    assert hidden_parts([5, 5, 2]) == [W, W, F]


def test_a_handful_of_people_that_cannot_be_split_safely_is_withheld_whole():
    # 3 + 0 + 1 of 4: 4 = small + at least 3 makes the small one 1, even with all hidden;
    # and with the 0 shown, 1 + 1 + 1 of 3 would give each back.
    assert hidden_parts([3, 0, 1]) == [W, W, W]
    assert hidden_parts([1, 1, 1, 0]) == [W, W, W, W]


def test_overlapping_parts_use_the_people_of_the_whole_table():
    # Topics: one person's goals in two topics.  Two people in all: the total reads
    # "fewer than 3" itself, so the parts need nothing more.
    assert hidden_parts([2, 2, 0], total=2) == [F, F, None]
    assert hidden_parts([2, 2, 9], total=10) == [F, F, W]


def _possible(texts: list[str | None], shown: dict[int, int], total: int) -> list[tuple[int, ...]]:
    """Every table a reader could take the printed one for: what each "fewer than 3" (1
    or 2) and "withheld" (at least 3, at most the smallest part shown; anything when the
    whole table is withheld) may be, adding up to the total."""
    smallest = min((n for n in shown.values() if n), default=total)
    whole = all(text == W for text in texts)
    ranges = []
    for i, text in enumerate(texts):
        if text is None:
            ranges.append([shown[i]])
        elif text == F:
            ranges.append([1, 2])
        else:
            ranges.append(list(range(0 if whole else 3, (total if whole else smallest) + 1)))
    return [values for values in itertools.product(*ranges) if sum(values) == total]


def test_no_hidden_figure_can_be_worked_out_from_the_total_in_any_small_table():
    """Every table of 2 to 4 parts of 0 to 6 people: the reader knows the total, the
    parts shown, and what the words mean; no hidden part can be worked out, and the
    hidden parts add up to at least 3 people."""
    checked = 0
    for size in (2, 3, 4):
        for parts in itertools.product(range(7), repeat=size):
            texts = hidden_parts(list(parts))
            pairs = list(zip(texts, parts, strict=True))
            assert all(t is not None for t, n in pairs if small_group(n)), parts
            total = sum(parts)
            if total < 3 or all(t is None for t in texts):
                continue  # nothing hidden, or the total itself reads "fewer than 3"
            if not all(t == W for t in texts):  # all withheld: a handful of people
                assert all(t != W or n > 0 for t, n in pairs), parts  # else a 0 stays "0"
            shown = {i: n for i, (t, n) in enumerate(pairs) if t is None}
            possible = _possible(texts, shown, total)
            assert parts in possible
            assert total - sum(shown.values()) >= 3, parts
            for i, text in enumerate(texts):
                if text is not None:
                    seen = {values[i] for values in possible}
                    assert len(seen) > 1, (parts, texts, i)
                    assert text != F or seen == {1, 2}, (parts, texts, i)
                    checked += 1
    assert checked > 1000
