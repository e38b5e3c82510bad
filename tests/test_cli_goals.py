"""goals and outcomes sub-commands: tables, --pair, --json parsed back, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.programme import goals as g
from rmdesk.programme.assessments import AssessmentData, save_assessment
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Participant, Topic

START = dt.date(2026, 3, 2)
END = dt.date(2026, 11, 30)


@pytest.fixture
def programme(db_path: Path) -> Path:
    """Ana–Carla with three goals (one overdue), Bruno–Dora with none; a few scores."""
    open_database(db_path)
    try:
        cycle = create_cycle(CycleData(name="2026 cycle", start_date=START, end_date=END))
        create_cycle(CycleData(name="Empty cycle", start_date=START))
        people = {}
        for name, role in (("Ana Silva", "mentor"), ("Carla Mendes", "mentee"),
                           ("Bruno Costa", "mentor"), ("Dora Lima", "mentee")):  # fmt: skip
            level = 2 if role == "mentor" else 5
            people[name] = Participant.create(full_name=name, role=role, level=level).id
        first = create_pair(cycle, people["Ana Silva"], people["Carla Mendes"])
        second = create_pair(cycle, people["Bruno Costa"], people["Dora Lima"])
        activate_pair(first, started_on=START)
        activate_pair(second, started_on=START)
        social = Topic.get(Topic.name == "Social media").id
        late = g.create_goal(
            first, GoalData("mentee", "Post twice a month", social, "", dt.date(2026, 3, 31))
        )
        g.record_progress(late, 40, on=dt.date(2026, 3, 20))
        done = g.create_goal(first, GoalData("mentor", "Lead an agenda item", None, "", END))
        g.mark_achieved(done, on=dt.date(2026, 4, 2))
        g.create_goal(first, GoalData("mentee", "Try three AI assistants"))
        for phase, score in (("baseline", 2), ("final", 4)):
            save_assessment(AssessmentData(first, people["Carla Mendes"], phase, START,
                                           {"Digital fluency": score}, 4))  # fmt: skip
    finally:
        close_database()
    return db_path


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("rmdesk: ")
    return lines[0]


def test_goals_lists_owner_progress_status_target_and_overdue(programme: Path, capsys):
    assert main(["goals", "2026 cycle", "--db", str(programme)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "ID", "PAIR", "MENTOR", "MENTEE", "OWNER", "TITLE", "PROGRESS", "STATUS", "TARGET",
    ]  # fmt: skip
    body = out[1:4]
    assert "mentee  Post twice a month" in body[0]
    assert "40 %" in body[0] and "In progress" in body[0]
    assert body[0].endswith("2026-03-31 OVERDUE")
    assert "Try three AI assistants" in body[1] and body[1].rstrip().endswith("Open")
    assert "mentor  Lead an agenda item" in body[2] and "100 %" in body[2]
    assert body[2].endswith("Achieved     2026-11-30")
    assert out[4] == ""
    assert out[5] == "Pair 1: mentee 0/2 achieved, mentor 1/1"
    assert out[6] == "3 goals in 2026 cycle; 1 overdue."


def test_goals_of_one_pair_and_empty_answers(programme: Path, capsys):
    db = str(programme)
    assert main(["goals", "1", "--pair", "2", "--db", db]) == 0
    assert capsys.readouterr().out == "No goals in pair 2 of 2026 cycle.\n"
    assert main(["goals", "1", "--pair", "1", "--db", db]) == 0
    assert "3 goals in pair 1 of 2026 cycle" in capsys.readouterr().out
    assert main(["goals", "Empty cycle", "--db", db]) == 0
    assert capsys.readouterr().out == "No goals in Empty cycle.\n"


def test_outcomes_as_tables(programme: Path, capsys):
    assert main(["outcomes", "2026 cycle", "--db", str(programme)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Outcomes of 2026 cycle (2026-03-02 to 2026-11-30)\n")
    assert "Participants: 4 (2 mentors, 2 mentees)" in out
    assert "retention 100 %" in out
    lines = out.splitlines()
    total = next(line for line in lines if line.startswith("All goals"))
    # 3 set, 1 achieved, 0 dropped, 33 %, average (40 + 100 + 0) / 3 = 47 %
    assert total.split()[2:] == ["3", "1", "0", "33", "%", "47", "%"]
    fluency = next(line for line in lines if "Digital fluency" in line)
    assert fluency.split()[-6:] == ["1", "2.00", "1", "4.00", "1", "+2.00"]
    openness = next(line for line in lines if "Openness to challenge" in line)
    assert openness.split()[-6:] == ["0", "–", "0", "–", "0", "–"]  # no averages of nothing
    assert "Not asked yet" in out


def test_outcomes_json_parses_back(programme: Path, capsys):
    assert main(["outcomes", "1", "--json", "--db", str(programme)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cycle_name"] == "2026 cycle"
    assert data["end_date"] == "2026-11-30"
    assert data["goals_total"] == {
        "label": "All goals", "set": 3, "achieved": 1, "dropped": 0,
        "average_progress": pytest.approx(140 / 3), "achievement_rate": pytest.approx(1 / 3),
    }  # fmt: skip
    assert data["dimensions"][0] == {
        "role": "mentee", "dimension": "Digital fluency", "n_baseline": 1, "mean_baseline": 2.0,
        "n_final": 1, "mean_final": 4.0, "n_both": 1, "mean_change": 2.0,
    }  # fmt: skip
    assert data["meetings"]["attendance_rate"] is None
    assert data["satisfaction"][0] == {"role": "mentee", "n": 1, "mean": 4.0}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["goals", "nope"], "No cycle"),
        (["goals", "1", "--pair", "99"], "No pair with id 99 in 2026 cycle."),
        (["outcomes", "nope"], "No cycle"),
    ],
)
def test_errors_are_one_line(programme: Path, capsys, argv, message):
    assert main([*argv, "--db", str(programme)]) == 1
    assert message in one_error_line(capsys.readouterr().err)


def test_a_missing_database_is_not_created(tmp_path: Path, capsys):
    missing = tmp_path / "typo.rmdesk"
    assert main(["outcomes", "1", "--db", str(missing)]) == 1
    assert "does not exist" in one_error_line(capsys.readouterr().err)
    assert not missing.exists()


def test_demo_goals_and_outcomes(db_path: Path, capsys):
    """The demo holds goals of both owners and assessments; both commands read them."""
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["goals", "1", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert " mentee " in out and " mentor " in out and "Achieved" in out
    assert main(["outcomes", "1", "--json", "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    owners = {s["label"]: s["set"] for s in data["goals_by_owner"]}
    assert owners["Mentee (senior)"] > 0 and owners["Mentor (junior)"] > 0
    assert all(d["n_baseline"] > 0 for d in data["dimensions"])
    if dt.date.today() >= dt.date(2026, 11, 4):  # finals once the closing month has begun
        assert all(d["n_both"] > 0 and d["mean_change"] > 0 for d in data["dimensions"])
