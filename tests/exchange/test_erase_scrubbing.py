"""Erasure scrubs the person out of other people's text in every form the report does."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import TextField

from rmdesk.exchange.personal_data import FREE_TEXT, erase_person
from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import (
    MODELS,
    Assessment,
    ClosedDate,
    Cycle,
    FitCheck,
    Goal,
    GoalTemplate,
    GoalUpdate,
    Meeting,
    Milestone,
    Pair,
    Participant,
    Setting,
    Topic,
)

NAME, EMAIL = "Zoë Łukasiewicz", "zoe.l@example.org"


def make(name: str, role: str, **fields: object) -> int:
    data = ParticipantData(full_name=name, role=role, level=2 if role == "mentor" else 5)
    for key, value in fields.items():
        setattr(data, key, value)
    return domain.create_participant(data)


def test_every_text_people_write_is_scrubbed_and_every_listed_column_exists():
    text_columns = {
        (m._meta.table_name, f.column_name)
        for m in MODELS
        for f in m._meta.sorted_fields
        if isinstance(f, TextField)
    }
    listed = {(table, column) for table, columns in FREE_TEXT.items() for column in columns}
    assert text_columns - listed == {("setting", "value")}  # settings are not prose
    every_column = {
        (m._meta.table_name, f.column_name) for m in MODELS for f in m._meta.fields.values()
    }
    assert listed <= every_column


# (model, column, text written by someone else, what is left of it)
MENTIONS = [
    (Participant, "notes", "Zoe's friend since 2019", "[erased]'s friend since 2019"),
    (Participant, "availability", "not when ZOË is in", "not when [erased] is in"),
    (Participant, "location", "Desk by zoe lukasiewicz", "Desk by [erased]"),
    (Pair, "end_reason", "Moved to Łukasiewicz’s team", "Moved to [erased]’s team"),
    (Pair, "match_reasons", "Both admire lukasiewicz", "Both admire [erased]"),
    (Meeting, "agenda", "Ask Zoe' about it", "Ask [erased]' about it"),
    (Meeting, "notes", "ZOË ŁUKASIEWICZ's idea: zoe.l@EXAMPLE.org", "[erased]'s idea: [erased]"),
    (Meeting, "location", "Lukasiewicz room", "[erased] room"),
    (Goal, "title", "Shadow Zoe Lukasiewicz", "Shadow [erased]"),
    (Goal, "success_measure", "zoe.lukasiewicz@gmail.com signs off", "[erased] signs off"),
    (GoalUpdate, "note", "zoë’s slides, not Zoey's", "[erased]’s slides, not Zoey's"),
    (Assessment, "comment", "Learnt most from Łukasiewicz'", "Learnt most from [erased]'"),
    (FitCheck, "note", "Better with ZOE", "Better with [erased]"),
    (Milestone, "title", "Zoë's farewell", "[erased]'s farewell"),
    (ClosedDate, "label", "Zoe day off", "[erased] day off"),
    (GoalTemplate, "title", "Learn from zoe", "Learn from [erased]"),
]  # fmt: skip


@pytest.fixture
def mentions(db) -> dict[tuple[str, str], int]:
    """Zoë is erased; a pair of two other people, and their records, mention her."""
    zoe = make(NAME, "mentor", email=EMAIL)
    other = make("Hana Senior", "mentee", email="hana@example.org")
    junior = make("Ivo Junior", "mentor", email="ivo@example.org")
    cycle = Cycle.create(name="2026", start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 10, 5))
    Pair.create(cycle=cycle, mentor=zoe, mentee=make("Ada Boss", "mentee"), status="active")
    pair = Pair.create(cycle=cycle, mentor=junior, mentee=other, status="active")
    meeting = Meeting.create(pair=pair, starts_at=dt.datetime(2026, 2, 3, 10), status="held")
    goal = Goal.create(pair=pair, owner="mentee", title="x")
    rows = {
        Participant: other,
        Pair: pair.id,
        Meeting: meeting.id,
        Goal: goal.id,
        GoalUpdate: GoalUpdate.create(goal=goal, date=dt.date(2026, 3, 1), progress=20).id,
        Assessment: Assessment.create(pair=pair, participant=other, phase="baseline",
                                      date=dt.date(2026, 1, 10)).id,
        FitCheck: FitCheck.create(pair=pair, participant=junior, date=dt.date(2026, 2, 4),
                                  answer="good_fit").id,
        Milestone: Milestone.create(cycle=cycle, date=dt.date(2026, 6, 1), title="x").id,
        ClosedDate: ClosedDate.create(date=dt.date(2026, 12, 24)).id,
        GoalTemplate: GoalTemplate.create(owner="mentee", title="x").id,
    }  # fmt: skip
    for model, column, text, _left in MENTIONS:
        model.update({column: text}).where(model._meta.primary_key == rows[model]).execute()
    erase_person(zoe, backup=False)
    return {(model._meta.table_name, column): rows[model] for model, column, _t, _l in MENTIONS}


@pytest.mark.parametrize(
    ("model", "column", "left"), [(m, c, left) for m, c, _text, left in MENTIONS],
    ids=[f"{m._meta.table_name}.{c}" for m, c, _t, _l in MENTIONS],
)  # fmt: skip
def test_other_peoples_text_keeps_no_form_of_the_name_or_address(
    mentions: dict[tuple[str, str], int], model: type, column: str, left: str
):
    row = mentions[(model._meta.table_name, column)]
    (value,) = model.select(getattr(model, column)).where(model.id == row).tuples().get()
    assert value == left


def test_labels_lose_only_the_exact_name_and_other_people_stay_whole(db):
    zoe = make(NAME, "mentor", email=EMAIL)
    hana = make("Hana Senior", "mentee", email="hana@example.org", notes="Zoey's sister")
    Topic.create(name=f"{NAME} method")
    Setting.create(key="coordinator", value="Zoe Adams")  # a label: not her, left alone
    erase_person(zoe, backup=False)
    assert Topic.select().where(Topic.name == "[erased] method").count() == 1
    assert Setting.get_by_id("coordinator").value == "Zoe Adams"
    person = Participant.get_by_id(hana)
    assert (person.full_name, person.email, person.notes) == (
        "Hana Senior", "hana@example.org", "Zoey's sister",
    )  # fmt: skip
