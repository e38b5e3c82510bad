"""Peewee models: the whole data model of the programme, one class per table.

The tables are created by the migrations in ``migrations.py`` (never by
``create_tables`` at start-up), so these classes describe the *current* schema;
a test checks that a freshly migrated database has exactly these columns.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    Check,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from rmdesk.store import values

database_proxy = DatabaseProxy()

# The allowed values live in ``values`` (no Peewee there, for the window); here too.
ROLES = values.ROLES
LANGUAGES = values.LANGUAGES
WORK_MODES = values.WORK_MODES
TOPIC_KINDS = values.TOPIC_KINDS
CYCLE_STATUSES = values.CYCLE_STATUSES
PAIR_STATUSES = values.PAIR_STATUSES
MEETING_MODES = values.MEETING_MODES
MEETING_STATUSES = values.MEETING_STATUSES
MEETING_CANCELLERS = values.MEETING_CANCELLERS
GOAL_OWNERS = values.GOAL_OWNERS
GOAL_STATUSES = values.GOAL_STATUSES
ASSESSMENT_PHASES = values.ASSESSMENT_PHASES
FIT_ANSWERS = values.FIT_ANSWERS
TAKE_PART_AGAIN = values.TAKE_PART_AGAIN
ATTENTION_KINDS = values.ATTENTION_KINDS
PAIR_EVENTS = values.PAIR_EVENTS
LEVEL_MIN = values.LEVEL_MIN
LEVEL_MAX = values.LEVEL_MAX
CAPACITY_MIN = values.CAPACITY_MIN
CAPACITY_MAX = values.CAPACITY_MAX


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _in(column: str, values: tuple[str, ...]) -> Check:
    listed = ", ".join(f"'{v}'" for v in values)
    return Check(f"{column} IN ({listed})")


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Participant(BaseModel):
    full_name = CharField()
    email = CharField(null=True, unique=True)
    role = CharField(constraints=[_in("role", ROLES)])
    job_title = CharField(default="")
    department = CharField(default="")
    level = IntegerField(constraints=[Check(f"level BETWEEN {LEVEL_MIN} AND {LEVEL_MAX}")])
    manager = ForeignKeyField("self", null=True, backref="reports", on_delete="SET NULL")
    location = CharField(default="")
    work_mode = CharField(default="hybrid", constraints=[_in("work_mode", WORK_MODES)])
    availability = CharField(default="")
    notes = TextField(default="")
    consent_on = DateField(null=True)
    capacity = IntegerField(default=1, constraints=[Check("capacity >= 1")])
    archived = BooleanField(default=False)
    employee_id = CharField(null=True, unique=True)  # the HR system's, for re-imports
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class Topic(BaseModel):
    name = CharField(unique=True)


class ParticipantTopic(BaseModel):
    participant = ForeignKeyField(Participant, backref="topics", on_delete="CASCADE")
    topic = ForeignKeyField(Topic, backref="participants", on_delete="RESTRICT")
    kind = CharField(constraints=[_in("kind", TOPIC_KINDS)])
    priority = IntegerField(default=1)

    class Meta:
        indexes = ((("participant", "topic", "kind"), True),)


class Cycle(BaseModel):
    name = CharField(unique=True)
    start_date = DateField()
    end_date = DateField(constraints=[Check("end_date > start_date")])
    cadence_days = IntegerField(default=14, constraints=[Check("cadence_days >= 1")])
    meeting_minutes = IntegerField(default=60, constraints=[Check("meeting_minutes >= 1")])
    status = CharField(default="planning", constraints=[_in("status", CYCLE_STATUSES)])


class Pair(BaseModel):
    cycle = ForeignKeyField(Cycle, backref="pairs", on_delete="RESTRICT")
    mentor = ForeignKeyField(Participant, backref="mentor_pairs", on_delete="RESTRICT")
    mentee = ForeignKeyField(Participant, backref="mentee_pairs", on_delete="RESTRICT")
    status = CharField(default="proposed", constraints=[_in("status", PAIR_STATUSES)])
    match_score = FloatField(null=True)
    match_reasons = TextField(default="")
    agreement_signed_on = DateField(null=True)
    started_on = DateField(null=True)
    ended_on = DateField(null=True)
    end_reason = TextField(default="")


class Meeting(BaseModel):
    pair = ForeignKeyField(Pair, backref="meetings", on_delete="CASCADE")
    starts_at = DateTimeField(index=True)
    duration_minutes = IntegerField(default=60)
    mode = CharField(default="video", constraints=[_in("mode", MEETING_MODES)])
    location = CharField(default="")
    agenda = TextField(default="")
    status = CharField(default="planned", constraints=[_in("status", MEETING_STATUSES)])
    notes = TextField(default="")
    cancelled_by = CharField(default="", constraints=[_in("cancelled_by", MEETING_CANCELLERS)])
    # Raised by every change; the calendar export's SEQUENCE.
    revision = IntegerField(default=0, constraints=[Check("revision >= 0")])


class Milestone(BaseModel):
    cycle = ForeignKeyField(Cycle, backref="milestones", on_delete="CASCADE")
    title = CharField()
    date = DateField()


class ClosedDate(BaseModel):
    """A day without meetings (public holiday, office closure): series skip it."""

    date = DateField(unique=True)
    label = CharField(default="")


class Goal(BaseModel):
    pair = ForeignKeyField(Pair, backref="goals", on_delete="CASCADE")
    owner = CharField(constraints=[_in("owner", GOAL_OWNERS)])
    topic = ForeignKeyField(Topic, null=True, backref="goals", on_delete="SET NULL")
    title = CharField()
    success_measure = TextField(default="")
    target_date = DateField(null=True)
    status = CharField(default="open", constraints=[_in("status", GOAL_STATUSES)])
    progress = IntegerField(default=0, constraints=[Check("progress BETWEEN 0 AND 100")])


class GoalUpdate(BaseModel):
    goal = ForeignKeyField(Goal, backref="updates", on_delete="CASCADE")
    date = DateField()
    progress = IntegerField(constraints=[Check("progress BETWEEN 0 AND 100")])
    note = TextField(default="")


class GoalTemplate(BaseModel):
    """A SMART goal to start from when entering one: per owner, per topic or general."""

    topic = ForeignKeyField(Topic, null=True, backref="goal_templates", on_delete="SET NULL")
    owner = CharField(constraints=[_in("owner", GOAL_OWNERS)])
    title = CharField()
    success_measure = TextField(default="")
    position = IntegerField(default=0)


class Assessment(BaseModel):
    pair = ForeignKeyField(Pair, backref="assessments", on_delete="CASCADE")
    participant = ForeignKeyField(Participant, backref="assessments", on_delete="RESTRICT")
    phase = CharField(constraints=[_in("phase", ASSESSMENT_PHASES)])
    date = DateField()
    satisfaction = IntegerField(null=True, constraints=[Check("satisfaction BETWEEN 1 AND 5")])
    comment = TextField(default="")
    # Final phase only: would they take part again (migration 12).
    take_part_again = CharField(null=True, constraints=[_in("take_part_again", TAKE_PART_AGAIN)])

    class Meta:
        indexes = ((("pair", "participant", "phase"), True),)


class AssessmentScore(BaseModel):
    assessment = ForeignKeyField(Assessment, backref="scores", on_delete="CASCADE")
    # The dimension's name as it was when scored: editing the list keeps old scores.
    dimension = CharField()
    score = IntegerField(constraints=[Check("score BETWEEN 1 AND 5")])

    class Meta:
        indexes = ((("assessment", "dimension"), True),)


class AssessmentDimension(BaseModel):
    """What a role's self-assessment scores (editable list, in ``position`` order)."""

    role = CharField(constraints=[_in("role", ROLES)])
    name = CharField()
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("role", "name"), True),)


