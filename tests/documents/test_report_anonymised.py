"""The anonymised end-of-cycle report: no name, no pair and no small group can be traced
back, whether read off the page or worked out from the figures beside it."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re

from pypdf import PdfReader

from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from rmdesk.programme.assessments import AssessmentData, dimensions, save_assessment
from rmdesk.programme.checkins import record_fit
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.figures import FEWER_THAN, WITHHELD, count_text
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.names import fold_names
from rmdesk.programme.pairs import activate_pair, complete_pair, create_pair, end_pair_early
from rmdesk.programme.participants import create_participant
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Meeting, Participant, Topic
from tests.builders import person
from tests.documents.sample import PRIVATE_NOTE, TODAY, flat, pages

START = dt.date(2026, 1, 5)
FIGURE = rf"({FEWER_THAN}|{WITHHELD}|\d+)"  # how a count reads in the report


def report_pdf(cycle: int, anonymised: bool = True) -> bytes:
    return render_report(report_data(cycle, anonymised=anonymised), load_settings(), TODAY)


def report_text(cycle: int, anonymised: bool = True) -> list[str]:
    return [flat(page) for page in pages(report_pdf(cycle, anonymised))]


def test_no_name_in_any_form_no_address_and_no_free_text_reach_the_anonymised_report(
    programme,
):
    """Goal titles and end reasons mention people as coordinators type them: none of it
    is printed, scrubbed or not."""
    create_participant(ParticipantData(
        full_name="Burak Kaya", role="mentor", level=2, email="burak.kaya@example.org",
        job_title="Cloud Engineer",
    ))  # not in the cycle, but named in its goals  # fmt: skip
    first, _second, third = programme.pairs
    titles = ["Review Burak's slides with burak kaya", "Coffee with Zoe Lukasiewicz",
              "Write to zoe@example.org", "Ask ΣΟΦΙΑ about дмитрий's budget",
              "Learn what a data analyst does"]  # fmt: skip
    for title in titles:
        create_goal(first if "Zoe" in title else third, GoalData("mentee", title))
    end_pair_early(third, "robert's move to Aiko Ito's team; write to robert.o@private.example",
                   ended_on=dt.date(2025, 5, 1))  # fmt: skip
    text = " ".join(report_text(programme.cycle))
    folded = fold_names([text])[0]
    leaks = []
    for name, email, job in Participant.select(
        Participant.full_name, Participant.email, Participant.job_title
    ).tuples():
        for word in {name, *name.split()}:
            plain = fold_names([word])[0]
            if re.search(rf"(?<!\w){re.escape(plain)}(?!\w)", folded):
                leaks.append(word)
        leaks += [item for item in (email, job) if item and item.casefold() in text.casefold()]
    assert leaks == []
    assert re.findall(r"\S+@\S+", text) == []
    for title in [*titles, "Post weekly on the intranet", "Learn how the graduates use Slack"]:
        assert title not in text, title
    for left_out in ("[name]", "[email]", "PRIVATE", PRIVATE_NOTE, "move to", "Athens"):
        assert left_out not in text, left_out
    assert "End reasons are left out of the anonymised report." in text


def test_the_anonymised_report_has_nothing_per_pair(programme):
    """A pair's section, whatever is taken out of it, describes two people: counted
    against the summary's "Ended early", its status alone tells who left."""
    assert report_data(programme.cycle, anonymised=True).pairs == ()
    anonymous = report_text(programme.cycle)
    last = f"Page {len(anonymous)} of {len(anonymous)} End-of-cycle report (anonymised)"
    assert last in anonymous[-1]  # no appendix after the figures
    text = " ".join(anonymous)
    assert re.search(r"Pair \d", text) is None
    for per_pair in ("Ended early.", "Active.", "meetings held (", "OWNER GOAL", "Outcome —"):
        assert per_pair not in text, per_pair
    assert "The named report has a section per pair; this one has none." in text
    named = " ".join(report_text(programme.cycle, anonymised=False))
    assert "Pair 2 · Дмитрий Соколов (mentor) and Σοφία Παπαδοπούλου (mentee)" in named
    assert "Ended early, started 6 January 2025, ended 1 March 2025" in named


