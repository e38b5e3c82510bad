"""The written summary that opens the end-of-cycle report: a few sentences made from
the figures, for a reader who reads nothing else.

Each sentence says what changed, for whom and over how many people, and only what the
figures hold: a self-assessment is "rated themselves", not "improved"; a change is
only called a change over at least 3 people, and a figure about 1 or 2 is said to be
about so few ("only 2 people"), or, anonymised, "fewer than 3".  Every number goes
through the report's ``Guard``, so the summary hides exactly what the tables hide.
"""

from __future__ import annotations

from rmdesk.documents.report_data import ReportData
from rmdesk.documents.report_groups import figures_of
from rmdesk.documents.report_tables import Guard, guard_word
from rmdesk.documents.text import esc, mean, percent, signed
from rmdesk.programme.assessments import TakePartAgain
from rmdesk.programme.figures import FEWER_THAN, SMALL_GROUP, small_group
from rmdesk.programme.outcomes import DimensionStats, Outcomes
from rmdesk.programme.wording import counted

ROLE_PEOPLE = {"mentee": "senior mentees", "mentor": "junior mentors"}
FEW_PAIRS = 10  # below this, a percentage moves by 10 points or more per pair


def _people(n: int, g: Guard) -> str:
    """``19 people``; about 1 or 2, "only 2 people" (named) or "fewer than 3 people"."""
    if small_group(n):
        return f"{FEWER_THAN} people" if g.on else f"only {counted(n, 'person', 'people')}"
    return counted(n, "person", "people")


def summary_sentences(data: ReportData) -> list[str]:
    """Paragraph markup, one sentence (or two) per item, most important first."""
    o = data.outcomes
    g = Guard(data)
    if o.pairs.formed == 0:
        return [
            "No pair has started in this cycle yet, so there are no outcomes to report: "
            "the figures below are all zero or empty."
        ]
    sentences = [_who(o, g), _retention(o, g)]
    sentences += [_learning(o, g, role) for role in ("mentee", "mentor")]
    sentences += [_goals(o, g), _reaction(o, g), _again(data.take_part_again, g)]
    if data.previous is not None:
        sentences.append(_compared(data, g))
    if o.pairs.formed < FEW_PAIRS:
        sentences.append(
            f"With only {counted(o.pairs.formed, 'pair')}, one pair more or less changes a "
            f"percentage by {100 // o.pairs.formed} points or more, so read each percentage "
            "with the count beside it."
        )
    return [s for s in sentences if s]


def _who(o: Outcomes, g: Guard) -> str:
    mentors, mentees = g.parts([o.mentors, o.mentees])
    return (
        f"{g.count(o.participants)} people took part in {g.count(o.pairs.formed)} pairs: "
        f"{mentors} junior {'mentor' if mentors == '1' else 'mentors'} and {mentees} senior "
        f"{'mentee' if mentees == '1' else 'mentees'}."
    )


def _retention(o: Outcomes, g: Guard) -> str:
    p = o.pairs
    ended = g.parts([p.active, p.completed, p.ended_early])[2]
    if guard_word(ended):
        return "How many pairs ended early is withheld: too few to show without naming them."
    kept = p.formed - p.ended_early
    if p.ended_early == 0:
        return f"Every pair that started is still meeting or has completed ({percent(1.0)})."
    return (
        f"{kept} of {p.formed} pairs ({percent(p.retention_rate)}) are still meeting or "
        f"completed; {counted(p.ended_early, 'pair')} ended early."
    )


