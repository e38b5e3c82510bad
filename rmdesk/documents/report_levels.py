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
from rmdesk.documents.report_groups import goal_label
from rmdesk.documents.report_tables import (
    Guard,
    fewer_than,
    figure,
    fit_word,
    grid,
    guard_word,
    hide,
    mean,
    percent,
    signed,
    withheld,
)
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import MUTED, styles
from rmdesk.documents.words import counted, translate
from rmdesk.programme.assessments import TakePartAgain
from rmdesk.programme.figures import small_group
from rmdesk.programme.outcomes import GoalStats, Outcomes

SUMMARY_REASONS = 3


def _again_words() -> tuple[str, str, str]:
    return (translate("Report", "Yes"), translate("Report", "Maybe"), translate("Report", "No"))


def _side_word(role: str) -> str:
    if role == "mentee":
        return translate("Report", "Mentees (senior)")
    return translate("Report", "Mentors (junior)")


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
    rows = [["", translate("Report", "people"), translate("Report", "mean")]]
    spans = []
    for x in o.satisfaction:
        row = [_side_word(x.role), str(x.n), mean(x.mean)]
        if g.on and small_group(x.n):
            row = hide(row, fewer_than(), 1)
            spans.append((len(rows), 1, 2))
        rows.append(row)
    label = 0.6 if g.on else 0.7
    fit = zip(o.fit, g.parts([n for _answer, n in o.fit]), strict=True)
    satisfaction = [
        Paragraph(translate("Report", "Satisfaction (1–5)"), s.h2),
        grid(rows, [half * 0.5, half * 0.25, half * 0.25], spans=spans),
        Paragraph(translate(
            "Report", "Each person's latest answer; someone in two pairs counts once."
        ), s.muted),
    ]  # fmt: skip
    fit_table = [
        Paragraph(translate("Report", "Pairing fit (answers)"), s.h2),
        grid([["", translate("Report", "answers")]] + [[_capital(fit_word(k)), text]
                                                      for (k, _n), text in fit],
             [half * label, half * (1 - label)]),
        Paragraph(translate(
            "Report", "One answer per person and pair, after their first meeting."
        ), s.muted),
    ]  # fmt: skip
    return [heading(translate("Report", "1 · Reaction: how the programme felt"),
                    side_by_side(satisfaction, fit_table, width))]  # fmt: skip


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- 2. learning -------------------------------------------------------------------------


