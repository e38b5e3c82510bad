"""Every script on paper: a fallback font per run of characters, shaped and in reading order.

DejaVu Sans (the documents' own face) covers Latin, Greek and Cyrillic.  A name such as
王秀英, 김민준, محمد العلي, שרה כהן, अनन्या शर्मा or สมชาย needs another font, joined letters
(Arabic), reordered and combined letters (Devanagari, Thai) and right-to-left order.
ReportLab draws a string glyph by glyph, left to right, so each string from the database
is prepared here before it meets a paragraph or the canvas:

1. each character gets a font: its script's font (Arabic, Hebrew, Devanagari, Thai), else
   DejaVu Sans when it has the glyph, else the first fallback that has it (Droid Sans
   Fallback: Chinese, Japanese, Korean); spaces, punctuation and marks stay with the run
   they sit in, so shaping sees whole words;
2. the Unicode bidirectional algorithm (``python-bidi``) gives each character its level;
3. each run of one font and one level in a fallback font is shaped by HarfBuzz
   (``uharfbuzz``): its glyphs, in visual order, become characters of the font (its own
   code point, or a private-use one registered for a glyph without one, with the advance
   HarfBuzz gave it); the PDF's ToUnicode map gives each such glyph back its source text,
   so copying and searching the PDF find the name;
4. runs are put in visual order (rule L2); in a short right-to-left stretch (a name, a
   department: up to ``KEEP_TOGETHER`` characters, even inside a long English sentence)
   spaces become no-break spaces, so it is never split across lines in the wrong order.
   A longer right-to-left text may wrap, and then its lines read bottom to top: a
   paragraph engine that orders each line after breaking it is beyond ReportLab's
   plain paragraphs.

Text that needs none of this (the usual case) costs one regular-expression search.
Fonts are loaded when first needed (Droid Sans Fallback is 3.4 MB).  A fallback face has
one weight: bold text in these scripts prints in the regular weight.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import uharfbuzz
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from rmdesk.documents.font_files import ARABIC, CJK, DEVANAGARI, HEBREW, THAI
from rmdesk.paths import resource

Run = tuple[str, str]  # (font name, text in visual order)


class MeasuredTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font that remembers the width of each string it measured.

    Line breaking measures the same words again and again (200 agreements repeat
    the same clauses); even with ReportLab's C accelerator (``rl-accel``) a dictionary
    look-up is cheaper than a walk over the characters.  Same formula, same bytes.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._units: dict[str, float] = {}

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        units = self._units.get(text)
        if units is None:
            if len(self._units) > 200_000:  # bounded: a long-running window
                self._units.clear()
            widths, default = self.face.charWidths.get, self.face.defaultWidth
            units = sum(widths(ord(char), default) for char in text)
            self._units[text] = units
        return 0.001 * size * units

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[Any]:
        """ReportLab's, remembered per document: once a string's characters have their
        codes in the document's subsets, the same string always splits the same way."""
        state = self.state.get(doc)
        known = getattr(state, "rm_split", None)
        if known is not None and text in known:
            return list(known[text])
        parts: list[Any] = super().splitString(text, doc, encoding)
        state = self.state[doc]
        if not hasattr(state, "rm_split"):
            state.rm_split = {}
        state.rm_split[text] = tuple(parts)
        return parts


FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.RLock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu Sans family once per process (TrueType parsing is not free).

    ReportLab's built-in fonts have no Cyrillic, Greek or Vietnamese; the fallbacks
    below are registered when a character first needs them.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(MeasuredTTFont(name, str(resource(f"fonts/{file_name}"))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _registered = True


_PRIVATE_FIRST, _PRIVATE_LAST = 0xE000, 0xF8FF


class ShapedFont(MeasuredTTFont):
    """A fallback font whose shaped glyphs without a code point get a private-use one.

    Each private code point stands for one glyph at one advance standing for one piece
    of source text; the ToUnicode map written with the font says that text, so a
    conjunct, a joined Arabic letter or a reordered vowel sign reads back as typed.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        blob = uharfbuzz.Blob(self.face._ttf_data)
        self.hb_font = uharfbuzz.Font(uharfbuzz.Face(blob))
        self.em_scale = 1000 / self.hb_font.face.upem
        self.source: dict[int, str] = {}  # private code point -> the text it stands for
        self._private: dict[tuple[int, int, str], int] = {}
        self._next = _PRIVATE_FIRST
        if 32 in self.face.charWidths:  # a no-break space is drawn as the space glyph
            self.face.charWidths.setdefault(0xA0, self.face.charWidths[32])

    def glyph_char(self, glyph: int, advance: int, text: str) -> str:
        """The character that draws ``glyph`` with ``advance`` (1/1000 em) for ``text``."""
        face = self.face
        if (
            len(text) == 1
            and face.charToGlyph.get(ord(text)) == glyph
            and face.charWidths.get(ord(text), face.defaultWidth) == advance
        ):
            return text
        key = (glyph, advance, text)
        code = self._private.get(key)
        if code is None:
            code = self._next
            while code in face.charToGlyph:
                code += 1
            if code > _PRIVATE_LAST:
                raise ValueError(f"{self.fontName}: no private code points left")
            self._next = code + 1
            face.charToGlyph[code] = glyph
            face.glyphToChar.setdefault(glyph, []).append(code)
            face.charWidths[code] = advance
            self.source[code] = text
            self._private[key] = code
        return chr(code)

    def addObjects(self, doc: Any) -> None:
        """ReportLab's, with a ToUnicode map that gives private glyphs their source text."""
        state = self.state.get(doc) or self.state.setdefault(doc, TTFont.State(self._asciiReadable))
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            base_font_name = base_name.decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap = pdfdoc.PDFStream()
            cmap.content = self._to_unicode(base_font_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]

    def _to_unicode(self, name: str, subset: Sequence[int]) -> str:
        def utf16(code: int) -> str:
            text = self.source.get(code, chr(code))
            return text.encode("utf-16-be").hex().upper()

        pairs = [f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)]
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                "/CIDSystemInfo", f"<< /Registry ({name})", f"/Ordering ({name})",
                "/Supplement 0", ">> def", f"/CMapName /{name} def", "/CMapType 2 def",
                "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
                "endcodespacerange", f"{len(pairs)} beginbfchar", *pairs, "endbfchar",
                "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
            ]
        )  # fmt: skip


