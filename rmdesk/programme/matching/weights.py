"""The coordinator's weights for the five matching criteria, kept in the settings.

Stored as JSON in the ``matching.weights`` setting, declared with its value type
(``Weights``), parsing and checks in ``programme.settings``; relative (doubling every
weight changes nothing), zero or more each, and not all zero.  An unreadable or
unusable stored value reads as the defaults.
"""

from __future__ import annotations

from rmdesk.programme import settings
from rmdesk.programme.pairings import allow_repeats
from rmdesk.programme.settings import CRITERIA, CRITERION_LABELS, Weights, weight_errors
from rmdesk.store.models import database_proxy

__all__ = [
    "CRITERIA",
    "CRITERION_HINTS",
    "CRITERION_LABELS",
    "SETTING_KEY",
    "Weights",
    "load_weights",
    "save_matching_settings",
    "save_weights",
    "weight_errors",
]

CRITERION_HINTS: dict[str, str] = {  # one line each, e.g. for tooltips in the settings
    "topic_fit": "The mentor offers what the mentee wants; the mentee's first topics count most.",
    "different_department": "Partners from different departments: mentoring across silos.",
    "availability": "Weekdays both are available, out of five.",
    "work_mode": "Same location, or remote/hybrid work that makes meeting easy.",
    "level_gap": "A wider gap in seniority: the point of reverse mentoring.",
}
SETTING_KEY = settings.MATCHING_WEIGHTS.key


def load_weights() -> Weights:
    """The saved weights; the defaults when none are saved or the setting is unreadable."""
    return settings.read(settings.MATCHING_WEIGHTS)


def save_weights(weights: Weights) -> None:
    """Validate and store; ValidationError (nothing written) when negative or all zero."""
    settings.write({settings.MATCHING_WEIGHTS: weights})


def save_matching_settings(
    weights: Weights, minimum_gap: int, repeats: tuple[int, bool] | None = None
) -> None:
    """The Matching settings at once, all or nothing: the weights, the level-gap rule and,
    for one cycle (id, allowed), whether people paired before may be paired again."""
    with database_proxy.atomic():
        settings.write(
            {settings.MATCHING_WEIGHTS: weights, settings.MATCHING_MINIMUM_GAP: minimum_gap}
        )
        if repeats is not None:
            allow_repeats(*repeats)
