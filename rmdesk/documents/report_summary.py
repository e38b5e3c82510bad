"""The written summary that opens the end-of-cycle report: a few sentences made from
the figures, for a reader who reads nothing else.

Each sentence says what changed, for whom and over how many people, and only what the
figures hold: a self-assessment is "rated themselves", not "improved"; a change is
only called a change over at least 3 people, and a figure about 1 or 2 is said to be
about so few ("only 2 people"), or, anonymised, "fewer than 3".  Every number goes
through the report's ``Guard``, so the summary hides exactly what the tables hide.
"""

from __future__ import annotations

from rmdesk.documents import text as plain
from rmdesk.documents.report_data import ReportData
from rmdesk.documents.report_groups import figures_of
from rmdesk.documents.report_tables import (
    Guard,
    counted_figure,
    fewer_than,
    guard_word,
    mean,
    percent,
    signed,
)
from rmdesk.documents.text import esc
from rmdesk.documents.words import counted, translate
from rmdesk.programme.assessments import TakePartAgain
from rmdesk.programme.figures import SMALL_GROUP, small_group
from rmdesk.programme.outcomes import DimensionStats, Outcomes

FEW_PAIRS = 10  # below this, a percentage moves by 10 points or more per pair


def _role_people(role: str) -> str:
    if role == "mentee":
        return translate("Report", "senior mentees")
    return translate("Report", "junior mentors")


def _people(n: int, g: Guard) -> str:
    """``19 people``; about 1 or 2, "only 2 people" (named) or "fewer than 3 people"."""
    people = counted(n, translate("Report", "{0} person"), translate("Report", "{0} people"))
    if small_group(n):
        if g.on:
            return translate("Report", "{0} people").format(fewer_than())
        return translate("Report", "only {0}").format(people)
    return people


def _pairs(n: int) -> str:
    return counted(n, translate("Report", "{0} pair"), translate("Report", "{0} pairs"))


