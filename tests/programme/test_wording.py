"""One rule for counts on the command line and on paper: "1 meeting", "2 meetings"."""

from __future__ import annotations

from rmdesk.programme.consistency import counted as problems
from rmdesk.programme.wording import counted, either


def test_a_count_agrees_with_its_noun() -> None:
    assert counted(1, "meeting") == "1 meeting"
    assert counted(2, "meeting") == "2 meetings"
    assert counted(0, "pair") == "0 pairs"
    assert counted(1, "person", "people") == "1 person"
    assert counted(3, "person", "people") == "3 people"


def test_the_rest_of_a_sentence_agrees_too() -> None:
    assert either(1, "needs", "need") == "needs"
    assert either(2, "needs", "need") == "need"


def test_problems_are_counted_the_same_way() -> None:
    assert problems(1) == "1 problem"
    assert problems(4) == "4 problems"
