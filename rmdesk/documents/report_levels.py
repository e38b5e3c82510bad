"""The report's evaluation in four levels (after Kirkpatrick), each under its heading:

1. reaction: satisfaction with the programme and whether each pairing fit;
2. learning: self-assessment before and after, for both sides;
3. behaviour: goals set and achieved, and what the senior leaders committed to;
4. results: pairs that stayed together, meetings, and whether people would take part
   again.

Every figure is worded by the report's ``Guard`` (the small-group rule when
anonymised).  A heading is kept with its first table or paragraph, never alone at the
foot of a page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from rmdesk.documents.report_details import dimension_chart, goals_chart
from rmdesk.documents.report_tables import FIT_WORDS, Guard, grid, guard_word, hide
from rmdesk.documents.text import esc, mean, percent, signed
from rmdesk.documents.typesetting import MUTED, styles
from rmdesk.programme.assessments import TakePartAgain
from rmdesk.programme.figures import FEWER_THAN, WITHHELD, small_group
from rmdesk.programme.outcomes import GoalStats, Outcomes
from rmdesk.programme.wording import counted

SUMMARY_REASONS = 3
AGAIN_WORDS = ("Yes", "Maybe", "No")
ROLE_WORDS = {"mentee": "Mentees (senior)", "mentor": "Mentors (junior)"}


def levels(o: Outcomes, again: TakePartAgain, g: Guard, width: float) -> list[Flowable]:
    return [*_reaction(o, g, width), *_learning(o, g, width), *_behaviour(o, g, width),
            *_results(o, again, g, width)]  # fmt: skip


def heading(text: str, first: Flowable | Sequence[Flowable], style: str = "h1") -> Flowable:
    """A heading kept on the page of what follows it (its first block, or the blocks)."""
    s = styles()
    following = [first] if isinstance(first, Flowable) else list(first)
    return KeepTogether([Paragraph(text, getattr(s, style)), *following])


def side_by_side(left: list[Flowable], right: list[Flowable], width: float) -> Table:
    gap = 18
    half = (width - gap) / 2
    table = Table([[left, "", right]], colWidths=[half, gap, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


# -- 1. reaction -------------------------------------------------------------------------


def _reaction(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    s = styles()
    half = (width - 18) / 2
    rows = [["", "people", "mean"]]
    spans = []
    for x in o.satisfaction:
        row = [ROLE_WORDS.get(x.role, x.role), str(x.n), mean(x.mean)]
        if g.on and small_group(x.n):
            row = hide(row, FEWER_THAN, 1)
            spans.append((len(rows), 1, 2))
        rows.append(row)
    label = 0.6 if g.on else 0.7
    fit = zip(o.fit, g.parts([n for _answer, n in o.fit]), strict=True)
    satisfaction = [
        Paragraph("Satisfaction (1–5)", s.h2),
        grid(rows, [half * 0.6, half * 0.2, half * 0.2], spans=spans),
        Paragraph("Each person's latest answer; someone in two pairs counts once.", s.muted),
    ]
    fit_table = [
        Paragraph("Pairing fit (answers)", s.h2),
        grid([["", "answers"]] + [[FIT_WORDS.get(k, k).capitalize(), text]
                                  for (k, _n), text in fit],
             [half * label, half * (1 - label)]),
        Paragraph("One answer per person and pair, after their first meeting.", s.muted),
    ]  # fmt: skip
    return [
        heading(
            "1 · Reaction: how the programme felt", side_by_side(satisfaction, fit_table, width)
        )
    ]


# -- 2. learning -------------------------------------------------------------------------


def _learning(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    s = styles()
    title = "2 · Learning: self-assessment before and after (1–5)"
    if not o.dimensions:
        return [heading(title, Paragraph("No assessment dimensions defined.", s.muted))]
    rows = [["", "dimension", "n base", "baseline", "n final", "final", "n both", "change"]]
    spans = []
    previous = ""
    for d in o.dimensions:
        role = f"{d.role.capitalize()}s" if d.role != previous else ""
        previous = d.role
        row = [role, esc(d.dimension)]
        for column, (n, value) in enumerate(
            ((d.n_baseline, mean(d.mean_baseline)), (d.n_final, mean(d.mean_final)),
             (d.n_both, signed(d.mean_change))), start=1,
        ):  # fmt: skip
            if g.on and small_group(n):
                row += [FEWER_THAN, ""]
                spans.append((len(rows), 2 * column, 2 * column + 1))
            else:
                row += [str(n), value]
        rows.append(row)
    fractions = (0.11, 0.33, 0.09, 0.10, 0.09, 0.08, 0.09, 0.11)
    table = grid(rows, [width * f for f in fractions], numeric_from=2, spans=spans)
    note = Paragraph(
        "n counts people. Change is the mean of each person's own difference (final − "
        "baseline) over the n people with both, so people who joined or left halfway do not "
        "bias it. These are people's ratings of themselves, not a test.", s.muted,
    )  # fmt: skip
    return [heading(title, [table, note]), *dimension_chart(o, g, width)]


# -- 3. behaviour ------------------------------------------------------------------------


def _goal_rows(stats: Sequence[GoalStats], hidden: dict[str, str]) -> list[list[str]]:
    rows = []
    for x in stats:
        row = [esc(x.label), str(x.set), str(x.achieved), percent(x.achievement_rate),
               "–" if x.average_progress is None else f"{x.average_progress:.0f} %"]  # fmt: skip
        rows.append(hide(row, hidden[x.label], 1) if x.label in hidden else row)
    return rows


def _behaviour(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    """Goals by owner and by topic (largest first) in one table, what the senior side
    committed to in a sentence, and the chart."""
    s = styles()
    hidden = g.goal_rows(o)
    rows = [["", "set", "achieved", "rate", "average progress"]]
    rows += _goal_rows((*o.goals_by_owner, o.goals_total), hidden)
    owners = len(o.goals_by_owner) + 1  # the "All goals" row
    rows += _goal_rows(o.goals_by_topic, hidden)
    spans = [(i, 1, 4) for i, row in enumerate(rows) if i and guard_word(row[1])]
    rows[owners] = [f"<b>{cell}</b>" if cell else "" for cell in rows[owners]]
    fractions = (0.44, 0.12, 0.12, 0.12, 0.20)
    table = grid(rows, [width * f for f in fractions], spans=spans)
    table.setStyle(TableStyle([("LINEBELOW", (0, owners), (-1, owners), 0.7, MUTED)]))
    notes = ["Set excludes dropped goals; rate = achieved ÷ set."]
    if not o.goals_by_topic:
        notes.append("No goals recorded yet (n = 0).")
    left_out = sum(1 for x in o.goals_by_topic if x.label in hidden)
    if left_out:
        notes.append(f"{counted(left_out, 'topic')} hidden: too few people to show.")
    first = [Paragraph(_commitments(o, hidden), s.body), table,
             Paragraph(" ".join(notes), s.muted)]  # fmt: skip
    return [heading("3 · Behaviour: goals, and what leaders committed to", first),
            *goals_chart(o, g, width)]  # fmt: skip


def _commitments(o: Outcomes, hidden: dict[str, str]) -> str:
    senior, junior = o.goals_by_owner
    if senior.label in hidden:
        return f"What the senior mentees committed to: {hidden[senior.label]} people set goals."
    if senior.set == 0:
        return "The senior mentees have not recorded goals of their own yet."
    open_goals = senior.set - senior.achieved
    text = (f"The senior mentees committed to {counted(senior.set, 'goal')} of their own: "
            f"{senior.achieved} achieved, {open_goals} still open")  # fmt: skip
    if senior.dropped:
        text += f" ({senior.dropped} more dropped)"
    if junior.label not in hidden and junior.set:
        text += f"; the junior mentors set {junior.set}"
    return text + "."


# -- 4. results --------------------------------------------------------------------------


def _results(o: Outcomes, again: TakePartAgain, g: Guard, width: float) -> list[Flowable]:
    s = styles()
    half = (width - 18) / 2
    p = o.pairs
    active, completed, ended_early = g.parts([p.active, p.completed, p.ended_early])
    label = 0.62 if g.on else 0.72
    pairs = [
        Paragraph("Pairs", s.h2),
        grid([
            ["", "pairs"],
            ["Formed (started)", g.count(p.formed)],
            ["Still active", active],
            ["Completed", completed],
            ["Ended early", ended_early],
            ["Retention (not ended early)", retention_text(o, g)],
            ["Proposed, not started", g.count(p.proposed)],
        ], [half * label, half * (1 - label)]),
    ]  # fmt: skip
    m = g.meetings(o.meetings)
    meetings = [
        Paragraph("Meetings", s.h2),
        grid([
            ["", "meetings"],
            ["Held", m["held"]],
            ["Still planned", m["planned"]],
            ["Cancelled", m["cancelled"]],
            ["Missed", m["missed"]],
            ["Attendance", m["attendance"]],
        ], [half * 0.6, half * 0.4]),
        Paragraph("No meetings held yet." if o.meetings.held == 0
                  else "Attendance = held ÷ (held + missed).", s.muted),
    ]  # fmt: skip
    return [
        heading("4 · Results: did pairs stay, would people take part again",
                side_by_side(pairs, meetings, width)),
        *end_reasons(o, g),
        take_part_again(again, g, half),
    ]  # fmt: skip


def take_part_again(again: TakePartAgain, g: Guard, width: float) -> Flowable:
    """Yes / maybe / no over the people who answered, with shares of them; under 3
    answers no figure at all, and anonymised, each answer under the small-group rule."""
    s = styles()
    n = again.answered
    title = Paragraph("Would take part again", s.h2)
    if n == 0 or small_group(n):
        why = (
            "Nobody has answered yet (n = 0): the final self-assessment asks it."
            if n == 0
            else f"{FEWER_THAN.capitalize()} people answered: too few to give a figure."
        )
        return KeepTogether([title, Paragraph(why, s.muted)])
    rows = [["", "people", "share"]]
    spans = []
    counts = (again.yes, again.maybe, again.no)
    for label, count, text in zip(AGAIN_WORDS, counts, g.parts(list(counts)), strict=True):
        if guard_word(text):
            spans.append((len(rows), 1, 2))
            rows.append(hide([label, text, ""], text, 1))
        else:
            rows.append([label, text, percent(count / n)])
    rows.append(["<b>Answered</b>", f"<b>{n}</b>", ""])
    note = Paragraph(
        "Each person once, by their latest final self-assessment; shares are of the people "
        "who answered.", s.muted,
    )  # fmt: skip
    table = grid(rows, [width * 0.5, width * 0.25, width * 0.25], spans=spans)
    table.hAlign = "LEFT"  # under the pairs table, not centred on the page
    return KeepTogether([title, table, note])


def retention_text(o: Outcomes, g: Guard) -> str:
    """Retention gives the pairs that ended early back: hidden when they are."""
    p = o.pairs
    ended_early = g.parts([p.active, p.completed, p.ended_early])[2]
    if guard_word(ended_early):
        return WITHHELD
    return g.over(percent(p.retention_rate), p.formed)


def end_reasons(o: Outcomes, g: Guard) -> list[Flowable]:
    """Why pairs ended early (short, clipped); anonymised, that they are left out."""
    s = styles()
    p = o.pairs
    if g.on:
        return [Paragraph("End reasons are left out of the anonymised report.", s.muted)]
    if p.end_reasons:
        reasons = [f"{esc(_clip(reason))} ({n})" for reason, n in p.end_reasons[:SUMMARY_REASONS]]
        rest = sum(n for _reason, n in p.end_reasons[SUMMARY_REASONS:])
        if rest:
            reasons.append(f"{counted(rest, 'other')}")
        return [Paragraph("Ended early because: " + "; ".join(reasons) + ".", s.muted)]
    if p.formed:
        return [Paragraph("No pair ended early.", s.muted)]
    return []


def _clip(text: str, limit: int = 72) -> str:
    """One end reason stays short here; the pair sections have it whole."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
