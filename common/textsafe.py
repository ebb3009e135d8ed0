"""Text from data, made safe to show: bidi isolation, link checks and Markdown escaping.

Used wherever data text meets a person: map popups, KML names, the dashboard's messages, upload
file names. Imports nothing from either package.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

__all__ = ["BIDI_CONTROLS", "has_bidi", "isolate_bidi", "safe_url", "markdown_escape", "spreadsheet_safe"]

_MD_SPECIAL = re.compile(r"[!-/:-@\[-`{-~]")  # ASCII punctuation
#: The characters that change the order text is shown in: ALM, LRM, RLM, the embeddings and overrides
#: (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_FSI, _PDI = "\u2068", "\u2069"


def has_bidi(text: str) -> bool:
    return not BIDI_CONTROLS.isdisjoint(text)


def isolate_bidi(text: str) -> str:
    """``text`` as plain text that cannot reorder what surrounds it: unchanged without bidi controls,
    else inside FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE. A PDI in ``text`` that closes no
    isolate of its own would close ours early, so each such PDI gets an FSI of its own in front.

    >>> isolate_bidi("Al-Qaim"), isolate_bidi("البوكمال")
    ('Al-Qaim', 'البوكمال')
    >>> isolate_bidi("Tower 22\u202e gpj.exe") == "\u2068Tower 22\u202e gpj.exe\u2069"
    True
    >>> isolate_bidi("x\u2069\u202e") == "\u2068\u2068x\u2069\u202e\u2069"
    True
    """
    if not has_bidi(text):
        return text
    depth = stray = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == _PDI:
            if depth:
                depth -= 1
            else:
                stray += 1
    return _FSI * (stray + 1) + text + _PDI


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL with a host, else None (``javascript:``, ``data:``,
    relative or malformed URLs never become links).

    >>> safe_url("https://www.reuters.com/world/x"), safe_url(" HTTP://example.org ")
    ('https://www.reuters.com/world/x', 'HTTP://example.org')
    >>> safe_url("javascript:alert(1)"), safe_url("//evil.example/x"), safe_url("data:text/html,x"), safe_url(None)
    (None, None, None, None)
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c in url for c in "\"'<> \t\n\r"):
        return None
    return url


def markdown_escape(text: object) -> str:
    """Text from data, a file or a link, for a place where Markdown is read (Streamlit's messages):
    every ASCII punctuation mark is backslash-escaped (CommonMark), so ``[x](javascript:…)``,
    ``**``, ``$…$`` or ``<b>`` show as written.

    >>> print(markdown_escape("[x](javascript:alert(1)) **b**"))
    \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*b\\*\\*
    """
    return _MD_SPECIAL.sub(r"\\\g<0>", str(text))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    r"""A cell for a CSV a person may open in a spreadsheet: text that a spreadsheet would run as a
    formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading
    ``'`` (OWASP's advice against CSV injection); numbers, and text that reads as a number
    ("-12.5"), stay as they are, and so does every other value.

    >>> print(spreadsheet_safe('=HYPERLINK("http://x")'), spreadsheet_safe("@SUM(1)"), repr(spreadsheet_safe("\t=1+1")))
    '=HYPERLINK("http://x") '@SUM(1) "'\t=1+1"
    >>> spreadsheet_safe("-12.5"), spreadsheet_safe(-3), spreadsheet_safe("Tower 22"), spreadsheet_safe(None)
    ('-12.5', -3, 'Tower 22', None)
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    try:
        float(value)
        return value  # a number written as text stays a number
    except ValueError:
        return "'" + value
