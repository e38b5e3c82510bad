"""Documents > Guides: the list of guides is as wide as its longest entry in the window's
language, so German's „Einführungsblatt: Mentorinnen und Mentoren“ is read whole."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QLocale

from tests.ui.test_documents_ui import doc_window  # noqa: F401
from tests.ui.test_guides_ui import open_guides


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_every_guide_in_the_list_is_shown_whole(qtbot, doc_window, speaking, code):  # noqa: F811
    if code != "en":
        speaking(QLocale(code))
    dialog = open_guides(qtbot, doc_window)
    listed = dialog.guide_list
    texts = [listed.item(i).text() for i in range(listed.count())]
    if code == "de":
        assert texts[0].startswith("Einführungsblatt: Mentorinnen und Mentoren")
    qtbot.waitUntil(lambda: listed.viewport().width() > 0)
    metrics = listed.fontMetrics()
    room = listed.viewport().width()
    cut = [text for text in texts if metrics.horizontalAdvance(text) > room]
    assert cut == []
    assert all(listed.item(i).toolTip() == texts[i] for i in range(len(texts)))
    dialog.reject()
