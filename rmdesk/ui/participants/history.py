"""A participant's pairings across cycles, for their profile: cycle, role, partner,
how it ended (``programme.pairings``); the words come from the domain, translated."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from rmdesk.programme.pairings import Pairing
from rmdesk.ui.common.wording import spoken


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantHistory", text)


def pairings_html(participant_id: int, pairings: Sequence[Pairing]) -> str:
    """A heading and one line per pairing, oldest cycle first; every user string escaped."""
    e = html.escape
    title = _tr("Cycles and partners")
    if not pairings:
        return f"<h4>{e(title)}</h4><p>{e(_tr('Not paired in any cycle yet.'))}</p>"
    lines = []
    for pairing in pairings:
        _, partner = pairing.partner_of(participant_id)
        as_mentor = pairing.mentor_id == participant_id
        line = (_tr("mentor of {0}") if as_mentor else _tr("mentee of {0}")).format(partner)
        lines.append(
            f"<li><b>{e(pairing.cycle_name)}</b>: {e(line)}; {e(spoken(pairing.ending()))}</li>"
        )
    return f"<h4>{e(title)}</h4><ul>{''.join(lines)}</ul>"