def test_the_named_report_still_prints_what_the_anonymised_one_leaves_out(programme):
    text = " ".join(report_text(programme.cycle, anonymised=False))
    assert "Σοφία Παπαδοπούλου moved to Athens" in text
    assert "started 6 January 2025, ended 1 March 2025" in text
    assert "Post weekly on the intranet" in text


def _small_groups_cycle() -> int:
    """Five pairs: satisfaction and baselines from 2 mentees and 3 mentors, a topic with
    the goals of 2 people and one with 3, 2 pairs ended early, 2 "good fit" answers."""
    cycle = create_cycle(CycleData(name="Small", start_date=START))
    social = Topic.get(Topic.name == "Social media").id
    innovation = Topic.get(Topic.name == "Innovation").id
    for n in range(5):
        mentor, mentee = person(f"Mentor {n}", "mentor"), person(f"Mentee {n}", "mentee")
        pair = create_pair(cycle, mentor, mentee)
        activate_pair(pair, started_on=START)
        create_goal(pair, GoalData("mentee", f"Goal {n}", social if n < 2 else innovation))
        for who, role, answers in ((mentee, "mentee", n < 2), (mentor, "mentor", n < 3)):
            if answers:
                scores = {d.name: 3 for d in dimensions(role)}
                save_assessment(AssessmentData(pair, who, "baseline", START, scores, 4, ""))
        if n < 2:
            Meeting.create(pair=pair, starts_at=dt.datetime(2026, 1, 12, 10), status="held")
            record_fit(pair, mentor, "good_fit", on=START)
            end_pair_early(pair, f"Reason {n}", ended_on=dt.date(2026, 3, 1))
    return cycle


def test_a_figure_about_two_people_reads_fewer_than_3(db):
    cycle = _small_groups_cycle()
    summary = " ".join(report_text(cycle))
    for shown in (
        "Mentees (senior) fewer than 3",  # satisfaction: 2 answers
        "Mentors (junior) 3 4.0",  # 3 answers: shown
        "Mentees Digital fluency fewer than 3",  # baseline n = 2
        "Mentors Confidence with senior leaders 3 3.0",
        "Good fit fewer than 3",
        "Ended early fewer than 3",
        "Still active withheld",  # 5 formed - 3 active would give the 2 back
        "Social media fewer than 3",  # the goals of 2 people
        "Innovation withheld",  # all 5 goals - Innovation's 3 would give Social media's 2
        "Mentee (senior) 5 0 0 % 0 %",
        "Held fewer than 3",  # the meetings of 2 pairs
    ):
        assert shown in summary, shown
    assert "withheld retention" in summary  # retention would give the 2 ended early back
    named_text = " ".join(report_text(cycle, anonymised=False))
    # Breakdowns word small groups in every copy; the rest of the named report does not.
    named, breakdowns = named_text.split("Who took part: by department")
    assert "fewer than 3" in breakdowns
    for shown in ("Mentees (senior) 2 4.0", "Good fit 2", "Ended early 2", "Still active 3",
                  "Innovation 3 0 0 % 0 %", "Social media 2 0 0 % 0 %",
                  "Digital fluency 2 3.0", "Held 2"):  # fmt: skip
        assert shown in named, shown
    assert "fewer than 3" not in named and "withheld" not in named


# -- what can be worked out from a total --------------------------------------------------

MEETING_DAY = dt.datetime(2026, 1, 12, 10)