class FitCheck(BaseModel):
    """One person's answer to "is this pairing a good fit?" after the first held meeting."""

    pair = ForeignKeyField(Pair, backref="fit_checks", on_delete="CASCADE")
    participant = ForeignKeyField(Participant, backref="fit_checks", on_delete="RESTRICT")
    date = DateField()
    answer = CharField(constraints=[_in("answer", FIT_ANSWERS)])
    note = TextField(default="")

    class Meta:
        indexes = ((("pair", "participant"), True),)


class AttentionAcknowledgement(BaseModel):
    """An attention item seen by the coordinator: off the list until ``until``, with a note."""

    pair = ForeignKeyField(Pair, backref="acknowledgements", on_delete="CASCADE")
    kind = CharField(constraints=[_in("kind", ATTENTION_KINDS)])
    # The overdue meeting an item is about; None for the pair's other kinds.
    meeting = ForeignKeyField(Meeting, null=True, backref="acknowledgements", on_delete="CASCADE")
    until = DateField()
    note = TextField(default="")
    made_on = DateField(default=dt.date.today)


class Guide(BaseModel):
    """A conversation guide for a topic, or (no topic) a role's orientation sheet."""

    topic = ForeignKeyField(Topic, null=True, backref="guides", on_delete="CASCADE")
    role = CharField(default="", constraints=[_in("role", ("", *ROLES))])  # '' for a topic's
    title = CharField()
    body = TextField(default="")
    language = CharField(default="en", constraints=[_in("language", LANGUAGES)])

    class Meta:
        indexes = ((("topic", "language"), True),)  # one guide per topic and language


class PairEvent(BaseModel):
    """One step of a pair's history; ``happened_on`` None: before the history was kept."""

    pair = ForeignKeyField(Pair, backref="events", on_delete="CASCADE")
    happened_on = DateField(null=True)
    kind = CharField(constraints=[_in("kind", PAIR_EVENTS)])
    detail = TextField(default="")  # a reason, who replaced whom


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField(default="")


MODELS: tuple[type[BaseModel], ...] = (
    Participant,
    Topic,
    ParticipantTopic,
    Cycle,
    Pair,
    Meeting,
    Milestone,
    ClosedDate,
    Goal,
    GoalUpdate,
    GoalTemplate,
    Assessment,
    AssessmentScore,
    AssessmentDimension,
    FitCheck,
    AttentionAcknowledgement,
    PairEvent,
    Guide,
    Setting,
)
