"""A participant's pairings across cycles, for their profile: cycle, role, partner,
how it ended (``programme.pairings``) and whether they would take part again (their
final assessment); the words come from the domain, translated."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from rmdesk.programme.pairings import Pairing
from rmdesk.ui.common.labels import TAKE_PART_AGAIN, shown
from rmdesk.ui.common.wording import spoken


def pairings_html(
    participant_id: int, pairings: Sequence[Pairing], again: Mapping[int, str] | None = None
) -> str:
    """A heading and one line per pairing, oldest cycle first, with the person's "would
    take part again" from its final assessment (``again``: pair id -> answer); every
    user string escaped."""
    e = html.escape
    title = QCoreApplication.translate("ParticipantHistory", "Cycles and partners")
    if not pairings:
        none = QCoreApplication.translate("ParticipantHistory", "Not paired in any cycle yet.")
        return f"<h4>{e(title)}</h4><p>{e(none)}</p>"
    lines = []
    for pairing in pairings:
        _, partner = pairing.partner_of(participant_id)
        as_mentor = pairing.mentor_id == participant_id
        line = (
            QCoreApplication.translate("ParticipantHistory", "mentor of {0}")
            if as_mentor
            else QCoreApplication.translate("ParticipantHistory", "mentee of {0}")
        ).format(partner)
        ending = spoken(pairing.ending())
        answer = (again or {}).get(pairing.pair_id)
        if answer is not None:
            ending += "; " + QCoreApplication.translate(
                "ParticipantHistory", "would take part again: {0}"
            ).format(shown(TAKE_PART_AGAIN, answer))
        lines.append(f"<li><b>{e(pairing.cycle_name)}</b>: {e(line)}; {e(ending)}</li>")
    return f"<h4>{e(title)}</h4><ul>{''.join(lines)}</ul>"