def _leaky_cycle() -> int:
    """Seven pairs (14 people, one goal each) whose small groups hiding each on its own
    would give away by subtraction from the totals the report prints:

    * pairs: 5 active, 1 completed, 1 ended early (7 formed: 7 - 5 leaves 1 and 1);
    * fit: 11 good fit, 1 still deciding, 1 not a good fit, 1 not asked (14 people:
      14 - 11 leaves 3 over three groups of 1 or 2, each 1, although 3 is not "fewer
      than 3");
    * meetings: one held by each pair and one missed by one pair (8 scheduled);
    * goals: Innovation 8 people, Social media 5, Career development 1 (14 goals).
    """
    cycle = create_cycle(CycleData(name="Leaky", start_date=START))
    topics = [Topic.get(Topic.name == name).id
              for name in ("Innovation", "Social media", "Career development")]  # fmt: skip
    people: list[tuple[int, int, str]] = []
    pairs = []
    for n in range(7):
        mentor, mentee = person(f"Mentor {n}", "mentor"), person(f"Mentee {n}", "mentee")
        pair = create_pair(cycle, mentor, mentee)
        activate_pair(pair, started_on=START)
        Meeting.create(pair=pair, starts_at=MEETING_DAY, status="held")
        people += [(pair, mentee, "mentee"), (pair, mentor, "mentor")]
        pairs.append(pair)
    Meeting.create(pair=pairs[0], starts_at=MEETING_DAY + dt.timedelta(days=14), status="missed")
    for k, (pair, who, role) in enumerate(people):
        topic = topics[0] if k < 8 else topics[1] if k < 13 else topics[2]
        title = "Goal only one person has" if k == 13 else f"Goal {k}"
        create_goal(pair, GoalData(role, title, topic))
        if k:  # the first person is not asked yet
            answer = {1: "still_deciding", 2: "not_a_good_fit"}.get(k, "good_fit")
            record_fit(pair, who, answer, on=START)
    complete_pair(pairs[5], ended_on=dt.date(2026, 6, 1))
    end_pair_early(pairs[6], "Left", ended_on=dt.date(2026, 3, 1))
    return cycle


def _row(text: str, label: str) -> str:
    found = re.search(rf"{re.escape(label)} {FIGURE}", text)
    assert found, label
    return found.group(1)


def _open(total: int, cells: list[str]) -> bool:
    """Whether a reader who knows the total and the figures shown still cannot work out
    any hidden one: they add up to at least 3, and each could be more than one value
    (a "fewer than 3" 1 or 2, a "withheld" 3 or more)."""
    rest = total - sum(int(cell) for cell in cells if cell.isdigit())
    hidden = [cell for cell in cells if not cell.isdigit()]
    if not hidden:
        return True
    if rest < 3:
        return False
    ranges = [[1, 2] if cell == FEWER_THAN else range(3, rest + 1) for cell in hidden]
    possible = [values for values in itertools.product(*ranges) if sum(values) == rest]
    return all(len({values[i] for values in possible}) > 1 for i in range(len(hidden)))


def test_no_small_group_can_be_worked_out_from_the_totals_printed(db):
    cycle = _leaky_cycle()
    text = " ".join(report_text(cycle))
    before, chart = text.split("Goals by topic")
    charts, after = chart.split("4 · Results")
    summary = before + after  # every table, without the chart's labels
    tables = {
        # table: (its total as printed, [(label, what it is), ...])
        "pairs": (_row(summary, "Formed (started)"),
                  [("Still active", 5), ("Completed", 1), ("Ended early", 1)]),
        "fit": (re.search(r"(\d+) participants", summary).group(1),
                [("Good fit", 11), ("Still deciding", 1), ("Not a good fit", 1),
                 ("Not asked yet", 1)]),
        "meetings": (re.search(r"of (\d+) scheduled", summary).group(1),
                     [("Held", 7), ("Still planned", 0), ("Cancelled", 0), ("Missed", 1)]),
        "topics": (_row(summary, "All goals"),
                   [("Innovation", 8), ("Social media", 5), ("Career development", 1)]),
    }  # fmt: skip
    for name, (total, rows) in tables.items():
        assert total.isdigit(), name
        true = [n for _label, n in rows]
        assert int(total) == sum(true), name
        cells = [_row(summary, label) for label, _n in rows]
        assert _open(int(total), cells), (name, cells)
        # Hiding only the small ones would have given them away.
        assert not _open(int(total), [count_text(n) for n in true]), name
    assert [_row(summary, label) for label in ("Good fit", "Still deciding", "Not asked yet")] == [
        WITHHELD, FEWER_THAN, FEWER_THAN]  # fmt: skip
    assert _row(summary, "Innovation") == "8"  # as much as possible stays
    assert "Social media withheld" in summary and "Career development fewer than 3" in summary
    assert "Completed 0" not in summary and "Still planned 0" in summary  # a 0 stays
    # Rates that would give a hidden figure back go with it.
    assert "withheld retention" in summary and "withheld attendance" in summary
    assert _row(summary, "Attendance") == WITHHELD
    # The topic left out of the chart, and its goal, appear nowhere else.
    assert "Goal only one person has" not in text and "Goal 13" not in text
    assert "Career development" not in charts and "Social media" not in charts
    assert "2 topics left out of the chart" in charts
    named = " ".join(report_text(cycle, anonymised=False))
    assert "Missed 1" in named and "Career development 1 0 0 % 0 %" in named


