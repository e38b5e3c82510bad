"""Reporting lines: the one walk up through managers, and what is built on it."""

from __future__ import annotations

from rmdesk.programme.reporting_lines import (
    MANAGER_LOOP,
    SELF_MANAGER,
    chain_above,
    everyone_below,
    in_same_line,
    lines_above,
    managers_in_loops,
    reporting_line_problems,
    walk_up,
)

# 1 <- 2 <- 3 (3 reports to 2, who reports to 1); 4 alone; 5 <-> 6 loop; 7 under the loop.
MANAGERS: dict[int, int | None] = {1: None, 2: 1, 3: 2, 4: None, 5: 6, 6: 5, 7: 5}


def test_walk_up_says_where_it_stopped() -> None:
    assert walk_up(MANAGERS, 3) == ([3, 2, 1], None)
    assert walk_up(MANAGERS, 7) == ([7, 5, 6], 5)  # came back to 5: a loop
    assert walk_up(MANAGERS, 3, stop={2}) == ([3], 2)
    assert walk_up(MANAGERS, None) == ([], None)


def test_chain_above_is_nearest_first_and_stops_on_a_loop() -> None:
    assert chain_above(MANAGERS, 3) == [2, 1]
    assert chain_above(MANAGERS, 1) == []
    assert chain_above(MANAGERS, 5) == [6]  # never themselves
    assert chain_above(MANAGERS, 7) == [5, 6]
    assert chain_above({1: 1}, 1) == []


def test_lines_and_same_line_both_ways() -> None:
    assert lines_above(MANAGERS)[3] == frozenset({1, 2})
    assert lines_above(MANAGERS)[4] == frozenset()
    assert in_same_line(MANAGERS, 1, 3) and in_same_line(MANAGERS, 3, 1)
    assert not in_same_line(MANAGERS, 3, 4)


def test_loops_and_their_words() -> None:
    assert managers_in_loops(MANAGERS) == {5, 6}
    assert reporting_line_problems({**MANAGERS, 4: 4}) == {
        5: MANAGER_LOOP,
        6: MANAGER_LOOP,
        4: SELF_MANAGER,
    }


def test_keys_of_any_kind() -> None:
    """The CSV import names new people by their line in the file."""
    line: tuple[str, int] = ("line", 2)
    managers: dict[int | tuple[str, int], int | tuple[str, int] | None] = {1: line, line: 1}
    assert managers_in_loops(managers) == {1, line}


def test_everyone_below_includes_the_person() -> None:
    assert everyone_below(MANAGERS, 1) == {1, 2, 3}
    assert everyone_below(MANAGERS, 5) == {5, 6, 7}
    assert everyone_below(MANAGERS, 4) == {4}
