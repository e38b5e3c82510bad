"""The report leadership reads: every n counts people and the headline agrees with the
tables, the breakdowns hide small groups, the previous cycle side by side, round axes."""

from __future__ import annotations

import datetime as dt
import re

from rmdesk.documents.charts import grouped_bars, round_step
from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from rmdesk.programme.assessments import AssessmentData, dimensions, save_assessment
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.demo_programme import load_demo
from rmdesk.programme.goals import GoalData, create_goal, mark_achieved
from rmdesk.programme.outcomes import cycle_outcomes
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.programme.participants import create_participant
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Cycle, Participant
from tests.builders import person
from tests.documents.sample import TODAY, flat, pages
from tests.documents.test_report_anonymised import FIGURE, _open

START = dt.date(2026, 1, 5)


def text_of(cycle: int, **options: bool) -> str:
    pdf = render_report(report_data(cycle, **options), load_settings(), TODAY)
    return " ".join(flat(page) for page in pages(pdf))


def _number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, pattern
    return int(found.group(1))


def test_someone_in_two_pairs_counts_once_in_every_n(db):
    cycle = create_cycle(CycleData(name="Twice", start_date=START))
    senior = create_participant(ParticipantData(full_name="Sam Senior", role="mentee", level=5,
                                                capacity=2))  # fmt: skip
    for n in range(2):
        pair = create_pair(cycle, person(f"Mentor {n}", "mentor"), senior)
        activate_pair(pair, started_on=START)
        for phase, score in (("baseline", 2 + n), ("final", 4 + n)):
            scores = {d.name: score for d in dimensions("mentee")}
            save_assessment(AssessmentData(pair, senior, phase, START, scores, 3 + n, ""))
    o = cycle_outcomes(cycle)
    assert (o.participants, o.mentees) == (3, 1)
    (mentee,) = [s for s in o.satisfaction if s.role == "mentee"]
    assert (mentee.n, mentee.mean) == (1, 3.5)  # one person, the mean of their 3 and 4
    first = next(d for d in o.dimensions if d.role == "mentee")
    assert (first.n_baseline, first.n_final, first.n_both) == (1, 1, 1)
    assert (first.mean_baseline, first.mean_change) == (2.5, 2.0)
    data = report_data(cycle)
    assert [p.role for p in data.people] == ["mentee", "mentor", "mentor"]


def test_the_headline_and_every_table_agree_on_the_demo(db):
    load_demo(60, 1)
    cycle = Cycle.select(Cycle.id).scalar()
    for anonymised in (False, True):
        text = text_of(cycle, anonymised=anonymised)
        o = cycle_outcomes(cycle)
        participants = _number(r"(\d+) participants", text)
        assert participants == o.participants == o.mentors + o.mentees
        # Both breakdowns add up to the headline, each person once (without names they
        # show only their sizes, so the figures' n are the named copy's).
        if not anonymised:
            alls = re.findall(r"All (\d+) ([\d.]+) \((\d+)\) [+\-\d.]+ \((\d+)\) \d+ % \((\d+)\)",
                              text)  # fmt: skip
            assert len(alls) == 2 and alls[0] == alls[1], alls
            people, n_satisfaction, n_change, n_goals = map(int, (alls[0][0], *alls[0][2:]))
        else:
            breakdowns = text.split("Who took part: by department")[1]
            sizes = re.findall(r"All (\d+)", breakdowns)[:2]
            assert sizes == [str(people), str(people)], sizes
        assert people == participants
        # Satisfaction: the people of the Reaction table are the breakdown's.
        mentees = _number(r"Mentees \(senior\) (\d+) [\d.]+", text)
        mentors = _number(r"Mentors \(junior\) (\d+) [\d.]+", text)
        assert mentees + mentors == n_satisfaction
        assert mentees <= o.mentees and mentors <= o.mentors
        # No dimension counts more people than took part on its side.
        assert all(d.n_baseline <= (o.mentees if d.role == "mentee" else o.mentors)
                   for d in o.dimensions)  # fmt: skip
        assert 0 < n_change <= people and 0 < n_goals <= people
        # Goals: the headline's "achieved of set" is the table's "All goals" row.
        achieved, goals_set = map(int, re.search(r"goals achieved (\d+) of (\d+)", text).groups())
        assert f"All goals {goals_set} {achieved} " in text
        assert (goals_set, achieved) == (o.goals_total.set, o.goals_total.achieved)
        summary = text.split("1 · Reaction")[0]
        assert f"{participants} people took part in {o.pairs.formed} pairs" in summary
        assert f"{achieved} of {goals_set} goals set were achieved" in summary


def _departments_cycle() -> int:
    """People in departments of 5, 4, 2 and 1, one pair each side across departments."""
    cycle = create_cycle(CycleData(name="Departments", start_date=START))
    sizes = {"Sales": 5, "Finance": 4, "Legal": 2, "Audit": 1}
    people = [(dept, n) for dept, size in sizes.items() for n in range(size)]
    ids = []
    for k, (dept, n) in enumerate(people):
        role = "mentor" if k % 2 == 0 else "mentee"
        ids.append(create_participant(ParticipantData(
            full_name=f"{dept} person {n}", role=role, level=2 if role == "mentor" else 5,
            department=dept)))  # fmt: skip
    for mentor, mentee in zip(ids[::2], ids[1::2], strict=True):
        pair = create_pair(cycle, mentor, mentee)
        activate_pair(pair, started_on=START)
        mark_achieved(create_goal(pair, GoalData("mentee", "A goal")), on=START)
        for who, role in ((mentor, "mentor"), (mentee, "mentee")):
            scores = {d.name: 3 for d in dimensions(role)}
            save_assessment(AssessmentData(pair, who, "baseline", START, scores, 4, ""))
    return cycle