Placed = tuple[str, float, tuple[int, float], float]


def _placed(data: bytes) -> list[Placed]:
    """Each piece of text: (text, x, (page, baseline height on the page), font size)."""
    found: list[Placed] = []
    for page, content in enumerate(PdfReader(io.BytesIO(data)).pages):

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float,
                  page: int = page) -> None:  # fmt: skip
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((text.strip(), x, (page, round(y, 2)), size))

        content.extract_text(visitor_text=visit)
    return found


def _beside(placed: list[Placed], label: str) -> tuple[str, float]:
    """The figure printed in a row's label's line, to its right: (text, font size); and
    the label's own size, which is the size of the numbers in the table."""
    _text, x, y, _size = next(item for item in placed if item[0] == label)
    right = sorted((at, text, size) for text, at, line, size in placed if line == y and at > x)
    return right[0][1], right[0][2]


def test_hidden_figures_print_in_the_type_and_on_the_line_of_the_figures(db):
    placed = _placed(report_pdf(_leaky_cycle()))
    number = _beside(placed, "Formed (started)")
    assert number == ("7", 8.5)
    for label in ("Still active", "Completed", "Ended early", "Missed", "Attendance",
                  "Good fit", "Not asked yet", "Social media", "Career development"):  # fmt: skip
        word, size = _beside(placed, label)
        assert word in (FEWER_THAN, WITHHELD) and size == number[1], (label, word, size)
    assert _beside(placed, "Innovation") == ("8", number[1])
    # The headline: a hidden figure's word is smaller than a number (it must fit the
    # column) but stands on the numbers' baseline: retention, meetings held, attendance.
    participants = next(item for item in placed if item[0] == "14")
    headline = [item for item in placed if item[2] == participants[2]]
    assert [text for text, *_rest in headline] == [
        "14", "7", WITHHELD, WITHHELD, WITHHELD, "0 %"]  # fmt: skip
    assert {size for text, _x, _y, size in headline if text == WITHHELD} == {10}
    assert participants[3] == 17


def test_the_anonymised_report_says_what_its_words_mean_on_page_one(db):
    """US Letter, every topic with goals, most of them hidden."""
    from rmdesk.documents.settings import DocumentSettings, save_settings
    from rmdesk.store.models import Pair

    save_settings(DocumentSettings(paper="Letter"))
    cycle = _leaky_cycle()
    first = Pair.select(Pair.id).where(Pair.cycle == cycle).order_by(Pair.id).scalar()
    for topic_id in Topic.select(Topic.id).tuples():
        create_goal(first, GoalData("mentee", "A goal", topic_id[0]))
    all_pages = report_text(cycle)
    assert "“withheld”: hidden so that those cannot be worked out from a total." in all_pages[0]
    assert "In brief" in all_pages[0]
    assert "10 topics hidden: too few people to show." in " ".join(all_pages)
