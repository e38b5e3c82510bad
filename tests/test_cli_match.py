"""``rmdesk match`` and the demo's programme, driven through the command line."""

from __future__ import annotations

from pathlib import Path

from rmdesk.cli import main
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Cycle, Pair


def test_demo_brings_a_cycle_with_published_and_proposed_pairs(tmp_path: Path, capsys):
    path = tmp_path / "demo.rmdesk"
    assert main(["--db", str(path), "demo", "--participants", "40"]) == 0
    out = capsys.readouterr().out
    assert "and a cycle with" in out
    open_database(path)
    try:
        cycle = Cycle.get()
        statuses = [pair.status for pair in Pair.select().where(Pair.cycle == cycle)]
        assert statuses.count("active") > 0
        assert statuses.count("proposed") == 2
        assert statuses.count("ended_early") == 1
        assert all(pair.match_reasons for pair in Pair.select())
    finally:
        close_database()


def test_match_prints_proposals_and_apply_stores_them(tmp_path: Path, capsys):
    path = tmp_path / "m.rmdesk"
    assert main(["--db", str(path), "demo", "--participants", "30"]) == 0
    assert main(["--db", str(path), "cycle", "create", "Second", "--start", "2027-01-04"]) == 0
    capsys.readouterr()
    assert main(["match", "Second", "--db", str(path)]) == 0
    printed = capsys.readouterr().out
    assert printed.splitlines()[0].split() == ["SCORE", "MENTOR", "MENTEE", "WHY"]
    proposals = [
        line
        for line in printed.splitlines()[1:]
        if not line.startswith(("Not matched", "  best candidates"))
    ]
    assert proposals and all("different departments" in line or ";" in line for line in proposals)
    open_database(path)
    try:
        second = Cycle.get(Cycle.name == "Second")
        assert Pair.select().where(Pair.cycle == second).count() == 0  # printing writes nothing
    finally:
        close_database()
    assert main(["--db", str(path), "match", "Second", "--apply"]) == 0
    assert "Stored" in capsys.readouterr().out
    open_database(path)
    try:
        stored = Pair.select().where(Pair.cycle == Cycle.get(Cycle.name == "Second"))
        assert stored.count() == len(proposals)
        assert {pair.status for pair in stored} == {"proposed"}
    finally:
        close_database()


def test_match_unknown_cycle_is_one_line_exit_1(tmp_path: Path, capsys):
    path = tmp_path / "u.rmdesk"
    assert main(["--db", str(path), "demo", "--participants", "10"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "match", "Nope"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("rmdesk: ") and err.count("\n") == 1
