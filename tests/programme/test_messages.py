"""Domain sentences are marked for translation and keep their values apart."""

from __future__ import annotations

import ast
import re
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


# A value that names a stored code: it must reach the sentence as a word
# (``messages.word``), or a German window reads "hat den Status active".
_CODE_VALUE = re.compile(r"status|role|phase|_by\b|parent|expected")
# The code a caller asked for, refused as given ("not ended_early").
_AS_GIVEN = {("rmdesk/programme/pairs/lifecycle.py", "status")}


def test_no_stored_code_is_a_sentences_value_as_it_is():
    offenders = []
    for path in DOMAIN:
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message"):
                continue
            template = node.args[0] if node.args else None
            literal = ast.unparse(template) if template is not None else ""
            for keyword in node.keywords:
                value = keyword.value
                if isinstance(value, ast.Call) or keyword.arg is None:
                    continue  # word(...), a message, a list made by listed()/joined()
                if isinstance(value, ast.Subscript) and ast.unparse(value.value).isupper():
                    continue  # a module's table of worded messages (_AS_SUBJECT[status])
                if f"“{{{keyword.arg}}}”" in literal or (where, keyword.arg) in _AS_GIVEN:
                    continue  # quotes what the person typed, as they typed it
                if _CODE_VALUE.search(ast.unparse(value)):
                    offenders.append(f"{where}:{node.lineno} {keyword.arg}={ast.unparse(value)}")
    assert offenders == []


def test_a_status_word_and_a_list_are_translated_with_their_sentence():
    from rmdesk.programme import code_words
    from rmdesk.programme.messages import joined, listed, word

    said = Message(
        QT_TRANSLATE_NOOP("Domain", "The pair is {status}: only proposed or active pairs meet."),
        status=word(code_words.PAIR_STATUS, "ended_early"),
    )
    assert said == "The pair is ended early: only proposed or active pairs meet."
    places = joined(["Lyon", Message(QT_TRANSLATE_NOOP("Domain", "an unknown place"))])
    assert places == "Lyon and an unknown place"
    assert listed(["a", "b", "c"]) == "a, b, c"
    assert joined(["a", "b", "c"]) == "a, b and c"
    assert word(code_words.PAIR_STATUS, "frozen") == "frozen"  # refused as typed
    german = {
        "The pair is {status}: only proposed or active pairs meet.":
            "Das Tandem ist {status}: Nur vorgeschlagene oder aktive Tandems treffen sich.",
        "ended early": "vorzeitig beendet",
        "{head} and {tail}": "{head} und {tail}",
        "{head}, {tail}": "{head}, {tail}",
        "an unknown place": "einem unbekannten Ort",
    }  # fmt: skip
    translate = lambda text: german.get(text, text)  # noqa: E731
    assert said.translated(translate) == (
        "Das Tandem ist vorzeitig beendet: Nur vorgeschlagene oder aktive Tandems treffen sich."
    )
    assert places.translated(translate) == "Lyon und einem unbekannten Ort"
