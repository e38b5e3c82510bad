"""A person's data: export everything held about them; erase them leaving no copy behind."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from peewee import CharField, TextField

from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.exchange.personal_data import (
    ERASED_NAME,
    erase_person,
    export_person,
    find_person,
    person_data,
    prune_backups_after_erase,
)
from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store import list_backups, make_backup
from rmdesk.store.models import (
    MODELS,
    Assessment,
    AssessmentScore,
    Cycle,
    FitCheck,
    Goal,
    GoalUpdate,
    Meeting,
    Pair,
    Participant,
    ParticipantTopic,
    database_proxy,
)

NAME, EMAIL, NOTES = "Zoë Wąsowska", "zoe.w@example.org", "Prefers mornings; allergic to peanuts"


def make(name: str, **fields: object) -> int:
    data = ParticipantData(full_name=name, role="mentor", level=2)
    for key, value in fields.items():
        setattr(data, key, value)
    return domain.create_participant(data)


@dataclass
class World:
    zoe: int
    partner: int
    report: int
    pair: int
    zoe_goal: int
    partner_goal: int


@pytest.fixture
def world(db) -> World:
    partner = make("Hana Senior", email="hana@example.org", role="mentee", level=5,
                   notes=f"Mentored by {NAME.upper()}")  # non-ASCII case folding  # fmt: skip
    zoe = make(NAME, email=EMAIL, role="mentor", level=1, notes=NOTES, topics=["Innovation"],
               job_title="Analyst", location="Kraków")  # fmt: skip
    report = make("Ivo Report", email="ivo@example.org", role="mentor", level=1, manager_id=zoe)
    cycle = Cycle.create(name="2026", start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 10, 5))
    pair = Pair.create(cycle=cycle, mentor=zoe, mentee=partner, status="active",
                       match_score=0.8, match_reasons=f"{NAME} offers Innovation",
                       end_reason="")  # fmt: skip
    Meeting.create(pair=pair, starts_at=dt.datetime(2026, 2, 3, 10), status="held",
                   agenda="Intro", notes=f"{NAME} seemed nervous", location="Room 4")  # fmt: skip
    zoe_goal = Goal.create(pair=pair, owner="mentor", title="Present to the board")
    GoalUpdate.create(goal=zoe_goal, date=dt.date(2026, 3, 1), progress=20, note="slides drafted")
    partner_goal = Goal.create(pair=pair, owner="mentee", title="Learn TikTok")
    note = f"{NAME.upper()} showed me the editor; mail {EMAIL.upper()}"
    GoalUpdate.create(goal=partner_goal, date=dt.date(2026, 3, 2), progress=30, note=note)
    for who in (zoe, partner):
        assessment = Assessment.create(pair=pair, participant=who, phase="baseline",
                                       date=dt.date(2026, 1, 10), satisfaction=4,
                                       comment=f"by {who}")  # fmt: skip
        AssessmentScore.create(assessment=assessment, dimension="Communication", score=3)
        FitCheck.create(pair=pair, participant=who, date=dt.date(2026, 2, 4), answer="good_fit",
                        note=f"fit note {who}")  # fmt: skip
    return World(zoe, partner, report, pair.id, zoe_goal.id, partner_goal.id)


def every_text() -> list[str]:
    texts: list[str] = []
    for model in MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, CharField | TextField):
                texts.extend(v for (v,) in model.select(field).tuples() if v)
    return texts


def file_bytes(db_path: Path) -> bytes:
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_find_person_by_id_or_email(world: World):
    assert find_person(str(world.zoe)) == world.zoe
    assert find_person(" ZOE.W@example.org ") == world.zoe
    with pytest.raises(ExchangeError, match="No participant"):
        find_person("nobody@example.org")


def test_export_holds_everything_about_the_person(world: World, tmp_path: Path):
    path = tmp_path / "zoe.json"
    export_person(world.zoe, path)
    document = json.loads(path.read_text("utf-8"))
    assert document["format"] == "rmdesk-personal-data"
    me = document["participant"]
    assert (me["full_name"], me["email"], me["notes"], me["location"]) == (
        NAME, EMAIL, NOTES, "Kraków",
    )  # fmt: skip
    assert document["manages"] == ["Ivo Report"]
    records = document["records"]
    assert [t["topic_id"] for t in records["participant_topic"]] != []
    (pair,) = records["pair"]
    assert (pair["mentee_name"], pair["match_reasons"]) == (
        "Hana Senior",
        f"{NAME} offers Innovation",
    )
    assert records["meeting"][0]["notes"] == f"{NAME} seemed nervous"
    assert {g["title"] for g in records["goal"]} == {"Present to the board", "Learn TikTok"}
    assert len(records["goal_update"]) == 2
    # Only their own assessment and fit check, not the partner's.
    assert [a["comment"] for a in records["assessment"]] == [f"by {world.zoe}"]
    assert len(records["assessment_score"]) == 1
    assert [f["note"] for f in records["fit_check"]] == [f"fit note {world.zoe}"]


def test_erase_leaves_no_copy_in_the_live_database(world: World, db_path: Path):
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert NAME.encode() in file_bytes(db_path)  # the check below can see it
    report = erase_person(world.zoe)
    for text in every_text():
        for needle in (NAME, EMAIL, "peanuts"):
            assert needle.casefold() not in text.casefold(), (needle, text)
    raw = file_bytes(db_path)
    for needle in (NAME, EMAIL, "peanuts"):
        assert needle.encode() not in raw
    assert report.kept_as_placeholder
    assert [info.reason for info in list_backups(db_path)] == ["before-erase"]
    assert report.backups == [info.path for info in list_backups(db_path)]


def test_erase_policy_keeps_statistics_and_removes_their_records(world: World):
    erase_person(world.zoe, backup=False)
    shell = Participant.get_by_id(world.zoe)
    assert (shell.full_name, shell.email, shell.notes, shell.job_title, shell.archived) == (
        ERASED_NAME, None, "", "", True,
    )  # fmt: skip
    assert (shell.role, shell.level) == ("mentor", 1)  # statistics by role and level stay
    pair = Pair.get_by_id(world.pair)
    assert (pair.mentor_id, pair.status, pair.match_score, pair.match_reasons) == (
        world.zoe, "active", 0.8, "",
    )  # fmt: skip
    meeting = Meeting.get()
    assert (meeting.status, meeting.notes, meeting.agenda, meeting.location) == ("held", "", "", "")
    assert Goal.get_or_none(Goal.id == world.zoe_goal) is None
    assert GoalUpdate.select().where(GoalUpdate.goal == world.zoe_goal).count() == 0
    kept = GoalUpdate.get(GoalUpdate.goal == world.partner_goal)
    assert kept.note == "[erased] showed me the editor; mail [erased]"
    assert [a.participant_id for a in Assessment.select()] == [world.partner]
    assert AssessmentScore.select().count() == 1
    assert [f.participant_id for f in FitCheck.select()] == [world.partner]
    assert ParticipantTopic.select().where(ParticipantTopic.participant == world.zoe).count() == 0
    assert Participant.get_by_id(world.report).manager_id is None
    partner = Participant.get_by_id(world.partner)
    assert (partner.full_name, partner.notes) == ("Hana Senior", "Mentored by [erased]")


def test_someone_without_pairs_is_deleted(world: World):
    erase_person(world.report, backup=False)
    assert Participant.get_or_none(Participant.id == world.report) is None
    assert "Ivo Report" not in every_text()


def test_short_names_are_replaced_as_words_only(db):
    li = make("Li", email="li@example.org")
    other = make("Linus Olsen", notes="Met Li at Linux day")
    erase_person(li, backup=False)
    assert Participant.get_by_id(other).notes == "Met [erased] at Linux day"
    assert Participant.get_by_id(other).full_name == "Linus Olsen"


def test_pruning_backups_keeps_one_fresh_copy_without_the_person(world: World, db_path: Path):
    make_backup(db_path, reason="manual")
    erase_person(world.zoe)
    assert len(list_backups(db_path)) == 2
    deleted = prune_backups_after_erase(db_path)
    assert len(deleted) == 2
    (fresh,) = list_backups(db_path)
    assert fresh.reason == "after-erase"
    assert NAME.encode() not in fresh.path.read_bytes()


def test_person_data_of_a_missing_id_is_refused(db):
    with pytest.raises(ExchangeError):
        person_data(999)
    with pytest.raises(ExchangeError):
        erase_person(999)
