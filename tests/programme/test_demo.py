"""Demo data: lands whole or not at all, reproducible, and shaped like a real programme."""

from __future__ import annotations

import re
import sqlite3
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from rmdesk.programme import demo
from rmdesk.programme.demo import DemoRefused, DemoSummary, database_is_empty, fill_demo
from rmdesk.store import close_database, open_database
from rmdesk.store.models import LEVEL_MAX, WORK_MODES, Participant, ParticipantTopic, Topic

DIGITAL_TOPICS = {
    "Technology & digital tools",
    "Social media",
    "Generational trends",
    "Remote & hybrid work",
}


def _people() -> list[dict[str, Any]]:
    return list(Participant.select().dicts())


def _topics_by_participant() -> dict[int, list[tuple[str, int, str]]]:
    """participant id -> [(kind, priority, topic name)] sorted by kind then priority."""
    query = ParticipantTopic.select(
        ParticipantTopic.participant, ParticipantTopic.kind, ParticipantTopic.priority, Topic.name
    ).join(Topic)
    topics: dict[int, list[tuple[str, int, str]]] = defaultdict(list)
    for pid, kind, priority, name in query.tuples():
        topics[pid].append((kind, priority, name))
    return {pid: sorted(links) for pid, links in topics.items()}


def _snapshot() -> set[tuple[object, ...]]:
    """Everything a person is, with managers and topics by value rather than by id."""
    people = _people()
    email_of = {person["id"]: person["email"] for person in people}
    topics = _topics_by_participant()
    return {
        (
            p["full_name"],
            p["email"],
            p["role"],
            p["level"],
            p["department"],
            p["job_title"],
            email_of.get(p["manager"]),
            p["location"],
            p["work_mode"],
            p["availability"],
            p["notes"],
            p["consent_on"],
            p["capacity"],
            p["archived"],
            tuple(topics.get(p["id"], ())),
        )
        for p in people
    }


def _fill_other_file(path: Path, participants: int, seed: int) -> set[tuple[object, ...]]:
    close_database()
    open_database(path)
    try:
        fill_demo(participants=participants, seed=seed)
        return _snapshot()
    finally:
        close_database()


def test_requested_count_lands_and_summary_matches(db: SqliteDatabase) -> None:
    assert database_is_empty()
    summary = fill_demo(participants=60, seed=1)

    people = _people()
    roles = Counter(person["role"] for person in people)
    assert len(people) == 60
    assert summary == DemoSummary(
        participants=60,
        mentors=roles["mentor"],
        mentees=roles["mentee"],
        departments=len({person["department"] for person in people}),
    )
    assert not database_is_empty()


def test_empty_means_no_participants_even_with_seeded_topics(db: SqliteDatabase) -> None:
    assert Topic.select().count() > 0
    assert database_is_empty()


def test_refused_on_a_database_that_has_participants(db: SqliteDatabase) -> None:
    Participant.create(full_name="Real Person", role="mentor", level=2)

    with pytest.raises(DemoRefused, match="already holds 1 participant;") as refused:
        fill_demo(participants=60)

    assert "empty database" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert Participant.select().count() == 1
    assert ParticipantTopic.select().count() == 0


@pytest.mark.parametrize("participants", [-5, 0, 1, 100_001])
def test_refused_for_impossible_sizes(db: SqliteDatabase, participants: int) -> None:
    with pytest.raises(DemoRefused, match="participants"):
        fill_demo(participants=participants)
    assert database_is_empty()


def test_smallest_organisation_has_one_mentor_and_one_mentee(db: SqliteDatabase) -> None:
    summary = fill_demo(participants=2)
    assert (summary.mentors, summary.mentees) == (1, 1)
    assert Counter(person["role"] for person in _people()) == {"mentor": 1, "mentee": 1}


def test_same_seed_same_organisation_other_seed_another(db: SqliteDatabase, tmp_path: Path) -> None:
    fill_demo(participants=300, seed=7)
    first = _snapshot()

    again = _fill_other_file(tmp_path / "again.rmdesk", participants=300, seed=7)
    other = _fill_other_file(tmp_path / "other.rmdesk", participants=300, seed=8)

    assert len(first) == 300
    assert again == first
    assert other != first
    assert len({row[1] for row in other} & {row[1] for row in first}) < 150  # emails differ


def test_roles_follow_levels_in_believable_proportions(db: SqliteDatabase) -> None:
    fill_demo(participants=1000, seed=3)
    people = _people()

    for person in people:
        expected = "mentor" if person["level"] <= 3 else "mentee"
        assert person["role"] == expected, person
    levels = Counter(person["level"] for person in people)
    mentor_share = sum(levels[level] for level in (1, 2, 3)) / len(people)
    assert 0.52 <= mentor_share <= 0.62
    assert levels[1] > levels[3] and levels[2] > levels[3]
    assert 1 <= levels[LEVEL_MAX] <= 0.03 * len(people)
    assert 6 <= len({person["department"] for person in people}) <= 8


