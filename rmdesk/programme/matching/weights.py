"""The coordinator's weights for the five matching criteria, kept in the settings.

Stored as JSON in the ``matching.weights`` setting; relative (doubling every weight
changes nothing), zero or more each, and not all zero.  An unreadable or unusable
stored value reads as the defaults.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass

from rmdesk.programme.validation import ValidationError
from rmdesk.store.models import Setting

CRITERIA = ("topic_fit", "different_department", "availability", "work_mode", "level_gap")
CRITERION_LABELS: dict[str, str] = {
    "topic_fit": "Topic fit",
    "different_department": "Different department",
    "availability": "Availability overlap",
    "work_mode": "Work mode & location",
    "level_gap": "Level gap",
}
CRITERION_HINTS: dict[str, str] = {  # one line each, e.g. for tooltips in the settings
    "topic_fit": "The mentor offers what the mentee wants; the mentee's first topics count most.",
    "different_department": "Partners from different departments: mentoring across silos.",
    "availability": "Weekdays both are available, out of five.",
    "work_mode": "Same location, or remote/hybrid work that makes meeting easy.",
    "level_gap": "A wider gap in seniority: the point of reverse mentoring.",
}
SETTING_KEY = "matching.weights"


@dataclass(frozen=True)
class Weights:
    """How much each criterion counts; non-negative, not all zero (relative: x2 all = same)."""

    topic_fit: float = 4.0
    different_department: float = 2.0
    availability: float = 2.0
    work_mode: float = 1.0
    level_gap: float = 1.0

    def as_dict(self) -> dict[str, float]:
        return {name: float(value) for name, value in asdict(self).items()}

    def values(self) -> tuple[float, ...]:
        return tuple(float(getattr(self, name)) for name in CRITERIA)


def weight_errors(weights: Weights) -> dict[str, str]:
    """Every problem with ``weights`` as criterion -> message (empty when usable)."""
    errors: dict[str, str] = {}
    for name, value in zip(CRITERIA, weights.values(), strict=True):
        if not math.isfinite(value) or value < 0:
            errors[name] = f"{CRITERION_LABELS[name]}: the weight must be zero or more."
    if not errors and not any(weights.values()):
        errors["weights"] = "At least one criterion needs a weight above zero."
    return errors


def load_weights() -> Weights:
    """The saved weights; the defaults when none are saved or the setting is unreadable."""
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    if row is None:
        return Weights()
    try:
        stored = json.loads(row.value)
    except (TypeError, ValueError):
        return Weights()
    if not isinstance(stored, dict):
        return Weights()
    defaults = Weights().as_dict()
    values: dict[str, float] = {}
    for name in CRITERIA:
        value = stored.get(name, defaults[name])
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        values[name] = float(value) if ok else defaults[name]
    weights = Weights(**values)
    return Weights() if weight_errors(weights) else weights


def save_weights(weights: Weights) -> None:
    """Validate and store; ValidationError (nothing written) when negative or all zero."""
    errors = weight_errors(weights)
    if errors:
        raise ValidationError(errors)
    value = json.dumps(weights.as_dict(), sort_keys=True)
    Setting.replace(key=SETTING_KEY, value=value).execute()
