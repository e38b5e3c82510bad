"""Domain sentences are marked for translation and keep their values apart."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rmdesk.programme import pairs
from rmdesk.programme import participants as domain
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.participants import ParticipantData
from rmdesk.programme.validation import RuleError, ValidationError

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = [
    *sorted((ROOT / "rmdesk" / "programme").rglob("*.py")),
    *sorted((ROOT / "rmdesk" / "documents").rglob("*.py")),
]


def _plain_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_no_refusal_in_the_domain_is_worded_outside_a_message():
    """A ``RuleError("…")`` or ``ValidationError({"field": f"…"})`` could never be
    translated: lupdate would not find it and the window could not tell it apart."""
    offenders = []
    for path in DOMAIN:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("RuleError", "ValidationError") or not node.args:
                continue
            argument = node.args[0]
            texts = argument.values if isinstance(argument, ast.Dict) else [argument]
            offenders += [
                f"{path.relative_to(ROOT)}:{node.lineno}" for text in texts if _plain_text(text)
            ]
    assert offenders == []


def test_a_message_is_its_english_sentence():
    said = Message(QT_TRANSLATE_NOOP("Domain", "{name} is archived."), name="Zoë Ñúñez")
    assert said == "Zoë Ñúñez is archived."
    assert said.template == "{name} is archived."
    assert said.values == {"name": "Zoë Ñúñez"}


def test_translating_a_message_keeps_names_and_translates_inner_messages():
    inner = Message(QT_TRANSLATE_NOOP("Domain", "An active pair"))
    outer = Message(
        QT_TRANSLATE_NOOP("Domain", "{subject} cannot {change}."), subject=inner, change="x"
    )
    german = {"{subject} cannot {change}.": "{subject} kann nicht {change}.",
              "An active pair": "Ein aktives Paar"}  # fmt: skip
    assert outer.translated(lambda text: german.get(text, text)) == "Ein aktives Paar kann nicht x."


def test_a_translation_naming_an_unknown_value_falls_back_to_english():
    said = Message(QT_TRANSLATE_NOOP("Domain", "{name} is archived."), name="王秀英")
    assert said.translated(lambda text: "{nom} est archivé.") == "王秀英 is archived."


def test_a_domain_refusal_carries_its_template_and_values(db):
    with pytest.raises(ValidationError) as refused:
        domain.create_participant(ParticipantData(full_name="", email="not-an-email"))
    messages = refused.value.errors
    assert isinstance(messages["full_name"], Message)
    assert messages["full_name"].template == "Name is required."
    assert isinstance(messages["email"], Message)
    assert messages["email"].values == {"text": "not-an-email"}

    mentor = domain.create_participant(ParticipantData(full_name="محمد العلي", role="mentor"))
    with pytest.raises(RuleError) as rule:
        pairs.check_pair(1, mentor, mentor)
    assert isinstance(rule.value.args[0], Message)