def summary_sentences(data: ReportData) -> list[str]:
    """Paragraph markup, one sentence (or two) per item, most important first."""
    o = data.outcomes
    g = Guard(data)
    if o.pairs.formed == 0:
        return [translate(
            "Report",
            "No pair has started in this cycle yet, so there are no outcomes to report: the "
            "figures below are all zero or empty.",
        )]  # fmt: skip
    sentences = [_who(o, g), _retention(o, g)]
    sentences += [_learning(o, g, role) for role in ("mentee", "mentor")]
    sentences += [_goals(o, g), _reaction(o, g), _again(data.take_part_again, g)]
    if data.previous is not None:
        sentences.append(_compared(data, g))
    if o.pairs.formed < FEW_PAIRS:
        sentences.append(translate(
            "Report",
            "With only {0}, one pair more or less changes a percentage by {1} points or more, "
            "so read each percentage with the count beside it.",
        ).format(_pairs(o.pairs.formed), 100 // o.pairs.formed))  # fmt: skip
    return [s for s in sentences if s]


def _who(o: Outcomes, g: Guard) -> str:
    mentors, mentees = g.parts([o.mentors, o.mentees])
    return translate("Report", "{0} people took part in {1} pairs: {2} and {3}.").format(
        g.count(o.participants),
        g.count(o.pairs.formed),
        counted_figure(mentors, translate("Report", "{0} junior mentor"),
                       translate("Report", "{0} junior mentors")),
        counted_figure(mentees, translate("Report", "{0} senior mentee"),
                       translate("Report", "{0} senior mentees")),
    )  # fmt: skip


def _retention(o: Outcomes, g: Guard) -> str:
    p = o.pairs
    ended = g.parts([p.active, p.completed, p.ended_early])[2]
    if guard_word(ended):
        return translate(
            "Report",
            "How many pairs ended early is withheld: too few to show without naming them.",
        )
    kept = p.formed - p.ended_early
    if p.ended_early == 0:
        return translate(
            "Report", "Every pair that started is still meeting or has completed ({0})."
        ).format(percent(1.0))
    return translate(
        "Report", "{0} of {1} pairs ({2}) are still meeting or completed; {3} ended early."
    ).format(kept, p.formed, percent(p.retention_rate), _pairs(p.ended_early))


def _learning(o: Outcomes, g: Guard, role: str) -> str:
    """What changed in a side's self-assessment, over the dimensions with 3 people or
    more who answered both before and after."""
    who = _role_people(role)
    dims = [d for d in o.dimensions if d.role == role]
    if not dims:
        return ""
    enough = [d for d in dims if d.n_both >= SMALL_GROUP and d.mean_change is not None]
    most = max((d.n_both for d in dims), default=0)
    if not enough:
        if most == 0:
            if role == "mentee":
                return translate(
                    "Report",
                    "No senior mentee has both a baseline and a final self-assessment yet, so "
                    "what changed for them cannot be said.",
                )
            return translate(
                "Report",
                "No junior mentor has both a baseline and a final self-assessment yet, so "
                "what changed for them cannot be said.",
            )
        few = translate(
            "Report",
            "{0} among the {1} answered both before and after: too few to say what changed "
            "for them.",
        ).format(_people(most, g), who)
        return few[0].upper() + few[1:]
    changes = [(d, d.mean_change or 0.0) for d in enough]
    # Decided on the figure as rounded for print: a change shown as 0.0 is no change.
    up = [d for d, change in changes if plain.signed(change) != "0.0" and change > 0]
    down = [d for d, change in changes if plain.signed(change) != "0.0" and change < 0]
    largest: DimensionStats = max(enough, key=lambda d: abs(d.mean_change or 0))
    dimensions = counted(len(enough), translate("Report", "{0} dimension"),
                         translate("Report", "{0} dimensions"))  # fmt: skip
    if up:
        text = translate(
            "Report", "The {0} rated themselves higher at the end than at the start on {1} of {2}"
        ).format(who, len(up), dimensions)
    else:
        text = translate(
            "Report",
            "The {0} rated themselves no higher at the end than at the start on any of {1}",
        ).format(who, dimensions)
    if down:
        text += translate("Report", " and lower on {0}").format(len(down))
    text += translate(
        "Report", "; the largest change was in {0} ({1} on a 1–5 scale, {2} with both answers)."
    ).format(esc(largest.dimension), signed(largest.mean_change), _people(largest.n_both, g))
    return text


def _goals(o: Outcomes, g: Guard) -> str:
    hidden = g.goal_rows(o)
    total = o.goals_total
    if total.label in hidden or total.set == 0:
        return "" if total.set else translate("Report", "No goals were recorded for this cycle.")
    goals = counted(total.set, translate("Report", "{0} goal"), translate("Report", "{0} goals"))
    senior = o.goals_by_owner[0]  # the mentees: what the senior leaders committed to
    if senior.label not in hidden and senior.set:
        return translate(
            "Report",
            "{0} of {1} set were achieved ({2}); senior mentees achieved {3} of the {4} they "
            "set themselves.",
        ).format(total.achieved, goals, percent(total.achievement_rate), senior.achieved,
                 senior.set)  # fmt: skip
    return translate("Report", "{0} of {1} set were achieved ({2}).").format(
        total.achieved, goals, percent(total.achievement_rate)
    )


def _reaction(o: Outcomes, g: Guard) -> str:
    parts = []
    for s in o.satisfaction:
        if s.n == 0 or s.mean is None:
            continue
        who = _role_people(s.role)
        if g.on and small_group(s.n):
            parts.append(translate("Report", "{0}: {1} people answered").format(who, fewer_than()))
        else:
            parts.append(translate("Report", "{0} out of 5 for {1} ({2})").format(
                mean(s.mean), who, _people(s.n, g)))  # fmt: skip
    if not parts:
        return translate("Report", "Nobody has answered the satisfaction question yet.")
    return translate("Report", "Satisfaction with the programme averaged {0}.").format(
        translate("Report", " and ").join(parts)
    )


def _again(again: TakePartAgain, g: Guard) -> str:
    """Said only over 3 answers or more; anonymised, only the answers the table shows."""
    n = again.answered
    if n < SMALL_GROUP:
        return ""
    yes, maybe, no = g.parts([again.yes, again.maybe, again.no])
    if guard_word(yes):
        return translate(
            "Report",
            "{0} people answered whether they would take part again; how many said yes is "
            "withheld: too few in some answers to show.",
        ).format(n)
    text = translate(
        "Report", "Of the {0} people who answered, {1} would take part again ({2})"
    ).format(n, yes, percent(again.yes / n))
    rest = [
        translate("Report", "{0} maybe").format(maybe) if not guard_word(maybe) else "",
        translate("Report", "{0} would not").format(no) if not guard_word(no) else "",
    ]
    shown = [part for part in rest if part]
    if len(shown) == len(rest):
        return translate("Report", "{0}, {1} and {2}.").format(text, shown[0], shown[1])
    if shown:
        return translate("Report", "{0}, {1}; the other answer is too few to show.").format(
            text, shown[0]
        )
    return translate("Report", "{0}; the other answers are too few to show.").format(text)


def _compared(data: ReportData, g: Guard) -> str:
    previous = data.previous
    assert previous is not None
    before, now = previous.outcomes, data.outcomes
    gp = Guard(previous)
    parts = [translate("Report", "{0} people took part then ({1} now)").format(
        gp.count(before.participants), g.count(now.participants))]  # fmt: skip
    rates = []
    for o, guard in ((before, gp), (now, g)):
        hidden = guard.goal_rows(o)
        rates.append(
            "" if o.goals_total.label in hidden else percent(o.goals_total.achievement_rate)
        )
    if all(rates) and "–" not in rates:
        parts.append(translate("Report", "goals achieved: {0} then, {1} now").format(*rates))
    then, this = figures_of("", previous.people), figures_of("", data.people)
    if (then.n_satisfaction >= SMALL_GROUP and this.n_satisfaction >= SMALL_GROUP
            and then.satisfaction is not None and this.satisfaction is not None):  # fmt: skip
        parts.append(translate("Report", "satisfaction {0} then, {1} now").format(
            mean(then.satisfaction), mean(this.satisfaction)))  # fmt: skip
    return translate("Report", "Compared with {0}: {1}.").format(
        esc(before.cycle_name), "; ".join(parts)
    )