@dataclass(frozen=True)
class Fallback:
    """A font shipped in ``resources/fonts/`` and the scripts it is preferred for."""

    name: str
    file: str
    preferred: tuple[tuple[int, int], ...] = ()

    def prefers(self, code: int) -> bool:
        return any(low <= code <= high for low, high in self.preferred)


FALLBACKS: tuple[Fallback, ...] = (
    Fallback(
        "NotoSansArabic", ARABIC,
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
         (0xFE70, 0xFEFF)),
    ),
    Fallback("NotoSansHebrew", HEBREW, ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    Fallback(
        "NotoSansDevanagari", DEVANAGARI,
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
    ),
    Fallback("NotoSansThai", THAI, ((0x0E00, 0x0E7F),)),
    Fallback("DroidSansFallback", CJK),  # Chinese, Japanese, Korean
)  # fmt: skip

BASE_FONT = FONT
# Characters DejaVu Sans draws by itself, left to right, without shaping: Latin, IPA,
# combining accents, Greek, Cyrillic, general punctuation, currency, letter-like symbols.
_PLAIN = re.compile(
    "[\u0000-\u036f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf"
    "\u2100-\u218f\u2190-\u21ff\u2200-\u22ff\u25a0-\u25ff]*"
)
KEEP_TOGETHER = 40
_NEUTRAL = frozenset(("Zs", "Po", "Ps", "Pe", "Pd", "Pi", "Pf", "Nd", "Cf", "Sm", "Sc", "So"))
_MARK = frozenset(("Mn", "Mc", "Me"))

_loaded: dict[str, ShapedFont] = {}


def is_plain(text: str) -> bool:
    """Whether DejaVu Sans prints ``text`` as it is (no fallback, shaping or reordering)."""
    return _PLAIN.fullmatch(text) is not None


def loaded(name: str) -> ShapedFont:
    """The fallback font ``name``, registered with ReportLab on first use."""
    with _lock:
        font = _loaded.get(name)
        if font is None:
            fallback = next(f for f in FALLBACKS if f.name == name)
            font = ShapedFont(name, str(resource(f"fonts/{fallback.file}")))
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name,
                                          boldItalic=name)  # fmt: skip
            _loaded[name] = font
        return font


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the registered font ``font_name`` has a glyph for ``char``."""
    return bool(font_name) and ord(char) in pdfmetrics.getFont(font_name).face.charToGlyph


@functools.lru_cache(maxsize=8192)
def font_for(char: str) -> str:
    """The font that prints ``char``: its script's, DejaVu Sans's, or the first that can."""
    code = ord(char)
    for fallback in FALLBACKS:
        if fallback.prefers(code) and code in loaded(fallback.name).face.charToGlyph:
            return fallback.name
    register_fonts()
    if code in pdfmetrics.getFont(BASE_FONT).face.charToGlyph:
        return BASE_FONT
    for fallback in FALLBACKS:
        if not fallback.preferred and code in loaded(fallback.name).face.charToGlyph:
            return fallback.name
    return BASE_FONT  # no shipped font has it: DejaVu's empty box, never a wrong letter


def _fonts(text: str) -> list[str]:
    """Each character's font; neutrals and marks join the run before them when it can."""
    fonts: list[str] = []
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        previous = fonts[index - 1] if index else ""
        joins = category in _MARK or (category in _NEUTRAL and has_glyph(previous, char))
        if previous and joins:
            fonts.append(previous)
        else:
            fonts.append(font_for(char))
    return fonts


