"""``rmdesk pair create|end|history`` and why-not in ``rmdesk match``, end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.programme.matching.candidates import candidates
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Cycle, Meeting, Pair, Participant


@pytest.fixture
def demo(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "p.rmdesk"
    assert main(["--db", str(path), "demo", "--participants", "40"]) == 0
    assert main(["--db", str(path), "cycle", "create", "Second", "--start", "2027-03-01"]) == 0
    capsys.readouterr()
    return path


def read(path: Path, query):  # type: ignore[no-untyped-def]
    open_database(path)
    try:
        return query()
    finally:
        close_database()


def an_active_pair(path: Path) -> tuple[int, str, str]:
    def first():  # type: ignore[no-untyped-def]
        pair = Pair.select().where(Pair.status == "active").order_by(Pair.id).first()
        return pair.id, pair.mentor.full_name, pair.mentee.full_name

    return read(path, first)


def test_pair_end_ends_an_active_pair_and_removes_later_planned_meetings(demo: Path, capsys):
    pair_id, mentor, mentee = an_active_pair(demo)

    def last_held():  # type: ignore[no-untyped-def]
        held = [m.starts_at for m in Meeting.select().where(
            (Meeting.pair == pair_id) & (Meeting.status == "held"))]  # fmt: skip
        return max(held).date() if held else dt.date(2026, 3, 2)

    day = read(demo, last_held)
    args = ["--db", str(demo), "pair", "end", str(pair_id), "--reason", "Moved to Lisbon"]
    assert main([*args, "--date", day.isoformat()]) == 0
    assert f"Ended pair {pair_id} ({mentor} – {mentee}) early on {day}" in capsys.readouterr().out

    def state():  # type: ignore[no-untyped-def]
        pair = Pair.get_by_id(pair_id)
        after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
        planned_after = Meeting.select().where(
            (Meeting.pair == pair_id) & (Meeting.status == "planned") & (Meeting.starts_at >= after)
        )
        return pair.status, pair.ended_on, pair.end_reason, planned_after.count()

    assert read(demo, state) == ("ended_early", day, "Moved to Lisbon", 0)
    # Only an active pair; a reason is required; nothing changes on a refusal.
    assert main(args) == 1
    assert "only an active pair" in capsys.readouterr().err
    other, _, _ = an_active_pair(demo)
    assert main(["--db", str(demo), "pair", "end", str(other), "--reason", "  "]) == 1
    err = capsys.readouterr().err
    assert err.startswith("rmdesk: ") and err.count("\n") == 1
    assert read(demo, lambda: Pair.get_by_id(other).status) == "active"
    assert main(["--db", str(demo), "pair", "end", str(other)]) == 1  # --reason is required
    assert "--reason" in capsys.readouterr().err


def test_pair_history_prints_pairings_across_cycles_by_id_email_or_name(demo: Path, capsys):
    _, mentor, mentee = an_active_pair(demo)
    assert main(["--db", str(demo), "pair", "history", mentee]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"{mentee}: 1 pairing"
    assert mentor in out and "Demo cohort" in out and "active since" in out
    email = read(demo, lambda: Participant.get(Participant.full_name == mentee).email)
    assert main(["--db", str(demo), "pair", "history", email.upper()]) == 0
    assert capsys.readouterr().out == out
    assert main(["--db", str(demo), "pair", "history", "No Such Person"]) == 1
    assert "No participant" in capsys.readouterr().err


def test_pair_create_proposes_under_every_rule_and_match_keeps_it(demo: Path, capsys):
    def free_pair():  # type: ignore[no-untyped-def]
        second = Cycle.get(Cycle.name == "Second").id
        for mentor in Participant.select().where(Participant.role == "mentor"):
            found = candidates(second, mentor.id)
            if found:
                return mentor.full_name, found[-1].name  # the rules allow it
        raise AssertionError("no free pair in the demo")

    mentor, mentee = read(demo, free_pair)
    assert main(["--db", str(demo), "pair", "create", "Second", mentor, mentee]) == 0
    assert f"{mentor} mentors {mentee}" in capsys.readouterr().out
    # The mentee cannot mentor: refused, naming the rule.
    assert main(["--db", str(demo), "pair", "create", "Second", mentee, mentor]) == 1
    assert "must have the mentor role" in capsys.readouterr().err
    assert main(["--db", str(demo), "match", "Second", "--apply"]) == 0
    capsys.readouterr()

    def second_pairs():  # type: ignore[no-untyped-def]
        second = Cycle.get(Cycle.name == "Second")
        return [(p.mentor.full_name, p.mentee.full_name) for p in second.pairs]

    pairs = read(demo, second_pairs)
    assert (mentor, mentee) in pairs  # kept fixed
    assert len(pairs) == len(set(pairs)) > 1


def test_match_shows_why_not_and_never_repeats_the_first_cycle(demo: Path, capsys):
    assert main(["--db", str(demo), "match", "Second"]) == 0
    out = capsys.readouterr().out

    def first_cycle():  # type: ignore[no-untyped-def]
        first = Cycle.get(Cycle.name != "Second")
        return {(p.mentor.full_name, p.mentee.full_name) for p in first.pairs
                if p.status != "proposed"}  # fmt: skip

    before = read(demo, first_cycle)
    lines = out.splitlines()
    proposed = [line for line in lines[1:] if not line.startswith(("Not matched", "  "))]
    assert proposed
    for mentor, mentee in before:
        assert not any(mentor in line and mentee in line for line in proposed)
    candidates = [line for line in lines if line.startswith("  best candidates: ")]
    # Everyone paired in the first cycle is blocked by that pairing, and says so.
    assert any("paired in " in line for line in candidates)


def test_pair_create_refuses_a_repeat_unless_told_then_notes_it(demo: Path, capsys):
    def earlier_pairing():  # type: ignore[no-untyped-def]
        pair = (
            Pair.select()
            .join(Cycle)
            .where((Cycle.name != "Second") & (Pair.status != "proposed"))
            .order_by(Pair.id)
            .first()
        )
        return pair.mentor.full_name, pair.mentee.full_name, pair.cycle.name

    mentor, mentee, cycle = read(demo, earlier_pairing)
    args = ["--db", str(demo), "pair", "create", "Second", mentor, mentee]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"paired in {cycle}" in err and len(err.strip().splitlines()) == 1
    assert read(demo, lambda: Pair.select().join(Cycle).where(Cycle.name == "Second").count()) == 0
    assert main([*args, "--repeat"]) == 0
    out = capsys.readouterr().out
    assert f"{mentor} mentors {mentee}" in out and f"paired before, in {cycle}" in out
