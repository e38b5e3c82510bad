"""Which Alt+letter keys a window offers, and which of them are offered twice.

A mnemonic is the letter after a single ``&`` in a menu title, a tab title, a
button, a group box or a label with a buddy (``&&`` is a literal ampersand). Two
of them on the same letter in one window make Alt+letter ambiguous: Qt cycles
between them and the person lands somewhere unexpected (Alt+P was both the
Programme menu and the Participants tab). ``& `` (an ampersand before a space) is
always a mistake: a literal ampersand written without doubling it shows as an
underlined space, "Work mode _location". Tests run ``clashes`` over every window,
menu and dialog.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The key after the first single ``&`` in ``text``, lower-cased; None without one."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] == "&":
                index += 2
                continue
            return text[index + 1].lower()
        index += 1
    return None


def alt_key(text: str) -> str:
    """The key that reaches ``text`` as a person reads it: "Alt+N" for "Save and &next"
    (the translated text, so the letter follows the language); "" without a mnemonic."""
    key = mnemonic(text)
    return "" if key is None or key.isspace() else f"Alt+{key.upper()}"


def _offered(window: QWidget) -> list[tuple[str, str]]:
    """(text, where) of everything Alt reaches in ``window`` as it is shown now."""
    texts: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            texts.append((action.text(), "menu bar"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        name = type(widget).__name__
        if isinstance(widget, QTabBar):
            texts.extend((widget.tabText(i), "tab") for i in range(widget.count()))
        elif isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # a toolbar's button shows its action's icon text: no mnemonic
        elif isinstance(widget, QAbstractButton):
            texts.append((widget.text(), name))
        elif isinstance(widget, QGroupBox):
            texts.append((widget.title(), name))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append((widget.text(), name))
    return texts


def _menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    return [(action.text(), "menu entry") for action in menu.actions() if action.isVisible()]


def clashes(window: QWidget | QMenu) -> dict[str, list[str]]:
    """Mnemonics offered more than once in ``window`` (or one menu), each with the texts
    that offer it; a key ``" "`` lists ampersands that should have been doubled."""
    offered = _menu_texts(window) if isinstance(window, QMenu) else _offered(window)
    by_key: dict[str, list[str]] = defaultdict(list)
    for text, where in offered:
        key = mnemonic(text)
        if key is not None:
            by_key[key].append(f"{text} ({where})")
    return {key: texts for key, texts in by_key.items() if len(texts) > 1 or key.isspace()}