_IGNORED_CONTROLS = frozenset((*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def _levels(text: str) -> list[int]:
    """Each character's bidirectional level, ``text`` taken as an isolate.

    Its direction is its first strong character's (rules P2, P3): a name or a goal
    written in Arabic reads right to left even inside an English sentence, and the
    sentence's own brackets and full stops never join it.
    """
    if not any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text):
        return [0] * len(text)
    # The algorithm knows no isolates: typed or pasted direction controls are ignored
    # (boundary neutrals, dropped by rule X9); an unassigned code point counts as L.
    text = "".join(
        "\u200b" if ord(c) in _IGNORED_CONTROLS else c if unicodedata.bidirectional(c) else "x"
        for c in text
    )
    storage = bidi_algorithm.get_empty_storage()
    base = bidi_algorithm.get_base_level(text)
    storage["base_level"], storage["base_dir"] = base, ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["rm_index"] = index
    bidi_algorithm.explicit_embed_and_overrides(storage)  # drops embedding controls (X9)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    resolved = {char["rm_index"]: int(char["level"]) for char in storage["chars"]}
    levels: list[int] = []
    for index in range(len(text)):  # a dropped control takes the level before it
        levels.append(resolved.get(index, levels[-1] if levels else base))
    return levels


def _kept(levels: list[int]) -> list[bool]:
    """Whether each character is in a short right-to-left stretch (levels above 0, at
    most ``KEEP_TOGETHER`` long) whose spaces must not break a line."""
    kept = [False] * len(levels)
    start = 0
    while start < len(levels):
        if levels[start] == 0:
            start += 1
            continue
        end = start
        while end < len(levels) and levels[end] > 0:
            end += 1
        if end - start <= KEEP_TOGETHER:
            kept[start:end] = [True] * (end - start)
        start = end
    return kept


def _shape(font_name: str, text: str, rtl: bool, keep: bool) -> str:
    """``text`` shaped by HarfBuzz in ``font_name``: characters in visual order."""
    font = loaded(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(font.hb_font, buffer, {"kern": True, "liga": True})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    out: list[str] = []
    seen: set[int] = set()
    for info, position in zip(infos, positions, strict=True):
        cluster = info.cluster
        source = "" if cluster in seen else text[cluster : ends[cluster]]
        seen.add(cluster)
        advance = round(position.x_advance * font.em_scale)
        if keep and source == " ":
            out.append("\xa0")  # a right-to-left stretch never breaks across lines
        else:
            out.append(font.glyph_char(info.codepoint, advance, source))
    return "".join(out)


def _mirror(text: str, keep: bool) -> str:
    """A left-to-right run laid right to left: reversed, brackets mirrored."""
    mirrored = bidi_algorithm.MIRRORED
    drawn = "".join(mirrored.get(c, c) for c in reversed(text))
    return drawn.replace(" ", "\xa0") if keep else drawn


@functools.lru_cache(maxsize=4096)
def visual_runs(text: str) -> tuple[Run, ...]:
    """``text`` as runs of (font, characters to draw left to right)."""
    if is_plain(text):
        return ((BASE_FONT, text),) if text else ()
    with _lock:
        fonts, levels = _fonts(text), _levels(text)
        keep = _kept(levels)
        runs: list[tuple[int, str, str]] = []
        start = 0
        for index in range(1, len(text) + 1):
            if index < len(text) and (fonts[index], levels[index]) == (fonts[start], levels[start]):
                continue
            font, level, piece = fonts[start], levels[start], text[start:index]
            if font == BASE_FONT:
                drawn = _mirror(piece, keep[start]) if level % 2 else piece
                if keep[start] and not level % 2:
                    drawn = drawn.replace(" ", "\xa0")
            else:
                drawn = _shape(font, piece, bool(level % 2), keep[start])
            runs.append((level, font, drawn))
            start = index
    return tuple((font, drawn) for _level, font, drawn in _reorder(runs))


def _reorder(runs: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Rule L2 over whole runs: from the highest level down, reverse each stretch at or above."""
    if not runs:
        return runs
    highest = max(run[0] for run in runs)
    lowest_odd = min((run[0] for run in runs if run[0] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(runs):
            if runs[index][0] < level:
                index += 1
                continue
            end = index
            while end < len(runs) and runs[end][0] >= level:
                end += 1
            runs[index:end] = reversed(runs[index:end])
            index = end
    return runs


def markup(text: str) -> str:
    """``text`` (one line) as escaped paragraph markup with a font tag per fallback run."""
    return "".join(
        escape(drawn) if font == BASE_FONT else f'<font face="{font}">{escape(drawn)}</font>'
        for font, drawn in visual_runs(text)
    )


def string_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` drawn with :func:`draw_string` (``font`` for its plain runs)."""
    return sum(
        float(pdfmetrics.stringWidth(drawn, font if face == BASE_FONT else face, size))
        for face, drawn in visual_runs(text)
    )


def draw_string(canvas: Any, x: float, y: float, text: str, font: str, size: float,
                right_aligned: bool = False) -> None:  # fmt: skip
    """Draw one line on the canvas run by run; ``font`` for what DejaVu Sans prints."""
    if right_aligned:
        x -= string_width(text, font, size)
    for face, drawn in visual_runs(text):
        name = font if face == BASE_FONT else face
        canvas.setFont(name, size)
        canvas.drawString(x, y, drawn)
        x += pdfmetrics.stringWidth(drawn, name, size)
