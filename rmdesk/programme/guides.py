"""The pairs' guides: a conversation guide per topic and an orientation sheet per role.

They live in the ``guide`` table (seeded by a migration from the texts shipped in
``resources/guides/``), so the coordinator's edits travel with the database and its
backups, like the agreement's clauses.  The text uses the clauses' small format
(``## Heading``, ``- bullet``, blank line between paragraphs, ``# `` notes), parsed when
printed.  "Reset" brings back the shipped text of that guide.

Each language has its own guides (``guide.language``; German and French shipped in
``resources/guides/<language>/`` with the English topic keys), edited apart: the
coordinator's English text is never replaced by a translation behind their back.  A
topic with no guide in a language (a topic renamed before the German set was seeded,
or one the coordinator wrote only an English guide for) prints its English guide
rather than none: the pair gets the coordinator's text, and the page says it is in
English (``GuideRow.language``).
"""

from __future__ import annotations

import functools
import json
from typing import NamedTuple

from rmdesk.paths import resource
from rmdesk.programme.language import ENGLISH, parse_language
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import Guide, Topic, database_proxy
from rmdesk.store.rows import raw_rows

TITLE_MAX = 200
BODY_MAX = 30_000  # two printed pages hold about 1,000 words; room to spare
ROLES = ("mentor", "mentee")


class GuideRow(NamedTuple):
    id: int
    topic_id: int | None
    topic: str  # '' for an orientation sheet
    role: str  # '' for a topic's guide
    title: str
    body: str
    language: str

    @property
    def is_orientation(self) -> bool:
        return self.topic_id is None


class ShippedGuide(NamedTuple):
    topic: str
    role: str
    title: str
    body: str


@functools.cache
def shipped_guides(language: str = ENGLISH) -> tuple[ShippedGuide, ...]:
    """The texts rmdesk ships in ``language`` (``resources/guides/``, and its ``de/`` and
    ``fr/`` folders): orientations first, then topics; a listed text not shipped is
    left out."""
    language = parse_language(language)
    folder = resource("guides" if language == ENGLISH else f"guides/{language}")
    listing = folder / "guides.json"
    if not listing.is_file():
        return ()
    entries = json.loads(listing.read_text("utf-8"))
    return tuple(
        ShippedGuide(e["topic"], e["role"], e["title"], (folder / e["file"]).read_text("utf-8"))
        for e in entries
        if (folder / e["file"]).is_file()
    )


def _select() -> object:
    return (
        Guide.select(Guide.id, Guide.topic, Topic.name, Guide.role, Guide.title, Guide.body,
                     Guide.language)
        .left_outer_join(Topic, on=(Guide.topic == Topic.id))
        .order_by(Guide.topic.is_null(False), Topic.name, Guide.role.desc())
    )  # fmt: skip


def _rows(query: object) -> list[GuideRow]:
    return [
        GuideRow(gid, topic_id, topic or "", role, title, body, language)
        for gid, topic_id, topic, role, title, body, language in raw_rows(query).fetchall()
    ]


def list_guides(language: str = ENGLISH) -> list[GuideRow]:
    """The guides in ``language``: orientation sheets (mentor's, then mentee's), then the
    topics' guides by name."""
    return _rows(_select().where(Guide.language == parse_language(language)))  # type: ignore[attr-defined]


def printed_guides(language: str = ENGLISH) -> list[GuideRow]:
    """What prints in ``language``: its guides, and for a topic (or orientation sheet)
    it has none of, the English one (see the module's docstring)."""
    own = list_guides(language)
    if parse_language(language) == ENGLISH:
        return own
    topics = {g.topic_id for g in own if not g.is_orientation}
    roles = {g.role for g in own if g.is_orientation}
    english = [
        g for g in list_guides(ENGLISH)
        if (g.topic_id not in topics if not g.is_orientation else g.role not in roles)
    ]  # fmt: skip
    order = {g.id: i for i, g in enumerate(_rows(_select()))}
    return sorted(own + english, key=lambda g: order[g.id])


def guide(guide_id: int) -> GuideRow:
    found = _rows(_select().where(Guide.id == guide_id))  # type: ignore[attr-defined]
    if not found:
        raise RuleError(Message(QT_TRANSLATE_NOOP("Domain", "No guide with id {id}."), id=guide_id))
    return found[0]


def orientation(role: str, language: str = ENGLISH) -> GuideRow | None:
    return next((g for g in printed_guides(language) if g.is_orientation and g.role == role), None)


def guides_for_topics(topic_ids: list[int], language: str = ENGLISH) -> list[GuideRow]:
    """The guides of these topics in ``language`` (else English), in the order given; a
    topic without one is skipped."""
    by_topic = {g.topic_id: g for g in printed_guides(language) if not g.is_orientation}
    return [by_topic[t] for t in topic_ids if t in by_topic]


def find_guide(text: str, language: str = ENGLISH) -> GuideRow:
    """The guide named on the command line, as printed in ``language``: a topic's exact
    name or id, or "mentor" / "mentee" for that role's orientation sheet."""
    wanted = text.strip()
    guides = printed_guides(language)
    for g in guides:
        if not g.is_orientation and g.topic.casefold() == wanted.casefold():
            return g
    if wanted.isdigit():
        for g in guides:
            if g.topic_id == int(wanted):
                return g
    for g in guides:
        if g.is_orientation and g.role == wanted.casefold():
            return g
    topics = ", ".join(g.topic for g in guides if not g.is_orientation)
    raise RuleError(
        Message(
            QT_TRANSLATE_NOOP(
                "Domain",
                "No guide for “{wanted}”: give a topic's name or id ({topics}), or mentor or "
                "mentee for the orientation sheet.",
            ),
            wanted=wanted,
            topics=topics,
        )
    )


def field_errors(title: str, body: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not title.strip():
        errors["title"] = Message(QT_TRANSLATE_NOOP("Domain", "Give the guide a title."))
    elif len(title) > TITLE_MAX:
        errors["title"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Keep the title under {n} characters."), n=TITLE_MAX
        )
    if not body.strip():
        errors["body"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Write the guide's text (or reset it to the default).")
        )
    elif len(body) > BODY_MAX:
        errors["body"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Keep the text under {n} characters."), n=BODY_MAX
        )
    return errors


def save_guide(guide_id: int, title: str, body: str) -> None:
    """Replace a guide's title and text, or refuse with every problem at once."""
    errors = field_errors(title, body)
    if errors:
        raise ValidationError(errors)
    with database_proxy.atomic():
        guide(guide_id)  # refuses a guide that is gone
        Guide.update(title=title.strip(), body=body).where(Guide.id == guide_id).execute()


def default_for(row: GuideRow) -> ShippedGuide | None:
    """The shipped text of this guide in its language (None for a topic rmdesk ships no
    guide for in that language)."""
    for shipped in shipped_guides(row.language):
        if row.is_orientation and not shipped.topic and shipped.role == row.role:
            return shipped
        if not row.is_orientation and shipped.topic == row.topic:
            return shipped
    return None
