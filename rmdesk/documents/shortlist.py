"""Shortlists for the seniors' consent: one page per mentee, their best mentors and why.

Reverse mentoring asks the senior before a pair is formalised.  Each page names the
mentee, the cycle and what they want to learn, then their best few mentors (the ones
every rule allows, best match first) with the score and the matcher's reasons, and a
box to tick for their choice, which the coordinator then records as a proposed pair.
Every name goes through ``text.esc`` (any script prints); one ``Section`` per mentee
so each page counts on its own and a printed pile separates cleanly.  Printed in
``settings.language``, the matcher's reasons too (``words.said``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from rmdesk.documents.agreement import setup_for
from rmdesk.documents.settings import DocumentSettings
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import (
    RULE,
    SHADE,
    ProgressFn,
    Section,
    frame_width,
    para,
    render,
    shared_paragraphs,
    styles,
)
from rmdesk.documents.words import said, speaking, translate
from rmdesk.programme.matching.shortlist import Choice, Shortlist

BOX = "☐"  # a box to tick by hand (DejaVu Sans has it)
WRITE_HERE = "_" * 36  # a line to write on, after its label in any language


def render_shortlists(
    shortlists: Sequence[Shortlist],
    cycle_name: str,
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None = None,
) -> bytes:
    """One PDF, one page per mentee (``ValueError`` when there is nobody to ask)."""
    if not shortlists:
        raise ValueError("no mentee to ask")
    with speaking(settings.language):
        return _render(shortlists, cycle_name, settings, generated_on, progress)


def _render(
    shortlists: Sequence[Shortlist],
    cycle_name: str,
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None,
) -> bytes:
    width = frame_width(setup_for(settings, generated_on, ""))
    story: list[Flowable] = []
    with shared_paragraphs():
        for number, shortlist in enumerate(shortlists):
            if number:
                story.append(PageBreak())
            story.extend(_page(shortlist, cycle_name, width))
    title = translate("Shortlist", "Mentor shortlists: {0}").format(cycle_name)
    return render(story, setup_for(settings, generated_on, title), progress)


def _page(shortlist: Shortlist, cycle_name: str, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        Section(translate("Shortlist", "Mentor shortlist · {0}").format(shortlist.name)),
        para(translate("Shortlist", "Your mentor shortlist"), s.title),
        para(
            f"<b>{esc(shortlist.name)}</b> · {esc(shortlist.department or '')} · "
            f"{esc(translate('Domain', shortlist.level))} · "  # marked in records.LEVEL_NAMES
            + translate("Shortlist", "reverse mentoring, {0}").format(esc(cycle_name)),
            s.subtitle,
        ),
        para(
            translate(
                "Shortlist",
                "In reverse mentoring a junior colleague mentors you. These colleagues suit "
                "you best of everyone the programme's rules allow, best match first. Tick the "
                "one you would like to work with (or none, and say why) and give this page "
                "back to the programme coordinator: nothing is decided before you have chosen.",
            ),
            s.body,
        ),
    ]
    if shortlist.wants:
        wanted = ", ".join(esc(topic) for topic in shortlist.wants)
        story.append(
            para(
                translate("Shortlist", "<b>What you want to learn about:</b> {0}").format(wanted),
                s.body,
            )
        )
    story.append(para(translate("Shortlist", "Your candidates"), s.h1))
    if not shortlist.choices:
        story.append(
            para(
                translate(
                    "Shortlist",
                    "No mentor can be proposed to you at the moment: the coordinator will "
                    "come back to you.",
                ),
                s.body,
            )
        )
    for rank, choice in enumerate(shortlist.choices, start=1):
        story.append(_candidate(rank, choice, width))
        story.append(Spacer(0, 3 * mm))
    story.append(para(translate("Shortlist", "Your choice"), s.h1))
    none_of_them = translate("Shortlist", "None of them, because:")
    story.append(para(f"{BOX} {none_of_them} {WRITE_HERE}", s.body))
    story.append(Spacer(0, 8 * mm))
    signature = translate("Shortlist", "Signature and date:")
    story.append(para(f"{signature} {WRITE_HERE}", s.body))
    return story


def _candidate(rank: int, choice: Choice, width: float) -> Flowable:
    s = styles()
    reasons = [para(esc(said(reason)), s.bullet, bulletText="•") for reason in choice.reasons]
    match = translate("Shortlist", "match {0} of 100").format(f"{choice.score:.0f}")
    head = para(
        f"{BOX} <b>{rank}. {esc(choice.name)}</b> · {esc(choice.department or '')} · "
        f"{esc(translate('Domain', choice.level))} · {match}",
        s.h2,
    )
    table = Table([[head], *([[r] for r in reasons] or [[para("", s.cell)]])], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return KeepTogether([table])
