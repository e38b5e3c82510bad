"""Closed days: entered and listed as ranges, stored per day, replaced all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.programme import meetings as m
from rmdesk.programme.meetings import ClosedRange
from rmdesk.programme.validation import ValidationError

XMAS, NEW_YEAR = dt.date(2026, 12, 24), dt.date(2027, 1, 1)


def test_ranges_in_stored_as_days_and_read_back_as_ranges(db):
    count = m.replace_closed_days(
        [(XMAS, NEW_YEAR, " Christmas "), (dt.date(2026, 5, 1), dt.date(2026, 5, 1), "Labour Day")]
    )
    assert count == 10
    days = m.closed_dates()
    assert len(days) == 10 and days[0] == (dt.date(2026, 5, 1), "Labour Day")
    assert m.closed_ranges() == [
        ClosedRange(dt.date(2026, 5, 1), dt.date(2026, 5, 1), "Labour Day"),
        ClosedRange(XMAS, NEW_YEAR, "Christmas"),
    ]
    assert m.closed_ranges()[1].days == 9
    assert m.closed_label(dt.date(2026, 12, 28)) == "Christmas"
    assert m.closed_label(dt.date(2026, 12, 23)) is None
    # Next to each other but labelled apart: two ranges.
    m.add_closed_date(XMAS - dt.timedelta(days=1), "Office party")
    assert [r.label for r in m.closed_ranges()] == ["Labour Day", "Office party", "Christmas"]


def test_replacing_removes_what_is_left_out_and_refuses_bad_ranges_whole(db):
    m.replace_closed_days([(XMAS, NEW_YEAR, "Christmas")])
    m.replace_closed_days([(XMAS, XMAS + dt.timedelta(days=2), "Christmas")])
    assert [day for day, _ in m.closed_dates()] == [XMAS + dt.timedelta(days=i) for i in range(3)]
    for bad, field in (
        ((NEW_YEAR, XMAS, ""), "last"),
        ((XMAS, XMAS + dt.timedelta(days=366), ""), "last"),
        ((XMAS, XMAS, "x" * 101), "label"),
    ):
        with pytest.raises(ValidationError) as error:
            m.replace_closed_days([(dt.date(2026, 5, 1), dt.date(2026, 5, 1), "Fine"), bad])
        assert set(error.value.errors) == {field}
    # Nothing changed by the refused calls.
    assert m.closed_ranges() == [ClosedRange(XMAS, XMAS + dt.timedelta(days=2), "Christmas")]
    assert m.replace_closed_days([]) == 0
    assert m.closed_dates() == []
