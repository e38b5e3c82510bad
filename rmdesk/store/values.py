"""The allowed values and ranges of the data model, with no ORM behind them.

``models`` builds its CHECK constraints from these; the domain's plain records and
the window's forms read them here, without importing Peewee.
"""

from __future__ import annotations

ROLES = ("mentor", "mentee")
# The languages rmdesk speaks (``programme.language``), of which a guide is in one.
LANGUAGES = ("en", "de", "fr")
WORK_MODES = ("onsite", "hybrid", "remote")
TOPIC_KINDS = ("offers", "wants")
CYCLE_STATUSES = ("planning", "active", "closed")
PAIR_STATUSES = ("proposed", "active", "completed", "ended_early")
MEETING_MODES = ("in_person", "video", "phone")
MEETING_STATUSES = ("planned", "held", "cancelled", "missed")
# Who called a meeting off; '' for a meeting that was not cancelled.
MEETING_CANCELLERS = ("", "mentor", "mentee", "coordinator")
GOAL_OWNERS = ("mentee", "mentor")
GOAL_STATUSES = ("open", "in_progress", "achieved", "dropped")
ASSESSMENT_PHASES = ("baseline", "midpoint", "final")
FIT_ANSWERS = ("good_fit", "still_deciding", "not_a_good_fit")
# The final assessment's "would you take part again?"
TAKE_PART_AGAIN = ("yes", "maybe", "no")
# What puts a pair on the attention list, most urgent first.
ATTENTION_KINDS = (
    "not_a_good_fit", "cancellations", "closed_day", "overdue", "quiet", "no_next"
)  # fmt: skip
# What happens to a pair, as its history records it.
PAIR_EVENTS = ("proposed", "published", "agreement_signed", "completed", "ended_early", "replaced")
LEVEL_MIN, LEVEL_MAX = 1, 6
# Pairs one person can be in at once.
CAPACITY_MIN, CAPACITY_MAX = 1, 10
