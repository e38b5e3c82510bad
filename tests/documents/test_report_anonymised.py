"""The anonymised end-of-cycle report: no name, address or small group can be traced back."""

from __future__ import annotations

import datetime as dt
import re

from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from rmdesk.programme.assessments import AssessmentData, dimensions, save_assessment
from rmdesk.programme.checkins import record_fit
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.names import fold_names
from rmdesk.programme.pairs import activate_pair, create_pair, end_pair_early
from rmdesk.programme.participants import create_participant
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Meeting, Participant, Topic
from tests.builders import person
from tests.documents.sample import PRIVATE_NOTE, TODAY, flat, pages

START = dt.date(2026, 1, 5)


def report_text(cycle: int, anonymised: bool = True, seed: int | None = 1) -> list[str]:
    data = report_data(cycle, anonymised=anonymised, seed=seed)
    return [flat(page) for page in pages(render_report(data, load_settings(), TODAY))]


def test_no_name_in_any_form_and_no_address_reaches_the_anonymised_report(programme):
    """Goal titles and end reasons mention people as coordinators type them."""
    create_participant(ParticipantData(
        full_name="Burak Kaya", role="mentor", level=2, email="burak.kaya@example.org",
        job_title="Cloud Engineer",
    ))  # not in the cycle, but named in its goals  # fmt: skip
    first, _second, third = programme.pairs
    titles = {
        first: ["Review Burak's slides with burak kaya", "Shadow BURAK’S team with Kaya'",
                "Coffee with Zoe Lukasiewicz and lukasiewicz’s manager",
                "Write to zoe@example.org and the.board@elsewhere.net",
                "Meet Minh Hang, Ngo and NGÔ THỊ MINH HẰNG's deputy"],
        third: ["Ask ΣΟΦΙΑ about дмитрий's budget", "Lunch with aiko ito and Robert Okafor’s team",
                 "Learn what a data analyst does"],
    }  # fmt: skip
    for pair, goals in titles.items():
        for title in goals:
            create_goal(pair, GoalData("mentee", title))
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
    # The rest of each title is still there to read.
    for kept in ("Review [name]'s slides with [name]", "Shadow [name]’S team with [name]'",
                 "Coffee with [name] and [name]’s manager", "Write to [email] and [email]",
                 "Meet [name], [name] and [name]'s deputy", "Ask [name] about [name]'s budget",
                 "Lunch with [name] and [name]’s team",
                 "Learn what a [job title] does"):  # fmt: skip
        assert kept in text, kept
    assert "PRIVATE" not in text and PRIVATE_NOTE not in text
    assert "move to" not in text  # end reasons are left out, scrubbed or not
    assert "Why pairs ended early is left out of the anonymised report" in text


def test_the_named_report_still_prints_what_the_anonymised_one_leaves_out(programme):
    text = " ".join(report_text(programme.cycle, anonymised=False))
    assert "Σοφία Παπαδοπούλου moved to Athens" in text
    assert "Pair 2 · Дмитрий Соколов (mentor) and Σοφία Παπαδοπούλου (mentee)" in text
    assert "started 6 January 2025, ended 1 March 2025" in text


def _six_pairs_in_name_order() -> tuple[int, dict[str, int]]:
    """Pairs created in name order: ids, the named report's numbers and name order agree,
    so labels taken from any of them would coincide."""
    cycle = create_cycle(CycleData(name="Labels", start_date=START))
    goal_of: dict[str, int] = {}
    for word in ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot"):
        mentor = person(f"A{word} Mentor", "mentor")
        pair = create_pair(cycle, mentor, person(f"A{word} Mentee", "mentee"))
        activate_pair(pair, started_on=START)
        create_goal(pair, GoalData("mentee", f"Goal {word}"))
        goal_of[word] = pair
    return cycle, goal_of


def _labels(cycle: int, seed: int | None) -> dict[int, int]:
    """Pair id -> its anonymised label, found through each pair's own goal."""
    by_goal = {section.goals[0].title: section.number
               for section in report_data(cycle, anonymised=True, seed=seed).pairs}  # fmt: skip
    named = {section.goals[0].title: section.number for section in report_data(cycle).pairs}
    return {named[title]: label for title, label in by_goal.items()}


def test_pair_labels_are_neither_the_ids_nor_the_named_order(db):
    cycle, goal_of = _six_pairs_in_name_order()
    named = report_data(cycle).pairs
    assert [s.number for s in named] == sorted(goal_of.values()) == [1, 2, 3, 4, 5, 6]
    labels = _labels(cycle, seed=1)
    assert sorted(labels.values()) == [1, 2, 3, 4, 5, 6]
    assert labels != {pair: pair for pair in labels}  # ids and named numbers coincide here
    # The label of each pair is drawn, not derived: over many documents every pair gets
    # every label, and keeps its own number no more often than chance (1 in 6).
    draws = [_labels(cycle, seed) for seed in range(300)]
    for pair in labels:
        assert {d[pair] for d in draws} == {1, 2, 3, 4, 5, 6}
        assert sum(d[pair] == pair for d in draws) < 100
    # Without a seed each document draws afresh from the system's randomness.
    assert len({tuple(sorted(_labels(cycle, None).items())) for _ in range(8)}) > 1


def test_the_pdf_prints_pairs_in_label_order_under_their_labels(db):
    cycle, _goal_of = _six_pairs_in_name_order()
    labels = _labels(cycle, seed=1)
    text = " ".join(report_text(cycle)[2:])
    found = re.findall(r"Pair (\d) .*?Goal (\w+)", text)
    assert [int(number) for number, _word in found] == [1, 2, 3, 4, 5, 6]
    named = {s.goals[0].title: s.number for s in report_data(cycle).pairs}
    assert {int(n): labels[named[f"Goal {word}"]] for n, word in found} == {
        n: n for n in range(1, 7)
    }
    assert "Mentor" not in text  # the pairs' people (all "… Mentor") are not named


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
    summary = report_text(cycle)[0]
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
    ):
        assert shown in summary, shown
    assert "withheld retention" in summary  # retention would give the 2 ended early back
    named = report_text(cycle, anonymised=False)[0]
    for shown in ("Mentees (senior) 2 4.0", "Good fit 2", "Ended early 2", "Still active 3",
                  "Innovation 3 0 0 % 0 %", "Social media 2 0 0 % 0 %",
                  "Digital fluency 2 3.0"):  # fmt: skip
        assert shown in named, shown
    assert "fewer than 3" not in named and "withheld" not in named


def test_anonymised_pair_sections_leave_out_dates_and_personal_answers(programme):
    text = " ".join(report_text(programme.cycle)[2:])
    assert "Ended early. 1 meeting held." in text
    assert "3 meetings held (1 still planned, 1 cancelled, 1 missed)." in text
    for left_out in ("started", "ended 1", "the last on", "(reason:", "satisfaction",
                     "self-assessment", "fit:"):  # fmt: skip
        assert left_out not in text, left_out
    assert "numbered at random for this document only" in text
