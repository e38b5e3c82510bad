"""A long name on the agreement's signing page stays in its own row: every line of a
person's cell (their role and their name, however many lines it wraps to) sits below
the signature line of the row above, read back from the printed page's positions."""

from __future__ import annotations

import datetime as dt
import io
from typing import NamedTuple

from pypdf import PdfReader

from rmdesk.documents.agreement import render_agreements
from rmdesk.documents.agreement_data import agreement_for_pair
from rmdesk.documents.settings import DocumentSettings, load_settings, save_settings
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.programme.participants import create_participant
from rmdesk.programme.records import ParticipantData
from tests.documents.sample import TODAY

# The mentor's name wraps to two lines in the name column, the mentee's and the
# coordinator's to three or more (taller than a row's room to sign); no line of one
# is part of another's, so each printed line is known by whose name it is part of.
MENTOR = "Maximiliane-Konstanze von Hohenzollern-Sigmaringen-Wittelsbach"
MENTEE = "Hildegard-Wilhelmine Freifrau von und zu Guttenberg-Schaumburg-Lippe-Detmold-Biesterfeld"
COORDINATOR = (
    "Programmleitung Aurelia-Johanna Castell-Rüdenhausen-Leiningen-Westerburg-Neuleiningen"
)
ROLES = ("MENTOR (JUNIOR COLLEAGUE)", "MENTEE (SENIOR COLLEAGUE)", "PROGRAMME COORDINATOR")


class Text(NamedTuple):
    text: str
    x: float
    y: float  # the baseline, from the foot of the page
    size: float


class Printed(NamedTuple):
    texts: list[Text]
    rules: list[tuple[float, float]]  # horizontal lines drawn: (x where it starts, y)


def _signing_page(pdf: bytes) -> Printed:
    """The last page's text lines and ruled lines, where they are on the page."""
    page = PdfReader(io.BytesIO(pdf)).pages[-1]
    texts: list[Text] = []
    rules: list[tuple[float, float]] = []
    start: list[float] = []

    def placed(x: float, y: float, m: list[float]) -> tuple[float, float]:
        return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]

    def text(content: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if content.strip():
            x, y = placed(tm[4], tm[5], cm)
            texts.append(Text(content.strip(), x, y, size * tm[3] * cm[3]))

    def drawn(operator: bytes, args: list[object], cm: list[float], _tm: list[float]) -> None:
        if operator == b"m":
            start[:] = placed(float(args[0]), float(args[1]), cm)  # type: ignore[arg-type]
        elif operator == b"l" and start:
            x, y = placed(float(args[0]), float(args[1]), cm)  # type: ignore[arg-type]
            if abs(y - start[1]) < 0.01 and x > start[0]:
                rules.append((start[0], y))

    page.extract_text(visitor_text=text, visitor_operand_before=drawn)
    return Printed(texts, rules)


def test_a_long_name_stays_below_the_signature_line_of_the_row_above(db):
    save_settings(DocumentSettings(coordinator=COORDINATOR))
    cycle = create_cycle(CycleData(name="Cohort 2026", start_date=dt.date(2026, 1, 5),
                                   end_date=dt.date(2026, 10, 5)))  # fmt: skip
    people = [
        create_participant(ParticipantData(full_name=name, role=role, level=level, email=email))
        for name, role, level, email in (
            (MENTOR, "mentor", 2, "max@example.org"), (MENTEE, "mentee", 5, "hil@example.org"),
        )
    ]  # fmt: skip
    pair = create_pair(cycle, *people)
    activate_pair(pair, started_on=dt.date(2026, 1, 5))
    printed = _signing_page(render_agreements([agreement_for_pair(pair)], load_settings(), TODAY))

    label = next(t for t in printed.texts if t.text == "Signature")
    signature_lines = sorted((y for x, y in printed.rules if abs(x - label.x) < 0.5),
                             reverse=True)  # fmt: skip
    assert len(signature_lines) == 3  # mentor, mentee, coordinator, top to bottom
    above = [label.y, *signature_lines]  # the labels' row, then each row's own line
    for number, (role, name) in enumerate(zip(ROLES, (MENTOR, MENTEE, COORDINATOR),
                                              strict=True)):  # fmt: skip
        role_line = next(t for t in printed.texts if t.text == role)
        name_lines = [t for t in printed.texts if t.x < label.x and t.text in name]
        assert "".join(t.text for t in name_lines).replace(" ", "") == name.replace(" ", "")
        assert len(name_lines) >= (2 if name == MENTOR else 3)  # wrapped
        for line in [role_line, *name_lines]:
            # its top (baseline + size) below the line of the row above, and above its own
            assert line.y + line.size <= above[number], (role, line, above[number])
            assert line.y > above[number + 1], (role, line, above[number + 1])