def test_reporting_lines_are_a_tree_pointing_upwards(db: SqliteDatabase) -> None:
    fill_demo(participants=1000, seed=4)
    people = {person["id"]: person for person in _people()}

    same_department = 0
    for person in people.values():
        if person["level"] == LEVEL_MAX:
            assert person["manager"] is None
            continue
        manager = people[person["manager"]]
        assert manager["level"] > person["level"]
        same_department += manager["department"] == person["department"]
        seen = {person["id"]}
        current = manager
        while current["manager"] is not None:  # walk up to an executive: no loops
            assert current["id"] not in seen
            seen.add(current["id"])
            current = people[current["manager"]]
        assert current["level"] == LEVEL_MAX
    with_manager = sum(person["manager"] is not None for person in people.values())
    assert same_department / with_manager > 0.8


def test_emails_unique_lowercase_ascii(db: SqliteDatabase) -> None:
    fill_demo(participants=2000, seed=5)
    emails = [person["email"] for person in _people()]

    assert len(set(emails)) == len(emails)
    for email in emails:
        assert re.fullmatch(r"[a-z0-9.-]+@example\.org", email), email


def test_names_come_from_many_cultures(db: SqliteDatabase) -> None:
    fill_demo(participants=1000, seed=6)
    names = [person["full_name"] for person in _people()]

    assert sum(not name.isascii() for name in names) > 100
    assert any(re.search("[а-яА-Я]", name) for name in names)  # Cyrillic
    assert any(re.search("[α-ωΑ-Ω]", name) for name in names)  # Greek
    assert len(set(names)) > 0.7 * len(names)


def test_email_local_parts_fold_to_ascii() -> None:
    assert demo._fold("Łukasiewicz") == "lukasiewicz"
    assert demo._fold("Дмитрий") == "dmitrii"
    assert demo._fold("Παπαδοπούλου") == "papadopoulou"
    assert demo._fold("Thị Minh Hằng") == "thi-minh-hang"
    assert demo._fold("Đặng") == "dang"
    assert demo._fold("Yılmaz") == "yilmaz"
    assert demo._fold("Søren") == "soren"
    assert demo._fold("O'Brien") == "obrien"
    assert demo._fold("李") == ""  # nothing ASCII left: the caller falls back


def test_mentors_offer_and_mentees_want_topics(db: SqliteDatabase) -> None:
    fill_demo(participants=1000, seed=7)
    topics = _topics_by_participant()
    offered: Counter[str] = Counter()

    for person in _people():
        links = topics.get(person["id"], [])
        kinds = {kind for kind, _, _ in links}
        assert kinds == ({"offers"} if person["role"] == "mentor" else {"wants"}), person
        assert 1 <= len(links) <= 3
        assert [priority for _, priority, _ in links] == list(range(1, len(links) + 1))
        if person["role"] == "mentor":
            offered.update(name for _, _, name in links)
    digital = sum(count for name, count in offered.items() if name in DIGITAL_TOPICS)
    assert digital > 0.5 * sum(offered.values())


def test_availability_is_an_ordered_subset_of_weekdays(db: SqliteDatabase) -> None:
    fill_demo(participants=500, seed=8)
    week = ["Mon", "Tue", "Wed", "Thu", "Fri"]

    for person in _people():
        days = person["availability"].split(",")
        assert 2 <= len(days) <= 4, person
        assert days == [day for day in week if day in days], person


def test_other_columns_are_plausible(db: SqliteDatabase) -> None:
    fill_demo(participants=1000, seed=9)
    people = _people()
    count = len(people)

    modes = Counter(person["work_mode"] for person in people)
    assert set(modes) <= set(WORK_MODES)
    assert modes.most_common(1)[0][0] == "hybrid"
    assert 0.8 * count < sum(person["consent_on"] is not None for person in people) < count
    assert 0 < sum(person["archived"] for person in people) < 0.05 * count
    assert 0 < sum(bool(person["notes"]) for person in people) < 0.2 * count
    assert all(person["job_title"] and person["location"] for person in people)
    assert {person["capacity"] for person in people if person["role"] == "mentor"} == {1}
    assert {person["capacity"] for person in people} <= {1, 2}


def test_failure_while_writing_leaves_the_database_empty(db: SqliteDatabase) -> None:
    written: list[int] = []

    def cancel_after_first_batch(done: int, total: int) -> None:
        written.append(Participant.select().count())  # visible inside the transaction
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        fill_demo(participants=2000, progress=cancel_after_first_batch)

    assert written and written[0] > 0
    assert Participant.select().count() == 0
    assert ParticipantTopic.select().count() == 0
    assert fill_demo(participants=60).participants == 60  # nothing left half-open


def test_failure_writing_topics_rolls_back_participants(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = demo._insert

    def failing_insert(model: type, *args: Any) -> int:
        if model is ParticipantTopic:
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(model, *args)

    monkeypatch.setattr(demo, "_insert", failing_insert)
    with pytest.raises(sqlite3.OperationalError):
        fill_demo(participants=600)

    assert database_is_empty()


def test_ten_thousand_fill_quickly_with_a_few_progress_calls(db: SqliteDatabase) -> None:
    calls: list[tuple[int, int]] = []

    started = time.perf_counter()
    summary = fill_demo(
        participants=10_000, progress=lambda done, total: calls.append((done, total))
    )
    elapsed = time.perf_counter() - started

    assert elapsed < 5.0
    assert summary.participants == Participant.select().count() == 10_000
    total = calls[-1][1]
    assert total == 10_000 + ParticipantTopic.select().count()
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})
    assert calls[-1][0] == total
    assert 2 <= len(calls) <= 100
