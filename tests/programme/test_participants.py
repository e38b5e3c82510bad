"""Participant rules in the domain: validation, reporting lines, archive-or-delete, undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from rmdesk.programme import participants as domain
from rmdesk.programme.records import ManagerRef, ParticipantData
from rmdesk.programme.validation import ValidationError
from rmdesk.store.errors import WriteFailed
from rmdesk.store.models import Cycle, Pair, Participant, ParticipantTopic


def person(name: str, **fields: object) -> ParticipantData:
    data = ParticipantData(full_name=name, role="mentor", level=2)
    for key, value in fields.items():
        setattr(data, key, value)
    return data


def make(name: str, **fields: object) -> int:
    return domain.create_participant(person(name, **fields))


def test_create_stores_every_field_and_topics_in_priority_order(db):
    boss = make("Ada Boss", role="mentee", level=5)
    pid = make(
        "Zoë Łukasiewicz",
        email="  Zoe.L@Example.org ",
        job_title="Data Analyst",
        department="Finance",
        manager_id=boss,
        location="Kraków",
        work_mode="remote",
        availability=("Fri", "Mon"),
        notes="Prefers mornings",
        consent_on=dt.date(2026, 3, 1),
        capacity=2,
        topics=["Social media", "Technology & digital tools"],
    )
    stored = Participant.get_by_id(pid)
    assert stored.email == "zoe.l@example.org"
    assert stored.availability == "Mon,Fri"
    assert stored.manager_id == boss
    assert stored.capacity == 2
    topics = list(
        ParticipantTopic.select()
        .where(ParticipantTopic.participant == pid)
        .order_by(ParticipantTopic.priority)
    )
    assert [(t.topic.name, t.kind, t.priority) for t in topics] == [
        ("Social media", "offers", 1),
        ("Technology & digital tools", "offers", 2),
    ]
    loaded = domain.get_participant(pid)
    assert loaded.topics == ["Social media", "Technology & digital tools"]
    assert loaded.availability == ("Mon", "Fri")
    assert loaded.consent_on == dt.date(2026, 3, 1)


def test_mentee_topics_are_wants(db):
    pid = make("Senior", role="mentee", level=5, topics=["Innovation"])
    assert ParticipantTopic.get(ParticipantTopic.participant == pid).kind == "wants"


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"full_name": "   "}, "full_name", "required"),
        ({"email": "not-an-email"}, "email", "not a valid email"),
        ({"email": "a@b"}, "email", "not a valid email"),
        ({"role": "boss"}, "role", "mentor"),
        ({"level": 0}, "level", "between 1 and 6"),
        ({"level": 7}, "level", "between 1 and 6"),
        ({"work_mode": "moon"}, "work_mode", "onsite"),
        ({"capacity": 0}, "capacity", "between 1 and 10"),
        ({"capacity": 11}, "capacity", "between 1 and 10"),
        ({"capacity": 10**23}, "capacity", "between 1 and 10"),  # beyond SQLite's 64 bits
        ({"topics": ["Knitting"]}, "topics", "Knitting"),
        ({"manager_id": 9999}, "manager", "no longer exists"),
    ],
)
def test_invalid_fields_are_refused_with_a_message_and_nothing_written(db, fields, field, words):
    data = person("Valid Name", **fields)
    with pytest.raises(ValidationError) as caught:
        domain.create_participant(data)
    assert words in caught.value.errors[field]
    assert Participant.select().count() == 0


def test_all_problems_are_reported_at_once(db):
    errors = domain.validate(person("", email="x", level=9))
    assert set(errors) == {"full_name", "email", "level"}


def test_email_must_be_unique_ignoring_case(db):
    make("First", email="sam@example.org")
    with pytest.raises(ValidationError) as caught:
        make("Second", email="SAM@example.org")
    assert "already used by First" in caught.value.errors["email"]
    assert Participant.select().count() == 1


def test_editing_keeps_own_email(db):
    pid = make("Sam", email="sam@example.org")
    domain.update_participant(pid, person("Sam Renamed", email="sam@example.org"))
    assert Participant.get_by_id(pid).full_name == "Sam Renamed"


def test_nobody_is_their_own_manager(db):
    pid = make("Loop")
    with pytest.raises(ValidationError) as caught:
        domain.update_participant(pid, person("Loop", manager_id=pid))
    assert "own manager" in caught.value.errors["manager"]


def test_reporting_lines_cannot_loop_indirectly(db):
    top = make("Top", role="mentee", level=6)
    middle = make("Middle", role="mentee", level=4, manager_id=top)
    bottom = make("Bottom", manager_id=middle)
    with pytest.raises(ValidationError) as caught:
        domain.update_participant(top, person("Top", role="mentee", level=6, manager_id=bottom))
    assert "loop" in caught.value.errors["manager"]
    assert Participant.get_by_id(top).manager_id is None
    # The candidates offered for Top exclude everyone below Top.
    candidates = {pid for pid, _ in domain.manager_candidates(top)}
    assert candidates.isdisjoint({top, middle, bottom})
    assert top in {pid for pid, _ in domain.manager_candidates(bottom)}


def _pair(mentor: int, mentee: int, status: str = "active") -> None:
    cycle = Cycle.create(
        name=f"Cycle {mentor}-{mentee}", start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2026, 10, 1),
    )  # fmt: skip
    Pair.create(cycle=cycle, mentor=mentor, mentee=mentee, status=status)


def test_participant_without_history_is_deleted_and_undo_restores_everything(db):
    boss = make("Boss", role="mentee", level=5)
    report = make("Report", manager_id=boss)
    boss_topics = {"topics": ["Innovation", "Social media"]}
    domain.update_participant(boss, person("Boss", role="mentee", level=5, **boss_topics))
    removal = domain.remove_participant(boss)
    assert not removal.archived
    assert Participant.get_or_none(Participant.id == boss) is None
    assert Participant.get_by_id(report).manager_id is None
    assert ParticipantTopic.select().where(ParticipantTopic.participant == boss).count() == 0

    domain.undo_removal(removal)
    restored = Participant.get_by_id(boss)
    assert restored.full_name == "Boss"
    assert Participant.get_by_id(report).manager_id == boss
    assert domain.get_participant(boss).topics == ["Innovation", "Social media"]


def test_participant_with_pairs_is_archived_not_deleted_and_can_be_restored(db):
    mentor = make("Junior")
    mentee = make("Senior", role="mentee", level=5)
    _pair(mentor, mentee, status="completed")
    removal = domain.remove_participant(mentor)
    assert removal.archived
    assert Participant.get_by_id(mentor).archived
    assert Pair.select().count() == 1
    domain.set_archived(mentor, False)
    assert not Participant.get_by_id(mentor).archived


def test_role_cannot_change_once_paired(db):
    mentor = make("Junior")
    mentee = make("Senior", role="mentee", level=5)
    _pair(mentor, mentee)
    with pytest.raises(ValidationError) as caught:
        domain.update_participant(mentor, person("Junior", role="mentee"))
    assert "already has pairs" in caught.value.errors["role"]


def test_list_shows_topics_manager_and_open_pair_partner(db):
    boss = make("Ada Boss", role="mentee", level=5, topics=["Innovation"])
    junior = make("Bo Junior", manager_id=boss, topics=["Social media", "Innovation"])
    other = make("Cy Other", role="mentee", level=4)
    _pair(junior, other)
    rows = {row.full_name: row for row in domain.list_participants()}
    assert rows["Bo Junior"].topics == ("Social media", "Innovation")
    assert rows["Bo Junior"].manager_name == "Ada Boss"
    assert rows["Bo Junior"].active_pair == "Cy Other"
    assert rows["Cy Other"].active_pair == "Bo Junior"
    assert rows["Ada Boss"].active_pair == ""
    assert [row.full_name for row in domain.list_participants()] == sorted(rows)


# -- many at once (the CSV import's write) ---------------------------------------------
@dataclass
class Row:
    values: dict[str, object]
    email: str | None = None
    existing_id: int | None = None
    manager: ManagerRef | None = None
    topics: list[str] | None = None


def mentor_values(name: str, email: str | None) -> dict[str, object]:
    return {
        "full_name": name, "email": email, "role": "mentor", "level": 2,
        "work_mode": "hybrid", "capacity": 1,
    }  # fmt: skip


def test_write_many_inserts_updates_managers_and_topics(db):
    kept = make("Kept Person", email="kept@example.org", role="mentee", level=5)
    boss = Row(mentor_values("Bo Boss", "bo@example.org"), "bo@example.org")
    report = Row(
        mentor_values("Ri Report", "ri@example.org"),
        "ri@example.org",
        manager=ManagerRef(row=0),  # the boss, in the same batch
        topics=["Social media", "Brand new topic"],
    )
    changed = Row(
        {**mentor_values("Kept Renamed", "kept@example.org"), "role": "mentee", "level": 5},
        "kept@example.org",
        existing_id=kept,
        manager=ManagerRef(row=0),
    )
    stored_boss = Row(
        {**mentor_values("Sto Red", "sto@example.org"), "employee_id": "E7", "availability": "Mon"},
        "sto@example.org",
        manager=ManagerRef(participant_id=kept),  # someone already stored
    )
    seen: list[tuple[int, int]] = []
    domain.write_many(
        [boss, report, changed, stored_boss],
        new_topics=["Brand new topic"],
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(4, 4)]
    by_email = {p.email: p for p in Participant.select()}
    assert by_email["sto@example.org"].manager_id == kept
    assert (by_email["sto@example.org"].employee_id, by_email["sto@example.org"].availability) == (
        "E7", "Mon",
    )  # fmt: skip
    assert by_email["bo@example.org"].employee_id is None
    assert by_email["ri@example.org"].manager_id == by_email["bo@example.org"].id
    assert by_email["kept@example.org"].full_name == "Kept Renamed"
    assert by_email["kept@example.org"].manager_id == by_email["bo@example.org"].id
    assert by_email["bo@example.org"].job_title == ""  # a column the rows do not give
    topics = domain.get_participant(by_email["ri@example.org"].id).topics
    assert topics == ["Social media", "Brand new topic"]
    kinds = {t.kind for t in ParticipantTopic.select()}
    assert kinds == {"offers"}


def test_write_many_refuses_columns_that_are_not_participants_and_writes_nothing(db):
    row = Row({**mentor_values("Eve", None), "archived": 1})
    with pytest.raises(ValueError, match="archived"):
        domain.write_many([row])
    assert Participant.select().count() == 0


def test_write_many_failure_is_a_write_failed_and_rolls_everything_back(db):
    first = Row(mentor_values("First", "one@example.org"), "one@example.org")
    clash = Row(mentor_values("Second", "one@example.org"), "one@example.org")  # unique email
    with pytest.raises(WriteFailed, match="UNIQUE") as caught:
        domain.write_many([first, clash], new_topics=["Never kept"])
    assert "UNIQUE" in caught.value.reason
    assert Participant.select().count() == 0
    assert "Never kept" not in domain.topic_names()


def test_one_role_change_rule_in_the_form_and_the_import():
    assert domain.role_change_problem("Ada", "mentor", "mentee", has_history=False) is None
    assert domain.role_change_problem("Ada", "mentor", "mentor", has_history=True) is None
    assert domain.role_change_problem("Ada", "mentor", "mentee", has_history=True) == (
        "Ada already has pairs as a mentor: the role cannot change."
    )


def test_field_errors_include_the_email_shape():
    data = person("Ada", email="not an address")
    assert "email" in domain.field_errors(data)
    assert "email" not in domain.field_errors(person("Ada", email="ada@example.org"))


def test_participant_name_or_none(db):
    pid = make("Ada Name")
    assert domain.participant_name(pid) == "Ada Name"
    assert domain.participant_name(pid + 1) is None


def test_erasure_detaches_reports_and_keeps_an_anonymous_shell(db):
    boss = make("Ada Boss", email="ada@example.org", role="mentee", level=5, notes="Private")
    report = make("Ri Report", manager_id=boss)
    domain.detach_reports(boss)
    domain.anonymise(boss, "Erased participant")
    assert Participant.get_by_id(report).manager_id is None
    shell = Participant.get_by_id(boss)
    assert (shell.full_name, shell.email, shell.notes, shell.archived) == (
        "Erased participant", None, "", True,
    )  # fmt: skip
    assert (shell.role, shell.level) == ("mentee", 5)


def test_active_pair_names_only_active_pairs_not_proposals(db):
    mentor, other = make("Junior"), make("Second junior")
    mentee = make("Senior", role="mentee", level=5)
    _pair(mentor, mentee, status="active")
    _pair(other, mentee, status="proposed")
    rows = {row.full_name: row.active_pair for row in domain.list_participants()}
    assert rows == {"Junior": "Senior", "Second junior": "", "Senior": "Junior"}


def test_archiving_someone_in_an_open_pair_needs_a_reason_and_ends_the_pair_first(db):
    from rmdesk.programme.validation import RuleError

    mentor = make("Junior")
    mentee = make("Senior", role="mentee", level=5)
    _pair(mentor, mentee, status="active")
    pair = Pair.get()
    assert [p.partner for p in domain.open_pairs_of(mentor)] == ["Senior"]

    with pytest.raises(RuleError, match="Junior is in an open pair with Senior"):
        domain.remove_participant(mentor)
    assert not Participant.get_by_id(mentor).archived
    assert Pair.get_by_id(pair.id).status == "active"

    removal = domain.remove_participant(mentor, end_reason="Left the organisation")

    assert removal.archived and removal.ended_pairs == 1
    assert Participant.get_by_id(mentor).archived
    ended = Pair.get_by_id(pair.id)
    assert (ended.status, ended.end_reason) == ("ended_early", "Left the organisation")
    assert domain.open_pairs_of(mentor) == []


def test_paired_in_cycle_is_everyone_in_an_open_pair_of_that_cycle(db):
    mentor, ended = make("Junior"), make("Ended junior")
    mentee, alone = make("Senior", role="mentee", level=5), make("Alone", role="mentee")
    _pair(mentor, mentee, status="proposed")
    cycle = Pair.get().cycle_id
    Pair.create(cycle=cycle, mentor=ended, mentee=alone, status="ended_early", end_reason="x")
    assert domain.paired_in_cycle(cycle) == {mentor, mentee}


def test_an_employee_id_is_optional_trimmed_and_unique_when_given(db):
    ana = make("Ana", employee_id=" E1 ")
    make("Bo")
    make("Cy", employee_id="   ")  # blank twice is "no ID" twice, not a clash
    assert [p.employee_id for p in Participant.select().order_by(Participant.id)] == [
        "E1", None, None,
    ]  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        make("Dee", employee_id="E1")
    assert set(refused.value.errors) == {"employee_id"}
    assert "Ana" in refused.value.errors["employee_id"]
    assert Participant.select().count() == 3
    domain.update_participant(ana, domain.get_participant(ana))  # one's own ID is no clash
    assert domain.get_participant(ana).employee_id == "E1"
