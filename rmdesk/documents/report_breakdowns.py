"""The report's breakdowns by department and by level band, and the previous cycle
beside this one.

A breakdown is about groups, and a department of one is a person: so in every copy,
named or anonymised, a cell about fewer than 3 people reads "fewer than 3", and each
column is suppressed with its total in mind (``programme.figures.hidden_parts``): the
groups shown never let a hidden one be worked out from the "All" row.  A group whose
size is hidden shows no other figure either.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from rmdesk.documents.report_data import ReportData
from rmdesk.documents.report_groups import (
    GroupFigures,
    Person,
    by_department,
    by_level_band,
    figures_of,
    group_label,
)
from rmdesk.documents.report_levels import heading, retention_text
from rmdesk.documents.report_tables import Guard, grid, hidden_word, mean, percent, signed
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import styles
from rmdesk.documents.words import translate
from rmdesk.programme.figures import guarded, hidden_parts

ALL = "All"  # the whole group's figures (a label never printed: ``_all`` is)


def _all() -> str:
    return translate("Report", "All")


def breakdowns(data: ReportData, width: float) -> list[Flowable]:
    s = styles()
    people = list(data.people)
    note = Paragraph(translate(
        "Report",
        "Each person counts once, in their own group. Satisfaction: mean of each person's "
        "latest answer (1–5); change: mean over the dimensions of each person's final − "
        "baseline; goals: achieved ÷ set, of the goals the group's people set. The number "
        "in brackets is the people each figure is taken over. A figure about 1 or 2 people "
        "reads “fewer than 3”, and one that would give such a figure back from the “All” "
        "row reads “withheld”.",
    ), s.muted)  # fmt: skip
    if not people:
        return [heading(translate("Report", "Who took part: by department and by level"),
                        Paragraph(translate(
                            "Report", "No pair has started yet, so there is no one to count."),
                                  s.body))]  # fmt: skip
    total = figures_of(ALL, people)
    if data.anonymised:
        return _sizes_only(people, total, width)
    return [
        heading(
            translate("Report", "Who took part: by department"),
            [_table(by_department(people), total, translate("Report", "department"), width),
             note],
        ),
        heading(
            translate("Report", "By level band"),
            _table(by_level_band(people), total, translate("Report", "level band"), width),
            style="h2",
        ),
    ]  # fmt: skip


def _sizes_only(people: list[Person], total: GroupFigures, width: float) -> list[Flowable]:
    """The anonymised copy: how many people each group holds, no figure about them.

    Groups by department and by level band cut across the tables by role: a band's
    mean set beside the mentors' could be subtracted from it to give back one or two
    people's answers, which no suppression inside one table prevents.  So the copy for
    readers without names keeps the breakdowns' sizes (under 3 reads "fewer than 3",
    suppressed against the total) and leaves their figures to the copy with names.
    """
    s = styles()
    note = Paragraph(translate(
        "Report",
        "In this copy without names the groups show only how many people they hold: their "
        "figures, set beside the tables by role, could be subtracted from them to give back "
        "one or two people's answers. The copy with names shows them.",
    ), s.muted)  # fmt: skip
    tables = []
    for title, groups, name in (
        (translate("Report", "Who took part: by department"), by_department(people),
         translate("Report", "department")),
        (translate("Report", "By level band"), by_level_band(people),
         translate("Report", "level band")),
    ):  # fmt: skip
        words = hidden_parts([g.people for g in groups], total=total.people)
        rows = [[name, translate("Report", "people")]]
        rows += [
            [esc(group_label(g.label)), hidden_word(word) if word else str(g.people)]
            for g, word in zip(groups, words, strict=True)
        ]
        whole = hidden_word(guarded(str(total.people), total.people))
        rows.append([f"<b>{_all()}</b>", f"<b>{whole}</b>"])
        tables.append((title, grid(rows, [width * 0.6, width * 0.4])))
    (first_title, first), (second_title, second) = tables
    return [heading(first_title, [first, note]), heading(second_title, second, style="h2")]


def _table(groups: list[GroupFigures], total: GroupFigures, name: str, width: float) -> Table:
    rows = [[name, translate("Report", "people"), translate("Report", "satisfaction"),
             translate("Report", "self-assessment change"),
             translate("Report", "goals achieved")]]  # fmt: skip
    columns = _suppressed(groups, total)
    for group, words in zip(groups, columns, strict=True):
        rows.append([esc(group_label(group.label)), *words])
    ns = (total.people, total.n_satisfaction, total.n_change, total.n_goals)
    whole = [hidden_word(guarded(cell, n)) for cell, n in zip(_cells(total), ns, strict=True)]
    rows.append([f"<b>{_all()}</b>", *[f"<b>{cell}</b>" for cell in whole]])
    fractions = (0.35, 0.13, 0.15, 0.19, 0.18)
    return grid(rows, [width * f for f in fractions])


def _cells(group: GroupFigures) -> list[str]:
    return [
        str(group.people),
        f"{mean(group.satisfaction)} ({group.n_satisfaction})",
        f"{signed(group.change)} ({group.n_change})",
        f"{percent(group.achievement_rate)} ({group.n_goals})",
    ]


def _suppressed(groups: list[GroupFigures], total: GroupFigures) -> list[list[str]]:
    """Each group's cells, a column's figure replaced by the word ``hidden_parts`` gives
    for its n against the column's total; a hidden group size hides the whole row."""
    ns = [
        ([g.people for g in groups], total.people),
        ([g.n_satisfaction for g in groups], total.n_satisfaction),
        ([g.n_change for g in groups], total.n_change),
        ([g.n_goals for g in groups], total.n_goals),
    ]
    words = [hidden_parts(parts, total=whole) for parts, whole in ns]
    rows = []
    for i, group in enumerate(groups):
        cells = _cells(group)
        size_word = words[0][i]
        if size_word:
            rows.append([hidden_word(size_word)] * len(cells))
            continue
        rows.append([hidden_word(words[c][i] or "") or cell for c, cell in enumerate(cells)])
    return rows


