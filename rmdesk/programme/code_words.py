"""The words the domain's sentences use for stored codes, marked for translation.

A sentence such as "The pair is {status}: …" is translated as a whole, and so must
be the value it names: a stored code ("ended_early") or an English word put in by
code would read as English in a German window.  These are those values, each a
``QT_TRANSLATE_NOOP("Domain", …)`` literal in the exact English the sentences have
always said, given to a sentence with ``messages.word(ROLE, code)``.  (The window's
column words live in ``ui/common/labels.py``, context "Labels"; these sit inside
sentences, lower case, context "Domain".)

A cycle's status is not here: "active" would then be one text with two meanings in
one context (a pair is "aktiv", a cycle "läuft"), so the cycle's sentence names its
statuses whole (``cycles``).
"""

from __future__ import annotations

from rmdesk.programme.messages import QT_TRANSLATE_NOOP

ROLE = {  # "{name} is a mentee, not a mentor"
    "mentor": QT_TRANSLATE_NOOP("Domain", "mentor"),
    "mentee": QT_TRANSLATE_NOOP("Domain", "mentee"),
}
CANCELLER = {**ROLE, "coordinator": QT_TRANSLATE_NOOP("Domain", "coordinator")}
PAIR_STATUS = {  # "The pair is ended early: …", as the sentences have always read
    "proposed": QT_TRANSLATE_NOOP("Domain", "proposed"),
    "active": QT_TRANSLATE_NOOP("Domain", "active"),
    "completed": QT_TRANSLATE_NOOP("Domain", "completed"),
    "ended_early": QT_TRANSLATE_NOOP("Domain", "ended early"),
}
MEETING_STATUS = {  # "it cannot be marked cancelled"
    "planned": QT_TRANSLATE_NOOP("Domain", "planned"),
    "held": QT_TRANSLATE_NOOP("Domain", "held"),
    "cancelled": QT_TRANSLATE_NOOP("Domain", "cancelled"),
    "missed": QT_TRANSLATE_NOOP("Domain", "missed"),
}
PHASE = {  # "Their baseline answers are saved already."
    "baseline": QT_TRANSLATE_NOOP("Domain", "baseline"),
    "midpoint": QT_TRANSLATE_NOOP("Domain", "midpoint"),
    "final": QT_TRANSLATE_NOOP("Domain", "final"),
}
WEEKDAY = {  # "2 of 5 weekdays overlap: Mon, Wed"
    "Mon": QT_TRANSLATE_NOOP("Domain", "Mon"),
    "Tue": QT_TRANSLATE_NOOP("Domain", "Tue"),
    "Wed": QT_TRANSLATE_NOOP("Domain", "Wed"),
    "Thu": QT_TRANSLATE_NOOP("Domain", "Thu"),
    "Fri": QT_TRANSLATE_NOOP("Domain", "Fri"),
}