def _learning(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    s = styles()
    title = translate("Report", "2 · Learning: self-assessment before and after (1–5)")
    if not o.dimensions:
        return [heading(title, Paragraph(translate(
            "Report", "No assessment dimensions defined."), s.muted))]  # fmt: skip
    rows = [["", translate("Report", "dimension"), translate("Report", "n base"),
             translate("Report", "baseline"), translate("Report", "n final"),
             translate("Report", "final"), translate("Report", "n both"),
             translate("Report", "change")]]  # fmt: skip
    spans = []
    previous = ""
    for d in o.dimensions:
        plural = translate("Report", "Mentees") if d.role == "mentee" else translate(
            "Report", "Mentors")  # fmt: skip
        role = plural if d.role != previous else ""
        previous = d.role
        row = [role, esc(d.dimension)]
        for column, (n, value) in enumerate(
            ((d.n_baseline, mean(d.mean_baseline)), (d.n_final, mean(d.mean_final)),
             (d.n_both, signed(d.mean_change))), start=1,
        ):  # fmt: skip
            if g.on and small_group(n):
                row += [fewer_than(), ""]
                spans.append((len(rows), 2 * column, 2 * column + 1))
            else:
                row += [str(n), value]
        rows.append(row)
    fractions = (0.11, 0.33, 0.09, 0.10, 0.09, 0.08, 0.09, 0.11)
    table = grid(rows, [width * f for f in fractions], numeric_from=2, spans=spans)
    note = Paragraph(translate(
        "Report",
        "n counts people. Change is the mean of each person's own difference (final − "
        "baseline) over the n people with both, so people who joined or left halfway do not "
        "bias it. These are people's ratings of themselves, not a test.",
    ), s.muted)  # fmt: skip
    return [heading(title, [table, note]), *dimension_chart(o, g, width)]


# -- 3. behaviour ------------------------------------------------------------------------


def _goal_rows(stats: Sequence[GoalStats], hidden: dict[str, str]) -> list[list[str]]:
    rows = []
    for x in stats:
        row = [
            esc(goal_label(x.label)),
            str(x.set),
            str(x.achieved),
            percent(x.achievement_rate),
            "–" if x.average_progress is None else figure(f"{x.average_progress:.0f} %"),
        ]
        rows.append(hide(row, hidden[x.label], 1) if x.label in hidden else row)
    return rows


def _behaviour(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    """Goals by owner and by topic (largest first) in one table, what the senior side
    committed to in a sentence, and the chart."""
    s = styles()
    hidden = g.goal_rows(o)
    rows = [["", translate("Report", "set"), translate("Report", "achieved"),
             translate("Report", "rate"), translate("Report", "average progress")]]  # fmt: skip
    rows += _goal_rows((*o.goals_by_owner, o.goals_total), hidden)
    owners = len(o.goals_by_owner) + 1  # the "All goals" row
    rows += _goal_rows(o.goals_by_topic, hidden)
    spans = [(i, 1, 4) for i, row in enumerate(rows) if i and guard_word(row[1])]
    rows[owners] = [f"<b>{cell}</b>" if cell else "" for cell in rows[owners]]
    fractions = (0.44, 0.12, 0.12, 0.12, 0.20)
    table = grid(rows, [width * f for f in fractions], spans=spans)
    table.setStyle(TableStyle([("LINEBELOW", (0, owners), (-1, owners), 0.7, MUTED)]))
    notes = [translate("Report", "Set excludes dropped goals; rate = achieved ÷ set.")]
    if not o.goals_by_topic:
        notes.append(translate("Report", "No goals recorded yet (n = 0)."))
    left_out = sum(1 for x in o.goals_by_topic if x.label in hidden)
    if left_out:
        notes.append(
            counted(
                left_out,
                translate("Report", "{0} topic hidden: too few people to show."),
                translate("Report", "{0} topics hidden: too few people to show."),
            )
        )
    first = [Paragraph(_commitments(o, hidden), s.body), table,
             Paragraph(" ".join(notes), s.muted)]  # fmt: skip
    return [heading(translate("Report", "3 · Behaviour: goals, and what leaders committed to"),
                    first),
            *goals_chart(o, g, width)]  # fmt: skip


def _commitments(o: Outcomes, hidden: dict[str, str]) -> str:
    senior, junior = o.goals_by_owner
    if senior.label in hidden:
        return translate(
            "Report", "What the senior mentees committed to: {0} people set goals."
        ).format(hidden[senior.label])
    if senior.set == 0:
        return translate("Report", "The senior mentees have not recorded goals of their own yet.")
    open_goals = senior.set - senior.achieved
    goals = counted(senior.set, translate("Report", "{0} goal"), translate("Report", "{0} goals"))
    text = translate(
        "Report", "The senior mentees committed to {0} of their own: {1} achieved, {2} still open"
    ).format(goals, senior.achieved, open_goals)
    if senior.dropped:
        text += translate("Report", " ({0} more dropped)").format(senior.dropped)
    if junior.label not in hidden and junior.set:
        text += translate("Report", "; the junior mentors set {0}").format(junior.set)
    return text + "."


# -- 4. results --------------------------------------------------------------------------


def _results(o: Outcomes, again: TakePartAgain, g: Guard, width: float) -> list[Flowable]:
    s = styles()
    half = (width - 18) / 2
    p = o.pairs
    active, completed, ended_early = g.parts([p.active, p.completed, p.ended_early])
    label = 0.62 if g.on else 0.72
    pairs = [
        Paragraph(translate("Report", "Pairs"), s.h2),
        grid([
            ["", translate("Report", "pairs")],
            [translate("Report", "Formed (started)"), g.count(p.formed)],
            [translate("Report", "Still active"), active],
            [translate("Report", "Completed"), completed],
            [translate("Report", "Ended early"), ended_early],
            [translate("Report", "Retention (not ended early)"), retention_text(o, g)],
            [translate("Report", "Proposed, not started"), g.count(p.proposed)],
        ], [half * label, half * (1 - label)]),
    ]  # fmt: skip
    m = g.meetings(o.meetings)
    if o.meetings.held == 0:
        meetings_note = translate("Report", "No meetings held yet.")
    else:
        meetings_note = translate("Report", "Attendance = held ÷ (held + missed).")
    meetings = [
        Paragraph(translate("Report", "Meetings"), s.h2),
        grid([
            ["", translate("Report", "meetings")],
            [translate("Report", "Held"), m["held"]],
            [translate("Report", "Still planned"), m["planned"]],
            [translate("Report", "Cancelled"), m["cancelled"]],
            [translate("Report", "Missed"), m["missed"]],
            [translate("Report", "Attendance"), m["attendance"]],
        ], [half * 0.6, half * 0.4]),
        Paragraph(meetings_note, s.muted),
    ]  # fmt: skip
    # The end reasons are the pairs table's footnote: on its page, never alone on the next.
    return [
        heading(translate("Report", "4 · Results: did pairs stay, would people take part again"),
                [side_by_side(pairs, meetings, width), *end_reasons(o, g)]),
        take_part_again(again, g, half),
    ]  # fmt: skip


def take_part_again(again: TakePartAgain, g: Guard, width: float) -> Flowable:
    """Yes / maybe / no over the people who answered, with shares of them; under 3
    answers no figure at all, and anonymised, each answer under the small-group rule."""
    s = styles()
    n = again.answered
    title = Paragraph(translate("Report", "Would take part again"), s.h2)
    if n == 0 or small_group(n):
        if n == 0:
            why = translate(
                "Report", "Nobody has answered yet (n = 0): the final self-assessment asks it."
            )
        else:
            why = _capital(
                translate("Report", "{0} people answered: too few to give a figure.").format(
                    fewer_than()
                )
            )
        return KeepTogether([title, Paragraph(why, s.muted)])
    rows = [["", translate("Report", "people"), translate("Report", "share")]]
    spans = []
    counts = (again.yes, again.maybe, again.no)
    for label, count, text in zip(_again_words(), counts, g.parts(list(counts)), strict=True):
        if guard_word(text):
            spans.append((len(rows), 1, 2))
            rows.append(hide([label, text, ""], text, 1))
        else:
            rows.append([label, text, percent(count / n)])
    rows.append([f"<b>{translate('Report', 'Answered')}</b>", f"<b>{n}</b>", ""])
    note = Paragraph(translate(
        "Report",
        "Each person once, by their latest final self-assessment; shares are of the people "
        "who answered.",
    ), s.muted)  # fmt: skip
    table = grid(rows, [width * 0.5, width * 0.25, width * 0.25], spans=spans)
    table.hAlign = "LEFT"  # under the pairs table, not centred on the page
    return KeepTogether([title, table, note])


def retention_text(o: Outcomes, g: Guard) -> str:
    """Retention gives the pairs that ended early back: hidden when they are."""
    p = o.pairs
    ended_early = g.parts([p.active, p.completed, p.ended_early])[2]
    if guard_word(ended_early):
        return withheld()
    return g.over(percent(p.retention_rate), p.formed)


def end_reasons(o: Outcomes, g: Guard) -> list[Flowable]:
    """Why pairs ended early (short, clipped); anonymised, that they are left out."""
    s = styles()
    p = o.pairs
    if g.on:
        return [Paragraph(translate(
            "Report", "End reasons are left out of the anonymised report."), s.muted)]  # fmt: skip
    if p.end_reasons:
        reasons = [f"{esc(_clip(goal_label(reason)))} ({n})"
                   for reason, n in p.end_reasons[:SUMMARY_REASONS]]  # fmt: skip
        rest = sum(n for _reason, n in p.end_reasons[SUMMARY_REASONS:])
        if rest:
            reasons.append(counted(rest, translate("Report", "{0} other"),
                                   translate("Report", "{0} others")))  # fmt: skip
        return [Paragraph(translate("Report", "Ended early because: {0}.").format(
            "; ".join(reasons)), s.muted)]  # fmt: skip
    if p.formed:
        return [Paragraph(translate("Report", "No pair ended early."), s.muted)]
    return []


def _clip(text: str, limit: int = 72) -> str:
    """One end reason stays short here; the pair sections have it whole."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