def _learning(o: Outcomes, g: Guard, role: str) -> str:
    """What changed in a side's self-assessment, over the dimensions with 3 people or
    more who answered both before and after."""
    who = ROLE_PEOPLE[role]
    dims = [d for d in o.dimensions if d.role == role]
    if not dims:
        return ""
    enough = [d for d in dims if d.n_both >= SMALL_GROUP and d.mean_change is not None]
    most = max((d.n_both for d in dims), default=0)
    if not enough:
        if most == 0:
            return (f"No {who[:-1]} has both a baseline and a final self-assessment yet, so "
                    "what changed for them cannot be said.")  # fmt: skip
        few = _people(most, g)
        return (f"{few[0].upper()}{few[1:]} among the {who} answered both before and after: "
                "too few to say what changed for them.")  # fmt: skip
    changes = [(d, d.mean_change or 0.0) for d in enough]
    up = [d for d, change in changes if signed(change) != "0.0" and change > 0]
    down = [d for d, change in changes if signed(change) != "0.0" and change < 0]
    largest: DimensionStats = max(enough, key=lambda d: abs(d.mean_change or 0))
    of = f"{len(up)} of {counted(len(enough), 'dimension')}"
    if up:
        text = f"The {who} rated themselves higher at the end than at the start on {of}"
    else:
        text = f"The {who} rated themselves no higher at the end than at the start on any of " \
               f"{counted(len(enough), 'dimension')}"  # fmt: skip
    if down:
        text += f" and lower on {len(down)}"
    text += (
        f"; the largest change was in {esc(largest.dimension)} "
        f"({signed(largest.mean_change)} on a 1–5 scale, {_people(largest.n_both, g)} "
        "with both answers)."
    )
    return text


def _goals(o: Outcomes, g: Guard) -> str:
    hidden = g.goal_rows(o)
    total = o.goals_total
    if total.label in hidden or total.set == 0:
        return "" if total.set else "No goals were recorded for this cycle."
    text = (f"{total.achieved} of {counted(total.set, 'goal')} set were achieved "
            f"({percent(total.achievement_rate)}).")  # fmt: skip
    senior = o.goals_by_owner[0]  # the mentees: what the senior leaders committed to
    if senior.label not in hidden and senior.set:
        text = text[:-1] + (f"; senior mentees achieved {senior.achieved} of the "
                            f"{senior.set} they set themselves.")  # fmt: skip
    return text


def _reaction(o: Outcomes, g: Guard) -> str:
    parts = []
    for s in o.satisfaction:
        if s.n == 0 or s.mean is None:
            continue
        who = ROLE_PEOPLE[s.role]
        if g.on and small_group(s.n):
            parts.append(f"{who}: {FEWER_THAN} people answered")
        else:
            parts.append(f"{mean(s.mean)} out of 5 for {who} ({_people(s.n, g)})")
    if not parts:
        return "Nobody has answered the satisfaction question yet."
    return "Satisfaction with the programme averaged " + " and ".join(parts) + "."


def _again(again: TakePartAgain, g: Guard) -> str:
    """Said only over 3 answers or more; anonymised, only the answers the table shows."""
    n = again.answered
    if n < SMALL_GROUP:
        return ""
    yes, maybe, no = g.parts([again.yes, again.maybe, again.no])
    if guard_word(yes):
        return (f"{n} people answered whether they would take part again; how many said "
                "yes is withheld: too few in some answers to show.")  # fmt: skip
    text = f"Of the {n} people who answered, {yes} would take part again ({percent(again.yes / n)})"
    rest = [f"{maybe} maybe" if not guard_word(maybe) else "",
            f"{no} would not" if not guard_word(no) else ""]  # fmt: skip
    shown = [part for part in rest if part]
    if len(shown) == len(rest):
        return f"{text}, {shown[0]} and {shown[1]}."
    if shown:
        return f"{text}, {shown[0]}; the other answer is too few to show."
    return f"{text}; the other answers are too few to show."


def _compared(data: ReportData, g: Guard) -> str:
    previous = data.previous
    assert previous is not None
    before, now = previous.outcomes, data.outcomes
    gp = Guard(previous)
    parts = [f"{gp.count(before.participants)} people took part then "
             f"({g.count(now.participants)} now)"]  # fmt: skip
    rates = []
    for o, guard in ((before, gp), (now, g)):
        hidden = guard.goal_rows(o)
        rates.append(
            "" if o.goals_total.label in hidden else percent(o.goals_total.achievement_rate)
        )
    if all(rates) and "–" not in rates:
        parts.append(f"goals achieved: {rates[0]} then, {rates[1]} now")
    then, this = figures_of("", previous.people), figures_of("", data.people)
    if (then.n_satisfaction >= SMALL_GROUP and this.n_satisfaction >= SMALL_GROUP
            and then.satisfaction is not None and this.satisfaction is not None):  # fmt: skip
        parts.append(f"satisfaction {mean(then.satisfaction)} then, {mean(this.satisfaction)} now")
    return f"Compared with {esc(before.cycle_name)}: " + "; ".join(parts) + "."