# -- the previous cycle ------------------------------------------------------------------


def comparison(data: ReportData, width: float) -> list[Flowable]:
    """The headline figures of the cycle before beside this one's, each worded as its
    own report would word it."""
    s = styles()
    previous = data.previous
    if previous is None:
        return []
    columns = [_column(previous), _column(data)]
    labels = [translate("Report", "People taking part"), translate("Report", "Pairs formed"),
              translate("Report", "Retention (not ended early)"),
              translate("Report", "Meetings held"), translate("Report", "Attendance"),
              translate("Report", "Goals achieved (rate)"),
              translate("Report", "Satisfaction, senior mentees (1–5)"),
              translate("Report", "Satisfaction, junior mentors (1–5)"),
              translate("Report", "Self-assessment change, per person")]  # fmt: skip
    rows = [["", esc(previous.outcomes.cycle_name), esc(data.outcomes.cycle_name)]]
    rows += [[label, before, now] for label, before, now in zip(labels, *columns, strict=True)]
    table = grid(rows, [width * 0.44, width * 0.28, width * 0.28])
    note = Paragraph(
        translate(
            "Report",
            "Each cycle's figures are counted the same way: "
            "people once, whatever their number of pairs.",
        ),
        s.muted,
    )
    return [heading(translate("Report", "Compared with the previous cycle"), [table, note])]


def _column(data: ReportData) -> list[str]:
    o = data.outcomes
    g = Guard(data)
    hidden = g.goal_rows(o)
    m = g.meetings(o.meetings)
    goals = o.goals_total
    satisfaction = [g.over(f"{mean(x.mean)} ({x.n})", x.n) if x.n else "–" for x in o.satisfaction]
    everyone = figures_of(ALL, data.people)
    change = (
        "–"
        if not everyone.n_change
        else g.over(f"{signed(everyone.change)} ({everyone.n_change})", everyone.n_change)
    )
    rate = hidden.get(goals.label) or (
        translate("Report", "{0} ({1} of {2})").format(
            percent(goals.achievement_rate), goals.achieved, goals.set
        ) if goals.set else "–"
    )  # fmt: skip
    return [
        g.count(o.participants), g.count(o.pairs.formed), retention_text(o, g), m["held"],
        m["attendance"], rate, *satisfaction, change,
    ]  # fmt: skip
