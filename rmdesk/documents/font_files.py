"""The fallback fonts shipped in ``resources/fonts/``, named once for the two that use
them: the PDFs (``fonts.py``, which says what scripts each is for) and the window
(``ui/common/fonts.py``, which adds them to Qt's font database).  Plain constants, so
the window can read them at start-up without loading ReportLab."""

from __future__ import annotations

ARABIC = "NotoSansArabic-Regular.ttf"
HEBREW = "NotoSansHebrew-Regular.ttf"
DEVANAGARI = "NotoSansDevanagari-Regular.ttf"
THAI = "NotoSansThai-Regular.ttf"
CJK = "DroidSansFallback.ttf"  # Chinese, Japanese, Korean

FALLBACK_FILES = (ARABIC, HEBREW, DEVANAGARI, THAI, CJK)
