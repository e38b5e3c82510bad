"""Meetings: when each pair meets, what happened, and which pairs need a nudge.

No Qt here: the Calendar tab, the command line, the exports and the tests call
these functions, all importable from here.  One job a module:

- ``reading.py``: meetings as rows for lists and the calendar, per-day counts for
  the month view in one grouped query, and overlaps by a sweep over light rows;
- ``writing.py``: a meeting entered, edited, moved, marked held, cancelled (by
  whom) or missed, and deleted, under the rules of its status;
- ``series.py``: a series every N days until the cycle ends (closed dates skipped,
  idempotent, held meetings never moved);
- ``closed_days.py``: the closed days, stored per day, entered and listed as ranges;
- ``attention_list.py``: the attention rules (not a good fit, cancellations,
  overdue, quiet, no next) over a cycle's active pairs, each with a severity;
- ``acknowledgements.py``: items the coordinator took off the list until a day.
"""

from __future__ import annotations

from rmdesk.programme.meetings.acknowledgements import Acknowledgement, acknowledge, withdraw
from rmdesk.programme.meetings.attention_list import (
    DEFAULT_QUIET_DAYS,
    SEVERITIES,
    SEVERITY,
    AttentionItem,
    attention,
    pairs_needing_attention,
)
from rmdesk.programme.meetings.closed_days import (
    ClosedRange,
    add_closed_date,
    closed_dates,
    closed_day_reason,
    closed_days_of,
    closed_label,
    closed_ranges,
    planned_on_closed_days,
    range_problems,
    remove_closed_date,
    replace_closed_days,
)
from rmdesk.programme.meetings.reading import (
    MeetingRow,
    Overlap,
    clashes,
    day_counts,
    free_start,
    get_meeting,
    list_meetings,
    overlaps,
)
from rmdesk.programme.meetings.series import (
    SeriesResult,
    default_first_day,
    first_day_problem,
    schedule_series,
)
from rmdesk.programme.meetings.writing import (
    CANCELLERS,
    MeetingData,
    allowed_marks,
    create_meeting,
    delete_meeting,
    mark_cancelled,
    mark_held,
    mark_missed,
    meeting_field_errors,
    reschedule,
    update_meeting,
    validate_meeting,
)
from rmdesk.store.values import ATTENTION_KINDS as _KINDS

ATTENTION_KINDS = _KINDS  # what puts a pair on the list, most urgent first

__all__ = [
    "ATTENTION_KINDS",
    "CANCELLERS",
    "DEFAULT_QUIET_DAYS",
    "SEVERITIES",
    "SEVERITY",
    "Acknowledgement",
    "AttentionItem",
    "ClosedRange",
    "MeetingData",
    "MeetingRow",
    "Overlap",
    "SeriesResult",
    "acknowledge",
    "add_closed_date",
    "allowed_marks",
    "attention",
    "clashes",
    "closed_dates",
    "closed_day_reason",
    "closed_days_of",
    "closed_label",
    "closed_ranges",
    "create_meeting",
    "day_counts",
    "default_first_day",
    "delete_meeting",
    "first_day_problem",
    "free_start",
    "get_meeting",
    "list_meetings",
    "mark_cancelled",
    "mark_held",
    "mark_missed",
    "meeting_field_errors",
    "overlaps",
    "pairs_needing_attention",
    "planned_on_closed_days",
    "range_problems",
    "remove_closed_date",
    "replace_closed_days",
    "reschedule",
    "schedule_series",
    "update_meeting",
    "validate_meeting",
    "withdraw",
]