def test_breakdown_cells_under_3_people_read_fewer_than_3_and_cannot_be_worked_out(db):
    cycle = _departments_cycle()
    for anonymised in (False, True):
        text = text_of(cycle, anonymised=anonymised)
        table = text.split("Who took part: by department")[1].split("By level band")[0]
        cells = {dept: re.search(rf"{dept} {FIGURE}", table).group(1)
                 for dept in ("Sales", "Finance", "Legal", "Audit")}  # fmt: skip
        assert cells["Legal"] == cells["Audit"] == "fewer than 3"
        assert cells["Sales"] == "5"  # as much as possible stays
        total = _number(r"All (\d+)", table)
        assert total == 12
        assert _open(total, list(cells.values())), cells
        if anonymised:
            # Without names, a group shows its size only: a band's or a department's mean
            # beside the tables by role could be subtracted to give back one person's.
            assert table.split(" All ")[0].split("PEOPLE ", 1)[1].split() == [
                "Sales", "5", "Finance", "withheld", "Legal", "fewer", "than", "3",
                "Audit", "fewer", "than", "3"]  # fmt: skip
            assert "SATISFACTION" not in table.upper().split("IN THIS COPY")[0]
            assert "Audit person" not in text
        else:
            # A hidden group shows no other figure: its whole row is the word.
            assert re.search(r"Audit fewer than 3 fewer than 3 fewer than 3 fewer than 3", table)


def test_the_previous_cycle_side_by_side(db):
    old = create_cycle(CycleData(name="Cohort 2025", start_date=dt.date(2025, 1, 6)))
    new = create_cycle(CycleData(name="Cohort 2026", start_date=START))
    for cycle, count in ((old, 3), (new, 4)):
        for n in range(count):
            pair = create_pair(cycle, person(f"Mentor {cycle}.{n}", "mentor"),
                               person(f"Mentee {cycle}.{n}", "mentee"))  # fmt: skip
            activate_pair(pair, started_on=Cycle.get_by_id(cycle).start_date)
    text = text_of(new)
    assert "Compared with the previous cycle COHORT 2025 COHORT 2026" in text
    assert "People taking part 6 8" in text and "Pairs formed 3 4" in text
    assert "Compared with Cohort 2025: 6 people took part then (8 now)" in text
    assert "Compared with" not in text_of(old)  # the first cycle has none before it
    anonymous = text_of(new, anonymised=True)
    assert "People taking part 6 8" in anonymous


def test_a_person_without_a_department_and_level_bands_in_order(db):
    cycle = _departments_cycle()
    Participant.update(department="").where(Participant.full_name == "Sales person 0").execute()
    text = text_of(cycle)
    assert "No department given" in text
    bands = text.split("By level band")[1]
    assert bands.index("Levels 1–2") < bands.index("Levels 5–6")


def test_chart_axes_step_on_round_numbers():
    assert [round_step(top) for top in (1, 4, 6, 7, 12, 21, 37, 60, 130, 999)] == [
        1, 1, 1, 2, 2, 5, 10, 10, 50, 200]  # fmt: skip


def test_no_heading_ends_a_page_on_the_demo(db):
    load_demo(60, 1)
    cycle = Cycle.select(Cycle.id).scalar()
    headings = ("In brief", "1 · Reaction", "2 · Learning", "3 · Behaviour", "4 · Results",
                "Before and after, per dimension", "Goals by topic", "Satisfaction (1–5)",
                "Who took part: by department", "By level band", "Pairs")  # fmt: skip
    for anonymised in (False, True):
        pdf = render_report(report_data(cycle, anonymised=anonymised), load_settings(), TODAY)
        for page in pages(pdf):
            body = flat(page).split(" Generated ")[0]
            last_line = page.strip().splitlines()[-3:]
            assert not any(body.endswith(h) for h in headings), last_line
            assert not re.search(r"Pair \d+ · [^·]*\(mentee\)$", body), last_line


def test_chart_labels_in_any_script_print_in_their_font():
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import String

    from tests.documents.test_scripts import read_back

    labels = ["王秀英的目标", "محمد العلي", "Digital fluency"]
    drawing = grouped_bars(400, labels, [("Set", [3, 2, 1])])
    drawn = [s for s in drawing.contents if isinstance(s, String)]
    font_at = {s.fontName: s.y for s in drawn}
    assert {"DroidSansFallback", "NotoSansArabic", "DejaVuSans"} <= set(font_at)
    text = read_back(renderPDF.drawToString(drawing))
    assert "王秀英的目标" in text and "Digital fluency" in text
    # Top to bottom in the order given: Chinese, Arabic, then the Latin label.
    latin = next(s.y for s in drawn if s.text == "Digital fluency")
    assert font_at["DroidSansFallback"] > font_at["NotoSansArabic"] > latin


def test_a_mean_nobody_gave_draws_no_bar_and_no_zero(tmp_path):
    """No final assessments yet: the After bars are absent, not drawn at "0.0"."""
    from pypdf import PdfReader
    from reportlab.graphics import renderPDF

    from rmdesk.documents.charts import grouped_bars

    drawing = grouped_bars(
        400, ["Digital fluency", "Listening"],
        [("Before", [3.2, 2.0]), ("After", [None, 4.1])],
        value_max=5, value_step=1, value_format="%.1f",
    )  # fmt: skip
    target = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(target))
    words = PdfReader(target).pages[0].extract_text().split()
    axis = ["0.0", "1.0", "2.0", "3.0", "4.0", "5.0"]
    labels = [w for w in words if re.fullmatch(r"\d\.\d", w)]
    assert sorted(labels) == sorted([*axis, "3.2", "2.0", "4.1"])  # one 0.0: the axis's
